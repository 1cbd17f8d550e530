"""Quantities in text: money, counts with their noun, durations and percentages."""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19, "a": 1, "an": 1, "a dozen": 12, "dozen": 12, "half": 0.5,
         "a half": 0.5, "half a": 0.5, "half an": 0.5, "a couple of": 2, "a couple": 2}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "bn": 1e9, "b": 1e9, "mn": 1e6, "mln": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12}
# Vague plurals: "dozens of people" is at least two dozen.
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
         "tens of thousands": 20000, "hundreds of thousands": 200000, "millions": 2e6,
         "billions": 2e9}
CURRENCY_PREFIX = {"us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
                   "₽": "RUB", "usd": "USD", "eur": "EUR", "gbp": "GBP", "a$": "AUD", "c$": "CAD"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                  "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "ruble": "RUB",
                  "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "yuan": "CNY",
                  "renminbi": "CNY", "yen": "JPY", "rupee": "INR", "rupees": "INR",
                  "lira": "TRY", "liras": "TRY", "riyal": "SAR", "riyals": "SAR",
                  "dinar": "IQD", "dinars": "IQD", "shekel": "ILS", "shekels": "ILS",
                  "usd": "USD", "eur": "EUR", "gbp": "GBP", "rub": "RUB", "cny": "CNY",
                  "jpy": "JPY", "inr": "INR", "try": "TRY", "hryvnia": "UAH", "hryvnias": "UAH",
                  "rials": "IRR", "rial": "IRR", "francs": "CHF", "won": "KRW"}
DURATION_UNITS = {"second": "seconds", "minute": "minutes", "hour": "hours", "day": "days",
                  "week": "weeks", "month": "months", "year": "years", "decade": "decades",
                  "century": "centuries", "centuries": "centuries"}
LOWER_BOUND = ("more than", "over", "at least", "above", "upwards of", "in excess of",
               "no fewer than", "no less than", "exceeding", "as many as", "greater than")
UPPER_BOUND = ("up to", "less than", "fewer than", "under", "below", "at most", "no more than",
               "not more than", "a maximum of")
APPROX = ("around", "about", "approximately", "nearly", "almost", "some", "roughly",
          "an estimated", "estimated", "close to", "approx.", "circa", "just over",
          "just under", "more or less")
QUALIFIERS = sorted(LOWER_BOUND + UPPER_BOUND + APPROX, key=len, reverse=True)
NOUN_STOP = frozenset("""
of in on at to from by for with and or but the a an that which who whom whose this these those
is are was were be been being have has had will would could should may might can do does did
as than per into over under about after before during since while when where if not no its
their his her our my your it they he she we you them there here said says also more most
today yesterday tonight now ago earlier later last next each every including
""".split())
# Plurals without an s: a phrase ends at them ("dozens of people including children").
IRREGULAR_PLURALS = frozenset({"people", "children", "men", "women", "police", "personnel",
                               "staff", "cattle", "sheep", "aircraft", "livestock"})
TIME_OF_DAY_RE = re.compile(r"\s?(?:a\.?m\.?|p\.?m\.?)(?!\w)", re.I)

_WORD_NUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|"
             r"four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|"
             r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
             r"nineteen|a dozen|a couple of|a couple|half an?|a half|an?(?= (?:hundred|thousand|"
             r"million|billion|hour|day|week|month|year|decade|minute|second|half)))")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s?(?:hundred|thousand|million|billion|trillion)\b|(?:bn|mn|mln|tn|m|b|k)\b)"
_CUR_PREFIX = r"(?:US\$|A\$|C\$|\$|€|£|¥|₹|₽|USD ?|EUR ?|GBP ?)"
# One number: optional currency, digits or words, "and a half", optional scale.
NUMBER_RE = re.compile(
    rf"(?P<cur>{_CUR_PREFIX})?(?P<num>{_DIGITS}|(?<![\w])(?i:{_WORD_NUM})(?:[ -](?i:{_WORD_NUM}))*(?![\w]))"
    rf"(?P<half>(?i: and a half))?(?P<scale>(?i:{_SCALE})(?:\s(?i:hundred|thousand|million|billion))?)?"
    r"(?![\w,]*\d)")
