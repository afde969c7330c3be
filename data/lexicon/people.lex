# People of the default lexicon: office holders with dated roles.
#
# Covered: heads of state and of government, foreign and defence ministers of
# the G20 states, the European Union's top offices, and every state of the
# Middle East and North Africa (plus Sudan), Russia, Ukraine and Iran, from
# 2020-01-01 on; envoys and negotiators in the news; leaders of armed groups
# and of the opposition where they are news; earlier office holders of those
# states since the 1990s, and leaders of other states often in the news
# (the "other states" sections at the end). See docs/lexicon-people.md.
#
# As of: the facts were checked up to mid-2025. A role whose range is open
# (`FROM..`) was held then; whether it is still held in late 2026 was not
# checked. Entries marked "# open:" are ones where a change after mid-2025
# is known to be likely (an election, a reshuffle, a fixed term).
#
# Codes: COUNTRY+GOV for government offices (heads of state and government,
# ministers, envoys, ambassadors), +MIL for serving officers, +SPY for
# intelligence chiefs, +LEG for legislators, +OPP for the opposition, +REB
# for armed groups, +ELI for former leaders still in the news. Dates: a
# president's inauguration day belongs to the incoming holder.

# --- United States -----------------------------------------------------------

person Donald Trump
  name: Trump | Donald J. Trump
  role: USAGOV 2017-01-20..2021-01-19  President of the United States
  role: USAELI 2021-01-20..2025-01-19  Former president; Republican candidate, president-elect from 2024-11-06
  role: USAGOV 2025-01-20..  President of the United States

person Joe Biden
  name: Biden | Joseph R. Biden | Joseph Biden
  role: USAGOV 2009-01-20..2017-01-19  Vice President of the United States
  role: USAGOV 2021-01-20..2025-01-19  President of the United States
  role: USAELI 2025-01-20..  Former president of the United States

person Mike Pence
  role: USAGOV 2017-01-20..2021-01-19  Vice President of the United States

person Kamala Harris
  role: USALEG 2017-01-03..2021-01-18  U.S. Senator from California
  role: USAGOV 2021-01-20..2025-01-19  Vice President of the United States

person JD Vance
  name: J.D. Vance | James David Vance
  role: USALEG 2023-01-03..2025-01-10  U.S. Senator from Ohio
  role: USAGOV 2025-01-20..  Vice President of the United States

person Mike Pompeo
  name: Pompeo
  role: USAGOV 2018-04-26..2021-01-19  Secretary of State

person Antony Blinken
  name: Blinken | Tony Blinken
  role: USAGOV 2021-01-26..2025-01-19  Secretary of State

person Marco Rubio
  name: Rubio
  role: USALEG 2011-01-03..2025-01-20  U.S. Senator from Florida
  role: USAGOV 2025-01-21..  Secretary of State (also acting National Security Adviser from 2025-05-01)

person Mark Esper
  name: Esper
  role: USAGOV 2019-07-23..2020-11-09  Secretary of Defense

person Christopher Miller
  role: USAGOV 2020-11-09..2021-01-20  Acting Secretary of Defense

person Lloyd Austin
  name: Lloyd J. Austin
  role: USAGOV 2021-01-22..2025-01-20  Secretary of Defense

person Pete Hegseth
  name: Hegseth | Peter Hegseth
  role: USAGOV 2025-01-25..  Secretary of Defense

person Jake Sullivan
  role: USAGOV 2021-01-20..2025-01-20  National Security Adviser

person Mike Waltz
  name: Michael Waltz
  role: USALEG 2019-01-03..2025-01-19  U.S. Representative from Florida
  role: USAGOV 2025-01-20..2025-05-01  National Security Adviser
  # open: nominated U.S. ambassador to the United Nations in May 2025; not
  # recorded here.

person Susie Wiles
  name: Susan Wiles
  role: USAGOV 2025-01-20..  White House Chief of Staff

person Richard Grenell
  name: Ric Grenell | Grenell
  role: USAGOV 2025-01..  Presidential Envoy for Special Missions

person Linda Thomas-Greenfield
  name: Thomas-Greenfield
  role: USAGOV 2021-02-25..2025-01-20  U.S. Ambassador to the United Nations

person Steve Witkoff
  name: Witkoff | Steven Witkoff | Steven C. Witkoff
  role: USAGOV 2025-01-20..  U.S. Special Envoy to the Middle East (and presidential envoy in the Russia-Ukraine talks)

person Tom Barrack
  name: Thomas Barrack | Thomas J. Barrack | Barrack
  role: USABUS ..2025-04  Businessman, founder of the investment firm Colony Capital
  role: USAGOV 2025-05..  U.S. Ambassador to Turkey and Special Envoy for Syria

person Keith Kellogg
  name: Kellogg
  role: USAGOV 2025-01-20..  U.S. Special Envoy for Ukraine and Russia

person Massad Boulos
  name: Boulos
  role: USAGOV 2025-01..  Senior adviser to the president on Arab, Middle Eastern and African affairs

person Morgan Ortagus
  name: Ortagus
  role: USAGOV 2025-01..  Deputy Special Envoy for the Middle East
  # open: her Lebanon file and title changed during 2025.

person Adam Boehler
  name: Boehler
  role: USAGOV 2025-01..  Special Presidential Envoy for Hostage Affairs

person Amos Hochstein
  name: Hochstein
  role: USAGOV 2021..2025-01-20  Senior adviser for energy security; mediator between Israel and Lebanon

person Brett McGurk
  name: McGurk
  role: USAGOV 2021-01-20..2025-01-20  White House coordinator for the Middle East and North Africa

person Tim Lenderking
  name: Timothy Lenderking | Lenderking
  role: USAGOV 2021-02-04..  U.S. Special Envoy for Yemen
  # open: when he left the office in 2025 was not checked.

person Jared Kushner
  name: Kushner
  role: USAGOV 2017-01-20..2021-01-19  Senior Advisor to the President
  # From 2025 he took part in the Gaza and Russia-Ukraine talks without an
  # office; not coded for those years.

person Mark Milley
  name: Milley
  role: USAMIL 2019-10-01..2023-09-29  Chairman of the Joint Chiefs of Staff

person Charles Q. Brown
  name: CQ Brown | C.Q. Brown | Charles Brown Jr.
  role: USAMIL 2023-10-01..2025-02-21  Chairman of the Joint Chiefs of Staff

person Dan Caine
  name: John Daniel Caine | Razin Caine
  role: USAMIL 2025-04-11..  Chairman of the Joint Chiefs of Staff

# Earlier presidents, cabinet members and congressional leaders, for news
# archives before 2020.

person Barack Obama
  name: Obama | Barack H. Obama | Barack Hussein Obama
  role: USALEG 2005-01-03..2008-11-16  U.S. Senator from Illinois
  role: USAELI 2008-11-17..2009-01-19  President-elect of the United States
  role: USAGOV 2009-01-20..2017-01-19  President of the United States
  role: USAELI 2017-01-20..  Former president of the United States

person George W. Bush
  # "Bush" alone is the son, by far the more frequent in news since 2000.
  name: Bush | George Bush | George W Bush | George Walker Bush
  role: USAGOV 2001-01-20..2009-01-19  President of the United States
  role: USAELI 2009-01-20..  Former president of the United States

person George H. W. Bush
  name: George H.W. Bush | George H W Bush | George Herbert Walker Bush | George Bush Sr.
  role: USAGOV 1981-01-20..1989-01-19  Vice President of the United States
  role: USAGOV 1989-01-20..1993-01-19  President of the United States
  role: USAELI 1993-01-20..2018-11-30  Former president of the United States

person Bill Clinton
  # "Clinton" alone is left out: Bill and Hillary Clinton are both in the news.
  name: William Jefferson Clinton | William J. Clinton
  role: USAGOV 1993-01-20..2001-01-19  President of the United States
  role: USAELI 2001-01-20..  Former president of the United States

person Hillary Clinton
  name: Hillary Rodham Clinton | Hillary
  role: USALEG 2001-01-03..2009-01-20  U.S. Senator from New York
  role: USAGOV 2009-01-21..2013-02-01  Secretary of State
  role: USAELI 2013-02-02..  Former Secretary of State; Democratic presidential candidate in 2016

person Dick Cheney
  name: Richard Cheney
  role: USAGOV 1989-03-21..1993-01-20  Secretary of Defense
  role: USAGOV 2001-01-20..2009-01-19  Vice President of the United States

person Colin Powell
  role: USAMIL 1989-10-01..1993-09-30  Chairman of the Joint Chiefs of Staff
  role: USAGOV 2001-01-20..2005-01-25  Secretary of State

person Condoleezza Rice
  name: Condoleeza Rice | Condi Rice
  role: USAGOV 2001-01-20..2005-01-25  National Security Advisor
  role: USAGOV 2005-01-26..2009-01-20  Secretary of State

person John Kerry
  name: Kerry
  role: USALEG 1985-01-02..2013-02-01  U.S. Senator from Massachusetts
  role: USAGOV 2013-02-01..2017-01-20  Secretary of State
  role: USAGOV 2021-01-20..2024-03-06  Special Presidential Envoy for Climate

person Donald Rumsfeld
  name: Rumsfeld
  role: USAGOV 2001-01-20..2006-12-18  Secretary of Defense

person Robert Gates
  role: USAGOV 2006-12-18..2011-06-30  Secretary of Defense

person Leon Panetta
  name: Panetta
  role: USASPY 2009-02-13..2011-06-30  Director of the CIA
  role: USAGOV 2011-07-01..2013-02-26  Secretary of Defense

person Chuck Hagel
  name: Hagel
  role: USAGOV 2013-02-27..2015-02-16  Secretary of Defense

person Ash Carter
  name: Ashton Carter
  role: USAGOV 2015-02-17..2017-01-20  Secretary of Defense

person Jim Mattis
  name: Mattis | James Mattis
  role: USAGOV 2017-01-20..2018-12-31  Secretary of Defense

person Rex Tillerson
  name: Tillerson
  role: USAGOV 2017-02-01..2018-03-31  Secretary of State

person John Bolton
  name: Bolton | John R. Bolton
  role: USAGOV 2005-08-01..2006-12-31  Ambassador to the United Nations
  role: USAGOV 2018-04-09..2019-09-10  National Security Advisor

person Susan Rice
  role: USAGOV 2009-01-22..2013-06-30  Ambassador to the United Nations
  role: USAGOV 2013-07-01..2017-01-20  National Security Advisor

person Samantha Power
  role: USAGOV 2013-08-05..2017-01-20  Ambassador to the United Nations
  role: USAGOV 2021-05-03..2025-01-20  Administrator of USAID

person Nikki Haley
  role: USAGOV 2017-01-27..2018-12-31  Ambassador to the United Nations

person Steve Bannon
  name: Bannon | Stephen Bannon
  role: USAGOV 2017-01-20..2017-08-18  White House Chief Strategist

person Alex Azar
  role: USAGOV 2018-01-29..2021-01-20  Secretary of Health and Human Services

person David Petraeus
  name: Petraeus
  role: USAMIL 2007-02-10..2010-06-30  Commander in Iraq, then (from 2008-10-31) of U.S. Central Command
  role: USAMIL 2010-07-04..2011-07-18  Commander in Afghanistan
  role: USASPY 2011-09-06..2012-11-09  Director of the CIA

person Mitch McConnell
  name: McConnell
  role: USALEG 1985-01-03..  U.S. Senator from Kentucky; Senate Republican leader 2007-2025

person Nancy Pelosi
  name: Pelosi
  role: USALEG 1987-06-02..  U.S. Representative from California; Speaker 2007-2011 and 2019-2023

person John Boehner
  name: Boehner
  role: USALEG 1991-01-03..2015-10-31  U.S. Representative from Ohio; Speaker from 2011

person Paul Ryan
  role: USALEG 1999-01-03..2019-01-03  U.S. Representative from Wisconsin; Speaker from 2015-10-29

person John McCain
  name: McCain
  role: USALEG 1983-01-03..2018-08-25  U.S. Representative, then Senator (from 1987) from Arizona

person Chuck Schumer
  name: Schumer
  role: USALEG 1981-01-03..  U.S. Representative, then Senator (from 1999) from New York; Senate Democratic leader from 2017

person Mike Johnson
  role: USALEG 2017-01-03..  U.S. Representative from Louisiana; Speaker from 2023-10-25

person Hakeem Jeffries
  name: Jeffries
  role: USALEG 2013-01-03..  U.S. Representative from New York; House Democratic leader from 2023

# The second Trump administration (from 2025-01-20), beyond the offices above.

person Tulsi Gabbard
  name: Gabbard
  role: USALEG 2013-01-03..2021-01-03  U.S. Representative from Hawaii
  role: USASPY 2025-02-12..  Director of National Intelligence

person John Ratcliffe
  name: Ratcliffe
  role: USASPY 2020-05-26..2021-01-20  Director of National Intelligence
  role: USASPY 2025-01-23..  Director of the CIA

person Kristi Noem
  name: Noem
  role: USAGOV 2019-01-05..2025-01-25  Governor of South Dakota
  role: USAGOV 2025-01-25..  Secretary of Homeland Security

person Pam Bondi
  role: USAJUD 2025-02-05..  Attorney General of the United States

person Kash Patel
  role: USACOP 2025-02-21..  Director of the FBI

person Scott Bessent
  name: Bessent
  role: USAGOV 2025-01-28..  Secretary of the Treasury

person Howard Lutnick
  name: Lutnick
  role: USAGOV 2025-02-21..  Secretary of Commerce

person Jamieson Greer
  role: USAGOV 2025-02-27..  United States Trade Representative

person Karoline Leavitt
  name: Leavitt
  role: USAGOV 2025-01-20..  White House Press Secretary

person Tom Homan
  role: USAGOV 2025-01-20..  White House border czar

person Mike Huckabee
  role: USAGOV 2025-04-18..  Ambassador to Israel

person Elon Musk
  name: Musk
  role: USABUS  Businessman (Tesla, SpaceX, X)
  role: USAGOV 2025-01-20..2025-05-30  Head of the Department of Government Efficiency (special government employee)

# --- European Union, United Nations and other organisations ------------------

person Ursula von der Leyen
  name: von der Leyen
  role: DEUGOV 2013-12-17..2019-07-17  German Defence Minister
  role: IGOEUREEC 2019-12-01..  President of the European Commission

person Charles Michel
  role: BELGOV 2014-10-11..2019-10-27  Prime Minister of Belgium
  role: IGOEUREEC 2019-12-01..2024-11-30  President of the European Council

person António Costa
  name: Antonio Costa
  role: PRTGOV 2015-11-26..2024-04-01  Prime Minister of Portugal
  role: IGOEUREEC 2024-12-01..  President of the European Council

person Josep Borrell
  name: Borrell | Josep Borrell Fontelles
  role: IGOEUREEC 2019-12-01..2024-11-30  EU High Representative for Foreign Affairs and Security Policy

person Kaja Kallas
  name: Kallas
  role: ESTGOV 2021-01-26..2024-07-22  Prime Minister of Estonia
  role: IGOEUREEC 2024-12-01..  EU High Representative for Foreign Affairs and Security Policy

person Roberta Metsola
  name: Metsola
  role: IGOEUREEC 2022-01-18..  President of the European Parliament

