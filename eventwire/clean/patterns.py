"""Junk-line patterns and word lists for article cleaning: data only, compiled once at import.

Each JUNK_LINE_RULES entry is (rule name, pattern); a pattern is matched against one whole
paragraph (stripped, whitespace collapsed) and only paragraphs of at most MAX_JUNK_WORDS words
are tested, so a long sentence that merely mentions "subscribe" or "cookies" is never dropped.
"""

from __future__ import annotations

import re

ICASE = re.IGNORECASE

# Boilerplate is short; content paragraphs that mention the same words are long.
MAX_JUNK_WORDS = 40
# A title: a short line without a final period.
TITLE_MIN_CHARS = 10
TITLE_MAX_CHARS = 160
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 20
# Share of words a header line must have in common with the known title to count as a reworded
# copy of it (the h1 often differs from <title> by a word or an abbreviation).
TITLE_VARIANT_OVERLAP = 0.7
# A title ends without a full stop, also before closing quotes ("... “Meth, we’re on it.”").
TITLE_END_RE = re.compile(r"[.:;,][\"”’'»)\]]*$")
# Paragraphs shorter than this (in word tokens) may legitimately repeat (table cells, list
# headings like "Meal 1"), so they are never dropped as duplicates.
DEDUP_MIN_WORDS = 6
# A paragraph whose word 3-grams were (almost) all seen before is a near-identical repeat, also
# when the copy is split or merged differently or differs by a word or two.
DEDUP_SHINGLE_N = 3
DEDUP_SHINGLE_SHARE = 0.9
# In HTML (dedup="runs") only a repeated run with this many prose paragraphs counts as a doubled
# body: pages hold recipes, tables and lists whose short items legitimately recur in blocks.
REPEAT_RUN_MIN = 3
REPEAT_PROSE_WORDS = 20
PROSE_END_RE = re.compile(r"[.!?][\"”’»)]?\s*$")
# How many leading lines may hold banners, title, byline and date before the body starts.
HEADER_LINES = 12
# A list item under a "Related" / "Read more" heading is a link when it is headline-sized; a
# longer item is content, and it ends the link list.
LINK_ITEM_MAX_WORDS = 25
# The paragraph after a "Disclaimer:" heading is dropped with it up to this size; a longer one
# is not a disclaimer (legal notices run to about a hundred words).
DISCLAIMER_MAX_WORDS = 150

# Junk guard (`clean_guarded`): rules may remove at most this share of a text's words; past it
# they are taken to misfire and spare prose paragraphs. Texts shorter than the minimum can be
# all boilerplate (a cookie banner and a share bar) and are not guarded.
JUNK_GUARD_SHARE = 0.5
JUNK_GUARD_MIN_WORDS = 50
# What the guard spares: a sentence of at least this many words (a call to action, a label or
# a link is shorter; a news sentence is longer).
GUARD_PROSE_WORDS = 12
# Removals whose words stay in the text (the first copy of a repeat, the title field) or are
# only a tag: they never count towards the guard's share.
KEEPS_WORDS_RULES = frozenset({"repeat", "title_repeat", "wire_tag", "no_words"})

