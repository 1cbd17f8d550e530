"""What news about riots and police trips the coder on (issue 13, IndiaPoliceEvents precision):
learned attacks with no violence in sight, political "attacks", imagined attacks, acts forced on
the police, counted arrests, conditions shared by coordinated verbs, and whom a criticism is for."""

import pytest

pytestmark = pytest.mark.slow


def refined(coder, sentence: str, verb: str, how: str, recipient: str | None = None):
    """A candidate ASSAULT on `verb` (its subject the actor), after the coder's `refine`."""
    from eventwire.events.coder import Candidate, refine

    doc = coder.nlp(sentence)
    tok = next(t for t in doc if t.text == verb)
    subject = [c for c in tok.children if c.dep_ == "nsubj"]
    recipients = [t for t in doc if t.text == recipient]
    cand = Candidate("ASSAULT", None, "190", [], tok, (tok.i, tok.i + 1), actors=subject,
                     recipients=recipients, how=how)
    refine(cand, {})
    return cand


def test_learned_attack_needs_violence_between_its_actors_and_its_verb(coder):
    told = refined(coder, "the commissioner told reporters that the roads near the fort were closed.",
                   "told", "selected", "reporters")
    assert told.suppressed == "no_violence"
    moved = refined(coder, "the officials said that after the raid the families were moved to a camp.",
                    "said", "learned", "families")
    assert moved.suppressed == "no_violence"  # the raid is in a clause of its own
    # violence on the verb's object, on the path to the recipient, or in the verb itself
    assert not refined(coder, "a gang set the warehouse on fire at night.", "set", "learned").suppressed
    assert not refined(coder, "the army said its jets struck the depot.", "said", "selected",
                       "depot").suppressed
    assert not refined(coder, "the guards sustained bullet injuries in the ambush.", "sustained",
                       "learned").suppressed
    # the rules' own events are theirs to decide
    assert not told.suppressed or refined(
        coder, "the commissioner told reporters that the roads near the fort were closed.",
        "told", "verb", "reporters").suppressed != "no_violence"


def test_attacks_made_for_a_reason_or_named_as_politics_are_criticism(code):
    direct = code("the rival leader made a direct attack on the minister for the unrest.")
    assert [e.event for e in direct] == ["ACCUSE"]
    offensive = code("the opposition mounted an extraordinary offensive against the chief minister.")
    assert [e.event for e in offensive] == ["ACCUSE"]
    stranded = code("he must now do all that he has been attacking the ruling front for.")
    assert "ASSAULT" not in [e.event for e in stranded]
    days = code("the rebels attacked the garrison town for three days.")
    assert [e.event for e in days] == ["ASSAULT"]


def test_an_attack_only_supposed_is_not_reported(code):
    supposed = code("now suppose that two of the traders were attacked to settle old scores.")
    assert "ASSAULT" not in [e.event for e in supposed]
    plain = code("two of the traders were attacked near the market.")
    assert [e.event for e in plain] == ["ASSAULT"]


def test_forced_to_act_the_forced_act_and_its_subject_acts(code):
    forced = code("the cops were forced to lathicharge the stone-throwing crowd.")
    charge = [e for e in forced if e.event == "ASSAULT"]
    assert [(e.cameo, e.actor.entity_text) for e in charge] == [("175", "cops")]
    asked = code("the cops were asked to lathicharge the crowd.")
    assert "ASSAULT" not in [e.event for e in asked]


def test_a_counted_number_of_arrests_made_is_an_arrest(code):
    made = code("a large number of preventive arrests have been made in the district.")
    assert [(e.event, e.cameo) for e in made] == [("COERCE", "173")]
    assert made[0].metadata.get("actor_unnamed")


def test_a_verb_coordinated_without_subject_shares_the_condition(code):
    conditional = code("if the guards tried to stop us and detain us, there would be trouble.")
    assert "COERCE" not in [e.event for e in conditional]
    done = code("the guards stopped the marchers and detained twelve of them.")
    assert [(e.event, e.cameo) for e in done] == [("COERCE", "173")]


def test_whoever_is_criticised_for_an_act_did_it(code):
    events = code("the union criticised the police for opening fire on the striking workers.")
    fired = [e for e in events if e.event == "ASSAULT"]
    assert [e.actor.entity_text for e in fired] == ["police"]
    assert [e.event for e in events if e.actor.entity_text == "union"] == ["ACCUSE"]


def test_violent_phrasals_used_of_words_are_no_attack(code):
    retort = code("asked about the split, the party chief shot back saying there were other options.")
    assert "ASSAULT" not in [e.event for e in retort]
    idea = code("it is a proposal which the premier has shot down twice.")
    assert "ASSAULT" not in [e.event for e in idea]
    assert "ASSAULT" not in [e.event for e in code("the minister shot down the plan at once.")]
    downed = code("the rebels shot down a helicopter over the valley.")
    assert [e.event for e in downed] == ["ASSAULT"]
    returned = code("the soldiers shot back at the gunmen.")
    assert [e.event for e in returned] == ["ASSAULT"]


def test_a_veiled_attack_shows_no_violence_to_a_learned_event(coder):
    took = refined(coder, "in a veiled attack on the ministers, the party took a dig at the cabinet.",
                   "took", "selected", "ministers")
    assert took.suppressed == "no_violence"
    raided = refined(coder, "in an attack on the villagers, the gang took their cattle.",
                     "took", "selected", "villagers")
    assert not raided.suppressed


def test_raised_security_and_police_posts_are_police_mobilisation(code):
    stepped = code("the cops stepped up patrolling near the old bridge.")
    assert ("MOBILIZE", "cops") in [(e.event, e.actor.entity_text) for e in stepped]
    cordon = code("the district police threw a security cordon around the stadium.")
    assert [(e.event, e.cameo) for e in cordon] == [("MOBILIZE", "153")]
    tightened = code("security has been tightened around the port.")
    assert [(e.event, e.cameo) for e in tightened] == [("MOBILIZE", "151")]
    assert tightened[0].metadata.get("actor_unnamed")
    assert code("the committee set up a panel to study the claims.") == []
    assert [e.event for e in code("the government tightened sanctions on the regime.")] != ["MOBILIZE"]


def test_patrols_as_nouns_and_forces_deployed_in_a_participle_mobilise(code):
    patrols = code("the border guards continued extensive patrolling along the river.")
    assert [(e.event, e.cameo) for e in patrols] == [("MOBILIZE", "150")]
    assert code("the patrol boat sank near the harbour.") == []
    dodged = code("the pilgrims slipped past the police force deployed at the city gates.")
    assert [(e.event, e.event_text) for e in dodged] == [("MOBILIZE", "deployed")]
    assert code("the letter posted from the city reached late.") == []


def test_a_force_firing_in_a_participle_fires(code):
    fired = code("the union sought an inquiry into the police firing on its members at the mill.")
    shots = [e for e in fired if e.event == "ASSAULT"]
    assert [(e.actor.entity_text, e.event_text) for e in shots] == [("police", "firing")]
    assert "ASSAULT" not in [e.event for e in code("the firm firing its workers was fined.")]
