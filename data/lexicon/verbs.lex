# annalist default lexicon: verbs, patterns, synonym sets, and the nouns and
# adjectives that must not be read as verbs. Format: docs/lexicon.md (.lex).
#
# One entry per verb headword, grouped by CAMEO root (01 .. 20). The code on
# the header is the verb's own; a pattern's code replaces it when the
# pattern matches. Pattern words match exactly, so plurals and other forms
# of a noun are written out (in the sets below, mostly).
#   *  the verb    $  the source    +  the target    %  both (a compound)
#   ^  an actor to skip     &NAME a set     {a | b} alternatives
# A light verb (hold, launch, carry, reach, impose...) is `---` on its own and
# codes through the event noun that follows it ("held talks", "launched air
# strikes"). A governing verb (refuse, threaten, promise, demand, urge...)
# codes the act it governs: "refused to withdraw" 1246, "threatened to
# attack" 138, "pledged aid" 033, "demanded a withdrawal" 1056.

# --- Synonym sets --------------------------------------------------------------

set TALKS: talks | negotiations | dialogue | discussions | consultations | peace talks | security talks | direct talks | indirect talks | peace process | negotiation
set MEETING: meeting | meetings | summit | summits | conference | talks | session | round of talks
set TRUCE: ceasefire | cease-fire | truce | armistice | ceasefires | truces | cessation of hostilities | halt to fighting
set DEAL: agreement | agreements | accord | accords | deal | deals | treaty | treaties | pact | pacts | memorandum of understanding | security agreement | peace agreement | peace deal | peace treaty | disengagement agreement | framework agreement
set AID: aid | assistance | humanitarian aid | humanitarian assistance | relief | relief supplies | food aid | emergency aid | supplies
set ECONAID: loan | loans | credit | credits | grant | grants | funds | funding | financial aid | economic aid | financial assistance | economic assistance
set MILAID: weapons | arms | military aid | military assistance | ammunition | missiles | air defence systems | air defense systems | tanks | fighter jets
set TROOPS: troops | soldiers | forces | army | tanks | warships | troop | units | reinforcements | military
set STRIKE: air strike | air strikes | airstrike | airstrikes | air raid | air raids | air attack | air attacks | bombing raid | bombing raids | bombing | bombings | drone strike | drone strikes | drone attack | drone attacks | missile strike | missile strikes | strike | strikes
set ATTACK: attack | attacks | offensive | assault | raid | raids | incursion | incursions | operation | operations | military operation | ground operation | counteroffensive
set SHELLING: shelling | shells | artillery fire | mortar fire | mortars | rockets | rocket fire | barrage
set PRISONERS: prisoners | prisoner | hostages | hostage | detainees | captives | political prisoners
set SANCTIONS: sanctions | embargo | embargoes | trade embargo | arms embargo | tariffs | economic sanctions | new sanctions | penalties
set RELATIONS: relations | ties | diplomatic relations | diplomatic ties | relationship
set WITHDRAWAL: withdrawal | pullout | pull-out | pullback | retreat | troop withdrawal | redeployment | de-escalation | disengagement
set INQUIRY: investigation | investigations | inquiry | probe | inquest | review
set STATEMENT: statement | comments | remarks | speech | address | declaration
set ENVOY: envoy | envoys | delegation | delegations | ambassador | ambassadors | diplomats | diplomat | minister | ministers | president | prime minister | foreign minister | team | mission
set PEACEKEEPERS: peacekeepers | peacekeeping force | peacekeeping forces | peacekeeping troops | monitors | observers | international force
set INSPECTORS: inspectors | monitors | observers | investigators
set SUPPORT: support | backing | cooperation | assistance
# Words with a hyphen are written in sets (a set phrase matches the
# hyphenated token; a pattern word is one plain word).
set DEESCALATE: de-escalate | deescalate
set DEESCALATION: de-escalation | deescalation
set REEXAMINE: re-examine | reexamine | re-investigate
set GOBETWEEN: go-between | go-betweens
set SITIN: sit-in | sit-ins

# --- Nouns and adjectives that are not verbs here ------------------------------
# "Talks resumed", "air strikes hit", "the attacks": the noun, not the verb.

noun: talks | peace talks | security talks | direct talks | strikes | air strikes | air strike | airstrikes | drone strikes | drone strike | missile strikes | missile strike
noun: attacks | air attacks | drone attacks | raids | air raids | cuts | rate cuts | job cuts | notes
noun: travel ban | travel bans | ban on travel | bans on travel
noun: under pressure | pressure on | pressure from | international pressure | inflationary pressure | selling pressure
noun: demand for | supply of | shares | offer price | orders | new orders | factory orders
noun: emergency meeting | cabinet meeting | ministerial meeting | committee meeting | board meeting | annual meeting | special meeting | extraordinary meeting | summit meeting | informal meeting | council meeting | monthly meeting | weekly meeting | next meeting | last meeting | recent meeting | previous meeting | general meeting | meeting of | meeting held | meeting scheduled
noun: ceasefire | sanctions | trade sanctions | economic sanctions | claims | press conference | press release | news conference | press reports | press agency | press freedom
noun: offer for | share offer | public offer | takeover offer | tender offer | renewed offer | so-called
noun: brokers | brokerage | battles | fierce battles | heavy fighting | fierce fighting | renewed fighting | states | support for | support from | mortar bomb | car bomb | roadside bomb | bomb attack | bomb blast
noun: strike price | strike prices | general strike | hunger strike | arrest warrant | arrest warrants | death toll
noun: state media | state television | state radio | state news agency | state-run | head of state | heads of state | state visit | member states
noun: protests | a protest | the protest | in protest | protest leaders | protest leader | protest movement | protest group | protest groups | protest camp | protest site | protest organisers | protest organizers
noun: the attack | an attack | terrorist attack | terror attack | suicide attack | terrorist assault | an assault | the assault | sexual assault | assault rifle | assault rifles
noun: state of | a state | northeastern state | northern state | southern state | eastern state | western state
noun: sign of | signs of | a sign | the sign | latest sign | sign that | signs that | clear sign
noun: the pound | a pound | pounds | pound sterling | per pound | sterling | olympic torch | the torch | torch relay

# --- 01 Make a public statement --------------------------------------------------

verb say 010?
  forms: said | saying
  pattern: * it was optimistic [013]
  pattern: * it was pessimistic [012]
  pattern: * {it | he | she | they} would_{free | release} [0353]
  pattern: * {it | he | she | they} will_{free | release} [0353]
  pattern: * {it | he | she | they} would_{withdraw | pull out} [0356]
  pattern: * {it | he | she | they} would_{attack | strike | retaliate} [138]
  pattern: * {it | he | she | they} would not_{attend | negotiate | meet} [125]
  pattern: * + must [100]
  pattern: * {it | he | she | they} {would | will} not_{provide | give | send | offer | supply} [122]
  pattern: * {it | he | she | they} would not_{lift | ease} [1241]
  pattern: * {it | he | she | they} will_{withdraw | pull out} [0356]
  pattern: * {it | he | she | they} will_{attack | strike | retaliate | invade} [138]
  pattern: * {it | he | she | they} {will | would}_{launch | begin | start} {a military operation | military operation | an offensive | offensive | military action | a military offensive} [138]
verb state 010?
  forms: stating
verb announce 010?
  forms: announcing
  pattern: * {it | he | she | they} would_{free | release} [0353]
  pattern: * {it | he | she | they} will_{free | release} [0353]
  pattern: * {it | he | she | they} would_{withdraw | pull out} [0356]
  pattern: * &TRUCE [0871]
  pattern: * {withdrawal | pullout} [0874]
  pattern: * {resumption | resuming} of &TALKS [036]
  pattern: * {suspension | a suspension} of &AID [162]
  pattern: * {the release | release} of [084]
  pattern: * &SANCTIONS [163]
  pattern: *_{additional | new | more | fresh | further | extra | emergency | humanitarian} &AID [073]
  pattern: * {million | billion} in {aid | assistance | funding} [070]
  pattern: * {suspension | a suspension} of {flights | air links | links | ties | relations | cooperation | trade} [160]
  pattern: * {suspension | a suspension} of &TALKS [164]
