"""Learned event decisions: candidate (source, recipient-or-none) pairs typed by a trained model.

The rule coder (coder.py) only codes what its trigger lexicon and argument rules license. This
module decides the rest with a model: for every verb of a parsed sentence whose subject (or
passive agent) can be an actor, each actor among its objects, passive subject and prepositional
objects makes a candidate pair, and so does the subject alone (one-argument events: "protesters
marched", "police opened fire"). A multinomial logistic regression over the PLOVER types plus an
explicit `NONE` class reads each pair: TF-IDF words of the sentence with the actors masked, of
the stretch between them, the trigger-lexicon hits (features.py), and parse features of the
pair (the verb's lemma, how each actor attaches, voice, what kind of actor each one is).

Training rows come from labelled pairs (PLOVER TSV rows with a marked source and target, and
ACE pairs of `AW_train.tsv` mapped to PLOVER types or to NONE): the candidate pair that matches
the gold pair gets its type, the gold source alone gets it too (the same event with its
recipient left unnamed), and every other candidate of the same sentence, the reversed pair
included (unless the type is symmetric), is a NONE row. Weights are plain arrays (`weights.npz`,
`vocab.json`, `meta.json` in `resources/pairs/`), written by `scripts/train_coder.py`.

The coder keeps its rules' events and vetoes (negation, threats, denials, hypotheticals are
read from the parse by the same lexicon) and adds a learned event where the rules coded none
for that source and the model's best type beats NONE with probability >= `threshold`.
"""

from __future__ import annotations

import csv
import hashlib
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.attrs import POS
from spacy.symbols import VERB as VERB_POS

from eventwire.errors import Errors
from eventwire.events import features as F
from eventwire.events import lexicon as lx
from eventwire.events.codebook import YIELD
from eventwire.events.features import Item

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

RESOURCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "pairs"
FORMAT_VERSION = 1
NONE = "NONE"
# Verbs that are never an event themselves: speech (the reported event is coded), copulas.
NOT_ANCHORS = lx.SPEECH_VERBS | lx.FAIL_VERBS | frozenset({"be", "have", "become", "seem", "remain"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
WORD_PATTERN = r"(?u)\b\w+\b"
# (name, TfidfVectorizer options, weight in the stacked input); views are built by `views`.
VIEWS: tuple[tuple[str, dict[str, Any], float], ...] = (
    ("masked", {"ngram_range": (1, 2), "token_pattern": WORD_PATTERN}, 1.0),
    ("between", {"ngram_range": (1, 2), "token_pattern": WORD_PATTERN}, 1.0),
    ("lexicon", {"token_pattern": WORD_PATTERN}, 0.5),
    ("parse", {"token_pattern": r"\S+", "lowercase": False}, 1.0),
)
C_REG = 4.0
MIN_DF = 2
# A verb whose feature favours an event type over NONE by this much (log-odds) opens the parse.
EVENT_VERB_MARGIN = 1.0  # 0.5, 1.0 and 2.0 compared on the four real-news sets (BENCHMARKS.md)
THRESHOLD = 0.35  # best event type (already above NONE) needs this probability; BENCHMARKS.md
# ACE event types of AW_train.tsv (either naming style) as PLOVER training labels. Types that
# PLOVER does not code (business, personnel, life events, movement) are NONE rows; types with
# no clear PLOVER reading (sentencing, money transfers) are left out.
ACE_TYPES: dict[str, str] = {
    "conflict.attack": "ASSAULT", "life.die": "ASSAULT", "life.injure": "ASSAULT",
    "conflict.demonstrate": "PROTEST", "contact.meet": "CONSULT", "contact.contact.meet": "CONSULT",
    "contact.phone-write": "CONSULT", "contact.contact.correspondence": "CONSULT",
    "justice.arrest-jail": "COERCE", "justice.arrestjaildetain": "COERCE",
    "justice.sue": "ACCUSE", "justice.investigatecrime": "ACCUSE",
    "justice.charge-indict": "ACCUSE", "justice.chargeindict": "ACCUSE",
    "justice.release-parole": YIELD, "contact.requestcommand": "REQUEST",
    "contact.threatencoerce": "THREATEN",
    "business": NONE, "personnel.start-position": NONE, "personnel.nominate": NONE,
    "personnel.elect": NONE, "life.marry": NONE, "life.be-born": NONE, "life.divorce": NONE,
    "transaction.transfer-ownership": NONE, "cognitive": NONE, "movement": NONE,
}


@dataclass(slots=True)
class Pair:
    """A candidate event: the verb it hangs on, source heads, recipient heads (maybe none)."""

    anchor: Token
    sources: list[Token]
    targets: list[Token]
    relation: str  # how the recipient attaches: dobj, pass, prep_<word>, none
    text: str  # the sentence (Doc.text joins every token on each call: read it once)

    def item(self) -> Item:
        """(sentence, source span, target span) in the sentence doc's characters."""
        return self.text, _span(self.sources), _span(self.targets)


def _span(tokens: list[Token]) -> tuple[int, int]:
    from eventwire.events.coder import phrase_bounds

    if not tokens:
        return 0, 0
    doc = tokens[0].doc
    bounds = [phrase_bounds(t) for t in tokens]
    start, end = min(b[0] for b in bounds), max(b[1] for b in bounds)
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


# -- candidates -----------------------------------------------------------------------------------
def candidate_pairs(sdoc: Doc) -> list[Pair]:
    """Every (source, recipient-or-none) pair the verbs of a parsed sentence offer, once each.

    Sources must be able to head an actor (coder.is_actor); recipients may be any noun phrase
    the verb governs (gold targets are often "a court decision", "the talks"): the model, not
    the actor test, decides whether the pair is an event.
    """
    from eventwire.events.coder import actor_tokens, subject_of

    out: list[Pair] = []
    seen: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()
    text = sdoc.text
    # the verbs' positions from the POS array: a Token object only for the verbs themselves
    verbs = [sdoc[i] for i in np.flatnonzero(sdoc.to_array(POS) == VERB_POS).tolist()]
    for verb in verbs:
        if verb.lemma_.lower() in NOT_ANCHORS:
            continue  # "X said (that) ...": the event is the reported one, not the saying
        sources, passive = subject_of(verb)
        if not sources:  # "floods killed 20": only actors act (any subject let disasters in)
            continue
        children = list(verb.children)
        objects: list[tuple[list[Token], str]] = []
        if passive:
            objects.append((passive, "pass"))
        direct = [c for c in children if c.dep_ in ("dobj", "dative") and c.pos_ in NOMINAL]
        objects += [(actor_tokens([o]) or [o], o.dep_) for o in direct]
        for head in [verb, *direct]:
            for prep in (c for c in (children if head is verb else head.children)
                         if c.dep_ == "prep"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ in NOMINAL:
                        objects.append((actor_tokens([obj]) or [obj], f"prep_{prep.lower_}"))
        for targets, relation in [*objects, ([], "none")]:
            targets = [t for t in targets if t not in sources]
            if relation != "none" and not targets:
                continue
            key = (tuple(t.i for t in sources), tuple(t.i for t in targets))
            if key not in seen:
                seen.add(key)
                out.append(Pair(verb, sources, targets, relation, text))
    return out


def _kind(tokens: list[Token]) -> str:
    if not tokens:
        return "none"
    tok = tokens[0]
    if tok.ent_type_:
        return tok.ent_type_
    if tok.pos_ == "PRON":
        return "PRON"
    return "ROLE" if tok.lemma_.lower() in lx.ACTOR_NOUNS else tok.pos_


def parse_tokens(pair: Pair) -> str:
    """The pair's parse features as pseudo-words."""
    from eventwire.events.coder import governor

    verb = pair.anchor
    lemma = verb.lemma_.lower()
    words = [f"v={lemma}", f"rel={pair.relation}", f"v_rel={lemma}_{pair.relation}",
             f"src={_kind(pair.sources)}", f"tgt={_kind(pair.targets)}",
             f"sdep={pair.sources[0].dep_}"]
    words += [f"{c.dep_}={c.lemma_.lower()}" for c in verb.children
              if c.dep_ in ("prt", "aux", "auxpass", "neg", "dobj", "xcomp", "advmod")]
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "conj"):
        words.append(f"head={verb.head.lemma_.lower()}")
    gov = governor(verb)
    if gov is not None and gov.i != verb.i:
        words.append(f"gov={gov.lemma_.lower()}")
    return " ".join(words)


def views(pair: Pair) -> tuple[str, str, str, str]:
    masked, between, lexicon = F.item_views(pair.item())
    return masked, between, lexicon, parse_tokens(pair)


def vetoed(pair: Pair) -> str:
    """Why the rules say the verb's event is not asserted ("" if they do not): negation (of the
    verb or of a verb framing it), a condition, a counterfactual, or a framing verb of denial,
    allegation or failure ("denied attacking", "accused X of attacking", "failed to meet"), or a
    reported figure as its object ("raised the death toll"). Modality, threats,
    refusals and intentions are not vetoed: the model reads them (`parse_tokens`) and types the
    pair THREATEN, REJECT or AGREE as the training rows do."""
    from eventwire.events.coder import counterfactual, governor, is_negated

    verb = pair.anchor
    if is_negated(verb):
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children):
        return "hypothetical"
    if counterfactual({c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}):
        return "hypothetical"  # "could have captured the town"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in lx.FIGURE_NOUNS for c in verb.children):
        return "figure"
    gov = governor(verb)
    if gov is not None and gov.i != verb.i:
        if gov.lemma_.lower() in lx.DENIAL_VERBS | lx.ALLEGATION_VERBS | lx.FAIL_VERBS:
            return "framed"
        if is_negated(gov):
            return "negated"
    return ""


# -- the model --------------------------------------------------------------------------------
def _vectorizer(options: dict[str, Any], vocabulary: dict[str, int] | None = None) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(sublinear_tf=True, dtype=np.float32,
                           min_df=MIN_DF if vocabulary is None else 1, vocabulary=vocabulary,
                           **options)


def model_config() -> dict[str, Any]:
    """Settings the weights depend on (stored in meta.json and checked on load)."""
    return {"views": [[n, {k: list(v) if isinstance(v, tuple) else v for k, v in o.items()}, w]
                      for n, o, w in VIEWS], "C": C_REG, "min_df": MIN_DF}


def _stack(vectorizers: list[Any], rows: list[tuple[str, ...]], fit: bool = False) -> Any:
    import scipy.sparse as sp

    blocks = []
    for k, ((_, _, weight), vec) in enumerate(zip(VIEWS, vectorizers, strict=True)):
        texts = [r[k] for r in rows]
        if fit:  # a view no row gives a term to becomes an EmptyView
            vectorizers[k], block = F.fit_view(vec, texts)
        else:
            block = vec.transform(texts)
        blocks.append(block * weight if weight != 1.0 else block)
    return sp.hstack(blocks, format="csr", dtype=np.float32)


class PairModel:
    """Type-or-NONE of candidate pairs; load once, score a batch of pairs at a time."""

    def __init__(self, labels: list[str], vectorizers: list[Any], coef: np.ndarray,
                 intercept: np.ndarray, meta: dict[str, Any]) -> None:
        self.labels = labels
        self.vectorizers = vectorizers
        self.coef = coef
        self.intercept = intercept
        self.meta = meta
        self.none_index = labels.index(NONE)

    @classmethod
    def load(cls, path: str | Path | None = None) -> PairModel:
        meta, vocabs, coef, intercept, idfs = F.read_weights(
            path if path is not None else RESOURCE_DIR, format_version=FORMAT_VERSION,
            config=model_config(), views=[name for name, *_ in VIEWS], name="pair model",
            hint="The pair model was trained with other settings; run scripts/train_coder.py.")
        vectorizers = [F.load_view(lambda vocab, o=options: _vectorizer(o, vocab), vocabs[name], idf)
                       for (name, options, _), idf in zip(VIEWS, idfs, strict=True)]
        return cls(meta["labels"], vectorizers, coef, intercept.astype(np.float32), meta)

    def save(self, out_dir: str | Path) -> None:
        F.write_weights(out_dir, coef=self.coef.astype(np.float16), intercept=self.intercept,
                                 views=[name for name, *_ in VIEWS], vectorizers=self.vectorizers,
                                 meta=self.meta)

    def event_verbs(self, margin: float = EVENT_VERB_MARGIN) -> frozenset[str]:
        """Verb lemmas whose feature favours some event type over NONE by at least `margin`."""
        offset = sum(len(v.vocabulary_) for v in self.vectorizers[:-1])  # the parse view is last
        # Verbs that frame other verbs (light, intent, failure) are read through the framed one.
        framing = lx.LIGHT_VERBS | lx.INTENT_VERBS | lx.FAIL_VERBS | NOT_ANCHORS
        others = [k for k in range(len(self.labels)) if k != self.none_index]
        out = set()
        for feature, j in self.vectorizers[-1].vocabulary_.items():
            if feature.startswith("v=") and feature[2:] not in framing:
                col = self.coef[:, offset + j]
                if col[others].max() - col[self.none_index] >= margin:
                    out.add(feature[2:])
        return frozenset(out)

    def predict_proba(self, rows: list[tuple[str, ...]]) -> np.ndarray:
        if not rows:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        z = np.asarray(_stack(self.vectorizers, rows) @ self.coef.T) + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def decide(self, pairs: list[Pair], threshold: float | None = None,
               probs: np.ndarray | None = None) -> list[tuple[str, float] | None]:
        """(PLOVER type, probability) per pair, or None where NONE wins or no type reaches
        `threshold` (None: the module's THRESHOLD). YIELD is split into CONCEDE or RETREAT by
        its wording. `probs`: the pairs' `predict_proba` rows, if already computed."""
        from eventwire.events.classifier import split_yield

        threshold = THRESHOLD if threshold is None else threshold
        if probs is None:
            probs = self.predict_proba([views(p) for p in pairs])
        out: list[tuple[str, float] | None] = []
        for pair, row in zip(pairs, probs, strict=True):
            best = int(row.argmax())
            if best == self.none_index or row[best] < threshold:
                out.append(None)
                continue
            label = self.labels[best]
            out.append((split_yield(pair.item()) if label == YIELD else label, float(row[best])))
        return out


def fit(rows: list[tuple[str, ...]], labels: list[str], *, seed: int = 0) -> PairModel:
    """Fit the vectorizers and the logistic regression (deterministic: lbfgs)."""
    from sklearn.linear_model import LogisticRegression

    vectorizers = [_vectorizer(options) for _, options, _ in VIEWS]
    X = _stack(vectorizers, rows, fit=True)
    hint = ("Give rows of at least two event types whose sentences hold more than the marked "
            "pair (--data repeats: add PLV_train.tsv to yours)")
    F.check_fit(labels, X.shape[1], what="pair model", hint=hint)
    if NONE not in labels:  # the model decides against NONE (PairModel.none_index)
        why = "no candidate pair of their sentences is off the marked pair, so it learns no NONE"
        raise ValueError(Errors.E023.format(what="pair model", why=why, hint=hint))
    model = LogisticRegression(C=C_REG, max_iter=3000, random_state=seed)
    model.fit(X, labels)
    label_list = [str(c) for c in model.classes_]
    meta = {"format": FORMAT_VERSION, "labels": label_list, "seed": seed,
            "config": model_config()}
    return PairModel(label_list, vectorizers, model.coef_.astype(np.float32),
                     model.intercept_.astype(np.float32), meta)


# -- training rows ----------------------------------------------------------------------------
@dataclass(slots=True)
class Gold:
    """One labelled pair: sentence, gold source/target spans (maybe empty), label, group key."""

    text: str
    source: tuple[int, int]
    target: tuple[int, int]
    label: str
    group: str


def read_plover_tsv(path: str | Path) -> list[Gold]:
    """PLOVER-format TSV rows (PLV_train or a user's rows) as gold pairs."""
    from eventwire.events.classifier import read_rows

    items, labels, groups, _ = read_rows([str(path)])
    return [Gold(t, s, g, lab, grp) for (t, s, g), lab, grp in zip(items, labels, groups, strict=True)]


def ace_label(event_type: str) -> str | None:
    """PLOVER label (or NONE) of an ACE event type; None when it is left out."""
    key = event_type.lower().replace(":", ".")
    for prefix in (key, ".".join(key.split(".")[:2]), key.split(".")[0]):
        if prefix in ACE_TYPES:
            return ACE_TYPES[prefix]
    return None


def read_aw_tsv(path: str | Path) -> list[Gold]:
    """AW_train.tsv: ACE/wiki sentences with a marked pair and an ACE event type.

    As the PLOVER rows (`classifier.read_rows`): a file without `marked_sentence` and
    `event_type` is E006, a row of another cell count than the header E022 naming its line (its
    cells are shifted: training without it would silently give another model); rows of an ACE
    type left out, or without a marked source, are skipped.
    """
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(Errors.E001.format(path=path))
    out = []
    with p.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = sorted({"marked_sentence", "event_type"} - set(reader.fieldnames or ()))
        if missing:
            raise ValueError(Errors.E006.format(path=path, cols=", ".join(missing)))
        for row in reader:
            F.check_cells(row, reader.line_num, path, len(reader.fieldnames or ()))
            label = ace_label(row.get("event_type") or "")
            if label is None:
                continue
            text, src, tgt = F.parse_marked(row.get("marked_sentence") or "")
            if text and src:
                out.append(Gold(text, src, tgt or (0, 0), label, text))
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two non-empty character spans share a character."""
    return a[1] > a[0] and b[1] > b[0] and a[0] < b[1] and b[0] < a[1]


def gold_pair(gold: Gold, sdoc: Doc) -> Pair | None:
    """The gold pair itself, anchored on the verb above its source, for sentences whose
    candidates miss it (so that every labelled row teaches its type)."""
    src = sdoc.char_span(*gold.source, alignment_mode="expand")
    if src is None or gold.label == NONE:
        return None
    tgt = sdoc.char_span(*gold.target, alignment_mode="expand") if gold.target != (0, 0) else None
    anchor = src.root.head
    while anchor.pos_ != "VERB" and anchor.head.i != anchor.i:
        anchor = anchor.head
    if tgt is None:
        return Pair(anchor, [src.root], [], "none", sdoc.text)
    root = tgt.root
    relation = f"prep_{root.head.lower_}" if root.dep_ == "pobj" else root.dep_
    return Pair(anchor, [src.root], [root], relation, sdoc.text)


def label_pairs(gold: Gold, pairs: list[Pair]) -> list[tuple[Pair, str]]:
    """Each candidate of the gold sentence with its training label (see the module docstring)."""
    out = []
    for pair in pairs:
        _, src, tgt = pair.item()
        label = NONE
        if overlap(src, gold.source):
            if tgt == (0, 0) or (gold.target != (0, 0) and overlap(tgt, gold.target)):
                label = gold.label
        elif (gold.label in SYMMETRIC and overlap(src, gold.target)
              and tgt != (0, 0) and overlap(tgt, gold.source)):
            label = gold.label
        out.append((pair, label))
    return out


class Parses:
    """The parses of training sentences, each sentence parsed once: stands for the spaCy
    pipeline `nlp` in the parts' training (`training_rows` here and in `selector.py`, and the
    refits of `stack.refit_folds`), so one training run (`api.train`) parses a sentence once
    however many parts read it. The same text parses to the same Doc in any batch, so the rows,
    and the weights, are those of parsing each time."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.docs: dict[str, Doc] = {}

    def pipe(self, texts: Iterable[str], batch_size: int = 128) -> Iterator[Doc]:
        """The Docs of `texts` in order, as `nlp.pipe` gives them; each new text parsed once."""
        texts = list(texts)
        new = [t for t in dict.fromkeys(texts) if t not in self.docs]
        self.docs.update(zip(new, self.nlp.pipe(new, batch_size=batch_size), strict=True))
        return (self.docs[t] for t in texts)