VAGUE_RE = re.compile(r"\b(?P<num>tens of thousands|hundreds of thousands|dozens|scores|hundreds|"
                      r"thousands|millions|billions)\b(?: of)?", re.I)
BETWEEN_RE = re.compile(r"(?i)\b(?:between|from)\s*$")
RANGE_SEP_RE = re.compile(r"\s*(?:-|–|—|to|and|or)\s*")
PERCENT_RE = re.compile(r"\s*(?:%|percent\b|per cent\b|percentage points?\b)", re.I)
DURATION_RE = re.compile(r"[\s-]*(?P<u>seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
                         r"decades?|centur(?:y|ies))\b(?P<old>-old)?", re.I)
CURRENCY_WORD_RE = re.compile(r"\s*(?:(?:US|U\.S\.|American|Canadian|Australian|Hong Kong) )?"
                              r"(?P<w>[A-Za-z]+)\b")
MONTH_NEAR_RE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$")
MONTH_AFTER_RE = re.compile(r"\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                            r"Sep|Oct|Nov|Dec)[a-z]*\b")
WORD_RE = re.compile(r"\s*([A-Za-z][A-Za-z'-]*)")


@dataclass(slots=True)
class Quantity:
    """A quantity mention: a value, or a min/max range, with its unit or counted noun."""

    kind: str  # money, count, duration, percent
    value: float | None
    min: float | None
    max: float | None
    unit: str | None  # ISO currency, duration unit ("hours"), "%"
    noun: str | None  # what is counted ("airstrikes")
    text: str
    start: int
    end: int


def words_to_number(words: str) -> float | None:
    """Value of a number in words ("forty-two", "two and a half", "a dozen")."""
    words = words.lower().strip()
    if words in UNITS:
        return float(UNITS[words])
    total = 0.0
    for part in re.split(r"[ -]+", words):
        if part in TENS:
            total += TENS[part]
        elif part in UNITS:
            total += UNITS[part]
        elif part == "dozen":
            total = (total or 1) * 12
        else:
            return None
    return total


def parse_number(m: re.Match[str]) -> float | None:
    """Value of a NUMBER_RE match, scale included."""
    raw = m.group("num")
    if raw[0].isdigit():
        value = float(raw.replace(",", ""))
    else:
        value = words_to_number(raw)
        if value is None:
            return None
    if m.group("half"):
        value += 0.5
    return value * scale_of(m)


def scale_of(m: re.Match[str]) -> float:
    """The multiplier a number's scale words give it ("billion" -> 1e9), 1 if none."""
    factor = 1.0
    for word in (m.group("scale") or "").lower().split():
        factor *= SCALES.get(word, 1)
    return factor


def _qualifier(text: str, start: int) -> tuple[str | None, int]:
    """The bound word before a number ("over", "up to", "around") and where it starts."""
    before = text[max(0, start - 25):start].lower()
    for q in QUALIFIERS:
        if re.search(rf"(?:^|\W){re.escape(q)}\s*$", before):
            return q, start - len(before) + before.rfind(q)
    return None, start


def _noun_after(text: str, pos: int) -> tuple[str | None, int]:
    """Head noun of the phrase after a count, and where that phrase ends."""
    words: list[tuple[str, int]] = []
    i = pos
    while len(words) < 4:
        m = WORD_RE.match(text, i)
        if not m or "\n" in text[i:m.start(1)]:
            break
        w = m.group(1)
        if w.lower() in NOUN_STOP:
            break
        words.append((w, m.end()))
        i = m.end()
        low = w.lower()
        if low in IRREGULAR_PLURALS or (low.endswith("s") and not low.endswith("ss")):
            break  # a plural closes the phrase: "40 ongoing investment projects"
    # Capitalised words may modify the noun ("300 Syrian soldiers") but are not the noun,
    # unless a plural ("thousands of Venezuelans").
    while words and words[-1][0][0].isupper() and not words[-1][0].endswith("s"):
        words.pop()
    if not words:
        return None, pos
    noun, end = words[-1]
    if noun.lower().endswith(("ed", "ing", "ly")):
        return None, pos
    return noun.lower(), end


