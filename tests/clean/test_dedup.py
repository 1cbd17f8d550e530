"""Document ids and MinHash signatures: the cleaning step's fast path against datasketch's own."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash

from eventwire.clean.dedup import (
    SCHEME,
    NearDuplicateIndex,
    document_id,
    id_of_words,
    normalise_words,
    shingles,
    signature,
    signature_of_words,
)
from eventwire.settings import Options

TEXTS = [
    "Protesters gathered outside the parliament in Nairobi on Tuesday.\nPolice fired tear gas.",
    "Two words",  # fewer words than a shingle: one shingle of all words
    "",  # no words at all
    "İstanbul'da Straße ŒUVRE 東京 — naïve café, 2024-05-01; x_y z",
    " ".join(f"word{i % 37}" for i in range(2000)),  # repeated shingles
]


def datasketch_signature(text: str, options: Options) -> MinHash:
    """What a default datasketch MinHash of the text's shingles holds."""
    mh = MinHash(num_perm=options.num_perm, seed=1, scheme=SCHEME)
    mh.update_batch(list(shingles(normalise_words(text), options.shingle_size)))
    return mh


@pytest.mark.parametrize("num_perm,shingle_size", [(128, 3), (64, 2), (256, 5)])
@pytest.mark.parametrize("text", TEXTS)
def test_signature_is_datasketchs_minhash_bit_for_bit(text: str, num_perm: int, shingle_size: int) -> None:
    options = Options(num_perm=num_perm, shingle_size=shingle_size)
    want = datasketch_signature(text, options)
    got = signature(text, options)
    assert np.array_equal(got.hashvalues, want.hashvalues)
    assert got.hashvalues.dtype == want.hashvalues.dtype
    assert NearDuplicateIndex.to_bytes(got) == NearDuplicateIndex.to_bytes(want)
    assert np.array_equal(got.permutations, want.permutations)
    assert got.jaccard(want) == 1.0


def test_signatures_share_one_readonly_permutation_draw() -> None:
    """The permutations are drawn once per num_perm, not per document, and no sketch can
    change them for the others."""
    options = Options()
    first, second = signature(TEXTS[0], options), signature(TEXTS[3], options)
    assert first.permutations is second.permutations
    assert not first.permutations.flags.writeable


def test_a_signature_updates_later_as_a_default_minhash() -> None:
    options = Options()
    got, want = signature(TEXTS[0], options), datasketch_signature(TEXTS[0], options)
    got.update(b"one more shingle")
    want.update(b"one more shingle")
    assert np.array_equal(got.hashvalues, want.hashvalues)


@pytest.mark.parametrize("text", TEXTS)
def test_the_step_s_shared_words_give_the_same_id_and_signature(text: str) -> None:
    options = Options()
    words = normalise_words(text)
    assert id_of_words(words) == document_id(text)
    assert np.array_equal(signature_of_words(words, options).hashvalues,
                          datasketch_signature(text, options).hashvalues)
