"""Document identity and duplicates: exact ids from normalised text, MinHash LSH clusters."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH
from datasketch.hashfunc import sha1_hash32

from eventwire.data import MINHASH_KEY, STATUS_DUPLICATE, STATUS_NEAR_DUPLICATE, Document
from eventwire.settings import Options
from eventwire.steps import Step

# Stored signatures must be compared with signatures of the same hashing scheme.
SCHEME = "affine32"
WORD_RE = re.compile(r"\w+", re.UNICODE)


def normalise_words(text: str) -> list[str]:
    """Lowercased words: whitespace, punctuation and case never change identity."""
    return WORD_RE.findall(text.lower())


def document_id(text: str) -> str:
    """Stable id of a document: sha1 of its normalised words (20 hex chars)."""
    return id_of_words(normalise_words(text))


def id_of_words(words: list[str]) -> str:
    """`document_id` of a text whose `normalise_words` are `words`."""
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:20]


def shingles(words: list[str], size: int) -> set[bytes]:
    """Word n-gram shingles; short texts fall back to one shingle of all words."""
    if len(words) < size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str, options: Options) -> MinHash:
    """MinHash of the text's word shingles (a pure function: workers compute it, the index
    that needs one process then only looks it up)."""
    return signature_of_words(normalise_words(text), options)


def signature_of_words(words: list[str], options: Options) -> MinHash:
    """`signature` of a text whose `normalise_words` are `words`.

    The same sketch as `MinHash(num_perm, seed=1, scheme=SCHEME).update_batch(shingles)`, made
    without its two per-document costs: drawing the permutations (a new RandomState for
    every sketch; they depend on num_perm and the seed only, so they are drawn once and shared,
    as datasketch's own `copy` and `union` share them) and one `sha1_hash32` call per shingle
    (the same 32-bit values, taken from the digests in one pass).
    """
    mh = MinHash(num_perm=options.num_perm, seed=1, scheme=SCHEME,
                 permutations=_permutations(options.num_perm), hashfunc=_prehashed)
    mh.update_batch(_sha1_hash32_all(shingles(words, options.shingle_size)))
    mh.hashfunc = sha1_hash32  # later `update` calls hash as a default MinHash does
    return mh


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> np.ndarray:
    """The permutation parameters `MinHash(num_perm, seed=1, scheme=SCHEME)` draws; read-only,
    since every sketch shares them."""
    perms = MinHash(num_perm=num_perm, seed=1, scheme=SCHEME).permutations
    perms.setflags(write=False)
    return perms


def _prehashed(value: int) -> int:
    return value


def _sha1_hash32_all(items: Iterable[bytes]) -> list[int]:
    """`sha1_hash32` of each item: the first four bytes of its SHA-1, little-endian."""
    sha1 = hashlib.sha1
    return np.frombuffer(b"".join([sha1(x).digest()[:4] for x in items]), dtype="<u4").tolist()


class NearDuplicateIndex:
    """MinHash LSH over word shingles; each new document joins the cluster of a similar one.

    The cluster id is the id of its first (canonical) member. Signatures are stored with the
    documents, so an index can be rebuilt from the database and later runs see earlier ones.
    """

    def __init__(self, options: Options) -> None:
        self.options = options
        self.lsh = MinHashLSH(threshold=options.lsh_threshold, num_perm=options.num_perm)
        self.cluster_of: dict[str, str] = {}
        self.minhashes: dict[str, MinHash] = {}

    def signature(self, text: str) -> MinHash:
        """MinHash of the text's word shingles."""
        return signature(text, self.options)

    @staticmethod
    def to_bytes(mh: MinHash) -> bytes:
        return np.asarray(mh.hashvalues, dtype=np.uint32).tobytes()

    def from_bytes(self, blob: bytes) -> MinHash:
        values = np.frombuffer(blob, dtype=np.uint32)
        return MinHash(num_perm=self.options.num_perm, seed=1, hashvalues=values, scheme=SCHEME)

    def add(self, doc_id: str, mh: MinHash, cluster_id: str | None = None) -> None:
        """Index a document (a canonical member unless `cluster_id` says otherwise)."""
        if doc_id in self.cluster_of:
            return
        self.cluster_of[doc_id] = cluster_id or doc_id
        self.minhashes[doc_id] = mh
        self.lsh.insert(doc_id, mh)

    def find(self, mh: MinHash) -> str | None:
        """Cluster id of the most similar indexed document above the threshold, if any."""
        best, best_sim = None, self.options.lsh_threshold
        for cand in self.lsh.query(mh):
            sim = mh.jaccard(self.minhashes[cand])
            if sim >= best_sim:
                best, best_sim = cand, sim
        return self.cluster_of[best] if best else None


class DedupStep(Step):
    """Marks exact and near duplicates against everything seen, in this run or stored before.

    Identity is global to the corpus, so this stage runs in one place (the driver), in input
    order; cleaning computed each article's MinHash in the workers, so this only looks it up.
    """

    name = "dedup"
    where = "driver"

    def __init__(self, options: Options, store: Any = None) -> None:
        super().__init__(options)
        self.index = NearDuplicateIndex(options)
        self.seen: set[str] = set()  # ids stored before this run or seen in it
        if store is not None:
            for doc_id, cluster_id, blob in store.signatures():
                self.index.add(doc_id, self.index.from_bytes(blob), cluster_id)
            self.seen = store.document_ids()

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in super().run(docs):
            if not doc.ok and doc.status != STATUS_NEAR_DUPLICATE:
                doc.metadata.pop(MINHASH_KEY, None)  # only stored articles keep their signature
            yield doc

    def process(self, doc: Document) -> Document:
        if doc.id in self.seen:
            return doc.skip(STATUS_DUPLICATE, "same text as document " + doc.id)
        self.seen.add(doc.id)
        pre = doc.metadata.get(MINHASH_KEY)
        mh = self.index.from_bytes(bytes.fromhex(pre)) if pre else self.index.signature(doc.text)
        doc.metadata[MINHASH_KEY] = self.index.to_bytes(mh).hex()
        cluster = self.index.find(mh)
        doc.cluster_id = cluster or doc.id
        self.index.add(doc.id, mh, doc.cluster_id)
        if cluster:
            doc.skip(STATUS_NEAR_DUPLICATE, "near duplicate of " + cluster)
        return doc
