# annalist built-in lexicon: office holders, with the roles they held and when.
# The format: docs/lexicon-format.md.

person Benjamin Netanyahu
  name: Netanyahu | Bibi
  role: ISRGOV 1996-06-18..1999-07-06  Prime Minister of Israel
  role: ISRGOV 2009-03-31..2021-06-13  Prime Minister of Israel
  role: ISRGOV 2022-12-29..  Prime Minister of Israel
  role: ISRELI  Israeli politician

person Isaac Herzog
  name: Herzog
  role: ISRGOV 2021-07-07..  President of Israel
  role: ISRELI  Israeli politician

person Gideon Saar
  name: Saar
  role: ISRGOV 2024-11-05..  Foreign Minister of Israel
  role: ISRELI  Israeli politician

person Israel Katz
  role: ISRGOV 2015-05-14..  Minister in the Israeli government
  role: ISRELI  Israeli politician

person Ron Dermer
  name: Dermer
  role: ISRGOV 2022-12-29..  Israeli Minister of Strategic Affairs
  role: ISRELI  Israeli politician

person Ahmed al-Sharaa
  name: al-Sharaa | Sharaa | Abu Mohammed al-Jolani | al-Jolani | Jolani | al-Julani
  role: SYRREB ..2024-12-07  Leader of Hayat Tahrir al-Sham
  role: SYRGOV 2024-12-08..  President of Syria

person Asaad al-Shaibani
  name: Asaad Hassan al-Shaibani | al-Shaibani | Shaibani
  role: SYRREB ..2024-12-20  Political official of Hayat Tahrir al-Sham
  role: SYRGOV 2024-12-21..  Foreign Minister of Syria

person Bashar al-Assad
  name: Assad | al-Assad
  role: SYRGOV 2000-07-17..2024-12-08  President of Syria
  role: SYRELI  Former President of Syria

person Donald Trump
  name: Trump
  role: USAGOV 2017-01-20..2021-01-20  President of the United States
  role: USAGOV 2025-01-20..  President of the United States
  role: USAELI  American politician

person Joe Biden
  name: Biden
  role: USAGOV 2009-01-20..2017-01-20  Vice President of the United States
  role: USAGOV 2021-01-20..2025-01-20  President of the United States
  role: USAELI  American politician

person Tom Barrack
  name: Thomas Barrack | Barrack
  role: USAGOV 2025-05-01..  US Ambassador to Turkey and Special Envoy for Syria
  role: USABUS  American businessman

person Marco Rubio
  name: Rubio
  role: USAGOV 2025-01-21..  US Secretary of State
  role: USALEG  US Senator

person Steve Witkoff
  name: Witkoff
  role: USAGOV 2025-01-20..  US Special Envoy to the Middle East
  role: USABUS  American businessman

person Antony Blinken
  name: Blinken
  role: USAGOV 2021-01-26..2025-01-20  US Secretary of State
  role: USAELI  American diplomat

person Vladimir Putin
  name: Putin
  role: RUSGOV 1999-08-09..  Prime Minister, then President of Russia
  role: RUSELI  Russian politician

person Sergei Lavrov
  name: Lavrov
  role: RUSGOV 2004-03-09..  Foreign Minister of Russia
  role: RUSELI  Russian diplomat

person Recep Tayyip Erdogan
  name: Erdogan
  role: TURGOV 2003-03-14..  Prime Minister, then President of Turkey
  role: TURELI  Turkish politician

person Hakan Fidan
  name: Fidan
  role: TURGOV 2010-05-27..  Head of Turkish intelligence, then Foreign Minister of Turkey
  role: TURELI  Turkish official

person Mahmoud Abbas
  name: Abu Mazen
  role: PSEGOV 2005-01-15..  President of the Palestinian Authority
  role: PSEELI  Palestinian politician

person Ismail Haniyeh
  name: Haniyeh
  role: PSEREBHMS ..2024-07-31  Political leader of Hamas

