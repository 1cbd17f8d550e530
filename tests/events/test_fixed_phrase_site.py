"""A place inside the object of a verb's fixed phrase is where the act happens, not whom it is
aimed at (stop 40: the retrained selector put "Kathmandu" of "took to the streets of Kathmandu"
in the protest's empty recipient slot). Sentences made up for the test."""

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp.pipeline import load_nlp
    return load_nlp()


def _tok(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_a_place_in_the_streets_taken_to_is_no_recipient(nlp):
    from eventwire.events.coder import in_fixed_object, names_recipient
    tok = _tok(nlp, "Nepali porters took to the streets of Kathmandu on Friday.", "Kathmandu")
    assert in_fixed_object(tok) and not names_recipient(tok)
    tok = _tok(nlp, "Thousands poured into the streets of Tbilisi on Sunday.", "Tbilisi")
    assert in_fixed_object(tok)


def test_a_place_the_act_is_aimed_at_stays_one(nlp):
    from eventwire.events.coder import in_fixed_object
    tok = _tok(nlp, "Porters took to the streets to protest against India on Friday.", "India")
    assert not in_fixed_object(tok)
    tok = _tok(nlp, "The army sent troops to the streets of the capital.", "capital")
    assert not in_fixed_object(tok)
    # a phrase of its own under the fixed object still aims the act
    tok = _tok(nlp, "Finland placed its guards on alert along the Russian frontier.", "frontier")
    assert not in_fixed_object(tok)