person Antonio Guterres
  name: António Guterres | Guterres
  role: IGOUNO 2017-01-01..2026-12-31  Secretary-General of the United Nations

person Geir Pedersen
  name: Geir O. Pedersen | Pedersen
  role: IGOUNO 2019-01-07..  UN Special Envoy for Syria
  # open: his departure was reported in the second half of 2025.

person Hans Grundberg
  name: Grundberg
  role: IGOUNO 2021-09-05..  UN Special Envoy for Yemen

person Martin Griffiths
  role: IGOUNO 2018-03-11..2021-06-30  UN Special Envoy for Yemen
  role: IGOUNO 2021-07-19..2024-06-30  UN Under-Secretary-General for Humanitarian Affairs

person Ghassan Salamé
  name: Ghassan Salame | Salamé
  role: IGOUNO 2017-06-22..2020-03-02  UN Special Envoy for Libya

person Stephanie Williams
  role: IGOUNO 2020-03..2021-01  Acting UN Special Envoy for Libya
  role: IGOUNO 2021-12..2022-07  Special Adviser to the UN Secretary-General on Libya

person Ján Kubiš
  name: Jan Kubis
  role: IGOUNO 2021-01..2021-12  UN Special Envoy for Libya

person Abdoulaye Bathily
  name: Bathily
  role: IGOUNO 2022-09..2024-05  UN Special Envoy for Libya

person Hanna Tetteh
  name: Hanna Serwaa Tetteh
  role: IGOUNO 2025-01..  UN Special Envoy for Libya

person Tor Wennesland
  name: Wennesland
  role: IGOUNO 2021-01..2024-12  UN Special Coordinator for the Middle East Peace Process

person Rafael Grossi
  name: Rafael Mariano Grossi | Grossi
  role: IGOUNO 2019-12-03..  Director General of the International Atomic Energy Agency

person Philippe Lazzarini
  name: Lazzarini
  role: IGOUNOREF 2020-03-18..  Commissioner-General of UNRWA

person Jens Stoltenberg
  name: Stoltenberg
  role: IGOWSTNAT 2014-10-01..2024-09-30  Secretary General of NATO
  role: NORGOV 2025-02-04..  Norwegian Finance Minister

person Mark Rutte
  name: Rutte
  role: NLDGOV 2010-10-14..2024-07-01  Prime Minister of the Netherlands
  role: IGOWSTNAT 2024-10-01..  Secretary General of NATO

person Moussa Faki Mahamat
  name: Moussa Faki
  role: IGOAFRAU 2017-03-14..2025-02-14  Chairperson of the African Union Commission

person Mahmoud Ali Youssouf
  role: IGOAFRAU 2025-02-15..  Chairperson of the African Union Commission

person Ban Ki-moon
  role: KORGOV 2004-01-17..2006-11-09  Foreign Minister of South Korea
  role: IGOUNO 2007-01-01..2016-12-31  Secretary-General of the United Nations

person Kofi Annan
  name: Annan
  role: IGOUNO 1997-01-01..2006-12-31  Secretary-General of the United Nations
  role: IGOUNO 2012-02-23..2012-08-31  UN and Arab League envoy for Syria

person Boutros Boutros-Ghali
  role: IGOUNO 1992-01-01..1996-12-31  Secretary-General of the United Nations

person Staffan de Mistura
  name: de Mistura
  role: IGOUNO 2014-07-10..2019-01-07  UN envoy for Syria
  role: IGOUNO 2021-11-01..  UN envoy for Western Sahara

person Lakhdar Brahimi
  name: Brahimi
  role: IGOUNO 2012-08-17..2014-05-31  UN and Arab League envoy for Syria

person Ibrahim Gambari
  name: Gambari
  role: IGOUNO 2005..2012  UN Under-Secretary-General, adviser on Myanmar, head of UNAMID in Darfur
  role: NGAGOV 2020-05-13..2023-05-29  Chief of Staff to the President of Nigeria

person Jean-Claude Juncker
  name: Juncker
  role: LUXGOV 1995-01-20..2013-12-04  Prime Minister of Luxembourg
  role: IGOEUREEC 2014-11-01..2019-11-30  President of the European Commission

person José Manuel Barroso
  name: Barroso | Jose Manuel Barroso
  role: PRTGOV 2002-04-06..2004-07-17  Prime Minister of Portugal
  role: IGOEUREEC 2004-11-22..2014-10-31  President of the European Commission

person Herman Van Rompuy
  name: Van Rompuy
  role: IGOEUREEC 2009-12-01..2014-11-30  President of the European Council

person Catherine Ashton
  role: IGOEUREEC 2009-12-01..2014-10-31  High Representative for Foreign Affairs and Security Policy

person Federica Mogherini
  name: Mogherini
  role: ITAGOV 2014-02-22..2014-10-31  Foreign Minister of Italy
  role: IGOEUREEC 2014-11-01..2019-11-30  High Representative for Foreign Affairs and Security Policy

person Javier Solana
  name: Solana
  role: IGOWSTNAT 1995-12-05..1999-10-06  Secretary General of NATO
  role: IGOEUREEC 1999-10-18..2009-11-30  High Representative for the Common Foreign and Security Policy

person Anders Fogh Rasmussen
  role: DNKGOV 2001-11-27..2009-04-05  Prime Minister of Denmark
  role: IGOWSTNAT 2009-08-01..2014-09-30  Secretary General of NATO

person Jaap de Hoop Scheffer
  role: IGOWSTNAT 2004-01-01..2009-07-31  Secretary General of NATO

# --- Russia -------------------------------------------------------------------

person Vladimir Putin
  name: Putin | Vladimir Vladimirovich Putin
  role: RUSGOV 1999-08-16..2008-05-07  Prime Minister, then (from 1999-12-31) President of Russia
  role: RUSGOV 2008-05-08..2012-05-06  Prime Minister of Russia
  role: RUSGOV 2012-05-07..  President of Russia

person Dmitry Medvedev
  name: Medvedev | Dmitri Medvedev
  role: RUSGOV 2008-05-07..2012-05-06  President of Russia
  role: RUSGOV 2012-05-08..2020-01-15  Prime Minister of Russia
  role: RUSGOV 2020-01-16..  Deputy Chairman of the Security Council of Russia

person Mikhail Mishustin
  name: Mishustin
  role: RUSGOV 2020-01-16..  Prime Minister of Russia

person Sergei Lavrov
  name: Lavrov | Sergey Lavrov
  role: RUSGOV 2004-03-09..  Foreign Minister of Russia

person Sergei Shoigu
  name: Shoigu | Sergey Shoigu
  role: RUSGOV 2012-11-06..2024-05-11  Defence Minister of Russia
  role: RUSGOV 2024-05-12..  Secretary of the Security Council of Russia

person Andrei Belousov
  name: Belousov | Andrey Belousov
  role: RUSGOV 2020-01-21..2024-05-13  First Deputy Prime Minister of Russia
  role: RUSGOV 2024-05-14..  Defence Minister of Russia

person Nikolai Patrushev
  name: Patrushev | Nikolay Patrushev
  role: RUSGOV 2008-05-12..2024-05-12  Secretary of the Security Council of Russia
  role: RUSGOV 2024-05-14..  Aide to the President of Russia

person Valery Gerasimov
  name: Gerasimov | Valeriy Gerasimov
  role: RUSMIL 2012-11-09..  Chief of the General Staff of the Russian Armed Forces

person Dmitry Peskov
  name: Peskov | Dmitri Peskov
  role: RUSGOV 2012-05..  Kremlin spokesman

person Maria Zakharova
  name: Zakharova
  role: RUSGOV 2015-08-10..  Spokeswoman of the Russian Foreign Ministry

person Yuri Ushakov
  name: Ushakov | Yury Ushakov
  role: RUSGOV 2012-05..  Foreign-policy aide to the President of Russia

person Vladimir Medinsky
  name: Medinsky
  role: RUSGOV 2020-01..  Aide to the President of Russia; head of the Russian delegation in the talks with Ukraine (2022, 2025)

person Kirill Dmitriev
  name: Kirill Dmitriyev
  role: RUSBUS 2011..2025-01  Chief executive of the Russian Direct Investment Fund
  role: RUSGOV 2025-02..  Special presidential envoy for investment and economic cooperation (still head of the Russian Direct Investment Fund)

person Alexei Navalny
  name: Navalny | Aleksei Navalny | Alexey Navalny
  role: RUSOPP ..2024-02-16  Opposition leader (imprisoned from 2021; died in prison)

person Yulia Navalnaya
  name: Navalnaya
  role: RUSOPP 2024-02..  Opposition leader in exile

person Alexander Lukashenko
  name: Lukashenko | Aleksandr Lukashenko | Alyaksandr Lukashenka | Lukashenka
  role: BLRGOV 1994-07-20..  President of Belarus

person Boris Yeltsin
  name: Yeltsin
  role: RUSGOV 1991-07-10..1999-12-31  President of Russia

person Mikhail Gorbachev
  # The Soviet Union is coded as Russia (annalist knows no code of its own for it).
  name: Gorbachev | Mikhail Gorbachov
  role: RUSGOV 1985-03-11..1991-12-25  Leader of the Soviet Union (General Secretary, then President)
  role: RUSELI 1991-12-26..2022-08-30  Former Soviet leader

# --- Ukraine ------------------------------------------------------------------

person Volodymyr Zelensky
  name: Zelensky | Zelenskyy | Zelenskiy | Zelenski | Volodymyr Zelenskyy | Volodymyr Zelenskiy | Volodymyr Zelenskyi | Zelenskyi | Vladimir Zelensky
  role: UKRGOV 2019-05-20..  President of Ukraine

person Oleksiy Honcharuk
  name: Honcharuk | Oleksii Honcharuk
  role: UKRGOV 2019-08-29..2020-03-04  Prime Minister of Ukraine

person Denys Shmyhal
  name: Shmyhal | Denis Shmygal
  role: UKRGOV 2020-03-04..2025-07-16  Prime Minister of Ukraine
  role: UKRGOV 2025-07-17..  Defence Minister of Ukraine

person Yulia Svyrydenko
  name: Svyrydenko | Yuliia Svyrydenko
  role: UKRGOV 2021-11-04..2025-07-16  First Deputy Prime Minister and Economy Minister of Ukraine
  role: UKRGOV 2025-07-17..  Prime Minister of Ukraine

person Vadym Prystaiko
  name: Prystaiko
  role: UKRGOV 2019-08-29..2020-03-04  Foreign Minister of Ukraine

person Dmytro Kuleba
  name: Kuleba | Dmitro Kuleba
  role: UKRGOV 2020-03-04..2024-09-05  Foreign Minister of Ukraine

person Andrii Sybiha
  name: Sybiha | Andriy Sybiha | Andrii Sybiga
  role: UKRGOV 2024-09-05..  Foreign Minister of Ukraine

person Andriy Zagorodnyuk
  name: Zagorodnyuk | Andrii Zahorodniuk
  role: UKRGOV 2019-08-29..2020-03-04  Defence Minister of Ukraine

person Andriy Taran
  name: Andrii Taran
  role: UKRGOV 2020-03-04..2021-11-03  Defence Minister of Ukraine

person Oleksii Reznikov
  name: Reznikov | Oleksiy Reznikov
  role: UKRGOV 2021-11-04..2023-09-05  Defence Minister of Ukraine

person Rustem Umerov
  name: Umerov
  role: UKRGOV 2023-09-06..2025-07-17  Defence Minister of Ukraine (head of the Ukrainian delegation in the 2025 talks)
  role: UKRGOV 2025-07-18..  Secretary of the National Security and Defence Council of Ukraine

person Andriy Yermak
  name: Yermak | Andrii Yermak
  role: UKRGOV 2020-02-11..  Head of the Office of the President of Ukraine
  # open: reported to have resigned in late 2025; not checked.

person Kyrylo Budanov
  name: Budanov | Kirill Budanov
  role: UKRSPY 2020-08-05..  Head of Ukraine's military intelligence (HUR)

person Valerii Zaluzhnyi
  name: Zaluzhnyi | Valery Zaluzhny | Zaluzhny
  role: UKRMIL 2021-07-27..2024-02-08  Commander-in-Chief of the Armed Forces of Ukraine
  role: UKRGOV 2024-03..  Ambassador of Ukraine to the United Kingdom

person Oleksandr Syrskyi
  name: Syrskyi | Oleksandr Syrsky | Syrsky
  role: UKRMIL 2024-02-08..  Commander-in-Chief of the Armed Forces of Ukraine

person Petro Poroshenko
  name: Poroshenko
  role: UKRGOV 2014-06-07..2019-05-19  President of Ukraine
  role: UKROPP 2019-05-20..  Opposition leader (European Solidarity), former president

person Viktor Yanukovych
  name: Yanukovych | Yanukovich | Viktor Yanukovich
  role: UKRGOV 2002-11-21..2005-01-05  Prime Minister of Ukraine
  role: UKRGOV 2006-08-04..2007-12-18  Prime Minister of Ukraine
  role: UKRGOV 2010-02-25..2014-02-22  President of Ukraine
  role: UKRELI 2014-02-23..  Former president, in exile in Russia

person Mykola Azarov
  name: Azarov
  role: UKRGOV 2010-03-11..2014-01-28  Prime Minister of Ukraine

person Yulia Tymoshenko
  name: Tymoshenko
  role: UKRGOV 2005-01-24..2005-09-08  Prime Minister of Ukraine
  role: UKRGOV 2007-12-18..2010-03-04  Prime Minister of Ukraine
  role: UKROPP 2010-03-05..  Opposition leader (Batkivshchyna)

person Viktor Yushchenko
  name: Yushchenko
  role: UKRGOV 2005-01-23..2010-02-25  President of Ukraine

person Arseniy Yatsenyuk
  name: Yatsenyuk | Arseny Yatsenyuk
  role: UKRGOV 2014-02-27..2016-04-14  Prime Minister of Ukraine

# --- Iran ---------------------------------------------------------------------

person Ali Khamenei
  name: Khamenei | Ayatollah Khamenei | Ayatollah Ali Khamenei | Sayyid Ali Khamenei
  role: IRNGOV 1989-06-04..  Supreme Leader of Iran

person Hassan Rouhani
  name: Rouhani | Hassan Rohani
  role: IRNGOV 2013-08-03..2021-08-02  President of Iran

person Ebrahim Raisi
  name: Raisi | Ebrahim Raeisi
  role: IRNGOV 2021-08-03..2024-05-19  President of Iran (killed in a helicopter crash)

person Mohammad Mokhber
  name: Mokhber
  role: IRNGOV 2021-08-08..2024-05-19  First Vice President of Iran
  role: IRNGOV 2024-05-20..2024-07-27  Acting President of Iran

person Masoud Pezeshkian
  name: Pezeshkian
  role: IRNGOV 2024-07-28..  President of Iran

person Mohammad Javad Zarif
  name: Zarif | Javad Zarif
  role: IRNGOV 2013-08-15..2021-08-24  Foreign Minister of Iran
  role: IRNGOV 2024-08-01..2025-03-02  Vice President of Iran for Strategic Affairs

person Hossein Amir-Abdollahian
  name: Amir-Abdollahian | Amirabdollahian | Hossein Amirabdollahian
  role: IRNGOV 2021-08-25..2024-05-19  Foreign Minister of Iran (killed in the helicopter crash with Raisi)

