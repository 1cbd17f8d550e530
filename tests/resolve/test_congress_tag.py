"""A name tagged with a US party and state ("(D-Minn.)", ", R-W.Va.,") is a US legislator."""

from __future__ import annotations

from eventwire.api import code_text


def actors(text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for e in code_text(text).events:
        for a in (e.actor, e.recipient):
            if a is not None:
                out.append((a.entity_text, a.country, a.sector))
    return out


def test_parenthesised_tag_and_later_surname() -> None:
    found = actors("Rep. Maria Lindqvist (D-Ore.) criticized the governor of Texas on Friday. "
                   "Lindqvist also urged the Pentagon to release the report.")
    mine = [(c, s) for t, c, s in found if "Lindqvist" in t]
    assert len(mine) == 2 and all(m == ("USA", "LEG") for m in mine)


def test_comma_tag() -> None:
    found = actors("Sen. Tom Haverford, R-Ind., accused the mayor of Chicago of lying.")
    assert any("Haverford" in t and (c, s) == ("USA", "LEG") for t, c, s in found)


def test_no_tag_no_legislator() -> None:
    found = actors("Maria Lindqvist criticized the governor of Texas on Friday.")
    assert not any("Lindqvist" in t and (c, s) == ("USA", "LEG") for t, c, s in found)
