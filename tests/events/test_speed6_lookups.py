"""Lookups the coder and the classifier's views make faster (speed round 6): same answers as the
plain scans they replace."""

import random

from eventwire.events import coder
from eventwire.events import features as F
from eventwire.events import lexicon as lx


def findall_counts(text):
    """What `lexicon_hits` counted before: every label's alternation over the whole text."""
    return {label: len(rx.findall(text + " ")) for label, rx in F._TRIGGER_RE.items()}


def test_lexicon_hits_count_as_findall_per_label():
    texts = [
        "",
        "protesters rallied and marched; a hunger strike and a strike followed",
        "they didn't agree, would not retaliate and cut off aid; a ban was cut",  # "n't", "cut "
        "the shelling, shellfire and reshelling: no \\b inside a word",
        "troops deployed to the border; the build-up and buildup of forces",
        "cracked down, crackdown, crack down: overlapping stems of one label",
        "prosecutors said the deal would end",  # a stem ending in a space at the text's end
    ]
    stems = sorted({s for ss in F.TRIGGERS.values() for s in ss})
    rng = random.Random(6)
    for _ in range(300):  # stems glued, spaced and punctuated at random
        parts = [rng.choice(stems + ["the", "x", "un", "re"]) for _ in range(rng.randint(1, 12))]
        texts.append("".join(p + rng.choice(["", " ", "  ", "-", ", ", "'"]) for p in parts))
    for text in texts:
        got = F.lexicon_hits(text)
        assert got == findall_counts(text), text
        assert list(got) == list(F._TRIGGER_RE)  # label order kept: the views list them so
    assert any(sum(findall_counts(t).values()) > 2 for t in texts)


def test_retypes_of_is_the_table_in_order_and_follows_a_replaced_table(monkeypatch):
    verbs = {v for v, _ in lx.RETYPE_BY_OBJECT}
    assert any(" " in v for v in verbs)  # phrasals ("call off") are looked up too
    for verb in verbs:
        assert coder._retypes_of(verb) == [(w, e) for (v, w), e in lx.RETYPE_BY_OBJECT.items()
                                           if v == verb]
    assert coder._retypes_of("no_such_verb") == []
    entry = ("ASSAULT", None, "190", ())
    monkeypatch.setattr(lx, "RETYPE_BY_OBJECT", {("zap", frozenset({"drone"})): entry})
    assert coder._retypes_of("zap") == [(frozenset({"drone"}), entry)]
    assert coder._retypes_of(next(iter(verbs))) == []
