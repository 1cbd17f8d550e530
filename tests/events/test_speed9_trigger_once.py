"""The trigger test runs once per parsed sentence (speed round 9): `_parse` makes it before the
name labeler, records it on the sentence, and the driver reads that record instead of testing
the named parse again."""

from eventwire.events import coder as K

TEXT = (
    "Russian troops attacked Ukrainian positions near Kharkiv on Monday. "
    "Egypt accused Ethiopia of delaying the talks on the dam. "
    "The Swiss government gave account information to the Indian government. "
    "Officials in Brussels said the weather would stay fine all week. "
    "Thousands of farmers rallied in New Delhi against the new laws, demanding their repeal. "
    "Today only, Amazon offers Apple's 12-inch MacBook 256GB in certified refurbished condition."
)


def test_parse_records_the_trigger_test_of_each_kept_sentence(coder, monkeypatch):
    """Every sentence `_parse` hands on carries the verdict it made, and the verdict is what
    the test gives on the finished (named) parse; trigger-less sentences the gate keeps carry
    False."""
    monkeypatch.setattr(K, "OPEN_PREFILTERED", True)
    monkeypatch.setattr(K, "OPEN_GATE", True)
    sentences = [s.strip() + "." for s in TEXT.split(". ")]
    jobs = [(s, 0, len(s), (k, 0)) for k, s in enumerate(sentences)]
    parsed = [d for d in coder._parse(jobs) if d is not None]
    assert len(parsed) >= 4
    verdicts = [d.user_data[K.TRIGGERED] for d in parsed]
    assert verdicts == [coder._triggered(d) for d in parsed]
    assert True in verdicts and False in verdicts  # the gate kept a trigger-less sentence


def test_the_driver_tests_no_named_sentence_again(coder, monkeypatch):
    """`_triggered` runs on the unnamed parse only (once per sentence), not a second time on
    the named one; the events stay those of a driver that tests again."""
    monkeypatch.setattr(K, "OPEN_PREFILTERED", True)
    monkeypatch.setattr(K, "OPEN_GATE", True)
    named = []
    real = type(coder)._triggered

    def counting(self, sdoc, keys=None):
        named.append(sdoc.has_annotation("ENT_IOB"))
        return real(self, sdoc, keys)

    monkeypatch.setattr(type(coder), "_triggered", counting)
    events = coder.code_text(TEXT, doc_id="t")
    assert named and not any(named)

    # a driver that ignores the record (tests each named sentence again) codes the same events
    parse = type(coder)._parse

    def forgetting(self, jobs):
        for sdoc in parse(self, jobs):
            if sdoc is not None:
                del sdoc.user_data[K.TRIGGERED]
            yield sdoc

    monkeypatch.setattr(type(coder), "_parse", forgetting)
    again = coder.code_text(TEXT, doc_id="t")
    assert any(named)
    assert [e.to_dict() for e in again] == [e.to_dict() for e in events]
    assert {e.event for e in events} >= {"ACCUSE", "PROTEST"}
