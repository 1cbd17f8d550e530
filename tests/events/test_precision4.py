"""False events in non-political news, round 4 (branch precision4): sport told in the words of war
(a hyphenated word of play, a team named by a nationality and a player's role), acts of past wars
remembered (a year long before the text, "two centuries ago", an anniversary's phrase), an
abstraction as the only doer ("rising prices threaten ...", "came under attack from costs"), and
"struck a deal". Sentences are this branch's own, none from bench/data/negatives*.tsv or the page
sets; each class has political controls that must stay."""

import pytest


def types(code, text: str) -> list[str]:
    return [e.event for e in code(text)]


@pytest.mark.slow
def test_sport_in_the_words_of_war_is_no_event(code):
    assert types(code, "The Spanish forwards stormed the Scottish line twice before the break.") == []
    assert types(code, "The holders surrendered their crown in the semi-final after a late collapse.") == []
    # a force or a state's organ in the sentence keeps the act
    assert "ASSAULT" in types(code, "Russian troops stormed the Ukrainian village before dawn.")
    assert "ASSAULT" in types(code, "Police fired tear gas at fans outside the stadium after the semi-final.") or \
        "COERCE" in types(code, "Police fired tear gas at fans outside the stadium after the semi-final.")


@pytest.mark.slow
def test_an_act_of_a_past_war_remembered_is_no_event(coder):
    def dated(text: str, published: str = "2024-05-01") -> list[str]:
        return [e.event for e in coder.code_text(text, doc_id="t", published=published)]

    assert dated("Veterans gathered at the harbour where Japanese planes attacked the fleet in 1941.") == []
    assert dated("Tourists photographed the monument where the two armies fought three centuries ago.") == []
    assert dated("Mourners prayed on the anniversary of the night the rebels shelled the capital.") == []
    # an act of the day, or one dated in the year of the text, stays
    assert "ASSAULT" in dated("Japanese planes attacked the fleet in the harbour on Sunday.")
    assert "ASSAULT" in dated("Rebels shelled the capital in 2024, a year after the truce.")
    assert "ASSAULT" in dated("Planes attacked the fleet in 1941.", published="1941-12-08")
    # a date alone, with no remembrance, is a biography's background, which the page sets label
    assert "ASSAULT" in dated("The pilot spent six years in a prison camp after rebels shot down his plane in 1971.")


@pytest.mark.slow
def test_an_abstraction_as_the_only_doer_is_no_event(code):
    assert types(code, "Higher energy prices threaten the jobs of thousands of workers.") == []
    assert types(code, "The toy maker's sales were ambushed by a cold summer.") == []
    assert types(code, "The airline's profit came under attack from rising fuel costs.") == []
    # a state, or an armed group, as the doer stays
    assert "ASSAULT" in types(code, "The convoy came under attack from militants near Kandahar.")
    assert "THREATEN" in types(code, "The government threatened the striking miners with dismissal.")


@pytest.mark.slow
def test_a_deal_struck_is_no_blow(code):
    assert "ASSAULT" not in types(code, "The two carmakers struck a deal to share their battery plants.")
    # the rules still read a deal struck by parties as one finalised
    assert "SUPPORT" in types(code, "Serbia and Hungary struck a deal on gas transit in Budapest.")
    assert "ASSAULT" in types(code, "Israeli aircraft struck a weapons depot near Damascus.")


@pytest.mark.slow
def test_a_health_campaigns_advice_to_the_public_is_no_request(code):
    assert types(code, "Doctors urged people to cut down on salt and sugar.") == []
    assert types(code, "Health workers called on parents to bring their babies for the measles jab.") == []
    # advice to a state, or a state's request to the public, stays a request
    assert "REQUEST" in types(code, "Doctors urged the government to ban the sale of cigarettes to teenagers.")
    assert "REQUEST" in types(code, "The army urged residents of the border villages to leave their homes.")
