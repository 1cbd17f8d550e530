"""Event coder: the Syria-Moscow sample, the hard cases of dictionary coders, API and CLI."""

import json
import re

import pytest
from helpers import emitted

from eventwire.data import STATUS_DUPLICATE, Document
from eventwire.events.coder import load_classifier

pytestmark = pytest.mark.slow


def body_of_scrape(raw: str) -> str:
    """The article body of the naive scrape: long paragraphs once, banner/disclaimer out."""
    try:
        from eventwire.clean.text import clean_text
    except ImportError:
        clean_text = None
    if clean_text is not None:
        return clean_text(raw).body
    seen: list[str] = []
    for line in raw.splitlines():
        if len(line.split()) > 25 and line not in seen:
            seen.append(line)
    return "\n".join(seen[:9])


def find(events, etype, **want):
    """Events of a type whose fields match `want` (context: contained in the list)."""
    out = []
    for e in events:
        if e.event != etype:
            continue
        if "context" in want and want["context"] not in e.context:
            continue
        if "mode" in want and e.mode != want["mode"]:
            continue
        if "trigger" in want and want["trigger"] not in e.event_text:
            continue
        if "actor" in want and want["actor"] not in e.actor.entity_text:
            continue
        if "recipient" in want and (e.recipient is None or want["recipient"] not in e.recipient.entity_text):
            continue
        out.append(e)
    return out


def kinds(events):
    return sorted(e.event for e in events)


# -- the sample article -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def sample_events(coder, request):
    path = request.config.rootpath.parent / "shared" / "samples" / "syria-moscow-scrape.txt"
    if not path.exists():
        pytest.skip("../shared/samples/syria-moscow-scrape.txt is not present")
    body = body_of_scrape(path.read_text(encoding="utf-8"))
    return body, coder.code_text(body, doc_id="syria", published="2025-10-28")


@pytest.mark.parametrize(("etype", "want"), [
    ("CONSULT", {"mode": "visit", "actor": "al-Sharaa", "recipient": "Moscow"}),
    ("CONSULT", {"actor": "Putin"}),
    ("REQUEST", {"actor": "Syria", "context": "legal"}),
    ("REJECT", {"actor": "Moscow"}),
    ("AGREE", {"actor": "Both sides", "context": "economic"}),
    ("AID", {"actor": "Russia", "context": "humanitarian", "trigger": "delivery"}),
    ("AID", {"actor": "Russian", "context": "humanitarian", "trigger": "shipments"}),
    ("ASSAULT", {"mode": "aerial", "actor": "Israeli", "recipient": "Syria"}),
    ("MOBILIZE", {"actor": "Israeli"}),
    ("AID", {"actor": "Russia", "context": "military", "recipient": "armed forces"}),
])
def test_sample_yields_each_expected_event_once(sample_events, etype, want):
    _, events = sample_events
    assert len(find(events, etype, **want)) == 1, [(e.event, e.event_text) for e in events]


def test_sample_has_no_spurious_events(sample_events):
    _, events = sample_events
    assert kinds(events) == sorted(["CONSULT", "CONSULT", "REQUEST", "REJECT", "AGREE", "AID",
                                    "AID", "ASSAULT", "MOBILIZE", "AID"])


def test_sample_events_carry_codes_and_provenance(sample_events):
    body, events = sample_events
    for e in events:
        assert body[e.trigger.start:e.trigger.end] == e.trigger.text == e.event_text
        assert body[e.sentence_span.start:e.sentence_span.end] == e.text
        assert body[e.actor.span.start:e.actor.span.end] == e.actor.entity_text
        assert e.sentence_span.start <= e.trigger.start < e.trigger.end <= e.sentence_span.end
        assert e.actor.country is None and e.actor.sector is None  # left to the resolver
        assert re.fullmatch(r"\d{2,4}", e.cameo) and e.goldstein is not None
        assert e.quad_code in (1, 2, 3, 4) and e.event_scale is not None
        assert re.fullmatch(r"[0-9a-f]{40}", e.id) and not e.negated
    assert len({e.id for e in events}) == len(events)
    visit = find(events, "CONSULT", mode="visit")[0]
    assert visit.cameo == "042" and visit.quad_code == 1 and visit.event_scale == 4.0
    strike = find(events, "ASSAULT")[0]
    assert strike.cameo == "195" and strike.goldstein == -10.0 and strike.quad_code == 4
    reject = find(events, "REJECT")[0]
    assert reject.event_text == "sees no basis" and reject.cameo.startswith("12")
    assert "legal" in reject.context  # "this" points back to the extradition request


def test_ids_are_stable_across_runs(coder, sample_events):
    body, events = sample_events
    again = coder.code_text(body, doc_id="syria", published="2025-10-28")
    assert [e.id for e in again] == [e.id for e in events]
    other = coder.code_text(body, doc_id="other")
    assert not {e.id for e in other} & {e.id for e in events}


# -- hard cases -------------------------------------------------------------------------------
def test_negated_act_is_not_emitted(code, coder):
    assert code("Russia did not attack Ukraine on Monday.") == []
    assert code("Russia never attacked Ukraine.") == []
    assert kinds(code("Russia attacked Ukraine on Monday.")) == ["ASSAULT"]
    sdoc = coder.nlp("Russia did not attack Ukraine on Monday.")
    flagged = coder.code_sentence_doc(sdoc, keep_negated=True)
    assert [(c.plover, c.negated) for c in flagged] == [("ASSAULT", True)]


def test_negated_meeting_noun_and_failure(code):
    assert code("No talks were held between India and Pakistan.") == []
    assert code("The leaders of Serbia and Kosovo failed to meet in Brussels.") == []


def test_threat_is_threaten_not_assault(code):
    events = code("Iran threatened to strike Israel.")
    assert kinds(events) == ["THREATEN"]
    assert events[0].mode == "violence" and events[0].actor.entity_text == "Iran"
    assert events[0].event_text == "threatened to strike" and events[0].quad_code == 3


def test_planned_or_future_cooperation_is_agree(code):
    plans = code("Erdogan plans to visit Berlin next month.")
    assert kinds(plans) == ["AGREE"] and plans[0].event_text == "plans to visit"
    assert kinds(code("Putin will meet Xi Jinping in Beijing.")) == ["AGREE"]


def test_planned_or_hypothetical_attack_is_no_event(code):
    assert code("Turkey could attack Kurdish militias if talks fail.") == []
    assert code("Israel plans to strike Iranian nuclear sites.") == []


