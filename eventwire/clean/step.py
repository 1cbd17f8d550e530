"""The cleaning step: raw bytes or markup to one clean, identified, language-tagged article."""

from __future__ import annotations

from eventwire.clean.dedup import (
    NearDuplicateIndex,
    id_of_words,
    normalise_words,
    signature_of_words,
)
from eventwire.clean.html import clean_html
from eventwire.clean.language import detect_language
from eventwire.clean.text import clean_text, count_words
from eventwire.data import MINHASH_KEY, STATUS_NON_ENGLISH, STATUS_SKIPPED, Document
from eventwire.dates import estimate_published
from eventwire.errors import Reasons
from eventwire.ingest.decode import DecodeError, decode_with_info
from eventwire.steps import Step


class CleanStep(Step):
    """Decode, extract the article, drop junk, set id and language; skip what is not an article."""

    name = "clean"

    def process(self, doc: Document) -> Document:
        raw, doc.raw = doc.raw, None
        try:
            if isinstance(raw, str):  # a JSONL field, or a string given to the API
                markup = raw
                doc.metadata.setdefault("encoding", "str (decoded by the reader)")
            else:
                markup, doc.metadata["encoding"] = decode_with_info(
                    raw or b"", doc.metadata.get("charset")
                )
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
        # What was dropped and why (rule, words before and after), for every document.
        if cleaned.fixed_text:
            doc.metadata["fixed_text"] = True
        if cleaned.extraction:
            doc.metadata["extraction"] = cleaned.extraction
        if cleaned.dateline:
            doc.metadata["dateline"] = cleaned.dateline
        if detail := cleaned.detail():
            doc.metadata["detail"] = detail
        if (words := count_words(doc.text)) < self.options.min_words:
            doc.metadata["detail"] = (
                f"{words} words after cleaning, under min_words "
                f"{self.options.min_words}; {detail or 'nothing removed'}"
            )
            return doc.skip(STATUS_SKIPPED, Reasons.NO_ARTICLE)
        if not doc.published:
            # No date in the metadata: a dateline in the text, else the crawl date of a WARC
            # record (an upper bound close to publication for news crawls), else the latest
            # date the text mentions; each flagged by its source.
            ref = estimate_published(doc.text)
            crawled = doc.metadata.get("crawled")
            if ref is not None and (ref.text == "dateline" or not crawled):
                doc.published, doc.published_source = ref.date, "text"
            elif crawled:
                doc.published, doc.published_source = crawled, "warc"
        words = normalise_words(doc.text)  # once, for the id and the MinHash
        doc.id = id_of_words(words)
        doc.language, _ = detect_language(doc.text)
        if doc.language != self.options.language:
            return doc.skip(STATUS_NON_ENGLISH, Reasons.NON_ENGLISH)
        # Computed here, in the worker, so that deduplication (one place, in order) only looks it up.
        doc.metadata[MINHASH_KEY] = NearDuplicateIndex.to_bytes(
            signature_of_words(words, self.options)).hex()
        return doc