def _is_date_or_id(text: str, m: re.Match[str], value: float) -> bool:
    """True for numbers that are years, days of a date, times or parts of names."""
    s, e = m.start(), m.end()
    raw = m.group("num")
    prev = text[s - 1] if s else " "
    if prev.isalnum() or prev in "-/:." or text[e:e + 1] in ":/":
        return True  # F-16, COVID-19, 10:30, 3/4
    if raw[0].isdigit() and text[e:e + 2].lower() in ("st", "nd", "rd", "th"):
        return True  # ordinals: "the 4th"
    if raw[0].isdigit() and TIME_OF_DAY_RE.match(text, e):
        return True  # "4pm", "5 p.m."
    if m.group("cur"):
        return False
    if raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100 and not m.group("scale"):
        return True  # a year
    if raw.isdigit() and (MONTH_NEAR_RE.search(text[max(0, s - 12):s]) or MONTH_AFTER_RE.match(text, e)):
        return True  # "October 4", "4 October"
    # "Resolution 2254", "Article 5": a capitalised word right before a bare number names it.
    pw = re.search(r"([A-Za-z]+) $", text[max(0, s - 20):s])
    if not (raw[0].isdigit() and pw and pw.group(1)[0].isupper()):
        return False
    return not _sentence_start(text, s - len(pw.group()))


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?\n\"'“"


def extract_quantities(text: str) -> list[Quantity]:
    """Money, counts, durations and percentages mentioned in text, in order."""
    out: list[Quantity] = []
    pos = 0
    matches = [m for m in NUMBER_RE.finditer(text) if m.group("num").strip()]
    i = 0
    while i < len(matches):
        m = matches[i]
        i += 1
        if m.start() < pos:
            continue
        value = parse_number(m)
        if value is None or _is_date_or_id(text, m, value):
            continue
        raw = m.group("num").lower()
        start, end = m.start(), m.end()
        if raw in ("a", "an") and out and text[out[-1].end:start].strip() == "":
            continue  # "$1 billion a year" is a rate, not a duration
        currency = CURRENCY_PREFIX.get((m.group("cur") or "").strip().lower())
        lo = hi = None
        # A range: "$650 million to $1 billion", "5-10 percent", "between 20 and 30".
        m2 = matches[i] if i < len(matches) else None
        between = BETWEEN_RE.search(text[max(0, start - 9):start])
        if m2 is not None and RANGE_SEP_RE.fullmatch(text, end, m2.start()):
            joined_by_and = text[end:m2.start()].strip() in ("and", "or")
            v2 = parse_number(m2)
            if v2 is not None and (between or not joined_by_and):
                if not m.group("scale"):
                    value *= scale_of(m2)  # "$5-10 billion": the scale is shared
                if v2 > value:
                    lo, hi, end = value, v2, m2.end()
                    currency = currency or CURRENCY_PREFIX.get((m2.group("cur") or "").strip().lower())
                    i += 1
        if between and lo is not None:
            start -= len(between.group())
        qual, qstart = _qualifier(text, start)
        if qual:
            start = qstart
        kind, unit, noun = "count", None, None
        rest = end
        pm = PERCENT_RE.match(text, end)
        dm = DURATION_RE.match(text, end)
        cm = CURRENCY_WORD_RE.match(text, end)
        if currency:
            kind, unit = "money", currency
            if cm and CURRENCY_WORDS.get(cm.group("w").lower()) and not cm.group("w").isupper():
                rest = cm.end()
        elif cm and cm.group("w").lower() in CURRENCY_WORDS and (cm.group("w").islower() or cm.group("w").isupper()):
            kind, unit, rest = "money", CURRENCY_WORDS[cm.group("w").lower()], cm.end()
        elif pm:
            kind, unit, rest = "percent", "%", pm.end()
        elif dm and not (raw in ("a", "an") and dm.group("u").lower().endswith("s")):
            u = dm.group("u").lower()
            kind, rest = "duration", dm.end()
            unit = DURATION_UNITS.get(u.rstrip("s"), DURATION_UNITS.get(u, u))
        else:
            if raw in ("a", "an", "half", "a half") or (raw == "one" and not m.group("scale")):
                continue  # articles and "one of them" are not counts
            noun, rest = _noun_after(text, end)
            if noun is None and not (m.group("scale") or qual):
                # A bare number with nothing counted is a score, a rank or a code.
                if not re.match(r"\s+(?:people|killed|dead|wounded|injured)", text[end:]):
                    continue
        q = Quantity(kind=kind, value=None, min=lo, max=hi, unit=unit, noun=noun,
                     text=text[start:rest].strip(), start=start, end=rest)
        if lo is None:
            if qual in LOWER_BOUND:
                q.min = value
            elif qual in UPPER_BOUND:
                q.max = value
            else:
                q.value = value
        out.append(q)
        pos = rest
    out.extend(_vague_counts(text, out))
    return sorted(out, key=lambda q: q.start)


