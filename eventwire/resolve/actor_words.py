"""Actor words: the word lists and small tables of the actor resolver (the logic is in actors.py).

Role words and their sectors are in roles.py; place words in eventwire/knowledge/place_words.py.
Each table is defined once, in the section of its concept; a table derived from others follows them.
"""

from __future__ import annotations

from eventwire.knowledge.kb import NAME_PARTICLES
from eventwire.knowledge.place_words import REGION_ADJECTIVES
from eventwire.knowledge.place_words import TITLE_WORDS as TOWN_OFFICE_WORDS
from eventwire.resolve.roles import ETHNIC_HOMES

# -- sector sets the resolver reasons with (PLOVER sector codes) -------------------------------
# Offices whose former holders are PLOVER ELI ("former government officials"); a former
# rebel or party member keeps the body's sector.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI"})
# Sectors a role word may give a non-state actor (UN peacekeepers MIL; "UN officials" stay bare).
NONSTATE_ROLE_SECTORS = frozenset({"MIL", "JUD", "LEG", "COP", "REF", "MED"})
# Branches of the state a title names better than the KB's coarse GOV (legislators, judges).
TITLE_BRANCHES = frozenset({"LEG", "JUD"})
# Generic armed nouns that take the allegiance of the group they belong to ("Hamas fighters").
ARMED_GENERIC = frozenset({"MIL", "REB", "PRM", "UAF"})
# Words for the people an armed group's name stands before that make them its members, whatever
# their own sector ("al-Qaida suspects" REB, not criminals; "FARC dissidents" who took up arms
# again REB, not a political opposition).
ARMED_MEMBER_WORDS = frozenset({"suspect", "suspects", "operative", "operatives", "dissident",
                                "dissidents"})
# Sectors of an armed word before a people ("rebel Kurds", "militant Tamils"): that people's
# armed part, not its civilians.
ARMED_PEOPLE_SECTORS = frozenset({"REB", "PRM", "UAF"})

# -- role phrases that give an actor its country or type by themselves -------------------------
# Role phrases that name a non-state actor type by themselves.
ROLE_COUNTRIES = {"aid workers": "NGO", "humanitarian workers": "NGO", "aid agencies": "NGO",
                  "aid worker": "NGO", "humanitarian worker": "NGO", "aid agency": "NGO",
                  "aid groups": "NGO", "humanitarian agencies": "NGO",
                  "humanitarian groups": "NGO", "aid organisations": "NGO",
                  "aid organizations": "NGO", "aid group": "NGO", "charity": "NGO",
                  "charities": "NGO", "relief agency": "NGO", "relief agencies": "NGO",
                  "relief group": "NGO", "relief groups": "NGO",
                  "humanitarian organisations": "NGO", "humanitarian organizations": "NGO",
                  "relief organisations": "NGO", "relief organizations": "NGO",
                  # the Pope is the Holy See's (a religious office; the KB's dated popes GOV)
                  "pope": "VAT", "popes": "VAT", **ETHNIC_HOMES}

# -- words around a mention's head noun: what opens, ends or counts in its phrase --------------
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "some", "several",
                         "all", "both", "this", "that", "these", "those", "mr", "mrs", "ms"})
# Prepositions that end the head noun phrase ("Public workers | in Brazil").
HEAD_BREAKS = frozenset({"of", "in", "from", "at", "by", "to", "for", "with", "against", "on",
                         "near", "under", "loyal", "known", "who", "which", "that", "over",
                         "led", "inside", "across", "between", "among", "into", ",",
                         "supported", "backed", "including", "aided", "accompanied"})
# Adverbs that may follow a people noun without heading the phrase.
PLACE_ADVERBS = frozenset({"overseas", "abroad", "living", "residing", "here", "there"})
# Words that begin a count, capitalised at a sentence's start: no town ("More" in Cameroon).
QUANTIFIERS = frozenset({"more", "most", "many", "few", "fewer", "less", "over", "about",
                         "nearly", "almost", "around", "least", "roughly", "dozens"})
# Heads that name a part of a group the sentence goes on to name ("members of ...").
PARTITIVES = frozenset({"members", "member", "some", "many", "most", "dozens", "hundreds",
                        "thousands", "scores", "units", "elements", "parts", "remnants"})
# Nouns of a body whose sector is that of its members ("Union of Teachers", "bar council").
BODY_NOUNS = frozenset({"union", "unions", "association", "associations", "federation",
                        "federations", "council", "councils", "group", "groups", "body",
                        "bodies", "organisation", "organisations", "organization",
                        "organizations", "syndicate", "guild", "league", "society", "network",
                        "alliance", "coalition", "forum", "committee", "committees",
                        # issue 17, fifteenth round: a congress or confederation "of" its
                        # members ("the Congress of South African Trade Unions" LAB; "the
                        # Congress" alone, or "of the Philippines", stays the legislature)
                        "congress", "congresses", "confederation", "confederations"})
