"""Sector from the words of a mention: a small learned classifier over its head noun and
modifiers, for mentions that no KB entry and no role word settles ("a tiny island nation",
"a major railway operator", "the referendum" as no actor).

The model is a multinomial logistic regression over word features of the mention's head phrase
(its last word, its other words, the words after "of"/"in"), trained by
`scripts/train_mention_sectors.py` on hand-labelled actor spans and shipped as
`resources/mention_sectors/model.json` (weights, vocabulary, the confidence it fires at). It is
read with numpy only. The class "" stands for "no sector" (no actor, a UN body, a place).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

import numpy as np

from eventwire.knowledge.kb import SHIPPED_DIR

MODEL_PATH = SHIPPED_DIR.parent / "mention_sectors" / "model.json"
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Words that end the head phrase ("members | of the union", "police | in Texas").
BREAKS = frozenset({"of", "in", "from", "at", "by", "to", "for", "with", "against", "on", "near",
                    "who", "which", "that", "under", "over", "into", "across", "between"})
SKIP = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these",
                  "those", "some", "several", "many", "most", "all", "and", "or", "'s", "s"})
MAX_AFTER = 3


def mention_features(text: str) -> list[str]:
    """Features of a mention's common words: h=<head word>, w=<other word of the head phrase>,
    a=<word after the head phrase's preposition> (first three), lower-cased."""
    cased = any(c.isupper() for c in text)
    # Capitalised words are names ("Benjamin Netanyahu", "United States Army"), which the KB and
    # the country words read; the model reads the common words only.
    words = [w.lower().removesuffix("'s") for w in WORD_RE.findall(text)
             if not (cased and w[0].isupper() and w.lower() not in SKIP)]
    head: list[str] = []
    after: list[str] = []
    for k, word in enumerate(words):
        if word in BREAKS:
            after = [w for w in words[k + 1:] if w not in SKIP and w not in BREAKS][:MAX_AFTER]
            break
        if word not in SKIP:
            head.append(word)
    if not head:
        return []
    return [f"h={head[-1]}"] + [f"w={w}" for w in head[:-1]] + [f"a={w}" for w in after]


class MentionSectorModel:
    """The shipped classifier: `predict(text)` gives (sector, probability) or None when the
    mention's head word was never seen in training."""

    def __init__(self, payload: dict) -> None:
        self.classes: list[str] = payload["classes"]
        self.index = {f: i for i, f in enumerate(payload["features"])}
        self.coef = np.asarray(payload["coef"], dtype=np.float32)  # features x classes
        self.intercept = np.asarray(payload["intercept"], dtype=np.float32)
        self.threshold: float = payload["threshold"]

    def predict(self, text: str) -> tuple[str, float] | None:
        feats = mention_features(text)
        if not feats or feats[0] not in self.index:
            return None  # an unseen head noun: the model knows nothing of it
        rows = [self.index[f] for f in feats if f in self.index]
        scores = self.intercept + self.coef[rows].sum(axis=0)
        probs = np.exp(scores - scores.max())
        probs /= probs.sum()
        best = int(probs.argmax())
        return self.classes[best], float(probs[best])

    def sector(self, text: str) -> str | None:
        """The sector the model gives with at least its shipped confidence; None for no
        actor, an unseen head noun or a doubtful prediction."""
        found = self.predict(text)
        if found is None or found[1] < self.threshold:
            return None
        return found[0] or None


@lru_cache(maxsize=1)
def load_model() -> MentionSectorModel | None:
    """The shipped model, or None when it has not been built."""
    if not MODEL_PATH.exists():
        return None
    return MentionSectorModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
