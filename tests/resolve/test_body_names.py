"""A body's name that begins with a word some town also bears ("Alliance of ...", "League of
...") names the body, not the town (the town Alliance, Nebraska made such bodies American)."""

from helpers import in_document


def test_a_body_named_alliance_of_is_no_american_town(resolver):
    doc = "The Alliance of Pacific States condemned the attack."
    assert in_document(resolver, doc, "Alliance of Pacific States")[0] != "USA"
    # the town itself still places its officials
    town = "Officials in Alliance, Nebraska, said the plant would close."
    assert in_document(resolver, town, "Officials")[0] == "USA"


def test_the_alliance_of_sahel_states_is_an_igo(resolver):
    doc = "Mali, Burkina Faso and Niger called the pact the Alliance of Sahel States."
    assert in_document(resolver, doc, "Alliance of Sahel States", date="2024-03-01")[0] == "IGO"
