"""Page furniture that survived cleaning and was coded as events (branch cleaner2): headings of
other stories' headlines with the list on the same line ("Most read: ...", "Watch: ...",
"Editor's picks: ..."), a "related stories" paragraph with no colon, a "related stories" list
glued to the last sentence with no space, with nothing after it or longer than the short-tail
limit, a share row under its heading, a "Read more about ..." pointer, and an archive's "read this story in... hindi" link inside the first paragraph. Body
sentences that open with the same words stay. Own texts."""

import pytest

from eventwire.clean.text import clean_text, match_junk


@pytest.mark.parametrize(
    "line",
    [
        "Most read: Dam bursts upstream; Ministers quarrel over fuel tax; Ferry strike ends",
        "MOST POPULAR: Court frees activist held for a year",
        "Watch: Riot police push back marchers near the harbour (video, 1:48)",
        "WATCH: Prime minister visits flood camps",
        "Editor's picks: Inside the talks that ended the port strike",
        "Editor’s Choice: How the coalition fell apart",
        "Top stories: Parliament dissolved | Opposition names candidate",
        "Trending now: Border crossing reopens after three weeks",
        "related stories curfew eased in two districts traders call off bandh minister visits camps",
        "Related News \u00c2 police chief transferred\u00c2 schools to reopen monday",
        "Read more about the port strike on our live page.",
    ],
)
def test_headline_lists_are_furniture(line):
    assert match_junk(line) == "read_more"


@pytest.mark.parametrize(
    "line", ["Share this story: Facebook | Twitter | Email", "Share: WhatsApp Telegram Copy link"]
)
def test_share_row_under_its_heading_is_furniture(line):
    assert match_junk(line) == "share"


@pytest.mark.parametrize(
    "line",
    [
        "Watch the border closely, the general told the troops on Monday.",
        "Watchdogs: the commission said three groups had broken the rules.",
        "Related stories of abuse were told to the panel by four former guards.",
        "Most readers of the paper had never heard of the minister before the scandal.",
        "Top officials met the delegation on Friday.",
        "Read more than forty pages of the report, the judge told the lawyers.",
        "Shares of the state oil company fell after the minister spoke.",
    ],
)
def test_body_sentences_opening_with_the_same_words_stay(line):
    assert match_junk(line) is None


def test_furniture_lines_between_body_paragraphs_are_dropped():
    text = (
        "The interior ministry said on Tuesday that it had arrested four men over the bombing.\n\n"
        "Watch: Rescue teams search the rubble of the market (video, 2:05)\n\n"
        "Officials said the men would appear before a court in the capital on Thursday.\n\n"
        "Most read: Storm closes airport; Minister resigns over leaked memo\n\n"
        "Editor's picks: Why the ceasefire talks keep failing"
    )
    body = clean_text(text).body
    assert body.split("\n") == [
        "The interior ministry said on Tuesday that it had arrested four men over the bombing.",
        "Officials said the men would appear before a court in the capital on Thursday.",
    ]


def test_related_list_glued_with_no_space_is_cut_off():
    text = (
        "lucknow: the district magistrate on monday extended the curfew in the old city by two days. "
        "shops stayed shut and buses did not run.related stories\u00c2 traders meet collector"
        "\u00c2 schools shut till friday"
    )
    body = clean_text(text).body
    assert body.endswith("shops stayed shut and buses did not run.")
    assert "related" not in body and "traders meet collector" not in body


def test_related_heading_ending_the_paragraph_is_cut_off():
    text = (
        "patna: the state government on friday ordered an inquiry into the firing at the rally. "
        "the opposition said it would stage a walkout on monday. related stories:"
    )
    body = clean_text(text).body
    assert body.endswith("the opposition said it would stage a walkout on monday.")
    assert "related" not in body


def test_long_related_list_split_by_stray_no_break_spaces_is_cut_off():
    headlines = [
        "govt sends more troops to the riot hit districts",
        "traders call off the three day bandh after talks",
        "opposition walks out of the assembly over the firing",
        "relief camps run short of food and medicine say officials",
        "chief minister meets the governor to discuss the situation",
        "schools in the old city to stay closed till next week",
        "railways cancel four trains after the track is damaged",
        "full coverage",
    ]
    text = (
        "bhopal: the police on sunday arrested twelve people for rioting in the walled city. "
        "the curfew was relaxed for two hours in the evening. related stories\u00c2 "
        + "\u00c2 ".join(headlines)
    )
    assert len(" ".join(headlines).split()) > 60  # past the short-tail limit
    body = clean_text(text).body
    assert body.endswith("the curfew was relaxed for two hours in the evening.")
    assert "govt sends more troops" not in body


def test_long_tail_that_is_prose_stays():
    prose = " ".join(["the committee heard the witnesses and wrote its report on the firing"] * 6)
    text = "ranchi: the assembly met on monday. related stories " + prose
    body = clean_text(text).body
    assert "the committee heard the witnesses" in body


def test_read_this_story_in_another_language_link_is_cut_out():
    text = (
        "jaipur: the governor on tuesday said all security arrangements had been made.       "
        "read this story in...          \u00c2 \u00c2 hindi    the chief minister said the march "
        "would not be allowed to enter the town.\n\n"
        "the police said they had detained forty people.       read this story in...      "
        "the district magistrate said the orders would stay till friday."
    )
    assert clean_text(text).body.split("\n") == [
        "jaipur: the governor on tuesday said all security arrangements had been made.",
        "the chief minister said the march would not be allowed to enter the town.",
        "the police said they had detained forty people.",
        "the district magistrate said the orders would stay till friday.",
    ]


def test_a_sentence_about_reading_a_story_stays():
    text = (
        "delhi: the minister said he had read this story in the paper on monday and called "
        "the editor to complain about it."
    )
    assert "read this story in the paper" in clean_text(text).body
