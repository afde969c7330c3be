# annalist built-in lexicon: agents, the roles that combine with an actor ("Syrian foreign minister" is SYR + ~GOV).
# The format: docs/lexicon-format.md.

agent ~GOV
  name: president
  name: prime minister
  name: minister
  name: foreign minister
  name: defense minister
  name: defence minister
  name: interior minister
  name: foreign ministry
  name: ministry
  name: government
  name: authorities
  name: official
  name: spokesman
  name: spokeswoman
  name: envoy
  name: special envoy
  name: ambassador
  name: diplomat
  name: delegation
  name: negotiator
  name: leader
  name: king

agent ~MIL
  name: army
  name: military
  name: armed forces
  name: air force
  name: navy
  name: troop
  name: soldier
  name: general
  name: commander

agent ~COP
  name: police
  name: policeman
  name: policemen
  name: security forces

agent ~SPY
  name: intelligence

agent ~REB
  name: rebel
  name: insurgent
  name: militant
  name: guerrilla
  name: gunmen
  name: fighter

agent ~OPP
  name: opposition
  name: protester
  name: demonstrator
  name: activist

agent ~LEG
  name: parliament
  name: lawmaker
  name: senator

agent ~JUD
  name: court
  name: judge
  name: prosecutor

agent ~CVL
  name: civilian
  name: resident

agent ~REF
  name: refugee

agent ~MED
  name: journalist
  name: newspaper

agent ~GOVMED
  name: state media

agent ~BUS
  name: businessman
  name: businessmen
  name: company

agent ~REL
  name: cleric

agent NGO~
  name: aid agency
  name: aid worker
