"""The coding stage: clean article text in, PLOVER events (not yet resolved) out."""

from __future__ import annotations

from eventwire.data import Document
from eventwire.events.coder import EventCoder
from eventwire.settings import Options
from eventwire.steps import BatchStep


class CodeStep(BatchStep):
    """Codes every OK document of a batch with one batched parse; the models load once."""

    name = "code"

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        self.coder = EventCoder(options)

    def process_batch(self, docs: list[Document]) -> list[Document]:
        return self.coder.code_documents(docs)  # also sets sentences and metadata["sentences"]
