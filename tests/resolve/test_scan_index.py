"""The resolver's scan skips tokens no span can start with (`ActorResolver._can_start`): the
spans it finds are those of trying every token, and every kind of key still starts a span."""

import random

import pytest

from eventwire.knowledge.kb import breakaway_keys
from eventwire.resolve import actors as A

# Sentences with every kind of span the scan finds: KB people and organisations, country
# words and nationality adjectives (capitalised and lower-case), curated and gazetteer places,
# a region's adjective, role phrases, regional adjectives, possessives inside a name, a
# hyphenated given name, detached prefixes and suffixes, and a lower-cased copy of news.
SENTENCES = [
    "President Vladimir Putin met Turkish Foreign Minister Mevlut Cavusoglu in Moscow.",
    "Kenyan police arrested two opposition journalists in Nairobi on Friday.",
    "the palestinian authorities said israeli soldiers shot a protester near nablus.",
    "Bavarian police and Russellville police detained South American migrants.",
    "The Kurdistan Workers' Party (PKK) attacked a convoy of the People's Republic of China.",
    "Kim Jong-un and Moon Jae-in met as Saudi-backed fighters and pro-Russian separatists "
    "clashed near Donetsk People's Republic lines.",
    "Human Rights Watch said aid workers and riot police in Guatrache clashed with Maoists.",
    "senior congress leader ghulam nabi azad met the sho of kanpur police station.",
    "UN Secretary-General Antonio Guterres urged the U.S. and the EU to help West Bank settlers.",
    "Lashkar-e-Taiba militants killed three CRPF jawans in Pulwama, Jammu and Kashmir.",
]


def scan_every_token(resolver, monkeypatch, toks):
    monkeypatch.setattr(resolver, "_can_start", lambda norm: (True, True))
    monkeypatch.setattr(resolver, "_start_memo", {})
    return resolver._scan(toks)


def as_tuples(hits):
    return [(h.start, h.end, h.kind, repr(h.value), h.possessive) for h in hits]


def test_skipping_tokens_finds_the_same_spans(resolver, monkeypatch):
    found = []
    for sentence in SENTENCES:
        toks = A._tokens(sentence)
        with monkeypatch.context() as m:
            every = scan_every_token(resolver, m, toks)
        skipped = resolver._scan(toks)
        assert as_tuples(skipped) == as_tuples(every), sentence
        found += [h.kind for h in skipped]
    # the sentences hold every kind of span, so the comparison covers each matcher
    assert {"entity", "country", "place", "role", "role_country"} <= set(found)


def test_every_kind_of_key_can_start_a_span(resolver):
    kb = resolver.kb
    rng = random.Random(0)
    keys = [*rng.sample(sorted(kb._country_words), 300), *rng.sample(sorted(kb._names), 300),
            *rng.sample(sorted(kb.places), 300), *sorted(breakaway_keys())]
    for key in keys:
        first = key.split(" ")[0]
        assert resolver._can_start(first)[True], key
    for phrase in A.ROLE_PREFIXES:
        assert resolver._can_start(phrase.split(" ")[0]) == (True, True), phrase
    # a Bavarian town key the gazetteer alone knows, and one of its regions
    assert resolver._can_start("guatrache")[True]
    assert resolver._can_start("kharkiv")[True]


@pytest.mark.parametrize("word", ["of", "said", "tuesday", "and"])
def test_common_lower_case_words_are_skipped(resolver, word):
    assert resolver._can_start(word)[False] is False


def test_a_word_no_key_begins_is_skipped_either_way(resolver):
    assert resolver._can_start("sfgjkq") == (False, False)


def test_lower_case_token_starts_only_a_one_word_country_word_or_a_role(resolver):
    assert resolver._can_start("palestinian") == (True, True)
    assert resolver._can_start("police") == (True, True)
    lower, capitalised = resolver._can_start("vladimir")  # a KB given name: capitalised only
    assert (lower, capitalised) == (False, True)


def test_memo_is_bounded(resolver, monkeypatch):
    monkeypatch.setattr(A, "START_MEMO_SIZE", 3)
    monkeypatch.setattr(resolver, "_start_memo", {})
    for word in ["alpha", "beta", "gamma", "delta"]:
        resolver._can_start(word)
    assert len(resolver._start_memo) <= 3
    assert "delta" in resolver._start_memo


def test_token_forms_are_remembered_per_raw_word_not_per_use():
    """`_tokens` keeps each raw word's norm and capital once; a possessive stays with its own
    token, and an abbreviation keeps its capitals."""
    first = A._tokens("Syria's army and the U.S. met Syria in Geneva.")
    again = A._tokens("Syria's army and the U.S. met Syria in Geneva.")
    key = [(t.raw, t.norm, t.possessive, t.capitalized) for t in first]
    assert key == [(t.raw, t.norm, t.possessive, t.capitalized) for t in again]
    syria = [t for t in first if t.raw == "Syria"]
    assert [t.possessive for t in syria] == [True, False]
    assert [t.norm for t in first if t.raw == "U.S."] == ["US"]
    assert [t.capitalized for t in first if t.norm in ("army", "geneva")] == [False, True]
