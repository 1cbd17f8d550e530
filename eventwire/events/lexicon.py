"""Trigger lexicon: word lists and patterns only (the rules that use them live in coder.py).

A verb trigger is `lemma: (PLOVER type, mode, CAMEO code, contexts)`; a noun trigger has the same
shape plus whether it may take its actor only from an explicit argument ("weak" nouns such as
"talks" or "the visit" usually point back to an event already reported, so they need a
possessor, a "between X and Y" or a light verb to count).

Words come from the PLOVER manual's and the CAMEO codebook's category definitions and from misses
read on the dev sets, each checked against those definitions, never taken from a manual's example
sentence (the sentences of tests/events/test_cameo_gaps.py are our own). Each table is defined
once, in the section of its concept; a table derived from others follows them.
"""

from __future__ import annotations

# -- verb triggers and the words they need ---------------------------------------------------------
# (PLOVER type, mode, CAMEO code, contexts)
Entry = tuple[str, str | None, str, tuple[str, ...]]
VERB_TRIGGERS: dict[str, Entry] = {
    # AGREE: intent to cooperate
    "agree": ("AGREE", None, "030", ()),
    "pledge": ("AGREE", None, "030", ()),
    "promise": ("AGREE", None, "030", ()),
    # an assurance given ("the parties assured the commissioner that their cadres would keep the
    # peace") is a promise (CAMEO 030); one given oneself is none (SELF_ADDRESSED_VOID)
    "assure": ("AGREE", None, "030", ()),
    "offer": ("AGREE", None, "033", ()),
    # CONSULT
    "meet": ("CONSULT", None, "040", ()),
    "visit": ("CONSULT", "visit", "042", ()),
    "host": ("CONSULT", "visit", "043", ()),
    "discuss": ("CONSULT", None, "040", ()),
    "consult": ("CONSULT", None, "040", ()),
    "confer": ("CONSULT", None, "040", ()),
    "negotiate": ("CONSULT", None, "046", ("diplomatic",)),
    "mediate": ("CONSULT", None, "045", ("diplomatic",)),
    "phone": ("CONSULT", "phone", "041", ()),
    "convene": ("CONSULT", None, "040", ()),
    # SUPPORT
    "praise": ("SUPPORT", None, "051", ("diplomatic",)),
    "endorse": ("SUPPORT", None, "051", ("diplomatic",)),
    "commend": ("SUPPORT", None, "051", ("diplomatic",)),
    "welcome": ("SUPPORT", None, "051", ("diplomatic",)),
    # -- whole-article audit, round 5: "appreciated the government's move" praises it (CAMEO
    # 051); only with an actor or an act as object (REQUIRED_OBJECTS): "the rupee appreciated",
    # "appreciated the difficulties" are no praise.
    "appreciate": ("SUPPORT", None, "051", ("diplomatic",)),
    "support": ("SUPPORT", None, "051", ("diplomatic",)),
    "back": ("SUPPORT", None, "051", ("diplomatic",)),
    "recognize": ("SUPPORT", None, "054", ("diplomatic",)),
    "recognise": ("SUPPORT", None, "054", ("diplomatic",)),  # the parser keeps British spellings
    "apologize": ("SUPPORT", None, "055", ("diplomatic",)),
    "apologise": ("SUPPORT", None, "055", ("diplomatic",)),
    "sign": ("SUPPORT", None, "057", ("diplomatic",)),
    "ratify": ("SUPPORT", None, "057", ("diplomatic",)),
    # COOPERATE
    "cooperate": ("COOPERATE", None, "060", ()),
    "extradite": ("COOPERATE", None, "063", ("legal",)),
    # AID (deliver/provide/send/... only with goods as object, see AID_GOODS)
    "aid": ("AID", None, "070", ()),
    "assist": ("AID", None, "070", ()),
    "help": ("AID", None, "070", ()),
    "deliver": ("AID", None, "070", ()),
    "provide": ("AID", None, "070", ()),
    "supply": ("AID", None, "070", ()),
    "send": ("AID", None, "070", ()),
    "donate": ("AID", None, "070", ()),
    "contribute": ("AID", None, "070", ()),
    "train": ("AID", None, "072", ("military",)),
    "arm": ("AID", None, "072", ("military",)),
    "rescue": ("AID", None, "070", ()),
    # REQUEST
    "request": ("REQUEST", None, "100", ()),
    "ask": ("REQUEST", None, "100", ()),
    "demand": ("REQUEST", None, "100", ()),
    "urge": ("REQUEST", None, "100", ()),
    "appeal": ("REQUEST", None, "100", ()),
    "seek": ("REQUEST", None, "100", ()),
    # ACCUSE
    "accuse": ("ACCUSE", "allege", "112", ()),
    "allege": ("ACCUSE", "allege", "112", ()),
    "blame": ("ACCUSE", "allege", "112", ()),
    "criticize": ("ACCUSE", "disapprove", "111", ()),
    "criticise": ("ACCUSE", "disapprove", "111", ()),
    "condemn": ("ACCUSE", "disapprove", "111", ()),
    "denounce": ("ACCUSE", "disapprove", "111", ()),
    "decry": ("ACCUSE", "disapprove", "111", ()),
    "slam": ("ACCUSE", "disapprove", "111", ()),
    "rebuke": ("ACCUSE", "disapprove", "111", ()),
    "sue": ("ACCUSE", "allege", "115", ("legal",)),
    "investigate": ("ACCUSE", "investigate", "090", ()),
    "probe": ("ACCUSE", "investigate", "090", ()),
    # REJECT
    "reject": ("REJECT", None, "120", ()),
    "refuse": ("REJECT", None, "120", ()),
    "decline": ("REJECT", None, "120", ()),
    "rebuff": ("REJECT", None, "120", ()),
    "veto": ("REJECT", "yield", "129", ("diplomatic",)),
    "deny": ("REJECT", None, "120", ()),
    # THREATEN
    "threaten": ("THREATEN", None, "130", ()),
    "warn": ("THREATEN", None, "130", ()),
    # PROTEST
    "protest": ("PROTEST", "demo", "141", ()),
    "demonstrate": ("PROTEST", "demo", "141", ()),
    "rally": ("PROTEST", "demo", "141", ()),
    "riot": ("PROTEST", "riot", "145", ()),
    "boycott": ("PROTEST", "boycott", "143", ()),
    "march": ("PROTEST", "demo", "141", ()),  # with a prep or a protesting subject, see REQUIRED_PREPS
    # SANCTION. Imposing sanctions/embargoes is COERCE 'restrict' as in CAMEO2PLOVER (163) and the
    # PLOVER training data, though the manual's SANCTION 'discontinue' text also mentions them.
    "sanction": ("COERCE", "restrict", "163", ("economic",)),
    "expel": ("SANCTION", "expel", "166", ("diplomatic",)),
    "sever": ("SANCTION", "withdraw", "161", ("diplomatic",)),
    "suspend": ("SANCTION", "discontinue", "16", ()),
    "recall": ("SANCTION", "withdraw", "161", ("diplomatic",)),
    "embargo": ("COERCE", "restrict", "163", ("economic",)),
    # MOBILIZE
    "deploy": ("MOBILIZE", "troops", "154", ("military",)),
    "mobilize": ("MOBILIZE", "troops", "154", ("military",)),
    "mobilise": ("MOBILIZE", "troops", "154", ("military",)),
    "mass": ("MOBILIZE", "troops", "154", ("military",)),
    # COERCE
    "arrest": ("COERCE", "arrest", "173", ("legal",)),
    "detain": ("COERCE", "arrest", "173", ("legal",)),
    "nab": ("COERCE", "arrest", "173", ("legal",)),
    "imprison": ("COERCE", "arrest", "173", ("legal",)),
    "jail": ("COERCE", "arrest", "173", ("legal",)),
    "deport": ("COERCE", "deport", "174", ("legal",)),
    "seize": ("COERCE", "seize", "171", ()),
    "confiscate": ("COERCE", "seize", "1711", ()),
    "impound": ("COERCE", "seize", "1711", ()),  # "border guards impounded a fishing boat"
    "raid": ("COERCE", "seize", "171", ()),
    "ban": ("COERCE", "restrict", "172", ()),
    "censor": ("COERCE", "censor", "172", ("rights_freedoms",)),
    "blockade": ("COERCE", "restrict", "191", ("military",)),
    "occupy": ("COERCE", "seize", "192", ("military", "territory")),
    # ground taken back by force is territory occupied (192): "retook the city from"
    "retake": ("COERCE", "seize", "192", ("military", "territory")),
    "recapture": ("COERCE", "seize", "192", ("military", "territory")),
    # ASSAULT
    "attack": ("ASSAULT", None, "190", ("military",)),
    "strike": ("ASSAULT", None, "190", ("military",)),
    "bomb": ("ASSAULT", "aerial", "195", ("military",)),
    "bombard": ("ASSAULT", "heavy-weapons", "194", ("military",)),
    "shell": ("ASSAULT", "heavy-weapons", "194", ("military",)),
    "shoot": ("ASSAULT", "firearms", "193", ()),
    "invade": ("ASSAULT", None, "190", ("military", "territory")),
    "ambush": ("ASSAULT", None, "190", ("military",)),
    "clash": ("ASSAULT", None, "190", ("military",)),
    "kill": ("ASSAULT", None, "18", ()),
    "assassinate": ("ASSAULT", "targeted", "186", ()),
    "abduct": ("ASSAULT", "abduct", "181", ()),
    "kidnap": ("ASSAULT", "abduct", "181", ()),
    "torture": ("ASSAULT", "torture", "1822", ()),
    "massacre": ("ASSAULT", "targeted", "202", ()),
    "murder": ("ASSAULT", None, "18", ()),
    "lynch": ("ASSAULT", None, "18", ()),
    "behead": ("ASSAULT", None, "18", ()),
    "stab": ("ASSAULT", "beat", "182", ()),
    "rape": ("ASSAULT", "sexual", "1821", ()),
    "injure": ("ASSAULT", None, "18", ()),
    "wound": ("ASSAULT", None, "18", ()),
    "fire": ("ASSAULT", "firearms", "193", ()),  # no object, or one of MUNITIONS
    "hurl": ("ASSAULT", None, "180", ()),  # only with a weapon as object, see REQUIRED_OBJECTS
    "lob": ("ASSAULT", None, "180", ()),
    "detonate": ("ASSAULT", "explosives", "183", ()),
    "destroy": ("ASSAULT", "destroy", "1712", ()),
    "lathicharge": ("ASSAULT", None, "175", ()),  # Indian English: a baton charge on a crowd
    "disperse": ("COERCE", None, "170", ()),
    "suppress": ("COERCE", None, "170", ()),
    # RETREAT / CONCEDE
    "withdraw": ("RETREAT", "withdraw", "0872", ("military",)),
    "retreat": ("RETREAT", "withdraw", "0874", ("military",)),
    "release": ("RETREAT", "release", "0841", ()),
    "free": ("RETREAT", "release", "0841", ()),
    "swap": ("RETREAT", "release", "0841", ()),  # "swapped two hostages for three commanders"
    "resign": ("RETREAT", "resign", "08", ()),
    "pardon": ("CONCEDE", None, "081", ("legal",)),
    "concede": ("CONCEDE", None, "080", ()),
    # Easing restrictions and lifting curfews or bans are verbal concessions (manual 3.4, CAMEO
    # 081); lifting sanctions stays RETREAT 085 (RETYPE_BY_OBJECT).
    "demobilize": ("RETREAT", "disarm", "0873", ("military",)),
    "demobilise": ("RETREAT", "disarm", "0873", ("military",)),
    # disbanding an armed unit discharges its fighters (CAMEO 0873; objects: REQUIRED_OBJECTS)
    "disband": ("RETREAT", "disarm", "0873", ("military",)),
    "disarm": ("RETREAT", "disarm", "087", ("military",)),
    "ease": ("CONCEDE", None, "081", ()),
    "lift": ("CONCEDE", None, "081", ()),
    # Indian English: "booked under section 302" is charged with an offence (CAMEO 173 "arrest,
    # detain, or charge with legal action"); only with a person booked, see REQUIRED_OBJECTS.
    "book": ("COERCE", "arrest", "173", ("legal",)),
    "apprehend": ("COERCE", "arrest", "173", ("legal",)),
    "assault": ("ASSAULT", "beat", "182", ()),
    "manhandle": ("ASSAULT", "beat", "182", ()),
    # Security forces on patrol: a show of police or military power (CAMEO 150).
    "patrol": ("MOBILIZE", None, "150", ()),
    # the CAMEO manual's words of disapproval (111) and indictment (115)
    "deplore": ("ACCUSE", "disapprove", "111", ()),
    "lambaste": ("ACCUSE", "disapprove", "111", ()),
    "castigate": ("ACCUSE", "disapprove", "111", ()),
    "censure": ("ACCUSE", "disapprove", "111", ()),
    "reproach": ("ACCUSE", "disapprove", "111", ()),
    "chide": ("ACCUSE", "disapprove", "111", ()),
    "assail": ("ACCUSE", "disapprove", "111", ()),
    "indict": ("ACCUSE", "allege", "115", ("legal",)),
    # Orders to subordinates are demands (CAMEO 10): "the commissioner directed the officers to keep a
    # watch"; only with the act ordered (REQUIRED_PREPS), which they frame as "asked X to" does.
    "direct": ("REQUEST", None, "100", ()),
    "instruct": ("REQUEST", None, "100", ()),
    # Verbs named by the CAMEO 1.1b3 verb codebook's event names and descriptions (chapter 2:
    # "Praise or endorse: express support for, commend, approve"; "Abduct, hijack, take hostage";
    # "Confiscate property ... expropriate"; "Destroy property ... demolish") and their common news
    # synonyms, with the code of that category. Written from the category definitions, not from the
    # manual's example sentences. Each verb whose sense outside politics is common is held by an
    # object, preposition or actor condition (OBJECT_VERBS, REQUIRED_OBJECTS, REQUIRED_PREPS).
    # 036/043 host or receive a visitor (only a visitor as object: "received aid" is not)
    "receive": ("CONSULT", "visit", "043", ()),
    "telephone": ("CONSULT", "phone", "041", ()),
    # 051 praise or endorse
    "hail": ("SUPPORT", None, "051", ("diplomatic",)),
    "laud": ("SUPPORT", None, "051", ("diplomatic",)),
    "applaud": ("SUPPORT", None, "051", ("diplomatic",)),
    "acclaim": ("SUPPORT", None, "051", ("diplomatic",)),
    "congratulate": ("SUPPORT", None, "051", ("diplomatic",)),
    "thank": ("SUPPORT", None, "051", ("diplomatic",)),
    "salute": ("SUPPORT", None, "051", ("diplomatic",)),
    "extol": ("SUPPORT", None, "051", ("diplomatic",)),
    # 06 material cooperation
    "collaborate": ("COOPERATE", None, "060", ()),
    # 07 aid: airlifting goods, funding (goods or a recipient, see check_aid and OBJECT_VERBS);
    # goods airlifted or airdropped are delivered (AID, with aid goods, coder.check_aid), forces
    # airlifted are sent (MOBILIZE, as "sent troops", RETYPE_BY_OBJECT)
    "airlift": ("AID", None, "070", ()),
    "fund": ("AID", None, "071", ("economic",)),
    "finance": ("AID", None, "071", ("economic",)),
    # 08 yield
    "surrender": ("RETREAT", "disarm", "0874", ("military",)),
    "capitulate": ("CONCEDE", None, "080", ()),
    "relent": ("CONCEDE", None, "080", ()),
    "relax": ("CONCEDE", None, "081", ()),
    # 02/10 appeals and demands
    "plead": ("REQUEST", None, "100", ()),
    "implore": ("REQUEST", None, "100", ()),
    "beseech": ("REQUEST", None, "100", ()),
    "beg": ("REQUEST", None, "100", ()),
    "petition": ("REQUEST", None, "100", ()),
    "exhort": ("REQUEST", None, "100", ()),
    "ship": ("AID", None, "070", ()),  # goods only, see GOODS_AID_WORDS
    # 11 disapprove: complain officially (114), criticize (111)
    "complain": ("ACCUSE", "allege", "114", ("diplomatic",)),
    "object": ("ACCUSE", "disapprove", "111", ()),
    "berate": ("ACCUSE", "disapprove", "111", ()),
    "scold": ("ACCUSE", "disapprove", "111", ()),
    "reprimand": ("ACCUSE", "disapprove", "111", ()),
    "admonish": ("ACCUSE", "disapprove", "111", ()),
    "fault": ("ACCUSE", "disapprove", "111", ()),
    "vilify": ("ACCUSE", "disapprove", "111", ()),
    "charge": ("ACCUSE", "allege", "112", ()),  # "charged that ...", see REQUIRED_PREPS
    # 12 reject; 128 defy norms, law
    "oppose": ("REJECT", None, "120", ()),
    "dismiss": ("REJECT", None, "120", ()),  # a proposal or a claim, see REQUIRED_OBJECTS
    "spurn": ("REJECT", None, "120", ()),
    "snub": ("REJECT", None, "120", ()),
    "defy": ("REJECT", "yield", "128", ("legal",)),
    "disobey": ("REJECT", "yield", "128", ("legal",)),
    # 13 threaten
    "menace": ("THREATEN", None, "130", ()),
    # 14 protest: picket lines
    "picket": ("PROTEST", "demo", "141", ()),
    "heckle": ("PROTEST", "demo", "141", ()),  # a person heckled, see REQUIRED_OBJECTS
    "jeer": ("PROTEST", "demo", "141", ()),
    "boo": ("PROTEST", "demo", "141", ()),
    # 16 reduce relations
    "withhold": ("SANCTION", "discontinue", "162", ()),
    # 17 coerce: confiscate or expropriate (1711), expel (174), blockade (191), arrest, detain or
    # charge with legal action (173), repression (175, ASSAULT in CAMEO2PLOVER)
    "expropriate": ("COERCE", "seize", "1711", ()),
    "nationalize": ("COERCE", "seize", "1711", ("economic",)),
    "nationalise": ("COERCE", "seize", "1711", ("economic",)),
    "evict": ("COERCE", "deport", "174", ()),
    "exile": ("COERCE", "deport", "174", ("legal",)),
    "banish": ("COERCE", "deport", "174", ("legal",)),
    "besiege": ("COERCE", "restrict", "191", ("military",)),
    "sentence": ("COERCE", "arrest", "173", ("legal",)),
    "intercept": ("COERCE", "arrest", "173", ("legal",)),  # people, see REQUIRED_OBJECTS
    "incarcerate": ("COERCE", "arrest", "173", ("legal",)),
    "persecute": ("COERCE", None, "170", ()),
    "harass": ("COERCE", None, "170", ()),
    "repress": ("ASSAULT", None, "175", ()),
    # 18-20 violence: hijack (181), destroy or demolish property (1712), kill (18), mass killing
    # (202), conventional (190), aerial (195) force
    "hijack": ("ASSAULT", "abduct", "181", ()),
    "demolish": ("ASSAULT", "destroy", "1712", ()),
    "raze": ("ASSAULT", "destroy", "1712", ()),
    "torch": ("ASSAULT", "destroy", "1712", ()),
    "execute": ("ASSAULT", None, "18", ()),  # a person executed, see REQUIRED_OBJECTS
    "slay": ("ASSAULT", None, "18", ()),
    "slaughter": ("ASSAULT", "targeted", "202", ()),
    "maim": ("ASSAULT", None, "18", ()),
    "mutilate": ("ASSAULT", None, "18", ()),
    "beat": ("ASSAULT", "beat", "182", ()),  # a person beaten, see REQUIRED_OBJECTS
    "pound": ("ASSAULT", "heavy-weapons", "194", ("military",)),
    "storm": ("ASSAULT", None, "190", ("military",)),
    "overrun": ("ASSAULT", None, "190", ("military",)),
    "strafe": ("ASSAULT", "aerial", "195", ("military",)),
    "crush": ("ASSAULT", None, "190", ("military",)),
    # Questioning people is investigating them (CAMEO 090): "police questioned the two men",
    # "interrogated the suspects"; "questioned the decision" (no person) is not (REQUIRED_OBJECTS).
    "interrogate": ("ACCUSE", "investigate", "090", ()),
    "question": ("ACCUSE", "investigate", "090", ()),
    # Guarding a place or people is a deployment (MOBILIZE): "police guarded the temple through the
    # night"; only with its object ("guard against" is a caution, OBJECT_VERBS).
    "guard": ("MOBILIZE", None, "150", ()),
    # CAMEO 0812 ease a ban on parties, 173 intern, 116 find guilty (REQUIRED_OBJECTS, PHRASAL_TRIGGERS)
    "legalize": ("CONCEDE", None, "0812", ()),
    "legalise": ("CONCEDE", None, "0812", ()),
    "unban": ("CONCEDE", None, "0812", ()),
    "intern": ("COERCE", "arrest", "173", ("legal",)),
    "convict": ("ACCUSE", "disapprove", "116", ("legal",)),
    # Refugees or prisoners sent home (PLOVER 3.7: "repatriation of refugees" is RETREAT).
    "repatriate": ("RETREAT", "release", "084", ()),
    # Forces equipped by another state receive military aid (CAMEO 072): "equipped the army with
    # helicopters"; like "provided", only with aid goods named (coder.check_aid).
    "equip": ("AID", None, "072", ("military",)),
    "airdrop": ("AID", None, "070", ()),  # as "airlift" above
    # Goods flown, trucked, ferried or rushed to people are delivered, as airlifted goods are
    # (AID only with aid goods, GOODS_AID_WORDS); forces moved so are sent (MOBILIZE, RETYPE_BY_OBJECT).
    "fly": ("AID", None, "070", ()),
    "truck": ("AID", None, "070", ()),
    "ferry": ("AID", None, "070", ()),
    "rush": ("AID", None, "070", ()),
    # "inked a deal": signed it (SUPPORT 057, only with an agreement as object, as "sign").
    "ink": ("SUPPORT", None, "057", ("diplomatic",)),
    # -- police acts (branch india5, IndiaPoliceEvents ANY_ACTION) --
    # Persons frisked are searched (PLOVER 3.15 COERCE 'seize': "execute search"); persons
    # externed (Indian English: ordered out of a district) are expelled (COERCE 'deport' 174,
    # as banished).
    "frisk": ("COERCE", "seize", "171", ()),
    "extern": ("COERCE", "deport", "174", ("legal",)),
    # -- end india5 --
}
# Forms the small English model lemmatizes wrongly ("raped" -> "rap"): form -> the real lemma.
# MISLEMMAS are the wrong lemmas, so the cheap filters key on them too.
FORM_LEMMAS = {"raped": "rape", "raping": "rape", "cordoned": "cordon", "cordoning": "cordon",
               "retook": "retake",
               # india5: the model reads "externed" as a form of "externe"
               "externed": "extern", "externing": "extern",
               # audit7: every form of a VERB_TRIGGERS or PHRASAL_TRIGGERS verb the model
               # lemmatizes to another word, found by lemmatizing each verb's regular forms
               "rapes": "rape", "lambasted": "lambaste", "lambastes": "lambaste",
               "lambasting": "lambaste", "extolled": "extol", "extolling": "extol",
               "unbanned": "unban", "unbanning": "unban",
               # probe8: "forgave 1.3 billion euros of debt", "decreed a general mobilisation"
               "forgave": "forgive", "decreed": "decree"}
MISLEMMAS = frozenset({"rap", "cordone", "retook", "externe", "lambast", "extoll", "unbanne",
                       "forgave", "decreed"})
# Verbs that are triggers only with a direct object ("seek aid", not "seek to preserve").
OBJECT_VERBS = frozenset({"seek", "back", "free", "mass", "arm", "lift", "ease", "shell", "host",
                          "decline", "refuse",
                          # CAMEO codebook verbs (VERB_TRIGGERS) whose sense without an object is
                          # another ("guard against" is a caution)
                          "hail", "laud", "applaud", "acclaim", "congratulate", "thank", "salute",
                          "extol", "fund", "finance", "relax", "berate", "scold", "reprimand",
                          "admonish", "fault", "vilify", "oppose", "spurn", "defy", "disobey",
                          "menace", "picket", "withhold", "expropriate", "nationalize",
                          "nationalise", "evict", "besiege", "persecute", "harass", "repress",
                          "hijack", "demolish", "raze", "torch", "maim", "mutilate", "pound",
                          "storm", "overrun", "strafe", "airlift", "implore", "beseech", "exhort",
                          "crush",
                          "guard", "fly", "truck", "ferry", "rush"})
ANY_ACTOR = "<actor>"  # in REQUIRED_OBJECTS: any actor-like object will do
PERSONS_HELD = frozenset({"prisoner", "hostage", "detainee", "captive", "inmate", "soldier",
                          "journalist", "activist", "sailor", "crew", "national", "citizen",
                          "POW", "pow", ANY_ACTOR,
                          # people by a pronoun ("released them on bail"; the lemmas of
                          # them / him / her): a held thing is "it"
                          "they", "he", "she"})
# Anyone the text marks as held is a person held: "freed the kidnapped engineers".
HELD_MARKS = frozenset({"kidnapped", "abducted", "detained", "jailed", "imprisoned", "captured",
                        "arrested", "held", "incarcerated", "missing"})
AGREEMENTS = frozenset({"deal", "agreement", "accord", "treaty", "pact", "memorandum", "declaration",
                        "protocol", "convention", "contract", "charter", "communique", "ceasefire",
                        "truce"})
# Outcomes of talks that are agreements only once reached (RETYPE_BY_OBJECT): "reached a
# settlement" (a "settlement" alone may be a village, an "understanding" a view).
SETTLEMENT_WORDS = frozenset({"settlement", "understanding", "compromise"})
# An agreement between two sides that takes effect or comes into force is their AGREE (CAMEO 030,
# coder.match_trigger): "the truce between the army and the rebels took effect at midnight".
IN_FORCE_VERBS = frozenset({"take", "come", "enter", "go"})
IN_FORCE_WORDS = frozenset({"effect", "force"})
# What a crowd or an attacker throws: "hurled grenades at", "pelted" is not in the lexicon.
WEAPONS_THROWN = frozenset({"grenade", "bomb", "stone", "brick", "rock", "petrol", "molotov",
                            "explosive", "acid", "cocktail", "firebomb", "missile",
                            "shell", "canister"})  # "lobbed teargas shells", see RETYPE_BY_OBJECT
# Verbs that are triggers only with one of these objects.
# Armed units that can be disbanded (CAMEO 0873): not a committee, a party or a band.
ARMED_UNITS = frozenset({"militia", "militias", "unit", "units", "force", "forces", "army",
                         "wing", "brigade", "brigades", "battalion", "battalions", "guard",
                         "fighters", "paramilitary", "paramilitaries", "squad", "squads"})
# Proposals, plans and claims: what "dismissed" or "snubbed" rejects (REQUIRED_OBJECTS).
PROPOSAL_WORDS = frozenset({
    "offer", "proposal", "plan", "demand", "request", "call", "appeal", "claim", "charge",
    "accusation", "allegation", "idea", "initiative", "ultimatum", "invitation", "suggestion",
    "bid", "deal", "resolution", "overture", "proposition", "peace", "formula", "compromise",
    "condition", "terms", "mediation", "report", "criticism", "warning", "threat", "move",
    "decision", "policy", "statement", "remark", "solution", "package", "settlement"})
REQUIRED_OBJECTS: dict[str, frozenset[str]] = {
    "disband": ARMED_UNITS,
    "sign": AGREEMENTS,
    "ratify": AGREEMENTS | frozenset({"membership", "accession"}),  # "ratified Sweden's accession"
    "warn": frozenset({ANY_ACTOR}),  # "warned Israel"; "warned it would strike" is a frame
    # whole-article audit, round 5: what is appreciated is someone or their act (VERB_TRIGGERS)
    "appreciate": PROPOSAL_WORDS | frozenset({ANY_ACTOR, "step", "gesture", "role", "stand",
                                              "stance"}),
    **{verb: frozenset({ANY_ACTOR, "independence", "sovereignty", "statehood", "annexation"})
       for verb in ("recognize", "recognise")},
    "recall": frozenset({"ambassador", "envoy", "diplomat", "embassy", "mission", "staff"}),
    "deny": frozenset({"request", "access", "entry", "visa", "permission", "application",
                       "demand", "appeal", "passage", "landing", "asylum",
                       "allocation", "permit", "licence", "license", "approval", "clearance"}),
    "release": PERSONS_HELD,
    "free": PERSONS_HELD,
    "swap": PERSONS_HELD,
    "hurl": WEAPONS_THROWN,
    "lob": WEAPONS_THROWN,
    "offer": frozenset({"aid", "assistance", "help", "support", "talks", "mediation", "loan",
                        "asylum", "concession", "ceasefire", "truce", "dialogue", "cooperation",
                        "troops", "troop", "soldier", "force", "peacekeeper"}),
    "receive": frozenset({ANY_ACTOR, "delegation", "envoy", "visitor", "ambassador", "minister"}),
    "telephone": frozenset({ANY_ACTOR}),
    "thank": frozenset({ANY_ACTOR}),
    "congratulate": frozenset({ANY_ACTOR}),
    "dismiss": PROPOSAL_WORDS | frozenset({  # "dismissed the minister" fires him
        # audit9: a grievance dismissed is rejected ("dismissed the chief minister's complaint")
        "complaint", "complaints", "objection", "objections", "protest", "protests", "plea"}),
    "snub": PROPOSAL_WORDS | frozenset({ANY_ACTOR}),
    "execute": frozenset({ANY_ACTOR, "prisoner", "dissident", "opponent", "man", "woman",
                          "people", "person", "spy", "officer"}),
    # people beaten, never any actor: "England beat them 3-2" is sport
    "beat": frozenset({"protester", "demonstrator", "prisoner", "detainee", "journalist", "man",
                       "woman", "student", "monk", "people", "villager", "person", "youth",
                       "boy", "girl", "child", "worker", "farmer", "activist", "suspect",
                       "supporter", "reporter", "civilian", "resident", "priest", "nun"}),
    "hijack": frozenset({"plane", "aircraft", "airliner", "jet", "flight", "bus", "ship",
                         "vessel", "truck", "lorry", "car", "vehicle", "train", "boat", "tanker",
                         "ferry", "convoy", "helicopter", "airplane", "jetliner"}),
    "beg": frozenset({ANY_ACTOR}),
    "heckle": frozenset({ANY_ACTOR}),
    "jeer": frozenset({ANY_ACTOR}),
    "boo": frozenset({ANY_ACTOR}),
    "intercept": frozenset({ANY_ACTOR, "migrant", "suspect", "smuggler", "militant", "fighter",
                            "refugee", "member", "infiltrator", "people", "man", "men"}),
    "sentence": frozenset({ANY_ACTOR}),
    "incarcerate": frozenset({ANY_ACTOR}),
    "exile": frozenset({ANY_ACTOR}),
    "banish": frozenset({ANY_ACTOR}),
    "question": frozenset({ANY_ACTOR, "suspect", "accused", "man", "men", "youth", "person",
                           "people", "woman", "witness", "driver", "worker", "member",
                           "official", "officer",
                           # audit9: an actor's conduct questioned is doubted, criticism ("the
                           # state units questioned the leadership's proximity to the congress")
                           "handling", "role", "motive", "motives", "intention",
                           "intentions", "credibility", "legitimacy", "conduct",
                           "proximity", "closeness", "sincerity", "neutrality", "silence"}),
    "legalize": frozenset({ANY_ACTOR, "party", "parties", "union", "group"}),
    "legalise": frozenset({ANY_ACTOR, "party", "parties", "union", "group"}),
    "unban": frozenset({ANY_ACTOR, "party", "parties", "union", "group"}),
    "intern": frozenset({ANY_ACTOR}),  # not "interned at a bank"
    "ink": AGREEMENTS,
    # india5: people externed (not "externed" as a misread word of another sense)
    "extern": frozenset({ANY_ACTOR, "gangster", "goon", "criminal", "man", "men", "person",
                         "people", "leader", "activist", "member"}),
}
# Verbs that are triggers only with one of these prepositions / complements.
REQUIRED_PREPS: dict[str, frozenset[str]] = {
    "ask": frozenset({"for", "xcomp", "ccomp"}),  # "asked for aid", "asked X to leave"
    "rally": frozenset({"against", "outside", "for", "behind"}),
    "demonstrate": frozenset({"against", "outside", "for", "in"}),
    "march": frozenset({"against", "for", "on"}),
    # orders given: "directed the officers to keep a watch" (VERB_TRIGGERS)
    "direct": frozenset({"xcomp"}),
    "instruct": frozenset({"xcomp"}),
    # "pleaded with Ecuador to resume talks", "pleaded for help" (not "pleaded guilty"); "complained
    # to China about", "complained that"; "objected to the exercises"; "petitioned the court to".
    "plead": frozenset({"with", "for"}),
    "complain": frozenset({"to", "about", "ccomp"}),
    "object": frozenset({"to"}),
    "petition": frozenset({"xcomp", "for"}),
    "collaborate": frozenset({"with"}),
    "surrender": frozenset({"to", "dobj"}),
    "capitulate": frozenset({"to"}),
    "charge": frozenset({"ccomp"}),  # "charged X with rioting" is left to the learned models
}
# Verbs that are triggers unless their object (or passive subject) is one of these: "booked
# 15 youths" charges them, "booked tickets" reserves; with neither, no trigger.
EXCLUDED_OBJECTS: dict[str, frozenset[str]] = {
    "book": frozenset({"ticket", "seat", "room", "flight", "hotel", "table", "berth", "venue",
                       "hall", "slot", "order", "profit", "loss", "gain", "space", "stall",
                       "taxi", "cab", "car", "bus", "train", "passage", "appointment", "show",
                       "coach", "bogie", "compartment", "dharamshala", "accommodation",
                       "guesthouse", "lodge", "tent", "vehicle", "plot", "flat", "ground",
                       "express"}),
    # "struck a discordant note", "struck a chord", "struck a balance" say nothing of an attack
    "strike": frozenset({"note", "chord", "balance", "pose", "tone", "figure", "rapport", "gold",
                         "root", "match", "friendship"}),
    # "apprehended a threat to his life" fears it; "apprehended four men" arrests them.
    "apprehend": frozenset({"threat", "danger", "trouble", "attack", "violence", "risk",
                            "possibility", "hand", "link", "breach", "clash", "tension",
                            "killing", "reprisal", "riot", "unrest", "disturbance",
                            "retaliation", "backlash", "flare"}),
    # "members stormed the well of the house": legislators crowding the floor before the chair
    "storm": frozenset({"well"}),
}
# Verbs of EXCLUDED_OBJECTS that are events with no object at all ("militants struck at dawn";
# "booked" alone is not).
# "capture" (precision): its EXCLUDED_OBJECTS entry must not drop "rebels captured" alone.
OBJECTLESS_EVENTS = frozenset({"strike", "storm", "capture"})
# Idioms that end in a trigger word: "bring the culprits to book" holds them to account, a
# demand more than a charge (verb -> the word two before it, then "to").
IDIOM_ENDINGS: dict[str, str] = {"book": "bring"}
# Verb + particle that is no event of the verb: "struck off the list", "struck down the law",
# "stormed out of the meeting" (left in anger).
NON_EVENT_PHRASALS = frozenset({("strike", "off"), ("strike", "down"), ("storm", "out"),
                                ("storm", "off")})
# Concessions whose announced refusal is a REJECT ("will not accept the refugees", "won't end
# the strike"): no event when done or merely not done, so keys only when negated (see coder).
REFUSABLE_ACTS = frozenset({"accept", "end", "reverse", "allow", "permit", "abandon", "drop",
                            "change", "comply", "surrender", "cancel", "scrap", "relinquish",
                            "return", "yield",
                            "approve"})  # probe9: "would not approve Sweden's bid"
REFUSABLE_ENTRY: Entry = ("CONCEDE", None, "08", ())  # turned into REJECT by the future frame
ARTICLES = frozenset({"the", "a", "an"})  # an article opens a noun phrase, whatever the parse made of it
NEGATIONS = frozenset({"not", "never", "t"})  # the prefilter's words split "won't" as "won", "t"
# Keeping people from moving: "police prevented the activists from entering the town", "stopped
# the kar sevaks from proceeding" restrict their movement (CAMEO 172, as "prevented their entry").
KEEP_FROM_VERBS = frozenset({"prevent", "stop", "bar", "restrain", "debar", "block"})
MOVEMENT_GERUNDS = frozenset({"enter", "go", "proceed", "reach", "march", "move", "travel",
                              "board", "leave", "cross", "visit", "congregate", "assemble",
                              "gather", "come"})

# -- multiword triggers ----------------------------------------------------------------------------
# Objects of acts that end talks (CAMEO 164 halt negotiations): "froze the talks", "suspended
# negotiations" end a consultation, they are not one.
TALKS_WORDS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "contact",
                         "contacts", "discussion", "discussions"})
# Ending a mediation (CAMEO 165 "halt mediation", SANCTION): "suspended its mediation".
MEDIATION_WORDS = frozenset({"mediation", "mediating", "facilitation"})
# Giving in to demands or pressure (CAMEO 083 "accede to requests or demands", CONCEDE):
# "acceded to the miners' demands", "bowed to pressure", "gave in to the strikers".
# "gave in to" keys on its "to" object alone (the parser reads "in" as a preposition as often as
# a particle, and "gave 20 million dollars in aid" is no concession), so only pressure words.
CONCEDED_TO = frozenset({"demand", "pressure", "ultimatum", "request", "call"})
# Driving people from their homes is a mass expulsion (CAMEO 201, ASSAULT in CAMEO2PLOVER); one
# person deported stays COERCE (PLOVER 3.15 'deport').
# People must be driven (an object or a passive subject: coder.match_trigger).
EXPULSION_VERBS = frozenset({"drive", "force", "expel", "chase", "uproot"})
COMPUTER_SYSTEMS = frozenset({"website", "site", "server", "servers", "network", "system",
                              "computer", "computers", "account", "accounts", "database", "email",
                              "e-mail", "mailbox"})
# Staff or bodies ordered to leave are expelled (CAMEO 166, coder.match_trigger): not
# residents or civilians, whom an evacuation order sends out.
EXPULSION_ORDER_VERBS = frozenset({"order", "instruct"})
LEAVING_VERBS = frozenset({"leave", "quit", "depart", "exit", "vacate"})
EXPELLED_PRESENCE = frozenset({"official", "officials", "staff", "staffer", "staffers",
                               "diplomat", "diplomats", "mission",
                               "agency", "agencies", "envoy", "ambassador", "journalist",
                               "journalists", "correspondent", "correspondents", "inspector",
                               "inspectors", "monitor", "monitors", "observer", "observers",
                               "peacekeeper", "peacekeepers", "personnel", "representative",
                               "representatives", "team", "delegation"})
# Computer systems whose attack is a cyber attack: not "network", "system" or "site", which
# bombs and raids hit as well.
CYBER_TARGETS = frozenset({"computer", "computers", "server", "servers", "database", "databases",
                           "website", "websites", "email", "e-mail", "mailbox", "cyber"})
