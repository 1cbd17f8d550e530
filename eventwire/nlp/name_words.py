"""Word lists of the name labeler (`eventwire.nlp.names`) and the words both later stages
read as names of actors (the coder and the resolver): data, not logic."""

# Pronoun actors and whether they stand for a person (True) or a group, body or state.
PRONOUN_KINDS = {"he": True, "him": True, "she": True, "her": True, "they": False,
                 "them": False}

# A proper-noun run starting with one of these is a title before a name ("President Donald
# Trump", "Foreign Minister Zarif"): the title is no part of the entity, as in spaCy's NER.
TITLE_WORDS = frozenset({
    "president", "minister", "mr", "mrs", "ms", "dr", "gen", "general", "sen", "senator",
    "secretary", "king", "queen", "prince", "chancellor", "premier", "leader", "chief",
    "spokesman", "spokeswoman", "ambassador", "envoy", "pope", "sheikh", "gov", "governor",
    "commander", "colonel", "col", "lt", "rep", "judge", "mayor", "ayatollah", "emir",
    "prime", "foreign", "vice", "deputy", "defence", "defense", "interior", "speaker",
    "attorney", "high", "commissioner", "permanent", "crown", "supreme", "finance",
    "representative", "affairs", "state", "of", "the", "former", "acting",
})

# A proper-noun run holding one of these names an organisation ("Foreign Ministry", "Supreme
# Court", "Free Syrian Army"), titles or not.
ORGANISATION_WORDS = frozenset({
    "party", "ministry", "council", "army", "police", "front", "union", "court", "parliament",
    "congress", "senate", "assembly", "commission", "committee", "bank", "agency",
    "organization", "organisation", "movement", "brigade", "brigades", "forces", "force",
    "corps", "guard", "guards", "department", "office", "association", "group", "university",
    "company", "corporation", "inc", "ltd", "news", "times", "post", "fund", "alliance",
    "coalition", "federation", "league", "institute", "board", "government", "administration",
    "authority", "navy", "command", "service", "network", "house", "palace", "exchange",
    "centre", "center", "secretariat", "nations",
})

# Days, months and relative days: dates, never actors.
DATE_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "tomorrow",
})

# Lower-case words that may sit inside a name between capitalised ones ("Bank of England",
# "Kurdistan Workers' Party", "Ministry for Foreign Affairs").
NAME_INNER_WORDS = frozenset({"of", "the", "and", "for", "'s", "'", "-", "&"})

# Words of lower-cased news never capitalised alone (`nlp.recase`), however the knowledge base
# files them: function words and common words that are also an acronym or a town somewhere.
LOWER_CASE_NEVER_ALONE = NAME_INNER_WORDS | {
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from",
    "us", "who", "it", "is", "was", "are", "as", "but", "not", "all", "one", "two", "new", "old",
    "may", "will", "can", "said", "says", "police", "army", "court", "party", "government",
    "state", "march", "power", "well", "home", "union", "centre", "center", "congress", "house",
}

# Date words that are also common lower-case words ("may", "march"): dates only capitalised.
AMBIGUOUS_DATE_WORDS = frozenset({"may", "march", "jan", "mar", "jun", "jul", "aug", "sep",
                                  "oct", "nov", "dec", "sept", "feb", "apr"})

# Peoples, faiths and movements that are no country of the knowledge base ("a Kurdish convoy",
# "Shiite militias", "Islamist fighters"): NORP when capitalised, as in spaCy's NER.
GROUP_WORDS = frozenset({
    "kurdish", "kurd", "kurds", "muslim", "muslims", "christian", "christians", "catholic",
    "catholics", "protestant", "orthodox", "jewish", "jew", "jews", "hindu", "hindus", "sikh",
    "sikhs", "buddhist", "buddhists", "shia", "shiite", "shiites", "shi'ite", "sunni", "sunnis",
    "alawite", "alawites", "druze", "yazidi", "yazidis", "arab", "arabs", "pashtun", "pashtuns",
    "baloch", "tamil", "tamils", "uighur", "uighurs", "uyghur", "uyghurs", "rohingya", "hutu",
    "tutsi", "berber", "tatar", "tatars", "chechen", "chechens", "islamist", "islamists",
    "jihadist", "jihadists", "maoist", "maoists", "zionist", "coptic", "copts", "hazara",
    "tuareg", "fulani", "igbo", "yoruba", "hausa", "amhara", "oromo", "tigrayan", "tigrayans",
    "bedouin", "palestinians", "kashmiri", "kashmiris", "naxal", "naxals", "naxalite", "naxalites",
})

# -- Titles before a person's name in lower-cased news (`nlp.recase.document_names`; round 5 of
# the whole-article audit). "board's executive member yusuf hathim muchala told reporters", "cpm
# member nilotpal basu, at the outset": the words after such a title that are no English word
# are the person's name, which the article then uses alone ("muchala alleged that ...").
LOWER_CASE_NAME_TITLES = frozenset({
    "president", "minister", "member", "leader", "chief", "secretary", "spokesman",
    "spokesperson", "spokeswoman", "commissioner", "collector", "whip", "chairman",
    "chairperson", "convener", "convenor", "mp", "mla", "mahant", "prof", "professor", "dr",
    "mr", "mrs", "ms", "shri", "smt", "justice", "judge", "governor", "mayor", "superintendent",
    "inspector", "director", "activist", "vice-president", "vice-chancellor", "councillor",
})
