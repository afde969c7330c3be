# annalist built-in lexicon: states, with their names, adjectives and capitals.
# The format: docs/lexicon-format.md.

country ISR
  name: Israel | Tel Aviv
  adjective: Israeli

country SYR
  name: Syria | Golan Heights | Quneitra | Aleppo | Idlib | Homs
  adjective: Syrian
  capital: Damascus

country LBN
  name: Lebanon
  adjective: Lebanese
  capital: Beirut

country JOR
  name: Jordan
  adjective: Jordanian
  capital: Amman

country EGY
  name: Egypt
  adjective: Egyptian
  capital: Cairo

country IRQ
  name: Iraq
  adjective: Iraqi
  capital: Baghdad

country IRN
  name: Iran
  adjective: Iranian
  capital: Tehran

country SAU
  name: Saudi Arabia
  adjective: Saudi
  capital: Riyadh

country TUR
  name: Turkey | Turkiye
  adjective: Turkish
  capital: Ankara

country ARE
  name: United Arab Emirates | UAE
  adjective: Emirati
  capital: Abu Dhabi

country QAT
  name: Qatar
  adjective: Qatari
  capital: Doha

country KWT
  name: Kuwait
  adjective: Kuwaiti

country BHR
  name: Bahrain
  adjective: Bahraini
  capital: Manama

country OMN
  name: Oman
  adjective: Omani
  capital: Muscat

country YEM
  name: Yemen
  adjective: Yemeni
  capital: Sanaa

country PSE
  name: Palestine | West Bank
  adjective: Palestinian
  capital: Ramallah

country USA
  name: United States | US | U.S. | USA | America
  adjective: American
  capital: Washington

country RUS
  name: Russia
  adjective: Russian
  capital: Moscow

country CHN
  name: China
  adjective: Chinese
  capital: Beijing

country GBR
  name: Britain | United Kingdom | UK
  adjective: British
  capital: London

country FRA
  name: France
  adjective: French
  capital: Paris

country DEU
  name: Germany
  adjective: German
  capital: Berlin

country UKR
  name: Ukraine
  adjective: Ukrainian
  capital: Kyiv