# Verb + preposition + object that carry their own meaning: "took to the streets", "taken into
# custody".
VERB_PREP_OBJECT: dict[tuple[str, str, str], Entry] = {
    ("take", "to", "street"): ("PROTEST", "demo", "141", ()),
    ("pour", "into", "street"): ("PROTEST", "demo", "141", ()),
    ("spill", "into", "street"): ("PROTEST", "demo", "141", ()),
    # "warned of consequences": a warning of repercussions is a threat (CAMEO 130)
    **{("warn", "of", obj): ("THREATEN", None, "130", ())
       for obj in ("consequence", "retaliation", "reprisal", "action", "response", "retribution",
                   "measure", "countermeasure", "war")},
    ("take", "into", "custody"): ("COERCE", "arrest", "173", ("legal",)),
    # A vote cast for a measure backs it (CAMEO 051 "endorse"): "voted in favour of the motion".
    **{("vote", "in", word): ("SUPPORT", None, "051", ("diplomatic",)) for word in ("favour", "favor")},
    ("send", "to", "jail"): ("COERCE", "arrest", "173", ("legal",)),
    ("put", "behind", "bar"): ("COERCE", "arrest", "173", ("legal",)),
    # Raised alert status is a show of force (CAMEO 151/152): "troops were put on alert".
    **{(verb, "on", "alert"): ("MOBILIZE", "troops", "152", ("military",))
       for verb in ("put", "place", "remain", "stay", "keep", "be", "go")},
    # A city or people put under a lockdown or a curfew are restricted (CAMEO 1723, as a curfew
    # imposed): "placed the city of Shanghai under a strict lockdown".
    **{(verb, "under", word): ("COERCE", "curfew", "1723", ())
       for verb in ("place", "put") for word in ("lockdown", "curfew")},
    ("place", "under", "arrest"): ("COERCE", "arrest", "173", ("legal",)),
    ("put", "under", "arrest"): ("COERCE", "arrest", "173", ("legal",)),
    # "was remanded in police custody", "held in detention": custody ordered or kept (CAMEO 173)
    ("remand", "in", "custody"): ("COERCE", "arrest", "173", ("legal",)),
    ("remand", "to", "custody"): ("COERCE", "arrest", "173", ("legal",)),
    ("hold", "in", "custody"): ("COERCE", "arrest", "173", ("legal",)),
    ("hold", "in", "detention"): ("COERCE", "arrest", "173", ("legal",)),
    # Killings named by their manner: "hacked a farmer to death", "beaten to death" (CAMEO 1823).
    **{(verb, "to", "death"): ("ASSAULT", None, "1823", ())
       for verb in ("hack", "beat", "stone", "burn", "club", "batter", "bludgeon",
                    "lynch", "kick", "torture", "shoot", "stab")},
    # Leaving talks halts them (CAMEO 164; PLOVER 3.13 'withdraw'): "withdrew from the negotiations"
    **{("withdraw", "from", word): ("SANCTION", "withdraw", "164", ("diplomatic",))
       for word in TALKS_WORDS | MEDIATION_WORDS | frozenset({"summit", "conference", "process"})},
    # Giving in to demands or pressure (CONCEDED_TO, CAMEO 083)
    **{(verb, "to", word): ("CONCEDE", None, "083", ())
       for verb in ("accede", "yield", "bow", "agree", "submit", "succumb", "capitulate")
       for word in CONCEDED_TO},
    **{(verb, "to", word): ("CONCEDE", None, "083", ())
       for verb in ("give", "cave") for word in ("demand", "pressure", "ultimatum")},
    # People driven from their homes (EXPULSION_VERBS, CAMEO 201)
    **{(verb, "from", word): ("ASSAULT", None, "201", ())
       for verb in EXPULSION_VERBS
       for word in ("home", "homes", "village", "villages", "land", "lands")},
    # People used as human shields (CAMEO 184 "use as human shield", ASSAULT 'abduct').
    ("use", "as", "shield"): ("ASSAULT", "abduct", "184", ()),
    # "hacked into the ministry's servers" (COERCE 'cyber', PLOVER 3.15)
    **{("hack", "into", word): ("COERCE", "cyber", "17", ("cyber",))
       for word in COMPUTER_SYSTEMS},
    # Complying with demands accedes to them (CAMEO 083), as acceding to them does.
    **{("comply", "with", word): ("CONCEDE", None, "083", ())
       for word in CONCEDED_TO | frozenset({"condition", "ultimatum"})},
}
# Two-word verbs (lemma, particle or preposition) that carry their own meaning.
# "called for sanctions against X", "calls for an investigation into X": a call for punishment
# is aimed at X and disapproves of it (ACCUSE; both the PLV sentences and the gold records code it so).
PUNITIVE_DEMANDS = frozenset({"sanction", "sanctions", "investigation", "probe", "inquiry",
                              "enquiry", "prosecution", "punishment", "boycott", "embargo"})
PUNITIVE_DEMAND: Entry = ("ACCUSE", "disapprove", "111", ())
# Setting a person or a building ablaze is an attack (CAMEO 18 "use unconventional violence"):
# "was set ablaze by a mob", "set the office alight"; only by an actor (lightning and wildfires
# set houses ablaze too). "Set fire to" stays the learned models' (in riot reports it is most
# often the riot itself, PROTEST 'riot').
ARSON_PHRASALS = frozenset({"ablaze", "alight"})
# "found the activists guilty": the verdict is a clause whose subject is the recipient.
VERDICT_WORDS = frozenset({"guilty", "liable"})
# The second word of these phrasal triggers is a result the parser attaches as an adverb, a
# predicate or a clause ("was set ablaze", "found the activists guilty"); other phrasal triggers
# count only with a particle, preposition or object.
RESULT_WORDS = ARSON_PHRASALS | VERDICT_WORDS
RESULT_DEPS = frozenset({"advmod", "oprd", "acomp", "ccomp"})
PHRASAL_TRIGGERS: dict[tuple[str, str], Entry] = {
    ("call", "for"): ("REQUEST", None, "100", ()),
    ("call", "on"): ("REQUEST", None, "100", ()),  # only with an actor after "on", see coder
    ("push", "for"): ("REQUEST", None, "100", ()),
    ("press", "for"): ("REQUEST", None, "100", ()),
    ("turn", "down"): ("REJECT", None, "120", ()),
    ("rule", "out"): ("REJECT", None, "120", ()),
    ("pull", "out"): ("RETREAT", "withdraw", "0872", ("military",)),
    ("crack", "down"): ("COERCE", "restrict", "172", ()),
    ("hold", "talks"): ("CONSULT", None, "040", ()),
    ("open", "fire"): ("ASSAULT", "firearms", "193", ("military",)),
    ("take", "control"): ("COERCE", "seize", "192", ("military", "territory")),  # "took control of the town"
    # a fight with small arms where both sides shoot: the first side acts on the one after "with"
    ("exchange", "fire"): ("ASSAULT", "firearms", "193", ("military",)),
    ("gun", "down"): ("ASSAULT", "firearms", "193", ()),
    ("beat", "up"): ("ASSAULT", "beat", "182", ()),
    ("blow", "up"): ("ASSAULT", "explosives", "183", ()),
    ("round", "up"): ("COERCE", "arrest", "173", ("legal",)),
    ("speak", "with"): ("CONSULT", None, "040", ()),
    ("talk", "with"): ("CONSULT", None, "040", ()),
    ("talk", "to"): ("CONSULT", None, "040", ()),
    # Police sealing an area: a restriction of movement (CAMEO 172).
    ("cordon", "off"): ("COERCE", "restrict", "172", ()),
    ("seal", "off"): ("COERCE", "restrict", "172", ()),
    ("lash", "out"): ("ACCUSE", "disapprove", "111", ()),  # "lashed out at"
    ("hit", "out"): ("ACCUSE", "disapprove", "111", ()),  # "hit out at"
    ("back", "down"): ("CONCEDE", None, "080", ()),
    ("roll", "back"): ("CONCEDE", None, "081", ()),  # restrictions eased, as "ease" (081)
    ("break", "off"): ("SANCTION", "withdraw", "16", ()),  # ties, talks
    ("cut", "off"): ("SANCTION", "discontinue", "16", ()),  # aid, supplies, ties
    ("call", "off"): ("SANCTION", "discontinue", "16", ()),  # talks, a visit
    ("step", "down"): ("CONCEDE", None, "0831", ()),  # relinquish power
    ("stand", "down"): ("RETREAT", "disarm", "087", ("military",)),
    **{("set", word): ("ASSAULT", None, "180", ()) for word in ARSON_PHRASALS},
    **{("find", word): ("ACCUSE", "disapprove", "116", ("legal",))
       for word in VERDICT_WORDS},
    ("brush", "aside"): ("REJECT", None, "120", ()),
    ("shrug", "off"): ("REJECT", None, "120", ()),
    # Voted down: a proposal rejected (CAMEO 12).
    ("vote", "down"): ("REJECT", None, "120", ()),
    # -- whole-article audit, round 5: giving in to those who pressed ("the state finally gave in
    # and postponed the exams") yields (CAMEO 08), as "backed down" does.
    ("give", "in"): ("CONCEDE", None, "080", ()),
}
# whole-article audit, round 5: phrasals above that yield only without an object ("was giving the
# exam centre in gomtipur" gives something somewhere).
INTRANSITIVE_PHRASALS = frozenset({("give", "in")})
# Phrasal verbs that are an arrest only with a person taken: "picked up three youths", not
# "picked up the pace".
PERSON_PHRASALS: dict[tuple[str, str], Entry] = {
    ("pick", "up"): ("COERCE", "arrest", "173", ("legal",)),
    ("chase", "away"): ("COERCE", None, "170", ()),  # "police chased away the mob"
}
# Crowds pushed back are restricted, not assaulted (PLOVER 3.16.2: "police pushed back
# protesters" is COERCE 'restrict'): only with protesters or a crowd (PROTESTER_NOUNS) moved;
# troops pushing back rebels is fighting.
# ... and the words of a gathering that make removing people a crowd moved on: "removed the
# demonstrators from the square", "removed the protesting farmers from the highway" (not
# workers or students alone: "the company removed 40 workers" dismisses them).
CROWD_WORDS = frozenset({"protester", "protestor", "demonstrator", "striker", "rioter", "marcher",
                         "crowd", "mob", "protest", "agitator", "agitate", "sit-in"})
CROWD_PHRASALS: dict[tuple[str, str], Entry] = {
    ("push", "back"): ("COERCE", "restrict", "172", ()),
    ("drive", "back"): ("COERCE", "restrict", "172", ()),
}
PROTESTER_PHRASALS: dict[tuple[str, str], Entry] = {
    ("walk", "out"): ("PROTEST", "boycott", "143", ()),
    # Protesters who "walked off the job" stop work (PROTEST 'strike').
    ("walk", "off"): ("PROTEST", "strike", "143", ()),
}
# -- whole-article audit, round 5: members of a house who walk out of it protest ("the congress
# members walked out shouting slogans", "opposition mlas staged a walkout"), as protesters do
# (PROTESTER_PHRASALS' "walk out" only; a member is no protester in "members joined the strike").
WALKOUT_NOUNS = frozenset({"member", "legislator", "lawmaker", "mla", "mlas", "mp", "mps",
                           "councillor", "corporator", "senator", "deputy"})
# Forces called in: "the army was called in", "the crpf was called into the town", "the government
# called in the bsf" (CAMEO 154, mobilize or increase armed forces; PLOVER MOBILIZE, mode police
# or troops); only with a force as object or passive subject ("called in the experts" is not).
FORCE_PHRASALS: dict[tuple[str, str], Entry] = {
    ("call", "in"): ("MOBILIZE", "troops", "154", ()),
    ("call", "into"): ("MOBILIZE", "troops", "154", ())}
# "lathi-charged", "baton-charged": the hyphenated verb the parser splits (prefix, "-", verb).
HYPHEN_VERBS: dict[tuple[str, str], Entry] = {
    ("lathi", "charge"): ("ASSAULT", None, "175", ()),
    ("baton", "charge"): ("ASSAULT", None, "175", ()),
    ("tear", "gas"): ("ASSAULT", None, "175", ()),  # "protesters were tear-gassed"
    # "test-fired a missile": a weapons test (MOBILIZE 'weapons', as NOUN_COMPOUNDS' "weapons_test")
    ("test", "fire"): ("MOBILIZE", "weapons", "150", ("military",)),
    ("test", "launch"): ("MOBILIZE", "weapons", "150", ("military",)),
}
# Verbs whose subject performs the event noun after "to": "police resorted to a lathi charge".
RESORT_VERBS = frozenset({"resort"})
# Objects that turn a trigger into another type: "pledged support for X" expresses support,
# "agreed a trade deal" / "agreed to the plan" finalises or endorses one (SUPPORT, manual 3.3),
# while "agreed to convene" (a verb) stays AGREE.
SUPPORT_OBJECTS = frozenset({"support", "backing", "solidarity", "deal", "agreement", "accord",
                             "treaty", "pact", "text", "plan", "approach", "proposal", "framework",
                             "roadmap", "declaration", "memorandum", "resolution"})
# Verbs of agreeing that, with only a "that" clause stating a fact or a view, share an opinion
# ("residents agreed that the situation was bad") rather than commit to an act (manual 3.1);
# with what is to be done ("agreed that the march would end at the gate") they commit.
OPINION_AGREE_VERBS = frozenset({"agree"})
# Prepositions of what is agreed ("agreed to a truce", "agreed on a new price"): a commitment.
AGREED_PREPS = frozenset({"to", "on", "upon"})
# Modals of the "that" clause that make it the act agreed on ("would end", "will be paid").
COMMITTING_MODALS = frozenset({"would", "should", "must", "shall", "will", "'ll"})
OBJECT_RETYPE_VERBS = frozenset({"agree", "pledge", "promise", "offer", "express",
                                 "voice"})  # support voiced is support expressed
# Verb + negated object noun: "X sees no basis for this" is a refusal, not a negated event.
REJECTION_IDIOMS: dict[str, frozenset[str]] = {
    "see": frozenset({"basis", "reason", "ground", "grounds", "need", "point"}),
    "find": frozenset({"basis", "grounds", "reason"}),
    "have": frozenset({"intention", "plan", "plans"}),
}
# Violent phrasal verbs used of words: verb -> particle -> (a retort when speech follows, objects
# that make it a rejection): "shot back, saying", "shot down the suggestion".
# "Israel said Hezbollah was responsible for the bombing", "officials said the rebels were
# behind the attack": a speaker laying blame on a named actor accuses it (CAMEO 112).
BLAME_ADJECTIVES = frozenset({"responsible", "culpable", "guilty"})
BLAME_PREPS = frozenset({"behind"})
BLAME_ENTRY: Entry = ("ACCUSE", "allege", "112", ())
# "The Serbs said no to the peace plan": a no said to a proposal rejects it (CAMEO 12).
SAID_NO_VERBS = frozenset({"say"})
IDEA_NOUNS = frozenset({"suggestion", "proposal", "idea", "plan", "demand", "claim", "motion",
                        "bill", "plea", "request", "argument", "report", "theory", "move"})
SPOKEN_PHRASALS: dict[str, dict[str, tuple[bool, frozenset[str]]]] = {
    "shoot": {"back": (True, frozenset()), "down": (False, IDEA_NOUNS)},
    "fire": {"back": (True, frozenset())},
}

# -- noun triggers ---------------------------------------------------------------------------------
# Noun triggers: lemma -> (entry, weak)
NOUN_TRIGGERS: dict[str, tuple[Entry, bool]] = {
    "visit": (("CONSULT", "visit", "042", ()), True),
    "trip": (("CONSULT", "visit", "042", ()), True),
    "talk": (("CONSULT", None, "040", ()), True),
    "discussion": (("CONSULT", None, "040", ()), True),
    "negotiation": (("CONSULT", None, "046", ("diplomatic",)), True),
    "meeting": (("CONSULT", None, "040", ()), True),
    "summit": (("CONSULT", "multilateral", "040", ("diplomatic",)), True),
    "airstrike": (("ASSAULT", "aerial", "195", ("military",)), False),
    "strike": (("ASSAULT", None, "190", ("military",)), True),
    "bombing": (("ASSAULT", "explosives", "183", ("military",)), True),
    "shelling": (("ASSAULT", "heavy-weapons", "194", ("military",)), False),
    "attack": (("ASSAULT", None, "190", ("military",)), True),
    "assault": (("ASSAULT", None, "190", ("military",)), True),
    "invasion": (("ASSAULT", None, "190", ("military", "territory")), True),
    "offensive": (("ASSAULT", None, "190", ("military",)), True),
    "deployment": (("MOBILIZE", "troops", "154", ("military",)), False),
    "delivery": (("AID", None, "070", ()), False),
    "shipment": (("AID", None, "070", ()), False),
    "arrest": (("COERCE", "arrest", "173", ("legal",)), True),
    "detention": (("COERCE", "arrest", "173", ("legal",)), True),
    # repression named by its noun: "launched a crackdown on the protesters" (the verb
    # "cracked down" is PHRASAL_TRIGGERS'), "the crackdown on demonstrators left dozens injured"
    "crackdown": (("COERCE", "restrict", "172", ()), True),
    "protest": (("PROTEST", "demo", "141", ()), True),
    "demonstration": (("PROTEST", "demo", "141", ()), True),
    "sanction": (("COERCE", "restrict", "163", ("economic",)), True),
    "rally": (("PROTEST", "demo", "141", ()), True),
    "march": (("PROTEST", "demo", "141", ()), True),
    "agitation": (("PROTEST", "demo", "141", ()), True),
    "dharna": (("PROTEST", "demo", "141", ()), True),  # Indian English: a sit-in
    "bandh": (("PROTEST", "strike", "143", ()), True),  # Indian English: a general strike
    "hartal": (("PROTEST", "strike", "143", ()), True),
    "riot": (("PROTEST", "riot", "145", ()), True),
    "hunger_strike": (("PROTEST", "hunger", "142", ()), True),
    "walkout": (("PROTEST", "boycott", "143", ()), True),  # "staged a walkout from parliament"
    "labour_strike": (("PROTEST", "strike", "143", ()), True),
    "clash": (("ASSAULT", None, "190", ("military",)), True),
    "firing": (("ASSAULT", "firearms", "193", ()), True),
    "shooting": (("ASSAULT", "firearms", "193", ()), True),
    "gunfire": (("ASSAULT", "firearms", "193", ()), True),
    "shootout": (("ASSAULT", "firearms", "193", ()), True),
    "lathicharge": (("ASSAULT", None, "175", ()), True),
    "ambush": (("ASSAULT", None, "190", ("military",)), True),
    "massacre": (("ASSAULT", "targeted", "202", ()), True),
    "rape": (("ASSAULT", "sexual", "1821", ()), True),
    "killing": (("ASSAULT", None, "18", ()), True),
    # Threats and demands named by a noun take their actor from a light verb or possessor:
    # "issued an ultimatum to", "renewed its demand" ("warning": not a weather warning, coder).
    "ultimatum": (("THREATEN", None, "130", ()), True),
    "threat": (("THREATEN", None, "130", ()), True),
    "warning": (("THREATEN", None, "130", ()), True),
    "demand": (("REQUEST", None, "100", ()), True),
    "appeal": (("REQUEST", None, "100", ()), True),
    # Investigations: "launched a probe", "ordered an inquiry", "the probe by the crime branch".
    "probe": (("ACCUSE", "investigate", "090", ()), True),
    "investigation": (("ACCUSE", "investigate", "090", ()), True),
    "inquiry": (("ACCUSE", "investigate", "090", ()), True),
    "raid": (("COERCE", "seize", "171", ()), True),  # "police raids", "a raid by the police"
    # Indian English: security forces marching through a tense town, a show of force.
    "flag_march": (("MOBILIZE", None, "150", ()), True),
    # "launched a mediation effort between X and Y" (CAMEO 045); the sides are its recipients.
    # Only the compound (NOUN_COMPOUNDS): "mediation" alone is as often a topic in a list.
    "mediation_effort": (("CONSULT", None, "045", ("diplomatic",)), True),
    # A disinformation campaign is COERCE 'misinformation' (PLOVER table 3.10: "deception/
    # manipulation/misinformation", "a social media disinformation campaign", 3.15.2); the word
    # alone is often only a topic, so the compound (NOUN_COMPOUNDS) or a spreader (RETYPE).
    "disinformation_campaign": (("COERCE", "misinformation", "17", ("misinformation",)), False),
    # Acts named by a noun, as the object of a light verb ("ordered the expulsion of two diplomats").
    "war_game": (("COOPERATE", None, "062", ("military",)), True),
    # "Iraq's rejection of the plan": the owner rejects (CAMEO 12). Not "refusal" (BENCHMARKS.md,
    # probe round 4: it cost a PROTEST record)
    "rejection": (("REJECT", None, "120", ()), True),
    "expulsion": (("SANCTION", "expel", "166", ("diplomatic",)), True),
    "deportation": (("COERCE", "deport", "174", ("legal",)), True),
    # Fighting named by a noun: "fighting broke out between the army and the rebels" (CAMEO 190);
    # weak, so it needs its sides, a possessor or an occurrence verb.
    **{noun: (("ASSAULT", None, "190", ("military",)), True)
       for noun in ("fighting", "gunbattle", "firefight", "skirmish", "warfare")},
    # Patrols as nouns: "the forces continued extensive patrolling", "conducted patrols in the area"
    # (weak: only with a light verb, a possessor or a "by", as "patrol" the verb would have its subject).
    "patrolling": (("MOBILIZE", None, "150", ()), True),
    "patrol": (("MOBILIZE", None, "150", ()), True),
    "manhunt": (("ACCUSE", "investigate", "090", ()), True),
    "weapons_test": (("MOBILIZE", "weapons", "150", ("military",)), True),
    # A donation named by a noun ("Japan's donation of rice to Laos"): aid as "donated" is (CAMEO 07);
    # weak, so it needs its giver named (a possessor, a "by", a light verb).
    "donation": (("AID", None, "070", ()), True),
    # Requests named by a noun, made with a light verb ("made a request to Britain for debt relief",
    # "renewed its call for elections"), as "demand" and "appeal" are; a call asks only "for"
    # something (coder.match_trigger).
    **{noun: (("REQUEST", None, "100", ()), True) for noun in ("request", "call", "plea")},
    "cyberattack": (("COERCE", "cyber", "17", ("cyber",)), False),
    # Concessions made to someone are a yield (PLOVER 3.4, CAMEO 08), as the light-verb object only
    # ("made concessions to the miners"); "offered concessions" stays the offer (AGREE).
    "concession": (("CONCEDE", None, "080", ()), True),
    # -- whole-article audit, round 5: Indian English for talks ("the government was having
    # hectic parleys with the outfits"), weak as "talk" is.
    "parley": (("CONSULT", None, "040", ()), True),
}
# -- branch clauses: acts named by a noun (issue 13) ------------------------------------------------
# The noun of a verb the lexicon knows names the same act ("the abduction of two engineers by
# militants", "the army's bombardment of the town"). Weak, as "killing" and "massacre" are: the
# noun needs its doer named (a "by", a possessor, a light verb), so a generic mention ("kidnappings
# are common in the area") stays no event. Not "execution" (of a plan), "occupation" (a state,
# not an act), "seizure" (of drugs, a medical one), "hijacking" (of a debate), "murder" (a charge
# or a case as often as an act: "booked for murder"; and "a free hand to commit mass-murder" is
# given, not done), "looting" ("loot" is no trigger alone).
NOMINAL_ACTS: dict[str, str] = {
    "abduction": "abduct", "kidnapping": "kidnap", "assassination": "assassinate",
    "lynching": "lynch", "beheading": "behead", "bombardment": "bombard",
    "imprisonment": "imprison", "eviction": "evict", "torture": "torture",
    "harassment": "harass",
}
NOUN_TRIGGERS.update({noun: (VERB_TRIGGERS[verb], True) for noun, verb in NOMINAL_ACTS.items()})
# Event nouns whose "of" names the one acted on, as the verb's object would ("the killing of a
# journalist", "the shelling of the town"); not "attack" or "firing", whose "of" is as often the
# doer in news English ("the firing of the police", "the attack of the rebels").
ACTED_ON_OF_NOUNS = frozenset(NOMINAL_ACTS) | frozenset({
    "killing", "massacre", "shelling", "bombing", "invasion", "rape", "ambush", "expulsion",
    "deportation", "detention", "arrest"})
# Prepositions that set a meeting beside the clause's own act ("after talks in Doha, the two sides
# signed a ceasefire", "during a meeting with Modi, Biden raised ..."): the clause's subject took
# part in the talks. Meetings only (coder._noun_arguments): "after the attack, police arrested
# five" is no attack of the police's.
MEETING_BESIDE_PREPS = frozenset({"after", "following", "during", "before"})
# Noun triggers that are an event only as the object of a light verb ("issued an appeal").
LIGHT_ONLY_NOUNS = frozenset({"demand", "appeal", "request", "call", "plea", "concession"})
NOUN_REQUIRED_PREPS: dict[str, frozenset[str]] = {"call": frozenset({"for"})}
# Noun compounds that spaCy splits: ("air", "strike") -> "airstrike".
NOUN_COMPOUNDS: dict[tuple[str, str], str] = {
    ("air", "strike"): "airstrike",
    ("air", "raid"): "airstrike",
    ("drone", "strike"): "airstrike",
    ("missile", "strike"): "strike",
    ("hunger", "strike"): "hunger_strike",
    ("general", "strike"): "labour_strike",
    ("lathi", "charge"): "lathicharge",
    ("flag", "march"): "flag_march",
    # joint military games and manoeuvres are military cooperation (CAMEO 062 usage note)
    ("war", "game"): "war_game",
    **{(kind, drill): "war_game" for kind in ("military", "joint", "naval")
       for drill in ("exercise", "drill", "maneuver", "manoeuvre")},
    # a blast or explosion is an attack when a weapon made it (not a gas or factory explosion)
    **{(weapon, blast): "bombing"
       for weapon in ("bomb", "grenade", "mine", "landmine", "minefield", "ied", "suicide", "car",
                      "rocket", "mortar", "roadside", "terror", "terrorist")
       for blast in ("blast", "explosion")},
    ("mediation", "effort"): "mediation_effort",
    ("mediation", "bid"): "mediation_effort",
    ("mediation", "mission"): "mediation_effort",
    ("sexual", "violence"): "rape",  # "sexual violence against women by the military"
    ("sexual", "assault"): "rape",
    # security forces combing an area, house by house: COERCE 'seize' ("execute search", PLOVER
    # 3.15, CAMEO 171), as a raid is (not a "search operation": as often for the missing)
    ("combing", "operation"): "raid",
    ("comb", "operation"): "raid",
    **{(kind, "campaign"): "disinformation_campaign"
       for kind in ("disinformation", "misinformation", "smear")},
    # Fire named by its weapon is shelling or shooting: "artillery fire hit the market".
    **{(w, "fire"): "shelling" for w in ("artillery", "rocket", "mortar", "tank", "shell")},
    **{(w, "fire"): "shooting" for w in ("sniper", "machine-gun", "gun")},
    # Weapons tests raise the readiness of weapons systems (PLOVER 3.14 MOBILIZE 'weapons'):
    # "carried out a nuclear test", "test-fired a missile".
    **{(w, "test"): "weapons_test"
       for w in ("missile", "nuclear", "weapon", "weapons", "rocket", "atomic", "ballistic")},
    # Cyber attacks, hacking and security breaches are COERCE 'cyber' (PLOVER 3.15, table 3.10); an
    # ASSAULT needs potential physical harm (3.16). "hacked the ministry's servers", "hacked into".
    **{(kind, "attack"): "cyberattack"
       for kind in ("cyber", "ransomware", "hacking", "hacker", "malware")},
    # A strike named as a labour one by its scope or kind ("a nationwide strike", "a wildcat strike")
    # is a work stoppage (PLOVER 3.12 PROTEST 'strike'), never a military strike; so is one joined or
    # held by protesters (coder.match_trigger reads the light or participation verb's subject).
    **{(kind, "strike"): "labour_strike"
       for kind in ("nationwide", "national", "countrywide", "wildcat", "indefinite", "labour",
                    "labor", "transport")},
    # a joint operation or patrol of two forces is military cooperation, as joint exercises are
    # (PLOVER 3.14.1)
    **{("joint", kind): "war_game" for kind in ("operation", "patrol", "patrols")},
}
# Nouns the tokenizer splits at their hyphen ("cease", "-", "fire") that the lexicon spells as one
# word: "declared a cease-fire" is the "declared a ceasefire" of RETYPE_BY_OBJECT (coder.lemma_of
# joins them).
HYPHEN_NOUNS: dict[tuple[str, str], str] = {("cease", "fire"): "ceasefire",
                                            ("cyber", "attack"): "cyberattack"}
# Verbs whose subject performs the event named by their object noun ("made a visit",
# "carried out airstrikes", "held talks").
LIGHT_VERBS = frozenset({
    "make", "pay", "hold", "conduct", "carry", "launch", "stage", "undertake", "begin", "start",
    "continue", "resume", "mount", "wage", "commence", "organize", "organise",
    "reopen",  # probe9: "willing to reopen negotiations", as "resume negotiations"
    "stag",  # spaCy's small model lemmatizes "staged" as "stag"
    "wag",  # ... and "waged" as "wag" ("waged a disinformation campaign")
    "perform", "execute", "impose", "have", "join", "complete", "order", "commit",
    "issue", "reiterate", "renew", "repeat", "deliver",  # "issued an ultimatum", "renewed its demand"
    # an event made stronger or started again is carried out: "stepped up its attacks on X",
    # "intensified the shelling", "rekindled the bombing campaign"
    "intensify", "escalate", "step", "rekindle", "revive",
})
# Nouns of a series whose "of" object is the event ("a new round of talks", "a wave of arrests").
SERIES_NOUNS = frozenset({"round", "series", "wave", "spate", "string"})
# A nominal event with no one named (weak or not) is still reported when it is said to happen:
# the subject of these verbs ("clashes broke out", "protests erupted", "a grenade attack killed
# ten") or the subject of a passive light verb ("a protest was held"). Its actor is unnamed.
OCCURRENCE_VERBS = frozenset({
    "erupt", "break", "occur", "happen", "take", "continue", "resume", "spread", "rock", "grip",
    "sweep", "escalate", "intensify", "flare", "begin", "start", "turn", "kill", "injure",
    "wound", "leave", "claim", "hit", "target", "destroy", "damage", "paralyse", "paralyze",
    "disrupt",
})
# Spans of time a violent cause fills: "a night of shelling killed two villagers", "days of
# fighting left ten dead" (the cause is the noun after "of").
PERIOD_NOUNS = frozenset({"night", "day", "hour", "week", "month", "year", "weekend"})

# -- arguments: who acts on whom, and where --------------------------------------------------------
# Verbs whose direct object is what is given, never the recipient ("offered its troops to X").
GIVING_VERBS = frozenset({"offer", "contribute"})
# Bodies that troops offered "to" them join, not receive ("offered its soldiers to the
# regional force"); a person or state offered them is the recipient.
JOINED_BODIES = frozenset({"force", "forces", "mission", "coalition", "contingent", "operation"})
# Verbs whose direct object is the means, never the recipient ("set off a bomb"); what is used is
# the means too: "used force against the strikers" is aimed at the strikers.
MEANS_VERBS = frozenset({"set", "use"})
# Measures imposed or declared: the object is the means, never the recipient; the place or
# people it is imposed "in"/"on" are ("declared a state of siege in Katanga").
IMPOSED_MEASURES = frozenset({"curfew", "emergency", "siege", "martial", "ban", "restriction",
                              "lockdown", "blockade", "embargo", "sanction", "shutdown",
                              "prohibitory", "section"})  # "imposed Section 144 in the city"
MEASURE_PREPS = frozenset({"in", "on", "against", "across"})
# Verbs whose subject imposes the sanctions they take as object, as "imposed" (LIGHT_VERBS) does:
# "announced sanctions on Lockheed Martin", "slapped sanctions on Russian tankers" (coder
# _noun_arguments; "called for sanctions" is a demand, PUNITIVE_DEMANDS).
SANCTION_NOUNS = frozenset({"sanction", "sanctions", "embargo", "tariff", "tariffs"})
SANCTIONING_VERBS = frozenset({"announce", "slap", "unveil", "adopt", "introduce", "level"})
# (type, mode) of acts aimed at where they happen: the place is their recipient (PLV codes it
# so; the resolver gives it the place's country): alerts and deployments, curfews and sieges,
# withdrawals from a position.
PLACE_TARGET_TYPES = frozenset({"MOBILIZE"})
PLACE_TARGET_MODES = frozenset({("COERCE", "curfew"), ("COERCE", "martial-law"),
                                ("COERCE", "restrict"), ("SANCTION", "expel"),
                                ("SANCTION", "withdraw"), ("RETREAT", "withdraw")})
# Verbs whose direct object is a topic, not who is consulted ("discussed Libya with Trump").
TOPIC_VERBS = frozenset({"discuss", "debate"})
# Verbs whose direct object is what is moved away, and whose recipient is where it leaves:
# "withdrew its troops from Lebanon", "recalled its ambassador from Paris" (CAMEO targets).
WITHDRAWING_VERBS = frozenset({"withdraw", "pull", "recall", "redeploy"})
# Verbs whose recipient is the destination, not the person moved: "extradited the officer to
# Spain" cooperates with Spain (CAMEO 063, judicial cooperation).
EXTRADITION_VERBS = frozenset({"extradite"})
# Prepositions that name the recipient of these verbs beyond their type's (coder.RECIPIENT_PREPS):
# "pleaded with Ecuador", "complained to China", "surrendered to the army".
VERB_RECIPIENT_PREPS: dict[str, frozenset[str]] = {
    "plead": frozenset({"with"}), "complain": frozenset({"to"}), "exchange": frozenset({"with"}),
    "retake": frozenset({"from"}), "recapture": frozenset({"from"}),  # "retook the town from X"
    "surrender": frozenset({"to"}), "capitulate": frozenset({"to"}),
    # a mediator's recipients are the sides it mediates between (CAMEO 045; manual 3.2)
    "mediate": frozenset({"between", "among"}),
    "express": frozenset({"to"}), "convey": frozenset({"to"}),  # "expressed sympathy to Iran"
    # "appealed to the kidnappers to free them", "protested to Iran over ...": the one addressed
    "appeal": frozenset({"to"}), "protest": frozenset({"to"}),
    # "recalled its ambassador from Libya", "expelled its diplomats from Sudan", "closed its
    # border with Iraq", "closed its embassy in Tirana"
    "recall": frozenset({"from"}), "expel": frozenset({"from"}), "close": frozenset({"with", "in"}),
    **{verb: frozenset({"from"}) for verb in WITHDRAWING_VERBS},
}
# Possessives of an institution that make an object the actor's own ("its troops", "their
# envoy"): never the recipient (coder.fill_arguments).
OWN_POSSESSIVES = frozenset({"its", "their"})
# Verbs of hosting: the visitor is the actor (manual 3.2.2), as for "host".
HOST_VERBS = frozenset({"host", "receive"})
# Nouns whose "between X and Y" names the sides helped, not the actors ("a mediation effort
# between the Emirates and Saudi Arabia" is made by a third party).
THIRD_PARTY_NOUNS = frozenset({"mediation"})
# Acts demanded of someone named after "of": "demanded the withdrawal of Serbian forces from
# Bosnia" asks the forces, not Bosnia.
DEMANDED_OF_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "resignation", "departure",
                               "disarmament", "surrender", "exit", "retreat"})
# Verbal reactions whose object, a decision or proposal, names whose it is: "rejected a United
# Nations appeal", "condemned Israel's decision" (the owner is the recipient).
# Verbs of an accusation whose "that" clause names the accused as its subject ("charged that
# the United States had violated ...", coder.fill_arguments).
ALLEGING_VERBS = frozenset({"charge", "allege"})
OWNER_RECIPIENT_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
# Demands met or accepted: whoever made them is the recipient of the yield ("accepted the
# demands by protesters", "conceded to the workers' demands").
DEMAND_NOUNS = frozenset({"demand", "request", "call", "appeal", "ultimatum", "condition"})
# A refusal's addressee: the partner or beneficiary of the thing refused ("cooperation with
# X", "permission to X"), or the doer of the condition set ("until X ...").
REFUSED_PARTNER_PREPS = frozenset({"with", "to"})  # not "for": "a call from X for Y to disarm" is X's
CONDITION_MARKS = frozenset({"until", "till", "unless"})
# An indirect question asserts nothing: "refused to say whether troops would be deployed".
QUESTION_MARKS = frozenset({"whether"})
# Prepositions that place an event ("rallied outside the hospital"), not name who it is aimed at.
PLACE_PREPS = frozenset({"in", "at", "outside", "near", "around", "across", "inside", "into",
                         "throughout", "along", "from", "through", "within", "beyond"})
# Types whose place named after a place preposition is where the parties met, never a party:
# "signed the accord in Doha", "held talks in Geneva" (an attack "in" a place may hit it).
VENUE_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})
VENUE_ENT_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words that make one phrase both sides of a symmetric event ("both sides", "the two leaders").
RECIPROCAL_WORDS = frozenset({"both", "two", "each"})
# Objects after which a REJECT inherits the subject of the latest REQUEST ("sees no basis for this").
ANAPHORIC_OBJECTS = frozenset({"this", "it", "that", "request", "demand", "proposal", "call",
                               "idea", "plan", "offer", "appeal"})
# Prepositions that let a nominal trigger inherit its actor from the noun or clause it hangs on.
INHERIT_PREPS = frozenset({"including", "include", "such", "like"})
# Dependencies that start a clause of its own beside a verb's ("..., while police arrested X").
OTHER_CLAUSE_DEPS = frozenset({"advcl", "conj", "ccomp", "relcl", "parataxis"})
# Relative pronouns through which a killing names its cause: "the firing in which four died".
RELATIVE_CAUSES = frozenset({"which", "whom"})
# Relative pronouns that stand for the noun a relative clause hangs on when they are its subject
# ("the officers who arrested the rioters", "the men that were detained").
RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})
# Nominalised objects through which AID/SUPPORT look for the real recipient ("support the
# modernization of the Syrian army").
DIG_OBJECTS = frozenset({"reconstitution", "modernization", "modernisation", "reconstruction",
                         "recovery", "development", "training", "rebuilding", "defense",
                         "defence", "effort", "efforts", "capability", "capabilities"})

# -- protest ---------------------------------------------------------------------------------------
# Subjects that make rally/demonstrate/march a protest without the preposition above
# ("thousands of farmers rallied in the capital"), and "chanted" one at all: people who protest.
# ("gathered" is left to the pair model, which learned it: a lexicon word would veto it there.)
PROTESTER_NOUNS = frozenset({
    "protester", "protestor", "demonstrator", "activist", "student", "worker", "farmer",
    "supporter", "opponent", "striker", "rioter", "marcher", "teacher", "employee", "union",
    "trader", "lawyer", "doctor", "nurse", "woman", "youth", "opposition", "crowd", "mob",
    # audit14: truckers on strike are workers on strike ("the truckers' strike"), not a military one
    "trucker", "transporter",
})
# Verbs whose subject takes part in the event noun after "in": "thousands gathered in a protest
# against racism", "farmers joined in the strike".
PARTICIPATION_VERBS = frozenset({"gather", "participate", "join", "take", "march", "rally",
                                 "assemble", "turn", "engage", "stand", "sit", "converge"})
# ... "in" the protest, "for" a rally ("converged for a rally"), "at" a demonstration.
PARTICIPATION_PREPS = frozenset({"in", "for", "at"})
# Whoever travels "on a visit" or "for talks" makes the visit or holds the talks, in the place
# the verb names ("arrived in Beijing on a four-day visit": the host is Beijing, manual 3.2.2).
# "sit" (probe7): "the two delegations sat down in Havana for the first round of talks".
TRAVEL_VERBS = frozenset({"arrive", "travel", "fly", "head", "come", "go", "leave", "land", "return",
                          "sit"})
