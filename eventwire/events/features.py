"""Text views and trigger lexicon for the PLOVER event-type classifier.

An item is `(sentence, source span, target span)` with character spans. The classifier reads
three views of it: the sentence with both actors masked, the stretch from the first actor to the
second plus a few words after (where the event verb usually sits), and lexicon hits: which
PLOVER types the trigger words of that stretch point to.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.errors import Errors

Item = tuple[str, tuple[int, int], tuple[int, int]]

SOURCE_TOKEN = "srcx"
TARGET_TOKEN = "tgtx"
WORDS_AFTER = 4  # words after the second actor kept in the "between" view
MARK_RE = re.compile(r"<(/?)([st])>")
SPACE_RE = re.compile(r"\s+")
WORD_RE = re.compile(r"[a-z][a-z'-]*")

# Trigger stems per PLOVER training label (YIELD = CONCEDE + RETREAT). A word triggers a type when
# it starts with one of the stems; multi-word stems match on the lowercased text. Hand-written from
# the PLOVER manual (chapter 3) and the CAMEO2PLOVER names; used as features and as the
# lexicon-only baseline.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "AGREE": ("agree", "pledg", "promis", "vow to", "offer", "commit", "accept", "will ",
              "intend", "decid to", "plan to", "ready to", "willing", "signal", "propos"),
    "CONSULT": ("met ", "meet", "visit", "talk", "discuss", "consult", "confer", "negotiat",
                "mediat", "host", "phone", "call with", "spoke", "speak", "summit", "held talks",
                "receiv", "welcomed"),
    "SUPPORT": ("prais", "endors", "commend", "support", "back", "recogni", "congratul",
                "applaud", "hail", "thank", "lauded", "defend", "sign", "ratif", "approv",
                "apolog", "express condolence", "sympath"),
    "COOPERATE": ("cooperat", "co-operat", "collaborat", "joint", "war game", "exercise",
                  "share", "shared", "exchang", "extradit", "partner", "trade"),
    "AID": ("aid", "assist", "help", "donat", "provid", "deliver", "supplied", "supply",
            "sent ", "send", "grant", "fund", "loan", "rescu", "asylum", "relief", "vaccin",
            "gave", "give", "hand over", "handed over", "train"),
    "YIELD": ("releas", "freed", "free ", "let free", "pardon", "amnest", "withdr", "retreat",
              "pull out", "pulled out", "evacuat", "ceasefire", "cease-fire", "truce", "resign",
              "step down", "stepped down", "disarm", "lift", "eas", "allow", "permit", "conced",
              "concession", "back down", "reverse", "return", "hand back", "repatriat",
              "apologi", "regret", "acquit", "grant", "reinstat", "extend"),
    "REQUEST": ("ask", "urg", "request", "demand", "call on", "called on", "calls on",
                "called for", "call for", "appeal", "press", "plead", "seek", "sought",
                "invit", "petition", "insist"),
    "ACCUSE": ("accus", "condemn", "critici", "blam", "denounc", "alleg", "charg", "sue",
               "sued", "suing", "lawsuit", "investigat", "probe", "complain", "decr",
               "slam", "rebuk", "censur", "indict", "prosecut", "disapprov", "protest to"),
    "REJECT": ("reject", "refus", "deni", "deny", "declin", "dismiss", "veto", "oppos",
               "rebuff", "spurn", "turn down", "turned down", "block", "boycott talks",
               "ignor", "defy", "defied", "not ", "n't", "bar", "barred", "cancel"),
    "THREATEN": ("threat", "warn", "ultimatum", "vow", "menac", "would retaliat", "could face",
                 "risk"),
    "PROTEST": ("protest", "demonstrat", "rally", "rallied", "march", "strike", "picket",
                "riot", "sit-in", "hunger strike", "boycott", "blockad", "overthr"),
    "SANCTION": ("suspend", "sever", "cut ", "cut off", "halt", "freez", "froze", "expel",
                 "recall", "break off", "broke off", "ended", "end ", "terminat", "downgrad",
                 "convict", "fine", "fined", "withdrew", "withheld", "pulled", "embargo"),
    "MOBILIZE": ("mobili", "deploy", "alert", "troops", "buildup", "build-up", "mass",
                 "station", "dispatch", "patrol", "reinforc", "drill", "put on", "readiness"),
    "COERCE": ("arrest", "detain", "detent", "jail", "imprison", "sanction", "curfew",
               "impos", "ban", "banned", "confiscat", "seiz", "raid", "deport", "expel",
               "censor", "shut", "crack down", "cracked down", "crackdown", "restrict",
               "lockdown", "martial law", "state of emergency", "blacklist", "round up",
               "rounded up", "hack", "custody", "sentenc"),
    "ASSAULT": ("attack", "kill", "bomb", "shell", "shot", "shoot", "fire on", "fired",
                "strik", "struck", "airstrike", "air strike", "assault", "abduct", "kidnap",
                "massacr", "clash", "fought", "fight", "invad", "invasion", "raid", "ambush",
                "torture", "beat", "wound", "injur", "murder", "assassinat", "execut",
                "destroy", "target", "missile", "rocket", "stab", "battl", "combat", "hijack",
                "occupy", "occupied", "captur", "war against", "offensive"),
}
LEXICON_TYPES = tuple(TRIGGERS)
# One alternation per type, compiled once; stems match at a word start.
_TRIGGER_RE = {
    label: re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + ")")
    for label, stems in TRIGGERS.items()
}


def parse_marked(marked: str) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    """Strip <s>..</s> and <t>..</t> marks; return the plain sentence and the first span of each."""
    out: list[str] = []
    spans: dict[str, list[int]] = {}
    pos = 0
    length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, kind = m.group(1), m.group(2)
        if not closing and kind not in spans:
            spans[kind] = [length, length]
        elif closing and kind in spans and spans[kind][1] == spans[kind][0]:
            spans[kind][1] = length
    out.append(marked[pos:])
    text = "".join(out)
    src = tuple(spans["s"]) if "s" in spans and spans["s"][1] > spans["s"][0] else None
    tgt = tuple(spans["t"]) if "t" in spans and spans["t"][1] > spans["t"][0] else None
    return text, src, tgt  # type: ignore[return-value]


def check_cells(row: dict[Any, Any], line: int, path: str | Path, n_columns: int) -> None:
    """Raise ValueError (E022) naming the line where a `csv.DictReader` row has another cell
    count than its header: a short row reads None into its last columns, a long one keeps the
    rest under None; either shifts the cells, so the row's label is no label of the user's."""
    if None in row or None in row.values():
        n = sum(v is not None for k, v in row.items() if k is not None) + len(row.get(None) or ())
        raise ValueError(Errors.E022.format(line=line, path=path, n=n, m=n_columns))


def find_span(text: str, phrase: str) -> tuple[int, int] | None:
    """Character span of the first occurrence of `phrase` in `text` (case-insensitive), or None."""
    phrase = phrase.strip()
    if not phrase:
        return None
    i = text.find(phrase)
    if i < 0:
        i = text.lower().find(phrase.lower())
    return (i, i + len(phrase)) if i >= 0 else None


def _clean(text: str) -> str:
    return SPACE_RE.sub(" ", text).strip().lower()


def mask_actors(item: Item) -> str:
    """The sentence, lowercased, with the source and target spans replaced by placeholder words."""
    text, src, tgt = item
    spans = sorted(
        [(src, SOURCE_TOKEN), (tgt, TARGET_TOKEN)], key=lambda p: (p[0][0], p[0][1])
    )
    out: list[str] = []
    pos = 0
    for (start, end), token in spans:
        if end <= start or start < pos:  # empty, or overlaps the previous span: keep the first
            continue
        out.append(text[pos:start])
        out.append(f" {token} ")
        pos = end
    out.append(text[pos:])
    return _clean("".join(out))


def between_view(masked: str) -> str:
    """From the first actor placeholder to the second, plus a few words after it."""
    i, j = masked.find(SOURCE_TOKEN), masked.find(TARGET_TOKEN)
    if i < 0 or j < 0:
        k = max(i, j)
        if k < 0:
            return masked
        # One actor only: the words right after it (and before, for passives) carry the verb.
        words_before = masked[:k].split()[-WORDS_AFTER:]
        return " ".join(words_before + masked[k:].split()[: 2 * WORDS_AFTER + 1])
    a, b = sorted((i, j))
    after = masked[b:].split()[: WORDS_AFTER + 1]
    return masked[a:b] + " ".join(after)


# Where a stem can start: the labels with a stem beginning with these first characters (the
# length of the shortest stem). `lexicon_hits` tries a label's alternation only there.
_STEM_HEAD = min(len(s) for stems in TRIGGERS.values() for s in stems)
_LABELS_BY_HEAD: dict[str, list[str]] = {}
for _label, _stems in TRIGGERS.items():
    for _stem in _stems:
        _labels = _LABELS_BY_HEAD.setdefault(_stem[:_STEM_HEAD], [])
        if _label not in _labels:
            _labels.append(_label)
_BOUNDARY = re.compile(r"\b")


def lexicon_hits(text: str) -> dict[str, int]:
    """Number of trigger matches per PLOVER training label in already lowercased text.

    Counts what `findall` of each label's alternation counts (non-overlapping, leftmost
    first), but tries the alternation only at word boundaries where one of the label's stems
    begins: fifteen scans of the whole text cost more than the rest of the classifier's views.
    """
    padded = text + " "
    starts: dict[str, list[int]] = {}
    for m in _BOUNDARY.finditer(padded):
        p = m.start()
        for label in _LABELS_BY_HEAD.get(padded[p:p + _STEM_HEAD], ()):
            starts.setdefault(label, []).append(p)
    out = dict.fromkeys(_TRIGGER_RE, 0)
    for label, positions in starts.items():
        rx, n, end = _TRIGGER_RE[label], 0, 0
        for p in positions:
            if p >= end and (hit := rx.match(padded, p)) is not None:
                n, end = n + 1, hit.end()
        out[label] = n
    return out


def lexicon_tokens(between: str, masked: str) -> str:
    """Lexicon hits as pseudo-words: strong ones from the between view, weak ones elsewhere."""
    strong = lexicon_hits(between)
    weak = lexicon_hits(masked)
    words = [f"lexb_{k.lower()}" for k, n in strong.items() for _ in range(min(n, 2))]
    words += [f"lexs_{k.lower()}" for k, n in weak.items() if n]
    return " ".join(words)


def item_views(item: Item) -> tuple[str, str, str]:
    """The text views the classifier reads: masked sentence, between stretch, lexicon hits."""
    masked = mask_actors(item)
    between = between_view(masked)
    return masked, between, lexicon_tokens(between, masked)


def lexicon_label(item: Item, default: str) -> str:
    """Lexicon-only baseline: the type with most trigger hits between the actors, else anywhere."""
    masked = mask_actors(item)
    for text in (between_view(masked), masked):
        hits = lexicon_hits(text)
        best = max(LEXICON_TYPES, key=lambda k: hits[k])  # ties: dict order, cooperative first
        if hits[best]:
            return best
    return default


# The files of a linear model folder, as `write_weights` writes them and `read_weights` reads them.
WEIGHT_FILES = ("meta.json", "vocab.json", "weights.npz")


def read_weights(folder: str | Path, *, format_version: int, config: Any, views: list[str],
                 name: str, hint: str) -> tuple[dict[str, Any], dict[str, list[str]], np.ndarray,
                                                np.ndarray, list[np.ndarray]]:
    """(meta, vocabularies, coef, intercept, idf per view) of a linear model folder written by a
    trainer: meta.json, vocab.json, weights.npz. Refuses weights made with other settings."""
    folder = Path(folder)
    files = [folder / name for name in WEIGHT_FILES]
    if not all(f.is_file() for f in files):
        raise FileNotFoundError(Errors.E005.format(path=folder))
    meta = json.loads(files[0].read_text(encoding="utf-8"))
    if meta.get("format") != format_version or meta.get("config") != config:
        # Vectorizers are rebuilt from the code's views: other settings would misread weights.
        raise ValueError(Errors.E010.format(name=name, value=str(folder), hint=hint))
    vocabs = json.loads(files[1].read_text(encoding="utf-8"))
    with np.load(files[2]) as arrays:
        coef = arrays["coef"].astype(np.float32)
        intercept = arrays["intercept"].astype(np.float32)
        idfs = [arrays[f"idf_{view}"] for view in views]
    return meta, vocabs, coef, intercept, idfs


def write_weights(folder: str | Path, *, coef: np.ndarray, intercept: np.ndarray,
                  views: list[str], vectorizers: list[Any], meta: dict[str, Any]) -> Path:
    """Write the folder `read_weights` reads: weights.npz, vocab.json, meta.json."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    arrays = {"coef": coef, "intercept": intercept}
    vocabs: dict[str, list[str]] = {}
    for view, vec in zip(views, vectorizers, strict=True):
        arrays[f"idf_{view}"] = vec.idf_.astype(np.float32)
        vocabs[view] = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    np.savez_compressed(folder / "weights.npz", **arrays)
    (folder / "vocab.json").write_text(json.dumps(vocabs, ensure_ascii=False), encoding="utf-8")
    (folder / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return folder


# -- a view that learns no term ---------------------------------------------------------------
# A user's rows may hold no trigger-lexicon word (or, a handful of rows, no term seen twice), so
# a TF-IDF view fits no vocabulary; scikit-learn refuses that ("empty vocabulary"). Such a view
# trains as an EmptyView: no column for any text, saved as an empty vocabulary and read back
# as one, so the model trains on its other views and loads as any other.
EMPTY_VOCABULARY = ("empty vocabulary", "no terms remain")  # scikit-learn's two refusals


class EmptyView:
    """A fitted view without terms: `transform` gives zero columns."""

    def __init__(self) -> None:
        self.vocabulary_: dict[str, int] = {}
        self.idf_ = np.zeros(0, dtype=np.float32)

    def transform(self, texts: list[str]) -> Any:
        import scipy.sparse as sp

        return sp.csr_matrix((len(texts), 0), dtype=np.float32)


def fit_view(vec: Any, texts: list[str]) -> tuple[Any, Any]:
    """(the fitted view, the matrix of `texts`): `vec.fit_transform(texts)`, or an EmptyView
    where no term of `texts` is kept."""
    try:
        return vec, vec.fit_transform(texts)
    except ValueError as err:
        if not any(reason in str(err) for reason in EMPTY_VOCABULARY):
            raise
        empty = EmptyView()
        return empty, empty.transform(texts)


def load_view(make: Any, terms: list[str], idf: np.ndarray) -> Any:
    """The view saved as `terms` and `idf` (`make(vocabulary)` builds its vectorizer): an
    EmptyView where no term was saved."""
    if not terms:
        return EmptyView()
    vec = make({t: i for i, t in enumerate(terms)})
    vec.idf_ = idf  # the setter validates the vocabulary and builds the transformer
    return vec


def check_fit(labels: list[Any], n_features: int, *, what: str, hint: str) -> None:
    """Raise ValueError (E023) where a linear part cannot be fit: rows of fewer than two labels,
    or no feature any row gives (scikit-learn would raise with no word of the rows)."""
    kinds = sorted(set(map(str, labels)))
    if len(kinds) < 2:
        why = f"their {len(labels)} training rows are all of one label ({kinds[0]})" if kinds \
            else "they give it no training row"
        raise ValueError(Errors.E023.format(what=what, why=why, hint=hint))
    if n_features == 0:
        why = "no word or feature occurs in two of its training rows"
        raise ValueError(Errors.E023.format(what=what, why=why, hint=hint))