# Things owned that a phrase names by their owner ("a house belonging to a village doctor",
# "the home of a former governor"): attacked or searched, they stand for the owner.
POSSESSION_NOUNS = frozenset({"house", "houses", "home", "homes", "residence", "residences",
                              "shop", "shops", "car", "cars", "farm", "farms", "office",
                              "offices", "property", "properties"})
# Institutions a nationality names abroad ("the American University in Cairo", "the British
# School at Athens"): in the place named after them, not the nationality's country.
INSTITUTION_WORDS = frozenset({"university", "college", "school", "hospital", "institute",
                               "academy"})
# Kin nouns: a leader's relative ("the son of President X") is an elite (ELI), not the office.
FAMILY_WORDS = frozenset({"son", "daughter", "wife", "widow", "husband", "brother", "sister",
                          "nephew", "niece", "family", "relatives", "cousin", "sons", "daughters"})

# -- titles, ranks, honorifics and name particles around a person's name -----------------------
# Title words before a person's name, parts of longer titles included ("prime", "field").
TITLE_WORDS = frozenset({"president", "prime", "minister", "king", "queen", "gen", "general",
                         "sheikh", "prince", "emir", "chancellor", "mr", "mrs", "ms", "dr",
                         "sir", "lord", "field", "marshal", "colonel", "col", "capt", "captain",
                         "ayatollah", "supreme", "leader", "premier", "sultan", "secretary",
                         "senator", "sen", "rep", "judge", "justice", "foreign", "defence",
                         "defense", "spokesman", "spokeswoman", "spokesperson", "vice"})
# Military ranks before a name ("Major Jeremy Snow"), beside the titles above.
MILITARY_RANKS = frozenset({"major", "maj", "lieutenant", "lt", "sergeant", "sgt", "corporal",
                            "cpl", "private", "pte", "brigadier", "admiral", "commander", "cmdr"})
# Honorifics always followed by a person's name, never by a place ("Sheikh Sabah").
HONORIFICS = frozenset({"sheikh", "sheik", "emir", "prince", "princess", "king", "queen",
                        "sultan", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "ayatollah"})
# Particles of Arabic names before a family name ("al-Sabah", "bin Salman").
ARABIC_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "ould"})
# English words after a hyphen that are no name syllable ("Saudi-led", "state-run").
HYPHEN_SUFFIXES = frozenset({"led", "run", "era", "old", "based", "style", "like", "wide",
                             "free", "held", "bound", "made", "linked", "type", "level"})
# The words that name the Indian National Congress in Indian news (see _indian_congress).
CONGRESS_WORDS = frozenset({"congress", "congressman", "congressmen", "congresswoman"})

# -- place and region words a mention may carry ------------------------------------------------
# Regional adjectives that contain a country word but name no country.
REGION_PHRASES = frozenset({"south american", "latin american", "north american",
                            "central american", "west african", "east african",
                            "southern african", "north african", "south asian",
                            "southeast asian", "middle eastern", "west bank settlers"})
# A token `_scan` can start a regional adjective at (`_match_region`).
REGION_FIRST_WORDS = frozenset(p.split(" ")[0] for p in REGION_PHRASES)
# Keys that `_match_name` maps to a region before its place look-up, by first word.
REGION_ADJECTIVE_FIRST_WORDS = frozenset(k.lower().split(" ")[0] for k in REGION_ADJECTIVES)
# Generic words that end a country's name and are often written in lower case ("the Faroe
# islands", "the Cayman islands").
LOWER_NAME_ENDS = frozenset({"islands", "island"})
# Offices a town's name modifies ("Guatraché authorities"); not "government" or "regime",
# which follow leaders' surnames too ("the Milei government").
LOCAL_OFFICE_WORDS = TOWN_OFFICE_WORDS - {"government", "regime"}

# States named together by their region ("the Southeast Asian nations", "Arab leaders",
# "Western governments"): several states, PLOVER's multinational IGO with their governments
# (not "world leaders": no region, no code).
REGIONAL_STATE_NOUNS = frozenset({"nations", "countries", "states", "governments", "leaders"})
REGIONAL_GROUP_WORDS = frozenset({"arab", "african", "european", "asian", "western", "caribbean",
                                  "balkan", "scandinavian", "nordic", "gulf", "baltic"}) \
    | REGION_PHRASES - {"west bank settlers"}

# Unnamed rights groups: with no country in their own words or right after them ("Human
# rights groups in Cameroon"), the monitors of a country's abuses are international (PLOVER's
# NGO code), not the country they report on; "local" or "national" ones keep it.
RIGHTS_GROUP_ROLES = frozenset({"rights group", "rights groups", "human rights group",
                                "human rights groups"})
