"""Junk-pass limits: per-rule size limits, the junk guard, words per rule and the drop detail."""

from __future__ import annotations

from eventwire.clean.text import (
    clean_guarded,
    clean_paragraphs,
    clean_text,
    count_words,
    match_junk,
)

PROSE = (
    "Negotiators met again on Friday in the capital and agreed to extend the talks by a week, "
    "officials from both delegations said after the meeting ended late in the evening."
)


def test_list_items_under_a_related_heading_stop_at_a_long_item() -> None:
    link = "- Floods hit the south again"
    long_item = "- " + PROSE
    parts = clean_paragraphs(["Intro paragraph that opens the story, with a few words.", "Related:",
                              link, link + " as rivers rise", long_item, link])
    assert parts.removed == ["read_more", "read_more", "read_more"]
    assert parts.body[-2:] == [long_item, link]


def test_disclaimer_heading_takes_a_short_paragraph_only() -> None:
    legal = "This article is provided by a third party and the outlet accepts no responsibility."
    parts = clean_paragraphs([PROSE, "Disclaimer:", legal])
    assert parts.body == [PROSE] and parts.removed == ["disclaimer", "disclaimer"]
    long_text = " ".join(PROSE.replace("Friday", day) for day in ("Monday", "Tuesday", "Wednesday",
                         "Thursday", "Friday", "Saturday"))  # 174 words: content, not a disclaimer
    parts = clean_paragraphs([PROSE, "Disclaimer:", long_text])
    assert parts.body == [PROSE, long_text]


def test_copyright_notice_needs_an_owner_between_marker_and_year() -> None:
    assert match_junk("Copyright 2024 Riverside Gazette") == "copyright"
    assert match_junk("Copyright The Associated Press 2019. All rights reserved.") == "copyright"
    assert match_junk("© Reuters 2019") == "copyright"
    assert match_junk("The copyright office said in 2023 it had more complaints.") is None
    assert match_junk("Copyright holders have until 2025 to file claims.") is None


def test_junk_guard_keeps_prose_when_rules_would_take_most_of_the_text() -> None:
    # an article about a social network: its short paragraphs read like "follow us" lines
    paragraphs = [
        "More than 80 million people follow the president on Twitter, where he posts daily.",
        "Many of his ministers follow him on Twitter too, and repeat what he writes there.",
        "Critics who follow the cabinet on Facebook say its pages are full of old photographs.",
        "The ministry said on Monday that it would open an account on TikTok later this year.",
        "Follow us on Twitter",
    ]
    plain = clean_paragraphs(paragraphs)
    assert plain.body == [paragraphs[3]]  # the rules alone take three of four sentences
    parts = clean_guarded(paragraphs)
    assert parts.body == paragraphs[:4]
    assert parts.guarded == 3
    assert parts.removed == ["follow"]  # the short call to action still goes
    c = clean_text("\n".join(paragraphs))
    assert "junk guard: rules would have removed" in c.detail()
    assert "rerun sparing 3 prose paragraph(s)" in c.detail()


def test_guard_leaves_boilerplate_only_text_alone() -> None:
    # under JUNK_GUARD_MIN_WORDS: a cookie banner and a share bar are all there is
    c = clean_text("We use cookies to improve your experience.\nShare this article\nComments")
    assert c.body == ""
    assert c.notes == []


def test_removed_words_and_detail() -> None:
    body = [PROSE, PROSE.replace("Friday", "Saturday"), PROSE.replace("Friday", "Sunday")]
    c = clean_text("\n".join(["Share this article", *body, "© 2024 Example News", *body]))
    n = sum(count_words(p) for p in body)
    assert c.removed_words == {"share": 3, "copyright": 4, "repeat": n}
    assert c.words_in == 3 + 4 + 2 * n
    assert c.detail() == (
        f"{n} of {c.words_in} words kept; removed: repeat {n} words, copyright 4 words, "
        "share 3 words"
    )
    assert clean_text(PROSE).detail() == ""  # nothing removed, nothing to explain


def test_guard_turns_off_the_heading_chains() -> None:
    # short bullet points, the story itself, right under a "Related" heading
    items = [f"- Point {i}: the council will vote on the new road plan in {m}" for i, m in
             enumerate(("March", "April", "May", "June", "July", "August"))]
    paragraphs = ["Related", *items]
    assert clean_paragraphs(paragraphs).body == []
    parts = clean_guarded(paragraphs)
    assert parts.body == items and parts.removed == ["read_more"]
    assert parts.guard_note.startswith("junk guard: rules would have removed 85 of 85 words")