def test_denial_and_allegation_do_not_assert_the_act(code):
    assert code("Moscow denied attacking the convoy.") == []
    events = code("The United States accused Russia of attacking Ukrainian ports.")
    assert kinds(events) == ["ACCUSE"]
    assert events[0].recipient.entity_text == "Russia" and events[0].mode == "allege"


def test_reported_speech_keeps_the_reported_event(code):
    events = code("Ukraine said Russian forces shelled Kharkiv.")
    assert kinds(events) == ["ASSAULT"]
    assert events[0].actor.entity_text == "Russian forces" and events[0].recipient.entity_text == "Kharkiv"


def test_passive_voice_swaps_actor_and_recipient(code):
    events = code("Israel was criticized by Turkey.")
    assert kinds(events) == ["ACCUSE"]
    assert events[0].actor.entity_text == "Turkey" and events[0].recipient.entity_text == "Israel"
    arrest = code("Protesters were arrested by police in Minsk.")
    assert arrest[0].event == "COERCE" and arrest[0].actor.entity_text == "police"


def test_several_events_in_one_sentence(code):
    events = code("Israeli jets struck Gaza, while police arrested dozens of protesters in Hebron.")
    assert kinds(events) == ["ASSAULT", "COERCE"]
    assert find(events, "ASSAULT", mode="aerial", recipient="Gaza")
    events = code("Russian President Vladimir Putin met Chinese leader Xi Jinping and signed a trade deal.")
    assert kinds(events) == ["CONSULT", "SUPPORT"]
    assert all("Putin" in e.actor.entity_text for e in events)


def test_compound_actors_are_one_event_with_members(code):
    """Coordinated actors of a one-sided act are one actor with members; of a symmetric act,
    the first is the actor and the others the recipient (PLV's convention: a dyad)."""
    struck = code("Russia and Syria bombed the rebel town.")
    assert kinds(struck) == ["ASSAULT"] and struck[0].actor.entity_text == "Russia and Syria"
    assert [m["entity_text"] for m in struck[0].metadata["actors"]] == ["Russia", "Syria"]
    events = code("Russia and Syria agreed to expand trade.")
    assert kinds(events) == ["AGREE"] and "economic" in events[0].context
    assert (events[0].actor.entity_text, events[0].recipient.entity_text) == ("Russia", "Syria")
    talks = code("Talks between Iran and Oman took place in Muscat.")
    assert talks[0].event == "CONSULT"
    assert (talks[0].actor.entity_text, talks[0].recipient.entity_text) == ("Iran", "Oman")


def test_refusal_and_request_frames(code):
    refused = code("France refused to meet the Iranian delegation.")
    assert kinds(refused) == ["REJECT"] and refused[0].mode == "meet"
    asked = code("Egypt asked Israel to release the prisoners.")
    assert kinds(asked) == ["REQUEST"] and asked[0].mode == "yield"
    assert asked[0].recipient.entity_text == "Israel"


def test_host_makes_the_visitor_the_actor(code):
    events = code("Russia hosted Syrian President Ahmad al-Sharaa in Moscow.")
    assert events[0].event == "CONSULT" and events[0].mode == "visit"
    assert "al-Sharaa" in events[0].actor.entity_text and events[0].recipient.entity_text == "Russia"


def test_aid_needs_goods_and_material_support_is_aid(code):
    assert code("The minister provided details of the plan.") == []
    sent = code("Germany sent weapons to Ukraine.")
    assert sent[0].event == "AID" and "military" in sent[0].context and sent[0].cameo == "072"
    assert sent[0].recipient.entity_text == "Ukraine"
    endorsed = code("Japan welcomed the agreement.")
    assert endorsed[0].event == "SUPPORT"


def test_phone_call_is_consult_and_call_for_is_request(code):
    call = code("Prime Minister Benjamin Netanyahu called Australian Prime Minister Scott Morrison on Wednesday.")
    assert kinds(call) == ["CONSULT"] and call[0].mode == "phone"
    assert kinds(code("Several European countries called for talks with Moscow.")) == ["REQUEST"]


# -- API --------------------------------------------------------------------------------------
def test_code_documents_fills_ok_documents_only(coder):
    docs = [
        Document(source_path="a", id="a", text="Iran threatened to strike Israel. Nothing else."),
        Document(source_path="b", id="b", text="Israel was criticized by Turkey."),
        Document(source_path="c", id="c", text="Russia attacked Ukraine.", status=STATUS_DUPLICATE),
    ]
    out = coder.code_documents(docs)
    assert out is docs
    assert [kinds(d.events) for d in docs] == [["THREATEN"], ["ACCUSE"], []]
    assert docs[0].events[0].doc_id == "a" and docs[1].events[0].sentence_index == 0


def test_sentence_index_counts_all_sentences(code):
    events = code("The weather was fine. Israel was criticized by Turkey.")
    assert events[0].sentence_index == 1 and events[0].sentence_span.start == 22


def test_cheap_filter_skips_sentences_without_trigger_or_actor(coder):
    may_hold_event = coder.prefilter.may_hold_event
    assert not may_hold_event("The weather in the capital was fine on Monday.")
    assert not may_hold_event("attacked.")
    assert may_hold_event("Russia attacked Ukraine.")
    assert may_hold_event("Both sides agreed to convene the commission.")
    # Irregular forms come from the lemmatizer's own exception table.
    assert may_hold_event("The prime minister spoke with Erdogan on Friday.")
    assert may_hold_event("Israeli jets struck Gaza overnight.")
    # Verbs that are triggers only beside other words need those words.
    assert may_hold_event("The Kremlin sees no basis for the request from Damascus.")
    assert not may_hold_event("The Kremlin sees the river from its windows.")
    assert may_hold_event("The Senate turned down the bill from Kyiv.")
    assert not may_hold_event("The Senate turned the page on Tuesday.")


HARD_SENTENCES = [
    "The Kremlin sees no basis for the request from Damascus.",
    "Moscow has no plans to extradite Assad, Peskov said.",
    "The Senate turned down the bill from Kyiv.",
    "Police opened fire on protesters in Nairobi.",
    "The ministers held talks in Ankara.",
    "Officials called on Iran to release the detainees.",
    "Putin called Erdogan on Tuesday.",
    "Germany expressed support for Ukraine.",
    "Authorities closed the newspaper Cumhuriyet.",
    "Russia sent troops to the border with Georgia.",
    "Workers went on strike in Athens.",
    "The president spoke with Macron by phone.",
    "Egypt met the demands of the IMF.",
    "Israeli airstrikes hit Damascus.",
]