verb comment 010?
verb declare 010?
  forms: declaring
  pattern: * &TRUCE [0871]
  pattern: * war on + [138]
  pattern: * {state of emergency | martial law} [1724]
  pattern: * independence [010]
  pattern: * {state of siege | a state of siege | curfew} [1724]
verb confirm 010?
verb note ---
  forms: noting
verb express 010?
  pattern: * {sorrow | condolences | sympathy | sadness | grief | solidarity} [018]
  pattern: * {optimism | hope | confidence} [013]
  pattern: * {pessimism | doubt | doubts | scepticism | skepticism} [012]
  pattern: * {concern | concerns | alarm | dismay} [012]
  pattern: * {appreciation | gratitude | thanks} [051]
  pattern: * support for + [051]
  pattern: * {regret} [018]
verb voice 010?
  forms: voicing
  pattern: * {concern | concerns | alarm | doubt | doubts} [012]
  pattern: * {support | backing} for + [051]
  pattern: * {optimism | hope | confidence} [013]
verb claim 010?
  pattern: * responsibility [015]
  pattern: * credit [015]
  pattern: * {that_they | they | that_it | it | that_we | we}_{had | have | has} {attacked | killed | carried out | shot down | destroyed | bombed | captured | downed | struck | hit} [015]
  pattern: * that + {had | has | have} {attacked | killed | carried out | shot down | destroyed | bombed | captured | downed | struck | hit} [112]
verb deny 016
  forms: denies | denied | denying
  pattern: * {involvement | responsibility | role} [016]
  pattern: * {visa | visas | entry | access} [120]
  pattern: * &AID [122]
verb acknowledge 015
  forms: acknowledging
verb admit 015
  forms: admitted | admitting
  pattern: * + into [080]
  pattern: * + to [080]
verb decline ---
  forms: declining
  pattern: * to comment [011]
  pattern: * {comment | comments} [011]
  pattern: * &AID [122]
  pattern: * to_{meet | negotiate | attend} [125]
verb mourn 018
verb offer 030
  pattern: {be | been | being}_* [---]
  pattern: * condolences [018]
  pattern: * &AID [033]
  pattern: * &ECONAID [0331]
  pattern: * &MILAID [0332]
  pattern: * to_{mediate | broker} [039]
  pattern: * mediation [039]
  pattern: * to host &TALKS [036]
  pattern: * to host + [036]
  pattern: * &TRUCE [0356]
  pattern: * to_{withdraw | pull out} [0356]
  pattern: * {talks | dialogue | negotiations} [036]
verb consider 014
  forms: considering
verb mull 014
verb weigh 014
  pattern: * {sanctions | measures} [014]
verb explore ---
  forms: exploring
  pattern: * {the possibility | possibility | options | ways | the option | whether | the idea} [014]
verb welcome 051
  forms: welcoming
  pattern: * &DEAL [051]
  pattern: * {proposal | plan | decision | move | offer} [051]
  pattern: * &TRUCE [051]
  pattern: * &TALKS [051]
verb agree 030
  forms: agreeing | agreed
  pattern: * to meet [036]
  pattern: * to_{hold | resume | restart | reopen | join | start | begin} &TALKS [036]
  pattern: * to_{negotiate | talk} [036]
  pattern: * {on | to} {a | the} &TRUCE [0356]
  pattern: * to &TRUCE [0356]
  pattern: * to_{release | free} [0353]
  pattern: * to_{withdraw | pull out | pull back} [0356]
  pattern: * to lift &SANCTIONS [085]
  pattern: * to_{ease | lift} [085]
  pattern: * to_{allow | admit} &INSPECTORS [0355]
  pattern: * to_{send | provide | supply | give} &AID [033]
  pattern: * to_{cooperate | work together | work with} [031]
  pattern: * to_{restore | resume} &RELATIONS [032]
  pattern: * to_{mediate} [039]
  pattern: * on {a | the} &DEAL [057]
  pattern: * with + [019]
  pattern: * that [---]
  pattern: * in {a meeting | talks | the meeting} between % [040]
  pattern: * to_{resign | step down} [0341]
  pattern: * to_{lay down | hand over | give up} {arms | weapons | their arms | their weapons | its weapons} [0356]
  pattern: * to_{allow | grant} {access | humanitarian access | aid} [0355]
  pattern: * to_{share | exchange} {information | intelligence | evidence} [0314]
  pattern: * to_{postpone | call off | end | suspend} {a protest | the protest | protests | the strike | a strike | the demonstration | demonstrations | the boycott} [0352]
verb concur 019
  forms: concurred | concurring

# --- 02 Appeal ---------------------------------------------------------------------

verb urge 020
  forms: urging
  pattern: * + to_{negotiate | talk | return to the table} [026]
  pattern: * + to_{resume | hold | join | restart | start} &TALKS [026]
  pattern: * + to accept mediation [028]
  pattern: * + to_{withdraw | pull out | pull back | leave} [0256]
  pattern: * + to_{stop | halt | end | cease | &DEESCALATE} [0256]
  pattern: * + to_{release | free} [0253]
  pattern: * + to_{lift | ease} &SANCTIONS [0254]
  pattern: * + to_{respect | honour | honor | abide by | implement} [027]
  pattern: * &TRUCE [0256]
  pattern: * {restraint | calm} [0256]
  pattern: * + to_{help | send aid | provide aid} [023]
  pattern: * + to_{reform | step down | resign} [024]
  pattern: * {dialogue | talks | negotiations} [026]
verb appeal 020
  forms: appealed | appealing
  pattern: * for &AID [023]
  pattern: * for {calm | restraint} [0256]
  pattern: * for &TRUCE [0256]
  pattern: * for &TALKS [026]
  pattern: * to + to_{withdraw | stop | halt | end} [0256]
  pattern: * for {the release} [0253]
verb call ---
  forms: called | calling
  pattern: * for + [020]
  pattern: * for &TRUCE [0256]
  pattern: * for {calm | restraint | &DEESCALATION} [0256]
  pattern: * for &TALKS [026]
  pattern: * for {the resumption of | a return to | resumption of} &TALKS [026]
  pattern: * for {a meeting | a summit} [026]
  pattern: * for &AID [023]
  pattern: * for {reform | reforms | elections} [024]
  pattern: * for {the resignation | resignation} [0241]
  pattern: * for {the release | release} of [0253]
  pattern: * for {the lifting | lifting} of &SANCTIONS [0254]
  pattern: * for {a withdrawal | the withdrawal | withdrawal | an end | the end | an end to} [0256]
  pattern: * for {a} &WITHDRAWAL [0256]
  pattern: * on + to_{withdraw | pull out | pull back | leave | stop | halt | end | cease} [0256]
  pattern: * on + to_{release | free} [0253]
  pattern: * on + to_{negotiate | resume talks | return to talks | hold talks | talk} [026]
  pattern: * on + to_{lift | ease} [0254]
  pattern: * on + to_{respect | honour | honor | implement | abide by} [027]
  pattern: * on + [020]
  pattern: * off &TALKS [164]
  pattern: * off {the visit | a visit | the meeting | the summit | the trip | a meeting} [164]
  pattern: * off {a strike | the strike | strike | strikes | a protest | the protest | protests | a boycott | the boycott | demonstration | demonstrations} [082]
  pattern: *_+ to_{congratulate | apologize | apologise | express | offer | thank | discuss} [041]
  pattern: * for &SANCTIONS {against | on} + [113]
