"""Exact shortcuts of the resolve stage (branch speed8): each gives the same answers as the
form it replaces, on own written texts, and skips the work it says it skips."""

from __future__ import annotations

import random
from dataclasses import asdict, fields

import pytest

from eventwire.data import scalar_fields
from eventwire.knowledge import kb as K
from eventwire.knowledge import places as P
from eventwire.knowledge.kb import shipped_kb
from eventwire.knowledge.places import Gazetteer, Place, find_places
from eventwire.resolve import actors as A
from eventwire.resolve.actors import LOWERCASED_COPY_CAPITALS, ActorResolver
from eventwire.resolve.quantities import Quantity, extract_quantities


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver(shipped_kb())


class Counting:
    """Stands in for a compiled pattern and keeps the texts each method was run over."""

    def __init__(self, pattern) -> None:
        self.pattern = pattern
        self.calls: list[tuple[str, str]] = []

    def sub(self, repl, text, *args):
        self.calls.append(("sub", text))
        return self.pattern.sub(repl, text, *args)

    def finditer(self, text, *args):
        self.calls.append(("finditer", text))
        return self.pattern.finditer(text, *args)

    def match(self, text, *args):
        return self.pattern.match(text, *args)


# -- split_tokens: the possessive pattern only over text with an apostrophe -----------------
TOKEN_TEXTS = [
    "The Kurdistan Workers' Party attacked a post near Van.",
    "Erdoğan’s spokesman met the U.S. envoy's deputy in Ankara.",
    "The bishopʼs office and the pilots‘ union said so.",
    "Troops of the People\uff07s Army crossed the border.",  # fullwidth apostrophe: NFKD "'"
    "Saudi-led forces and pro-Iran militias clashed on Monday.",
    "Nothing here has an apostrophe, a hyphen or a possessive at all",
    "Paris' mayor and Texas' governor; the boss' car, the Jones's house",
    "",
]


def slow_split_tokens(text: str) -> list[str]:
    return K.TOKEN_RE.findall(K.POSSESSIVE_RE.sub(" 's", K.fold(text).replace("-", " ")))


@pytest.mark.parametrize("text", TOKEN_TEXTS)
def test_split_tokens_as_before(text):
    assert K.split_tokens(text) == slow_split_tokens(text)


def test_split_tokens_as_before_on_random_texts():
    rng = random.Random(8)
    alphabet = "ab sS'’ʼ‘\uff07-.,&1Éé\u00a0"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 24)))
        assert K.split_tokens(text) == slow_split_tokens(text), text


def test_apostrophe_free_text_is_not_run_through_the_possessive_pattern(monkeypatch):
    counting = Counting(K.POSSESSIVE_RE)
    monkeypatch.setattr(K, "POSSESSIVE_RE", counting)
    K.split_tokens("Soldiers of the Nigerian Army reached Maiduguri on Monday.")
    assert counting.calls == []
    assert K.split_tokens("Nigeria's army reached Maiduguri.") == ["Nigeria", "'s", "army",
                                                                   "reached", "Maiduguri."]
    assert len(counting.calls) == 1


# -- _lowercased_copy: the one capitals test, with the same strict bound ------------------
def slow_lowercased_copy(text: str) -> bool:
    letters = sum(map(str.isalpha, text))
    return letters > 0 and sum(map(str.isupper, text)) * 200 < letters


def test_lowercased_copy_bound_is_strict():
    assert LOWERCASED_COPY_CAPITALS < 1 / 200
    assert not A._lowercased_copy("A" + "b" * 199)  # 1 capital in 200 letters: cased
    assert A._lowercased_copy("A" + "b" * 200)  # 1 in 201: a lower-cased copy
    assert not A._lowercased_copy("AB" + "c" * 398)
    assert A._lowercased_copy("AB" + "c" * 399)
    assert not A._lowercased_copy("")
    assert not A._lowercased_copy("123 456 --- !!!")


