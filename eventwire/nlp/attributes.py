"""spaCy's attribute ruler and rule lemmatizer, applied over token arrays: same output, less time.

The small English model's `attribute_ruler` (179 Matcher patterns: tag map, morph rules and a
few multi-word exceptions) cost as much as its parser, because the Matcher tries every pattern
at every token and a Python `Span` is made for each of the ~1.3 matches per token. Its patterns
only test token attributes for equality, membership or a regex, one or two tokens long, so the
same matches can be found with numpy over all tokens of a batch at once and written back with
`Doc.from_array`. The result is the ruler's own: matches are found on the tokens as they were,
then applied in the ruler's order (by pattern, later patterns win). A pattern form this module
does not know makes `compile_ruler` return None, and callers keep spaCy's component.

The rule lemmatizer's answer depends on a token's (text, POS, morphology) only (spaCy caches
it under that key); `MemoLemmatizer` keeps the answers by the integer ids and asks spaCy's
lemmatizer for each new key, so no `Token` object is made for a word already seen.

The dependency parser's greedy loop (spaCy's compiled `Parser._parseC`) re-takes the
interpreter lock for every hidden unit of every parser state it scores (the installed spaCy
build calls thinc's `Vec.arg_max` with an exception check that needs the lock): about half of
the parser's time went to lock handling (BENCHMARKS.md, "Speed round 15"). `GreedyParser` runs
the same loop from Python, one call per step for all states of a batch: the states' features
are summed by spaCy's own `precompute_hiddens`, the output layer is the same blis `sgemm` with
the same arguments, and spaCy's own `transition_states` picks each state's best valid move and
applies it, so every number and every choice is the compiled loop's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

# Attributes the ruler may set; written back in one from_array call (TAG and DEP, rare, apart).
_OUT = ("POS", "MORPH", "LEMMA")
_SIDE = ("TAG", "DEP")


class _Unsupported(Exception):
    """A pattern uses a Matcher feature this module does not reproduce."""


class ArrayAttributeRuler:
    """Applies an `AttributeRuler`'s patterns with numpy; `pipe` is a drop-in for the component's."""

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy.attrs import IDS

        self.strings = ruler.vocab.strings
        columns: list[str] = []
        self.rules: list[tuple[list[list[tuple[int, Any]]], int, dict[str, int]]] = []
        names = {v: k for k, v in IDS.items()}
        for k, spec in enumerate(ruler.patterns):
            patterns = []
            for pattern in spec["patterns"]:
                tokens = []
                for token in pattern:
                    tests = []
                    for attr, value in token.items():
                        if attr not in IDS:  # "OP", "_" and other Matcher-only keys
                            raise _Unsupported(attr)
                        if attr not in columns:
                            columns.append(attr)
                        tests.append((columns.index(attr), self._predicate(attr, value)))
                    tokens.append(tests)
                patterns.append(tokens)
            attrs = {names[a]: int(v) for a, v in ruler.attrs[k].items()}
            if not set(attrs) <= set(_OUT + _SIDE):
                raise _Unsupported(str(attrs))
            self.rules.append((patterns, ruler.indices[k], attrs))
        self.columns = [IDS[c] for c in columns]
        self.out = [IDS[c] for c in _OUT + _SIDE]
        self._regex_hits: dict[tuple[str, int], bool] = {}

    def _predicate(self, attr: str, value: Any) -> tuple[str, Any]:
        """("eq", id) | ("in", ids) | ("not_in", ids) | ("regex", compiled)."""
        if isinstance(value, dict):
            if len(value) != 1:
                raise _Unsupported(str(value))
            op, arg = next(iter(value.items()))
            if op in ("IN", "NOT_IN"):
                return op.lower(), np.array([self._id(attr, v) for v in arg], dtype=np.uint64)
            if op == "REGEX":
                return "regex", re.compile(arg)
            raise _Unsupported(op)
        return "eq", self._id(attr, value)

    def _id(self, attr: str, value: Any) -> int:
        if attr.startswith("IS_") or isinstance(value, bool):
            return int(bool(value))
        if isinstance(value, int):
            return value
        return self.strings.add(value) if value else 0

    def _test(self, column: np.ndarray, pred: tuple[str, Any]) -> np.ndarray:
        kind, arg = pred
        if kind == "eq":
            return column == arg
        if kind == "in":
            return np.isin(column, arg)
        if kind == "not_in":
            return ~np.isin(column, arg)
        hits = np.zeros(len(column), dtype=bool)
        for value in np.unique(column):
            key = (arg.pattern, int(value))
            if key not in self._regex_hits:
                self._regex_hits[key] = bool(arg.search(self.strings[int(value)]))
            if self._regex_hits[key]:
                hits |= column == value
        return hits

    def apply(self, docs: list[Doc]) -> None:
        """Set POS, MORPH, LEMMA (and the rare TAG/DEP) of every token, as the ruler would."""
        docs = [d for d in docs if len(d)]
        if not docs:
            return
        data = np.concatenate([d.to_array(self.columns).reshape(len(d), -1) for d in docs])
        out = np.concatenate([d.to_array(self.out) for d in docs])
        before = out.copy()
        ends = np.cumsum([len(d) for d in docs])
        # Token k of a pattern starting at i is i + k, which must stay inside i's document.
        room = np.repeat(ends, [len(d) for d in docs]) - np.arange(len(data))
        for patterns, index, attrs in self.rules:
            starts = np.zeros(len(data), dtype=bool)
            for pattern in patterns:
                ok = room >= len(pattern)
                for k, tests in enumerate(pattern):
                    for col, pred in tests:
                        # Start i needs token i + k to pass; `room` keeps i + k in bounds.
                        ok[: len(ok) - k] &= self._test(data[k:, col], pred)
                starts |= ok
            if not starts.any():
                continue
            targets = np.flatnonzero(starts) + (index if index >= 0 else len(patterns[0]) + index)
            for name, value in attrs.items():
                out[targets, (_OUT + _SIDE).index(name)] = value
        lo = 0
        for doc, hi in zip(docs, ends, strict=True):
            doc.from_array(self.out[: len(_OUT)], out[lo:hi, : len(_OUT)])
            for i in np.flatnonzero((out[lo:hi, len(_OUT):] != before[lo:hi, len(_OUT):]).any(1)):
                doc[int(i)].tag = int(out[lo + i, len(_OUT)])
                doc[int(i)].dep = int(out[lo + i, len(_OUT) + 1])
            lo = hi

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self.apply(batch)
                yield from batch
                batch = []
        self.apply(batch)
        yield from batch


class MemoLemmatizer:
    """A rule-mode `Lemmatizer`'s `pipe` over token id arrays, remembering each key's lemma."""

    MAX_KEYS = 200_000  # a bound on memory over a long run; forgetting only costs time

    def __init__(self, lemmatizer: Any) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.columns = [ORTH, POS, MORPH, LEMMA]
        self.lemma = [LEMMA]
        self.memo: dict[tuple[int, int, int], int] = {}

    def apply(self, doc: Doc) -> None:
        rows = doc.to_array(self.columns)
        lemmas = rows[:, 3].copy()
        memo, overwrite = self.memo, self.lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                if len(memo) >= self.MAX_KEYS:
                    memo.clear()
                value = memo[key] = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array(self.lemma, lemmas)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        for doc in docs:
            if len(doc):
                self.apply(doc)
            yield doc


def memo_lemmatizer(lemmatizer: Any) -> MemoLemmatizer | None:
    """The memoised form of a rule-mode lemmatizer (None for other modes: keep spaCy's)."""
    if getattr(lemmatizer, "mode", None) != "rule":
        return None
    from spacy.tokens import Doc

    lemmatizer(Doc(lemmatizer.vocab, words=[]))  # its first call checks the tables are loaded
    return MemoLemmatizer(lemmatizer)


class GreedyParser:
    """A greedy `DependencyParser`'s `pipe` that steps its states from Python (see above)."""

    def __init__(self, parser: Any) -> None:
        self.parser = parser

    def parse(self, docs: list[Doc]) -> list[Any]:
        """The final parse states of `docs`: `Parser.greedy_parse`'s loop, step by step."""
        import blis.py

        parser = self.parser
        parser._ensure_labels_are_added(docs)  # as `greedy_parse` does first
        batch = parser.moves.init_batch(docs)
        if not any(len(doc) for doc in docs):
            return batch
        step = parser.model.predict(docs)  # the tokens' precomputed features (`ParserStepModel`)
        weights, bias = step.vec2scores.get_param("W"), step.vec2scores.get_param("b")
        unseen = np.flatnonzero(step._class_mask == 0)
        states = [s for s in batch if not s.is_final()]
        while states:
            hidden = step.state2vec.predict(step.get_token_ids(states))
            scores = blis.py.gemm(hidden, weights, trans2=True, beta=0.0)
            scores += bias
            if len(unseen):  # a class never seen in training scores lowest, as in `predict_states`
                scores[:, unseen] = scores.min()
            states = parser.transition_states(states, scores)
        step.clear_memory()
        return batch

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """spaCy's `Parser.pipe`: batches in order, each parsed in length-sorted quarters."""
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            in_order = list(batch)
            by_length = sorted(in_order, key=len)
            for sub in minibatch(by_length, size=max(batch_size // 4, 2)):
                sub = list(sub)
                self.parser.set_annotations(sub, self.parse(sub))
            yield from in_order


# Parsed both ways when the fast form is made: spaCy's internals that `GreedyParser` steps
# (`ParserStepModel`, `transition_states`) are not a public API, and spaCy is pinned only to 3.8.x.
PARSER_CHECK_TEXTS = (
    "The minister said on Monday that police had arrested twelve protesters near the parliament, "
    "and the opposition called for talks.",
    "Talks resumed.",
)


def greedy_parser(parser: Any, nlp: Any) -> GreedyParser | None:
    """The Python-stepped form of `nlp`'s greedy CPU dependency parser `parser`, with an
    output layer and a maxout hidden layer, if it parses `PARSER_CHECK_TEXTS` exactly as
    spaCy's loop does; None otherwise, which keeps spaCy's (a beam, a GPU, another component,
    a spaCy whose internals moved; without maxout spaCy's Python step applies a ReLU its
    compiled loop does not)."""
    from spacy.pipeline import DependencyParser
    from thinc.api import NumpyOps

    if type(parser) is not DependencyParser or parser.cfg.get("beam_width") != 1:
        return None
    model = parser.model
    lower = model.get_ref("lower")
    if not isinstance(model.ops, NumpyOps) or not model.attrs.get("has_upper") \
            or not lower.has_dim("nP") or lower.get_dim("nP") < 2:
        return None
    fast = GreedyParser(parser)
    try:
        same = _parses_as_spacy(fast, parser, nlp)
    except (AttributeError, KeyError, TypeError, ValueError, IndexError):  # internals moved
        return None
    return fast if same else None


def _parses_as_spacy(fast: GreedyParser, parser: Any, nlp: Any) -> bool:
    """Whether `fast` gives the check texts spaCy's heads, labels and sentence starts."""
    from spacy.attrs import DEP, HEAD, SENT_START

    def upstream() -> list[Doc]:
        docs = [nlp.make_doc(text) for text in PARSER_CHECK_TEXTS]
        for _name, proc in nlp.pipeline:
            if proc is parser:
                return docs
            docs = list(proc.pipe(docs))
        raise ValueError("the parser is not in this pipeline")

    columns = [HEAD, DEP, SENT_START]
    want = [doc.to_array(columns) for doc in parser.pipe(upstream())]
    got = [doc.to_array(columns) for doc in fast.pipe(upstream())]
    return all(np.array_equal(a, b) for a, b in zip(want, got, strict=True))


def compile_ruler(ruler: AttributeRuler) -> ArrayAttributeRuler | None:
    """The array form of `ruler`, or None if one of its patterns needs spaCy's Matcher."""
    try:
        return ArrayAttributeRuler(ruler)
    except _Unsupported:
        return None
