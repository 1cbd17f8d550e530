"""Codebook lookups over the derived tables in resources/codebook/."""

import pytest

from eventwire.events import codebook


def test_plover_for_cameo_maps_codes_and_leaves_out_statements():
    assert codebook.plover_for_cameo("042") == ("CONSULT", "visit", ())
    assert codebook.plover_for_cameo("073") == ("AID", None, ("humanitarian",))
    assert codebook.plover_for_cameo("0312")[0] == "AGREE"
    assert codebook.plover_for_cameo("010") is None  # public statements have no PLOVER type
    assert codebook.plover_for_cameo("999") is None


def test_goldstein_reads_the_table_and_falls_back_to_the_parent_code():
    assert codebook.goldstein("042") == pytest.approx(1.9)
    assert codebook.goldstein("195") == pytest.approx(-10.0)
    assert codebook.goldstein("1213") == codebook.goldstein("121")  # 1213 is not in the TSV
    assert codebook.goldstein(None) is None


@pytest.mark.parametrize(("ptype", "quad"), [("AGREE", 1), ("CONSULT", 1), ("AID", 2), ("RETREAT", 2),
                                            ("REQUEST", 3), ("REJECT", 3), ("THREATEN", 3),
                                            ("PROTEST", 4), ("ASSAULT", 4), ("MOBILIZE", 4)])
def test_quad_of_follows_the_manual(ptype, quad):
    assert codebook.quad_of(ptype) == quad


def test_event_scale_uses_manual_scores_by_mode_then_type():
    assert codebook.event_scale("CONSULT", "visit") == 4.0
    assert codebook.event_scale("CONSULT") == 2.5
    assert codebook.event_scale("ASSAULT", "aerial") == -9.5
    assert codebook.event_scale("ASSAULT", "no-such-mode") == -9.0
    assert codebook.event_scale("AID") == 10.0
    assert codebook.event_scale("ACCUSE") < 0  # the manual's "+3" is a sign typo


@pytest.mark.parametrize(("args", "code"), [
    (("CONSULT", None, ()), "04"),
    (("CONSULT", "visit", ()), "042"),
    (("REQUEST", "assist", ("legal",)), "1013"),
    (("REJECT", "assist", ("legal",)), "1213"),
    (("AGREE", None, ("economic",)), "0311"),
    (("AID", None, ("humanitarian",)), "073"),
    (("AID", None, ("military",)), "072"),
    (("ASSAULT", "aerial", ()), "195"),
    (("MOBILIZE", "troops", ()), "154"),
    (("ACCUSE", "disapprove", ()), "110"),
    # an accusation (PLOVER's "allege") is CAMEO 112, not 114 "complain officially"
    (("ACCUSE", "allege", ()), "112"),
    (("ACCUSE", "allege", ("military",)), "1123"),
])
def test_default_cameo_fits_type_mode_and_context(args, code):
    assert codebook.default_cameo(*args) == code
    assert codebook.plover_for_cameo(code)[0] == args[0]


def test_every_plover_type_has_a_default_code_and_a_score():
    for ptype in codebook.PLOVER_TYPES:
        code = codebook.default_cameo(ptype)
        assert code is not None and codebook.goldstein(code) is not None, ptype
        assert codebook.event_scale(ptype) is not None, ptype


def test_build_script_reproduces_the_shipped_cameo_table(tmp_path):
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    shared = root.parent / "shared"
    if not (shared / "reference" / "CAMEO2PLOVER-2021.txt").exists():
        pytest.skip("../shared/reference is not present")
    spec = importlib.util.spec_from_file_location("build_codebook", root / "scripts" / "build_codebook.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.build(shared, tmp_path)
    shipped = root / "eventwire" / "resources" / "codebook"
    assert (tmp_path / "cameo.tsv").read_text() == (shipped / "cameo.tsv").read_text()
    if (tmp_path / "plover_scores.tsv").exists():
        assert (tmp_path / "plover_scores.tsv").read_text() == (shipped / "plover_scores.tsv").read_text()
