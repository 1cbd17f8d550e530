"""The learned pair model: candidates, training labels, vetoes, and events where no rule fires."""

import json

import pytest

from eventwire.events import pairs as P


def texts_of(pairs):
    return {(tuple(t.text for t in p.sources), tuple(t.text for t in p.targets), p.relation)
            for p in pairs}


def test_candidates_offer_each_object_and_the_subject_alone(coder):
    found = texts_of(P.candidate_pairs(coder.nlp("Police arrested the protesters in Hebron.")))
    assert (("Police",), ("protesters",), "dobj") in found
    assert (("Police",), ("Hebron",), "prep_in") in found
    assert (("Police",), (), "none") in found


def test_speech_verbs_are_not_anchors(coder):
    pairs = P.candidate_pairs(coder.nlp("The minister said the talks went well."))
    assert all(p.anchor.lemma_ != "say" for p in pairs)


def test_training_labels_gold_pair_source_alone_and_negatives(coder):
    text = "Turkey accused Greece of provocations."
    gold = P.Gold(text, (0, 6), (15, 21), "ACCUSE", text)
    labels = {(p.item()[1], p.item()[2]): lab
              for p, lab in P.label_pairs(gold, P.candidate_pairs(coder.nlp(text)))}
    assert labels[((0, 6), (15, 21))] == "ACCUSE"
    assert labels[((0, 6), (0, 0))] == "ACCUSE"  # the same event, recipient unnamed
    assert "NONE" in labels.values()  # "provocations" is a candidate, not the gold target


def test_ace_types_map_to_plover_or_none():
    assert P.ace_label("Conflict:Attack") == "ASSAULT"
    assert P.ace_label("Conflict.Attack.DetonateExplode") == "ASSAULT"
    assert P.ace_label("Justice.ArrestJailDetain.Unspecified") == "COERCE"
    assert P.ace_label("Business:Start-Org") == "NONE"
    assert P.ace_label("Justice:Sentence") is None


def test_vetoes_follow_the_rules(coder):
    def veto(text):
        pairs = [p for p in P.candidate_pairs(coder.nlp(text)) if p.anchor.lemma_ == "attack"]
        return P.vetoed(pairs[0])

    assert veto("The rebels did not attack the convoy.") == "negated"
    assert veto("The rebels denied attacking the convoy.") == "framed"
    assert veto("If the rebels attack the convoy, the army will respond.") == "hypothetical"
    assert veto("The rebels attacked the convoy.") == ""


def test_a_reported_figure_is_no_act(coder):
    """Raising a death toll reports a number; raising tariffs is an act."""
    def veto(text):
        return P.vetoed(next(p for p in P.candidate_pairs(coder.nlp(text)) if p.anchor.lemma_ == "raise"))

    assert veto("The disaster agency raised the death toll to 77.") == "figure"
    assert veto("Washington raised tariffs on Chinese steel.") == ""


def test_learned_events_where_no_rule_fires(code):
    events = code("Hundreds of protesters gathered outside the embassy.")
    assert [(e.event, e.actor.entity_text, e.metadata["rule"]) for e in events] == [
        ("PROTEST", "protesters", "learned")]
    assert code("Hundreds of protesters did not gather outside the embassy.") == []


def test_event_verbs_leave_out_framing_verbs(coder):
    verbs = coder.pairs.event_verbs(margin=0.0)
    assert "gather" in verbs
    assert not verbs & {"say", "decide", "fail", "make"}


def test_no_pair_model_codes_with_the_rules_only(coder, tmp_path):
    assert P.load_pair_model(tmp_path / "none") is None


def test_user_rows_retrain_the_model(coder, tmp_path):
    """A PLOVER-format TSV of one's own rows trains a model the coder can load."""
    rows = ["marked_sentence\tgold_root"]
    for k in range(6):
        rows.append(f"<s>Rebels</s> attacked <t>the convoy {k}</t> near the border.\tASSAULT")
        rows.append(f"<s>Ministers</s> met <t>envoy {k}</t> in the capital.\tCONSULT")
    data = tmp_path / "mine.tsv"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    summary = P.train([str(data)], [], tmp_path / "model", nlp=coder.nlp)
    assert summary["n_gold"] == 12 and summary["label_counts"]["ASSAULT"] >= 6
    model = P.PairModel.load(tmp_path / "model")
    assert set(model.labels) == {"ASSAULT", "CONSULT", "NONE"}
    meta = json.loads((tmp_path / "model" / "meta.json").read_text(encoding="utf-8"))
    assert meta["config"] == P.model_config()


def test_a_model_of_other_settings_is_refused(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "meta.json").write_text(json.dumps({"format": 0}), encoding="utf-8")
    (folder / "vocab.json").write_text("{}", encoding="utf-8")
    (folder / "weights.npz").write_bytes(b"")
    with pytest.raises(ValueError):
        P.PairModel.load(folder)