TRAVEL_PURPOSE_PREPS = frozenset({"on", "for"})
TRAVEL_PLACE_PREPS = frozenset({"in", "to", "at"})
# Adjectives of readiness: "X is ready for talks", "open to dialogue" (CAMEO 036, intent to meet).
READY_WORDS = frozenset({"ready", "willing", "prepared", "open"})
READY_PREPS = frozenset({"for", "to"})
# A crowd gathered to protest is a protest (PLOVER 3.12 "gather to protest a policy"): these
# verbs with a clause of PROTEST_PURPOSE_VERBS ("gathered outside the court, demanding his
# release", "assembled to denounce the verdict"); any other gathering stays the pair model's.
GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "congregate", "throng", "mass"})
PROTEST_PURPOSE_VERBS = frozenset({"demand", "protest", "chant", "shout", "denounce", "condemn",
                                   "decry", "oppose", "demonstrate"})
# Verbs that are a protest only with a protester as subject (see PROTESTER_NOUNS).
PROTESTER_VERBS = frozenset({"rally", "demonstrate", "march", "chant"})
# Verbs that mean a protest whatever their subject: any person or group doing them is its actor.
PROTEST_ONLY_VERBS = frozenset({"protest", "riot", "demonstrate",
                                "heckle", "jeer", "boo"})  # "striking miners heckled the minister"
# A protest noun with one of these is a protest reported, even with no actor named.
PROTEST_OCCURS_PREPS = frozenset({"against", "over", "outside"})
# Violence by these actors is a riot, PROTEST 'riot' (PLOVER: violent protest), not ASSAULT.
RIOTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher"})
# Collective acts that are a protest when protesters or rioters (RIOTER_NOUNS) do them:
# "demonstrators converged on the square", "rioters stormed the building" (PROTEST; 'riot' for
# RIOT_ACTION_VERBS). Keyed only with such a subject, so "gathered" stays the pair model's
# elsewhere (coder.key_positions).
PROTEST_ACTION_VERBS = frozenset({
    "converge", "assemble", "throw", "pelt", "burn", "torch", "set", "fight",
    "confront", "storm", "barricade", "shout", "wave", "walk", "swarm", "smash", "loot",
    "vandalize", "vandalise", "breach", "surround", "camp", "defy", "participate", "flood",
    "fill", "sing", "stage", "hold", "carry", "burst",
})
RIOT_ACTION_VERBS = frozenset({"pelt", "torch", "smash", "loot", "vandalize", "vandalise",
                               "storm", "fight", "burn", "set", "breach"})
# A crowd throwing stones at the police riots (PLOVER 3.12 'riot'), whoever makes it up:
# "supporters of the cleric hurled bottles at riot police", "youths pelted police with stones".
# Verbs of throwing, what a crowd throws, and who (beside PROTESTER_NOUNS) a crowd is.
MISSILE_VERBS = frozenset({"throw", "hurl", "lob", "pelt"})
RIOT_MISSILES = frozenset({"stone", "brick", "rock", "bottle", "firecracker", "firework", "petrol",
                           "molotov", "cocktail", "projectile", "egg", "chair", "debris", "tyre",
                           "tire", "brickbat", "missile", "object", "flare"})
CROWD_NOUNS = frozenset({"fan", "follower", "loyalist", "partisan", "villager", "resident",
                         "local", "youngster", "people", "group", "hundred", "thousand", "dozen"})
# People whose name says they protest: force used on them reports their protest (coder
# `_protest_of_recipients`). Not "marchers" (a parade marches too) nor a crowd.
PROTEST_PARTICIPANTS = frozenset({"protester", "protestor", "demonstrator", "rioter"})
# Nouns naming a protest, for verbs that stop one.
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "sit", "strike",
                           "dharna", "agitation", "procession", "gathering"})
# Civilians cannot impose a military blockade: "villagers besieged the council office" obstructs
# it, a protest (CAMEO 144; coder.refine).
OBSTRUCTING_CAMEOS = frozenset({"191"})

# -- violence: weapons, causes, victims ------------------------------------------------------------
# What is fired in an attack; "fire" with any other object is not one ("fired the minister").
MUNITIONS = frozenset({"round", "shot", "bullet", "shell", "rocket", "missile", "mortar", "gas",
                       "cannon", "pellet", "salvo", "volley", "grenade", "weapon", "gun",
                       "projectile", "burst", "artillery", "ammunition", "teargas", "shotgun",
                       "flare", "canister", "dart", "munition", "bomb", "torpedo"})
# Means of riot control (lemmas; "tear gas" is two words, "teargas" one).
CROWD_CONTROL = frozenset({"teargas", "tear", "cannon", "baton", "lathi", "lathis", "pellet",
                           "rubber", "stun", "pepper", "truncheon"})
# What is planted or emplaced to explode (RETYPE_BY_OBJECT: "plant", "emplace").
PLACED_EXPLOSIVES = frozenset({"bomb", "ied", "explosive", "explosives", "landmine", "mine", "device",
                               "grenade"})
# A killing or injury is caused by the attack of its "when" clause: "were killed when militants
# detonated a bomb", "injured when a grenade exploded".
VIOLENT_CLAUSE_VERBS = frozenset({"detonate", "explode", "attack", "fire", "open", "shell",
                                  "bomb", "raid", "storm", "ambush", "strike", "blow", "hurl",
                                  "lob", "throw", "shoot", "clash",
                                  "target"})  # "killed after gunmen targeted a wedding"
# Of these, the ones a gas cylinder does too: only with a weapon (WEAPON_SUBJECTS) as subject.
EXPLODE_VERBS = frozenset({"explode", "detonate", "blow"})
# Verbs of a projectile reaching its target, which a car or a falling tree does too: a violent
# clause only with a weapon as subject ("injured when a rocket hit their house").
IMPACT_VERBS = frozenset({"hit", "land", "slam", "crash"})
# Killing and injury also happen in floods and accidents: passive, they need an agent or a
# violent cause ("killed in police firing", "injured in the blast"), whose actor they take.
CAUSED_VERBS = frozenset({"kill", "injure", "wound"})
CAUSE_PREPS = frozenset({"in", "by", "during", "after"})
# Prepositions that date an act by another one ("gave a call for a strike after the killing of
# pilgrims"): the violence they name is what came before, not what the subject of the verb did.
EARLIER_ACT_PREPS = frozenset({"after", "following", "since", "before"})
# Verbs whose act is void when its object is the actor itself ("he assures himself").
SELF_ADDRESSED_VOID = frozenset({"assure", "reassure"})
REFLEXIVE_PRONOUNS = frozenset({"himself", "herself", "itself", "themselves", "myself",
                                "ourselves", "yourself", "yourselves", "oneself"})
VIOLENT_CAUSES = frozenset({
    "attack", "firing", "shooting", "gunfire", "shelling", "bombing", "blast",
    "explosion", "airstrike", "strike", "raid", "clash", "violence", "riot", "rioting", "ambush",
    "encounter", "crossfire", "shootout", "lathicharge", "stabbing", "grenade", "bomb", "ied",
    "rocket", "missile", "mortar", "bullet", "explosive", "skirmish", "fighting", "crackdown", "assault",
    "offensive", "massacre",
    "battle", "gunbattle", "firefight", "combat", "fight", "shoot",  # "shoot-out", "gun battle"
    # case8: South Asian and Middle Eastern news's names for the same ("killed in a gunfight",
    # "died in the bombardment", "an artillery barrage killed")
    "gunfight", "bombardment", "barrage",
})
WEAPON_SUBJECTS = VIOLENT_CAUSES | frozenset({"device", "vbied", "landmine", "mine", "shell", "projectile"})
# Causes that kill in accidents too ("a gas cylinder blast killed two"): as the subject of a
# killing they count only beside a weapon ("a bomb blast killed", "an IED explosion killed").
ACCIDENTAL_CAUSES = frozenset({"blast", "explosion"})
# "suicide" before one of these names a suicide attack (mode suicide-attack, CAMEO 1831): a
# suicide bomber is no aircraft, though "bomber" alone is one.
SUICIDE_ATTACK_HEADS = frozenset({"bomber", "bombing", "bomb", "attack", "attacker", "vest",
                                  "blast", "explosion", "car"})
# Words naming weapons -> ASSAULT mode.
WEAPON_MODES = {
    "aerial": {"airstrike", "warplane", "jet", "aircraft", "helicopter", "bomber", "plane",
               "air"},
    "drone": {"drone", "uav"},
    "heavy-weapons": {"artillery", "tank", "rocket", "missile", "mortar", "shell", "shelling"},
    "firearms": {"gun", "rifle", "gunfire", "gunmen", "sniper", "bullet"},
    "explosives": {"bomb", "ied", "explosive", "mine", "car-bomb"},
}
# Death words whose subject (or "of") is the victim: "125 persons died in police firing", "40
# deaths took place due to police firing", "custodial deaths" are killings, by the cause's
# actor; an event only with a violent cause (VIOLENT_CAUSES), a named custody or CUSTODIAL.
DEATH_WORDS: dict[str, Entry] = {"die": ("ASSAULT", None, "18", ()),
                                  "death": ("ASSAULT", None, "18", ())}
CUSTODIAL = frozenset({"custodial"})
# Lives a violent cause takes: "police firing claimed two lives" is a killing by the cause's
# actor, read as a death (coder._death); "the floods claimed ten lives" names no violence.
LIFE_VERBS: dict[str, frozenset[str]] = {"claim": frozenset({"life", "lives"})}
# "died in police custody": a death in the hands of whoever the modifier names.
CUSTODY_NOUNS = frozenset({"custody", "lock-up", "lockup"})
# Police shootouts: "killed in an encounter with police" names the killer after "with".
ENCOUNTER_NOUNS = frozenset({"encounter", "shootout"})
# Modifiers that make a cause or an attack an illness: "died after a heart attack", "the asthma
# attack left him" (coder._read_cause, coder._illness_attack; the second line is precision's).
ILLNESS_MODIFIERS = frozenset({"heart", "cardiac", "asthma", "asthmatic", "panic", "brain",
                               "anxiety", "migraine", "epileptic", "allergic", "gout", "angina",
                               "seizure"})
# Causes named through two words: "died due to police firing", "owing to the lathicharge".
CAUSE_PHRASE_HEADS = frozenset({"due", "owing"})
# "came under criticism from X", "came under fire from X over its policy": a verbal attack (ACCUSE
# 111, coder.match_trigger), as an attack with a reason is ("attacked X for failing").
CRITICISM_NOUNS = frozenset({"criticism", "censure", "condemnation"})
# Criticism received: "the plan drew sharp criticism from rights groups", "the minister faced a
# backlash", "the tagline drew a mix of criticism and ridicule" are ACCUSE 111 against the
# subject, by whoever the "from" names (coder.drew_criticism). The verbs key only beside one of
# the nouns (OBJECT_CONDITIONAL_KEYS): "faced charges", "drew a crowd" stay the models' call.
CRITICISM_DRAWING_VERBS = frozenset({"draw", "face", "attract", "earn",
                                     # whole-article audit, round 6: "encountered a backlash"
                                     "encounter"})
CRITICISM_DRAWN = CRITICISM_NOUNS | frozenset({
    "backlash", "ridicule", "derision", "outcry", "scorn", "rebuke", "denunciation",
    "disapproval", "opprobrium", "flak", "mockery"})
# Quantity nouns between the verb and the criticism: "drew a storm of criticism".
CRITICISM_QUANTITIES = frozenset({"mix", "storm", "wave", "flood", "torrent", "barrage", "chorus",
                                  "lot", "deal", "volley", "hail", "firestorm"})
# "The White House called the inquiry a sham", "branded the vote a farce", "described the ruling
# as illegal": naming someone's act with a word of condemnation is criticism (ACCUSE 111). The
# verbs that name, and the words (the complement or its modifier) that condemn.
NAMING_VERBS = frozenset({"call", "brand", "label", "term", "dub", "describe"})
CONDEMNING_WORDS = frozenset({
    "sham", "farce", "travesty", "disgrace", "hoax", "charade", "outrage", "scandal", "insult",
    "betrayal", "provocation", "lie", "crime", "coup", "mistake", "terrorist", "traitor",
    "criminal", "liar", "fascist", "racist", "illegal", "illegitimate", "unacceptable",
    "outrageous", "shameful", "disgraceful", "irresponsible", "reckless", "dangerous",
    "unconstitutional", "unlawful", "provocative", "baseless", "absurd", "ridiculous", "adverse",
    "hostile", "deplorable", "despicable", "unjust", "hypocritical", "cowardly", "barbaric",
    "unjustified", "unjustifiable", "arbitrary",
    # the legal judgements of online diplomatic copy: "said the strike was a flagrant violation
    # of international law", "amounted to ethnic cleansing", "an act of aggression"
    "violation", "breach", "genocide", "cleansing", "terrorism", "aggression", "atrocity",
    "blackmail",
    # whole-article audit, round 6: mistakes made ("said the ministry made a blunder")
    "blunder", "misstep",
})
# A warning of the warner's own act (coder.warned_own_act): "warned it would respond to any new
# deployments" is a threat (CAMEO 130); the modals that announce the act, the pronouns that stand
# for the warner, the verbs that say a state and no act ("warned it would be difficult"), and the
# prepositions that name whom the act is aimed at ("take measures against the Philippines").
OWN_ACT_WARNING = ("THREATEN", None, "130", ())
WARNED_OWN_MODALS = frozenset({"would", "will", "could", "'ll", "wo", "shall"})
WARNER_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
WARNED_STATES = frozenset({"be", "have", "need", "cost", "lose", "suffer", "fail", "struggle",
                           "become", "remain", "seem", "run", "take", "face", "see"})
THREATENED_PREPS = frozenset({"against", "on", "to"})
WARNED_MEASURES = frozenset({"measure", "action", "step", "countermeasure"})
# Verbs that judge their subject as "was" does: "the offensive amounted to ethnic cleansing",
# "the strike constituted a war crime" (coder.judged_criticism).
JUDGING_COPULAS = frozenset({"amount", "constitute"})
NAMED_CRITICISM = ("ACCUSE", "disapprove", "111", ())
# "X came under attack / fire": the subject is attacked (ASSAULT with X as recipient).
UNDER_ATTACK_NOUNS = frozenset({"attack", "fire", "shelling", "assault", "bombardment",
                                "bombing", "gunfire", "airstrike", "rocket", "mortar"}) | CRITICISM_NOUNS
# Armed groups whose raid is an attack (ASSAULT), where a police raid is a search (COERCE 171).
ARMED_GROUP_NOUNS = frozenset({"militant", "insurgent", "rebel", "gunman", "gunmen", "terrorist",
                               "jihadist", "guerrilla", "extremist", "militia", "bandit",
                               "militiaman", "fighter"})
# Aircraft and warships that attack stand for whoever flies them: "a helicopter dropped barrel
# bombs on the town" is an ASSAULT by an unnamed force (only as the subject of an ASSAULT: a
# helicopter that rescues flood victims is no actor, coder.fill_arguments).
ATTACKING_CRAFT = frozenset({"helicopter", "gunship", "aircraft", "warship", "drone", "bomber",
                             "plane", "warplane", "jet", "gunboat",
                             "tank"})  # heavy weapons too: "the tanks shelled the headquarters"
# Verbs that are an attack only with a weapon, a craft or an armed force as subject or passive
# agent: "Israeli jets hit army positions", "a hospital was hit by a missile" (not "the storm
# hit the coast", "prices hit a record", "targeted sanctions").
ARMED_VERBS = frozenset({"hit", "target"})
ARMED_SUBJECTS = ATTACKING_CRAFT | WEAPON_SUBJECTS | ARMED_GROUP_NOUNS | frozenset({
    "troop", "troops", "soldier", "army", "military", "artillery", "navy", "airstrike", "militia"})
# Words besides the ASSAULT triggers that name force, its means or its harm: "sustained injuries
# in the firing", "set the houses on fire", "torched shops". A learned or selected ASSAULT needs
# one between its actors and its verb (coder._shows_violence): in news about riots the models
# type as ASSAULT "police officials said 400 people were whisked away" or "kharge told
# reporters", sentences that only stand near reports of violence.
HARM_WORDS = frozenset({"injury", "injured", "hurt", "dead", "body", "bodies", "toll",
                        "casualty", "victim", "fire", "arson", "sword", "knife", "dagger",
                        "rod", "stick", "weapon", "gun", "rifle", "pistol", "hack", "slit",
                        "loot", "burn", "torch", "bloodshed", "carnage", "pogrom", "beat",
                        "thrash", "assault", "gunman", "gunmen", "sniper",
                        "capture", "overrun", "occupy"})  # a town taken by force (CAMEO 192)
# The hurt and the dead as the object of a verb ("took the injured to hospital", "identified the
# bodies") name who was harmed earlier, not violence done by that verb (coder._shows_violence).
VICTIM_WORDS = frozenset({"injured", "wounded", "dead", "body", "bodies", "victim", "victims",
                          "casualty", "casualties", "deceased"})
# One person harmed by a crowd is an assault on that person (a lynching), not a riot, which is
# aimed at another group or the authorities (manual 3.12, PROTEST 'riot'): "a man was set ablaze by
# a mob" stays ASSAULT (coder.refine).
SINGLE_VICTIMS = frozenset({"man", "woman", "boy", "girl", "person", "youth", "child",
                            "teenager", "driver", "worker", "farmer", "student", "trader",
                            "priest", "cleric", "suspect", "thief", "villager", "resident",
                            "chief", "leader", "official", "pastor", "preacher", "imam", "monk",
                            "cultist", "vendor", "shopkeeper", "labourer", "laborer", "herder",
                            "herdsman", "robber", "burglar", "kidnapper", "murderer", "rapist",
                            "accused", "husband", "wife", "son", "daughter", "elder", "teacher",
                            "doctor", "journalist", "activist", "politician", "businessman",
                            "policeman", "constable", "officer", "guard", "witch", "tourist",
                            "pilgrim", "councillor", "councilor", "headman", "lawyer"})
# Verbs that link, judge or recall ("was", "termed", "discounted"): a learned or selected ASSAULT
# anchored on one is the model typing a sentence that mentions violence ("termed the killing
# barbaric"), not an attack by the verb's subject; the attack itself is the rules' to code.
# (Not the reporting verbs: "said it launched airstrikes" is often the only anchor of a report.)
# Nor verbs of rescue: "officers who saved lives in the riots" protected people from violence.
# Nor verbs of fear or expectation: "fearing an attack, the administration sealed ..." names an
# attack not made.
NOT_VIOLENT_ANCHORS = frozenset({
    "be", "become", "seem", "remain", "feel", "think", "believe", "term", "call", "describe",
    "recall", "view", "consider", "discount", "seek", "write", "hold", "depend", "respond",
    "save", "rescue", "protect", "shield", "escort",
    "fear", "dread", "expect", "anticipate", "suspect", "worry"})
# "launched a scathing attack on X": a verbal attack is an ACCUSE.
VERBAL_ATTACK_WORDS = frozenset({"scathing", "verbal", "blistering", "stinging", "extraordinary",
                                 "withering", "rhetorical", "furious", "personal", "broadside",
                                 "veiled", "sharp", "bitter", "political", "strong", "frontal"})
# Political "attacks" are criticism (ACCUSE 111): "openly attacked the allies", "a veiled attack
# on the ministers", "attacked the government for failing to act" (see coder.match_trigger).
VERBAL_ATTACK_ADVERBS = frozenset({"openly", "sharply", "strongly", "bitterly", "verbally",
                                   "publicly", "repeatedly"})
# Nouns of an attack that is criticism when a modifier says so ("an extraordinary offensive
# against the chief minister", "a veiled attack on the ministers"): see VERBAL_ATTACK_WORDS.
VERBAL_ATTACK_NOUNS = frozenset({"attack", "offensive", "broadside", "tirade", "salvo"})
# An attack "for" a reason is criticism ("attacked the party for its silence", "made a direct
# attack on the minister for the violence"); "for" a stretch of time is not a reason.
DURATION_WORDS = frozenset({"second", "minute", "hour", "day", "night", "week", "month",
                            "year", "while", "time", "period", "decade", "long"})

# -- frames around an embedded event, modality -----------------------------------------------------
# Frames around an embedded event (the xcomp/ccomp child of the frame verb).
INTENT_VERBS = frozenset({  # cooperative embedded event -> AGREE (manual 3.1 and 3.2.1)
    "agree", "pledge", "promise", "vow", "plan", "intend", "offer", "commit", "propose",
    "prepare", "aim", "decide",
    "ready", "willing", "prepared",  # "is ready to send troops" (the adjective frames it)
})
# Frames whose embedded yield is the act itself: a government that "decided to lift" the curfew
# has lifted it in the sense CAMEO 08 codes (an eased measure), not promised to.
DECISION_VERBS = frozenset({"decide"})
# Promises that threaten only when what is promised is conflictual ("pledged to attack the
# capital" announces an attack, manual 2.3; "pledged to send aid" stays AGREE, above).
PLEDGE_VERBS = frozenset({"vow", "swear", "pledge", "promise"})
THREAT_VERBS = frozenset({"threaten", "warn"}) | PLEDGE_VERBS  # conflictual embedded -> THREATEN
# Pledges made to a beneficiary: troops "promised" to a country are military aid (CAMEO 0332).
PROMISE_VERBS = frozenset({"promise", "pledge"})
# Frames of an act weighed, not taken: "is considering suspending relations with X" is a warning
# of it (THREATEN 'relations': "threaten to suspend relations"); any other act weighed is not
# done (coder.apply_frames).
CONSIDER_FRAMES = frozenset({"consider", "contemplate", "mull", "weigh"})
# Warnings that are not threats: "a flood warning", "a travel warning" (with HAZARD_NOUNS).
NOT_THREAT_WARNINGS = frozenset({"weather", "travel", "health", "red", "amber", "yellow", "orange",
                                 "evacuation", "profit", "early", "safety", "security"})
# Acts that, vowed or sworn, are threats of violence ("vowed to retaliate", "swore to fight on").
THREAT_ACTS = frozenset({"retaliate", "fight", "avenge", "punish", "crush", "annihilate",
                         "eliminate", "wipe", "hit", "strike", "attack", "destroy", "kill"})
REFUSAL_VERBS = frozenset({"refuse", "decline", "reject"})  # embedded -> REJECT
# Frames whose infinitive the parser may hang as an adverbial clause when a time phrase comes
# between ("declined on Friday to meet", "vowed on Monday to retaliate"): still the framed act,
# not a purpose (coder.governor).
INFINITIVE_FRAMES = REFUSAL_VERBS | THREAT_VERBS | INTENT_VERBS
# "declined to comment" is not a rejection of anything.
SPEECH_VERBS = frozenset({"comment", "say", "elaborate", "speculate", "confirm", "disclose",
                          "name", "identify", "reveal", "specify", "discuss", "answer", "give",
                          "state", "explain", "detail", "sign"})
DENIAL_VERBS = frozenset({"deny", "dismiss"})  # "denied attacking": embedded not asserted
# embedded only alleged ("charged that X was aiding")
ALLEGATION_VERBS = frozenset({"accuse", "blame", "allege", "claim", "charge"})
REQUEST_VERBS = frozenset({"ask", "urge", "request", "demand", "call", "appeal", "press", "push",
                           "direct", "instruct", "pressure", "pressurise", "pressurize", "lobby",
                           "plead", "implore", "beseech", "beg", "petition", "exhort",
                           "advise"})
# Request verbs that ask only with an addressee and an infinitive ("pressed Beijing to release
# the crew"); alone they ask nothing ("pressed ahead", "pushed the car").
PRESSING_VERBS = frozenset({"press", "push", "pressure", "pressurise", "pressurize", "lobby"})
# Request verbs whose infinitive the parser may hang as an advcl is still what they ask for
# ("appealed to the kidnappers to free them"); not "call": "called on the president to discuss
# the situation" is a visit with its purpose.
ADVCL_REQUEST_VERBS = REQUEST_VERBS - {"call"}
FAIL_VERBS = frozenset({"fail"})  # "failed to reach": negated
# Verbs of ceasing: a gerund they govern is no longer done ("stopped releasing hostages").
CESSATION_VERBS = frozenset({"stop", "cease", "halt", "quit", "suspend"})
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "should", "can"})
# "China must drop its tariffs": an obligation, not an act. Reported by a speaker about another
# actor it is that speaker's demand (REQUEST, see DEMAND_SPEECH_VERBS).
OBLIGATION_MODALS = frozenset({"must", "should"})
# Reporting verbs whose clause with an obligation modal and another actor as subject is a demand:
# "Washington declared that Beijing must drop its barriers" -> Washington REQUEST Beijing.
DEMAND_SPEECH_VERBS = frozenset({"say", "declare", "announce", "insist", "conclude", "reiterate",
                                 "stress", "state", "tell", "add", "emphasize", "emphasise",
                                 "argue", "maintain", "write", "repeat", "assert"})
# Verbs that report a clause: "would" in it is the future of the past ("said it would boycott").
REPORTING_VERBS = DEMAND_SPEECH_VERBS | frozenset({"confirm", "report", "indicate", "signal",
                                                   "disclose", "reveal", "predict", "expect"})
# A pronoun subject of a clause reported by a named actor is that actor ("Hungary said it will
# support the resolution", "the rebels said they would boycott").
REPORTED_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
# Participles before a noun that report the act: "the arrested persons" (news of recent arrests);
# "the jailed journalists" names people by a state, as "the imprisoned leader" does.
ATTRIBUTIVE_ARRESTS = frozenset({"arrest"})
# Words in a passive subject that deny the act: "no one was arrested", "not a single activist
# has been arrested".
NOBODY_WORDS = frozenset({"no", "none", "nobody", "noone", "not"})
# Nouns of what may happen: "the fear of their staff being attacked", "the risk of the convoy
# being ambushed" report no attack (coder.governor reads the participle they take).
PROSPECT_NOUNS = frozenset({"fear", "apprehension", "possibility", "risk", "danger", "prospect",
                            "likelihood"})
# Words that frame a conflictual act as only expected: "are likely to be arrested", "expect the
# officials to arrest him", "is set to raid": not asserted, so no event.
# Frames under which an act is only imagined or feared, not reported, are prospects too: "suppose
# that they were attacked", "residents fear being targeted", and the nouns of what may happen.
PROSPECT_FRAMES = frozenset({"likely", "unlikely", "expect", "poised", "set", "due", "supposed",
                             "suppose", "imagine", "assume", "fear",
                             # "were not afraid of being arrested": a fear, no arrest reported
                             "afraid", "scared", "fearful", "frightened"}) | PROSPECT_NOUNS
FUTURE_MARKERS = frozenset({"will", "shall", "'ll", "wo"})  # "wo" of "won't"
# Frames of a scheduled act: a cooperative act "due", "set" or "scheduled" to happen is a future
# one, AGREE (manual 3.2.1: "references to future meetings ... state visits"); conflictual acts
# under them are only prospects (PROSPECT_FRAMES).
SCHEDULE_FRAMES = frozenset({"due", "set", "expect", "poised", "schedule", "slate"})
# "would" with a frequency adverb is the past habitual, asserted: "the police would routinely
# pick up the young boys" (not "the police would pick them up if ...").
HABITUAL_ADVERBS = frozenset({"routinely", "usually", "often", "always", "regularly",
                              "frequently", "invariably", "generally", "habitually"})
# A conflictual act a speaker says the actor could or might take ("Norland could cut ties with
# Sudria, the minister said") is a threat: PLOVER 2.3, "THREATEN could be ASSAULT +
# hypothetical", and THREATEN 'relations' is a threat "to suspend relations or ongoing talks".
# Outside a reported clause these modals stay hypothetical (coder.apply_frames).
THREAT_MODALS = frozenset({"could", "might", "may"})
# ... but only when the speaker speaks for the actor: what others guess the actor could do
# ("analysts said Russia could invade", "diplomats said the rebels might attack") is no threat.
SPECULATORS = frozenset({"analyst", "expert", "observer", "commentator", "diplomat", "economist",
                         "researcher", "scholar", "academic", "source", "report", "study",
                         "survey", "poll", "media", "newspaper", "insider", "critic", "forecaster",
                         "strategist", "speculation", "rumour", "rumor"})
# Voices that warn of force but cannot use it ("rights groups warned of a crackdown"), and the
# types only a force uses (a protest warned of by activists stays a threat: they can protest).
CIVIL_VOICES = frozenset({"activist", "campaigner", "ngo", "watchdog", "advocate", "rights",
                          "resident", "lawyer", "journalist", "opposition", "church", "union"})
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# An actor declaring itself ready to act against someone threatens to ("said it was ready to
# strike", "is prepared to ban the party"); a plan or an intention stays no event (coder._intend).
READINESS_FRAMES = frozenset({"ready", "prepared", "willing"})
# Verbs that give someone a time, a leave or a task to act: "granted the police ten days to
# arrest him", "gave them a free hand to loot" (the act is given, not done; coder.apply_frames).
GRANT_VERBS = frozenset({"give", "grant", "allot", "assign"})
# Verbs whose negation asserts the act they frame: "would not hesitate to use force" is a threat
# to use it (coder.apply_frames).
LITOTES = frozenset({"hesitate"})
# round 6: verbs of holding back from an act ("from" and a gerund): "refrained from attacking" did
# not attack; negated they announce it ("will not refrain from attacking"), as LITOTES do
# (coder.clause_chain, coder.apply_frames).
ABSTAIN_VERBS = frozenset({"refrain", "abstain", "desist"})
# "did not rule out military action against Iraq", "has not ruled out air strikes": force not ruled
# out is force threatened (CAMEO 138), as "would not hesitate to use force" is; ruled out, it is
# refused. The words that name force, or "military" before any option ("the military option").
RULING_OUT: tuple[str, str] = ("rule", "out")
FORCE_OPTIONS = frozenset({"force", "strike", "airstrike", "attack", "war", "intervention",
                           "invasion", "raid", "retaliation", "bombing", "offensive", "assault",
                           "military"})
FORCE_NOT_RULED_OUT: Entry = ("THREATEN", "violence", "138", ("military",))
# Passives that assert the act they frame, done by their subject: "the police were forced to
# open fire" (the police fired), unlike "were asked to" or "were ordered to" (only requested).
IMPLICATIVE_PASSIVES = frozenset({"force", "compel", "oblige"})
# Verbs that make their object do the act of their infinitive, which then happened: "the stone
# pelting prompted the policemen to open fire" (the policemen fired), as "asked X to" makes X the
# actor of what is asked.
OBJECT_CAUSE_VERBS = frozenset({"force", "compel", "oblige", "prompt", "provoke", "drive", "lead"})
# Causative verbs with a bare participle: "had the two leaders arrested", "got a constable
# suspended": the subject acts on the participle's noun.
CAUSATIVE_VERBS = frozenset({"have", "get"})
# Passive reporting verbs that raise the subject of what they report: "a helicopter is said to
# have dropped gas", "the militia is reported to have attacked": the subject acts.
RAISING_PASSIVES = frozenset({"say", "report", "believe", "think", "know", "understand",
                              "rumour", "rumor",
                              # scheduled acts: "Modi is expected to visit Washington"
                              "expect", "schedule", "slate", "set"})
# Cooperative types that turn into AGREE when only intended or future (manual 3.1).
COOPERATIVE_TYPES = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE"})
# Declared retreats by mode: CAMEO 035x "express intent to yield" (AGREE in CAMEO2PLOVER).
INTENT_TO_YIELD_CAMEO = {"release": "0353", "return": "0353", "ease": "0354", "access": "0355",
                         "ceasefire": "0356", "disarm": "0356", "withdraw": "0356"}
CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
# Mode of a THREATEN from the type of what is threatened.
THREAT_MODE = {"ASSAULT": "violence", "MOBILIZE": "violence", "COERCE": "restrict",
               "SANCTION": "relations"}
THREAT_CAMEO = {"ASSAULT": "138", "MOBILIZE": "138", "COERCE": "132", "SANCTION": "131"}
# Mode of a REQUEST/REJECT from the type of what is asked for or refused.
ASK_MODE = {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
            "AGREE": "assist", "RETREAT": "yield", "CONCEDE": "yield"}
# Object words deciding a REQUEST/REJECT mode.
# A release of persons or property asked for or refused (CAMEO 1053 "demand release of persons
# or property", 1243 "decline to release ..."), not the generic first code of its mode (1051).
RELEASE_WORDS = frozenset({"release", "free"})
# What is released without anyone being freed: records, media and products ("released dramatic
# video", "released the transcript of the call", "albums released through the label"). A model's
# RETREAT or CONCEDE on "release" of one of these is dropped (coder.thing_released); the rules
# already ask for a person held (REQUIRED_OBJECTS).
RELEASED_THINGS = frozenset({
    "video", "footage", "transcript", "report", "statement", "album", "record", "recording",
    "data", "document", "figure", "film", "photo", "photograph", "image", "picture", "audio",
    "tape", "song", "track", "single", "book", "memo", "letter", "list", "detail", "result",
    "finding", "survey", "poll", "study", "budget", "version", "update", "game", "product",
    "trailer", "guideline", "email", "text", "information", "statistic", "minute", "map",
    "forecast", "schedule", "clip", "movie", "documentary", "episode", "edition", "tweet",
    "post", "communique", "readout", "summary", "draft", "manifesto", "proposal", "plan",
    "estimate", "sketch", "name", "identity", "evidence", "file"})
RELEASE_CAMEOS = {"1051": "1053", "1056": "1053", "1241": "1243", "1246": "1243", "128": "1243"}
MODE_WORDS = {
    "assist": {"aid", "assistance", "help", "support", "cooperation", "extradition", "loan",
               "weapon", "arms", "funding", "investment"},
    "yield": {"release", "ceasefire", "truce", "withdrawal", "lifting", "easing", "surrender"},
    "meet": {"talk", "talks", "meeting", "negotiation", "dialogue", "summit", "mediation"},
    "change": {"resignation", "reform", "change", "election", "referendum"},
}

# -- aid and relief --------------------------------------------------------------------------------
# Verbs and nouns of giving that are AID only with goods (AID_GOODS) as their object.
GOODS_AID_WORDS = frozenset({"deliver", "provide", "supply", "send", "donate", "delivery",
                             "shipment", "contribute", "ship", "equip", "airlift", "airdrop",
                             "fly", "truck", "ferry", "rush",
                             "dispatch"})  # probe7: "dispatched 50 tonnes of food to Honduras"
# Verbs that cut off the aid they take as object (beside CESSATION_VERBS): "froze arms deliveries".
AID_HALTING_VERBS = frozenset({"freeze", "cut", "pause", "block"})
# Verbs that lessen or hold back the aid they take as object (CAMEO 162): "reduced its aid".
AID_REDUCING_VERBS = frozenset({"reduce", "slash", "withhold", "trim", "curtail", "scale"})
# Aid given or promised (CAMEO 07, 033) by a verb of giving goes to whom it is sent "to" or "into",
# not to the goods (coder.fill_arguments).
GIVING_CAMEOS = ("07", "033")
GIVEN_TO_VERBS = (GOODS_AID_WORDS | frozenset({"give", "gift", "hand", "transfer", "dispatch"})) - {
    "delivery", "shipment"}
# Peacekeepers as the goods of military protection (AID 074, coder.check_aid).
PEACEKEEPING_WORDS = frozenset({"peacekeeper", "peacekeepers", "peacekeeping", "peace-keeping",
                                "peace-keeper", "peace-keepers"})
# Goods that make deliver/provide/send/supply/shipment an AID event, with their context.
AID_GOODS = {
    # medical teams sent are humanitarian aid (CAMEO 073), as medicine sent is
    "humanitarian": {"food", "wheat", "grain", "flour", "rice", "maize", "corn", "medicine", "medicines", "medical",
                     "aid", "relief", "supplies", "water", "tent", "blanket", "vaccine",
                     "fuel", "assistance", "shelter", "humanitarian",
                     "doctor", "medic", "nurse", "paramedic"},
    "military": {"weapon", "arms", "ammunition", "missile", "tank", "jet", "drone",
                 "equipment", "troops", "advisers", "advisors", "training", "military",
                 "rifle", "gun", "helicopter", "aircraft", "warplane", "artillery", "howitzer",
                 "warship", "radar", "munition", "armour", "armor",
                 "rocket", "launcher", "mortar", "weaponry", "armament", "armaments", "grenade",
                 # "supplied two patrol boats" (not "defence": "civil defence offices")
                 "boat", "vessel", "interceptor"},
    # money given is aid: "donated $10 million to" (amounts name no goods word of their own)
    "economic": {"loan", "credit", "funding", "fund", "money", "grant", "financing",
                 "investment", "budget",
                 "$", "dollar", "euro", "€", "£", "pound", "yen", "mark", "franc", "rupee", "cash"},
    "peacekeeping": PEACEKEEPING_WORDS,
}
# Goods words that name no kind of aid by themselves ("medical equipment", "military equipment").
UNMARKED_GOODS = frozenset({"equipment"})
# A donation is a gift whatever is given ("donated 20,000 tonnes of rice to Kenya"): no goods
# word is needed, as it is for "delivered" or "supplied" (coder.check_aid).
GIFT_VERBS = frozenset({"donate"})
# Goods given or handed over are aid (CAMEO 07: "extend ... aid"), as they are delivered or
# provided (GOODS_AID_WORDS); "give" alone is too common a verb, so only these objects key it.
# Not people sent (troops, advisers, medical teams, peacekeepers) nor training; arms given are
# military aid ("gave rockets and mortars to Ukraine"), as arms supplied are.
GIVEN_AID_GOODS = (frozenset(set().union(*AID_GOODS.values()))
                   - {"troops", "advisers", "advisors", "training", "military", "doctor", "medic",
                      "nurse", "paramedic"}
                   - PEACEKEEPING_WORDS)
# Shelter given to displaced people is humanitarian aid (CAMEO 075's usage note: "informal
# provisions of shelter or opening of borders to masses of refugees" are 073): borders opened
# to them, refugees accepted or admitted. An opened border is aid only when they are its
# recipients (coder.check_aid): "opened its borders to trade" is not.
DISPLACED_PEOPLE = frozenset({"refugee", "refugees", "migrant", "migrants", "asylum-seeker",
                              "asylum-seekers", "evacuee", "evacuees", "displaced"})
SHELTER_ENTRY: Entry = ("AID", None, "073", ("humanitarian",))
SHELTER_VERBS = frozenset({"open", "reopen"})  # aid only with displaced people as recipients
# Evacuating civilians is relief, not a retreat; whom these verbs move decides (coder.refine).
EVACUATION_VERBS = frozenset({"evacuate", "relocate"})
CIVILIAN_NOUNS = frozenset({
    "people", "person", "resident", "civilian", "villager", "inhabitant", "family", "household",
    "tourist", "passenger", "patient", "pupil", "child", "visitor", "local", "citizen",
    "worker", "employee", "student", "survivor", "victim", "wounded", "injured",
})
# What forces sent into a disaster do: "troops were deployed to help residents" is relief, not a
# show of force (coder.refine).
RELIEF_VERBS = frozenset({"help", "assist", "rescue", "evacuate", "clear", "distribute",
                          "search", "aid", "rebuild"})
