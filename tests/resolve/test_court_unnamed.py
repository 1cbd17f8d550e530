"""The unnamed actor of a sentence or a conviction is the judiciary (branch audit3): "was
sentenced to five years" shares the arrest code 173, whose unnamed actor is the police."""

from eventwire.data import Actor, Document, Event, Span
from eventwire.resolve.step import Resolver
from eventwire.settings import Options


def _unnamed(sentence: str, etype: str, cameo: str, word: str) -> Event:
    ev = Event(doc_id="d", sentence_index=0, text=sentence, event=etype,
               actor=Actor(entity_text=""), cameo=cameo, event_text=word,
               sentence_span=Span(0, len(sentence), sentence), metadata={"actor_unnamed": True})
    ev.trigger = Span(0, 1, sentence[0])
    return ev


def test_the_unnamed_actor_of_a_sentence_is_the_judiciary():
    text = "CAIRO: The blogger was sentenced to five years in prison. Ten students were arrested."
    sentence = _unnamed("The blogger was sentenced to five years in prison.", "COERCE", "173", "sentenced")
    arrest = _unnamed("Ten students were arrested.", "COERCE", "173", "arrested")
    doc = Document(source_path="x", text=text, published="2019-03-01", events=[sentence, arrest])
    Resolver(Options()).resolve_document(doc)
    assert (sentence.actor.country, sentence.actor.sector) == ("EGY", "JUD")
    assert (arrest.actor.country, arrest.actor.sector) == ("EGY", "COP")
