"""Clean badly scraped article text: drop banners and boilerplate, keep each paragraph once.

The junk pass (`clean_paragraphs`) is shared with `clean.html`, which feeds it the paragraphs
trafilatura found. Patterns live in `clean.patterns`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from eventwire.clean import patterns as P


@dataclass(slots=True)
class Cleaned:
    """One cleaned article: title, body (one paragraph per line) and what was learnt on the way."""

    title: str | None
    body: str
    outlet: str | None
    published: str | None
    published_source: str | None
    url: str | None
    language: str | None = None
    removed: list[str] = field(default_factory=list)
    # Words each junk rule took out ({"copyright": 12, "repeat": 340}), for the drop detail.
    removed_words: dict[str, int] = field(default_factory=dict)
    # What else happened on the way, as short human-readable notes ("ftfy repaired the text
    # encoding", "fallback extraction: ...", "junk guard: ..."); joined into the drop detail.
    notes: list[str] = field(default_factory=list)
    fixed_text: bool = False  # ftfy changed the text (mojibake, entities, control characters)
    # The wire tag's dateline taken off the body ("NAIROBI, Kenya"): where the story is filed
    # from, for the actors its text leaves without a country
    dateline: str | None = None
    words_in: int = 0  # words the junk pass was given (extracted or read), before it ran
    extraction: str | None = None  # HTML: "precision" (the fast path) or "fallback"
    # HTML: how many times the page's visible text holds the body (0: too short to tell); over
    # 1, the body is kept once and a "copies:" note says so.
    page_copies: int = 0

    def detail(self) -> str:
        """What cleaning dropped and why, for the document's `detail`: words in and out, the
        words each rule removed, and the notes ("" when nothing was removed or noted)."""
        if not self.removed_words and not self.notes:
            return ""  # before the body's words are counted: nothing would show them
        out = [f"{count_words(self.body)} of {self.words_in} words kept"]
        if self.removed_words:
            out.append(f"removed: {describe_removed(self.removed_words)}")
        return "; ".join(out + self.notes)


def normalize_space(line: str) -> str:
    """Collapse runs of spaces (incl. no-break and zero-width) and strip the ends."""
    if not P.SPACE_TO_FIX_RE.search(line):  # single plain spaces only: nothing to collapse
        return line.strip()
    return P.SPACE_RE.sub(" ", line).strip()


def count_words(text: str) -> int:
    """Words of a text, the unit of every size and share in cleaning: whitespace-separated,
    plus one per Chinese or Japanese character (scripts written without spaces)."""
    words = len(text.split())
    if not may_hold_unspaced(text):
        return words
    return words + len(P.UNSPACED_CHAR_RE.findall(text))


def may_hold_unspaced(text: str) -> bool:
    """Whether `text` may hold a character of an unspaced script (`P.UNSPACED_CHAR_RE`): False
    only where it surely holds none (ASCII, or no lead byte of one in its UTF-8 form)."""
    if text.isascii():
        return False
    data = text.encode("utf-8", "surrogatepass")  # lone surrogates encode to ED, no lead
    return any(lead in data for lead in P.UNSPACED_UTF8_LEADS)


@lru_cache(maxsize=1)
def _ftfy_config() -> Any:
    from ftfy import TextFixerConfig

    # Repair, do not restyle: correct curly quotes and full-width characters stay as they are.
    return TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)


def fix_encoding(text: str) -> tuple[str, bool]:
    """Text with encoding damage repaired by ftfy, and whether anything changed.

    ftfy undoes mojibake ("â€˜pujaâ€™" -> "‘puja’"), HTML entities left in text and stray
    control characters. Before it runs, the one lossy pattern it cannot undo is restored:
    "â€" + U+FFFD is a UTF-8 E2 80 9D (the closing double quote ”) read as Windows-1252, whose
    undefined byte 0x9D the scraper replaced; the other E2 80 xx characters whose last byte is
    undefined there (U+2001, U+200D, U+200F, U+2010) are rare in prose. ftfy runs only on text
    with an HTML entity or a mojibake-shaped pair of characters (`patterns.MOJIBAKE_RE`).
    """
    if not (P.MOJIBAKE_RE.search(text) or ("&" in text and P.ENTITY_RE.search(text))):
        return text, False
    from ftfy import fix_text

    fixed = fix_text(text.replace(P.LOSSY_QUOTE, "\u201d"), _ftfy_config())
    # in text with mojibake, an "Â" before a space is what is left of a no-break space
    fixed = P.STRAY_NBSP_RE.sub(" ", fixed)
    return fixed, fixed != text


def split_paragraphs(text: str) -> list[str]:
    """Non-empty lines of `text`, whitespace-normalised."""
    lines = (
        normalize_space(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    )
    return [line for line in lines if line]


def unwrap_lines(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a line not ending a sentence continues into a lowercase next line."""
    out: list[str] = []
    for line in lines:
        # a date line ("This story is from March 15, 2002") heads a lower-cased body, never
        # begins its first sentence
        if (out and not P.SENTENCE_END_RE.search(out[-1]) and P.STARTS_LOWER_RE.match(line)
                and not is_date_line(out[-1])):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def word_key(text: str) -> tuple[str, ...]:
    """Lowercased word tokens: equal for texts differing only in spacing or punctuation."""
    return tuple(map(str.lower, P.WORD_RE.findall(text)))


