"""Analytic dimensions of an event, derived from its PLOVER contexts and type.

The mapping (an event may count in several dimensions):

1. Every PLOVER context maps to at most one dimension (CONTEXT_DIMENSIONS):
   - security: military, peacekeeping, intelligence, cbrn, terrorism, cyber, crime, territory,
     cease_fire, arms_control
   - economic: economic, business, agriculture, resource, trade, transportation, technology,
     energy, environment
   - humanitarian: humanitarian, human_security, human_rights, asylum, migration, refugee,
     disaster, health, pandemic
   - diplomatic (= diplomatic/political): diplomatic, political_institutions, executive, legal,
     democracy, pro_democracy, pro_autocracy, rights_freedoms, election, religion_ethnicity,
     corruption, gender, international
2. Some types always add a dimension (TYPE_DIMENSIONS): ASSAULT, MOBILIZE, THREATEN, COERCE ->
   security; SANCTION -> economic.
3. If neither gives a dimension, the type's default applies (DEFAULT_DIMENSION): AID ->
   humanitarian (aid with no stated context is mostly relief), RETREAT -> security, every
   other type (CONSULT, AGREE, REQUEST, SUPPORT, CONCEDE, COOPERATE, ACCUSE, REJECT, PROTEST)
   -> diplomatic.

So AID with a humanitarian context is humanitarian, AID with a military context is security,
CONSULT about trade is economic, an ASSAULT is security, and a THREATEN with a diplomatic
context counts in both security and diplomatic.
"""

from __future__ import annotations

from collections.abc import Iterable

DIMENSIONS = ("diplomatic", "economic", "humanitarian", "security")

CONTEXT_DIMENSIONS = {
    **dict.fromkeys((
        "military", "peacekeeping", "intelligence", "cbrn", "terrorism", "cyber", "crime",
        "territory", "cease_fire", "arms_control",
    ), "security"),
    **dict.fromkeys((
        "economic", "business", "agriculture", "resource", "trade", "transportation",
        "technology", "energy", "environment",
    ), "economic"),
    **dict.fromkeys((
        "humanitarian", "human_security", "human_rights", "asylum", "migration", "refugee",
        "disaster", "health", "pandemic",
    ), "humanitarian"),
    **dict.fromkeys((
        "diplomatic", "political_institutions", "executive", "legal", "democracy",
        "pro_democracy", "pro_autocracy", "rights_freedoms", "election", "religion_ethnicity",
        "corruption", "gender", "international",
    ), "diplomatic"),
}
TYPE_DIMENSIONS = {
    "ASSAULT": "security", "MOBILIZE": "security", "THREATEN": "security", "COERCE": "security",
    "SANCTION": "economic",
}
DEFAULT_DIMENSION = {"AID": "humanitarian", "RETREAT": "security"}


def dimensions_of(event_type: str, contexts: Iterable[str] | None = ()) -> list[str]:
    """The dimensions an event counts in, in DIMENSIONS order (never empty)."""
    dims = {CONTEXT_DIMENSIONS[c] for c in (contexts or ()) if c in CONTEXT_DIMENSIONS}
    if event_type in TYPE_DIMENSIONS:
        dims.add(TYPE_DIMENSIONS[event_type])
    if not dims:
        dims.add(DEFAULT_DIMENSION.get(event_type, "diplomatic"))
    return [d for d in DIMENSIONS if d in dims]