LOCAL_WORDS = frozenset({"local", "national", "domestic", "grassroots"})

# Verbs of speech: a one-word town right before one is a speaker's name ("what Dana said",
# Dana a Syrian town), as towns do not speak (capitals and countries, which do, are no towns).
SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "added", "asked", "wrote",
                          "explained", "recalled", "insisted"})

# Titles of those who sit for a body ("the Sudanese representatives | to the Khartoum Chamber
# of Commerce", "delegates of the union"): the body's sector, named right after them in the
# sentence, over the title's own (representatives LEG); a state body keeps the title's.
MEMBER_TITLES = frozenset({"representatives", "representative", "delegates", "delegate",
                           "members", "member"})

# A stance noun after a possessive, with "to" right after it in the sentence ("the Maldives has
# eased its opposition to the plan"), is the holder's position, not an opposition party.
STANCE_NOUNS = frozenset({"opposition", "objection", "objections", "resistance"})
# An appositive opening with one of these describes the person named before it ("said Dacic, a
# former guerrilla commander").
INDEFINITE_ARTICLES = frozenset({"a", "an"})
POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})

# Sectors a role word keeps on CAMEO's international militarized groups (IMG): the group's
# fighters and media arm ("Jemaah Islamiyah militants" REB, "the ISIS-linked news agency" JRN),
# beside the roles every non-state body keeps (NONSTATE_ROLE_SECTORS).
IMG_ROLE_SECTORS = NONSTATE_ROLE_SECTORS | ARMED_PEOPLE_SECTORS | {"JRN"}

# Modifiers coordinated before one head noun ("local and foreign journalists", "male and
# female students", "state and federal officials"): the first is not an actor by itself but
# takes the head after the second (the first of coordinated actors, as PLOVER codes them).
COORDINATED_MODIFIERS = frozenset({
    "local", "foreign", "international", "national", "regional", "state", "federal",
    "provincial", "municipal", "domestic", "senior", "junior", "civilian", "male", "female",
    "young", "older", "current", "public", "private", "sunni", "shia", "shiite", "muslim",
    "christian", "independent"})

# Body nouns a span may end on right before the body's name, cut off from it ("The Islamist
# militant group | Islamic State group has claimed ..."): the name after it is the body.
APPOSED_BODY_NOUNS = frozenset({"group", "groups", "organisation", "organization", "movement",
                                "network", "faction", "militia", "outfit", "company", "firm",
                                "agency", "charity", "party", "alliance"})

# A land's status ("a former British overseas territory", "a former French colony"): the
# land named right before it ("the Falkland Islands, a former ..."), not the old ruler's
# former officials (ELI); territories only with one of these words (the "Palestinian
# territories" are a people's land in their own right).
TERRITORY_NOUNS = frozenset({"territory", "territories"})
LAND_STATUS_WORDS = frozenset({"former", "overseas", "dependent"})

# Nouns that head a span only as part of a phrase with "of" ("in the wake of", "on the heels
# of", "in front of", "a lack of"): such a span is no actor, whoever follows "of".
OF_PHRASE_NOUNS = frozenset({"lack", "heels", "front", "wake", "absence", "behalf", "eve",
                             "aftermath"})

# Nouns with which news describes a state it has named ("the country", "the former Soviet
# republic", "the Gulf kingdom", "the Himalayan nation"): after "the" and any modifiers, the state
# named last before (ActorResolver.described_state).
STATE_DESCRIPTION_NOUNS = frozenset({"country", "nation", "republic", "kingdom", "emirate",
                                     "sultanate", "monarchy", "principality"})

# -- pronouns and the words a recased text keeps lower-case ------------------------------------
# Pronoun actors and whether they stand for a person: nlp.name_words.PRONOUN_KINDS (the coder
# reads them too).
# First-person pronouns: inside a quotation they are the speaker (the person quoted, or the
# body or state that person speaks for: "we will ask the ICC", he added).
# ("us" is left out: an actor span "us" is far more often the US, in a lower-cased copy too)
FIRST_PERSON = frozenset({"we", "i", "me"})
# A person named by place and kind, not by name ("A New York man", "a Syrian woman"): a
# pronoun after it may stand for them.
PERSON_KIND_NOUNS = ("man", "woman", "teenager", "boy", "girl", "national", "citizen",
                     "resident", "student", "father", "mother")
