"""IndiaPoliceEvents, branch india6 (issue 13): police acts the coder found but gave no police
actor, in lower-cased Indian news. Every sentence here is made up for the test (none is a
dataset row or a CAMEO example), run through the coder and the resolver as `eventwire code`
runs them."""

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sectors(coded_sectors):
    return coded_sectors


def test_a_case_or_fir_registered_with_no_agent_is_a_police_act_a_complaint_lodged_is_not(sectors):
    for text in ("a case has been registered against the grocer for hoarding.",
                 "an fir was registered against the sarpanch at the sadar police station.",
                 "a number of rioting cases have been registered in the taluka.",
                 "a chargesheet has been filed against the seven youths."):
        got = sectors(text)
        assert ("ACCUSE", "115", "", "COP") in got, (text, got)
    # the complainant lodges the FIR; a complaint goes to any forum; a case goes to a court
    for text in ("an fir was lodged against the sarpanch by his neighbour's son.",
                 "a complaint was registered with the district consumer forum.",
                 "a case was filed in the high court against the transfer order."):
        assert not [q for q in sectors(text) if q[3] == "COP"], (text, sectors(text))


def test_security_forces_deploying_or_sealing_in_india_are_police_killing_or_abroad_not(sectors):
    for text, actor in (("security personnel were deployed in the old city of surat.",
                         "security personnel"),
                        ("paramilitary forces have been rushed to godhra.", "paramilitary forces"),
                        ("security personnel have sealed off the math in ayodhya.",
                         "security personnel")):
        got = sectors(text)
        assert [q for q in got if q[2] == actor and q[3] == "COP"], (text, got)
    # their killings, and their deployments elsewhere, keep the military sector
    for text in ("security forces were deployed in cairo on friday.",
                 "security forces killed three militants in kupwara."):
        got = sectors(text)
        assert got and not [q for q in got if q[3] == "COP"], (text, got)


def test_indian_police_ranks_below_the_superintendent_are_police(sectors):
    for text, actor in (("the additional sp arrested the two brothers.", "additional sp"),
                        ("the thanedar arrested the two brothers.", "thanedar")):
        got = sectors(text)
        assert [q for q in got if q[2] == actor and q[3] == "COP"], (text, got)
    # "the sp" alone is also the Samajwadi Party: no sector from the abbreviation alone
    got = sectors("the sp arrested the two brothers.")
    assert not [q for q in got if q[3] == "COP"], got
