"""Hand-curated role words, leader modifiers and former-office words for the actor resolver.

A mention's sector comes from these words when no knowledge-base entry settles it ("Israeli
troops", "a community leader", "vandals"). Three layers, the first that knows a phrase wins:
  ROLES          curated here, by sector (PLOVER sector codes; JRN = media, MED = health);
  agent phrases  derived from the PETRARCH2/Phoenix agents dictionary (phoenix_agents.csv,
                 rebuilt by scripts/seed_kb.py), about 5,000 singular and plural forms;
the longest phrase in the mention wins over shorter ones (see ActorResolver._match_role).
"""

from __future__ import annotations

import csv
from functools import lru_cache

from eventwire.events import lexicon as events_lexicon
from eventwire.knowledge.kb import SHIPPED_DIR

# Definite mentions of a body that stand for the organisation of that kind the document named
# last ("Human Rights Watch ... the group said", "the CIA ... the agency was contacted"): the
# kind is a sector, STATE (any state sector) or NONSTATE (any organisation but a state's).
BODY_ANAPHORS = {
    **dict.fromkeys(("the group", "the organisation", "the organization", "the movement",
                     "the outfit", "the militia"), "NONSTATE"),
    **dict.fromkeys(("the agency", "the bureau", "the ministry", "the department"), "STATE"),
    **dict.fromkeys(("the company", "the firm", "the corporation", "the carmaker",
                     "the insurer", "the bank"), "BUS"),
    **dict.fromkeys(("the university", "the college"), "EDU"),
    **dict.fromkeys(("the newspaper", "the broadcaster", "the news agency"), "JRN"),
    "the party": "PTY",
}

# Words after "X-" by which a place stands for the role X that holds it ("key rebel-held
# villages", "government-controlled areas").
HOLDER_WORDS = frozenset({"held", "controlled"})

# A head noun for a body of people whose sector is that of the role after "of" ("mobs of
# looters" CRM, "bands of gunmen" UAF).
COLLECTIVE_NOUNS = frozenset({"mob", "mobs", "crowd", "crowds", "band", "bands", "group", "groups",
                              "throng", "throngs", "horde", "hordes"})

# Titles and the KB office roles they name: "former President X" while the KB has X in that
# office that day means the text knows the office is over (ELI); in another office X keeps it.
TITLE_OFFICE_ROLES = {
    **dict.fromkeys(("president", "head of state"), {"head_of_state"}),
    **dict.fromkeys(("prime minister", "premier", "chancellor", "head of government"),
                    {"head_of_government"}),
    **dict.fromkeys(("king", "queen", "emir", "sultan", "monarch"), {"head_of_state"}),
    "foreign minister": {"foreign_minister"},
    **dict.fromkeys(("defence minister", "defense minister"), {"defence_minister"}),
    "finance minister": {"finance_minister"},
    "vice president": {"vice_president"},
}

# Plain people nouns that a sentence accusing them makes suspects or convicts (PLOVER CRM):
# "a court convicted a Nigerian man", "police arrested a Somali man suspected of ..." (a role
# word keeps its own sector: "arrested protesters" stay CVL).
ACCUSABLE_PEOPLE = frozenset({"man", "men", "woman", "women", "person", "persons", "people",
                              "individual", "individuals", "youth", "youths", "teenager",
                              "teenagers"})
ACCUSING_VERBS = frozenset({"convicted", "sentenced", "arrested", "detained", "charged",
                            "indicted", "jailed", "apprehended", "nabbed", "prosecuted"})
ACCUSED_AFTER = frozenset({"suspected", "accused", "charged", "convicted", "wanted"})

# Role words -> sector, comma-separated; multi-word phrases win over single words (longest match).
ROLES = {
    "GOV": """government, governments, govt, administration, authorities, cabinet, ministry,
        ministries, minister, ministers, president, presidents, presidency, prime minister,
        premier, chancellor, king, queen, emir, sultan, monarch, crown prince, head of state,
        head of government, foreign minister, foreign ministry, defence minister, defense
        minister, secretary of state, spokesman, spokeswoman, spokesperson, official, officials,
        ambassador, ambassadors, envoy, envoys, special envoy, diplomat, diplomats, embassy,
        consulate, delegation, negotiators, regime, governor, mayor, state government,
        vice president, ruler, rulers, junta, leader, leaders, supreme leader, secretary
        general, secretary-general, under secretary, state department, interior ministry, interior
        minister, finance minister, agency, regulator, regulators, leadership, taoiseach,
        tanaiste, secretary, county executive, state council, council""",
    "MIL": """army, armies, armed forces, military, militaries, troops, soldier, soldiers, navy,
        air force, marines, marine, airstrike, airstrikes, air strike, air strikes, warplanes,
        fighter jets, defence forces, defense forces, peacekeepers, peacekeeping force,
        peacekeeping forces, forces, national guard, battalion, military personnel, special
        forces, generals, general, army general, commander, commanders, paratroopers, sailors,
        coast guard, warship, warships, security forces, security force, drone strike, strike,
        strikes, air raid, shelling,
        pilots, sergeant, corporal, lieutenant, colonel, captain, officer corps, infantry""",
    "COP": """police, policemen, police officers, police officer, border guards,
        border guard, gendarmes, gendarmerie, riot police, law enforcement, commissioner of
        police, police commissioner, sheriff, detectives, patrol officer, patrol officers,
        patrolman, patrolmen, constable, constables, chief constable, state troopers""",
    "JUD": """court, courts, judge, judges, justice, justices, chief justice, prosecutor,
        prosecutors, prosecution, attorney general, tribunal, judiciary, supreme court, high
        court, magistrate, magistrates, district court, appeals court""",
    "LEG": """parliament, parliaments, parliamentarians, lawmakers, legislators, legislature,
        senate, senators, senator, congress, congressman, congresswoman, congressmen,
        assembly, national assembly, mps, house of representatives, lower house, upper house""",
    "REB": """rebels, rebel, insurgents, insurgent, militants, militant, guerrillas, guerrilla,
        jihadists, jihadist, separatists, separatist, armed group, armed groups, extremists,
        extremist, terrorists, terrorist, suicide bomber, suicide bombers, insurgency, rebel
        group, rebel commander, rebel leader, rebel official, fighters, fighter""",
    "PRM": "militia, militias, militia groups, paramilitary, paramilitaries",
    "UAF": "gunmen, gunman, unknown gunmen, assailants, attackers, unidentified attackers",
    "OPP": """opposition, opposition leader, opposition leaders, opposition party, opposition
        parties, dissident, dissidents""",
    "CVL": """civilians, civilian, protesters, protestors, demonstrators, residents, people,
        citizens, citizen, nationals, villagers, village, activists, crowd, crowds, man, men,
        woman, women, children, girls, boys, family, families, passengers, public, migrants,
        tourists, actor""",
    "BUS": """company, companies, firm, firms, business, businesses, corporation, corporations,
        industry, businessman, businessmen, businesswoman, investors, bank, banks, airline,
        airlines, exporters, traders, hospitality group, hotel, hotels, resort, resorts,
        airline pilot, airline pilots, airline crew, airline staff, airline employees,
        airline workers""",
    "LAB": """workers, worker, strikers, union, unions, trade union, trade unions, labour union,
        labor union, employees, drivers, truck drivers, miners, dockworkers""",
    "EDU": """students, student, university, universities, school, schools, teachers, teacher,
        professors, academics, researchers, scholars""",
    "MED": "doctors, doctor, nurses, nurse, hospital, hospitals, health workers, medics",
    "JRN": """journalists, journalist, newspaper, newspapers, media, reporters, reporter,
        broadcaster, news agency, television, radio, editor, editors, publisher""",
    "REF": """refugees, refugee, asylum seekers, asylum seeker, displaced, displaced people, idps,
        refugee camps, refugee camp""",
    "REL": """church, churches, clergy, cleric, clerics, imam, imams, bishop, bishops, priest,
        priests, mosque, christian leaders, religious leaders, rabbis, rabbi, monks""",
    "AGR": "farmers, farmer, peasants, agricultural, fishermen, herders, agriculture",
    "CRM": """criminals, criminal, gang, gangs, cartel, cartels, smugglers, traffickers, mafia,
        drug lords, pirates""",
    "SPY": """intelligence, spies, spy, intelligence services, intelligence agency, intelligence
        agencies, secret service""",
    "PTY": "party, parties, political party",
    "SOC": """ngo, ngos, association, civil society, rights group, rights groups, human rights
        group, charity, foundation""",
}
# Further role words (issue 17: criminals, health workers, mujahideen, mercenaries, relatives,
# lawyers, experts, singular forms, equipment that stands for its forces).
# Peoples named without a state: CVL, and the armed part of them after an armed word
# ("Turkey's rebel Kurds" REB, see ARMED_PEOPLE_SECTORS).
ETHNIC_PEOPLES = """kurds, kurd, tamils, pashtuns, hazaras, uighurs, uyghurs, rohingya, tutsis,
    hutus, druze, yazidis, berbers, tuaregs, baluch, balochs, chechens, roma, bedouins, bedouin,
    oromos, amharas, tigrayans, fulanis, fulani, igbos, yorubas, hausas, arabs"""
