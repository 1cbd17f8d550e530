"""Place words: the word lists and name tables of place resolution (the logic is in places.py).

Each table is defined once, in the section of its concept; a table derived from others follows them.
"""

from __future__ import annotations

# -- words around a place name in running text: cues, joins and breaks of a name's run ---------
# Words before a small town that make it a place: "in Saraqib", "near Quneitra". Weaker words
# ("of", "on", "to") count only after a settlement noun ("the town of X").
LOCATIVE_CUES = frozenset({"in", "near", "at", "outside", "around", "from", "into", "towards",
                           "toward", "across", "inside", "via", "between", "nearby"})
# Locative cues of nearness: what they place a thing by is a town near it, not a country or a
# border it is near ("villages near the Iranian border").
PROXIMITY_CUES = frozenset({"near", "outside"})
# Lower-case words that join the parts of a capitalised place name ("Bay of Bengal").
CONNECTORS = frozenset({"of", "de", "del", "da", "do", "dos", "la", "le", "el", "al", "ez", "es",
                        "the", "an"})
# Connectors that only join hyphenated names: "Mazar-i-Sharif", "Rostov-on-Don".
HYPHEN_CONNECTORS = frozenset({"i", "e", "on", "upon", "sur", "am", "en"})
# Arabic articles written before a hyphen: "al-Tanf", "Deir ez-Zor".
ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "ez", "es"})
# Words that may stand before a place inside a capitalised run: directions, and function
# words that are capitalised only because they start a sentence ("A Kansas woman").
LEADING_OK = frozenset("""
the north south east west northern southern eastern western central greater upper lower
a an in on at for from to by with as after before during since when while but and or if this
that these those his her its their our some many most all both several former
""".split())
# Tokens that end a capitalised run: "in Calais Sunday" is Calais.
RUN_BREAKS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "january", "february", "march", "april", "june", "july",
                        "august", "september", "october", "november", "december", "may"})
# Month abbreviations before a full stop are dates, not towns ("Nov. 18", not the Tajik Nov).
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                 "oct", "nov", "dec"})
# Words after a place name that make the name a modifier of an office ("Moscow Mayor ...").
TITLE_WORDS = frozenset({"mayor", "governor", "police", "court", "government", "council",
                         "authorities", "officials", "prosecutor", "prosecutors", "municipality",
                         "university", "airport", "residents", "regime", "assembly"})
# Verbs after a name that make it a speaker: only a capital stands for its state ("Washington
# said"); another place is a person ("Jackson said").
SPEECH_VERBS = frozenset({"said", "says", "told", "added", "stated", "announced", "wrote",
                          "tweeted", "argued", "noted", "insisted", "warned", "claimed"})

# -- country codes --------------------------------------------------------------------------
# Codes PLOVER gives where GeoNames has a user-assigned ISO code: Kosovo is "KOS" (PLOVER manual,
# country names), as the knowledge base has it; GeoNames says XKX. Every build script that reads
# GeoNames codes maps them through this table.
GEONAMES_PLOVER_CODES = {"XKX": "KOS"}

# -- nouns and suffixes of places: what kind of place a name is --------------------------------
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "province", "region", "district",
                              "governorate", "oblast", "port", "capital", "towns", "villages",
                              "cities", "state", "county", "area", "settlement", "camp"})
REGION_SUFFIXES = frozenset({"province", "governorate", "region", "oblast", "state", "district",
                             "county", "prefecture", "krai", "territory"})
PLACE_SUFFIXES = REGION_SUFFIXES | frozenset({"city", "airport", "base", "airbase", "port"})
# Kinds of district written after a town's name that hold role words ("Ughelli North Local
# Government Area", "Ikeja LGA"): the name and its kind are one place, not a government. A
# compass word may come between ("Kaduna South"): the district of that part of the town.
DISTRICT_KINDS = (("local", "government", "area"), ("local", "government", "areas"), ("lga",))
DISTRICT_COMPASS = frozenset({"north", "south", "east", "west", "central"})

