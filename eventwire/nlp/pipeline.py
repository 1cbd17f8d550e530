"""spaCy loading (once per process) and cheap sentence splitting ahead of the parse."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from eventwire.errors import Errors
from eventwire.settings import Options

if TYPE_CHECKING:
    from collections.abc import Iterable

    import spacy
    from spacy.tokens import Doc

DEFAULT_MODEL = Options().spacy_model  # the options object is the one source of defaults

# Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "st", "jr",
    "sr", "prof", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "maj", "adm", "brig", "cmdr", "pres",
    "u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "i.e", "e.g",
})
# A stop then a space and a capital; or a stop glued to the next sentence's first word, as pages
# whose line breaks are empty elements come out of extraction ("on Wednesday.The stabbing"): a
# word of three lower-case letters before it and a capitalised word of three letters or more
# after it, so "U.S.Army", "Node.Js" and "www.Example.com" are no sentence ends.
SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])"
                          r"|(?<=[a-z]{3})[.!?](?=[A-Z][a-z]{2,}\s)")
PARAGRAPH = re.compile(r"[^\n]+")
# In a paragraph scraped lower-cased (no capitals to mark where a sentence starts) a stop, a
# space and a lower-case letter end a sentence too; initials ("m.n. singh") do not; so does a
# stop glued to the next word ("in dharavi.the authorities"), unless that word is a web domain's.
LOWER_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[a-z])"
                                r"|(?<=[a-z]{3})[.!?](?!(?:com|org|net|gov|edu|co|in|nic)\b)"
                                r"(?=[a-z]{2,}\s)")
INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
LOWER_CASED_MIN_LETTERS = 80  # shorter paragraphs (a title, a byline) hold one sentence anyway
LOWER_CASED_MAX_CAPITALS = 0.01  # capitals per letter; cased English prose has 3-5 %
LOWER_CASED_SLICE = 64  # characters `lower_cased` counts capitals in between two looks at its bound
LAST_WORD = re.compile(r"([\w.]+)[.!?]*[\"'”’)\]]*\s*$")
LAST_WORD_WINDOW = 64  # characters before a stop searched for its word (abbreviations are short)
# The model's statistical entity recogniser (True), or entities from the knowledge base's names
# and the tagger's proper nouns (False, `eventwire.nlp.names`): a third of the parse's cost for
# the same figures on the real-news sets (BENCHMARKS.md, "Speed round 3").
STATISTICAL_NER = False
NAMES_COMPONENT = "eventwire_names"  # the name labeler's name in a pipeline
ENTITY_COMPONENTS = frozenset({"ner", NAMES_COMPONENT})  # components that set `doc.ents`


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL) -> spacy.language.Language:
    """The spaCy pipeline `model`, loaded once per process and name, its entity recogniser
    replaced by the name labeler unless STATISTICAL_NER.

    Its layers multiply matrices with numpy's BLAS instead of thinc's default (blis): about
    three times faster on the machines measured (BENCHMARKS.md, throughput), and the same
    tags, parses, lemmas and entities on every sentence compared. The transition loops of the
    parser and the entity recogniser keep their own (blis) kernels either way.
    """
    import spacy
    from thinc.api import use_ops

    try:
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(model, exclude=[] if STATISTICAL_NER else ["ner"])
    except OSError as err:
        raise OSError(Errors.E004.format(name=model)) from err
    if not STATISTICAL_NER:
        import eventwire.nlp.names  # noqa: F401  (registers the component)

        nlp.add_pipe(NAMES_COMPONENT)
    if "lemmatizer" in nlp.pipe_names:
        index_as_sets(nlp.get_pipe("lemmatizer"))
    return nlp


def index_as_sets(lemmatizer: Any) -> None:
    """Hold the rule lemmatizer's word index (`lemma_index`: a list of words per part of
    speech, 57,528 nouns) as frozensets.

    Its `rule_lemmatize` asks `form in index` once per suffix rule that fits a word it has not
    seen, a scan of the list each time (~0.6 ms for a noun): a set answers the same membership
    at once. Nothing else reads the index but as a collection of words (`dictionary_words`).
    """
    table = lemmatizer.lookups.get_table("lemma_index", {})
    for pos in PARTS_OF_SPEECH:
        words = table.get(pos)
        if words is not None and not isinstance(words, frozenset):
            table[pos] = frozenset(words)


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the parse on one BLAS thread: the pipeline scales by worker processes, and a
    BLAS pool per worker would only compete for their cores."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # scikit-learn brings it; without it, BLAS keeps its own setting
        yield
        return
    with threadpool_limits(1, user_api="blas"):
        yield


def surface_forms(nlp: spacy.language.Language, lemmas: Iterable[str],
                  pos: Iterable[str] = ("verb", "noun")) -> frozenset[str]:
    """Every lower-case form that the rule lemmatizer can reduce to one of `lemmas` as a `pos`.

    Inverts the lemmatizer's own tables (exceptions, and each suffix rule run backwards), so a
    word tagged `pos` whose lemma is in `lemmas` always has its form here; some forms are not
    real words. Other tags (proper nouns, auxiliaries) keep the word itself as the lemma.
    """
    rules, inverse = _inverted_tables(nlp, tuple(pos))
    forms: set[str] = set()
    for lemma in lemmas:
        forms.add(lemma)
        forms.update(inverse.get(lemma, ()))
        for old, new in rules:
            if lemma.endswith(new):
                forms.add(lemma[: len(lemma) - len(new)] + old)
    return frozenset(forms)


# The lemmatizer's four parts of speech; WordNet's nouns include place names ("gujarat").
PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")


@lru_cache(maxsize=4)
def dictionary_words(model: str = DEFAULT_MODEL,
                     pos: tuple[str, ...] = PARTS_OF_SPEECH) -> frozenset[str]:
    """The words of the rule lemmatizer's index and exceptions: WordNet's nouns, verbs,
    adjectives and adverbs (or the parts of speech `pos`), with their irregular forms."""
    tables = load_nlp(model).get_pipe("lemmatizer").lookups
    index, exc = tables.get_table("lemma_index", {}), tables.get_table("lemma_exc", {})
    words: set[str] = set()
    for part in pos:
        words.update(index.get(part, ()))
        words.update(exc.get(part, {}))
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=4)
def _suffix_rules(model: str, pos: tuple[str, ...] = PARTS_OF_SPEECH
                  ) -> tuple[tuple[str, str], ...]:
    """The rule lemmatizer's suffix rules of the four parts of speech (or of `pos`)."""
    rules = load_nlp(model).get_pipe("lemmatizer").lookups.get_table("lemma_rules", {})
    return tuple(sorted({(old, new) for part in pos for old, new in rules.get(part, [])}))