# "Officers", "the officers": no role word alone (police or army), but after a force is named
# they are that force's (MentionContext.security_force).
OFFICER_MENTIONS = frozenset({"officers", "the officers", "officer", "the officer"})
# Generational suffixes after a person's name: the surname is the word before them.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Words a lower-cased text keeps lower-case when it is recased (see _recase).
KEEP_LOWER = DETERMINERS | HEAD_BREAKS | NAME_PARTICLES | PLACE_ADVERBS | {
    "and", "or", "but", "not", "no", "nor", "as", "is", "are", "was", "were", "be", "been",
    "has", "have", "had", "will", "would", "said", "says", "s", "also", "other", "more", "us",
    "it", "we", "he", "she", "they", "i", "me", "him", "them", "who", "am", "do", "if", "so",
    "up", "go", "my", "one", "two", "any", "can", "may", "per", "via", "vs",
    # a common word a KB acronym spells (the Central African Republic's CAR): "a car bomb"
    "car",
    # compass points: "southwest airline pilots" names no Burkina Faso region (Sud-Ouest)
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern"}

# -- US members of Congress --------------------------------------------------------------------
# American papers tag a member of Congress with party and state after the name ("Rep. Ilhan Omar
# (D-Minn.)", "Rep. David McKinley, R-W.Va.,"): the tag makes the person a US legislator (USA LEG),
# whom a KB last kept in 2016 may not know. The state is an abbreviation of up to three dotted
# parts ("N.Y.", "W.Va.", "Minn.", "Texas").
_CONGRESS_TAG_CORE = r"[DRI]\s*[-\u2013]\s*[A-Z][A-Za-z]{0,4}\.?(?:\s?[A-Z][a-z]{0,3}\.?){0,2}"
CONGRESS_TAG = rf"(?:\(\s*{_CONGRESS_TAG_CORE}\s*\)|,\s*{_CONGRESS_TAG_CORE}(?=[,;)]|\s|$))"
# ... and a span cut inside it ("Rep. Ilhan Omar (D-Minn.")
CONGRESS_TAG_PREFIX = r"(?:\(|,)\s*[DRI]\s*[-\u2013]\s*[A-Z][A-Za-z.\s]{0,10}\)?$"
CONGRESS_MEMBER = ("USA", "LEG")

# -- issue 17, thirteenth round (own block) -----------------------------------------------------
# Modifiers that say nobody knows whose an armed group is ("unidentified gunmen", "unknown
# assailants"): PLOVER's unidentified armed forces (UAF), not rebels, when no group is named.
UNIDENTIFIED_WORDS = frozenset({"unidentified", "unknown", "masked", "hooded", "faceless"})
# ... for nouns that name armed people by their act, not a side ("gunmen", "assailants"; the
# labels keep "unidentified militants" REB: a militant has a cause).
UNATTRIBUTED_ARMED_NOUNS = frozenset({"gunmen", "gunman", "assailants", "assailant", "attackers",
                                      "attacker", "shooters", "shooter", "raiders"})
# Military ranks that police forces use too ("police chief General Ana Ruiz", "police Colonel
# X"): after a police title the rank is the officer's in the police (COP), not the army's.
SHARED_RANKS = frozenset({"general", "gen", "colonel", "col", "major", "maj", "captain", "capt",
                          "lieutenant", "lt", "brigadier", "commander"})
# Last words of a newspaper's name after a place ("The Bangkok Post", "the Hindustan Times"):
# the paper (JRN), not the place's government.
NEWSPAPER_HEADS = frozenset({"post", "times", "herald", "tribune", "gazette", "chronicle",
                             "telegraph", "journal", "inquirer", "courier", "observer",
                             "dispatch", "daily", "mail", "express"})
# Titles of legislators that are other things without a name after them ("a sales rep", "the
# union's representative"): capitalised before a person's name, a legislator (LEG).
LEGISLATOR_TITLES_BEFORE_NAMES = frozenset({"representative", "rep", "assemblywoman",
                                            "councilman", "councilwoman", "alderman",
                                            "alderwoman"})

# -- issue 17, fourteenth round (own block) -----------------------------------------------------
# The two US parties' adjectives right before a title only US politics pairs them with
# ("Republican senator Lindsey Moore", "a Democratic congresswoman"): a US office holder, whose
# country the mention states that way, not the country the sentence is about.
US_PARTY_ADJECTIVES = frozenset({"republican", "democratic", "democrat", "gop"})
# The presiding officer's title before a name ("Speaker Ann Lee"): a legislator, as the
# thirteenth round's titles (LEGISLATOR_TITLES_BEFORE_NAMES) are; "a speaker" alone is no title.
SPEAKER_TITLES = frozenset({"speaker"})
US_PARTY_TITLES = frozenset({"senator", "senators", "sen", "congressman", "congresswoman",
                             "congressmen", "congresswomen", "representative", "rep",
                             "governor"})

# -- issue 17, fifteenth round (own block) ------------------------------------------------------
# A national airline's name: this word right before a country's name ("Air India", "Air
# Zimbabwe"), capitalised, is the company (BUS) of that country, not its state.
AIRLINE_NAME_WORDS = frozenset({"air"})
# Prepositions of place before "the" and a company's one-word name at the mention's end
# ("leaders from the Amazon", "villages in the Amazon"): a river, forest or region named so, not
# the company, which news names without an article.
LOCATIVE_PREPOSITIONS = frozenset({"in", "from", "across", "throughout", "inside", "into",
                                   "near", "around", "within"})
# Words that say a party holds power ("the ruling Workers' Party"): the mention's own word
# over the dated table of parties that lost (kb.opposition_party).
RULING_WORDS = frozenset({"ruling", "governing", "incumbent"})

# -- issue 17, sixteenth round (own block) ------------------------------------------------------
# Industry prefixes that news joins to a country's name in one word to name that country's
# (often state) company ("PetroVietnam", "Petroecuador", "Aeroméxico"): the company (BUS) of
# that country, not its state.
COMPANY_COMPOUND_PREFIXES = ("petro", "aero")
# Nouns for the other side's holder of the same office ("met his Chinese counterpart"): the
# country named right before one is the other side's, no home of the sentence's other actors.
COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})
# Words that make the leaders of a breakaway entity's region its self-proclaimed government
# ("Luhansk separatist leader X", "Donetsk separatist authorities": PRE, as "the Luhansk
# People's Republic"), while its fighters stay rebels ("Donetsk separatist fighters").
SEPARATIST_WORDS = frozenset({"separatist"})
SEPARATIST_GOVERNING_HEADS = frozenset({"authorities", "government", "administration",
                                        "officials", "leader", "leaders", "head", "chief",
                                        "president", "premier"})