person Ali Bagheri Kani
  name: Bagheri Kani | Ali Bagheri
  role: IRNGOV 2021-09..2024-05-19  Deputy Foreign Minister of Iran and chief nuclear negotiator
  role: IRNGOV 2024-05-20..2024-08-20  Acting Foreign Minister of Iran

person Abbas Araghchi
  name: Araghchi | Abbas Araqchi | Araqchi
  role: IRNGOV 2024-08-21..  Foreign Minister of Iran (negotiator in the 2025 nuclear talks with the United States)

person Amir Hatami
  role: IRNGOV 2017-08-20..2021-08-24  Defence Minister of Iran

person Mohammad-Reza Gharaei Ashtiani
  name: Mohammad Reza Ashtiani | Gharaei Ashtiani
  role: IRNGOV 2021-08-25..2024-08-20  Defence Minister of Iran

person Aziz Nasirzadeh
  name: Nasirzadeh
  role: IRNGOV 2024-08-21..  Defence Minister of Iran

person Mohammad Bagher Ghalibaf
  name: Mohammad Baqer Qalibaf | Mohammad Bagher Qalibaf | Ghalibaf | Qalibaf
  role: IRNLEG 2020-05-28..  Speaker of the Parliament of Iran

person Ali Shamkhani
  name: Shamkhani
  role: IRNGOV 2013-09-10..2023-05-21  Secretary of the Supreme National Security Council of Iran

person Ali Akbar Ahmadian
  name: Ahmadian
  role: IRNGOV 2023-05-22..  Secretary of the Supreme National Security Council of Iran
  # open: not checked after mid-2025.

person Qassem Soleimani
  name: Soleimani | Qasem Soleimani | Ghasem Soleimani
  role: IRNMIL 1998..2020-01-03  Commander of the Quds Force of the IRGC (killed in a U.S. strike)

person Esmail Qaani
  name: Qaani | Esmail Ghaani | Ismail Qaani
  role: IRNMIL 2020-01-03..  Commander of the Quds Force of the IRGC

person Mohammad Bagheri
  name: Mohammad Hossein Bagheri
  role: IRNMIL 2016-06-28..2025-06-13  Chief of Staff of the Iranian Armed Forces (killed in an Israeli strike)

person Hossein Salami
  role: IRNMIL 2019-04-21..2025-06-13  Commander-in-Chief of the IRGC (killed in an Israeli strike)

person Mahmoud Ahmadinejad
  name: Ahmadinejad
  role: IRNGOV 2005-08-03..2013-08-03  President of Iran

person Mohammad Khatami
  name: Khatami
  role: IRNGOV 1997-08-02..2005-08-03  President of Iran

# --- Israel -------------------------------------------------------------------

person Benjamin Netanyahu
  name: Netanyahu | Bibi | Bibi Netanyahu | Binyamin Netanyahu
  role: ISRGOV 1996-06-18..1999-07-06  Prime Minister of Israel
  role: ISRGOV 2009-03-31..2021-06-12  Prime Minister of Israel
  role: ISROPP 2021-06-13..2022-12-28  Leader of the Opposition (Likud)
  role: ISRGOV 2022-12-29..  Prime Minister of Israel
  role: ISRELI  Israeli politician
  # The undated role is the default outside the dated ones (it comes last).

person Naftali Bennett
  name: Bennett
  role: ISRGOV 2019-11-12..2020-05-16  Defence Minister of Israel
  role: ISRGOV 2021-06-13..2022-06-30  Prime Minister of Israel
  role: ISRGOV 2022-07-01..2022-12-28  Alternate Prime Minister of Israel

person Yair Lapid
  name: Lapid
  role: ISROPP 2020-05-17..2021-06-12  Leader of the Opposition (Yesh Atid)
  role: ISRGOV 2021-06-13..2022-06-30  Foreign Minister and Alternate Prime Minister of Israel
  role: ISRGOV 2022-07-01..2022-12-28  Prime Minister of Israel
  role: ISROPP 2022-12-29..  Leader of the Opposition (Yesh Atid)

person Benny Gantz
  name: Gantz | Benjamin Gantz
  role: ISRGOV 2020-05-17..2022-12-28  Defence Minister of Israel (Alternate Prime Minister until 2021-06-13)
  role: ISROPP 2022-12-29..2023-10-10  Opposition leader (National Unity)
  role: ISRGOV 2023-10-11..2024-06-09  Minister in the war cabinet
  role: ISROPP 2024-06-10..  Opposition leader (National Unity)

person Gabi Ashkenazi
  role: ISRGOV 2020-05-17..2021-06-12  Foreign Minister of Israel

person Israel Katz
  name: Yisrael Katz
  role: ISRGOV 2019-02-17..2020-05-16  Foreign Minister of Israel
  role: ISRGOV 2020-05-17..2021-06-12  Finance Minister of Israel
  role: ISRGOV 2022-12-29..2024-01-01  Energy Minister of Israel
  role: ISRGOV 2024-01-02..2024-11-06  Foreign Minister of Israel
  role: ISRGOV 2024-11-07..  Defence Minister of Israel

person Eli Cohen
  role: ISRGOV 2022-12-29..2024-01-01  Foreign Minister of Israel
  role: ISRGOV 2024-01-02..  Energy Minister of Israel

person Gideon Saar
  name: Gideon Sa'ar | Saar | Sa'ar
  role: ISRGOV 2021-06-13..2022-12-28  Justice Minister of Israel
  role: ISRGOV 2024-09-29..2024-11-06  Minister without portfolio
  role: ISRGOV 2024-11-07..  Foreign Minister of Israel

person Yoav Gallant
  role: ISRGOV 2022-12-29..2024-11-06  Defence Minister of Israel

person Isaac Herzog
  name: Herzog | Yitzhak Herzog
  role: ISRGOV 2021-07-07..  President of Israel

person Reuven Rivlin
  name: Rivlin | Ruvi Rivlin
  role: ISRGOV 2014-07-24..2021-07-06  President of Israel

person Ron Dermer
  name: Dermer
  role: ISRGOV 2013-07..2021-01  Ambassador of Israel to the United States
  role: ISRGOV 2022-12-29..  Minister of Strategic Affairs; Netanyahu's envoy in the talks with the United States, Hamas mediators and Syria
  # open: his resignation was reported in late 2025; not checked.

person Itamar Ben-Gvir
  name: Ben-Gvir
  role: ISRGOV 2022-12-29..2025-01  National Security Minister of Israel
  role: ISRGOV 2025-03..  National Security Minister of Israel

person Bezalel Smotrich
  name: Smotrich
  role: ISRGOV 2022-12-29..  Finance Minister of Israel

person Aviv Kochavi
  name: Kochavi
  role: ISRMIL 2019-01-15..2023-01-15  Chief of the General Staff of the Israel Defense Forces

person Herzi Halevi
  name: Herzl Halevi
  role: ISRMIL 2023-01-16..2025-03-05  Chief of the General Staff of the Israel Defense Forces

person Eyal Zamir
  name: Zamir
  role: ISRMIL 2025-03-05..  Chief of the General Staff of the Israel Defense Forces

person David Barnea
  name: Barnea
  role: ISRSPY 2021-06-01..  Director of the Mossad

person Ariel Sharon
  role: ISRGOV 2001-03-07..2006-04-14  Prime Minister of Israel

person Ehud Olmert
  name: Olmert
  role: ISRGOV 2006-01-04..2009-03-30  Prime Minister of Israel (acting until 2006-04-14)
  role: ISRELI 2009-03-31..  Former prime minister of Israel

person Ehud Barak
  role: ISRGOV 1999-07-06..2001-03-06  Prime Minister of Israel
  role: ISRGOV 2007-06-18..2013-03-18  Defence Minister of Israel

person Shimon Peres
  name: Peres
  role: ISRGOV 2007-07-15..2014-07-24  President of Israel

person Tzipi Livni
  name: Livni
  role: ISRGOV 2006-05-04..2009-03-31  Foreign Minister of Israel
  role: ISROPP 2009-04-01..2013-03-18  Leader of the Opposition (Kadima)

person Avigdor Liberman
  name: Liberman | Avigdor Lieberman
  role: ISRGOV 2009-03-31..2012-12-18  Foreign Minister of Israel
  role: ISRGOV 2013-11-11..2015-05-14  Foreign Minister of Israel
  role: ISRGOV 2016-05-30..2018-11-14  Defence Minister of Israel
  role: ISRGOV 2021-06-13..2022-12-29  Finance Minister of Israel
  role: ISROPP  Leader of Yisrael Beiteinu

# --- Palestine ----------------------------------------------------------------

person Mahmoud Abbas
  name: Abu Mazen
  role: PSEGOV 2005-01-15..  President of the Palestinian Authority

person Mohammad Shtayyeh
  name: Shtayyeh | Mohammed Shtayyeh
  role: PSEGOV 2019-04-13..2024-03-30  Prime Minister of the Palestinian Authority

person Mohammad Mustafa
  name: Mohammed Mustafa
  role: PSEGOV 2024-03-31..  Prime Minister of the Palestinian Authority (also foreign minister at first)

person Riyad al-Maliki
  name: Riad al-Malki | Riyad al-Malki | Riad Malki
  role: PSEGOV 2007..2024-03-30  Foreign Minister of the Palestinian Authority

person Hussein al-Sheikh
  role: PSEGOV 2022-05..2025-04-25  Secretary-General of the PLO Executive Committee
  role: PSEGOV 2025-04-26..  Vice President of the PLO and of the State of Palestine

person Ismail Haniyeh
  name: Haniyeh | Ismail Haniya
  role: PSEREBHMS 2017-05-06..2024-07-31  Head of the Hamas political bureau (killed in Tehran)

person Yahya Sinwar
  name: Sinwar
  role: PSEREBHMS 2017-02-13..2024-10-16  Hamas leader in Gaza; head of the political bureau from 2024-08-06 (killed in Rafah)

person Mohammed Deif
  name: Mohammad Deif | Deif
  role: PSEREBHMS 2002..2024-07-13  Commander of the Qassam Brigades, the armed wing of Hamas (killed in an Israeli strike)

person Khalil al-Hayya
  name: al-Hayya | Khalil al-Haya
  role: PSEREBHMS 2017..  Deputy Hamas leader in Gaza; head of the Hamas negotiating team

person Khaled Mashal
  name: Khaled Meshaal | Khaled Mashaal | Mashal | Meshaal
  role: PSEREBHMS 2021..  Head of Hamas abroad

person Saleh al-Arouri
  name: al-Arouri | Arouri
  role: PSEREBHMS 2017-10..2024-01-02  Deputy head of the Hamas political bureau (killed in Beirut)

person Ziyad al-Nakhalah
  name: Ziad al-Nakhala | al-Nakhalah | Nakhalah
  role: PSEREB 2018-09..  Secretary-General of Palestinian Islamic Jihad

person Yasser Arafat
  name: Arafat
  role: PSEGOV 1994-07-05..2004-11-11  President of the Palestinian Authority, chairman of the PLO

# --- Syria --------------------------------------------------------------------

person Ahmed al-Sharaa
  name: al-Sharaa | Sharaa | Ahmad al-Sharaa | Ahmed al-Shara | al-Shara | Ahmad al-Shara | Ahmed Hussein al-Sharaa | Abu Mohammad al-Julani | Abu Mohammed al-Julani | Abu Mohammad al-Jolani | Abu Mohammed al-Jolani | Abu Muhammad al-Jawlani | Abu Mohammad al-Golani | al-Julani | al-Jolani | al-Jawlani | al-Golani | Jolani | Julani
  role: SYRREB 2017-01..2024-12-07  Leader of Hayat Tahrir al-Sham
  role: SYRGOV 2024-12-08..2025-01-28  De facto leader of Syria (head of the new administration)
  role: SYRGOV 2025-01-29..  President of Syria (transitional)

person Asaad al-Shaibani
  name: Asaad Hassan al-Shaibani | al-Shaibani | Shaibani | Asad al-Shaibani | Assad al-Shaibani | Asaad al-Shibani
  role: SYRREB ..2024-12-20  Political official of the Idlib administration (Hayat Tahrir al-Sham)
  role: SYRGOV 2024-12-21..  Foreign Minister of Syria

person Bashar al-Assad
  name: Assad | al-Assad | Bashar Assad
  role: SYRGOV 2000-07-17..2024-12-08  President of Syria (fled to Moscow)
  role: SYRELI 2024-12-09..  Former President of Syria

person Imad Khamis
  role: SYRGOV 2016-07-03..2020-06-10  Prime Minister of Syria (dismissed)

person Hussein Arnous
  name: Arnous
  role: SYRGOV 2020-06-11..2024-12-10  Prime Minister of Syria (acting until 2020-08-30)

person Mohammed al-Bashir
  name: Mohammad al-Bashir | Muhammad al-Bashir
  role: SYRREB 2024-01..2024-12-09  Head of the Syrian Salvation Government (Idlib)
  role: SYRGOV 2024-12-10..2025-03-29  Caretaker Prime Minister of Syria

person Walid Muallem
  name: Walid al-Muallem | Muallem
  role: SYRGOV 2006-02-11..2020-11-16  Foreign Minister of Syria (died in office)

person Faisal Mekdad
  name: Faisal al-Mekdad | Faisal Miqdad | Mekdad
  role: SYRGOV 2020-11-22..2024-12-08  Foreign Minister of Syria

person Ali Abdullah Ayoub
  role: SYRGOV 2018-01-01..2022-04-28  Defence Minister of Syria

person Ali Mahmoud Abbas
  role: SYRGOV 2022-04-28..2024-12-08  Defence Minister of Syria

person Murhaf Abu Qasra
  name: Abu Qasra | Abu Hassan al-Hamawi | Marhaf Abu Qasra
  role: SYRREB ..2024-12-20  Military commander of Hayat Tahrir al-Sham
  role: SYRGOV 2024-12-21..  Defence Minister of Syria

person Anas Khattab
  role: SYRGOV 2024-12..2025-03-28  Head of Syria's General Intelligence
  role: SYRGOV 2025-03-29..  Interior Minister of Syria

person Mazloum Abdi
  name: Mazlum Abdi | Mazloum Kobani | Mazlum Kobani | General Mazloum
  role: SYRREB 2015-10..  Commander-in-chief of the Syrian Democratic Forces

# --- Lebanon ------------------------------------------------------------------

person Michel Aoun
  role: LBNGOV 2016-10-31..2022-10-30  President of Lebanon

person Joseph Aoun
  name: Joseph Khalil Aoun
  role: LBNMIL 2017-03-08..2025-01-08  Commander of the Lebanese Armed Forces
  role: LBNGOV 2025-01-09..  President of Lebanon

person Saad Hariri
  name: Saad al-Hariri
  role: LBNGOV 2016-12-18..2020-01-20  Prime Minister of Lebanon

person Hassan Diab
  role: LBNGOV 2020-01-21..2021-09-09  Prime Minister of Lebanon

person Najib Mikati
  name: Mikati | Najib Miqati
  role: LBNGOV 2021-09-10..2025-02-07  Prime Minister of Lebanon

person Nawaf Salam
  role: IGOUNOJUD 2024-02-06..2025-01-13  President of the International Court of Justice
  role: LBNGOV 2025-02-08..  Prime Minister of Lebanon