ETHNIC_PEOPLE_NOUNS = frozenset(word.strip() for word in ETHNIC_PEOPLES.split(","))
MORE_ROLES = {
    "CVL": ETHNIC_PEOPLES + """, ethnic
        minority, ethnic minorities, ethnic group, ethnic groups, protester, protestor,
        demonstrator, resident, villager, relatives, relative, neighbours, neighbors, youths,
        youth, mourners, pilgrims, worshippers, voters, spectators, fans, hostages, hostage,
        victims, victim, survivors, bystanders, pedestrians, shoppers, settlers, prisoners,
        prisoner, detainees, detainee, inmates, community, communities, tribe, tribes,
        tribesmen, clan, clans, indigenous people, indigenous peoples, minority, minorities,
        national, servicemen's families, defender, midfielder, goalkeeper, athlete, athletes,
        elders, tribal elders, village elders, hunger strikers, hunger striker,
        expatriates, expatriate, expats, diaspora, feminists""",
    "CRM": """criminal gang, criminal gangs, vandals, vandal, thieves, thief, robbers, robber,
        burglars, looters, looter, kidnappers, kidnapper, gangsters, gangster, drug dealers,
        drug traffickers, drug cartel, drug cartels, hackers, hacker, suspects, suspect,
        poachers, bandits, bandit, rapists, murderers, killers, fraudsters, scammers, human
        traffickers, people smugglers, defendant, defendants, accused""",
    "MED": """paramedics, paramedic, medic, physicians, physician, surgeons, surgeon, medical staff,
        medical workers, medical teams, ambulance, ambulances, clinic, clinics""",
    "REB": """mujahideen, mujahedeen, mujahedin, mujahidin, jihadis, jihadi, fedayeen, rebel
        leaders, rebel forces, guerrilla fighters, insurgent groups, terror group, terrorist
        group, terrorist groups, separatist rebels, armed opposition, armed opposition forces,
        armed opposition groups, armed opposition group, armed opposition fighters, rebel
        troops, rebel soldiers, rebel fighters, rebel units, insurgent forces, guerrilla
        forces""",
    "UAF": """mercenaries, mercenary, armed men, masked men, gunmen, snipers, sniper""",
    "JUD": """jurors, jury, prosecutor general, public prosecutor, public prosecutors, bench,
        sessions court, special court, district judge, chief judicial magistrate, judicial
        magistrate, constitutional court, court of appeal, state attorney""",
    "EDU": """experts, expert, analysts, analyst, scientists, scientist, academic, professor,
        scholar, researcher, think tank, think tanks, pupils, schoolchildren, college,
        colleges, academy""",
    "MIL": """coastguard, coastguards, servicemen, serviceman, service members, service chiefs, service chief, aircraft,
        helicopters,
        helicopter, tanks, tank, artillery, fleet, fleets, regiment, brigade, brigades,
        army units, military units, military officials, defence officials, defense
        officials, naval forces, ground forces, troop, conscripts, republican guard,
        revolutionary guard, revolutionary guards, presidential guard, royal guard, palace
        guard, guardsmen""",
    "COP": """policeman, policewoman, crowd control police, riot squad, traffic police, constables,
        constable""",
    "JRN": """newspapers,  web sites, websites, website, bloggers, blogger, correspondent,
        correspondents, photographer, photographers, news website, tv station, tv channel,
        state media, press""",
    "LAB": """labourers, laborers, trade unionists, unionists,
        strikers""",
    "BUS": """businesses, merchants, shopkeepers, vendors, entrepreneurs, executives, executive,
        ceo, bosses, manager, managers, contractors, contractor, manufacturers, manufacturer, retailers,
        investors, employers, landlords""",
    "REL": """monk, nuns, nun, pastor, pastors, preacher, preachers, sheikhs, mullah, mullahs,
        ayatollahs, archbishop, cardinal, pope, vatican, temple, temples, synagogue, religious
        leader, muslim clerics""",
    "SOC": """campaigners, campaigner, advocacy group, advocates, human rights activists, watchdog,
        volunteers, volunteer, ngo workers, movement, peace movement, environmentalists""",
    "REF": """displaced persons, internally displaced, evacuees, exiles""",
    "PRM": """militiamen, militiaman, vigilantes, death squads, self-defence groups, self-defense
        groups""",
    "OPP": """critics, critic, government critics, opposition coalition, opposition group,
        opposition groups, opposition movement, opposition activists, opposition supporters,
        opposition figures, dissident group, pro-democracy activists, pro democracy activists""",
    "PTY": """ruling party, governing party, ruling coalition, governing coalition, party members, party officials, party leader, party
        leaders, party chairman""",
    "LEG": """mp, lawmaker, legislator, parliamentarian, deputies, member of parliament, members of
        parliament, speaker of parliament, parliament speaker, congressional,
        assemblyman, councillors, councilors, mep, meps, member of the european parliament,
        members of the european parliament, msp, msps""",
    "GOV": """adviser, advisers, advisor, advisors, senior adviser, aide, aides, counterparts,
        counterpart, ministers, deputy minister, cabinet minister, state minister, authority,
        governments, administrators, bureaucrats, civil servants, customs officials, border
        officials, prefect, governors, mayors, monarchy, ombudsman""",
    "AGR": """farm workers, growers, ranchers, herdsmen, pastoralists, cattle herders""",
}
# Indian English and colloquial police words (IndiaPolice-style copy), legislators of Indian
# assemblies, and PLOVER's reading of lawyers: JUD is "judges, courts", so counsel are civilians.
REGIONAL_ROLES = {
    "COP": """cops, cop, jawans, jawan, head constable, sub inspector, assistant sub inspector,
        police inspector, station house officer, sho, dsp, ssp, superintendent of police,
        deputy superintendent of police, crpf, bsf, cisf, itbp, rapid action force, rpf, armed
        police, police personnel, police force, police forces, police station, police
        stations, policewomen, troopers, state troopers, detective, crime branch, cid, dgp, igp,
        director general of police, director-general of police, inspector general of police,
        inspector-general of police, police team, police teams""",
    "LEG": """mla, mlas, mlc, mlcs, legislative assembly, legislative council, rajya sabha, lok
        sabha, vidhan sabha, congressional committee, senate committee, house committee, select
        committee, legislative committee, upper chamber, lower chamber, knesset, duma""",
    "CVL": """lawyers, lawyer, attorneys, attorney, defence lawyer, defense lawyer, defense
        attorney, barristers, barrister, solicitors, locals, onlookers, mob, mobs, rioters""",
    "JRN": """news channel, tv channels, columnist, anchor""",
    "EDU": """faculty, headmaster, schoolteacher, lecturers, lecturer""",
    "REB": """maoists, maoist, naxals, naxal, naxalites, naxalite, ultras, militant outfit, terror
        outfit, insurgent group, jihadist group, islamist group, armed rebels""",
    "REL": """sadhu, sadhus, swami, swamis, religious group""",
    "REF": """refugee agency, refugee agencies""",
    "MIL": """air defence, air defense, military drones""",
    "BUS": """industrialists, shareholders, enterprise, enterprises, state owned enterprises,
        state enterprises""",
    "GOV": """district administration, district collector, district magistrate, tehsildar""",
}
# Issue 17, second round (own block, after the regional one): witnesses and couples, spiritual
# leaders of every faith, India's district collectors.
PEOPLE_ROLES = {
    "CVL": """witnesses, witness, eyewitnesses, eyewitness, couple, couples, persons, person,
        individuals, footballer, footballers, athletes, athlete, singers, singer, artists,
        artist, musicians, musician, poet, poets, novelist, novelists, filmmaker,
        filmmakers, celebrities, sportsmen, marchers, squatters, petitioners, wife, wives,
        husband, husbands, spouse, spouses, girlfriend, boyfriend, fiancee, fiance""",
    "REL": """guru, gurus, seer, seers, spiritual leader, spiritual leaders, godman, godmen,
        mahant, mahants, shankaracharya, maulana, maulanas, clergyman, clergymen, rabbi,
        cardinals, ulema, muezzin, seminarians, evangelists""",
    "GOV": """collector, collectors, deputy commissioner, district officials""",
    # issue 17, fifth round: whole classes the tables lacked
    "CRM": "hijackers, hijacker, fugitives, fugitive, escapees, hostage takers",
    "MED": "pharmacists, pharmacist, midwives, midwife",
    "LAB": "truckers, seafarers",
    "AGR": "shepherds",
}
# Issue 17, third round (own block): organisations by their head noun (a defence ministry and
# an army corps are the military, a diocese the church, a chief executive a business), the
# corps that are not armed, and officials and people the lists lacked.
ORG_HEAD_ROLES = {
    "MIL": """defence ministry, defense ministry, ministry of defence, ministry of defense,
        defence department, defense department, department of defense, corps, army corps,
        marine corps, armies, battalions, regiments, flotilla, squadron, squadrons,
        garrison, garrisons""",
    "JRN": "press corps",
    "GOV": """diplomatic corps, peace corps, state councillor, state councilor, customs officers,
        immigration officers, immigration officials, tax officials""",
    "BUS": """chief executive, chief executives, chief executive officer, chief operating officer,
        chief financial officer, managing director, insurer, insurers, bankers, financiers,
        conglomerate, automaker, carmaker""",
    "REL": """archdiocese, archdioceses, diocese, dioceses, parish, parishes, bishops'
        conference, synod, seminary""",
    "CVL": "pensioners, retirees, teenagers, teens, babies, infants, toddlers",
}
# Issue 17, thirteenth round (own block): lawyers' professional bodies are lawyers (CVL, as
# PLOVER reads counsel), not a generic association (SOC).
LAWYER_BODY_ROLES = {
    "CVL": """bar association, bar associations, bar council, bar councils, law society, law
        societies, bar federation, bar association president""",
}
# Issue 17, fourteenth round (own block): press trades named by their tool (a photojournalist
# is the press as a reporter is), the bereaved named by whom they lost ("widows of the
# soldiers" are civilians, as the soldiers' relatives are; one widow stays a kin word, FAMILY_WORDS:
# "the widow of the late president" ELI), and the title of a party's or a union's chief
# ("general secretary", the word order of the British and communist bodies); syndicates.
BEREAVED_PRESS_TITLE_ROLES = {
    "JRN": """photojournalist, photojournalists, photo journalist, photo journalists, cameraman,
        cameramen, camerawoman, camerawomen, videographer, videographers, camera crew""",
    "CVL": """widows, widowers, orphans""",
    "GOV": """general secretary, general secretaries""",
    # a professional syndicate is a body of its members as an association is (SOC, the members'
    # sector where they are named: "the Medical Syndicate" MED); a crime syndicate is a gang
    "SOC": """syndicate, syndicates""",
    "CRM": """crime syndicate, crime syndicates, criminal syndicate, criminal syndicates, drug
        syndicate, drug syndicates""",
}
# Issue 17, fifteenth round (own block): prosecutors named "attorney" by their office (a
# district attorney prosecutes for the state, JUD; an "attorney" alone stays counsel, CVL, and
# "U.S. Attorney" is left: as one phrase it would swallow the country word); a
# security service in the singular is a state's intelligence or secret police (SPY: "the
# Federal Security Service", "Ukraine's security service"; "the security services" stay
# unread, army and police as often); Muslim jurists who issue rulings (muftis) are clergy;
# schoolgirls and schoolboys are pupils.
PROSECUTOR_SPY_CLERGY_ROLES = {
    "JUD": """district attorney, district attorneys, assistant district attorney, assistant
        district attorneys, state's attorney, crown prosecutor, crown prosecutors""",
    "SPY": """security service, state security service, national security service""",
    "REL": """mufti, muftis, grand mufti, grand muftis""",
    # school pupils by sex are pupils (EDU, as "pupils" and "schoolchildren" are)
    "EDU": """schoolgirls, schoolboys""",
}
# Issue 17, sixteenth round (own block): a national army named in the singular "Defence Force"
# ("the South African National Defence Force"; the curated plural alone matched); a state's
# prosecuting body called an authority ("the National Prosecuting Authority"), not the
# government that "authorities" names; national police forces named in their own language
# ("Chile's Carabineros", "the Carabinieri").
ARMY_PROSECUTOR_POLICE_ROLES = {
    "MIL": """defence force, defense force""",
    "JUD": """prosecuting authority, prosecuting authorities, prosecution authority, prosecution
        authorities""",
    "COP": """carabineros, carabinieri""",
}
# Issue 17, eighteenth round (branch actors19, own block): criminal bodies named by the Chinese
# and Japanese words for them (a triad, the yakuza: CRM, as a mafia or a cartel), riot
# police named by their officers ("riot officers", as "riot police" and "riot squad" are COP),
# and the staff of hospitals and ambulances, who are medical workers (MED, as "health workers"
# and "hospital staff" are), not a trade ("workers" alone LAB).
CRIME_RIOT_CARE_ROLES = {
    "CRM": """triad, triads, triad gang, triad gangs, yakuza""",
    "COP": """riot officers, riot officer, riot policemen, riot policeman, riot police
        officers""",
    "MED": """hospital workers, hospital worker, hospital employees, ambulance workers, ambulance
        worker, ambulance staff, ambulance drivers, ambulance driver, ambulance crew, clinic
        workers""",
}
# Issue 17, twentieth round (branch actors20, own block): the air force's and the navy's
# ranks above the ones the tables had ("Air Chief Marshal ...", "Vice Admiral ...": MIL, as
# "air marshal" and "admiral" are); the branches of a self-defence force named by land, sea
# or air (a state's army, MIL: "the Maritime Self-Defense Force"; "self-defense forces" alone
# stay the Phoenix agents' vigilantes, UAF); a state's foreign legion and its legionnaires
# ("Legion" alone is also the American Legion of veterans); an intelligence service named "General Intelligence" (SPY: the
# rank "General" read it MIL); moneylenders and racketeers, who are criminals as extortionists
# are.
RANK_LEGION_SPY_CRIME_ROLES = {
    "MIL": """air chief marshal, air chief marshals, air vice marshal, air vice marshals, air
        commodore, air commodores, vice admiral, vice admirals, rear admiral, rear admirals,
        ground self defense force, ground self defense forces, ground self defence force,
        ground self defence forces, maritime self defense force, maritime self defense forces,
        maritime self defence force, maritime self defence forces, air self defense force, air
        self defense forces, air self defence force, air self defence forces, foreign legion,
        legionnaires, legionnaire""",
    "SPY": """general intelligence, general intelligence service, general intelligence
        directorate, general intelligence department, general intelligence agency, general
        intelligence presidency, directorate of general intelligence""",
    "CRM": """loan sharks, loan shark, loansharks, racketeers, racketeer, money launderers,
        money launderer, extortion gang, extortion gangs, extortion racket, extortion rackets""",
}
# Issue 17, fifth fresh set (own block): state media are the press, not the government that
# runs them (PLOVER JRN); company suffixes head a firm's name ("Freeport-McMoRan Inc"); a
# commission is a state body ("the Presidential Commission"; a named international one is the
# KB's); states named by what they are to others ("the former colonial power", "world powers").
STATE_ROLE_PHRASES = """colonial power, colonial powers, world power, world powers, great power,
    great powers, superpower, superpowers, foreign powers, regional power, regional powers"""
