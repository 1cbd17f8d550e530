"""Event dates from a sentence, relative to the publication date; publication dates from text."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "a few": 3, "several": 3, "a couple of": 2}

# Month names are matched capitalised only, so that the verb "may" and "march" stay words.
MONTH = (r"(?P<{g}>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
         r"June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
         r"Dec(?:ember|\.)?)(?![a-z])")
YEAR = r"(?P<{g}>(?:19|20)\d\d)(?!\d)"
DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
PART = r"(?P<part>(?i:early|mid|late|the (?:beginning|start|end|middle) of|end of|the end of))[- ]?"


M1 = MONTH.format(g="m")
D1 = DAY.format(g="d")
Y1, Y2 = YEAR.format(g="y"), YEAR.format(g="y2")

# Ordered: the first pattern that matches at a position wins, so specific forms come first.
ISO_DATE_RE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
DAY_MONTH_YEAR_RE = re.compile(rf"\b{D1}(?: of)? {M1},? {Y1}")
MONTH_DAY_YEAR_RE = re.compile(rf"\b{M1} {D1}(?:st|nd|rd|th)?,? {Y1}")
DAY_MONTH_RE = re.compile(rf"\b{D1}(?: of)? {M1}(?!,? \d)")
MONTH_DAY_RE = re.compile(rf"\b{M1} {D1}\b(?!,? \d)")
MONTH_RANGE_YEAR_RE = re.compile(
    rf"\b(?i:between|from) (?:{PART})?{M1}(?: {Y2})? (?:and|to|until|through) {MONTH.format(g='m3')},? {Y1}")
YEAR_RANGE_RE = re.compile(
    rf"\b(?i:between|from) {Y1} (?:and|to|until|through) {Y2}(?!\d)")
YEAR_DASH_RE = re.compile(rf"\b{Y1}\s?[-–]\s?{Y2}(?!\d)")
SINCE_RE = re.compile(
    rf"\b(?i:since|starting in|starting from|beginning in) (?:{PART})?(?:{M1},? ?)?(?:{Y1})?")
MONTH_YEAR_RE = re.compile(rf"(?:\b{PART})?\b{M1},? {Y1}")
YEAR_PART_RE = re.compile(rf"\b(?i:in |during |by |of )?{PART}{Y1}")
YEAR_RE = re.compile(rf"\b(?i:in|during|by|since|of|until|year|early|late|mid)[ -]{Y1}(?![-/]\d)")
MONTH_ONLY_RE = re.compile(
    rf"(?:\b(?i:in|on|during|since|until|by|last|this|earlier in|later in|early|mid|late|the|"
    rf"the end of|the start of|the beginning of)[ -]|['’]s ){M1}(?!,? ?\d)")
REL_DAY_RE = re.compile(r"\b(?P<w>yesterday|today|tonight|this morning|this afternoon|"
                        r"this evening|last night|the day before yesterday)\b", re.I)
WEEKDAY_RE = re.compile(r"\b(?P<last>last |this |on |early |late )?(?P<wd>Monday|Tuesday|Wednesday|"
                        r"Thursday|Friday|Saturday|Sunday)(?P<tod> morning| afternoon| evening| night)?")
AGO_RE = re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                    r"twelve|a few|several|a couple of) (?P<u>day|week|month|year)s? ago\b", re.I)
REL_PERIOD_RE = re.compile(
    r"\b(?P<since>since )?(?P<rel>earlier this|later this|this|last|past|previous|early last|late last|"
    r"earlier last|the previous|the past) (?P<u>week|month|year)\b", re.I)
# Datelines and labels that say when a text was published.
PUBLISHED_LABEL_RE = re.compile(
    r"(?:Published|Posted|Updated|Date|First published|Last updated)(?: on)?\s*:?\s*"
    r"(?:[A-Z][a-z]+day,?\s*)?(?P<date>.{6,40})", re.I)
NUMERIC_DATE_RE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
# A publication date as metadata gives it: YYYY, YYYY-MM or YYYY-MM-DD, maybe with a time.
ISO_PUBLISHED_RE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?:[T ]\S.*)?$")
# Years a publication date may have: outside them a date is a typo or an attack, and relative
# dates computed from it ("yesterday" of year 1) would leave the calendar.
PUBLISHED_YEARS = range(1800, 2200)
PATTERNS_DAY = (ISO_DATE_RE, DAY_MONTH_YEAR_RE, MONTH_DAY_YEAR_RE)


@dataclass(slots=True)
class DateRef:
    """A resolved date: ISO string at its precision, and a range where the text gives one."""

    date: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # day, month, year
    start: str | None
    end: str | None
    text: str | None  # the words it came from


def valid_published(value: str | None) -> str | None:
    """A given publication date as ISO (YYYY-MM-DD, YYYY-MM or YYYY), or None if it is no real
    date ("garbage", "2025-13-45") or outside PUBLISHED_YEARS; a time part is dropped."""
    value = (value or "").strip()
    m = ISO_PUBLISHED_RE.match(value)
    if m is None:
        found = _first_full_date(value[:200])  # "June 1, 2025", "1 June 2025"
        return found if found and int(found[:4]) in PUBLISHED_YEARS else None
    y, mm, d = int(m["y"]), int(m["m"] or 1), int(m["d"] or 1)
    if y not in PUBLISHED_YEARS or _safe_date(y, mm, d) is None:
        return None
    return value[: 10 if m["d"] else 7 if m["m"] else 4]


def parse_iso(value: str | None) -> date | None:
    """A date from an ISO string (date or datetime); None if absent, unreadable or implausible."""
    if not value or valid_published(value[:10]) is None:
        return None
    # A publication date known to the month or year stands for its middle, so relative
    # forms still resolve ("earlier this month"); results are then capped at that precision.
    if re.fullmatch(r"\d{4}-\d{2}", value):
        value += "-15"
    elif re.fullmatch(r"\d{4}", value):
        value += "-07-01"
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def month_number(name: str) -> int:
    """1..12 from a month name or abbreviation."""
    return MONTHS[name.lower().rstrip(".")]


def month_end(y: int, m: int) -> date:
    """The last day of a month."""
    return date(y, m, calendar.monthrange(y, m)[1])


def part_bounds(part: str | None, y: int, m: int | None) -> tuple[date, date]:
    """First and last day of a year or month, narrowed by early / mid / late."""
    if m is None:
        first, last = date(y, 1, 1), date(y, 12, 31)
        thirds = [(1, 4), (5, 8), (9, 12)]
    else:
        first, last = date(y, m, 1), month_end(y, m)
        thirds = []
    if not part:
        return first, last
    part = part.lower()
    idx = 0 if ("early" in part or "beginning" in part or "start" in part) else (
        2 if ("late" in part or "end" in part) else 1)
    if thirds:
        a, b = thirds[idx]
        return date(y, a, 1), month_end(y, b)
    spans = [(1, 10), (11, 20), (21, last.day)]
    a, b = spans[idx]
    return date(y, m, a), date(y, m, b)


def recent_month(m: int, pub: date | None) -> int | None:
    """Year of the most recent month m not after publication."""
    if pub is None:
        return None
    return pub.year if m <= pub.month else pub.year - 1


def _day(d: date, text: str, start: date | None = None, end: date | None = None) -> DateRef:
    return DateRef(d.isoformat(), "day", start and start.isoformat(), end and end.isoformat(), text)


def _month(y: int, m: int, text: str, start: date | None = None,
           end: date | None = None) -> DateRef:
    _check_year(y)
    return DateRef(f"{y:04d}-{m:02d}", "month", start and start.isoformat(),
                   end and end.isoformat(), text)


def _year(y: int, text: str, start: date | None = None, end: date | None = None) -> DateRef:
    _check_year(y)
    return DateRef(f"{y:04d}", "year", start and start.isoformat(), end and end.isoformat(), text)


def _check_year(y: int) -> None:
    """ValueError for a year the calendar lacks ("5000 years ago"), as date() raises for days."""
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError(f"year {y} is out of range")


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def match_absolute(m: re.Match[str], pat: re.Pattern[str], pub: date | None) -> DateRef | None:
    """A DateRef from an absolute or month-name pattern."""
    g = m.groupdict()
    text = re.sub(r"^['’]s\s+", "", m.group().strip())
    if pat in PATTERNS_DAY:
        mm = int(g["m"]) if pat is ISO_DATE_RE else month_number(g["m"])
        d = _safe_date(int(g["y"]), mm, int(g["d"]))
        return _day(d, text) if d else None
    if pat in (DAY_MONTH_RE, MONTH_DAY_RE):
        if pub is None:
            return None
        mm = month_number(g["m"])
        y = recent_month(mm, pub)
        d = _safe_date(y, mm, int(g["d"]))
        if d and d > pub:  # same month, later day: last year's
            d = _safe_date(y - 1, mm, int(g["d"]))
        return _day(d, text) if d else None
    if pat is MONTH_RANGE_YEAR_RE:
        y = int(g["y"])
        m1, m3 = month_number(g["m"]), month_number(g["m3"])
        y1 = int(g["y2"]) if g.get("y2") else (y if m1 <= m3 else y - 1)
        start, _ = part_bounds(g.get("part"), y1, m1)
        return _month(y1, m1, text, start, month_end(y, m3))
    if pat in (YEAR_RANGE_RE, YEAR_DASH_RE):
        y1, y2 = int(g["y"]), int(g["y2"])
        if not y1 < y2 <= y1 + 50:
            return None
        return _year(y1, text, date(y1, 1, 1), date(y2, 12, 31))
    if pat is SINCE_RE:
        end = pub.isoformat() if pub else None
        if g.get("y"):
            y = int(g["y"])
            if g.get("m"):
                mm = month_number(g["m"])
                start, _ = part_bounds(g.get("part"), y, mm)
                return DateRef(f"{y:04d}-{mm:02d}", "month", start.isoformat(), end, text)
            start, _ = part_bounds(g.get("part"), y, None)
            return DateRef(f"{y:04d}", "year", start.isoformat(), end, text)
        if g.get("m") and pub:
            mm = month_number(g["m"])
            y = recent_month(mm, pub)
            start, _ = part_bounds(g.get("part"), y, mm)
            return DateRef(f"{y:04d}-{mm:02d}", "month", start.isoformat(), end, text)
        return None
    if pat is MONTH_YEAR_RE:
        y, mm = int(g["y"]), month_number(g["m"])
        if g.get("part"):
            start, end = part_bounds(g["part"], y, mm)
            return _month(y, mm, text, start, end)
        return _month(y, mm, text)
    if pat is YEAR_PART_RE:
        y = int(g["y"])
        start, end = part_bounds(g["part"], y, None)
        return _year(y, text, start, end)
    if pat is YEAR_RE:
        return _year(int(g["y"]), text)
    if pat is MONTH_ONLY_RE:
        if pub is None:
            return None
        mm = month_number(g["m"])
        y = recent_month(mm, pub)
        if text.lower().startswith("last ") and mm == pub.month:
            y -= 1
        return _month(y, mm, text)
    return None


def match_relative(m: re.Match[str], pat: re.Pattern[str], pub: date) -> DateRef | None:
    """A DateRef from a form that only makes sense relative to publication."""
    g = m.groupdict()
    text = m.group().strip()
    if pat is REL_DAY_RE:
        w = g["w"].lower()
        back = 2 if w.startswith("the day before") else (
            1 if w in ("yesterday", "last night") else 0)
        return _day(pub - timedelta(days=back), text)
    if pat is WEEKDAY_RE:
        wd = WEEKDAYS[g["wd"].lower()]
        back = (pub.weekday() - wd) % 7
        if (g.get("last") or "").strip() == "last" and back == 0:
            back = 7
        return _day(pub - timedelta(days=back), text)
    if pat is AGO_RE:
        n_raw = g["n"].lower()
        n = int(n_raw) if n_raw.isdigit() else NUMBER_WORDS[n_raw]
        unit = g["u"].lower()
        if unit == "day":
            return _day(pub - timedelta(days=n), text)
        if unit == "week":
            d = pub - timedelta(weeks=n)
            return _day(d, text, d - timedelta(days=d.weekday()),
                        d + timedelta(days=6 - d.weekday()))
        if unit == "month":
            y, mm = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return _month(y, mm + 1, text)
        return _year(pub.year - n, text)
    if pat is REL_PERIOD_RE:
        rel, unit = g["rel"].lower(), g["u"].lower()
        if g.get("since"):  # "since last year": from then until publication
            ref = match_relative(REL_PERIOD_RE.match(text[len(g["since"]):]), pat, pub)
            if ref is not None:
                ref.end = pub.isoformat()
                ref.text = text
            return ref
        last = "last" in rel or "previous" in rel or "past" in rel
        if unit == "week":
            # A week has no precision of its own: the week's Monday, with the week as range.
            monday = pub - timedelta(days=pub.weekday() + (7 if last else 0))
            end = min(monday + timedelta(days=6), pub)
            return _day(monday, text, monday, end)
        if unit == "month":
            y, mm = (pub.year, pub.month)
            if last:
                y, mm = (y, mm - 1) if mm > 1 else (y - 1, 12)
            end = pub if (y, mm) == (pub.year, pub.month) else month_end(y, mm)
            return _month(y, mm, text, date(y, mm, 1), end)
        y = pub.year - 1 if last else pub.year
        end = pub if y == pub.year else date(y, 12, 31)
        return _year(y, text, date(y, 1, 1), end)
    return None


ABSOLUTE = (ISO_DATE_RE, MONTH_RANGE_YEAR_RE, SINCE_RE, DAY_MONTH_YEAR_RE, MONTH_DAY_YEAR_RE,
            YEAR_RANGE_RE, YEAR_DASH_RE, MONTH_YEAR_RE, YEAR_PART_RE, DAY_MONTH_RE, MONTH_DAY_RE,
            MONTH_ONLY_RE, YEAR_RE)
RELATIVE = (REL_DAY_RE, AGO_RE, REL_PERIOD_RE, WEEKDAY_RE)
# The absolute patterns that can match a sentence without a digit, in ABSOLUTE's order: every
# other one needs a year (Y1) or a day number (D1), or is ISO_DATE_RE, so `find_date_refs`
# need not run it over such a sentence (most sentences of news have no date in digits).
DIGITLESS_ABSOLUTE = (SINCE_RE, MONTH_ONLY_RE)
DIGIT_RE = re.compile(r"\d")  # the patterns' own \d: any Unicode decimal digit


def find_date_refs(sentence: str, published: str | None) -> list[tuple[int, int, DateRef]]:
    """Every date expression in a sentence (non-overlapping, earliest pattern wins)."""
    pub = parse_iso(published)
    found: list[tuple[int, int, DateRef]] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    absolute = ABSOLUTE if DIGIT_RE.search(sentence) else DIGITLESS_ABSOLUTE
    for pat in absolute + (RELATIVE if pub else ()):
        for m in pat.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            try:
                ref = (match_absolute(m, pat, pub) if pat in ABSOLUTE
                       else match_relative(m, pat, pub))  # type: ignore[arg-type]
            except (OverflowError, ValueError):
                # Arithmetic off the calendar ("99999999999 days ago", "last year" in year 1):
                # the words name no date there is.
                continue
            if ref is not None:
                found.append((m.start(), m.end(), ref))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f[0])


def resolve_event_date(sentence: str, published: str | None, trigger: int | None = None) -> DateRef | None:
    """The date a sentence gives its event, relative to publication; None if it names none.

    With `trigger` (the event word's offset in the sentence) the date expression nearest to
    it wins: in "Earlier this month X made a visit, the first since the fall in December
    2024", the visit is this month, not December 2024.
    """
    refs = find_date_refs(sentence, published)
    if not refs:
        return None
    pub = parse_iso(published)
    # Dates after publication are forecasts or deadlines, not when the event happened.
    past = [r for r in refs if pub is None or r[2].date <= pub.isoformat()] or refs
    best = past[0] if trigger is None else min(
        past, key=lambda r: min(abs(r[0] - trigger), abs(r[1] - trigger)))
    if publication_rank(published) == PRECISION_RANK["day"]:
        return best[2]  # `cap_precision` caps nothing: no need to tell an absolute date
    absolute = {(a, b) for a, b, _ in find_date_refs(sentence, None)}
    return best[2] if (best[0], best[1]) in absolute else cap_precision(best[2], published)


PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


def publication_rank(published: str | None) -> int:
    """The precision of a publication date (YYYY, YYYY-MM, else day) as its PRECISION_RANK."""
    return {4: 0, 7: 1}.get(len(published or ""), 2)


def cap_precision(ref: DateRef, published: str | None) -> DateRef:
    """A date relative to a month-precise publication date is itself only month-precise."""
    pub_rank = publication_rank(published)
    if pub_rank == 2:
        return ref
    # The range, computed from a stand-in day of the publication month, would be invented.
    if pub_rank == 1:
        return DateRef(ref.date[:7], "month", None, None, ref.text)
    return DateRef(ref.date[:4], "year", None, None, ref.text)


def infer_published(text: str) -> str | None:
    """Publication date (YYYY-MM-DD) from a dateline or a 'Published:' label near the top."""
    head = text[:3000]
    for m in PUBLISHED_LABEL_RE.finditer(head):
        day = _first_full_date(m.group("date")) or _parse_numeric_date(m.group("date"))
        if day:
            return day
    # A dateline: "WASHINGTON, Oct. 21, 2025 —" or a full date in the first lines.
    return _first_full_date(text[:600])


def _parse_numeric_date(text: str) -> str | None:
    """A labelled date in numeric or other forms ("21/10/2025", "2025.10.21"), via dateparser."""
    m = NUMERIC_DATE_RE.search(text)
    if not m:
        return None
    import dateparser  # slow to import; needed only for this fallback

    parsed = dateparser.parse(m.group(), settings={"STRICT_PARSING": True,
                                                   "REQUIRE_PARTS": ["day", "month", "year"],
                                                   "DATE_ORDER": "DMY"})
    return valid_published(parsed.date().isoformat()) if parsed else None


def _first_full_date(text: str) -> str | None:
    best: tuple[int, str] | None = None
    for pat in PATTERNS_DAY:
        m = pat.search(text)
        if m:
            ref = match_absolute(m, pat, None)
            if ref and (best is None or m.start() < best[0]):
                best = (m.start(), ref.date)
    return best[1] if best else None


def estimate_published(text: str, *, today: date | None = None) -> DateRef | None:
    """Best guess of when an undated article was written, from the dates it mentions.

    First a dateline or 'Published:' label (day precision). Otherwise an article is written
    no earlier than the latest past date it mentions: the latest month or year named with
    its year, moved on to a later month named without a year ("the October talks") in that
    same year. Dates after `today` are forecasts and are ignored.
    """
    day = infer_published(text)
    if day:
        return DateRef(day, "day", None, None, "dateline")
    limit = (today or date.today()).isoformat()
    refs = [ref for _, _, ref in find_date_refs(text, None) if ref.date <= limit]
    if not refs:
        return None
    latest = max(refs, key=lambda r: (r.date, r.precision == "day"))
    year = int(latest.date[:4])
    month = int(latest.date[5:7]) if len(latest.date) >= 7 else 0
    bare = [month_number(m.group("m")) for m in MONTH_ONLY_RE.finditer(text)]
    later = [m for m in bare if m > month and f"{year:04d}-{m:02d}" <= limit]
    if later:
        return _month(year, max(later), "latest month mentioned")
    return latest