def test_lowercased_copy_as_before_on_random_texts():
    rng = random.Random(38)
    for _ in range(3000):
        size = rng.randrange(0, 1600)
        capitals = rng.choice([0, 1, 2, 3, 5, 8, size // 150, size // 200, size // 201 + 1])
        chars = [rng.choice("abcdefgh  ,.1\u00e9\u00df") for _ in range(size)]
        for k in rng.sample(range(size), min(capitals, size)):
            chars[k] = rng.choice("ABZ\u00c9\u00c2")
        text = "".join(chars)
        assert A._lowercased_copy(text) == slow_lowercased_copy(text), text


# -- document_context: the congress tag searched only where a dash may make one --------------
def test_congress_tag_searched_only_in_a_sentence_with_a_dash(resolver, monkeypatch):
    counting = Counting(A.CONGRESS_AFTER_RE)
    monkeypatch.setattr(A, "CONGRESS_AFTER_RE", counting)
    text = ("Rep. Dana Whitlock (D-Ore.) criticised the plan on Tuesday. "
            "She said the vote would come next week.")
    context = resolver.document_context(text, "2024-05-07")
    assert [t for how, t in counting.calls if how == "finditer"] == [
        "Rep. Dana Whitlock (D-Ore.) criticised the plan on Tuesday."]
    found = context.recall(["whitlock"], None)
    assert found is not None and found.country == "USA"


def test_congress_tag_after_an_en_dash_still_read(resolver):
    text = "Sen. Carl Brandvold (R\u2013Wyo.) blocked the bill."
    context = resolver.document_context(text, "2024-05-07")
    found = context.recall(["brandvold"], None)
    assert found is not None and (found.country, found.sector) == ("USA", "LEG")


# -- scalar_fields: asdict's answer for a flat record ----------------------------------------
SCALAR_TYPES = {"str", "int", "float", "bool", "None"}


@pytest.mark.parametrize("cls", [Place, Quantity])
def test_records_given_to_scalar_fields_are_flat(cls):
    for f in fields(cls):
        kinds = {k.strip() for k in str(f.type).split("|")}
        assert kinds <= SCALAR_TYPES, (cls.__name__, f.name, f.type)


def test_scalar_fields_equals_asdict():
    place = Place(name="Maiduguri", feature="city", country="NGA", admin1="02", lat=11.85,
                  lon=13.16, geonameid=2331447, matched="Maiduguri")
    assert scalar_fields(place) == asdict(place)
    assert list(scalar_fields(place)) == list(asdict(place))
    for q in extract_quantities("About 2,000 people marched for 3 hours; $5 million was lost, "
                                "up 12% on 40 to 50 arrests."):
        assert scalar_fields(q) == asdict(q)
        assert list(scalar_fields(q)) == list(asdict(q))


# -- _find_places: spans of no gazetteer first word are not looked up -----------------------
PLACE_TEXTS = [
    "U.S.Army units left Fort Bragg for Kandahar on Nov. 18.",
    "Talks in The Hague and in the Hague ended; Sharm el\u2010Sheikh hosts the next round.",
    "Shelling hit Ras al-Khaimah, New\u00a0York and São Paulo, officials in Lagos said.",
    "KILIS, Turkey -- Syrian rebels crossed near Azaz and Tal Rifaat.",
    "The Uttar Pradesh government sent police to Bawana, near Delhi.",
    "Greenville, South Carolina, and Santa Cruz Barillas, Guatemala, were hit.",
    "Zorbleton Quixmark Vandelay and Frobnitz-Wuzzle met Humbert-Ostrowski.",
    "Mr Putin's envoy flew from Moscow's Vnukovo airport to Damascus.",
]


def test_find_places_as_before(monkeypatch):
    gaz = Gazetteer.load()
    fast = [find_places(t, gaz) for t in PLACE_TEXTS]
    fast_c = [find_places(t, gaz, countries=["USA"]) for t in PLACE_TEXTS]
    monkeypatch.setattr(P, "_may_begin_place", lambda *args: True)
    assert fast == [find_places(t, gaz) for t in PLACE_TEXTS]
    assert fast_c == [find_places(t, gaz, countries=["USA"]) for t in PLACE_TEXTS]
    assert any(fast)  # the texts do name places


def test_first_words_hold_every_key_start():
    gaz = Gazetteer.load()
    words = gaz.first_words()
    assert all(key.split(" ", 1)[0] in words for key in list(gaz.index)[:20000])


def test_a_run_of_no_place_word_is_not_looked_up(monkeypatch):
    gaz = Gazetteer.load()
    looked: list[str] = []
    candidates = Gazetteer.candidates

    def counting(self, name):
        looked.append(name)
        return candidates(self, name)

    monkeypatch.setattr(Gazetteer, "candidates", counting)
    text = "Zorbleton Quixmark Vandelay met reporters."
    assert find_places(text, gaz, countries=["USA"]) == []
    assert not any(name.startswith("Zorbleton") for name in looked)
