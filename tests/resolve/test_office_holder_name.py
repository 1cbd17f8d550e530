"""A KB office ending in a title, then a name the KB does not know: the surname later is that office."""

from __future__ import annotations

from eventwire.api import code_text


def test_surname_after_office_and_name() -> None:
    doc = code_text("White House Press Secretary Jane Holloway spoke to reporters on Monday. "
                    "Holloway accused the senators of lying about the budget.")
    accuse = [e for e in doc.events if e.event == "ACCUSE"]
    assert accuse and (accuse[0].actor.country, accuse[0].actor.sector) == ("USA", "GOV")
