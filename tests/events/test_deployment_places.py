"""Forces sent to a sea, a gulf, a border or a region are deployed (MOBILIZE 154), not military
aid to an ally, which a named country receives ("sent troops to Lithuania": AID 072)."""

import pytest

pytestmark = pytest.mark.slow


def coded(code, text: str) -> set[tuple[str, str]]:
    return {(e.event, e.cameo) for e in code(text)}


@pytest.mark.parametrize("text", [
    "Britain sent warships to the South China Sea on Tuesday.",
    "The navy dispatched two warships to the Strait of Hormuz.",
    "India sent more troops to the border after the clash.",
])
def test_forces_sent_to_a_sea_or_a_border_are_deployed(code, text):
    got = coded(code, text)
    assert ("MOBILIZE", "154") in got and not any(e == "AID" for e, _ in got), got


def test_forces_sent_to_a_country_stay_military_aid(code):
    assert ("AID", "072") in coded(code, "Germany sent troops to Lithuania to reassure its ally.")
    assert ("AGREE", "0332") in coded(code, "Japan offered to send troops to East Timor.")