# Encoding repair (`text.fix_encoding`): an HTML entity left in text ("&amp;", "&#8217;").
ENTITY_RE = re.compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Where ftfy is worth running (it costs about 1 ms per 2 kB; its own badness check about as
# much): UTF-8 read as Windows-1252 or Latin-1 always shows a lead byte 0xC2-0xF4 as one of
# "Â".."ô" followed by a continuation byte 0x80-0xBF as that code page shows it (U+0080-U+00BF,
# or one of the Windows-1252 letters and punctuation at 0x80-0x9F, or U+FFFD for its undefined
# bytes). This only gates the repair; ftfy decides what, if anything, to change.
MOJIBAKE_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122\ufffd]"
)
# U+201D (”) encoded in UTF-8 and read as Windows-1252, whose undefined byte 0x9D a scraper
# replaced with U+FFFD: ftfy cannot undo this lossy form by itself.
LOSSY_QUOTE = "\u00e2\u20ac\ufffd"
# A no-break space read as Windows-1252 ("Â" + U+00A0) whose U+00A0 the scraper made a plain
# space or dropped: the "Â" is left before a space ("stories Â bsp", "mayawatiÂ mulayam"), where
# no word of any language puts it.
STRAY_NBSP_RE = re.compile("\u00c2(?=[ \t])")
# A list of links glued to a paragraph's last sentence ("... till 1400 hours. related stories
# bsp will try ..."): from the heading to the end of the paragraph, when that tail is short.
# (An "Â" left of a no-break space may stand between the heading and its list, "related storiesÂ
# security tightened ...", where the text held no other mojibake for the repair to run on.)
# The heading may follow the full stop with no space ("my government.related stories ...") and
# may end the paragraph with no list after it ("... for this. related stories:"): the archive
# glued both forms to the last sentence.
RELATED_TAIL_RE = re.compile(r"(?<=[.!?\"”’])\s*(?i:related (?:stories|news|articles?|links))(?![^\W\u00c2])"
                             r"\s*:?\s*\u00c2?(?:\s+(?P<tail>[^\n]*))?$")
RELATED_TAIL_MAX_WORDS = 60
# ... or longer, when its headlines are still told apart by the "Â" of the no-break space that
# stood between them ("govt clamps down on vhp activistsÂ temporary jails ...Â ..."): then each
# item must be headline-sized (LINK_ITEM_MAX_WORDS) and there must be a few of them.
LINK_LIST_SEP = "\u00c2"
LINK_LIST_MIN_ITEMS = 3
# The archive's link to a translation of the story, left inside the first paragraph between
# runs of spaces ("... have been completed.   read this story in...   Â Â hindi   the ..."):
# dropped, and the paragraph split where its box stood.
# The language may be gone, leaving "read this story in..." (the dots or a language tell the
# link from a sentence such as "read this story in the paper").
INDIAN_LANGUAGES = (
    r"(?:hindi|marathi|gujarati|bengali|tamil|telugu|kannada|malayalam|urdu|punjabi|oriya|odia)\b"
)
READ_IN_LANGUAGE_RE = re.compile(
    rf"\s*\bread this (?:story|article|news) in(?:\s*[.…:]+[\s\u00c2]*(?:{INDIAN_LANGUAGES})?|"
    rf"[\s\u00c2]+{INDIAN_LANGUAGES})\s*",
    ICASE,
)
# An apostrophe doubled inside a word, as a database escapes it ("president''s rule"): no
# written English puts two there, and the parser reads "president''s" as three tokens.
DOUBLED_APOSTROPHE_RE = re.compile(r"(?<=[A-Za-z])''(?=[A-Za-z])")

WORD_RE = re.compile(r"\w+")
SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# A paragraph ends a sentence (so the next line is not its hard-wrapped continuation).
SENTENCE_END_RE = re.compile(r"[.!?:;\"”’»)\]…]\s*$")
LIST_ITEM_RE = re.compile(r"^[-•*·▪►]\s")
STARTS_LOWER_RE = re.compile(r"^[a-z\u00df-\u00ff]")