def training_rows(golds: list[Gold], nlp: Any) -> list[tuple[str, tuple[str, ...], str]]:
    """(group, views, label) rows of every candidate of every gold sentence (parsed once; `nlp`:
    a spaCy pipeline or the `Parses` of a training run)."""
    out = []
    texts = [g.text for g in golds]
    for gold, sdoc in zip(golds, nlp.pipe(texts, batch_size=128), strict=True):
        labelled = label_pairs(gold, candidate_pairs(sdoc))
        if not any(label != NONE and pair.targets for pair, label in labelled):
            extra = gold_pair(gold, sdoc)
            if extra is not None and (extra.targets or not labelled):
                labelled.append((extra, gold.label))
        for pair, label in labelled:
            out.append((gold.group, views(pair), label))
    return out


def train(plover_tsvs: list[str], aw_tsvs: list[str], out_dir: str | Path, *, nlp: Any,
          seed: int = 0, extra: list[Gold] | None = None) -> dict[str, Any]:
    """Fit on the gold pairs of the given files (and `extra` pairs, e.g. gold records) and write
    the weights; return a summary."""
    golds = [g for p in plover_tsvs for g in read_plover_tsv(p)]
    golds += [g for p in aw_tsvs for g in read_aw_tsv(p)]
    golds += extra or []
    rows = training_rows(golds, nlp)
    model = fit([r[1] for r in rows], [r[2] for r in rows], seed=seed)
    digest = hashlib.sha256("\n".join(f"{g.text}\t{g.source}\t{g.target}\t{g.label}"
                                      for g in golds).encode()).hexdigest()
    model.meta.update({"n_gold": len(golds), "n_rows": len(rows), "data_sha256": digest,
                       "label_counts": dict(sorted(Counter(r[2] for r in rows).items()))})
    model.save(out_dir)
    return {k: model.meta[k] for k in ("n_gold", "n_rows", "data_sha256", "label_counts")}


def load_pair_model(path: str | Path | None = None) -> PairModel | None:
    """The shipped pair model, or None (rules only) while it is not trained."""
    try:
        return PairModel.load(path)
    except FileNotFoundError:
        log.info("no trained pair model; coding with the rules only")
        return None