# -- issue 17, seventeenth round (branch actors18, own block) -----------------------------------
# Nouns of criminal and armed bodies that news names after their home town or region with a
# capital ("the Medellín Cartel", "the Tijuana Cartel", "the Kolkata Mafia"): the place before
# one is the body's home, not part of a person's or firm's name (as "Brisbane Police").
PLACE_NAMED_BODY_NOUNS = frozenset({"cartel", "cartels", "gang", "gangs", "mafia", "mafias",
                                    "militia", "militias"})
# Words of a state's formal name before "of [the] <its name>" ("the Federal Democratic
# Republic of Nepal", "the Republic of the Union of Myanmar", "the Co-operative Republic of
# Guyana", which splits at its hyphen): the whole name is the country (its government), as its
# short name is.
STATE_FORM_WORDS = frozenset({"republic", "kingdom", "state", "states", "federation",
                              "commonwealth", "principality", "emirate", "emirates", "sultanate",
                              "union", "duchy", "grand", "federal", "democratic", "people",
                              "peoples", "popular", "socialist", "islamic", "arab", "united",
                              "plurinational", "bolivarian", "co", "operative", "cooperative",
                              "independent", "hashemite", "oriental", "sovereign", "free"})
# The capitalised head of an armed body's name that a state names by its own name or
# adjective ("the Royal Thai Army"), while rebels name theirs by a town or region ("the Shan
# State Army", "the Tigray Army"): REB where only a place gives the country.
PLACE_ARMY_WORDS = frozenset({"Army", "Armies"})

# -- issue 17, eighteenth round (branch actors19, own block) ------------------------------------
# A party's rank and file named by a labour or activist word after the party's name ("BJP
# workers", "PTI cadres", "congress workers" in Indian copy): the party's members (PTY, or OPP
# out of power), not a trade (LAB) or civilians.
PARTY_MEMBER_WORDS = frozenset({"worker", "workers", "cadre", "cadres", "activist",
                                "activists", "karyakartas"})
# Abbreviated titles of the members of one country's legislature, as written before a name
# ("MK Ayman Odeh": Member of the Knesset; "TD Mary Lou McDonald": Teachta Dala of the Dail;
# "MSP": the Scottish Parliament): that country's legislator (LEG), whatever namesake the KB
# has elsewhere. Titles several legislatures share (MP, MLA, MNA) are not here.
LEGISLATURE_TITLE_COUNTRIES = {"MK": "ISR", "TD": "IRL", "MSP": "GBR"}
# Adjectives of a continent or a region's states after "inter-" that the country tables also
# read as one state ("American"): "the Inter-American Commission on Human Rights" is a body of
# the Americas' states (IGO); "inter-Korean talks" only lose the one country.
INTER_STATE_ADJECTIVES = frozenset({"american", "african", "arab", "asian", "european"})
# A state's envoys and missions abroad named after its adjective ("summoned the Japanese
# ambassador", "outside the US embassy"): as a counterpart (COUNTERPART_WORDS), that country
# is the other side's, no home of the sentence's other actors.
# The closing words of the names of NGOs called after their members' trade ("Engineers Without
# Borders", "Pharmacists Without Borders", "Reporters sans frontières"), as written: the NGO (no
# sector), not engineers or pharmacists.
BORDERLESS_NAMES = frozenset({("Without", "Borders"), ("Sans", "Frontières"),
                              ("sans", "frontières"), ("Sin", "Fronteras")})