# HTTP / CMS error banners left by scrapers that saved the error page around the article.
ERROR_BANNER_RE = re.compile(
    r"^(?:"
    r"(?:http\s*)?(?:error\s*)?[45]\d\d\s*[-:.]?\s*(?:internal server error|error|not found|forbidden|"
    r"unauthori[sz]ed|gone|bad request|service unavailable|bad gateway|gateway time-?out|access denied|"
    r"page not found)[.!]*"
    r"|(?:http\s*)?error\s*[45]\d\d[.!]*"
    r"|(?:page|file|article|content|resource) not found[.!]*"
    r"|not found[.!]*|forbidden[.!]*|access denied[.!]*|bad request[.!]*"
    r"|(?:sorry|oops|whoops|uh[- ]oh|error|ouch)[\s!.,]*"
    # an apology/error word, a page word and a not-found word, in any order, in one short line
    r"|(?=.{0,160}\b(?:sorry|oops|whoops|error|unfortunately)\b)"
    r"(?=.{0,200}\b(?:page|url|link|content|article|story|file)s?\b)"
    r"(?=.{0,240}(?:(?:\bnot|\bno longer|n['’]t|\bcannot|\bunable to)\b.{0,60}\b(?:exists?|found|find|"
    r"available|load|display)\b|\b(?:moved|removed|deleted|expired|broken)\b)).{0,300}"
    r"|(?:we(?:'|’)re |we are )?sorry,? (?:but )?(?:the|this) (?:page|article|content).{0,120}"
    r"|(?:the )?page you (?:were |are )?(?:looking for|requested).{0,120}"
    r"|something went wrong.{0,80}|an error (?:has )?occurred.{0,80}"
    r"|(?:please )?(?:enable|turn on) javascript.{0,120}"
    r"|you don(?:'|’)t have permission to access.{0,120}"
    r")$",
    ICASE,
)

# A bare status code ("403") is a banner only before the body: in a table it is a number.
BARE_STATUS_RE = re.compile(r"^(?:http\s*)?[45]\d\d[.!]*$", ICASE)

# Wire tags opening the first body paragraph: "(MENAFN) ...", "(Reuters) - ...",
# "WASHINGTON (AP) — ...", "LONDON, Oct 5 (Reuters) - ...", "PARIS, 5 mars (AFP) - ...".
WIRE_TAG_RE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z\u00c0-\u00de.'’ /-]{1,40}"  # CITY in capitals, "KYIV/MOSCOW"
    r"(?:,\s*[A-Z][\w.'’ -]{1,30}?)?"  # , State / Country / Oct 5
    r"(?:,\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?)(?:,?\s*\d{4})?)?"
    r"[.,]?\s*)?"
    # "(Reuters)" or TASS-style "/TASS/"
    r"(?:\((?P<outlet>[A-Z][\w&.'’ -]{0,30}?)\)|/(?P<slashed>[A-Z][\w&.-]{1,15})/\.?)"
    r"\s*(?P<dash>[-–—:]+\s*)?(?=\S|$)"
)
# An outlet in parentheses must look like a name, not an aside: few words, capitalised.
WIRE_OUTLET_MAX_WORDS = 4
WIRE_TAG_STOPWORDS = frozenset(
    "updated update corrected correction video photo photos watch listen audio file opinion "
    "analysis live breaking exclusive sponsored advertisement editorial".split()
)

# Dates in text: ISO, "November 18, 2019", "18 November 2019", "11/18/2019" (US order).
MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_NAME = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATE_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)\b"),
    re.compile(
        rf"\b{MONTH_NAME}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", ICASE
    ),
    re.compile(
        rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME},?\s+(?P<year>(?:19|20)\d\d)\b",
        ICASE,
    ),
    re.compile(r"\b(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b"),
)
# What may surround a date on a date/byline line ("Updated 5:45 AM PST ... by Jane Doe").
TIME_RE = re.compile(r"\b\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\b", ICASE)
BYLINE_TAIL_RE = re.compile(r"\b(?:by|von|par|por)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}.*$")
DATE_FILLER_WORDS = frozenset(
    "published posted updated last modified date on at am pm gmt utc bst cet cest est edt pst pdt "
    "cst cdt mst mdt ist et pt monday tuesday wednesday thursday friday saturday sunday mon tue wed "
    "thu fri sat sun the of "
    # an archive's note on an old story ("This story is from March 15, 2002", Times of India)
    "this story article is was from".split()
)
# "By Jane Doe", "By Jane Doe and John Roe, Reuters": a byline line in the header.
BYLINE_RE = re.compile(
    r"^(?i:by|written by|posted by|von|par|por)\s+[A-Z][\w.'’-]+"
    r"(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|da|van|von|der|al|el|bin)|,\s*[A-Z][\w.'’-]+){0,8}"
    r"(?:\s*[|,;-]\s*.{0,60})?$"
)
READING_TIME_RE = re.compile(
    r"^(?:\d+\s*(?:min(?:ute)?s?|mins?)\.?\s+(?:read|reading)|"
    r"(?:reading time|read time|tempo de leitura|temps de lecture|lesezeit|tiempo de lectura)\s*:?\s*\d+.{0,20})$",
    ICASE,
)