person Nassif Hitti
  name: Nasif Hitti
  role: LBNGOV 2020-01-21..2020-08-03  Foreign Minister of Lebanon

person Charbel Wehbe
  name: Charbel Wehbi
  role: LBNGOV 2020-08..2021-05  Foreign Minister of Lebanon

person Abdallah Bou Habib
  name: Abdullah Bou Habib | Bou Habib
  role: LBNGOV 2021-09-10..2025-02-07  Foreign Minister of Lebanon

person Youssef Rajji
  name: Youssef Raggi
  role: LBNGOV 2025-02-08..  Foreign Minister of Lebanon

person Zeina Akar
  name: Zeina Akar Adra
  role: LBNGOV 2020-01-21..2021-09-09  Defence Minister and Deputy Prime Minister of Lebanon

person Maurice Slim
  role: LBNGOV 2021-09-10..2025-02-07  Defence Minister of Lebanon

person Michel Menassa
  name: Michel Mnasseh
  role: LBNGOV 2025-02-08..  Defence Minister of Lebanon

person Nabih Berri
  name: Berri
  role: LBNLEG 1992-10-20..  Speaker of the Parliament of Lebanon; leader of the Amal Movement

person Hassan Nasrallah
  name: Nasrallah | Sayyed Hassan Nasrallah
  role: LBNREB 1992-02-16..2024-09-27  Secretary-General of Hezbollah (killed in an Israeli strike)

person Hashem Safieddine
  name: Safieddine
  role: LBNREB ..2024-10-03  Head of Hezbollah's executive council (killed in an Israeli strike)

person Naim Qassem
  name: Naim Kassem | Sheikh Naim Qassem | Qassem
  role: LBNREB 1991..2024-10-28  Deputy Secretary-General of Hezbollah
  role: LBNREB 2024-10-29..  Secretary-General of Hezbollah

# --- Jordan -------------------------------------------------------------------

person Abdullah II
  name: King Abdullah II | King Abdullah | Abdullah II of Jordan | King Abdullah of Jordan | Abdullah bin Al-Hussein
  role: JORGOV 1999-02-07..  King of Jordan

person Crown Prince Hussein
  name: Hussein bin Abdullah | Prince Hussein bin Abdullah
  role: JORGOV 2009-07-02..  Crown Prince of Jordan

person Omar Razzaz
  name: Omar al-Razzaz | Razzaz
  role: JORGOV 2018-06-14..2020-10-11  Prime Minister (and Defence Minister) of Jordan

person Bisher Khasawneh
  name: Bisher al-Khasawneh | Khasawneh
  role: JORGOV 2020-10-12..2024-09-17  Prime Minister (and Defence Minister) of Jordan

person Jafar Hassan
  role: JORGOV 2024-09-18..  Prime Minister (and Defence Minister) of Jordan

person Ayman Safadi
  name: Safadi | Ayman al-Safadi
  role: JORGOV 2017-01-15..  Foreign Minister of Jordan

# --- Egypt --------------------------------------------------------------------

person Abdel Fattah el-Sisi
  name: Sisi | el-Sisi | al-Sisi | Abdel Fattah al-Sisi | Abdelfattah el-Sisi
  role: EGYGOV 2012-08-12..2014-03-26  Defence Minister of Egypt
  role: EGYGOV 2014-06-08..  President of Egypt

person Moustafa Madbouly
  name: Mostafa Madbouly | Mustafa Madbouly | Madbouly
  role: EGYGOV 2018-06-07..  Prime Minister of Egypt

person Sameh Shoukry
  name: Shoukry | Sameh Shukri
  role: EGYGOV 2014-06-17..2024-07-02  Foreign Minister of Egypt

person Badr Abdelatty
  name: Badr Abdel Aty | Badr Abdel-Atty | Abdelatty
  role: EGYGOV 2024-07-03..  Foreign Minister of Egypt

person Mohamed Ahmed Zaki
  name: Mohamed Zaki
  role: EGYGOV 2018-06-14..2024-07-02  Defence Minister of Egypt

person Abdel Mageed Saqr
  name: Abdel Meguid Saqr | Abdel Majid Saqr
  role: EGYGOV 2024-07-03..  Defence Minister of Egypt

person Abbas Kamel
  role: EGYSPY 2018-06..2024-10  Director of Egypt's General Intelligence Service (mediator in the Gaza talks)

person Hassan Rashad
  role: EGYSPY 2024-10..  Director of Egypt's General Intelligence Service (mediator in the Gaza talks)

person Hosni Mubarak
  name: Mubarak
  role: EGYGOV 1981-10-14..2011-02-11  President of Egypt
  role: EGYELI 2011-02-12..2020-02-25  Former president of Egypt

person Mohamed Morsi
  name: Morsi | Mohammed Morsi | Mursi
  role: EGYGOV 2012-06-30..2013-07-03  President of Egypt
  role: EGYOPPMUS 2013-07-04..2019-06-17  Deposed president, Muslim Brotherhood

# --- Saudi Arabia ---------------------------------------------------------------

person King Salman
  name: Salman bin Abdulaziz | King Salman bin Abdulaziz | Salman bin Abdulaziz Al Saud
  role: SAUGOV 2015-01-23..2022-09-26  King and Prime Minister of Saudi Arabia
  role: SAUGOV 2022-09-27..  King of Saudi Arabia

person Mohammed bin Salman
  name: Mohammad bin Salman | Muhammad bin Salman | MBS | Prince Mohammed bin Salman | Crown Prince Mohammed bin Salman
  role: SAUGOV 2015-01-23..2022-09-26  Defence Minister of Saudi Arabia (Crown Prince from 2017-06-21)
  role: SAUGOV 2022-09-27..  Crown Prince and Prime Minister of Saudi Arabia

person Faisal bin Farhan
  name: Faisal bin Farhan Al Saud | Prince Faisal bin Farhan
  role: SAUGOV 2019-10-23..  Foreign Minister of Saudi Arabia

person Khalid bin Salman
  name: Khalid bin Salman Al Saud | Prince Khalid bin Salman
  role: SAUGOV 2019-02-23..2022-09-26  Deputy Defence Minister of Saudi Arabia
  role: SAUGOV 2022-09-27..  Defence Minister of Saudi Arabia

person Adel al-Jubeir
  name: Adel Jubeir | al-Jubeir
  role: SAUGOV 2015-04-29..2018-12-26  Foreign Minister of Saudi Arabia
  role: SAUGOV 2018-12-27..  Minister of State for Foreign Affairs of Saudi Arabia

# --- United Arab Emirates --------------------------------------------------------

person Khalifa bin Zayed
  name: Khalifa bin Zayed Al Nahyan | Sheikh Khalifa bin Zayed
  role: AREGOV 2004-11-03..2022-05-13  President of the United Arab Emirates

person Mohamed bin Zayed
  name: Mohammed bin Zayed | Mohamed bin Zayed Al Nahyan | Sheikh Mohamed bin Zayed | MBZ
  role: AREGOV 2004-11-03..2022-05-13  Crown Prince of Abu Dhabi (de facto ruler)
  role: AREGOV 2022-05-14..  President of the United Arab Emirates

person Mohammed bin Rashid
  name: Mohammed bin Rashid Al Maktoum | Sheikh Mohammed bin Rashid
  role: AREGOV 2006-01-05..  Vice President, Prime Minister and Defence Minister of the UAE; Ruler of Dubai

person Abdullah bin Zayed
  name: Abdullah bin Zayed Al Nahyan | Sheikh Abdullah bin Zayed
  role: AREGOV 2006-02-09..  Foreign Minister of the United Arab Emirates

person Anwar Gargash
  name: Gargash
  role: AREGOV 2008..2021-01  Minister of State for Foreign Affairs of the UAE
  role: AREGOV 2021-02..  Diplomatic adviser to the President of the UAE

# --- Qatar ----------------------------------------------------------------------

person Tamim bin Hamad
  name: Tamim bin Hamad Al Thani | Sheikh Tamim bin Hamad | Emir Tamim | Sheikh Tamim
  role: QATGOV 2013-06-25..  Emir of Qatar

person Abdullah bin Nasser Al Thani
  name: Abdullah bin Nasser bin Khalifa Al Thani
  role: QATGOV 2013-06-26..2020-01-28  Prime Minister of Qatar

person Khalid bin Khalifa Al Thani
  name: Khalid bin Khalifa bin Abdulaziz Al Thani
  role: QATGOV 2020-01-28..2023-03-07  Prime Minister of Qatar

person Mohammed bin Abdulrahman Al Thani
  name: Mohammed bin Abdulrahman | Sheikh Mohammed bin Abdulrahman | Mohammed bin Abdulrahman bin Jassim Al Thani
  role: QATGOV 2016-01-27..2023-03-06  Foreign Minister of Qatar
  role: QATGOV 2023-03-07..  Prime Minister and Foreign Minister of Qatar (mediator in the Gaza talks)

person Khalid bin Mohammad Al Attiyah
  name: Khalid al-Attiyah
  role: QATGOV 2016-01-27..2024-11  Defence Minister of Qatar

person Saoud bin Abdulrahman Al Thani
  name: Saud bin Abdulrahman Al Thani
  role: QATGOV 2024-11..  Defence Minister of Qatar

person Majed al-Ansari
  role: QATGOV 2022..  Spokesman of the Qatari Foreign Ministry

# --- Kuwait ---------------------------------------------------------------------

person Sabah al-Ahmad al-Jaber al-Sabah
  name: Sheikh Sabah al-Ahmad | Sabah al-Ahmad
  role: KWTGOV 2006-01-29..2020-09-29  Emir of Kuwait (died in office)

person Nawaf al-Ahmad al-Jaber al-Sabah
  name: Sheikh Nawaf al-Ahmad | Nawaf al-Ahmad
  role: KWTGOV 2020-09-29..2023-12-16  Emir of Kuwait (died in office)

person Mishal al-Ahmad al-Jaber al-Sabah
  name: Sheikh Mishal al-Ahmad | Mishal al-Ahmad | Sheikh Meshal al-Ahmad
  role: KWTGOV 2020-10-08..2023-12-15  Crown Prince of Kuwait
  role: KWTGOV 2023-12-16..  Emir of Kuwait

person Sabah al-Khalid al-Sabah
  name: Sheikh Sabah al-Khalid | Sabah al-Khalid
  role: KWTGOV 2019-12..2022-07  Prime Minister of Kuwait

person Ahmad Nawaf al-Ahmad al-Sabah
  name: Sheikh Ahmad Nawaf | Ahmad Nawaf al-Ahmad
  role: KWTGOV 2022-07..2023-12  Prime Minister of Kuwait

person Mohammad Sabah al-Salem al-Sabah
  name: Sheikh Mohammad Sabah al-Salem | Mohammad Sabah al-Salem
  role: KWTGOV 2024-01..2024-04  Prime Minister of Kuwait

person Ahmad Abdullah al-Ahmad al-Sabah
  name: Sheikh Ahmad Abdullah al-Ahmad | Ahmad Abdullah al-Ahmad
  role: KWTGOV 2024-05..  Prime Minister of Kuwait

person Ahmad Nasser al-Mohammad al-Sabah
  name: Sheikh Ahmad Nasser al-Mohammad | Ahmad Nasser al-Mohammad
  role: KWTGOV 2019-12..2022-08  Foreign Minister of Kuwait

person Salem Abdullah al-Jaber al-Sabah
  name: Sheikh Salem Abdullah al-Jaber | Salem Abdullah al-Jaber
  role: KWTGOV 2022-08..2024-01  Foreign Minister of Kuwait

person Abdullah Ali al-Yahya
  name: Abdullah al-Yahya
  role: KWTGOV 2024-01..  Foreign Minister of Kuwait

# --- Bahrain --------------------------------------------------------------------

person Hamad bin Isa Al Khalifa
  name: King Hamad | Hamad bin Isa | King Hamad bin Isa Al Khalifa
  role: BHRGOV 1999-03-06..  Emir, from 2002 King of Bahrain

person Khalifa bin Salman Al Khalifa
  name: Khalifa bin Salman
  role: BHRGOV 1971..2020-11-11  Prime Minister of Bahrain (died in office)

person Salman bin Hamad Al Khalifa
  name: Salman bin Hamad | Crown Prince Salman bin Hamad
  role: BHRGOV 2020-11-11..  Crown Prince and Prime Minister of Bahrain

person Khalid bin Ahmed Al Khalifa
  name: Khalid bin Ahmed
  role: BHRGOV 2005..2020-02-10  Foreign Minister of Bahrain

person Abdullatif bin Rashid Al Zayani
  name: Abdullatif al-Zayani
  role: BHRGOV 2020-02-11..  Foreign Minister of Bahrain

# --- Oman -----------------------------------------------------------------------

person Qaboos bin Said
  name: Sultan Qaboos | Qaboos bin Said al-Said
  role: OMNGOV 1970-07-23..2020-01-10  Sultan of Oman (died in office)

person Haitham bin Tariq
  name: Sultan Haitham | Haitham bin Tariq Al Said | Sultan Haitham bin Tariq
  role: OMNGOV 2020-01-11..  Sultan of Oman (also Prime Minister)

person Yusuf bin Alawi
  name: Yusuf bin Alawi bin Abdullah
  role: OMNGOV 1997..2020-08-17  Minister Responsible for Foreign Affairs of Oman

person Badr Albusaidi
  name: Badr al-Busaidi | Sayyid Badr Albusaidi | Badr bin Hamad Albusaidi | Badr bin Hamad al-Busaidi
  role: OMNGOV 2020-08-18..  Foreign Minister of Oman (mediator in the 2025 U.S.-Iran talks)

person Shihab bin Tariq
  name: Shihab bin Tarik | Sayyid Shihab bin Tariq
  role: OMNGOV 2020-03..  Deputy Prime Minister for Defence Affairs of Oman

# --- Iraq -----------------------------------------------------------------------

person Barham Salih
  name: Barham Saleh
  role: IRQGOV 2018-10-02..2022-10-16  President of Iraq

person Abdul Latif Rashid
  name: Abdul Latif Jamal Rashid | Abdullatif Rashid
  role: IRQGOV 2022-10-17..  President of Iraq
  # open: Iraq held parliamentary elections in November 2025; a new
  # president and government may follow.

person Adil Abdul-Mahdi
  name: Adel Abdul Mahdi | Abdul-Mahdi
  role: IRQGOV 2018-10-25..2020-05-06  Prime Minister of Iraq (caretaker from 2019-12)

person Mustafa al-Kadhimi
  name: Mustafa Kadhimi | al-Kadhimi | Kadhimi | Mustafa al-Kazemi
  role: IRQGOV 2020-05-07..2022-10-26  Prime Minister of Iraq

person Mohammed Shia al-Sudani
  name: Mohammed al-Sudani | al-Sudani
  role: IRQGOV 2022-10-27..  Prime Minister of Iraq
  # open: see the November 2025 elections above.

person Mohamed Ali Alhakim
  name: Mohammed Ali al-Hakim
  role: IRQGOV 2018-10-25..2020-05-06  Foreign Minister of Iraq

person Fuad Hussein
  role: IRQGOV 2020-06-06..  Foreign Minister of Iraq (Deputy Prime Minister)

person Najah al-Shammari
  name: Najah Hassan al-Shammari
  role: IRQGOV 2019-06..2020-05-06  Defence Minister of Iraq

