"""The dimension mapping from PLOVER contexts and types."""

from __future__ import annotations

import pytest

from eventwire.analyze.dimensions import DIMENSIONS, dimensions_of


@pytest.mark.parametrize(("etype", "contexts", "expected"), [
    ("AID", ["humanitarian"], ["humanitarian"]),
    ("AID", ["human_security"], ["humanitarian"]),
    ("AID", ["military"], ["security"]),
    ("AID", [], ["humanitarian"]),
    ("CONSULT", ["diplomatic"], ["diplomatic"]),
    ("CONSULT", ["economic"], ["economic"]),
    ("REQUEST", [], ["diplomatic"]),
    ("ASSAULT", [], ["security"]),
    ("THREATEN", ["diplomatic"], ["diplomatic", "security"]),
    ("SANCTION", [], ["economic"]),
    ("AGREE", ["economic", "military"], ["economic", "security"]),
    ("CONSULT", ["unknown_context"], ["diplomatic"]),
])
def test_dimensions_of(etype, contexts, expected):
    assert dimensions_of(etype, contexts) == expected


def test_every_type_has_a_dimension():
    from eventwire.events.codebook import PLOVER_TYPES

    for etype in PLOVER_TYPES:
        dims = dimensions_of(etype, None)
        assert dims and set(dims) <= set(DIMENSIONS)
