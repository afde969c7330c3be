# annalist built-in lexicon: organisations, armed groups and state bodies.
# The format: docs/lexicon-format.md.

actor PSEGZA
  name: Gaza | Gaza Strip

actor PSEGOV
  name: Palestinian Authority

actor USAGOV
  name: White House | State Department | Trump Administration

actor USAMIL
  name: Pentagon

actor RUSGOV
  name: Kremlin

actor IGOEUREEC
  name: European Union | EU | E.U.

actor IGOUNO
  name: United Nations | UN | U.N. | Security Council | UN Security Council

actor IGOUNOREF
  name: UNRWA

actor IGOUNO
  name: International Atomic Energy Agency | IAEA

actor IGOARL
  name: Arab League

actor IGOWSTNAT
  name: NATO

actor NGOHRI
  name: Red Cross | ICRC

actor PSEREBHMS
  name: Hamas

actor LBNREB
  name: Hezbollah | Hizbullah | Hizbollah | Hezbollah's

actor YEMREB
  name: Houthis | Houthi | Ansar Allah

actor PSEREB
  name: Islamic Jihad

actor SYRGOV
  name: Hayat Tahrir al-Sham | HTS
  code: SYRREB ..2024-12-07

actor IMGREB
  name: Islamic State | ISIS | ISIL | Daesh

actor SYRREB
  name: Syrian Democratic Forces | SDF

actor ISRMIL
  name: Israel Defense Forces | Israeli Defense Forces | IDF

actor ISRLEG
  name: Knesset