def test_cheap_filters_lose_no_event(coder, sample_events):
    """Every sentence the full pipeline codes an event in passes the cheap filters."""
    from eventwire.nlp.pipeline import split_sentences

    body = sample_events[0]
    sentences = HARD_SENTENCES + [body[s:e] for s, e in split_sentences(body)]
    with_events = 0
    for sentence, sdoc in zip(sentences, coder.nlp.pipe(sentences), strict=True):
        if coder.code_sentence_doc(sdoc, keep_negated=True):
            with_events += 1
            assert coder.prefilter.may_hold_event(sentence), sentence
    assert with_events >= 20


def test_staged_parse_codes_what_the_whole_pipeline_codes(coder, sample_events):
    """Entities only where a trigger matched: the same events as running every component."""
    import copy
    import dataclasses

    body = sample_events[0]
    whole = copy.copy(coder)
    whole.prefilter = dataclasses.replace(coder.prefilter, stages=None)
    assert coder.prefilter.stages is not None
    texts = [body, " ".join(HARD_SENTENCES)]
    staged = [[e.to_dict() for e in coder.code_text(t, doc_id="x")] for t in texts]
    full = [[e.to_dict() for e in whole.code_text(t, doc_id="x")] for t in texts]
    assert staged == full and len(staged[0]) >= 10


def test_classifier_missing_falls_back_to_lexicon(tmp_path):
    assert load_classifier(str(tmp_path / "no-such-model")) is None


