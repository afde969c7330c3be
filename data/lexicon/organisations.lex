# organisations.lex: international organisations, non-state armed groups and
# the state institutions that news names for their state, with CAMEO actor
# codes (IGO... intergovernmental, NGO... non-governmental, IMG...
# international militarised groups, country + REB/MIL/GOV/... for groups of
# one state). Format: docs/lexicon-format.md. Facts from public knowledge.
#
# Left out on purpose: bare "WHO" and "IS" (they are the words "who" and "is"
# once the tokenizer upper-cases them); write "World Health Organization",
# "Islamic State".

# --- The United Nations and its bodies ---------------------------------------

actor IGOUNO
  name: United Nations | UN | U.N. | the United Nations | UN Secretariat
  name: Security Council | UN Security Council | U.N. Security Council | UNSC | United Nations Security Council
  name: General Assembly | UN General Assembly | U.N. General Assembly | United Nations General Assembly
  name: OCHA | UN humanitarian office | UN Office for the Coordination of Humanitarian Affairs
  name: UNESCO | UNDP | UN Development Programme | United Nations Development Programme

actor IGOUNOREF
  name: UNRWA | UN Relief and Works Agency | United Nations Relief and Works Agency | UN agency for Palestinian refugees

actor IGOUNOREFHCR
  name: UNHCR | UN refugee agency | U.N. refugee agency | UN High Commissioner for Refugees | United Nations High Commissioner for Refugees

actor IGOUNOHRI
  name: UN Human Rights Council | Human Rights Council | OHCHR | UN human rights office | U.N. human rights office
  name: Office of the UN High Commissioner for Human Rights | UN High Commissioner for Human Rights

actor IGOUNOKID
  name: UNICEF | UN Children's Fund | United Nations Children's Fund

actor IGOUNOWFP
  name: World Food Programme | World Food Program | WFP | UN World Food Programme

actor IGOUNOHLHWHO
  name: World Health Organization | World Health Organisation | UN health agency | World Health Assembly

actor IGOUNOIAE
  # IAEA was IGOUNO in the TABARI-format default; its CAMEO code is IGOUNOIAE.
  name: International Atomic Energy Agency | IAEA | UN nuclear watchdog | U.N. nuclear watchdog

actor IGOUNOJUDICJ
  name: International Court of Justice | ICJ | World Court

actor IGOUNOMIL
  # peacekeeping missions
  name: UNIFIL | UN Interim Force in Lebanon | United Nations Interim Force in Lebanon
  name: UNDOF | UN Disengagement Observer Force | United Nations Disengagement Observer Force
  name: MONUSCO | UNMISS | MINUSCA | UNFICYP | UNTSO
  name: UN peacekeepers | U.N. peacekeepers | UN peacekeeping force | UN peacekeeping mission | blue helmets

actor IGOUNODEVWBK
  name: World Bank | the World Bank | World Bank Group

actor IGOBUSIMF
  name: International Monetary Fund | IMF

actor IGOBUSWTO
  name: World Trade Organization | World Trade Organisation | WTO

actor IGOUNOAGRFAO
  name: Food and Agriculture Organization | FAO

actor IGOUNOLABILO
  name: International Labour Organization | International Labor Organization | ILO

actor IGOREFIOM
  name: International Organization for Migration | IOM

# --- Regional and other intergovernmental organisations ----------------------

actor IGOEUREEC
  name: European Union | EU | E.U. | the European Union
  name: European Commission | EU Commission | European Council | Council of the European Union
  name: European Parliament | EU Parliament

actor IGOEURCOE
  name: Council of Europe

actor IGOEURSCE
  name: Organization for Security and Co-operation in Europe | Organization for Security and Cooperation in Europe
  name: Organisation for Security and Co-operation in Europe | OSCE

actor IGOWSTNAT
  name: NATO | North Atlantic Treaty Organization | North Atlantic Treaty Organisation | Atlantic alliance