MEDIA_COMPANY_STATE_ROLES = {
    "JRN": """state tv, state television, state radio, state media, state-run tv, state-run
        television, state-run radio, state-run media, state-run news agency, state news agency,
        state broadcaster, state-owned media, state-owned television, public broadcaster,
        state-controlled media, state-controlled television, official news agency, official
        news agencies, official media, official television""",
    "BUS": "inc, ltd, corp, llc, plc, gmbh",
    "GOV": f"commission, commissions, {STATE_ROLE_PHRASES}",
}
# Acts of a state named with the state's name or adjective ("U.S. calls", "Australian aid",
# "an Italian-Polish initiative", "Russian airstrikes"): the state acting, as the labelled
# PLV spans code them (its government, its military for armed acts). Not "strike(s)", which
# is also a labour strike.
STATE_ACT_NOUNS = {
    **dict.fromkeys("""aid assistance call calls initiative proposal proposals plan plans
        decision offer demand demands effort efforts pressure support sanctions funding request
        requests announcement statement policy pledge warning warnings threat threats veto bid
        intervention diplomacy""".split(), "GOV"),
    **dict.fromkeys("""airstrikes airstrike raids shelling bombardment offensive invasion
        occupation blockade bombing bombings fire gunfire""".split(), "MIL"),
}
# Roles that name a state, not a person: "former" before them says what the state was to
# others ("the former colonial power"), not that an official left office (ELI).
STATE_ROLES = frozenset(" ".join(phrase.split()) for phrase in STATE_ROLE_PHRASES.split(","))
# A government as a body: "former" before it names the government of that time ("South
# Africa's former apartheid regime" directed what it did then), not former officials (ELI is
# people who held office).
GOVERNMENT_BODIES = frozenset({"regime", "regimes", "government", "governments",
                               "administration", "administrations", "junta", "juntas"})
