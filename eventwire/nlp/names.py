"""Named entities from the knowledge base's names and the tagger's proper nouns.

Stands in for the statistical entity recogniser of the small English model, which cost more
than the tagger and parser together (its own tok2vec and a transition loop) while the coder only
asks an entity's kind (a country, a people, an organisation, a person; or a number or date,
which are never actors). Kinds come, longest match first, from:

* the knowledge base's names (`eventwire.knowledge.kb`, shipped tables below every stage): country names, capitals
  and seats are GPE, nationality adjectives and demonyms NORP (also lower-case, as the resolver
  takes them), organisations ORG, people PERSON, places (curated, then the GeoNames gazetteer's
  towns and regions) GPE; peoples and faiths (`name_words.GROUP_WORDS`) NORP;
* otherwise a run of proper nouns starting capitalised: ORG when it holds an organisation word or is an acronym,
  PERSON when it has two words or follows a title, ORG alone; leading titles are no part of it;
* numbers and date words: CARDINAL, DATE.

Figures against the statistical recogniser: BENCHMARKS.md, "Speed round 3".
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.attrs import LIKE_NUM, LOWER, ORTH, POS
from spacy.language import Language
from spacy.symbols import ADJ, PROPN
from spacy.tokens import Span

from eventwire.nlp import name_words as W
from eventwire.nlp.pipeline import NAMES_COMPONENT

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.tokens import Doc

    from eventwire.knowledge.kb import KnowledgeBase

MAX_NAME_TOKENS = 7  # longest name looked up ("Democratic Front for the Liberation of Palestine")
LABEL_CACHE = 1 << 16  # name keys remembered (names repeat a lot)
MIN_LOWER_ADJECTIVE = 6  # a lower-case nationality adjective this long at least ("indian")


def shipped_kb() -> KnowledgeBase:
    """The knowledge base of the shipped tables, shared with the resolver (one load a process)."""
    # The knowledge tables sit below every stage (`eventwire.knowledge`); the labeler reads
    # them as the statistical recogniser read its own trained tables.
    from eventwire.knowledge.kb import shipped_kb as load_shipped
    from eventwire.knowledge.places import Gazetteer

    Gazetteer.load()  # read with the pipeline, not inside the first article that names a town
    return load_shipped()


def token_rows(doc: Doc) -> tuple[list[str], list[str], list[int], list[bool]]:
    """The text, lower form, POS id and `like_num` of every token of `doc`, as lists.

    One array read: making a spaCy Token object per word and attribute cost more than the
    labeling itself.
    """
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, LOWER, POS, LIKE_NUM]).tolist()
    return ([strings[r[0]] for r in rows], [strings[r[1]] for r in rows], [r[2] for r in rows],
            [r[3] == 1 for r in rows])


class NameLabeler:
    """spaCy component: sets `doc.ents` (see the module docstring); needs POS tags."""

    def __init__(self, kb: KnowledgeBase) -> None:
        from eventwire.knowledge.kb import NAME_PARTICLES, ORG_KINDS, ORG_SECTORS, name_key

        self.kb = kb
        self._name_key = name_key
        self._inner = W.NAME_INNER_WORDS | NAME_PARTICLES
        self._org_kinds, self._org_sectors = ORG_KINDS, ORG_SECTORS
        # name key -> label, bounded: a long run sees every capitalised span of its articles
        self.label = lru_cache(maxsize=LABEL_CACHE)(self._label)

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in self.spans(doc)]
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _label(self, key: str) -> str | None:
        """The entity label of a name key in the knowledge base, or None (`label`, cached)."""
        found = None
        country = self.kb.country_word_key(key)
        if country:
            found = "NORP" if country[1] == "adjective" else "GPE"
        elif offices := self.kb.lookup_key(key):
            first = offices[0]
            institution = first.role in self._org_kinds or (
                first.source == "phoenix" and first.sector in self._org_sectors)
            found = "ORG" if institution else "PERSON"
        elif self.kb.place_country(key):  # curated places, then GeoNames towns and regions
            found = "GPE"
        elif key in W.GROUP_WORDS:
            found = "NORP"
        return found

    def spans(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start, end, label) of the entities of `doc`, in order, none overlapping."""
        words, lower, pos, numeric = token_rows(doc)
        capital = [w[:1].isupper() for w in words]
        n, i, out = len(doc), 0, []
        while i < n:
            hit = self._date_or_number(numeric, lower, capital, i)
            if hit is None and capital[i]:
                hit = self._known_name(doc, lower, capital, i)
            elif hit is None and len(lower[i]) >= MIN_LOWER_ADJECTIVE and pos[i] == ADJ:
                # "pakistani troops" in lower-cased text: the resolver takes it too
                country = self.kb.country_word_key(lower[i])
                if country and country[1] == "adjective":
                    hit = (i, i + 1, "NORP")
            if hit is None and pos[i] == PROPN and capital[i]:
                # Only a capitalised run: in lower-cased or badly scraped text the tagger calls
                # places, common words ("march") and mojibake proper nouns.
                j = i + 1
                while j < n and pos[j] == PROPN:
                    j += 1
                run = set(lower[i:j])
                if lower[i].rstrip(".") in W.TITLE_WORDS and run.isdisjoint(W.ORGANISATION_WORDS):
                    i += 1  # a title: the name, if any, starts after it
                    continue
                if not run.isdisjoint(W.ORGANISATION_WORDS) or words[i].isupper():
                    hit = (i, j, "ORG")
                elif j - i >= 2 or (i and lower[i - 1].rstrip(".") in W.TITLE_WORDS):
                    hit = (i, j, "PERSON")
                else:
                    hit = (i, j, "ORG")
            if hit is None:
                i += 1
                continue
            out.append(hit)
            i = hit[1]
        return out

    def _known_name(self, doc: Doc, lower: list[str], capital: list[bool],
                    i: int) -> tuple[int, int, str] | None:
        """The longest name of the knowledge base starting at token i (capitalised)."""
        for j in range(min(len(doc), i + MAX_NAME_TOKENS), i, -1):
            if not capital[j - 1] or any(not capital[k] and lower[k] not in self._inner
                                         for k in range(i + 1, j - 1)):
                continue
            key = self._name_key(doc[i:j].text)
            if key and (label := self.label(key)):
                return i, j, label
        return None

    @staticmethod
    def _date_or_number(numeric: list[bool], lower: list[str], capital: list[bool],
                        i: int) -> tuple[int, int, str] | None:
        """A run of numbers (`numeric`: the tokens' `like_num`) and date words at token i: DATE
        if it holds a date word."""
        def dated(k: int) -> bool:
            return lower[k] in W.DATE_WORDS and (capital[k] or lower[k] not in W.AMBIGUOUS_DATE_WORDS)

        j = i
        while j < len(numeric) and (numeric[j] or dated(j)):
            j += 1
        if j == i:
            return None
        return i, j, "DATE" if any(dated(k) for k in range(i, j)) else "CARDINAL"


@Language.factory(NAMES_COMPONENT)
def make_name_labeler(nlp: Language, name: str) -> Any:
    """The component of `eventwire.nlp.names` over the shipped knowledge base."""
    return NameLabeler(shipped_kb())
