"""False events in non-political news, round 5 (branch precision5): acts told in a film's or a
novel's plot, a game or a history book; creatures named by their group ("a herd of", "a swarm
of"), pests and a mill's waste as the only doers; buyers and investors who "raid" in a market's
figure of speech; searches for survivors. Sentences are this branch's own, none from
bench/data/negatives*.tsv or the page sets; each class has political controls that must stay."""

import pytest


def types(code, text: str) -> list[str]:
    return [e.event for e in code(text)]


@pytest.mark.slow
def test_an_act_in_a_plot_or_a_history_book_is_no_event(code):
    assert types(code, "In the new thriller, mercenaries storm a casino in Macau.") == []
    assert types(code, "The prequel sees the empire's soldiers burn the rebel village.") == []
    assert types(code, "Her latest book describes how Viking raiders sacked the monastery.") == []
    assert types(code, "In the chess semi-final, the champion launched a crushing attack on the white queen.") == []
    # acts of the day stay, and so does a seizure of a book, or a video's footage of an attack
    assert "ASSAULT" in types(code, "Mercenaries stormed a government building in Bangui on Monday.")
    assert "COERCE" in types(code, "Police seized copies of the novel from bookshops in Tehran.")
    assert "COERCE" in types(code, "The opposition leader's memoir was confiscated by police in Minsk.")
    assert "ASSAULT" in types(code, "Militants killed nine soldiers in a series of attacks near Gao.")


@pytest.mark.slow
def test_creatures_in_a_group_pests_and_waste_are_no_doers(code):
    assert types(code, "A pack of wild dogs attacked goats grazing near the village.") == []
    assert types(code, "A flock of crows and a herd of elephants raided the orchards.") == []
    assert types(code, "Locusts attacked the wheat crop in three provinces.") == []
    # a band of armed men, and troops, stay doers
    assert "ASSAULT" in types(code, "A band of gunmen attacked a village in Zamfara state.")
    assert "ASSAULT" in types(code, "A troop of soldiers attacked the rebel camp at dawn.")


@pytest.mark.slow
def test_a_market_raid_is_no_event(code):
    assert types(code, "Bargain hunters raided the shops as the winter sales began.") == []
    assert types(code, "Investors raided the technology shares after the earnings report.") == []
    # the state's raid, and a named firm's, stay
    assert "COERCE" in types(code, "Tax officers raided the offices of the retail chain in Mumbai.") or \
        "ASSAULT" in types(code, "Tax officers raided the offices of the retail chain in Mumbai.")


@pytest.mark.slow
def test_a_search_for_survivors_is_no_coercion(code):
    assert "COERCE" not in types(code, "Soldiers searched the flattened homes for survivors after the quake.")
    assert "COERCE" not in types(code, "Army units searched the buried homes for bodies through the night.")
    # a search of a home for a suspect stays
    assert "COERCE" in types(code, "Police searched the journalist's home for documents on Tuesday.")
