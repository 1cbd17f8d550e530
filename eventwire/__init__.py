"""eventwire: raw news in, political event data out.

    >>> import eventwire
    >>> doc = eventwire.code_text("Putin met al-Sharaa in Moscow.", published="2025-10-15")
    >>> frame = eventwire.code_frame(df, text_col="text", date_col="date")   # one row per event
    >>> summary = eventwire.run(["news/"], eventwire.Options(db="events.duckdb"))
"""

from eventwire.api import (
    clean_paths,
    clean_string,
    code_documents,
    code_frame,
    code_text,
    documents,
    ingest,
    ingest_documents,
    run,
)
from eventwire.data import Actor, Document, Event, Span
from eventwire.pipeline import PIPELINE, Summary
from eventwire.settings import Options, load_options

__version__ = "0.1.0"

__all__ = [
    "PIPELINE", "Actor", "Document", "Event", "Options", "Span", "Summary", "__version__",
    "clean_paths", "clean_string", "code_documents", "code_frame", "code_text", "documents",
    "ingest", "ingest_documents", "load_options", "run",
]