verb ask 020
  forms: asked | asking
  pattern: *_{if | whether | what | when | how | why | about | his | her} [---]
  pattern: * for &AID [023]
  pattern: * for &ECONAID [0231]
  pattern: * for &MILAID [0232]
  pattern: * for {help | support} [020]
  pattern: * + to_{withdraw | pull out | stop | halt} [0256]
  pattern: * + to_{release | free} [0253]
  pattern: * + to_{mediate | broker} [028]
  pattern: * for {asylum} [023]
verb request 020
  pattern: * &AID [023]
  pattern: * {asylum} [023]
  pattern: * {a meeting | talks} [026]
verb plead 020
  forms: pleaded | pled | pleading
  pattern: * guilty [015]
  pattern: * for &AID [023]
verb want ---
  pattern: *_to help + [030]
  pattern: *_to_{attack | strike | invade | bomb} [138]
  pattern: *_to_{investigate | examine | &REEXAMINE | inspect | probe} [090]
  pattern: * + to_{withdraw | pull out | leave} [1056]
  pattern: * + to_{release | free} [1053]
  pattern: *_to_{meet | talk | negotiate} [036]
  pattern: * &DEAL with + [030]
  pattern: * + to [020]
verb seek ---
  forms: sought | seeking
  pattern: * to_{deepen | strengthen | expand | boost | improve | bolster} [030]
  pattern: * to_{mend | improve | restore | repair | normalise | normalize} &RELATIONS [032]
  pattern: * &AID [023]
  pattern: * asylum [023]
  pattern: * {talks | dialogue | negotiations} [026]
  pattern: * {mediation} [028]
  pattern: * {extradition} [0213]
verb push ---
  forms: pushing
  pattern: * for {reform | reforms | elections | a referendum} [024]
  pattern: * for &TALKS [026]
  pattern: * for {a withdrawal | withdrawal | an end to} [0256]
  pattern: * for + [020]
verb invite 036
  forms: inviting
  pattern: * + to_{visit | attend | come} [036]
  pattern: * + to &TALKS [036]

# --- 03 Express intent to cooperate ----------------------------------------------

verb pledge 030
  forms: pledging
  pattern: * &AID [033]
  pattern: * &ECONAID [0331]
  pattern: * &MILAID [0332]
  pattern: * support for + [032]
  pattern: * {support | backing} [032]
  pattern: * to_{release | free} [0353]
  pattern: * to_{withdraw | pull out} [0356]
  pattern: * to_{expel | deport} [174]
  pattern: * to_{cooperate | work together | work with} [031]
  pattern: * to_{retaliate | respond} [138]
  pattern: * to_{attack | strike | destroy | crush} [138]
  pattern: * to_{continue | resume | hold} &TALKS [036]
  pattern: * to_{reform | hold elections} [034]
verb promise 030
  forms: promising
  pattern: * &AID [033]
  pattern: * &ECONAID [0331]
  pattern: * &MILAID [0332]
  pattern: * to_{release | free} [0353]
  pattern: * to_{withdraw | pull out} [0356]
  pattern: * to_{retaliate | respond} [138]
  pattern: * to_{attack | strike | destroy | crush} [138]
  pattern: * to_{reform | hold elections} [034]
  pattern: * {reforms | elections} [034]
  pattern: * support [032]
verb vow 030
  forms: vowed | vowing
  pattern: * to_{retaliate | respond | avenge | revenge} [138]
  pattern: * to_{attack | strike | destroy | crush | fight} [138]
  pattern: * {revenge | retaliation} [138]
  pattern: * to_{expel | deport} [174]
  pattern: * to_{release | free} [0353]
  pattern: * to_{withdraw | pull out} [0356]
  pattern: * &AID [033]
  pattern: * support [032]
verb propose 030
  forms: proposing
  pattern: * &TALKS [036]
  pattern: * {a meeting | a summit | to meet} [036]
  pattern: * &TRUCE [037]
  pattern: * &DEAL [037]
  pattern: * {peace plan | plan | settlement} [037]
  pattern: * &SANCTIONS [014]
verb plan ---
  forms: planned | planning
  pattern: * to_{visit | travel} [036]
  pattern: * to_{meet | hold talks} [036]
  pattern: * to_{attack | strike | invade} [138]
verb intend ---
  pattern: * to_{meet | visit} [036]
verb hope 013?
  forms: hoping
verb expect ---
  pattern: * + to_{honour | honor | respect | implement | abide by | comply} [100]
  pattern: * + to_{withdraw | pull out | leave} [1056]
verb prepare ---
  forms: preparing
verb commit 030
  forms: committed | committing
  pattern: * to_{peace | a ceasefire | the ceasefire} [037]
  pattern: * &TROOPS [074]
  pattern: * {crimes | atrocities | war crimes | genocide | massacres} [180]
verb willing 030
  pattern: * to_{withdraw | pull out | pull back} [0356]
  pattern: * to_{release | free} [0353]
  pattern: * to_{provide | give | send | offer} &AID [033]
  pattern: * to_{meet | talk | negotiate | hold talks} [036]
  pattern: * to_{mediate} [039]
  pattern: * to_{fight | attack | strike | use force} [138]
verb ready ---
  pattern: * to_{contribute | help | cooperate | work with | assist | support} [030]
  pattern: * to_{meet | talk | negotiate | hold talks | resume talks} [036]
  pattern: * to_{mediate} [039]
  pattern: * to_{withdraw | pull out} [0356]
  pattern: * to_{fight | attack | strike | retaliate | respond | use force} [138]

# --- 04 Consult -----------------------------------------------------------------------

verb meet 040:040
  forms: met | meeting
  pattern: * {demand | needs | requirements | targets | target | expectations | obligations | deadline | criteria | costs | payments} [---]
  pattern: {was | were | been}_* with [---]
  pattern: % * [040]
  pattern: * with + [040:040]
  pattern: * in ^ with + [040:040]
  pattern: $ * + [040:040]
  pattern: * with + in [044]
verb visit 042:043
  forms: visited | visiting
  pattern: $ * + [042:043]
verb host 043:042
  pattern: $ * + [043:042]
  pattern: $ * &TALKS [043]
  pattern: $ * {a meeting | a summit | a conference | talks | a round} [043]
verb receive ---
  forms: receiving
  pattern: + * &AID from $ [070]
  pattern: + * &MILAID from $ [072]
  pattern: + * {assurances | guarantees | promises} from $ [030]
  pattern: * &ENVOY from + [043:042]
  pattern: * &ENVOY [043]
  pattern: * {a call | a phone call | a telephone call} from + [041]
  pattern: * {sentence | sentences | prison term} [116]
verb travel 042
  forms: travelled | traveling | travelling | traveled
  pattern: * to + [042]
verb fly ---
  forms: flew | flown | flies | flying
  pattern: * to + [042]
verb arrive 042
  forms: arriving
  pattern: * in + [042]
  pattern: &PEACEKEEPERS * [074]
verb attend 042
  pattern: * {summit | conference | talks | meeting | session | forum} [044]
  pattern: * &TALKS [046]
  pattern: * {ceremony | a ceremony | the ceremony | commemoration | funeral | memorial | memorial service | wreath-laying | inauguration} [017]
verb talk 040
  forms: talked | talking
  pattern: * by {phone | telephone} [041]
  pattern: * with + by {phone | telephone} [041]
  pattern: * with + [040]
  pattern: * to + [040]
verb phoned 041
  forms: phoning
verb telephoned 041
  forms: telephoning
verb discuss 040
  forms: discussed | discussing
  pattern: * with + [040]
verb confer 040
  forms: conferred | conferring
verb consult 040
verb negotiate 046
  forms: negotiating
  pattern: * with + [046]
  pattern: * &DEAL [046]
  pattern: * {the sale | the purchase | a contract | the acquisition | a merger | the price} [---]
verb mediate 045
  forms: mediating
  pattern: * between + [045]
  pattern: * &TALKS [045]
  pattern: * in &TALKS [045]