def match_junk(paragraph: str) -> str | None:
    """Name of the boilerplate rule a short paragraph matches, or None."""
    if len(paragraph.split()) > P.MAX_JUNK_WORDS:
        return None
    if P.ERROR_BANNER_RE.match(paragraph):
        return "error_banner"
    if may_be_disclaimer(paragraph) and P.DISCLAIMER_RE.search(paragraph):
        return "disclaimer"
    for name, pattern in P.JUNK_LINE_RULES:
        if pattern.match(paragraph):
            return name
    return None


def may_be_disclaimer(paragraph: str) -> bool:
    """Whether `P.DISCLAIMER_RE` may find something in `paragraph`: False only for ASCII text
    holding none of `P.DISCLAIMER_WORDS` (a cheap test before the search)."""
    if not paragraph.isascii():
        return True
    lower = paragraph.lower()
    return any(word in lower for word in P.DISCLAIMER_WORDS)


def find_date(text: str) -> str | None:
    """First full date (day, month, year) in `text` as ISO YYYY-MM-DD, or None."""
    found: list[tuple[int, str]] = []
    for pattern in P.DATE_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            month = (
                P.MONTHS[groups["month"][:3].lower()]
                if groups.get("month")
                else int(groups["mnum"])
            )
            day, year = int(groups["day"]), int(groups["year"])
            if month > 12 and day <= 12 and not groups.get("month"):  # 19/11/2019: day first
                month, day = day, month
            try:
                found.append((m.start(), date(year, month, day).isoformat()))
                break
            except ValueError:  # 31 February and the like: not a date
                continue
    return min(found)[1] if found else None


def is_date_line(paragraph: str) -> bool:
    """True for a line that is only a date, time and/or byline ("Updated Nov 5, 2019 4:02 PM")."""
    if len(paragraph) > 120 or not find_date(paragraph):
        return False
    rest = P.BYLINE_TAIL_RE.sub(" ", paragraph)
    for pattern in P.DATE_PATTERNS:
        rest = pattern.sub(" ", rest)
    rest = P.TIME_RE.sub(" ", rest)
    words = [w for w in word_key(rest) if w not in P.DATE_FILLER_WORDS]
    return len(words) <= 1


def looks_like_title(paragraph: str, following: list[str]) -> bool:
    """A title is short, has a few words, does not end like a sentence and heads a longer paragraph."""
    n_words = len(paragraph.split())
    return (
        P.TITLE_MIN_CHARS <= len(paragraph) <= P.TITLE_MAX_CHARS
        and P.TITLE_MIN_WORDS <= n_words <= P.TITLE_MAX_WORDS
        and not P.TITLE_END_RE.search(paragraph)
        and any(len(p.split()) > n_words for p in following[: P.HEADER_LINES])
    )


def strip_wire_tag(paragraph: str) -> tuple[str | None, str | None, str]:
    """Split a leading wire tag off: (outlet, dateline, rest of the paragraph)."""
    m = P.WIRE_TAG_RE.match(paragraph)
    if not m:
        return None, None, paragraph
    outlet = (m["outlet"] or m["slashed"]).strip(" -")
    # "(MENAFN- Jordan Times)": the wire is the part before the dash.
    outlet = outlet.split("- ")[0].strip() if "- " in outlet else outlet
    words = outlet.split()
    if len(words) > P.WIRE_OUTLET_MAX_WORDS or words[0].lower() in P.WIRE_TAG_STOPWORDS:
        return None, None, paragraph
    # "NATO (North Atlantic Treaty Organization) said": after a dateline a wire tag has a dash.
    if m["dateline"] and m["outlet"] and not m["dash"]:
        return None, None, paragraph
    dateline = m["dateline"].strip() if m["dateline"] else None
    return outlet, dateline, paragraph[m.end() :]