# Words before a people noun that make its people refugees ("Fleeing Rohingya", "displaced
# villagers"): PLOVER REF rather than CVL.
REFUGEE_MODIFIERS = frozenset({"fleeing", "displaced", "uprooted", "stateless"})
# Weapons and war machines: with a country word ("Yemen's Tochka ballistic missiles", "Iranian
# drones") they stand for that country's military; alone they are things (NON_ACTOR_NOUNS).
WEAPON_NOUNS = frozenset({"missile", "missiles", "rocket", "rockets", "drone", "drones",
                          "jets", "bombers", "gunships", "gunboats", "warplane", "bomb", "bombs",
                          "shells", "mortars", "interceptors", "submarine", "submarines",
                          "frigate", "frigates", "destroyer", "destroyers"})
# Capitalised words that name a party before a leader title ("Labour leader", "Republican
# leaders", "Communist Party chief"): PTY, where the lower-case word names something else
# ("labour leader" a union's, LAB).
PARTY_NAME_WORDS = frozenset({"labour", "labor", "conservative", "tory", "liberal",
                              "democratic", "republican", "socialist", "communist", "green",
                              "greens"})
# Money words after a country word: "870 US dollars", "Hong Kong dollars" name a currency, not
# a country the sentence is about.
CURRENCY_WORDS = frozenset({"dollar", "dollars", "cents", "rupee", "rupees", "pounds", "yuan",
                            "yen", "francs", "pesos", "dinars", "rubles", "roubles"})