verb broker 045
  pattern: * &TRUCE [045]
  pattern: * &DEAL [045]
  pattern: * &TALKS [045]
  pattern: * between + [045]
verb serve ---
  forms: serving
  pattern: $ * as {mediator | a mediator | the mediator | intermediary | &GOBETWEEN} [045]
verb act ---
  pattern: $ * as {mediator | a mediator | the mediator | intermediary | &GOBETWEEN} [045]
verb resume 046
  forms: resuming
  pattern: * &TALKS [046]
  pattern: * &TALKS with + [046]
  pattern: * &RELATIONS [050]
  pattern: * {fighting | attacks | strikes | shelling | bombing | hostilities} [190]
  pattern: * &AID [070]
verb hold ---
  forms: held | holding
  pattern: * &TALKS with + [040:040]
  pattern: * &TALKS [040]
  pattern: * {a meeting | meetings | a summit | a conference} with + [040:040]
  pattern: * {a meeting | meetings | a summit | summits | a conference | consultations | a round} [040]
  pattern: * {a phone call | a telephone call | phone talks | telephone talks} with + [041]
  pattern: * {a phone call | a telephone call | phone talks | telephone talks} [041]
  pattern: * {military exercises | joint exercises | exercises | drills | war games | manoeuvres | maneuvers} [150]
  pattern: * {a rally | rallies | a demonstration | demonstrations | a protest | protests | a march} [141]
  pattern: * {hostage | hostages | prisoners | captive} [181]
  pattern: * + responsible [112]
  pattern: * {elections | a referendum | a vote | a news conference | a press conference} [---]
  pattern: * {talks | meetings} {in | at} [040]
  pattern: * as {human shields | a human shield | human shield} [184]
verb participate ---
  forms: participating
  pattern: * in &TALKS [046]
  pattern: * in {a hunger strike | hunger strike} [142]
  pattern: * in {protests | a protest | the protest | demonstrations | a demonstration | rallies | a rally} [141]
verb join ---
  forms: joining
  pattern: * &TALKS [046]
  pattern: * {the protest | protests | protesters | demonstrators | the rally} [141]
  pattern: * {the fighting | the war | the fight | the offensive} [190]
  pattern: * {the coalition | forces} [062]
verb convene 040
  forms: convening
verb gather ---
  pattern: * for {a meeting | talks | a summit | a conference} [040]
  pattern: * {to protest | in protest | to demonstrate} [141]
verb lead ---
  forms: led | leading
  pattern: * {a delegation | delegation | a mission} to + [042]
  pattern: * &ATTACK on + [190]
verb pay ---
  forms: paid | paying
  pattern: * {a visit | an official visit | a state visit | visit} to + [042]
  pattern: * {respects | his respects | her respects | their respects | homage} [017]
  pattern: * tribute to + [051]

# --- 05 Diplomatic cooperation ------------------------------------------------------

verb praise 051
  forms: praising
verb commend 051
verb applaud 051
verb hail 051
verb endorse 051
  forms: endorsing
verb support 051
  pattern: * {plan | proposal | resolution | bid | efforts} [051]
  pattern: *_by [---]
verb thank 051
verb defend 052
  pattern: * {decision | policy | actions | move | right} [052]
verb apologise 055
  forms: apologising
verb apologize 055
  forms: apologizing
verb forgive 056
  forms: forgave | forgiven | forgiving
verb pardon 056
verb sign 057
  pattern: * &DEAL [057]
  pattern: * &DEAL with + [057]
  pattern: * {a | an | the} &DEAL [057]
verb ratify 057
  forms: ratifies | ratified | ratifying
verb conclude 057
  forms: concluding
  pattern: * &DEAL [057]
  pattern: * &TALKS [046]
verb reach ---
  forms: reaches
  pattern: * &DEAL [057]
  pattern: * {an understanding | understanding | a compromise | compromise | consensus} [057]
  pattern: * {agreement | deal | accord} with + [057]
  pattern: * &TRUCE [0871]
  pattern: *_+ [042]
verb seal 057
  pattern: * &DEAL [057]
verb strike 190
  forms: struck | striking
  pattern: * {an | a | the} &DEAL [057]
  pattern: * {agreement | deal | accord} with + [057]
  pattern: * &DEAL [057]
  pattern: * with &STRIKE [195]
  pattern: * with {drone | drones} [1952]
  pattern: * with {missiles | rockets} [195]
  pattern: * + [190]
verb recognise 054
  forms: recognising
verb recognize 054
  forms: recognizing
verb restore 050
  forms: restoring
  pattern: * &RELATIONS [050]
  pattern: * {diplomatic relations | ties} with + [050]
verb establish ---
  forms: establishing
  pattern: * &RELATIONS with + [054]
  pattern: * &RELATIONS [054]
verb upgrade ---
  forms: upgrading
  pattern: * &RELATIONS [050]
verb normalise 050
  forms: normalising
verb normalize 050
  forms: normalizing
verb normalisation 050
verb normalization 050

# --- 06 Material cooperation ---------------------------------------------------------

verb cooperate 060
  forms: cooperating
  pattern: * with + on {security | defence | defense | military} [062]
  pattern: * with + on {trade | economy | energy | investment} [061]
  pattern: * with + on {intelligence} [064]
  pattern: * with + [060]
verb collaborate 060
  forms: collaborating
verb work ---
  pattern: * with_+ [060]
  pattern: * closely with + [060]
verb train ---
  pattern: * &TROOPS [062]
verb share ---
  forms: sharing
  pattern: * intelligence [064]
  pattern: * information [064]
  pattern: * {evidence | data | intelligence | information} with + [064]
  pattern: * evidence [064]
verb extradite 063
  forms: extraditing
verb approve ---
  forms: approving
  pattern: * {extradition | the extradition} [063]
  pattern: * {the release | release} of [084]
verb authorise ---
  forms: authorising
  pattern: * {the release | release} of [084]
  pattern: * &MILAID [072]
verb authorize ---
  forms: authorizing
  pattern: * {the release | release} of [084]
  pattern: * &MILAID [072]
verb hand ---
  pattern: * over {suspect | suspects | fugitive | fugitives} [063]
  pattern: * over &PRISONERS [0841]
  pattern: * over [084]
  pattern: * over {medical equipment | medical supplies | medicines | vaccines | food} [073]
  pattern: * over &AID [073]
verb invest 061

# --- 07 Provide aid -----------------------------------------------------------------

verb send ---
  forms: sent | sending
  pattern: * &AID [073]
  pattern: * &MILAID [072]
  pattern: * &ECONAID [071]
  pattern: * &PEACEKEEPERS [074]
  pattern: * &TROOPS to + [154]
  pattern: * &TROOPS [154]
  pattern: * {a delegation | a team | an envoy | delegation | envoy | diplomats | negotiators} to + [042]
  pattern: * {a delegation | a team | an envoy | delegation | envoy | diplomats} [032]
  pattern: * {peacekeeping mission | peacekeeping operation | peacekeeping operations | peacekeeping missions | peacekeeping force} [074]
  pattern: * {a team of doctors | a team of medical experts | medical experts | medical teams | rescue teams | rescuers | doctors} [073]
  pattern: * {experts | investigators | officials | a team | teams | inspectors | agents | operatives} to investigate [090]
  pattern: * {a letter | letters | a message | messages | a note} [---]
verb deliver 070
  pattern: * &AID [073]
  pattern: * &MILAID [072]
  pattern: * {a speech | speech | remarks | a message | message | a statement} [---]
verb supply 070
  forms: supplied | supplying
  pattern: * &MILAID [072]
  pattern: * &AID [073]
verb provide 070
  forms: providing
  pattern: * for [---]
  pattern: * &MILAID [072]
  pattern: * &AID [073]
  pattern: * &ECONAID [071]
  pattern: * {protection | security} [074]
  pattern: * {million | billion} [071]
  pattern: * {medical equipment | medical supplies | medicines | medicine | vaccines | food | tents | ventilators} [073]