# Work that only a disaster calls for: forces deployed "to help with rescue operations" or "to
# assist flood victims" do relief even where the sentence names no hazard ("after the dam burst").
RELIEF_NOUNS = frozenset({"rescue", "relief", "evacuation", "victim", "survivor", "flood-hit",
                          "debris", "rubble", "search"})
# Places a hazard struck, by the words that say so ("the flooded districts"; "quake-hit" is read
# by its hazard noun).
HAZARD_STRUCK = frozenset({"flooded", "inundated", "waterlogged", "submerged", "storm-hit",
                           "flood-hit", "flood-affected", "quake-hit", "cyclone-hit", "drought-hit"})
# Sent beside forces, these make the sending relief: "sent troops and medical teams".
RELIEF_WORKERS = frozenset({"rescuer", "firefighter", "doctor", "medic", "nurse", "paramedic",
                            "medical", "rescue", "relief", "volunteer"})

# -- context of a trigger --------------------------------------------------------------------------
# Context keywords (lemmas or lower-case words) in the clause of a trigger.
CONTEXT_WORDS: dict[str, frozenset[str]] = {
    "military": frozenset({"military", "army", "troops", "soldier", "defense", "defence",
                           "weapon", "arms", "missile", "airstrike", "base", "corps",
                           "navy", "force", "armed", "security"}),
    "economic": frozenset({"economic", "economy", "trade", "investment", "tariff", "export",
                           "import", "finance", "financial", "loan", "commerce", "oil",
                           "energy", "business", "market", "industry"}),
    "humanitarian": frozenset({"humanitarian", "food", "wheat", "grain", "medicine", "relief",
                               "refugee", "famine"}),
    "human_security": frozenset({"food", "wheat", "grain", "water", "housing", "famine",
                                 "drought"}),
    "legal": frozenset({"extradition", "extradite", "court", "legal", "law", "judicial",
                        "lawsuit", "trial", "prosecute", "prosecution", "justice", "warrant",
                        "tribunal", "indictment"}),
    "election": frozenset({"election", "vote", "ballot", "campaign", "poll", "electoral"}),
    "territory": frozenset({"territory", "territorial", "border", "annex", "annexation",
                            "occupation", "sovereignty"}),
    "diplomatic": frozenset({"diplomatic", "embassy", "ambassador", "envoy", "diplomat",
                             "diplomacy"}),
    "health": frozenset({"health", "vaccine", "epidemic", "pandemic", "disease", "hospital"}),
    "migration": frozenset({"migrant", "migration", "refugee", "asylum"}),
    "terrorism": frozenset({"terrorism", "terrorist", "militant", "jihadist"}),
    "cbrn": frozenset({"nuclear", "chemical", "biological", "radiological"}),
    "corruption": frozenset({"corruption", "bribery", "bribe", "embezzlement"}),
}

# -- actors ----------------------------------------------------------------------------------------
# Indian police forces and ranks by their short names ("the stf arrested", "the sho said"): they
# head actor phrases and report police acts like "police" does (not "sp": also the Samajwadi Party).
INDIAN_POLICE_NOUNS = frozenset({"raf", "stf", "ats", "crpf", "bsf", "cisf", "rpf", "grp", "srp",
                                 "itbp", "sho", "cid", "dcp", "acp", "khaki", "jawans",
                                 "sleuth", "detective",  # "police sleuths", "cbi sleuths"
                                 "psi",  # police sub-inspector
                                 "cbi"})  # india5: the Central Bureau of Investigation
# india5: a dress that names a force, kept in its wearer's actor phrase ("men in khaki", the
# police); not "uniform", worn by soldiers, police and gunmen dressed as either.
FORCE_DRESS = frozenset({"khaki", "khakis"})
# Police by name and rank: they head actor phrases and report agentless police acts (REPORT_VERBS).
POLICE_NOUNS = frozenset({
    "police", "policeman", "policemen", "cop", "cops", "constable", "inspector", "sp", "ssp",
    "dsp", "sho", "dgp", "igp", "dig", "acp", "dcp", "superintendent", "commissioner",
}) | INDIAN_POLICE_NOUNS
# Nouns that can head an actor phrase even without a named entity; officers by rank head them as
# the police do ("the commissioner directed ..."), but not "dig", which is also "took a dig at".
ACTOR_NOUNS = frozenset({
    "government", "army", "military", "force", "forces", "troop", "troops", "police", "president",
    "minister", "ministry", "spokesperson", "spokesman", "spokeswoman", "official", "side",
    "rebel", "militant", "protester", "demonstrator", "leader", "country", "authority",
    "authorities", "regime", "parliament", "court", "administration", "prime", "king",
    "delegation", "delegate", "emissary", "diplomat", "ambassador", "envoy", "soldier", "militia", "insurgent",
    "opposition", "coalition", "alliance", "cabinet", "state", "nation", "party", "company",
    "group", "fighter", "jet", "warplane", "navy", "chancellor", "premier", "monarch",
    "lawmaker", "senator", "general", "commander", "union", "worker", "student", "activist",
    "people", "crowd", "resident", "citizen", "villager", "farmer", "supporter", "member",
    "representative", "negotiator", "chief", "head", "republic", "gunman", "bomber", "critic",
    "lawyer", "movement", "mob", "guerrilla", "separatist", "jihadist", "extremist", "terrorist",
    "cop", "policeman", "policemen", "constable", "jawan", "personnel", "man", "men", "woman",
    "women", "youth", "person", "individual", "civilian", "rioter", "striker", "opponent",
    "teacher", "employee", "trader", "doctor", "herdsman", "herdsmen", "herder",
    "pilot", "officer", "guard", "trooper", "marine", "sailor", "prosecutor", "judge", "agency", "organization", "organisation", "council",
    "junta", "inmate", "prisoner", "governor", "mayor", "ally", "boy", "girl", "child",
    # Attackers named by what they do ("unknown assailants hacked ...", "kidnappers freed ..."): they
    # head actor phrases as "gunman" does (the resolver's roles give them UAF, CRM or REB); hackers
    # are the actors of cyber attacks ("hackers launched a cyber attack").
    "assailant", "attacker", "kidnapper", "abductor", "assassin", "sniper", "raider", "arsonist",
    "hijacker", "bandit", "militiaman", "miscreant", "looter", "pirate", "smuggler", "hacker",
    # people named by whom they follow or oppose ("released two followers of the rebel leader")
    "follower", "loyalist", "aide", "dissident", "defector",
    # officers by office ("the collector directed ...")
    "collector", "magistrate",
    # india5: Indian magistrates by their abbreviations, lower-cased in Indian English ("the cjm
    # remanded him to judicial custody": chief / additional chief judicial magistrate, chief
    # metropolitan magistrate)
    "cjm", "acjm", "cmm",
    # people named by their trade, faith office or plight, most often those attacked, seized or
    # held ("gunmen shot dead a journalist in X": the journalist, not X, is hit); not "reporter",
    # most often those a spokesman speaks to ("told reporters"), nor "engineer", whose work
    # ("engineers blocked the road to repair the bridge") is no protest
    "journalist", "photographer", "priest", "pastor", "cleric", "imam", "bishop",
    "monk", "nun", "missionary", "nurse", "legislator", "blogger",
    "suspect", "hostage", "detainee", "tourist", "pilgrim",
    # insurgents named by their movement, lower-cased in Indian English ("police exchanged fire
    # with maoists"; capitalised, the NER names them)
    "maoist", "naxal", "naxalite",
    # heads of state and faith named by title alone in wire copy ("the Pope called for ...", "the
    # emir pardoned ..."), and those who investigate or fight in factions ("investigators
    # probed ...", "the warring factions signed ...")
    "pope", "emir", "sultan", "sheikh", "ayatollah", "queen", "prince", "investigator", "faction",
    # the sides of a local dispute that agree, settle or call off a strike ("the management agreed
    # to reinstate the workers", "village elders from the two clans agreed to end the feud")
    # (not "community": "clashes between two communities" is a riot no one leads, and the
    # IndiaPoliceEvents answers read it as force used; not "department", which heads the police's
    # own offices, "the intelligence department and the police")
    "management", "employer", "owner", "elder", "clan", "tribe", "association", "driver",
    "miner",
    # a temple's head by title alone, as lower-cased news leaves him ("the mahant demanded"),
    # like "priest" and "imam"; tried and dropped: "board", "committee", "candidate", "counsel"
    # and the like (false events on article audit sets 1-2, a PLV sample dyad lost through the
    # refitted selector; BENCHMARKS.md, "Whole-article audit, round 4")
    "mahant",
}) | PROTESTER_NOUNS | (POLICE_NOUNS - {"dig"})
# Prepositions that give what a complaint, threat or sanction is about ("protested to Japan over
# the killing of two fishermen": the killing is another's act, not the protester's).
REASON_PREPS = frozenset({"over", "about", "for"})
# Who takes people by force as the state does (police, troops, authorities): people they
# capture or seize are arrested (CAMEO 173); armed groups who do so abduct them (181).
STATE_CAPTORS = frozenset({"army", "military", "troop", "troops", "soldier", "force", "forces",
                           "authority", "authorities", "government", "guard", "officer",
                           "personnel", "jawan", "agency", "navy", "marine", "commando",
                           "official"}) | POLICE_NOUNS
CAPTURE_VERBS = frozenset({"capture", "seize", "grab"})
ABDUCTORS = ARMED_GROUP_NOUNS | frozenset({"kidnapper", "abductor", "pirate", "gang", "assailant"})
# Nouns that a demonym or name does not turn into an actor ("Israeli operations", "Russian wheat").
NOT_ACTOR_NOUNS = frozenset({
    "operation", "campaign", "presence", "cooperation", "relation", "relations", "policy",
    "support", "aid", "assistance", "economy", "trade", "influence", "interest", "footprint",
    "sector", "infrastructure", "recovery", "wheat", "food", "territory", "border", "capital",
    "city", "region", "soil", "airspace", "election", "law", "market", "history", "people's",
    "integrity", "sovereignty", "capability", "base", "program", "programme", "project",
    "decision", "statement", "report", "plan", "proposal", "deal", "agreement", "media",
    "news", "official's", "leadership", "sanction", "crisis", "war", "conflict", "pipeline",
    "bill",
}) | AGREEMENTS  # "agreed to a ceasefire", "violated the truce": what is agreed acts on no one
QUANTITY_NOUNS = frozenset({"dozen", "dozens", "hundreds", "thousands", "scores", "number",
                            "hundred", "thousand", "millions", "tens", "some", "many", "crowd",
                            "group", "band", "batch", "several", "all", "most", "each"})
# Units that name the force they are drawn from: "65 companies of crpf", "a team of policemen"
# act as that force (the actor phrase's head is the force, which the resolver can place). Also
# the source of the resolver's FORCE_UNIT_NOUNS (resolve/roles.py).
# A body that leads: an actor when its modifier names one ("the rebel leadership", "the
# Palestinian leadership rejected ..."); alone ("under the leadership of") it is none.
LEADING_BODIES = frozenset({"leadership"})
UNIT_NOUNS = frozenset({"company", "companies", "battalion", "platoon", "contingent", "column",
                        "team", "squad", "posse", "detachment", "unit", "men",
                        # india4: a police deployment in Indian English ("heavy police
                        # bandobast was deployed", "a bandobast of 500 policemen")
                        "bandobast"})
# Reported figures: a verb whose object is one ("raised the death toll", "revised its
# estimate") reports a number, not an act between actors.
FIGURE_NOUNS = frozenset({"toll", "tally", "estimate", "forecast", "headcount"})
# Natural hazards and illness: the subject of "killed eight people" but never an actor.
HAZARD_NOUNS = frozenset({
    "earthquake", "quake", "tremor", "aftershock", "tsunami", "flood", "flooding", "storm",
    "cyclone", "hurricane", "typhoon", "tornado", "eruption", "volcano", "fire", "wildfire",
    "blaze", "bushfire", "landslide", "mudslide", "avalanche", "drought", "heatwave", "heat",
    "rain", "rainfall", "downpour", "snow", "snowstorm", "lightning", "wave", "virus",
    "pandemic", "epidemic", "outbreak", "disease", "covid-19", "coronavirus", "famine",
    "deluge", "inundation", "monsoon", "hailstorm", "blizzard", "sandstorm", "cloudburst",
    "gale", "frost", "mudflow", "sinkhole", "floodwater", "flashflood",
    # storms by their kind, falling rock and earth, and plagues of pests ("locust swarms")
    "thunderstorm", "rainstorm", "windstorm", "duststorm", "hail", "hailstone", "squall",
    "whirlwind", "rockslide", "rockfall", "landslip", "locust",
    # case8: wind itself as the doer ("strong winds and hail destroyed wheat crops")
    "wind", "gust",
})
# Accidents: what harms without anyone attacking ("a gas cylinder exploded, injuring two", "killed
# in a stampede"). Like hazards, as the subject or cause of a learned attack they make it no event.
ACCIDENT_NOUNS = frozenset({"cylinder", "boiler", "transformer", "accident", "stampede", "crash",
                            "collision", "derailment", "collapse", "leak", "short-circuit", "circuit"})
ACTOR_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
ACTOR_ENT_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC"})
# Entity labels of times, which a preposition may take without naming anyone ("from May").
TIME_ENT_LABELS = frozenset({"DATE", "TIME"})
# Named places an attack may hit, and the nationality that owns what is hit ("an Afghan army base")
PLACE_ENT_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})

# -- police and military deployments, police reports -----------------------------------------------
# Verbs of a police report ("five were arrested, police said"): the police (POLICE_NOUNS) that
# report an arrest, a charge or a baton charge with no agent named are the ones who made it.
REPORT_VERBS = frozenset({"say", "tell", "add", "inform", "confirm", "state"})
# CAMEO roots of the acts such a police report names: arrest or charge, complaint, repression,
# restrictions and curfews imposed or eased ("curfew was lifted from two areas, police said").
POLICE_ACT_CAMEOS = ("173", "115", "175", "172", "081")
# Forces sent somewhere: "additional force has been deployed", "a company of the rapid action
# force was rushed to the town" is the force's own mobilisation (MOBILIZE 154, the force its
# actor); "rushed", "posted", "stationed" and "requisitioned" count only with such a subject
# (coder._names_force); so does "positioned" ("150 policemen have been positioned at the gate",
# india5), and each of them said of a force that moves itself to a place ("troops rushed to the
# border", coder._force_moved_to).
DEPLOYED_VERBS = frozenset({"deploy", "rush", "post", "station", "requisition", "position"})
DEPLOYED_FORCES = frozenset({"police", "policeman", "policemen", "force", "forces", "troop",
                             "troops", "soldier", "soldiers", "army", "personnel", "jawan",
                             "paramilitary", "commando", "commandos", "bandobast", "cop", "cops",
                             "constable", "constables"}) | INDIAN_POLICE_NOUNS
# Armed forces that withdraw by leaving a country (coder.forces_left): soldiers, not police (the
# police who "left the spot" in Indian news withdrew from no one).
LEAVING_FORCES = frozenset({"troop", "troops", "soldier", "soldiers", "force", "forces", "army",
                            "marine", "marines", "paratrooper", "paratroopers"})
# Security raised by the police is CAMEO 151 ("increase police alert status") and forces or posts
# set up by them 153 ("mobilize or increase police power"): "stepped up security", "tightened the
# vigil", "sounded an alert", "set up pickets", "threw a security cordon around the area". Said
# of an unnamed actor ("security has been tightened") they are police acts (roles.py).
SECURITY_MEASURES = frozenset({"security", "vigil", "vigilance", "patrolling", "patrol",
                               "bandobast", "checking", "surveillance", "alert", "picketing"})
POLICE_POSTS = frozenset({"picket", "pickets", "checkpost", "check-post", "checkpoint", "naka",
                          "nakabandi", "barricade", "barricades", "cordon", "outpost", "vigil"})
# -- india5: a watch kept by police or troops ---------------------------------------------------
# A vigil or a watch kept or maintained is the alert status of the force that keeps it (CAMEO
# 151 police, 152 military; PLOVER MOBILIZE 'police': "increase readiness of police or security
# units"), as a vigil tightened is raised (RAISE_VERBS); kept by anyone else ("mourners kept
# vigil", "the government keeps a watch on prices") it is no event (coder.match_trigger).
WATCH_KEEPING_VERBS = frozenset({"keep", "maintain"})
WATCH_NOUNS = frozenset({"vigil", "watch", "surveillance"})
# People held are detained (CAMEO 173): "police held 50 persons", "50 persons were held in
# combing operations"; talks, meetings, polls held are not, nor people held responsible,
# hostage or captive (HELD_STATES; a hostage held is an abduction).
HELD_PERSONS = frozenset({"person", "people", "youth", "man", "woman", "suspect", "rioter",
                          "accused", "activist", "miscreant", "culprit", "troublemaker"})
HELD_STATES = frozenset({"hostage", "captive", "responsible", "accountable", "guilty", "liable",
                         "hand", "breath"})
# -- end india5 --
RAISE_VERBS = ("step", "tighten", "beef", "intensify", "heighten", "increase", "strengthen",
               "augment", "stiffen", "sound")
# Passive verbs asserted with no agent ("649 people were arrested"): the actor is unnamed.
AGENTLESS_VERBS = frozenset({
    "arrest", "detain", "nab", "jail", "imprison", "deport", "abduct", "kidnap", "torture",
    "assassinate", "massacre", "attack", "shoot", "bomb", "shell", "ambush", "murder", "rape",
    "lynch", "behead", "stab", "lathicharge", "take", "send", "put", "raid", "hurl", "lob",
    "fire", "drop", "use", "blow",
    "book", "apprehend", "round", "pick", "place", "register", "lodge", "file", "burst",
    "cordon", "seal", "charge", "gas",  # "were lathi-charged", "tear-gassed" (HYPHEN_VERBS)
    "remand",  # "was remanded in custody" (VERB_PREP_OBJECT)
    "demobilize", "demobilise",  # "a third of the guerrillas have been demobilized"
    "accuse", "blame",  # "the minister was accused of taking bribes": by someone unnamed
    # "the opposition leader was sentenced to five years": by a court, named or not (the
    # resolver makes an unnamed one the judiciary, roles.COURT_ACT_WORDS; "convict" is below)
    "sentence",
    # curfews imposed or lifted, charges framed: "curfew was clamped in the town"
    "impose", "clamp", "lift", "relax", "frame", "press", "compile",
    "intern", "convict",
    # security raised, posts erected: "security has been tightened", "pickets were erected"
    "erect", "throw",
    # access, entry or a request refused ("inspectors were refused access"): the refused are the
    # recipients of a refusal by someone unnamed (REJECT), not its actors
    "refuse", "deny",
    "hold",  # india5: "50 persons were held" (HELD_PERSONS)
}) | frozenset(RAISE_VERBS)
# Exercises held by one country alone are a show of force (PLOVER 3.14.1: "joint military
# operations are coded as COOPERATE but single-country exercises should be coded as MOBILIZE").
DRILL_NOUNS = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "game"})
JOINT_WORDS = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational"})

# -- retyping by object ----------------------------------------------------------------------------
# What police seize: arms, explosives, drugs, cash ("recovered 5 kg of rdx").
CONTRABAND = frozenset({"weapon", "arm", "arms", "explosive", "bomb", "rdx", "ammunition",
                        "cartridge", "pistol", "gun", "rifle", "revolver", "grenade", "detonator",
                        "cash", "drug", "heroin", "ganja", "liquor", "contraband", "opium",
                        "charas", "brown", "narcotic", "firearm"})
# What is registered or lodged against someone: a case, a First Information Report, charges.
LEGAL_COMPLAINTS = frozenset({"case", "fir", "complaint", "chargesheet", "charge-sheet",
                              "lawsuit", "suit", "lawsuits", "suits",  # CAMEO 115
                              "cases", "firs", "complaints", "chargesheets", "charge", "charges",
                              "offence", "offences", "offense", "offenses"})  # "registered an offence"
# The press silenced: "the police gagged the electronic media", "silenced the news channels",
# "blocked the programmes" restrict freedoms of speech (CAMEO 1721: "restrictions on media ...
# are coded here"); those verbs with other objects are no censorship ("blocked the road").
MEDIA_OBJECTS = frozenset({"media", "channel", "newspaper", "press", "broadcast", "telecast",
                           "programme", "program", "website", "radio", "broadcaster",
                           "journalist", "reporter"})
# Disapproval expressed (CAMEO 110 "disapprove"): "voiced its disapproval of", "expressed concern
# over". Regret expressed stays a concession (PLOVER 3.4), so it is not among these words.
DISAPPROVAL_WORDS = frozenset({"concern", "disapproval", "dismay", "outrage", "displeasure",
                               "indignation", "anger", "alarm", "condemnation", "criticism"})
SYMPATHY_WORDS = frozenset({"condolence", "condolences", "sympathy", "sympathies"})
# A demand or offer left unanswered is rejected (CAMEO 12): "ignored the ultimatum", "brushed
# aside the offer".
REJECTED_ASKS = frozenset({"ultimatum", "demand", "call", "appeal", "request", "offer",
                           "proposal", "plea", "warning", "deadline", "order"})
# Property burned in an attack ("soldiers burned houses in the village").
BURNED_PROPERTY = frozenset({"house", "houses", "home", "homes", "hut", "huts", "village",
                             "villages", "shop", "shops", "store", "stores", "church", "mosque",
                             "temple", "school", "office", "vehicle", "vehicles", "car", "cars",
                             "bus", "buses", "truck", "trucks", "building", "buildings", "market"})
# What a government freezes when it sanctions ("froze the assets of three banks").
FROZEN_HOLDINGS = frozenset({"asset", "assets", "account", "accounts", "fund", "funds", "holding",
                             "holdings", "reserve", "reserves", "property", "properties"})
# Public goods withheld ("cut off the internet", "shut down the water supply") are COERCE
# 'withhold' (PLOVER table 3.10: "shut off power/internet/water/utilities"), not aid cut.
# Only words no other object names ("shut the power plant", "cut water bills" are not withheld).
UTILITIES = frozenset({"internet", "electricity", "broadband", "connectivity"})
# Verbs whose object "protest" is an official complaint, not a street protest (coder.match_trigger).
RECALLED_DIPLOMATS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat",
                                "diplomats"})
# Who protests by diplomatic note, not in the street: a state named by its name or capital
# ("Beijing protested against the arms sales") or its offices; a protest made "to" a state is
# one too ("France protested to Iran over ..."): an official complaint (CAMEO 114).
OFFICIAL_PROTESTERS = frozenset({"government", "ministry", "embassy", "administration",
                                 "cabinet", "foreign"})