# A country word before these names another land's past ("the former French colony" is the
# colony, "a British protectorate" too): no country the sentence is about.
COLONY_WORDS = frozenset({"colony", "colonies", "protectorate", "protectorates"})
# Plurals whose singular names something else ("the force" is army or police, "a striker"
# a footballer, "a service" no actor, "Sheikh" an honorific, "its neighbour" a country), and
# peoples whose singular is an adjective ("an Arab-Israeli dispute", "a Pashtun activist").
NO_SINGULAR = frozenset({"forces", "strikers", "services", "arms", "news", "goods", "affairs",
                         "relations", "operations", "talks", "airstrikes", "strikes", "raids",
                         "elements", "remnants", "parts", "means", "headquarters", "series",
                         "corps", "ultras", "divisions", "sheikhs", "neighbours", "neighbors",
                         "arabs", "pashtuns", "tamils", "hazaras", "chechens", "berbers",
                         "tuaregs", "oromos", "amharas", "tigrayans", "igbos", "yorubas", "hausas",
                         "uighurs", "uyghurs", "balochs", "kurds", "druze", "yazidis",
                         # issue 17, fourteenth round: one widow is a kin word (FAMILY_WORDS)
                         "widows", "widowers"})
# Peoples that live in one country only (or are coded to one by CAMEO): "Rohingya" MMR,
# "Uighurs" CHN. Peoples of several countries (Kurds, Tamils, Pashtuns, Tutsis) are not here.
ETHNIC_HOMES = {
    "rohingya": "MMR", "rohingyas": "MMR", "uighurs": "CHN", "uighur": "CHN", "uyghurs": "CHN",
    "uyghur": "CHN", "tigrayans": "ETH", "oromos": "ETH", "amharas": "ETH", "yazidis": "IRQ",
    "hazaras": "AFG", "chechens": "RUS", "kachin": "MMR", "sahrawis": "ESH",
}
# -- Indian police wording (IndiaPoliceEvents, issue 13) ----------------------------------------
# Police forces, squads and ranks as Indian news names them; "khaki" is the police uniform; the
# CBI is India's federal police (as the FBI is the United States'). india4: the central armed
# police forces by their full names, as their acronyms above and in REGIONAL_ROLES ("bsf", "cisf").
# Not "sit" (a special investigation team, but also a sit-in) nor "the force" (army or police).
INDIAN_POLICE_ROLES = {
    "COP": """raf, rapid action force, stf, special task force, ats, anti-terrorism squad,
        anti terrorist squad, special investigation team, grp, government railway police,
        railway police, railway protection force, srp, state reserve police, state reserve police
        force, home guards, home guard, inspector, inspectors, sub inspectors, police
        inspectors, dcp, acp, deputy commissioner of police, assistant commissioner of police,
        additional commissioner of police, joint commissioner of police, khaki, khaki clad men,
        men in khaki, bandobast, police bandobast, police chief, police chiefs, circle inspector,
        police party, police parties, ips, ips officer, ips officers, indian police service,
        sleuth, sleuths, police sleuths, psi, police sub-inspector,
        cbi, central bureau of investigation,
        border security force, central industrial security force, provincial armed
        constabulary, armed constabulary, central armed police force, central armed police
        forces""",
}
# An event asserted with no actor named whose act only law enforcement does ("35 persons were
# arrested", "a mob was lathi-charged"): CAMEO root -> the sector of its unnamed actor.
UNNAMED_ACTOR_SECTORS = {"173": "COP", "175": "COP",
                         # raised police alert and police posts ("security has been tightened",
                         # "pickets were set up"): CAMEO 151 and 153 name police by definition
                         "151": "COP", "153": "COP"}

# Acts only a court does: the unnamed actor of "was sentenced to five years in prison" or "was
# convicted of fraud" is the judiciary of the document's country (resolve.step.unnamed_actor),
# not the police that the arrest code (173) it shares would give.
COURT_ACT_WORDS = frozenset({"sentenced", "convicted", "sentence", "convict", "sentences"})

# Security forces named by no army or service ("security personnel", "the paramilitary forces")
# are police where they do what only law enforcement does (the acts of UNNAMED_ACTOR_SECTORS:
# arrests, crowd control, raised police alert): "the security forces chased away the crowd and
# arrested ten" (Phoenix's agents list SECURITY_FORCE as both ~COP and ~MIL).
GENERIC_SECURITY_FORCES = frozenset({
    "security forces", "security force", "security personnel", "security men", "forces",
    "paramilitary forces", "paramilitary force", "paramilitary personnel", "paramilitaries",
    "para-military forces", "central forces", "personnel"})
# Units a police or military force is counted in: headed by one, the phrase is the force ("a
# state reserve police company", "two crpf companies", "a police battalion"), not a firm (BUS) or
# an army (MIL). The coder's unit nouns, less the words for any group of people ("a team of
# doctors", "men"), with their plurals: an actor's head is matched as a word here, not a lemma.
FORCE_UNIT_NOUNS = frozenset(
    form for unit in events_lexicon.UNIT_NOUNS - {"team", "posse", "men"}
    for form in (unit, unit if unit.endswith(("s", "y")) else unit + "s"))
# Abbreviated police titles that are police only before a person's name: "bhavnagar sp rahul
# sharma" (superintendent of police); alone, "the sp" is also the Samajwadi Party.
POLICE_TITLES_BEFORE_NAMES = frozenset({"sp"})