verb donate 070
  forms: donating
verb earmark ---
  forms: earmarking
  pattern: * &AID [073]
  pattern: * &ECONAID [071]
  pattern: * {million | billion} [071]
verb allocate ---
  forms: allocating
  pattern: * &AID [073]
  pattern: * &ECONAID [071]
  pattern: * {million | billion} [071]
verb contribute ---
  forms: contributing
  pattern: * {million | billion} [071]
  pattern: * &TROOPS [074]
  pattern: * &AID [073]
verb give ---
  forms: gave | given | giving
  pattern: * &AID [073]
  pattern: * &ECONAID [071]
  pattern: * &MILAID [072]
  pattern: * asylum [075]
  pattern: * {a speech | speech | an interview | interview | a statement | remarks} [---]
  pattern: * {permission | approval | the green light} [080]
  pattern: * {million | billion} to + [071]
  pattern: * {firearms | rifles | guns | military equipment | military vehicles} [072]
  pattern: * {medical equipment | medical supplies | medicines | medicine | vaccines | food | tents | ventilators} [073]
  pattern: * {a deadline | deadline | an ultimatum | ultimatum} [139]
verb help ---
  pattern: * + with_{aid | food | weapons | money | funds | asylum} [070]
  pattern: * + to_{rebuild | recover | defend | fight} [070]
verb grant ---
  pattern: * asylum [075]
  pattern: * &ECONAID [071]
  pattern: * {visa | visas | access} [080]
  pattern: * {amnesty | pardon} [0841]
verb airlift 073
verb lend 071
  forms: lent | lending

# --- 08 Yield -------------------------------------------------------------------------

verb release 084
  forms: releasing
  pattern: {report | statement | figures | data | video | footage | document | documents | results | study | survey}_* [---]
  pattern: * &PRISONERS [0841]
  pattern: * {statement | report | figures | data | results | a statement | video} [---]
  pattern: {not | never}_* [1243]
  pattern: {not | never}_* &PRISONERS [1243]
verb exchange ---
  forms: exchanging
  pattern: % * &PRISONERS [0841]
  pattern: * &PRISONERS with + [0841]
  pattern: * {fire | gunfire | shots} with + [190]
  pattern: % * {fire | gunfire | shots} [190]
  pattern: * {views | messages | letters} with + [040]
  pattern: * {ambassadors | envoys} [054]
verb swap ---
  forms: swapped | swapping
  pattern: % * &PRISONERS [0841]
  pattern: * &PRISONERS with + [0841]
verb free 0841
  forms: freeing
  pattern: {not | never}_* [1243]
  pattern: {not | never}_* &PRISONERS [1243]
verb let ---
  forms: letting | lets
  pattern: * free [0841]
verb withdraw 0874
  forms: withdrew | withdrawn | withdrawing
  pattern: * from &TALKS [164]
  pattern: * {ambassador | its ambassador | their ambassador} [161]
  pattern: * &PEACEKEEPERS [1661]
  pattern: * &TROOPS [0874]
  pattern: * from + [0874]
  pattern: * {support | backing} [160]
  pattern: * {offer | offers | bid | bids | proposal | application | candidacy | shares} [---]
  pattern: {not | never}_* [1246]
verb pull 0874
  pattern: * out of &TALKS [164]
  pattern: * out of + [0874]
  pattern: * &TROOPS out [0874]
  pattern: * {out | back} [0874]
  pattern: * {troops | forces} [0874]
verb retreat 0874
verb surrender 0874
verb evacuate 0874
  forms: evacuating
verb complete ---
  forms: completing
  pattern: * {its | their | the} &WITHDRAWAL [0874]
  pattern: * &TALKS [046]
verb begin ---
  forms: began | begun | beginning
  pattern: * {its | their | the | a} &WITHDRAWAL [0874]
  pattern: * &TALKS [046]
  pattern: * {withdrawing | pulling out} [0874]
  pattern: * {a hunger strike | hunger strike} [142]
  pattern: * {a strike | strike | a general strike | general strike} [143]
verb enter ---
  pattern: * &TALKS [046]
  pattern: * {a ceasefire | a truce} [0871]
verb disarm 0873
verb demobilise 0873
  forms: demobilising
verb demobilize 0873
  forms: demobilizing
verb disengage 087
  forms: disengaging
verb ease 080
  forms: easing
  pattern: * &SANCTIONS [085]
  pattern: * {blockade | siege} [0872]
  pattern: * {restrictions | curbs | curfew} [081]
  pattern: * tensions [087]
  pattern: {not | never}_* &SANCTIONS [1244]
  pattern: {not | never}_* [1241]
verb lift 080
  pattern: * &SANCTIONS [085]
  pattern: * {blockade | siege} [0872]
  pattern: * {curfew} [0813]
  pattern: * {state of emergency | martial law | emergency rule} [0814]
  pattern: * {ban | restrictions} [081]
  pattern: {not | never}_* &SANCTIONS [1244]
  pattern: {not | never}_* [1241]
verb remove ---
  forms: removing
  pattern: * &SANCTIONS [085]
  pattern: * {restrictions | curbs | the ban | a ban} [081]
verb roll back ---
  forms: rolled | rolling
  pattern: * &SANCTIONS [085]
  pattern: * {restrictions | curbs} [081]
verb reduce ---
  forms: reducing
  pattern: * &SANCTIONS [085]
  pattern: * &AID [162]
verb lay down ---
  forms: laid | laying | lays
  pattern: * {arms | weapons | their arms | their weapons | its weapons | guns} [0873]
verb allow 080
  pattern: * &AID [0863]
  pattern: * &INSPECTORS [0862]
  pattern: * &PEACEKEEPERS [0861]
verb accept 080
  forms: accepting
  pattern: * mediation [028]
  pattern: * &TRUCE [0871]
  pattern: * &DEAL [057]
  pattern: * {resignation} [0831]
  pattern: * {offer | proposal | plan} [080]
  pattern: * &AID [080]
  pattern: * {invitation | an invitation} [036]
  pattern: {not | cannot | never}_* [120]
  pattern: {not | cannot | never}_* {offer | proposal | plan} [120]
verb return ---
  pattern: * to &TALKS [046]
  pattern: * to_{the negotiating table | the table} [046]
  pattern: * &PRISONERS [0841]
  pattern: * {bodies | remains} [0842]
  pattern: * {artifacts | artefacts | antiquities | paintings | painting | sculpture | sculptures | manuscript | manuscripts | relics | fossils | treasures | property | artworks | looted} [0842]
  pattern: {not | never}_* [1243]
verb concede 080
  forms: conceding
verb yield 080
verb relent 080
verb cede 080
  forms: ceding
verb halt 087
  pattern: * &STRIKE [087]
  pattern: * {fighting | attacks | offensive | bombing | shelling | hostilities} [087]
  pattern: * &AID [162]
  pattern: * &TALKS [164]
verb stop ---
  forms: stopped | stopping
  pattern: * {fighting | attacks | offensive | bombing | shelling | hostilities | strikes} [087]
  pattern: * &AID [162]
  pattern: * work [143]
verb de-escalate 087
  forms: de-escalating
verb de-escalation 087

# --- 09 Investigate -------------------------------------------------------------------

verb investigate 090
  forms: investigating
  pattern: * {corruption | fraud | bribery | crimes | crime | murder | killing | killings} [091]
  pattern: * {abuses | rights abuses | torture} [092]
  pattern: * {war crimes | genocide | atrocities} [094]
  pattern: * {attack | attacks | strike | strikes | raid | incident} [093]
verb probe 090
  forms: probing
verb examine 090
  forms: examining
verb inspect 090
verb open ---
  pattern: * {an | a} &INQUIRY [090]
  pattern: * &INQUIRY [090]
  pattern: * fire on + [190]
  pattern: * fire at + [190]
  pattern: * {the border | border crossings | crossings | crossing} [080]
  pattern: * talks [046]
  pattern: * {its borders | their borders | borders} [080]