@dataclass(slots=True)
class _Seen:
    """Paragraphs kept so far, to spot repeats (exact words or mostly-seen shingles)."""

    keys: set[tuple[str, ...]] = field(default_factory=set)
    shingles: set[tuple[str, ...]] = field(default_factory=set)

    def is_repeat(self, key: tuple[str, ...]) -> bool:
        """True if this paragraph's words (almost) all appeared in kept paragraphs already."""
        if len(key) < P.DEDUP_MIN_WORDS:
            return False
        if key in self.keys:
            return True
        grams = _shingles(key)
        seen = sum(1 for g in grams if g in self.shingles)
        return seen >= P.DEDUP_SHINGLE_SHARE * len(grams)

    def add(self, key: tuple[str, ...]) -> None:
        """Remember a kept paragraph."""
        self.keys.add(key)
        self.shingles.update(_shingles(key))


def _shingles(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    n = P.DEDUP_SHINGLE_N
    return [key[i : i + n] for i in range(max(1, len(key) - n + 1))]


@dataclass(slots=True)
class Parts:
    """What the junk pass keeps and learns from a list of paragraphs."""

    title: str | None = None
    body: list[str] = field(default_factory=list)
    outlet: str | None = None
    published: str | None = None
    dateline: str | None = None
    removed: list[str] = field(default_factory=list)
    removed_words: dict[str, int] = field(default_factory=dict)
    guarded: int = 0  # prose paragraphs the junk guard kept against a rule
    guard_note: str | None = None  # set when the junk guard reran the pass, saying why

    def drop(self, rule: str, paragraph: str) -> None:
        """Record one paragraph (or part of one) removed by `rule`."""
        self.removed.append(rule)
        self.removed_words[rule] = self.removed_words.get(rule, 0) + count_words(paragraph)

    def rule_words(self) -> int:
        """Words removed by boilerplate rules, i.e. not as a repeat or a copy of the title."""
        return sum(n for rule, n in self.removed_words.items() if rule not in P.KEEPS_WORDS_RULES)


def cut_language_links(paragraph: str, parts: Parts) -> list[str]:
    """The paragraph split where an archive's "read this story in... hindi" link stood (the
    link's box stood between two paragraphs of the page), the link dropped."""
    pieces = P.READ_IN_LANGUAGE_RE.split(paragraph)
    if len(pieces) == 1:
        return pieces
    for link in P.READ_IN_LANGUAGE_RE.findall(paragraph):
        parts.drop("read_more", link.strip())
    return [piece for piece in pieces if piece.strip()]


def is_link_tail(tail: str) -> bool:
    """Whether the text after a glued "related stories" heading is its list of links: short, or
    headline-sized items still split by the "Â" left of the no-break spaces between them."""
    if count_words(tail) <= P.RELATED_TAIL_MAX_WORDS:
        return True
    items = [item for item in tail.split(P.LINK_LIST_SEP) if item.strip()]
    return len(items) >= P.LINK_LIST_MIN_ITEMS and all(
        count_words(item) <= P.LINK_ITEM_MAX_WORDS for item in items
    )


def is_prose(paragraph: str) -> bool:
    """A paragraph of running text: a sentence long enough not to be a link, label or call."""
    return count_words(paragraph) >= P.GUARD_PROSE_WORDS and bool(P.PROSE_END_RE.search(paragraph))


def clean_guarded(paragraphs: list[str], *, words: int | None = None, **kwargs: Any) -> Parts:
    """`clean_paragraphs`, undone for prose when boilerplate rules take most of the text.

    Each rule removes a short paragraph for a reason of its own, so the rules together taking
    over half of a text of some size (JUNK_GUARD_SHARE, JUNK_GUARD_MIN_WORDS) means they are
    misfiring on this text rather than that it is all boilerplate: the pass then runs again
    keeping every prose paragraph a rule would drop, and every paragraph dropped only for the
    heading before it. Repeats and title copies do not count:
    their words are kept elsewhere. `words`: the paragraphs' words, when the caller has
    counted them already.
    """
    parts = clean_paragraphs(paragraphs, **kwargs)
    total = sum(count_words(p) for p in paragraphs) if words is None else words
    if total >= P.JUNK_GUARD_MIN_WORDS and parts.rule_words() > P.JUNK_GUARD_SHARE * total:
        first = parts
        parts = clean_paragraphs(paragraphs, **kwargs, keep_prose=True)
        parts.guard_note = (
            f"junk guard: rules would have removed {first.rule_words()} of {total} words "
            f"({describe_removed(first.removed_words)}); rerun sparing {parts.guarded} prose "
            f"paragraph(s) and heading-led lists, {parts.rule_words()} words removed"
        )
    return parts


def clean_paragraphs(
    paragraphs: list[str],
    *,
    title: str | None = None,
    find_title: bool = True,
    dedup: str = "near",
    keep_prose: bool = False,
) -> Parts:
    """Drop junk and repeats from paragraphs; find title, wire-tag outlet and a dateline date.

    `title` is a known title (HTML metadata): lines repeating or rewording it are dropped. With
    `find_title`, the first non-junk short line before the body becomes the title when none is known.
    `dedup`: "near" drops every paragraph whose words were (almost) all seen before; "runs"
    drops only repeated runs of paragraphs (a doubled body), keeping isolated repeats.
    `keep_prose` (set by `clean_guarded`): boilerplate rules spare prose paragraphs, and the
    rules that drop a paragraph for what precedes it (a "Disclaimer:" or "Related" heading) are
    off.
    """
    parts = Parts(title=title)
    title_key = word_key(title) if title else None
    seen = _Seen()
    keys: list[tuple[str, ...]] = []  # word_key of each body paragraph, for drop_repeated_runs
    skip_next = after_related = False
    paragraphs = [piece for para in paragraphs for piece in cut_language_links(para, parts)]
    for i, para in enumerate(paragraphs):
        in_header = not parts.body and i < P.HEADER_LINES
        related = P.RELATED_TAIL_RE.search(para)
        if related and is_link_tail(related.group("tail") or ""):
            parts.drop("read_more", para[related.start():])
            para = para[: related.start()]
        if skip_next:  # the paragraph after a "Disclaimer:" heading is the disclaimer text
            skip_next = False
            if count_words(para) <= P.DISCLAIMER_MAX_WORDS and not keep_prose:
                parts.drop("disclaimer", para)
                continue
        if P.DISCLAIMER_HEAD_RE.match(para):
            skip_next = True
            parts.drop("disclaimer", para)
            continue
        rule = match_junk(para)
        if rule is None and in_header:
            if P.BARE_STATUS_RE.match(para):
                rule = "error_banner"
            elif is_date_line(para):
                rule = "date_line"
                parts.published = parts.published or find_date(para)
            elif P.BYLINE_RE.match(para):
                rule = "byline"
        if (
            rule is None
            and after_related
            and not keep_prose
            and P.LIST_ITEM_RE.match(para)
            and count_words(para) <= P.LINK_ITEM_MAX_WORDS
        ):
            rule = "read_more"  # a list of links right under a "Related:" / "Read more" heading
        if rule and keep_prose and is_prose(para):
            parts.guarded += 1
            rule = None
        after_related = rule == "read_more"
        if rule:
            parts.drop(rule, para)
            continue
        key = word_key(para)
        if not key:
            parts.drop("no_words", para)
            continue
        headline_like = (
            in_header and not P.TITLE_END_RE.search(para) and not P.PROSE_END_RE.search(para)
        )
        if title_key and (
            key == title_key or (headline_like and _is_title_variant(key, title_key))
        ):
            parts.drop("title_repeat", para)
            continue
        if (
            find_title
            and parts.title is None
            and not parts.body
            and looks_like_title(para, paragraphs[i + 1 :])
        ):
            parts.title, title_key = para, key
            continue
        if not parts.body:
            outlet, dateline, rest = strip_wire_tag(para)
            if outlet:
                parts.outlet = outlet
                parts.drop("wire_tag", para[: len(para) - len(rest)])
                if dateline:
                    parts.published = parts.published or find_date(dateline)
                    parts.dateline = parts.dateline or dateline
                para, key = rest, word_key(rest)
                if not key:  # the tag stood alone on its line
                    continue
        if dedup == "near":  # "runs" never asks `seen`: its repeats are found below
            if seen.is_repeat(key):
                parts.drop("repeat", para)
                continue
            seen.add(key)
        parts.body.append(para)
        keys.append(key)
    if dedup == "runs":
        parts.body = drop_repeated_runs(parts.body, parts.removed, parts.removed_words, keys)
    return parts


def drop_repeated_runs(
    paragraphs: list[str],
    removed: list[str],
    removed_words: dict[str, int] | None = None,
    keys: list[tuple[str, ...]] | None = None,
) -> list[str]:
    """Drop runs of consecutive paragraphs that repeat an earlier run in the same order.

    Only runs holding at least REPEAT_RUN_MIN prose paragraphs (long, ending a sentence) count:
    a doubled body, not a list whose short items legitimately recur (recipes, tables, headings).
    `keys`: the paragraphs' `word_key`s when the caller has them already.
    """
    if keys is None:
        keys = [word_key(p) for p in paragraphs]
    prose_flags = [
        len(k) >= P.REPEAT_PROSE_WORDS and bool(P.PROSE_END_RE.search(p))
        for k, p in zip(keys, paragraphs, strict=True)
    ]
    n, drop = len(keys), set()
    # Only distances at which some prose paragraph recurs (since its last copy) can start a run.
    last_at: dict[tuple[str, ...], int] = {}
    distances: set[int] = set()
    for i, (key, prose) in enumerate(zip(keys, prose_flags, strict=True)):
        if prose:
            if key in last_at:
                distances.add(i - last_at[key])
            last_at[key] = i
    for d in sorted(distances):
        i = d
        while i < n:
            j = i
            while j < n and keys[j] == keys[j - d] and (j - d) not in drop:
                j += 1
            if sum(prose_flags[i:j]) >= P.REPEAT_RUN_MIN:
                drop.update(range(i, j))
            i = j + 1
    removed.extend("repeat" for _ in drop)
    if removed_words is not None and drop:
        removed_words["repeat"] = removed_words.get("repeat", 0) + sum(
            count_words(paragraphs[i]) for i in drop
        )
    return [p for i, p in enumerate(paragraphs) if i not in drop]


def _is_prefix_variant(key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Equal up to a suffix or prefix ("Title | Site", a truncated description)."""
    short, long_ = sorted((key, other), key=len)
    return len(short) >= P.TITLE_MIN_WORDS + 1 and (
        long_[: len(short)] == short or long_[-len(short) :] == short
    )


def _is_title_variant(key: tuple[str, ...], title_key: tuple[str, ...]) -> bool:
    """A header line that is the title reworded a little ("HS Roundup" for "High School Roundup")."""
    if _is_prefix_variant(key, title_key):
        return True
    words, title_words = set(key), set(title_key)
    if len(words) < P.TITLE_MIN_WORDS:
        return False
    return len(words & title_words) >= P.TITLE_VARIANT_OVERLAP * max(len(words), len(title_words))


def clean_text(text: str) -> Cleaned:
    """Clean plain text scraped badly: banners, repeats and boilerplate out; title and outlet found.

    Encoding damage is repaired first (`fix_encoding`); `fixed_text` says whether it was.
    """
    text, fixed = fix_encoding(text)
    text = P.DOUBLED_APOSTROPHE_RE.sub("'", text)
    paragraphs = unwrap_lines(split_paragraphs(text))
    words_in = sum(count_words(p) for p in paragraphs)
    parts = clean_guarded(paragraphs, words=words_in)
    return Cleaned(
        title=parts.title,
        body="\n".join(parts.body),
        outlet=parts.outlet,
        published=parts.published,
        published_source="text" if parts.published else None,
        url=None,
        removed=parts.removed,
        removed_words=parts.removed_words,
        notes=guard_notes(parts),
        fixed_text=fixed,
        words_in=words_in,
        dateline=parts.dateline,
    )


def guard_notes(parts: Parts) -> list[str]:
    """The junk guard's note, if it had to rerun the pass."""
    return [parts.guard_note] if parts.guard_note else []


def describe_removed(removed_words: dict[str, int]) -> str:
    """"copyright 12 words, read_more 30 words": what each rule took out, largest first."""
    return ", ".join(
        f"{rule} {n} words" for rule, n in sorted(removed_words.items(), key=lambda kv: -kv[1])
    )
