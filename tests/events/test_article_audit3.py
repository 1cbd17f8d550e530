"""Classes of error seen on the second whole-article page set (branch audit3): a model's release of
a record or product read as prisoners freed, criticism received ("drew criticism", "faced a
backlash") missed, and trade barriers raised or imposed in a participle missed or read as a
concession. The sentences are this round's own, not the audited pages'."""

import pytest

pytestmark = pytest.mark.slow


def events(code, text: str) -> list:
    return list(code(text))


def types(code, text: str) -> list[str]:
    return [e.event for e in code(text)]


def test_releasing_a_record_or_a_product_frees_nobody(code):
    for text in ("The interior ministry released the names of the three officers on Friday.",
                 "The prosecutor released footage showing the arrest of the mayor and his deputy.",
                 "The band's second album was released by the state label in Havana.",
                 "The Kremlin released a transcript of the talks between Putin and Macron."):
        assert not {"RETREAT", "CONCEDE"} & set(types(code, text)), text
    # people held are still released
    assert "RETREAT" in types(code, "Rebels in Mali released two kidnapped Italian engineers on Sunday.")
    assert "RETREAT" in types(code, "The junta freed 40 political prisoners and released a list of their names.")


def test_criticism_received_is_an_accusation_of_the_subject(code):
    got = events(code, "The Hungarian government drew sharp criticism from Brussels over the new media law.")
    accuse = [e for e in got if e.event == "ACCUSE"]
    assert accuse and accuse[0].recipient is not None and "government" in accuse[0].recipient.entity_text
    assert accuse[0].actor is not None and "Brussels" in accuse[0].actor.entity_text
    assert "ACCUSE" in types(code, "The defence minister faced a fierce backlash from opposition lawmakers.")
    assert "ACCUSE" in types(code, "The new curfew attracted a storm of criticism from rights groups.")
    got = events(code, "Ankara faced Greek and Cypriot condemnation after the drilling ship sailed.")
    assert any(e.event == "ACCUSE" and e.actor is not None and "Greek" in e.actor.entity_text
               for e in got)
    got = events(code, "Tokyo faced sharp regional and Chinese criticism over the shrine visit.")
    assert any(e.event == "ACCUSE" and e.actor is not None and "Chinese" in e.actor.entity_text
               for e in got)
    # charges faced, crowds drawn and criticism not drawn are no criticism
    assert "ACCUSE" not in types(code, "The exhibition drew a large crowd.")
    assert "ACCUSE" not in types(code, "The minister faced tough questions from reporters.")
    assert "ACCUSE" not in types(code, "The budget did not draw criticism from the unions.")


def test_trade_barriers_raised_or_imposed_restrict_trade(code):
    got = types(code, "Washington raised tariffs on Mexican steel to 25 percent last month.")
    assert "COERCE" in got and "CONCEDE" not in got
    assert "COERCE" in types(code, "India has increased duties on Malaysian palm oil.")
    assert "COERCE" in types(code, "Exporters were hit by duties imposed by Canada on Chinese aluminium.")
    # prices raised are no restriction
    assert "COERCE" not in types(code, "The airline raised fares on its Asian routes.")


def test_a_sentence_with_no_court_named_has_an_unnamed_actor(code):
    # not the prison or the term read as the actor
    for text, who in (("The opposition leader was sentenced to seven years in prison on Tuesday.", "leader"),
                      ("Ahmed Douma was sentenced to life in a maximum security jail.", "Douma")):
        got = [e for e in code(text) if e.event == "COERCE"]
        assert got, text
        assert got[0].actor.entity_text == "" and who in got[0].recipient.entity_text, text
    assert types(code, "Nobody has been sentenced for the massacre.") == []
