"""surface_forms reads the lemmatizer's inverted tables once per pipeline (speed round 6)."""

import pytest

from eventwire.nlp import pipeline as P

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    return P.load_nlp()


def inverted_each_time(nlp, lemmas, pos):
    """The forms as surface_forms found them before: the tables inverted at every call."""
    tables = nlp.get_pipe("lemmatizer").lookups
    rules = [r for p in pos for r in tables.get_table("lemma_rules", {}).get(p, [])]
    inverse = {}
    for p in pos:
        for form, bases in tables.get_table("lemma_exc", {}).get(p, {}).items():
            for base in bases:
                inverse.setdefault(base, set()).add(form)
    forms = set()
    for lemma in lemmas:
        forms.add(lemma)
        forms.update(inverse.get(lemma, ()))
        forms.update(lemma[: len(lemma) - len(new)] + old for old, new in rules if lemma.endswith(new))
    return frozenset(forms)


def test_surface_forms_equal_the_tables_inverted_at_each_call(nlp):
    lemmas = {"go", "seize", "attack", "flee", "protest", "child", "rally", "meet"}
    for pos in [("verb", "noun"), ("verb", "noun", "adj", "adv"), ("noun",)]:
        first = P.surface_forms(nlp, lemmas, pos)
        assert first == inverted_each_time(nlp, lemmas, pos)
        assert P.surface_forms(nlp, lemmas, list(pos)) == first  # any sequence of tags
    assert {"went", "fled", "children", "seized"} <= P.surface_forms(nlp, lemmas)
    # the cached tables are not changed by what a call returns or adds
    P.surface_forms(nlp, {"zzzq"})
    assert "zzzq" not in P.surface_forms(nlp, {"go"})
    assert P._inverted_tables.cache_info().hits > 0