OFFICIAL_PROTEST_ENTRY: Entry = ("ACCUSE", "allege", "114", ("diplomatic",))
OFFICIAL_PROTEST_VERBS = frozenset({"lodge", "file", "register", "deliver", "send"})
# (verb, object words) -> another entry: "suspended publication of X" censors, "sent troops"
# mobilises (or, with a recipient actor, is military aid: see coder.refine).
# Trade barriers: what "imposed" or "raised" makes a restriction of trade (RETYPE_BY_OBJECT).
TRADE_BARRIERS = frozenset({"tariff", "duty", "embargo", "quota", "boycott"})
BARRIER_RAISING_VERBS = ("raise", "increase", "hike", "double", "triple", "expand", "extend")
# Verbs that put a barrier or sanction on someone ("placed an embargo on", "levied tariffs on").
# Not "slap": the word of commentary as much as of news ("when the United States slaps tariffs on
# goods, ..." in an article audit page is a general statement, not an event).
BARRIER_PLACING_VERBS = ("place", "put", "levy")
# Debts written off or forgiven (RETYPE_BY_OBJECT); whose debt it is, its recipient (coder._debtors).
DEBT_WORDS = frozenset({"debt", "debts", "loan", "loans", "arrears"})
RETYPE_BY_OBJECT: dict[tuple[str, frozenset[str]], Entry] = {
    # Peacekeepers sent or deployed protect the recipient (AID 074 "provide military protection or
    # peacekeeping"; PLOVER 3.6 "military ... assistance including ... personnel"), not a show of
    # force against it: first, so that "sent peacekeeping troops" is not read as troops sent (154).
    **{(verb, PEACEKEEPING_WORDS): ("AID", None, "074", ("peacekeeping",))
       for verb in ("send", "deploy", "dispatch", "contribute", "station", "commit")},
    # "a device emplaced by the militants" (military English for "planted", below)
    ("emplace", PLACED_EXPLOSIVES): ("ASSAULT", "explosives", "183", ()),
    ("suspend", frozenset({"publication", "newspaper", "broadcast", "website", "channel"})):
        ("COERCE", "censor", "172", ("rights_freedoms",)),
    ("close", frozenset({"newspaper", "channel", "website", "station"})):
        ("COERCE", "censor", "172", ("rights_freedoms",)),
    ("attack", frozenset({"policy", "plan", "decision", "remark", "comment", "proposal",
                         "idea", "stance", "position", "statement"})):
        ("ACCUSE", "disapprove", "111", ()),
    ("send", frozenset({"troops", "troop", "soldier", "force", "jet", "warship", "police"})):
        ("MOBILIZE", "troops", "154", ("military",)),
    ("declare", frozenset({"ceasefire", "truce"})): ("CONCEDE", None, "08", ("military",)),
    ("announce", frozenset({"ceasefire", "truce"})): ("CONCEDE", None, "08", ("military",)),
    ("declare", frozenset({"emergency", "siege"})): ("COERCE", "martial-law", "1724", ()),
    ("impose", frozenset({"curfew"})): ("COERCE", "curfew", "1723", ()),
    ("extend", frozenset({"curfew"})): ("COERCE", "curfew", "1723", ()),
    # a curfew enforced or martial law extended is imposed anew (CAMEO 1723, 1724)
    ("enforce", frozenset({"curfew"})): ("COERCE", "curfew", "1723", ()),
    **{(verb, frozenset({"martial"})): ("COERCE", "martial-law", "1724", ())
       for verb in ("extend", "enforce", "impose")},
    ("impose", frozenset({"restriction", "ban"})): ("COERCE", "restrict", "172", ()),
    # -- whole-article audit, round 5: slogans shouted, raised or chanted are a demonstration
    # (CAMEO 141) by whoever shouts them ("members stood up and shouted anti-government slogans").
    **{(verb, frozenset({"slogan", "slogans"})): ("PROTEST", "demo", "141", ())
       for verb in ("shout", "raise", "chant")},
    # ... and giving in to demands or pressure stays their concession (CAMEO 083, as "gave in to
    # the demands" was before "give in" became a phrasal trigger)
    ("give in", CONCEDED_TO): ("CONCEDE", None, "083", ()),
    # Withdrawing peacekeepers, inspectors or aid workers reduces relations (CAMEO 1661-1663,
    # SANCTION in CAMEO2PLOVER); withdrawing troops stays a military retreat.
    ("withdraw", frozenset({"peacekeeper", "peacekeepers", "peacekeeping"})):
        ("SANCTION", "expel", "1661", ("military",)),
    ("withdraw", frozenset({"inspector", "inspectors", "observer", "observers", "monitor",
                            "monitors"})): ("SANCTION", "expel", "1662", ("diplomatic",)),
    ("withdraw", frozenset({"aid", "humanitarian", "relief"})):
        ("SANCTION", "expel", "1663", ("human_security",)),
    # Dropping a legal action eases it (CAMEO 081; PLV codes "dropped the investigation" YIELD).
    ("drop", frozenset({"charge", "charges", "case", "investigation", "probe", "lawsuit", "suit",
                        "indictment", "prosecution", "inquiry"})): ("CONCEDE", None, "081", ("legal",)),
    ("tighten", frozenset({"blockade", "sanction", "restriction", "curfew", "embargo", "siege"})):
        ("COERCE", "restrict", "172", ()),
    # shortening or relaxing a curfew eases it (CONCEDE, manual 3.4)
    **{(verb, frozenset({"curfew", "restriction", "lockdown"})): ("CONCEDE", None, "081", ())
       for verb in ("shorten", "relax", "loosen")},
    # Riot control is violent repression, CAMEO 175 (ASSAULT in CAMEO2PLOVER).
    ("fire", CROWD_CONTROL): ("ASSAULT", None, "175", ()),
    # ... and so is firing on people with what the police or army carry ("used live ammunition on")
    ("use", CROWD_CONTROL | frozenset({"force", "ammunition", "bullet"})): ("ASSAULT", None, "175", ()),
    ("disperse", CROWD_CONTROL): ("ASSAULT", None, "175", ()),
    # "prevented the demonstration", "broke up the rally": a protest stopped by force or order.
    ("prevent", PROTEST_NOUNS): ("COERCE", "restrict", "172", ()),
    ("stop", PROTEST_NOUNS): ("COERCE", "restrict", "172", ()),
    ("break", PROTEST_NOUNS): ("COERCE", None, "170", ()),
    ("block", PROTEST_NOUNS): ("COERCE", "restrict", "172", ()),
    # "workers blocked the bridge": obstruction, a form of protest (CAMEO 144)
    ("drop", MUNITIONS | frozenset({"barrel"})): ("ASSAULT", "aerial", "195", ("military",)),
    ("use", frozenset({"chlorine", "sarin", "poison", "poisonous", "toxic", "nerve", "napalm"})):
        ("ASSAULT", "unconventional", "204", ("cbrn",)),
    ("block", frozenset({"road", "highway", "bridge", "traffic", "street", "railway", "track",
                         "transport", "entrance", "motorway", "junction", "crossing"})):
        ("PROTEST", "obstruct", "144", ()),
    # Reinforcing forces is a show of force (MOBILIZE, CAMEO 15): "strengthened its forces".
    **{(verb, frozenset({"force", "forces", "troop", "troops", "garrison", "presence",
                         "deployment", "position"})): ("MOBILIZE", "troops", "154", ("military",))
       for verb in ("reinforce", "strengthen", "bolster", "boost", "beef")},
    # Accepting demands or terms yields to them (CAMEO 08, CONCEDE).
    ("accept", frozenset({"demand", "demands", "condition", "conditions", "terms"})):
        ("CONCEDE", None, "08", ()),
    # Easing economic sanctions is RETREAT 'ease' (CAMEO 085); other restrictions are CONCEDE.
    **{(verb, frozenset({"sanction", "embargo", "boycott", "tariff", "blockade"})):
       ("RETREAT", None, "085", ("economic",)) for verb in ("lift", "ease", "roll back")},
    # "registered a case against", "lodged an FIR", "filed a chargesheet", "framed / compiled
    # charges against", "booked a case against": a legal complaint or charge, by police or by a
    # citizen (CAMEO 115 "bring lawsuit against"; a person booked is charged, 173, above).
    **{(verb, LEGAL_COMPLAINTS): ("ACCUSE", "allege", "115", ("legal",))
       for verb in ("register", "lodge", "file", "slap", "frame", "press", "compile", "book")},
    # "recovered 5 kg of rdx": contraband and arms taken by the police (CAMEO 171).
    ("recover", CONTRABAND): ("COERCE", "seize", "171", ()),
    # "burst teargas shells" to disperse a crowd: riot control, like "fired teargas".
    ("burst", CROWD_CONTROL): ("ASSAULT", None, "175", ()),
    ("lob", CROWD_CONTROL): ("ASSAULT", None, "175", ()),
    # explosives thrown by whoever is no rioter ("militants threw grenades at a police post";
    # rioters' throwing is their riot, coder.match_trigger): a bombing (CAMEO 183)
    **{(verb, frozenset({"grenade", "bomb", "explosive", "molotov", "ied"})):
       ("ASSAULT", "explosives", "183", ()) for verb in ("throw", "hurl", "lob")},
    ("hurl", CROWD_CONTROL): ("ASSAULT", None, "175", ()),
    # Granting asylum is AID (manual 3.6, CAMEO 075); an amnesty or pardon a concession (3.4).
    **{(verb, frozenset({"asylum", "refuge"})): ("AID", None, "075", ("migration",))
       for verb in ("grant", "give")},
    ("grant", frozenset({"amnesty", "pardon", "clemency"})): ("CONCEDE", None, "081", ("legal",)),
    # Initiating or resuming diplomatic ties is SUPPORT (manual 3.3, CAMEO 050).
    **{(verb, frozenset({"diplomatic"})): ("SUPPORT", None, "050", ("diplomatic",))
       for verb in ("establish", "restore", "resume", "normalize", "normalise", "upgrade", "open",
                    "deepen", "expand", "strengthen")},
    # "the strikers accepted a formula for settling the dispute": agreement (CAMEO manual 03)
    ("accept", frozenset({"formula", "compromise", "settlement"})): ("AGREE", None, "030", ()),
    # Aid given, granted or extended is AID (CAMEO 07); pledged or offered it is AGREE.
    **{(verb, frozenset({"aid", "loan", "credit", "assistance", "grant", "funding"})):
       ("AID", None, "070", ()) for verb in ("grant", "give", "extend")},
    # Cutting ties is SANCTION 161, cutting or freezing aid SANCTION 162 (CAMEO2PLOVER).
    **{(verb, frozenset({"tie", "ties", "relation", "relations"})):
       ("SANCTION", "withdraw", "161", ("diplomatic",)) for verb in ("cut", "break", "downgrade")},
    **{(verb, frozenset({"aid", "assistance", "funding", "loan"})):
       ("SANCTION", "discontinue", "162", ()) for verb in ("cut", "halt", "freeze", "stop")},
    # Arms or goods deliveries halted are aid reduced too: "halted some weapons shipments to
    # Israel" (not "stop": police stop a drugs shipment).
    **{(verb, frozenset({"shipment", "delivery", "transfer"})):
       ("SANCTION", "discontinue", "162", ()) for verb in ("cut", "halt", "freeze", "pause")},
    # "militants set off an IED": a bombing (CAMEO 183).
    ("set", frozenset({"bomb", "ied", "explosive", "explosives", "landmine", "mine", "grenade",
                       "car-bomb", "vbied"})): ("ASSAULT", "explosives", "183", ()),
    # Halting one's own attacks is a truce, as declaring one is (CAMEO 0871: "declare truce,
    # ceasefire"): "the rebels suspended their attacks". After the aid entries above, so
    # "halted aid to the rebels fighting X" stays aid halted. Not "stop": police who stop an
    # attack prevent someone else's.
    **{(verb, frozenset({"attack", "attacks", "fighting", "hostility", "hostilities", "offensive",
                         "bombing", "bombardment", "shelling", "airstrike", "airstrikes"})):
       ("CONCEDE", None, "08", ("military",)) for verb in ("suspend", "halt", "cease", "call off")},
    # A curfew, ban or restriction suspended or abolished is eased (CAMEO 081, 0813), as lifted
    # ("suspended plans to impose a curfew" eases the curfew it planned). Not "end": what is
    # ended is as often something else said of a ban ("end its isolation over the ban").
    **{(verb, frozenset({"curfew", "restriction", "restrictions", "lockdown", "ban"})):
       ("CONCEDE", None, "081", ()) for verb in ("suspend", "abolish", "scrap", "repeal")},
    ("spread", frozenset({"disinformation", "misinformation"})):
        ("COERCE", "misinformation", "17", ("misinformation",)),
    # Trade resumed or expanded is economic cooperation (CAMEO 061: "initiate, resume, improve,
    # or expand economic exchange").
    **{(verb, frozenset({"trade", "commerce"})): ("COOPERATE", None, "061", ("economic",))
       for verb in ("resume", "expand", "restore", "deepen")},
    # Individuals ordered out of a country are deported (CAMEO 174, PLOVER COERCE 'deport': "a
    # group or organization expelled from a country"); expelled diplomats, monitors and aid
    # agencies stay SANCTION 'expel' (VERB_TRIGGERS, CAMEO 166).
    ("expel", frozenset({"activist", "activists", "journalist", "journalists", "reporter",
                         "reporters", "missionary", "missionaries", "dissident", "dissidents",
                         "blogger", "bloggers", "migrant", "migrants", "immigrant", "immigrants",
                         "refugee", "refugees", "foreigner", "foreigners", "national",
                         "nationals", "preacher", "preachers", "cleric", "clerics"})):
        ("COERCE", "deport", "174", ("legal",)),
    ("meet", frozenset({"demand"})): ("CONCEDE", None, "08", ()),
    # Keeping people out: "police prevented their entry into the shrine", "stopped the movement of kar
    # sevaks" restricts movement (CAMEO 172).
    **{(verb, frozenset({"entry", "movement", "access", "passage"})): ("COERCE", "restrict", "172", ())
       for verb in ("prevent", "stop", "restrict", "block", "bar", "limit")},
    **{(verb, TALKS_WORDS): ("SANCTION", "withdraw", "164", ("diplomatic",))
       for verb in ("suspend", "freeze", "halt", "end", "break", "cut", "abandon", "cancel",
                    "postpone", "stop", "terminate", "call off", "break off")},
    # Talks proposed or offered are not yet held: an intent to meet (CAMEO 036 "express intent to
    # meet or negotiate", AGREE), not the meeting (CONSULT 04): "Seoul proposed talks with Pyongyang".
    **{(verb, TALKS_WORDS | frozenset({"meeting", "summit"})): ("AGREE", None, "036", ("diplomatic",))
       for verb in ("propose", "offer", "suggest")},
    # "dispatched warships": a show of force, like "sent troops" (MOBILIZE 154)
    **{(verb, frozenset({"troops", "troop", "soldier", "force", "warship", "ship", "navy",
                         "gunboat", "reinforcement", "reinforcements", "battalion", "tank",
                         "jet", "warplane", "police", "paratrooper", "marine"})):
       ("MOBILIZE", "troops", "154", ("military",))
       for verb in ("dispatch", "send", "move", "fly", "truck", "ferry", "rush")},
    # Ending one's own protest eases dissent (CAMEO 082: "cancel, suspend, or postpone any
    # (non-war) activity that constitutes political dissent"); police who "stop" a protest
    # coerce (above), so "stop" is not among these verbs.
    **{(verb, PROTEST_NOUNS | frozenset({"boycott", "hunger", "sit-in", "blockade"})):
       ("CONCEDE", None, "082", ()) for verb in ("call off", "suspend", "cancel", "postpone",
                                                  "end", "withdraw", "abandon")},
    # Letting international actors in (CAMEO 086): inspectors, observers, peacekeepers, aid.
    **{(verb, frozenset({"inspector", "observer", "monitor", "peacekeeper", "peacekeeping",
                         "humanitarian", "relief", "access"})):
       ("RETREAT", "access", "086", ("diplomatic",)) for verb in ("allow", "permit", "admit")},
    # Handing over weapons disarms (0873), handing over power yields it (0831), and handing
    # over people or places returns them (084).
    ("hand", frozenset({"weapon", "arms", "arm", "gun", "rifle", "ammunition"})):
        ("RETREAT", "disarm", "0873", ("military",)),
    ("hand", frozenset({"power", "control", "presidency", "leadership"})):
        ("CONCEDE", None, "0831", ()),
    ("hand", PERSONS_HELD | frozenset({"suspect", "territory", "town", "city", "base",
                                       "village", "body", "bodies", "remains"})):
        ("RETREAT", "release", "084", ()),
    # Tariffs, duties and embargoes imposed restrict trade (CAMEO 163, COERCE in CAMEO2PLOVER);
    # raised, increased or widened they restrict it more ("raised tariffs on Chinese goods" is
    # no concession). The verbs key only beside these objects (OBJECT_CONDITIONAL_KEYS).
    **{(verb, TRADE_BARRIERS): ("COERCE", "restrict", "163", ("economic",))
       for verb in ("impose",) + BARRIER_RAISING_VERBS},
    # An agreement reached, struck or concluded is one finalised (CAMEO 057, SUPPORT, as "signed
    # a treaty"): "struck a deal" is no strike. A truce or plan accepted is agreed (CAMEO 03).
    **{(verb, AGREEMENTS): ("SUPPORT", None, "057", ("diplomatic",))
       for verb in ("reach", "strike", "conclude", "clinch", "seal", "finalize", "finalise",
                    "hammer")},
    # ... and so is a settlement, understanding or compromise reached ("the union and the
    # management reached a settlement"); not struck or sealed, which an Israeli settlement is
    # in an attack or a cordon
    **{(verb, SETTLEMENT_WORDS): ("SUPPORT", None, "057", ("diplomatic",))
       for verb in ("reach", "conclude", "clinch", "finalize", "finalise", "hammer")},
    # A place sealed is cordoned off (COERCE 'restrict' includes "cordoning off areas", PLOVER
    # 3.15), as "sealed off" is; "sealed a deal" agrees (above).
    ("seal", frozenset({"border", "borders", "area", "areas", "city", "town", "village",
                        "villages", "district", "locality", "premises", "building", "road",
                        "roads", "house", "office", "exits", "entrances"})):
        ("COERCE", "restrict", "172", ()),
    ("accept", frozenset({"ceasefire", "truce", "plan", "proposal", "offer", "deal", "agreement",
                          "accord", "mediation", "invitation", "initiative"})):
        ("AGREE", None, "030", ()),
    # "brokered a truce between": mediation (CAMEO 045)
    ("broker", AGREEMENTS | frozenset({"talks", "peace"})): ("CONSULT", None, "045", ("diplomatic",)),
    # Closing a border restricts movement (CAMEO 172); closing an embassy reduces relations (161).
    ("close", frozenset({"border", "borders", "frontier", "crossing", "airspace"})):
        ("COERCE", "restrict", "172", ()),
    ("close", frozenset({"embassy", "consulate", "mission"})):
        ("SANCTION", "withdraw", "161", ("diplomatic",)),
    # Cooperation or ties frozen, halted or ended are reduced, as suspended ones are (CAMEO 16):
    # "Russia froze its cooperation with NATO".
    **{(verb, frozenset({"cooperation", "contact", "contacts", "ties", "relations",
                         # "Armenia froze its participation in the CSTO"
                         "participation", "membership"})):
       ("SANCTION", "discontinue", "16", ()) for verb in ("freeze", "halt", "end")},
    # An agreement with another state revoked, terminated or left reduces relations with it
    # (CAMEO 16, SANCTION 'withdraw': PLOVER 3.13 "withdraw oneself ... from a group"): "Niger's
    # junta revoked military agreements with France", "Russia pulled out of the grain deal" (a
    # truce left is fighting resumed, not this).
    **{(verb, AGREEMENTS - {"ceasefire", "truce", "declaration", "communique"}):
       ("SANCTION", "withdraw", "16", ("diplomatic",))
       for verb in ("revoke", "terminate", "renounce", "annul", "scrap", "pull out", "back out")},
    # A mobilisation ordered is one made, as "mobilized" (CAMEO 154): "Putin ordered a partial
    # mobilisation of reservists" (the noun alone is no trigger: "resource mobilisation", "the
    # cadre mobilisation has begun" in Indian news).
    ("order", frozenset({"mobilisation", "mobilization"})): ("MOBILIZE", "troops", "154", ("military",)),
    # A withdrawal completed or begun is one made (CAMEO 0872, as "withdrew"): "France completed
    # the withdrawal of its last troops from Mali" (one demanded or agreed is not: other verbs).
    **{(verb, frozenset({"withdrawal", "pullout", "pull-out"})):
       ("RETREAT", "withdraw", "0872", ("military",)) for verb in ("complete", "begin", "start", "finish")},
    # Weapons decommissioned are given up (CAMEO 087, as "disarm"): "the IRA began decommissioning
    # its weapons" (a plant or a ship decommissioned is not).
    ("decommission", frozenset({"weapon", "arms", "arm", "arsenal", "arsenals", "guns", "gun"})):
        ("RETREAT", "disarm", "087", ("military",)),
    # Diplomats withdrawn or pulled out reduce relations as recalled ones do (CAMEO 161), not a
    # military retreat: "withdrew its ambassador from Syria", "pulled its diplomats out of Libya".
    **{(verb, RECALLED_DIPLOMATS): ("SANCTION", "withdraw", "161", ("diplomatic",))
       for verb in ("withdraw", "pull", "pull out")},
    ("declare", frozenset({"martial"})): ("COERCE", "martial-law", "1724", ()),
    # "planted a bomb", "mines planted along the road": a pre-placed explosive (CAMEO 1834).
    ("plant", PLACED_EXPLOSIVES): ("ASSAULT", "explosives", "183", ()),
    # Sharing intelligence (CAMEO 064).
    ("share", frozenset({"intelligence", "information", "data"})): ("COOPERATE", None, "064", ()),
    # "lodged a protest with Zimbabwe": an official complaint (CAMEO 114), not a street protest.
    **{(verb, frozenset({"protest", "complaint"})): ("ACCUSE", "allege", "114", ("diplomatic",))
       for verb in OFFICIAL_PROTEST_VERBS},
    **{(verb, GIVEN_AID_GOODS): ("AID", None, "070", ())
       for verb in ("give", "hand")},
    ("open", frozenset({"border", "borders"})): SHELTER_ENTRY,
    ("reopen", frozenset({"border", "borders"})): SHELTER_ENTRY,
    ("accept", DISPLACED_PEOPLE): SHELTER_ENTRY,
    ("admit", DISPLACED_PEOPLE): SHELTER_ENTRY,
    ("resettle", DISPLACED_PEOPLE): SHELTER_ENTRY,
    **{(verb, SECURITY_MEASURES): ("MOBILIZE", "police", "151", ())
       for verb in RAISE_VERBS},
    **{(verb, POLICE_POSTS): ("MOBILIZE", "police", "153", ())
       for verb in ("set", "throw", "erect", "mount", "establish")},
    # Curfews: "clamped curfew" imposes one (CAMEO 1723), "curfew was lifted" eases it (081, as
    # "relaxed" does); both are asserted in the passive with no agent ("curfew was imposed in the
    # town"), and the police that report such an order are taken as its authors (POLICE_ACT_CAMEOS).
    ("clamp", frozenset({"curfew"})): ("COERCE", "curfew", "1723", ()),
    ("lift", frozenset({"curfew", "restriction", "lockdown"})): ("CONCEDE", None, "081", ()),
    # prohibitory orders (section 144: no assembly of four or more) restrict as a ban does, and
    # so does the section named alone ("Section 144 was imposed in the district")
    **{(verb, frozenset({"prohibitory", "section"})): ("COERCE", "restrict", "172", ())
       for verb in ("impose", "clamp", "promulgate", "enforce")},
    # Protesters removed from where they gather are moved on, as crowds pushed back are
    # (CROWD_PHRASALS: COERCE 'restrict'); removing a curfew or a ban eases it (below).
    ("remove", CROWD_WORDS): ("COERCE", "restrict", "172", ()),
    # Investigation by its steps: "recorded the statements of the witnesses", "cracked / solved the
    # case", "launched a manhunt for the killers" (CAMEO 090).
    ("record", frozenset({"statement", "testimony", "deposition"})):
        ("ACCUSE", "investigate", "090", ()),
    **{(verb, frozenset({"case", "murder", "mystery", "crime", "racket"})):
       ("ACCUSE", "investigate", "090", ()) for verb in ("solve", "crack")},
    # Protests named the way news names them (CAMEO 141 "demonstrate or rally", 143 "conduct strike or
    # boycott"): "staged a sit-in" (the parser splits "sit-in", so the verb keys it), and "walked
    # out" said of workers or protesters (PROTESTER_NOUNS; a patient walks out of a hospital).
    **{(verb, frozenset({"sit"})): ("PROTEST", "demo", "141", ())
       for verb in ("stage", "stag", "hold", "begin", "launch", "start")},
    # More CAMEO categories by their names (chapter 2 of the CAMEO codebook, names only):
    # 071 economic aid includes debt forgiveness (PLOVER manual 3.6: "debt forgiveness and loan
    # cancellations ... should be coded as AID"); 166 expel inspectors, observers, peacekeepers;
    # 172 administrative sanctions (closing a newspaper, revoking a licence); 191 blockade; 0811/0833
    # ease restrictions on freedoms, accede to demands for rights; 0812 ease a ban on parties; 116 find
    # guilty; 173 arrest or detain (intern).
    **{(verb, DEBT_WORDS): ("AID", None, "071", ("economic",))
       for verb in ("write", "forgive", "cancel", "waive", "reschedule")},
    ("order", frozenset({"inspector", "inspectors", "observer", "observers", "peacekeeper",
                         "peacekeepers", "diplomat", "diplomats", "envoy", "ambassador"})):
        ("SANCTION", "expel", "166", ("diplomatic",)),  # "ordered the inspectors to leave"
    ("shut", frozenset({"newspaper", "paper", "channel", "website", "station", "radio",
                        "broadcaster", "daily", "weekly"})): ("COERCE", "censor", "172", ("rights_freedoms",)),
    **{(verb, MEDIA_OBJECTS): ("COERCE", "censor", "172", ("rights_freedoms",))
       for verb in ("gag", "silence", "muzzle", "block", "ban", "censor")},
    ("revoke", frozenset({"licence", "license", "permit", "accreditation", "visa", "citizenship",
                          "passport", "registration", "credential", "credentials"})):
        ("COERCE", "restrict", "172", ()),
    ("impose", frozenset({"blockade", "siege"})): ("COERCE", "restrict", "191", ("military",)),
    **{(verb, frozenset({"right", "rights", "freedom", "freedoms", "liberty", "liberties"})):
       ("CONCEDE", None, "0811", ("rights_freedoms",))
       for verb in ("restore", "expand", "enhance", "broaden", "widen", "guarantee", "extend")},
    **{(verb, frozenset({"doctor", "medic", "nurse", "paramedic"})):
       ("AID", None, "073", ("humanitarian",)) for verb in ("dispatch", "deploy")},
    # Loans approved or disbursed to a country are given (CAMEO 071, "extend ... loans"; PLOVER 3.6
    # "grants, gifts and credit"); a loan only sought or discussed keys nothing.
    **{(verb, frozenset({"loan", "loans", "credit", "credits", "grant", "grants",
                         "tranche", "aid", "assistance", "bailout", "bailouts"})):
       ("AID", None, "071", ("economic",)) for verb in ("approve", "disburse")},
    # Monitors and peacekeepers ordered out (CAMEO 166, as inspectors are, above).
    ("order", PEACEKEEPING_WORDS | frozenset({"monitor", "monitors"})): (
        "SANCTION", "expel", "166", ("diplomatic",)),
    # Ending a mediation (CAMEO 165 "halt mediation", SANCTION): "suspended its mediation".
    **{(verb, MEDIATION_WORDS): ("SANCTION", "withdraw", "165", ("diplomatic",))
       for verb in ("suspend", "freeze", "halt", "end", "abandon", "stop", "terminate", "call off",
                    "break off", "withdraw")},
    # Leaving talks halts them (CAMEO 164; PLOVER 3.13 'withdraw': "withdraw oneself ... from a
    # group, mediation activity"): "pulled out of the talks", "withdrew from the negotiations". A
    # phrasal's object may sit behind its preposition (coder.match_trigger reads both).
    **{(verb, TALKS_WORDS | MEDIATION_WORDS | frozenset({"summit", "conference", "process"})):
       ("SANCTION", "withdraw", "164", ("diplomatic",)) for verb in ("pull out", "walk out", "back out")},
    # Laying down arms disarms (CAMEO 0873 "demobilize armed forces", 0874 "surrender militarily").
    ("lay", frozenset({"arms", "arm", "weapon", "weapons", "gun", "guns"})):
        ("RETREAT", "disarm", "0873", ("military",)),
    **{(verb, DISAPPROVAL_WORDS): ("ACCUSE", "disapprove", "110", ())
       for verb in ("express", "voice")},
    # Regret or remorse expressed concedes (manual 3.4.2: "expressions of regret or remorse").
    **{(verb, frozenset({"regret", "remorse"})): ("CONCEDE", None, "080", ())
       for verb in ("express", "voice")},
    # A resignation tendered or announced is made (PLOVER RETREAT 'resign', as "resigned").
    **{(verb, frozenset({"resignation"})): ("RETREAT", "resign", "08", ())
       for verb in ("tender", "submit", "announce", "hand")},
    # Aid announced is aid promised (manual 3.6.2: "broad promises of future AID" are AGREE).
    ("announce", frozenset({"aid", "assistance", "loan", "loans"})):
        ("AGREE", None, "033", ()),
    # Condolences and sympathy offered are verbal support (CAMEO 051, PLOVER 3.3 "commend").
    **{(verb, SYMPATHY_WORDS): ("SUPPORT", None, "051", ("diplomatic",))
       for verb in ("express", "voice", "offer", "convey", "extend", "send")},
    **{(verb, REJECTED_ASKS): ("REJECT", None, "120", ())
       for verb in ("ignore", "disregard", "brush aside", "shrug off")},
    # Money or goods granted or handed out are aid, as given ones are (CAMEO 07).
    **{(verb, GIVEN_AID_GOODS): ("AID", None, "070", ())
       for verb in ("grant", "distribute", "hand out")},
    # Reserves called up are forces mobilised (CAMEO 154).
    ("call", frozenset({"reservist", "reservists", "reserves", "reserve",
                        "conscript", "conscripts", "recruits"})): (
        "MOBILIZE", "troops", "154", ("military",)),
    # Searching a home or an office is a coercive search (PLOVER 3.15 COERCE 'seize': "execute
    # search, confiscate property, raid"); searching for survivors is not.
    ("search", frozenset({"house", "home", "office", "offices", "premises",
                          "headquarters", "residence", "flat", "apartment"})): (
        "COERCE", "seize", "171", ()),
    ("airlift", frozenset({"troops", "troop", "soldier", "force", "paratrooper",
                           "marine", "reinforcement", "reinforcements"})): (
        "MOBILIZE", "troops", "154", ("military",)),
    ("hack", COMPUTER_SYSTEMS): ("COERCE", "cyber", "17", ("cyber",)),
    # Security breaches are 'cyber' (table 3.10): "hackers breached the ministry's network".
    ("breach", COMPUTER_SYSTEMS): ("COERCE", "cyber", "17", ("cyber",)),
    **{(verb, UTILITIES): ("COERCE", "withhold", "17", ())
       for verb in ("cut off", "cut", "shut", "switch off", "turn off")},
    # Removing a curfew or a restriction eases it (CONCEDE 081, manual 3.4 "removing curfews"), as
    # lifting it does; removing economic sanctions is RETREAT 085 as lifting them is.
    ("remove", frozenset({"curfew", "restriction", "lockdown", "ban"})): ("CONCEDE", None, "081", ()),
    ("remove", frozenset({"sanction", "embargo", "boycott", "tariff", "blockade"})):
        ("RETREAT", None, "085", ("economic",)),
    # A joint venture set up is economic cooperation (PLOVER 3.5, CAMEO 061); a joint operation or
    # patrol of two forces is military cooperation, as joint exercises are (PLOVER 3.14.1).
    **{(verb, frozenset({"venture"})): ("COOPERATE", None, "061", ("economic",))
       for verb in ("form", "create", "establish", "launch", "set up")},
    # Forces pulled from a place are withdrawn, as "pulled out" of it (RETREAT 0872).
    ("pull", frozenset({"troops", "troop", "force", "forces", "soldier", "soldiers",
                        "contingent", "battalion", "units"})): (
        "RETREAT", "withdraw", "0872", ("military",)),
    # Assets or accounts frozen are a financial sanction (CAMEO 163 "impose embargo, boycott or
    # sanctions", COERCE in CAMEO2PLOVER); frozen aid stays aid cut (162, above).
    ("freeze", FROZEN_HOLDINGS): ("COERCE", "restrict", "163", ("economic",)),
    # A raised alert level is a raised alert status (CAMEO 152), as "put on alert" is.
    **{(verb, frozenset({"alert"})): ("MOBILIZE", "troops", "152", ("military",))
       for verb in ("raise", "heighten", "increase", "elevate")},
    # Revenge vowed or sworn is a threat of violence (CAMEO 138), as "vowed to retaliate" is.
    **{(verb, frozenset({"revenge", "retaliation", "retribution", "reprisal", "vengeance"})):
       ("THREATEN", "violence", "138", ()) for verb in ("vow", "swear", "promise", "pledge")},
    # A strike or shutdown called is one organised (CAMEO 143); "called off" and "called for"
    # are phrasals read before this.
    ("call", frozenset({"strike", "bandh", "hartal", "shutdown", "boycott"})):
        ("PROTEST", "strike", "143", ()),
    # Homes, shops or vehicles burned by someone are property destroyed (CAMEO 1712), as torched
    # ones are; by rioters, their riot (coder.match_trigger reads that first).
    ("burn", BURNED_PROPERTY): ("ASSAULT", "destroy", "1712", ()),
    # -- CAMEO families 07/08/16/17, round 2 (own sentences written from the category names) --
    # Aid reduced or held back is aid cut (CAMEO 162 "reduce or stop aid"), not aid given: "Japan
    # reduced its economic assistance to Myanmar" was AID.
    **{(verb, frozenset({"aid", "assistance", "funding", "loan"})):
       ("SANCTION", "discontinue", "162", ()) for verb in AID_REDUCING_VERBS},
    # Trade barriers placed or levied on a country are imposed (CAMEO 163, COERCE in
    # CAMEO2PLOVER): "placed an arms embargo on Turkey", "levied tariffs on Chinese firms".
    **{(verb, TRADE_BARRIERS | frozenset({"sanction", "sanctions"})):
       ("COERCE", "restrict", "163", ("economic",)) for verb in BARRIER_PLACING_VERBS},
    # Computers attacked are a cyber attack (CAMEO 176, COERCE 'cyber'), as hacked ones are; not
    # "network" or "site", which bombs hit too ("attacked the rail network").
    **{(verb, CYBER_TARGETS): ("COERCE", "cyber", "17", ("cyber",))
       for verb in ("attack", "target", "cripple", "disable", "infiltrate")},
    # A state of emergency or martial law ended is eased (CAMEO 0814). CONCEDE as a lifted curfew
    # is here (PLOVER manual 3.4: easing administrative restrictions is a verbal concession), not
    # CAMEO2PLOVER's RETREAT: "lifted the state of emergency" was CONCEDE 081 by "lift" before.
    **{(verb, frozenset({"emergency", "martial"})): ("CONCEDE", None, "081", ("legal",))
       for verb in ("end", "lift", "revoke", "rescind", "suspend", "abolish", "scrap")},
    # Negotiators withdrawn or pulled out leave the talks (CAMEO 164 "halt negotiations").
    **{(verb, frozenset({"negotiator", "negotiators"})):
       ("SANCTION", "withdraw", "164", ("diplomatic",)) for verb in ("withdraw", "pull", "pull out")},
    # Money extended to a country is given (CAMEO 07 "extend aid"), as money given is; only money,
    # as the object's whole subtree is read ("extend an inquiry into chemical weapons attacks").
    ("extend", frozenset(AID_GOODS["economic"])): ("AID", None, "071", ("economic",)),
    # Peacekeepers pulled out are withdrawn (CAMEO 1661, SANCTION), as "withdrew its
    # peacekeepers" is; troops pulled out stay a military retreat (above).
    **{(verb, PEACEKEEPING_WORDS): ("SANCTION", "expel", "1661", ("military",))
       for verb in ("pull", "pull out")},
    # A border crossing or corridor opened lets people and goods through (CAMEO 086 "allow
    # international involvement", 0863 "allow delivery of humanitarian aid"; RETREAT 'access').
    **{(verb, frozenset({"crossing", "crossings", "corridor", "corridors"})):
       ("RETREAT", "access", "086", ()) for verb in ("open", "reopen")},
}

# -- derived word lists: the cheap filters' keys, words of violence --------------------------------
# Common verbs that are triggers only beside their object ("granted asylum", "set off a bomb",
# "came under fire"): keys only where that object is there, so that elsewhere ("gave a warm
# welcome to") the learned models keep their say (coder.key_positions).
OBJECT_CONDITIONAL_KEYS = frozenset({"give", "grant", "establish", "restore", "resume",
                                     "normalize", "normalise", "upgrade", "set", "come",
                                     "cut", "downgrade", "halt", "freeze",
                                     # "vowed revenge", "the rebels walked out of the talks",
                                     # "raised its alert level"
                                     "vow", "swear", "walk", "raise", "elevate",
                                     # "completed the withdrawal of its troops"
                                     "complete", "begin", "start", "finish",
                                     # "renounced the treaty"
                                     "renounce", "annul",
                                     # "the last U.S. troops left Afghanistan" (coder.forces_left)
                                     "leave"}) | REFUSABLE_ACTS | GATHERING_VERBS | AGREEMENTS \
    | frozenset(BARRIER_RAISING_VERBS) | CRITICISM_DRAWING_VERBS \
    | frozenset({"deal", "issue", "publish", "produce", "present"})  # round 6: stern treatment
# promised, critical reports (coder.stern_treatment, coder.critical_report) key only where the
# rule matches; "take" and "release" key as before (made conditional, "take" moved the learned
# models' say on one IndiaPoliceEvents document)


# -- Admission to the parse (speed round 10) ------------------------------------------------------
# Trigger lemmas and learned event verbs that admit a sentence to the parse on their own only by
# the forms no noun or adjective has ("freed", "trained", "headed"; `coder.Prefilter`): the
# sentences they alone let in gave an event in under 1 % on every set measured, over at least 20
# distinct such sentences ("free" is mostly an adjective, "head" a noun, "campaign" an
# election's, "train" a railway's). A sentence another word admits is parsed and coded as
# before, these words' rules and learned events included. Derived by
# `scripts/admission_yield.py` (its rule and the counts: BENCHMARKS.md, "Speed round 10"), all
# but "fine", added by hand with its verb entry (precision round 6): mostly the weather's
# adjective, so only "fined", "fining" admit (STATE_RESTRICTING_VERBS).
IDLE_ADMITTERS = frozenset({"campaign", "free", "head", "train", "fine"})

def trigger_lemmas() -> tuple[frozenset[str], dict[str, list[tuple[frozenset[str], ...]]]]:
    """What `coder.match_trigger` keys on, for the coder's cheap filters.

    Returns the lemmas that can be a trigger on their own (verbs and nouns), and the verbs that
    are one only beside other words: lemma -> alternatives, each a tuple of word sets that must
    all be present ("have" needs "no" and "plan"/"intention"). A lemma left out here is an event
    never coded, so this must follow every rule of `match_trigger`.
    """
    alone = (set(VERB_TRIGGERS) | {"call"} | REFUSAL_VERBS | set(NOUN_TRIGGERS) | MISLEMMAS
             | CHARGESHEET_MISLEMMAS  # india7
             | JOINT_ADVERBS  # probe8
             | FAIL_VERBS  # audit10: coder.failure_reported
             | frozenset(REPORTED_WRONGDOING)  # criticism3: coder.wrongdoing_reported
             | {head for _, head in NOUN_COMPOUNDS} | {"strike", "attack"})
    companions: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for verb, word in PHRASAL_TRIGGERS:
        companions.setdefault(verb, []).append((frozenset({word}),))
    for verb, objects in REJECTION_IDIOMS.items():
        companions.setdefault(verb, []).append((objects, frozenset({"no"})))
    for verb in OBJECT_RETYPE_VERBS:
        companions.setdefault(verb, []).append((SUPPORT_OBJECTS,))
    for verb in SAID_NO_VERBS:
        companions.setdefault(verb, []).append((frozenset({"no"}), frozenset({"to"})))
    for verb in DEMAND_SPEECH_VERBS:  # "said X was behind the attack": coder.blamed
        companions.setdefault(verb, []).append((BLAME_ADJECTIVES | BLAME_PREPS,))
    for verb in PRESSING_VERBS | TELLING_TO_ACT_VERBS:  # "pressed Ankara to respect ...",
        # "told Beijing to pull out": coder.match_trigger
        companions.setdefault(verb, []).append((frozenset({"to"}),))
    for verb in FORCE_ENTRY_VERBS:  # threat2: forces to move in "if ...", coder.conditional_force_move
        companions.setdefault(verb, []).append((THREAT_CONDITION_MARKS,))
    for verb, words in RETYPE_BY_OBJECT:  # a phrasal ("call off") keys on its verb
        companions.setdefault(verb.split()[0], []).append((words,))
        # ... and a word the tokenizer splits at its hyphen keys by its two parts (probe8:
        # "ordered a call-up", HYPHEN_NOUNS)
        companions[verb.split()[0]].extend((frozenset({prefix}), frozenset({head}))
                                           for (prefix, head), joined in HYPHEN_NOUNS.items()
                                           if joined in words)
    for verb in SURRENDERING_VERBS:  # "handed over a suspect to X": coder._extradited (probe8)
        companions.setdefault(verb, []).append((WANTED_PERSONS,))
    for verb in NAMING_VERBS | JUDGING_VERBS:  # "called the inquiry a sham", "said the vote was
        # a sham": see coder.named_criticism and coder.judged_criticism
        companions.setdefault(verb, []).append((CONDEMNING_WORDS,))
    companions.setdefault("deal", []).append((STERN_ADVERBS, WARNED_OWN_MODALS))  # round 6
    companions.setdefault("take", []).append((STERN_ACTIONS, STERN_ADJECTIVES, WARNED_OWN_MODALS))
    for verb in PUBLISHING_VERBS:  # "released a critical report": coder.critical_report
        companions.setdefault(verb, []).append((REPORT_NOUNS, CRITICAL_ADJECTIVES))
    for verb in JUDGING_VERBS:  # "said the closure was a welcome decision": coder.judged_praise
        companions.setdefault(verb, []).append((PRAISING_WORDS,))
        companions.setdefault(verb, []).append((PRAISED_WORK_NOUNS, WORK_PRAISE))
    companions.setdefault("declare", []).append((frozenset({"grata"}),))  # coder.non_grata
    for adjective in DISPLEASED_ADJECTIVES:  # "were upset with X": coder.displeased_with (audit7)
        companions.setdefault(adjective, []).append((DISPLEASED_PREPS,))
        companions.setdefault(adjective, []).append((frozenset({"that"}),))  # "sore that X ..." (audit8)
    for participle in DISPLEASED_PARTICIPLES:  # "was irked with X", read as a participle (audit14)
        companions.setdefault(participle, []).append((DISPLEASED_PREPS,))
    for adjective in PLEASED_ADJECTIVES:  # "not happy with X": coder.displeased_with (audit8)
        companions.setdefault(adjective, []).append((DISPLEASED_PREPS, DENIAL_WORDS))
    for verb, prep in ALLEGIANCE_PHRASALS:  # "stand by the government": coder.match_trigger (audit7)
        companions.setdefault(verb, []).append((frozenset({prep}),))
    companions.setdefault("leave", []).append((LEAVING_FORCES,))  # coder.forces_left
    for verb in EXPULSION_ORDER_VERBS:  # "ordered the officials to leave": coder.match_trigger
        companions.setdefault(verb, []).append((LEAVING_VERBS, EXPELLED_PRESENCE))
    for verb in DEADLINE_GIVING_VERBS:  # "gave the ambassador 72 hours to leave" (probe7)
        companions.setdefault(verb, []).append((LEAVING_VERBS, EXPELLED_PRESENCE, PERIOD_NOUNS))
    for word in DEATH_WORDS:  # "died" is an event only beside its violent cause or a custody
        companions.setdefault(word, []).append((VIOLENT_CAUSES | CUSTODY_NOUNS | CUSTODIAL,))
    for verb in KEEP_FROM_VERBS:  # "prevented the activists from entering": see coder.match_trigger
        companions.setdefault(verb, []).append((frozenset({"from"}),))
    for verb, lives in LIFE_VERBS.items():
        companions.setdefault(verb, []).append((lives,))
    for prefix, verb in HYPHEN_VERBS:
        companions.setdefault(verb, []).append((frozenset({prefix}),))
    for verb, word in PERSON_PHRASALS:
        companions.setdefault(verb, []).append((frozenset({word}),))
    for verb, word in CROWD_PHRASALS:
        companions.setdefault(verb, []).append((frozenset({word}), PROTESTER_NOUNS))
    for verb, word in PROTESTER_PHRASALS:
        companions.setdefault(verb, []).append((frozenset({word}), PROTESTER_NOUNS))
    for verb, prep, obj in VERB_PREP_OBJECT:
        companions.setdefault(verb, []).append((frozenset({prep}), frozenset({obj})))
    for verb in DEMAND_SPEECH_VERBS:
        companions.setdefault(verb, []).append((OBLIGATION_MODALS,))
    for verb in WANTING_VERBS:  # "wants the governor to resign": coder.wanted_of (audit9)
        companions.setdefault(verb, []).append((frozenset({"to"}),))
    for verb in TOLD_WISH_VERBS - WANTING_VERBS:  # "told X he expected him to ..." (audit9)
        companions.setdefault(verb, []).append((frozenset({"to"}), ADDRESSED_OBJECT_PRONOUNS))
    companions.setdefault("arrive", []).append((ARRIVING_FORCES,))  # coder.forces_arrived (audit9)
    for verb, words in untriggered_aid_companions():  # coder._untriggered_aid (aid2)
        companions.setdefault(verb, []).append(words)
    for verb in ARRIVAL_VERBS:  # "a plane carrying aid landed in X": coder._carried_aid (probe9)
        companions.setdefault(verb, []).append((CARRYING_VERBS, CARRIED_RELIEF_GOODS))
    for verb in INVITING_VERBS:  # "invited X to make a state visit": coder.invited_visit (probe9)
        companions.setdefault(verb, []).append((VISIT_NOUNS,))
    for verb in ("vow", "swear"):
        companions.setdefault(verb, []).append((THREAT_ACTS,))
    for verb in PROTEST_ACTION_VERBS - set(VERB_TRIGGERS):
        companions.setdefault(verb, []).append((RIOTER_NOUNS,))
    for verb in PROTESTER_VERBS - set(VERB_TRIGGERS):
        companions.setdefault(verb, []).append((PROTESTER_NOUNS,))
    for verb in MISSILE_VERBS:  # a crowd's stones thrown at the police (coder.crowd_missiles)
        companions.setdefault(verb, []).append((PROTESTER_NOUNS | CROWD_NOUNS, POLICE_NOUNS | DEPLOYED_FORCES))
    companions.setdefault("come", []).append((frozenset({"under"}), UNDER_ATTACK_NOUNS))
    for verb in CRITICISM_DRAWING_VERBS:  # "drew sharp criticism": coder.drew_criticism
        companions.setdefault(verb, []).append((CRITICISM_DRAWN,))
    for verb in REFUSABLE_ACTS:
        companions.setdefault(verb, []).append((NEGATIONS,))
    for verb in CESSATION_ORDERING_VERBS:  # "ordered the closure of four Russian consulates"
        # (coder._cessation_nominal): the noun with what its verb's retype needs (probe6)
        for noun, stops in CESSATION_NOUN_VERBS.items():
            for (retyped, words) in RETYPE_BY_OBJECT:
                if retyped == stops:
                    companions.setdefault(verb, []).append((frozenset({noun}), words))
    for verb in GATHERING_VERBS:  # "gathered outside the court, demanding ...": coder.match_trigger
        companions.setdefault(verb, []).append((PROTEST_PURPOSE_VERBS,))
    for noun in AGREEMENTS:  # "the truce between X and Y took effect"
        companions.setdefault(noun, []).append((IN_FORCE_WORDS, frozenset({"between"})))
    for verb in DEPLOYED_VERBS - set(VERB_TRIGGERS):  # "a company of the raf was rushed"
        companions.setdefault(verb, []).append((DEPLOYED_FORCES,))
    for verb in WATCH_KEEPING_VERBS:  # "the police kept a strict vigil" (india5)
        companions.setdefault(verb, []).append((WATCH_NOUNS, POLICE_NOUNS | DEPLOYED_FORCES))
        # ... and one kept strictly with no keeper named (india4: coder._agentless_watch)
        companions[verb].append((WATCH_NOUNS, STRICT_WATCH_WORDS | SURVEILLANCE_NOUNS))
    companions.setdefault("hold", []).append((HELD_PERSONS,))  # "held 50 persons" (india5)
    companions.setdefault("hold", []).append((HELD_BLAME_WORDS,))  # "held X responsible" (criticism3)
    for verb in ARMED_VERBS:
        companions.setdefault(verb, []).append((ARMED_SUBJECTS,))
    # threat3: retaliation promised on a condition (coder.retaliation_threatened)
    companions.setdefault("take", []).append((STERN_ACTIONS | RETALIATION_NOUNS, THREAT_CONDITION_MARKS))
    for verb in CONDITIONAL_FORCE_VERBS | INVOKED_THREAT_VERBS:  # threat5: on a condition,
        # coder.conditional_force_passive and coder.invoked_on_condition
        companions.setdefault(verb, []).append((THREAT_CONDITION_MARKS,))
    for verb, (words, _) in CONDITIONAL_THREAT_ACTS.items():  # leftovers2: coder.threatened_on_condition
        companions.setdefault(verb, []).append((words, THREAT_CONDITION_MARKS))
    for verb, word in SHELTERING_PHRASALS:  # probe10: "took in the refugees", coder.match_trigger
        companions.setdefault(verb, []).append((frozenset({word}), DISPLACED_PEOPLE))
    # criticism2: criticism told by an idiom (coder.criticism_idiom, coder.displeased_with,
    # coder.named_criticism)
    for (verb, prep), words in CRITICISM_PREP_PHRASALS.items():
        companions.setdefault(verb, []).append((frozenset({prep}), words) if words else (frozenset({prep}),))
    for verb, prep, noun in CRITICISM_OBJECT_IDIOMS:
        companions.setdefault(verb, []).append((frozenset({prep}), frozenset({noun})))
    for adjective, preps in CRITICAL_OF_ADJECTIVES.items():
        companions.setdefault(adjective, []).append((preps,))
    for adjective in OPPOSED_PREDICATES:  # precision6: "is opposed to X" (coder.opposed_predicate)
        companions.setdefault(adjective, []).append((OPPOSED_PREPS,))
    for verb in STATE_RESTRICTING_VERBS | {FINED_MISLEMMA}:  # precision6: a state's fine or bar
        companions.setdefault(verb, []).append(())  # (coder.state_restriction)
    for verb in NAMING_VERBS:  # ... the filter's words split "anti-people" at its hyphen
        companions.setdefault(verb, []).append((NAMED_CONDEMNING_WORDS | frozenset(
            w.rsplit("-", 1)[-1] for w in NAMED_CONDEMNING_WORDS),))
    for verb in NAMING_VERBS:  # criticism3: "described the firing as uncalled for"
        companions[verb].append((NAMED_CONDEMNING_MORE | frozenset(
            w.rsplit("-", 1)[-1] for w in NAMED_CONDEMNING_MORE),))
    return frozenset(alone), {v: alts for v, alts in companions.items() if v not in alone}


def conditional_keys() -> frozenset[str]:
    """Verbs that only a condition on their clause makes a trigger (a demand after "said", a
    protester subject), and that no other rule of `trigger_lemmas` keys on."""
    other = (set(VERB_TRIGGERS) | set(NOUN_TRIGGERS) | {v for v, _ in PHRASAL_TRIGGERS}
             | set(REJECTION_IDIOMS) | OBJECT_RETYPE_VERBS | {v for v, _ in RETYPE_BY_OBJECT}
             | {v for v, _, _ in VERB_PREP_OBJECT} | PROTESTER_VERBS | REFUSAL_VERBS | {"call"})
    return frozenset((DEMAND_SPEECH_VERBS | JUDGING_VERBS | PROTEST_ACTION_VERBS | {"vow", "swear"}) - other
                     | OBJECT_CONDITIONAL_KEYS | ARMED_VERBS | FORCE_ENTRY_VERBS  # threat2
                     | (UNTRIGGERED_AID_VERBS - other)  # aid2: new keys only where the rule matches
                     | FAIL_VERBS  # audit10: a failure reported (coder.failure_reported)
                     | (INVOKED_THREAT_VERBS - other)  # threat5: only on a condition
                     | CRITICISM_IDIOM_KEYS  # criticism2: only where the idiom is
                     | (frozenset(REPORTED_WRONGDOING) - other)  # criticism3: only when reported
                     | OPPOSED_PREDICATES  # precision6: only as "is opposed to"
                     | (STATE_RESTRICTING_VERBS - other)  # precision6: only with a state's subject
                     | {FINED_MISLEMMA})


def violence_words() -> frozenset[str]:
    """Lemmas and words that name violence: the ASSAULT triggers of the lexicon and the words of
    force, weapons and harm it already lists."""
    words = {k for k, (plover, *_rest) in VERB_TRIGGERS.items() if plover == "ASSAULT"}
    words |= {k for k, ((plover, *_rest), _weak) in NOUN_TRIGGERS.items() if plover == "ASSAULT"}
    words |= {v for (v, _p), (plover, *_rest) in PHRASAL_TRIGGERS.items() if plover == "ASSAULT"}
    words |= set(DEATH_WORDS) | CAUSED_VERBS | VIOLENT_CLAUSE_VERBS | VIOLENT_CAUSES
    words |= WEAPON_SUBJECTS | RIOT_ACTION_VERBS | WEAPONS_THROWN | MUNITIONS | CROWD_CONTROL
    words |= (UNDER_ATTACK_NOUNS - CRITICISM_NOUNS) | ARMED_GROUP_NOUNS | HARM_WORDS  # criticism is no violence
    for vocab in WEAPON_MODES.values():
        words |= vocab
    # Light verbs of those lists name violence only with their object ("set fire", "opened fire",
    # "threw stones"), which is read beside them; alone they set up vigils and throw cordons.
    return frozenset(words - {"set", "open", "throw", "take", "hold", "carry", "blow"})


VIOLENCE_WORDS = violence_words()

# -- whole-article precision (branch audit2) ----------------------------------------------------
# Verbs of saying something to someone: the saying is no act between speaker and addressee.
# "told the BBC", "testified before the committee", "briefed reporters": an interview with a
# journalist is no CONSULT (PLOVER 3.2 counts meetings and consultations, not statements); what is
# said is coded from the said clause by its own words (coder.speech_only).
TELLING_VERBS = frozenset({"tell", "testify", "brief", "speak", "say", "inform", "explain"})
# Types a telling can itself be: "told reporters he rejected the demands" is the REJECT.
SPEECH_EVENT_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST"})
# Addressees that are the press, the channel of a statement, not a party to an event.
PRESS_WORDS = frozenset({"reporter", "reporters", "journalist", "journalists", "press", "media",
                         "newspaper", "broadcaster", "interview", "conference", "briefing",
                         "correspondent", "correspondents", "television", "radio", "channel",
                         "newsmen", "newsman", "presser", "podcast", "programme", "program"})
