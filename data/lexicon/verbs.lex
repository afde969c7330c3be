# annalist built-in lexicon: verbs, the common CAMEO roots with their patterns, and the synonym sets they use.
# The format: docs/lexicon-format.md.

noun: ceasefire | talks | sanctions

set talks: talks | negotiations | dialogue | discussions
set truce: ceasefire | cease fire | truce | armistice
set aid: aid | assistance | humanitarian aid | relief
set weapon: airstrike | airstrikes | air strike | air strikes | drone | drones | missile | missiles | rocket | rockets

# 01 make statement
verb say 010?
  forms: said
  pattern: * it was optimistic [013]
  pattern: * it was pessimistic [012]
verb state 010?
  forms: stating
verb announce 010
  forms: announcing
verb comment 010
verb declare 010
  forms: declaring
  pattern: * &truce [0871]
  pattern: * war on [190]
verb welcome 013
  forms: welcoming
  pattern: * proposal [051]
# 02 appeal
verb urge 020
  forms: urging
  pattern: * + to {negotiate | resume &talks | join &talks} [026]
  pattern: * + to accept mediation [028]
verb appeal 020
  pattern: * for &aid [023]
  pattern: * for calm [027]
verb call 020
  pattern: * for &truce [027]
  pattern: * for &talks [026]
  pattern: * for &aid [023]
  pattern: * for reform [024]
verb ask 020
  pattern: * for &aid [023]
# 03 express intent to cooperate
verb pledge 030
  forms: pledging
  pattern: * &aid [033]
  pattern: * support for + [032]
verb promise 030
  forms: promising
  pattern: * &aid [033]
verb offer 030
  pattern: * &aid [033]
  pattern: * to mediate [039]
  pattern: * to host &talks [036]
verb propose 030
  forms: proposing
  pattern: * &talks [036]
  pattern: * &truce [037]
  pattern: * to meet [036]
verb agree 030
  forms: agreeing
  pattern: * to meet [036]
  pattern: * to {hold | resume} &talks [036]
  pattern: * on a &truce [0871]
  pattern: * to a &truce [0871]
  pattern: * to release [035]
  pattern: * on + [057]
# 04 consult
verb meet 040:040
  forms: met | meeting
  pattern: % * [040]
  pattern: * with + [040:040]
  pattern: * in ^ with + [040:040]
verb visit 042:043
  pattern: $ * + [042:043]
verb host 043:042
  pattern: $ * + [043:042]
verb travel 042
  forms: travelled | traveling | travelling
  pattern: * to + [042]
verb talk 040
  pattern: * by phone [041]
  pattern: * by telephone [041]
  pattern: * with + [040:040]
verb discuss 040
verb negotiate 046
  forms: negotiating
  pattern: * with + [046]
verb consult 040
verb mediate 045
  forms: mediating
  pattern: * between + [045]
verb hold ---
  forms: held | holding
  pattern: * &talks with + [046]
  pattern: * &talks [046]
  pattern: * talks [046]
# 05 diplomatic cooperation and 06 material cooperation
verb praise 051
  forms: praising
verb endorse 051
  forms: endorsing
verb support 050
verb sign 057
  pattern: * {agreement | accord | deal | treaty} [057]
verb recognize 050
  forms: recognizing
verb recognise 050
  forms: recognising
verb cooperate 060
  forms: cooperating
verb restore 050
  forms: restoring
  pattern: * {diplomatic_relations | ties | relations} [050]
# 07 provide aid
verb send ---
  forms: sent
  pattern: * &aid [070]
  pattern: * troops [154]
verb deliver 070
  pattern: * &aid [070]
verb donate 070
  forms: donating
# 08 yield
verb release 084
  forms: releasing
  pattern: * {hostages | prisoners | detainees | captives} [0841]
verb free 0841
  forms: freeing
verb withdraw 0874
  forms: withdrew | withdrawn
  pattern: * from &talks [164]
verb retreat 0874
verb ease 080
  forms: easing
  pattern: * sanctions [085]
verb lift 080
  pattern: * sanctions [085]
  pattern: * {blockade | siege} [0872]
verb allow 080
  pattern: * &aid [0863]
  pattern: * inspectors [0862]
# 09 investigate
verb investigate 090
  forms: investigating
verb probe 090
  forms: probing
# 10 demand
verb demand 100
  pattern: * {withdrawal | pullout} [1056]
verb insist 100
# 11 disapprove
verb criticize 111
  forms: criticizing
verb criticise 111
  forms: criticising
verb condemn 111
verb denounce 111
  forms: denouncing
verb accuse 112
  forms: accusing
  pattern: * + of {war_crimes | genocide} [1124]
  pattern: * + of aggression [1123]
  pattern: * + of {corruption | crimes} [1121]
verb blame 112
  forms: blaming
verb warn 130
  pattern: * of retaliation [138]
# 12 reject
verb reject 120
  pattern: * &talks [125]
  pattern: * {proposal | plan | offer} [120]
verb refuse 120
  forms: refusing
  pattern: * to {meet | negotiate} [125]
verb deny 120
  forms: denies | denied | denying
verb veto 120
  forms: vetoes | vetoed | vetoing
# 13 threaten
verb threaten 130
  pattern: * {war | military_action | force | invasion} [138]
  pattern: * sanctions [1312]
# 14 protest
verb protest 140
verb demonstrate 141
  forms: demonstrating
verb rally 141
  forms: rallies | rallied | rallying
# 15 exhibit force, 16 reduce relations, 17 coerce
verb deploy 154
verb mobilize 154
  forms: mobilizing
verb sever 161
  pattern: * {ties | relations} [161]
verb expel 174
  forms: expelled | expelling
  pattern: * {ambassador | diplomats | envoy} [161]
verb suspend 160
  pattern: * &talks [164]
  pattern: * &aid [161]
verb impose 170
  forms: imposing
  pattern: * sanctions [163]
  pattern: * curfew [1723]
  pattern: * martial_law [1724]
verb sanction 163
verb arrest 173
verb detain 173
# 18 assault, 19 fight
verb kidnap 181
  forms: kidnapped | kidnapping
verb abduct 181
verb assassinate 186
  forms: assassinating
verb attack 190
  pattern: * with &weapon [195]
verb bomb 195
verb shell 194
verb strike 190
  forms: struck | striking
  pattern: * with &weapon [195]
verb fight 190
  forms: fought
verb clash 190
  forms: clashes
  pattern: % * [190]
  pattern: * with + [190:190]
verb invade 192
  forms: invading
verb occupy 192
  forms: occupies | occupied | occupying
verb kill 190
  pattern: * civilians [180]