def _vague_counts(text: str, found: list[Quantity]) -> list[Quantity]:
    """'dozens of people', 'thousands of troops': a lower bound with its noun."""
    out = []
    for m in VAGUE_RE.finditer(text):
        if any(q.start <= m.start() < q.end for q in found):
            continue
        noun, end = _noun_after(text, m.end())
        key = m.group("num").lower()
        out.append(Quantity(kind="count", value=None, min=float(VAGUE[key]), max=None, unit=None,
                            noun=noun, text=text[m.start():end].strip(), start=m.start(),
                            end=end if noun else m.end()))
    return out


# PLOVER `size` (manual table 6.4: dead, injured, arrested; participants as its protest
# extension suggests). A count belongs to a size when a cue word governs it: a verb just before
# it ("killing one person", "arresting 12") or a word in its own phrase after it ("12 people
# were killed", "five wounded", "thousands of protesters").
SIZE_CUES_BEFORE = {
    "dead": ("killing", "killed", "kill", "kills", "executing", "executed", "massacring",
             "massacred", "claimed the lives of", "death toll rose to", "death toll of",
             "death toll at", "toll rose to", "toll of"),
    "injured": ("wounding", "wounded", "injuring", "injured", "hurting", "hurt", "maiming",
                "maimed"),
    "arrested": ("arresting", "arrested", "detaining", "detained", "rounding up", "rounded up",
                 "jailing", "jailed", "apprehending", "apprehended", "seizing", "abducting",
                 "abducted", "kidnapping", "kidnapped"),
    "participants": ("drew", "drawing", "mobilising", "mobilizing", "mobilised", "mobilized"),
}
SIZE_CUES_AFTER = {
    "dead": ("killed", "shot dead", "dead", "died", "dies", "deaths", "fatalities", "bodies", "lives",
             "were slain", "slain", "perished", "executed", "massacred", "lost their lives"),
    "injured": ("wounded", "injured", "hurt", "injuries", "casualties"),
    "arrested": ("arrested", "detained", "arrests", "detentions", "detainees", "rounded up",
                 "taken into custody", "in custody", "held", "apprehended", "abducted",
                 "kidnapped"),
    "participants": ("protesters", "protestors", "demonstrators", "marchers", "strikers",
                     "rallied", "marched", "protested", "demonstrated", "gathered", "took to"),
}
# Participants are counted only for events of these types.
PARTICIPANT_EVENTS = frozenset({"PROTEST"})
# Modifiers that may stand between a cue verb and its count ("killing at least 12").
_SIZE_MODIFIER = r"(?:(?:at least|as many as|more than|over|about|around|nearly|almost|some|an estimated|up to|another|a further|)\s*)"
SIZE_BEFORE_RE = {
    kind: re.compile(rf"(?i)\b(?:{'|'.join(re.escape(c) for c in cues)})\s+{_SIZE_MODIFIER}$")
    for kind, cues in SIZE_CUES_BEFORE.items()
}
SIZE_AFTER_RE = {
    kind: re.compile(rf"(?i)\b(?:{'|'.join(re.escape(c) for c in cues)})\b")
    for kind, cues in SIZE_CUES_AFTER.items()
}
# One person named with an article, then a passive or intransitive cue: "A Palestinian prisoner
# died", "a prominent journalist has been killed". Active verbs ("an air strike killed") say
# nothing about how many died, so they are not cues here.
SINGULAR_SIZE_RE = {
    "dead": re.compile(r"(?i)\b(?:a|an)\s+(?:[\w'-]+\s+){1,4}?(?:died|(?:was |has been |had been )"
                       r"(?:killed|shot dead|slain))\b"),
    "injured": re.compile(r"(?i)\b(?:a|an)\s+(?:[\w'-]+\s+){1,4}?(?:was |has been |had been )"
                          r"(?:wounded|injured|hurt)\b"),
    "arrested": re.compile(r"(?i)\b(?:a|an)\s+(?:[\w'-]+\s+){1,4}?(?:was |has been |had been )"
                           r"(?:arrested|detained|abducted|kidnapped)\b"),
}
# The phrase after a count ends at a clause break: "one person and arresting 12".
SIZE_PHRASE_END_RE = re.compile(r"(?i)[,;:.()]|\b(?:and|but|while|whereas|after|before|including)\b")
SIZE_PHRASE_WORDS = 5