person Yahya Sinwar
  name: Sinwar
  role: PSEREBHMS ..2024-10-16  Leader of Hamas in Gaza

person Hassan Nasrallah
  name: Nasrallah
  role: LBNREB ..2024-09-27  Secretary-General of Hezbollah

person Naim Qassem
  name: Qassem
  role: LBNREB  Secretary-General of Hezbollah

person Joseph Aoun
  role: LBNMIL 2017-03-08..2025-01-08  Commander of the Lebanese Armed Forces
  role: LBNGOV 2025-01-09..  President of Lebanon
  role: LBNELI  Lebanese officer and politician

person Nawaf Salam
  role: LBNGOV 2025-02-08..  Prime Minister of Lebanon
  role: LBNELI  Lebanese diplomat and judge

person Ali Khamenei
  name: Khamenei
  role: IRNGOV 1981-01-01..  President, then Supreme Leader of Iran
  role: IRNELI  Iranian cleric and politician

person Masoud Pezeshkian
  name: Pezeshkian
  role: IRNGOV 2024-07-28..  President of Iran
  role: IRNELI  Iranian politician

person Abbas Araghchi
  name: Araghchi
  role: IRNGOV 2024-08-21..  Foreign Minister of Iran
  role: IRNELI  Iranian diplomat

person Abdel Fattah el-Sisi
  name: Sisi | el-Sisi
  role: EGYMIL 2012-08-12..2014-03-26  Commander-in-chief of the Egyptian Armed Forces
  role: EGYGOV 2014-06-08..  President of Egypt
  role: EGYELI  Egyptian officer and politician

person King Abdullah
  name: Abdullah II
  role: JORGOV 1999-02-07..  King of Jordan
  role: JORELI  Jordanian royal

person Ayman Safadi
  name: Safadi
  role: JORGOV 2017-01-15..  Foreign Minister of Jordan
  role: JORELI  Jordanian politician

person Mohammed bin Salman
  name: MBS
  role: SAUGOV 2015-01-23..  Saudi Minister of Defence, then Crown Prince and Prime Minister
  role: SAUELI  Saudi royal

person Mohammed bin Zayed
  role: AREGOV 2004-01-01..  Crown Prince of Abu Dhabi, then President of the United Arab Emirates
  role: AREELI  Emirati royal

person Tamim bin Hamad
  name: Emir Tamim
  role: QATGOV 2013-06-25..  Emir of Qatar
  role: QATELI  Qatari royal

person Mohammed Shia al-Sudani
  name: al-Sudani
  role: IRQGOV 2022-10-27..  Prime Minister of Iraq
  role: IRQELI  Iraqi politician

person Emmanuel Macron
  name: Macron
  role: FRAGOV 2017-05-14..  President of France
  role: FRAELI  French politician

person Keir Starmer
  name: Starmer
  role: GBRGOV 2024-07-05..  Prime Minister of the United Kingdom
  role: GBRLEG  British Member of Parliament

person Xi Jinping
  role: CHNGOV 2012-11-15..  General Secretary of the Communist Party and President of China
  role: CHNELI  Chinese politician

person Volodymyr Zelensky
  name: Zelensky | Zelenskyy
  role: UKRGOV 2019-05-20..  President of Ukraine
  role: UKRELI  Ukrainian politician

person Antonio Guterres
  name: Guterres
  role: IGOUNO 2017-01-01..  Secretary-General of the United Nations
  role: PRTELI  Portuguese politician

person Geir Pedersen
  name: Pedersen
  role: IGOUNO 2019-01-07..  UN Special Envoy for Syria
  role: NORELI  Norwegian diplomat

person Kaja Kallas
  role: IGOEUREEC 2024-12-01..  EU High Representative for Foreign Affairs
  role: ESTGOV 2021-01-26..2024-07-15  Prime Minister of Estonia
  role: ESTELI  Estonian politician
