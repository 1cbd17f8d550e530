"""The cleaning step: raw bytes or markup to one clean, identified, language-tagged article."""

from __future__ import annotations

from eventwire.clean import patterns as P
from eventwire.clean.dedup import NearDuplicateIndex, document_id, signature
from eventwire.clean.html import clean_html
from eventwire.clean.language import detect_language
from eventwire.clean.text import clean_text
from eventwire.data import MINHASH_KEY, STATUS_NON_ENGLISH, STATUS_SKIPPED, Document
from eventwire.dates import estimate_published
from eventwire.errors import Reasons
from eventwire.ingest.decode import DecodeError, decode_bytes
from eventwire.steps import Step


class CleanStep(Step):
    """Decode, extract the article, drop junk, set id and language; skip what is not an article."""

    name = "clean"

    def process(self, doc: Document) -> Document:
        raw, doc.raw = doc.raw, None
        try:
            markup = raw if isinstance(raw, str) else decode_bytes(raw or b"", doc.metadata.get("charset"))
        except DecodeError as err:
            doc.metadata["detail"] = str(err)
            return doc.skip(STATUS_SKIPPED, err.reason)
        if not markup.strip():
            return doc.skip(STATUS_SKIPPED, Reasons.EMPTY)
        if doc.content_type == "html":
            cleaned = clean_html(markup, doc.url, fallbacks=self.options.html_fallbacks)
        else:
            cleaned = clean_text(markup)
        # Metadata given by the input (JSONL fields, WARC headers) wins over what was extracted.
        doc.title = doc.title or cleaned.title
        doc.url = doc.url or cleaned.url
        doc.outlet = doc.outlet or cleaned.outlet
        if not doc.published and cleaned.published:
            doc.published, doc.published_source = cleaned.published, cleaned.published_source
        doc.text = cleaned.body
        words = count_words(doc.text)
        if words < self.options.min_words:
            doc.metadata["detail"] = f"{words} words after cleaning"
            return doc.skip(STATUS_SKIPPED, Reasons.NO_ARTICLE)
        if not doc.published:
            # No date in the metadata: the best estimate from the text, flagged as such.
            ref = estimate_published(doc.text)
            if ref is not None:
                doc.published, doc.published_source = ref.date, "text"
        doc.id = document_id(doc.text)
        doc.language, _ = detect_language(doc.text)
        if doc.language != self.options.language:
            return doc.skip(STATUS_NON_ENGLISH, Reasons.NON_ENGLISH)
        # Computed here, in the worker, so that deduplication (one place, in order) only looks it up.
        doc.metadata[MINHASH_KEY] = NearDuplicateIndex.to_bytes(signature(doc.text, self.options)).hex()
        return doc


def count_words(text: str) -> int:
    """Words of a text: whitespace-separated, plus one per Chinese or Japanese character."""
    return len(text.split()) + len(P.UNSPACED_CHAR_RE.findall(text))
