"""False events of whole articles (branch audit2): statements to the press or to a committee read
as meetings, attempted and hoped-for acts read as done, and a model's event on a frame word
("was expected to", "is set to"). Sentences are this round's own (bench/data/article_precision.tsv),
written before the coder was run on them."""

import pytest

pytestmark = pytest.mark.slow


def types(code, text: str) -> list[str]:
    return [e.event for e in code(text)]


def test_media_outlets_are_read_from_the_knowledge_base():
    from eventwire.knowledge.kb import media_names

    assert {"bbc", "associated press", "the associated press", "reuters"} <= media_names()
    assert "nato" not in media_names()


def test_a_statement_to_the_press_is_no_consultation(code):
    assert "CONSULT" not in types(code, "The ambassador told reporters outside the ministry that the meeting had been long.")
    assert "CONSULT" not in types(code, "A senior official told The Associated Press that the figures would be published next week.")
    assert types(code, "The president told a news conference in Ankara that he had slept little.") == []
    # what is said to the press is still coded
    assert "ACCUSE" in types(code, "Speaking to Reuters, the general accused the rebels of shelling the hospital.")


def test_telling_a_fact_is_no_meeting(code):
    assert "CONSULT" not in types(code, "The chancellor told the Bundestag that the coalition had a clear majority.")
    assert "CONSULT" not in types(code, "The diplomat told a press conference in Geneva that the weather had delayed his flight.")


def test_an_attempted_act_is_not_reported_done(code):
    assert "ASSAULT" not in types(code, "The militants tried to storm the embassy, according to witnesses.")
    assert "COERCE" not in types(code, "The insurgents attempted to seize the airport last year.")
    assert "COERCE" not in types(code, "The prosecutor sought to detain the journalist for another month.")
    assert "CONSULT" not in types(code, "The minister sought to talk to his Iranian counterpart during the summit.")
    assert "ASSAULT" in types(code, "The militants stormed the embassy, according to witnesses.")


def test_an_act_hoped_for_is_a_wish(code):
    assert "ASSAULT" not in types(code, "The army hoped to capture the town before the rains.")
    # a meeting hoped for is at most a willingness to meet (AGREE, manual 3.1), never the meeting
    assert "CONSULT" not in types(code, "Officials hope to meet the delegation in Vienna next month.")


def test_a_model_event_on_a_frame_word_is_dropped(code):
    assert types(code, "The government was expected to arrest the protest leaders this week.") == []
    assert "AID" not in types(code, "Police are set to deploy thousands of officers for the march.")
    assert "COERCE" not in types(code, "Critics expect the regime to crack down on the students.")


def test_a_judgement_said_in_a_clause_is_criticism(code):
    assert "ACCUSE" in types(code, "Jordan's foreign ministry said it still considers the new settlements illegal.")
    assert "ACCUSE" in types(code, "Germany's foreign minister said the expulsion of the diplomats was completely unjustified.")
    assert "ACCUSE" in types(code, "Mexico said the wall was an insult to the Mexican people.")
    # praise, facts and a denied judgement are no criticism
    assert types(code, "The mayor said the new bridge was a great achievement for the city.") == []
    assert types(code, "The report said the harvest had been the worst in a decade.") == []
    assert "ACCUSE" not in types(code, "The court said the vote was not illegal.")