actor IGOAFRAU
  name: African Union | AU | African Union Commission

actor IGOARL
  name: Arab League | League of Arab States | the Arab League

actor IGOGCC
  name: Gulf Cooperation Council | GCC | Cooperation Council for the Arab States of the Gulf

actor IGOOPC
  name: OPEC | Organization of the Petroleum Exporting Countries | Organisation of the Petroleum Exporting Countries

actor IGOMOSOIC
  name: Organisation of Islamic Cooperation | Organization of Islamic Cooperation | OIC
  name: Organization of the Islamic Conference

actor IGOSEAASN
  name: ASEAN | Association of Southeast Asian Nations | Association of South East Asian Nations

actor IGOBUS
  # forums of states without a CAMEO code of their own
  name: BRICS | G20 | G-20 | Group of 20 | Group of Twenty | APEC | Asia-Pacific Economic Cooperation

actor IGOGOS
  name: G7 | G-7 | Group of Seven

actor IGOBUSGOE
  name: G8 | G-8 | Group of Eight

actor IGOCAS
  name: Shanghai Cooperation Organisation | Shanghai Cooperation Organization | SCO

actor IGOCASCIS
  name: Commonwealth of Independent States | CIS | Collective Security Treaty Organization | CSTO

actor IGOCWN
  name: Commonwealth of Nations

actor IGOOAS
  name: Organization of American States | Organisation of American States | OAS

actor IGOWAFBUSWAS
  name: ECOWAS | Economic Community of West African States

actor IGODEVIAD
  name: IGAD | Intergovernmental Authority on Development

actor IGOSADC
  name: SADC | Southern African Development Community

actor IGOCOPITP
  name: Interpol | International Criminal Police Organization

actor IGOJUDICC
  name: International Criminal Court | ICC

actor IGOOPCW
  name: Organisation for the Prohibition of Chemical Weapons | Organization for the Prohibition of Chemical Weapons | OPCW

# --- Non-governmental organisations ------------------------------------------

actor NGOHLHIRC
  # The TABARI-format default had NGOHRI; the Red Cross and Red Crescent
  # movement is a health/humanitarian body, CAMEO NGOHLHIRC.
  name: Red Cross | ICRC | International Committee of the Red Cross | Red Crescent
  name: International Federation of Red Cross and Red Crescent Societies | IFRC

actor NGOHRIAMN
  name: Amnesty International

actor NGOHRI
  name: Human Rights Watch | HRW | B'Tselem

actor SYROPPHRI
  name: Syrian Observatory for Human Rights | SOHR

actor NGOHLHMSF
  name: Doctors Without Borders | Medecins Sans Frontieres | Médecins Sans Frontières | MSF

actor NGO
  name: Oxfam | Save the Children | International Crisis Group | Crisis Group | Norwegian Refugee Council
  name: International Rescue Committee | CARE International | Mercy Corps

# a political movement, coded as CAMEO codes it in Egypt
actor EGYOPPMUS
  name: Muslim Brotherhood | the Muslim Brotherhood

# --- Non-state armed groups --------------------------------------------------

actor PSEREBHMS
  name: Hamas | Izz al-Din al-Qassam Brigades | Ezzedine al-Qassam Brigades | Qassam Brigades | al-Qassam Brigades

actor PSEREB
  name: Islamic Jihad | Palestinian Islamic Jihad | PIJ | al-Quds Brigades | Al-Aqsa Martyrs' Brigades

actor LBNREB
  name: Hezbollah | Hizbullah | Hizbollah | Hezbollah's | Hizballah

actor YEMREB
  name: Houthis | Houthi | Huthis | Huthi | Ansar Allah | Ansarullah | Houthi rebels | Houthi movement

actor SYRGOV
  # Led the offensive that ended Assad's rule on 2024-12-08, then the new
  # government; announced its dissolution in January 2025.
  name: Hayat Tahrir al-Sham | HTS | Hay'at Tahrir al-Sham | Tahrir al-Sham
  code: SYRREB ..2024-12-07