person Juma Inad
  name: Jumaa Inad | Juma Inad Saadoun
  role: IRQGOV 2020-06-06..2022-10-26  Defence Minister of Iraq

person Thabit al-Abbasi
  name: Thabet al-Abbasi | Thabit Muhammad al-Abbasi
  role: IRQGOV 2022-10-27..  Defence Minister of Iraq

person Saddam Hussein
  name: Saddam
  role: IRQGOV 1979-07-16..2003-04-09  President of Iraq
  role: IRQELI 2003-04-10..2006-12-30  Deposed president of Iraq

person Nouri al-Maliki
  name: Nuri al-Maliki | Nouri Maliki
  role: IRQGOV 2006-05-20..2014-09-08  Prime Minister of Iraq
  role: IRQGOV 2014-09-09..2018-10  Vice President of Iraq

person Haider al-Abadi
  name: Abadi | Haidar al-Abadi
  role: IRQGOV 2014-09-08..2018-10-25  Prime Minister of Iraq

person Masoud Barzani
  name: Massoud Barzani
  role: IRQGOV 2005-06-14..2017-11-01  President of the Kurdistan Region of Iraq

# --- Yemen ----------------------------------------------------------------------

person Abd Rabbuh Mansur Hadi
  name: Abdrabbuh Mansur Hadi | Abed Rabbo Mansour Hadi | Mansour Hadi | Abdrabbu Mansour Hadi
  role: YEMGOV 2012-02-25..2022-04-06  President of Yemen

person Rashad al-Alimi
  name: al-Alimi | Rashad Muhammad al-Alimi
  role: YEMGOV 2022-04-07..  Chairman of the Presidential Leadership Council of Yemen

person Maeen Abdulmalik
  name: Maeen Abdulmalik Saeed | Maeen Abdul Malik
  role: YEMGOV 2018-10-15..2024-02-04  Prime Minister of Yemen

person Ahmed Awad bin Mubarak
  name: Ahmed bin Mubarak | Ahmad Awad bin Mubarak | bin Mubarak
  role: YEMGOV 2020-12-18..2024-02-04  Foreign Minister of Yemen
  role: YEMGOV 2024-02-05..2025-05-03  Prime Minister of Yemen

person Salem bin Breik
  name: Salem Saleh bin Braik | Salem bin Braik
  role: YEMGOV 2025-05-06..  Prime Minister of Yemen

person Mohammed al-Hadhrami
  name: Mohammed Abdullah al-Hadhrami
  role: YEMGOV 2019..2020-12-17  Foreign Minister of Yemen

person Shaya al-Zindani
  name: Shaya Mohsen al-Zindani | Shaya Zindani
  role: YEMGOV 2024-03..  Foreign Minister of Yemen

person Aidarous al-Zoubaidi
  name: Aidarous al-Zubaidi | Aydarus al-Zubaydi | al-Zubaidi | al-Zoubaidi
  role: YEMREB 2017-05..2022-04-06  President of the Southern Transitional Council
  role: YEMGOV 2022-04-07..  Member of the Presidential Leadership Council; President of the Southern Transitional Council

person Abdul-Malik al-Houthi
  name: Abdulmalik al-Houthi | Abdel-Malek al-Houthi
  role: YEMREB 2004..  Leader of the Houthi movement (Ansar Allah)

person Mahdi al-Mashat
  name: Mahdi al-Mashhat | al-Mashat
  role: YEMREB 2018-04-25..  Head of the Houthi Supreme Political Council in Sanaa

person Mohammed Abdulsalam
  name: Mohammed Abdul Salam | Mohamed Abdulsalam
  role: YEMREB  Houthi spokesman and chief negotiator

person Yahya Saree
  name: Yahya Sarea | Yahya Sarie
  role: YEMREB  Military spokesman of the Houthis

# --- Libya ----------------------------------------------------------------------

person Fayez al-Sarraj
  name: Fayez Sarraj | al-Sarraj | Fayez al-Serraj
  role: LBYGOV 2016-03-30..2021-03-14  Prime Minister of the Government of National Accord and Chairman of the Presidential Council

person Abdul Hamid Dbeibah
  name: Abdulhamid Dbeibah | Abdul Hamid Dbeiba | Abdulhamid al-Dbeibah | Dbeibah
  role: LBYGOV 2021-03-15..  Prime Minister of the Government of National Unity (also Defence Minister)

person Mohamed al-Menfi
  name: Mohammed al-Menfi | al-Menfi | Mohamed Younis al-Menfi
  role: LBYGOV 2021-03-15..  Chairman of the Presidential Council of Libya

person Mohamed Taha Siala
  name: Mohamed Siala
  role: LBYGOV 2016..2021-03-14  Foreign Minister of the Government of National Accord

person Najla Mangoush
  name: Najla el-Mangoush | Najla al-Mangoush | Mangoush
  role: LBYGOV 2021-03-15..2023-08-27  Foreign Minister of the Government of National Unity (suspended)

person Khalifa Haftar
  name: Haftar | Khalifa Hifter | Hifter | Field Marshal Haftar
  role: LBYREB 2014..  Commander of the Libyan National Army (eastern Libya)

person Aguila Saleh
  name: Aguila Saleh Issa | Agila Saleh | Aqila Saleh
  role: LBYLEG 2014-08..  Speaker of the House of Representatives (Tobruk)

person Fathi Bashagha
  name: Bashagha | Fathi Bashaga
  role: LBYGOV 2018-10..2021-03-14  Interior Minister of the Government of National Accord
  role: LBYOPP 2022-03..2023-05  Rival prime minister named by the House of Representatives

person Muammar Gaddafi
  name: Gaddafi | Qaddafi | Gadhafi | Kadhafi | Muammar Qaddafi | Moammar Gadhafi | Muammar al-Qaddafi
  role: LBYGOV 1969-09-01..2011-10-20  Leader of Libya

# --- Tunisia --------------------------------------------------------------------

person Kais Saied
  name: Kaïs Saïed | Kais Saeid | Saied
  role: TUNGOV 2019-10-23..  President of Tunisia

person Youssef Chahed
  name: Chahed
  role: TUNGOV 2016-08-27..2020-02-26  Prime Minister of Tunisia

person Elyes Fakhfakh
  name: Fakhfakh
  role: TUNGOV 2020-02-27..2020-09-01  Prime Minister of Tunisia

person Hichem Mechichi
  name: Mechichi
  role: TUNGOV 2020-09-02..2021-07-25  Prime Minister of Tunisia (dismissed)

person Najla Bouden
  name: Najla Bouden Romdhane | Bouden
  role: TUNGOV 2021-10-11..2023-08-01  Prime Minister of Tunisia

person Ahmed Hachani
  name: Hachani
  role: TUNGOV 2023-08-01..2024-08-07  Prime Minister of Tunisia

person Kamel Madouri
  name: Madouri
  role: TUNGOV 2024-08-07..2025-03-20  Prime Minister of Tunisia

person Sara Zaafrani Zenzri
  name: Sarra Zaafrani Zenzri | Sara Zaafrani
  role: TUNGOV 2025-03-21..  Prime Minister of Tunisia

person Noureddine Erray
  name: Noureddine Ray
  role: TUNGOV 2020-02..2020-07  Foreign Minister of Tunisia

person Othman Jerandi
  name: Jerandi
  role: TUNGOV 2020-09-02..2023-02-07  Foreign Minister of Tunisia

person Nabil Ammar
  role: TUNGOV 2023-02-07..2024-08-25  Foreign Minister of Tunisia

person Mohamed Ali Nafti
  name: Mohamed Ali al-Nafti
  role: TUNGOV 2024-08-25..  Foreign Minister of Tunisia

person Imed Memmiche
  name: Imed Memiche
  role: TUNGOV 2021-10-11..2024-08-25  Defence Minister of Tunisia

person Khaled Sehili
  name: Khaled Shili
  role: TUNGOV 2024-08-25..  Defence Minister of Tunisia

person Rached Ghannouchi
  name: Ghannouchi | Rachid Ghannouchi
  role: TUNLEG 2019-11-13..2021-07-25  Speaker of the Assembly of the Representatives of the People; Ennahda leader
  role: TUNOPP 2021-07-26..  Ennahda leader, in opposition (imprisoned from 2023-04)

# --- Algeria --------------------------------------------------------------------

person Abdelmadjid Tebboune
  name: Tebboune | Abdelmajid Tebboune
  role: DZAGOV 2019-12-19..  President of Algeria (also Defence Minister)

person Abdelaziz Djerad
  name: Djerad
  role: DZAGOV 2019-12-28..2021-06-30  Prime Minister of Algeria

person Aymen Benabderrahmane
  name: Benabderrahmane | Aïmene Benabderrahmane
  role: DZAGOV 2021-06-30..2023-11-11  Prime Minister of Algeria

person Nadir Larbaoui
  name: Mohamed Nadir Larbaoui | Larbaoui
  role: DZAGOV 2023-11-11..  Prime Minister of Algeria
  # open: not checked after mid-2025.

person Sabri Boukadoum
  name: Boukadoum
  role: DZAGOV 2019-04..2021-07-07  Foreign Minister of Algeria

person Ramtane Lamamra
  name: Lamamra
  role: DZAGOV 2021-07-07..2023-03-16  Foreign Minister of Algeria

person Ahmed Attaf
  role: DZAGOV 2023-03-16..  Foreign Minister of Algeria

person Said Chengriha
  name: Saïd Chengriha | Chengriha | Chanegriha | Said Chanegriha
  role: DZAMIL 2019-12-23..  Chief of Staff of the Algerian People's National Army

# --- Morocco --------------------------------------------------------------------

person Mohammed VI
  name: King Mohammed VI | Mohammed VI of Morocco | Mohammed the Sixth
  role: MARGOV 1999-07-23..  King of Morocco

person Saadeddine Othmani
  name: Saad Eddine El Othmani | El Othmani
  role: MARGOV 2017-04-05..2021-10-06  Head of Government of Morocco

person Aziz Akhannouch
  name: Akhannouch
  role: MARGOV 2021-10-07..  Head of Government of Morocco

person Nasser Bourita
  name: Bourita
  role: MARGOV 2017-04-05..  Foreign Minister of Morocco

person Abdellatif Loudiyi
  name: Loudiyi
  role: MARGOV 2010..  Minister Delegate for National Defence Administration of Morocco

# --- Sudan ----------------------------------------------------------------------

person Abdel Fattah al-Burhan
  name: al-Burhan | Abdel Fattah Burhan | Burhan
  role: SDNGOV 2019-04-12..  Head of Sudan's (Transitional) Sovereignty Council; commander of the Sudanese Armed Forces

person Mohamed Hamdan Dagalo
  name: Hemedti | Hemeti | Mohammed Hamdan Dagalo | Dagalo
  role: SDNGOV 2019-04..2023-04-14  Deputy head of Sudan's Sovereignty Council; commander of the Rapid Support Forces
  role: SDNREB 2023-04-15..  Commander of the Rapid Support Forces, at war with the army

person Abdalla Hamdok
  name: Abdallah Hamdok | Hamdok
  role: SDNGOV 2019-08-21..2022-01-02  Prime Minister of Sudan (deposed 2021-10-25 to 2021-11-21)

person Omar al-Bashir
  name: Omar Hassan al-Bashir | Omer al-Bashir | Omar Bashir
  role: SDNGOV 1989-06-30..2019-04-11  President of Sudan

# --- Turkey ---------------------------------------------------------------------

person Recep Tayyip Erdogan
  name: Recep Tayyip Erdoğan | Erdogan | Erdoğan | Tayyip Erdogan | Tayyip Erdoğan
  role: TURGOV 2003-03-14..2014-08-27  Prime Minister of Turkey
  role: TURGOV 2014-08-28..  President of Turkey

person Fuat Oktay
  name: Oktay
  role: TURGOV 2018-07-09..2023-06-03  Vice President of Turkey

person Cevdet Yilmaz
  role: TURGOV 2023-06-03..  Vice President of Turkey

person Mevlut Cavusoglu
  name: Mevlüt Çavuşoğlu | Cavusoglu | Çavuşoğlu | Mevlut Çavuşoğlu
  role: TURGOV 2015-11-24..2023-06-03  Foreign Minister of Turkey

person Hakan Fidan
  name: Fidan
  role: TURSPY 2010-05-27..2023-06-03  Head of the National Intelligence Organisation (MIT)
  role: TURGOV 2023-06-04..  Foreign Minister of Turkey

person Hulusi Akar
  role: TURGOV 2018-07-10..2023-06-03  Defence Minister of Turkey

person Yasar Guler
  name: Yaşar Güler | Yasar Güler
  role: TURGOV 2023-06-04..  Defence Minister of Turkey

person Ibrahim Kalin
  name: İbrahim Kalın | Kalin
  role: TURGOV 2014-12..2023-06-03  Spokesman and chief adviser of the President of Turkey
  role: TURSPY 2023-06-05..  Head of the National Intelligence Organisation (MIT)

person Kemal Kilicdaroglu
  name: Kemal Kılıçdaroğlu | Kilicdaroglu | Kılıçdaroğlu
  role: TUROPP 2010-05-22..2023-11-04  Leader of the Republican People's Party (CHP), the main opposition

person Ozgur Ozel
  name: Özgür Özel | Ozel | Özel
  role: TUROPP 2023-11-05..  Leader of the Republican People's Party (CHP), the main opposition

person Ekrem Imamoglu
  name: Ekrem İmamoğlu | Imamoglu | İmamoğlu | Imamoğlu
  role: TURGOV 2019-06-27..2025-03-22  Mayor of Istanbul
  role: TUROPP 2025-03-23..  CHP presidential candidate, jailed

person Abdullah Ocalan
  name: Abdullah Öcalan | Ocalan | Öcalan
  role: TURREB 1978..  Founder and leader of the PKK (imprisoned since 1999)

person Fethullah Gulen
  name: Fethullah Gülen | Gulen | Gülen
  role: TUROPP ..2024-10-20  Muslim preacher in exile, leader of the Gulen movement

# --- Argentina ------------------------------------------------------------------

person Alberto Fernandez
  name: Alberto Fernández
  role: ARGGOV 2019-12-10..2023-12-09  President of Argentina

person Cristina Fernandez de Kirchner
  name: Cristina Fernández de Kirchner | Cristina Kirchner | Cristina Fernández
  role: ARGGOV 2019-12-10..2023-12-09  Vice President of Argentina

person Javier Milei
  name: Milei
  role: ARGGOV 2023-12-10..  President of Argentina

person Victoria Villarruel
  name: Villarruel
  role: ARGGOV 2023-12-10..  Vice President of Argentina

person Felipe Sola
  name: Felipe Solá
  role: ARGGOV 2019-12-10..2021-09-20  Foreign Minister of Argentina

person Santiago Cafiero
  name: Cafiero
  role: ARGGOV 2019-12-10..2021-09-19  Chief of the Cabinet of Ministers of Argentina
  role: ARGGOV 2021-09-20..2023-12-09  Foreign Minister of Argentina

person Diana Mondino
  name: Mondino
  role: ARGGOV 2023-12-10..2024-10-30  Foreign Minister of Argentina

person Gerardo Werthein
  name: Werthein
  role: ARGGOV 2024-10-30..  Foreign Minister of Argentina
  # open: not checked after mid-2025.

