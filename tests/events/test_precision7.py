"""False events in non-political news, round 7 (branch precision7): quarrels and blows between
private people (kin, friends, entertainers and those they deal with), a private house's own bans
and suspensions (a monastery, an exchange), and cures or things as the doer. Sentences are this
branch's own, none from bench/data/negatives*.tsv or the page sets; each class has political
controls that must stay."""

import pytest


def types(code, text: str) -> list[str]:
    return [e.event for e in code(text)]


@pytest.mark.slow
def test_a_quarrel_between_private_people_is_no_event(code):
    assert types(code, "The rapper accused his old manager of stealing the money from his tours.") == []
    assert types(code, "The actress sued the studio over her share of the film's profits.") == []
    assert types(code, "The band threatened their promoter with a lawsuit over the cancelled gigs.") == []
    # an entertainer facing a state, or a force, stays
    assert "ACCUSE" in types(code, "The singer accused the Russian government of banning her concerts.")
    assert "ACCUSE" in types(code, "The actor accused the police of beating his driver.")


@pytest.mark.slow
def test_a_lawsuit_between_private_parties_is_no_event(code):
    assert types(code, "The chemicals firm sued the newspaper over its report on the leak.") == []
    # a suit against a state's ministry stays
    assert "ACCUSE" in types(code, "The airline sued the Indian aviation ministry over the new fees.")


@pytest.mark.slow
def test_a_blow_between_kin_or_friends_is_no_event(code):
    assert types(code, "a man allegedly beat his wife to death after a dispute over dinner.") == []
    assert types(code, "three brothers attacked their uncle with iron rods over a plot of farmland.") == []
    # a blow on a force's man, and one by gunmen, stay
    assert "ASSAULT" in types(code, "a man attacked a police constable with a knife at the bus stand.")
    assert "ASSAULT" in types(code, "Gunmen attacked the family of the village chief, killing three.")


@pytest.mark.slow
def test_a_private_house_acting_on_its_own_business_is_no_event(code):
    assert types(code, "The convent banned tourists from its chapel during the summer.") == []
    assert types(code, "The bourse suspended trading in the bank's shares for an hour.") == []
    # a state's exchange ban on a company stays
    assert {"COERCE", "SANCTION"} & set(types(code, "China suspended trading in the shares of the American fund."))


@pytest.mark.slow
def test_a_cure_or_a_thing_as_the_doer_is_no_event(code):
    assert types(code, "The new drug attacks the parasite in the liver.") == []
    assert types(code, "The vaccine attacks the bacteria before they reach the lungs.") == []
    # people who attack a vaccine centre stay
    assert "ASSAULT" in types(code, "Militants attacked a vaccine centre in the north of the country.")
