"""The coder finds each parsed sentence's key positions once and hands them to the rules, the
trigger test and the pair model (speed round 8a): the same positions as recomputed at each use,
so the same events."""

from eventwire.events import coder as K

TEXT = (
    "Russian troops attacked Ukrainian positions near Kharkiv on Monday. "
    "Egypt accused Ethiopia of delaying the talks on the dam. "
    "Thousands of farmers rallied in New Delhi against the new laws, demanding their repeal. "
    "The foreign minister said Iran must release the detained sailors. "
    "Police arrested 12 protesters who gathered outside the parliament in Nairobi. "
    "The Swiss government gave account information to the Indian government."
)


def test_keys_handed_on_equal_keys_recomputed_at_each_use(coder, monkeypatch):
    """What `_add_learned` receives equals `key_positions` of the finished sentence read there,
    after the rules ran on it: nothing in between changes the parse or its entities."""
    seen = []
    learned = type(coder)._add_learned

    def checked(self, parsed, items, out, triggered, parsed_keys, *rest):
        seen.extend((K.key_positions(sdoc), keys)
                    for (sdoc, _, _), keys in zip(parsed, parsed_keys, strict=True))
        return learned(self, parsed, items, out, triggered, parsed_keys, *rest)

    monkeypatch.setattr(type(coder), "_add_learned", checked)
    events = coder.code_text(TEXT, doc_id="t")
    assert len(seen) >= 5 and any(keys for _, keys in seen)
    assert all(fresh == keys for fresh, keys in seen)
    assert {e.event for e in events} >= {"ACCUSE", "PROTEST"}


def test_key_positions_found_once_per_parsed_sentence_after_the_parse(coder, monkeypatch):
    """After the parse (whose gate reads the sentence before its entities are labelled) the
    coder calls `key_positions` once per sentence, not once each for the rules, the trigger
    test and the pair model."""
    calls = []
    real = K.key_positions

    def counting(sdoc):
        calls.append(sdoc.has_annotation("ENT_IOB"))
        return real(sdoc)

    monkeypatch.setattr(K, "key_positions", counting)
    parsed = []
    parse = type(coder)._parse

    def counting_parse(self, jobs):
        for sdoc in parse(self, jobs):
            if sdoc is not None:
                parsed.append(sdoc)
            yield sdoc

    monkeypatch.setattr(type(coder), "_parse", counting_parse)
    coder.code_text(TEXT, doc_id="t")
    assert len(parsed) >= 5
    # the full parse's calls: entities labelled (the gate's calls before the labeler have none)
    assert sum(calls) == len(parsed)


def test_find_candidates_with_keys_equals_without(coder):
    for sentence in TEXT.split(". "):
        sdoc = coder.nlp(sentence)
        keys = K.key_positions(sdoc)
        with_keys = [(c.plover, c.how, c.trigger) for c in K.find_candidates(sdoc, None, keys)]
        without = [(c.plover, c.how, c.trigger) for c in K.find_candidates(sdoc)]
        assert with_keys == without