verb launch ---
  pattern: * &INQUIRY [090]
  pattern: * {an | a} &INQUIRY [090]
  pattern: * &STRIKE on + [195]
  pattern: * &STRIKE against + [195]
  pattern: * &STRIKE [195]
  pattern: * {drone strike | drone strikes | drone attack | drone attacks | drones} [1952]
  pattern: * {missiles | rockets | missile | rocket} at + [195]
  pattern: * {missiles | rockets | missile | rocket} [195]
  pattern: * &ATTACK on + [190]
  pattern: * &ATTACK against + [190]
  pattern: * &ATTACK [190]
  pattern: * {talks | negotiations | dialogue} [046]
  pattern: * {protest | protests | a protest | demonstrations} [140]
  pattern: * {a campaign | campaign | product | products | service | website | shares | fund | bid | offer} [---]
  pattern: * {an appeal | appeal | a plea} [020]
  pattern: * {a mediation | mediation} [045]
  pattern: * {legal action | a lawsuit | lawsuit | legal proceedings | proceedings} against + [115]
  pattern: * {cyber-attacks | cyberattacks | cyber attacks | cyber-attack | cyberattack | cyber attack | cyber warfare | a cyberattack | hacking} [176]
  pattern: * {a hunger strike | hunger strike} [142]

# --- 10 Demand ------------------------------------------------------------------------

verb demand 100
  pattern: * &WITHDRAWAL [1056]
  pattern: * + {withdraw | pull out | leave | pull back} [1056]
  pattern: * + to_{withdraw | pull out | leave | pull back} [1056]
  pattern: * &TRUCE [1056]
  pattern: * {an end | the end} to_{the fighting | the war | attacks | strikes | the offensive | the siege} [1056]
  pattern: * {the release | release} [1053]
  pattern: * &TALKS [106]
  pattern: * {resignation | the resignation} [1041]
  pattern: * {reforms | elections | democracy} [104]
  pattern: * &AID [103]
  pattern: * {the lifting | lifting} of &SANCTIONS [1054]
  pattern: * {an apology | compensation} [100]
verb insist 100
  pattern: * on {a withdrawal | withdrawal | the withdrawal} [1056]
  pattern: * expects + to_{honor | honour | respect | abide by | implement} [100]
verb require 100
  forms: requiring
verb press 100
  forms: pressed | presses | pressing
  pattern: * + to_{withdraw | pull out | leave} [1056]
  pattern: * + to_{release | free} [1053]
  pattern: * + to_{negotiate | resume talks | return to talks} [106]
  pattern: * + to_{reform | resign | step down} [104]
  pattern: * + to_{lift | ease} [1054]
  pattern: * for &TALKS [106]
  pattern: * for {a withdrawal | withdrawal | the withdrawal} [1056]
  pattern: * {for | on} + [100]
verb pressure 170
  forms: pressured | pressuring
  pattern: * + to_{withdraw | pull out | leave | pull back} [1056]
  pattern: * + to_{release | free} [1053]
  pattern: * + to_{negotiate | resume talks | return to talks | talk} [106]
  pattern: * + to_{reform | resign | step down} [104]
  pattern: * + to_{lift | ease} [1054]
  pattern: * + to [100]
verb face ---
  forms: facing
  pattern: + * pressure from $ [100]
  pattern: + * {calls | demands} from $ [100]
  pattern: + * sanctions from $ [163]
  pattern: + * {criticism | condemnation} from $ [111]
  pattern: + * {charges | trial} [173]
  pattern: * {charges | trial} [173]
verb order ---
  pattern: * &TROOPS [154]
  pattern: * {an investigation | an inquiry | a probe | investigation | inquiry} [100]
  pattern: * {the arrest | arrest} [173]
  pattern: * {the release | release} of [0841]

# --- 11 Disapprove --------------------------------------------------------------------

verb criticise 111
  forms: criticising
verb criticize 111
  forms: criticizing
verb condemn 111
verb denounce 111
  forms: denouncing
verb decry 111
  forms: decries | decried | decrying
verb slam 111
  forms: slammed | slamming
verb blast 111
verb lambast 111
verb rebuke 111
  forms: rebuking
verb censure 111
  forms: censuring
verb deplore 111
  forms: deploring
verb disapprove 110
  forms: disapproving
verb protest 140
  pattern: * to + [114]
  pattern: * against + [140]
verb complain 114
verb accuse 112
  forms: accusing
  pattern: * + of_{war crimes | genocide | crimes against humanity | ethnic cleansing | massacres | the massacre} [1124]
  pattern: * + of_{aggression | attacks | attacking | violating | violations | provocations} [1123]
  pattern: * + of_{corruption | fraud | crimes | crime | bribery | theft | smuggling | terrorism | supporting terrorism} [1121]
  pattern: * + of_{abuses | human rights abuses | torture | repression | persecution} [1122]
  pattern: * + of_{spying | espionage | treason} [1125]
verb blame 112
  forms: blaming
  pattern: * + for {the attack | attacks | the bombing | the strike | the killing} [1123]
verb allege 112
  forms: alleging
verb charge ---
  forms: charging
  pattern: * + with {murder | corruption | fraud | crimes | terrorism | espionage | spying | treason} [173]
  pattern: * that + [112]
verb indict 115
verb sue 115
  forms: sued | sues | suing
verb convict 116
verb sentence 116
  forms: sentencing
verb present ---
  forms: presenting
  pattern: * evidence against + [112]
  pattern: evidence against + * by $ [112]
  pattern: * {a proposal | proposal | a plan | plan | a peace plan} [037]
verb file ---
  forms: filing
  pattern: * {a lawsuit | lawsuit | a suit | suit | a case | a libel lawsuit | lawsuits | charges | legal action} [115]
  pattern: * {a complaint | complaint | complaints | a formal complaint} [114]
verb lodge ---
  forms: lodging
  pattern: * {a complaint | complaint | a formal complaint | a protest | protest} [114]
