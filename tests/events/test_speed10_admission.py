"""Admission to the parse (speed round 10): the words whose sentences alone gave almost no event
(`lexicon.IDLE_ADMITTERS`) admit a sentence alone only by the forms their verb alone has, and a
learned event verb admits by its verb forms only."""

import sys
from pathlib import Path

from eventwire.events import lexicon as lx
from eventwire.events.coder import Prefilter

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))


def test_an_idle_word_alone_admits_no_sentence_by_its_noun_or_adjective(coder):
    """"free" as an adjective, "trains" and "campaign" as nouns: no other trigger, no parse."""
    for sentence in ("Kenya made primary schooling free for every child in 2003.",
                     "The new trains of the Indian Railways run between Delhi and Agra.",
                     "The Senator's campaign in Ohio was long and costly."):
        assert not coder.prefilter.may_hold_event(sentence), sentence


def test_an_idle_word_admits_by_its_verb_s_own_forms_and_codes_as_before(code):
    """"freed" and "trained" are no noun or adjective: their sentences are parsed and coded."""
    freed = code("Police in Mumbai freed the two hostages on Sunday.")
    assert [(e.event, e.trigger.text) for e in freed] == [("RETREAT", "freed")]
    trained = code("The United States trained Ukrainian soldiers in Germany.")
    assert [(e.event, e.trigger.text) for e in trained] == [("AID", "trained")]


def test_an_idle_compound_head_admits_beside_its_modifier(coder):
    """"campaign" heads "disinformation campaign" (lexicon.NOUN_COMPOUNDS): it admits there."""
    assert "campaign" in lx.IDLE_ADMITTERS
    assert coder.prefilter.may_hold_event("Russia ran a disinformation campaign against Ukraine.")
    assert not coder.prefilter.may_hold_event("Russia ran a long campaign against Ukraine.")


def test_a_learned_verb_admits_by_its_verb_forms_only(coder):
    """`_has_learned_verb` reads verbs: "men" (a noun form of "man") cannot be one."""
    pf = Prefilter.for_pipeline(coder.nlp, frozenset({"man", "surround"}))
    assert {"manned", "mans", "surrounded", "surrounds"} <= pf.words
    assert "men" not in pf.words
    assert "men" not in Prefilter.for_pipeline(coder.nlp).words  # nor any trigger's form


def test_the_rule_that_derives_the_list():
    """Idle: enough distinct sentences admitted alone, and under 1 % of them with an event in
    every set where the word admits any alone."""
    from admission_yield import MIN_ALONE, idle_by_rule

    assert idle_by_rule(MIN_ALONE, [(150, 1), (40, 0), (3, 0)])
    assert not idle_by_rule(MIN_ALONE, [(150, 1), (40, 0), (3, 1)])  # one set's 1 in 3
    assert not idle_by_rule(MIN_ALONE, [(150, 2)])  # 1.3 %
    assert not idle_by_rule(MIN_ALONE - 1, [(150, 0)])  # too few distinct sentences