# Titles whose sector is that of the body they lead: "community leader" (CVL), "president of the
# university" (EDU), "union leader" (LAB); a government only when nothing says otherwise.
LEADER_TITLES = frozenset({
    "leader", "leaders", "president", "presidents", "chairman", "chairwoman", "chairperson",
    "chair", "head", "heads", "chief", "chiefs", "director", "directors", "secretary general",
    "secretary-general", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
    "founder", "members", "member", "representative", "representatives", "figure", "figures",
    "elder", "elders", "boss", "coordinator", "commander", "commanders", "adviser",
    "advisers", "advisor", "advisors", "aide", "aides", "executive", "executives",
    # issue 17, fourteenth round: the other word order of "secretary general"
    "general secretary", "general secretaries",
})
# Modifiers that name a non-government body without being a role noun themselves.
MODIFIER_SECTORS = {
    "community": "CVL", "indigenous": "CVL", "tribal": "CVL", "clan": "CVL", "village": "CVL",
    "civic": "CVL", "neighbourhood": "CVL", "neighborhood": "CVL", "traditional": "CVL",
    "local community": "CVL", "youth": "CVL", "women's": "CVL", "ethnic": "CVL",
    "religious": "REL", "muslim": "REL", "christian": "REL", "catholic": "REL", "church": "REL",
    "islamic": "REL", "jewish": "REL", "buddhist": "REL", "hindu": "REL", "spiritual": "REL",
    "business": "BUS", "industry": "BUS", "corporate": "BUS", "company": "BUS",
    "union": "LAB", "labour": "LAB", "labor": "LAB", "trade union": "LAB",
    "student": "EDU", "university": "EDU", "school": "EDU", "college": "EDU",
    "opposition": "OPP", "protest": "OPP", "dissident": "OPP",
    "party": "PTY", "rebel": "REB", "insurgent": "REB", "militant": "REB", "guerrilla": "REB",
    "militia": "PRM", "gang": "CRM", "cartel": "CRM", "mafia": "CRM", "criminal": "CRM",
    "triad": "CRM", "yakuza": "CRM",  # issue 17, eighteenth round ("a triad boss")
    "military": "MIL", "army": "MIL", "police": "COP", "intelligence": "SPY",
    "media": "JRN", "press": "JRN", "hospital": "MED", "clinic": "MED",
    "farmers": "AGR", "farm": "AGR", "refugee": "REF", "camp": "REF",
    "rights": "SOC", "civil society": "SOC", "ngo": "SOC", "charity": "SOC",
    "parliamentary": "LEG", "senate": "LEG", "judicial": "JUD", "court": "JUD",
    "legislative": "LEG", "congressional": "LEG", "naval": "MIL", "medical": "MED",
    "health": "MED", "news": "JRN", "academic": "EDU", "police station": "COP",
    # named military units ("the 82nd Airborne Division", "93rd Mechanized Brigade")
    "airborne": "MIL", "infantry": "MIL", "mechanized": "MIL", "mechanised": "MIL",
    "armored": "MIL", "armoured": "MIL", "artillery": "MIL", "marine": "MIL",
    "special operations": "MIL", "commando": "MIL", "paratrooper": "MIL",
    "humanitarian": "SOC", "defence": "MIL", "defense": "MIL",
    # lines of business ("Major US insurance group AIG")
    "insurance": "BUS", "mining": "BUS", "shipping": "BUS", "banking": "BUS",
    "pharmaceutical": "BUS", "investment": "BUS", "holding": "BUS", "holdings": "BUS",
    "trading": "BUS", "telecom": "BUS", "telecommunications": "BUS", "retail": "BUS",
    "manufacturing": "BUS",
}
# Modifiers that put a role above or across states ("world leaders", "global powers",
# "former African neighbors", "Western diplomats"): it takes no country from its sentence or
# document.
WORLD_MODIFIERS = frozenset({"world", "global", "international", "african", "european", "asian", "arab",
                             "western", "caribbean", "balkan", "scandinavian", "nordic"})
# Role words that are police in a state's service (India's inspectors) but an international
# body's monitors in its ("inspectors for the UN nuclear agency", as the PLOVER gold leaves
# IAEA inspectors without a sector).
MONITOR_ROLES = frozenset({"inspector", "inspectors"})
# Organs of international bodies that PLOVER's gold codes GOV (the UN Security Council, a
# Secretary-General); other roles of an IGO leave it without a sector.
IGO_GOV_ROLES = frozenset({"security council", "secretary general"})
# Capitalised words that head an organisation's or a place's name: next to a place name
# they do not make it part of a person's name ("Madras High Court", "Michigan Department").
ORG_HEAD_WORDS = frozenset({
    "department", "authority", "agency", "office", "bureau", "commission", "committee",
    "corporation", "company", "group", "party", "front", "movement", "army", "forces", "high",
    "supreme", "district", "state", "province", "region", "county", "city", "municipality",
    "governorate", "union", "association", "federation", "institute", "museum", "hospital",
    "school", "university", "times", "post", "news", "daily", "tribune", "herald", "police",
    "court", "council", "assembly", "government", "airport", "port", "club", "bank", "fc",
    "operations",
})
# Words that begin a place's own name ("Greater Chennai", "New Mosul"): no given name.
PLACE_PREFIXES = frozenset({"greater", "new", "old", "upper", "lower", "north", "south",
                            "east", "west", "northern", "southern", "eastern", "western",
                            "central", "port", "mount", "lake", "saint", "st", "san", "santa"})
# Continents and regions the gazetteer knows as towns or provinces ("Africa" in Tunisia,
# "Balkan" in Turkmenistan): as actors they name no country.
NOT_PLACES = frozenset({
    "africa", "europe", "asia", "america", "americas", "balkan", "balkans", "caucasus",
    "arabia", "gulf", "sahel", "levant", "maghreb", "scandinavia", "middle east", "far east",
    "west", "east", "north", "south", "central", "western", "eastern", "northern", "southern",
    "pacific", "atlantic", "mediterranean", "arctic", "antarctic", "global", "international",
    "union", "republic", "kingdom", "state", "national", "federal", "liberation", "islamic",
    # a month and a protest ("in March", "the March for Life"), far more often than the town
    "march",
    # a weapon's eponym ("hurled Molotov cocktails"), in riot news far more often than the
    # town the gazetteer knows by that name
    "molotov",
})
# State bodies named by a head noun that is no role alone ("the Treasury" of which state?):
# with a country in the mention they are its government ("The United States Treasury").
STATE_BODY_HEADS = frozenset({"treasury", "exchequer"})
# Company suffixes that are also common words or parts of words in lower case ("co-founder"):
# a firm's only when written so, after a capitalised name ("Applied Metal Precision Technology
# Co", "Petronas Bhd").
CASED_COMPANY_SUFFIXES = frozenset({"Co", "Cos", "Bhd", "Pty"})
# "Bank of <country>" is that country's central bank (the state: GOV, as the labels code
# central banks) except these commercial banks named after a country.
COMMERCIAL_BANKS_OF = frozenset({"america", "china", "india", "ireland", "cyprus", "scotland",
                                 "baroda", "montreal", "nova scotia", "new york"})
# Nouns of a relation that a former-word before them dates ("his ex-wife", "her former
# husband"): a relative, not a former official.
RELATION_NOUNS = frozenset({"wife", "wives", "husband", "husbands", "spouse", "spouses",
                            "girlfriend", "boyfriend", "partner", "partners", "fiancee", "fiance"})
# Words before a title that make its holder a former official (PLOVER ELI).
FORMER_WORDS = frozenset({"former", "ex", "exiled", "ousted", "deposed", "late", "onetime",
                          "retired", "erstwhile", "toppled", "overthrown", "one-time", "past"})
# Words before a title whose holder is still in office on the text's day ("the outgoing
# government", "outgoing President Macri" until the handover; "then-Senator Obama" at the
# time of the event told): no former official, and no part of a name either.
IN_OFFICE_WORDS = frozenset({"outgoing", "incumbent", "acting", "interim", "caretaker", "then",
                             "sitting"})


def phrase_key(phrase: str) -> str:
    """A role phrase as the resolver's tokens read it: hyphens split, no dots or apostrophes."""
    return " ".join(phrase.lower().replace("-", " ").replace(".", "").replace("'", "").split())


def _phrases(table: dict[str, str]) -> dict[str, str]:
    out = {phrase_key(phrase): sector
           for sector, phrases in table.items()
           for phrase in phrases.split(",") if phrase.strip()}
    # Singular forms of the plural phrases ("a murderer", "a miner", "a trade unionist"): one
    # inflection rule rather than every form by hand; a listed form wins.
    for phrase, sector in list(out.items()):
        one = singular(phrase)
        if one and one not in out:
            out[one] = sector
    return out


