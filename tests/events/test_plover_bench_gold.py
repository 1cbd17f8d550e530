"""`bench/plover.py --gold`: which gold records become classifier items, with which labels."""

from __future__ import annotations

import json

from helpers import load_script


def test_gold_items_keep_records_with_both_actor_texts_and_map_old_type_names(tmp_path):
    records = [
        {"text": "Norway demanded that Chile release the sailors.", "event": "DEMAND",
         "source": [{"actorText": "Norway", "code": "NOR"}],
         "target": [{"actorText": "Chile", "code": "CHL"}]},
        {"text": "Peru pulled its troops out of the border zone near Ecuador.", "event": "RETREAT",
         "source": [{"actorText": "Peru", "code": "PER"}],
         "target": [{"actorText": "Ecuadorian army", "code": "ECUMIL"}, {"actorText": "Ecuador", "code": "ECU"}]},
        {"text": "Fiji and Tonga signed a fisheries pact.", "event": "AGREE",
         "source": [{"actorText": "Fiji", "code": "FJI"}], "target": ""},
        {"text": "Mali accused its neighbour of harbouring rebels.", "event": "ACCUSE",
         "source": [{"actorText": "Mali", "code": "MLI"}],
         "target": [{"actorText": "Niger", "code": "NER"}]},
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    items, labels = load_script("bench/plover.py").gold_items(path)
    # No target, or a target text the sentence lacks: not an item.
    assert labels == ["REQUEST", "YIELD"]
    text, source, target = items[1]
    assert text[source[0]:source[1]] == "Peru"
    assert text[target[0]:target[1]] == "Ecuador"  # the first target text found in the sentence
