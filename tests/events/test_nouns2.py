"""Actors the coder did not see in lower-cased news (branch nouns2, issue 13): a body's office-bearer,
religious head or federation named by its title or kind alone, and a person's name whose title the
parser hangs on the given name ("cpi state secretary ... mishra"). The rules' own candidates are read
(`code_sentence_doc`), since the learned selector may recover a pair the rules dropped. The sentences
are this round's own."""

import pytest

pytestmark = pytest.mark.slow


def rules(coder, text: str) -> list[tuple[str, str]]:
    """(PLOVER type, actor head words) of the rules' candidates for one sentence."""
    sdoc = coder.nlp(text)
    return [(c.plover, " ".join(t.lower_ for t in c.actors)) for c in coder.code_sentence_doc(sdoc)]


def test_a_title_on_the_given_name_introduces_a_lowered_name(coder):
    from eventwire.events.coder import is_actor

    text = "cpi state secretary ramesh tiwari has urged the chief minister to release the farmers."
    sdoc = coder.nlp(text)
    assert is_actor(next(t for t in sdoc if t.lower_ == "tiwari"))
    got = rules(coder, text)
    assert ("REQUEST", "tiwari") in got, got
    # a title of the added table, down the same chain
    got = rules(coder, "district collector meena kumari appealed to the villagers to keep the peace.")
    assert any(t == "REQUEST" and "kumari" in a for t, a in got), got
    # a dictionary word after the title is no name ("the district collector office")
    sdoc = coder.nlp("cpi state secretary ramesh office urged the chief minister to act.")
    assert not is_actor(next(t for t in sdoc if t.lower_ == "office"))


def test_office_bearers_religious_heads_and_federations_act(coder):
    got = rules(coder, "the general secretary demanded the release of the arrested workers.")
    assert any(t == "REQUEST" and a == "secretary" for t, a in got), got
    got = rules(coder, "the shankaracharya appealed to the devotees to stay calm.")
    assert any(t == "REQUEST" and a == "shankaracharya" for t, a in got), got
    got = rules(coder, "the federation urged the government to withdraw the new tax.")
    assert any(t == "REQUEST" and a == "federation" for t, a in got), got
