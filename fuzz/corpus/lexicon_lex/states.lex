# states
country SYR                      # the CAMEO code
  name: Syria | Syrian Arab Republic
  adjective: Syrian
  capital: Damascus
  iso: SY SYR 760

actor IGOUNO
  name: United Nations | U.N.
  code: IGOUNOKFR 2020-01-01..2024-12-31

person Ahmed al-Sharaa
  name: al-Sharaa | Abu Mohammad al-Julani
  role: SYRREB 2017-01..2024-12-07  Leader of Hayat Tahrir al-Sham
  role: SYRGOV 2024-12-08..  President of Syria

person Jane Doe
  role: GBRGOV 2001..2002 Minister
  role: GBRGOV 2005-03..2006 Minister again

person John Roe
  role: USAGOV 2021..  Secretary of State
  role: USAELI  Politician
