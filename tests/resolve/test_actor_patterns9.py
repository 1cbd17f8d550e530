"""Actor resolution patterns of issue 17's seventh round, on made-up mentions: an armed word
before a people names its armed part."""

from __future__ import annotations

import pytest
from helpers import country_and_sector as code


@pytest.mark.parametrize("mention,expected", [
    ("Turkey's rebel Kurds", ("TUR", "REB")), ("militant Tamils", (None, "REB")),
    ("Iraqi Kurds", ("IRQ", "CVL")), ("Kurds", (None, "CVL")),
])
def test_an_armed_word_before_a_people_names_its_armed_part(resolver, mention, expected):
    assert code(resolver, mention) == expected