# Verbs of trying or seeking: the act they frame was attempted, not reported done ("tried to
# storm the embassy", "sought to detain the journalist", "sought to talk to his counterpart").
ATTEMPT_VERBS = frozenset({"try", "seek", "attempt", "strive", "endeavour", "endeavor"})
# Verbs of hoping: an act hoped for is a wish, an AGREE only when cooperative (manual 3.1,
# "indicate willingness"); a conflictual act hoped for is not reported. ("hop": the tagger's
# lemma of "hoped" and "hopes".)
HOPE_VERBS = frozenset({"hope", "hop", "wish"})
# Frames that name no act of their own: a model's event on "expected", "hoped", "set" ("was
# expected to arrest", "is set to deploy") stands on the frame, not on the act it frames.
NO_ACT_FRAMES = SCHEDULE_FRAMES | ATTEMPT_VERBS | HOPE_VERBS | frozenset({"predict", "anticipate"})
# Verbs that pass a judgement in a clause: "said the expulsion was unjustified", "considers the
# settlements illegal" is criticism of whoever did it (ACCUSE 111), as naming it so is
# (NAMING_VERBS); the clause's predicate must be one of CONDEMNING_WORDS (coder.judged_criticism).
# The verbs of a view held (consider ... believe) count only inside a statement of it ("said it
# still considers X illegal"; "the minister considered the visit a mistake" states nothing).
JUDGING_VERBS = DEMAND_SPEECH_VERBS | frozenset({"consider", "deem", "regard", "find", "believe"})

# -- whole-article audit, round 6 (branch audit6): judgements said with a light verb, praise -------
# "said the ministry made a mistake", "said the army committed a blunder": the light verb's object
# is the clause's predicate, as "was a mistake" would be (coder._judged; "blunder", "misstep" are
# in CONDEMNING_WORDS).
JUDGING_LIGHT_VERBS = frozenset({"make", "commit", "do"})
# Praise said as a judgement: "said the closure was a welcome decision", "said the policy is
# laudable" praises whoever acted (SUPPORT 051), the mirror of CONDEMNING_WORDS (coder.judged_praise).
PRAISING_WORDS = frozenset({"welcome", "commendable", "laudable", "praiseworthy", "admirable",
                            "exemplary", "creditable", "statesmanlike", "courageous"})
# Work praised by a plain adjective: "said the administration had done an excellent job" (only
# on these nouns, so that "said the weather was excellent" praises nobody).
PRAISED_WORK_NOUNS = frozenset({"job", "work"})
WORK_PRAISE = PRAISING_WORDS | frozenset({"good", "great", "excellent", "fine", "outstanding",
                                          "remarkable", "wonderful", "splendid", "superb",
                                          "tremendous", "fantastic", "brilliant"})
JUDGED_PRAISE = ("SUPPORT", None, "051", ("diplomatic",))
# Stern treatment promised is a threat (CAMEO 130): "those found rioting will be dealt with
# sternly", "strict action will be taken against hoarders", "would take stern action against the
# culprits" (coder.stern_treatment); only with a modal of the future (WARNED_OWN_MODALS), since
# "were dealt with firmly" reports an act.
STERN_ADVERBS = frozenset({"sternly", "strictly", "firmly", "severely", "harshly", "strongly",
                           "ruthlessly", "toughly", "stringently"})
# Whom such a promise names with a pronoun: "those found rioting", "anyone violating the order".
STERN_TARGET_PRONOUNS = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "all"})
STERN_ACTIONS = frozenset({"action", "measure", "step"})
STERN_ADJECTIVES = frozenset({"strict", "stern", "severe", "tough", "stringent", "firm", "harsh",
                              "strong", "stiff", "exemplary", "strictest", "sternest", "disciplinary",
                              "punitive", "legal", "drastic"})
STERN_TREATMENT = ("THREATEN", None, "130", ())
# A critical report published is criticism (ACCUSE 111) by its author: "the auditor released a
# highly critical report on the ministry's spending", "Amnesty published a damning report"
# (coder.critical_report; the report is no person released, RELEASED_THINGS).
PUBLISHING_VERBS = frozenset({"release", "issue", "publish", "produce", "present"})
REPORT_TOPIC_PREPS = frozenset({"on", "into", "of", "about"})
REPORT_NOUNS = frozenset({"report", "audit", "review", "assessment", "study", "statement"})
# "not X but Y": the conjunction that sets a conjunct against a negated one, whose negation it
# does not share ("the army has not been withdrawn but kept on alert", coder._contrasted).
CONTRAST_CONJUNCTIONS = frozenset({"but"})
CRITICAL_ADJECTIVES = frozenset({"critical", "scathing", "damning", "blistering", "withering",
                                 "stinging", "excoriating", "searing", "condemnatory"})

# -- rarer types and asked-for acts (branch types) ------------------------------------------------
# Verbs that ask someone else to act: the act they ask for ("asked Israel to withdraw", "demanded
# that Syria withdraw", "invited Hamas to join talks") is not done, and its addressee (Israel,
# Syria, Hamas) does not act by being asked (coder.asked_act, coder.asked_party).
ASKING_VERBS = REQUEST_VERBS | frozenset({"invite"})
# Prepositions that name whom such a verb addresses: "called on Russia", "called upon the
# rebels", "appealed to the kidnappers", "pleaded with Ecuador".
ASKED_PREPS = frozenset({"on", "upon", "to", "with"})
# ... and "call" asks only "on", "upon" or "for" someone: "called Erdogan to discuss Syria" is a
# phone call and its purpose.
CALL_ASKING_PREPS = frozenset({"on", "upon", "for"})
# "called on Russia to stop": whom a call "on" or "upon" addresses is the recipient of the call
# (REQUEST; a visit "called on the president" too), as "appealed to" names its addressee.
VERB_RECIPIENT_PREPS.update({"call": frozenset({"on", "upon"})})
# Nouns that stop what their complement names: "announced a suspension of aid to Uganda" is the
# aid suspended (SANCTION 162), not aid announced (AGREE 033); each noun reads as its verb does in
# RETYPE_BY_OBJECT ("suspended its aid", "cut ties"). Only as the object of a verb that puts it
# in force (CESSATION_ORDERING_VERBS): "criticised the suspension of aid" suspends nothing.
CESSATION_NOUN_VERBS: dict[str, str] = {
    "suspension": "suspend", "freeze": "freeze", "halt": "halt", "cut": "cut", "cutoff": "cut",
    "cut-off": "cut", "reduction": "reduce", "severance": "break", "break": "break",
}
CESSATION_ORDERING_VERBS = frozenset({"announce", "order", "declare", "decree", "impose",
                                      "approve", "unveil", "authorize", "authorise"})
# Prepositions that take what such a noun stops: "a suspension of aid", "a freeze on aid", "a cut
# in military aid", "a halt to budget support".
CESSATION_NOUN_PREPS = frozenset({"of", "on", "in", "to"})
# Aid suspended is aid stopped (CAMEO 162), as aid cut, halted or frozen is (RETYPE_BY_OBJECT):
# "suspended its aid to Tanzania", "announced a suspension of aid to Uganda".
RETYPE_BY_OBJECT.update({("suspend", frozenset({"aid", "assistance", "funding", "loan"})):
                         ("SANCTION", "discontinue", "162", ())})
# Prepositions of forces moved against someone: "deployed troops against the UN peacekeepers" is
# no peacekeeping (coder._keeps_peace).
AGAINST_PREPS = frozenset({"against", "toward", "towards", "at"})
# Dependency links inside one clause: an event word reached from an asked-for act through these
# only is part of that act (coder.within_asked_act); a relative clause ("the militants who attack
# Indian troops"), an adverbial clause of its own or a participle that says what happened to a
# noun ("urged the government to release the [arrested] pilgrims") is not.
ASKED_ACT_DEPS = frozenset({"dobj", "pobj", "prep", "pcomp", "conj", "compound", "poss", "nmod",
                            "xcomp", "attr", "appos"})
# Agreements reached or signed (CAMEO 057) that talks "failed" to reach: the failure is a
# rejection of the deal (REJECT 'meet'), not an agreement negated ("the two Koreas failed to
# reach a deal on family reunions"; the PLV sentences code these REJECT).
FAILED_AGREEMENT_CAMEOS = frozenset({"057"})
# A meeting, visit or summit cancelled is a REJECT (PLOVER manual 3.13.2: "cancellation of
# meetings are REJECT"), mode 'meet'; talks suspended or cancelled stay SANCTION 164 (CAMEO
# "halt negotiations", entries above, which come first).
CANCELLING_VERBS = frozenset({"cancel", "scrap", "postpone"})  # their object noun did not happen
RETYPE_BY_OBJECT.update({(verb, frozenset({"visit", "trip", "meeting", "summit", "tour"})):
                         ("REJECT", "meet", "12", ("diplomatic",))
                         for verb in ("cancel", "call off", "scrap", "cut short")})
# Verbs of sending forces whose destination, when an actor, is helped: offered or promised to a
# country they are military aid offered (AGREE 0332; coder._sent_to_ally).
FORCE_SENDING_VERBS = frozenset({"send", "dispatch"})
# ... but a sea, a gulf or a border they are sent to is no ally: "sent two aircraft carriers to the
# Persian Gulf", "sent warships to the South China Sea" deploy them (MOBILIZE 154), whatever
# country the resolver later reads into the name.
DEPLOYMENT_PLACE_NOUNS = frozenset({"sea", "gulf", "ocean", "strait", "straits", "waters", "bay",
                                    "channel", "coast", "border", "frontier", "region"})
NO_ALLY_DESTINATIONS = DEPLOYED_FORCES | DEPLOYMENT_PLACE_NOUNS  # where forces go, none an ally


# -- whole-article audit, round 7 (branch audit7): displeasure said as a state -------------------
# "the allies were upset with the attorney-general's statement", "he was unconvinced about the
# prime minister's statement", "the farmers are angry with the government": a speaker's
# displeasure with an actor or an actor's act is disapproval of that actor (CAMEO 111, ACCUSE),
# as "expressed concern over" is. Only as the predicate of a copula (coder.displeased_with), only
# with one of these prepositions, and only on an actor or what an actor said or did ("upset with
# the result" or "angry at the weather" names no one).
DISPLEASED_ADJECTIVES = frozenset({"upset", "unhappy", "angry", "displeased", "dissatisfied",
                                   "unconvinced", "disappointed", "furious", "annoyed", "irked",
                                   "incensed", "disapproving", "unimpressed",
                                   # audit8: "the akali dal is still sore that the bjp let it down"
                                   "sore", "aggrieved", "peeved"})
DISPLEASED_PREPS = frozenset({"with", "at", "about", "over", "by", "of"})
DISPLEASURE_COPULAS = frozenset({"be", "remain", "seem", "appear", "feel", "become", "grow"})
# What an actor said or did, whose owner the displeasure is aimed at ("sorabjee's statement").
OWNED_ACT_NOUNS = frozenset({"statement", "remark", "remarks", "comment", "comments", "decision",
                             "move", "stand", "stance", "policy", "attitude", "handling", "role",
                             "conduct", "response", "reply", "speech", "announcement", "action",
                             "approach", "silence", "behaviour", "behavior", "proposal", "plan"})
DISPLEASURE: Entry = ("ACCUSE", "disapprove", "111", ())
# Standing by or siding with an actor is support of it (SUPPORT, CAMEO 05): "the allies continue
# to stand by the government", "sided with the rebels", "we stand with Ukraine"; only with an
# actor as the preposition's object ("stood by his statement", "stood by the road" are not).
ALLEGIANCE_PHRASALS: dict[tuple[str, str], Entry] = {
    ("stand", "by"): ("SUPPORT", None, "051", ()), ("stand", "with"): ("SUPPORT", None, "051", ()),
    ("side", "with"): ("SUPPORT", None, "051", ()), ("stick", "by"): ("SUPPORT", None, "051", ()),
}

# -- probe round 6 (branch probe6): wire sentences of 2000-2025, by PLOVER type -----------------
# "told Beijing to pull its ships out": telling an actor to act is a demand (CAMEO 10), as
# pressing it is (PRESSING_VERBS), and the act is only asked for (coder.asked_act). Only with an
# addressee and an infinitive: "told reporters that the army had withdrawn" reports a withdrawal.
TELLING_TO_ACT_VERBS = frozenset({"tell"})
# A rally is a protest when its purpose hangs on it ("rallied in central Seoul demanding the
# president's removal", coder._protest_purpose), as with REQUIRED_PREPS' "against" or "outside";
# "shares rallied, lifting the index" has no protest purpose.
PURPOSE_RALLY_VERBS = frozenset({"rally"})
# Consultations held or travelled for are talks (CAMEO 040): "travelled to Warsaw for
# consultations with the Polish prime minister", "held consultations with Moscow".
NOUN_TRIGGERS.update({"consultation": (("CONSULT", None, "040", ()), True)})
# ... only with whom they are held ("with" on the noun or on its verb): "after legal consultation
# Washington had concluded" consulted lawyers, no partner (article audit set 1 gained it as an
# extra CONSULT before this).
PARTNERED_NOUNS = frozenset({"consultation"})
# Closing another state's consulates or embassy is reducing relations (CAMEO 161), also when it
# is ordered by its noun: "ordered the closure of four Russian consulates" (CESSATION_NOUN_VERBS,
# with RETYPE_BY_OBJECT's "close" + embassy).
CESSATION_NOUN_VERBS.update({"closure": "close"})
RETYPE_BY_OBJECT.update({
    # A mobilisation declared is one made, as one ordered: "declared a general mobilisation"
    # (CAMEO 154; the noun alone stays no trigger, see "order" above; not "announce": a party
    # announces a mobilisation of its voters).
    ("declare", frozenset({"mobilisation", "mobilization"})): ("MOBILIZE", "troops", "154", ("military",)),
    # Warplanes scrambled raise the military alert (CAMEO 152): "scrambled fighter jets after
    # drones crossed into its airspace"; "scrambled eggs" and "scrambled to contain" are not.
    ("scramble", frozenset({"jet", "jets", "fighter", "fighters", "warplane", "warplanes",
                            "aircraft", "interceptor", "interceptors", "plane", "planes"})):
        ("MOBILIZE", "troops", "152", ("military",)),
    # Information or intelligence passed to another side is shared (CAMEO 064, PLOVER 3.5
    # "sharing of intelligence and other significant information"), as "shared intelligence" is:
    # "passed information to French investigators". Not "provide": with it gold half a lost an
    # AID record (found by totals, not read).
    **{(verb, frozenset({"intelligence", "information", "tip-off", "tip-offs"})):
       ("COOPERATE", None, "064", ()) for verb in ("pass", "exchange")},
    # A law repealed or rescinded is a policy changed (CAMEO 0832; PLOVER 3.4 easing of legal
    # restrictions): "repealed three contentious farm laws".
    **{(verb, frozenset({"law", "laws", "act", "bill", "ordinance", "decree", "legislation"})):
       ("CONCEDE", None, "0832", ()) for verb in ("repeal", "rescind")},
})
# ... and whom it is passed to is the recipient ("to" is no COOPERATE preposition otherwise:
# "cooperated with", coder.RECIPIENT_PREPS).
VERB_RECIPIENT_PREPS.update({"pass": frozenset({"to"})})
# -- end probe round 6 --

# -- recipients (branch recipients): object pronouns and things -----------------------------------
# Object pronouns naming the party acted on ("asked them to stay", "accused him of fraud"): actors
# as "he" and "they" are, which the resolver reads the same way (nlp/name_words.PRONOUN_KINDS).
# "us" is left out (far more often the US), "me" is the speaker; "her" only as an object
# (coder.is_actor: "her government" is the government).
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# Heads of what is given, fired or paid, never the party an event is aimed at ("delivered $50,000
# worth of goods to a school", "shelled the town with mortars", "urged them to hand over their
# weapons"): aid goods and money, munitions and thrown weapons (coder.is_thing). Not vehicles,
# which are hit as targets ("shot down two jets", "attacked a tanker"), nor people or forces sent,
# nor words that also name a body or an act ("fund", "mark", "round", "shot", "fire").
THING_NOUNS = (
    (frozenset(set().union(*(AID_GOODS[k] for k in ("humanitarian", "military", "economic"))))
     | MUNITIONS | WEAPONS_THROWN | frozenset({"good", "goods", "worth", "cash", "weaponry"}))
    - frozenset({"doctor", "medic", "nurse", "paramedic", "troops", "advisers", "advisors",
                 "training", "military", "humanitarian", "medical", "tank", "jet", "drone",
                 "helicopter", "aircraft", "warplane", "warship", "boat", "vessel", "interceptor",
                 "radar", "fund", "mark", "franc", "round", "shot", "burst", "volley", "salvo",
                 "flare", "dart", "rock", "stone", "cocktail", "water", "budget", "investment",
                 "shelter", "equipment"})
)
# Entity labels of amounts: "$2 million", "500 tonnes", "30 percent" name no one.
AMOUNT_ENT_LABELS = frozenset({"MONEY", "QUANTITY", "PERCENT"})
# Prepositions whose object describes the phrase they hang on ("doctors from two aid groups",
# "the leader of the party"): never its recipient (coder.may_receive).
DESCRIBING_PREPS = frozenset({"from", "of"})
# Links of a word inside a phrase headed by another ("Peter" in "Peter Biar Ajak", "Israeli" in
# "Israeli troops"): no head a pronoun can stand for (coder.antecedent_in_sentence).
INSIDE_PHRASE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "det", "nummod", "appos"})
# Nouns naming one person, whom "him" or "her" may stand for (a body, a force, a group: "them").
ONE_PERSON_NOUNS = (frozenset({"man", "woman", "teenager", "boy", "girl", "citizen", "resident",
                               "student", "father", "mother", "president", "minister", "king",
                               "queen", "general", "prince", "emir", "chancellor", "leader",
                               "premier", "sultan", "secretary", "senator", "judge", "governor",
                               "mayor", "ambassador", "envoy", "diplomat", "official", "activist",
                               "journalist", "lawyer", "suspect", "person", "youth", "officer",
                               "soldier", "commander", "chief", "spokesman", "spokeswoman"})
                    | ARMED_GROUP_NOUNS | PERSONS_HELD) - {"gunmen"}
# Types whose recipient, when the selector names an act that is no actor ("condemned the move
# announced by X", "protested the recommendation by X"), is whose act it is (coder._owners).
OWNER_NAMED_TYPES = OWNER_RECIPIENT_TYPES | frozenset({"PROTEST"})
# -- end recipients --

# -- whole-article audit, round 8 (branch audit8): displeasure and verbal attacks ---------------
# Displeasure said as a state (DISPLEASED_ADJECTIVES, coder.displeased_with) also ...
# ... by these words, which say it only when denied: "the party is not happy with the way the
# government handled the strike", "was not satisfied with the minister's reply";
PLEASED_ADJECTIVES = frozenset({"happy", "pleased", "satisfied", "content", "comfortable"})
# ... by three words added to the round-7 list itself ("sore", "aggrieved", "peeved");
# ... aimed at the doer of a relative clause on a manner noun ("unhappy with the way the
# government handled it") or at the named subject of a "that" clause ("upset that the bjp let
# it down"), as at the object of DISPLEASED_PREPS.
MANNER_NOUNS = frozenset({"way", "manner"})
# Words that keep a denied PLEASED_ADJECTIVES word in the parse (key_positions' prefilter).
DENIAL_WORDS = NEGATIONS | frozenset({"n't", "no"})
# "attack" is criticism (ACCUSE 111), not force, when it frames speech: "attacking the vhp, yadav
# said ...", "the minister attacked the opposition, saying ..." (the speech verb is the attack's
# head or its adverbial clause, one of these), or when what is attacked is what an actor said
# or did (OWNED_ACT_NOUNS: "attacked each other's policies", "attacked the government's decision").
ATTACK_SPEECH_VERBS = DEMAND_SPEECH_VERBS | frozenset({"allege", "accuse", "charge", "claim",
                                                       "describe", "term", "call", "remark"})
# Challenging an actor, its act or its authority is criticism, in words or in court (CAMEO 111,
# 115): "the vhp is challenging the authority of the prime minister", "the opposition challenged
# the governor's decision in the high court"; only with such an object ("challenged the record",
# "challenged the champion" in sport are no event; REQUIRED_OBJECTS).
VERB_TRIGGERS["challenge"] = ("ACCUSE", "disapprove", "111", ())
REQUIRED_OBJECTS["challenge"] = OWNED_ACT_NOUNS | frozenset({
    ANY_ACTOR, "authority", "ruling", "verdict", "order", "judgment", "judgement", "legality",
    "validity", "notification", "appointment", "dismissal", "ban", "resolution", "ordinance"})
# Nouns of a journey whose "of" names who travels, as a possessor would ("the visit of the
# French president to Algeria", "after the visit of union home minister l k advani"): CONSULT
# (CAMEO 042) by that actor, to the "to" object if any (coder._noun_arguments).
JOURNEY_NOUNS = frozenset({"visit", "trip", "tour"})
# -- end whole-article audit, round 8 --

# -- whole-article audit, round 9 (branch audit9): demands told, wished and reported ----------
# A pronoun subject of an obligation told to an addressee is the addressee: "the president told
# the chief minister that he should raise funds" is a demand of the chief minister
# (coder.demanded_of; TELLING_TO_ACT_VERBS).
ADDRESSEE_PRONOUNS = frozenset({"he", "she", "they", "it"})
# Wishing that another actor act is demanding it (REQUEST, CAMEO 10): "the president wants the
# governor to resign" (coder.wanted_of); the act itself is only wished for (coder.asked_act). A
# wish to act oneself ("wanted to raid") stays DESIRE_FRAMES'. "expect" is a prediction ("expects
# the rebels to attack") unless told to an addressee about him: "told the chief minister he
# expected him to build homes" (TOLD_WISH_VERBS, ADDRESSED_OBJECT_PRONOUNS).
WANTING_VERBS = frozenset({"want"})
TOLD_WISH_VERBS = WANTING_VERBS | frozenset({"expect"})
ADDRESSED_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})
# Opposing misconduct is disapproving of it (ACCUSE 111), not rejecting a proposal (REJECT 12):
# "the United States firmly opposes intimidation", "we oppose violations of international law by
# China"; "opposed the bill" stays REJECT.
MISCONDUCT_WORDS = frozenset({"intimidation", "violation", "aggression", "interference",
                              "meddling", "bullying", "coercion", "harassment", "repression",
                              "crackdown", "abuse", "atrocity", "provocation", "persecution"})
RETYPE_BY_OBJECT.update({("oppose", MISCONDUCT_WORDS): ("ACCUSE", "disapprove", "111", ())})
# A refusal said as an answer "in the negative" (CAMEO 12): "the prime minister replied in the
# negative".
VERB_PREP_OBJECT.update({(verb, "in", "negative"): ("REJECT", None, "120", ())
                         for verb in ("reply", "answer", "respond")})
# Reluctance owned or expressed is a refusal, as "rejection" is (weak: with a possessor or a light
# verb): "the chief minister expressed his reluctance to do so", "Washington's reluctance to roll
# back tariffs".
NOUN_TRIGGERS.update({noun: (("REJECT", None, "120", ()), True)
                      for noun in ("reluctance", "unwillingness")})
# Armed forces that arrive somewhere are deployed there (MOBILIZE 154, as "deploy"): "two army
# columns arrived in the city", "the 14 columns of the army which arrived on friday", "5
# companies of paramilitary forces had also arrived" (coder.forces_arrived). Not the police, whose
# "arrived at the spot" is routine, nor a delegation's arrival (a visit).
ARRIVING_FORCES = LEAVING_FORCES | frozenset({"paramilitary", "paramilitaries", "commando",
                                             "commandos", "jawan", "jawans"})
# Units counted "of" a force ("columns of the army", "companies of paramilitary forces") or
# named with it ("army columns").
FORCE_UNIT_NOUNS = frozenset({"column", "columns", "company", "companies", "contingent",
                              "contingents", "battalion", "battalions", "platoon", "platoons",
                              "unit", "units", "brigade", "brigades", "regiment", "regiments"})
# -- end whole-article audit, round 9 --

# -- whole-article audit, round 10 (branch audit10): forces posted, meetings held -------------
# A passive future deployment of forces that names no one it is aimed at is a mobilisation
# announced (MOBILIZE 154), not a threat: "1,200 policemen will be deployed at the counting
# centres", "forces would be deployed in full strength" (coder._posted_on_duty). An actor or a
# named place in one of these prepositions' objects keeps the threat ("troops will be deployed
# along the border with Ukraine").
DEPLOYMENT_TARGET_PREPS = frozenset({"to", "into", "against", "toward", "towards", "along", "near",
                                     "on", "at", "in", "around", "across", "outside", "inside"})
# Verbs of criticism the lexicon lacked (each only with an actor, or what an actor did or
# imposed, as its object): "several mps harangued the prime minister", "they resented the curbs
# placed on the pilgrims" are disapproval (ACCUSE 111); "resented being left out" names no actor
# and is no event.
VERB_TRIGGERS.update({"harangue": ("ACCUSE", "disapprove", "111", ()),
                      "resent": ("ACCUSE", "disapprove", "111", ())})
REQUIRED_OBJECTS.update({"harangue": frozenset({ANY_ACTOR}),
                         "resent": OWNED_ACT_NOUNS | IMPOSED_MEASURES | frozenset({
                             ANY_ACTOR, "curb", "curbs", "interference", "intervention"})})
# Support extended to an actor is support given (SUPPORT 051), as "pledged support" is: "the left
# parties extended their support to the coalition government", "the party would extend outside
# support to the government as long as ...". Only these objects: "extended the treaty" prolongs it
# (OBJECT_RETYPE_VERBS would make it support). Not "lend" (a new key: it cost probe7's "Japan will
# lend Vietnam 200 billion yen" its learned AID).
EXTENDED_SUPPORT_WORDS = frozenset({"support", "backing", "solidarity"})
RETYPE_BY_OBJECT.update({("extend", EXTENDED_SUPPORT_WORDS): ("SUPPORT", None, "051", ("diplomatic",))})
# A speaker's report that an actor failed to act is criticism of it (ACCUSE 111): "the delegation
# said the government had failed to contain the violence", "... the state government, which has
# miserably failed in upholding its duty" (coder.failure_reported). Only under a reporting verb
# with a named speaker: "the police failed to stop the mob" told by the page is narration.
FAILED_IN_PREPS = frozenset({"in"})
FAILURE_CRITICISM: Entry = ("ACCUSE", "disapprove", "111", ())
# -- end whole-article audit, round 10 --

# -- probe round 7 (branch probe7): wire sentences of 1998-2025, by PLOVER type -----------------
# Goods dispatched are sent (AID, only with aid goods, as "send": GOODS_AID_WORDS, coder.check_aid):
# "dispatched 50 tonnes of food and medicine to Honduras"; forces dispatched stay MOBILIZE.
VERB_TRIGGERS.update({"dispatch": ("AID", None, "070", ())})
RETYPE_BY_OBJECT.update({
    # Trade halted or frozen with a state reduces relations with it (PLOVER 3.13 'discontinue':
    # "curtail ... commercial exchanges"), as suspended imports are: "halted imports of
    # Australian coal"; a ban on imports stays COERCE 172 (above).
    **{(verb, frozenset({"import", "imports", "export", "exports", "trade", "purchases"})):
       ("SANCTION", "discontinue", "16", ("economic",)) for verb in ("halt", "freeze")},
    # ... as are supplies cut or halted to it (gas, oil, power): "cut gas supplies to Spain"
    # (said as a condition, the coder's threat of it).
    **{(verb, frozenset({"supply", "supplies"})):
       ("SANCTION", "discontinue", "16", ("economic",)) for verb in ("cut", "halt", "suspend")},
    # A diplomatic presence downgraded or reduced is relations reduced (CAMEO 161), as downgraded
    # ties are: "downgraded its diplomatic representation in Nicaragua".
    **{(verb, frozenset({"representation", "presence"})):
       ("SANCTION", "withdraw", "161", ("diplomatic",)) for verb in ("downgrade", "reduce")},
    # Recognition switched away from a state breaks relations with it (CAMEO 161): "switched
    # recognition from Taiwan to China" (whom it is switched "from" is the recipient, below).
    ("switch", frozenset({"recognition"})): ("SANCTION", "withdraw", "161", ("diplomatic",)),
    # Data exchanged with another side is information shared (CAMEO 064), as "shared data" is:
    # "exchanging radar data with its Peruvian counterpart" (the parser lemmatizes "data" as
    # "datum").
    ("exchange", frozenset({"data", "datum"})): ("COOPERATE", None, "064", ()),
    # A decree, bill or law withdrawn or scrapped is a policy changed (CAMEO 0832), as a repealed
    # one is (round 6): "withdrew a decree ending fuel subsidies" (not a military withdrawal).
    **{(verb, frozenset({"law", "laws", "bill", "ordinance", "decree", "legislation",
                         "amendment", "amendments"})):
       ("CONCEDE", None, "0832", ()) for verb in ("withdraw", "scrap", "shelve")},
    # Warships of a kind sent or moved are a show of force as "sent warships" is (CAMEO 154):
    # "sent two aircraft carriers to the Persian Gulf" (not military aid: "aircraft" alone is
    # an aid good).
    **{(verb, frozenset({"carrier", "carriers", "destroyer", "destroyers", "frigate", "frigates",
                         "submarine", "submarines", "cruiser", "cruisers", "bomber", "bombers"})):
       ("MOBILIZE", "troops", "154", ("military",)) for verb in ("dispatch", "send", "move")},
})
VERB_RECIPIENT_PREPS.update({"switch": frozenset({"from"}), "downgrade": frozenset({"in", "with"})})
# Forces ordered or put into (combat) positions are put on alert (CAMEO 152, as "put on alert"):
# "ordered its frontline troops into combat positions".
VERB_PREP_OBJECT.update({(verb, "into", "position"): ("MOBILIZE", "troops", "152", ("military",))
                         for verb in ("order", "put")})
# Working together or teaming up is cooperation (CAMEO 060; PLOVER 3.5 COOPERATE): "Vietnamese
# and Laotian border guards are working together to dismantle a trafficking network", "teamed up
# with Kenyan police"; the partner of "with" is the recipient (RECIPIENT_PREPS).
PHRASAL_TRIGGERS.update({("work", "together"): ("COOPERATE", None, "060", ()),
                         ("team", "up"): ("COOPERATE", None, "060", ())})
# Verbs that give a diplomat a span of time to leave, an expulsion as "ordered ... to leave" is
# (CAMEO 166; coder._given_time_to_leave): "gave the French ambassador 72 hours to leave".
DEADLINE_GIVING_VERBS = frozenset({"give"})
# Sitting down for talks is holding them, as travelling for them is (coder._travel_verb, CAMEO
# 040): "sit" is in TRAVEL_VERBS itself.
# Giving in to protests or protesters is giving in to their demands (CAMEO 083, as CONCEDED_TO):
# "the government bowed to the protests and ...", "caved in to the strikers".
VERB_PREP_OBJECT.update({
    (verb, "to", word): ("CONCEDE", None, "083", ())
    for verb in ("accede", "yield", "bow", "submit", "succumb", "capitulate", "give", "cave")
    for word in PROTEST_NOUNS | frozenset({"protester", "protestor", "demonstrator", "striker"})
})
# -- end probe round 7 --

# -- precision (branch precision): doers that are no political actor, and verbs that name no act ---
# What acts in non-political news without being anyone: animals, and cells or germs of an illness
# ("a shark attacked a surfer", "cancer cells invade the tissue", "was attacked by a dog"). As the
# only doer of an event (subject or passive agent) they make it none (coder.NO_ACT_TESTS). Hazards
# (HAZARD_NOUNS) are the same kind of doer.
NON_AGENT_DOERS = frozenset({
    "shark", "dog", "bear", "elephant", "snake", "crocodile", "alligator", "tiger", "lion",
    "leopard", "wolf", "bee", "wasp", "hornet", "bull", "monkey", "jellyfish", "hippo",
    "cell", "tumour", "tumor", "cancer", "bacteria", "bacterium", "germ", "parasite", "infection",
    "fungus",
})
# Modifiers that make "attack" an illness: ILLNESS_MODIFIERS, with the causes'.
# Words of play: a sentence with one of them, or whose doer is a player's role, reports a game
# ("attacked the stumps", "the cyclist attacked on the final climb", "protested the referee's
# decision"). Only words of the play itself, with no political sense: not "match", "goal",
# "title", "final", "league" (the Arab League), "striker" (also a worker on strike), "captain"
# (also a rank), nor a sport's or a tournament's name (a protest against hosting the Olympics or
# a tour of the cricket team is political).
SPORT_WORDS = frozenset({
    "equaliser", "equalizer", "wicket", "wickets", "stumps", "innings", "goalkeeper", "referee",
    "umpire", "midfielder", "bowler", "batsman", "cyclist", "golfer", "footballer", "cricketer",
    "half-time", "hat-trick", "touchdown", "penalty-kick", "free-kick", "scoreline",
})
SPORT_ROLES = frozenset({"coach", "player", "forward", "forwards", "bowler", "batsman", "cyclist",
                         "golfer", "footballer", "cricketer", "boxer", "goalkeeper", "midfielder",
                         "sprinter", "athlete", "team-mate", "teammate"})
# ... unless the sentence names a force, an armed group, rioters or a state's organs: "fans
# attacked police after the match", "the government banned the league" stay events.
SPORT_OVERRIDES = (ARMED_GROUP_NOUNS | DEPLOYED_FORCES | POLICE_NOUNS | RIOTER_NOUNS | frozenset({
    "government", "minister", "ministry", "president", "embassy", "regime", "parliament",
    "sanction", "sanctions", "boycott", "hooligan", "hooligans", "rioter", "rioters"}))
# Verbs that name a state, not an act between actors: a learned model's event on one ("the
# conviction rate is 1.8 per cent", "the delegation comprises ...", "sanity prevailed", "we are
# now waiting") is none, unless the verb's predicate holds a trigger word ("X is opposed to Y")
# or a judgement (STATE_ACT_WORDS), which keeps the state that is an act (coder.no_act_anchor).
STATE_ANCHORS = frozenset({"be", "seem", "appear", "become", "remain", "comprise", "consist",
                           "prevail", "wait", "witness", "risk", "wonder", "realize", "realise"})
# Judgements that make a state an act ("Russia was responsible for the poisoning", "the move is
# illegal", "remained unhappy with X": ACCUSE), kept as trigger words are.
STATE_ACT_WORDS = BLAME_ADJECTIVES | CONDEMNING_WORDS | DISPLEASED_ADJECTIVES
# The links of a state verb's predicate ("is opposed to X", "remains a critic of X") and the links
# that open a clause of its own, which the predicate's words stop at.
PREDICATE_DEPS = frozenset({"acomp", "attr", "prep", "xcomp", "oprd", "dobj"})
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "conj", "csubj", "parataxis"})
# Verbs of accidents: a model's event on one ("a small plane crashed, killing the pilot", "a crane
# collapsed onto the street") is the accident, nobody's act (as ACCIDENT_NOUNS are for rules).
ACCIDENT_VERBS = frozenset({"crash", "collapse", "derail", "capsize", "overturn", "sink"})
# "Scientists captured images of the squid", "captured the hearts of fans": nobody is taken.
EXCLUDED_OBJECTS["capture"] = frozenset({"image", "images", "footage", "photo", "photograph",
                                         "picture", "moment", "imagination", "attention", "heart",
                                         "hearts", "mood", "spirit", "essence", "data", "video"})
# ... and a capture with no object stays an event ("capture" in OBJECTLESS_EVENTS).
# Types a model's event on a verb of telling may have beside SPEECH_EVENT_TYPES: a talk
# ("spoke with Putin by phone"). Any other ("X said ...": AGREE, SUPPORT, CONCEDE) is only the
# statement (coder.speech_only; an ASSAULT is left to its violence test there).
TELLING_TYPES = frozenset({"CONSULT"})
# Modality the frames missed: a modal with a perfect ("would have objected", "could have
# stopped") is a counterfactual; a wish ("wanted to raid", "is eager to withdraw", "keen to
# meet") is read as HOPE_VERBS are (a cooperative wish an AGREE, a conflictual one no event); a
# need ("needed to investigate") is no act. A model's event on one of these stands on the frame.
PERFECT_AUX = frozenset({"have", "'ve"})
DESIRE_FRAMES = frozenset({"want", "eager", "keen", "anxious"})
NEED_FRAMES = frozenset({"need"})
# ... but a wish to say something is saying it: "we want to express our support", "I want to
# thank the minister" are the support and the thanks.
PERFORMATIVE_VERBS = frozenset({"express", "thank", "congratulate", "reiterate", "reaffirm",
                                "assure", "stress", "emphasize", "emphasise", "welcome", "convey",
                                "condemn", "apologize", "apologise", "extend", "say", "tell"})
# -- end precision --

# -- probe round 8 (branch probe8): wire sentences of 1993-2025, by PLOVER type -----------------
# Bodies a state belongs to: leaving one reduces relations with its members (PLOVER 3.13
# SANCTION 'withdraw': "withdraw oneself ... from a group, organization"): "withdrew from the
# Commonwealth of Independent States", "pulled out of the G5 Sahel force".
MEMBERSHIP_BODIES = frozenset({"commonwealth", "bloc", "alliance", "organisation", "organization",
                               "league", "union", "community", "federation", "coalition",
                               "grouping", "force", "court", "council"})
VERB_PREP_OBJECT.update({("withdraw", "from", body): ("SANCTION", "withdraw", "16", ("diplomatic",))
                         for body in MEMBERSHIP_BODIES})
# Forces put on (combat) readiness are put on alert (CAMEO 152), as "put on alert" is: "put its
# armed forces on full combat readiness".
VERB_PREP_OBJECT.update({(verb, "on", "readiness"): ("MOBILIZE", "troops", "152", ("military",))
                         for verb in ("put", "place", "keep")})
# "call-up" is split by the tokenizer ("call", "-", "up"): read as one word (coder.lemma_of).
HYPHEN_NOUNS.update({("call", "up"): "callup"})
RETYPE_BY_OBJECT.update({
    # Relations ended are relations broken (CAMEO 161), as cut or broken ones are: "ended its
    # relations with Morocco".
    ("end", frozenset({"tie", "ties", "relation", "relations"})):
        ("SANCTION", "withdraw", "161", ("diplomatic",)),
    ("pull out", MEMBERSHIP_BODIES): ("SANCTION", "withdraw", "16", ("diplomatic",)),
    # Readiness raised is the military alert raised (CAMEO 152), as "raised the alert" is:
    # "raised the combat readiness of its army".
    ("raise", frozenset({"readiness"})): ("MOBILIZE", "troops", "152", ("military",)),
    # A call-up of reservists ordered, declared or announced mobilises them (CAMEO 154), as a
    # mobilisation ordered does; a mobilisation decreed is one ordered.
    **{(verb, frozenset({"callup"})): ("MOBILIZE", "troops", "154", ("military",))
       for verb in ("order", "declare", "announce", "decree")},
    ("decree", frozenset({"mobilisation", "mobilization"})): ("MOBILIZE", "troops", "154", ("military",)),
    # A strait or sea lane closed is a blockade (CAMEO 191, COERCE 'restrict'); said as the
    # consequence of a condition it is the coder's threat of one (THREAT_CAMEO): "said they would
    # close the Strait of Hormuz if its oil exports were blocked".
    ("close", frozenset({"strait", "straits", "waterway", "canal", "lane", "lanes", "gulf"})):
        ("COERCE", "restrict", "191", ("military",)),
})
# A wanted person handed over or transferred to a state is extradited (CAMEO 063, PLOVER 3.5
# "cooperation on judicial matters, such as extraditions"), and the state is the recipient, as
# for "extradite": "handed over a suspected money launderer to the United States"
# (coder._extradited; a captive handed back stays a release, RETREAT 084).
SURRENDERING_VERBS = frozenset({"hand", "transfer", "surrender"})
WANTED_PERSONS = frozenset({"suspect", "fugitive", "convict", "defendant", "accused"})
# An act done "jointly" by two sides is cooperation (PLOVER 3.5 COOPERATE; joint military
# operations too, 3.14.1), whatever its verb: "jointly operate an observatory", "jointly
# patrolled the creeks" (coder.joint_act; the adverb keys its verb, coder.key_positions). A
# conflictual or other trigger keeps its own type ("jointly attacked", "jointly condemned").
JOINT_ADVERBS = frozenset({"jointly"})
# Verbs of fighting each other: two nationalities on the one noun are its two sides ("Indian and
# Chinese troops clashed", coder._pair_sides), as they are of a symmetric type's.
MUTUAL_FIGHT_VERBS = frozenset({"clash", "skirmish", "exchange"})  # "exchanged fire"
# Weapons given up disarm (CAMEO 0873), as weapons laid down or handed over do: "gave up their
# guns at a disarmament camp" (was AID 072 by "give" with weapons). The parser makes the
# particle a "prt" and the weapons its object (coder.match_trigger's particle rule).
VERB_PREP_OBJECT.update({("give", "up", word): ("RETREAT", "disarm", "0873", ("military",))
                         for word in ("arm", "arms", "weapon", "weapons", "gun", "guns", "rifle",
                                      "rifles")})