ENVOY_WORDS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "embassy", "embassies",
                         "consulate", "consulates", "consul", "chargé", "charge"})

# -- police acts, branch india5 (own block) -------------------------------------------------------
# A commander's people named through him ("the inspector said his men had arrested four", "the
# ssp's men raided the house"): the force of the police or military officer they belong to.
FORCE_MEMBER_NOUNS = frozenset({"men", "officers", "personnel", "team", "teams", "subordinates",
                                "jawans", "constables", "policemen"})
# The pronoun each possessive determiner stands for when its owner is looked up.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}

# -- KB names that are ordinary words, branch aliases (own block) ---------------------------------
# Words every English text uses that are no verb, adjective or adverb of the lemmatizer's
# dictionary (`_ordinary_word` asks that dictionary for the rest) but that a KB party or group
# is called ("Yes", Ukraine's European Solidarity): a name only where the text marks it as one.
ORDINARY_NAME_WORDS = frozenset({"yes", "ok", "okay", "please", "thanks", "hello", "goodbye",
                                 "amen", "hey", "hi"})
# Characters after which the next word is capitalised as any sentence's first is.
SENTENCE_OPENERS = frozenset('.!?:;"\u201c\u2018(-\u2013\u2014')

# -- forces named by a possessive, branch possess (own block) ----------------------------------
# "Sudan said its jets could bomb ...", "Ankara said its troops would enter ...": a force or state
# body named through a possessive belongs to the clause's subject, the owner (`_owners_force`).
OWNER_DETERMINERS = frozenset(POSSESSIVE_PRONOUNS) | {"its"}  # a state's own: "its"
# Craft no role word names, the armed force's own ("its jets", "their warships"): MIL.
FORCE_CRAFT_NOUNS = frozenset({"jets", "warplanes", "warships", "tanks", "frigates", "destroyers",
                               "bombers", "submarines", "gunboats", "fleet", "fighter jets",
                               "aircraft carrier", "helicopters", "drones"})
# Words before a name that make it no object of the owner's verb ("withdrew its troops from the
# force in the Central African Republic after its soldiers ..."): a name after them leaves the
# clause's subject the owner; one right after the verb ("gave France a deadline to withdraw its
# ambassador") may own the possessive itself, so the owner is left open.
OWNER_PHRASE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | frozenset({
    "to", "at", "on", "with", "of", "for", "by", "against", "over", "toward", "towards", "off"})

# -- issue 17, twentieth round (branch actors20, own block) ------------------------------------
# A lower-case noun news adds after a party's own name ("Peru's Popular Force party", "Mexico's
# Morena party"): the party as the Factbook's tables name it without the noun.
PARTY_NOUNS_ADDED = frozenset({"party"})

# -- issue 17, twenty-first round (branch actors21, own block) ---------------------------------
# Head nouns after a company group's own name ("Mahindra Group", "Koç Holding") and words
# before it ("Grupo Carso", "Groupe Bolloré"): the group is BUS, of the one country of the
# companies whose names begin with that name (`KnowledgeBase.company_group_country`).
COMPANY_GROUP_HEADS = frozenset({"group", "holding", "holdings", "conglomerate"})
COMPANY_GROUP_LEADS = frozenset({"grupo", "groupe", "gruppo"})
# An army no state keeps, named by its aim ("Arakan Rohingya Salvation Army", "Myanmar
# National Democratic Alliance Army": one of these words among two modifiers or more) or by a
# people that is no country ("Karenni Army"): REB, where no KB entry names it and the role
# word "army" alone made it MIL (`_insurgent_army`).
INSURGENT_ARMY_WORDS = frozenset({"salvation", "liberation", "republican", "independence",
                                  "revolutionary", "resistance", "alliance", "insurgent",
                                  "rebel", "mujahideen", "jihad", "freedom", "islamic"})