actor SYRREB
  name: Syrian Democratic Forces | SDF | Jabhat al-Nusra | Nusra Front | al-Nusra Front
  name: Free Syrian Army | FSA | Syrian National Army | SNA
  name: YPG | People's Protection Units | Kurdish People's Protection Units

actor TURREB
  name: PKK | Kurdistan Workers' Party | Kurdistan Workers Party

actor IMGMUSISI
  # IMGREB in the TABARI-format default; CAMEO's (and Phoenix's) code is IMGMUSISI.
  name: Islamic State | ISIS | ISIL | Daesh | Islamic State group | IS group | Islamic State of Iraq and the Levant
  name: Islamic State of Iraq and Syria | Islamic State in Iraq and Syria

actor IMGMUSALQ
  name: al-Qaeda | al-Qaida | Al-Qaeda in the Arabian Peninsula | AQAP
  name: al-Qaeda in the Islamic Maghreb | AQIM

actor AFGGOV
  # The Taliban took Kabul on 2021-08-15 and have governed since.
  name: Taliban | the Taliban
  code: AFGREB ..2021-08-14

actor PAKREB
  name: Pakistani Taliban | Tehreek-e-Taliban Pakistan | Tehrik-i-Taliban Pakistan | TTP
  name: Balochistan Liberation Army | BLA

actor SOMREB
  name: al-Shabaab | al-Shabab | Shabaab

actor NGAREB
  name: Boko Haram | Islamic State West Africa Province | ISWAP

actor MLIREB
  name: JNIM | Jama'at Nusrat al-Islam wal-Muslimin | Group for the Support of Islam and Muslims

actor RUSMIL
  # Russian mercenary force; under the defence ministry as Africa Corps since 2024.
  name: Wagner | Wagner Group | Africa Corps

actor SDNREB
  name: Rapid Support Forces | RSF | Janjaweed

actor CODREB
  name: M23 | March 23 Movement | Allied Democratic Forces | ADF | CODECO

actor COLREB
  name: FARC | Revolutionary Armed Forces of Colombia | ELN

actor IRQREB
  name: Kataib Hezbollah | Kata'ib Hezbollah | Islamic Resistance in Iraq

actor IRNMIL
  name: IRGC | Islamic Revolutionary Guard Corps | Revolutionary Guards | Revolutionary Guard | Revolutionary Guard Corps | Quds Force

actor IRQMIL
  name: Popular Mobilization Forces | Popular Mobilisation Forces | PMF | Hashd al-Shaabi

actor MMRREB
  name: Arakan Army | Kachin Independence Army | People's Defence Force

actor ESHREB
  name: Polisario Front | Polisario

# --- State institutions named for their state ---------------------------------

actor PSEGOV
  name: Palestinian Authority

actor USAGOV
  name: White House | the White House | State Department | the State Department | Trump administration
  name: Biden administration | U.S. administration | US administration

actor USAMIL
  name: Pentagon | the Pentagon | CENTCOM | US Central Command | U.S. Central Command

actor USALEG
  name: US Congress | U.S. Congress | Capitol Hill | US Senate | U.S. Senate

actor USASPY
  name: CIA | Central Intelligence Agency

actor RUSGOV
  name: Kremlin | the Kremlin

actor RUSLEG
  name: State Duma | Duma

actor ISRMIL
  name: Israel Defense Forces | Israeli Defense Forces | Israel Defence Forces | IDF

actor ISRLEG
  name: Knesset

actor ISRSPY
  name: Mossad | Shin Bet

actor FRAGOV
  name: Elysee | Élysée | Elysee Palace | Élysée Palace | Quai d'Orsay

actor GBRGOV
  name: Downing Street | Whitehall | Foreign Office

actor DEULEG
  name: Bundestag
