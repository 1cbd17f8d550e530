"""Language identification with py3langid (offline, small model bundled with the package)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

UNKNOWN = "und"  # ISO 639-2 "undetermined": text without letters to judge
# langid is accurate from a few hundred characters on; longer input only costs time.
MAX_CHARS = 2000


@lru_cache(maxsize=1)
def load_identifier() -> LanguageIdentifier:
    """Build the identifier once (~0.5 s); it is never mutated afterwards."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability of the text's language; ("und", 0.0) without letters."""
    sample = text[:MAX_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return UNKNOWN, 0.0
    code, prob = load_identifier().classify(sample)
    return str(code), float(prob)