# One-word modifiers of "Army" that name a state's army or an army of history, not a people's
# insurgency ("Royal Army", "Red Army", "Salvation Army" the charity, "Field Army"), and the
# ordinals of a state's numbered field armies ("the Eighth Army").
STATE_ARMY_WORDS = frozenset({"royal", "national", "red", "white", "continental", "confederate",
                              "union", "grand", "regular", "territorial", "imperial", "field",
                              "tank", "guards", "salvation", "standing", "reserve", "federal",
                              "popular", "peoples", "regional", "army", "new", "the",
                              "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                              "eighth", "ninth", "tenth", "eleventh", "twelfth"})

# -- issue 13, third round: a recipient's country from a place (branch country3, own block) -----
# An event whose recipient has no country, or that names none, is aimed at the place its clause
# names after the act: "struck targets near Damascus", "massed tanks along its border with Syria",
# "extradited him to the United States", "expressing solidarity with Ukraine" (`place_recipient`).
# Prepositions that aim any act at a place: where it goes, whom it is with or against.
PLACE_AIM_CUES = frozenset({"to", "into", "with", "against", "towards", "toward", "across",
                            "around", "along", "near", "onto"})
# Prepositions of a site: they place a physical act's target ("shelled villages in Idlib",
# "rallied in central Seoul"), but are only the venue of a statement or a meeting ("said in Geneva",
# "met in Moscow", "criticised the decision in Brussels").
PLACE_SITE_CUES = frozenset({"in", "at", "on", "inside", "outside", "through", "off", "within"})
PLACE_SITE_EVENTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "PROTEST", "RETREAT"})
# A preposition that opens a phrase of its own before the place: the place is not the act's
# aim ("ruled by Syria", "aid for refugees from Syria"). "of" is no stop ("the outskirts of").
PLACE_AIM_STOPS = frozenset({"by", "for", "from", "about", "over", "under", "after", "before",
                             "during", "since", "until", "than", "like", "between", "among",
                             "including", "despite", "amid", "following", "ahead"})
# Words that end the act's clause: a place after them belongs to another ("rushed troops to
# Ladakh after the clash in Galwan", "where Costa Rica says").
PLACE_CLAUSE_BREAKS = frozenset({"after", "before", "as", "while", "when", "where", "who",
                                 "which", "that", "because", "since", "but", "said", "says",
                                 "following", "ahead", "amid", "despite", "until", "if"})
# How many words may stand between the cue and the place ("in the mountains of northern Iraq").
PLACE_CUE_REACH = 5
# Prepositions that name the other side of an act wherever its clause puts them, beyond the
# recipient's own words ("passed a resolution expressing solidarity with Ukraine", "signed a
# deal on fishing with Norway"); other cues place a named recipient only right after it.
PLACE_PARTNER_CUES = frozenset({"with", "against"})

# -- issue 17, round 22: names of aims across "and" (branch actors22, own block) ---------------
# Role words that are also abstract nouns a body names itself by: before "and" and a capitalised
# run to an organisation's head they begin one name ("the Justice and Equality Movement", "the
# Industry and Trade Ministry"), not a first actor of their own as "Police and Army officers".
AIM_ROLE_WORDS = frozenset({"justice", "industry", "agriculture", "governance", "religion",
                            "intelligence"})

# -- leftovers, round 2 (leftovers2): compound demonyms ------------------------------------------
# Two-word demonyms of a people of one state named with another state's adjective: the pair
# names the state the people live in, not the first word's ("Greek Cypriot leader" is Cyprus's,
# not Greece's; "Crimean Tatar" Ukraine's). The Bosnian and Kurdish pairs already resolve so by
# their first word; they are listed so that the pair, not the word, decides.
# Read as one adjective before the words alone (actors._match_name). "Turkish Cypriot" is not
# here: breakaway.csv reads it as its state's (sector PRE for its officials).
COMPOUND_DEMONYMS = {
    "greek cypriot": "CYP", "greek cypriots": "CYP", "bosnian serb": "BIH", "bosnian serbs": "BIH",
    "bosnian croat": "BIH", "bosnian croats": "BIH", "bosnian muslim": "BIH",
    "bosnian muslims": "BIH", "crimean tatar": "UKR", "crimean tatars": "UKR",
    "iraqi kurdish": "IRQ", "iraqi kurds": "IRQ",
    "syrian kurdish": "SYR", "syrian kurds": "SYR",
}

# -- issue 17, round 24: a party's acts against the government (branch actors24, own block) ----
# What a party does only out of government, as its sentence's own predicate, a few words after
# the party ("the X Party accused the government of ...", "... called for early elections",
# "... tried to impeach the president"): that party is in opposition (PLOVER OPP), whatever
# year it is and whether or not the Factbook's presidential results list it. Each phrase's
# first word is a verb's stem (any ending), the rest are words as written.
OPPOSITION_ACT_PHRASES = (
    "accus the government", "blam the government", "criticis the government",
    "criticiz the government", "call for early elections", "demand early elections",
    "call for snap elections", "demand snap elections", "call for fresh elections",
    "demand fresh elections", "reject the election results", "reject the results of the election",
    "impeach the president", "impeach the prime minister", "demand the resignation of the",
    "call for the resignation of the", "vot against the government",
    "vot against the new prime minister", "vot against the prime minister",
    "vot against the president", "join the opposition",
)
# How many words may stand between the party and the phrase ("tried to", "said it would").
OPPOSITION_ACT_REACH = 3