# A "Legal Disclaimer:" / "Disclaimer:" heading: it and the paragraph after it are dropped.
DISCLAIMER_HEAD_RE = re.compile(r"^(?:legal\s+)?disclaimer\s*[:.]?$", ICASE)
# A paragraph that is a disclaimer by itself (heading inline, or tell-tale legal phrasing).
DISCLAIMER_RE = re.compile(
    r"^(?:legal\s+)?disclaimer\s*:"
    r"|\bprovides? the information\b.{0,20}\bas is\b"
    r"|\bwithout warranty of any kind\b"
    r"|^(?:the )?(?:views|opinions) expressed (?:in this|here|above|by)\b"
    r"|\b(?:this|the) (?:article|content|information|material|column|post)\b.{0,80}"
    r"\bfor (?:general )?informational purposes only\b"
    r"|\bnot (?:be )?(?:construed|intended) as (?:investment|financial|legal|medical) advice\b",
    ICASE,
)

# Whole-paragraph boilerplate rules, tried in order; the first that matches names the removal.
JUNK_LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "comments",
        re.compile(
            r"^(?:\d+\s+)?(?:comments?|no comments?(?: yet)?|(?:leave|post|add|write|show|view|hide|read|see)"
            r"(?: (?:a|the|all|\d+))? (?:comments?|reply|replies)|be the first to comment.*|"
            r"comments? \(\d+\)|comments? are closed.*|join the (?:conversation|discussion).*|"
            r"tell us what you think.*|what do you think\?|you must be logged in to post a comment.*)[.!:]*$",
            ICASE,
        ),
    ),
    (
        "share",
        re.compile(
            r"^(?:share(?: this| the)?(?: (?:article|story|post|page))?(?: (?:on|via) [\w ,&]+)?|"
            r"click to (?:share|email|print)\b.*|share on \w+|tweet|pin it|email|print|whatsapp|like this|"
            r"(?:like )?loading\W*|(?:print|email) (?:this )?(?:article|story|page)|print friendly|"
            r"facebook|twitter|linkedin|reddit|copy link|(?:facebook|twitter|linkedin|email|whatsapp|print)"
            # buttons in a row, split by a bar, slash, comma or only a space ("Facebook Twitter
            # Linkedin Mail" under every Times of India story)
            r"(?:(?:\s*[|/,]\s*|\s+)(?:facebook|twitter|linkedin|e?mail|whatsapp|print|reddit|"
            r"pinterest))+"
            # the row under its heading ("Share this article: Facebook Twitter Email")
            r"|share(?: this| the)?(?: (?:article|story|post|page))?\s*:\s*(?:facebook|twitter|linkedin|"
            r"e?mail|whatsapp|print|reddit|pinterest|telegram|copy link)(?:(?:\s*[|/,]\s*|\s+)"
            r"(?:facebook|twitter|linkedin|e?mail|whatsapp|print|reddit|pinterest|telegram|copy link))*)[.:!]*$",
            ICASE,
        ),
    ),
    (
        "subscribe",
        re.compile(
            # imperative call at the line start, or a short line naming a newsletter
            r"^(?:(?:subscribe|sign up|signup|register|join)\b.{0,80}\b(?:newsletters?|updates|alerts|inbox|"
            r"briefing|today|now|here)\b.{0,120}|(?:\S+\s+){0,5}newsletters?(?:\s+\S+){0,3}|"
            r"get (?:the|our) .{0,80}\b(?:delivered|sent)\b.{0,30}\b(?:inbox|letterbox|mailbox|email)\b.{0,80}|"
            r"(?:subscribe|sign up)(?: now| today| here)?)[.!]*$",
            ICASE,
        ),
    ),
    (
        "cookie",
        re.compile(
            r"^(?:.{0,80}\b(?:(?:we|this (?:site|website)|our (?:site|website|partners)) (?:use|uses|store)s?"
            r"(?: \w+)? cookies|accept(?: all)? cookies|cookie (?:policy|settings|preferences|consent|notice)|"
            r"(?:by|continue|continuing) (?:using|to use|browsing) (?:this|our) (?:site|website)).{0,200}|"
            r"(?:accept|accept all|reject all|manage (?:cookies|preferences)|got it|i agree|ok, got it))[.!]*$",
            ICASE,
        ),
    ),
    (
        "read_more",
        re.compile(
            r"^(?:read more|read also|also read|read next|see more|see also|related(?: articles?| stories| "
            r"posts| content| coverage| news)?|more|more from [\w .]+|more stories|recommended(?: for you)?|"
            r"you (?:may|might) also (?:like|be interested in)|don(?:'|’)t miss|most (?:read|popular|viewed)"
            r"(?: (?:in|on) [\w .]+)?|trending(?: now)?|also|further reading|continue reading|"
            r"click here(?: to| for)? .{0,80}|(?:please )?click here\b.{0,80}"
            # a pointer to another page ("Read more about the arrest in our live blog.")
            r"|read more (?:about|on|in|at) .{0,160})[.:!…]*$"
            r"|^(?:read more|read also|also read|related|see more|see also|more|also|more on this|more:|"
            r"related stories)\s*:.{0,200}$"
            # headings of other stories' headlines, the list on the same line after a
            # colon ("Most read: ...", "Watch: ...", "Editor's picks: ..."); a body sentence
            # does not open with one of these words and a colon
            r"|^(?:most (?:read|popular|viewed|shared|watched)|watch|editor(?:'|’)?s?(?:'|’)? "
            r"(?:picks?|choice)|top (?:stories|news|headlines)|trending(?: now| stories)?|"
            r"recommended(?: for you| stories)?|you (?:may|might) also like|more (?:news|stories|headlines)"
            r"|in other news)\s*:.{0,200}$"
            # a "related stories" heading with its headlines on the same line and no colon
            # ("related stories curfew lifted in old city talks to resume"): a list of headlines
            # has no final full stop, a body sentence opening with these words has one
            r"|^related (?:stories|news|articles?|links)(?![^\W\u00c2])\s*\u00c2?\s+"
            r"(?!.*[.!?][\"”’»)]?$).{0,300}$"
            r"|^.{0,120}\[(?:insight|video|reaction|pictures|photos|read more|more)\][|.]*$",
            ICASE,
        ),
    ),
    (
        "copyright",
        re.compile(
            # between "copyright" and the year only an owner's name may stand ("Copyright The
            # Associated Press 2019"): capitalised words, so "the copyright office said in
            # 2023 ..." in an article about copyright is prose, not a notice
            r"^(?:.{0,80}(?:©|\(c\)\s*(?:19|20)\d\d|copyright\b(?:\s*(?:©|\(c\)))?\s+"
            r"(?-i:(?:[A-Z0-9©(&][\w.,&()-]*\s+){0,5}?)(?:19|20)\d\d\b)"
            r".{0,120}|.{0,120}\ball rights reserved\b.{0,60})$",
            ICASE,
        ),
    ),
    ("source_line", re.compile(r"^(?:source|sources|via)\s*:\s*(?:\S+\s*){1,8}$", ICASE)),
    (
        "follow",
        re.compile(
            r"^(?:.{0,60}\bfollow (?:us|him|her|them|me|[\w .]{1,40}) on (?:twitter|facebook|instagram|"
            r"linkedin|youtube|tiktok|x\b).{0,120}|.{0,80}\bmay be reached at\b.{0,160}|"
            r"have a (?:news )?tip\?.{0,160}|like us on facebook.{0,80}|listen to .{0,80}\b(?:live|podcast)\b.{0,80})$",
            ICASE,
        ),
    ),
    (
        "credits",
        re.compile(
            r"^\(?(?:(?:additional )?reporting|writing|editing|edited|compiled|translated|produced|"
            r"graphics?|photos?) by\b.{0,200}$",
            ICASE,
        ),
    ),
    (
        "filed_under",
        re.compile(
            r"^(?:filed under|posted in|categories|category|tags?|topics?)\s*:.{0,200}$", ICASE
        ),
    ),
    ("reading_time", READING_TIME_RE),
    # breadcrumbs and menus: three or more items of one to three words between > » › | separators
    (
        "navigation",
        re.compile(
            r"^(?:[\w&'’.-]+(?: [\w&'’.-]+){0,2}\s*[>»›|]\s*){2,}[\w&'’.-]+(?: [\w&'’.-]+){0,2}$"
        ),
    ),
    (
        "advert",
        re.compile(
            r"^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues below"
            r"(?: advertisement)?|continue reading(?: below| the main story)?|scroll to continue.*)[.:]*$",
            ICASE,
        ),
    ),
)