# Answering with force is using it (CAMEO 190), and said of the future a threat of it (THREATEN
# 138 by the coder's future frame): "Islamabad will answer any aggression with full force".
VERB_PREP_OBJECT.update({(verb, "with", "force"): ("ASSAULT", None, "190", ("military",))
                         for verb in ("respond", "answer", "retaliate", "react", "reply", "hit")})
# -- end probe round 8 --

# -- precision round 2 (branch precision2) ---------------------------------------------------------
# Verbs of asking that also put a question: "asked whether the demolition was legal", "asked if
# the interests of the samaj came first", "asked what justification he had" (a clause marked by
# QUESTION_MARKS, "if" or a wh-word) ask for no act; nor does being asked ("asked to explain the
# new line, he claimed ..."), whose subject answers (coder.question_asked).
QUESTION_VERBS = frozenset({"ask", "inquire", "enquire"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# Auxiliaries that open a condition when they come before the subject (coder.conditioned): "had
# they put pressure on the government, lives would have been saved", "should talks fail".
INVERTED_CONDITION_AUX = frozenset({"had", "should", "were"})
# The links by which a clause is held in another's (coder._clause_links): a question or a
# condition on the holding clause is on the held act too.
HELD_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "pcomp", "prep", "pobj", "dobj"})
# -- end precision round 2 --

# -- precision round 3 (branch precision3) ---------------------------------------------------------
# Prepositions that attach a circumstance (time, manner, topic, accompaniment) to a state verb's
# predicate: a trigger word behind one names another act, not the state ("sanity prevailed ...
# with the discussion proceeding", "the assembly witnessed bedlam over the riots", "was aware
# about the decision"); "opposed to", "critic of", "responsible for", "behind the attack", "in
# talks with" are the predicate's own (coder.no_act_anchor).
ADJUNCT_PREPS = frozenset({"with", "over", "about", "along", "before", "after", "amid", "amidst",
                           "during", "since", "despite", "until", "till"})
# Verbs of visiting: a visit whose object names no actor and no place ("visited the temple",
# "visited his childhood home", "visiting a common nuisance" in a list of charges) has no host and
# is no meeting (coder.visit_to_nothing).
VISIT_VERBS = frozenset({"visit", "tour"})
# -- end precision round 3 --

# -- threats and mobilisation without their verb (branch threat2) ---------------------------------
# Forces said to move in on a condition threaten force (PLOVER THREATEN: a conditional act of force
# announced; CAMEO 138): "said its troops would enter northern Iraq if the raids went on", "warned
# that the army would intervene if ...". The verbs are no event alone ("entered talks", "crossed the
# street"), so they key only with a force as subject, a future or possible modal and an "if" or
# "unless" clause on them (coder.conditional_force_move); the coder's future frame makes the
# entry below a threat, or leaves it hypothetical where no one reports it.
FORCE_ENTRY_VERBS = frozenset({"enter", "cross", "intervene", "march", "advance"})
THREAT_CONDITION_MARKS = frozenset({"if", "unless"})
MOVING_FORCES = LEAVING_FORCES | ARMED_UNITS | ATTACKING_CRAFT | frozenset({
    "military", "navy", "jets", "tanks", "warplanes", "troop", "soldier"})
FORCE_ENTRY = ("ASSAULT", None, "190", ("military", "territory"))
# What a reported passive of force names as its target ("said enemy positions would be destroyed
# if ..."): a military target, so that the speaker threatens it (coder._agentless); "said the
# harvest would be destroyed if the rains failed" names none.
THREATENED_TARGETS = frozenset({"position", "base", "site", "installation", "facility", "outpost",
                                "camp", "target", "stronghold", "headquarters", "launcher", "unit",
                                "force", "troop", "army", "vessel", "warship", "ship", "convoy"})
# Warships ordered somewhere are moved, as warships sent are (CAMEO 154): "ordered the aircraft
# carrier to the eastern Mediterranean", "ordered its Black Sea fleet to the Syrian coast".
RETYPE_BY_OBJECT.update({
    ("order", frozenset({"carrier", "carriers", "destroyer", "destroyers", "frigate", "frigates",
                         "submarine", "submarines", "cruiser", "cruisers", "bomber", "bombers",
                         "warship", "warships", "fleet", "fleets", "flotilla"})):
        ("MOBILIZE", "troops", "154", ("military",)),
})
# -- end threat2 --

# -- branch bjp (7 Dec 2026): lower-cased party names and titles as actors (coder._lowered_name) --
# The knowledge base's kinds of organisation (kb.ORG_KINDS) whose name, found lower-cased in an
# argument's place, heads an actor ("the bjp", "the congress", "the vhp''s call"): parties,
# movements, armed groups, legislatures; not companies, universities or outlets, whose names are
# more often ordinary words of a lower-cased sentence.
LOWER_NAME_KINDS = frozenset({"party", "ngo", "armed_group", "legislature", "igo"})
# Titles of lower-cased Indian news that make the (unknown, lower-cased) name after them a person
# ("trinamul mp sudip bandyopadhyay", "congress mla ramesh patel"), and the ones that are actors
# themselves with a determiner or a modifier ("the trinamul mp also demanded"); "mp" alone is also
# Madhya Pradesh ("in mp"), so never bare.
LOWER_NAME_TITLES = frozenset({"mp", "mla", "mps", "mlas", "minister", "leader", "chief",
                               "president", "secretary", "spokesman", "legislator", "councillor",
                               "corporator", "mayor", "chairman",
                               # india5: magistrates and judges by title ("the cjm sanjay shukla
                               # remanded him", "judge r k verma"; ACTOR_NOUNS has the abbreviations)
                               "cjm", "acjm", "cmm", "magistrate", "judge"})
LOWER_TITLE_HEADS = frozenset({"mp", "mla", "mps", "mlas"})
# -- end branch bjp --

# -- branch aid2 (7 Dec 2026): aid and cooperation worded without a trigger (coder._untriggered_aid) --
# Money put in a state's central bank props up its reserves: economic aid (CAMEO 071), "deposited
# $2 billion in Egypt's central bank", "made a deposit at the Central Bank of Jordan". A cheque
# deposited in a bank, or money in an account, is no event: only a bank these words mark counts.
DEPOSIT_VERBS = frozenset({"deposit", "place", "park", "make"})  # "place"/"make" only with "a deposit"
DEPOSIT_NOUNS = frozenset({"deposit", "deposits"})
DEPOSIT_PREPS = frozenset({"in", "with", "at", "into"})
STATE_BANK_MARKS = frozenset({"central", "reserve"})
# Aid goods dropped from the air are delivered (AID 073, as "airdropped" is): "dropped food over
# the besieged town", "air-dropped medical supplies to villagers"; bombs or leaflets dropped are not.
AIR_DROPPING_VERBS = frozenset({"drop", "parachute"})
# A project of economic cooperation (CAMEO 061) opened or inaugurated with a partner ("with X",
# "X and Y inaugurated", "a joint border post"): infrastructure across or between states. A new
# store or bridge opened by one actor alone names no partner and is no event.
OPENING_VERBS = frozenset({"open", "inaugurate", "launch", "commission", "unveil"})
JOINT_PROJECTS = frozenset({"pipeline", "post", "crossing", "railway", "railroad", "bridge", "plant",
                            "dam", "corridor", "interconnector", "highway", "terminal", "project",
                            "tunnel"})
# Energy one state starts (or resumes) exporting to another is economic cooperation (CAMEO 061):
# "began exporting natural gas to Jordan"; cars or rice exported name no state's supply deal.
# ("supply" and "ship" stay AID triggers with aid goods: "began supplying fuel to Lebanon".)
EXPORTING_VERBS = frozenset({"export", "sell", "pump"})
STARTING_VERBS = frozenset({"start", "begin", "resume", "commence", "restart"})
ENERGY_GOODS = frozenset({"electricity", "power", "gas", "oil", "crude", "energy", "lng", "diesel",
                          "fuel", "petroleum"})
COOPERATION_ENTRY: Entry = ("COOPERATE", None, "061", ("economic",))
DEPOSIT_ENTRY: Entry = ("AID", None, "071", ("economic",))
DROPPED_AID_ENTRY: Entry = ("AID", None, "073", ("humanitarian",))
UNTRIGGERED_AID_VERBS = DEPOSIT_VERBS | AIR_DROPPING_VERBS | OPENING_VERBS | EXPORTING_VERBS


def untriggered_aid_companions() -> list[tuple[str, tuple[frozenset[str], ...]]]:
    """The words each verb of coder._untriggered_aid needs beside it in the sentence
    (trigger_lemmas)."""
    bank = frozenset({"bank"})
    return ([("deposit", (bank, STATE_BANK_MARKS))]
            + [(verb, (DEPOSIT_NOUNS, bank, STATE_BANK_MARKS)) for verb in DEPOSIT_VERBS - {"deposit"}]
            + [(verb, (frozenset(AID_GOODS["humanitarian"]),)) for verb in AIR_DROPPING_VERBS]
            + [(verb, (JOINT_PROJECTS,)) for verb in OPENING_VERBS]
            + [(verb, (ENERGY_GOODS, STARTING_VERBS)) for verb in EXPORTING_VERBS])
# -- end branch aid2 --

# -- probe round 9 (branch probe9): wire sentences of 1990-2025, by PLOVER type -------------------
# A protest held at another state's embassy or consulate is aimed at that state (PLOVER 3.12:
# collective action "against the recipient"): "marched to the Chinese consulate in Makati",
# "demonstrated outside the Australian embassy in Dili" (coder._picketed_missions); the city the
# mission stands in is only the venue. "in front of" reaches the mission through "front".
MISSION_NOUNS = frozenset({"embassy", "consulate", "legation", "chancery"})
PICKET_PREPS = frozenset({"outside", "at", "to", "near", "before", "on", "in", "toward", "towards"})
FRONT_NOUNS = frozenset({"front"})
# Ground held by forces: "attacked Djiboutian positions", "attacked army positions" (a plural
# with no owner) is an armed attack, not the verbal one RETYPE_BY_OBJECT reads in "attacked the
# government's position" (coder.match_trigger).
HELD_GROUND_PLURALS = frozenset({"positions"})
# Aid that arrives with no verb of giving (PLOVER 3.6, CAMEO 073): a carrier "carrying" or
# "loaded with" relief goods that lands in, docks in or reaches a place ("a C-130 carrying
# tarpaulins landed in Nuku'alofa"), or that a state sends there ("sent a navy ship loaded with
# relief supplies to Vanuatu": aid, not a warship sent, MOBILIZE). Grain, rice or fuel carried
# alone is trade, so only these words mark relief (coder._carried_aid).
ARRIVAL_VERBS = frozenset({"land", "arrive", "reach", "dock", "berth"})
CARRIER_SENDING_VERBS = frozenset({"send", "dispatch", "fly", "rush", "deploy"})
CARRYING_VERBS = frozenset({"carry", "load", "laden", "lade", "ferry", "transport", "bring"})
CARRIED_RELIEF_GOODS = frozenset({"aid", "relief", "food", "medicine", "medicines", "medical",
                                  "tent", "tents", "blanket", "blankets", "tarpaulin", "tarpaulins",
                                  "vaccine", "vaccines", "humanitarian", "water"})
ARRIVAL_PLACE_PREPS = frozenset({"in", "at"})
VESSEL_NOUNS = frozenset({"boat", "boats", "vessel", "vessels", "ship", "ships", "trawler", "trawlers",
                          "yacht", "ferry", "tanker", "freighter", "dhow", "skiff", "skiffs"})
RETYPE_BY_OBJECT.update({
    # A border reinforced is forces reinforced on it (CAMEO 154), as "reinforced its forces" is:
    # "reinforced its border with Haiti with 1,500 soldiers".
    ("reinforce", frozenset({"border", "borders", "frontier"})): ("MOBILIZE", "troops", "154", ("military",)),
    # Exports or imports resumed or restored are trade resumed (CAMEO 061, as "resumed trade"):
    # "resumed electricity exports to Afghanistan" (was CONCEDE 08 by "resume").
    **{(verb, frozenset({"export", "exports", "import", "imports"})): ("COOPERATE", None, "061", ("economic",))
       for verb in ("resume", "restore")},
    # A demand dropped or withdrawn is a concession (PLOVER 3.8.2: "withdrawing a demand should be
    # coded as CONCEDE"): "dropped its demand that Costa Rican police carry no weapons" (was an
    # air strike, ASSAULT 195 by "drop").
    **{(verb, frozenset({"demand", "demands"})): ("CONCEDE", None, "08", ())
       for verb in ("drop", "withdraw", "abandon")},
    # A vessel rammed or sunk is attacked (PLOVER 3.16 ASSAULT, CAMEO 190): "a fishing boat was
    # rammed and sunk by a Chinese vessel"; a ship that sinks by itself has no object, no event.
    **{(verb, VESSEL_NOUNS): ("ASSAULT", None, "190", ("military",)) for verb in ("ram", "sink")},
    # A migrant caravan broken up is dispersed, as a protest is (CAMEO 17, COERCE): "police broke
    # up a caravan of Honduran migrants".
    ("break", frozenset({"caravan"})): ("COERCE", None, "170", ()),
    # Not "approved the extradition of X" as judicial cooperation (CAMEO 063, probe9): PLV_train's
    # annotators code a court approving a person's extradition as ACCUSE against that person
    # (two rows), and the rule cost PLV those two in CV and the combiner its margin.
})
# ... and whom they go to is the recipient ("resumed wheat exports to Tajikistan": the "to" hangs
# on the object; coder.fill_arguments reads it there).
VERB_RECIPIENT_PREPS.update({verb: frozenset({"to"}) for verb in ("resume", "restore")})
# An invitation to visit is an intent to meet (PLOVER 3.2.1: "invitations for state visits
# should be coded as AGREE"; CAMEO 036): "invited the Finnish president to make a state visit",
# "invited him for a visit" (coder.invited_visit). The guest is the recipient.
INVITING_VERBS = frozenset({"invite"})
VISIT_NOUNS = frozenset({"visit", "trip", "tour"})
INVITATION_ENTRY: Entry = ("AGREE", None, "036", ("diplomatic",))
# -- end probe round 9 --

# -- threats and shows of force, round 3 (branch threat3) ------------------------------------
# A mobilisation announced of armed forces is one made (CAMEO 154), as one declared or ordered:
# "announced a general mobilisation of its reservists". Read through the noun, as a suspension of
# aid announced is (coder._cessation_nominal): only what is mobilised decides, so a party's
# "mobilisation of its voters" stays no event.
CESSATION_NOUN_VERBS.update({"mobilisation": "mobilise", "mobilization": "mobilise"})
MOBILISED_FORCES = LEAVING_FORCES | frozenset({"reservist", "reservists", "reserve", "reserves",
                                               "conscript", "conscripts", "draftee", "draftees"})
RETYPE_BY_OBJECT.update({("mobilise", MOBILISED_FORCES): ("MOBILIZE", "troops", "154", ("military",))})
# Forces stationed are forces deployed (CAMEO 154), as "deployed troops" is: "has stationed
# additional troops along its border". Not peacekeepers stationed (AID 074, RETYPE_BY_OBJECT's
# first entries) and not "troops stationed in Germany" (a standing presence told, no act: the
# rule, coder._stationed_forces, needs the forces as the active verb's object).
STATIONING_VERBS = frozenset({"station"})
STATIONING_ENTRY: Entry = ("MOBILIZE", "troops", "154", ("military",))
# Warplanes that scramble (intransitive) raise the military alert (CAMEO 152), as warplanes
# scrambled do (RETYPE_BY_OBJECT "scramble"): "two Danish jets scrambled to meet the bombers";
# "fans scrambled for tickets" has no craft as subject (coder._scrambled_craft).
SCRAMBLING_VERBS = frozenset({"scramble"})
SCRAMBLING_CRAFT = ATTACKING_CRAFT | frozenset({"fighter", "interceptor", "warplanes", "jets",
                                                "planes", "aircraft"}) - {"tank"}
SCRAMBLING_ENTRY: Entry = ("MOBILIZE", "troops", "152", ("military",))
# A future deployment named to open water names no one it is aimed at (coder._posted_on_duty,
# active and passive alike): "will deploy two more warships to the Red Sea" is forces moved
# (MOBILIZE 154), as "1,200 policemen will be deployed at the counting centres" is; "along the
# border with Ukraine" names a state and stays a threat. The last word of the place's name.
OPEN_WATER_WORDS = frozenset({"sea", "ocean", "mediterranean", "pacific", "atlantic", "arctic"})
# Retaliation promised on a condition is a threat (CAMEO 130, as a stern action promised is:
# STERN_TREATMENT): "would be forced to take retaliatory steps if Norway hosted the bombers", "will
# have to take countermeasures unless ..." (coder.retaliation_threatened): "take" with a measure
# (STERN_ACTIONS) marked retaliatory, a modal of the future (WARNED_OWN_MODALS) on it or on the verb
# it completes, and an "if"/"unless" clause (THREAT_CONDITION_MARKS). Retaliation taken is told, no
# threat; the subject of the condition, where an actor, is the one threatened.
RETALIATION_ADJECTIVES = frozenset({"retaliatory", "retaliation", "military-technical"})  # not
# "reciprocal": "would take reciprocal steps to ease visa rules if ..." is an offer
RETALIATION_NOUNS = frozenset({"countermeasure", "countermeasures", "reprisal", "reprisals"})
# -- end threats and shows of force, round 3 --

# -- countries of events, round 2 (branch country2) ------------------------------------------------
# Dependencies by which a nationality word modifies an actor noun ("Indian troops", headline
# "Kazakh presidents" as a compound): where coder._partner_nationalities looks for the partners.
NATIONALITY_MODIFIER_DEPS = frozenset({"amod", "nmod", "compound"})
# -- end countries of events, round 2 --

# -- india4: police acts in lower-cased Indian news (IndiaPoliceEvents, issue 13) ----------------
# A watch kept with no keeper named is the police's raised alert (CAMEO 151, whose unnamed actor
# is law enforcement: resolve/roles.UNNAMED_ACTOR_SECTORS), as "security has been tightened" is:
# "a close watch is being kept at the stations", "the temples were kept under strict vigil",
# "round-the-clock surveillance is being maintained" (coder._agentless_watch). Only a watch said
# to be strict or close, or surveillance: a silent or candlelight vigil kept is mourners'.
STRICT_WATCH_WORDS = frozenset({"close", "strict", "tight", "constant", "round-the-clock",
                                "strong", "careful", "special", "extra", "heavy", "sharp",
                                "hawk-eyed", "intense", "tighter", "closer", "stricter"})
SURVEILLANCE_NOUNS = frozenset({"surveillance"})
# ... but a watch kept on a thing is anyone's ("a close watch is being kept on onion prices").
WATCHED_THING_PREPS = frozenset({"on", "upon"})
# -- end india4 --

# -- whole-article audit, round 11 (branch audit11): admissions, verdicts abided by ----------------
# "Concede" with a that-clause admits a fact ("a senior leader conceded that the riots had cost
# the party votes"), no yield to anyone (CONCEDE 08 is "conceded the demand", "conceded defeat").
ADMITTING_VERBS = frozenset({"concede"})
# A verdict, ruling or award abided by is accepted (AGREE 030, as "would accept the verdict"):
# "the board said it would abide by the supreme court verdict", "will abide by the tribunal's
# ruling" (VERB_PREP_OBJECT, keyed by the object's lemma).
ABIDED_RULINGS = frozenset({"verdict", "ruling", "judgment", "judgement", "decision", "award"})
VERB_PREP_OBJECT.update({("abide", "by", word): ("AGREE", None, "030", ()) for word in ABIDED_RULINGS})
# A vote cast with a named actor sides with it (SUPPORT 051, as "sided with" and "voted in favour
# of" do): "the nationalist congress party voted with the ruling alliance"; only an actor after
# "with" (coder.match_trigger's allegiance phrasals): "voted with their feet" names no one.
ALLEGIANCE_PHRASALS.update({("vote", "with"): ("SUPPORT", None, "051", ("diplomatic",))})
# -- end whole-article audit, round 11 --

# -- loose ends of the coder (branch leftovers) ---------------------------------------------------
# A noun whose denial asserts the act it frames, so the act is no will denied
# (coder._purpose_denied): "had no choice but to retaliate", "showed no hesitation in attacking".
DENIAL_ASSERTING_NOUNS = frozenset({"choice", "option", "alternative", "hesitation", "doubt"})
# -- end loose ends of the coder --

# -- probe round 10 (branch probe10): wire sentences of 1976-2025, by PLOVER type ---------------
# A curfew ordered or declared is one imposed (CAMEO 1723), as "imposed a curfew" is: "ordered a
# curfew across Kandy district", "declared a dusk-to-dawn curfew" (was no event: only "impose",
# "extend" and "enforce" had it).
RETYPE_BY_OBJECT.update({(verb, frozenset({"curfew", "curfews"})): ("COERCE", "curfew", "1723", ())
                         for verb in ("order", "declare")})
# Armed units withdrawn leave the ground (RETREAT 0872), even from a body that MEMBERSHIP_BODIES
# or JOINED_BODIES names: "pulled its contingent out of the multinational force" (was SANCTION 16,
# a state leaving an organisation) (coder._units_withdrawn). Not peacekeepers or diplomats, whose
# withdrawal the tables above make SANCTION.
WITHDRAWN_UNITS = LEAVING_FORCES | frozenset({"contingent", "contingents", "battalion", "battalions",
                                              "brigade", "brigades", "detachment", "detachments"})
# Displaced people taken in are sheltered (CAMEO 073, SHELTER_ENTRY), as refugees accepted or
# admitted are (RETYPE_BY_OBJECT): "took in a million refugees", "offered to take in half of the
# migrants" (an offer of it, AGREE, by the frame). Only with displaced people (DISPLACED_PEOPLE)
# in the object: "took in the sights" is nothing (coder.match_trigger).
SHELTERING_PHRASALS = frozenset({("take", "in")})
# -- end probe round 10 --

# -- precision round 4 (branch precision4): metaphors, history and abstractions as doers ---------
# Words of play that name no political act, read as the sentence writes them (hyphenated words
# whole): a sentence with one reports a game as SPORT_WORDS do (coder.sport_context): "surrendered
# their title with a meek defeat in the quarter-final", "the late attack destroyed the peloton".
GAME_WORDS = frozenset({"peloton", "quarter-final", "quarterfinal", "semi-final", "semifinal",
                        "scrum", "try-line", "penalty-box", "stoppage-time", "extra-time"})
# ... and a player's role named by a nationality ("the Welsh forwards", "the French forwards"):
# the side is a team, not the state (coder._team_named). Roles that are no rank or office.
TEAM_ROLES = SPORT_ROLES - {"coach", "player", "athlete"}
# Abstractions that act only in a figure of speech: prices, costs and seasons "attack", "ambush"
# or "threaten" nobody ("rising food prices threaten the livelihoods of farmers", "sales were
# ambushed by a late spring", "came under attack from rising freight costs"). As the only doer of
# an event they make it none, as animals and germs do (coder._non_agent).
ABSTRACT_DOERS = frozenset({"price", "cost", "inflation", "recession", "downturn", "slowdown",
                            "unemployment", "spring", "summer", "autumn", "winter", "season",
                            "weather"})
# An act told as history: dated "in 1941" at least HISTORY_YEARS before the text's publication, or
# "two centuries ago" (AGO_UNITS; "years ago" from HISTORY_YEARS years), or held in the phrase of
# a commemoration ("on the anniversary of the day the bomb was dropped"): a past war remembered,
# not an event of the day (coder.told_as_history).
HISTORY_YEARS = 20
# ... and a date alone does not make one: only in a sentence of remembrance (these words) is a
# dated act a war remembered ("a wreath was laid to honour those killed when the bombers attacked
# the port in 1941"); a biography's act told in a news story ("after he was shot down over Hanoi
# in 1967") is background the page sets label as an event.
REMEMBRANCE_WORDS = frozenset({"anniversary", "commemorate", "commemoration", "memorial", "remember",
                               "remembrance", "wreath", "cenotaph", "honour", "honor", "veteran",
                               "museum", "exhibition", "documentary", "historian", "battlefield",
                               "recall", "centenary", "centennial", "monument", "grave"})
AGO_UNITS = frozenset({"decade", "century", "millennium"})
COMMEMORATION_NOUNS = frozenset({"anniversary", "commemoration", "remembrance", "centenary",
                                 "centennial", "bicentenary", "bicentennial"})
# Carers whose advice to the public is a health campaign, not a political demand: "doctors urged
# people to walk thirty minutes a day", "health workers called on residents to drain standing
# water" (coder.health_advice; "doctors urged the government to ban ..." asks a state and stays).
# "worker" counts only as a "health worker".
MEDICAL_ADVISERS = frozenset({"doctor", "nurse", "physician", "medic", "dentist", "pharmacist",
                              "paediatrician", "pediatrician", "cardiologist", "dietitian",
                              "nutritionist", "gp"})
HEALTH_WORDS = frozenset({"health", "medical"})
# The public such advice is given to: CIVILIAN_NOUNS and these.
PUBLIC_ADDRESSEES = CIVILIAN_NOUNS | frozenset({"parent", "smoker", "driver", "motorist", "public",
                                                "consumer", "adult", "mother", "father", "reader",
                                                "viewer", "everyone", "anyone"})
# -- end precision round 4 --

# -- conditional threats (branch threat5) ---------------------------------------------------------
# Verbs of force that are an attack only with an armed subject or an object (ARMED_VERBS,
# OBJECT_VERBS), but in a future passive on a condition threaten the target the speaker names:
# "enemy outposts would be targeted if ...", "the depots will be shelled unless ..."
# (coder.conditional_force_passive; THREATEN 138 through the coder's future frame).
CONDITIONAL_FORCE_VERBS = frozenset({"target", "hit", "shell"})
# Targets of such a threat besides THREATENED_TARGETS, which also name civil things ("the ports
# would be closed", "the infrastructure would be destroyed if the dam failed"): only with a
# condition whose subject is an actor ("... if Ankara sends troops").
THREATENED_SITES = frozenset({"post", "port", "centre", "center", "infrastructure", "airfield",
                              "depot"})
# A right, clause or procedure that will be invoked on a condition is a threat (CAMEO 130, as
# retaliation promised is: STERN_TREATMENT): "Vilnius will invoke Article 4 if the drills cross
# the border" (was AGREE from the learned models). Invoked now, or with no "if"/"unless" clause,
# it is no event (coder.invoked_on_condition).
INVOKED_THREAT_VERBS = frozenset({"invoke"})
# -- end conditional threats --

# -- aid round 2 (aid2): weapons named by system, relief teams arriving ----------------------------
# Weapon systems named by their own word or make, which make a verb of giving military aid
# (AID 072) as AID_GOODS["military"] does (coder.aid_goods): "delivered two Patriot batteries",
# "shipped bunker-buster bombs", "sent Bushmaster armoured vehicles". Makes and model names are
# listed lower-cased as the tokeniser keeps them ("s-300", "iris-t"). Not "defence" (civil
# defence offices) nor "vehicle" or "system" alone (cars and software are delivered too), nor
# "battery" alone (a carmaker's batteries; "Patriot batteries" are named by "patriot").
WEAPON_SYSTEM_WORDS = frozenset({
    "bomb", "bombs", "armoured", "armored", "frigate", "frigates",
    "corvette", "corvettes", "submarine", "submarines", "minesweeper", "warhead", "warheads",
    "patriot", "himars", "nasams", "iris-t", "s-300", "s-400", "atacms", "javelin", "javelins",
    "stinger", "stingers", "leopard", "leopards", "abrams", "bradley", "bradleys", "bushmaster",
    "bushmasters", "bayraktar", "shahed", "f-16", "f-16s", "mig-29", "mig-29s", "caesar"})
# A team of relief workers (RELIEF_WORKERS marks it: "rescue teams", "a medical team", "search
# and rescue unit") is sent or arrives as humanitarian aid (CAMEO 073), as relief goods are:
# "Swiss rescue teams arrived in Morocco", "sent a search and rescue team to Afghanistan"
# (coder.aid_goods, coder._carried_aid). Rescuers need no team word.
RELIEF_TEAM_NOUNS = frozenset({"team", "teams", "unit", "units", "squad", "squads", "crew", "crews",
                               "brigade", "brigades", "worker", "workers"})
RELIEF_TEAM_WORKERS = frozenset({"rescuer", "rescuers", "rescue", "relief", "medical", "medic",
                                 "medics", "doctor", "doctors", "paramedic", "paramedics"})
# Weapons transferred are military aid given (AID, as "grant" and "hand out" with GIVEN_AID_GOODS):
# "transferred 14 Leopard tanks to Ukraine". Weapons only: money, equipment or troops transferred
# are bookkeeping or a redeployment, and persons transferred are handed over (SURRENDERING_VERBS).
TRANSFERRED_WEAPONS = (WEAPON_SYSTEM_WORDS | AID_GOODS["military"]) - {
    "troops", "advisers", "advisors", "training", "military", "equipment"}
RETYPE_BY_OBJECT.update({("transfer", TRANSFERRED_WEAPONS): ("AID", None, "070", ())})
# -- end aid round 2 --

# -- probe round 11 (branch probe11): readiness raised, borders shut, records handed over ---------
# Readiness raised by another word than "alert" is a raised alert status (CAMEO 152), as "put
# on alert" is: "the army was put on standby", "the navy went on heightened readiness". The
# parser may make "on" a particle and "standby" its adverb (coder.match_trigger's particle rule).
ALERT_STATUS_WORDS = frozenset({"standby", "readiness"})
VERB_PREP_OBJECT.update({(verb, "on", word): ("MOBILIZE", "troops", "152", ("military",))
                         for verb in ("put", "place", "remain", "stay", "keep", "be", "go")
                         for word in ALERT_STATUS_WORDS})
# A border, crossing or airspace shut is closed (CAMEO 172, as RETYPE_BY_OBJECT's "close"):
# "shut its border with Guinea" (only media shut were coded).
RETYPE_BY_OBJECT.update({("shut", frozenset({"border", "borders", "frontier", "crossing",
                                             "crossings", "airspace"})):
                         ("COERCE", "restrict", "172", ())})
# Records or data handed over to another side are information shared (CAMEO 064), as
# information passed is: "handed over the bank records to French investigators", "hands
# Spain data on 1,000 accounts" (the parser lemmatizes "data" as "datum"). Persons handed over
# stay SURRENDERING_VERBS' extradition or a release.
HANDED_RECORDS = frozenset({"record", "records", "data", "datum", "information", "intelligence",
                            "file", "files", "document", "documents"})
RETYPE_BY_OBJECT.update({(verb, HANDED_RECORDS): ("COOPERATE", None, "064", ())
                         for verb in ("hand", "hand over")})
# ... and whom they are handed "to" is the recipient, before whose records they are, as for
# goods given (GIVING_CAMEOS, coder's recipient rules): "handed over to French investigators the
# records of a Russian banker" is France's.
HANDED_TO_CAMEOS = ("064",)
# Records handed with no actor to receive them are made public, not shared with a side: "the
# minister handed the documents to reporters" is no event (coder.refine).
HANDING_VERBS = frozenset({"hand"})
# Forces sent to or posted along a border named by the state across it ("to the Colombian
# frontier", "along the Rwandan border") face that state: it is the recipient (coder._border_sides),
# as it is in "the border with Colombia".
FACED_BORDER_WORDS = frozenset({"border", "frontier", "boundary"})
# -- end probe round 11 --

# -- leftovers, round 2 (leftovers2): forced retreats, threats, company deliveries, bare "would" --
# Troops pulled back leave a position as troops pulled out do (RETREAT 0872): "Cambodian soldiers
# forced them to pull back", "the battalion pulled back from the ridge". Diplomats, negotiators
# or peacekeepers pulled back are withdrawn as with "pull out" (the same retypes).
PHRASAL_TRIGGERS.update({("pull", "back"): ("RETREAT", "withdraw", "0872", ("military",))})
RETYPE_BY_OBJECT.update({
    ("pull back", RECALLED_DIPLOMATS): ("SANCTION", "withdraw", "161", ("diplomatic",)),
    ("pull back", frozenset({"negotiator", "negotiators"})): ("SANCTION", "withdraw", "164", ("diplomatic",)),
    ("pull back", PEACEKEEPING_WORDS): ("SANCTION", "expel", "1661", ("military",)),
})
# Act nouns whose doer follows "by": "any attempt by Turkey to drill off Crete would be met with
# force" is a threat to Turkey as "any Greek drilling would be met with force" is to Greece
# (coder._done_by_actor).
DOER_ACT_NOUNS = frozenset({"attempt", "incursion", "attack", "provocation", "move", "aggression",
                            "violation", "intrusion", "deployment", "encroachment", "action"})
# Last words of a company's name: what such a name delivers or supplies is sold, not given as aid
# ("Embraer Ltd delivered four jets to KLM", coder._company_named); the knowledge base's listed
# companies count too. "Group" names companies more often than parties in delivery sentences.
COMPANY_NAME_ENDS = frozenset({"inc", "ltd", "llc", "plc", "corp", "corporation", "co", "company",
                               "group", "holdings", "airlines", "airways", "industries",
                               "electronics", "motors", "gmbh", "ag", "sa", "nv", "bv"})
# A state's own future act on a condition is a threat to whoever must meet the condition, as a
# clause invoked is (INVOKED_THREAT_VERBS): "Armenia will respond militarily if Azerbaijani troops
# cross the border" (THREATEN 138), "Turkey will block Sweden's membership if Stockholm allows
# ..." (THREATEN 130). The verb keys only with one of its words (a manner of force, a bid blocked)
# and a condition (coder.threatened_on_condition); "will respond to the letter" is no threat.
_RESPONSE_BY_FORCE = frozenset({"militarily", "forcefully", "force", "military", "countermeasures"})
CONDITIONAL_THREAT_ACTS: dict[str, tuple[frozenset[str], Entry]] = {
    "respond": (_RESPONSE_BY_FORCE, ("THREATEN", "violence", "138", ("military",))),
    "react": (_RESPONSE_BY_FORCE, ("THREATEN", "violence", "138", ("military",))),
    "block": (frozenset({"membership", "accession", "bid", "application", "candidacy"}),
              ("THREATEN", None, "130", ("diplomatic",))),
}
# Types whose bare "would" in a main clause is a reported pledge, not speculation (coder.apply_frames):
# "the federation would abide by the ruling" (AGREE), "the rebels would hand back the town"
# (CONCEDE), "the brigade would withdraw from the pass" (RETREAT).
ELIDED_REPORT_TYPES = frozenset({"AGREE", "CONCEDE", "RETREAT"})
# -- end leftovers2 --

# -- whole-article audit, round 12 (audit12): protests taken out ----------------------------------
# Indian English "took out a rally", "the students took out a march": the phrasal's subject holds
# the protest its object names, as a light verb's does ("held a rally"); only with a protest noun
# as object (PROTEST_NOUNS: "took out a loan", "took out the rubbish" are none). Tried and dropped:
# "procession" as a weak noun trigger (the key opened "monks led a candlelit procession" and "the
# restrictions apply to victory processions" to the selector's false events) and movement
# volunteers ("ramsevaks", "karsevaks") as actor nouns (the resolver has no role for them, so a
# recipient found lost its country on set 4; BENCHMARKS.md, round 12).
PROTEST_TAKING_PHRASALS = frozenset({("take", "out")})
# -- end audit12 --

# -- india5: victims described by the act that harmed them ----------------------------------------
# Nouns that count the dead or hurt: "the toll of people killed in the riots rose to 500" reports
# the killings, so a relative clause on their "of" still codes the act (coder.victims_described
# leaves it); "homage to the people killed in the attack", "the kin of those killed in the riots"
# only name the victims.
VICTIM_COUNT_NOUNS = FIGURE_NOUNS | frozenset({"number", "count", "figure", "list"})
# Words of inability: an act's infinitive they govern was not done ("the police found it
# difficult to arrest him", "were finding it hard to trace the accused"), as after "failed to"
# (FAIL_VERBS; coder.found_hard).
HARDSHIP_WORDS = frozenset({"difficult", "hard", "impossible", "tough", "unable"})
# Prepositions that set an arrest told by its noun before the clause's own news ("after the arrest
# of the two men, the area remained tense", "with the arrest of the waiter, the network was
# exposed"): the arrest was made, by law enforcement unnamed (coder._noun_arguments). Not "for"
# or "against" ("demanded the arrest of", "protested against the arrest of": asked or opposed).
ARREST_SEQUEL_PREPS = frozenset({"after", "following", "with", "since"})
# -- end india5 --

# -- precision round 5 (branch precision5): stories, creatures in groups, markets, rescue searches --
# A group of creatures is read for what it groups, as a quantity is (coder._non_agent): "a herd of
# wild elephants raided the fields", "a swarm of bees attacked tourists". Not "troop" (the
# singular of "troops") nor "band" (an armed band).
CREATURE_GROUPS = frozenset({"herd", "swarm", "pack", "flock", "pride", "shoal", "colony", "horde"})
# ... and more doers that are nobody, as NON_AGENT_DOERS: pests and vermin, and what a mill or a
# tannery lets out ("fall armyworm attacked the maize crop", "rats overran the sewers", "toxic
# effluent killed thousands of fish"). Not "gas" (tear gas is fired by someone) nor "explosion"
# (a bomb's blast kills in the dev sets' attacks).
MORE_NON_AGENT_DOERS = frozenset({"armyworm", "locust", "rat", "termite", "pest", "mosquito",
                                  "boar", "weevil", "caterpillar", "virus", "effluent", "sewage",
                                  "pollution", "smog"})
# A work of fiction or a book: an act told in it ("the sequel sees the rebels storm the fortress",
# "in the final episode the queen's army besieges the castle", "the book traces how the Mongols
# sacked Baghdad") is its plot or its history, not the day's news (coder.told_as_story). Not
# "series" ("a series of attacks"), "story" and "account" (a reporter's), "documentary" and
# "video" (footage of real acts), nor "history" ("the worst attack in history").
STORY_WORKS = frozenset({"film", "movie", "sequel", "prequel", "novel", "novella", "thriller",
                         "blockbuster", "sitcom", "cartoon", "comic", "opera", "musical", "episode",
                         "plot", "climax", "screenplay", "biopic", "book", "biography", "memoir",
                         "chess", "videogame"})