person Agustin Rossi
  name: Agustín Rossi
  role: ARGGOV 2019-12-10..2021  Defence Minister of Argentina

person Jorge Taiana
  name: Taiana
  role: ARGGOV 2021..2023-12-09  Defence Minister of Argentina

person Luis Petri
  role: ARGGOV 2023-12-10..  Defence Minister of Argentina
  # open: not checked after mid-2025.

# --- Australia ------------------------------------------------------------------

person Scott Morrison
  role: AUSGOV 2018-08-24..2022-05-22  Prime Minister of Australia

person Anthony Albanese
  role: AUSGOV 2022-05-23..  Prime Minister of Australia

person Marise Payne
  role: AUSGOV 2018-08-26..2022-05-22  Foreign Minister of Australia

person Penny Wong
  role: AUSGOV 2022-05-23..  Foreign Minister of Australia

person Linda Reynolds
  role: AUSGOV 2019-05-29..2021-03-29  Defence Minister of Australia

person Peter Dutton
  name: Dutton
  role: AUSGOV 2021-03-30..2022-05-22  Defence Minister of Australia
  role: AUSOPP 2022-05-30..2025-05-12  Leader of the Opposition (Liberal Party)

person Richard Marles
  name: Marles
  role: AUSGOV 2022-06-01..  Defence Minister and Deputy Prime Minister of Australia

# --- Brazil ---------------------------------------------------------------------

person Jair Bolsonaro
  name: Bolsonaro
  role: BRAGOV 2019-01-01..2022-12-31  President of Brazil
  role: BRAOPP 2023-01-01..  Former president, leader of the right-wing opposition

person Luiz Inacio Lula da Silva
  name: Luiz Inácio Lula da Silva | Lula | Lula da Silva
  role: BRAGOV 2003-01-01..2010-12-31  President of Brazil
  role: BRAGOV 2023-01-01..  President of Brazil

person Ernesto Araujo
  name: Ernesto Araújo
  role: BRAGOV 2019-01-01..2021-03-29  Foreign Minister of Brazil

person Carlos Franca
  name: Carlos França | Carlos Alberto Franco França
  role: BRAGOV 2021-04-06..2022-12-31  Foreign Minister of Brazil

person Mauro Vieira
  role: BRAGOV 2023-01-01..  Foreign Minister of Brazil

person Celso Amorim
  name: Amorim
  role: BRAGOV 2023-01-01..  Chief foreign-policy adviser to the President of Brazil

person Fernando Azevedo e Silva
  role: BRAGOV 2019-01-01..2021-03-29  Defence Minister of Brazil

person Walter Braga Netto
  name: Braga Netto
  role: BRAGOV 2021-03-30..2022-03-31  Defence Minister of Brazil

person Paulo Sergio Nogueira
  name: Paulo Sérgio Nogueira
  role: BRAGOV 2022-04-01..2022-12-31  Defence Minister of Brazil

person Jose Mucio
  name: José Múcio | José Múcio Monteiro
  role: BRAGOV 2023-01-01..  Defence Minister of Brazil

person Dilma Rousseff
  name: Rousseff | Dilma
  role: BRAGOV 2011-01-01..2016-08-31  President of Brazil (suspended from 2016-05-12)

person Michel Temer
  name: Temer
  role: BRAGOV 2011-01-01..2016-05-11  Vice President of Brazil
  role: BRAGOV 2016-05-12..2018-12-31  President of Brazil (acting until 2016-08-31)

person Hamilton Mourao
  name: Hamilton Mourão | Mourao | Mourão
  role: BRAGOV 2019-01-01..2022-12-31  Vice President of Brazil

# --- Canada ---------------------------------------------------------------------

person Justin Trudeau
  name: Trudeau
  role: CANGOV 2015-11-04..2025-03-13  Prime Minister of Canada

person Mark Carney
  name: Carney
  role: CANGOV 2025-03-14..  Prime Minister of Canada

person Chrystia Freeland
  name: Freeland
  role: CANGOV 2017-01-10..2019-11-19  Foreign Minister of Canada
  role: CANGOV 2019-11-20..2024-12-16  Deputy Prime Minister of Canada (Finance Minister from 2020-08-18)

person Francois-Philippe Champagne
  name: François-Philippe Champagne
  role: CANGOV 2019-11-20..2021-01-11  Foreign Minister of Canada

person Marc Garneau
  name: Garneau
  role: CANGOV 2021-01-12..2021-10-25  Foreign Minister of Canada

person Melanie Joly
  name: Mélanie Joly
  role: CANGOV 2021-10-26..2025-05-12  Foreign Minister of Canada

person Anita Anand
  role: CANGOV 2021-10-26..2023-07-25  Defence Minister of Canada
  role: CANGOV 2025-05-13..  Foreign Minister of Canada

person Harjit Sajjan
  name: Sajjan
  role: CANGOV 2015-11-04..2021-10-25  Defence Minister of Canada

person Bill Blair
  role: CANGOV 2023-07-26..2025-05-12  Defence Minister of Canada

person David McGuinty
  role: CANGOV 2025-05-13..  Defence Minister of Canada

person Pierre Poilievre
  name: Poilievre
  role: CANOPP 2022-09-10..  Leader of the Conservative Party, the official opposition

# --- China ----------------------------------------------------------------------

person Xi Jinping
  name: Xi
  role: CHNGOV 2012-11-15..  General Secretary of the Chinese Communist Party; President of China from 2013-03-14

person Li Keqiang
  role: CHNGOV 2013-03-15..2023-03-10  Premier of China

person Li Qiang
  role: CHNGOV 2023-03-11..  Premier of China