def test_cli_codes_text_and_jsonl(tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["code", "--text", "Israel was criticized by Turkey.", "--id", "x1"])
    assert res.exit_code == 0, res.output
    row = json.loads(res.stdout.strip().splitlines()[-1])
    assert row["id"] == "x1" and row["events"][0]["event"] == "ACCUSE"
    assert row["events"][0]["actor"]["entity_text"] == "Turkey"
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Iran threatened to strike Israel.",
                                "published": "2025-01-02"}) + "\n"
                    + json.dumps({"id": "b", "text": "Nothing happened here."}) + "\n")
    res = runner.invoke(app, ["code", "--jsonl", str(path)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.strip().splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["events"][0]["event"] == "THREATEN" and rows[1]["events"] == []
    assert runner.invoke(app, ["code"]).exit_code != 0


def test_future_refusal_is_reject_and_announced_release_is_intent_to_yield(code):
    refused = code("Israel will not release the prisoners.")
    assert kinds(refused) == ["REJECT"] and refused[0].mode == "yield"
    promised = code("The rebels said they will release the hostages.")
    assert kinds(promised) == ["AGREE"] and promised[0].cameo == "0353"  # CAMEO 035: AGREE


def test_declared_refusal_to_concede_is_reject(code):
    refused = code("Poland says it will not accept the migrants.")
    assert kinds(refused) == ["REJECT"] and refused[0].recipient.entity_text == "migrants"
    assert kinds(code("Iran won't abandon its nuclear programme.")) == ["REJECT"]
    # taking in displaced people is shelter, humanitarian aid (CAMEO 075's usage note: 073)
    accepted = code("Poland accepted the migrants.")
    assert kinds(accepted) == ["AID"] and accepted[0].cameo == "073"
    assert code("Poland did not accept the migrants in 2015.") == []


def test_a_call_made_to_congratulate_is_praise(code):
    events = code("Macron called Scholz on Monday to congratulate him on his election.")
    assert [(e.event, e.actor.entity_text, e.recipient.entity_text) for e in events] == [
        ("SUPPORT", "Macron", "Scholz")]
    assert "CONSULT" in kinds(code("Macron called Scholz on Monday to discuss the budget."))


def test_imposed_measures_and_topics_are_no_recipients(code):
    siege = code("The UN has declared a state of siege in Katanga.")
    assert [(e.event, e.recipient.entity_text) for e in siege] == [("COERCE", "Katanga")]
    curfew = code("The army imposed a curfew.")
    assert kinds(curfew) == ["COERCE"] and curfew[0].recipient is None
    talks = code("Erdogan discussed Libya with Emmanuel Macron.")
    assert [(e.event, e.recipient.entity_text) for e in talks] == [("CONSULT", "Emmanuel Macron")]
    withdrawn = code("Russia withdrew its troops from Syria.")
    assert [(e.event, e.recipient.entity_text) for e in withdrawn] == [("RETREAT", "Syria")]


def test_a_name_beside_a_named_actor_is_an_actor(code):
    agreed = code("Trump and Putin have agreed to share information on North Korea.")
    assert kinds(agreed) == ["AGREE"]  # the symmetric act goes from the first to the second
    assert (agreed[0].actor.entity_text, agreed[0].recipient.entity_text) == ("Trump", "Putin")


def test_counted_objects_are_read_through(code):
    freed = code("Venezuela released dozens of political activists.")
    assert [(e.event, e.recipient.entity_text) for e in freed] == [("RETREAT", "political activists")]
    assert code("Venezuela released dozens of reports.") == []


def test_a_reported_pronoun_is_its_speaker(code):
    boycott = code("Rivals of the prime minister said they will boycott the meeting.")
    assert kinds(boycott) == ["THREATEN"]
    assert boycott[0].actor.entity_text.startswith("Rivals of the prime minister")


def test_acts_aimed_at_a_place_take_it_as_recipient(code):
    alert = code("Israeli troops remained on alert in the northern district.")
    assert [(e.event, e.recipient and e.recipient.entity_text) for e in alert] == [
        ("MOBILIZE", "northern district")]
    rally = code("Thousands of nurses rallied outside the hospital.")
    assert kinds(rally) == ["PROTEST"] and rally[0].recipient is None  # where, not whom


def test_withdrawn_peacekeepers_reduce_relations(code):
    events = code("The UN withdrew its peacekeepers from Rwanda.")
    assert [(e.event, e.cameo) for e in events] == [("SANCTION", "1661")]
    troops = [(e.event, e.cameo) for e in code("Russia withdrew its troops from the border.")]
    assert ("RETREAT", "0872") in troops and ("SANCTION", "1661") not in troops


def test_call_for_punishment_is_accusation(code):
    events = code("Britain called for sanctions against Iran over the executions.")
    assert kinds(events) == ["ACCUSE"] and events[0].recipient.entity_text == "Iran"
    assert kinds(code("Britain called for talks with Iran.")) == ["REQUEST"]


def test_refusals_need_something_refused(code):
    assert kinds(code("Sri Lanka's police chief refused a request by the president.")) == ["REJECT"]
    assert code("The ministry declined to comment on the report.") == []


def test_quantity_heads_and_strikes(code):
    protest = code("Dozens of students staged a protest against the government in Belgrade.")
    assert kinds(protest) == ["PROTEST"] and protest[0].actor.entity_text == "students"
    strike = code("Workers at the Cerro Verde mine went on strike.")
    assert kinds(strike) == ["PROTEST"] and strike[0].mode == "strike"


def test_non_political_senses_are_not_coded(code):
    assert code("NASA released two highly critical reports on Monday.") == []
    assert code("He recalled that the team had rallied to beat Spain.") == []
    assert code("Audi will offer the car in thirteen different finishes.") == []


def test_min_confidence_drops_weak_events():
    from eventwire.events.coder import EventCoder
    from eventwire.settings import Options

    strict = EventCoder(Options(min_confidence=0.95))
    text = "Israel was criticized by Turkey. Talks between Iran and Oman took place in Muscat."
    assert strict.code_text(text) == []
    assert kinds(EventCoder(Options()).code_text(text)) == ["ACCUSE", "CONSULT"]


def test_nominal_subject_finds_its_goods_in_the_predicate(code):
    aid = code("Turkish shipments resumed last week, bringing food and medicine to the camps.")
    assert [e.event for e in aid] == ["AID"] and "humanitarian" in aid[0].context
    assert code("Russian oil shipments resumed last week after repairs at the port.") == []


# -- recall on real news: unnamed actors, causes, one-argument events, lower case --------------


def test_agentless_passive_has_an_unnamed_actor(coder):
    cands = emitted(coder, "Forty-two demonstrators were detained in the capital on Tuesday.")
    assert [(c.plover, c.unnamed, c.actors) for c in cands] == [("COERCE", True, [])]
    assert [t.text for t in cands[0].recipients] == ["demonstrators"]
    assert emitted(coder, "No one was detained in the capital on Tuesday.") == []
    custody = emitted(coder, "Four activists were taken into custody on Monday.")
    assert [(c.plover, c.cameo, c.unnamed) for c in custody] == [("COERCE", "173", True)]


def test_unnamed_actor_event_record(coder):
    text = "Forty-two demonstrators were detained in the capital on Tuesday."
    sdoc = coder.nlp(text)
    cand = emitted(coder, text)[0]
    event = coder._to_event(cand, sdoc, text, 0, len(text), "t", 0, None)
    assert event.actor.entity_text == "" and event.actor.span is None
    assert event.metadata["actor_unnamed"] is True
    assert event.recipient.entity_text == "Forty-two demonstrators"


def test_killing_needs_an_agent_or_a_violent_cause(coder):
    cands = emitted(coder, "Two farmers were killed in an army airstrike on Friday.")
    assert [(c.plover, c.unnamed, c.trigger) for c in cands] == [("ASSAULT", False, (3, 4))]
    assert [t.text for t in cands[0].actors] == ["army"]  # the airstrike is the killing's cause
    unnamed = emitted(coder, "Three villagers were killed in a bomb blast on Friday.")
    assert [(c.plover, c.unnamed) for c in unnamed] == [("ASSAULT", True)]
    assert emitted(coder, "Eleven people were killed in the landslide on Friday.") == []
    assert emitted(coder, "Eleven people were injured when the bridge collapsed.") == []


def test_nominal_event_said_to_happen(coder, code):
    rally = emitted(coder, "A large rally was held in the town square on Sunday.")
    assert [(c.plover, c.unnamed) for c in rally] == [("PROTEST", True)]
    assert emitted(coder, "No rally was held in the town square on Sunday.") == []
    clash = code("Fighting erupted as clashes broke out between rival militias in the north.")
    assert [(e.event, e.actor.entity_text) for e in clash] == [("ASSAULT", "rival militias")]


def test_one_argument_protests(code):
    nurses = code("Hundreds of nurses rallied outside the hospital on Monday.")
    assert [(e.event, e.actor.entity_text, e.recipient) for e in nurses] == [("PROTEST", "nurses", None)]
    streets = code("Students took to the streets of the capital.")
    assert [(e.event, e.actor.entity_text) for e in streets] == [("PROTEST", "Students")]
    joined = code("About 5,000 people gathered downtown in a protest against the new tax.")
    assert kinds(joined) == ["PROTEST"] and "people" in joined[0].actor.entity_text
    assert code("Fans gathered to watch the final on Sunday.") == []


def test_lower_case_role_nouns_and_riot_control(code):
    nabbed = code("cops nabbed three suspects near the bus stand.")
    assert [(e.event, e.cameo, e.actor.entity_text) for e in nabbed] == [("COERCE", "173", "cops")]
    charged = code("police lathicharged the crowd outside the temple.")
    assert [(e.event, e.cameo) for e in charged] == [("ASSAULT", "175")]
    gas = code("Officers fired tear gas at the marchers.")
    assert [(e.event, e.cameo, e.actor.entity_text) for e in gas] == [("ASSAULT", "175", "Officers")]
    assert code("The board fired the chief executive on Monday.") == []


def test_shot_dead_is_one_killing(code):
    events = code("Gunmen shot dead a local councillor in Mosul.")
    assert [(e.event, e.event_text) for e in events] == [("ASSAULT", "shot dead")]


def test_prefilter_keeps_unnamed_actor_sentences(coder):
    assert coder.prefilter.may_hold_event("a rally was held near the temple on sunday.")
    assert not coder.prefilter.may_hold_event("the market was held near the temple on sunday.")


def test_fired_munitions_attack_fired_people_do_not(coder, code):
    rockets = emitted(coder, "Several rockets were fired at the airbase overnight.")
    assert [(c.plover, c.unnamed, c.recipients) for c in rockets] == [("ASSAULT", True, [])]
    assert emitted(coder, "The coach was fired last week after the defeat.") == []
    bombs = code("Rebels detonated a car bomb outside the barracks.")
    assert [(e.event, e.mode, e.actor.entity_text) for e in bombs] == [("ASSAULT", "explosives", "Rebels")]


def test_violence_by_protesters_is_a_riot(code, coder):
    riot = code("Demonstrators attacked a police station in the north.")
    assert [(e.event, e.mode, e.cameo) for e in riot] == [("PROTEST", "riot", "145")]
    chant = code("Teachers chanted slogans outside the education ministry.")
    assert [(e.event, e.actor.entity_text) for e in chant] == [("PROTEST", "Teachers")]
    against = emitted(coder, "Officers detained two men at a protest against the new mining law.")
    assert sorted((c.plover, c.unnamed) for c in against) == [("COERCE", False), ("PROTEST", True)]


def test_weapon_blasts_and_obstruction(code, coder):
    blast = emitted(coder, "A roadside explosion near the checkpoint killed four soldiers.")
    assert [(c.plover, c.mode, c.unnamed) for c in blast] == [("ASSAULT", "explosives", True)]
    assert emitted(coder, "A gas explosion at the chemical plant killed four workers.") == []
    device = emitted(coder, "Two guards were killed by an improvised explosive device.")
    assert [(c.plover, c.unnamed) for c in device] == [("ASSAULT", True)]
    blocked = code("Striking workers blocked the motorway outside Marseille.")
    assert [(e.event, e.mode) for e in blocked] == [("PROTEST", "obstruct")]
    beaten = code("Guards beat up two inmates at the prison.")
    assert [(e.event, e.mode, e.event_text) for e in beaten] == [("ASSAULT", "beat", "beat up")]


def test_mislemmatized_forms_and_killings_caused_by_a_clause(code, coder):
    raped = emitted(coder, "Two girls were raped in the village last week.")
    assert [(c.plover, c.mode, c.unnamed) for c in raped] == [("ASSAULT", "sexual", True)]
    assert code("The senator rapped the governor for his remarks.") == []
    shot = code("Three men were killed when soldiers opened fire on the convoy.")
    assert [(e.event, e.event_text, e.actor.entity_text) for e in shot] == [("ASSAULT", "killed", "soldiers")]
    assert emitted(coder, "Three men were killed when the roof collapsed.") == []
    dropped = emitted(coder, "Barrel bombs were dropped on the market overnight.")
    assert [(c.plover, c.mode, c.unnamed) for c in dropped] == [("ASSAULT", "aerial", True)]
    # dropping charges eases a legal sanction (CAMEO 081), no attack
    assert kinds(code("The prosecutor dropped the charges against the mayor.")) == ["CONCEDE"]
    grenade = emitted(coder, "A guard was injured when a hand grenade exploded at the gate.")
    assert [(c.plover, c.unnamed) for c in grenade] == [("ASSAULT", True)]
    assert emitted(coder, "A guard was injured when a gas cylinder exploded at the gate.") == []


# -- recall on real news: protests, demands, threats, concessions (issue 13) --------------------
def test_evacuated_civilians_and_uncaused_injuries_are_no_event(code):
    evacuated = code("Some 4,000 villagers were evacuated from the flooded valley on Tuesday.")
    assert [e for e in evacuated if e.event == "RETREAT"] == []
    assert code("Dozens were injured as the storm tore the roofs off houses in the port.") == []
    battle = code("Three policemen were wounded in a gun battle with smugglers.")
    assert "ASSAULT" in kinds(battle)


def test_lifted_restrictions_are_concessions_lifted_sanctions_a_retreat(coder):
    curfew = emitted(coder, "The junta lifted the curfew in the capital.")
    assert [(c.plover, c.cameo) for c in curfew] == [("CONCEDE", "081")]
    sanctions = emitted(coder, "The European Union lifted sanctions on Belarus.")
    assert [c.plover for c in sanctions] == ["RETREAT"]
    demands = emitted(coder, "The mining company accepted the demands of the strikers.")
    assert [c.plover for c in demands] == ["CONCEDE"]


def test_obligations_reported_by_an_actor_are_requests(code, coder):
    must = emitted(coder, "The envoy said that Serbia must pull its forces out of the province.")
    assert [(c.plover, [t.text for t in c.actors], [t.text for t in c.recipients]) for c in must] == [
        ("REQUEST", ["envoy"], ["Serbia"])]
    assert code("The report said that prices must fall next year.") == []
    pressed = emitted(coder, "Activists pressed for the government to free the jailed journalists.")
    assert [(c.plover, [t.text for t in c.recipients]) for c in pressed] == [("REQUEST", ["government"])]
    renewed = emitted(coder, "The union renewed its demand for higher wages.")
    assert [(c.plover, [t.text for t in c.actors]) for c in renewed] == [("REQUEST", ["union"])]


def test_pronoun_of_a_reported_clause_is_the_reporter(coder):
    norway = emitted(coder, "Norway said it will support the peace plan.")
    assert [(c.plover, [t.text for t in c.actors]) for c in norway] == [("AGREE", ["Norway"])]


def test_declared_future_violence_is_a_threat_a_plan_is_not(coder, code):
    will = emitted(coder, "The militia will attack the convoy at dawn.")
    assert [(c.plover, c.mode) for c in will] == [("THREATEN", "violence")]
    assert code("The militia plans to attack the convoy at dawn.") == []
    boycott = emitted(coder, "The opposition said it would boycott the election.")
    assert [(c.plover, [t.text for t in c.actors]) for c in boycott] == [("THREATEN", ["opposition"])]
    assert code("The minister said the army would not attack civilians.") == []
    vowed = emitted(coder, "The rebel commander vowed to retaliate against the garrison.")
    assert [c.plover for c in vowed] == ["THREATEN"]
    ultimatum = emitted(coder, "The ministry issued an ultimatum to the striking miners.")
    assert [(c.plover, [t.text for t in c.actors]) for c in ultimatum] == [("THREATEN", ["ministry"])]
    consequences = emitted(coder, "The president warned of severe consequences.")
    assert [c.plover for c in consequences] == ["THREATEN"]
    assert emitted(coder, "Forecasters issued a storm warning for the islands.") == []


def test_protests_by_protesters_inmates_and_counted_crowds(code, coder):
    marched = "Thousands marched through the old town on Saturday."
    assert coder.prefilter.may_hold_event(marched)
    crowd = emitted(coder, marched)
    assert [(c.plover, c.unnamed) for c in crowd] == [("PROTEST", True)]
    looted = emitted(coder, "Rioters looted shops in the port city on Sunday.")
    assert [(c.plover, c.mode, [t.text for t in c.actors]) for c in looted] == [
        ("PROTEST", "riot", ["Rioters"])]
    inmates = emitted(coder, "Inmates rioted at the prison on Friday.")
    assert [(c.plover, [t.text for t in c.actors]) for c in inmates] == [("PROTEST", ["Inmates"])]
    fired = code("Riot police fired rubber bullets at protesters outside the ministry.")
    assert kinds(fired) == ["ASSAULT", "PROTEST"]
    assert find(fired, "PROTEST")[0].actor.entity_text == "protesters"


def test_alert_and_reinforcement_are_mobilization(coder):
    alert = emitted(coder, "The border guards were put on high alert after the shooting.")
    assert [c.plover for c in alert] == ["MOBILIZE"]
    reinforced = emitted(coder, "Moscow reinforced its troops near the frontier.")
    assert [(c.plover, [t.text for t in c.actors], c.recipients) for c in reinforced] == [
        ("MOBILIZE", ["Moscow"], [])]


def test_readiness_offers_and_rallies_joined(coder):
    ready = emitted(coder, "Norway is ready to contribute 300 troops to the mission in Mali.")
    assert [(c.plover, [t.text for t in c.actors]) for c in ready] == [("AGREE", ["Norway"])]
    offered = emitted(coder, "Ghana offered its soldiers to the regional force.")
    assert [(c.plover, c.recipients) for c in offered] == [("AGREE", [])]
    joined = emitted(coder, "Hundreds of Kenyans converged on Friday for a rally in Nairobi.")
    assert [(c.plover, [t.text for t in c.actors]) for c in joined] == [("PROTEST", ["Kenyans"])]


def test_curfews_extended_threaten_curfews_relaxed_concede(coder):
    extend = emitted(coder, "The governor said he will extend the curfew in the port city.")
    assert [(c.plover, [t.text for t in c.actors]) for c in extend] == [("THREATEN", ["governor"])]
    relaxed = emitted(coder, "The governor relaxed the curfew in the northern districts.")
    assert [c.plover for c in relaxed] == ["CONCEDE"]
    tightened = emitted(coder, "The navy tightened the blockade of the harbour.")
    assert [(c.plover, c.mode) for c in tightened] == [("COERCE", "restrict")]


def test_demands_of_demonstrators_are_their_protest(coder):
    demanded = emitted(coder, "Demonstrators demanded the resignation of the mayor.")
    assert [(c.plover, c.mode) for c in demanded] == [("PROTEST", "demo")]
    union = emitted(coder, "The union demanded the resignation of the mayor.")
    assert [c.plover for c in union] == ["REQUEST"]


# -- police actions in lower-cased Indian news (issue 13) --------------------------------------
def test_police_legal_actions(code, coder):
    booked = code("the police booked 15 youths under the arms act.")
    assert [(e.event, e.cameo, e.actor.entity_text) for e in booked] == [("COERCE", "173", "police")]
    assert code("the family booked two tickets to delhi.") == []
    case = emitted(coder, "a case has been registered against the shopkeeper.")
    assert [(c.plover, c.cameo, c.unnamed) for c in case] == [("ACCUSE", "115", True)]
    fir = code("the villagers lodged an fir against the sarpanch.")
    assert [(e.event, e.actor.entity_text) for e in fir] == [("ACCUSE", "villagers")]
    probe = code("the police launched a probe into the blast.")
    assert [(e.event, e.mode, e.actor.entity_text) for e in probe] == [("ACCUSE", "investigate", "police")]
    assert code("the probe revealed nothing new about the blast.") == []


def test_police_picked_up_and_cordoned_off(code):
    picked = code("police picked up three youths for questioning.")
    assert [(e.event, e.cameo, e.event_text) for e in picked] == [("COERCE", "173", "picked up")]
    assert all(e.cameo != "173" for e in code("the police picked up the pace of the investigation."))
    cordon = code("police cordoned off the area after the blast.")
    assert [(e.event, e.mode, e.actor.entity_text) for e in cordon] == [("COERCE", "restrict", "police")]
    gas = code("police burst teargas shells to disperse the mob.")
    assert ("ASSAULT", "175") in [(e.event, e.cameo) for e in gas]
    assert code("the minister struck off two names from the list.") == []


def test_agentless_police_act_reported_by_police(coder):
    said = emitted(coder, "five youths were arrested on monday, police said.")
    assert [(c.plover, [t.text for t in c.actors]) for c in said] == [("COERCE", ["police"])]
    according = emitted(coder, "according to police, six men were detained near the temple.")
    assert [(c.plover, [t.text for t in c.actors]) for c in according] == [("COERCE", ["police"])]
    other = emitted(coder, "five youths were arrested on monday, the vhp leader said.")
    assert [(c.plover, c.unnamed) for c in other] == [("COERCE", True)]


def test_deaths_by_police_firing_or_in_custody(coder):
    firing = emitted(coder, "police say 125 persons have died in police firing.")
    assert [(c.plover, [t.text for t in c.actors], [t.text for t in c.recipients]) for c in firing] == [
        ("ASSAULT", ["police"], ["persons"])]
    custody = emitted(coder, "a dalit youth died in police custody on sunday.")
    assert [(c.plover, [t.text for t in c.actors]) for c in custody] == [("ASSAULT", ["police"])]
    assert emitted(coder, "the former minister died in a delhi hospital on sunday.") == []
    assert emitted(coder, "the old man died after a heart attack at home.") == []
    encounter = emitted(coder, "two militants were killed in an encounter with the police.")
    assert [(c.plover, [t.text for t in c.actors]) for c in encounter] == [("ASSAULT", ["police"])]


def test_indian_english_arrest_forms(coder, code):
    house = emitted(coder, "the two leaders were placed under house arrest on friday.")
    assert [(c.plover, c.cameo, c.unnamed) for c in house] == [("COERCE", "173", True)]
    nabbed = code("the police apprehended four kar sevaks near the railway station.")
    assert [(e.event, e.cameo) for e in nabbed] == [("COERCE", "173")]
    booked = emitted(coder, "around 681 kar sevaks have already been booked in the state.")
    assert [(c.plover, c.cameo, c.unnamed) for c in booked] == [("COERCE", "173", True)]
    assert emitted(coder, "all the seats were booked in the first hour.") == []
    arrested = emitted(coder, "the leaders demanded the release of the arrested persons.")
    assert ("COERCE", "173") in [(c.plover, c.cameo) for c in arrested]


def test_obligations_and_prospects_are_not_asserted(code, coder):
    assert code("the culprits must immediately be arrested and punished.") == []
    assert code("senior vhp leaders are likely to be arrested on friday.") == []
    assert code("the police are set to raid the hideout.") == []
    done = code("the police arrested 12 people and seized weapons.")
    assert [(e.event, e.cameo) for e in done] == [("COERCE", "173"), ("COERCE", "171")]
    assert emitted(coder, "not a single activist of the bajrang dal has been arrested so far.") == []
    assert emitted(coder, "the members can be arrested under the preventive detention law.") == []
    assert emitted(coder, "the police was finding it difficult to arrest him.") == []
    assert emitted(coder, "a crowd makes it easier for terrorists to sneak in and strike.") == []
    went = emitted(coder, "the police went to the village and arrested the accused.")
    assert [(c.plover, c.cameo) for c in went] == [("COERCE", "173")]


def test_units_act_as_their_force(code):
    units = code("two companies of rapid action force dispersed the mob.")
    assert [(e.event, e.actor.entity_text) for e in units] == [("COERCE", "rapid action force")]
    team = code("a team of policemen raided the house.")
    assert [(e.event, e.actor.entity_text) for e in team] == [("COERCE", "policemen")]
    village = code("the men of the village attacked the bus.")
    assert [(e.event, e.actor.entity_text) for e in village] == [("ASSAULT", "men of the village")]


def test_flag_marches_patrols_raids_and_recoveries(code, coder):
    flag = code("the army made its first flag march in the city to instil confidence in the people.")
    assert [(e.event, e.cameo, e.actor.entity_text) for e in flag] == [("MOBILIZE", "150", "army")]
    patrol = code("policemen patrolled the streets of the old city.")
    assert [(e.event, e.actor.entity_text) for e in patrol] == [("MOBILIZE", "policemen")]
    rdx = code("police recovered 5 kg of rdx from the house.")
    assert [(e.event, e.mode) for e in rdx] == [("COERCE", "seize")]
    assert code("the economy recovered slowly last year.") == []
    raids = emitted(coder, "police raids continued in the old city.")
    assert [(c.plover, [t.text for t in c.actors]) for c in raids] == [("COERCE", ["police"])]


def test_booked_and_apprehended_in_their_other_senses(code, coder):
    feared = code("the petitioners said they apprehended a threat to the life of the resident.")
    assert all(e.event != "COERCE" for e in feared)
    assert code("vhp leaders said that they had booked various dharamshalas for the pilgrims.") == []
    seized = emitted(coder, "about 50 ram sevaks were apprehended from the majha area.")
    assert [(c.plover, c.cameo, c.unnamed) for c in seized] == [("COERCE", "173", True)]


def test_deaths_by_a_named_violent_cause(coder):
    deaths = emitted(coder, "a spokesman said 40 of these deaths have taken place due to police firing.")
    assert [(c.plover, [t.text for t in c.actors]) for c in deaths] == [("ASSAULT", ["police"])]
    custodial = emitted(coder, "the commission is probing three custodial deaths in the district.")
    assert ("ASSAULT", True) in [(c.plover, c.unnamed) for c in custodial]
    assert emitted(coder, "his death came as a shock to the family.") == []
    assert emitted(coder, "the death toll rose to 58 after the fire.") == []
    misparsed = emitted(coder, "one person killed in police firing in old city where violence broke out.")
    assert [(c.plover, [t.text for t in c.actors]) for c in misparsed] == [("ASSAULT", ["police"])]


def test_riot_control_forms(code):
    hyphen = code("police lathi-charged the mob near the station.")
    assert [(e.event, e.cameo, e.actor.entity_text, e.event_text) for e in hyphen] == [
        ("ASSAULT", "175", "police", "lathi-charged")]
    baton = code("police baton-charged the crowd.")
    assert [(e.event, e.cameo) for e in baton] == [("ASSAULT", "175")]
    assert all(e.cameo != "175" for e in code("the prosecutor charged the mayor with fraud."))
    resort = code("police resorted to a lathi charge near the temple.")
    assert ("ASSAULT", "175", "police") in [(e.event, e.cameo, e.actor.entity_text) for e in resort]
    lobbed = code("police lobbed teargas shells at the mob.")
    assert [(e.event, e.cameo) for e in lobbed] == [("ASSAULT", "175")]
    assaulted = code("policemen assaulted two journalists outside the court.")
    assert [(e.event, e.mode, e.actor.entity_text) for e in assaulted] == [("ASSAULT", "beat", "policemen")]


def test_subjunctive_and_idiomatic_bookings(coder):
    assert emitted(coder, "he suggested that those guilty be booked under the new ordinance.") == []
    urged = emitted(coder, "he urged the government to bring to book the culprits.")
    assert all(c.cameo != "173" for c in urged) and urged
    booked = emitted(coder, "they have been booked under sections 307 and 395 of the ipc.")
    assert [(c.plover, c.cameo) for c in booked] == [("COERCE", "173")]
    assert emitted(coder, "the state government apprehends reprisal killings in many places.") == []


def test_hyphenated_riot_control_in_the_passive(coder, code):
    bare = emitted(coder, "the protesters were lathi-charged.")
    assert [(c.plover, c.cameo, c.unnamed, [t.text for t in c.recipients])
            for c in bare if c.plover == "ASSAULT"] == [("ASSAULT", "175", True, ["protesters"])]
    by = code("the protesters were lathi-charged by the police.")
    assert [(e.event, e.actor.entity_text) for e in by] == [("ASSAULT", "police")]
    assert code("the mayor was charged with fraud.") == []


def test_a_candidate_actor_alone_passes_the_prefilter_only_when_asked(coder):
    """With a selector placing events that have no trigger word, two actors are enough."""
    sentence = "The Swiss government gave account information to the Indian government."
    assert not coder.prefilter.may_hold_event(sentence)
    assert coder.prefilter.may_hold_event(sentence, actors_alone=True)
    assert not coder.prefilter.may_hold_event("Fine again.", actors_alone=True)


def test_ending_ones_own_protest_eases_dissent(code):
    """CAMEO 082: a strike called off, suspended or postponed is a concession; talks called off
    are halted negotiations (164); police who stop a rally coerce."""
    off = code("The dock workers called off their strike on Monday.")
    assert [(e.event, e.cameo, e.actor.entity_text) for e in off] == [
        ("CONCEDE", "082", "dock workers")]
    suspended = code("The teachers' union suspended its strike.")
    assert [(e.event, e.cameo) for e in suspended] == [("CONCEDE", "082")]
    talks = code("The government called off the talks with the rebels.")
    assert [(e.event, e.cameo) for e in talks] == [("SANCTION", "164")]
    stopped = code("Police stopped the rally.")
    assert [e.event for e in stopped] == ["COERCE"]


def test_a_decided_yield_is_the_yield_and_an_offered_one_an_agreement(code):
    decided = code("Japan has decided to lift its economic sanctions on Pakistan.")
    assert [(e.event, e.cameo, e.recipient and e.recipient.entity_text) for e in decided] == [
        ("RETREAT", "085", "Pakistan")]
    offered = code("Japan has offered to lift its economic sanctions on Pakistan.")
    assert [e.event for e in offered] == ["AGREE"]
    rolled = code("The U.S. rolled back its tariffs on Chinese steel.")
    assert [(e.event, e.cameo) for e in rolled] == [("RETREAT", "085")]


def test_goods_given_or_handed_over_are_aid(code):
    money = code("Germany gave 350 million euros to Ethiopia.")
    assert [(e.event, e.actor.entity_text, e.recipient.entity_text) for e in money] == [
        ("AID", "Germany", "Ethiopia")]
    medical = code("The U.S. gave medical equipment to Nicaragua.")
    assert [(e.event, e.cameo) for e in medical] == [("AID", "073")]
    handed = code("France handed over food and medicine to the Red Cross in Gaza.")
    assert [e.event for e in handed] == ["AID"]
    assert code("The minister gave a speech to party members.") == []


def test_what_is_agreed_is_no_recipient(code):
    agreed = code("Vladimir Putin agreed to a ceasefire.")
    assert [(e.event, e.recipient) for e in agreed] == [("AGREE", None)]


def test_an_upper_case_abbreviation_is_an_actor(code):
    """NER misses many group acronyms; a shouted headline's words are not all actors."""
    declared = code("In Colombia, the ELN declared a ceasefire on Monday.")
    assert [(e.event, e.actor.entity_text) for e in declared] == [("CONCEDE", "ELN")]

def test_words_of_a_shouted_headline_are_no_acronyms(coder):
    from eventwire.events.coder import _acronym, is_actor
    doc = coder.nlp("REBELS SEIZE THE CAPITAL AFTER LONG SIEGE")
    assert not any(_acronym(t) for t in doc)
    named = coder.nlp("Officials said the ELN had signed.")
    eln = next(t for t in named if t.text == "ELN")
    assert _acronym(eln) and is_actor(eln)


def test_a_symmetric_event_between_coordinated_actors_goes_from_the_first(code):
    met = code("Putin and Erdogan met in Sochi.")
    assert [(e.event, e.actor.entity_text, e.recipient.entity_text) for e in met] == [
        ("CONSULT", "Putin", "Erdogan")]
    signed = code("Brazil and Argentina signed a trade agreement.")
    assert [(e.event, e.actor.entity_text, e.recipient.entity_text) for e in signed] == [
        ("SUPPORT", "Brazil", "Argentina")]
    both = code("Both sides agreed to a truce.")
    assert [(e.event, e.recipient) for e in both] == [("AGREE", None)]
    backed = code("Russia and China condemned the resolution.")
    assert all(e.recipient is None or e.recipient.entity_text != "China" for e in backed)


def test_joint_military_exercises_are_military_cooperation(code):
    drills = code("Jordan and the United States began a new round of joint military exercises.")
    assert [(e.event, e.cameo, e.actor.entity_text, e.recipient.entity_text) for e in drills] == [
        ("COOPERATE", "062", "Jordan", "United States")]
    talks = code("Iran and Russia began a new round of talks in Geneva.")
    assert [(e.event, e.actor.entity_text) for e in talks] == [("CONSULT", "Iran")]


def test_a_frame_takes_the_recipient_of_the_act_it_frames(code):
    willing = code("The United States is willing to withdraw its troops from South Vietnam.")
    assert [(e.event, e.recipient.entity_text) for e in willing if e.event == "AGREE"][:1] == [
        ("AGREE", "South Vietnam")]
    share = code("Nearly 70 countries have agreed to share information with the U.S.")
    assert [(e.event, e.recipient.entity_text) for e in share] == [("AGREE", "U.S.")]
    left = code("Russia withdrew its troops from Syria in March.")
    assert [(e.event, e.recipient.entity_text) for e in left] == [("RETREAT", "Syria")]


def test_forces_sent_are_the_means_and_where_they_go_the_recipient(code):
    sent = code("The US military sent 200 troops to Syria.")
    assert [(e.event, e.recipient.entity_text) for e in sent] == [("AID", "Syria")]
    alone = code("Russia sent troops.")
    assert [(e.event, e.recipient) for e in alone] == [("MOBILIZE", None)]


def test_a_refusal_is_addressed_to_the_partner_or_the_condition_doer(code):
    partner = code("Belgrade rejected any cooperation with NATO.")
    assert [(e.event, e.recipient.entity_text) for e in partner] == [("REJECT", "NATO")]
    owner = code("The mayor denied permission to the opposition party's march.")
    assert [(e.event, e.recipient.entity_text) for e in owner] == [("REJECT", "opposition party")]
    until = code("The miners said they will not end the strike until the company raises wages.")
    assert [(e.event, e.recipient.entity_text) for e in until] == [("REJECT", "company")]
    agent = code("The nurses will not end the strike until their demands are met by the government.")
    assert [(e.event, e.recipient.entity_text) for e in agent] == [("REJECT", "government")]


def test_a_dateline_is_no_recipient_of_the_first_clause(code):
    events = code("Lagos: The governor has denied permission to the union's rally.")
    assert [(e.event, e.recipient.entity_text) for e in events if e.event == "REJECT"] == [
        ("REJECT", "union")]


def test_a_promise_with_no_partner_is_for_the_place_it_names(code):
    events = code("The government agreed to build a new hospital in Kano.")
    assert [(e.event, e.recipient.entity_text) for e in events] == [("AGREE", "Kano")]


def test_an_announced_ceasefire_is_a_yield(code):
    events = code("The rebels announced a ceasefire in Darfur.")
    assert [(e.event, e.recipient.entity_text) for e in events] == [("CONCEDE", "Darfur")]


def test_borders_opened_to_refugees_are_shelter_but_not_to_trade(code):
    sheltered = code("Chad opened its borders to the refugees.")
    assert [(e.event, e.cameo, e.recipient.entity_text) for e in sheltered] == [
        ("AID", "073", "refugees")]
    assert code("Chad reopened its borders to traders.") == []


def test_demands_accepted_or_met_yield_to_whoever_made_them(code):
    accepted = code("The company accepted the workers' demands.")
    assert [(e.event, e.recipient.entity_text) for e in accepted] == [("CONCEDE", "workers")]
    met = code("The government met the demands of the farmers.")
    assert ("CONCEDE", "farmers") in [(e.event, e.recipient.entity_text) for e in met]
    assert code("The targets were met.") == []


def test_a_place_hit_stands_for_the_target_when_no_actor_is_hit(code):
    torched = code("Rebels torched a village in Cameroon's Far North Region.")
    assert ("ASSAULT", "Cameroon") in [(e.event, e.recipient and e.recipient.entity_text)
                                       for e in torched]
    beaten = code("Police beat the protesters in Kano.")
    assert [(e.event, e.recipient.entity_text) for e in beaten if e.event == "ASSAULT"] == [
        ("ASSAULT", "protesters")]
