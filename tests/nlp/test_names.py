"""The name labeler (eventwire.nlp.names): entity kinds from the knowledge base and proper nouns."""

import pytest

from eventwire.nlp.pipeline import load_nlp

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_known_names_get_their_kind_and_titles_stay_out(nlp):
    assert ents(nlp, "President Donald Trump met Vladimir Putin in Moscow on Thursday.") == [
        ("Donald Trump", "PERSON"), ("Vladimir Putin", "PERSON"), ("Moscow", "GPE"),
        ("Thursday", "DATE")]
    got = ents(nlp, "Iranian Foreign Minister Mohammad Javad Zarif condemned the decision.")
    assert got == [("Iranian", "NORP"), ("Mohammad Javad Zarif", "PERSON")]


def test_longest_name_wins(nlp):
    # "New Mexico" is a place of its own, not Mexico; a country's long name is one entity
    assert ents(nlp, "Rain fell on New Mexico.") == [("New Mexico", "GPE")]
    assert ("Democratic Republic of the Congo", "GPE") in ents(
        nlp, "Troops of the Democratic Republic of the Congo crossed the border.")


def test_unknown_proper_nouns_by_their_words(nlp):
    got = ents(nlp, "Zorblat Quixley, a spokesman for the Kivu Liberation Front, said so.")
    assert ("Zorblat Quixley", "PERSON") in got
    assert ("Kivu Liberation Front", "ORG") in got


def test_lower_case_text_keeps_nationalities_and_numbers(nlp):
    got = ents(nlp, "pakistani troops fired at indian posts, killing three people.")
    assert got == [("pakistani", "NORP"), ("indian", "NORP"), ("three", "CARDINAL")]


def test_ambiguous_date_words_only_capitalised(nlp):
    assert ents(nlp, "Talks may resume on 5 May.") == [("5 May", "DATE")]
    assert not any(label == "DATE" for _, label in ents(nlp, "Students will march to the ministry."))


def test_coder_reads_the_labeler_kinds(nlp):
    """Names with no role noun are actors through their entity kind alone."""
    from eventwire.events.coder import EventCoder
    from eventwire.settings import Options

    events = EventCoder(Options()).code_text("Chad accused Sudan of arming the rebels.")
    assert [(e.event, e.actor.entity_text, e.recipient and e.recipient.entity_text)
            for e in events] == [("ACCUSE", "Chad", "Sudan")]


def test_lower_case_proper_nouns_are_no_names(nlp):
    """Lower-cased text: the tagger's proper nouns ("ayodhya", a protest "march") are no
    entities; only knowledge-base nationality adjectives and numbers are."""
    got = ents(nlp, "the march to ayodhya was stopped by uttar pradesh police on two occasions.")
    assert all(label in ("NORP", "CARDINAL", "DATE") for _, label in got), got
    assert ("two", "CARDINAL") in got

