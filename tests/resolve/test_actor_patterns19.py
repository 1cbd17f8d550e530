"""Actor resolution patterns of issue 17's eighteenth round, on made-up mentions and Factbook
pages that are none of bench/data/actors_own8.tsv's: a party's rank and file named by a labour
word; triads and the yakuza; riot officers; hospital and ambulance staff; a one-house
legislator's abbreviated title; "Inter-American" bodies; an envoy's country in the sentence;
another state's forces on a territory's Factbook page; a body's two aims joined by "and"; NGOs
named "<trade> Without Borders"."""

from __future__ import annotations

import json

import pytest
from helpers import country_and_sector as code
from helpers import load_script

from eventwire.resolve.actors import MentionContext


@pytest.mark.parametrize("mention,expected", [
    ("PTI workers", ("PAK", "PTY")),
    ("AKP workers", ("TUR", "PTY")),
    ("ANC cadres", ("ZAF", "PTY")),
])
def test_a_partys_workers_are_the_party_not_labour(resolver, mention, expected):
    assert code(resolver, mention, date="2021-06-01") == expected


@pytest.mark.parametrize("mention", ["union workers", "factory workers", "aid workers"])
def test_workers_of_no_party_keep_their_own_sector(resolver, mention):
    assert code(resolver, mention)[1] != "PTY"


@pytest.mark.parametrize("mention", ["the Wo Shing Wo triad", "triad members", "a yakuza boss"])
def test_triads_and_the_yakuza_are_criminals(resolver, mention):
    assert code(resolver, mention)[1] == "CRM"


def test_riot_officers_are_police(resolver):
    assert code(resolver, "riot officers in Nairobi") == ("KEN", "COP")


@pytest.mark.parametrize("mention,expected", [
    ("hospital workers in Lagos", ("NGA", "MED")),
    ("ambulance drivers", (None, "MED")),
])
def test_hospital_and_ambulance_staff_are_medical_workers(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention,expected", [
    ("MK Ahmad Tibi", ("ISR", "LEG")),
    ("TD Mary Lou McDonald", ("IRL", "LEG")),
])
def test_a_one_house_legislators_title_gives_the_country(resolver, mention, expected):
    assert code(resolver, mention) == expected


@pytest.mark.parametrize("mention", ["TD Garden", "the MK Dons"])
def test_the_abbreviations_without_a_persons_name_are_no_legislator(resolver, mention):
    assert code(resolver, mention)[1] != "LEG"


@pytest.mark.parametrize("mention", ["the Inter-American Court of Human Rights",
                                     "The Inter-American Commission of Women"])
def test_an_inter_american_body_is_an_igo_not_the_usa(resolver, mention):
    assert code(resolver, mention) == ("IGO", None)


@pytest.mark.parametrize("mention,expected", [
    ("the Inter-American Development Bank", "IGO"),  # the KB's row
    ("American diplomats", "USA"),
])
def test_american_without_inter_is_unchanged(resolver, mention, expected):
    assert code(resolver, mention)[0] == expected


def test_the_envoys_country_is_no_home_of_the_sentences_other_actors(resolver):
    sentence = "Deputy Minister Lena Horvath summoned the Dutch ambassador over the remarks."
    mention = "Deputy Minister Lena Horvath"
    got = code(resolver, mention, context=MentionContext(), sentence=sentence)
    assert got[0] != "NLD"
    sentence = "Protesters gathered outside the French embassy in Bamako."
    assert code(resolver, "Protesters", context=MentionContext(), sentence=sentence) \
        == ("MLI", "CVL")


def test_the_envoy_keeps_his_own_country(resolver):
    sentence = "The minister summoned the Dutch ambassador over the remarks."
    assert code(resolver, "the Dutch ambassador", sentence=sentence)[0] == "NLD"


def _page(short_name: str, forces: str) -> dict:
    return {"Government": {"Country name": {"conventional short form": {"text": short_name}}},
            "Military and Security": {"Military and security forces": {"text": forces}}}


def test_another_states_forces_on_a_territorys_page_are_that_states(tmp_path):
    script = load_script("scripts/build_factbook_kb.py")
    (tmp_path / "region").mkdir()
    # the file names are FIPS codes: "ch" is China (CHN), "hk" Hong Kong (HKG)
    (tmp_path / "region" / "ch.json").write_text(json.dumps(_page(
        "Zorland", "Zorland Defence Army (ZDA): Ground Forces, Navy")), encoding="utf-8")
    (tmp_path / "region" / "hk.json").write_text(json.dumps(_page(
        "Harbourton", "Harbourton Police Force<br><br>Zorland's Defence Army (ZDA) "
        "Harbour Garrison is responsible for defense; the garrison includes elements of the "
        "ZDA Army, ZDA Navy, and ZDA Air Wing (2025)")), encoding="utf-8")
    rows = {row["name"]: row["country"] for row in script.derive(tmp_path)}
    assert rows["ZDA Navy"] == "CHN"
    assert rows["Harbourton Police Force"] == "HKG"


@pytest.mark.parametrize("mention,expected", [
    ("The Movement for Peace and Justice in Mali", "MLI"),
    ("the Alliance for Renewal and Dignity of Niger", "NER"),
])
def test_a_bodys_two_aims_joined_by_and_are_one_name(resolver, mention, expected):
    assert code(resolver, mention)[0] == expected


def test_and_before_another_body_still_joins_two_actors(resolver):
    assert code(resolver, "the Front for Change and the army")[0] is None


@pytest.mark.parametrize("mention", ["Engineers Without Borders", "Pharmacists Without Borders",
                                     "Ingenieros Sin Fronteras"])
def test_an_ngo_named_after_its_members_trade_is_an_ngo(resolver, mention):
    assert code(resolver, mention) == ("NGO", None)


def test_the_trade_without_the_ngos_name_keeps_its_sector(resolver):
    assert code(resolver, "pharmacists in Lagos") == ("NGA", "MED")
