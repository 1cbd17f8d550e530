"""The coder's loose ends (issue 13, branch leftovers). Sentences are this branch's own, written
for these tests (none from a dataset or a manual), each class with controls that stay events.

A trigger the rules negate is their call: the learned pair model adds no event on its words
(`EventCoder._add_learned`), and a verb's will denied by a noun ("no wish to meet", "no interest
in holding talks") is negated as a light verb's was ("in no mood to reopen talks")."""

import pytest

pytestmark = pytest.mark.slow


def types(code, text: str) -> list[str]:
    return [e.event for e in code(text)]


def test_a_negated_trigger_keeps_the_pair_model_off_its_words(code):
    # the rules negate "resume talks"; the pair model read a CONSULT on "resume"
    assert "CONSULT" not in types(code, "The Greek government is in no mood to resume talks with "
                                        "Turkey over the islands.")
    assert "CONSULT" not in types(code, "The Nepali prime minister is in no mood to resume "
                                        "negotiations with the Maoist rebels.")
    assert "CONSULT" not in types(code, "The Pakistani cabinet is in no mood to resume talks with "
                                        "India over Kashmir.")
    # controls: a will asserted keeps the model's event, and the rules' own
    assert "CONSULT" in types(code, "The Iranian leadership is ready to restart nuclear talks "
                                    "with Washington.")
    assert "AGREE" in types(code, "The Pakistani cabinet agreed to resume talks with India over "
                                  "Kashmir.")


def test_a_will_a_noun_denies_is_no_event(code):
    assert "CONSULT" not in types(code, "The Sudanese general has no wish to meet the rebel "
                                        "commander in Juba.")
    assert "CONSULT" not in types(code, "The Iranian leadership is in no position to restart "
                                        "nuclear talks with Washington.")
    assert "CONSULT" not in types(code, "Somalia's president has shown no interest in holding "
                                        "talks with the Kenyan government.")
    # controls: the will asserted, and a meeting told
    assert "CONSULT" in types(code, "Somalia's president has shown interest in holding talks "
                                    "with the Kenyan government.")
    assert "CONSULT" in types(code, "The Chinese minister met his Japanese counterpart in "
                                    "Beijing on Monday.")