verb summon ---
  forms: summoning
  pattern: * {ambassador | envoy | diplomat | diplomats | charge d'affaires | ambassadors} [110]
verb warn 130
  pattern: * of {retaliation | a response | consequences | war | military action} [138]
  pattern: * + against [130]
  pattern: * of &SANCTIONS [1312]
  pattern: * {it | they | he | she} would_{retaliate | respond | strike | attack} [138]
  pattern: * + not to [130]

# --- 12 Reject ------------------------------------------------------------------------

verb reject 120
  pattern: * &TALKS [125]
  pattern: * {calls for talks | offer of talks | invitation} [125]
  pattern: * mediation [126]
  pattern: * {proposal | plan | offer | peace plan | initiative} [127]
  pattern: * &DEAL [127]
  pattern: * &TRUCE [127]
  pattern: * {demands | demand | calls} for {a withdrawal | withdrawal} [1246]
  pattern: * {demand | demands | calls | call} [120]
  pattern: * {accusations | accusation | allegations | allegation | charges | claims | criticism} [016]
  pattern: * &AID [122]
  pattern: * {resolution} [120]
verb refuse 120
  forms: refusing
  pattern: * to_{meet | negotiate | talk | attend | join | hold talks | resume talks | return to talks} [125]
  pattern: * &TALKS [125]
  pattern: * {mediation} [126]
  pattern: * to_{withdraw | pull out | leave | pull back | &DEESCALATE | stop | halt} [1246]
  pattern: * to_{release | free | hand over} [1243]
  pattern: * to_{lift | ease} &SANCTIONS [1244]
  pattern: * to_{lift | ease} [1241]
  pattern: * to_{allow | admit} &INSPECTORS [1245]
  pattern: * to_{allow | admit} &PEACEKEEPERS [1245]
  pattern: * &AID [122]
  pattern: * to_{cooperate | help} [121]
  pattern: * to_{step down | resign | reform} [123]
  pattern: * to_{accept | sign | recognise | recognize} [120]
  pattern: * to_{comply | obey} [128]
verb dismiss ---
  pattern: * {accusations | accusation | allegations | allegation | charges | claims | criticism | reports} [016]
  pattern: * {proposal | plan | offer | calls} [120]
verb rebuff 120
verb spurn 120
verb refute 120
  forms: refuting
verb renege 127
  forms: reneging
verb fail ---
  forms: failing
  pattern: * to_{reach | strike | clinch | seal | conclude} &DEAL [120]
  pattern: * to agree [120]
  pattern: * to_{renew | extend} &SANCTIONS [085]
verb oppose 120
  forms: opposing
verb resist ---
  pattern: * {calls | pressure | demands} [124]
verb defy 128
  forms: defies | defied | defying
verb violate 128
  forms: violating
  pattern: * &TRUCE [196]
  pattern: * {airspace | territory | sovereignty | border} [192]
  pattern: * {a ban | the ban | ban on | an embargo | the embargo | arms embargo | sanctions} [128]
verb breach 128
  pattern: * &TRUCE [196]
verb break ---
  forms: broke | broken | breaking
  pattern: * &TRUCE [196]
  pattern: * off &RELATIONS [161]
  pattern: * &RELATIONS [161]
  pattern: * off &TALKS [164]
  pattern: * {a deadlock | the deadlock | record | records | ground | even | down | news | a story | the news} [---]
verb veto 129
  forms: vetoes | vetoed | vetoing
verb block ---
  pattern: * {resolution | the resolution | bid | deal | sale | merger | takeover} [129]
  pattern: * &AID [1223]
  pattern: * {roads | road | access | the road | highway | border crossing} [144]

# --- 13 Threaten ----------------------------------------------------------------------

verb threaten 130
  pattern: * {war | military action | force | invasion | an attack | attacks | strikes | retaliation | a response} [138]
  pattern: * to_{attack | strike | invade | bomb | retaliate | destroy | launch | use force} [138]
  pattern: * to_{occupy | annex | seize} [1382]
  pattern: * to_{blockade | close the strait | block} [1381]
  pattern: * &SANCTIONS [1312]
  pattern: * to impose &SANCTIONS [1312]
  pattern: * to_{impose | slap} [1312]
  pattern: * to_{cut | sever | break off} &RELATIONS [1313]
  pattern: * to_{cut | suspend | halt} &AID [1311]
  pattern: * to_{quit | withdraw from | pull out of | leave | walk out of | suspend} &TALKS [134]
  pattern: * to_{expel} [136]
  pattern: * to_{arrest | ban | crack down} [137]
  pattern: * to_{strike | protest | boycott | march} [133]
  pattern: * {nuclear | chemical} [1385]
verb set ---
  forms: setting
  pattern: * {a deadline | deadline | an ultimatum | ultimatum} [139]
verb retaliate 190
  forms: retaliating

# --- 14 Protest ------------------------------------------------------------------------

verb demonstrate 141
  forms: demonstrating
  pattern: * {ability | commitment | resolve | support | that} [---]
verb rally 141
  forms: rallies | rallied | rallying
  pattern: * {support | backing} for + [053]
  pattern: * {behind | around} + [053]
verb marched 141
  forms: marching
verb picket 141
verb boycott 143
verb riot 145
verb storm ---
  pattern: * {embassy | the embassy | parliament | building | compound} [145]
verb stage ---
  forms: staging
  pattern: * {a protest | protests | a demonstration | demonstrations | a rally | rallies | a march | a &SITIN} [141]
  pattern: * {a hunger strike | hunger strike} [142]
  pattern: * {a strike | strike | a walkout | walkout} [143]
  pattern: * {a coup} [180]
  pattern: * &ATTACK [190]
  pattern: * {exercises | military exercises | drills} [150]
verb obstruct 144
verb blockade 191
  forms: blockading
verb go ---
  forms: went | gone | going | goes
  pattern: * on {hunger strike | a hunger strike} [142]
  pattern: * on {strike | a strike} [143]
verb take ---
  forms: took | taken | taking
  pattern: * to the streets [141]
  pattern: * {hostage | hostages | captive} [181]
  pattern: * part in &TALKS [046]
verb burn ---
  forms: burnt | burning
  pattern: * {flag | flags | effigy | effigies} [140]
  pattern: * {homes | houses | village | villages | buildings | school | schools | church | churches | mosque | mosques | cars | vehicles | shops} [1712]

# --- 15 Exhibit force posture -----------------------------------------------------------

verb deploy 154
  pattern: * &TROOPS [154]
  pattern: * {police | riot police} [153]
  pattern: * &PEACEKEEPERS [074]
  pattern: * {peacekeeping mission | peacekeeping operation | peacekeeping operations | peacekeeping missions | peacekeeping force} [074]
  pattern: &PEACEKEEPERS * [074]
  pattern: * {rescue teams | rescuers | medical teams | doctors | medical staff | aid workers | relief teams} [073]
verb mobilise 154
  forms: mobilising
  pattern: * {funds | resources | financing | money} [---]
verb mobilize 154
  forms: mobilizing
  pattern: * {funds | resources | financing | money} [---]
verb massed 150
  forms: massing
  pattern: * &TROOPS [154]
verb conduct 150
  pattern: * {military exercises | joint exercises | exercises | drills | war games | manoeuvres | maneuvers | naval exercises} [150]
  pattern: * &STRIKE [195]
  pattern: * &ATTACK [190]
  pattern: * {talks | negotiations} [046]
  pattern: * {an investigation | investigation | a probe | inspections | inspection} [090]
  pattern: * {a test | test | tests} [150]
verb carry ---
  forms: carried | carries | carrying
  pattern: * out &STRIKE on + [195]
  pattern: * out &STRIKE [195]
  pattern: * out &ATTACK on + [190]
  pattern: * out &ATTACK against + [190]
  pattern: * out &ATTACK [190]
  pattern: * out {a bombing | bombings | a suicide bombing | suicide bombings} [183]
  pattern: * out {executions | an execution | killings | massacres} [180]
  pattern: * out {arrests} [173]
  pattern: * out {exercises | drills | manoeuvres | maneuvers | a test | tests} [150]
  pattern: * out [---]
verb patrol 150
  forms: patrolled | patrolling
verb remain ---
  pattern: * on {alert | high alert | full alert | maximum alert} [152]
verb put ---
  forms: putting
  pattern: * {on alert | on high alert | on full alert} [152]
verb intensify ---
  forms: intensified | intensifies | intensifying
  pattern: * &STRIKE [195]
  pattern: * &ATTACK [190]
  pattern: * {bombardment | shelling | bombing} [194]
  pattern: *_{its | their | the} &TROOPS [154]
verb strengthen ---
  forms: strengthening
  pattern: *_{its | their | the} &TROOPS [154]
verb reinforce ---
  forms: reinforcing
  pattern: *_{its | their | the} &TROOPS [154]
verb step up ---
  forms: stepped | stepping | steps
  pattern: * &STRIKE [195]
  pattern: * &ATTACK [190]
  pattern: * {bombardment | shelling | bombing} [194]
verb continue ---
  forms: continuing
  pattern: * &STRIKE [195]
  pattern: * &ATTACK [190]
  pattern: * {bombardment | shelling | bombing} [194]

# --- 16 Reduce relations ---------------------------------------------------------------

verb sever 161
  pattern: * &RELATIONS [161]
verb cut ---
  forms: cutting
  pattern: * &RELATIONS [161]
  pattern: * &AID [162]
  pattern: * &ECONAID [1621]
  pattern: * &MILAID [1622]
  pattern: * {rates | rate | prices | price | costs | jobs | workforce | output | production | forecast | dividend} [---]
  pattern: * &SANCTIONS [085]
verb downgrade 161
  forms: downgrading
  pattern: * &RELATIONS [161]
  pattern: * {rating | ratings | forecast | outlook | shares | stock} [---]
verb recall ---
  pattern: * {ambassador | envoy | diplomats | its ambassador | its envoy} [161]
verb suspend 160
  pattern: * &TALKS [164]
  pattern: * &AID [162]
  pattern: * &RELATIONS [161]
  pattern: * {cooperation} [160]
  pattern: * {mediation} [165]
  pattern: * {trading | shares | dividend | production | output | payments} [---]
  pattern: * {publication | publications | broadcasts | broadcasting} [1721]
  pattern: * &SANCTIONS [085]
  pattern: * {tax | taxes | duties | levy} [085]
verb freeze ---
  forms: froze | frozen | freezing
  pattern: * &TALKS [164]
  pattern: * {assets} [163]
  pattern: * &AID [162]
verb sanction 163
verb embargo 163
  forms: embargoes | embargoed | embargoing
verb impose 170
  forms: imposing
  pattern: * &SANCTIONS on + [163]
  pattern: * &SANCTIONS [163]
  pattern: * curfew [1723]
  pattern: * {martial law | emergency rule | state of emergency} [1724]
  pattern: * {restrictions | a ban | ban | limits} [172]
  pattern: * {a blockade | blockade | a siege | siege} [191]
verb slap 163
  forms: slapped | slapping
  pattern: * &SANCTIONS [163]
verb expel 174
  forms: expelled | expelling
  pattern: * {ambassador | diplomats | envoy | diplomat | embassy staff} [161]
  pattern: * &PEACEKEEPERS [1661]
  pattern: * &INSPECTORS [1662]
  pattern: * {aid workers | humanitarian workers | aid agencies | relief workers | aid groups} [1663]
verb quit 164
  forms: quits | quitting
  pattern: * &TALKS [164]
verb abandon 160
  pattern: * &TALKS [164]
verb walk ---
  pattern: * out of &TALKS [164]
verb postpone ---
  forms: postponing
  pattern: * &TALKS [164]
  pattern: * {visit | meeting | summit | trip} [164]
verb cancel ---
  forms: cancelled | cancelling | canceled | canceling
  pattern: * &TALKS [164]
  pattern: * {visit | meeting | summit | trip} [164]
verb close ---
  forms: closing
  pattern: *_{its | their | the} {border | borders | frontier | airspace} [191]

# --- 17 Coerce -------------------------------------------------------------------------

verb advise ---
  forms: advising
  pattern: * against {travel | travelling | traveling | all travel | all but essential travel} to + [160]
  pattern: * against {travel | travelling | traveling} [160]
  pattern: * + to {leave} [160]
verb seize 171
  forms: seizing
  pattern: * {control of | control} [192]
  pattern: * {territory | town | city | village | villages | towns | area | base} [192]
verb confiscate 1711
  forms: confiscating
verb demolish 1712
verb destroy 1712
verb raze 1712
  forms: razing
verb arrest 173
verb detain 173
verb jail 173
verb imprison 173
verb apprehend 173
  forms: apprehending
verb round ---
  pattern: * up [173]
verb issue ---
  forms: issuing
  pattern: * {an arrest warrant | arrest warrants | a warrant | warrants} [173]
  pattern: * {a statement | statement | a declaration} [010]
  pattern: * {a warning | warning | warnings} [130]
  pattern: * {an ultimatum | ultimatum} [139]
  pattern: * {an appeal | appeal} [020]
  pattern: * {bonds | notes | shares | debt | securities | debentures | stock | guidance} [---]
verb deport 174
verb ban 172
  forms: banned | banning
  pattern: * {party | parties | opposition} [1722]
verb outlaw 1722
verb crack ---
  forms: cracked | cracking
  pattern: * down on + [175]
  pattern: * down [175]
verb suppress 175
verb hack 176
verb punish 170
verb coerce 170
  forms: coercing
verb use ---
  forms: using
  pattern: * + as {human shields | a human shield | human shield} [184]
  pattern: * as {human shields | a human shield | human shield} [184]
  pattern: * {tear gas | teargas | water cannon | water cannons | live ammunition | rubber bullets | live fire} [175]
  pattern: * {chemical weapons | poison gas | nerve agent | nerve gas} [2041]

# --- 18 Unconventional violence -----------------------------------------------------------

verb kidnap 181
  forms: kidnapped | kidnapping
verb abduct 181
verb hijack 181
verb assassinate 186
  forms: assassinating
verb torture 1822
  forms: torturing
verb beat 182
  forms: beaten | beating
  pattern: * {expectations | forecasts | estimates | the market} [---]
verb assault 182
verb stab 1823
  forms: stabbed | stabbing
verb execute 180
  forms: executing
verb bomb 183
  pattern: + * by $ [183]
verb detonate 183
  forms: detonating

# --- 19 Use conventional military force ------------------------------------------------

verb attack 190
  pattern: + * by $ [190]
  pattern: * with &STRIKE [195]
  pattern: * with {drones | drone | a drone} [1952]
  pattern: * with {tanks | artillery | mortars | shells} [194]
verb raid 190
verb hit 190
  forms: hits | hitting
  pattern: * {a record | record | a high | a low | highs | lows | targets | the market} [---]
  pattern: + * by &STRIKE [195]
  pattern: + * by {shelling | shells | artillery | mortars} [194]
  pattern: + * by $ [190]
verb targeted 190
  forms: targeting
  pattern: + * by $ [190]
verb bombard 194
verb shell 194
  forms: shelled | shelling
verb fire ---
  forms: firing
  pattern: * {missiles | missile | rockets | rocket} at + [195]
  pattern: * {shells | mortars | mortar bombs | artillery} at + [194]
  pattern: * {missiles | missile | rockets | rocket} into + [195]
  pattern: * at + [190]
  pattern: * on + [190]
  pattern: * {shots | bullets | warning shots} [193]
  pattern: * across [190]
  pattern: * {small arms | guns | weapons} [193]
  pattern: * {teargas | tear gas | water cannon | rubber bullets | live ammunition} [175]
verb shoot 193
  forms: shot | shooting
  pattern: * down + [190]
  pattern: + * down by $ [190]
verb fight 190
  forms: fought | fighting
  pattern: *_{the epidemic | the pandemic | the virus | the outbreak | the spread | ebola | coronavirus | covid-19 | corruption | poverty | climate change | disease | wildfires | fires | inflation | hunger | crime} [---]
verb clash 190
  forms: clashes
  pattern: % * [190]
  pattern: * with + [190:190]
verb engage ---
  forms: engaging
  pattern: * + in {a firefight | firefight | fighting | a battle | battle | clashes | combat | a gun battle} [190]
  pattern: * in &TALKS [046]
  pattern: * in {dialogue | diplomacy} [040]
verb battle 190
  forms: battled | battling
verb invade 192
  forms: invading
verb occupy 192
  forms: occupies | occupied | occupying
verb annex 192
verb capture 192
  forms: capturing
  pattern: * {town | city | village | territory | base | airport} [192]
verb kill 190
  pattern: * civilians [180]
  pattern: + * in &STRIKE by $ [195]
  pattern: + * in {shelling | an artillery attack | tank shelling | artillery fire} by $ [194]
  pattern: + * by $ [190]
  pattern: + * in &STRIKE [195]
  pattern: + * in {shelling | tank shelling | artillery fire} [194]
verb wound 190
  forms: wounding
verb injure 190
  forms: injuring
verb ambush 190
  forms: ambushed | ambushes | ambushing
verb pound 190
  forms: pounded | pounding
verb torch 1712
  forms: torched | torching
verb airstrike 195
verb intercept 190

# --- 20 Use unconventional mass violence --------------------------------------------------

verb massacre 202
  forms: massacring
verb slaughter 202
verb exterminate 202
  forms: exterminating
verb cleanse 203
  forms: cleansing
  pattern: * ethnically [203]
verb uproot 201
