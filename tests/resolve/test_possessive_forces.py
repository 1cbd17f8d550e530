"""Forces and state bodies named by a possessive (branch possess): "its troops", "his soldiers",
"its embassy" take the country of their owner, the subject of the clause the possessive stands
in, with their own sector; an owner outside the state lends its own resolution, never a state's
force.

Every sentence is made up for the test (none is a probe sentence or a CAMEO example), run through
the coder and resolver as `eventwire code` runs them, or through the resolver with its document
read first where no event is needed.
"""

import pytest
from helpers import in_document

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def code():
    """(event type, actor text, actor country, actor sector) of each event of a text, through
    the coder and the resolver of the main job."""
    from eventwire.data import Document
    from eventwire.pipeline import CODE, run_steps, worker_stages
    from eventwire.settings import Options

    stages = worker_stages(CODE, Options())

    def run(text: str) -> list[tuple[str, str, str | None, str | None]]:
        docs, _ = run_steps(stages, [Document(source_path="t", id="t", text=text,
                                              published="2024-05-01")])
        return [(e.event, e.actor.entity_text, e.actor.country, e.actor.sector)
                for e in docs[0].events if e.actor is not None]

    return run


def test_a_states_forces_named_by_its_take_its_country(code):
    assert ("THREATEN", "its troops", "DZA", "MIL") in code(
        "Algeria said its troops would cross into Libya if the attacks on its border posts "
        "continued.")
    assert ("ASSAULT", "its jets", "PAK", "MIL") in code(
        "Pakistan said its jets struck militant hideouts inside Afghanistan on Sunday.")
    assert ("COERCE", "its navy", "IRN", "MIL") in code(
        "Iran said its navy seized a tanker in the Gulf of Oman.")
    assert ("ASSAULT", "its forces", "AZE", "MIL") in code(
        "Azerbaijan said its forces shelled Armenian positions overnight.")


def test_his_forces_take_the_country_of_the_person_who_owns_them(code):
    # not Haiti's, the one country the sentence names
    assert ("ASSAULT", "his soldiers", "KEN", "MIL") in code(
        "President William Ruto said his soldiers had repelled a gang attack in Haiti.")


def test_the_owner_is_the_subject_of_the_possessives_own_clause(resolver):
    # the second "its" is Uganda's, not the document's first country
    assert in_document(resolver, "Kenya recalled its ambassador after Uganda closed its embassy "
                                 "in Nairobi.", "its embassy") == ("UGA", "GOV")
    # "said that its navy": the reporting clause's subject
    assert in_document(resolver, "Turkey said on Tuesday that its navy would escort the ships "
                                 "bound for Libya.", "its navy") == ("TUR", "MIL")
    # "his country": the state of the person who speaks for it
    assert in_document(resolver, "Ghana's president said his country would not accept the "
                                 "ruling on the border with Togo.", "his country") == ("GHA", "GOV")


def test_an_owner_outside_the_state_lends_its_own_resolution(code, resolver):
    # a company's security forces are no state's military
    events = code("The company said its security forces fired on striking miners in Peru.")
    sectors = {sector for _, actor, _, sector in events if actor == "its security forces"}
    assert sectors == {"BUS"}
    # a rebel group's fighters stay rebels
    events = code("The rebels said their fighters shot down a Malian army helicopter.")
    assert [sector for _, actor, _, sector in events if actor == "their fighters"] == ["REB"]
    # an airline's fleet is no air force
    assert in_document(resolver, "The airline said its fleet would avoid Iranian airspace.",
                       "its fleet")[1] == "BUS"


def test_no_owner_taken_where_the_possessive_is_another_states(resolver):
    # "his Chinese counterpart" names its own state
    sentence = "Mongolia's foreign minister held talks with his Chinese counterpart in Beijing."
    assert in_document(resolver, sentence, "his Chinese counterpart")[0] == "CHN"
    # "gave France a deadline to withdraw its ambassador": the ambassador is France's, not the
    # subject's; the owner is left open rather than guessed
    sentence = "Mali's junta gave France a deadline to withdraw its ambassador."
    assert in_document(resolver, sentence, "its ambassador")[0] != "MLI"
