"""Police work and idioms in lower-cased news (issue 13, IndiaPoliceEvents, third round): curfews
ordered and lifted, charges, questioning, the past habitual, idioms of "strike" and "storm", and
victims carried rather than attacked. Every sentence here is made up for the test."""


import pytest
from helpers import load_script

from eventwire.settings import Options

pytestmark = pytest.mark.slow


def events_of(code, text: str) -> list[tuple[str, str, str]]:
    """(type, CAMEO, actor text) of each event coded in `text`."""
    return [(e.event, e.cameo or "", e.actor.entity_text if e.actor else "") for e in code(text)]


def test_curfew_ordered_or_lifted_in_the_passive_is_an_event_by_the_police_that_report_it(code):
    imposed = events_of(code, "curfew was imposed in the market area after the clashes, police said.")
    assert imposed == [("COERCE", "1723", "police")]
    lifted = events_of(code, "curfew was lifted from three wards of the town, the police said.")
    assert lifted == [("CONCEDE", "081", "police")]
    # reported by no one: still an order, by an unnamed actor
    assert events_of(code, "curfew was imposed in the market area after the clashes.") == [
        ("COERCE", "1723", "")]
    clamped = events_of(code, "the district authorities clamped curfew on the old quarter.")
    assert [(t, c) for t, c, _ in clamped] == [("COERCE", "1723")]
    # a minister reporting a lifted curfew is no reason to make him its author
    said = events_of(code, "curfew was lifted from three wards of the town, the minister said.")
    assert said == [("CONCEDE", "081", "")]


def test_charges_compiled_or_framed_are_a_legal_complaint(code):
    compiled = events_of(code, "detectives compiled charges against the smuggler.")
    assert [(t, c) for t, c, _ in compiled] == [("ACCUSE", "115")]
    framed = events_of(code, "charges were framed against the three brothers last week.")
    assert ("ACCUSE", "115", "") in framed


def test_questioning_people_is_investigating_them_but_questioning_a_decision_is_not(code):
    assert events_of(code, "the police questioned the two drivers for six hours.") == [
        ("ACCUSE", "090", "police")]
    assert events_of(code, "officers interrogated the suspects at the station.") == [
        ("ACCUSE", "090", "officers")]
    assert events_of(code, "the council questioned the decision to close the school.") == []


def test_steps_of_an_investigation(code):
    assert events_of(code, "the police recorded the statements of the shopkeepers.") == [
        ("ACCUSE", "090", "police")]
    assert events_of(code, "the police have cracked the case of the stolen idols.") == [
        ("ACCUSE", "090", "police")]
    assert [(t, c) for t, c, _ in events_of(code, "the police launched a manhunt for the robbers.")] == [
        ("ACCUSE", "090")]


def test_would_with_a_frequency_adverb_is_a_past_habit_that_happened(code):
    habit = events_of(code, "the police would routinely pick up the young boys of the lane.")
    assert habit == [("COERCE", "173", "police")]
    # without one, "would" stays hypothetical
    assert events_of(code, "the police would pick up the young boys if they marched.") == []


def test_police_chasing_people_away_and_guarding_a_place(code):
    chased = events_of(code, "the constables chased away the crowd from the bridge.")
    assert [(t, c) for t, c, _ in chased] == [("COERCE", "170")]
    assert events_of(code, "the constables chased away the stray dogs.") == []  # people only
    guarded = events_of(code, "the police guarded the shrine through the night.")
    assert [(t, a) for t, _, a in guarded] == [("MOBILIZE", "police")]
    assert events_of(code, "the committee guarded against any delay.") == []


def test_idioms_of_strike_and_storm_are_no_attacks(code):
    assert events_of(code, "the party struck a discordant note on the budget.") == []
    assert events_of(code, "the speech struck a chord with the farmers.") == []
    assert events_of(code, "the chief stormed off the stage in anger.") == []
    # the verbs themselves still attack
    assert [t for t, _, _ in events_of(code, "gunmen struck a police post at dawn.")] == ["ASSAULT"]
    assert [t for t, _, _ in events_of(code, "armed men struck at dawn.")] == ["ASSAULT"]
    assert [t for t, _, _ in events_of(code, "troops stormed the building.")] == ["ASSAULT"]


def test_a_learned_attack_needs_violence_done_not_victims_carried(coder):
    from eventwire.events.coder import _shows_violence

    class Cand:  # the fields _shows_violence reads
        def __init__(self, anchor):
            self.anchor, self.actors, self.recipients = anchor, [], []

    carried = coder.nlp("the volunteers took the injured to the hospital.")
    assert not _shows_violence(Cand(next(t for t in carried if t.text == "took")))
    beaten = coder.nlp("the guards beat the injured with sticks.")
    assert _shows_violence(Cand(next(t for t in beaten if t.text == "beat")))
    noted = coder.nlp("the party struck a discordant note.")
    assert not _shows_violence(Cand(next(t for t in noted if t.text == "struck")))


def test_bench_counts_an_attack_whose_trigger_is_a_death_as_a_killing(code):
    bench = load_script("bench/realnews.py")
    died = [e for e in code("four villagers died in police firing at the square.")
            if e.event_text == "died"]
    assert [e.event for e in died] == ["ASSAULT"]
    assert {"KILL", "FORCE"} <= bench.india_answers(died)
    hurt = [e for e in code("four villagers were injured in police firing at the square.")
            if e.event_text == "injured"]
    assert [e.event for e in hurt] == ["ASSAULT"]
    assert "KILL" not in bench.india_answers(hurt) and "FORCE" in bench.india_answers(hurt)
    # a death with no violent cause is no event, so no killing either
    assert bench.india_answers(code("four villagers died in a road accident.")) == set()


def test_the_police_reading_answers_kill_and_force_only_for_police_acts():
    bench = load_script("bench/realnews.py")
    coded = bench.code([("mob", "a mob killed four villagers near the square.", "2002-03-01"),
                        ("cop", "police shot dead four rioters near the square.", "2002-03-01")],
                       Options(), bench.Timer())
    assert {"KILL", "FORCE"} <= bench.india_answers(coded["mob"])
    assert bench.india_answers(coded["mob"], police_only=True) == set()
    assert bench.india_answers(coded["cop"], police_only=True) == {"KILL", "FORCE", "ANY_ACTION"}


def test_a_passive_conjunct_shares_its_subject_as_the_one_acted_on(code):
    arrested = code("the leaders left the party office at noon and were arrested near the bridge.")
    arrest = [e for e in arrested if e.event_text == "arrested"]
    assert [(e.event, e.actor.entity_text if e.actor else "", e.recipient.entity_text)
            for e in arrest] == [("COERCE", "", "leaders")]
    dispersed = code("the protesters gathered outside the court and were dispersed by the police.")
    assert [(e.actor.entity_text, e.recipient.entity_text) for e in dispersed
            if e.event_text == "dispersed"] == [("police", "protesters")]
    # an active conjunct still shares its subject as the actor
    beat = code("the gunmen entered the village and attacked the guards.")
    assert [(e.actor.entity_text, e.recipient.entity_text) for e in beat
            if e.event_text == "attacked"] == [("gunmen", "guards")]
