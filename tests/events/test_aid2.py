"""Aid and cooperation worded without a trigger (branch aid2): money deposited in a state's
central bank, aid goods dropped from the air, debt written off with whose debt it is, a project
opened or inaugurated with a partner, energy a state starts exporting to another.

Every sentence is made up for the test (none from a probe or negative set, none from the CAMEO
manual), labelled before the first run; each rule has sentences it must code and near misses
it must leave alone.
"""

import pytest
from helpers import emitted, plovers, roles, typed

pytestmark = pytest.mark.slow

NOT_AID = ("AID", "COOPERATE")


def test_money_deposited_in_a_states_central_bank_is_economic_aid(coder):
    deposited = emitted(coder, "Qatar deposited 2 billion dollars in Egypt's central bank on Sunday.")
    assert typed(deposited) == [("AID", "071")]
    assert roles(deposited, "AID") == [(["Qatar"], ["Egypt"])]
    made = emitted(coder, "Kuwait made a $1.5 billion deposit at the Central Bank of Jordan.")
    assert roles(made, "AID") == [(["Kuwait"], ["Jordan"])]
    placed = emitted(coder, "China placed a deposit of 500 million dollars in Sri Lanka's central bank.")
    assert roles(placed, "AID") == [(["China"], ["Lanka"])]
    of_state = emitted(coder, "Saudi Arabia deposited $2 billion in the central bank of Yemen.")
    assert roles(of_state, "AID") == [(["Arabia"], ["Yemen"])]
    # a cheque banked or money put in an account is no aid
    for sentence in ("The bank deposited the cheque on Monday.",
                     "The customer deposited 500 dollars in his account.",
                     "The pensioner deposited his savings in the bank."):
        assert not set(plovers(emitted(coder, sentence))) & set(NOT_AID), sentence


def test_aid_goods_dropped_from_the_air_are_aid(coder):
    food = emitted(coder, "Jordanian planes dropped food over northern Gaza on Tuesday.")
    assert typed(food) == [("AID", "073")]
    supplies = emitted(coder, "American aircraft dropped medical supplies to besieged villagers in Syria.")
    assert typed(supplies) == [("AID", "073")]
    assert roles(supplies, "AID") == [(["aircraft"], ["villagers"])]
    # bombs dropped stay an attack; leaflets, charges or demands dropped are no aid
    assert plovers(emitted(coder, "Warplanes dropped bombs on the town.")) == ["ASSAULT"]
    for sentence in ("The plane dropped leaflets over the town.",
                     "Greek air force helicopters dropped water on the forest fire near Athens.",
                     "Prosecutors dropped the charges against the senator.",
                     "Rebels dropped their demand for a new constitution."):
        assert not set(plovers(emitted(coder, sentence))) & set(NOT_AID), sentence


def test_debt_written_off_names_whose_debt_as_recipient(coder):
    owned = emitted(coder, "Russia wrote off $10 billion of North Korea's debt.")
    assert roles(owned, "AID") == [(["Russia"], ["Korea"])]
    forgave = emitted(coder, "Germany forgave 1 billion euros of Ghana's debt.")
    assert roles(forgave, "AID") == [(["Germany"], ["Ghana"])]
    owed = emitted(coder, "Japan wrote off debts owed by Myanmar worth $3 billion.")
    assert roles(owed, "AID") == [(["Japan"], ["Myanmar"])]
    # reported: the tagger reads "forgave" as a base form, a demand of "said" (subjunctive) it is not
    said = emitted(coder, "Sweden forgave 2 billion crowns of Kenya's debt, the finance ministry said.")
    assert roles(said, "AID") == [(["Sweden"], ["Kenya"])]
    assert "REQUEST" not in plovers(said)
    assert not set(plovers(emitted(coder, "The firm wrote off 2 million dollars of bad loans."))) & set(NOT_AID)


def test_a_project_opened_with_a_partner_is_economic_cooperation(coder):
    pair = emitted(coder, "Turkey and Azerbaijan inaugurated a gas pipeline on Saturday.")
    assert typed(pair) == [("COOPERATE", "061")]
    assert roles(pair, "COOPERATE") == [(["Turkey"], ["Azerbaijan"])]
    withed = emitted(coder, "Zambia opened a one-stop border post with Zimbabwe at Chirundu.")
    assert roles(withed, "COOPERATE") == [(["Zambia"], ["Zimbabwe"])]
    railway = emitted(coder, "Kenya inaugurated a railway with China in Nairobi.")
    assert roles(railway, "COOPERATE") == [(["Kenya"], ["China"])]
    joint = emitted(coder, "Uganda and Rwanda opened a joint border post at Gatuna.")
    assert plovers(joint) == ["COOPERATE"]
    # one actor alone opening a store, a bridge or an office names no partner
    for sentence in ("Walmart opened a new store in Mexico City.",
                     "The mayor opened a new bridge across the river.",
                     "The mall opened a joint venture office downtown."):
        assert not set(plovers(emitted(coder, sentence))) & set(NOT_AID), sentence


def test_energy_exports_begun_to_a_state_are_economic_cooperation(coder):
    power = emitted(coder, "Iran started exporting electricity to Iraq in July.")
    assert typed(power) == [("COOPERATE", "061")]
    assert roles(power, "COOPERATE") == [(["Iran"], ["Iraq"])]
    gas = emitted(coder, "Israel began exporting gas to Egypt through the pipeline.")
    assert roles(gas, "COOPERATE") == [(["Israel"], ["Egypt"])]
    sold = emitted(coder, "Laos started selling electricity to Thailand.")
    assert roles(sold, "COOPERATE") == [(["Laos"], ["Thailand"])]
    # cars or rice exported name no state's energy supply
    for sentence in ("The company exported cars to Germany.",
                     "The farmers started exporting rice this year.",
                     "The company started exporting cars to Germany."):
        assert not set(plovers(emitted(coder, sentence))) & set(NOT_AID), sentence