def singular(phrase: str) -> str | None:
    """The singular of a plural role phrase's last word ("drug lords" -> "drug lord",
    "fishermen" -> "fisherman", "militias" -> "militia"), or None if it is no regular plural."""
    *rest, last = phrase.split(" ")
    if last in NO_SINGULAR or len(last) < 4:
        return None
    if last.endswith("men"):
        one = last[:-3] + "man"
    elif last.endswith("ies"):
        one = last[:-3] + "y"
    elif last.endswith(("sses", "ches", "shes", "xes", "zes")):
        one = last[:-2]  # "witnesses", "churches"
    elif last.endswith("ves"):
        return None  # "thieves", "wives": listed by hand
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        one = last[:-1]
    else:
        return None
    return " ".join([*rest, one])


@lru_cache(maxsize=1)
def agent_phrases() -> dict[str, str]:
    """Derived Phoenix agent phrases -> sector (empty when the file is missing)."""
    path = SHIPPED_DIR / "phoenix_agents.csv"
    if not path.exists():
        return {}
    with open(path, newline="", encoding="utf-8") as fh:
        return {phrase_key(row["phrase"]): row["sector"] for row in csv.DictReader(fh)}


def _role_tables() -> tuple[dict[str, str], ...]:
    """The curated role tables, weakest first: a phrase in a later table overrides the same
    phrase in an earlier one (the Phoenix agent phrases are weaker than all of them). A new
    round's table goes in here, where its precedence is decided once."""
    return (ORG_HEAD_ROLES, MEDIA_COMPANY_STATE_ROLES, PEOPLE_ROLES, LAWYER_BODY_ROLES,
            BEREAVED_PRESS_TITLE_ROLES, PROSECUTOR_SPY_CLERGY_ROLES, ARMY_PROSECUTOR_POLICE_ROLES,
            CRIME_RIOT_CARE_ROLES, RANK_LEGION_SPY_CRIME_ROLES, CLERGY_PORT_CARE_SPY_ROLES,
            SCIENCE_KIN_CID_MAKER_FUND_ROLES, SCHOLAR_CARE_KIN_CREW_BENCH_ROLES,
            CRIME_BOSS_PONTIFF_CJM_ROLES, CHAMBER_COMMAND_CARE_KIN_PROBE_ROLES, REGIONAL_ROLES,
            INDIAN_POLICE_ROLES, INDIAN_POLICE_RANKS, MORE_ROLES, ROLES)


@lru_cache(maxsize=1)
def curated_role_phrases() -> frozenset[str]:
    """The role phrases of the curated tables (not the derived Phoenix agent phrases, and not
    the media, company and state bodies of MEDIA_COMPANY_STATE_ROLES)."""
    return frozenset(phrase for table in _role_tables() if table is not MEDIA_COMPANY_STATE_ROLES
                     for phrase in _phrases(table))


@lru_cache(maxsize=1)
def role_sectors() -> dict[str, str]:
    """All role phrases -> sector: the Phoenix agent phrases, then the curated tables in
    `_role_tables`' order."""
    merged = dict(agent_phrases())
    for table in _role_tables():
        merged.update(_phrases(table))
    return merged
# Head nouns that make a span an event, a thing or an idea, not an actor: a mention headed by
# one (and naming no country, organisation or role) gets no code rather than a guessed one
# ("the terrorist attack", "An oil tanker", "the mass graves", "the demolition").
NON_ACTOR_NOUNS = frozenset("""
    attack attacks bombing bombings explosion explosions blast blasts incident incidents
    shooting shootings crash clash clashes massacre violence riots demolition fire fires
    referendum decision resolution law laws bill deal agreement legislation treaty ruling
    verdict report reports story stories violation violations award awards ticket tickets notes result results election
    elections vote votes dispute delay call targeting grievance grievances issue crisis
    scenario setback policy plan move ban campaign programme program economy democracy
    missile missiles rocket rockets bomb bombs shell shells grenade grenades weapon weapons
    explosives plane planes jets car cars bus buses truck trucks train trains pipeline building buildings house houses grave graves
    land room area road bridge
    judgment judgement normalcy ceasefire truce protest protests demonstration demonstrations
    rally rallies rain snow storm storms flood floods earthquake
    deed deeds crimes acts activities
    solidarity support commitment commitments cooperation pressure sympathy
    continuation resumption escalation spate outbreak vacation vacations holiday holidays
    complaint complaints lawsuit lawsuits indictment indictments petition petitions summons
    warrant warrants subpoena subpoenas case cases
    uniform uniforms clothes clothing
""".split())
# Issue 17, twenty-first round (branch actors21, own block): clergy of the established and
# episcopal churches below the bishops the tables had ("vicars", "curates", "chaplains",
# "deacons": REL, as "priests" and "pastors" are); port labour by its trade names ("stevedores",
# "longshoremen", "dockers": LAB, as "dockworkers" is); allied health trades of hospitals
# ("radiographers", "physiotherapists", "anaesthetists" in British spelling: MED, as
# "paramedics" and "anesthetists" are); a state's security bureau or service named "National
# Security" (SPY, as the tables' "national security service": Taiwan's bureau; "national"
# alone read CVL, and "National Security Council" stays the cabinet body the tables give).
CLERGY_PORT_CARE_SPY_ROLES = {
    "REL": """vicars, vicar, curates, curate, chaplains, chaplain, deacons, deacon, archdeacons,
        archdeacon, canons of the cathedral""",
    "LAB": """stevedores, stevedore, longshoremen, longshoreman, dockers, docker, port workers,
        port worker""",
    "MED": """radiographers, radiographer, sonographers, sonographer, physiotherapists,
        physiotherapist, anaesthetists, anaesthetist, lab technicians, laboratory technicians,
        optometrists, optometrist""",
    "SPY": """national security bureau, national security bureaus, national security
        directorate""",
}
# Issue 17, twenty-third round (branch actors23, own block): scientists named by their
# discipline ("seismologists", "epidemiologists": EDU, as "scientists" and "experts" are);
# parents, who are civilians as relatives are (a "parent company" is a firm); police bodies
# named after the crimes they investigate (Kenya's "Directorate of Criminal Investigations", a
# "Criminal Investigation Department": COP, not the criminals "criminal" read); makers of
# goods named by the goods ("garment makers", "chipmakers": BUS, as "carmaker" is); a state's
# development fund, its aid lender (GOV, as the aid agencies JICA and KSrelief are; an
# international one takes no sector, as every IGO role but the UN's organs).
SCIENCE_KIN_CID_MAKER_FUND_ROLES = {
    "EDU": """seismologists, epidemiologists, virologists, volcanologists, climatologists,
        meteorologists, geologists, hydrologists, immunologists, demographers,
        criminologists""",
    "CVL": """parents""",
    "BUS": """parent company, parent companies, garment makers, clothing makers, drugmakers,
        chipmakers, steelmakers, planemakers, toymakers, shipbuilders, garment
        manufacturers""",
    "COP": """directorate of criminal investigations, directorate of criminal investigation,
        criminal investigations directorate, criminal investigation directorate, criminal
        investigation department, criminal investigations department, criminal investigation
        division, criminal investigations division, criminal investigation bureau, criminal
        police""",
    "GOV": """fund for development, development fund, fund for arab economic development""",
}
# Issue 17, twenty-sixth round (branch actors26, own block): scholars of the past, the earth and
# the sky named by their discipline ("archaeologists", "palaeontologists", "glaciologists":
# EDU, as the tables' "seismologists" and "historians" are); medical specialists in their
# British spellings and those the tables lacked ("paediatricians", "radiologists",
# "obstetricians": MED, as "pediatricians" and "cardiologists" are); grandparents and
# grandchildren, civilians as parents and relatives are; transport crews named by their trade
# ("air traffic controllers", "train drivers", "flight attendants": LAB, as "dockworkers"
# and "railway workers" are); the bodies that govern the judges ("General Council of the
# Judiciary", "High Council of Justice", a "Judicial Service Commission": JUD, as the judges
# themselves are; "general" there is no army rank).
SCHOLAR_CARE_KIN_CREW_BENCH_ROLES = {
    "EDU": """archaeologists, archeologists, anthropologists, palaeontologists, paleontologists,
        linguists, botanists, zoologists, glaciologists, oceanographers, astronomers,
        physicists, chemists, biologists, geographers, mathematicians""",
    "MED": """paediatricians, radiologists, gynaecologists, obstetricians, dermatologists,
        ophthalmologists, haematologists, hematologists, pathologists, anesthesiologists""",
    "CVL": """grandmothers, grandfathers, grandparents, grandchildren, grandsons,
        granddaughters""",
    "LAB": """air traffic controllers, train drivers, bus drivers, flight attendants, cabin
        crew, cabin crews""",
    "JUD": """council of the judiciary, general council of the judiciary, supreme council of the
        judiciary, high council for the judiciary, judicial council, supreme judicial council,
        high judicial council, national judicial council, high council of justice, superior
        council of the magistracy, judicial service commission""",
}