# ... and a part of a game or a work, when a word of STORY_WORKS or STORY_MODIFIERS names it
# ("the chess final", "the video game", "the film's climax"); alone these are sport or news.
STORY_PARTS = frozenset({"final", "match", "game", "scene", "ending", "opening", "chapter",
                         "sequence", "tournament"})
STORY_MODIFIERS = frozenset({"video", "board", "computer"})
# Whose playing a part makes the act the part's ("the action star plays a commando who rescues
# hostages"): a performer as the subject of these verbs.
PERFORMERS = frozenset({"actor", "actress", "star", "comedian"})
PERFORMING_VERBS = frozenset({"play", "portray"})
# The acts a story's plot or a history book's narrative is coded as. Words of speech are left: "in
# his memoir the former minister accuses the president of ..." is a statement made now.
STORY_ACT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "CONCEDE", "RETREAT", "YIELD"})
# Buyers, sellers and investors in a market: as the only doers of an attack or a seizure they make
# a market's figure of speech ("shoppers raided the shelves", "the hedge fund launched a raid on
# the retailer's shares"; coder.market_raid; a compound is read with its head, "bargain hunter").
# Not "bank" (a central bank) nor "company" (a company's guards may evict villagers).
MARKET_DOERS = frozenset({"shopper", "customer", "buyer", "consumer", "investor", "trader",
                          "speculator", "shareholder", "fund", "bidder", "lender", "creditor",
                          "retailer", "supermarket", "bargain hunter"})
# A search for the lost or the dead is a rescue, not a coercive search (RETYPE_BY_OBJECT's
# "search" of a home): "soldiers and firefighters searched collapsed houses for survivors"
# (coder.rescue_search).
SEARCH_VERBS = frozenset({"search", "comb", "scour"})
SOUGHT_IN_RESCUE = frozenset({"survivor", "victim", "body", "missing", "casualty", "trapped"})
# -- end precision round 5 --

# -- probe round 11b (probe11b): a nation's goods, people or ships the act falls on -------------
# An act that falls on goods, people, ships or envoys named only by a nationality ("seized
# shipments of Nigerian rice", "threatened to ban imports of Trinidadian goods", "ruled out hosting
# Angolan migrants", "pledged to buy Gambian groundnuts") has that nationality's state as its
# recipient (coder._nationals_hit). Only verbs that coerce, sanction, seize or strike, or that give
# or take in (buy, host) key it: a topic ("discussed Chinese investment", "reviewed ...") names no
# one acted on, and the verb list, not the type, is the guard. The rule reads the act's own object,
# or the object of the act a frame introduces ("threatened to ban", "agreed to buy").
NATIONALS_HIT_VERBS = frozenset({"ban", "bar", "block", "boycott", "embargo", "seize", "confiscate",
                                 "impound", "expel", "deport", "detain", "sink", "blacklist",
                                 "buy", "import", "purchase", "host", "admit", "resettle", "shelter"})
# Types whose recipient the rule may give (CONSULT, SUPPORT, ACCUSE are left out: what they are
# about is a topic, not what they fall on).
NATIONALS_HIT_TYPES = frozenset({"COERCE", "SANCTION", "ASSAULT", "THREATEN", "REJECT", "AGREE",
                                 "AID", "COOPERATE"})
# Nouns that hold goods named by an "of": "imports of Trinidadian goods", "a shipment of Nigerian
# rice"; the goods' nationality is read through them (lemmas).
GOODS_HOLDER_NOUNS = frozenset({"import", "export", "shipment", "cargo", "consignment", "sale",
                                "purchase", "delivery", "load"})
# Verb forms of idle admitters (IDLE_ADMITTERS) the prefilter keeps although the lemmatizer could
# also read them as a noun's plural: "frees" is a headline's present ("jamaica frees haitian
# sailors"), the plural of the noun "free" next to never, so narrowing it away lost every such
# headline with no sentence parsed (coder.Prefilter.for_pipeline). "trains", "heads", "campaigns"
# stay narrowed: their nouns are common.
IDLE_VERB_FORMS_KEPT = frozenset({"frees"})
# -- end probe11b --

# -- nouns2 (7 Dec 2026): actors named by office or body in lower-cased news ----------------------
# Nouns that head an actor phrase with no name, as ACTOR_NOUNS do (coder.is_actor reads both):
# Indian English reports a body's office-bearers and religious heads by title alone ("the
# general secretary urged the centre to ...", "the shankaracharya appealed to the people ...",
# "the speaker assured the members ...") and federations of unions, traders or parties by their
# kind ("the federation would abide by the order", "the outfit demanded ..."). Each is one the
# resolver's role tables can place (resolve/roles.py: secretary GOV, chairman by the body it
# leads, the religious titles REL). Not "board", "committee" (tried in round 4: meetings and
# exam boards gave false events), nor "pm"/"cm" ("at 5 pm" would be a party).
LOWER_NEWS_ACTOR_NOUNS = frozenset({
    "secretary", "speaker", "chairman", "chairperson", "chairwoman", "convener", "convenor",
    "shankaracharya", "seer", "swami", "godman", "pontiff",
    "federation", "confederation", "outfit",
})
# Titles that, like LOWER_NAME_TITLES, introduce a lower-cased person's name ("district collector
# sangeeta singh appealed ...", "police commissioner upendra singh directed ...", "the forum's
# convener syed ahmad demanded ..."): coder._lowered_name reads either table, down the chain of
# compounds (the parser hangs the title on the given name, not the surname that heads the phrase).
LOWER_NAME_TITLES_NOUNS2 = frozenset({"collector", "commissioner", "convener", "convenor",
                                      "supremo", "speaker", "chairperson"})
# -- end nouns2 --

# -- criticism2 (late round, issue 13): criticism told by an idiom --------------------------------
# Lower-cased Indian copy and the wires tell criticism (ACCUSE 111, DISPLEASURE) by idioms with no
# trigger word of their own. A verb and its preposition whose object, an actor, is criticised,
# with the words one of which must also hang on the verb (empty: none): "came down heavily on the
# centre", "came down hard on Russia", "tore into the government", "took a swipe / potshots at
# the bjp". Only with an actor as the preposition's object and as the subject ("rain came down
# heavily on the pitch", "the bus tore into the crowd" are none); coder.criticism_idiom.
CRITICISM_PREP_PHRASALS: dict[tuple[str, str], frozenset[str]] = {
    ("come", "on"): frozenset({"down", "heavily", "hard", "strongly"}),
    ("tear", "into"): frozenset(),
    ("take", "at"): frozenset({"swipe", "potshot", "potshots", "dig", "jibe", "jibes"}),
}
# A verb, a preposition and its object that say the verb's object, an actor, is criticised:
# "took the state government to task", "hauled the officials over the coals".
CRITICISM_OBJECT_IDIOMS = frozenset({("take", "to", "task"), ("haul", "over", "coal")})
# Adjectives that, as a copula's predicate, criticise what their preposition names, as
# DISPLEASED_ADJECTIVES do, with only these prepositions ("was critical of the state government's
# handling"; "the injured man was critical" names no one). The owner of any noun there is the one
# criticised ("critical of Hungary's media law"), not only of OWNED_ACT_NOUNS.
CRITICAL_OF_ADJECTIVES: dict[str, frozenset[str]] = {"critical": frozenset({"of"}),
                                                     "dismissive": frozenset({"of"})}
# More words of condemnation for a naming verb's complement only (coder.named_criticism): "termed
# the decision unfortunate", "called the ruling regrettable", "termed the move anti-people". Not
# for JUDGING_VERBS ("said the weather was unfortunate" judges no one).
NAMED_CONDEMNING_WORDS = frozenset({"unfortunate", "regrettable", "undemocratic", "anti-people",
                                    "condemnable", "objectionable", "unwarranted",
                                    "anti-farmer", "anti-poor", "autocratic", "dictatorial",
                                    "insensitive", "highhanded", "high-handed"})
VERB_TRIGGERS.update({"flay": DISPLEASURE})  # "the bsp supremo flayed the centre's decision"
# The words above that no earlier rule keyed on: keys only where the rule matches
# (conditional_keys, coder.MATCHED_KEYS), so that "the injured worker was critical" stays open to
# the learned models as on the base.
CRITICISM_IDIOM_KEYS = frozenset({"tear", "haul"}) | frozenset(CRITICAL_OF_ADJECTIVES)
# -- end criticism2 --

# -- lead, stop 38: harms blamed, birds as doers --------------------------------------------------
# Harms a speaker lays on a named actor beside VIOLENCE_WORDS and conflict nouns (coder.blamed):
# "said Moscow was responsible for the poisoning of the defector", "... behind the downing of the
# airliner", "... responsible for the hack".
BLAMED_HARMS = frozenset({"poisoning", "poisonings", "downing", "sabotage", "hacking",
                          "cyber-attack", "cyberattacks", "disappearance", "disappearances"})
# Birds are no doers, as NON_AGENT_DOERS' beasts are not (coder._non_agent): "a flock of crows
# raided the orchards", "seagulls attacked tourists on the beach".
BIRD_DOERS = frozenset({"bird", "crow", "pigeon", "seagull", "gull", "parrot", "eagle", "hawk",
                        "vulture", "kite", "stork", "goose", "swan", "magpie", "owl"})
# -- end lead, stop 38 --

# -- case7: bodily assault verbs ----------------------------------------------------------------
# Molesting a person is sexual assault (CAMEO 1821, as "rape"), thrashing one is a beating (182,
# as "beat"): "security forces molested the women", "police thrashed the students". Thrashing
# takes only the people "beat" takes ("India thrashed Sri Lanka" is sport), molesting any person.
VERB_TRIGGERS.update({"molest": ("ASSAULT", "sexual", "1821", ()),
                      "thrash": ("ASSAULT", "beat", "182", ())})
REQUIRED_OBJECTS["thrash"] = REQUIRED_OBJECTS["beat"]
# -- end case7 --

# -- india6: acts only the police do, told with no agent ----------------------------------------
# A case or First Information Report registered, or a charge-sheet filed, is a police act in
# Indian news (the police register the case on a complaint and file the charge-sheet in court):
# told with no agent ("a case has been registered against the trader") its unnamed actor is law
# enforcement (coder._agentless marks it; resolve.step gives it the police sector). Not a
# complaint (anyone lodges or registers one with anybody), nor a case or suit filed (in a court,
# by a party), nor an FIR lodged (by the complainant).
POLICE_REGISTERED_THINGS: dict[str, frozenset[str]] = {
    "register": frozenset({"case", "fir", "offence", "offense"}),
    "file": frozenset({"chargesheet", "charge-sheet"}),
    "submit": frozenset({"chargesheet", "charge-sheet"}),
}
# The mark in an event's rule (its `how`) that its unnamed actor is law enforcement whatever its
# CAMEO code (read by resolve.step.Resolver.unnamed_actor).
POLICE_ONLY_MARK = "+police_only"
# -- end india6 --

# -- whole-article audit, round 13 (audit13): meetings called, accusations of doing --------------
# Verbs that hold a meeting they call (coder.meeting_called), as a light verb holds its noun: "the
# chief minister called an all-party meeting", "a meeting of the state executive has been
# convened"; only with these nouns ("called the verdict a defeat", "summoned the envoy" call none).
MEETING_CALLING_VERBS = frozenset({"call", "convene", "summon"})
CALLED_MEETING_NOUNS = frozenset({"meeting", "summit"})
# Accusing verbs whose preposition, with a gerund clause as its object, names the act the accused
# is said to have done (coder.accused_of_doing): "charged the bjp with trying to advance the
# polls", "charged the ministry with hiding the figures". REQUIRED_PREPS keeps "charge" to its
# that-clause otherwise ("charged the crowd with batons" is a baton charge).
ACCUSED_DOING_PREPS: dict[str, frozenset[str]] = {"charge": frozenset({"with"})}
# -- end audit13 --

# -- precision round 6: companies' and clubs' own acts, trials retold, prizes won, opposition --------
# Private bodies by their common noun: a company, a shop, a club, a school, a league. As the only
# doers of a withdrawal, a suspension, a ban or a threat they act on their own business, staff,
# members or customers ("the airline suspended its flights to the island", "the golf club expelled
# a member", "the oil major pulled back from its plan"), no state's act (coder.private_body_act).
# Not "bank" (central banks), "board" (election boards), "university" or "college" (whose
# suspensions of protesting students are the campus news the India sets code), "side" ("the
# Ukrainian side withdrew from the talks") nor "carrier" (aircraft carriers).
PRIVATE_BODIES = frozenset({
    "company", "firm", "corporation", "conglomerate", "maker", "manufacturer", "producer",
    "supplier", "retailer", "supermarket", "chain", "store", "shop", "brewer", "distiller",
    "airline", "insurer", "lender", "drugmaker", "carmaker", "automaker", "chipmaker",
    "planemaker", "major", "employer", "startup", "start-up", "gym", "club", "school", "academy",
    "headteacher", "headmaster", "headmistress", "league", "federation", "coach"})
# The types such a body's own act is mistaken for (a company's "pulled out of the venture":
# RETREAT; "suspended production": SANCTION; "banned the member": COERCE).
PRIVATE_BODY_ACT_TYPES = frozenset({"SANCTION", "COERCE", "RETREAT", "THREATEN"})
# A verdict of a court on a person (coder.charge_retold): "two men were acquitted of assaulting
# a driver", "a woman was convicted of attacking her neighbour", "cleared the landlord of ...".
VERDICT_VERBS = frozenset({"acquit", "convict", "clear", "exonerate"})
# ... and the verdict's adjective after "found" ("found the guard not guilty of the attack"):
# the existing VERDICT_WORDS.
# ... on private people tried for an ordinary crime, by their common noun: not a journalist, an
# activist, a student, an officer or a soldier, whose trials the dev sets code.
PRIVATE_PERSONS = frozenset({"man", "woman", "boy", "girl", "person", "teenager", "couple",
                             "brother", "sister", "father", "mother", "husband", "wife", "son",
                             "daughter", "neighbour", "neighbor", "landlord", "tenant", "nurse",
                             "driver", "guard", "shopkeeper", "owner", "footballer", "accused",
                             "defendant", "burglar", "robber", "thief", "gang"})
# Who tells an act in a courtroom: "the defence argued that the owner had struck the burglar",
# "jurors were told the robbers had threatened the cashier" (coder.told_in_court).
# Not "witness": "seven people were killed ..., witnesses said" is how wires report an attack.
COURT_TELLERS = frozenset({"defence", "defense", "prosecution", "prosecutor", "prosecutors",
                           "court", "jury", "juror", "jurors", "judge", "magistrate", "inquest",
                           "trial"})
# ... and the verbs of their telling (a subject of another verb is no teller: "United's defence
# held firm as the visitors mounted attack after attack").
COURT_TELLING_VERBS = REPORTING_VERBS | ALLEGATION_VERBS | frozenset({"hear", "testify"})
# What is won, not taken by force, when it is "captured" or "seized" (CAPTURE_VERBS): "Spain
# captured the European title", "the wrestler seized the championship belt", "the operator
# captured a third of the market", "the film captured the imagination" (coder.prize_won).
PRIZE_WORDS = frozenset({"title", "crown", "championship", "trophy", "medal", "cup", "belt",
                         "pennant", "prize", "award", "lead", "share", "market", "imagination",
                         "attention", "heart", "mood", "headline", "gold", "silver", "bronze"})
# A stated opposition as a predicate ("Beijing is strongly opposed to the arms sale", "the
# government remains opposed to the plan"): a refusal, as the verb "oppose" is (coder.
# opposed_predicate). Keys only where that rule matches (coder.MATCHED_KEYS).
OPPOSED_PREDICATES = frozenset({"opposed"})
OPPOSED_PREPS = frozenset({"to"})
# A fine, a bar or a blacklisting is a state's restriction (COERCE 172, CAMEO's administrative
# sanctions; sanctions imposed are COERCE 163, the lexicon's standing choice) only when a state or
# its regulator does it ("South Korea fined Google", "the Commission fined Apple", "China barred
# Micron from ...", "the Treasury blacklisted the shipping company"): a magistrate's fine on a
# shopkeeper and a club's bar on a member are no event (coder.state_restriction).
STATE_RESTRICTING_VERBS = frozenset({"fine", "bar", "blacklist", "penalise", "penalize"})
STATE_REGULATORS = frozenset({"government", "ministry", "regulator", "watchdog", "commission",
                              "treasury", "authority", "authorities", "administration", "kremlin"})
STATE_RESTRICTION: Entry = ("COERCE", "restrict", "172", ())
# The parser lemmatizes "fined" as "fin": read as "fine" (coder.lemma_of), and keyed on as the
# parser writes it.
FORM_LEMMAS.update({"fined": "fine"})
FINED_MISLEMMA = "fin"
# -- end precision round 6 --

# -- probe12 (7 Dec 2026): passives of object verbs, the state one is removed from, reservists ---
# An expulsion, deportation or entry ban said in the passive with no doer named is the act of the
# state left or kept out of (coder._removed_from): "two diplomats were ordered to leave Estonia",
# "were expelled from Chad", "migrants were deported from Tanzania", "officials were barred from
# entering the United States". CAMEO 166 expel, 174 deport; the ban verbs code 172.
REMOVAL_CAMEOS = frozenset({"166", "174"})
ENTRY_BAN_VERBS = frozenset({"bar", "ban"})
# The verbs that name the state entered ("from entering Chad"); the state left is named by
# LEAVING_VERBS' ("to leave Estonia").
ENTERING_VERBS = frozenset({"enter", "visit"})
# A worry dismissed is rejected, as a claim or a complaint dismissed is (REQUIRED_OBJECTS'
# "dismiss"): "dismissed Australian concerns about the pact" (whose worry it is, the recipient).
DISMISSED_WORRIES = frozenset({"concern", "concerns", "worry", "worries", "fear", "fears"})
REQUIRED_OBJECTS.update({"dismiss": REQUIRED_OBJECTS["dismiss"] | DISMISSED_WORRIES})
# Evidence exchanged or shared with another side's investigators is judicial cooperation (CAMEO
# 063), as information passed is shared (064): "prosecutors of both states exchanged evidence".
SHARED_EVIDENCE = frozenset({"evidence", "testimony", "testimonies"})
RETYPE_BY_OBJECT.update({(verb, SHARED_EVIDENCE): ("COOPERATE", None, "063", ("legal",))
                         for verb in ("exchange", "share", "pass")})
# -- end probe12 --

# -- precision round 7 (branch precision7): private quarrels and violence, houses, cures ---------
# People by a private common noun beyond PRIVATE_PERSONS': kin, friends and lovers, and the trade
# of entertainment (singers, actors, bands, fans, contestants) with those they deal with. A
# quarrel or a blow whose every doer is one and whose every party faced is one or no actor ("the
# singer accused her label of ...", "the actor sued the producer", "a man killed his wife",
# "two brothers attacked their cousin") is a private dispute or an ordinary crime, no political
# act (coder.private_quarrel). Not "student", "worker", "villager", "farmer" (whose protests and
# clashes the dev sets code), "youth" (Indian news's word for rioters and those shot at: "men in
# masks fired at the fleeing youths"), "director" (of an agency), "author" or "journalist".
PRIVATE_PARTIES = frozenset({
    "cousin", "friend", "lover", "boyfriend", "girlfriend", "fiance", "fiancee", "family",
    "relative", "uncle", "aunt", "nephew", "niece", "stepfather", "stepmother", "stepson",
    "grandfather", "grandmother", "grandson", "in-law", "in-laws", "classmate", "flatmate",
    "roommate", "colleague", "teacher", "pupil", "headmaster", "headmistress",
    "singer", "rapper", "musician", "band", "actor", "actress", "star", "comedian", "celebrity",
    "contestant", "screenwriter", "songwriter", "producer", "label", "studio", "fan", "manager",
    "promoter", "organiser", "organizer", "influencer", "model"})
# The acts such a quarrel is coded as: words (an accusation, a lawsuit, a threat, a demand, a
# refusal, praise, a boycott read as CONCEDE) and blows (ASSAULT) on one another.
PRIVATE_QUARREL_TYPES = frozenset({"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT",
                                   "CONCEDE", "ASSAULT"})
# Private houses by their common noun, as PRIVATE_BODIES are (coder._private_body): their own
# bans and suspensions are on visitors, members or trading ("the monastery banned visitors from
# the prayer hall", "the stock exchange suspended trading in the company's shares").
PRIVATE_HOUSES = frozenset({"monastery", "convent", "temple", "gurdwara", "exchange", "bourse",
                            "studio", "label", "hospital", "clinic", "pharmacy"})
# Cures and things as doers (coder._non_agent, as NON_AGENT_DOERS): "the new vaccine attacks the
# virus", "the drug targets a protein", "church bells rang out to welcome the new year".
CURE_DOERS = frozenset({"vaccine", "drug", "antibody", "antibiotic", "medicine", "medication",
                        "pill", "jab", "bell"})
# A lawsuit between private parties is civil business, whoever it is against so long as that is
# no state, force or regulator: "the pharmaceutical firm sued its rival", "the model sued the
# magazine" (coder.private_quarrel, which for these verbs needs no private party faced).
LAWSUIT_VERBS = frozenset({"sue", "countersue"})
# -- end precision round 7 --

# -- case8 (7 Dec 2026): CASE-style snippets: storms by their names, human chains ------------------
# A storm named after its kind is the storm, though the parser tags the name a person: "Cyclone
# Fani slammed into the coast of Odisha, ... killing eight people" (coder._non_agent). Only the
# kinds that are given names: a "Fire Brigade" or the "Miami Heat" is no hazard, and "storm" names
# units too ("North Korea's Storm Corps", "Storm Brigade").
STORM_TITLES = frozenset({"cyclone", "hurricane", "typhoon"})
# "formed a human chain" outside a building or along a road: a demonstration (CAMEO 141), as
# "staged a sit-in" is (the parser keys the verb).
PROTEST_CHAINS = frozenset({"chain"})
RETYPE_BY_OBJECT.update({(verb, PROTEST_CHAINS): ("PROTEST", "demo", "141", ())
                         for verb in ("form", "make")})
# -- end case8 --

# -- whole-article audit, round 14 (branch audit14): protests, concessions, praise, displeasure ---
# A demonstration "at" a place is one, as "outside" or "in" it is ("bjp members demonstrated at
# the portico of the assembly", "the farmers demonstrated at the collectorate").
REQUIRED_PREPS.update({"demonstrate": REQUIRED_PREPS["demonstrate"] | {"at"}})
# ... but a thing or a fact demonstrated is shown, not protested, wherever it is shown ("the firm
# demonstrated its new car at the motor show", "demonstrated in the lab how the valve works",
# "demonstrated at the conference that the drug works"): coder.match_trigger.
SHOWING_VERBS = frozenset({"demonstrate"})
SHOWN_DEPS = frozenset({"dobj", "ccomp"})
# Climbing down from a position or a demand yields (CAMEO 08), as "backed down" does.
PHRASAL_TRIGGERS.update({("climb", "down"): ("CONCEDE", None, "080", ())})
# A signature campaign is a petition drive against a policy or for a cause (Indian English; PLOVER
# PROTEST 'demo'): "the teachers launched a signature campaign against the transfers". A campaign
# of any other kind (election, vaccination) stays none.
NOUN_COMPOUNDS.update({("signature", "campaign"): "signature_campaign"})
NOUN_TRIGGERS.update({"signature_campaign": (("PROTEST", "demo", "141", ()), False)})
# Disrupting a speech, a sitting or a gathering is obstruction, a protest (CAMEO 144, PLOVER
# PROTEST): "opposition members disrupted the governor's address", "a sit-in was disrupted by a
# crowd of activists". Only these objects: "floods disrupted traffic" and "the strike disrupted
# supplies" are no one's protest (the nominal event's occurrence stays OCCURRENCE_VERBS').
VERB_TRIGGERS.update({"disrupt": ("PROTEST", "obstruct", "144", ())})
DISRUPTED_PROCEEDINGS = frozenset({
    "address", "speech", "proceedings", "proceeding", "session", "sitting", "meeting", "rally",
    "dharna", "protest", "demonstration", "march", "procession", "function", "ceremony",
    "programme", "program", "hearing", "debate", "question", "seminar", "conference"})
REQUIRED_OBJECTS.update({"disrupt": DISRUPTED_PROCEEDINGS})
# Felicitating someone honours them (Indian English for publicly praising, CAMEO 051), as
# "congratulated" does: "the activists felicitated the police officers who saved lives". Only an
# actor felicitated: with no object, no event.
VERB_TRIGGERS.update({"felicitate": ("SUPPORT", None, "051", ("diplomatic",))})
REQUIRED_OBJECTS.update({"felicitate": frozenset({ANY_ACTOR})})
# Displeasure adjectives the parser reads as passive participles ("the party was irked with the
# government", "the allies were annoyed with the minister") carry its verb's lemma ("irk"):
# the participle's lemma -> the adjective of DISPLEASED_ADJECTIVES it is (coder.lemma_of reads
# the word as the adjective; trigger_lemmas keys the participle's lemma).
DISPLEASED_PARTICIPLES: dict[str, str] = {
    "irk": "irked", "annoy": "annoyed", "incense": "incensed", "displease": "displeased",
    "dissatisfy": "dissatisfied", "aggrieve": "aggrieved", "peeve": "peeved"}
FORM_LEMMAS.update({word: word for word in DISPLEASED_PARTICIPLES.values()})
# -- end whole-article audit, round 14 --

# -- nominal3 (7 Dec 2026, stop 40): more acts named by the noun of a known verb (issue 13) ------
# As NOMINAL_ACTS: the noun of a verb the lexicon knows names the same act, typed as the verb and
# weak (its doer named by a possessor, a "by", a light verb or a demonym with the noun's own
# preposition: coder._noun_arguments), so "the withdrawal of cash" or "a ban for three matches"
# with no doer stays no event. Not "recall" (of products), "seizure" (of drugs; branch clauses),
# "closure" (of a factory), "dismissal" (of an official), "refusal" (probe round 4), "grant" (of
# citizenship), "mobilisation" (Indian English "resource mobilisation": it admitted budget
# sentences to the learned models, one false FORCE page on IndiaPoliceEvents half a). "storming" is no ASSAULT key here: VIOLENCE_WORDS is built above from the table.
NOMINAL_ACTS_MORE: dict[str, str] = {
    "suspension": "suspend", "withdrawal": "withdraw", "pullout": "withdraw", "release": "release",
    "lifting": "lift", "signing": "sign", "ban": "ban", "embargo": "embargo", "boycott": "boycott",
    "veto": "veto", "rebuff": "rebuff", "accusation": "accuse", "allegation": "allege",
    "condemnation": "condemn", "denunciation": "denounce",
}
NOUN_TRIGGERS.update({noun: (VERB_TRIGGERS[verb], True) for noun, verb in NOMINAL_ACTS_MORE.items()
                      if noun not in NOUN_TRIGGERS})
# Those of them whose verb needs an object (OBJECT_VERBS, REQUIRED_OBJECTS) need it as their "of"
# ("the release of two hostages", "the signing of a defence pact", "the lifting of sanctions"):
# "a press release", "the band's release" are none (coder.match_trigger). The "of" is the one
# acted on, as ACTED_ON_OF_NOUNS' is.
NOMINAL_OF_OBJECT_NOUNS = frozenset(noun for noun, verb in NOMINAL_ACTS_MORE.items()
                                    if verb in OBJECT_VERBS or verb in REQUIRED_OBJECTS)
ACTED_ON_OF_MORE = frozenset({"suspension", "release", "lifting", "ban", "embargo", "veto",
                              "rebuff", "condemnation", "denunciation"})
# Aid named by its noun ("India's emergency aid to Sri Lanka eased the shortages", "Chinese loans
# to Pakistan kept its reserves afloat"): AID only as what the clause is about (its subject) and
# given "to" someone; as an object it is suspended, asked for or blocked as often as given.
GIVEN_AID_NOUNS: dict[str, str] = {"aid": "aid", "assistance": "aid", "loan": "aid",
                                   "relief": "aid"}
NOUN_TRIGGERS.update({noun: (VERB_TRIGGERS[verb], True) for noun, verb in GIVEN_AID_NOUNS.items()
                      if noun not in NOUN_TRIGGERS})
GIVEN_AID_PREPS = frozenset({"to"})
# A demonym adjective names the doer of a weak event noun only beside the noun's own preposition
# ("Russian missile strikes on Kharkiv", "the Russian withdrawal from Kherson"): "Iranian
# sanctions" or "the Afghan withdrawal" alone name as often the one acted on.
DEMONYM_DOER_PREPS = frozenset({"on", "against", "to", "from", "of", "in", "into"})
# -- end nominal3 --

# -- nominal3, continued: what dates an event noun, and the preposition a ban needs ---------------
# A year on an event noun names a past event ("the 1992 riots", "the invasion of Afghanistan in
# 1979"): the dependencies and prepositions that carry it (coder.named_past_noun).
NOUN_YEAR_DEPS = frozenset({"nummod", "compound", "amod", "npadvmod"})
NOUN_YEAR_PREPS = frozenset({"in", "of"})
# ... a number before the noun only after these ("the 1992 riots"; "1500 arrests" counts them), and
# only from this year on (older numbers are counts as often: "the 1200 arrests").
YEAR_NOUN_DETS = frozenset({"the"})
FIRST_NAMED_YEAR = 1900
# A ban or an embargo is a state's only on something ("India's ban on Chinese apps"); "the
# striker's ban for three matches" is a sport's (the table is NOUN_REQUIRED_PREPS', as "call").
NOUN_REQUIRED_PREPS.update({noun: frozenset({"on", "against"}) for noun in ("ban", "embargo")})
# -- end nominal3 --

# -- nominal3, continued: an act noun as the topic of talks, or only supposed ----------------------
# "talks on a troop withdrawal", "negotiations over the release of hostages": the act is what the
# talks are about, not done (coder.match_trigger).
TALK_TOPIC_PREPS = frozenset({"on", "about", "over", "for"})
# "any Israeli attack on its sites would be met with ...": a demonym names no doer of an act
# only supposed (coder._noun_arguments).
UNREAL_DETS = frozenset({"any", "no", "every"})
# -- end nominal3 --

# -- probe13 (7 Dec 2026): weapons handed in, the internet restored ------------------------------
# Weapons handed or turned in disarm (CAMEO 0873), as weapons handed over or given up do ("the
# fighters handed in their rifles at the camp"): the parser hangs "in" on the verb as a particle or
# a preposition of the weapons (coder.match_trigger's particle and preposition rules), so "hand"
# with its weapons as object (RETYPE_BY_OBJECT) never sees them; without this it coded AID 072.
HANDED_IN_WEAPONS = frozenset({"arm", "arms", "weapon", "weapons", "gun", "guns", "rifle", "rifles",
                               "ammunition"})
VERB_PREP_OBJECT.update({(verb, "in", word): ("RETREAT", "disarm", "0873", ("military",))
                         for verb in ("hand", "turn") for word in HANDED_IN_WEAPONS})
# The internet restored after a shutdown eases a restriction on expression (CAMEO 0811, as
# rights and freedoms restored are; a shutdown is COERCE 1721): "restored internet access".
RESTORED_SERVICES = frozenset({"internet", "connectivity"})
RETYPE_BY_OBJECT.update({("restore", RESTORED_SERVICES): ("CONCEDE", None, "0811", ("rights_freedoms",))})
# Firefighters sent abroad are relief sent, as rescuers are, with no team word ("sent 150
# firefighters to Sweden"; RELIEF_TEAM_WORKERS needs one: "medical team"; coder.aid_goods).
LONE_RELIEF_WORKERS = frozenset({"firefighter", "firefighters"})
# -- end probe13 --

# -- india7: police acts of Indian English (IndiaPoliceEvents, issue 13) -------------------------
# A cane charge is a lathi charge (a lathi is a cane; CAMEO 175, as "lathi-charged"): "police
# cane-charged the protesters", "resorted to a mild cane charge", "were cane-charged". One word
# or split by the tokenizer, as "lathi-charge" is. ("caned" is left out: the parser reads it as
# a form of "can".)
CANE_CHARGE: Entry = ("ASSAULT", None, "175", ())
HYPHEN_VERBS.update({("cane", "charge"): CANE_CHARGE})
NOUN_COMPOUNDS.update({("cane", "charge"): "lathicharge"})
VERB_TRIGGERS.update({"canecharge": CANE_CHARGE})
NOUN_TRIGGERS.update({"canecharge": (CANE_CHARGE, True)})
# Charge-sheeting someone is charging them in court (ACCUSE 115, as "indict" and india6's
# charge-sheet filed): "the crime branch chargesheeted ten persons", "were charge-sheeted under the
# arms act". The verb is the police's own in Indian English, so with no agent named its unnamed
# actor is law enforcement (coder._agentless, POLICE_ONLY_MARK). "sheet" is the verb the
# tokenizer leaves of "charge-sheeted" (HYPHEN_VERBS).
CHARGE_SHEET: Entry = ("ACCUSE", "allege", "115", ("legal",))
HYPHEN_VERBS.update({("charge", "sheet"): CHARGE_SHEET})
VERB_TRIGGERS.update({"chargesheet": CHARGE_SHEET})
POLICE_CHARGING_VERBS = frozenset({"chargesheet", "sheet"})
# The parser lemmatizes "chargesheeted" as "chargesheete": read as "chargesheet"
# (coder.lemma_of), and keyed on as the parser writes it (trigger_lemmas, as MISLEMMAS).
FORM_LEMMAS.update({"chargesheeted": "chargesheet", "chargesheeting": "chargesheet"})
CHARGESHEET_MISLEMMAS = frozenset({"chargesheete"})
# -- end india7 --

# -- whole-article audit, round 15 (branch audit15): advice given as a request -------------------
# Advising someone to act (or not to) asks them to, as urging does (CAMEO 10, PLOVER REQUEST):
# "the seer advised the reporters to refrain from playing up the clashes", "the residents were
# advised not to venture out". Only with an actor advised (object or passive subject): "advised
# caution" or "the doctors advised rest" name no one asked. The advised party does not act by
# being advised (REQUEST_VERBS, which holds it for the asked party's test).
VERB_TRIGGERS.update({"advise": ("REQUEST", None, "100", ())})
REQUIRED_OBJECTS.update({"advise": frozenset({ANY_ACTOR})})
# A request in the passive with no asker named ("the residents were advised to stay indoors",
# "traders were urged to keep their shops open") still asks its passive subject to act: an event
# with an unnamed actor, as an agentless arrest is (coder._agentless). Only with the act asked for
# (an infinitive: coder.asked_act): "was asked about the talks" asks nothing.
AGENTLESS_ASKING_VERBS = frozenset({"ask", "urge", "advise", "request", "instruct", "direct"})
# -- end whole-article audit, round 15 --

# -- criticism3 (stop 40, issue 13): a wrongdoing a speaker reports ---------------------------------
# A speaker who says that a named actor misled, betrayed or shielded someone, or played politics,
# criticises it (ACCUSE 111), as a failure reported does (coder.wrongdoing_reported): "the congress
# spokesman said the bjp was playing politics over the deaths", "said the centre had betrayed the
# farmers", "'the government is misleading the farmers,' the union leader said". Verb -> the
# objects it needs (empty: any or none); "shield" only of wrongdoers ("the hills shield the town",
# "the army shielded the civilians" are none), "play" only politics or a card, "divide" only people.
# Not "sabotage" (an attack: BLAMED_HARMS) nor "ignore" (reports, signals and advice are ignored).
WRONGDOING_PEOPLE = frozenset({"people", "society", "nation", "country", "community",
                               "communities", "voter", "voters", "hindus", "muslims", "state"})
REPORTED_WRONGDOING: dict[str, frozenset[str]] = {
    "mislead": frozenset(), "hoodwink": frozenset(), "betray": frozenset(), "deceive": frozenset(),
    "politicise": frozenset(), "politicize": frozenset(), "communalise": frozenset(),
    "communalize": frozenset(), "appease": frozenset(), "neglect": frozenset(),
    "connive": frozenset(), "misuse": frozenset(), "smear": frozenset(), "malign": frozenset(),
    "shield": frozenset({"culprit", "accused", "guilty", "criminal", "perpetrator", "rioter",
                         "killer", "official", "officer", "minister", "mafia", "murderer"}),
    "play": frozenset({"politics", "politic", "card", "game", "games"}),
    "divide": WRONGDOING_PEOPLE,
}
# The verbs that report such a clause: those that report a failure (REPORTING_VERBS) and
# "claimed"; not "alleged" or "charged", whose own ACCUSE stands (coder.governed suppresses what
# they frame).
WRONGDOING_REPORTING_VERBS = REPORTING_VERBS | frozenset({"claim"})
WRONGDOING_CRITICISM: Entry = ("ACCUSE", "disapprove", "111", ())
# A wrongdoing claimed or tried is still one the speaker holds against its doer ("claimed that the
# government was shielding the culprits", "said the bjp was trying to divide the people"): these
# frames, which suppress what they frame elsewhere, leave it standing when no event of their own does.
WRONGDOING_FRAMES = frozenset({"claim"}) | ATTEMPT_VERBS
# Holding an actor to blame is blaming it (BLAME_ENTRY, ACCUSE 112; coder.held_responsible): "the
# congress leader held the chief minister responsible for the violence", "held the government
# accountable for the deaths". Keys "hold" only beside one of these words (trigger_lemmas).
HELD_BLAME_WORDS = BLAME_ADJECTIVES | frozenset({"accountable"})
# More words of disapproval expressed or voiced (as DISAPPROVAL_WORDS, CAMEO 110): "the rss has
# expressed unhappiness with the government's handling of the agitation", "voiced dissatisfaction
# with the centre's reply". Not "disappointment", which teams and firms express at results.
DISAPPROVAL_WORDS_MORE = frozenset({"unhappiness", "dissatisfaction", "resentment"})
RETYPE_BY_OBJECT.update({(verb, DISAPPROVAL_WORDS_MORE): ("ACCUSE", "disapprove", "110", ())
                         for verb in ("express", "voice")})
# More words of condemnation for a naming verb's complement only (as NAMED_CONDEMNING_WORDS,
# coder.named_criticism): "described the police firing as uncalled for", "termed the arrests
# political vendetta", "termed the new law draconian and anti-minority".
NAMED_CONDEMNING_MORE = frozenset({"uncalled", "vendetta", "vindictive", "draconian",
                                   "anti-minority", "anti-national", "anti-dalit", "anti-worker",
                                   "anti-labour", "anti-student", "anti-women", "anti-democratic"})
# An attack noun "over" an issue is criticism, as one "for" a reason is (coder._over_issue): "the
# bjp's attack on the congress over the rafale deal". Not "over" a time or a place: these nouns
# and entity kinds are none ("the attack on the convoy over the weekend", "over the border").
OVER_NOT_ISSUES = frozenset({"weekend", "night", "morning", "evening", "border", "city", "town",
                             "village", "area", "region", "territory", "sky", "skies", "airspace",
                             "sea", "water", "waters", "land", "course", "past", "top", "bridge",
                             "river", "hill", "hills", "road", "highway", "district", "state"})
OVER_NOT_ISSUE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "NORP"})
# -- end criticism3 --
