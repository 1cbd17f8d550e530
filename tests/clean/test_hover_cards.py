"""Hover cards inside paragraphs (a name's pop-up box of links) are not article text."""

from __future__ import annotations

from eventwire.clean.html import clean_html

CARD = (
    '<span class="name-popup" data-behavior="rollover"><a href="/people/jane-doe">Jane Doe</a>'
    '<span class="rollover-card"><span><img src="/doe.jpg" alt=""><a href="/people/jane-doe">Jane Doe</a>'
    '<a href="/story/1">Budget talks stall as senators call for new audit</a>'
    '<a href="/story/2">Doe asks court to review the harbour contract</a></span></span></span>'
)
PAGE = f"""<html><head><title>Man admits threatening senator</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Man admits threatening senator</h1>
<p>A man from the coast admitted on Monday that he had threatened to kill Sen. {CARD} (D-Ore.),
prosecutors for the northern district announced after the hearing in the state capital.</p>
<p>The man, 48, could face up to eight years in prison after pleading guilty to threatening a
federal official. His sentencing is scheduled for the spring, according to the prosecutors.</p>
<p>His lawyer said in a statement that her client never meant to harm the senator and had made
no plans to do so, and that he regretted the message he had left with the senator's office.</p>
<p>The senator's office passed the message to the police, who opened an investigation with the
help of federal agents and arrested the man at his home two weeks later.</p>
</article></body></html>"""


def test_hover_card_dropped_and_the_name_kept() -> None:
    c = clean_html(PAGE)
    assert "threatened to kill Sen. Jane Doe (D-Ore.), prosecutors" in " ".join(c.body.split())
    for card_text in ("Budget talks stall", "asks court to review", "Jane DoeJane Doe"):
        assert card_text not in c.body
    assert any(n.startswith("hover cards: 1") for n in c.notes)


def test_marked_link_without_a_card_stays() -> None:
    # A tooltip that is only the term itself (no picture, one link) is part of the sentence.
    page = PAGE.replace(CARD, '<a class="tooltip-link" href="/people/jane-doe">Jane Doe</a>')
    c = clean_html(page)
    assert "threatened to kill Sen. Jane Doe (D-Ore.)" in " ".join(c.body.split())
    assert not any(n.startswith("hover cards") for n in c.notes)
