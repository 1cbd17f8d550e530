"""Plain-text cleaning: junk rules, repeats, title, wire tag, dates; the MENAFN sample check."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.clean.text import (
    clean_paragraphs,
    clean_text,
    drop_repeated_runs,
    find_date,
    match_junk,
    strip_wire_tag,
    unwrap_lines,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "clean"


def read_fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


# One or more positive lines per junk rule, and the rule name they must fire.
JUNK_LINES = [
    ("404 Not Found", "error_banner"),
    ("HTTP 403 Forbidden", "error_banner"),
    ("Error 500 - Internal Server Error", "error_banner"),
    ("Sorry!!", "error_banner"),
    ("Error! We're sorry, but the page you were looking for doesn't exist.", "error_banner"),
    ("Oops! This article has been removed.", "error_banner"),
    ("The page you requested could not be found.", "error_banner"),
    ("Access denied", "error_banner"),
    ("Sorry, we couldn't find that page.", "error_banner"),
    ("Unfortunately this story is no longer available", "error_banner"),
    ("Disclaimer: the views expressed here are the author's own.", "disclaimer"),
    (
        "The content is provided for informational purposes only and is not investment advice.",
        "disclaimer",
    ),
    ("The views expressed in this column are the author's own.", "disclaimer"),
    ("Comments", "comments"),
    ("No comment", "comments"),
    ("No comments yet", "comments"),
    ("12 Comments", "comments"),
    ("Leave a comment", "comments"),
    ("Share this article", "share"),
    ("Share on Facebook", "share"),
    ("Facebook | Twitter | Email", "share"),
    ("Share this:", "share"),
    ("Like this:", "share"),
    ("Like Loading...", "share"),
    ("Email this story", "share"),
    ("Subscribe to our newsletter", "subscribe"),
    ("Sign up for our free daily briefing newsletter", "subscribe"),
    ("Get the day's top headlines delivered to your inbox every morning.", "subscribe"),
    ("We use cookies to give you the best experience on our website.", "cookie"),
    ("Accept all cookies", "cookie"),
    ("Read more", "read_more"),
    ("READ MORE: Talks stall over prisoner exchange", "read_more"),
    ("Related: Five things to know about the summit", "read_more"),
    ("You may also like...", "read_more"),
    ("Most read in world news", "read_more"),
    ("© 2024 Example Media Group", "copyright"),
    ("All rights reserved.", "copyright"),
    ("Copyright 2019 The Daily Example.", "copyright"),
    ("SOURCE: Example News Agency", "source_line"),
    ("Follow us on Twitter and Facebook", "follow"),
    ("Have a tip? The reporter may be reached at desk@example.org.", "follow"),
    ("Reporting by Ana Lima; Editing by Paul Stone", "credits"),
    ("Filed under: Politics |", "filed_under"),
    ("Tags: elections, parliament", "filed_under"),
    ("5 min read", "reading_time"),
    ("Reading time: 3 minutes", "reading_time"),
    ("Advertisement", "advert"),
    ("Home > News > World", "navigation"),
    ("News | Politics | Business | Sport", "navigation"),
]

# Content lines that mention the same words but must stay.
CONTENT_LINES = [
    "404 people were evacuated from the flooded district on Monday, officials said.",
    "The minister said she was sorry for the delays in paying pensioners.",
    "The bakery sells cookies and bread to soldiers stationed at the border post.",
    "Readers can subscribe to the paper's print edition, the editor said in his letter to the board, "
    "adding that the company had lost money for three straight years despite cuts.",
    "The court said the comments made by the minister were not defamatory.",
    "Share prices fell sharply after the announcement of new sanctions on the energy sector.",
    "Voters must register to vote before the deadline, officials said today.",
    "The court ruled on a copyright dispute between the two broadcasters.",
    "The newsletter was published on Monday by the ministry, which denied the report.",
    "The statement does not reflect the views of the government, the spokesman said.",
    "450",
    "Milan Design Week | The city hosts a record number of visitors",
    "Army > police in new poll of public trust",
    "The error in the census page was found by auditors and corrected in March.",
    "Source: the interior ministry said casualties were higher than first reported, and that rescue teams were still searching.",
]


@pytest.mark.parametrize(("line", "rule"), JUNK_LINES)
def test_junk_rule_fires(line: str, rule: str) -> None:
    assert match_junk(line) == rule


@pytest.mark.parametrize("line", CONTENT_LINES)
def test_content_line_is_kept(line: str) -> None:
    assert match_junk(line) is None


def test_long_paragraph_is_never_junk() -> None:
    long_line = "Subscribe to our newsletter " + "and read the analysis of the elections " * 10
    assert match_junk(long_line) is None


@pytest.mark.parametrize(
    ("paragraph", "outlet", "rest"),
    [
        (
            "(MENAFN) Earlier this week the port reopened.",
            "MENAFN",
            "Earlier this week the port reopened.",
        ),
        ("(Reuters) - Oil prices rose.", "Reuters", "Oil prices rose."),
        ("WASHINGTON (AP) — The Senate voted.", "AP", "The Senate voted."),
        ("KYIV, Ukraine (AP) — Drones struck.", "AP", "Drones struck."),
        ("LONDON, Oct 5 (Reuters) - Shares fell.", "Reuters", "Shares fell."),
        ("(MENAFN- Jordan Times) Amman hosted the talks.", "MENAFN", "Amman hosted the talks."),
        ("KYIV/MOSCOW (Reuters) - Talks began.", "Reuters", "Talks began."),
        ("BEIJING, Nov. 5 (Xinhua) -- Exports grew.", "Xinhua", "Exports grew."),
        ("MOSCOW, November 5. /TASS/. The Kremlin said.", "TASS", "The Kremlin said."),
    ],
)
def test_wire_tag_becomes_outlet(paragraph: str, outlet: str, rest: str) -> None:
    found, _, text = strip_wire_tag(paragraph)
    assert (found, text) == (outlet, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mr. Smith (R) said the bill would pass.",
        "(Updated) The vote was delayed.",
        "(Updated with details) The vote was delayed.",
        "The (new) law passed.",
        "NATO (North Atlantic Treaty Organization) said the drills would continue.",
    ],
)
def test_aside_in_parentheses_is_not_a_wire_tag(paragraph: str) -> None:
    assert strip_wire_tag(paragraph) == (None, None, paragraph)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Published: March 3, 2024", "2024-03-03"),
        ("14 May 2025 10:02 GMT", "2025-05-14"),
        ("Updated 2019-11-19", "2019-11-19"),
        ("5:45 AM PST 11/19/2019 by Patrick Doe", "2019-11-19"),
        ("19/11/2019", "2019-11-19"),
        ("February 31, 2020", None),
        ("No date here at all", None),
    ],
)
def test_find_date(text: str, iso: str | None) -> None:
    assert find_date(text) == iso


def test_body_repeated_as_one_merged_paragraph() -> None:
    paragraphs = [
        "Rescue teams reached the flooded villages in the south on Saturday after the water level began to fall.",
        "The regional governor said more than two thousand people had spent the night in schools and mosques.",
        "Aid agencies warned that clean water was running short and that cholera cases had been reported.",
    ]
    c = clean_text("\n".join(paragraphs) + "\n" + " ".join(paragraphs))
    assert c.body.split("\n") == paragraphs
    assert c.removed == ["repeat"]


def test_bare_status_code_is_a_banner_only_before_the_body() -> None:
    body = "The committee published its figures on Monday, showing a rise in arrests across the region."
    c = clean_text(f"403\nArrests rise across the region\n{body}\n404\n")
    assert c.title == "Arrests rise across the region"
    assert c.body == f"{body}\n404"
    assert c.removed == ["error_banner"]


def test_unwrap_joins_hard_wrapped_lines_only() -> None:
    lines = ["Title of the story", "The first line of a", "wrapped sentence.", "Next paragraph."]
    assert unwrap_lines(lines) == [
        "Title of the story",
        "The first line of a wrapped sentence.",
        "Next paragraph.",
    ]


def test_doubled_body_with_banner_disclaimer_and_footer() -> None:
    c = clean_text(read_fixture("menafn-disclaimer.txt"))
    assert c.title == "Farmers' cooperative opens grain depot near the border"
    assert c.outlet == "MENAFN"
    paragraphs = c.body.split("\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("A farmers' cooperative opened")
    for junk in ("403", "Sorry", "Error", "Disclaimer", "warranty", "Comments", "No comment"):
        assert junk not in c.body
    assert {"error_banner", "wire_tag", "repeat", "disclaimer", "comments"} <= set(c.removed)


def test_near_identical_repeats_byline_date_and_footer_lines() -> None:
    c = clean_text(read_fixture("wire-ap-doubled.txt"))
    assert c.title == "Harbour workers in Valdora end strike after wage deal"
    assert c.outlet == "AP"
    assert (c.published, c.published_source) == ("2024-03-03", "text")
    paragraphs = c.body.split("\n")
    # The second copy differs in spacing and final punctuation: still a repeat.
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("Dock workers in Valdora")
    assert "By Jane Roe" not in c.body and "Published" not in c.body
    for rule in (
        "share",
        "cookie",
        "subscribe",
        "read_more",
        "copyright",
        "comments",
        "byline",
        "date_line",
    ):
        assert rule in c.removed


def test_dateline_date_tags_credits_and_adverts() -> None:
    c = clean_text(read_fixture("reuters-dateline.txt"))
    assert c.outlet == "Reuters"
    assert c.published == "2025-05-14"
    assert c.body.startswith("The central bank kept")
    assert c.body.endswith("faster than expected.")
    assert {"filed_under", "follow", "advert", "credits"} <= set(c.removed)


@pytest.mark.parametrize(
    "first",
    [
        "Police arrested twelve people after the clashes, a spokesman said.",
        "Police said the minister had called it “a disgrace.”",
        "Talks resumed",  # too short to be a title
    ],
)
def test_first_line_that_is_not_a_title(first: str) -> None:
    c = clean_text(
        f"{first}\nThe talks between the two delegations resumed on Monday after a week-long pause, officials said."
    )
    assert c.title is None
    assert c.body.startswith(first)


def test_no_title_when_text_starts_with_a_sentence() -> None:
    c = clean_text(read_fixture("no-title.txt"))
    assert c.title is None
    assert c.body.startswith("Police in the eastern province")
    assert c.removed == ["cookie", "cookie"]


def test_wire_tag_alone_on_its_line() -> None:
    c = clean_text(
        "Port reopens after strike\n(Reuters) -\nThe port reopened on Monday after a week-long strike."
    )
    assert (c.title, c.outlet) == ("Port reopens after strike", "Reuters")
    assert c.body == "The port reopened on Monday after a week-long strike."


def test_title_is_not_repeated_in_body() -> None:
    body = "The talks between the two delegations collapsed on Monday, officials said."
    c = clean_text(f"Talks collapse in the capital\nTalks collapse in the capital\n{body}")
    assert c.title == "Talks collapse in the capital"
    assert c.body == body


def test_known_title_and_reworded_headline_are_dropped() -> None:
    lede = "The United Nations envoy met rebel commanders in the northern hills on Sunday, her office said."
    parts = clean_paragraphs(
        [
            "UN envoy meets rebel leaders in the north",
            "UN envoy meets rebel chiefs in the north | Daily Example",
            lede,
        ],
        title="UN envoy meets rebel chiefs in the north",
        find_title=False,
    )
    assert parts.body == [lede]
    assert parts.removed == ["title_repeat", "title_repeat"]
    # A sentence sharing the title's words is the lede, not a headline: kept.
    sentence = "UN envoy meets rebel chiefs in the north on Sunday."
    assert clean_paragraphs(
        [sentence], title="UN envoy meets rebel chiefs in the north", find_title=False
    ).body == [sentence]


def test_short_repeated_lines_are_kept() -> None:
    parts = clean_paragraphs(
        ["Meal 1", "Eggs and toast.", "Meal 1", "Rice and beans."], find_title=False
    )
    assert parts.body == ["Meal 1", "Eggs and toast.", "Meal 1", "Rice and beans."]


def test_runs_dedup_drops_doubled_body_but_keeps_recurring_list_items() -> None:
    prose = [
        f"Paragraph {i} reports that the visiting delegation met the foreign minister on Monday and "
        "discussed trade, border security and food aid for the region."
        for i in range(4)
    ]
    removed: list[str] = []
    assert drop_repeated_runs(prose + prose, removed) == prose
    assert removed.count("repeat") == 4
    recipe = ["Meal 1", "Eggs [2 eggs, 1 cup spinach]", "Meal 2", "Rice [1 cup rice]"]
    assert drop_repeated_runs(recipe + recipe, []) == recipe + recipe


def test_empty_and_junk_only_text() -> None:
    assert clean_text("").body == ""
    c = clean_text("404 Not Found\nSorry!!\nComments")
    assert (c.title, c.body) == (None, "")


def test_syria_sample_acceptance(syria_sample: Path) -> None:
    c = clean_text(syria_sample.read_text(encoding="utf-8"))
    assert c.title == "Syria’s president’s trip to Moscow symbolizes milestone in their ties"
    assert c.outlet == "MENAFN"
    paragraphs = c.body.split("\n")
    assert len(paragraphs) == 9
    assert len(set(paragraphs)) == 9
    assert paragraphs[0].startswith("Earlier this month, Syria’s transitional president")
    for junk in (
        "403",
        "Sorry!!",
        "Error!",
        "Legal Disclaimer",
        "Comments",
        "No comment",
        "(MENAFN)",
    ):
        assert junk not in c.title
        assert junk not in c.body


def test_word_key_lowers_each_word_as_found() -> None:
    """Words are found before lower-casing: "İ" lowers to two characters, the second a
    combining mark that is no word character, so lowering first would split "İstanbul"."""
    from eventwire.clean.text import word_key

    assert word_key("İstanbul, STRASSE: Œuvre x_y 東京!") == (
        "i\u0307stanbul", "strasse", "œuvre", "x_y", "東京")


def test_repeated_runs_with_the_callers_keys_drop_what_they_drop_without() -> None:
    from eventwire.clean.text import word_key

    body = [f"Paragraph {i} of the story says something long enough to count as prose, with more words "
            "about the meeting of ministers held in the capital on Tuesday." for i in range(4)]
    paragraphs = ["Intro line that is kept.", *body, *body, "Tail."]
    removed_a: list[str] = []
    removed_b: list[str] = []
    words_a: dict[str, int] = {}
    words_b: dict[str, int] = {}
    kept_a = drop_repeated_runs(paragraphs, removed_a, words_a)
    kept_b = drop_repeated_runs(paragraphs, removed_b, words_b, [word_key(p) for p in paragraphs])
    assert kept_a == kept_b == ["Intro line that is kept.", *body, "Tail."]
    assert (removed_a, words_a) == (removed_b, words_b)


def test_runs_mode_drops_a_doubled_body_after_a_wire_tag() -> None:
    """The key kept for the first body paragraph is that of the text after the wire tag, so a
    second copy of the body without the tag is still a repeat of the first."""
    body = [f"Paragraph {i} of the story says something long enough to count as prose, with more words "
            "about the meeting of ministers held in the capital on Tuesday." for i in range(4)]
    tagged = ["NAIROBI, Kenya (Reuters) - " + body[0], *body[1:], *body]
    parts = clean_paragraphs(tagged, find_title=False, dedup="runs")
    assert parts.body == body
    assert parts.dateline == "NAIROBI, Kenya"
    assert parts.removed.count("repeat") == 4