@lru_cache(maxsize=1 << 15)
def dictionary_word(word: str, model: str = DEFAULT_MODEL,
                    pos: tuple[str, ...] = PARTS_OF_SPEECH) -> bool:
    """Whether a lower-case word is an English word the rule lemmatizer knows, itself or by
    one of its suffix rules ("visited" -> "visit", "areas" -> "area"): lower-cased text has no
    capitals to tell a name ("muchala") from a word, this dictionary does. `pos` narrows the
    parts of speech (WordNet's nouns hold place names: "gujarat", "lucknow")."""
    words = dictionary_words(model, pos)
    return word in words or any(
        word.endswith(old) and word[: len(word) - len(old)] + new in words
        for old, new in _suffix_rules(model, pos) if old)


@lru_cache(maxsize=8)
def _inverted_tables(nlp: spacy.language.Language,
                     pos: tuple[str, ...]) -> tuple[list[Any], dict[str, set[str]]]:
    """The lemmatizer's suffix rules for `pos` and its exceptions inverted (lemma -> forms),
    built once per pipeline and tag set: the coder's prefilter asks `surface_forms` hundreds of
    times while the pipeline loads, and inverting the tables each time was most of that load."""
    tables = nlp.get_pipe("lemmatizer").lookups
    # lookups Tables hash their keys: read them with get(), never by iterating.
    rule_table = tables.get_table("lemma_rules", {})
    exc_table = tables.get_table("lemma_exc", {})
    rules = [rule for p in pos for rule in rule_table.get(p, [])]
    inverse: dict[str, set[str]] = {}
    for p in pos:
        for form, bases in exc_table.get(p, {}).items():
            for base in bases:
                inverse.setdefault(base, set()).add(form)
    return rules, inverse


