# Builds data/gazetteer/gold/places.tsv (the path given) from annotations made by reading each
# document: (surface, place key) pairs, every word-bounded occurrence of a
# surface counted unless it lies inside an excluded longer name.
import json, re, sys
P = {  # key: (country, lat, lon)  -- my own reference points
 'damascus':('SYR',33.51,36.29),'latakia':('SYR',35.52,35.78),'golan':('SYR',33.00,35.75),
 'israel':('ISR',31.05,34.85),'syria':('SYR',34.80,38.99),'egypt':('EGY',26.82,30.80),
 'saudi':('SAU',23.89,45.08),'usa':('USA',39.83,-98.58),'jerusalem':('ISR',31.77,35.21),
 'hermon':('SYR',33.42,35.86),'quneitra':('SYR',33.13,35.82),'daraa':('SYR',32.62,36.10),
 'sweida':('SYR',32.71,36.57),'beirut':('LBN',33.89,35.50),'hama':('SYR',35.13,36.75),
 'turkey':('TUR',38.96,35.24),'washington':('USA',38.90,-77.04),'jordan':('JOR',30.59,36.24),
 'paris':('FRA',48.86,2.35),'france':('FRA',46.23,2.21),
 'uk':('GBR',54.0,-2.0),'gateshead':('GBR',54.96,-1.60),'downing':('GBR',51.50,-0.13),
 'manchester':('GBR',53.48,-2.24),'liverpool':('GBR',53.41,-2.98),'leicester':('GBR',52.64,-1.13),
 'somerset':('GBR',51.10,-2.90),'basingstoke':('GBR',51.27,-1.09),'shrewsbury':('GBR',52.71,-2.75),
 'dorset':('GBR',50.75,-2.30),'torbay':('GBR',50.45,-3.55),'southwest':('GBR',50.90,-3.50),
 'scotland':('GBR',56.50,-4.20),'wales':('GBR',52.30,-3.70),
 'bahamas':('BHS',24.25,-76.00),'easttimor':('TLS',-8.87,125.73),'madagascar':('MDG',-18.77,46.87),
 'swaziland':('SWZ',-26.52,31.47),'europe':('',50.0,15.0),'america':('',40.0,-100.0),
 'dallas':('USA',32.78,-96.80),'bordeaux':('FRA',44.84,-0.58),'oporto':('PRT',41.15,-8.61),
 'portugal':('PRT',39.40,-8.22),'africa':('',2.0,20.0),'nairobi':('KEN',-1.29,36.82),
 'nigeria':('NGA',9.08,8.68),'pretoria':('ZAF',-25.75,28.19),'maseru':('LSO',-29.31,27.48),
 'mbabane':('SWZ',-26.31,31.14),'baghdad':('IRQ',33.31,44.37),'basra':('IRQ',30.51,47.78),
 'iraq':('IRQ',33.22,43.68),'kabul':('AFG',34.53,69.17),'afghanistan':('AFG',33.94,67.71),
 'pyongyang':('PRK',39.04,125.76),'northkorea':('PRK',40.34,127.51),
 'brussels':('BEL',50.85,4.35),'italy':('ITA',41.87,12.57),'germany':('DEU',51.17,10.45),
 'netherlands':('NLD',52.13,5.29),'westminster':('GBR',51.50,-0.13),'lasvegas':('USA',36.17,-115.14),
 'glasgow':('GBR',55.86,-4.25),'ibrox':('GBR',55.85,-4.31),'secc':('GBR',55.86,-4.29),
 'montreal':('CAN',45.50,-73.57),'canada':('CAN',56.13,-106.35),'quebec':('CAN',52.0,-72.0),
 'matane':('CAN',48.85,-67.53),'northamerica':('',45.0,-100.0),'amos':('CAN',48.57,-78.12),
 'britain':('GBR',54.0,-2.0),'london':('GBR',51.51,-0.13),'brazil':('BRA',-14.24,-51.93),
 'newyork':('USA',40.71,-74.01),'switzerland':('CHE',46.82,8.23),'japan':('JPN',36.20,138.25),
}
DOCS = [
 ('../../demo/01-israel-strikes-syrian-bases.txt','demo-01-israel-strikes-syrian-bases',
  {'DAMASCUS':'damascus','Damascus':'damascus','Latakia':'latakia','Golan Heights':'golan','Syria':'syria',
   'Israel':'israel','Egypt':'egypt','Saudi Arabia':'saudi','United States':'usa'},[]),
 ('../../demo/02-sharaa-says-no-war.txt','demo-02-sharaa-says-no-war',
  {'DAMASCUS':'damascus','Damascus':'damascus','Syria':'syria','Israel':'israel'},[]),
 ('../../demo/03-netanyahu-demands-demilitarised-south.txt','demo-03-netanyahu-demands-demilitarised-south',
  {'JERUSALEM':'jerusalem','Syria':'syria','Israel':'israel','Damascus':'damascus','Mount Hermon':'hermon',
   'Quneitra':'quneitra','Daraa':'daraa','Sweida':'sweida'},[]),
 ('../../demo/04-jets-strike-hama-airbase.txt','demo-04-jets-strike-hama-airbase',
  {'BEIRUT':'beirut','Hama':'hama','Damascus':'damascus','Syria':'syria','Israel':'israel','Turkey':'turkey'},[]),
 ('../../demo/05-barrack-visits-damascus.txt','demo-05-barrack-visits-damascus',
  {'DAMASCUS':'damascus','Damascus':'damascus','Turkey':'turkey','Washington':'washington','Syria':'syria',
   'Israel':'israel','United States':'usa'},[]),
 ('../../demo/06-strikes-on-damascus.txt','demo-06-strikes-on-damascus',
  {'DAMASCUS':'damascus','Damascus':'damascus','Sweida':'sweida','Syria':'syria','Israel':'israel',
   'Washington':'washington','Turkey':'turkey','Jordan':'jordan'},['Israel Katz']),
 ('../../demo/07-paris-meeting-shaibani-dermer.txt','demo-07-paris-meeting-shaibani-dermer',
  {'PARIS':'paris','Paris':'paris','Syria':'syria','Israel':'israel','France':'france'},[]),
 ('../../demo/08-second-round-de-escalation.txt','demo-08-second-round-de-escalation',
  {'PARIS':'paris','Paris':'paris','Syria':'syria','Sweida':'sweida','Israel':'israel'},[]),
 ('../../demo/09-israel-proposes-security-map.txt','demo-09-israel-proposes-security-map',
  {'JERUSALEM':'jerusalem','Israel':'israel','Syria':'syria','Golan Heights':'golan','Damascus':'damascus'},[]),
 ('../../demo/10-sharaa-un-speech.txt','demo-10-sharaa-un-speech',
  {'NEW YORK':'newyork','Israel':'israel','Syria':'syria','US':'usa'},[]),
 ('$SHARED/corpus/bbc/politics/007.txt','bbc007',
  {'UK':'uk','Gateshead':'gateshead','Downing Street':'downing','Britain':'britain','Manchester':'manchester',
   'Liverpool':'liverpool','Leicester':'leicester','Somerset':'somerset','Basingstoke':'basingstoke',
   'Shrewsbury':'shrewsbury','Dorset':'dorset','Torbay':'torbay','South West':'southwest',
   'Scotland':'scotland','Wales':'wales'},[]),
 ('$SHARED/corpus/bbc/politics/029.txt','bbc029',
  {'UK':'uk','Bahamas':'bahamas','East Timor':'easttimor','Madagascar':'madagascar','Swaziland':'swaziland',
   'Europe':'europe','America':'america','Dallas':'dallas','US':'usa','Bordeaux':'bordeaux','France':'france',
   'Oporto':'oporto','Portugal':'portugal','Africa':'africa','Nairobi':'nairobi','Nigeria':'nigeria',
   'Pretoria':'pretoria','Maseru':'maseru','Mbabane':'mbabane','Baghdad':'baghdad','Basra':'basra',
   'Iraq':'iraq','Kabul':'kabul','Afghanistan':'afghanistan','Pyongyang':'pyongyang',
   'North Korea':'northkorea'},[]),
 ('$SHARED/corpus/bbc/politics/035.txt','bbc035',
  {'Turkey':'turkey','Downing Street':'downing','Brussels':'brussels','Italy':'italy','Germany':'germany',
   'France':'france','Netherlands':'netherlands'},[]),
 ('$SHARED/corpus/bbc/politics/010.txt','bbc010',
  {'Westminster':'westminster','Las Vegas':'lasvegas','UK':'uk','Glasgow':'glasgow','Scotland':'scotland',
   'Ibrox':'ibrox','Scottish Exhibition and Conference Centre':'secc'},[]),
 ('$SHARED/corpus/reuters21578/reut2-000.sgm','reuters-79',
  {'MONTREAL':'montreal','Montreal':'montreal','Canada':'canada','Quebec':'quebec','Matane':'matane',
   'North America':'northamerica','Britain':'britain','Amos':'amos','France':'france','U.S.':'usa'},
  ['Le Journal de Montreal','New York Stock Exchange']),
 ('$SHARED/corpus/reuters21578/reut2-000.sgm','reuters-458',
  {'LONDON':'london','U.K.':'uk','Brazil':'brazil','Washington':'washington','U.S.':'usa','France':'france',
   'Germany':'germany','Switzerland':'switzerland','Italy':'italy','Canada':'canada','Japan':'japan'},[]),
]
rows = []
for path, jf, surfaces, exclude in DOCS:
  j = json.load(open(jf + '.json'))  # `annalist show --json` of the document
  text = j['text'].encode('utf-8')
  doc = j['id'] if 'reuters' in jf else ''
  blocked = []
  for e in exclude:
    for m in re.finditer(re.escape(e.encode()), text): blocked.append((m.start(), m.end()))
  found = []
  for surf, key in surfaces.items():
    pat = rb'(?<![A-Za-z0-9])' + re.escape(surf.encode()) + rb'(?![A-Za-z0-9])'
    for m in re.finditer(pat, text):
      if any(a <= m.start() and m.end() <= b for a, b in blocked): continue
      found.append((m.start(), m.end(), surf, key))
  found.sort()
  # a shorter surface inside a longer one found at the same place is not its own mention
  kept = [f for f in found if not any(g != f and g[0] <= f[0] and f[1] <= g[1] for g in found)]
  for s, e, surf, key in kept:
    c, la, lo = P[key]
    rows.append((path, doc, s, e, surf, c, la, lo))
out = open(sys.argv[1], 'w')
out.write('# Place mentions of annalist\'s demo articles and of real articles in the shared corpus\n'
          '# (BBC politics, Reuters-21578), annotated by reading them: every place name, with the\n'
          '# country (ISO alpha-3; empty for continents) and a reference point of our own.\n'
          '# Format: docs/places.md, "Gold". Offsets are bytes of the text as the readers give it.\n'
          '# path\tdoc\tstart\tend\ttext\tcountry\tlat\tlon\n')
for r in rows: out.write('\t'.join(str(x) for x in r) + '\n')
print(len(rows))
