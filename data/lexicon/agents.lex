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

# --- Armed forces, police, intelligence ---------------------------------------

agent ~MIL
  name: army | military | armed forces | forces | air force | navy
  name: troop | soldier | general | commander | military commander | army chief | chief of staff
  name: warplane | fighter jet | drone | aircraft | warship | gunboat
  name: special forces | ground forces | naval forces | air defence | air defense | marines
  name: paratrooper | junta | military junta | coast guard

agent ~COP
  name: police | policeman | policemen | police officer | riot police | security forces
  name: border guard | border police | gendarmerie | gendarme

agent ~SPY
  name: intelligence | intelligence agency | intelligence service | spy agency | spy | secret service

# --- Non-state armed and political opposition ----------------------------------

agent ~REB
  name: rebel | insurgent | militant | guerrilla | gunman | gunmen | fighter | jihadist
  name: militia | militiaman | militiamen | armed group | rebel group | militant group

agent ~SEP
  name: separatist

agent ~OPP
  name: opposition | opposition party | opposition leader | dissident
  name: protester | protestor | demonstrator | activist | rioter

# --- Legislature, judiciary, society -------------------------------------------

agent ~LEG
  name: parliament | lawmaker | legislator | legislature | senator | parliamentarian
  name: member of parliament | MP | congress | congressman | congressmen | congresswoman
  name: senate | national assembly | upper house | lower house

agent ~JUD
  name: court | judge | prosecutor | judiciary | supreme court | attorney general | tribunal

agent ~CVL
  name: civilian | resident | villager | citizen | migrant

agent ~REF
  name: refugee | asylum seeker | displaced people

agent ~MED
  name: journalist | reporter | newspaper | media | broadcaster | news agency

agent ~GOVMED
  name: state media | state television | state TV | state news agency | state broadcaster

agent ~BUS
  name: businessman | businessmen | company | investor

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

agent ~LAB
  name: trade union | labor union | labour union | worker

agent ~EDU
  name: student | teacher | university

agent ~HLH
  name: doctor | medic | hospital | health worker

agent ~GOVHLH
  name: health ministry | ministry of health | health official | health minister

agent ~GOVMIL
  name: defence ministry | defense ministry | ministry of defence | ministry of defense
  name: national security adviser | national security advisor

agent NGO~
  name: aid agency | aid worker | aid group | charity
  name: humanitarian organization | humanitarian organisation | relief agency | NGO
