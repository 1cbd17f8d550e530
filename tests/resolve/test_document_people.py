"""People a document names in full with no title, and who "we" is in a quotation: a later
surname, pronoun-like first person or appositive mention finds them (own multi-sentence texts)."""

from __future__ import annotations

import pytest

from eventwire.data import Actor, Span
from eventwire.knowledge.kb import shipped_kb
from eventwire.resolve.actors import ActorResolver


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver(shipped_kb())


def resolve_at(resolver, document, mention, occurrence=0, date="2023-03-01"):
    """Resolve the `occurrence`-th `mention` of `document` as the pipeline does."""
    context = resolver.document_context(document, date)
    at = -1
    for _ in range(occurrence + 1):
        at = document.find(mention, at + 1)
    sentence = next(s for s in document.replace("\n", " ").split(". ") if mention in s)
    actor = resolver.resolve(Actor(mention, span=Span(at, at + len(mention), mention)),
                             date=date, context=context, sentence=sentence)
    return actor.country, actor.resolved_by


def test_a_demonym_before_a_name_gives_the_person_their_country(resolver):
    doc = ("Gunmen in northern Mali released Canadian Robert King and Swiss aid worker Anna "
           "Keller on Sunday, officials said. King had been held for 14 months. Militants "
           "abducted King near Gao in 2021.")
    assert resolve_at(resolver, doc, "King", occurrence=1)[0] == "CAN"
    assert resolve_at(resolver, doc, "King", occurrence=2)[0] == "CAN"


def test_a_surname_is_the_person_named_not_a_famous_namesake(resolver):
    # the KB knows an Australian prime minister Morrison; this one is someone else
    doc = ("Mark Morrison, a retired teacher from Leeds, led the march on Saturday. "
           "Morrison accused the council of ignoring residents.")
    country, _ = resolve_at(resolver, doc, "Morrison", occurrence=1)
    assert country != "AUS"


def test_a_person_named_plainly_takes_the_country_the_story_is_filed_from(resolver):
    doc = ("NAIROBI, Kenya (AP) - Police detained John Kamau on Tuesday after the protest. "
           "Kamau, a taxi driver, was released on bail.\n"
           "Kamau said he would sue the police.")
    assert resolve_at(resolver, doc, "Kamau", occurrence=2)[0] == "KEN"
    # the surname with its appositive ("Kamau, a taxi driver") is the same person
    assert resolve_at(resolver, doc, "Kamau, a taxi driver")[0] == "KEN"


def test_an_envoy_to_a_country_is_not_that_countrys_official(resolver):
    doc = ("Peter Hale, the special envoy to Sudan, met the army chief in Port Sudan. "
           "Hale urged both sides to return to talks in Jeddah.")
    assert resolve_at(resolver, doc, "Hale", occurrence=1)[0] != "SDN"


def test_we_inside_a_quotation_is_the_speaker(resolver):
    doc = ("Turkish Foreign Minister Mevlut Cavusoglu said Ankara would not accept the plan.\n"
           "\"We will ask the Security Council to act,\" he added.")
    assert resolve_at(resolver, doc, "We") == ("TUR", "speaker")


def test_we_outside_a_quotation_and_the_us_are_not_the_speaker(resolver):
    doc = ("Turkish Foreign Minister Mevlut Cavusoglu said Ankara would not accept the plan.\n"
           "We will follow the talks closely. The US welcomed the statement.")
    assert resolve_at(resolver, doc, "We")[0] is None
    assert resolve_at(resolver, doc, "US")[0] == "USA"


def test_a_pronoun_after_a_person_named_by_place_and_kind(resolver):
    doc = ("A Texas man was charged on Monday with threatening a senator. Prosecutors said "
           "he sent dozens of messages to her office.")
    assert resolve_at(resolver, doc, "he") == ("USA", "pronoun")


def test_the_country_is_the_state_named_before_it_not_the_other_party(resolver):
    doc = ("About 2,000 French troops stayed in Mali, a decade after Paris intervened in the "
           "country to halt a jihadist advance.")
    context = resolver.document_context(doc, "2023-03-01")
    at = doc.find("the country")
    mention = Actor("the country", span=Span(at, at + len("the country"), "the country"))
    found = resolver.described_state(mention, context, doc, "FRA")
    assert (found.country, found.sector) == ("MLI", "GOV")
    # nothing named before it: no country
    doc = "Rebels said they had attacked the country's army."
    context = resolver.document_context(doc, "2023-03-01")
    at = doc.find("the country")
    assert resolver.described_state(
        Actor("the country", span=Span(at, at + 11, "the country")), context, doc, None) is None


def test_a_wire_dateline_cleaning_took_off_is_the_documents_country(resolver):
    from eventwire.clean.text import clean_text
    cleaned = clean_text("NAIROBI, Kenya (AP) - Police arrested an activist on Tuesday after "
                         "Britain and the British embassy raised concerns about a rally.\n"
                         "Officials in Britain said the arrest was troubling.")
    assert cleaned.dateline == "NAIROBI, Kenya" and not cleaned.body.startswith("NAIROBI")
    context = resolver.document_context(cleaned.body, None, dateline=cleaned.dateline)
    assert context.document_country == "KEN"


def test_officers_are_the_force_named_before_them(resolver):
    doc = ("Ugandan police arrested the opposition leader on Monday. Officers fired tear gas at "
           "his supporters outside the court.")
    context = resolver.document_context(doc, "2023-03-01")
    for mention, sentence in (("Ugandan police", doc.split(". ")[0]), ("Officers", doc.split(". ")[1])):
        at = doc.find(mention)
        actor = resolver.resolve(Actor(mention, span=Span(at, at + len(mention), mention)),
                                 date="2023-03-01", context=context, sentence=sentence)
    assert (actor.country, actor.sector) == ("UGA", "COP")
    # no force named before: no country
    assert resolve_at(resolver, "Officers fired tear gas at the crowd.", "Officers")[0] is None