# -- issue 17, round 24: named groups by their armed acts (branch actors24, own block) ---------
# A lower-case group word after a capitalised name nothing knows ("the Maute group", "the
# Gamaa faction") ...
NAMED_GROUP_HEADS = frozenset({"group", "faction", "militia", "outfit"})
# ... whose sentence goes straight on to one of these acts (after "has", "had", "reportedly"):
# a group that acts so is an armed one (PLOVER REB), of the country its sentence names.
ARMED_GROUP_ACTS = frozenset({
    "seized", "stormed", "ambushed", "kidnapped", "abducted", "attacked", "bombed", "beheaded",
    "massacred", "overran", "captured", "raided", "shelled", "hijacked", "besieged"})

# -- issue 17, round 26: given names before "son of" (branch actors26, own block) -------------
# Words of Arabic and Malay names that say "son/daughter of" the name after them ("Abdullah bin
# Zayed", "Turki bin Faisal"): a one-word name the KB holds as a person stands there as the
# given name of another person, not for the person the KB knows by it.
SON_OF_PARTICLES = frozenset({"bin", "ibn", "bint", "binti"})

# -- issue 17, round 27: companies told by the words around their name (branch actors27, own
# block) -----------------------------------------------------------------------------------
# Head nouns of a description that makes the name it stands beside a company ("Turkcell, the
# Turkish mobile operator", "the Chinese battery maker CATL"): BUS, of the country
# the description's own words name. Not "group" (an armed group is described so too), "bank"
# (a central bank is the state's), "carrier" (an aircraft carrier), "giant" ("the Asian giant"
# is a state).
COMPANY_DESCRIPTION_HEADS = frozenset({
    "company", "firm", "corporation", "conglomerate", "maker", "carmaker", "automaker",
    "chipmaker", "drugmaker", "steelmaker", "planemaker", "developer", "producer", "operator",
    "airline", "miner", "retailer", "lender", "insurer", "manufacturer", "supplier", "utility",
    "refiner", "exporter", "brewer", "startup", "start-up", "shipbuilder", "shipper",
    "multinational", "chain"})
# How many words a description may have between its article and its head ("the Danish
# offshore wind-farm developer").
COMPANY_DESCRIPTION_REACH = 4
# Words after a name's possessive, or before it with "of"/"in", that only a company has
# ("CATL's chief executive", "shares of CATL", "Turkcell's shareholders"): BUS, with no
# country (the sentence's place is often where the firm does business, not its home).
COMPANY_OWN_WORDS = ("shares", "share price", "stock", "shareholders", "chief executive",
                     "chief financial officer", "ceo", "cfo", "board of directors",
                     "market value", "quarterly profit", "annual profit", "net profit")

# -- issue 17, round 28: named clans and towns with their country (branch actors28, own block) --
# Head words that make a capitalised name nothing else knows a crime group ("the Casalesi
# clan", "the Gulf Clan", "the Kavač clan"): CRM, as a gang or a cartel; "clan" alone and a
# people's clan ("a Pashtun clan", "the Hawiye clan") stay CVL, as does a family's clan
# named by a person or a place the resolver knows ("the Assad clan").
NAMED_CRIME_HEADS = frozenset({"clan", "clans"})
# Somali clan families and their large sub-clans, the clans most often named in news: a
# people's lineage, not a crime group, though their names are no English word and no KB name.
CLAN_FAMILY_NAMES = frozenset({
    "hawiye", "darod", "darood", "isaaq", "isaq", "dir", "rahanweyn", "digil", "mirifle",
    "abgaal", "abgal", "habar gidir", "marehan", "majerteen", "ogaden", "dhulbahante",
    "warsangeli", "murusade", "gaaljecel", "biyomal", "gadabuursi", "issa"})

# -- issue 17, round 30 (branch actors30, own block) ---------------------------------------------
# The nouns of crime bodies' names (PLACE_NAMED_BODY_NOUNS less the armed militias, the clan of
# NAMED_CRIME_HEADS, and a syndicate's or network's), which news writes in lower case at a
# name's end ("the Kinahan cartel", "the Gulf clan", "the Foxtrot network"): a span ending in
# one is still looked up, and matches only as a whole KB name or place.
CRIME_BODY_NAME_ENDS = (PLACE_NAMED_BODY_NOUNS - {"militia", "militias"}) | NAMED_CRIME_HEADS \
    | {"syndicate", "syndicates", "network", "networks"}
