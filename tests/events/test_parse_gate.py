"""Which sentences the coder parses whole (entities included): every one with a trigger."""

from eventwire.events import coder as K

SENTENCES = [
    "Russian troops attacked Ukrainian positions near Kharkiv on Monday.",
    "Egypt accused Ethiopia of delaying the talks on the dam.",
    "The Swiss government gave account information to the Indian government.",
    "Thousands of farmers rallied in New Delhi against the new laws.",
    "The foreign minister's visit to Paris was his first trip abroad.",
    "Officials in Brussels said the weather would stay fine all week.",
    # trigger words the parse shows are no trigger here
    "Shotwell said Starship lunar lander missions could begin in 2022.",
    "Today only, Amazon offers Apple's 12-inch MacBook 256GB in certified refurbished condition.",
    "Home Depot shares are up 39 percent year-to-date while the S&P 500 is up 24.5 percent.",
]


def jobs_of(sentences):
    return [(s, 0, len(s), (k, 0)) for k, s in enumerate(sentences)]


def test_every_sentence_with_a_trigger_is_parsed_whole(coder, monkeypatch):
    """The gate keeps exactly the sentences whose full parse has a trigger or a learned event
    verb, and runs the entity recogniser on them."""
    monkeypatch.setattr(K, "OPEN_PREFILTERED", False)
    kept = [s for s in SENTENCES if coder.prefilter.may_hold_event(s)]
    parsed = list(coder._parse(jobs_of(kept)))
    full = [coder._triggered(d) for d in coder.nlp.pipe(kept)]
    assert [d is not None for d in parsed] == full
    assert any(full) and not all(full)  # the list holds both kinds
    assert all(d.has_annotation("ENT_IOB") for d in parsed if d is not None)


def test_open_prefiltered_parses_every_kept_sentence(coder, monkeypatch):
    monkeypatch.setattr(K, "OPEN_PREFILTERED", True)
    monkeypatch.setattr(K, "OPEN_GATE", False)
    kept = [s for s in SENTENCES if coder.prefilter.may_hold_event(s)]
    parsed = list(coder._parse(jobs_of(kept)))
    assert all(d is not None and d.has_annotation("ENT_IOB") for d in parsed)


def test_the_gate_changes_nothing_where_a_trigger_is(code, monkeypatch):
    """Opening the selector to trigger-less sentences adds events there only."""
    triggered = SENTENCES[:5]
    monkeypatch.setattr(K, "OPEN_PREFILTERED", False)
    gated = [[(e.event, e.actor.entity_text, e.recipient and e.recipient.entity_text)
              for e in code(s)] for s in triggered]
    monkeypatch.setattr(K, "OPEN_PREFILTERED", True)
    opened = [[(e.event, e.actor.entity_text, e.recipient and e.recipient.entity_text)
               for e in code(s)] for s in triggered]
    assert gated == opened
    assert sum(map(len, gated)) >= 3


NO_TRIGGER = [
    "The Swiss government gave account information to the Indian government.",  # two names
    "The minister said the weather would stay fine all week.",  # one actor, no name
    "The weather would stay fine all week, the ministry said.",
    "Officials in Brussels said the weather would stay fine all week.",  # an actor and a name
]


def test_open_gate_skips_trigger_less_sentences_without_two_actors(coder, monkeypatch):
    """Where the parse shows no trigger, only a sentence with two tokens that may head actors
    in one tree (one of them a name) gets the entity component and the selector."""
    monkeypatch.setattr(K, "OPEN_PREFILTERED", True)
    parsed = list(coder._parse(jobs_of(NO_TRIGGER)))
    assert not any(coder._triggered(d) for d in coder.nlp.pipe(NO_TRIGGER))
    assert [d is not None for d in parsed] == [True, False, False, True]
    assert all(d.has_annotation("ENT_IOB") for d in parsed if d is not None)


def test_open_gate_keeps_every_event(code, monkeypatch):
    """The gate skips only sentences the selector could not open: the same events with it
    and without it."""
    def events():
        return [[(e.event, e.actor.entity_text, e.recipient and e.recipient.entity_text)
                 for e in code(s)] for s in SENTENCES + NO_TRIGGER]

    monkeypatch.setattr(K, "OPEN_PREFILTERED", True)
    monkeypatch.setattr(K, "OPEN_GATE", False)
    without = events()
    monkeypatch.setattr(K, "OPEN_GATE", True)
    assert events() == without
    assert sum(map(len, without)) >= 3
