"""eventwire: raw news in, political event data out.

    >>> import eventwire
    >>> doc = eventwire.clean_string(open("article.txt").read())
    >>> summary = eventwire.run(["news/"], eventwire.Options(db="events.duckdb"))
"""

from eventwire.api import clean_paths, clean_string, code_string, documents, ingest, run
from eventwire.data import Actor, Document, Event, Span
from eventwire.settings import Options, load_options

__version__ = "0.1.0"

__all__ = [
    "Actor", "Document", "Event", "Options", "Span", "__version__", "clean_paths",
    "clean_string", "code_string", "documents", "ingest", "load_options", "run",
]