def _size_kind(text: str, start: int, end: int, kinds: tuple[str, ...]) -> str | None:
    """Which size a count at text[start:end] gives: the cue verb before it, else its phrase's cue."""
    before = text[max(0, start - 40):start]
    for kind in kinds:
        if SIZE_BEFORE_RE[kind].search(before):
            return kind
    after = text[end:]
    stop = SIZE_PHRASE_END_RE.search(after)
    phrase = " ".join((after[:stop.start()] if stop else after).split()[:SIZE_PHRASE_WORDS])
    hits = [(m.start(), kind) for kind in kinds if (m := SIZE_AFTER_RE[kind].search(phrase))]
    return min(hits)[1] if hits else None


def extract_sizes(text: str, event: str | None = None) -> dict[str, int]:
    """PLOVER size of a sentence: dead, injured, arrested (and participants for a PROTEST).

    A kind named by several counts keeps the largest: a total and its breakdown ("12 killed,
    including 3 children") are often both given. Vague counts ("dozens of protesters") give their
    lower bound; one person with an article ("a journalist was killed") gives 1.
    """
    kinds = ("dead", "injured", "arrested") + (("participants",) if event in PARTICIPANT_EVENTS else ())
    found: dict[str, int] = {}
    spans: list[tuple[int, int, float]] = []
    for m in NUMBER_RE.finditer(text):
        if not m.group("num").strip() or m.group("cur"):
            continue
        value = parse_number(m)
        if value is None or value < 1 or value != int(value) or _is_date_or_id(text, m, value):
            continue
        if PERCENT_RE.match(text, m.end()) or DURATION_RE.match(text, m.end()):
            continue
        spans.append((m.start(), m.end(), value))
    for m in VAGUE_RE.finditer(text):
        if not any(s <= m.start() < e for s, e, _ in spans):
            spans.append((m.start(), m.end(), float(VAGUE[m.group("num").lower()])))
    for start, end, value in spans:
        kind = _size_kind(text, start, end, kinds)
        if kind is not None:
            found[kind] = max(found.get(kind, 0), int(value))
    for kind, pattern in SINGULAR_SIZE_RE.items():
        if kind not in found and pattern.search(text):
            found[kind] = 1
    return {k: found[k] for k in kinds if k in found}