person Wang Yi
  role: CHNGOV 2013-03-16..2022-12-29  Foreign Minister of China
  role: CHNGOV 2023-01..2023-07-24  Director of the Communist Party's Foreign Affairs Commission Office
  role: CHNGOV 2023-07-25..  Foreign Minister of China (and director of the party's Foreign Affairs Commission Office)

person Qin Gang
  role: CHNGOV 2022-12-30..2023-07-24  Foreign Minister of China

person Wei Fenghe
  role: CHNGOV 2018-03-19..2023-03-11  Defence Minister of China

person Li Shangfu
  role: CHNGOV 2023-03-12..2023-10-24  Defence Minister of China

person Dong Jun
  role: CHNGOV 2023-12-29..  Defence Minister of China

person Hu Jintao
  role: CHNGOV 2002-11-15..2013-03-14  General Secretary of the Chinese Communist Party; President of China from 2003-03-15

person Wen Jiabao
  role: CHNGOV 2003-03-16..2013-03-15  Premier of China

person Jiang Zemin
  role: CHNGOV 1989-06-24..2003-03-15  General Secretary of the Chinese Communist Party; President of China from 1993

person Yang Jiechi
  role: CHNGOV 2007-04-27..2013-03-16  Foreign Minister of China
  role: CHNGOV 2013-03-16..2022-10  State Councillor, then director of the Communist Party's foreign affairs office

person Cui Tiankai
  role: CHNGOV 2013-04..2021-06  Ambassador of China to the United States

# --- France ---------------------------------------------------------------------

person Emmanuel Macron
  name: Macron
  role: FRAGOV 2017-05-14..  President of France

person Edouard Philippe
  name: Édouard Philippe
  role: FRAGOV 2017-05-15..2020-07-02  Prime Minister of France

person Jean Castex
  name: Castex
  role: FRAGOV 2020-07-03..2022-05-15  Prime Minister of France

person Elisabeth Borne
  name: Élisabeth Borne
  role: FRAGOV 2022-05-16..2024-01-08  Prime Minister of France

person Gabriel Attal
  name: Attal
  role: FRAGOV 2024-01-09..2024-09-04  Prime Minister of France

person Michel Barnier
  name: Barnier
  role: IGOEUREEC 2016-10..2021-03  EU chief negotiator for Brexit
  role: FRAGOV 2024-09-05..2024-12-12  Prime Minister of France

person Francois Bayrou
  name: François Bayrou | Bayrou
  role: FRAGOV 2024-12-13..  Prime Minister of France
  # open: not checked after mid-2025.

person Jean-Yves Le Drian
  name: Le Drian
  role: FRAGOV 2017-05-17..2022-05-19  Foreign Minister of France

person Catherine Colonna
  name: Colonna
  role: FRAGOV 2022-05-20..2024-01-10  Foreign Minister of France

person Stephane Sejourne
  name: Stéphane Séjourné | Sejourne | Séjourné
  role: FRAGOV 2024-01-11..2024-09-20  Foreign Minister of France
  role: IGOEUREEC 2024-12-01..  Executive Vice-President of the European Commission

person Jean-Noel Barrot
  name: Jean-Noël Barrot
  role: FRAGOV 2024-09-21..  Foreign Minister of France

person Florence Parly
  name: Parly
  role: FRAGOV 2017-06-21..2022-05-19  Armed Forces Minister of France

person Sebastien Lecornu
  name: Sébastien Lecornu | Lecornu
  role: FRAGOV 2022-05-20..  Armed Forces Minister of France
  # open: not checked after mid-2025.

person Jacques Chirac
  name: Chirac
  role: FRAGOV 1995-05-17..2007-05-16  President of France

person Nicolas Sarkozy
  name: Sarkozy
  role: FRAGOV 2002-05-07..2004-03-30  Interior Minister of France
  role: FRAGOV 2005-05-31..2007-03-26  Interior Minister of France
  role: FRAGOV 2007-05-16..2012-05-15  President of France
  role: FRAELI 2012-05-16..  Former president of France

person Francois Hollande
  name: François Hollande | Hollande
  role: FRAGOV 2012-05-15..2017-05-14  President of France

person Laurent Fabius
  name: Fabius
  role: FRAGOV 2012-05-16..2016-02-11  Foreign Minister of France

person Bernard Kouchner
  name: Kouchner
  role: FRAGOV 2007-05-18..2010-11-13  Foreign Minister of France

# --- Germany --------------------------------------------------------------------

person Frank-Walter Steinmeier
  name: Steinmeier
  role: DEUGOV 2017-03-19..  President of Germany

person Angela Merkel
  name: Merkel
  role: DEUGOV 2005-11-22..2021-12-07  Chancellor of Germany

person Olaf Scholz
  name: Scholz
  role: DEUGOV 2018-03-14..2021-12-07  Vice-Chancellor and Finance Minister of Germany
  role: DEUGOV 2021-12-08..2025-05-05  Chancellor of Germany

person Friedrich Merz
  name: Merz
  role: DEUOPP 2022-01-31..2025-05-05  Leader of the CDU, the main opposition
  role: DEUGOV 2025-05-06..  Chancellor of Germany

person Heiko Maas
  name: Maas
  role: DEUGOV 2018-03-14..2021-12-07  Foreign Minister of Germany

person Annalena Baerbock
  name: Baerbock
  role: DEUGOV 2021-12-08..2025-05-05  Foreign Minister of Germany
  role: IGOUNO 2025-09-09..2026-09-08  President of the UN General Assembly (80th session)

person Johann Wadephul
  name: Wadephul
  role: DEUGOV 2025-05-06..  Foreign Minister of Germany

person Annegret Kramp-Karrenbauer
  name: Kramp-Karrenbauer | AKK
  role: DEUGOV 2019-07-17..2021-12-07  Defence Minister of Germany

person Christine Lambrecht
  name: Lambrecht
  role: DEUGOV 2021-12-08..2023-01-18  Defence Minister of Germany

person Boris Pistorius
  name: Pistorius
  role: DEUGOV 2023-01-19..  Defence Minister of Germany

person Gerhard Schroeder
  name: Gerhard Schröder
  role: DEUGOV 1998-10-27..2005-11-22  Chancellor of Germany

person Horst Seehofer
  name: Seehofer
  role: DEUGOV 2018-03-14..2021-12-08  Interior Minister of Germany

person Sigmar Gabriel
  role: DEUGOV 2017-01-27..2018-03-14  Foreign Minister of Germany

person Guido Westerwelle
  name: Westerwelle
  role: DEUGOV 2009-10-28..2013-12-17  Foreign Minister of Germany

# --- India ----------------------------------------------------------------------

person Ram Nath Kovind
  name: Kovind
  role: INDGOV 2017-07-25..2022-07-24  President of India

person Droupadi Murmu
  name: Murmu
  role: INDGOV 2022-07-25..  President of India

person Narendra Modi
  name: Modi
  role: INDGOV 2014-05-26..  Prime Minister of India

person Subrahmanyam Jaishankar
  name: S. Jaishankar | Jaishankar
  role: INDGOV 2019-05-30..  External Affairs Minister of India

person Rajnath Singh
  role: INDGOV 2019-05-31..  Defence Minister of India

person Manmohan Singh
  role: INDGOV 2004-05-22..2014-05-26  Prime Minister of India

person Mamata Banerjee
  role: INDGOV 2011-05-20..  Chief Minister of West Bengal

# --- Indonesia ------------------------------------------------------------------

person Joko Widodo
  name: Jokowi
  role: IDNGOV 2014-10-20..2024-10-19  President of Indonesia

person Prabowo Subianto
  name: Prabowo
  role: IDNGOV 2019-10-23..2024-10-19  Defence Minister of Indonesia
  role: IDNGOV 2024-10-20..  President of Indonesia

person Retno Marsudi
  name: Retno L.P. Marsudi | Retno
  role: IDNGOV 2014-10-27..2024-10-20  Foreign Minister of Indonesia

person Sugiono
  role: IDNGOV 2024-10-21..  Foreign Minister of Indonesia

person Sjafrie Sjamsoeddin
  name: Sjafrie
  role: IDNGOV 2024-10-21..  Defence Minister of Indonesia

# --- Italy ----------------------------------------------------------------------

person Sergio Mattarella
  name: Mattarella
  role: ITAGOV 2015-02-03..  President of Italy

person Giuseppe Conte
  role: ITAGOV 2018-06-01..2021-02-12  Prime Minister of Italy

person Mario Draghi
  name: Draghi
  role: ITAGOV 2021-02-13..2022-10-21  Prime Minister of Italy

person Giorgia Meloni
  name: Meloni
  role: ITAGOV 2022-10-22..  Prime Minister of Italy

person Luigi Di Maio
  name: Di Maio
  role: ITAGOV 2019-09-05..2022-10-21  Foreign Minister of Italy
  role: IGOEUREEC 2023-06-01..  EU Special Representative for the Gulf region

person Antonio Tajani
  name: Tajani
  role: ITAGOV 2022-10-22..  Foreign Minister and Deputy Prime Minister of Italy

person Lorenzo Guerini
  name: Guerini
  role: ITAGOV 2019-09-05..2022-10-21  Defence Minister of Italy

person Guido Crosetto
  name: Crosetto
  role: ITAGOV 2022-10-22..  Defence Minister of Italy

person Silvio Berlusconi
  name: Berlusconi
  role: ITAGOV 1994-05-10..1995-01-17  Prime Minister of Italy
  role: ITAGOV 2001-06-11..2006-05-17  Prime Minister of Italy
  role: ITAGOV 2008-05-08..2011-11-16  Prime Minister of Italy
  role: ITAELI 2011-11-17..2023-06-12  Former prime minister, leader of Forza Italia

person Romano Prodi
  name: Prodi
  role: ITAGOV 1996-05-17..1998-10-21  Prime Minister of Italy
  role: IGOEUREEC 1999-09-16..2004-11-21  President of the European Commission
  role: ITAGOV 2006-05-17..2008-05-08  Prime Minister of Italy

person Matteo Renzi
  name: Renzi
  role: ITAGOV 2014-02-22..2016-12-12  Prime Minister of Italy

person Mario Monti
  role: ITAGOV 2011-11-16..2013-04-28  Prime Minister of Italy

person Matteo Salvini
  name: Salvini
  role: ITAGOV 2018-06-01..2019-09-05  Interior Minister of Italy
  role: ITAGOV 2022-10-22..  Deputy Prime Minister and Infrastructure Minister of Italy

# --- Japan ----------------------------------------------------------------------

person Naruhito
  name: Emperor Naruhito
  role: JPNGOV 2019-05-01..  Emperor of Japan

person Shinzo Abe
  name: Shinzō Abe
  role: JPNGOV 2012-12-26..2020-09-15  Prime Minister of Japan

person Yoshihide Suga
  role: JPNGOV 2020-09-16..2021-10-03  Prime Minister of Japan

person Fumio Kishida
  name: Kishida
  role: JPNGOV 2021-10-04..2024-09-30  Prime Minister of Japan

person Shigeru Ishiba
  name: Ishiba
  role: JPNGOV 2024-10-01..  Prime Minister of Japan
  # open: not checked after mid-2025.

person Toshimitsu Motegi
  name: Motegi
  role: JPNGOV 2019-09-11..2021-11-03  Foreign Minister of Japan

person Yoshimasa Hayashi
  role: JPNGOV 2021-11-10..2023-09-12  Foreign Minister of Japan
  role: JPNGOV 2023-12-14..  Chief Cabinet Secretary of Japan
  # open: not checked after mid-2025.

person Yoko Kamikawa
  name: Yōko Kamikawa | Kamikawa
  role: JPNGOV 2023-09-13..2024-09-30  Foreign Minister of Japan

person Takeshi Iwaya
  name: Iwaya
  role: JPNGOV 2024-10-01..  Foreign Minister of Japan

person Taro Kono
  name: Tarō Kōno
  role: JPNGOV 2019-09-11..2020-09-15  Defence Minister of Japan

person Nobuo Kishi
  role: JPNGOV 2020-09-16..2022-08-09  Defence Minister of Japan

person Yasukazu Hamada
  role: JPNGOV 2022-08-10..2023-09-12  Defence Minister of Japan

person Minoru Kihara
  role: JPNGOV 2023-09-13..2024-09-30  Defence Minister of Japan

person Gen Nakatani
  role: JPNGOV 2024-10-01..  Defence Minister of Japan

person Junichiro Koizumi
  name: Koizumi
  role: JPNGOV 2001-04-26..2006-09-26  Prime Minister of Japan

person Sanae Takaichi
  name: Takaichi
  role: JPNGOV 2025-10-21..  Prime Minister of Japan

# --- Mexico ---------------------------------------------------------------------

person Andres Manuel Lopez Obrador
  name: Andrés Manuel López Obrador | López Obrador | Lopez Obrador | AMLO
  role: MEXGOV 2018-12-01..2024-09-30  President of Mexico

person Claudia Sheinbaum
  name: Sheinbaum | Claudia Sheinbaum Pardo
  role: MEXGOV 2024-10-01..  President of Mexico

person Marcelo Ebrard
  name: Ebrard
  role: MEXGOV 2018-12-01..2023-06-12  Foreign Minister of Mexico
  role: MEXGOV 2024-10-01..  Economy Minister of Mexico

person Alicia Barcena
  name: Alicia Bárcena
  role: MEXGOV 2023-07-03..2024-09-30  Foreign Minister of Mexico

person Juan Ramon de la Fuente
  name: Juan Ramón de la Fuente
  role: MEXGOV 2024-10-01..  Foreign Minister of Mexico

person Luis Cresencio Sandoval
  role: MEXGOV 2018-12-01..2024-09-30  Secretary of National Defence of Mexico

person Ricardo Trevilla Trejo
  name: Ricardo Trevilla
  role: MEXGOV 2024-10-01..  Secretary of National Defence of Mexico

person Enrique Pena Nieto
  name: Enrique Peña Nieto | Pena Nieto | Peña Nieto
  role: MEXGOV 2012-12-01..2018-11-30  President of Mexico

person Felipe Calderon
  name: Felipe Calderón
  role: MEXGOV 2006-12-01..2012-11-30  President of Mexico

person Vicente Fox
  role: MEXGOV 2000-12-01..2006-11-30  President of Mexico

# --- South Korea ----------------------------------------------------------------

person Moon Jae-in
  role: KORGOV 2017-05-10..2022-05-09  President of South Korea

person Yoon Suk Yeol
  name: Yoon Seok-youl
  role: KORGOV 2022-05-10..2025-04-04  President of South Korea (suspended 2024-12-14, removed from office)

person Han Duck-soo
  role: KORGOV 2022-05-21..2025-05-01  Prime Minister of South Korea (acting president 2024-12-14..2024-12-27 and 2025-03-24..2025-05-01)

person Choi Sang-mok
  role: KORGOV 2022-05-10..2025-05-01  Finance Minister of South Korea (acting president 2024-12-27..2025-03-24)

person Lee Jae-myung
  role: KOROPP 2022-08-28..2025-04-09  Leader of the Democratic Party, the main opposition
  role: KORGOV 2025-06-04..  President of South Korea

person Chung Sye-kyun
  role: KORGOV 2020-01-14..2021-04-16  Prime Minister of South Korea

person Kim Boo-kyum
  role: KORGOV 2021-05-14..2022-05-11  Prime Minister of South Korea

person Kang Kyung-wha
  role: KORGOV 2017-06-18..2021-02-08  Foreign Minister of South Korea

person Chung Eui-yong
  role: KORGOV 2021-02-09..2022-05-11  Foreign Minister of South Korea

person Park Jin
  role: KORGOV 2022-05-12..2024-01-10  Foreign Minister of South Korea

person Cho Tae-yul
  role: KORGOV 2024-01-11..  Foreign Minister of South Korea
  # open: a new government took office in June 2025; not checked.

person Jeong Kyeong-doo
  role: KORGOV 2018-09-21..2020-09-17  Defence Minister of South Korea

person Suh Wook
  role: KORGOV 2020-09-18..2022-05-09  Defence Minister of South Korea

person Lee Jong-sup
  role: KORGOV 2022-05-10..2023-10-06  Defence Minister of South Korea

person Shin Won-sik
  role: KORGOV 2023-10-07..2024-09-05  Defence Minister of South Korea

person Kim Yong-hyun
  role: KORGOV 2024-09-06..2024-12-05  Defence Minister of South Korea

person Park Geun-hye
  role: KORGOV 2013-02-25..2017-03-10  President of South Korea

person Lee Myung-bak
  role: KORGOV 2008-02-25..2013-02-24  President of South Korea

person Roh Moo-hyun
  role: KORGOV 2003-02-25..2008-02-24  President of South Korea

# --- South Africa ---------------------------------------------------------------

person Cyril Ramaphosa
  name: Ramaphosa
  role: ZAFGOV 2018-02-15..  President of South Africa

person Naledi Pandor
  name: Pandor
  role: ZAFGOV 2019-05-30..2024-07-02  Minister of International Relations and Cooperation of South Africa

person Ronald Lamola
  name: Lamola
  role: ZAFGOV 2024-07-03..  Minister of International Relations and Cooperation of South Africa

person Nosiviwe Mapisa-Nqakula
  name: Mapisa-Nqakula
  role: ZAFGOV 2014-05-26..2021-08-04  Defence Minister of South Africa
  role: ZAFLEG 2021-08-19..2024-04-03  Speaker of the National Assembly of South Africa

person Thandi Modise
  role: ZAFGOV 2021-08-05..2024-07-02  Defence Minister of South Africa

person Angie Motshekga
  name: Motshekga
  role: ZAFGOV 2024-07-03..  Defence Minister of South Africa

person Jacob Zuma
  name: Zuma
  role: ZAFGOV 2009-05-09..2018-02-14  President of South Africa
  role: ZAFOPP 2023-12..  Leader of the uMkhonto weSizwe party

person Thabo Mbeki
  name: Mbeki
  role: ZAFGOV 1999-06-14..2008-09-24  President of South Africa

person Nelson Mandela
  name: Mandela
  role: ZAFGOV 1994-05-10..1999-06-14  President of South Africa

# --- United Kingdom -------------------------------------------------------------

person Elizabeth II
  name: Queen Elizabeth II | Queen Elizabeth
  role: GBRGOV 1952-02-06..2022-09-08  Queen of the United Kingdom (and of Canada, Australia and other realms)

person Charles III
  name: King Charles III | King Charles | Prince Charles
  role: GBRGOV 2022-09-08..  King of the United Kingdom (and of Canada, Australia and other realms)

person Boris Johnson
  role: GBRGOV 2019-07-24..2022-09-05  Prime Minister of the United Kingdom

person Liz Truss
  name: Truss | Elizabeth Truss
  role: GBRGOV 2021-09-15..2022-09-05  Foreign Secretary of the United Kingdom
  role: GBRGOV 2022-09-06..2022-10-24  Prime Minister of the United Kingdom

person Rishi Sunak
  name: Sunak
  role: GBRGOV 2020-02-13..2022-07-05  Chancellor of the Exchequer
  role: GBRGOV 2022-10-25..2024-07-04  Prime Minister of the United Kingdom
  role: GBROPP 2024-07-05..2024-11-01  Leader of the Opposition (Conservative Party)

person Keir Starmer
  name: Starmer | Sir Keir Starmer
  role: GBROPP 2020-04-04..2024-07-04  Leader of the Opposition (Labour Party)
  role: GBRGOV 2024-07-05..  Prime Minister of the United Kingdom

person Kemi Badenoch
  name: Badenoch
  role: GBROPP 2024-11-02..  Leader of the Opposition (Conservative Party)

person Dominic Raab
  name: Raab
  role: GBRGOV 2019-07-24..2021-09-14  Foreign Secretary of the United Kingdom

person James Cleverly
  role: GBRGOV 2022-09-06..2023-11-12  Foreign Secretary of the United Kingdom

person David Cameron
  name: Lord Cameron
  role: GBRGOV 2010-05-11..2016-07-13  Prime Minister of the United Kingdom
  role: GBRGOV 2023-11-13..2024-07-04  Foreign Secretary of the United Kingdom

person David Lammy
  name: Lammy
  role: GBRGOV 2024-07-05..  Foreign Secretary of the United Kingdom
  # open: not checked after mid-2025.

person Ben Wallace
  role: GBRGOV 2019-07-24..2023-08-30  Defence Secretary of the United Kingdom

person Grant Shapps
  name: Shapps
  role: GBRGOV 2023-08-31..2024-07-04  Defence Secretary of the United Kingdom

person John Healey
  name: Healey
  role: GBRGOV 2024-07-05..  Defence Secretary of the United Kingdom

person Tony Blair
  name: Blair
  role: GBRGOV 1997-05-02..2007-06-27  Prime Minister of the United Kingdom

person Gordon Brown
  role: GBRGOV 1997-05-02..2007-06-26  Chancellor of the Exchequer
  role: GBRGOV 2007-06-27..2010-05-11  Prime Minister of the United Kingdom

person Theresa May
  role: GBRGOV 2010-05-12..2016-07-12  Home Secretary of the United Kingdom
  role: GBRGOV 2016-07-13..2019-07-23  Prime Minister of the United Kingdom

person William Hague
  role: GBRGOV 2010-05-12..2014-07-14  Foreign Secretary of the United Kingdom

person Jack Straw
  role: GBRGOV 2001-06-08..2006-05-05  Foreign Secretary of the United Kingdom

person David Miliband
  role: GBRGOV 2007-06-28..2010-05-11  Foreign Secretary of the United Kingdom

person Philip Hammond
  role: GBRGOV 2014-07-15..2016-07-13  Foreign Secretary of the United Kingdom
  role: GBRGOV 2016-07-13..2019-07-24  Chancellor of the Exchequer

person Jeremy Hunt
  role: GBRGOV 2018-07-09..2019-07-24  Foreign Secretary of the United Kingdom
  role: GBRGOV 2022-10-14..2024-07-05  Chancellor of the Exchequer

person Jeremy Corbyn
  name: Corbyn
  role: GBROPP 2015-09-12..2020-04-04  Leader of the Opposition (Labour Party)

person Yvette Cooper
  role: GBRGOV 2024-07-05..2025-09-05  Home Secretary of the United Kingdom
  role: GBRGOV 2025-09-05..  Foreign Secretary of the United Kingdom

person Rachel Reeves
  role: GBRGOV 2024-07-05..  Chancellor of the Exchequer

person Nigel Farage
  name: Farage
  role: GBROPP  Leader of Reform UK (earlier of UKIP and the Brexit Party)

# --- Europe (other states) ---------------------------------------------------

person Jose Luis Rodriguez Zapatero
  name: José Luis Rodríguez Zapatero | Zapatero
  role: ESPGOV 2004-04-17..2011-12-21  Prime Minister of Spain

person Mariano Rajoy
  name: Rajoy
  role: ESPGOV 2011-12-21..2018-06-01  Prime Minister of Spain

person Pedro Sanchez
  name: Pedro Sánchez
  role: ESPGOV 2018-06-02..  Prime Minister of Spain

person Carles Puigdemont
  name: Puigdemont
  role: ESPGOV 2016-01-10..2017-10-27  President of the Government of Catalonia
  role: ESPOPP 2017-10-28..  Catalan separatist leader, in exile until 2024

person Alexis Tsipras
  name: Tsipras
  role: GRCGOV 2015-01-26..2019-07-08  Prime Minister of Greece

person George Papandreou
  name: Papandreou | Giorgos Papandreou
  role: GRCGOV 1999-02-18..2004-02-13  Foreign Minister of Greece
  role: GRCGOV 2009-10-06..2011-11-11  Prime Minister of Greece

person Kyriakos Mitsotakis
  name: Mitsotakis
  role: GRCGOV 2019-07-08..  Prime Minister of Greece

person Donald Tusk
  name: Tusk
  role: POLGOV 2007-11-16..2014-09-22  Prime Minister of Poland
  role: IGOEUREEC 2014-12-01..2019-11-30  President of the European Council
  role: POLGOV 2023-12-13..  Prime Minister of Poland

person Andrzej Duda
  name: Duda
  role: POLGOV 2015-08-06..2025-08-05  President of Poland

person Karol Nawrocki
  name: Nawrocki
  role: POLGOV 2025-08-06..  President of Poland

person Radoslaw Sikorski
  name: Radosław Sikorski | Sikorski
  role: POLGOV 2007-11-16..2014-09-22  Foreign Minister of Poland
  role: POLGOV 2023-12-13..  Foreign Minister of Poland

person Viktor Orban
  name: Viktor Orbán | Orban | Orbán
  role: HUNGOV 1998-07-06..2002-05-27  Prime Minister of Hungary
  role: HUNGOV 2010-05-29..  Prime Minister of Hungary

person Aleksandar Vucic
  name: Aleksandar Vučić | Vucic | Vučić
  role: SRBGOV 2014-04-27..2017-05-31  Prime Minister of Serbia
  role: SRBGOV 2017-05-31..  President of Serbia

person Slobodan Milosevic
  name: Slobodan Milošević | Milosevic | Milošević
  role: SRBGOV 1989-05-08..2000-10-07  President of Serbia, then (from 1997-07-23) of Yugoslavia

person Hashim Thaci
  name: Hashim Thaçi | Thaci | Thaçi
  role: KSVGOV 2008-01-09..2014-12-09  Prime Minister of Kosovo
  role: KSVGOV 2016-04-07..2020-11-05  President of Kosovo

person Isa Mustafa
  role: KSVGOV 2014-12-09..2017-09-09  Prime Minister of Kosovo

person Mikheil Saakashvili
  name: Saakashvili | Mikhail Saakashvili
  role: GEOGOV 2004-01-25..2007-11-25  President of Georgia
  role: GEOGOV 2008-01-20..2013-11-17  President of Georgia

person Ilham Aliyev
  name: Aliyev
  role: AZEGOV 2003-10-31..  President of Azerbaijan

person Nikol Pashinyan
  name: Pashinyan
  role: ARMOPP ..2018-05-07  Opposition leader in Armenia
  role: ARMGOV 2018-05-08..  Prime Minister of Armenia

person Urmas Paet
  role: ESTGOV 2005-04-13..2014-03-26  Foreign Minister of Estonia

person Algirdas Butkevicius
  name: Algirdas Butkevičius
  role: LTUGOV 2012-12-13..2016-12-13  Prime Minister of Lithuania

# --- Americas (other states) -------------------------------------------------

person Hugo Chavez
  name: Hugo Chávez | Chavez | Chávez
  role: VENGOV 1999-02-02..2013-03-05  President of Venezuela

person Nicolas Maduro
  name: Nicolás Maduro | Maduro
  role: VENGOV 2006-08-09..2013-03-04  Foreign Minister of Venezuela, Vice President from 2012-10-13
  role: VENGOV 2013-03-05..  President of Venezuela (acting until 2013-04-19)
  # open: not checked after mid-2025.

person Juan Guaido
  name: Juan Guaidó | Guaido | Guaidó
  role: VENOPP 2019-01-05..  Opposition leader, president of the National Assembly 2019-2023, claimed the interim presidency

person Maria Corina Machado
  name: María Corina Machado
  role: VENOPP  Opposition leader in Venezuela

person Evo Morales
  role: BOLGOV 2006-01-22..2019-11-10  President of Bolivia
  role: BOLOPP 2019-11-11..  Former president of Bolivia

person Alvaro Uribe
  name: Álvaro Uribe | Uribe
  role: COLGOV 2002-08-07..2010-08-07  President of Colombia
  role: COLELI 2010-08-08..  Former president of Colombia

person Juan Manuel Santos
  role: COLGOV 2006-07-19..2009-05-18  Defence Minister of Colombia
  role: COLGOV 2010-08-07..2018-08-07  President of Colombia

person Ivan Duque
  name: Iván Duque
  role: COLGOV 2018-08-07..2022-08-07  President of Colombia

person Gustavo Petro
  name: Petro
  role: COLGOV 2022-08-07..  President of Colombia

person Fidel Castro
  role: CUBGOV 1959-02-16..2008-02-24  Leader of Cuba
  role: CUBELI 2008-02-25..2016-11-25  Former leader of Cuba

person Raul Castro
  name: Raúl Castro
  role: CUBGOV 2008-02-24..2021-04-19  President of Cuba, then First Secretary of the Communist Party

person Daniel Ortega
  role: NICGOV 2007-01-10..  President of Nicaragua

person Nayib Bukele
  name: Bukele
  role: SLVGOV 2019-06-01..  President of El Salvador

person Otto Perez Molina
  name: Otto Pérez Molina | Perez Molina | Pérez Molina
  role: GTMGOV 2012-01-14..2015-09-03  President of Guatemala

person Manuel Zelaya
  role: HNDGOV 2006-01-27..2009-06-28  President of Honduras
  role: HNDOPP 2009-06-29..  Deposed president of Honduras

person Roberto Micheletti
  name: Micheletti
  role: HNDGOV 2009-06-28..2010-01-27  De facto president of Honduras after the coup

person Manuel Merino
  role: PERGOV 2020-11-10..2020-11-15  Interim President of Peru

person Andrew Holness
  name: Holness
  role: JAMGOV 2011-10-23..2012-01-05  Prime Minister of Jamaica
  role: JAMGOV 2016-03-03..  Prime Minister of Jamaica

# --- Asia (other states) -----------------------------------------------------

person Hamid Karzai
  name: Karzai
  role: AFGGOV 2001-12-22..2014-09-29  Leader, then (from 2004-12-07) President of Afghanistan
  role: AFGELI 2014-09-30..  Former president of Afghanistan

person Ashraf Ghani
  name: Ghani
  role: AFGGOV 2014-09-29..2021-08-15  President of Afghanistan

person Pervez Musharraf
  name: Musharraf
  role: PAKGOV 1999-10-12..2008-08-18  Leader, then (from 2001-06-20) President of Pakistan

person Nawaz Sharif
  role: PAKGOV 1990-11-06..1993-07-18  Prime Minister of Pakistan
  role: PAKGOV 1997-02-17..1999-10-12  Prime Minister of Pakistan
  role: PAKGOV 2013-06-05..2017-07-28  Prime Minister of Pakistan

person Shehbaz Sharif
  role: PAKGOV 2022-04-11..2023-08-14  Prime Minister of Pakistan
  role: PAKGOV 2024-03-04..  Prime Minister of Pakistan

person Imran Khan
  role: PAKGOV 2018-08-18..2022-04-10  Prime Minister of Pakistan
  role: PAKOPP 2022-04-11..  Former prime minister, leader of the PTI (jailed from 2023)

person Asif Ali Zardari
  name: Zardari
  role: PAKGOV 2008-09-09..2013-09-08  President of Pakistan
  role: PAKGOV 2024-03-10..  President of Pakistan

person Benazir Bhutto
  role: PAKGOV 1988-12-02..1990-08-06  Prime Minister of Pakistan
  role: PAKGOV 1993-10-19..1996-11-05  Prime Minister of Pakistan
  role: PAKOPP 1996-11-06..2007-12-27  Opposition leader, Pakistan Peoples Party

person Qamar Javed Bajwa
  name: Qamar Bajwa
  role: PAKMIL 2016-11-29..2022-11-29  Chief of Army Staff of Pakistan

person Asim Munir
  role: PAKMIL 2022-11-29..  Chief of Army Staff of Pakistan (Field Marshal from 2025)

person Sheikh Hasina
  name: Sheikh Hasina Wajed
  role: BGDGOV 1996-06-23..2001-07-15  Prime Minister of Bangladesh
  role: BGDGOV 2009-01-06..2024-08-05  Prime Minister of Bangladesh

person Muhammad Yunus
  role: BGDGOV 2024-08-08..  Chief Adviser of the interim government of Bangladesh

person Mahinda Rajapaksa
  role: LKAGOV 2004-04-06..2005-11-18  Prime Minister of Sri Lanka
  role: LKAGOV 2005-11-19..2015-01-09  President of Sri Lanka
  role: LKAGOV 2019-11-21..2022-05-09  Prime Minister of Sri Lanka

person Hun Sen
  role: KHMGOV 1985-01-14..2023-08-21  Prime Minister of Cambodia
  role: KHMLEG 2024-04-03..  President of the Senate of Cambodia

person Hun Manet
  role: KHMMIL 2018..2023-08-21  Commander of the Royal Cambodian Army
  role: KHMGOV 2023-08-22..  Prime Minister of Cambodia

person Aung San Suu Kyi
  name: Suu Kyi
  role: MMROPP ..2016-03-29  Opposition leader (National League for Democracy)
  role: MMRGOV 2016-03-30..2021-01-31  State Counsellor and Foreign Minister of Myanmar
  role: MMROPP 2021-02-01..  Deposed leader, detained by the military

person Min Aung Hlaing
  role: MMRMIL 2011-03-30..  Commander-in-chief of Myanmar's armed forces; head of the junta from 2021-02-01

person Rodrigo Duterte
  name: Duterte
  role: PHLGOV 2016-06-30..2022-06-30  President of the Philippines

person Ferdinand Marcos Jr.
  name: Bongbong Marcos | Ferdinand Marcos Jr
  role: PHLGOV 2022-06-30..  President of the Philippines

person Thaksin Shinawatra
  name: Thaksin
  role: THAGOV 2001-02-09..2006-09-19  Prime Minister of Thailand

person Yingluck Shinawatra
  name: Yingluck
  role: THAGOV 2011-08-05..2014-05-07  Prime Minister of Thailand

person Prayut Chan-o-cha
  name: Prayuth Chan-ocha | Prayut | Prayuth
  role: THAMIL 2010-10-01..2014-08-23  Commander of the Royal Thai Army, head of the junta from 2014-05-22
  role: THAGOV 2014-08-24..2023-08-22  Prime Minister of Thailand

person Maha Vajiralongkorn
  name: King Maha Vajiralongkorn | Vajiralongkorn | King Vajiralongkorn
  role: THAGOV 2016-10-13..  King of Thailand

person Najib Razak
  role: MYSGOV 2009-04-03..2018-05-10  Prime Minister of Malaysia

person Mahathir Mohamad
  name: Mahathir
  role: MYSGOV 1981-07-16..2003-10-31  Prime Minister of Malaysia
  role: MYSGOV 2018-05-10..2020-02-24  Prime Minister of Malaysia

person Anwar Ibrahim
  role: MYSOPP 2008..2022-11-23  Opposition leader in Malaysia
  role: MYSGOV 2022-11-24..  Prime Minister of Malaysia

person Kim Jong Un
  role: PRKGOV 2011-12-17..  Leader of North Korea

person Kim Jong Il
  role: PRKGOV 1994-07-08..2011-12-17  Leader of North Korea

person Almazbek Atambayev
  name: Atambayev
  role: KGZGOV 2011-12-01..2017-11-24  President of Kyrgyzstan

person Sooronbay Jeenbekov
  name: Sooronbai Jeenbekov | Jeenbekov
  role: KGZGOV 2017-11-24..2020-10-15  President of Kyrgyzstan

person Sadyr Japarov
  name: Japarov | Sadyr Zhaparov
  role: KGZGOV 2020-10-14..  Prime Minister, then (from 2021-01-28) President of Kyrgyzstan

person Nursultan Nazarbayev
  name: Nazarbayev
  role: KAZGOV 1990-04-24..2019-03-19  President of Kazakhstan

person Kassym-Jomart Tokayev
  name: Tokayev
  role: KAZGOV 2019-03-20..  President of Kazakhstan

person Shavkat Mirziyoyev
  name: Mirziyoyev
  role: UZBGOV 2016-09-08..  President of Uzbekistan (acting until 2016-12-14)

# --- Africa (other states) ---------------------------------------------------

person Muhammadu Buhari
  name: Buhari
  role: NGAMIL 1983-12-31..1985-08-27  Military head of state of Nigeria
  role: NGAGOV 2015-05-29..2023-05-29  President of Nigeria

person Goodluck Jonathan
  role: NGAGOV 2007-05-29..2010-02-08  Vice President of Nigeria
  role: NGAGOV 2010-02-09..2015-05-28  President of Nigeria (acting until 2010-05-06)

person Bola Tinubu
  name: Tinubu | Bola Ahmed Tinubu
  role: NGAGOV 2023-05-29..  President of Nigeria

person Olusegun Obasanjo
  name: Obasanjo
  role: NGAGOV 1999-05-29..2007-05-29  President of Nigeria

person Uhuru Kenyatta
  role: KENGOV 2013-04-09..2022-09-13  President of Kenya

person William Ruto
  name: Ruto
  role: KENGOV 2013-04-09..2022-09-12  Deputy President of Kenya
  role: KENGOV 2022-09-13..  President of Kenya

person Mwai Kibaki
  name: Kibaki
  role: KENGOV 2002-12-30..2013-04-09  President of Kenya

person Raila Odinga
  role: KENGOV 2008-04-17..2013-04-09  Prime Minister of Kenya
  role: KENOPP  Opposition leader in Kenya

person Yoweri Museveni
  name: Museveni
  role: UGAGOV 1986-01-29..  President of Uganda

person Joseph Kony
  name: Kony
  role: UGAREB  Leader of the Lord's Resistance Army

person Paul Kagame
  name: Kagame
  role: RWAGOV 1994-07-19..  Vice President and Defence Minister, then (from 2000-04-22) President of Rwanda

person Robert Mugabe
  name: Mugabe
  role: ZWEGOV 1980-04-18..2017-11-21  Prime Minister, then (from 1987) President of Zimbabwe

person Emmerson Mnangagwa
  name: Mnangagwa
  role: ZWEGOV 2014-12-12..2017-11-06  Vice President of Zimbabwe
  role: ZWEGOV 2017-11-24..  President of Zimbabwe

person Morgan Tsvangirai
  name: Tsvangirai
  role: ZWEOPP ..2009-02-10  Opposition leader (Movement for Democratic Change)
  role: ZWEGOV 2009-02-11..2013-09-15  Prime Minister of Zimbabwe
  role: ZWEOPP 2013-09-16..2018-02-14  Opposition leader (Movement for Democratic Change)

person Abiy Ahmed
  name: Abiy
  role: ETHGOV 2018-04-02..  Prime Minister of Ethiopia

person Meles Zenawi
  name: Meles
  role: ETHGOV 1991-05-28..2012-08-20  Leader, then (from 1995) Prime Minister of Ethiopia

person Hailemariam Desalegn
  name: Hailemariam
  role: ETHGOV 2012-08-21..2018-04-02  Prime Minister of Ethiopia

person Joseph Kabila
  name: Kabila
  role: CODGOV 2001-01-26..2019-01-24  President of the Democratic Republic of the Congo

person Felix Tshisekedi
  name: Félix Tshisekedi | Tshisekedi
  role: CODGOV 2019-01-24..  President of the Democratic Republic of the Congo

person Salva Kiir
  name: Salva Kiir Mayardit | Kiir
  role: SSDGOV 2005-08-11..  President of Southern Sudan, then (from 2011-07-09) of South Sudan

person Riek Machar
  name: Machar
  role: SSDGOV 2011-07-09..2013-07-23  Vice President of South Sudan
  role: SSDREB 2013-12..2020-02-21  Leader of the SPLM-IO rebels (vice president again from 2016-04-26 to 2016-07-25)
  role: SSDGOV 2020-02-22..  First Vice President of South Sudan
  # open: detained in 2025; not checked after mid-2025.

person Paul Biya
  name: Biya
  role: CMRGOV 1982-11-06..  President of Cameroon

person Alassane Ouattara
  name: Ouattara
  role: CIVGOV 2010-12-04..  President of Ivory Coast

person Macky Sall
  role: SENGOV 2012-04-02..2024-04-02  President of Senegal

person Idriss Deby
  name: Idriss Déby
  role: TCDGOV 1990-12-02..2021-04-20  President of Chad

person Victoire Ingabire
  name: Ingabire | Victoire Ingabire Umuhoza
  role: RWAOPP  Rwandan opposition leader (FDU-Inkingi, then DALFA-Umurinzi)
