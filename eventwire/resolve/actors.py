"""Actor resolution: each mention to a PLOVER country + sector, time-aware.

Evidence, strongest first:
 1. the role the text states ("Israeli troops" -> ISR MIL, "Kremlin spokesperson ..." -> RUS GOV),
    from the role words of roles.py (curated, then Phoenix's agent phrases); leader titles
    take the body they lead ("community leader" CVL);
 2. the knowledge base of people/organisations with dated offices (kb.py);
 3. country names, adjectives, capitals and seats ("Moscow", "the Kremlin" -> RUS GOV); a bare
    country word stands for its government (PLOVER/GDELT convention); towns, regions and
    breakaway states stand for their country, with no sector;
 4. the document's full mentions (MentionContext, read by `document_context` before its
    events): a surname or honorific + surname ("Putin", "Mr Singh") takes the document's
    person before a famous namesake, an acronym its introduced name, "the president" the
    nearest earlier president, a pronoun the nearest earlier person (he/she) or group (they);
 5. for a role with no country of its own, the one country its sentence names.
An office counts only inside its date range: after it ends the person is ELI (former official).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from eventwire.data import Actor, Span
from eventwire.dates import MONTHS, WEEKDAYS
from eventwire.knowledge.kb import (
    COUNTRY_OF_BODY,
    DERIVED_SOURCES,
    GAZETTEER_MIN_POP,
    NAME_PARTICLES,
    NONSTATE_CODES,
    ORG_KINDS,
    ORG_SECTORS,
    KnowledgeBase,
    Office,
    breakaway_adjective_keys,
    breakaway_keys,
    gazetteer_first_words,
    gazetteer_region_countries,
    is_abbreviation,
    listed_company,
    name_key,
    named_party,
    norm_token,
    normalize_date,
    opposition_party,
    split_tokens,
    with_of_dropped,
)
from eventwire.knowledge.people import listed_country, without_initials
from eventwire.knowledge.place_words import (
    DISTRICT_COMPASS,
    DISTRICT_KINDS,
    LANDFORM_SUFFIXES,
    LOCATIVE_CUES,
    PROXIMITY_CUES,
    REGION_ADJECTIVES,
    REGION_SUFFIXES,
    REGIONAL_ONLY_TITLES,
    SETTLEMENT_NOUNS,
    US_STATES,
)
from eventwire.knowledge.places import Gazetteer, normalize_name
from eventwire.nlp.name_words import PRONOUN_KINDS
from eventwire.nlp.pipeline import dictionary_word, dictionary_words, lower_cased
from eventwire.resolve.actor_words import (
    AIM_ROLE_WORDS,
    AIRLINE_NAME_WORDS,
    APPOSED_BODY_NOUNS,
    ARABIC_PARTICLES,
    ARMED_GENERIC,
    ARMED_GROUP_ACTS,
    ARMED_MEMBER_WORDS,
    ARMED_PEOPLE_SECTORS,
    BODY_NOUNS,
    BORDERLESS_NAMES,
    CLAN_FAMILY_NAMES,
    COMPANY_COMPOUND_PREFIXES,
    COMPANY_DESCRIPTION_HEADS,
    COMPANY_DESCRIPTION_REACH,
    COMPANY_GROUP_HEADS,
    COMPANY_GROUP_LEADS,
    COMPANY_OWN_WORDS,
    COMPOUND_DEMONYMS,
    CONGRESS_MEMBER,
    CONGRESS_TAG,
    CONGRESS_TAG_PREFIX,
    CONGRESS_WORDS,
    COORDINATED_MODIFIERS,
    COUNTERPART_WORDS,
    CRIME_BODY_NAME_ENDS,
    DETERMINERS,
    ENVOY_WORDS,
    FAMILY_WORDS,
    FIRST_PERSON,
    FORCE_CRAFT_NOUNS,
    FORCE_MEMBER_NOUNS,
    HEAD_BREAKS,
    HONORIFICS,
    HYPHEN_SUFFIXES,
    IMG_ROLE_SECTORS,
    INDEFINITE_ARTICLES,
    INSTITUTION_WORDS,
    INSURGENT_ARMY_WORDS,
    INTER_STATE_ADJECTIVES,
    KEEP_LOWER,
    LAND_STATUS_WORDS,
    LEGISLATOR_TITLES_BEFORE_NAMES,
    LEGISLATURE_TITLE_COUNTRIES,
    LOCAL_OFFICE_WORDS,
    LOCAL_WORDS,
    LOCATIVE_PREPOSITIONS,
    LOWER_NAME_ENDS,
    MEMBER_TITLES,
    MILITARY_RANKS,
    NAME_SUFFIXES,
    NAMED_CRIME_HEADS,
    NAMED_GROUP_HEADS,
    NEWSPAPER_HEADS,
    NONSTATE_ROLE_SECTORS,
    OF_PHRASE_NOUNS,
    OFFICER_MENTIONS,
    OPPOSITION_ACT_PHRASES,
    OPPOSITION_ACT_REACH,
    ORDINARY_NAME_WORDS,
    OWNER_DETERMINERS,
    OWNER_PHRASE_PREPOSITIONS,
    PARTITIVES,
    PARTY_MEMBER_WORDS,
    PARTY_NOUNS_ADDED,
    PERSON_KIND_NOUNS,
    PLACE_ADVERBS,
    PLACE_ARMY_WORDS,
    PLACE_NAMED_BODY_NOUNS,
    POSSESSION_NOUNS,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_PRONOUNS,
    QUANTIFIERS,
    REGION_ADJECTIVE_FIRST_WORDS,
    REGION_FIRST_WORDS,
    REGION_PHRASES,
    REGIONAL_GROUP_WORDS,
    REGIONAL_STATE_NOUNS,
    RIGHTS_GROUP_ROLES,
    ROLE_COUNTRIES,
    RULING_WORDS,
    SENTENCE_OPENERS,
    SEPARATIST_GOVERNING_HEADS,
    SEPARATIST_WORDS,
    SHARED_RANKS,
    SON_OF_PARTICLES,
    SPEAKER_TITLES,
    SPEECH_VERBS,
    STANCE_NOUNS,
    STATE_ARMY_WORDS,
    STATE_DESCRIPTION_NOUNS,
    STATE_FORM_WORDS,
    STATE_SECTORS,
    TERRITORY_NOUNS,
    TITLE_BRANCHES,
    TITLE_WORDS,
    UNATTRIBUTED_ARMED_NOUNS,
    UNIDENTIFIED_WORDS,
    US_PARTY_ADJECTIVES,
    US_PARTY_TITLES,
)
from eventwire.resolve.mention_sectors import load_model
from eventwire.resolve.roles import (
    ACCUSABLE_PEOPLE,
    ACCUSED_AFTER,
    ACCUSING_VERBS,
    BODY_ANAPHORS,
    BODY_BOSS_WORDS,
    CASED_COMPANY_SUFFIXES,
    COLLECTIVE_NOUNS,
    COLONY_WORDS,
    COMMERCIAL_BANKS_OF,
    CURRENCY_WORDS,
    ETHNIC_PEOPLE_NOUNS,
    FORCE_UNIT_NOUNS,
    FORMER_WORDS,
    GOVERNMENT_BODIES,
    HOLDER_WORDS,
    IGO_GOV_ROLES,
    IN_OFFICE_WORDS,
    LAWYER_BODY_ROLES,
    LEADER_TITLES,
    MODIFIER_SECTORS,
    MONITOR_ROLES,
    NON_ACTOR_NOUNS,
    NOT_PLACES,
    ORG_HEAD_WORDS,
    PARTY_NAME_WORDS,
    PLACE_PREFIXES,
    POLICE_TITLES_BEFORE_NAMES,
    REFUGEE_MODIFIERS,
    RELATION_NOUNS,
    STATE_ACT_NOUNS,
    STATE_BODY_HEADS,
    STATE_ROLES,
    TITLE_OFFICE_ROLES,
    WEAPON_NOUNS,
    WORLD_MODIFIERS,
    curated_role_phrases,
    phrase_key,
    role_sectors,
)

ROLE_SECTORS: dict[str, str] = role_sectors()
# Lawyers' professional bodies (roles.LAWYER_BODY_ROLES) as role keys, to tell a bar named after
# a court ("the High Court Bar Association") from the court.
LAWYER_BODIES = frozenset(phrase_key(p) for phrases in LAWYER_BODY_ROLES.values()
                          for p in phrases.split(",") if p.strip())
CURATED_ROLES = curated_role_phrases()
MAX_ROLE_LEN = max(len(p.split()) for p in ROLE_SECTORS)
# Sentences whose countries are kept (a document's mentions share their sentences).
SENTENCE_CACHE_SIZE = 256
# Years a Phoenix office left open when the dictionaries stopped (capped 2014-12-31) is
# still taken as held.
STALE_GRACE_YEARS = 2
# "X-backed militias" are not X: the country before these suffixes is dropped ("Somalia-based"
# keeps Somalia: a group based somewhere is coded there).
DETACHED_SUFFIX_RE = re.compile(
    r"\b[\w.]+-(backed|born|funded|supported|allied|aligned|sponsored|trained|"
    r"educated|owned|brokered|drafted|made)\b", re.IGNORECASE)
# "militants backed by Ankara", "a group funded by the United States": the sponsor named
# after "by" is not the actor's country either (the name dropped, as DETACHED_SUFFIX_RE does).
BACKED_BY_RE = re.compile(
    r"\b(backed|funded|supported|sponsored|armed|trained)\s+by\s+(?:the\s+)?"
    r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*")
# A capitalised word, then a capitalised word with a short lower-case syllable after a hyphen:
# a Korean or Chinese given name ("Kim Jong-un", "Moon Jae-in", "Chiang Kai-shek").
HYPHENATED_NAME_RE = re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z]{1,8})-([a-z]{2,5})\b")
# "al-Qaida suspects", "el-Sisi": a lower-case Arabic article hyphened to a capitalised name is
# the name's first word (news styles differ on its capital).
ARTICLE_NAME_RE = re.compile(r"\b(al|el)(?=-[A-Z])")
# "pro-Russian separatists", "an anti-Syria journalist": the country after pro-/anti- is the
# one they side with or against, not their own (kept: the prefix word alone).
DETACHED_PREFIX_RE = re.compile(r"\b(pro|anti)-[\w.]+", re.IGNORECASE)
# Every phrase made of the first words of a role phrase ("aid", "aid workers"): `_match_role`
# stops growing a phrase that is none of them.
ROLE_PREFIXES = frozenset(" ".join(words[:k])
                          for words in (p.split(" ") for p in (*ROLE_SECTORS, *ROLE_COUNTRIES))
                          for k in range(1, len(words) + 1))
# Tokens remembered by `ActorResolver._can_start`; the memo is emptied when it reaches this size
# (a long run's vocabulary keeps growing).
START_MEMO_SIZE = 200_000
MILITARY_PREDICATE_RE = re.compile(
    r"^[\s,]*(?:(?:has|have|had|was|were|is|are|also|reportedly|then|again|on \w+)\s+)*"
    r"(?:(?:carried out|launched|conducted|staged|began|started|resumed)\s+(?:\w+\s+)?"
    r"(?:air ?strikes?|strikes|raids?|bombing|shelling|attacks?|offensive|invasion|operations?)"
    r"|bombed|shelled|invaded|struck|raided|fired (?:missiles|rockets|shells)"
    r"|(?:deployed|sent) troops)\b", re.IGNORECASE)
# The smallest town a sentence's "in X" may place a role in (a village's name is too often
# shared with a word or a person).
LOCATED_TOWN_MIN_POP = 2_000
# Towns named after an article ("the Bronx") are large ones; a smaller namesake is a common noun.
ARTICLE_TOWN_MIN_POP = 1_000_000
# What follows a mention and names its group or place: "of/in/from ...", up to a clause break
# ("near/outside" only a town: PROXIMITY_CUES).
CONTINUATION_RE = re.compile(r"\s*(?:of|in|from|near|outside)\s+([^,.;:!?()\"]{1,80})")
# What follows a member title and names the body it sits for ("representatives | to the ...").
MEMBER_OF_RE = re.compile(r"\s*(?:of|to|from|at)\s+([^,.;:!?()\"]{1,80})")
# A place fronted before the sentence's clause ("In Lebanon, hundreds of students gathered ...
# calling for ... Bush and ... Blair"), or a headline's topic before a colon ("Myanmar coup:
# Biden slaps sanctions on military leaders"): it places the clause's roles, whatever other
# countries the clause names.
FRONTED_PLACE_RE = re.compile(r"^\W*(?:In|Inside|Across|Throughout)\s+([^,.;:!?()\"]{2,60}),\s"
                              r"|^\W*([A-Z][^,.;:!?()\"]{1,40}?)\s*:\s")
MAX_CONTINUATION = 8
# A decade or a year heading a span ("the late 1960s", "the early 2000s") is a time, and the
# "late" before it no former word.
TIME_HEAD_RE = re.compile(r"(?:1[5-9]|20)\d\d(?:'?s)?|'?\d0s")
# The capitalised words of a name right before a mention cut inside it, up to the "of" or
# "for" that joins them ("the United Nations Office for | the Coordination of ...").
NAME_HEAD_RE = re.compile(r"((?:[A-Z][\w'.-]*\s+){1,5}(?:for|of))\s+$")
# The capitalised words of a name right after a span ("The Islamist militant group | Islamic
# State group has claimed ..."), up to the first lower-case word.
# A name right before a span, ended by the comma of an apposition or a copula ("the Falkland
# Islands, | a former British overseas territory", "Chile is | a former Spanish colony").
NAME_BEFORE_RE = re.compile(r"((?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*)"
                            r"(?:,|\s+(?:is|was|remains|became))\s*$")
NAME_AFTER_RE = re.compile(r"[ \t]+((?:[A-Z][\w'.-]*[ \t]+){0,4}[A-Z][\w'.-]*)")
WORD_RE = re.compile(r"(?<![A-Za-z])[a-z][a-z'.]*")  # a whole word, not the tail of "Indonesian"
NEXT_WORD_RE = re.compile(r" ([A-Za-z]+)\b")
# "Northwest", "Western", "Southeastern": a part of the place after it, never a first name.
COMPASS_RE = re.compile(r"(?:north|south|mid)?(?:east|west)?(?:ern)?")
# Sentences of a document read for its full mentions (a break after . ! ? or a line end).
# (not after an initial or an honorific: "m.n. singh", "Gen. Haftar").
SENTENCE_BREAK_RE = re.compile(
    r"(?<=[.!?])(?<!\b[a-z]\.)(?<!\bmr\.)(?<!\bdr\.)(?<!\bms\.)(?<!\bst\.)(?<!\bmrs\.)"
    r"(?<!\bgen\.)(?<!\bcol\.)(?<!\bsen\.)(?<!\brep\.)(?<!\blt\.)\s+(?=\S)|\n+",
    re.IGNORECASE)
# "the Kurdistan Workers' Party (PKK)": a name, then its acronym in brackets.
ACRONYM_RE = re.compile(r"((?:[A-Z][\w'.-]*\s+(?:(?:of|for|the|and|de)\s+)?){1,7}[A-Z][\w'.-]*)"
                        r"\s*\(([A-Z][A-Za-z]?[A-Z]{1,6})\)")
# "a house belonging to | a village doctor", "the home of | a journalist": a thing named by
# its owner (POSSESSION_NOUNS; "of" only before an article: "the House of Lords" is a body).
POSSESSION_RE = re.compile(
    r"^\s*(?:the|a|an|his|her|their|its)\s+(?:[a-z]+\s+)?([a-z]+)\s+"
    r"(?:belonging\s+to|owned\s+by|of(?=\s+(?:a|an|the|his|her|their)\s))\s+")
# Longest name run read after a title in a document ("Home Minister L K Advani").
MAX_NAME_RUN = 4
# The Times of India's archive line before the dateline of its stories (IndiaPoliceEvents).
STORY_HEADER_RE = re.compile(r"^\s*This story is from [^\n]*\n")
# A dateline: a place name at the start of the text, then an optional ", region" and
# "(Agency)", then a colon or dash ("NEW DELHI:", "BEIRUT (AP) -").
DATELINE_RE = re.compile(
    r"^\s*([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3})"
    r"(?:, [A-Z][A-Za-z. ]{1,25})?\s*(?:\([^)\n]{1,30}\))?\s*(?::|-{1,2}|\u2013|\u2014)\s")
# The parts of speech of an English word that no town of a lower-cased copy is spelt as
# (`_word_place`): WordNet's nouns hold place names too.
NON_NOUN_PARTS = ("verb", "adj", "adv")
# Characters of a document's lead searched for the country it is about.
DOCUMENT_LEAD = 1500
# `_lowercased_copy`'s bound in capitals per letter: fewer than one in 200, strictly, where
# `lower_cased` allows as many as its bound; just under 1/200, so that for any text of under
# 10**9 letters L and capitals c, c <= L * bound exactly when 200 * c < L.
LOWERCASED_COPY_CAPITALS = (1 - 1e-9) / 200


CONGRESS_AFTER_RE = re.compile(r"\s*" + CONGRESS_TAG)  # the tag right after a mention
CONGRESS_CUT_RE = re.compile(r"\s*" + CONGRESS_TAG_PREFIX)  # ... or the span's own end
CONGRESS_NAME_RE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s*$")  # ... its name

@dataclass(frozen=True, slots=True)  # shared by every use of a word (`_tokens`)
class _Token:
    raw: str
    norm: str
    possessive: bool
    capitalized: bool  # set once (`_tokens`): the scanners ask for it per span


# raw token -> its token, plain and possessive, for `_tokens`: news repeats its words; emptied
# at START_MEMO_SIZE entries. The tokens are shared, so nothing may change one after `_tokens`.
_TOKEN_FORMS: dict[str, tuple[_Token, _Token]] = {}


@dataclass(slots=True)
class _Hit:
    start: int
    end: int  # exclusive, token index
    kind: str  # entity | country | place | role | role_country
    value: object  # list[Office] | (code, kind) | code | sector
    possessive: bool = False


@dataclass(slots=True)
class _Memory:
    at: int  # character offset of the mention in its document (-1: unknown)
    actor: Actor
    person: bool


@dataclass(slots=True)
class MentionContext:
    """Per-document memory: resolved mentions by name key and role word, in document order.

    A later short mention ("Putin", "Mr Singh", "the minister", "PKK") takes the resolution of
    the nearest earlier full mention; a pronoun takes the nearest earlier compatible one.
    """

    by_name: dict[str, list[_Memory]] = field(default_factory=dict)
    by_role: dict[str, list[_Memory]] = field(default_factory=dict)
    mentions: list[_Memory] = field(default_factory=list)
    # The country the document is filed from or about (ActorResolver.document_country).
    document_country: str | None = None
    # The country the document's lead names most often, the first named of a tie (once is
    # enough): weaker than the above, for a role its sentence and town leave without a country.
    lone_country: str | None = None
    # Whether the document read is a lower-cased copy of news (None: no document was read, and
    # each mention's sentence decides).
    lowercased: bool | None = None
    # The document's text (quotes: who "we" is)
    text: str = ""

    def remember(self, names: list[str], roles: list[str], actor: Actor, *, at: int = -1,
                 person: bool = False) -> None:
        """Store a resolved actor under its name keys and role words, at offset `at`."""
        memory = _Memory(at, actor, person)
        for key in dict.fromkeys(k for k in names if k):
            self.by_name.setdefault(key, []).append(memory)
        for role in dict.fromkeys(roles):
            self.by_role.setdefault(role, []).append(memory)
        self.mentions.append(memory)

    def recall(self, name_keys: list[str], role: str | None, at: int | None = None
               ) -> Actor | None:
        """The remembered actor for any of these keys, else for the role word.

        With an offset, the nearest mention before it; a name mentioned only later in the
        document still counts (a headline's surname, the full name in the next sentence),
        a role word does not.
        """
        for key in name_keys:
            found = _nearest(self.by_name.get(key, []), at, later_ok=True)
            if found is not None:
                return found
        if role:
            return _nearest(self.by_role.get(role, []), at, later_ok=False)
        return None

    def antecedent(self, pronoun: str, at: int | None) -> Actor | None:
        """The nearest earlier mention a pronoun can stand for: "he"/"she" a person, "they"
        a group, a body or a state (PRONOUN_KINDS)."""
        person = PRONOUN_KINDS.get(pronoun.lower())
        if person is None or at is None:
            return None
        earlier = [m for m in self.mentions if 0 <= m.at < at and m.person == person]
        return max(earlier, key=lambda m: m.at).actor if earlier else None

    def speaker(self, at: int | None) -> Actor | None:
        """Who "we" or "I" at offset `at` is: inside a quotation of its paragraph, the nearest
        person named before it with a country (the one quoted, as a news report names the
        speaker before the quote or in its first part); outside one, nobody."""
        if at is None or not self.text or not _inside_quote(self.text, at):
            return None
        earlier = [m for m in self.mentions if 0 <= m.at < at and m.person and m.actor.country]
        return max(earlier, key=lambda m: m.at).actor if earlier else None

    def security_force(self, at: int | None) -> Actor | None:
        """The police or armed force (COP or MIL, with a country) remembered last before
        offset `at`, for "officers" with nothing of their own."""
        if at is None:
            return None
        earlier = [m for m in self.mentions if 0 <= m.at < at and not m.person
                   and m.actor.sector in ("COP", "MIL") and m.actor.country]
        return max(earlier, key=lambda m: m.at).actor if earlier else None

    def named_body(self, at: int | None, sectors: frozenset[str] | None = None
                   ) -> Actor | None:
        """The nearest earlier organisation the document named, of one of `sectors` ("the
        CIA ... the agency") or, with None, any non-state one ("Human Rights Watch ... the
        group said"): a remembered non-person mention the KB knows by name, not an
        intergovernmental one (no "group"; remembered actors carry the country code `resolve`
        gives them, IGO for UN and EU bodies too)."""
        if at is None:
            return None
        earlier = [m for m in self.mentions
                   if 0 <= m.at < at and not m.person and m.actor.entity_name
                   and m.actor.country != "IGO" and (
                       m.actor.sector in sectors if sectors is not None
                       else m.actor.sector not in STATE_SECTORS)]
        return max(earlier, key=lambda m: m.at).actor if earlier else None


def _inside_quote(text: str, at: int) -> bool:
    """Whether offset `at` is inside a quotation opened earlier in its paragraph (curly quotes
    opened and not closed, or an odd number of straight ones)."""
    para = text[text.rfind("\n", 0, at) + 1:at]
    return para.count("\u201c") > para.count("\u201d") or para.count('"') % 2 == 1


def _nearest(memories: list[_Memory], at: int | None, *, later_ok: bool) -> Actor | None:
    if not memories:
        return None
    if at is None:
        return memories[-1].actor
    before = [m for m in memories if m.at <= at]
    if before:
        return max(before, key=lambda m: m.at).actor
    return min(memories, key=lambda m: m.at).actor if later_ok else None


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    if "-" in text:  # each of these patterns needs a hyphen
        text = DETACHED_PREFIX_RE.sub(r"\1", DETACHED_SUFFIX_RE.sub(r"\1", text))
        text = HYPHENATED_NAME_RE.sub(_capitalise_name_syllable, text)
        text = ARTICLE_NAME_RE.sub(lambda m: m.group(1).capitalize(), text)
    if " by " in text:
        text = BACKED_BY_RE.sub(r"\1 by", text)
    forms = _TOKEN_FORMS
    for raw in split_tokens(text):
        if raw == "'s":
            if out:
                last = out[-1]
                out[-1] = forms[last.raw][1]
            continue
        form = forms.get(raw)
        if form is None:
            if len(forms) >= START_MEMO_SIZE:
                forms.clear()
            norm = raw.replace(".", "") if is_abbreviation(raw) else norm_token(raw)
            capitalized = raw[:1].isupper() or raw[:1].isdigit()
            form = forms[raw] = (_Token(raw, norm, False, capitalized),
                                 _Token(raw, norm, True, capitalized))
        out.append(form[0])
    return out


def _capitalise_name_syllable(match: re.Match[str]) -> str:
    """"Kim Jong-un" -> "Kim Jong-Un": a given name's second syllable is part of the name."""
    head, syllable = match.group(1), match.group(2)
    if head.split()[0].lower() in DETERMINERS or syllable in HYPHEN_SUFFIXES:
        return match.group(0)  # "The Saudi-led", "Sunday Kremlin-run"
    return f"{head}-{syllable.capitalize()}"


# A university system's acronym, a hyphen and a town: the campus there (ActorResolver._campus).
CAMPUS_RE = re.compile(r"\b(U[A-Z]{1,4}|SUNY|CUNY)-([A-Z][a-z]+)\b")
# An office held towards another country: "the special envoy to Ukraine", "ambassador to
# Britain" is that country's host, not its official.
ENVOY_TO_RE = re.compile(
    r"\b(?:envoy|ambassador|emissary|representative|delegate|negotiator)s?\s+(?:\w+\s+)?(?:to|in)\s", re.I)
# "A New York man", "a Syrian woman": a person by place and kind (PERSON_KIND_NOUNS).
PERSON_KIND_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w.'-]*\s+){1,3})(?:" + "|".join(PERSON_KIND_NOUNS)
    + r")\b")
# A state described, not named ("the country", "the former Soviet republic", "the Gulf
# kingdom"): the state named last this many characters before it (ActorResolver.described_state).
DESCRIBED_STATE_WINDOW = 300
# A possessive ending cut from a name read in a document ("Carlineo's").
POSSESSIVE_END_RE = re.compile(r"['\u2019]s?$")
# Where the clause of a possessive's owner begins, looking back from it (branch possess): a comma
# or semicolon, or a subordinating word ("... after Uganda closed its embassy", "said that its
# troops ...").
OWNER_CLAUSE_BREAK_RE = re.compile(
    r"[,;:]|\b(?:that|after|before|when|while|as|because|since|if|unless|but|until|whereas)\b",
    re.I)
# A name, then an appositive that states an office: "Kenzo Oshima, the UN relief coordinator".
APPOSITION_RE = re.compile(r"^[^,]+,\s+(?:the|a|an)\s+", re.I)
# An office the sentence states around a bare name: "Gul Rahman, a suspected militant, ..."
# (after it) and "The head of the rebel National Liberation Front, Bongani Bihanga, ..." (before
# it, the name then closed by a comma).
# An office after the name may also come without an article when "of", "for" or "at" follows
# its noun ("David D'Albini, manager of the McDonald's"); one before it may open with a
# possessive name instead of an article ("Dzhokhar Tsarnaev's lawyer, Judy Clarke, ...").
STATED_AFTER_RE = re.compile(
    r",\s+((?:(?:the|a|an)\s+|(?=(?-i:[a-z]+)\s+(?:of|for|at)\s))[^,;:()\"]{3,120})", re.I)
STATED_BEFORE_RE = re.compile(
    r"(?:^|[,;:]\s+)((?:(?i:the|a|an)|(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.-]*'s)\s+"
    r"[^,;:()\"]{3,120}),\s+$")
# The stated office ends where a relative clause begins: "a former Colombian Congressman | the
# rebels have held", "a suspected militant | who ..." (a determiner after a preposition stays:
# "a lieutenant in the Birmingham Brigade of the IRA").
RELATIVE_CLAUSE_RE = re.compile(
    r"\s+(?:who|whom|whose|which|that)\b|(?<!\bof)(?<!\bin)(?<!\bfor)(?<!\bat)(?<!\bto)"
    r"(?<!\bon)(?<!\bwith)(?<!\bfrom)(?<!\bby)\s+(?:the|a|an)\s", re.I)

# A party's act against the government (OPPOSITION_ACT_PHRASES: a verb's stem, then words).
OPPOSITION_ACT_RE = re.compile(r"\b(?:" + "|".join(
    re.escape(verb) + r"\w*\s+" + r"\s+".join(map(re.escape, rest))
    for verb, *rest in (phrase.split() for phrase in OPPOSITION_ACT_PHRASES)) + r")\b", re.I)
# issue 17, round 28: capitalised words set off by a comma right after a mention, ended by
# punctuation or a lower-case word ("Police in Córdoba, Argentina, dispersed"): a country?
COUNTRY_AFTER_MENTION_RE = re.compile(
    r",\s+((?:the\s+)?[A-Z][\w'.-]*(?:\s+(?:of\s+)?[A-Z][\w'.-]*){0,3})(?=\s*[,.;:)]|\s+[a-z]|\s*$)")

def _us_state_after(toks: list[_Token], end: int) -> bool:
    """Whether a US state follows a place after a comma ("New Brunswick, N.J.", "Springfield,
    Illinois"): an abbreviation with its dot or in capitals, or the state's name."""
    if end + 1 >= len(toks) or toks[end].norm != ",":
        return False
    raw = toks[end + 1].raw
    if not raw[:1].isupper():
        return False
    key = raw.lower().rstrip(".")
    if key in US_STATES:
        return raw.endswith(".") or raw.isupper() and len(raw) == 2
    names = {name.lower() for name in US_STATES.values()}
    return key in names or end + 2 < len(toks) and f"{key} {toks[end + 2].norm}" in names


def _after_against(toks: list[_Token], k: int) -> bool:
    """Whether toks[k] follows "against" or "against the"."""
    before = [t.norm.lower() for t in toks[max(0, k - 2):k]]
    return before[-1:] == ["against"] or before == ["against", "the"]


def _district_end(toks: list[_Token], end: int) -> int:
    """Where a town's name ends with the kind of district after it (DISTRICT_KINDS); `end`
    when no kind follows."""
    at = end + 1 if end < len(toks) and toks[end].norm.lower() in DISTRICT_COMPASS else end
    for kind in DISTRICT_KINDS:
        if tuple(t.norm.lower() for t in toks[at:at + len(kind)]) == kind:
            return at + len(kind)
    return end


def _first_conjunct(tokens: list[_Token]) -> list[_Token]:
    """'Italy and Spain' -> 'Italy' (PLOVER codes the first of coordinated actors)."""
    for i, tok in enumerate(tokens):
        if tok.norm in {"and", "&"} and 0 < i < len(tokens) - 1:
            return tokens[:i]
    return tokens


class ActorResolver:
    """Resolve Actor mentions to PLOVER country + sector with a KnowledgeBase."""

    def __init__(self, kb: KnowledgeBase, *, mention_model: bool = True) -> None:
        self.kb = kb
        # the learned sector of a mention's words, for what no role word or KB entry settles
        self.mention_model = load_model() if mention_model else None
        self._sentence_cache: dict[tuple[str, bool], list[str]] = {}
        self._start_memo: dict[str, tuple[bool, bool]] = {}  # norm -> _can_start
        self._pair_starts: frozenset[str] | None = None  # for `_can_continue`, made on first use

    # ----- public --------------------------------------------------------------------------
    def _commanders_force(self, actor: Actor, text: str, *, date: str | None,
                          context: MentionContext, sentence: str | None,
                          at: int | None) -> Actor | None:
        """"his men", "the ssp's men": the police or armed force (COP, MIL) of the officer who
        owns them, the owner found as the pronoun's antecedent or resolved from the possessor;
        None when the owner is no such officer (a minister's men are not a force)."""
        words = text.lower().split()
        if len(words) < 2 or words[-1] not in FORCE_MEMBER_NOUNS:
            return None
        owner: Actor | None = None
        if len(words) == 2 and words[0] in POSSESSIVE_PRONOUNS:
            owner = context.antecedent(POSSESSIVE_PRONOUNS[words[0]], at)
            cut = sentence.find(text) if sentence else -1
            if owner is None and cut > 0:
                # the officer named last before them in their sentence ("the inspector said his
                # men ..."): a role word, which no person mention remembers
                roles = [h for h in self._scan(_tokens(sentence[:cut])) if h.kind == "role"]
                if roles and roles[-1].value in ("COP", "MIL"):
                    return replace(actor, entity_name=None, country=None,
                                   sector=str(roles[-1].value), resolved_by="coref")
        elif words[-2].endswith(("'s", "’s")) and len(words[-2]) > 2:
            cut = text.lower().rfind(words[-2]) + len(words[-2]) - 2
            owner = self.resolve(replace(actor, entity_text=text[:cut].strip()), date=date,
                                 context=context, sentence=sentence)
        if owner is None or owner.sector not in ("COP", "MIL"):
            return None
        return replace(actor, entity_name=None, country=owner.country, sector=owner.sector,
                       resolved_by="coref")

    def _owners_force(self, actor: Actor, text: str, *, date: str | None,
                      context: MentionContext, sentence: str | None,
                      at: int | None) -> Actor | None:
        """"Sudan said its jets ...", "President Ruto said his troops ...": a force or state body
        named through a possessive takes the country of its owner, the subject of the clause the
        possessive stands in (of the reporting clause where it opens its own: "said that its
        troops"), with the force's own sector; an owner outside the state ("the rebels said
        their fighters") lends its own resolution. None where the mention is no such force or
        no owner opens the clause."""
        words = text.split()
        if len(words) < 2 or words[0].lower() not in OWNER_DETERMINERS or not sentence:
            return None
        cut = sentence.find(text)
        if cut <= 0:
            return None
        rest = " ".join(words[1:])
        toks = _tokens(rest)
        hits = self._scan(toks)
        state = _state_description(toks, hits)  # "his country": the owner's state itself
        if words[-1].lower() in COUNTERPART_WORDS or any(h.kind != "role" for h in hits):
            return None  # "his Chinese counterpart": another state's, or one named in itself
        if rest.lower() in FORCE_CRAFT_NOUNS:
            own_sector = "MIL"
        elif state:
            own_sector = "GOV"
        elif hits and str(hits[-1].value) in STATE_SECTORS:
            own_sector = str(hits[-1].value)  # the role word's: "its navy" MIL, "its embassy" GOV
        else:
            return None  # no force or state body ("its workers", "their families")
        owner_text = self._clause_subject(sentence[:cut])
        if owner_text is None:
            return None
        begin = sentence.rfind(owner_text, 0, cut)
        place = at - cut + begin if at is not None and begin >= 0 else None
        # resolved at its own offset, as the pipeline reads it: the memory this adds is the
        # owner's own mention
        owner = self.resolve(Actor(owner_text, span=Span(place, place + len(owner_text),
                                                         owner_text)
                                   if place is not None else None),
                             date=date, context=context, sentence=sentence)
        if owner.sector is None and owner.country is None:
            return None
        if owner.sector not in STATE_SECTORS:
            if state:
                return None  # "the migrants said their country": not theirs to own
            # "the rebels said their fighters": the owner's own, never a state's
            return replace(actor, entity_name=None, country=owner.country,
                           sector=owner.sector, resolved_by="coref")
        return replace(actor, entity_name=None, country=owner.country, sector=own_sector,
                       resolved_by="coref")

    def _clause_subject(self, before: str) -> str | None:
        """The actor words that open the clause ending in `before` (a sentence up to a
        possessive): from the clause's start, the run of scanned names, countries and role
        words and the capitalised words that continue them ("India's army chief", "President
        Ruto", "The rebels"), or a pronoun; the reporting clause's where the possessive opens its
        own clause. None where the clause opens with no actor."""
        clauses = OWNER_CLAUSE_BREAK_RE.split(before)
        clause = clauses[-1]
        if len(clause.split()) < 2 and len(clauses) > 1:
            clause = clauses[-2]  # "Ankara said that | its troops": the reporting clause
        toks = _tokens(clause.strip())
        if not toks:
            return None
        if toks[0].norm.lower() in PRONOUN_KINDS:
            return toks[0].raw
        end = 0
        hits = self._scan(toks)
        for hit in hits:
            if hit.start > end + (1 if end == 0 else 0):
                break  # the clause's subject ends where its verb begins
            end = max(end, hit.end)
        while 0 < end < len(toks) and toks[end].capitalized:
            end += 1
        for hit in hits:
            if hit.start < end or hit.kind == "role":
                continue
            k = hit.start - 1
            while k > end and toks[k].norm.lower() in INDEFINITE_ARTICLES | {"the"}:
                k -= 1
            if toks[k].norm.lower() not in OWNER_PHRASE_PREPOSITIONS:
                return None  # a name the verb takes may own the possessive ("gave France ...")
        return " ".join(t.raw for t in toks[:end]) if end else None

    def resolve(self, actor: Actor, *, date: str | None, context: MentionContext,
                sentence: str | None = None) -> Actor:
        """Return `actor` with entity_name, country, sector and resolved_by filled.

        `sentence` is an optional hint: a bare country doing military things ("Israel carried
        out airstrikes") becomes MIL instead of GOV.
        """
        day = normalize_date(date)
        text = actor.entity_text
        at = actor.span.start if actor.span is not None else None
        if text.strip().lower() in PRONOUN_KINDS:
            # "he said", "they attacked": the nearest earlier compatible mention
            found = context.antecedent(text.strip(), at)
            if found is None:
                return replace(actor, entity_name=None, country=None, sector=None,
                               resolved_by=None)
            return replace(actor, entity_name=found.entity_name, country=found.country,
                           sector=found.sector, resolved_by="pronoun")
        if text.strip().lower() in FIRST_PERSON:
            found = context.speaker(at)
            if found is None:
                return replace(actor, entity_name=None, country=None, sector=None,
                               resolved_by=None)
            return replace(actor, entity_name=found.entity_name, country=found.country,
                           sector=found.sector, resolved_by="speaker")
        force = self._commanders_force(actor, text, date=date, context=context,
                                       sentence=sentence, at=at)
        if force is not None:
            return force
        force = self._owners_force(actor, text, date=date, context=context, sentence=sentence,
                                   at=at)
        if force is not None:
            return force
        words = text.lower().split()
        if sentence and len(words) == 2 and words[0] in POSSESSIVE_DETERMINERS \
                and words[1] in STANCE_NOUNS \
                and re.search(rf"\b{re.escape(text.strip())}\s+to\b", sentence):
            # "eased its opposition to the plan": a stance, no opposition party
            return replace(actor, entity_name=None, country=None, sector=None, resolved_by=None)
        member = self._congress_member(actor, text, sentence, context, at)
        if member is not None:
            return member
        lowered = context.lowercased if context.lowercased is not None else (
            lower_cased(sentence or text) or bool(sentence and lower_cased(text)
                                                 and lower_cased(sentence.lstrip()[1:])))
        if lowered:
            # A lower-cased copy (IndiaPoliceEvents): names and places match only capitalised.
            text = self._recase(text, mention=True)
            sentence = self._recase(sentence, mention=False) if sentence else sentence
        anaphor = " ".join(text.lower().split())
        if f"the {anaphor}" in BODY_ANAPHORS and sentence and re.search(
                rf"\bthe\s+{re.escape(text.strip())}\b", sentence, re.I):
            anaphor = f"the {anaphor}"  # a span without its article ("agency")
        if anaphor in BODY_ANAPHORS:
            # "the group said", "the agency was contacted": the organisation of that kind
            # this document named last, if any
            kind = BODY_ANAPHORS[anaphor]
            found = context.named_body(at, STATE_SECTORS if kind == "STATE"
                                       else None if kind == "NONSTATE" else frozenset({kind}))
            if found is not None:
                return replace(actor, entity_name=found.entity_name, country=found.country,
                               sector=found.sector, resolved_by="coref")
        if "-" in text:
            text = CAMPUS_RE.sub(self._campus, text)  # "UNC-Charlotte students"
        owned = POSSESSION_RE.match(text)
        if owned is not None and owned.group(1) in POSSESSION_NOUNS:
            text = text[owned.end():]  # "a house belonging to a village doctor": the doctor
        else:
            owned = None
        tokens = _tokens(text)
        first = _first_conjunct(tokens)
        if len(first) < len(tokens) and self._name_across_and(tokens, len(first)):
            first = tokens  # "the Justice and Development Party": one name, not two actors
        primary = self._shared_head(tokens, first)
        hits = self._scan(primary, before=_word_before(sentence, text))
        if primary and _land_status(primary) and not any(h.kind == "entity" for h in hits):
            # "the Falkland Islands, a former British overseas territory": that land
            land = self._name_before(sentence, text, day, context) if sentence else None
            if land is None:
                return replace(actor, entity_name=None, country=None, sector=None,
                               resolved_by=None)
            return replace(actor, entity_name=land[0], country=land[1], sector=land[2] or None,
                           resolved_by="apposition")
        if _state_description(primary, hits):
            # "has thanked the former Soviet republic", "the Gulf kingdom", "the country": a
            # state described, not named, is the one named last before it (the resolve step
            # skips the event's other party)
            found = self._state_before(text, at, context, sentence, None)
            if found is not None:
                return replace(actor, entity_name=None, country=found, sector="GOV",
                               resolved_by="described_state")
        result = None
        if APPOSITION_RE.match(text):
            # "Corbyn, a stolid socialist": the person named before the appositive, as this
            # document named them (an office the appositive states is read below)
            head = _tokens(text.split(",")[0])
            found = self._decide(head, self._scan(head), day, context, sentence, text, at)
            if found is not None and found[3] == "coref":
                result = found
        if result is None:
            result = self._decide(primary, hits, day, context, sentence, text, at,
                                  recased=lowered)
        if result is not None and sentence and primary \
                and primary[-1].norm.lower() in APPOSED_BODY_NOUNS \
                and not any(h.kind in ("entity", "country", "place") for h in hits):
            named = self._name_after(sentence, text, day, context)
            if named is not None:
                result = named  # "The Islamist militant group | Islamic State group": that group
        if result is not None and sentence and primary[0].norm.lower() in INDEFINITE_ARTICLES \
                and not any(h.kind in ("place", "country", "entity") for h in hits):
            # "said Dacic, a former Communist guerrilla commander": an appositive describes the
            # person named right before it, whose country the document or the KB knows
            person = self._person_before(sentence, text, day, context)
            if person is not None:
                result = (result[0], person, result[2], "apposition")
        if result is None and sentence and _bare_name(primary) \
                and not any(h.kind in ("place", "country") for h in hits):
            # a name nothing places: what the sentence says the person is, in the one other
            # country the sentence names or the document's (an office's body may be a namesake
            # elsewhere: a "Unity Front" is no South Sudanese), else the office's own
            stated = self._stated_office(text, day, context, sentence)
            if stated is not None:
                named = [c for c in self._sentence_countries(
                    sentence, text, lowered=bool(context.lowercased)) if c != stated[1]]
                home = named[0] if len(named) == 1 else context.document_country
                result = (None, home or stated[1], stated[2], "apposition")
        if result is None and sentence:
            # "the Coordination of Humanitarian Affairs" of "the United Nations Office for the
            # Coordination ...": a span cut inside a longer name is that name
            cut = sentence.find(text)
            whole = NAME_HEAD_RE.search(sentence[:cut]) \
                if cut > 0 and (text[:1].isupper() or text.startswith("the ")) else None
            if whole is not None:
                longer = _tokens(f"{whole.group(1)} {text}")
                found = self._decide(longer, self._scan(longer), day, context, sentence, text)
                if found is not None and found[3] == "kb":
                    result = found
        if result is None and " ".join(text.lower().split()) in OFFICER_MENTIONS:
            # "Kenyan police arrested ... Officers fired tear gas": that force's officers
            force = context.security_force(at)
            if force is not None:
                return replace(actor, entity_name=None, country=force.country,
                               sector=force.sector, resolved_by="coref")
        if result is None:
            result = self._company_group(primary)
        if result is None:
            result = self._listed_short_name(primary)
        if result is not None and result[1] is None and result[2]:
            result = self._head_of_listed(primary, result)
        if result is None and sentence:
            result = self._armed_named_group(primary, sentence, text, context)
        if result is None and sentence and not context.lowercased:
            result = self._described_company(primary, sentence, text)
        if result is None and not context.lowercased \
                and self._unlisted_company_group(_without_the(primary)):
            # "MTN Group", "Zorvane Holdings": a company no listing names (after the armed
            # reading: "the Maute Group seized ..." stays a group); no country. Not in a
            # lower-cased copy, whose recasing capitalises "the alde group" too
            result = " ".join(t.raw for t in _without_the(primary)), None, "BUS", \
                "unlisted_company_group"
        if result is None:
            return replace(actor, entity_name=None, country=None, sector=None, resolved_by=None)
        name, country, sector, how = result
        if not sector and sentence and not context.lowercased and not hits:
            # a two-word name taken for an unknown person's, with its sentence's country,
            # that the sentence describes as a company ("Vantor Kessling's chief executive")
            result = self._described_company(primary, sentence, text) or result
            name, country, sector, how = result
        # "Kenzo Oshima, the UN relief coordinator", "Amr Moussa, the Arab League chief": an
        # office the text states in apposition, with its body or country, is what the person
        # is that day, over what the KB says of the name (an earlier office, a namesake)
        country = COUNTRY_OF_BODY.get(country, country)
        office = self._apposition(text, day, context, sentence)
        if office is not None and country == "IGO" and how in ("text_role", "kb") \
                and COUNTRY_OF_BODY.get(office[1], office[1]) != "IGO" \
                and (office[2] == "ELI" or office[2] not in STATE_SECTORS):
            # "The UN envoy, a former Norwegian foreign minister,", "the IMF chief, a
            # Bulgarian economist,": the international post the mention names is held now; an
            # apposition of a past office or a trade tells the holder's past or nationality
            # (one of a state office now, "Norway's finance minister", still wins)
            office = None
        if office is not None and COUNTRY_OF_BODY.get(office[1], office[1]) != country:
            country, sector, how = COUNTRY_OF_BODY.get(office[1], office[1]), office[2], "apposition"
        elif not sector and sentence and _bare_name(primary) and how != "coref" \
                and not any(h.kind in ("place", "country") for h in hits):
            stated = self._stated_office(text, day, context, sentence)
            if stated is not None:
                # a person the KB does not know is what the sentence says they are; the
                # country found for the name (its sentence, its document) stays
                country = country or COUNTRY_OF_BODY.get(stated[1], stated[1])
                sector, how = stated[2], "apposition"
        if sector == "CVL" and sentence and owned is None and _accused(primary, sentence, text):
            # "a court convicted a Nigerian man"; "the home of a Palestinian man suspected of
            # ..." is his household's, whatever he is accused of
            sector = "CRM"
        if (sector == "LEG" and how == "text_role" or sector == "GOV" and how == "country_name") \
                and country and named_party(country, _party_keys(primary),
                                            [t.raw for t in primary if _party_acronym_word(t)]):
            # "Ghana's National Democratic Congress": a party the Factbook's election results
            # name, not the legislature its last word ("Congress") would make it; "Zambia's
            # Patriotic Front": nor the state its country's possessive would make it
            sector = "PTY"
        if (sector == "GOV" and how == "country_name" or not sector and how == "country_mention") \
                and hits and hits[0].kind == "country" and not context.lowercased \
                and self._unlisted_company_group(_without_the(primary[hits[0].end:])):
            # "Kenya's Zorvane Holdings", "the Nigerian Zorvane Group": a company group of that
            # country, not its state
            sector = "BUS"
        if sector == "MIL" and how != "kb" and not any(h.kind == "entity" for h in hits) \
                and self._insurgent_army(primary):
            # "The Karenni Army", "the Arakan Rohingya Salvation Army": no state's army
            sector = "REB"
        if sector == "PTY" and country \
                and not any(t.norm.lower() in RULING_WORDS for t in primary) \
                and (day and opposition_party(country, _party_keys(primary), day)
                     or sentence and _acts_against_government(sentence, text)):
            # "Brazil's Workers' Party" in 2020: its candidate lost the 2018 presidential
            # election (the Factbook's results, kb.opposition_party); a party whose sentence
            # has it call for early elections or accuse the government is out of it
            sector = "OPP"
        if country and sentence and hits and hits[-1].end == len(primary) \
                and (hits[-1].kind == "place" and hits[-1].value == country
                     or hits[-1].kind == "country" and hits[-1].value == (country, "capital")):
            # "Police in Córdoba, Argentina, dispersed ...": the country the sentence writes
            # after the town the mention ends in, over the gazetteer's namesake's
            country = self._country_after_town(sentence, text) or country
        resolved = replace(actor, entity_name=name, country=country, sector=sector or None,
                           resolved_by=how)
        if country and how != "coref":
            self._remember(primary, hits, resolved, context, -1 if at is None else at)
        return resolved

    def _scanned_after(self, sentence: str, mention: str, pattern: re.Pattern[str]
                       ) -> tuple[re.Match[str], list[_Token], list[_Hit]] | None:
        """What `pattern` matches right after the mention's first occurrence in the sentence:
        the match, its first group's tokens and their scan; None where it matches nothing."""
        at = sentence.find(mention)
        match = pattern.match(sentence, at + len(mention)) if at >= 0 else None
        if match is None:
            return None
        toks = _tokens(match.group(1))
        return match, toks, self._scan(toks)

    def _country_after_town(self, sentence: str, text: str) -> str | None:
        """The country a sentence names after a comma right after the mention `text` ("in
        Córdoba, Argentina,"), when those capitalised words are one country's name and nothing
        else."""
        scanned = self._scanned_after(sentence, text, COUNTRY_AFTER_MENTION_RE)
        if scanned is None:
            return None
        _found, toks, hits = scanned
        if len(hits) != 1 or hits[0].kind != "country" or hits[0].start != 0 \
                or hits[0].end != len(toks):
            return None
        code = hits[0].value[0]
        return code if isinstance(code, str) and code not in NONSTATE_CODES else None

    def _insurgent_army(self, toks: list[_Token]) -> bool:
        """Whether a capitalised name ending in "Army" names an army no state keeps: by its aim
        among two modifiers or more (INSURGENT_ARMY_WORDS), or by one word that is no country,
        place, number or state army's word (STATE_ARMY_WORDS: "Karenni Army")."""
        words = _without_the(toks)
        if len(words) < 2 or words[-1].norm.lower() != "army" or not words[-1].capitalized:
            return False
        mods = words[:-1]
        if not _proper(mods):
            return False
        if len(mods) >= 2:
            return any(t.norm.lower() in INSURGENT_ARMY_WORDS for t in mods)
        word = mods[0].norm.lower()
        return word.isalpha() and word not in STATE_ARMY_WORDS \
            and self.kb.country_word_key(word) is None and self.kb.place_country(word) is None

    def _company_group(self, toks: list[_Token]) -> tuple[str, str, str, str] | None:
        """A company group nothing else resolved, named by its own capitalised name and a
        group word ("Mahindra Group", "Grupo Carso", "Koç Holding"): BUS, in the one country
        of the companies whose names begin with that name (the KB's listed companies)."""
        words = _without_the(toks)
        if len(words) < 2:
            return None
        if words[-1].norm.lower() in COMPANY_GROUP_HEADS:
            name = words[:-1]
        elif words[0].norm.lower() in COMPANY_GROUP_LEADS:
            name = words
        else:
            return None
        if len(name) > 4 or not _proper(name):
            return None
        key = " ".join(t.norm for t in name)
        if self.kb.country_word_key(key) is not None:
            return None  # "India Group": a country's name, no company's
        code = self.kb.company_group_country(key)
        if code is None:
            return None
        return " ".join(t.raw for t in words), code, "BUS", "company_group"

    def _unlisted_company_group(self, words: list[_Token]) -> bool:
        """Whether `words` (no article) are a name nothing knows and a capitalised group head
        after it (COMPANY_GROUP_HEADS: "MTN Group", "Zorvane Holdings"): a company's, as news
        writes a company group's name. The name is one to three capitalised words, one no
        English word and no first name (`_unknown_name`: "Contact Group" stays a phrase), and
        no place ("the Lima Group" is the states' group)."""
        if len(words) < 2 or not words[-1].capitalized \
                or words[-1].norm.lower() not in COMPANY_GROUP_HEADS:
            return False
        name = words[:-1]
        return self._unknown_name(name) \
            and self.kb.place_country(" ".join(t.norm for t in name)) is None

    def _armed_named_group(self, toks: list[_Token], sentence: str, text: str,
                           context: MentionContext) -> tuple[str, str | None, str, str] | None:
        """A group nothing else resolved, named by capitalised words and a lower-case group word
        (NAMED_GROUP_HEADS: "the Maute group"), whose sentence goes on to an armed act
        (ARMED_GROUP_ACTS: "seized", "ambushed"): REB, of the one country its sentence names,
        else of the document's."""
        words = _without_the(toks)
        if len(words) < 2 or words[-1].norm not in NAMED_GROUP_HEADS \
                or len(words) > 5 or not _proper(words[:-1]):
            return None
        after = _after_mention(sentence, text).split()
        while after and after[0].lower() in ("has", "had", "reportedly", "allegedly", "then"):
            after = after[1:]
        if not after or after[0].lower().strip(",.") not in ARMED_GROUP_ACTS:
            return None
        named = self._sentence_countries(sentence, text, lowered=bool(context.lowercased))
        country = named[0] if len(named) == 1 else context.document_country
        return " ".join(t.raw for t in words), country, "REB", "armed_named_group"

    def _described_company(self, toks: list[_Token], sentence: str, text: str
                           ) -> tuple[str, str | None, str, str] | None:
        """A name nothing else resolved that its sentence describes as a company: a
        description headed by a company noun (COMPANY_DESCRIPTION_HEADS) in apposition after it
        ("Turkcell, the Turkish mobile operator,") or right before it ("the Danish wind-farm
        developer X"), BUS of the one country the description names; or words only a
        company has after its possessive or before it ("CATL's chief executive", "shares of
        CATL": COMPANY_OWN_WORDS), BUS with no country."""
        words = _without_the(toks)
        at = sentence.find(text)
        if at < 0 or not self._unknown_name(words):
            return None
        name = " ".join(t.raw for t in words)
        after = sentence[at + len(text):]
        described: list[str] | None = None
        apposed = re.match(r"\s*,\s*(?:the|an?)\s+([^,;.]+)", after, re.IGNORECASE)
        if apposed is not None:
            described = _described_as_company(apposed.group(1).split())
        if described is None:
            lead = sentence[:at].split()
            for start in range(len(lead) - 2, max(-1, len(lead) - COMPANY_DESCRIPTION_REACH - 3),
                               -1):
                if lead[start].lower() in ("the", "a", "an"):
                    described = _described_as_company(lead[start + 1:], whole=True)
                    if described is not None:
                        break
        if described is not None:
            named = set(self._named_countries(_tokens(" ".join(described))))
            return name, named.pop() if len(named) == 1 else None, "BUS", "described_company"
        owned = re.sub(r"^['’]s\s+", "", after.lstrip()) if re.match(r"\s*['’]s\s", after) \
            else None
        if owned is not None and owned.lower().startswith(COMPANY_OWN_WORDS) \
                or re.search(r"\bshares (?:of|in)\s*$", sentence[:at], re.IGNORECASE):
            return name, None, "BUS", "described_company"
        return None

    def _unknown_name(self, words: list[_Token]) -> bool:
        """Whether `words` are one to three capitalised words of a name, one at least no English
        word and no first name ("Chega", "Komeito"; not "Home Office", "Control Yuan")."""
        return 0 < len(words) <= 3 and _proper(words) and not all(
            dictionary_word(t.norm.lower()) or t.norm.lower() in self.kb.first_names
            for t in words)

    def _listed_short_name(self, toks: list[_Token]) -> tuple[str, str, str, str] | None:
        """A company named without the legal form and share-class marks its listing keeps
        ("Electrolux" of "Electrolux AB ser. B"): BUS, of the listing's country, for a name of
        capitalised words of which one at least is no English word and no first name (the
        build's own test of a short name: "National Bank" stays a phrase)."""
        words = _without_the(toks)
        if not words or len(words) > 4 or not _proper(words):
            return None
        if all(dictionary_word(t.norm.lower()) or t.norm.lower() in self.kb.first_names
               for t in words):
            return None
        key = name_key(" ".join(t.norm for t in words))
        if self.kb.country_word_key(key) is not None:
            return None
        code = self.kb.listed_short_name_country(key)
        if code is None:
            return None
        return " ".join(t.raw for t in words), code, "BUS", "listed_short_name"

    def _head_of_listed(self, toks: list[_Token], result: tuple) -> tuple:
        """A role of a company nothing placed ("the chief executive of Qantas"): the role's
        sector, in the country of the company group or listing the words after the last "of"
        name (`_company_group`, `_listed_short_name`); `result` as it was otherwise."""
        ofs = [k for k, t in enumerate(toks) if t.norm.lower() == "of"]
        if not ofs or ofs[-1] == 0:
            return result
        tail = toks[ofs[-1] + 1:]
        found = self._company_group(tail) or self._listed_short_name(tail) if tail else None
        if found is None:
            return result
        return result[0], found[1], result[2], found[3]

    def _campus(self, match: re.Match[str]) -> str:
        """"UNC-Charlotte" -> "Charlotte university": a university system's acronym (U...,
        SUNY, CUNY) hyphenated to a town names its campus there, not a body the KB knows by
        the acronym (the Congolese UNC); an intergovernmental acronym ("UN-Habitat") or a
        country after the hyphen ("US-Mexico") is no campus."""
        acronym, town = match.group(1), match.group(2)
        known = self.kb.lookup_key(acronym)
        if (known and known[0].country in NONSTATE_CODES) or self.kb.country_word_key(town) \
                or not self.kb.place_country(town):
            return match.group(0)
        return f"{town} university"

    def _apposition(self, text: str, day: str | None, context: MentionContext,
                    sentence: str | None) -> tuple[str | None, str | None, str | None, str] | None:
        """The office an appositive after a name states ("X, the UN relief coordinator"), if
        it resolves by a role or a KB body of its own; None otherwise."""
        match = APPOSITION_RE.search(text)
        if match is None:
            return None
        tokens = _tokens(text[match.end():])
        found = self._decide(tokens, self._scan(tokens), day, context, sentence, text) if tokens else None
        if found is None or found[1] is None or found[3] not in ("text_role", "kb"):
            return None
        return found

    def _learned_sector(self, text: str) -> str | None:
        """The mention classifier's sector for the words of a mention (mention_sectors.py),
        if it is confident; None without the model."""
        return self.mention_model.sector(text) if self.mention_model is not None else None

    def _shared_head(self, tokens: list[_Token], first: list[_Token]) -> list[_Token]:
        """The first conjunct with the head its coordinated country or organisation words
        share: "U.S. and British troops" -> "U.S. troops" (not the bare "U.S." government),
        "the AU and UN security forces" -> "the AU security forces"; else `first`."""
        if len(first) == len(tokens):
            return first
        rest = tokens[len(first) + 1:]
        if first[-1].norm.lower() in COORDINATED_MODIFIERS and len(rest) > 1 \
                and rest[0].norm.lower() in COORDINATED_MODIFIERS:
            return first + rest[1:]  # "local and foreign journalists" -> "local journalists"
        lead = next((i for i, t in enumerate(first) if t.norm.lower() not in DETERMINERS),
                    len(first))
        own = self._scan(first)
        if len(own) != 1 or not _sharing_word(own[0]) or (own[0].start, own[0].end) != (
                lead, len(first)):
            return first
        other = self._scan(rest)
        if other and _sharing_word(other[0]) and other[0].start == 0 \
                and other[0].end < len(rest) and not rest[other[0].end - 1].possessive:
            if (lead or "entity" in (own[0].kind, other[0].kind)) \
                    and rest[other[0].end].capitalized:
                return first  # "The FBI and U.S. Attorney's Office": a second name, no head
            return first + rest[other[0].end:]
        return first

    def _name_across_and(self, tokens: list[_Token], k: int) -> bool:
        """Whether the "and" at `k` is inside one name ("Law and Justice", "the Union
        Solidarity and Development Party", "Research and Analysis Wing officials"): a KB name
        spans it, or capitalised words on both sides run to a capitalised head of an
        organisation's name ("the Freedom and Justice Party")."""
        hits = self._scan(tokens)
        if any(h.kind == "entity" and h.start < k < h.end - 1 for h in hits):
            return True
        before = tokens[k - 1].norm.lower()
        # a role word that is an aim ("Justice and Equality") joins a name when the word after
        # "and" is no role of its own ("Justice and Police Ministry" stays two actors' words)
        aim = before in AIM_ROLE_WORDS and tokens[k + 1].norm.lower() not in ROLE_SECTORS
        if not (tokens[k - 1].capitalized and tokens[k + 1].capitalized) \
                or before in ORG_HEAD_WORDS or (before in ROLE_SECTORS and not aim) \
                or any(h.end == k and not aim for h in hits):
            # "Police and Army officers", "Analyst and Retired Army General X", "The FBI and
            # U.S. Attorney's Office": two actors, the first a body, a role or a name itself
            return False
        if _named_for_aims(tokens, k):
            return True  # "the Front for Change and Concord (in Chad)": one body's two aims
        for tok in tokens[k + 1:]:
            if not tok.capitalized:
                return False
            if tok.norm.lower() in ORG_HEAD_WORDS:
                return True
        return False

    def _congress_member(self, actor: Actor, text: str, sentence: str | None,
                         context: MentionContext, at: int | None) -> Actor | None:
        """A name tagged with a US party and state ("Rep. Ilhan Omar (D-Minn.)", the tag after
        the mention or cut into its end) as a US legislator, remembered for its later short
        mentions ("Omar asked ..."); None for any other mention."""
        name = text
        cut = CONGRESS_CUT_RE.search(name)
        if cut is not None:
            name = name[:cut.start()]
        elif not sentence or (found := sentence.find(text)) < 0 \
                or CONGRESS_AFTER_RE.match(sentence, found + len(text)) is None:
            return None
        keys = _name_keys(_tokens(name))
        if not keys:
            return None
        country, sector = CONGRESS_MEMBER
        member = replace(actor, entity_name=name.strip(), country=country, sector=sector,
                         resolved_by="text_role")
        context.remember(keys, [], member, at=-1 if at is None else at, person=True)
        return member

    def _stated_office(self, text: str, day: str | None, context: MentionContext,
                       sentence: str) -> tuple[str | None, str | None, str | None, str] | None:
        """The office the sentence states in apposition around a bare name (see
        STATED_AFTER_RE), if it resolves by a role or a KB body with a sector; else None."""
        at = sentence.find(text)
        if at < 0:
            return None
        after = STATED_AFTER_RE.match(sentence, at + len(text))
        before = STATED_BEFORE_RE.search(_without_trailing_titles(sentence[:at])) \
            if sentence[at + len(text):].lstrip().startswith(",") else None
        for match in (after, before):
            if match is None:
                continue
            office = match.group(1)
            cut = RELATIVE_CLAUSE_RE.search(office, 2)
            office = office[:cut.start()] if cut else office
            tokens = _tokens(office)
            found = self._decide(tokens, self._scan(tokens), day, context, None, office)
            if found is not None and found[2] and found[3] in ("text_role", "kb"):
                return found
        return None

    def document_context(self, text: str, date: str | None = None, *,
                         dateline: str | None = None) -> MentionContext:
        """A document's memory before its events are resolved: its country and its full
        mentions (KB names, titled names, names with their acronym), so that a short later
        mention ("Mr Singh", "Krishnamurthy", "the minister", "PKK") or a pronoun finds them.
        """
        home, lone = self._document_countries(text)
        filed = self._dateline_country(dateline) if dateline else None
        if filed is not None:
            home = filed  # the wire tag's dateline, which cleaning took off the text
        lower = _lowercased_copy(STORY_HEADER_RE.sub("", text[:DOCUMENT_LEAD], count=1))
        context = MentionContext(document_country=home, lone_country=lone, lowercased=lower,
                                 text=text)
        # each sentence tokenised and scanned once, for both passes below
        sentences: list[tuple[int, str, list[_Token], list[_Hit]]] = []
        pos = 0
        for sentence in SENTENCE_BREAK_RE.split(text):
            start = text.find(sentence, pos)
            pos = start + len(sentence)
            if not sentence.strip():
                continue
            read = self._recase(sentence, mention=False) if lower else sentence
            toks = _tokens(read)
            sentences.append((start, read, toks, self._scan(toks)))
        if not lower:
            # people named in full with no title first, over the whole document: a surname
            # read before its full name ("Morrison said", "Tim Morrison" later) finds the
            # person, not a famous namesake
            self._remember_people(sentences, date, context)
        for start, read, toks, hits in sentences:
            for offset, span in self._full_mentions(read, recased=lower, scanned=(toks, hits)):
                self.resolve(Actor(entity_text=span, span=Span(start + offset,
                                                                start + offset + len(span),
                                                                span)),
                             date=date, context=context, sentence=read)
            # the tag needs a hyphen or an en dash ("(D-Minn.)"), which most sentences lack
            for tag in CONGRESS_AFTER_RE.finditer(read) if "-" in read or "\u2013" in read \
                    else ():
                named = CONGRESS_NAME_RE.search(read[:tag.start()])
                if named is not None:
                    name = named.group(1)
                    self.resolve(Actor(entity_text=name, span=Span(
                        start + named.start(1), start + named.end(1), name)), date=date,
                        context=context, sentence=read)
            # the pattern needs a bracket: most sentences have none, and its search tries
            # every capital as the start of a name
            for match in ACRONYM_RE.finditer(read) if "(" in read else ():
                name = match.group(1)
                full = self.resolve(Actor(entity_text=name, span=Span(
                    start + match.start(1), start + match.end(1), name)), date=date,
                    context=context, sentence=read)
                if full.country:
                    acronym = " ".join(t.norm for t in _tokens(match.group(2)))
                    # "VHP", and "Vhp" as a recased copy spells a word the KB does not know
                    context.remember([acronym, acronym.lower()], [], full,
                                     at=start + match.start(2))
        if lower:
            # A recased copy capitalises verbs too ("police Tried"): its role words are
            # remembered from the events' own mentions only, not from such spans.
            context.by_role.clear()
        return context

    def _remember_people(self, sentences: list[tuple[int, str, list[_Token], list[_Hit]]],
                         date: str | None, context: MentionContext) -> None:
        """Remember each person the document names in full with no title or role before the
        name ("American Kevin King", "Kurt Volker, the former special envoy", "Tim Morrison"),
        under the name's keys, so that the surname later finds that person. The country is a
        demonym before the name, else what the sentence states the person is, else the one
        country the sentence names, else the document's country; with none, the person is
        remembered without one (a namesake the KB knows is another person). `sentences`:
        (offset, text, tokens, scan hits) of each sentence."""
        day = normalize_date(date)
        for start, sentence, toks, hits in sentences:
            for match in PERSON_KIND_RE.finditer(sentence):
                # "A New York man pleaded guilty to charges he threatened ...": for pronouns
                key = name_key(match.group(1).strip())
                word = self.kb.country_word_key(key)
                code = word[0] if word else self.kb.place_country(key)
                if code and code not in NONSTATE_CODES:
                    at = start + match.start()
                    kind = Actor(entity_text=match.group(0), span=Span(at, start + match.end(),
                                                                       match.group(0)),
                                 country=code, sector="CVL", resolved_by="person_kind")
                    context.remember([], [], kind, at=at, person=True)
            runs = self._person_runs(toks, hits)
            starts = _token_starts(sentence, toks) if runs else []
            for begin, end in runs:
                name = sentence[starts[begin]:starts[end - 1] + len(toks[end - 1].raw)]
                name = POSSESSIVE_END_RE.sub("", name)
                at = start + starts[begin]
                before = next((h for h in hits if h.end == begin), None)
                country: str | None = None
                sector: str | None = None
                how = "person"
                if before is not None and before.kind == "country" \
                        and before.value[1] == "adjective":  # type: ignore[index]
                    country, how = before.value[0], "demonym"  # type: ignore[index]
                else:
                    stated = self._stated_office(name, day, context, sentence)
                    if stated is not None:
                        country = self._stated_country(stated, sentence, name, context)
                        sector, how = stated[2], "apposition"
                    else:
                        named = self._sentence_countries(sentence, name)
                        if len(set(named)) == 1:
                            country, how = named[0], "sentence_country"  # "Bonn's ... station"
                        elif context.document_country:
                            country, how = context.document_country, "document_country"
                person = Actor(entity_text=name, span=Span(at, at + len(name), name),
                               entity_name=None, country=country, sector=sector,
                               resolved_by=how)
                own = toks[begin:end]
                while len(own) > 2 and own[-1].norm.lower().rstrip(".") in NAME_SUFFIXES:
                    own = own[:-1]  # "Patrick Carlineo Jr.": Carlineo
                norms = [t.norm for t in own]
                keys = [" ".join(norms), " ".join(norms[-2:]), norms[-1]]
                context.remember(keys, [], person, at=at, person=True)

    def _stated_country(self, stated: tuple[str | None, str | None, str | None, str],
                        sentence: str, name: str, context: MentionContext) -> str | None:
        """The country of a person whose office the sentence states: a KB body's ("a former
        National Security Council official"); an envoy's to a country is not that country
        ("the former special envoy to Ukraine") but the one other country the sentence names,
        else the document's if it is another; else the office's own."""
        own = COUNTRY_OF_BODY.get(stated[1], stated[1]) if stated[1] else None
        if stated[3] == "kb" and own:
            return own
        at = sentence.find(name)
        after = STATED_AFTER_RE.match(sentence, at + len(name)) if at >= 0 else None
        host = own if after is not None and ENVOY_TO_RE.search(after.group(1)) else None
        named = [c for c in self._sentence_countries(sentence, name) if c not in (own, host)]
        if len(named) == 1:
            return named[0]
        if context.document_country and context.document_country != host:
            return context.document_country
        return None if host else own

    def _person_runs(self, toks: list[_Token], hits: list[_Hit]) -> list[tuple[int, int]]:
        """(start, end) token spans of people's names with no title, role or KB name: a common
        first name (`kb.first_names`: "Humanitarian" is some KB name's first word too), then one to three capitalised name words, no organisation word after
        ("George Washington University"), no title or role word or other name word before
        (those are full mentions the document pass reads: "Italian priest Marco Ferri")."""
        out: list[tuple[int, int]] = []
        known = {k for h in hits if h.kind in ("entity", "role") for k in range(h.start, h.end)}
        places = {k for h in hits if h.kind in ("place", "country") for k in range(h.start, h.end)}
        after_office = {h.end for h in hits if h.kind in ("entity", "role")}
        roles_only = {h.start for h in hits if h.kind == "role" and h.end == h.start + 1}
        i = 0
        while i < len(toks):
            tok = toks[i]
            if not tok.capitalized or tok.possessive or tok.norm not in self.kb.first_names \
                    or tok.norm in CURATED_ROLES or tok.norm in TITLE_WORDS \
                    or tok.norm in DETERMINERS or i in known \
                    or self.kb.country_word_key(tok.norm):
                i += 1
                continue
            j = i + 1
            while j < len(toks) and j - i < MAX_NAME_RUN and toks[j].capitalized \
                    and toks[j].raw[:1].isalpha() and _person_name_word(toks[j]) and (
                        toks[j].norm.lower().rstrip(".") in NAME_SUFFIXES
                        or not is_abbreviation(toks[j].raw)) \
                    and not self.kb.country_word_key(toks[j].norm):
                j += 1
                if toks[j - 1].possessive:
                    break
            # a role word may end the name ("Kevin King"), not stand inside it
            if j - i < 2 or any(k in known for k in range(i, j - 1)) or i in after_office \
                    or any(k in places for k in range(i, j)) \
                    or (j - 1 in known and j - 1 not in roles_only) \
                    or (j < len(toks) and toks[j].capitalized and not toks[j - 1].possessive) \
                    or (i > 1 and toks[i - 1].capitalized and toks[i - 1].norm not in DETERMINERS
                        and not self.kb.country_word_key(toks[i - 1].norm)):
                # (a capitalised word before, past the sentence's first: a title the KB does
                # not know, or a longer name)
                i = j
                continue
            out.append((i, j))
            i = j
        return out

    def _full_mentions(self, sentence: str, *, recased: bool = False,
                       scanned: tuple[list[_Token], list[_Hit]] | None = None
                       ) -> list[tuple[int, str]]:
        """(offset, text) of the sentence's full mentions: a KB person or organisation or a
        name after a title or role word, with the titles, roles and country words before it.

        In a recased copy every word is capitalised, so a name run also stops at a word
        ending in -ed or -ing that is no given name ("police Tried", "Employees Protesting").
        """
        def name_word(tok: _Token) -> bool:
            if not tok.capitalized or tok.norm in DETERMINERS:
                return False
            return not (recased and tok.norm.endswith(("ed", "ing"))
                        and tok.norm not in self.kb.given_names)

        toks, hits = scanned if scanned is not None else (_tokens(sentence), None)
        hits = hits if hits is not None else self._scan(toks)
        # a KB person's name may end the run ("Police Commissioner M.N. Singh"): only other
        # hits stop it
        covered = {k for h in hits if not (h.kind == "entity" and not _is_org(h))
                   for k in range(h.start, h.end)}
        spans: list[tuple[int, int]] = []
        for n, hit in enumerate(hits):
            if hit.kind == "entity":
                # a KB person, or a KB organisation ("the group said" finds it later)
                end = hit.end
                # a KB office ending in a title, then its holder's name ("White House Press
                # Secretary Stephanie Grisham"): the name is part of the mention, so that a later
                # "Grisham" finds the office
                if toks[end - 1].norm in TITLE_WORDS:
                    while end < len(toks) and end - hit.end < MAX_NAME_RUN \
                            and end not in covered and name_word(toks[end]):
                        end += 1
            elif hit.kind == "role":
                end = hit.end
                # honorifics inside the run ("Vice-Chancellor Dr Naresh Vaid") are kept
                while end < len(toks) and end - hit.end < MAX_NAME_RUN and end not in covered \
                        and name_word(toks[end]):
                    end += 1
                while end > hit.end and toks[end - 1].norm in TITLE_WORDS:
                    end -= 1
                if end == hit.end:
                    continue
            else:
                continue
            first = n
            while first > 0 and hits[first - 1].end == hits[first].start \
                    and hits[first - 1].kind in {"role", "country", "entity"}:
                first -= 1
            spans.append((hits[first].start, end))
        if not spans:
            return []
        starts = _token_starts(sentence, toks)
        out: list[tuple[int, str]] = []
        for begin, end in spans:
            at, stop = starts[begin], starts[end - 1] + len(toks[end - 1].raw)
            text = sentence[at:stop]
            # a dateline or a colon before the title is no part of the mention, nor an
            # acronym in brackets after it
            cut = max(text.rfind(":"), text.rfind(";"))
            if cut >= 0:
                at, text = at + cut + 1, text[cut + 1:]
            text = text.split("(")[0]
            if text.strip():
                out.append((at + len(text) - len(text.lstrip()), text.strip()))
        return out

    def document_country(self, text: str) -> str | None:
        """The country a document is filed from or about, for roles that name none.

        The dateline's place ("NEW DELHI:", "BEIRUT (Reuters) -", "SAN FRANCISCO -") if it has
        one; otherwise the country its lead names most often, if named at least twice and more
        often than any other.
        """
        return self._document_countries(text)[0]

    def described_state(self, actor: Actor, context: MentionContext, sentence: str | None,
                        other: str | None) -> Actor | None:
        """"Washington invaded the country", "the Gulf kingdom": a state described, not named,
        is the state named last before it that is not the event's other party's (`other`), as
        its government; None for any other mention or no such state."""
        text = actor.entity_text
        if context.lowercased:
            text = self._recase(text, mention=True)
            sentence = self._recase(sentence, mention=False) if sentence else sentence
        toks = _tokens(text)
        if not _state_description(toks, self._scan(toks)):
            return None
        at = actor.span.start if actor.span is not None else None
        found = self._state_before(text, at, context, sentence, other)
        if found is None:
            return None
        return replace(actor, entity_name=None, country=found, sector="GOV",
                       resolved_by="described_state")

    def unnamed_doer(self, actor: Actor, victim: Actor | None, context: MentionContext,
                     sentence: str | None) -> Actor:
        """The doer a passive leaves unnamed ("3,000 people were massacred", "as many as 668
        people have been killed"), with no country of its own, takes the document's country
        where the victims are that country's people (CVL) and the sentence names no other
        country: in a story filed from or about one country, violence by an unknown hand
        against its own people is that country's, as a GDELT/POLECAT user reads a domestic
        dyad. Victims of another country, an article spanning several (no document country),
        or a sentence naming a foreign state leave the doer without one."""
        home = context.document_country
        if actor.entity_text.strip() or actor.country or not home or victim is None \
                or victim.country != home or victim.sector != "CVL":
            return actor
        lowered = bool(context.lowercased)
        if lowered and sentence:
            sentence = self._recase(sentence, mention=False)
        named = self._sentence_countries(sentence, victim.entity_text, lowered=lowered
                                         ) if sentence else []
        if any(code != home for code in named):
            return actor
        return replace(actor, country=home, resolved_by="document_country")

    def _state_before(self, text: str, at: int | None, context: MentionContext,
                      sentence: str | None, other: str | None) -> str | None:
        """The country named last before the mention `text` at document offset `at`, not
        `other`, in the DESCRIBED_STATE_WINDOW characters of the document before it or back to
        its sentence's start if that is further (a long sentence names its state early; with no
        document or offset, the sentence alone); None if there is none."""
        window = sentence[:max(sentence.find(text), 0)] if sentence else ""
        if context.text and at is not None:
            window = context.text[max(0, at - max(DESCRIBED_STATE_WINDOW, len(window))):at]
            if context.lowercased:
                window = self._recase(window, mention=False)
        named = [c for c in self._named_countries(_tokens(window),
                                                  lowered=bool(context.lowercased)) if c != other]
        return named[-1] if named else None

    def _dateline_country(self, dateline: str) -> str | None:
        """The country of a wire tag's dateline ("NAIROBI, Kenya", "WASHINGTON", "KYIV/MOSCOW"
        the first): its place, else the region or country after the comma."""
        for part in dateline.split("/")[0].split(",")[:2]:
            key = name_key(part.strip())
            if not key:
                continue
            word = self.kb.country_word_key(key)
            code = word[0] if word else self.kb.place_country(key)
            if code and code not in NONSTATE_CODES:
                return code
        return None

    def _document_countries(self, text: str) -> tuple[str | None, str | None]:
        """(document_country, the country the lead names most often, the first of a tie)."""
        text = STORY_HEADER_RE.sub("", text, count=1)
        # the test `document_context` reads the document with: a stray capital of a broken
        # encoding ("Â") leaves a scrape lower-cased, and its dateline still to be read
        lowered = _lowercased_copy(text[:DOCUMENT_LEAD])
        if lowered:
            text = self._recase(text[:DOCUMENT_LEAD], mention=False)
        match = DATELINE_RE.match(text)
        if match:
            key = name_key(match.group(1))
            word = self.kb.country_word_key(key)
            code = word[0] if word else self.kb.place_country(key)
            if code and code not in NONSTATE_CODES:
                return code, code
        toks = _tokens(text[:DOCUMENT_LEAD])
        hits = self._scan(toks)
        counts: dict[str, int] = {}
        for code, _ in self._named_country_hits(toks, lowered=lowered, hits=hits):
            counts[code] = counts.get(code, 0) + 1
        # the fallback for a role nothing else places: the country the lead names most, the
        # first named of those tied ("the capital of St. Vincent and the Grenadines" before
        # a later Guyana)
        lone = max(counts, key=lambda c: counts[c]) if counts else None
        # The document's country also counts the actors the lead names by name, each once
        # (the KB's people and bodies, their country as undated): an impeachment story that
        # names Ukraine most but Trump, the Democrats and the White House more is a US story,
        # not a Ukrainian one; where they tie, the article spans several and has none. A
        # person named by one word is not counted: a lead names people in full, and one word
        # is as often another word ("in May", "on Friday" are two prime ministers' surnames).
        actors: set[str] = set()
        for hit in hits:
            code = self._entity_code(hit, None) if hit.kind == "entity" and (
                hit.end - hit.start > 1 or hit.value[0].role in ORG_KINDS) else None  # type: ignore[index]
            if code and code[0] not in actors and code[1] not in NONSTATE_CODES \
                    and self.kb.country_name(code[1]):
                actors.add(code[0])
                counts[code[1]] = counts.get(code[1], 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            return ranked[0][0], lone
        return None, lone

    def _named_countries(self, toks: list[_Token], *, lowered: bool = False) -> list[str]:
        """Countries the tokens name (country words and places), in order, with repeats;
        not non-state codes, not a currency's country ("870 US dollars"), not a colonial
        power before its colony ("the former French colony"), not the other side's country
        before "counterpart" ("met his Chinese counterpart"); in a recased copy of lower-cased
        news (`lowered`), no town spelt as English words (`_word_place`)."""
        return [code for code, _ in self._named_country_hits(toks, lowered=lowered)]

    def _named_country_hits(self, toks: list[_Token], *, lowered: bool = False,
                            hits: list[_Hit] | None = None) -> list[tuple[str, int]]:
        """(country, index of its first token) of each country `_named_countries` finds
        (`hits`: the tokens' `_scan`, where the caller has it)."""
        codes: list[tuple[str, int]] = []
        hits = self._scan(toks) if hits is None else hits
        for k, hit in enumerate(hits):
            if lowered and _word_place(toks, hit):
                continue
            code = hit.value[0] if hit.kind == "country" else (
                hit.value if hit.kind == "place" else None)
            if isinstance(code, str) and k + 1 < len(hits):
                code = self._town_of_region(toks, hit, hits[k + 1]) or code
            if hit.end < len(toks) and (toks[hit.end].norm.lower() in CURRENCY_WORDS
                                        or toks[hit.end].norm in COLONY_WORDS
                                        or toks[hit.end].norm.lower() in COUNTERPART_WORDS
                                        or _before_envoy(toks, hit.end)):
                # "his Chinese counterpart", "summoned the Japanese ambassador": the other
                # side's, no home of the text
                continue
            if hit.kind == "place" and hit.end - hit.start == 1 and hit.end < len(toks) \
                    and toks[hit.end].norm in SPEECH_VERBS:
                continue  # "what Dana said": a speaker, not the Syrian town
            if isinstance(code, str) and code not in NONSTATE_CODES:
                codes.append((code, hit.start))
        return codes

    def _town_of_region(self, toks: list[_Token], town: _Hit, region: _Hit) -> str | None:
        """The region's country for a town named with its region or country after a comma
        ("Sale, Greater Manchester", "Hyderabad, Sindh", "Valencia, Venezuela"), where the
        gazetteer has a town of that name there; None otherwise."""
        gap = toks[town.end:region.start]
        if not gap or gap[0].norm != "," or any(t.norm.lower() not in PLACE_PREFIXES
                                                 for t in gap[1:]):
            return None
        code = region.value[0] if region.kind == "country" else (
            region.value if region.kind == "place" else None)
        if not isinstance(code, str) or region.kind == "country" and region.value[1] == "capital":
            return None
        name = " ".join(t.norm for t in toks[town.start:town.end]).lower()
        return code if any(e[2] == code for e in Gazetteer.load().candidates(name)) else None

    def _recase(self, text: str, *, mention: bool) -> str:
        """A lower-cased text as news would capitalise it: "u.s." and the KB's abbreviations
        ("fbi", "nato") in capitals, function words lower-case, every other word capitalised
        ("senior congress leader ghulam nabi azad"). "us" is the US only inside a mention (an
        actor is rarely the pronoun; a quoted sentence often has it)."""
        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            if "." in word.rstrip("."):
                return word.upper()  # "u.s.", "u.n."
            if word.rstrip(".") in KEEP_LOWER and not (mention and word == "us"):
                return word
            upper = word.upper()
            # a Factbook party's acronym is no reason to capitalise a word ("hun", "amen")
            if len(word) <= 5 and (any(o.source not in DERIVED_SOURCES
                                       for o in self.kb.lookup_key(upper))
                                   or self.kb.country_word_key(upper)):
                return upper
            return word.capitalize()
        return WORD_RE.sub(fix, text)

    # ----- scanning ------------------------------------------------------------------------
    def _scan(self, toks: list[_Token], before: str = "") -> list[_Hit]:
        """Longest-match spans of entities, country words, places and role words. `before`:
        the word before the first token in its sentence ("" where it opens one, as a sentence
        scanned whole does)."""
        hits: list[_Hit] = []
        i = 0
        n = len(toks)
        memo = self._start_memo
        while i < n:
            # most tokens start nothing: skip them without trying the three matchers
            tok = toks[i]
            can = memo.get(tok.norm)
            if not (self._can_start(tok.norm) if can is None else can)[tok.capitalized]:
                i += 1
                continue
            region = self._match_region(toks, i)
            name = self._match_name(toks, i, before) if region is None or toks[i].capitalized \
                else None
            if region and not (name is not None and name.kind == "entity" and name.end > region):
                # a regional adjective names no country, unless a KB name runs past it
                # whole ("Southern African Development Community", "Central American
                # Integration System")
                i = region
                continue
            role = self._match_role(toks, i)
            hit = name if role is None or (name is not None and name.end >= role.end) else role
            if hit is name and role is not None and _party_acronym(toks, name):
                hit = role  # "Estonian MEP": the role, not a party the KB abbreviates so
            if hit is None:
                i += 1
                continue
            if hit.kind == "place" and _us_state_after(toks, hit.end):
                hit = _Hit(hit.start, hit.end, "place", "USA")  # "New Brunswick, N.J."
            if hit.kind == "place":
                hit.end = _district_end(toks, hit.end)  # "Ughelli North Local Government Area"
            hits.append(hit)
            i = hit.end
        return hits

    def _can_start(self, norm: str) -> tuple[bool, bool]:
        """Whether a span `_scan` finds can begin with a token of this norm, written in lower
        case and capitalised: a regional adjective or a role phrase either way; in lower case
        also a one-word country word (`_match_name` tries no other); capitalised also any key
        `_match_name` looks up (KB names, country words and places, regional adjectives,
        gazetteer places after `normalize_name`; a key that may lose its "the" or its first
        word to that normalisation counts as possible). Exact for what it rules out;
        memoised per norm."""
        lower = norm.lower()
        either = norm in REGION_FIRST_WORDS or lower in ROLE_PREFIXES
        words = normalize_name(lower).split()
        capitalised = either or norm in self.kb.key_first_words() \
            or lower in REGION_ADJECTIVE_FIRST_WORDS or not words or words[0] == "the" \
            or words[0] in gazetteer_first_words(LOCATED_TOWN_MIN_POP)
        capitalised = capitalised or self._country_compound(norm) is not None
        can = (either or self.kb.country_word_key(norm) is not None, capitalised)
        if len(self._start_memo) >= START_MEMO_SIZE:
            self._start_memo.clear()
        self._start_memo[norm] = can
        return can

    @staticmethod
    def _match_region(toks: list[_Token], i: int) -> int | None:
        """End index of a regional adjective ('South American'), which names no country."""
        if i + 1 < len(toks) and f"{toks[i].norm} {toks[i + 1].norm}" in REGION_PHRASES:
            return i + 2
        return None

    def _match_name(self, toks: list[_Token], i: int, before: str = "") -> _Hit | None:
        if not toks[i].capitalized:
            # No span starting here is a name; only the one-word lower-case nationality
            # adjective below can match (the loop's j == i + 1 case, taken at once).
            if len(toks[i].norm) >= 6:
                hit = self.kb.country_word_key(toks[i].norm)
                if hit and hit[1] == "adjective":
                    return _Hit(i, i + 1, "country", hit)
            return None
        # toks[i] is capitalised (above), so a span is a candidate where its last word is
        # capitalised or, past the first word, a lower-case name end. The norms and the first
        # possessive or comma of the window are read once for all its spans.
        stop = min(len(toks), i + 8)
        if stop > i + 1 and not self._can_continue(toks[i].norm, toks[i + 1].norm):
            stop = i + 1  # no key of two or more words begins so: only the one word is tried
        norms = [t.norm for t in toks[i:stop]]
        inner = next((k for k in range(i, stop) if toks[k].possessive or toks[k].norm == ","),
                     stop)
        for j in range(stop, i, -1):
            last = toks[j - 1]
            if not (last.capitalized or (j - i > 1 and last.norm.lower() in LOWER_NAME_ENDS)) \
                    and not (j - i > 1 and " ".join(norms[:j - i]) in self.kb.marked_name_keys()) \
                    and not (j - i > 1 and last.norm.lower() in CRIME_BODY_NAME_ENDS):
                # "Yamaguchi-gumi": a lower-case end only where the KB spells it so; "the
                # Kinahan cartel": news writes a crime body's noun in lower case, whatever case
                # its KB name has (only a whole KB name or place matches such a span)
                continue
            span = toks[i:j]
            key = " ".join(norms[:j - i])
            if inner < j - 1:  # a possessive or a comma before the span's last word
                # "People's Republic of China", "Kurdistan Workers' Party": a possessive inside
                # a country's or an organisation's own name; of two words ("Lions' Den") only
                # where the KB spells the name with it ("Russia's Gazprom" is no name).
                if len(span) <= 2 and key not in self.kb.marked_name_keys() \
                        or any(t.norm == "," for t in span[:-1]):
                    continue
                country = self.kb.country_word_key(key)
                if country:
                    return _Hit(i, j, "country", country)
                if key in breakaway_keys():  # "Donetsk People's Republic"
                    return _Hit(i, j, "place", self.kb.place_country(key))
                offices = self.kb.lookup_key(key)
                if offices and offices[0].role in ORG_KINDS | {"phoenix"} \
                        and not self._generic_name_in_longer(toks, i, span, offices):
                    return _Hit(i, j, "entity", offices, span[-1].possessive)
                continue
            if key.lower() in COMPOUND_DEMONYMS:  # "Greek Cypriot": Cyprus's, not Greece's
                return _Hit(i, j, "country", (COMPOUND_DEMONYMS[key.lower()], "adjective"))
            country = self.kb.country_word_key(key)
            if country and len(span) == 1 and country[1] != "adjective" \
                    and self._first_name_before(toks, i):
                return None  # "Joseph Muscat", "michael jordan": a surname, not Oman's capital
            if country and len(span) == 1 and country[1] == "capital" \
                    and self._capital_as_given_name(toks, i):
                return None  # "Victoria Nuland", "Lima Smith": a given name, not a capital
            if country and len(span) == 1 and country[1] == "name" \
                    and _country_as_listed_given_name(toks, i):
                return None  # "Jordan Bardella", "Chad Le Clos": a person the list knows
            if country and len(span) == 1 and country[1] == "name" and j < len(toks) \
                    and toks[j].capitalized and not span[0].possessive \
                    and toks[j].norm.lower() in REGION_SUFFIXES:
                # "Niger State", "Niger State's governor": a region of another country named
                # after a country, whose country the gazetteer gives for the bare name
                region = self.kb.place_country(key)
                if region and region != country[0]:
                    return _Hit(i, j + 1, "place", region)
            if country and len(span) == 1 and country[1] == "name" and j < len(toks) \
                    and toks[j].norm.lower() in REGIONAL_ONLY_TITLES:
                # "Georgia Governor Brian Kemp", "Georgia's governor": a title only a region
                # has, after a country's name that one other country's first-level region has
                # (and the country's own regions do not: Gaza is Palestine's governorate too)
                regions = gazetteer_region_countries(key)
                if len(regions - {country[0]}) == 1 and country[0] not in regions:
                    regions = regions - {country[0]}
                    return _Hit(i, j, "place", next(iter(regions)), span[0].possessive)
            if country and len(span) == 1 and country[1] == "name" and j < len(toks) \
                    and toks[j].capitalized and not span[0].possessive \
                    and toks[j].norm.lower() in LANDFORM_SUFFIXES:
                # "the Niger Delta Avengers", "the Congo Basin": a land named after a river or
                # a lake that a country's name is also the name of; a region the gazetteer
                # has of the bare name in one other country places it (Niger State), else the
                # land names no country (no longer key matched it, above)
                regions = gazetteer_region_countries(key) - {country[0]}
                return _Hit(i, j + 1, "place", next(iter(regions)) if len(regions) == 1 else None)
            if country:
                # Longest match wins: "New Mexico" (a place) before "Mexico" (a country).
                return _Hit(i, j, "country", country)
            offices = self.kb.lookup_key(key)
            if offices and len(span) == 1 and offices[0].source == "phoenix" \
                    and not is_abbreviation(span[0].raw) and not (
                        (key in self.kb.phoenix_surnames or name_key(offices[0].person) == key
                         and key not in self.kb.given_names)
                        and i > 0
                        and (toks[i - 1].norm in TITLE_WORDS or toks[i - 1].norm in ROLE_SECTORS)) \
                    and not _listed_company_word(span[0], offices):
                # One Phoenix word ("Prime", "Vice") is too ambiguous, unless it is a unique
                # Phoenix surname or a one-word name right after a title ("President
                # Bouteflika", "President Suharto"), or a listed company's own one-word name
                # ("Infosys", "Embraer").
                offices = []
            if offices and j + 1 < len(toks) and toks[j].norm.lower() in SON_OF_PARTICLES \
                    and not toks[j].capitalized and toks[j + 1].capitalized \
                    and self._son_of_known(toks, j):
                # "Foreign Minister Abdullah bin Zayed" is no "Foreign Minister Abdullah"
                # (Abdullah Abdullah): a name that goes on as "son of" another, into a person
                # the KB or the people list knows whole, is cut here
                offices = []
            if offices and len(span) == 1 and (self._other_given_name(toks, i, offices)
                                               or self._given_before_surname(toks, i, offices)):
                # "Santa Cruz", "Paul James", "Qassem Soleimani": a namesake's surname in
                # another person's name
                offices = []
            if offices and len(span) == 1 and span[0].norm in ORG_HEAD_WORDS and i > 0 \
                    and self._name_word_before(toks, i):
                # "Presidential Commission", "Civil-Military Operations": a generic body word
                # that a KB name is known by alone ends another, longer name here
                offices = []
            if offices and _located_company(toks, i, j, offices):
                offices = []  # "leaders from the Amazon": the region, not the company
            if offices and _ordinary_name(span) \
                    and not _marked_as_name(toks, i, j, before, _person_office(offices[0])
                                            or name_key(offices[0].person) == key):
                # "Friday", "May", "Yes", "Let", "Dip", "Black Friday": words every text uses
                # that some KB person or body is called name it only where the text marks them
                # as a name
                offices = []
            if offices and len(span) > 1 and self._generic_name_in_longer(toks, i, span, offices):
                # "the Karenni National Liberation Army" is no Colombian ELN, "the Uganda
                # People's Defence Force" no Myanmar PDF: the words left name the body
                offices = []
            if offices and (len(span) > 1 or not _common_word(span[0])
                            or _named_legislature(span[0], offices)):
                return _Hit(i, j, "entity", offices, span[-1].possessive)
            if len(key) > 3 and key not in NOT_PLACES and span[0].norm not in DETERMINERS \
                    and span[0].norm not in QUANTIFIERS \
                    and not (len(span) == 1 and span[0].norm in ROLE_SECTORS) \
                    and not (len(span) == 1 and span[0].norm.lower() in BODY_NOUNS
                             and j < len(toks) and toks[j].norm == "of") \
                    and not (_inside_name(toks, i, j, self.kb.given_names)
                             and not _region_adjective_before_role(toks, i, j)) \
                    and not _after_name_particle(toks, i):
                # "Bavarian police": a region's adjective stands for the region. After an
                # article only a region or a city everyone knows: "in the forest" of a lower-cased
                # text is no visit to Forest, Belgium ("the Bronx", "the Punjab" still count).
                after_article = i > 0 and toks[i - 1].norm.lower() in DETERMINERS
                if len(span) == 1 and is_abbreviation(span[0].raw):
                    # "LURD rebels", "MUJAO fighters": one short word in capitals is an
                    # acronym, not a small town the gazetteer knows by those letters (Lurd,
                    # France); a city everyone knows is still one in a dateline's capitals
                    # ("CAIRO --"), as after an article
                    place = self.kb.place_country(key, min_town=ARTICLE_TOWN_MIN_POP)
                else:
                    place = self.kb.place_country(REGION_ADJECTIVES.get(key.lower(), key),
                                                  min_town=ARTICLE_TOWN_MIN_POP if after_article
                                                  else 0)
                if not place and j < len(toks) and toks[j].norm in LOCAL_OFFICE_WORDS \
                        and not (len(span) == 1 and is_abbreviation(span[0].raw)) \
                        and not (i > 0 and toks[i - 1].capitalized
                                 and toks[i - 1].norm.lower() not in DETERMINERS):
                    # "Guatraché authorities", "Russellville police": a town too small to
                    # stand for its country alone, named as the seat of a local office (where
                    # it opens the name: "the Central Reserve Police Force" names no Reserve)
                    place = self.kb.place_country(key, min_town=LOCATED_TOWN_MIN_POP)
                if place:
                    return _Hit(i, j, "place", place)
        compound = self._country_compound(toks[i].norm)
        if compound is not None:
            return _Hit(i, i + 1, "country", compound)  # "PetroVietnam": see _compound_company
        return None

    def _can_continue(self, first: str, second: str) -> bool:
        """Whether a span of two or more tokens `_match_name` tries can begin with these two
        norms: the first two words of a key it looks up (`key_first_words(2)`, a regional
        adjective, a gazetteer name, matched as written and in lower case), or "the" before
        a gazetteer name's first word (the gazetteer drops the article). Exact for what it
        rules out: a span's key is its norms joined by spaces, which none of those lookups
        changes further."""
        starts = self._pair_starts
        if starts is None:
            starts = self._pair_starts = self.kb.key_first_words(2) \
                | gazetteer_first_words(LOCATED_TOWN_MIN_POP, 2) \
                | {" ".join(key.split(" ")[:2]) for key in REGION_ADJECTIVES} \
                | COMPOUND_DEMONYMS.keys()
        pair = f"{first} {second}"
        return pair in starts or pair.lower() in starts or (
            first.lower() == "the" and second.lower() in gazetteer_first_words(LOCATED_TOWN_MIN_POP))

    def _country_compound(self, norm: str) -> tuple[str, str] | None:
        """The country whose name a one-word company name joins to an industry prefix
        (COMPANY_COMPOUND_PREFIXES: "PetroVietnam", "Petroecuador"), as `country_word_key`
        gives it; None for any other word."""
        word = norm.lower()
        for prefix in COMPANY_COMPOUND_PREFIXES:
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) >= 4:
                country = self.kb.country_word_key(rest)
                if country and country[1] == "name":
                    return country
        return None

    def _match_role(self, toks: list[_Token], i: int) -> _Hit | None:
        if toks[i].raw.rstrip(".") in CASED_COMPANY_SUFFIXES and i > 0 and toks[i - 1].capitalized:
            return _Hit(i, i + 1, "role", "BUS")
        # The longest role phrase from token i: grown word by word while it still begins a
        # phrase (ROLE_PREFIXES), instead of joining every length down from MAX_ROLE_LEN.
        found = None
        phrase = ""
        for j in range(i + 1, min(len(toks), i + MAX_ROLE_LEN) + 1):
            word = toks[j - 1].norm.lower()  # "SHO", "MPs" too
            phrase = f"{phrase} {word}" if j > i + 1 else word
            if phrase not in ROLE_PREFIXES:
                break
            if phrase in ROLE_COUNTRIES:
                found = _Hit(i, j, "role_country", ROLE_COUNTRIES[phrase])
                continue
            sector = ROLE_SECTORS.get(phrase)
            if sector and not (j == i + 1 and (self._given_name_first(toks, i)
                                               or _name_after_rank(toks, i))):
                if j == i + 1 and phrase in NAMED_CRIME_HEADS and self._named_crime_clan(toks, i):
                    sector = "CRM"
                found = _Hit(i, j, "role", sector)
        return found

    def _named_crime_clan(self, toks: list[_Token], i: int) -> bool:
        """Whether the clan word toks[i] heads a capitalised name nothing else reads ("the
        Casalesi clan", "the Gulf Clan"): a crime group's name. Not a people's ("a Pashtun
        clan", "the Hawiye clan") nor one a country, place or KB name ends right before ("the
        Assad clan", "a Kandahar clan"): a lineage or a family."""
        if i == 0 or not toks[i - 1].capitalized or toks[i - 1].norm.isdigit():
            return False
        before = [t.norm.lower() for t in toks[max(0, i - 2):i]]
        if before[-1] in ETHNIC_PEOPLE_NOUNS or f"{before[-1]}s" in ETHNIC_PEOPLE_NOUNS \
                or before[-1] in CLAN_FAMILY_NAMES \
                or " ".join(before) in CLAN_FAMILY_NAMES:
            return False
        return not any(hit.end == i for hit in self._scan(toks[:i]))

    def _other_given_name(self, toks: list[_Token], i: int, offices: list[Office]) -> bool:
        """Whether the one-word name toks[i], a KB person's surname, follows a capitalised word
        that is none of that person's names and no title, role, country or determiner ("Santa
        Cruz" is no Manuel Marrero Cruz, "Paul James" no other James): another name."""
        if i == 0 or offices[0].role in ORG_KINDS:
            return False
        prev = toks[i - 1]
        word = prev.norm.lower()
        if not prev.capitalized or prev.possessive or word in TITLE_WORDS \
                or word in HONORIFICS or word in DETERMINERS or word in FORMER_WORDS \
                or word in IN_OFFICE_WORDS \
                or word in ROLE_SECTORS or word in ARABIC_PARTICLES or word in NAME_PARTICLES \
                or self.kb.country_word_key(prev.norm):
            return False
        own = {part for o in offices for name in (o.person, *o.aliases)
               for part in name_key(name).lower().split()}
        return word not in own

    def _generic_name_in_longer(self, toks: list[_Token], i: int, span: list[_Token],
                                offices: list[Office]) -> bool:
        """Whether a KB body's name made only of English words ("National Liberation Army",
        "People's Defence Force") ends a longer name here: right after a capitalised word that
        is no determiner, title, role, verb, adjective or adverb, nor the body's own
        country's name ("Karenni", "Uganda"; not "the", "Former", "Colombian")."""
        if i == 0 or offices[0].role not in ORG_KINDS | {"phoenix"} \
                or not all(dictionary_word(t.norm.lower()) for t in span):
            return False
        prev = toks[i - 1]
        word = prev.norm.lower()
        if not prev.capitalized or prev.possessive or word in DETERMINERS \
                or word in TITLE_WORDS or word in HONORIFICS or word in ROLE_SECTORS \
                or dictionary_word(word, pos=NON_NOUN_PARTS):
            return False
        country = self.kb.country_word_key(prev.norm)
        return country is None or country[0] not in {o.country for o in offices}

    def _son_of_known(self, toks: list[_Token], j: int) -> bool:
        """Whether the name word before toks[j] (a "son of" particle), the particle and the
        capitalised words after it are a person the KB or the Wikipedia people list knows."""
        end = j + 1
        while end < len(toks) and toks[end].capitalized and end - j <= 3:
            end += 1
        key = " ".join(t.norm for t in toks[j - 1:end])
        return bool(self.kb.lookup_key(key)) or listed_country(key) is not None

    def _given_before_surname(self, toks: list[_Token], i: int, offices: list[Office]) -> bool:
        """Whether the one-word name toks[i], a KB person's surname, stands before the last
        word of a name that is another KB person's surname and none of this person's names
        ("Qassem Soleimani" is no Naim Qassem): a given name there."""
        if i + 1 >= len(toks) or offices[0].role in ORG_KINDS or toks[i].possessive:
            return False
        nxt = toks[i + 1]
        if not nxt.capitalized or i + 2 < len(toks) and toks[i + 2].capitalized:
            return False
        own = {part for o in offices for name in (o.person, *o.aliases)
               for part in name_key(name).lower().split()}
        if nxt.norm.lower() in own:
            return False
        if listed_country(f"{toks[i].norm} {nxt.norm}") is not None:
            # "Interior Minister Mohsin Naqvi" is no Mohammed Mohsin: the two words are a
            # person the Wikipedia people list knows by that full name
            return True
        others = self.kb.lookup_key(nxt.norm)
        if others:
            return others[0].role not in ORG_KINDS and others[0].person not in {
                o.person for o in offices}
        # "Retired colonel Douglas Macgregor" is no Denzil Douglas: a word that begins other
        # KB people's names, before a name word that is no verb, adjective or adverb, role,
        # title or country (`_surname_continued`)
        return toks[i].norm.lower() in self.kb.given_names and _surname_continued(nxt) \
            and not self.kb.country_word_key(nxt.norm)

    def _first_name_before(self, toks: list[_Token], i: int) -> bool:
        """Whether the one word toks[i] ends a person's name after a first name ("Joseph
        Muscat", "Michael Jordan"): toks[i - 1] a capitalised first name (`kb.first_names`),
        no possessive, and no capitalised word after toks[i] ("George Washington University"
        is no person)."""
        if i == 0:
            return False
        prev = toks[i - 1]
        return prev.capitalized and not prev.possessive and prev.norm in self.kb.first_names \
            and prev.norm not in PLACE_PREFIXES and not COMPASS_RE.fullmatch(prev.norm) \
            and not (i + 1 < len(toks) and toks[i + 1].capitalized)

    def _capital_as_given_name(self, toks: list[_Token], i: int) -> bool:
        """Whether the capital's name toks[i] is a given name before a surname: a KB given
        name, opening the name (no capitalised word before it), then one capitalised word that
        ends the name and is no role, body, place or country word ("Victoria Nuland"; not
        "Victoria Police", "Victoria Falls", "Victoria Harbour Authority")."""
        tok = toks[i]
        if tok.possessive or tok.norm.lower() not in self.kb.given_names or i + 1 >= len(toks) \
                or i > 0 and toks[i - 1].capitalized \
                and toks[i - 1].norm.lower() not in DETERMINERS:
            return False
        nxt = toks[i + 1]
        word = nxt.norm.lower()
        return nxt.capitalized and nxt.norm.isalpha() \
            and not (i + 2 < len(toks) and toks[i + 2].capitalized) \
            and word not in ROLE_SECTORS and word not in ORG_HEAD_WORDS \
            and word not in MODIFIER_SECTORS and word not in BODY_NOUNS \
            and word not in NOT_PLACES and word not in PLACE_PREFIXES \
            and word not in DETERMINERS and word not in TITLE_WORDS \
            and not self.kb.country_word_key(nxt.norm) \
            and not self.kb.place_country(nxt.norm, min_town=GAZETTEER_MIN_POP)

    def _unknown_person(self, toks: list[_Token]) -> bool:
        """Whether a mention the KB does not know reads as a person's name ("Salaheddine
        Sidhoum"): two to four capitalised words, a given name first, none of them a
        determiner, a place prefix, a role, a modifier or a body word ("West Africa", "The
        European ... Network", "Third World Water Forum" are no people)."""
        words = [t.norm.lower() for t in toks]
        return 2 <= len(toks) <= 4 and all(t.capitalized for t in toks) \
            and words[0] in self.kb.given_names and words[0] not in PLACE_PREFIXES \
            and not any(w in DETERMINERS or w in NOT_PLACES or w in ROLE_SECTORS
                        or w in MODIFIER_SECTORS or w in ORG_HEAD_WORDS or w in BODY_NOUNS
                        for w in words)

    @staticmethod
    def _listed_person(toks: list[_Token], hits: list[_Hit]) -> str | None:
        """Country the Wikipedia people list (knowledge/people.py) gives the name a mention
        ends with after its title words ("Deputy Foreign Minister Sergei Ryabkov": "Sergei
        Ryabkov"), or without its middle initials ("George W. Bush" as "George Bush"); None
        for a name of one word, which names too many people, and for a person the text calls
        by a plain people noun ("the man who kidnapped the child, Michael Webb", "a resident"):
        an ordinary person, whom a famous namesake (a British Michael Webb) does not place."""
        if any(not t.capitalized and t.norm in PERSON_KIND_NOUNS for t in toks):
            return None
        keys = _trailing_name_keys(toks, [h for h in hits if h.kind in ("role", "role_country")])
        if keys and " " in keys[0] \
                and keys[0].split(" ", 1)[0] in SPEAKER_TITLES | LEGISLATOR_TITLES_BEFORE_NAMES:
            # "Speaker Nabih Berri", "Representative Jane Roe": a legislator's title that the
            # scan reads as no role word is no part of the name the list keeps
            keys[0] = keys[0].split(" ", 1)[1]
        if not keys or " " not in keys[0]:
            return None
        for key in dict.fromkeys((keys[0], without_initials(keys[0]))):
            found = listed_country(key) if " " in key else None
            if found is not None:
                return found
        return None

    def _name_word_before(self, toks: list[_Token], i: int) -> bool:
        """Whether toks[i - 1] is a capitalised word of the same name: no determiner,
        title, former-word or country word, and no possessive."""
        prev = toks[i - 1]
        word = prev.norm.lower()
        return prev.capitalized and not prev.possessive and word not in DETERMINERS \
            and word not in TITLE_WORDS and word not in FORMER_WORDS \
            and word not in IN_OFFICE_WORDS \
            and not self.kb.country_word_key(prev.norm)

    def _given_name_first(self, toks: list[_Token], i: int) -> bool:
        """Whether toks[i] is a given name that begins a person's name ("Christian Lindner"):
        capitalised, a known given name, before a capitalised word that is no role word, so
        it is not the derived agent word it also spells (a curated role word or a title
        stays a role: "President Kagame")."""
        return toks[i].capitalized and toks[i].norm in self.kb.given_names \
            and toks[i].norm not in CURATED_ROLES and toks[i].norm not in TITLE_WORDS \
            and toks[i].norm not in DETERMINERS \
            and i + 1 < len(toks) and toks[i + 1].capitalized \
            and not toks[i].possessive and toks[i + 1].norm not in ROLE_SECTORS \
            and toks[i + 1].norm not in DETERMINERS

    # ----- deciding ------------------------------------------------------------------------
    def _decide(self, toks: list[_Token], hits: list[_Hit], day: str | None,
                context: MentionContext, sentence: str | None, text: str,
                at: int | None = None, *, recased: bool = False
                ) -> tuple[str | None, str | None, str | None, str] | None:
        if not toks:
            return None
        head_end = _head_end(toks)
        if head_end < len(toks) and toks[head_end].norm == "of" \
                and not any(h.start < head_end for h in hits) \
                and _last_word(toks, head_end) in OF_PHRASE_NOUNS:
            # "the heels of a South Korean report", "a lack of an official exit poll": the span
            # is the idiom its head makes with "of"; who is named after "of" only qualifies it
            # (a noun of its own, "the election of President X", keeps the person)
            return None
        formal = _formal_state_name(toks, hits)
        if formal is not None:
            # "the Federal Democratic Republic of Nepal": a state's formal name the country
            # tables lack is its state, as its short name is (its words are no role: "Co-
            # operative" is no spy, "Union" no trade union)
            return self.kb.country_name(formal), formal, "GOV", "country_name"
        entity = _pick_entity(hits, head_end)
        if entity is None and len(toks) > 2 and tuple(t.raw for t in toks[-2:]) in BORDERLESS_NAMES:
            # "Engineers Without Borders", "Pharmacists Without Borders": an NGO named after
            # its members' trade, not that trade's people
            return None, "NGO", None, "text_role"
        inter = [h for h in hits if h.kind == "country" and _inter_prefixed(toks, h, text)]
        if inter and entity is None and all(h in inter for h in hits if h.kind == "country") \
                and toks[inter[0].start].norm.lower() in INTER_STATE_ADJECTIVES:
            # "the Inter-American Court of Human Rights": a body of the states of a continent
            # (an IGO), not of the one state the adjective also names
            return None, "IGO", None, "text_role"
        countries = [h for h in hits if h.kind == "country" and h not in inter
                     and not _institution_abroad(toks, h, hits)]
        head_countries = [h for h in countries if h.start < head_end]
        roles = [h for h in hits if h.kind == "role" and not _modifies_possessive(h, hits)
                 and not _possessive_role_before_role(toks, h, hits)]
        head_roles = [h for h in roles if h.start < head_end]
        role_hit = head_roles[-1] if head_roles else (roles[0] if roles else None)
        if not head_roles and role_hit is not None:
            # "the head of the local hospital": of role words in a row after the head, the
            # last names the body ("local" says where, "hospital" what), as in the head
            role_hit = next((h for h in roles if h.start == role_hit.end), role_hit) \
                if _local_before_role(toks, roles, role_hit) else role_hit
        if not head_roles:
            role_hit = _bar_of_court(toks, roles, role_hit)
        if role_hit is not None and (_role_word(toks, role_hit) or "").lower() in FORCE_UNIT_NOUNS:
            # "a state reserve police company", "a police battalion": a force's unit is that force
            role_hit = next((h for h in head_roles if h.end == role_hit.start
                             and h.value in ("COP", "MIL")), role_hit)
        if role_hit is not None \
                and (_role_word(toks, role_hit) or "").lower() in ETHNIC_PEOPLE_NOUNS:
            # "Turkey's rebel Kurds", "militant Tamils": an armed word before a people names
            # its armed part
            role_hit = next((h for h in head_roles if h.end == role_hit.start
                             and h.value in ARMED_PEOPLE_SECTORS), role_hit)
        if role_hit is not None and role_hit.value == "MIL" \
                and (_role_word(toks, role_hit) or "").lower() in SHARED_RANKS:
            # "police chief General Ana Ruiz": a rank after a police title is a police rank
            role_hit = next((h for h in head_roles if h.end == role_hit.start
                             and h.value == "COP"), role_hit)
        holder = next((h for h in head_roles if h.end < head_end
                       and toks[h.end].norm in HOLDER_WORDS), None)
        if holder is not None:
            role_hit = holder  # "key rebel-held villages": the rebels who hold them
        elif _last_word(toks, head_end) in COLLECTIVE_NOUNS and head_end < len(toks) \
                and toks[head_end].norm == "of":
            # "mobs of looters": the people the body is made of
            role_hit = next((h for h in roles if h.start > head_end), role_hit)
        led_sector = _led_body_sector(toks, hits, role_hit, head_end) \
            or _member_sector(toks, hits, role_hit, head_end)
        former_at = [h.start for h in (role_hit, _pick_entity(hits, head_end)) if h is not None]
        former = any(t.norm in FORMER_WORDS and not _before_relative(toks, k)
                     for k, t in enumerate(toks[:head_end])) or any(
            t.norm in FORMER_WORDS for at in former_at for t in toks[max(0, at - 3):at])
        # (a kin word inside a KB name is part of the name: "Sin Son Ho", "Choe Son Hui")
        family = any(t.norm in FAMILY_WORDS and not any(
            h.kind == "entity" and h.start <= k < h.end for h in hits)
            for k, t in enumerate(toks[:head_end]))
        # "Christian Lindner": a person's name, whose given name is no modifier ("Christian")
        person_name = _is_name_only(toks) and self._given_name_first(toks, 0)

        if entity is None and not countries and _regional_states(toks, head_end):
            return None, "IGO", "GOV", "text_role"  # "the Southeast Asian nations"
        # A surname, with or without an honorific ("Tokayev", "Mr Singh", "Gen. Haftar"): the
        # person this document named in full, before any famous namesake the KB knows.
        surname = _surname_only(toks)
        if surname is None and len(toks) == 1 and toks[0].capitalized \
                and toks[0].norm in TITLE_WORDS:
            # "King and Weeks were abducted" after "American Kevin King": a surname that is
            # also a title is the person this document named, when it named one so
            surname = toks[0].norm
        if surname is not None and not countries:
            remembered = context.recall([surname], None, at)
            if remembered is not None:
                return (remembered.entity_name, remembered.country, remembered.sector, "coref")
        # Short mention with nothing of its own: an earlier full mention in this document.
        if entity is None and not countries and not former:
            # (a former-word dates the mention itself: "Former Illinois Senator X" is ELI
            # whatever an earlier span of it without "Former" said)
            # (the whole name first: "Kevin King" as remembered, though "King" is a title)
            whole = " ".join(t.norm for t in toks if t.norm not in DETERMINERS)
            remembered = context.recall([whole, *_name_keys(toks)], _role_word(toks, role_hit),
                                        at)
            if remembered is not None and remembered.country is None \
                    and remembered.resolved_by == "person":
                # a person remembered with no country only keeps a surname from a namesake;
                # the name itself is read as any other ("Marco G." ... Bonn's station)
                remembered = None
            if remembered is not None and (role_hit is None or _bare(toks, role_hit) or (
                    _is_name_only(toks) and _role_word(toks, role_hit) not in ORG_HEAD_WORDS)):
                # ("The Alabama Court of Criminal Appeals" is that court, not a name part
                # an earlier span remembered)
                if _last_word(toks, head_end) in FAMILY_WORDS \
                        and remembered.sector not in STATE_SECTORS:
                    # "the widow of bus driver Conrad Johnson": his relative, not him
                    return None, remembered.country, "CVL", "coref"
                return (remembered.entity_name, remembered.country, remembered.sector, "coref")

        ent_code = self._entity_code(entity, day) if entity else None
        if ent_code and ent_code[3] == "kb_former" and day and not former \
                and _legislator_title_before_name(toks) \
                and not any(o.sector == "LEG" for o in entity.value):  # type: ignore[union-attr]
            # "Speaker Ann Lee" where the KB has her only in other offices, all ended before
            # that day: the title the text gives her is an office she holds then that the KB
            # lacks (LEG), not a former official's; a legislature the KB had her in and saw
            # her leave keeps her former (ELI)
            ent_code = (ent_code[0], ent_code[1], "LEG", "kb_titled")
        if ent_code and ent_code[1] == "MNC" and not ent_code[2]:
            # Phoenix's multinational corporations carry no sector: a business (PLOVER BUS)
            ent_code = (ent_code[0], ent_code[1], "BUS", ent_code[3])
        if ent_code and self._police_acronym(toks, entity, ent_code[1], context, sentence, text):
            # "the rpf": the Railway Protection Force, not Rwanda's RPF, where Rwanda is not named
            if role_hit is None:
                role_hit = _Hit(entity.start, entity.end, "role", "COP")  # type: ignore[union-attr]
            entity, ent_code = None, None
        region_code = _army_namesake_region(toks, entity, hits) \
            if ent_code and ent_code[2] == "MIL" else None
        if region_code is not None and region_code != ent_code[1]:  # type: ignore[index]
            # "the People's Liberation Army of Manipur": a state army's name that a region of
            # another country's fighters took, an army no state keeps, of that region's country
            return None, region_code, "REB", "text_role"
        titled_country = _legislature_title_country(toks)
        if titled_country is not None and not (ent_code and ent_code[1] == titled_country):
            # "MK Ayman Odeh", "TD Mary Lou McDonald": a legislator of the one house the
            # abbreviation names, not a namesake the KB has in another country
            return None, titled_country, "LEG", "text_role"
        ent_in_head = entity is not None and entity.start < head_end
        role_sector = role_hit.value if role_hit else None
        role_country = next((h.value for h in hits if h.kind == "role_country"), None)
        if role_sector is None and role_country is not None and entity is None:
            # "the pope" VAT REL: a role that names its country keeps its own sector (a named
            # pope is the KB's: "Pope Francis" as sovereign of the Holy See)
            role_sector = next((ROLE_SECTORS.get(_role_word(toks, h).lower())  # type: ignore[union-attr]
                                for h in hits if h.kind == "role_country"), None)

        if role_sector is None and _police_title_before_name(toks):
            role_sector = "COP"  # "bhavnagar sp rahul sharma"
        if role_sector is None and entity is None and _legislator_title_before_name(toks):
            role_sector = "LEG"  # "Representative Ann Lee", "Rep. Ann Lee"
        if role_sector is None and entity is None and not recased and _the_speaker(toks):
            # "the Speaker": a legislature's presiding officer, by the capital the text gave
            # the title (a recased copy's capital says nothing: "the speaker" stays none)
            role_sector = "LEG"
        if role_sector == "CVL" and any(t.norm in REFUGEE_MODIFIERS for t in toks[:head_end]):
            role_sector = "REF"  # "Fleeing Rohingya", "displaced villagers"
        if role_sector in ARMED_PEOPLE_SECTORS and entity is None \
                and _last_word(toks, head_end) in UNATTRIBUTED_ARMED_NOUNS \
                and any(t.norm.lower() in UNIDENTIFIED_WORDS for t in toks[:head_end]):
            role_sector = "UAF"  # "unidentified gunmen", "unknown assailants": whose, unknown

        # Country: stated in the head, then the head entity, then the rest, then a place.
        country_hit = head_countries[0] if head_countries else None
        country = country_hit.value[0] if country_hit else None
        if country is None and ent_code and ent_in_head:
            country = ent_code[1]
            if country == "IMG":
                # "Islamic State militants in Somalia": a transnational group's branch is
                # coded where the mention places it, as "Somalia-based" is
                located = next((h for h in hits if h.start >= head_end
                                and h.kind in ("country", "place")
                                and toks[h.start - 1].norm in ("in", "inside")), None)
                if located is not None:
                    country_hit = located if located.kind == "country" else None
                    country = located.value[0] if located.kind == "country" \
                        else located.value  # type: ignore[index]
        if country is None and countries:
            country_hit = countries[0]
            country = country_hit.value[0]
        if country is None and ent_code:
            country = ent_code[1]
        how: str | None = None
        if country_hit is not None and country_hit.start > 0 and sentence \
                and toks[country_hit.start - 1].norm == "ethnic":
            # "ethnic Albanians" in Macedonia: an ethnic group is coded to the state it lives
            # in (CAMEO), when the sentence names one other country
            others = [c for c in self._sentence_countries(
                sentence, text, lowered=bool(context.lowercased)) if c != country]
            if len(others) == 1:
                country, how = others[0], "sentence_country"
        home = _homeland(toks, countries, head_end)
        if home is not None and how is None and country_hit is not None \
                and country_hit.start < head_end:
            # "the Albanians of southern Serbia": a people "of" a state are coded to that state
            country, how = home, "people_of"
        based = next((h for h in hits if h.kind == "place" and h.end < len(toks)
                      and toks[h.end].norm.lower() == "based"), None)
        if country is None and role_country and based is not None:
            # "a Kharkiv-based charity": a body based in a town is coded there, as a
            # capital's ("a London-based charity") or a country's
            country, how = based.value, "place"
        if country is None and role_country:
            country, how = role_country, "text_role"
        if country is None and entity is None and any(
                toks[k].raw[:1].isupper() and toks[k].norm.lower() in US_PARTY_ADJECTIVES
                and toks[k + 1].norm.lower().rstrip(".") in US_PARTY_TITLES
                for k in range(head_end - 1)):
            country, how = "USA", "text_role"  # "Republican senator X", "Democratic governors"
        breakaway = breakaway_officials = separatist_state = place_army = False
        if country is None:
            place = next((h for h in hits if h.kind == "place"), None)
            if place is not None:
                country, how = place.value, "place"
                # "the Shan State Army", "the Tigray Army": an army named by a town or region,
                # not by its state's name, is a rebel one
                place_army = role_hit is not None and place.end <= role_hit.start \
                    and toks[role_hit.end - 1].raw in PLACE_ARMY_WORDS
                words = " ".join(t.norm for t in toks[place.start:place.end])
                located = next((h for h in hits if h.kind == "place" and h.start > place.end
                                and toks[h.start - 1].norm in ("in", "of")
                                and h.value != country), None)
                if located is not None and located.value in gazetteer_region_countries(words):
                    # "Punjab police in Amritsar": a region two countries name alike is the
                    # one the town named after it lies in (India's Punjab, not Pakistan's)
                    country = located.value
                breakaway = REGION_ADJECTIVES.get(words.lower(), words) in breakaway_keys()
                # "Turkish Cypriot leader": a breakaway state's own adjective, read as one
                # place, makes its government PRE ("Turkish Cypriots" alone stay people)
                breakaway_officials = name_key(words) in breakaway_adjective_keys()
                # "Luhansk separatist leader": the region a breakaway entity is named after
                # ("Luhansk People's Republic"), with its separatists' governing head
                separatist_state = (
                    words.lower() in _breakaway_first_words()
                    and any(t.norm.lower() in SEPARATIST_GOVERNING_HEADS for t in toks[:head_end])
                    and any(t.norm.lower() in SEPARATIST_WORDS for t in toks[:head_end]))
        if entity is None and role_country is None and not countries \
                and (_last_word(toks, head_end) in NON_ACTOR_NOUNS
                     or TIME_HEAD_RE.fullmatch(_last_word(toks, head_end))) \
                and not any(h.kind == "place" and h.end == head_end for h in hits):
            if sentence and _last_word(toks, head_end) in SETTLEMENT_NOUNS:
                # "the Mzansi area of Ntuzuma | near Durban": a place named as a location is
                # its country (no sector), as the place the sentence puts it near or in says
                after = self._continuation(sentence, text)[0]
                if after is not None:
                    return None, after, None, "sentence_continuation"
            return None  # "the terrorist attack", "the Quetta bombing": an event, not an actor
        listed = None
        if country is None and entity is None:
            # "Minister Juan Carlos Pinzón", "Subrahmanyam Jaishankar": a person the KB does
            # not know and nothing in the mention places is of the country the Wikipedia
            # people list gives the name (before the sentence's or the document's country)
            listed = self._listed_person(toks, hits)
            if listed is not None:
                country, how = listed, "people_list"

        # Sector.
        sector: str | None
        name = ent_code[0] if ent_code else None
        if family and ent_code:
            sector, how = "ELI", "text_role"
        elif former and ent_code and ent_code[3] == "kb" and not _is_org(entity):
            # "former army general Benny Gantz", "former prime minister Imran Khan": a person
            # the KB shows in another office that day holds that office (opposition leader);
            # the office the text calls former is over ("Ousted President Askar Akayev" ELI)
            sector, how = ent_code[2], "kb"
            if role_hit is not None and _holds_titled_office(
                    entity.value, _role_word(toks, role_hit), day):  # type: ignore[union-attr]
                sector, how = "ELI", "text_role"
        elif former and (ent_code is None or _is_org(entity) or ent_code[3] != "kb") and (
                (role_sector or (ent_code[2] if ent_code else "GOV")) in STATE_SECTORS) \
                and _role_word(toks, role_hit) not in STATE_ROLES and not (
                    _role_word(toks, role_hit) in GOVERNMENT_BODIES
                    and role_hit.start < head_end):  # type: ignore[union-attr]
            # "a former CIA official", "ex-minister", "retired general": a person who held the
            # office (PLOVER ELI); a person the KB shows in another office that day keeps it.
            sector, how = "ELI", "text_role"
        elif ent_code is None and role_hit is not None and role_hit.start >= head_end \
                and role_sector not in STATE_SECTORS and _last_word(toks, head_end) in FAMILY_WORDS:
            # "the widow of bus driver Conrad Johnson": a relative, not of the trade of the
            # person named after "of" (an official's relatives keep the rules below)
            sector, how = "CVL", "text_role"
        elif led_sector is not None and not (
                ent_in_head and _is_org(entity) and role_hit is not None
                and entity.end <= role_hit.start):  # type: ignore[union-attr]
            # "BJP National President ...": the organisation named before the title is the body
            sector, how = led_sector, "text_role"  # "community leader", "president of the union"
        elif role_sector is not None:
            sector, how = role_sector, "text_role"
            if role_sector == "BUS" and _central_bank(toks, role_hit) and any(
                    h.kind == "country" and h.value[1] == "name"
                    and h.start == role_hit.end + 1 for h in hits):  # type: ignore[union-attr]
                sector = "GOV"  # "the Bank of Russia", "Bank of England"
            seat = country_hit if country_hit is not None and role_hit is not None \
                and country_hit.value[1] == "seat" and country_hit.end == role_hit.start else None
            if role_sector == "GOV" and seat is not None:
                # "a Pentagon spokesman" MIL, "a Capitol Hill aide" LEG: the seat's sector
                sector = self.kb.seat_sector(" ".join(t.raw for t in toks[seat.start:seat.end]))
            elif (role_sector == "PTY" or _role_word(toks, role_hit) in BODY_NOUNS) \
                    and any(h.value == "OPP" for h in head_roles[:-1]):
                # "the opposition Labour Party", "the opposition coordination council": a
                # body of the opposition
                sector = "OPP"
            elif ent_code and ent_code[2] in {"REB", "PRM", "OPP"} and role_sector in ARMED_GENERIC:
                sector = ent_code[2]  # "Hamas militants", "forces loyal to Haftar"
            elif ent_code and ent_code[2] in {"REB", "PRM"} and role_hit is not None \
                    and entity is not None and entity.end <= role_hit.start \
                    and (_role_word(toks, role_hit) or "").lower() in ARMED_MEMBER_WORDS:
                sector = ent_code[2]  # "al-Qaida suspects": suspected members of the group
            elif ent_code and ent_code[2] in {"PTY", "OPP"} and _is_org(entity) \
                    and role_hit is not None and entity.end <= role_hit.start \
                    and (_role_word(toks, role_hit) or "").lower() in PARTY_MEMBER_WORDS:
                # "BJP workers", "PTI cadres": a party's rank and file (its "workers" are its
                # members), not labour; the party's sector on that day
                sector = ent_code[2]
            elif ent_code and ent_code[2] and role_sector == "GOV" and _is_org(entity):
                sector = ent_code[2]  # "Hamas officials" are Hamas, "Pentagon officials" MIL
            elif ent_code and ent_code[2] and _is_org(entity) and role_hit is not None \
                    and entity is not None and entity.end == role_hit.start \
                    and (_role_word(toks, role_hit) or "").lower() in BODY_BOSS_WORDS:
                # "a Camorra boss", "a Hezbollah boss": the chief of the body named right
                # before is that body's, as its "leader" is; "boss" alone is a firm's (BUS)
                sector = ent_code[2]
            elif ent_code and ent_code[2] and ent_code[3] == "kb" and not _is_org(entity) \
                    and _role_word(toks, role_hit) in LEADER_TITLES:
                # "President Jana Krishnamurthy" (of the BJP), "chief Mohan Bhagwat": a generic
                # title takes the body of the office its holder holds that day
                sector = ent_code[2]
            elif role_sector == "OPP" and ent_code and ent_code[2] == "PTY" \
                    and role_hit is not None and entity is not None \
                    and role_hit.end <= entity.start:
                sector = "OPP"  # "the opposition PTI": a party out of power (PLOVER OPP)
            elif ent_code and ent_code[2] and _is_org(entity) and ent_in_head \
                    and role_hit is not None and role_hit.end <= entity.start:
                sector = ent_code[2]  # "the Islamist group al-Shabaab": the group's own code
        elif ent_code:
            sector, how = ent_code[2], ent_code[3].replace("kb_undated", "kb")
            titled = _titled_office(entity.value, toks) \
                if how == "kb_former" and day is None and not former else None  # type: ignore[union-attr]
            if titled is not None:
                # undated "Israeli Prime Minister Ariel Sharon": the text says the person holds
                # the office it names, which the KB has them in at some time
                sector, how = titled.sector, "kb_titled"
            if sector == "GOV" and entity.value[0].source == "phoenix":  # type: ignore[union-attr]
                # Phoenix codes legislators and judges GOV; a title inside its alias says
                # which ("Senator John McCain" LEG, "Judge ..." JUD)
                sector = next((ROLE_SECTORS[t.norm] for t in toks[:head_end]
                               if ROLE_SECTORS.get(t.norm) in TITLE_BRANCHES), sector)
        elif country_hit is not None and _bare(toks[:head_end], country_hit):
            code, kind = country_hit.value
            words = toks[country_hit.start:country_hit.end]
            sector = self.kb.seat_sector(" ".join(t.raw for t in words))
            if _compound_company(toks, hits):
                sector = "BUS"  # "PetroVietnam": the country's company, not its state
            how = "metonym" if kind in {"capital", "seat"} else "country_name"
            name = self.kb.country_name(code)
            if kind == "adjective" and words[-1].norm != name_norm(name) and (
                    words[-1].norm.endswith("s") or toks[0].norm in {"a", "an"}):
                # "the Palestinians", "an Iranian": people (PLOVER gold CVL), not the state
                sector = "CVL"
            elif kind == "adjective" and _next_word(sentence, text) in STATE_ACT_NOUNS:
                # a span cut before its noun ("Iraqi | fire", "Israeli | airstrikes"): the
                # state's act, as when the span holds the noun
                sector = STATE_ACT_NOUNS[_next_word(sentence, text)]
            elif sector == "GOV" and _military_predicate(sentence, text):
                sector = "MIL"
        elif country_hit is not None and (_last_word(toks, head_end) in WEAPON_NOUNS
                                          or _modifier_sector(toks, head_end) == "MIL"):
            # "Yemen's Tochka ballistic missiles", "Iranian drones", "Bosnia's missile defense
            # system": the country's military
            sector, how = "MIL", "country_name"
        elif country_hit is not None and toks[country_hit.end - 1].possessive \
                and _last_word(toks, head_end) not in SETTLEMENT_NOUNS:
            # "North Korea's denuclearisation"; "Yemen's Hodeidah region" is a place; a body
            # its modifiers name is that body ("Costa Rica's ... Investment Group" BUS)
            sector, how = _modifier_sector(toks, head_end) or "GOV", "country_name"
            if sector == "GOV" and sentence and self._unknown_name(toks[country_hit.end:head_end]) \
                    and _acts_against_government(sentence, text):
                # "Hungary's Jobbik joined the opposition": a name no table knows, of a body of
                # that country that calls for early elections or joins the opposition, is no
                # state but a party out of government
                sector = "OPP"
        elif country_hit is not None and country_hit.start < head_end \
                and _last_word(toks, head_end) in STATE_ACT_NOUNS:
            # "U.S. calls", "Australian aid", "Russian airstrikes": the state acting
            sector, how = STATE_ACT_NOUNS[_last_word(toks, head_end)], "country_name"
        elif _people_head(toks, countries, head_end):
            sector, how = "CVL", "country_name"  # "Bosnian Serbs", "ethnic Albanians"
        elif breakaway:
            sector = "PRE"  # "the South Ossetia region": PLOVER's partially recognised entity
        elif how == "people_list":
            sector = None  # a listed person with no title: the name says nothing of the trade
        elif country is not None:
            # "a parliamentary committee", "a Kurdish media outlet": a head noun that is no role
            # word takes the sector its modifiers name, else the one its words were learned with
            # (a national airline's two capitalised words are no person's name: "Air India")
            sector = "BUS" if _airline_name(toks, hits, head_end) \
                or _compound_company(toks, hits) else None if person_name else (
                ("JRN" if _newspaper_name(toks, hits, head_end) else None)
                or _modifier_sector(toks, head_end)
                or ("GOV" if _last_word(toks, head_end).lower() in STATE_BODY_HEADS else None)
                or self._learned_sector(text))
            how = how or "country_mention"
        else:
            sector = role_sector or (None if person_name else (
                _modifier_sector(toks, head_end) or self._learned_sector(text)))
            if sector is None and _last_word(toks, head_end) in PARTITIVES and sentence:
                # "Members" (of the Sierra Leone's National Army), "At least 20 members" (of
                # the Afghan security forces): the group the sentence goes on to name
                country, sector = self._continuation(sentence, text)
                how = "sentence_continuation"
            if sector is None and not (person_name and self._unknown_person(toks)):
                return None
        if (breakaway or breakaway_officials or separatist_state) and sector == "GOV":
            sector = "PRE"  # "Abkhazia's leader", "Transnistrian authorities" (PLOVER 5.1.3)
        elif sector == "REB" and (separatist_state or (breakaway or breakaway_officials) and any(
                t.norm.lower() in SEPARATIST_GOVERNING_HEADS for t in toks[:head_end])):
            # "Donetsk separatist leader"; "Karabakh's separatist leader": a breakaway state
            # named whole, its separatists' governing head is that entity's (PRE)
            sector = "PRE"
        elif place_army and sector == "MIL":
            sector = "REB"
        worldwide = role_hit is not None and role_hit.start > 0 \
            and toks[role_hit.start - 1].norm in WORLD_MODIFIERS
        first = next((t for t in toks[:head_end] if t.norm.lower() not in DETERMINERS), None)
        if country is None and entity is None and sector == "SOC" and first is not None \
                and first.capitalized and first.norm.lower() in WORLD_MODIFIERS:
            # "The European Human Rights Information Network": a civil body named as one above
            # states is an international NGO (PLOVER's NGO code), whatever its sentence names
            country, worldwide, how = "NGO", True, "text_role"
        if country is None and not worldwide \
                and (sector or person_name and self._unknown_person(toks)):
            # "Judge Alejandro Rivera", "Shona rebels": a role with no country of its own takes
            # the one country its sentence names, if the sentence names only one; else the
            # document's country (dateline), if the sentence names none or names it too.
            found = self._sentence_countries(sentence, text, lowered=bool(context.lowercased)
                                             ) if sentence else []
            home = context.document_country
            after, body = self._continuation(sentence, text) if sentence else (None, None)
            if body and body != "GOV" and _role_word(toks, role_hit) in LEADER_TITLES:
                sector = body  # "leaders | of the VHP" REL, "members | of the union" LAB
            fronted = self._fronted_country(sentence, text) if sentence and len(found) > 1 \
                else None
            if after:
                # "The presidents | of Uruguay and Chile", "Police | in North Jersey": the
                # country the sentence names right after the mention
                country, how = after, "sentence_continuation"
            elif (_role_word(toks, role_hit) or "").lower() in RIGHTS_GROUP_ROLES \
                    and not any(t.norm.lower() in LOCAL_WORDS for t in toks[:head_end]):
                country, how = "NGO", "text_role"  # "a human rights group" reporting abuses
            elif fronted:
                country, how = fronted, "sentence_fronted"
            elif len(found) == 1:
                country, how = found[0], "sentence_country"
            elif home and (not found or home in found):
                country, how = home, "document_country"
            elif sentence and not found:
                # no country named, no dateline: the one small town the sentence places it in
                towns = self._located_towns(_tokens(sentence.replace(text, " ", 1)))
                if len(towns) == 1:
                    country, how = towns[0], "sentence_town"
                elif context.lone_country:
                    country, how = context.lone_country, "document_country"
        if country is None and sector is None:
            return None  # a person the KB does not know, in a text that places them nowhere
        if sentence and entity is None and role_hit is not None and role_hit.end == head_end \
                and _role_word(toks, role_hit).lower() in MEMBER_TITLES:  # type: ignore[union-attr]
            body = self._continuation(sentence, text, MEMBER_OF_RE)[1]
            if body and body not in STATE_SECTORS:
                sector = body  # "the Sudanese representatives | to the ... Chamber of Commerce"
        if country == "IND" or (country == "USA" and context.document_country == "IND"):
            country, sector = _indian_congress(toks, hits, country, sector)
        if entity is not None and entity.end < head_end and not entity.possessive \
                and _last_word(toks, head_end) in NON_ACTOR_NOUNS:
            sector = None  # "a UN Security Council resolution": the body's, not the body
        kept = IMG_ROLE_SECTORS if country == "IMG" else NONSTATE_ROLE_SECTORS
        if country in NONSTATE_CODES and (sector not in kept
                                          or _role_word(toks, role_hit) in MONITOR_ROLES) \
                and _role_word(toks, role_hit) not in IGO_GOV_ROLES:
            if not (ent_code and ent_code[1] == country and ent_code[2] == sector):
                sector = None
        if listed is not None and country == listed:
            how = "people_list"  # the sector may be the title's; the country is the list's
        return name, country, sector, how or "text_role"

    def _continuation(self, sentence: str, mention: str, pattern: re.Pattern[str] = CONTINUATION_RE
                      ) -> tuple[str | None, str | None]:
        """(country, sector) of the phrase that follows the mention in its sentence after
        "of", "in" or "from" (or `pattern`'s words) ("Members | of the Sierra Leone's National
        Army"): the first country or place named there, and its first role or organisation's
        sector."""
        at = sentence.find(mention)
        match = pattern.match(sentence[at + len(mention):]) if at >= 0 else None
        if match is None:
            return None, None
        toks = _first_conjunct(_tokens(match.group(1))[:MAX_CONTINUATION])
        head_end = _head_end(toks)
        # "a convoy | near Aleppo": a town it is near places it; a country or border it is
        # near ("villages | near the Iranian border") is not its own
        nearby = match.group(0).split()[0].lower() in PROXIMITY_CUES
        country: str | None = None
        sector: str | None = None
        # the head noun phrase only ("the Afghan security forces | in Kabul"), names that run
        # past a preposition included ("the Republic of Korea")
        last_end = None
        for hit in (h for h in self._scan(toks) if h.start < head_end):
            if last_end is not None and any(
                    not t.capitalized and t.norm not in DETERMINERS
                    for t in toks[last_end:hit.start]):
                break  # the phrase ended at a verb ("the VHP | met the prime minister")
            last_end = hit.end
            if nearby and hit.kind != "place":
                break
            if country is None and hit.kind == "country":
                country = hit.value[0]  # type: ignore[index]
            elif country is None and hit.kind == "place":
                country = hit.value  # type: ignore[assignment]
            elif hit.kind == "role":
                sector = hit.value  # type: ignore[assignment]  # the head: the last role word
            elif hit.kind == "entity":
                code = self._entity_code(hit, None)
                if code:
                    country, sector = country or code[1], sector or code[2] or None
        if country in NONSTATE_CODES:
            country = None
        return country, sector

    def _name_before(self, sentence: str, mention: str, day: str | None,
                     context: MentionContext) -> tuple[str | None, str | None, str | None, str] | None:
        """The country or place named right before the mention in apposition or as the
        subject it is predicated of, as _decide resolves it, or None (see NAME_BEFORE_RE)."""
        at = sentence.find(mention)
        match = NAME_BEFORE_RE.search(sentence[:at]) if at > 0 else None
        if match is None:
            return None
        toks = _tokens(match.group(1))
        hits = self._scan(toks)
        if not any(h.kind in ("country", "place") for h in hits):
            return None
        found = self._decide(toks, hits, day, context, sentence, match.group(1))
        return found if found is not None and found[1] is not None else None

    def _person_before(self, sentence: str, mention: str, day: str | None,
                       context: MentionContext) -> str | None:
        """The country of the person named right before the mention and a comma, where this
        document named them in full or the KB knows them ("coref", "kb"), or None."""
        at = sentence.find(mention)
        match = NAME_BEFORE_RE.search(sentence[:at]) if at > 0 else None
        if match is None or not match.group(0).rstrip().endswith(","):
            return None
        toks = _tokens(match.group(1))
        hits = self._scan(toks)
        if any(h.kind in ("country", "place") for h in hits):
            return None  # a land before its description: _land_status's case
        found = self._decide(toks, hits, day, context, sentence, match.group(1))
        if found is None or found[1] is None or found[1] in NONSTATE_CODES \
                or found[3] not in ("coref", "kb"):
            return None
        return found[1]

    def _name_after(self, sentence: str, mention: str, day: str | None, context: MentionContext
                    ) -> tuple[str | None, str | None, str | None, str] | None:
        """The KB body whose name follows the mention right after it in the sentence, as
        _decide resolves it, or None (see NAME_AFTER_RE)."""
        scanned = self._scanned_after(sentence, mention, NAME_AFTER_RE)
        if scanned is None:
            return None
        match, toks, hits = scanned
        if not hits or hits[0].kind != "entity" or hits[0].start != 0 or not _is_org(hits[0]):
            return None
        found = self._decide(toks, hits, day, context, sentence, match.group(1))
        # (the document may have named the body before: its remembered code, "coref")
        return found if found is not None and found[1] is not None else None

    def _fronted_country(self, sentence: str, mention: str) -> str | None:
        """The one country of a place fronted before the clause the mention is in (see
        FRONTED_PLACE_RE), or None."""
        match = FRONTED_PLACE_RE.match(sentence)
        if match is None or sentence.find(mention, match.end()) < 0:
            return None
        fronted = match.group(1) or match.group(2)
        codes = [c for c in dict.fromkeys(self._named_countries(_tokens(fronted)))
                 if c not in NONSTATE_CODES]
        return codes[0] if len(codes) == 1 else None

    def _police_acronym(self, toks: list[_Token], entity: _Hit | None, country: str | None,
                        context: MentionContext, sentence: str | None, mention: str) -> bool:
        """An acronym that the role tables give to a police force and the KB to a body abroad
        ("RPF": India's Railway Protection Force, Rwanda's Patriotic Front) names the police
        unless the document or the sentence names the body's country."""
        if entity is None or entity.end - entity.start != 1 or country is None:
            return False
        word = toks[entity.start]
        if not is_abbreviation(word.raw.upper()) or ROLE_SECTORS.get(word.norm.lower()) != "COP":
            return False
        named = {context.document_country, context.lone_country}
        if sentence:
            named.update(self._sentence_countries(sentence, mention,
                                                  lowered=bool(context.lowercased)))
        return country not in named

    def _sentence_countries(self, sentence: str, mention: str, *, lowered: bool = False
                            ) -> list[str]:
        """Distinct countries the sentence names outside the mention (names, adjectives, places;
        `lowered`: a recased copy of lower-cased news, as `_named_countries`)."""
        rest = sentence.replace(mention, " ", 1)
        cached = self._sentence_cache.get((rest, lowered))
        if cached is not None:
            return cached
        toks = _tokens(rest)
        found = self._named_country_hits(toks, lowered=lowered)
        # "a lawsuit against Iraq in Washington": the country a sentence opposes is no home
        # of its actors while the sentence names another ("rebels fighting against the Syrian
        # government" alone keeps Syria)
        opposed = {code for code, k in found if _after_against(toks, k)}
        kept = [code for code, _ in found if code not in opposed] or [code for code, _ in found]
        codes = list(dict.fromkeys(kept))
        if len(self._sentence_cache) > SENTENCE_CACHE_SIZE:
            self._sentence_cache.clear()
        self._sentence_cache[(rest, lowered)] = codes
        return codes

    def _located_towns(self, toks: list[_Token]) -> list[str]:
        """Countries of the small towns a sentence places something in ("in Bien Unido",
        "near Banibangou"): a town too small to stand for its country as an actor, but named
        after a locative word, whose name no town of another country shares."""
        codes: list[str] = []
        for k, tok in enumerate(toks[:-1]):
            if tok.norm not in LOCATIVE_CUES:
                continue
            # "in the Tillia area", "in the Buner district": a town named before its kind
            with_the = toks[k + 1].norm == "the"
            first = k + 2 if with_the else k + 1
            if first >= len(toks) or not toks[first].capitalized:
                continue
            for size in range(min(3, len(toks) - first), 0, -1):
                words = toks[first:first + size]
                if not all(t.capitalized for t in words) or with_the and not (
                        first + size < len(toks)
                        and toks[first + size].norm in SETTLEMENT_NOUNS):
                    continue
                code = self.kb.place_country(" ".join(t.norm for t in words),
                                             min_town=LOCATED_TOWN_MIN_POP)
                if code:
                    if code not in codes and code not in NONSTATE_CODES:
                        codes.append(code)
                    break
        return codes

    def _entity_code(self, hit: _Hit, day: str | None) -> tuple[str, str, str, str] | None:
        """(entity_name, country, sector, how) of a KB entity on `day`."""
        offices: list[Office] = hit.value  # type: ignore[assignment]
        if not offices:
            return None
        name = offices[0].person
        if day is None:
            # Undated (no event or document date): the office held now, if any; otherwise a
            # former official, never the last office as if still held.
            current = [o for o in offices if o.end is None and o.sector != "ELI"]
            if current:
                pick = _best(current)
                return name, pick.country, pick.sector, "kb_undated"
            if offices[0].role in ORG_KINDS and offices[0].source != "phoenix":
                pick = _best(offices)
                return name, pick.country, pick.sector, "kb_undated"
            last = max(offices, key=lambda o: o.end or "")
            return name, last.country, "ELI", "kb_former"
        held = [o for o in offices if o.holds_on(day) and o.sector != "ELI"]
        if held:
            pick = _best(held)
            return pick.person, pick.country, pick.sector, "kb"
        explicit_eli = [o for o in offices if o.holds_on(day) and o.sector == "ELI"]
        past = sorted((o for o in offices if o.end and o.end <= day and o.sector != "ELI"),
                      key=lambda o: o.end or "")
        is_org = offices[0].source != "phoenix" and offices[0].role in ORG_KINDS \
            or offices[0].source == "phoenix" \
            and name.split()[-1].lower() in ORG_HEAD_WORDS | BODY_NOUNS
        if is_org:
            # a body past its last record keeps its last sector (issue 17, round 17: a Phoenix
            # body too, filed as people are: "the SPLM" in 2019 is no former official)
            nearest = past[-1] if past else _best(offices)
            return name, nearest.country, nearest.sector, "kb"
        if past and past[-1].capped:
            # Phoenix stops in 2014: an office open then most likely lasted a while longer,
            # and was most likely over some years on (a former official, ELI).
            stale = past[-1]
            grace = f"{int(stale.end[:4]) + STALE_GRACE_YEARS}{stale.end[4:]}"  # type: ignore[index]
            if day < grace:
                return name, stale.country, stale.sector, "kb_stale"
            return name, stale.country, "ELI", "kb_former"
        coming = [o for o in offices if o.role == "head_of_government" and o.source != "phoenix"
                  and o.sector == "GOV" and o.start and o.start > day]
        if coming and not explicit_eli:
            # a prime minister to be (again), out of office that day: the leader of a party
            # out of government (Starmer in 2022, Netanyahu between his terms), not a former
            # official who has left politics
            return name, coming[0].country, "OPP", "kb_before_office"
        if past:
            return name, past[-1].country, "ELI", "kb_former"
        if explicit_eli:
            return name, explicit_eli[0].country, "ELI", "kb_former"
        ref = past[-1] if past else _best(offices)
        return name, ref.country, "", "kb_former"

    def _remember(self, toks: list[_Token], hits: list[_Hit], actor: Actor,
                  context: MentionContext, at: int) -> None:
        names: list[str] = []
        entity = next((h for h in hits if h.kind == "entity"), None)
        if entity is not None:
            names.append(" ".join(t.norm for t in toks[entity.start:entity.end]))
            office: Office = entity.value[0]  # type: ignore[index]
            names += _surname_keys(office.person)
        names += _trailing_name_keys(toks, hits)
        roles: list[str] = []
        for hit in hits:
            if hit.kind == "role":
                phrase = _role_word(toks, hit) or ""
                roles += [phrase, phrase.split()[-1]]  # "interior minister" -> "the minister"
        trailing = _trailing_name_keys(toks, hits)
        person = bool(trailing) or (entity is not None and not _is_org(entity))
        context.remember(names, [r for r in roles if r], actor, at=at, person=person)


# ----- helpers -----------------------------------------------------------------------------
def _lowercased_copy(text: str) -> bool:
    """Whether a document is a lower-cased copy of news: almost no capitals (a stray "Â" of a
    broken encoding aside), where news has a few in every sentence. Fewer than one capital in
    200 letters, by the one capitals test (`lower_cased`), which stops reading cased news at
    its first capitals."""
    return lower_cased(text, min_letters=1, max_capitals=LOWERCASED_COPY_CAPITALS)


def _word_place(toks: list[_Token], hit: _Hit) -> bool:
    """Whether a place hit of a recased lower-cased copy is spelt as English words ("shot dead"
    recased "Shot Dead" is no town in Iran, "seen", "never", "much" none in Mexico, France or
    Germany): the copy has no capitals to tell a town from a word, the lemmatizer's dictionary
    does, as for names (`nlp.recase`), by its verbs, adjectives and adverbs only (its nouns
    hold "gujarat" and "lucknow"). Country words stay."""
    return hit.kind == "place" and all(dictionary_word(t.norm.lower(), pos=NON_NOUN_PARTS)
                                       for t in toks[hit.start:hit.end])


def _best(offices: list[Office]) -> Office:
    """Prefer heads of state/government, then the latest start."""
    rank = {"head_of_state": 0, "supreme_leader": 0, "head_of_government": 1}
    return min(offices, key=lambda o: (o.source != "user", rank.get(o.role, 2),
                                       -int((o.start or "0000")[:4])))


def _named_legislature(tok: _Token, offices: list[Office]) -> bool:
    """Whether one capitalised word is the curated name of one country's legislature that the
    role tables also list without its country ("the Knesset", "a Duma deputy": ISR, RUS);
    not "Congress", which Indian news uses for its party (CONGRESS_WORDS)."""
    return tok.capitalized and tok.norm.lower() not in CONGRESS_WORDS \
        and offices[0].role == "legislature" and offices[0].source == "shipped" \
        and ROLE_SECTORS.get(tok.norm.lower()) == offices[0].sector


def _ordinary_word(tok: _Token) -> bool:
    """Whether one word of a name is one every English text uses, written as such (no
    abbreviation, no inner capital: "LeT" is Lashkar-e-Taiba's own spelling): a day or month, a
    verb, adjective or adverb of the lemmatizer's dictionary as it stands there (its nouns hold
    names: "hamas", "congress"; a form its suffix rules make, "Republicans", is no headword),
    or one of ORDINARY_NAME_WORDS."""
    raw, word = tok.raw.rstrip("."), tok.norm.lower()
    if is_abbreviation(raw) or not raw[1:].islower():
        return False
    return word in WEEKDAYS or word in MONTHS or word in ORDINARY_NAME_WORDS \
        or word in dictionary_words(pos=NON_NOUN_PARTS)


def _word_before(sentence: str | None, mention: str) -> str:
    """The normalised word before a mention in its sentence: "" where the mention opens the
    sentence (or a quote, or a clause after a colon), where every word is capitalised, and
    where the sentence is unknown or does not hold the mention."""
    at = sentence.find(mention.strip()) if sentence else -1
    lead = sentence[:at].rstrip() if sentence and at > 0 else ""
    if not lead or lead[-1] in SENTENCE_OPENERS:
        return ""
    words = _tokens(lead)
    return words[-1].norm if words else ""


def _ordinary_name(span: list[_Token]) -> bool:
    """Whether a KB name's span is ordinary words: one (`_ordinary_word`), or several of the
    lemmatizer's dictionary holding a day of the week ("Black Friday", a Turkish group in
    Phoenix, is a shopping day in the news)."""
    if len(span) == 1:
        return _ordinary_word(span[0])
    return any(t.norm.lower() in WEEKDAYS for t in span) \
        and all(t.raw[1:].islower() and dictionary_word(t.norm.lower()) for t in span)


def _marked_as_name(toks: list[_Token], i: int, j: int, before: str, opener: bool) -> bool:
    """Whether the text marks ordinary words at tokens i to j as a name: right after a title
    ("Prime Minister May", "Mrs May"), or, for words with no day or month (which name no one
    without a title), capitalised inside the sentence; opening the sentence (`before`: the word before
    token 0, "" where it opens the sentence) a person's surname ("Trump and Putin agreed") or a
    body's own full name ("Google said"), which news opens sentences with, not a body's short
    or other name ("Let the army go": Lashkar-e-Taiba's "LeT"; "Yes, we will")."""
    prev = toks[i - 1].norm if i > 0 else before
    if prev.lower() in TITLE_WORDS:
        return True
    if any(t.norm.lower() in WEEKDAYS or t.norm.lower() in MONTHS for t in toks[i:j]):
        return False
    return toks[i].capitalized and (prev != "" or opener)


def _person_office(office: Office) -> bool:
    """Whether a KB office is a person's: no organisation kind, nor a Phoenix institution
    (Phoenix files bodies as people, with a body's sector)."""
    return office.role not in ORG_KINDS and not (
        office.source == "phoenix" and office.sector in ORG_SECTORS)


def _surname_continued(nxt: _Token) -> bool:
    """Whether the capitalised word after a KB person's one-word surname, a given name too,
    continues a person's name: no verb, adjective or adverb of the lemmatizer's dictionary (its
    nouns hold names; "Johnson Says" in a title-case heading keeps the surname), no
    abbreviation, role, title or name-ending body word ("Cooper Union")."""
    word = nxt.norm.lower()
    return not is_abbreviation(nxt.raw) and not dictionary_word(word, pos=NON_NOUN_PARTS) \
        and word not in ROLE_SECTORS and word not in TITLE_WORDS and word not in ORG_HEAD_WORDS \
        and word not in REGION_SUFFIXES


def _listed_company_word(tok: _Token, offices: list[Office]) -> bool:
    """Whether one capitalised word is the whole name of a Phoenix multinational an exchange
    lists under it (`listed_company`: "Infosys", "Embraer") and no word of the lemmatizer's
    dictionary ("Chevron", "Xerox" stay ambiguous): a company's own name, as a named body's
    is, not an ambiguous Phoenix word."""
    return tok.capitalized and listed_company(offices) \
        and name_key(offices[0].person) == name_key(tok.raw) \
        and not dictionary_word(tok.norm.lower())


def _common_word(tok: _Token) -> bool:
    """Single capitalised words too common to be a name on their own."""
    return tok.norm in DETERMINERS or tok.norm in ROLE_SECTORS or len(tok.norm) < 3 and \
        not is_abbreviation(tok.raw)


def _head_end(toks: list[_Token]) -> int:
    """Index where the head noun phrase ends (first preposition/comma-free break)."""
    for i, tok in enumerate(toks):
        if i > 0 and tok.norm in HEAD_BREAKS and not (
                tok.norm == "," and toks[i - 1].norm.isdigit() and i + 1 < len(toks)
                and toks[i + 1].norm.isdigit()):  # "15,000 Egyptians": one number
            return i
    return len(toks)


def _pick_entity(hits: list[_Hit], head_end: int) -> _Hit | None:
    """The entity the mention is about: not a possessive modifier, in the head if possible."""
    entities = [h for h in hits if h.kind == "entity"]
    if not entities:
        return None
    plain = [h for h in entities if not h.possessive]
    head = [h for h in plain if h.start < head_end]
    return (head or plain or entities)[0]


def _modifies_possessive(role: _Hit, hits: list[_Hit]) -> bool:
    """'Prime Minister Netanyahu's rival': the title belongs to the possessive name."""
    return any(h.kind == "entity" and h.possessive and h.start == role.end for h in hits)


def _possessive_role_before_role(toks: list[_Token], role: _Hit, hits: list[_Hit]) -> bool:
    """"the Kurdish Workers' Party", "a teachers' union": a role word in the possessive before
    another role word modifies it; the later one heads the name."""
    return toks[role.end - 1].possessive and any(
        h.kind == "role" and h.start == role.end for h in hits)


def _people_head(toks: list[_Token], countries: list[_Hit], head_end: int) -> bool:
    """Whether the head noun is a plural demonym ("Bosnian Serbs", "ethnic Albanians")."""
    # "Guineans overseas": a trailing adverb of place does not change the head
    end = head_end - 1 if head_end > 1 and toks[head_end - 1].norm in PLACE_ADVERBS else head_end
    last = next((h for h in countries if h.end == end), None)
    if last is None or last.value[1] != "adjective" or toks[last.end - 1].possessive:
        return False
    # "Bosnian Serbs"; "12,000 Sudanese": a counted adjective is people, plural or not
    return toks[last.end - 1].norm.endswith("s") or last.start > 0 and (
        toks[last.start - 1].norm.isdigit() or toks[last.start - 1].norm in QUANTIFIERS)


def _homeland(toks: list[_Token], countries: list[_Hit], head_end: int) -> str | None:
    """The state a plural demonym head belongs to by "of": "Albanians of southern Serbia" ->
    SRB, "the Kurds of Iraq" -> IRQ (not "in": "Americans in Iraq" are still American)."""
    if head_end >= len(toks) or toks[head_end].norm != "of" \
            or not _people_head(toks, countries, head_end):
        return None
    return next((h.value[0] for h in countries  # type: ignore[index]
                 if h.start > head_end and h.value[1] != "adjective"), None)  # type: ignore[index]


def _described_as_company(words: list[str], *, whole: bool = False) -> list[str] | None:
    """The modifiers of a description ("Danish wind-farm" of "Danish wind-farm developer")
    whose head, within COMPANY_DESCRIPTION_REACH words, is a company noun; with `whole`, only
    if the head is its last word. None if it is no company's description."""
    for k, word in enumerate(words[:COMPANY_DESCRIPTION_REACH + 1]):
        head = word.lower().strip("\"'’”")
        if head in COMPANY_DESCRIPTION_HEADS or head.rsplit("-", 1)[-1] in COMPANY_DESCRIPTION_HEADS:
            if whole and k != len(words) - 1:
                return None
            return words[:k]
        if not whole and word[-1:] in ",;:":
            return None
    return None


def _after_mention(sentence: str, text: str) -> str:
    """What the sentence says after the mention's first occurrence in it ("" if not in it)."""
    at = sentence.lower().find(text.lower())
    return sentence[at + len(text):] if at >= 0 else ""


def _acts_against_government(sentence: str, text: str) -> bool:
    """Whether the sentence goes on from the mention, within OPPOSITION_ACT_REACH lower-case
    words, to an act only a party out of government does (OPPOSITION_ACT_PHRASES)."""
    after = _after_mention(sentence, text)
    found = OPPOSITION_ACT_RE.search(after)
    between = after[:found.start()].split() if found is not None else []
    # another name between ("said the Greens had called ...") makes the act another's
    return found is not None and len(between) <= OPPOSITION_ACT_REACH \
        and not any(word[:1].isupper() for word in between)


def _party_acronym_word(tok: _Token) -> bool:
    """Whether a token is an acronym in capitals of three letters or more ("UPND", "ODM"),
    which a party table may list as one of a party's names."""
    return len(tok.raw) >= 3 and tok.raw.isalpha() and tok.raw.isupper()


def _party_keys(toks: list[_Token]) -> set[str]:
    """Name keys a party mention may be listed under: the mention less its first words
    ("Brazil's Workers' Party" as "workers party"), and less "of <Country>" after it ("the
    Democratic Labor Party of Brazil"), and less a lower-case "party" that news adds after a
    name the table lists without it ("Peru's Popular Force party" as "popular force")."""
    named = toks[:-1] if len(toks) > 1 and toks[-1].raw in PARTY_NOUNS_ADDED else toks
    return with_of_dropped({name_key(" ".join(t.raw for t in part[k:]))
                            for part in (toks, named) for k in range(len(part))})


def _region_adjective_before_role(toks: list[_Token], i: int, j: int) -> bool:
    """Whether toks[i:j] is a region's adjective (REGION_ADJECTIVES) right before a role noun,
    capitalised or not ("The Sicilian Mafia", "the Bavarian Police"): the region's body, not a
    name that the adjective begins."""
    return " ".join(t.norm.lower() for t in toks[i:j]) in REGION_ADJECTIVES \
        and j < len(toks) and toks[j].norm.lower() in ROLE_SECTORS


def _inside_name(toks: list[_Token], i: int, j: int,
                 given_names: frozenset[str] = frozenset()) -> bool:
    """Whether toks[i:j] is part of a longer capitalised name ("Paul James", "Al-Sabah").

    Such a span is a person's or a firm's name part, not a place; a title or role word next
    to it ("Kirkuk Governor") does not make a name. A known given name followed by another
    name word is a person's name however long ("Juan Carlos Pinzon").
    """
    def name_word(tok: _Token) -> bool:
        if not tok.capitalized or tok.norm in DETERMINERS or tok.norm in TITLE_WORDS \
                or tok.norm in ORG_HEAD_WORDS or tok.norm in PLACE_PREFIXES \
                or tok.norm in FORMER_WORDS or tok.norm in IN_OFFICE_WORDS \
                or tok.norm in REGION_SUFFIXES or (tok.norm.lower(),) in DISTRICT_KINDS \
                or tok.norm in PLACE_NAMED_BODY_NOUNS:
            # "Former Illinois Senator", "Outgoing Mayor ...", "Kharkiv Oblast", "Ikeja LGA" (a
            # region's kind after its name: the name is the place); "the Medellín Cartel" (a
            # criminal or armed body named after its home)
            return False
        # A role noun ("Brisbane Police") is no name; a role adjective ("Moro Islamic") may be.
        return tok.norm not in ROLE_SECTORS or tok.norm in MODIFIER_SECTORS \
            or tok.norm.endswith("ic")
    before = i > 0 and name_word(toks[i - 1]) and not toks[i - 1].possessive
    # After a given name comes one surname ("Paul James"); a longer capitalised run is an
    # organisation's name ("Wyoming Brownfield Redevelopment Authority").
    after = j < len(toks) and name_word(toks[j]) and not toks[j - 1].possessive and (
        toks[j].norm in NAME_PARTICLES or j + 1 == len(toks) or not toks[j + 1].capitalized
        or (j == i + 1 and toks[i].norm in given_names))
    return before or after


def _indian_congress(toks: list[_Token], hits: list[_Hit], country: str | None,
                     sector: str | None) -> tuple[str | None, str | None]:
    """In Indian news "Congress" is the party, not a legislature: "senior congress leader",
    "any congress member", "the Congress" (IND PTY), unless another legislature word says so
    ("Congress MLA", "Congress MPs in the Lok Sabha")."""
    words = {t.norm.lower() for t in toks}
    if not words & CONGRESS_WORDS:
        return country, sector
    legislature = [h for h in hits if h.kind == "role" and h.value == "LEG"
                   and _role_word(toks, h).lower() not in CONGRESS_WORDS]  # type: ignore[union-attr]
    # a country word or a name that says which Congress ("the US Congress", "U.S. congressmen")
    def names_a_congress(hit: _Hit) -> bool:
        words = " ".join(t.norm.lower() for t in toks[hit.start:hit.end]).split()
        return len(words) > 1 and bool(CONGRESS_WORDS & set(words))

    named = [h for h in hits if h.kind == "country"
             or (h.kind == "entity" and names_a_congress(h))]
    if legislature or named or sector not in {"LEG", None}:
        return country, sector
    return "IND", "PTY"


def _name_after_rank(toks: list[_Token], i: int) -> bool:
    """Whether toks[i], a one-word role that is no title, begins the name after a rank or an
    honorific ("Gen. Ngo Xuan Lich" is no NGO, "Mr Su Chi" no ...): written in Title case,
    before another capitalised word that is no role."""
    tok = toks[i]
    if i == 0 or i + 1 >= len(toks) or not tok.capitalized or tok.raw.isupper() \
            or tok.norm in TITLE_WORDS or tok.norm in MILITARY_RANKS or tok.norm in HONORIFICS:
        return False
    prev, nxt = toks[i - 1].norm, toks[i + 1]
    return (prev in MILITARY_RANKS or prev in HONORIFICS or prev in {"gen", "general", "col",
                                                                     "capt", "captain"}) \
        and nxt.capitalized and nxt.norm not in ROLE_SECTORS


def _after_name_particle(toks: list[_Token], i: int) -> bool:
    """Whether toks[i] follows an honorific or a name particle inside a person's name ("Sheikh
    Sabah al-Ahmad al-Sabah", "Mohammed bin Salman"): a name, not the place it also spells. A
    particle after a lower-case word, a possessive or a country ("in al-Anbar", "Iraq's
    al-Anbar") begins a place's own name instead."""
    if i >= 1 and toks[i - 1].norm in HONORIFICS and toks[i - 1].capitalized:
        return True
    if i < 2 or toks[i - 1].norm not in ARABIC_PARTICLES or toks[i - 1].capitalized:
        return False
    before = toks[i - 2]
    return before.capitalized and not before.possessive and before.norm not in DETERMINERS \
        and before.norm not in TITLE_WORDS and before.norm not in HEAD_BREAKS


def _led_body_sector(toks: list[_Token], hits: list[_Hit], role: _Hit | None,
                     head_end: int) -> str | None:
    """Sector of the body a leader title heads, when the mention names a non-state one.

    "community leader" (CVL), "union leaders" (LAB), "religious leaders" (REL), "the president
    of the university" (EDU); None leaves the title's own sector (a government).
    """
    if role is None or _role_word(toks, role) not in LEADER_TITLES:
        return None
    if role.start > 0 and toks[role.start - 1].capitalized \
            and not toks[role.start].capitalized \
            and toks[role.start - 1].norm in PARTY_NAME_WORDS:
        # "Labour leader Keir Starmer", "Republican leaders"; a recased lower-case copy
        # capitalises every word ("International Labor Officials") and says nothing
        return "PTY"
    for size in (2, 1):  # modifiers right before the title
        if role.start - size < 0:
            continue
        words = " ".join(t.norm for t in toks[role.start - size:role.start])
        if words in MODIFIER_SECTORS:
            return MODIFIER_SECTORS[words]
    before = next((h for h in hits if h.end == role.start and h.kind == "role"), None)
    if before is not None and before.value != "GOV":
        return before.value  # type: ignore[return-value]
    if head_end < len(toks) and toks[head_end].norm in {"of", "from", "for"}:
        # the body's own country or town is no part of its kind ("the president of the Kenya
        # Medical Association")
        # ("the leader of the local council": "local" says where, "council" what the body is)
        after = [h for h in hits if h.start >= head_end and h.kind not in {"country", "place"}
                 and not _local_before_role(toks, hits, h)]
        first = after[0] if after else None
        first = _bar_of_court(toks, after, first)
        if first is not None and first.kind == "role" and first.value != "GOV":
            if first.value == "LEG":
                # a congress of members is their trade ("the head of the Congress of South
                # African Trade Unions" LAB), no legislature; a union stays its own sector
                # ("Leaders of ... Union of Teachers" LAB, as labelled)
                return _member_sector(toks, hits, first, first.end) \
                    or first.value  # type: ignore[return-value]
            return first.value  # type: ignore[return-value]
        if first is not None and first.kind == "entity" \
                and not first.value[0].sector:  # type: ignore[index]
            # "the leader of the Jemaah Islamiyah militant network": a body the KB gives no
            # sector is what the role word right after its name says
            kind = next((h.value for h in after if h.start == first.end and h.kind == "role"),
                        None)
            if kind is not None and kind != "GOV":
                return kind  # type: ignore[return-value]
        if first is None:
            # (a capitalised name's word too: "the head of the Egyptian Medical Syndicate")
            for tok in toks[head_end + 1:]:
                if tok.norm.lower() in MODIFIER_SECTORS:
                    return MODIFIER_SECTORS[tok.norm.lower()]
    return None


def _state_description(toks: list[_Token], hits: list[_Hit]) -> bool:
    """Whether a span describes a state without naming it: "the", any modifiers, a state noun
    ("the country", "the former Soviet republic", "the Gulf kingdom"), or the noun alone (the
    coder's span of "invaded the country" may be "country"); a country or place word may only
    modify the noun ("the Czech Republic" is a name), a country word only after a former-word
    ("the British monarchy", "the Iranian republic" name theirs), no function word is among the
    modifiers ("the investment of our country", "the other country"), and no entity or other
    role is in it."""
    if not toks or toks[-1].norm.lower() not in STATE_DESCRIPTION_NOUNS \
            or len(toks) > 1 and toks[0].norm.lower() != "the" \
            or any(t.norm.lower() in KEEP_LOWER for t in toks[1:-1]):
        return False
    last = len(toks) - 1
    return all(h.kind == "place" and h.end <= last
               or h.kind == "country" and h.end <= last and h.start > 0
               and toks[h.start - 1].norm.lower() in FORMER_WORDS
               or h.kind == "role" and h.start == last for h in hits)


def _bar_of_court(toks: list[_Token], hits: list[_Hit], hit: _Hit | None) -> _Hit | None:
    """The lawyers' body right after a court's name ("the Lahore High Court Bar Association",
    "the Supreme Court Bar Association of Pakistan"): a bar named after the court it pleads
    before is the lawyers' (CVL), not the court's; any other hit is returned as it is."""
    if hit is None or hit.kind != "role" or hit.value != "JUD":
        return hit
    return next((h for h in hits if h.start == hit.end and h.kind == "role"
                 and phrase_key(_role_word(toks, h) or "") in LAWYER_BODIES), hit)


def _local_before_role(toks: list[_Token], hits: list[_Hit], hit: _Hit) -> bool:
    """Whether a role hit is a lone "local"/"national" word right before another role word
    ("the local hospital"): it says where the body is, the next word what it is."""
    return hit.kind == "role" and hit.end - hit.start == 1 \
        and toks[hit.start].norm.lower() in LOCAL_WORDS \
        and any(h.kind == "role" and h.start == hit.end for h in hits)


def _without_trailing_titles(prefix: str) -> str:
    """The text before a name without the titles that end it ("A British Army officer, Major
    | Jeremy Snow,"): the comma of an apposition before the name then ends it again."""
    words = prefix.rstrip().split(" ")
    while len(words) > 1 and words[-1].rstrip(".").lower() in TITLE_WORDS | MILITARY_RANKS:
        words.pop()
    return " ".join(words) + " " if len(words) < len(prefix.rstrip().split(" ")) else prefix


def _central_bank(toks: list[_Token], role: _Hit | None) -> bool:
    """Whether the role is "Bank" of "Bank of <country>" (see COMMERCIAL_BANKS_OF)."""
    if role is None or role.end - role.start != 1 or toks[role.start].raw != "Bank" \
            or role.end + 1 >= len(toks) or toks[role.end].norm != "of":
        return False
    rest = " ".join(t.norm.lower() for t in toks[role.end + 1:role.end + 3])
    return not any(rest == name or rest.startswith(f"{name} ") for name in COMMERCIAL_BANKS_OF) \
        and toks[role.end + 1].capitalized


def _before_relative(toks: list[_Token], k: int) -> bool:
    """Whether the former-word toks[k] dates a relation ("his ex-wife"), not an office."""
    return k + 1 < len(toks) and toks[k + 1].norm in RELATION_NOUNS


def _newspaper_name(toks: list[_Token], hits: list[_Hit], head_end: int) -> bool:
    """A newspaper named after its place: a capitalised NEWSPAPER_HEADS word right after a
    country or place name ("The Bangkok Post", "the Hindustan Times")."""
    last = toks[head_end - 1]
    return head_end == len(toks) and last.capitalized \
        and last.norm.lower() in NEWSPAPER_HEADS \
        and any(h.kind in ("country", "place") and h.end == head_end - 1 for h in hits)


@lru_cache(maxsize=1)
def _breakaway_first_words() -> frozenset[str]:
    """First words of breakaway entities' names of several words ("donetsk", "luhansk" of
    "Luhansk People's Republic"); the caller reads them only where they name a place alone."""
    return frozenset(key.split()[0] for key in breakaway_keys() if len(key.split()) > 1)


def _compound_company(toks: list[_Token], hits: list[_Hit]) -> bool:
    """A company named by an industry prefix joined to its country's name ("PetroVietnam",
    `ActorResolver._country_compound`): a country hit of one word that is not the name."""
    return any(h.kind == "country" and h.end - h.start == 1
               and toks[h.start].norm.lower().startswith(COMPANY_COMPOUND_PREFIXES)
               for h in hits)


def _airline_name(toks: list[_Token], hits: list[_Hit], head_end: int) -> bool:
    """A national airline: a capitalised AIRLINE_NAME_WORDS word right before a country's name
    that ends the mention ("Air India", "the Air Zimbabwe", not "India's air force")."""
    return head_end == len(toks) and any(
        h.kind == "country" and h.end == head_end and h.start > 0
        and toks[h.start - 1].capitalized and toks[h.start - 1].norm.lower() in AIRLINE_NAME_WORDS
        for h in hits)


def _located_company(toks: list[_Token], i: int, j: int, offices: list[Office]) -> bool:
    """Whether a company's one-word name toks[i:j] ends the mention after a preposition of
    place and "the" ("Indigenous leaders from the Amazon"): a place named so (see
    LOCATIVE_PREPOSITIONS)."""
    return j - i == 1 and j == len(toks) and i >= 2 and toks[i - 1].norm.lower() == "the" \
        and toks[i - 2].norm.lower() in LOCATIVE_PREPOSITIONS \
        and all(o.role == "company" or o.country == "MNC" for o in offices)


def _modifier_sector(toks: list[_Token], head_end: int) -> str | None:
    """Sector named by a modifier of the head noun ("parliamentary committee" LEG), or None.

    Read right to left over the head phrase without its last word, two-word modifiers first.
    """
    words = [t.norm for t in toks[:head_end] if t.norm != ","]
    for k in range(len(words) - 2, -1, -1):
        pair = " ".join(words[k - 1:k + 1]) if k > 0 else ""
        if pair in MODIFIER_SECTORS:
            return MODIFIER_SECTORS[pair]
        if words[k] in MODIFIER_SECTORS:
            return MODIFIER_SECTORS[words[k]]
    return None


def _member_sector(toks: list[_Token], hits: list[_Hit], role: _Hit | None,
                   head_end: int) -> str | None:
    """Sector of the members a body is made of ("Students' Association" EDU, "Union of
    Teachers" EDU, "medical association" as CAMEO codes it): None when none is named."""
    if role is None or toks[role.end - 1].norm not in BODY_NOUNS:
        return None
    before = next((h for h in hits if h.kind == "role" and h.end == role.start), None)
    after = None
    of_after = head_end < len(toks) and toks[head_end].norm == "of" and role.end == head_end \
        or role.value == "LEG" and role.end < len(toks) and toks[role.end].norm == "of"
    if of_after:
        # (a congress also after a leader's title: "the chairman of the Congress of ...")
        start = role.end + 1
        # the members' country may come first ("Congress of South African Trade Unions")
        start = next((h.end for h in hits if h.kind == "country" and h.start == start), start)
        after = next((h for h in hits if h.kind == "role" and h.start == start), None)
    members = before or after
    if members is None and role.start > 0 and toks[role.start - 1].capitalized \
            and toks[role.start].capitalized:
        # a body's name with its members' trade as an adjective ("the Egyptian Medical
        # Syndicate", "the Kenya Medical Association"): that trade's sector
        trade = MODIFIER_SECTORS.get(toks[role.start - 1].norm.lower())
        if trade is not None and trade not in {"GOV", role.value}:
            return trade
    # members are people: a plural or possessive noun ("Teachers", "Students'"), not a
    # place ("Neighborhood Association")
    if members is None or members.value in {"GOV", role.value} or not (
            toks[members.end - 1].norm.endswith("s") or toks[members.end - 1].possessive):
        return None
    return members.value  # type: ignore[return-value]


def _land_status(toks: list[_Token]) -> bool:
    """Whether a span names a land by its status under another ("a former French colony", "a
    British overseas territory"; see TERRITORY_NOUNS)."""
    head = toks[_head_end(toks) - 1].norm.lower()
    return head in COLONY_WORDS or (
        head in TERRITORY_NOUNS and any(t.norm.lower() in LAND_STATUS_WORDS for t in toks))


def _sharing_word(hit: _Hit) -> bool:
    """Whether a coordinated word can share the head noun after the next conjunct: a country
    word or an organisation's name, not a person's ("Bush and Blair aides" are not shared)."""
    return hit.kind == "country" or (hit.kind == "entity" and _is_org(hit))


def _is_org(hit: _Hit | None) -> bool:
    """Whether a KB entity is an organisation (organizations.csv kinds), not a person."""
    if hit is None:
        return False
    office: Office = hit.value[0]  # type: ignore[index]
    return office.role in ORG_KINDS


def _legislator_title_before_name(toks: list[_Token]) -> bool:
    """A capitalised legislator's title (LEGISLATOR_TITLES_BEFORE_NAMES) opening the mention,
    then two or more capitalised words that are no role: "Representative Ann Lee"."""
    words = [t for t in toks if t.norm.lower() not in DETERMINERS]
    return len(words) >= 3 and words[0].capitalized \
        and words[0].norm.lower() in LEGISLATOR_TITLES_BEFORE_NAMES | SPEAKER_TITLES \
        and all(t.capitalized and t.norm.lower() not in ROLE_SECTORS
                and t.norm.lower() not in ORG_HEAD_WORDS for t in words[1:])


def _country_as_listed_given_name(toks: list[_Token], i: int) -> bool:
    """Whether the country's name toks[i] opens a person's name of two or three capitalised
    words that the Wikipedia people list knows ("Jordan Bardella" FRA, "Israel Adesanya" NGA):
    a given name, not the country; not after another capitalised word (then the country's
    name is inside a longer name)."""
    if toks[i].possessive or i + 1 >= len(toks) \
            or i > 0 and toks[i - 1].capitalized and toks[i - 1].norm.lower() not in DETERMINERS:
        return False
    end = i + 1
    while end < len(toks) and end - i < 3 and toks[end].capitalized and toks[end].norm.isalpha() \
            and not toks[end - 1].possessive:
        end += 1
    return end > i + 1 and any(listed_country(" ".join(t.norm for t in toks[i:stop])) is not None
                               for stop in range(end, i + 1, -1))


def _the_speaker(toks: list[_Token]) -> bool:
    """Whether the mention is a legislature's presiding officer by the title alone, written
    with its capital after an article ("the Speaker", "The Speaker"), as the title before a name
    is; "a speaker", "the speaker" in lower case (one who speaks at a rally) are not."""
    return len(toks) == 2 and toks[0].norm.lower() == "the" \
        and toks[1].raw.lower() in SPEAKER_TITLES and toks[1].raw[:1].isupper()


def _before_envoy(toks: list[_Token], end: int) -> bool:
    """Whether a country word ending at `end` names envoys or a mission abroad (ENVOY_WORDS):
    "the Japanese ambassador", "Chilean and Peruvian envoys" (the first of two joined ones)."""
    if end < len(toks) and toks[end].norm.lower() in ENVOY_WORDS:
        return True
    return end + 2 < len(toks) and toks[end].norm in ("and", ",") \
        and toks[end + 2].norm.lower() in ENVOY_WORDS


def _named_for_aims(tokens: list[_Token], k: int) -> bool:
    """Whether the "and" at `k` joins two capitalised aims after a body's capitalised head and
    "for" ("the Front for Change and Concord", "the Movement for Peace and Justice in Mali"):
    one name, whose words before "for" are its head; not "the Front for Change and the army"."""
    if k + 1 >= len(tokens) or not tokens[k + 1].capitalized:
        return False
    for j in range(k - 1, 0, -1):
        if tokens[j].norm == "for":
            return j < k - 1 and tokens[j - 1].capitalized \
                and tokens[j - 1].norm.lower() in ORG_HEAD_WORDS | BODY_NOUNS
        if not tokens[j].capitalized:
            return False
    return False


def _inter_prefixed(toks: list[_Token], hit: _Hit, text: str) -> bool:
    """Whether a country word follows "inter-" ("Inter-American", "inter-Korean"): between or
    among that country's parts or its continent's states, never that one state. The tokens
    drop the hyphen, so the text is asked for it."""
    if hit.start == 0 or toks[hit.start - 1].norm.lower() != "inter":
        return False
    return re.search(r"\binter-" + re.escape(toks[hit.start].raw), text, re.IGNORECASE) is not None


def _legislature_title_country(toks: list[_Token]) -> str | None:
    """The country of a one-house legislator's abbreviated title (LEGISLATURE_TITLE_COUNTRIES,
    as written: "MK", "TD") opening the mention before a name of two or more capitalised words
    that are no role ("MK Ayman Odeh"); None otherwise ("TD Garden", "the MK2 tank")."""
    words = [t for t in toks if t.norm.lower() not in DETERMINERS]
    if len(words) < 3 or words[0].raw.rstrip(".") not in LEGISLATURE_TITLE_COUNTRIES:
        return None
    if all(t.capitalized and t.norm.lower() not in ROLE_SECTORS
           and t.norm.lower() not in ORG_HEAD_WORDS for t in words[1:]):
        return LEGISLATURE_TITLE_COUNTRIES[words[0].raw.rstrip(".")]
    return None


def _police_title_before_name(toks: list[_Token]) -> bool:
    """A police title (POLICE_TITLES_BEFORE_NAMES) followed by nothing but a person's name:
    "sp rahul sharma", not "the sp", "sp leader mulayam", "sp mla"."""
    at = next((k for k, t in enumerate(toks) if t.norm.lower() in POLICE_TITLES_BEFORE_NAMES), None)
    if at is None or at + 1 >= len(toks):
        return False
    return all(t.norm.isalpha() and t.norm.lower() not in ROLE_SECTORS
               and t.norm.lower() not in KEEP_LOWER and t.norm.lower() not in MODIFIER_SECTORS
               and t.norm.lower() not in LEADER_TITLES
               for t in toks[at + 1:])


def _institution_abroad(toks: list[_Token], hit: _Hit, hits: list[_Hit]) -> bool:
    """Whether a nationality adjective names an institution in a place named right after it
    ("the American University in Cairo", "the French Institute of Pondicherry"): the
    institution is in that place's country."""
    k = hit.end
    return hit.value[1] == "adjective" and k + 2 < len(toks) \
        and toks[k].capitalized and toks[k].norm.lower() in INSTITUTION_WORDS \
        and toks[k + 1].norm in {"in", "of", "at"} \
        and any(h.start == k + 2 and h.kind in ("country", "place") for h in hits)


def _without_the(toks: list[_Token]) -> list[_Token]:
    """The mention's words after a leading "the"."""
    return toks[1:] if toks and toks[0].norm.lower() == "the" else toks


def _proper(words: list[_Token]) -> bool:
    """Are all `words` capitalised and none possessive (a name's own words)?"""
    return all(t.capitalized and not t.possessive for t in words)


def _army_namesake_region(toks: list[_Token], entity: _Hit | None, hits: list[_Hit]
                          ) -> str | None:
    """The country of a place (a region or town, no state) named by "of" right after a known
    army's name and ending the mention ("the Liberation Army of Manipur"); else None."""
    if entity is None or entity.end + 1 >= len(toks) or toks[entity.end].norm != "of":
        return None
    return next((h.value for h in hits if h.kind == "place" and h.start == entity.end + 1
                 and h.end == len(toks)), None)


def _regional_states(toks: list[_Token], head_end: int) -> bool:
    """Whether the head is states named by their region ("The Southeast Asian nations",
    "the arab leaders"; REGIONAL_STATE_NOUNS after REGIONAL_GROUP_WORDS)."""
    words = [t.norm.lower() for t in toks[:head_end] if t.norm.lower() not in DETERMINERS]
    return len(words) >= 2 and words[-1] in REGIONAL_STATE_NOUNS \
        and " ".join(words[:-1]) in REGIONAL_GROUP_WORDS


def _party_acronym(toks: list[_Token], hit: _Hit) -> bool:
    """Whether a one-word KB hit is an acronym that only names parties ("MEP", Aruba's
    People's Electoral Movement) and that a curated legislator's title spells too ("an
    Estonian MEP", "MSPs"): the member is meant. (An acronym of a force, "RPF", is decided by
    the country the text names: `_police_acronym`.)"""
    word = toks[hit.start].norm.lower()
    return hit.kind == "entity" and hit.end - hit.start == 1 \
        and is_abbreviation(toks[hit.start].raw.rstrip("s")) \
        and word in CURATED_ROLES and ROLE_SECTORS.get(word) == "LEG" \
        and all(o.sector == "PTY" for o in hit.value)  # type: ignore[attr-defined]


def _formal_state_name(toks: list[_Token], hits: list[_Hit]) -> str | None:
    """The country whose formal name `toks` are: determiners, state-form words
    (STATE_FORM_WORDS), "of", maybe "the", and a country's name ending the span ("the
    Republic of the Union of Myanmar" MMR); None otherwise, and where a KB body is named in
    them ("the Islamic State of Iraq")."""
    last = next((h for h in hits if h.kind == "country" and h.end == len(toks)), None)
    if last is None or last.value[1] != "name" or any(h.kind == "entity" for h in hits):
        return None
    k = last.start - (last.start > 0 and toks[last.start - 1].norm == "the")
    if k < 2 or toks[k - 1].norm != "of":
        return None
    words = toks[:k - 1]
    while words and words[0].norm in DETERMINERS:
        words = words[1:]
    if not words or not all(t.norm in STATE_FORM_WORDS for t in words):
        return None
    return last.value[0]


def _bare(toks: list[_Token], hit: _Hit) -> bool:
    """Whether `toks` are only the hit's words plus determiners."""
    rest = [t for k, t in enumerate(toks) if not (hit.start <= k < hit.end)]
    return all(t.norm in DETERMINERS for t in rest)


def _last_word(toks: list[_Token], end: int) -> str:
    words = [t.norm for t in toks[:end] if t.norm != ","]
    return words[-1] if words else ""


def name_norm(name: str | None) -> str:
    """Normalised single-string form of a country name."""
    return "".join(t.norm for t in _tokens(name or ""))


def _military_predicate(sentence: str | None, mention: str) -> bool:
    """Whether the sentence says the mention did something military right after naming it."""
    if not sentence:
        return False
    at = sentence.find(mention)
    return at >= 0 and bool(MILITARY_PREDICATE_RE.match(sentence[at + len(mention):]))


def _next_word(sentence: str | None, mention: str) -> str:
    """The lower-cased word right after the mention in its sentence ("" if none)."""
    at = sentence.find(mention) if sentence else -1
    if at < 0:
        return ""
    match = NEXT_WORD_RE.match(sentence, at + len(mention))  # type: ignore[arg-type]
    return match.group(1).lower() if match else ""


def _is_name_only(toks: list[_Token]) -> bool:
    return all(t.capitalized or t.norm in NAME_PARTICLES for t in toks)


def _titled_office(offices: list[Office], toks: list[_Token]) -> Office | None:
    """The KB office (not ELI) that a title in the mention names ("Prime Minister Ariel
    Sharon"): its role where the KB row has one, any office where it has none (Phoenix)."""
    words = f" {' '.join(t.norm.lower() for t in toks)} "
    roles = [r for title, r in TITLE_OFFICE_ROLES.items() if f" {title} " in words]
    if not roles:
        return None
    named = [o for o in offices if o.sector and o.sector != "ELI"
             and any(o.role in r or o.role == "phoenix" for r in roles)]
    return _best(named) if named else None


def _holds_titled_office(offices: list[Office], title: str | None, day: str | None) -> bool:
    """Whether the office a title names ("president") is one the person holds on `day`: its
    role where the KB row has one, any office where it has none (Phoenix rows)."""
    office = " ".join(w for w in (title or "").lower().split() if w not in FORMER_WORDS)
    roles = TITLE_OFFICE_ROLES.get(office)  # "former president" names the presidency
    if roles is None or day is None:
        return False
    return any(o.holds_on(day) and o.sector != "ELI" and (o.role in roles or o.role == "phoenix")
               for o in offices)


def _accused(toks: list[_Token], sentence: str, text: str) -> bool:
    """Whether a plain people noun ("a Somali man") is the one its sentence accuses: right
    after an accusing verb ("convicted an Iranian and three Afghan men") or followed by
    "suspected of", "accused of" ..."""
    if _last_word(toks, _head_end(toks)) not in ACCUSABLE_PEOPLE:
        return False
    at = sentence.find(text)
    if at < 0:
        return False
    before = sentence[:at].split()
    after = sentence[at + len(text):].replace(",", " ").split()
    return (bool(before) and before[-1].lower() in ACCUSING_VERBS) or (
        bool(after) and after[0].lower() in ACCUSED_AFTER)


def _bare_name(toks: list[_Token]) -> bool:
    """Two to four capitalised words with no determiner, preposition, role or body word: a
    name that may be a person's ("Gul Rahman"), not "In Colombia" or "The Supreme Court"."""
    return 2 <= len(toks) <= 4 and all(t.capitalized for t in toks) and not any(
        t.norm.lower() in DETERMINERS or t.norm.lower() in HEAD_BREAKS
        or t.norm.lower() in ROLE_SECTORS or t.norm.lower() in ORG_HEAD_WORDS
        or t.norm.lower() in BODY_NOUNS for t in toks)


def _person_name_word(tok: _Token) -> bool:
    """Whether a capitalised token may continue a person's name: no determiner, body or
    organisation word ("Kevin King" is a name; "Kevin Hall University" is not one)."""
    word = tok.norm.lower()
    return word not in DETERMINERS and word not in ORG_HEAD_WORDS and word not in BODY_NOUNS \
        and word not in HEAD_BREAKS


def _token_starts(sentence: str, toks: list[_Token]) -> list[int]:
    """Each token's offset in the sentence (a changed token: the cursor)."""
    starts: list[int] = []
    cursor = 0
    for tok in toks:
        found = sentence.find(tok.raw, cursor)
        starts.append(cursor if found < 0 else found)
        cursor = cursor if found < 0 else found + len(tok.raw)
    return starts


def _role_word(toks: list[_Token], hit: _Hit | None) -> str | None:
    if hit is None:
        return None
    return " ".join(t.norm for t in toks[hit.start:hit.end])


def _name_keys(toks: list[_Token]) -> list[str]:
    """Keys a short mention may be remembered under: all tokens, then the last two / last one."""
    words = [t for t in toks if t.norm not in DETERMINERS and t.norm not in TITLE_WORDS]
    if not words or not all(t.capitalized or t.norm in NAME_PARTICLES for t in words):
        return []
    keys = [" ".join(t.norm for t in words)]
    if len(words) >= 2:
        keys.append(" ".join(t.norm for t in words[-2:]))
    keys.append(words[-1].norm)
    return keys


def _surname_only(toks: list[_Token]) -> str | None:
    """The key of a mention that is one capitalised name word after optional determiners and
    honorifics ("Tokayev", "Mr Singh", "Gen. Haftar"), else None."""
    words = [t for t in toks if t.norm not in DETERMINERS and t.norm not in TITLE_WORDS]
    if len(words) != 1 or not words[0].capitalized or is_abbreviation(words[0].raw) \
            or len(words[0].norm) < 3:
        return None
    return words[0].norm


def _surname_keys(person: str) -> list[str]:
    toks = _tokens(person)
    keys = [" ".join(t.norm for t in toks)]
    if len(toks) >= 2:
        keys.append(" ".join(t.norm for t in toks[-2:]))
        keys.append(toks[-1].norm)
    return keys


def _trailing_name_keys(toks: list[_Token], hits: list[_Hit]) -> list[str]:
    """Name after the role words ("... president Ahmad al-Sharaa") for later short mentions."""
    covered = {k for h in hits for k in range(h.start, h.end)}
    tail: list[_Token] = []
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        if k in covered or not (tok.capitalized or tok.norm in NAME_PARTICLES):
            break
        if tok.norm in TITLE_WORDS:
            break
        tail.insert(0, tok)
    while tail and tail[0].norm in NAME_PARTICLES:
        tail = tail[1:]
    if not tail:
        return []
    keys = [" ".join(t.norm for t in tail)]
    if len(tail) >= 2:
        keys.append(" ".join(t.norm for t in tail[-2:]))
    keys.append(tail[-1].norm)
    return keys