# Scripts written without spaces between words (Chinese, Japanese kana): each character counts
# as a word, so such a text reaches the language check (non_english) instead of being too short.
UNSPACED_CHAR_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Class names of hover cards: boxes a page shows when the pointer rests on a name or a term
# ("rollover-people-block", "tooltiptext", "popover-content"). Inside a paragraph their text
# is glued to the sentence by an extractor ("kill Rep. Ilhan OmarIlhan OmarHillicon Valley:
# ..."), so the cleaner drops them; the name they hang on is a sibling link and stays.
HOVER_CARD_CLASS_RE = re.compile(r"rollover|tooltip|popover|hover-?card", ICASE)
# A marked element is a card, not the name itself, when it holds a picture or several links.
HOVER_CARD_MIN_LINKS = 2

# -- speed6 ----------------------------------------------------------------------------------
# The first byte of the UTF-8 form of every character UNSPACED_CHAR_RE matches (its ranges lie
# in U+3040-U+9FFF and U+F900-U+FAFF: lead bytes E3-E9 and EF; a test derives them from the
# pattern): a text whose UTF-8 form holds none of these bytes has no such character, so
# `count_words` need not run the pattern's per-character class test over it.
UNSPACED_UTF8_LEADS = (b"\xe3", b"\xe4", b"\xe5", b"\xe6", b"\xe7", b"\xe8", b"\xe9", b"\xef")

# -- speed7 ----------------------------------------------------------------------------------
# What SPACE_RE can change in a line: a character of its class other than the plain space, or
# two plain spaces in a row. A line holding neither has only single plain spaces, which
# SPACE_RE would replace by themselves, so `normalize_space` need not run the substitution
# (one match object per word) over it. Kept in step with SPACE_RE's class by a test.
SPACE_TO_FIX_RE = re.compile(r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]| {2}")
# Every branch of DISCLAIMER_RE holds one of these words literally (lower case): an ASCII
# paragraph whose lower-cased form holds none cannot match it, so `match_junk` skips the
# search there (ASCII only: under IGNORECASE a non-ASCII letter may match an ASCII one, "ſ" an
# "s"). Kept in step with DISCLAIMER_RE by a test that removes each word.
DISCLAIMER_WORDS = ("disclaimer", "the information", "warranty", "expressed", "informational",
                    "advice")