# -- words the gazetteer holds that are never, or only after a cue, places ---------------------
# Never places in running text, whatever GeoNames holds (weekdays, months, function words,
# titles, institutions, and leaders' surnames that are also village names).
STOPLIST = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december i a an the he she it we they you his her its
our their this that these those there here as is of or and but if so no not yes be are was were
mr mrs ms dr gen president minister prime secretary general army police government parliament
congress senate house union republic national security council court supreme justice party
mission victory hope liberty independence unity progress reform media news post times press
state states department ministry office forces force military navy air earth god allah islam
christian muslim jewish catholic orthodox west east north south central university college school
bank company group reuters agency said best man kim xi trump putin biden obama bush clinton
zelensky zelenskyy netanyahu assad erdogan modi macron merkel lavrov blinken rubio sharaa
khamenei abbas sisi orban sana scholz starmer sunak johnson carter reagan donald vladimir joe
emmanuel benjamin bashar ahmed mohammed mohammad ali hassan hussein jackson washington's
""".split())
# Common words that are also towns: accepted only after a locative cue ("in Split", "in Nice").
NEEDS_CUE = frozenset("""
reading split nice mobile buffalo surprise bath orange concord victoria phoenix lincoln
florence independence hope mission union
""".split())

# -- names and adjectives of places and countries: abbreviations, aliases, demonyms ------------
# US state abbreviations after a town ("Springfield, Ill.") -> the state's name.
US_STATES = {
    "al": "Alabama", "ala": "Alabama", "ak": "Alaska", "az": "Arizona", "ariz": "Arizona",
    "ar": "Arkansas", "ark": "Arkansas", "ca": "California", "calif": "California",
    "co": "Colorado", "colo": "Colorado", "ct": "Connecticut", "conn": "Connecticut",
    "de": "Delaware", "del": "Delaware", "dc": "District of Columbia",
    "d.c": "District of Columbia", "fl": "Florida", "fla": "Florida", "ga": "Georgia",
    "hi": "Hawaii", "id": "Idaho", "il": "Illinois", "ill": "Illinois", "in": "Indiana",
    "ind": "Indiana", "ia": "Iowa", "ks": "Kansas", "kan": "Kansas", "ky": "Kentucky",
    "la": "Louisiana", "me": "Maine", "md": "Maryland", "ma": "Massachusetts",
    "mass": "Massachusetts", "mi": "Michigan", "mich": "Michigan", "mn": "Minnesota",
    "minn": "Minnesota", "ms": "Mississippi", "miss": "Mississippi", "mo": "Missouri",
    "mt": "Montana", "mont": "Montana", "ne": "Nebraska", "neb": "Nebraska", "nv": "Nevada",
    "nev": "Nevada", "nh": "New Hampshire", "n.h": "New Hampshire", "nj": "New Jersey",
    "n.j": "New Jersey", "nm": "New Mexico", "n.m": "New Mexico", "ny": "New York",
    "n.y": "New York", "nc": "North Carolina", "n.c": "North Carolina", "nd": "North Dakota",
    "n.d": "North Dakota", "oh": "Ohio", "ok": "Oklahoma", "okla": "Oklahoma", "or": "Oregon",
    "ore": "Oregon", "pa": "Pennsylvania", "ri": "Rhode Island", "r.i": "Rhode Island",
    "sc": "South Carolina", "s.c": "South Carolina", "sd": "South Dakota",
    "s.d": "South Dakota", "tn": "Tennessee", "tenn": "Tennessee", "tx": "Texas",
    "tex": "Texas", "ut": "Utah", "vt": "Vermont", "va": "Virginia", "wa": "Washington",
    "wash": "Washington", "wv": "West Virginia", "w.va": "West Virginia", "wi": "Wisconsin",
    "wis": "Wisconsin", "wy": "Wyoming", "wyo": "Wyoming",
}
# Adjectives of sub-national regions and breakaway territories -> the region's name, whose
# country the gazetteer gives ("Bavarian police" DEU COP, "Transnistrian authorities" MDA PRE);
# only regions one country holds and whose adjective is no common word or surname (not
# Kurdish, Kashmiri, Punjabi, Tamil, Galician, Tatar).
REGION_ADJECTIVES = {
    "bavarian": "bavaria", "catalan": "catalonia", "basque": "basque country",
    "andalusian": "andalusia", "corsican": "corsica", "sicilian": "sicily",
    "sardinian": "sardinia", "flemish": "flanders", "walloon": "wallonia",
    "venetian": "veneto", "lombard": "lombardy", "neapolitan": "naples",
    "tigrayan": "tigray", "tibetan": "tibet", "chechen": "chechnya", "crimean": "crimea",
    "dagestani": "dagestan", "ingush": "ingushetia", "bashkir": "bashkortostan",
    "kalmyk": "kalmykia", "transnistrian": "transnistria", "abkhaz": "abkhazia",
    "abkhazian": "abkhazia", "south ossetian": "south ossetia", "darfuri": "darfur",
    "texan": "texas", "californian": "california", "floridian": "florida",
    "quebecois": "quebec", "québécois": "quebec", "ontarian": "ontario", "albertan": "alberta",
    "sindhi": "sindh", "keralite": "kerala", "gujarati": "gujarat", "bihari": "bihar",
    "assamese": "assam", "manipuri": "manipur", "acehnese": "aceh", "balinese": "bali",
    "zanzibari": "zanzibar", "tasmanian": "tasmania", "queenslander": "queensland",
    "okinawan": "okinawa", "sonoran": "sonora", "sinaloan": "sinaloa", "oaxacan": "oaxaca",
    "bahian": "bahia", "gazan": "gaza", "cabindan": "cabinda",
    "karakalpak": "karakalpakstan", "northern irish": "northern ireland",
}
COUNTRY_ALIASES = {
    "us": "USA", "u.s.": "USA", "usa": "USA", "u.s.a.": "USA", "america": "USA",
    "united states of america": "USA", "the united states": "USA",
    "uk": "GBR", "u.k.": "GBR", "britain": "GBR", "great britain": "GBR",
    "united kingdom": "GBR", "uae": "ARE", "emirates": "ARE", "drc": "COD", "dr congo": "COD",
    "congo": "COD", "russian federation": "RUS", "palestine": "PSE", "palestinian territories": "PSE",
    "holland": "NLD", "netherlands": "NLD", "czech republic": "CZE", "burma": "MMR",
    "turkiye": "TUR", "türkiye": "TUR", "ivory coast": "CIV", "cote d'ivoire": "CIV",
    "east timor": "TLS", "vatican city": "VAT", "the holy see": "VAT", "macedonia": "MKD",
    "north korea": "PRK", "south korea": "KOR", "dprk": "PRK", "swaziland": "SWZ",
}
# Demonyms only tell which countries a document is about; they are not place mentions.
DEMONYMS = {
    "american": "USA", "russian": "RUS", "ukrainian": "UKR", "syrian": "SYR", "israeli": "ISR",
    "palestinian": "PSE", "iranian": "IRN", "iraqi": "IRQ", "lebanese": "LBN", "turkish": "TUR",
    "chinese": "CHN", "british": "GBR", "french": "FRA", "german": "DEU", "italian": "ITA",
    "spanish": "ESP", "indian": "IND", "pakistani": "PAK", "afghan": "AFG", "saudi": "SAU",
    "egyptian": "EGY", "libyan": "LBY", "yemeni": "YEM", "jordanian": "JOR", "qatari": "QAT",
    "emirati": "ARE", "kuwaiti": "KWT", "japanese": "JPN", "korean": "KOR", "taiwanese": "TWN",
    "mexican": "MEX", "canadian": "CAN", "brazilian": "BRA", "venezuelan": "VEN", "cuban": "CUB",
    "colombian": "COL", "nigerian": "NGA", "sudanese": "SDN", "somali": "SOM", "ethiopian": "ETH",
    "kenyan": "KEN", "polish": "POL", "belarusian": "BLR", "georgian": "GEO", "armenian": "ARM",
    "azerbaijani": "AZE", "kazakh": "KAZ", "greek": "GRC", "cypriot": "CYP", "serbian": "SRB",
    "hungarian": "HUN", "romanian": "ROU", "australian": "AUS", "tunisian": "TUN", "algerian": "DZA",
    "moroccan": "MAR", "malian": "MLI", "filipino": "PHL", "vietnamese": "VNM", "thai": "THA",
    "indonesian": "IDN", "malaysian": "MYS", "burmese": "MMR", "bangladeshi": "BGD", "dutch": "NLD",
    "swedish": "SWE", "finnish": "FIN", "norwegian": "NOR", "danish": "DNK", "swiss": "CHE",
    "austrian": "AUT", "belgian": "BEL", "irish": "IRL", "scottish": "GBR", "haitian": "HTI",
    "bahraini": "BHR", "omani": "OMN", "kurdish": "IRQ", "soviet": "RUS", "kremlin": "RUS",
    "bolivian": "BOL", "peruvian": "PER", "chilean": "CHL", "argentine": "ARG",
    "argentinian": "ARG", "ecuadorian": "ECU", "guatemalan": "GTM", "honduran": "HND",
    "salvadoran": "SLV", "nicaraguan": "NIC", "panamanian": "PAN", "paraguayan": "PRY",
    "uruguayan": "URY", "dominican": "DOM", "jamaican": "JAM", "ghanaian": "GHA",
    "senegalese": "SEN", "cameroonian": "CMR", "congolese": "COD", "ugandan": "UGA",
    "rwandan": "RWA", "tanzanian": "TZA", "zimbabwean": "ZWE", "zambian": "ZMB",
    "mozambican": "MOZ", "angolan": "AGO", "namibian": "NAM", "eritrean": "ERI",
    "chadian": "TCD", "ivorian": "CIV", "liberian": "LBR", "mauritanian": "MRT",
    "nepalese": "NPL", "nepali": "NPL", "mongolian": "MNG", "cambodian": "KHM",
    "laotian": "LAO", "singaporean": "SGP", "kyrgyz": "KGZ", "tajik": "TJK", "uzbek": "UZB",
    "turkmen": "TKM", "albanian": "ALB", "bosnian": "BIH", "croatian": "HRV", "slovak": "SVK",
    "czech": "CZE", "bulgarian": "BGR", "macedonian": "MKD", "kosovar": "KOS", "kosovan": "KOS",
    "moldovan": "MDA", "lithuanian": "LTU", "latvian": "LVA", "estonian": "EST",
    "icelandic": "ISL", "portuguese": "PRT", "maltese": "MLT", "philippine": "PHL",
    "chechen": "RUS", "crimean": "UKR", "sri lankan": "LKA", "new zealand": "NZL",
}

# -- issue 17, fifteenth round (own block) ------------------------------------------------------
# Countries whose people carry two surnames, the father's then the mother's, and are named in
# the news by the first alone ("Ricardo Lagos" for "Ricardo Lagos Escobar"): Spanish-speaking
# states. Not Portugal or Brazil, whose order is the mother's then the father's.
PATERNAL_FIRST_SURNAME_COUNTRIES = frozenset({
    "ARG", "BOL", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "ESP", "GNQ", "GTM", "HND", "MEX",
    "NIC", "PAN", "PER", "PRY", "SLV", "URY", "VEN"})

# -- issue 17, round 19: Wikipedia people (own block) -------------------------------------------
# Nationality words of name2nat's Wikipedia people list (scripts/build_wikipedia_people.py)
# that map to a country through the KB's words but name people of two states: the list's word
# comes from a page's categories, where "North Korean politicians" and "South Korean actors"
# both read "Korean", "South Sudanese" reads "Sudanese", "Bissau-Guinean" "Guinean", and
# "Congolese" is either Congo's; a Tibetan is as often of the exile government as of China's.
# Rows with these words are left out of the table, never coded to one of the states.
PEOPLE_LIST_AMBIGUOUS_NATIONALITIES = frozenset({
    "korean", "sudanese", "guinean", "congolese", "tibetan"})

# -- issue 17, round 22: listed companies' short names (branch actors22, own block) -------------
# (the knowledge base's one data module holds this table too.) Words that end a listed
# company's name in the listings as shipped, its legal form and share-class marks, which the
# build left on when a mark it does not strip came last ("Electrolux AB ser. B", "Coca-Cola
# Femsa SAB de CV", "Nestlé SA", "Molson Coors Brewing Co Class B"); compared in lower case,
# stripped from the end one at a time (`KnowledgeBase.listed_short_name_country`).
LISTING_MARK_WORDS = frozenset("""
ser class a b c d sa sab de cv sa ab asa pn on ord ltd limited inc corp co plc ag nv se spa
""".split())

# -- issue 17, round 24: landforms named after a country's name (branch actors24, own block) ----
# Capitalised words after a country's name that make the two a landform or a land of its own
# ("the Niger Delta", "the Congo Basin", "the Chad Basin"): a river's or a lake's name that a
# country also bears, not that country; the gazetteer's one region of the bare name in another
# country places it ("Niger": Nigeria's Niger State), else nothing does.
LANDFORM_SUFFIXES = frozenset({"delta", "basin", "valley", "plateau", "highlands", "lowlands"})

# -- issue 17, round 24: listed companies' trade words (branch actors24, own block) ------------
# (beside LISTING_MARK_WORDS.) Words of what a company does that its listing keeps after its
# own name and the news leaves off ("Fortescue" of "Fortescue Metals Group Ltd", "Ericsson" of
# "Ericsson Telefonab. L M ser.": Swedish "telephone company"), stripped from the end as the
# marks are, with the founder's initials (one-letter words) left after them. No word that
# names a company of its own kind with the name before it ("... Bank", "... Airlines"), nor
# "International", which ends the names of groups' arms abroad ("BYD Electronic International").
LISTING_TRADE_WORDS = frozenset("""
metals mining minerals resources group holding holdings industries industrial
energy electronic electronics communications telecommunications telecom telefonab
telefonaktiebolaget technologies technology pharmaceuticals pharmaceutical petroleum motors
""".split())

# -- issue 17, round 26: listed companies' goods words (branch actors26, own block) -------------
# (beside LISTING_TRADE_WORDS, and read with it.) Words of the goods or trade a listing keeps
# after the company's own name and the news leaves off ("Jollibee" of "Jollibee Foods Corp",
# "Fonterra" of "Fonterra Co-Operative Group Ltd", "Qantas" of "Qantas Airways Ltd"). A short
# name is looked up only for capitalised words one of which is no English word, so "British
# Airways" gives no "British".
LISTING_GOODS_WORDS = frozenset("""
foods food beverages beverage brewing breweries brewery dairy cooperative operative airways
""".split())

# -- issue 17, round 27 (branch actors27, own block) -----------------------------------------
# Titles only a first-level region has, right after a country's name that is also such a
# region of one other country ("Georgia Governor Brian Kemp", "the Georgia governor",
# "Georgia's lieutenant governor"): the region's country, not the state's (a state's central
# bank governor has a word between; "Georgia's premier" stays Georgia's, premiers head states).
REGIONAL_ONLY_TITLES = frozenset({"governor", "governors", "lieutenant"})

# -- issue 17, round 29: Turkish listings' form and trade words (branch actors29, own block) ----
# (beside LISTING_TRADE_WORDS, read with it where kb.listed_short_name_country indexes the
# listings.) Turkey's listed names keep "Sanayi ve Ticaret" ("industry and trade") and their
# trade in Turkish after the company's own name ("Aselsan Elektronik Sanayi ve Ticaret"), which
# the news leaves off ("Aselsan"); popped only from a listed name's end, so "ve" ("and") never
# cuts a name in its middle, and a news key is never cut by them.
LISTING_TURKISH_FORM_WORDS = frozenset("""
sanayi sanayii ve ticaret ticari elektronik
""".split())

# -- issue 17, round 30: letters with no decomposition (branch actors30, own block) ------------
# Latin letters that Unicode's NFKD leaves whole, so `kb.fold`'s strip to ASCII dropped them
# ("Støre" read "Stre", "Błaszczak" "Baszczak", "Kavcıoğlu" "Kavcoglu"): the ASCII spelling
# English news writes for each instead ("Store", "Blaszczak", "Kavcioglu").
FOLD_LETTERS = {
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "þ": "th", "Þ": "Th", "ħ": "h",
    "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ŀ": "l", "Ŀ": "L",
}
