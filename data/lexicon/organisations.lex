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
  name: United Nations | UN | U.N. | UN Secretariat
  name: Security Council | UN Security Council | U.N. Security Council | UNSC | United Nations Security Council
  name: General Assembly | UN General Assembly | U.N. General Assembly | United Nations General Assembly
  name: OCHA | UN humanitarian office | UN Office for the Coordination of Humanitarian Affairs
  name: UNESCO | UNDP | UN Development Programme | United Nations Development Programme
  name: UNAMA | UN Assistance Mission in Afghanistan | UNAMI | UN Assistance Mission for Iraq
  name: UNSCOM | UNMOVIC | UN weapons inspectors | U.N. weapons inspectors
  name: DPKO | UN Department of Peacekeeping Operations | UN peacekeeping department
  name: UN Environment Programme | UNEP | UNFPA | UN Population Fund | UN Women | UNAIDS

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

actor IGOUNOJUD
  # the UN's criminal tribunals for the former Yugoslavia and for Rwanda
  name: International Criminal Tribunal for the former Yugoslavia | ICTY | Yugoslav war crimes tribunal
  name: International Criminal Tribunal for Rwanda | ICTR

actor IGOUNOMIL
  # peacekeeping missions
  name: UNIFIL | UN Interim Force in Lebanon | United Nations Interim Force in Lebanon
  name: UNDOF | UN Disengagement Observer Force | United Nations Disengagement Observer Force
  name: MONUSCO | UNMISS | MINUSCA | UNFICYP | UNTSO | MINUSMA | UNAMID | UNMIK | UNISFA
  name: UN peacekeepers | U.N. peacekeepers | UN peacekeeping force | UN peacekeeping mission | blue helmets

actor IGOUNODEVWBK
  name: World Bank | World Bank Group

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
  name: European Union | EU | E.U.
  name: European Commission | EU Commission | European Council | Council of the European Union
  name: European Parliament | EU Parliament | European Central Bank | ECB | Eurogroup | Frontex

actor IGOEURCOE
  name: Council of Europe

actor IGOEURSCE
  name: Organization for Security and Co-operation in Europe | Organization for Security and Cooperation in Europe
  name: Organisation for Security and Co-operation in Europe | OSCE

actor IGOWSTNAT
  name: NATO | North Atlantic Treaty Organization | North Atlantic Treaty Organisation | Atlantic alliance

actor IGOAFRAU
  name: African Union | AU | African Union Commission | AU Commission
  # its peace operations in Somalia (AMISOM, then ATMIS from 2022, AUSSOM from 2025)
  name: AMISOM | ATMIS | AUSSOM | African Union Mission in Somalia

actor IGOARL
  name: Arab League | League of Arab States

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
  name: Transparency International | Committee to Protect Journalists | CPJ | Reporters Without Borders
  name: Action Against Hunger | Islamic Relief | World Vision | Caritas | Catholic Relief Services
  name: Human Rights Foundation | Freedom House | Carter Center

actor NGOENV
  name: Greenpeace | World Wildlife Fund | WWF | Friends of the Earth
  name: International Rescue Committee | CARE International | Mercy Corps

# a political movement, coded as CAMEO codes it in Egypt
actor EGYOPPMUS
  name: Muslim Brotherhood

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
  name: Taliban
  code: AFGREB ..2021-08-14

actor PAKREB
  name: Pakistani Taliban | Tehreek-e-Taliban Pakistan | Tehrik-i-Taliban Pakistan | TTP
  name: Balochistan Liberation Army | BLA
  name: Lashkar-e-Taiba | Lashkar-e-Toiba | Jaish-e-Mohammed | Jaish-e-Mohammad | JeM

actor SOMREB
  name: al-Shabaab | al-Shabab | Shabaab

actor NGAREB
  name: Boko Haram | Islamic State West Africa Province | ISWAP

actor MLIREB
  name: JNIM | Jama'at Nusrat al-Islam wal-Muslimin | Group for the Support of Islam and Muslims
  name: Ansar Dine | MNLA | National Movement for the Liberation of Azawad

actor RUSMIL
  # Russian mercenary force; under the defence ministry as Africa Corps since 2024.
  name: Wagner | Wagner Group | Africa Corps
  name: Russian Armed Forces | Red Army

actor SDNREB
  name: Rapid Support Forces | RSF | Janjaweed
  name: Justice and Equality Movement | Sudan Liberation Army | SLA | Sudan Liberation Movement

actor CODREB
  name: M23 | March 23 Movement | Allied Democratic Forces | ADF | CODECO

actor COLREB
  name: FARC | Revolutionary Armed Forces of Colombia | ELN
  # FARC and ELN are above; the FARC's dissident factions
  name: FARC dissidents | Clan del Golfo | Gulf Clan

actor IRQREB
  name: Kataib Hezbollah | Kata'ib Hezbollah | Islamic Resistance in Iraq

actor IRNMIL
  name: IRGC | Islamic Revolutionary Guard Corps | Revolutionary Guards | Revolutionary Guard | Revolutionary Guard Corps | Quds Force

actor IRQMIL
  name: Popular Mobilization Forces | Popular Mobilisation Forces | PMF | Hashd al-Shaabi
  name: Peshmerga | Kurdish Peshmerga

