# agents.lex: roles that combine with an actor before or after them
# ("Syrian officials", "officials of Syria", "the Israeli army", "Israeli
# negotiators") into the actor's code plus a CAMEO role code. "~GOV": the
# actor's code, then GOV (SYR + GOV = SYRGOV); "NGO~": NGO, then the actor's.
# The last word of a name also matches its regular plural ("official" matches
# "officials"); irregular plurals are written out. Format: docs/lexicon-format.md.

# --- Government and its people -----------------------------------------------

agent ~GOV
  name: government | administration | authorities | authority | regime | cabinet | leadership
  name: official | senior official | top official | government official
  name: president | vice president | prime minister | premier | deputy prime minister | chancellor
  name: head of state | leader | king | queen | emir | crown prince | sultan | monarch
  name: minister | foreign minister | defense minister | defence minister | interior minister
  name: finance minister | economy minister | energy minister | justice minister | deputy foreign minister
  name: secretary of state | foreign secretary | minister of foreign affairs
  name: ministry | foreign ministry | interior ministry | ministry of foreign affairs
  name: spokesman | spokesmen | spokeswoman | spokesperson | government spokesman
  name: envoy | special envoy | ambassador | diplomat | embassy | consulate
  name: delegation | negotiator | chief negotiator | mediator | governor | mayor | presidency
  name: defense secretary | defence secretary | home secretary | home minister | home ministry
  name: trade minister | agriculture minister | information minister | deputy minister | state minister
  name: minister of state | chief minister | interior secretary | press secretary | consul | consul general
  name: ruling party | governing party | ruling coalition | coalition government | central government

# --- Armed forces, police, intelligence ---------------------------------------

agent ~MIL
  name: army | military | armed forces | forces | air force | navy
  name: troop | soldier | general | commander | military commander | army chief | chief of staff
  name: warplane | fighter jet | drone | aircraft | warship | gunboat
  name: special forces | ground forces | naval forces | air defence | air defense | marines
  name: paratrooper | junta | military junta | coast guard
  name: serviceman | servicemen | service member | infantry | artillery
  name: military officer | army officer | colonel | military spokesman | army spokesman | national guard
  name: defence forces | defense forces | national army | naval vessel | battleship | submarine

agent ~COP
  name: police | policeman | policemen | police officer | riot police | security forces
  name: border guard | border police | gendarmerie | gendarme
  name: police chief | police commissioner | police force | security personnel | security officer
  name: counterterrorism police | anti-terrorism police | police spokesman

agent ~SPY
  name: intelligence | intelligence agency | intelligence service | spy agency | spy | secret service
  name: intelligence officer | intelligence official | intelligence chief | spy chief | security service

# --- Non-state armed and political opposition ----------------------------------

agent ~REB
  name: rebel | insurgent | militant | guerrilla | gunman | gunmen | fighter | jihadist
  name: militia | militiaman | militiamen | armed group | rebel group | militant group
  name: extremist | terrorist | assailant | attacker | armed men
  name: rebel fighter | rebel commander | rebel leader | militant leader | warlord | jihadi
  name: terrorist group | extremist group | jihadist group | insurgent group

agent ~CRM
  name: criminal | gang | gang member | drug cartel | cartel | drug trafficker | trafficker
  name: smuggler | people smuggler | pirate | kidnapper | mafia | organised crime | organized crime

agent ~SEP
  name: separatist

agent ~OPP
  name: opposition | opposition party | opposition leader | dissident
  name: protester | protestor | demonstrator | activist | rioter
  name: opposition figure | opposition politician | opposition group | opposition activist
  name: opposition lawmaker | opposition supporter | campaigner | government critic | protest leader

# --- Legislature, judiciary, society -------------------------------------------

agent ~LEG
  name: parliament | lawmaker | legislator | legislature | senator | parliamentarian
  name: member of parliament | MP | congress | congressman | congressmen | congresswoman
  name: senate | national assembly | upper house | lower house
  name: speaker of parliament | parliament speaker | house speaker | assemblyman | parliamentary committee
  name: house of representatives | chamber of deputies | upper chamber | lower chamber

agent ~JUD
  name: court | judge | prosecutor | judiciary | supreme court | attorney general | tribunal
  name: lawyer | attorney | defense lawyer | defence lawyer | magistrate | high court | constitutional court
  name: appeals court | court of appeal | military court | public prosecutor | prosecution | chief justice

agent ~CVL
  name: civilian | resident | villager | citizen | migrant

agent ~REF
  name: refugee | asylum seeker | displaced people
  name: displaced person | displaced persons | internally displaced people | IDP

agent ~MED
  name: journalist | reporter | newspaper | media | broadcaster | news agency
  name: correspondent | blogger | editor | television station | TV station | radio station | news website

agent ~GOVMED
  name: state media | state television | state TV | state news agency | state broadcaster

agent ~BUS
  name: businessman | businessmen | company | investor
  name: firm | bank | corporation | businesswoman | entrepreneur | executive | oil company
  name: state oil company | conglomerate | manufacturer | exporter | business leader

# CAMEO has no generic religious role (the TABARI-format default's ~REL was
# not a CAMEO code): clerics in this news are mostly Muslim ones.
agent ~MUS
  name: cleric | imam | mufti | sheikh | Islamic cleric | Muslim cleric

agent ~CHR
  name: priest | bishop | pope | patriarch | archbishop

agent ~JEW
  name: rabbi | chief rabbi

agent ~HRI
  name: rights group | human rights group | human rights activist | rights activist
  name: rights watchdog | human rights organization | human rights organisation | rights organisation
  name: rights organization | human rights commission

agent ~LAB
  name: trade union | labor union | labour union | worker
  name: union | union leader | labor leader | labour leader | striker | trade unionist | laborer | labourer

agent ~EDU
  name: student | teacher | university
  name: school | pupil | academic | professor | lecturer | university student

agent ~HLH
  name: doctor | medic | hospital | health worker
  name: nurse | paramedic | health official

agent ~GOVHLH
  name: health ministry | ministry of health | health minister

agent ~GOVMIL
  name: defence ministry | defense ministry | ministry of defence | ministry of defense
  name: national security adviser | national security advisor

agent NGO~
  name: aid agency | aid worker | aid group | charity
  name: humanitarian organization | humanitarian organisation | relief agency | NGO
  name: non-governmental organization | non-governmental organisation | aid organization | aid organisation
  name: relief group | humanitarian group | humanitarian agency
