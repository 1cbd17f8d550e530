"""`lower_cased` decides cased text on its first capitals (branch speed5). Own sentences."""

from eventwire.nlp.pipeline import LOWER_CASED_MAX_CAPITALS, LOWER_CASED_MIN_LETTERS, lower_cased

CASED = ("The minister met her counterpart in Nairobi on Tuesday. Both sides said the talks on "
         "the border crossings would go on in March, and the United Nations sent an envoy. ")
LOWERED = ("the minister met her counterpart in nairobi on tuesday. both sides said the talks on "
           "the border crossings would go on in march, and the united nations sent an envoy. ")


def counted(text: str, min_letters: int = 1, max_capitals: float = 0.0) -> bool:
    """The test as it was first written: every letter and every capital counted."""
    letters = sum(map(str.isalpha, text))
    return letters >= min_letters and sum(map(str.isupper, text)) <= letters * max_capitals


class ReadCounter(str):
    """A text that counts the characters read from it, by slice or by iteration."""

    read = 0

    def __getitem__(self, key):  # type: ignore[override]
        part = str.__getitem__(self, key)
        ReadCounter.read += len(part)
        return part

    def __iter__(self):  # type: ignore[override]
        ReadCounter.read += len(self)
        return str.__iter__(self)


def test_cased_text_is_decided_on_its_first_words():
    paragraph = ReadCounter(CASED * 3)  # ~500 characters: a bound of 5 capitals
    ReadCounter.read = 0
    assert not lower_cased(paragraph, min_letters=LOWER_CASED_MIN_LETTERS,
                           max_capitals=LOWER_CASED_MAX_CAPITALS)
    assert ReadCounter.read < len(paragraph) // 2
    text = ReadCounter(CASED * 40)  # ~7,000 characters, no capital allowed
    ReadCounter.read = 0
    assert not lower_cased(text)
    assert ReadCounter.read < len(text) // 10


def test_same_answer_as_counting_every_letter():
    texts = [
        "", " ", "12 000", CASED, LOWERED, LOWERED * 3, "A" + LOWERED * 3, LOWERED * 3 + "Â",
        LOWERED[:60] + "X" + LOWERED[60:] + LOWERED,  # one capital right after the first slice
        LOWERED * 2 + "UN",  # two capitals at the very end
        "éclair ǆ ß σ" * 20, "ǅ" + "a" * 200,  # a title-case letter is no capital
        "Éclair" + "a" * 99, "Σ" + "σ" * 99, "a" * 99 + "B", "a" * 100 + "BC",
    ]
    for text in texts:
        for min_letters, max_capitals in ((1, 0.0), (LOWER_CASED_MIN_LETTERS,
                                                     LOWER_CASED_MAX_CAPITALS),
                                          (0, 0.0), (1, 0.5), (1, 0.02), (5, 1.0)):
            assert lower_cased(text, min_letters=min_letters, max_capitals=max_capitals) == \
                counted(text, min_letters, max_capitals), (text[:30], min_letters, max_capitals)


def test_lower_cased_news_is_still_found():
    assert lower_cased(LOWERED * 5)
    assert lower_cased(LOWERED * 5 + "Â", min_letters=LOWER_CASED_MIN_LETTERS,
                       max_capitals=LOWER_CASED_MAX_CAPITALS)
    assert not lower_cased(LOWERED * 5 + "Â")  # no capital allowed at all
    assert not lower_cased("a" * 50, min_letters=LOWER_CASED_MIN_LETTERS,
                           max_capitals=LOWER_CASED_MAX_CAPITALS)  # too short to tell