actor MMRREB
  name: Arakan Army | Kachin Independence Army | People's Defence Force
  name: Kachin Independence Organization | Kachin Independence Organisation | KIO | Karen National Union | KNU
  name: Ta'ang National Liberation Army | TNLA | Myanmar National Democratic Alliance Army | MNDAA

actor ESHREB
  name: Polisario Front | Polisario

actor AFGREB
  # armed groups of Afghanistan other than the Taliban (above)
  name: Haqqani network | Hezb-e-Islami | Hizb-i-Islami | Northern Alliance

actor INDREB
  name: Hizbul Mujahideen | Naxalites | Naxalite | Maoist rebels | United Liberation Front of Asom | ULFA

actor LKAREB
  name: Liberation Tigers of Tamil Eelam | LTTE | Tamil Tigers | Tamil Tiger rebels

actor PHLREB
  name: Abu Sayyaf | Abu Sayyaf Group | New People's Army | NPA | Moro Islamic Liberation Front | MILF
  name: Moro National Liberation Front | MNLF | Maute group

actor THAREB
  name: Barisan Revolusi Nasional | BRN

actor AGOREB
  name: UNITA | National Union for the Total Independence of Angola

actor UGAREB
  name: Lord's Resistance Army | LRA

actor ETHREB
  # led the ruling coalition until it was dissolved in 2019; at war with the
  # federal government 2020-2022
  name: Tigray People's Liberation Front | TPLF
  code: ETHGOV 1991-05-28..2019-11-30

actor ETHREB
  name: Ogaden National Liberation Front | ONLF | Oromo Liberation Army | OLA

actor SSDREB
  name: SPLM-IO | Sudan People's Liberation Movement-in-Opposition | SPLA-IO

actor CAFREB
  name: Seleka | anti-Balaka

actor UKRREB
  # the Russian-backed separatist entities in eastern Ukraine (annexed by Russia in 2022)
  name: Donetsk People's Republic | DPR | Luhansk People's Republic | Lugansk People's Republic | LPR

actor GEOREB
  name: South Ossetian separatists | Abkhaz separatists

actor ESPREB
  name: ETA | Basque separatist group ETA

actor GBRREB
  name: Irish Republican Army | IRA | Provisional IRA | Real IRA | Continuity IRA | New IRA

actor PERREB
  name: Shining Path | Sendero Luminoso

actor MEXREB
  name: Zapatista Army of National Liberation | Zapatistas | EZLN

actor MEXCRM
  name: Sinaloa cartel | Jalisco New Generation Cartel | CJNG | Gulf cartel | Los Zetas | Zetas | Zetas cartel

# --- State institutions named for their state ---------------------------------

actor PSEGOV
  name: Palestinian Authority
  name: Palestine Liberation Organization | Palestine Liberation Organisation | PLO | Fatah

actor USAGOV
  name: White House | State Department | Trump administration
  name: Biden administration | U.S. administration | US administration
  name: Obama administration | Bush administration | Clinton administration | Reagan administration
  name: Department of State | Oval Office
  name: Department of Homeland Security | Homeland Security Department | DHS | U.S. Department of Homeland Security
  name: USAID | U.S. Agency for International Development | US Agency for International Development
  name: Treasury Department | U.S. Treasury | US Treasury | Department of the Treasury | Commerce Department
  name: Food and Drug Administration | FDA | Environmental Protection Agency | EPA
  name: Government Accountability Office | GAO | Office of Management and Budget
  name: U.S. Trade Representative | USTR | Department of Government Efficiency | DOGE

actor USACOP
  # Not "ICE": names match in any case, and "ice storms hit Canada" is no
  # police action.
  name: FBI | Federal Bureau of Investigation | Immigration and Customs Enforcement
  name: ICE agents | ICE officers | ICE officials
  name: U.S. Immigration and Customs Enforcement | Customs and Border Protection | CBP | U.S. Customs and Border Protection
  name: U.S. Border Patrol | US Border Patrol | Drug Enforcement Administration | DEA

actor USAJUD
  name: Justice Department | Department of Justice | DOJ | U.S. Justice Department | US Justice Department

actor USAMIL
  name: Pentagon | CENTCOM | US Central Command | U.S. Central Command
  name: Department of Defense | Defense Department | U.S. Defense Department | US Defense Department
  name: Department of War | War Department | AFRICOM | U.S. Africa Command | EUCOM | INDOPACOM

actor USALEG
  name: US Congress | U.S. Congress | Capitol Hill | US Senate | U.S. Senate

actor USASPY
  name: CIA | Central Intelligence Agency | National Security Agency | Director of National Intelligence

actor RUSGOV
  name: Kremlin

actor RUSSPY
  name: FSB | Federal Security Service | KGB | GRU | SVR

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
  name: 10 Downing Street | Home Office

actor DEULEG
  name: Bundestag

actor DEUMIL
  name: Bundeswehr

actor GBRLEG
  name: House of Commons | House of Lords | Westminster parliament

actor GBRSPY
  name: MI5 | MI6 | GCHQ

actor IRQGOV
  name: Kurdistan Regional Government | KRG

actor CHNMIL
  name: People's Liberation Army | PLA

actor CHNGOV
  name: Chinese Communist Party | Communist Party of China | CCP

actor MMRMIL
  name: Tatmadaw

actor IRNLEG
  name: Majlis

actor UKRMIL
  name: Azov Regiment | Azov Battalion
