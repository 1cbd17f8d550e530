"""People the KB does not know take their country from the Wikipedia people list (issue 17,
round 19: knowledge/people.py, built from name2nat's data by scripts/build_wikipedia_people.py);
the title still gives the sector, the KB still wins where it knows the name."""

from __future__ import annotations

import pickle

import pytest
from helpers import country_and_sector as code
from helpers import load_script


@pytest.fixture(scope="module")
def script():
    return load_script("scripts/build_wikipedia_people.py")


@pytest.mark.parametrize("mention,sentence,expected", [
    ("Deputy Foreign Minister Sergei Ryabkov",
     "Deputy Foreign Minister Sergei Ryabkov said the talks would resume.", ("RUS", "GOV")),
    ("Defence Minister Marise Payne",
     "Defence Minister Marise Payne said the ships would sail on Monday.", ("AUS", "GOV")),
    ("Minister Juan Carlos Pinzón",
     "Minister Juan Carlos Pinzón visited the troops on Friday.", ("COL", "GOV")),
])
def test_a_titled_person_the_kb_lacks_gets_the_lists_country_and_the_titles_sector(
        resolver, mention, sentence, expected):
    assert code(resolver, mention, date="2015-03-01", sentence=sentence) == expected


def test_a_bare_listed_name_gets_a_country_and_no_sector(resolver):
    # Catalan is Spain's (through the region the adjective names); no title, no sector
    assert code(resolver, "Carles Puigdemont", date="2019-10-01",
                sentence="Carles Puigdemont spoke to reporters on Monday.") == ("ESP", None)


def test_a_listed_name_with_two_nationalities_gets_none(resolver):
    # "Bill Walsh": American and English pages share the title
    assert code(resolver, "Bill Walsh", sentence="Bill Walsh spoke to reporters on Monday.") \
        == (None, None)


def test_the_kb_wins_over_the_list(resolver):
    # the list's row for him is noisy (Italian); the KB's office is Kazakhstan's
    assert code(resolver, "President Nursultan Nazarbayev", date="2015-03-01",
                sentence="President Nursultan Nazarbayev met the delegation.") == ("KAZ", "GOV")
    assert code(resolver, "Vladimir Putin", date="2015-03-01") == ("RUS", "GOV")


def test_the_shipped_table_loads_and_is_small():
    from eventwire.knowledge.kb import name_key
    from eventwire.knowledge.people import PEOPLE_FILE, _table, listed_country

    assert PEOPLE_FILE.stat().st_size < 4_000_000
    hashes, country, codes = _table()
    assert len(hashes) > 900_000 and hashes.nbytes + country.nbytes < 20_000_000
    assert bool((hashes[1:] > hashes[:-1]).all())  # sorted, searchable
    assert listed_country(name_key("Subrahmanyam Jaishankar")) == "IND"
    assert listed_country(name_key("Kim Yong-chol")) is None  # "Korean": North or South
    assert listed_country(name_key("Foreign Minister")) is None


FAKE_PEOPLE = {
    "Ana Torres Ruiz": ["Catalan"],         # a region adjective: its state, ESP
    "Jo Bloggs": ["English", "Welsh"],      # two words, one state: GBR
    "Ann Twofold": ["French", "German"],    # two states: left out
    "Kim Minjun": ["Korean"],               # an ambiguous word: left out
    "Madonna": ["American"],                # one word: left out
    "Willem Dedel (1726": ["Dutch"],        # a cut disambiguated title: left out
    "José Pérez": ["Mexican"],              # accents folded: one key with "Jose Perez"
    "Jose Perez": ["Mexican"],
    "Ravi Tamilan": ["Tamil"],              # a word of no country: left out
}


def test_the_build_keeps_one_country_names_and_is_deterministic(script, tmp_path):
    from eventwire.knowledge.kb import KnowledgeBase, name_key
    from eventwire.knowledge.people import listed_country, read_table

    source = tmp_path / "name2nats.pkl"
    source.write_bytes(pickle.dumps(FAKE_PEOPLE))
    kb = KnowledgeBase.load(with_phoenix=False)
    rows = script.person_rows(script.read_people(tmp_path), kb)
    assert rows == {"ana torres ruiz": "ESP", "jo bloggs": "GBR", "jose perez": "MEX"}
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    script.write_npz(first, script.encode(rows))
    script.write_npz(second, script.encode(script.person_rows(
        pickle.loads(source.read_bytes()), kb)))
    assert first.read_bytes() == second.read_bytes()
    table = read_table(first)
    assert listed_country(name_key("José Pérez"), table) == "MEX"
    assert listed_country(name_key("Jo Bloggs"), table) == "GBR"
    assert listed_country(name_key("Ann Twofold"), table) is None


def test_an_ordinary_person_is_not_placed_by_a_famous_namesake(resolver):
    # the list's Michael Webb is British; a kidnapper in a Texas story is no page of it
    sentence = ("CBS DFW reports the man who kidnapped the child, Michael Webb, was sentenced "
                "to life in federal prison.")
    assert code(resolver, "man who kidnapped the child, Michael Webb", sentence=sentence)[0] \
        != "GBR"
