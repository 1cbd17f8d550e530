"""Which two phrases of a sentence are its event's source and recipient: a learned span-pair ranker.

The rule coder and the pair model (pairs.py) only pair a verb's subject with what that verb
governs, so an event whose actors sit elsewhere in the parse ("Russia and Turkey's foreign
ministers met", "rebel fighters in the Deraa countryside said they will lay down their weapons",
"UN is pushing hard for the Afghan government to ...") is coded with the wrong pair or not at
all: on PLV_train only 59 % of the gold (source, target) pairs are among their candidates,
while 97 % of the gold spans are among the sentence's noun phrases and named entities.

Here every ordered pair of those phrases is a candidate, and a binary logistic regression over
parse features of the pair (the dependency path between the two heads through their lowest
common ancestor, that ancestor's lemma, how each head attaches, what kind of phrase each is,
their order and distance, the preposition a recipient hangs on) ranks them; the best pair of a
sentence is where the coder (coder.py) places the event it holds, typed by the event-type
classifier. Training rows: the gold pairs of PLOVER-format TSVs and of AW_train's event rows
against every other ordered pair of the same sentences. Weights live in `resources/selector/`,
written by `scripts/train_coder.py` with the pair model.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from eventwire.events import features as F
from eventwire.events.pairs import NONE, Gold, overlap

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

RESOURCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "selector"
FORMAT_VERSION = 1
MAX_SPANS = 12  # phrases per sentence (pairs grow with the square); gold spans sit early
C_REG = 0.03  # 0.03-10 compared in 5-fold CV on PLV_train (BENCHMARKS.md)
MIN_DF = 2  # a feature seen once is a path of one sentence: it only bloats the vocabulary
VIEW = ("pair", {"token_pattern": r"\S+", "lowercase": False, "binary": True, "norm": None})
# Entity labels that are never actors (numbers, dates and amounts).
NOT_ACTORS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


def candidate_spans(sdoc: Doc) -> list[Span]:
    """Noun chunks and the named entities (not numbers or dates) outside them, in order.

    Chunks first: in "Kenyan police" the actor is the police, not the demonym entity.
    """
    found: dict[tuple[int, int], Span] = {}
    chunks = list(sdoc.noun_chunks)
    for chunk in chunks:
        if chunk.root.ent_type_ not in NOT_ACTORS:
            found[(chunk.start, chunk.end)] = chunk
    taken = sorted((c.start, c.end) for c in chunks)
    for ent in sdoc.ents:
        start, end = ent.start, ent.end
        if ent.label_ not in NOT_ACTORS and not any(a < end and start < b for a, b in taken):
            found[(start, end)] = ent
    return [found[k] for k in sorted(found)][:MAX_SPANS]


def _kind(span: Span) -> str:
    root = span.root
    if root.ent_type_:
        return root.ent_type_
    return "PRON" if root.pos_ == "PRON" else root.pos_


class _Tokens:
    """One sentence's token attributes as lists, read once: the features of a sentence's ~100
    pairs index these instead of making spaCy Token objects per pair. Spaces inside a value
    (whitespace tokens) are already "_", as a feature word needs them."""

    __slots__ = ("dep", "lemma", "pos", "lower", "head")

    def __init__(self, sdoc: Doc) -> None:
        from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS

        rows = sdoc.to_array([DEP, LEMMA, POS, LOWER, HEAD])
        words = _words(sdoc.vocab.strings)
        # known ids read from the cache directly; `words` (a call per token) only for new ones
        self.dep, self.lemma, self.pos, self.lower = (
            [known[h] if h in known else words(h, lowered) for h in rows[:, k].tolist()]
            for k, lowered in ((0, False), (1, True), (2, False), (3, False))
            for known in (_WORDS[lowered],))
        # HEAD holds signed offsets to the head (stored unsigned)
        self.head = (rows[:, 4].astype(np.int64) + np.arange(len(rows))).tolist()


# lower-cased or not -> string id -> feature value
_WORDS: dict[bool, dict[int, str]] = {False: {}, True: {}}


def _words(strings: Any) -> Callable[[int, bool], str]:
    """The feature value of a string id: its text (lower-cased if asked), spaces as "_"."""
    def word(h: int, lowered: bool) -> str:
        known = _WORDS[lowered]
        value = known.get(h)
        if value is None:
            if len(known) > 100_000:  # a bound over a long run; forgetting only costs time
                known.clear()
            text = strings[h]
            value = known[h] = (text.lower() if lowered else text).replace(" ", "_")
        return value
    return word


@dataclass(slots=True)
class _Phrase:
    """What the features read off one candidate phrase, computed once per sentence."""

    span: Span
    index: int
    root: int  # token index of the phrase's root
    kind: str
    lemma: str
    actor: bool
    chain: list[int]  # the root and its ancestors, upwards (token indices)
    depth: dict[int, int]  # token index -> position in `chain`
    toks: _Tokens
    # The feature words of this phrase alone, as a source and as a target (pair_words): their
    # prefixes differ from each other's and from the joint words', so no word is in two parts.
    as_source: tuple[str, ...] = ()
    as_target: tuple[str, ...] = ()

    @classmethod
    def of(cls, span: Span, index: int, toks: _Tokens | None = None) -> _Phrase:
        from eventwire.events.coder import is_actor

        root = span.root
        if toks is None:
            toks = _Tokens(span.doc)
        # Token.ancestors: follow the heads up to the root, at most one step per token.
        r = root.i
        chain = [r]
        head, i = toks.head, r
        while head[i] != i and len(chain) <= len(head):
            i = head[i]
            chain.append(i)
        kind, lemma, dep = _kind(span).replace(" ", "_"), toks.lemma[r], toks.dep[r]
        # the actor test the selector was trained with: a lower-cased party name the coder now
        # takes (`coder._lowered_name`) made it pick false pairs in opinion pieces (branch bjp)
        actor = is_actor(root, lowered=False)
        # the preposition a phrase hangs on, as a word only where it is a prepositional object
        prep = (toks.lower[head[r]],) if dep == "pobj" else ()
        return cls(span, index, r, kind, lemma, actor, chain,
                   {t: k for k, t in enumerate(chain)}, toks,
                   (f"sdep={dep}", f"sk={kind}", f"si={min(index, 4)}", f"srole={lemma}",
                    *(f"sprep={p}" for p in prep), f"sact={actor}"),
                   (f"tdep={dep}", f"tk={kind}", f"ti={min(index, 4)}", f"trole={lemma}",
                    f"tparent={toks.lemma[head[r]]}", *(f"tprep={p}" for p in prep),
                    f"tact={actor}"))


def _path(a: _Phrase, b: _Phrase) -> tuple[list[int], int | None, list[int]]:
    """Tokens from `a` up to (not including) the lowest common ancestor, the ancestor, and the
    tokens from `b` up to it (None as ancestor when the parse has none in common)."""
    for k, tok in enumerate(a.chain):
        j = b.depth.get(tok)
        if j is not None:
            return a.chain[:k], tok, b.chain[:j]
    return a.chain, None, b.chain


def _joint_words(src: _Phrase, tgt: _Phrase) -> list[str]:
    """The features of an ordered phrase pair that depend on both phrases (pair_words)."""
    toks = src.toks
    dep, lemmas, pos, head = toks.dep, toks.lemma, toks.pos, toks.head
    rs, rt = src.root, tgt.root
    up, lca, down = _path(src, tgt)
    path_up = "^".join([dep[t] for t in up])
    path_down = "v".join([dep[t] for t in reversed(down)])
    lemma = lemmas[lca] if lca is not None else "-"
    ks, kt = src.kind, tgt.kind
    sdep, tdep = dep[rs], dep[rt]
    s_start, t_start = src.span.start, tgt.span.start
    words = [f"p={path_up}|{path_down}", f"pl={path_up}|{lemma}|{path_down}", f"lca={lemma}",
             f"lcapos={pos[lca] if lca is not None else '-'}", f"sktk={ks}{kt}",
             "order=True" if s_start < t_start else "order=False",
             f"len={min(len(up) + len(down), 6)}",
             f"dist={min(abs(s_start - t_start) // 3, 8)}",
             f"sdepl={sdep}|{lemma}", f"tdepl={tdep}|{lemma}", f"skind={ks}|{sdep}|{lemma}"]
    if tdep == "pobj":
        words.append(f"tprepl={toks.lower[head[rt]]}|{lemma}")
    if "conj" in (sdep, tdep):
        words.append("conj")
    if head[rt] == rs or head[rs] == rt:
        words.append("direct")
    words += [f"mid={lemmas[t]}" for t in up[1:] + down[1:] if pos[t] in ("VERB", "NOUN")]
    words.append(f"acts={src.actor}{tgt.actor}|{lemma}")
    return words


def pair_words(src: _Phrase, tgt: _Phrase) -> list[str]:
    """The parse features of an ordered phrase pair as pseudo-words (see the module docstring):
    the source's own, the target's own, and the joint ones."""
    return [*src.as_source, *tgt.as_target, *_joint_words(src, tgt)]


def pair_tokens(src: _Phrase, tgt: _Phrase) -> str:
    """`pair_words` as the vectorizer reads them (split on spaces)."""
    # Every part is free of spaces (_Tokens, _Phrase.of): the words join as they are.
    return " ".join(pair_words(src, tgt))


@dataclass(slots=True)
class SpanPair:
    """A candidate (source, recipient) phrase pair of one parsed sentence."""

    source: Span
    target: Span
    tokens: str

    def chars(self) -> tuple[tuple[int, int], tuple[int, int]]:
        return ((self.source.start_char, self.source.end_char),
                (self.target.start_char, self.target.end_char))


def span_pairs(sdoc: Doc) -> list[SpanPair]:
    """Every ordered pair of distinct candidate phrases of `sdoc`."""
    phrases = _phrases(sdoc)
    return [SpanPair(s.span, t.span, pair_tokens(s, t))
            for s in phrases for t in phrases if s is not t]


def _phrases(sdoc: Doc) -> list[_Phrase]:
    """The candidate phrases of a sentence, or none where there are fewer than two."""
    spans = candidate_spans(sdoc)
    if len(spans) < 2:
        return []
    toks = _Tokens(sdoc)
    return [_Phrase.of(span, i, toks) for i, span in enumerate(spans)]


def _vectorizer(vocabulary: dict[str, int] | None = None) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(sublinear_tf=True, dtype=np.float32, vocabulary=vocabulary,
                           min_df=MIN_DF if vocabulary is None else 1, **VIEW[1])


def model_config() -> dict[str, Any]:
    """Settings the weights depend on (stored in meta.json and checked on load)."""
    return {"view": VIEW[1], "C": C_REG, "min_df": MIN_DF, "max_spans": MAX_SPANS}


def _joint_tables(weights: dict[str, float]) -> tuple[
        dict[tuple[str, str], float], dict[tuple[str, str, str], float],
        dict[tuple[bool, bool, str], float], dict[str, float]]:
    """The weights of the `p=`, `pl=`, `acts=` and `mid=` words (_joint_words) keyed by the
    parts they are formatted from: (path up, path down), (path up, lemma, path down),
    (source actor, target actor, lemma) and the lemma.

    The parts split back unambiguously: a path is dependency labels joined by "^" or "v" (no
    "|"), so the path up ends at the first "|" and the path down starts after the last one,
    whatever a lemma holds; a word that does not split so is one no pair can form.
    """
    paths: dict[tuple[str, str], float] = {}
    lemma_paths: dict[tuple[str, str, str], float] = {}
    acts: dict[tuple[bool, bool, str], float] = {}
    mids: dict[str, float] = {}
    flags = {f"{a}{b}": (a, b) for a in (True, False) for b in (True, False)}
    for word, weight in weights.items():
        kind, _, rest = word.partition("=")
        if kind == "p" and rest.count("|") == 1:
            up, down = rest.split("|")
            paths[(up, down)] = weight
        elif kind == "pl" and rest.count("|") >= 2:
            up, middle = rest.split("|", 1)
            lemma, down = middle.rsplit("|", 1)
            lemma_paths[(up, lemma, down)] = weight
        elif kind == "acts" and "|" in rest:
            flag, lemma = rest.split("|", 1)
            if flag in flags:
                acts[(*flags[flag], lemma)] = weight
        elif kind == "mid":
            mids[rest] = weight
    return paths, lemma_paths, acts, mids


class PairSelector:
    """Scores the span pairs of sentences; `best` picks one pair per sentence."""

    def __init__(self, vectorizer: Any, coef: np.ndarray, intercept: np.ndarray,
                 meta: dict[str, Any]) -> None:
        self.vectorizer = vectorizer
        self.coef = coef.reshape(-1).astype(np.float32)
        self.intercept = float(np.asarray(intercept).reshape(-1)[0])
        self.meta = meta
        # Binary features without normalisation: a pair's score is the sum of its distinct
        # words' coef x idf, read from a dict (no sparse matrix per batch).
        weights = self.coef * vectorizer.idf_.astype(np.float32)
        self.weights = {word: float(weights[j]) for word, j in vectorizer.vocabulary_.items()}
        # The joint words with few values (_joint_words), weighed once for `_logits`.
        self._order = {flag: self._word_weight(f"order={flag}") for flag in (True, False)}
        self._len = [self._word_weight(f"len={k}") for k in range(7)]
        self._dist = [self._word_weight(f"dist={k}") for k in range(9)]
        self._conj, self._direct = self._word_weight("conj"), self._word_weight("direct")
        # The joint words made of several parts, keyed by their parts (`_joint_tables`), so that
        # `_logits` looks a pair up without formatting its feature strings.
        self._paths, self._lemma_paths, self._acts, self._mids = _joint_tables(self.weights)
        self._sktk: dict[str, dict[str, float]] = {}  # source kind -> target kind -> weight

    def _word_weight(self, word: str) -> float:
        return self.weights.get(word, 0.0)

    @classmethod
    def load(cls, path: str | Path | None = None) -> PairSelector:
        meta, vocabs, coef, intercept, idfs = F.read_weights(
            path if path is not None else RESOURCE_DIR, format_version=FORMAT_VERSION,
            config=model_config(), views=[VIEW[0]], name="pair selector",
            hint="The pair selector was trained with other settings; run scripts/train_coder.py.")
        vec = _vectorizer({t: i for i, t in enumerate(vocabs[VIEW[0]])})
        vec.idf_ = idfs[0]
        return cls(vec, coef, intercept, meta)

    def save(self, out_dir: str | Path) -> None:
        F.write_weights(out_dir, coef=self.coef.astype(np.float16)[None, :],
                        intercept=np.asarray([self.intercept], dtype=np.float32),
                        views=[VIEW[0]], vectorizers=[self.vectorizer], meta=self.meta)

    def scores(self, pairs: list[SpanPair]) -> np.ndarray:
        """Probability that each pair is its sentence's event pair."""
        return 1.0 / (1.0 + np.exp(-(self.pair_logits(pairs) + self.intercept)))

    def pair_logits(self, pairs: list[SpanPair]) -> np.ndarray:
        """Each pair's score less the intercept: the weights of its distinct feature words."""
        get = self.weights.get
        return np.array([sum(get(w, 0.0) for w in set(p.tokens.split())) for p in pairs],
                        dtype=np.float64)

    def best(self, sdocs: Iterable[Doc], pair_ok: Callable[[Span, Span], bool] | None = None,
             ) -> list[tuple[SpanPair, float] | None]:
        """The likeliest pair of each sentence with its probability (None: under two phrases,
        or no pair that `pair_ok(source, target)` accepts).

        Scores as `scores` does without making every pair's feature string (`_logits`); `pair_ok`
        is asked of the likeliest pair first, then of the next ones in turn.
        """
        out: list[tuple[SpanPair, float] | None] = []
        for sdoc in sdocs:
            phrases = _phrases(sdoc)
            if not phrases:
                out.append(None)
                continue
            order, z = self._logits(phrases)
            probs = 1.0 / (1.0 + np.exp(-(np.array(z, dtype=np.float64) + self.intercept)))
            j = int(probs.argmax())
            if pair_ok is not None and not pair_ok(phrases[order[j][0]].span,
                                                   phrases[order[j][1]].span):
                j = next((int(k) for k in np.argsort(-probs, kind="stable")[1:]
                          if pair_ok(phrases[order[k][0]].span, phrases[order[k][1]].span)), -1)
                if j < 0:
                    out.append(None)
                    continue
            src, tgt = phrases[order[j][0]], phrases[order[j][1]]
            out.append((SpanPair(src.span, tgt.span, pair_tokens(src, tgt)), float(probs[j])))
        return out

    def _logits(self, phrases: list[_Phrase]) -> tuple[list[tuple[int, int]], list[float]]:
        """Every ordered phrase pair of a sentence (indices) and its score less the intercept:
        the sum of the weights of its distinct feature words, as `scores` reads them.

        A sentence of n phrases has n(n-1) pairs, so the weights are summed in parts that
        depend on fewer phrases and are kept: a phrase's own words (as source, as target) per
        phrase; the words of one side and the lowest common ancestor (`sdepl`, `skind`, the
        path up; `tdepl`, `tprepl`, the path down) per (phrase, ancestor); the ancestor's own
        (`lca`, `lcapos`) per ancestor; and only the rest per pair. No word is in two parts (each
        kind of word has its own prefix; the `mid` words of the two sides are joined as a set).
        """
        get = self.weights.get
        paths, lemma_paths, acts, mid_weight = (self._paths.get, self._lemma_paths.get,
                                                self._acts.get, self._mids.get)
        sktk, order_w, len_w, dist_w = self._sktk, self._order, self._len, self._dist
        toks = phrases[0].toks
        dep, lemmas, pos, head, lower = toks.dep, toks.lemma, toks.pos, toks.head, toks.lower
        as_source = [sum(get(w, 0.0) for w in p.as_source) for p in phrases]
        as_target = [sum(get(w, 0.0) for w in p.as_target) for p in phrases]
        # the parts kept per (source, ancestor) and per (target, ancestor): one dict per phrase
        ups: list[dict[int | None, tuple[str, float, tuple[str, ...]]]] = [{} for _ in phrases]
        downs: list[dict[int | None, tuple[str, float, tuple[str, ...]]]] = [{} for _ in phrases]
        at_lca: dict[int | None, tuple[str, float]] = {}
        # the lemma of each token that is a `mid` word on a path (verbs and nouns), else None
        mid_lemma = [lemma if tag in ("VERB", "NOUN") else None
                     for lemma, tag in zip(lemmas, pos, strict=True)]

        def mids(path: list[int]) -> tuple[str, ...]:
            return tuple([m for t in path[1:] if (m := mid_lemma[t]) is not None])

        # what the pairs read of each phrase, read once (a Span's start is no plain attribute)
        info = [(p.root, p.kind, dep[p.root], p.span.start, p.actor, p.chain, p.depth,
                 head[p.root], dep[p.root] == "conj") for p in phrases]
        conj_w, direct_w = self._conj, self._direct
        order: list[tuple[int, int]] = []
        z: list[float] = []
        for s, (rs, ks, sdep, s_start, s_act, chain, _, hs, s_conj) in enumerate(info):
            s_ups = ups[s]
            s_kinds = sktk.setdefault(ks, {})
            for t, (rt, kt, tdep, t_start, t_act, t_chain, depth, ht, t_conj) in enumerate(info):
                if s == t:
                    continue
                # _path, inlined: the first of the source's ancestors that is the target's
                for k, lca in enumerate(chain):
                    j = depth.get(lca)
                    if j is not None:
                        up, down = chain[:k], t_chain[:j]
                        break
                else:
                    lca, up, down = None, chain, t_chain
                if (lca_part := at_lca.get(lca)) is None:
                    lemma = lemmas[lca] if lca is not None else "-"
                    lca_part = at_lca[lca] = (lemma, get(f"lca={lemma}", 0.0) + get(
                        f"lcapos={pos[lca] if lca is not None else '-'}", 0.0))
                lemma = lca_part[0]
                if (up_part := s_ups.get(lca)) is None:
                    up_part = s_ups[lca] = (
                        "^".join([dep[k] for k in up]),
                        get(f"sdepl={sdep}|{lemma}", 0.0) + get(f"skind={ks}|{sdep}|{lemma}", 0.0),
                        mids(up))
                if (down_part := downs[t].get(lca)) is None:
                    w = get(f"tdepl={tdep}|{lemma}", 0.0)
                    if tdep == "pobj":
                        w += get(f"tprepl={lower[ht]}|{lemma}", 0.0)
                    down_part = downs[t][lca] = ("v".join([dep[k] for k in reversed(down)]),
                                                 w, mids(down))
                path_up, path_down = up_part[0], down_part[0]
                if (kinds := s_kinds.get(kt)) is None:
                    kinds = s_kinds[kt] = get(f"sktk={ks}{kt}", 0.0)
                # the terms in `_joint_words`' order, summed left to right as before
                score = (as_source[s] + as_target[t] + lca_part[1] + up_part[1] + down_part[1]
                         + paths((path_up, path_down), 0.0)
                         + lemma_paths((path_up, lemma, path_down), 0.0)
                         + kinds
                         + order_w[s_start < t_start]
                         + len_w[min(len(up) + len(down), 6)]
                         + dist_w[min(abs(s_start - t_start) // 3, 8)]
                         + acts((s_act, t_act, lemma), 0.0))
                if s_conj or t_conj:
                    score += conj_w
                if ht == rs or hs == rt:
                    score += direct_w
                if up_part[2] or down_part[2]:
                    score += sum(mid_weight(m, 0.0) for m in set(up_part[2] + down_part[2]))
                order.append((s, t))
                z.append(score)
        return order, z


def training_rows(golds: list[Gold], nlp: Any) -> list[tuple[str, str, int]]:
    """(group, features, is-gold) rows of every span pair of the gold sentences with a target."""
    golds = [g for g in golds if g.label != NONE and g.target != (0, 0)]
    out = []
    for gold, sdoc in zip(golds, nlp.pipe([g.text for g in golds], batch_size=128), strict=True):
        for pair in span_pairs(sdoc):
            src, tgt = pair.chars()
            out.append((gold.group, pair.tokens,
                        int(overlap(src, gold.source) and overlap(tgt, gold.target))))
    return out


def fit(rows: list[str], labels: list[int], *, seed: int = 0) -> PairSelector:
    """Fit the vectorizer and the logistic regression (deterministic: lbfgs)."""
    from sklearn.linear_model import LogisticRegression

    vec, X = F.fit_view(_vectorizer(), rows)
    F.check_fit(labels, X.shape[1], what="pair selector",
                hint="Give rows with a source and a target in sentences that hold other "
                     "phrases too (--data repeats: add PLV_train.tsv to yours)")
    model = LogisticRegression(C=C_REG, max_iter=3000, random_state=seed)
    model.fit(X, labels)
    meta = {"format": FORMAT_VERSION, "seed": seed, "config": model_config()}
    return PairSelector(vec, model.coef_[0], model.intercept_, meta)


def train(golds: list[Gold], out_dir: str | Path, *, nlp: Any, seed: int = 0) -> dict[str, Any]:
    """Fit on the gold pairs and write the weights; return a summary."""
    rows = training_rows(golds, nlp)
    model = fit([r[1] for r in rows], [r[2] for r in rows], seed=seed)
    digest = hashlib.sha256("\n".join(r[1] + f"\t{r[2]}" for r in rows).encode()).hexdigest()
    model.meta.update({"n_rows": len(rows), "n_positive": sum(r[2] for r in rows),
                       "rows_sha256": digest})
    model.save(out_dir)
    return {k: model.meta[k] for k in ("n_rows", "n_positive", "rows_sha256")}


def load_selector(path: str | Path | None = None) -> PairSelector | None:
    """The shipped selector, or None while it is not trained."""
    try:
        return PairSelector.load(path)
    except FileNotFoundError:
        return None