def run_components(nlp: spacy.language.Language, docs: list[Doc], names: Iterable[str],
                   batch_size: int = 256) -> list[Doc]:
    """Run the named pipeline components, in pipeline order, over docs already made by `nlp`.

    Lets a caller run the cheap components on every sentence and the costly ones only on those
    that still matter. Components that listen to a shared tok2vec read the `doc.tensor` it left.
    """
    wanted = set(names)
    with one_blas_thread():
        for name, proc in nlp.pipeline:
            if name in wanted:
                proc = _fast_form(name, proc, nlp) or proc
                docs = list(proc.pipe(docs, batch_size=batch_size))
    return docs


@lru_cache(maxsize=16)
def _fast_form(name: str, proc: Any, nlp: spacy.language.Language) -> Any:
    """The array form of a component (same tokens out, a fraction of the time), or None."""
    from eventwire.nlp.attributes import compile_ruler, greedy_parser, memo_lemmatizer

    if name == "parser":
        return greedy_parser(proc, nlp)
    make = {"attribute_ruler": compile_ruler, "lemmatizer": memo_lemmatizer}.get(name)
    return make(proc) if make else None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences of `text`: paragraphs, then [.!?] ends."""
    spans: list[tuple[int, int]] = []
    for para in PARAGRAPH.finditer(text):
        start = para.start()
        chunk = para.group()
        lower = lower_cased(chunk, min_letters=LOWER_CASED_MIN_LETTERS,
                            max_capitals=LOWER_CASED_MAX_CAPITALS)
        ends = (sorted([*SENTENCE_END.finditer(chunk), *LOWER_SENTENCE_END.finditer(chunk)],
                       key=lambda m: m.start()) if lower else SENTENCE_END.finditer(chunk))
        for m in ends:
            if m.start() < start - para.start():  # the two patterns found the same stop
                continue
            # The word before the stop, from a short window: searching the whole paragraph
            # made splitting quadratic in its length. Longer words are no abbreviation anyway.
            before = chunk[max(0, m.start() - LAST_WORD_WINDOW): m.start() + 1]
            word = LAST_WORD.search(before)
            token = word.group(1).lower().rstrip(".") if word else ""
            # "J. Smith", "Mr. Putin", "U.S. troops": not sentence ends.
            if chunk[m.start()] == "." and (len(token) == 1 or token in ABBREVIATIONS):
                continue
            if lower and INITIALS.fullmatch(token):
                continue
            end = para.start() + m.end()
            _append_span(spans, text, start, end)
            start = end
        _append_span(spans, text, start, para.end())
    return spans


def lower_cased(text: str, *, min_letters: int = 1, max_capitals: float = 0.0) -> bool:
    """Whether `text` reads as news scraped lower-cased: at least `min_letters` letters and at
    most `max_capitals` capitals per letter (0: not one). The one test of every stage, each with
    its own bounds: a paragraph to split, a sentence to recase, a mention or lead to resolve."""
    # Capitals are counted first, a slice at a time: a text has at most len(text) letters, so
    # once more capitals than len(text) * max_capitals are seen the answer is no, whatever the
    # rest holds. Cased news (every text but a lower-cased scrape) is decided on its first
    # words, without reading the whole text twice.
    capitals = 0
    bound = len(text) * max_capitals if max_capitals >= 0 else None
    for k in range(0, len(text), LOWER_CASED_SLICE):
        capitals += sum(map(str.isupper, text[k : k + LOWER_CASED_SLICE]))
        if bound is not None and capitals > bound:
            return False
    letters = sum(map(str.isalpha, text))
    return letters >= min_letters and capitals <= letters * max_capitals


def _append_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append (start, end) trimmed of surrounding whitespace, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