# Issue 17, twenty-seventh round (branch actors27, own block): a boss of crime named by the
# crime ("a crime boss", "drug bosses", "a mob boss": CRM, as "drug lords" are; "boss" alone
# stays a firm's, BUS); the pope by his other title ("the pontiff": REL, as "pope" is; a
# Coptic pontiff is clergy too, so no country comes with it); India's chief judicial
# magistrates by their initials ("the cjm", "acjm": JUD, as the spelt-out title is).
CRIME_BOSS_PONTIFF_CJM_ROLES = {
    "CRM": """crime boss, crime bosses, drug boss, drug bosses, mob boss, mob bosses, mafia
        bosses, underworld boss, underworld bosses, gang bosses, cartel boss, cartel bosses,
        crime lord, crime lords""",
    "REL": """pontiff, pontiffs""",
    "JUD": """cjm, acjm""",
}
# Boss words that, right after a named organisation, are that organisation's chiefs ("a
# Camorra boss" CRM, "a Hezbollah boss" REB), as "leader" after it is; "boss" with no body
# named before it stays a business's.
BODY_BOSS_WORDS = frozenset({"boss", "bosses"})


# -- india6: security forces at home in India ----------------------------------------------------
# India's para-military forces (the CRPF, BSF, RAF, ITBP ...) are its central armed police forces,
# police by law (INDIAN_POLICE_ROLES names them as police), and the "security personnel" or
# "security forces" deployed in its towns are those forces and the state police; the army is
# named as the army. So GENERIC_SECURITY_FORCES that deploy, patrol, search, seal or restrict
# (PLOVER MOBILIZE, COERCE) where India is the country are police (resolve.step). Their attacks
# keep the military sector (encounters in Kashmir are the army's as often), and so does every act
# of such forces in any other country.
INDIAN_HOME_FORCE_ACTS = frozenset({"MOBILIZE", "COERCE"})
# Indian police ranks that INDIAN_POLICE_ROLES lacks, police wherever they stand: the additional
# and assistant superintendents ("the additional sp", "the asp"; "the sp" alone stays out,
# POLICE_TITLES_BEFORE_NAMES), the sub-divisional police officer, the officer in charge of a
# police station by his Hindi title ("thanedar"). Not "dig" / "ig" (a dig; Instagram), "circle
# officer" (also a revenue officer in Bihar and the north-east) nor "station officer" (fire
# stations have one).
INDIAN_POLICE_RANKS = {
    "COP": """additional sp, additional sps, addl sp, asp, additional superintendent of police,
        assistant superintendent of police, sdpo, sub-divisional police officer, sub divisional
        police officer, thanedar, thanedars""",
}
# -- end india6 --


# -- issue 17, round 29 (branch actors29, own block) ----------------------------------------------
# A legislature's party leaders by their floor titles ("Senate Majority Leader X", "the House
# minority leader", "the majority whip": LEG, as "senator" is; "minority" alone read CVL and a
# known name's people-list row GOV); an army's regional and theatre commands ("India's Northern
# Command", "the Eastern Theatre Command": MIL, as "army command" is; "command" alone stays out,
# a crime group may be one: the First Capital Command); medical specialists the tables lacked
# ("nephrologists", "endocrinologists", "orthopaedic surgeons": MED, as "cardiologists" are);
# kin who are no leader's family but civilians heading "of the ..." ("the siblings of the
# students", "fathers of the conscripts": CVL, as "mothers" and "grandparents" are; without
# them the noun after "of" gave its sector; "brothers"/"sisters" stay out: the Muslim Brothers,
# orders of nuns); police agencies named for the investigations they run ("Pakistan's Federal
# Investigation Agency", India's "National Investigation Agency": COP, as the "criminal
# investigation department" is; "agency" read GOV).
CHAMBER_COMMAND_CARE_KIN_PROBE_ROLES = {
    "LEG": """majority leader, minority leader, senate majority leader, senate minority leader,
        house majority leader, house minority leader, majority whip, minority whip""",
    "MIL": """northern command, southern command, eastern command, western command, central
        command, north-western command, south-western command, northern army command, southern
        army command, eastern army command, western army command, theatre command, theater
        command, eastern theatre command, western theatre command, southern theatre command,
        northern theatre command, central theatre command, eastern theater command, western
        theater command, southern theater command, northern theater command""",
    "MED": """nephrologists, endocrinologists, rheumatologists, neonatologists, pulmonologists,
        geriatricians, audiologists, hepatologists, orthopaedic surgeons, orthopedic surgeons,
        orthopaedic surgeon, orthopedic surgeon, neurosurgeons, oncologists, urologists,
        neurologists""",
    "CVL": """siblings, fathers, uncles, aunts, cousins, nephews, nieces, in-laws, stepfathers,
        stepmothers""",
    "COP": """investigation agency, investigation agencies, federal investigation agency,
        national investigation agency, state investigation agency, investigative agency,
        investigative agencies""",
}
