// The CAMEO event-code table and the country/region codes of actor codes.
// See include/annalist/cameo.h for what each column means and where the facts
// come from. Labels are annalist's own short wording.
#include "lexicon/cameo_tables.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>

namespace annalist {
namespace {

// Sorted by code string (byte order), which FindCameo relies on.
// code, label, root, quad, goldstein, plover, plover mode, plover context,
// derived
constexpr CameoCode kCameoCodes[] = {
    {"01", "Public statement", "01", 1, 0.0, "", "", "", false},
    {"010", "Statement, other", "01", 1, 0.0, "", "", "", false},
    {"011", "No comment", "01", 1, -0.1, "", "", "", false},
    {"012", "Pessimistic remark", "01", 1, -0.4, "", "", "", false},
    {"013", "Optimistic remark", "01", 1, 0.4, "", "", "", false},
    {"014", "Weigh a policy option", "01", 1, 0.0, "", "", "", false},
    {"015", "Claim responsibility", "01", 1, 0.0, "", "", "", false},
    {"016", "Deny responsibility", "01", 1, -2.0, "", "", "", false},
    {"017", "Symbolic act", "01", 1, 0.0, "", "", "", false},
    {"018", "Express sympathy", "01", 1, 3.4, "", "", "", false},
    {"019", "Voice agreement", "01", 1, 3.4, "", "", "", false},
    {"02", "Appeal", "02", 1, 3.0, "", "", "", false},
    {"020", "Appeal, other", "02", 1, 3.0, "", "", "", false},
    {"021", "Ask for material cooperation", "02", 1, 3.4, "", "", "", false},
    {"0211", "Ask for economic cooperation", "02", 1, 3.4, "", "", "", false},
    {"0212", "Ask for military cooperation", "02", 1, 3.4, "", "", "", false},
    {"0213", "Ask for judicial cooperation", "02", 1, 3.4, "", "", "", false},
    {"0214", "Ask for intelligence", "02", 1, 3.4, "", "", "", false},
    {"022", "Ask for diplomatic support", "02", 1, 3.2, "", "", "", false},
    {"023", "Ask for aid", "02", 1, 3.4, "", "", "", false},
    {"0231", "Ask for economic aid", "02", 1, 3.4, "", "", "", false},
    {"0232", "Ask for military aid", "02", 1, 3.4, "", "", "", false},
    {"0233", "Ask for humanitarian aid", "02", 1, 3.4, "", "", "", false},
    {"0234", "Ask for protection or peacekeepers", "02", 1, 3.4, "", "", "", false},
    {"024", "Ask for political reform", "02", 1, -0.3, "", "", "", false},
    {"0241", "Ask for new leadership", "02", 1, -0.3, "", "", "", false},
    {"0242", "Ask for a policy change", "02", 1, -0.3, "", "", "", false},
    {"0243", "Ask for rights", "02", 1, -0.3, "", "", "", false},
    {"0244", "Ask for institutional change", "02", 1, -0.3, "", "", "", false},
    {"025", "Ask the other side to yield", "02", 1, -0.3, "", "", "", false},
    {"0251", "Ask to ease administrative sanctions", "02", 1, -0.3, "", "", "", false},
    {"0252", "Ask to tolerate dissent", "02", 1, -0.3, "", "", "", false},
    {"0253", "Ask to release people or property", "02", 1, -0.3, "", "", "", false},
    {"0254", "Ask to lift economic sanctions", "02", 1, -0.3, "", "", "", false},
    {"0255", "Ask to admit outside involvement", "02", 1, -0.3, "", "", "", false},
    {"0256", "Ask to de-escalate militarily", "02", 1, -0.3, "", "", "", false},
    {"026", "Urge others to meet or talk", "02", 1, 4.0, "", "", "", false},
    {"027", "Urge others to settle", "02", 1, 4.0, "", "", "", false},
    {"028", "Ask for or accept mediation", "02", 1, 4.0, "", "", "", false},
    {"03", "Intend to cooperate", "03", 1, 4.0, "AGREE", "", "", false},
    {"030", "Intend to cooperate, other", "03", 1, 4.0, "AGREE", "", "diplomatic", false},
    {"031", "Intend material cooperation", "03", 1, 5.2, "AGREE", "", "diplomatic", false},
    {"0311", "Intend economic cooperation", "03", 1, 5.2, "AGREE", "", "economic", false},
    {"0312", "Intend military cooperation", "03", 1, 5.2, "AGREE", "", "military", false},
    {"0313", "Intend judicial cooperation", "03", 1, 5.2, "AGREE", "", "legal", false},
    {"0314", "Intend intelligence cooperation", "03", 1, 5.2, "AGREE", "", "intelligence", false},
    {"032", "Intend diplomatic cooperation", "03", 1, 4.5, "AGREE", "", "diplomatic", false},
    {"033", "Intend to give aid", "03", 1, 5.2, "AGREE", "", "diplomatic", false},
    {"0331", "Intend to give economic aid", "03", 1, 5.2, "AGREE", "", "economic", false},
    {"0332", "Intend to give military aid", "03", 1, 5.2, "AGREE", "", "military", false},
    {"0333", "Intend to give humanitarian aid", "03", 1, 5.2, "AGREE", "", "humanitarian", false},
    {"0334", "Intend to give protection or peacekeepers", "03", 1, 6.0, "AGREE", "", "peacekeeping",
     false},
    {"034", "Intend political reform", "03", 1, 7.0, "AGREE", "", "political_institutions", false},
    {"0341", "Intend a leadership change", "03", 1, 7.0, "AGREE", "", "political_institutions",
     false},
    {"0342", "Intend a policy change", "03", 1, 7.0, "AGREE", "", "executive", false},
    {"0343", "Intend to grant rights", "03", 1, 7.0, "AGREE", "", "rights_freedoms", false},
    {"0344", "Intend institutional change", "03", 1, 7.0, "AGREE", "", "political_institutions",
     false},
    {"035", "Intend to yield", "03", 1, 7.0, "AGREE", "", "", false},
    {"0351", "Intend to ease administrative sanctions", "03", 1, 7.0, "AGREE", "",
     "rights_freedoms", false},
    {"0352", "Intend to tolerate dissent", "03", 1, 7.0, "AGREE", "", "", false},
    {"0353", "Intend to release people or property", "03", 1, 7.0, "AGREE", "", "rights_freedoms",
     false},
    {"0354", "Intend to lift economic sanctions", "03", 1, 7.0, "AGREE", "", "economic", false},
    {"0355", "Intend to admit outside involvement", "03", 1, 7.0, "AGREE", "", "diplomatic", false},
    {"0356", "Intend to de-escalate militarily", "03", 1, 7.0, "AGREE", "", "military", false},
    {"036", "Intend to meet or negotiate", "03", 1, 4.0, "AGREE", "", "diplomatic", false},
    {"037", "Intend to settle a dispute", "03", 1, 5.0, "AGREE", "", "diplomatic", false},
    {"038", "Intend to accept mediation", "03", 1, 7.0, "AGREE", "", "diplomatic", false},
    {"039", "Intend to mediate", "03", 1, 5.0, "AGREE", "", "diplomatic", false},
    {"04", "Consult", "04", 1, 1.0, "CONSULT", "", "", false},
    {"040", "Consult, other", "04", 1, 1.0, "CONSULT", "", "", false},
    {"041", "Phone call", "04", 1, 1.0, "CONSULT", "phone", "", false},
    {"042", "Visit", "04", 1, 1.9, "CONSULT", "visit", "", false},
    {"043", "Host a visit", "04", 1, 2.8, "CONSULT", "visit", "", false},
    {"044", "Meet at a third place", "04", 1, 2.5, "CONSULT", "third-party", "", false},
    {"045", "Mediate", "04", 1, 5.0, "CONSULT", "", "diplomatic", false},
    {"046", "Negotiate", "04", 1, 7.0, "CONSULT", "", "diplomatic", false},
    {"05", "Diplomatic cooperation", "05", 1, 3.5, "SUPPORT", "", "", false},
    {"050", "Diplomatic cooperation, other", "05", 1, 3.5, "SUPPORT", "", "diplomatic", false},
    {"051", "Praise or endorse", "05", 1, 3.4, "SUPPORT", "", "diplomatic", false},
    {"052", "Defend in words", "05", 1, 3.5, "SUPPORT", "", "diplomatic", false},
    {"053", "Rally support for", "05", 1, 3.8, "SUPPORT", "", "diplomatic", false},
    {"054", "Recognise diplomatically", "05", 1, 6.0, "SUPPORT", "", "diplomatic", false},
    {"055", "Apologise", "05", 1, 7.0, "SUPPORT", "", "diplomatic", false},
    {"056", "Forgive", "05", 1, 7.0, "SUPPORT", "", "diplomatic", false},
    {"057", "Sign an agreement", "05", 1, 8.0, "SUPPORT", "", "diplomatic", false},
    {"06", "Material cooperation", "06", 2, 6.0, "COOPERATE", "", "", false},
    {"060", "Material cooperation, other", "06", 2, 6.0, "COOPERATE", "", "", false},
    {"061", "Economic cooperation", "06", 2, 6.4, "COOPERATE", "", "economic", false},
    {"062", "Military cooperation", "06", 2, 7.4, "COOPERATE", "", "military", false},
    {"063", "Judicial cooperation", "06", 2, 7.4, "COOPERATE", "", "legal", false},
    {"064", "Share intelligence", "06", 2, 7.0, "COOPERATE", "", "intelligence", false},
    {"07", "Give aid", "07", 2, 7.0, "AID", "", "", false},
    {"070", "Give aid, other", "07", 2, 7.0, "AID", "", "", false},
    {"071", "Give economic aid", "07", 2, 7.4, "AID", "", "economic", false},
    {"072", "Give military aid", "07", 2, 8.3, "AID", "", "military", false},
    {"073", "Give humanitarian aid", "07", 2, 7.4, "AID", "", "humanitarian", false},
    {"074", "Give protection or peacekeepers", "07", 2, 8.5, "AID", "", "peacekeeping", false},
    {"075", "Grant asylum", "07", 2, 7.0, "AID", "", "asylum", false},
    {"08", "Yield", "08", 2, 5.0, "CONCEDE", "", "", false},
    {"080", "Yield, other", "08", 2, 5.0, "CONCEDE", "", "", false},
    {"081", "Ease administrative sanctions", "08", 2, 5.0, "CONCEDE", "", "legal", false},
    {"0811", "Ease limits on political freedom", "08", 2, 5.0, "CONCEDE", "", "democracy", false},
    {"0812", "Lift a ban on parties or politicians", "08", 2, 5.0, "CONCEDE", "", "democracy",
     false},
    {"0813", "Lift a curfew", "08", 2, 5.0, "RETREAT", "", "legal", false},
    {"0814", "Lift emergency rule or martial law", "08", 2, 5.0, "RETREAT", "", "legal", false},
    {"082", "Tolerate dissent", "08", 2, 5.0, "CONCEDE", "", "democracy", false},
    {"083", "Grant political reform", "08", 2, 5.0, "CONCEDE", "", "political_institutions", false},
    {"0831", "Accept a leadership change", "08", 2, 5.0, "CONCEDE", "", "political_institutions",
     false},
    {"0832", "Accept a policy change", "08", 2, 5.0, "CONCEDE", "", "executive", false},
    {"0833", "Grant rights", "08", 2, 5.0, "CONCEDE", "", "rights_freedoms", false},
    {"0834", "Accept institutional change", "08", 2, 5.0, "CONCEDE", "", "political_institutions",
     false},
    {"084", "Return or release", "08", 2, 7.0, "RETREAT", "", "", false},
    {"0841", "Release people", "08", 2, 7.0, "RETREAT", "release", "legal", false},
    {"0842", "Return property", "08", 2, 7.0, "RETREAT", "return", "legal", false},
    {"085", "Lift economic sanctions", "08", 2, 7.0, "RETREAT", "ease", "economic", false},
    {"086", "Admit outside involvement", "08", 2, 9.0, "RETREAT", "access", "diplomatic", false},
    {"0861", "Admit peacekeepers", "08", 2, 9.0, "RETREAT", "access", "peacekeeping", false},
    {"0862", "Admit inspectors", "08", 2, 9.0, "RETREAT", "access", "diplomatic", false},
    {"0863", "Admit humanitarian aid", "08", 2, 9.0, "RETREAT", "access", "humanitarian", false},
    {"087", "De-escalate militarily", "08", 2, 9.0, "RETREAT", "disarm", "military", false},
    {"0871", "Declare a truce or ceasefire", "08", 2, 9.0, "RETREAT", "ceasefire", "military",
     false},
    {"0872", "Ease a blockade", "08", 2, 9.0, "RETREAT", "withdraw", "military", false},
    {"0873", "Demobilise forces", "08", 2, 9.0, "RETREAT", "disarm", "military", false},
    {"0874", "Retreat or surrender", "08", 2, 10.0, "RETREAT", "disarm", "military", false},
    {"09", "Investigate", "09", 2, -2.0, "ACCUSE", "", "", false},
    {"090", "Investigate, other", "09", 2, -2.0, "ACCUSE", "investigate", "", false},
    {"091", "Investigate crime or corruption", "09", 2, -2.0, "ACCUSE", "investigate",
     "crime; corruption", false},
    {"092", "Investigate rights abuses", "09", 2, -2.0, "ACCUSE", "investigate", "human_rights",
     false},
    {"093", "Investigate military action", "09", 2, -2.0, "ACCUSE", "investigate", "military",
     false},
    {"094", "Investigate war crimes", "09", 2, -2.0, "ACCUSE", "investigate", "military; legal",
     false},
    {"10", "Demand", "10", 3, -5.0, "REQUEST", "", "", false},
    {"100", "Demand, other", "10", 3, -5.0, "REQUEST", "", "", false},
    {"101", "Demand material cooperation", "10", 3, -5.0, "REQUEST", "assist", "", false},
    {"1011", "Demand economic cooperation", "10", 3, -5.0, "REQUEST", "assist", "economic", false},
    {"1012", "Demand military cooperation", "10", 3, -5.0, "REQUEST", "assist", "military", false},
    {"1013", "Demand judicial cooperation", "10", 3, -5.0, "REQUEST", "assist", "legal", false},
    {"1014", "Demand intelligence cooperation", "10", 3, -5.0, "REQUEST", "assist", "intelligence",
     false},
    {"102", "Demand diplomatic support", "10", 3, -5.0, "REQUEST", "assist", "diplomatic", false},
    {"103", "Demand aid", "10", 3, -5.0, "REQUEST", "assist", "", false},
    {"1031", "Demand economic aid", "10", 3, -5.0, "REQUEST", "assist", "economic", false},
    {"1032", "Demand military aid", "10", 3, -5.0, "REQUEST", "assist", "military", false},
    {"1033", "Demand humanitarian aid", "10", 3, -5.0, "REQUEST", "assist", "humanitarian", false},
    {"1034", "Demand protection or peacekeepers", "10", 3, -5.0, "REQUEST", "assist",
     "peacekeeping", false},
    {"104", "Demand political reform", "10", 3, -5.0, "REQUEST", "change", "political_institutions",
     false},
    {"1041", "Demand new leadership", "10", 3, -5.0, "REQUEST", "change", "executive", false},
    {"1042", "Demand a policy change", "10", 3, -5.0, "REQUEST", "change", "executive", false},
    {"1043", "Demand rights", "10", 3, -5.0, "REQUEST", "change", "rights_freedoms", false},
    {"1044", "Demand institutional change", "10", 3, -5.0, "REQUEST", "change",
     "political_institutions", false},
    {"105", "Demand that the other side yield", "10", 3, -5.0, "REQUEST", "change", "legal", false},
    {"1051", "Demand eased administrative sanctions", "10", 3, -5.0, "REQUEST", "yield", "legal",
     false},
    {"1052", "Demand tolerance of dissent", "10", 3, -5.0, "REQUEST", "yield", "legal", false},
    {"1053", "Demand release of people or property", "10", 3, -5.0, "REQUEST", "yield", "legal",
     false},
    {"1054", "Demand lifted economic sanctions", "10", 3, -5.0, "REQUEST", "yield", "economic",
     false},
    {"1055", "Demand outside involvement be admitted", "10", 3, -5.0, "REQUEST", "yield",
     "diplomatic", false},
    {"1056", "Demand military de-escalation", "10", 3, -5.0, "REQUEST", "yield", "military", false},
    {"106", "Demand a meeting or talks", "10", 3, -5.0, "REQUEST", "meet", "diplomatic", false},
    {"107", "Demand a settlement", "10", 3, -5.0, "REQUEST", "meet", "diplomatic", false},
    {"108", "Demand mediation", "10", 3, -5.0, "REQUEST", "meet", "diplomatic", false},
    {"11", "Disapprove", "11", 3, -2.0, "ACCUSE", "", "", false},
    {"110", "Disapprove, other", "11", 3, -2.0, "ACCUSE", "disapprove", "", false},
    {"111", "Criticise or denounce", "11", 3, -2.0, "ACCUSE", "disapprove", "", false},
    {"112", "Accuse", "11", 3, -2.0, "ACCUSE", "disapprove", "", false},
    {"1121", "Accuse of crime or corruption", "11", 3, -2.0, "ACCUSE", "allege",
     "crime; corruption", false},
    {"1122", "Accuse of rights abuses", "11", 3, -2.0, "ACCUSE", "allege", "human_rights", false},
    {"1123", "Accuse of aggression", "11", 3, -2.0, "ACCUSE", "allege", "military", false},
    {"1124", "Accuse of war crimes", "11", 3, -2.0, "ACCUSE", "allege", "military; legal", false},
    {"1125", "Accuse of spying or treason", "11", 3, -2.0, "ACCUSE", "allege", "legal", false},
    {"113", "Rally opposition against", "11", 3, -2.0, "ACCUSE", "disapprove", "", false},
    {"114", "Complain formally", "11", 3, -2.0, "ACCUSE", "allege", "diplomatic", false},
    {"115", "Sue", "11", 3, -2.0, "ACCUSE", "allege", "legal", false},
    {"116", "Find guilty or liable", "11", 3, -2.0, "ACCUSE", "disapprove", "legal", false},
    {"12", "Reject", "12", 3, -4.0, "REJECT", "", "", false},
    {"120", "Reject, other", "12", 3, -4.0, "REJECT", "", "", false},
    {"121", "Refuse material cooperation", "12", 3, -4.0, "REJECT", "assist", "", false},
    {"1211", "Refuse economic cooperation", "12", 3, -4.0, "REJECT", "assist", "economic", false},
    {"1212", "Refuse military cooperation", "12", 3, -4.0, "REJECT", "assist", "military", false},
    {"1213", "Refuse judicial cooperation", "12", 3, -4.0, "REJECT", "assist", "legal", true},
    {"1214", "Refuse intelligence cooperation", "12", 3, -4.0, "REJECT", "assist", "intelligence",
     true},
    {"122", "Refuse a request for aid", "12", 3, -4.0, "REJECT", "assist", "", false},
    {"1221", "Refuse economic aid", "12", 3, -4.0, "REJECT", "assist", "economic", false},
    {"1222", "Refuse military aid", "12", 3, -4.0, "REJECT", "assist", "military", false},
    {"1223", "Refuse humanitarian aid", "12", 3, -4.0, "REJECT", "assist", "humanitarian", false},
    {"1224", "Refuse protection or peacekeepers", "12", 3, -4.0, "REJECT", "assist", "peacekeeping",
     false},
    {"123", "Refuse political reform", "12", 3, -4.0, "REJECT", "change", "political_institutions",
     false},
    {"1231", "Refuse a leadership change", "12", 3, -4.0, "REJECT", "change", "executive", false},
    {"1232", "Refuse a policy change", "12", 3, -4.0, "REJECT", "change", "executive", false},
    {"1233", "Refuse to grant rights", "12", 3, -4.0, "REJECT", "change", "rights_freedoms", false},
    {"1234", "Refuse institutional change", "12", 3, -4.0, "REJECT", "change",
     "political_institutions", false},
    {"124", "Refuse to yield", "12", 3, -4.0, "REJECT", "change", "", false},
    {"1241", "Keep administrative sanctions", "12", 3, -4.0, "REJECT", "change", "executive",
     false},
    {"1242", "Keep suppressing dissent", "12", 3, -4.0, "REJECT", "change", "", false},
    {"1243", "Refuse to release people or property", "12", 3, -4.0, "REJECT", "yield", "legal",
     false},
    {"1244", "Keep economic sanctions", "12", 3, -4.0, "REJECT", "yield", "economic", false},
    {"1245", "Refuse outside involvement", "12", 3, -4.0, "REJECT", "yield", "diplomatic", false},
    {"1246", "Refuse to de-escalate militarily", "12", 3, -4.0, "REJECT", "yield", "military",
     false},
    {"125", "Refuse to meet or negotiate", "12", 3, -5.0, "REJECT", "meet", "diplomatic", false},
    {"126", "Refuse mediation", "12", 3, -5.0, "REJECT", "meet", "diplomatic", false},
    {"127", "Reject a settlement plan", "12", 3, -5.0, "REJECT", "meet", "diplomatic", false},
    {"128", "Defy norms or law", "12", 3, -5.0, "REJECT", "yield", "legal", false},
    {"129", "Veto", "12", 3, -5.0, "REJECT", "yield", "diplomatic", false},
    {"13", "Threaten", "13", 3, -6.0, "THREATEN", "", "", false},
    {"130", "Threaten, other", "13", 3, -4.4, "THREATEN", "", "", false},
    {"131", "Threaten without force", "13", 3, -5.8, "THREATEN", "", "", false},
    {"1311", "Threaten to cut aid", "13", 3, -5.8, "THREATEN", "relations", "", false},
    {"1312", "Threaten sanctions or a boycott", "13", 3, -5.8, "THREATEN", "restrict", "economic",
     false},
    {"1313", "Threaten to cut relations", "13", 3, -5.8, "THREATEN", "relations", "diplomatic",
     false},
    {"132", "Threaten administrative sanctions", "13", 3, -5.8, "THREATEN", "ban", "executive",
     false},
    {"1321", "Threaten limits on political freedom", "13", 3, -5.8, "THREATEN", "political",
     "human_rights", false},
    {"1322", "Threaten to ban parties or politicians", "13", 3, -5.8, "THREATEN", "ban",
     "pro_autocracy", false},
    {"1323", "Threaten a curfew", "13", 3, -5.8, "THREATEN", "restrict", "pro_autocracy", false},
    {"1324", "Threaten emergency rule or martial law", "13", 3, -5.8, "THREATEN", "restrict",
     "pro_autocracy", false},
    {"133", "Threaten protest", "13", 3, -5.8, "THREATEN", "relations", "", false},
    {"134", "Threaten to quit talks", "13", 3, -5.8, "THREATEN", "relations", "diplomatic", false},
    {"135", "Threaten to quit mediation", "13", 3, -5.8, "THREATEN", "relations", "diplomatic",
     false},
    {"136", "Threaten to expel outsiders", "13", 3, -7.0, "THREATEN", "expel", "diplomatic", false},
    {"137", "Threaten repression", "13", 3, -7.0, "THREATEN", "violence", "pro_autocracy", false},
    {"138", "Threaten force", "13", 3, -7.0, "THREATEN", "violence", "military", false},
    {"1381", "Threaten a blockade", "13", 3, -7.0, "THREATEN", "restrict", "military", false},
    {"1382", "Threaten occupation", "13", 3, -7.0, "THREATEN", "territory", "military", false},
    {"1383", "Threaten irregular violence", "13", 3, -7.0, "THREATEN", "violence", "military",
     false},
    {"1384", "Threaten a military attack", "13", 3, -7.0, "THREATEN", "violence", "military",
     false},
    {"1385", "Threaten a WMD attack", "13", 3, -7.0, "THREATEN", "violence", "cbrn", false},
    {"139", "Issue an ultimatum", "13", 3, -7.0, "THREATEN", "relations", "diplomatic", false},
    {"14", "Protest", "14", 3, -6.5, "PROTEST", "", "", false},
    {"140", "Political dissent, other", "14", 3, -6.5, "PROTEST", "", "", false},
    {"141", "Demonstrate", "14", 3, -6.5, "PROTEST", "demo", "", false},
    {"1411", "Demonstrate for new leadership", "14", 3, -6.5, "PROTEST", "demo", "executive",
     false},
    {"1412", "Demonstrate for a policy change", "14", 3, -6.5, "PROTEST", "demo", "executive",
     false},
    {"1413", "Demonstrate for rights", "14", 3, -6.5, "PROTEST", "demo", "rights_freedoms", false},
    {"1414", "Demonstrate for institutional change", "14", 3, -6.5, "PROTEST", "demo",
     "political_institutions", false},
    {"142", "Hunger strike", "14", 3, -6.5, "PROTEST", "hunger", "", false},
    {"1421", "Hunger strike for new leadership", "14", 3, -6.5, "PROTEST", "hunger", "executive",
     false},
    {"1422", "Hunger strike for a policy change", "14", 3, -6.5, "PROTEST", "hunger", "executive",
     false},
    {"1423", "Hunger strike for rights", "14", 3, -6.5, "PROTEST", "hunger", "rights_freedoms",
     false},
    {"1424", "Hunger strike for institutional change", "14", 3, -6.5, "PROTEST", "hunger",
     "political_institutions", false},
    {"143", "Strike or boycott", "14", 3, -6.5, "PROTEST", "boycott", "", false},
    {"1431", "Strike for new leadership", "14", 3, -6.5, "PROTEST", "boycott", "executive", false},
    {"1432", "Strike for a policy change", "14", 3, -6.5, "PROTEST", "boycott", "executive", false},
    {"1433", "Strike for rights", "14", 3, -6.5, "PROTEST", "boycott", "rights_freedoms", false},
    {"1434", "Strike for institutional change", "14", 3, -6.5, "PROTEST", "boycott",
     "political_institutions", false},
    {"144", "Block or obstruct", "14", 3, -7.5, "PROTEST", "obstruct", "", false},
    {"1441", "Blockade for new leadership", "14", 3, -7.5, "PROTEST", "obstruct", "executive",
     false},
    {"1442", "Blockade for a policy change", "14", 3, -7.5, "PROTEST", "obstruct", "executive",
     false},
    {"1443", "Blockade for rights", "14", 3, -7.5, "PROTEST", "obstruct", "rights_freedoms", false},
    {"1444", "Blockade for institutional change", "14", 3, -7.5, "PROTEST", "obstruct",
     "political_institutions", false},
    {"145", "Riot", "14", 3, -7.5, "PROTEST", "riot", "", false},
    {"1451", "Riot for new leadership", "14", 3, -7.5, "PROTEST", "riot", "executive", false},
    {"1452", "Riot for a policy change", "14", 3, -7.5, "PROTEST", "riot", "executive", false},
    {"1453", "Riot for rights", "14", 3, -7.5, "PROTEST", "riot", "rights_freedoms", false},
    {"1454", "Riot for institutional change", "14", 3, -7.5, "PROTEST", "riot",
     "political_institutions", false},
    {"15", "Show of force", "15", 4, -7.2, "MOBILIZE", "", "", false},
    {"150", "Show of force, other", "15", 4, -7.2, "MOBILIZE", "", "", false},
    {"151", "Raise police alert", "15", 4, -7.2, "MOBILIZE", "police", "", false},
    {"152", "Raise military alert", "15", 4, -7.2, "MOBILIZE", "troops", "military", false},
    {"153", "Mobilise police", "15", 4, -7.2, "MOBILIZE", "police", "", false},
    {"154", "Mobilise armed forces", "15", 4, -7.2, "MOBILIZE", "troops", "military", false},
    {"155", "Mobilise cyber forces", "15", 4, -7.2, "MOBILIZE", "", "", true},
    {"16", "Reduce relations", "16", 4, -4.0, "SANCTION", "", "", false},
    {"160", "Reduce relations, other", "16", 4, -4.0, "SANCTION", "", "", false},
    {"161", "Cut diplomatic ties", "16", 4, -4.0, "SANCTION", "withdraw", "diplomatic", false},
    {"162", "Cut aid", "16", 4, -5.6, "SANCTION", "discontinue", "human_security", false},
    {"1621", "Cut economic aid", "16", 4, -5.6, "SANCTION", "discontinue", "economic", false},
    {"1622", "Cut military aid", "16", 4, -5.6, "SANCTION", "discontinue", "military", false},
    {"1623", "Cut humanitarian aid", "16", 4, -5.6, "SANCTION", "discontinue", "humanitarian",
     false},
    {"163", "Impose sanctions or embargo", "16", 4, -8.0, "COERCE", "restrict", "diplomatic",
     false},
    {"164", "Break off talks", "16", 4, -7.0, "SANCTION", "withdraw", "diplomatic", false},
    {"165", "Break off mediation", "16", 4, -6.5, "SANCTION", "withdraw", "diplomatic", false},
    {"166", "Expel or withdraw", "16", 4, -7.0, "SANCTION", "expel", "diplomatic", false},
    {"1661", "Expel peacekeepers", "16", 4, -7.0, "SANCTION", "expel", "military", false},
    {"1662", "Expel inspectors or observers", "16", 4, -7.0, "SANCTION", "expel", "diplomatic",
     false},
    {"1663", "Expel aid agencies", "16", 4, -7.0, "SANCTION", "expel", "human_security", false},
    {"17", "Coerce", "17", 4, -7.0, "COERCE", "", "", false},
    {"170", "Coerce, other", "17", 4, -7.0, "COERCE", "", "", false},
    {"171", "Seize or damage property", "17", 4, -9.2, "COERCE", "seize", "human_security", false},
    {"1711", "Confiscate property", "17", 4, -9.2, "COERCE", "seize", "human_security", false},
    {"1712", "Destroy property", "17", 4, -9.2, "ASSAULT", "seize", "human_security", false},
    {"172", "Impose administrative sanctions", "17", 4, -5.0, "COERCE", "restrict", "executive",
     false},
    {"1721", "Restrict political freedom", "17", 4, -5.0, "COERCE", "restrict", "rights_freedoms",
     false},
    {"1722", "Ban parties or politicians", "17", 4, -5.0, "COERCE", "ban", "pro_autocracy", false},
    {"1723", "Impose a curfew", "17", 4, -5.0, "COERCE", "curfew", "pro_autocracy", false},
    {"1724", "Impose emergency rule or martial law", "17", 4, -5.0, "COERCE", "martial-law",
     "pro_autocracy", false},
    {"173", "Arrest or charge", "17", 4, -5.0, "COERCE", "arrest", "legal", false},
    {"174", "Deport", "17", 4, -5.0, "COERCE", "deport", "legal", false},
    {"175", "Violent repression", "17", 4, -9.0, "ASSAULT", "pro_autocracy", "military", false},
    {"176", "Cyber attack", "17", 4, -7.0, "COERCE", "", "", true},
    {"18", "Assault", "18", 4, -9.0, "ASSAULT", "", "", false},
    {"180", "Irregular violence, other", "18", 4, -9.0, "ASSAULT", "", "", false},
    {"181", "Abduct or take hostage", "18", 4, -9.0, "ASSAULT", "abduct", "", false},
    {"182", "Physical assault", "18", 4, -9.5, "ASSAULT", "beat", "", false},
    {"1821", "Sexual assault", "18", 4, -9.0, "ASSAULT", "sexual", "", false},
    {"1822", "Torture", "18", 4, -9.0, "ASSAULT", "torture", "", false},
    {"1823", "Kill by assault", "18", 4, -10.0, "ASSAULT", "", "", false},
    {"183", "Bombing", "18", 4, -10.0, "ASSAULT", "suicide-attack", "", false},
    {"1831", "Suicide bombing", "18", 4, -10.0, "ASSAULT", "suicide-attack", "", false},
    {"1832", "Vehicle bombing", "18", 4, -10.0, "ASSAULT", "explosives", "", false},
    {"1833", "Roadside bombing", "18", 4, -10.0, "ASSAULT", "explosives", "", false},
    {"1834", "Bombing of a site", "18", 4, -10.0, "ASSAULT", "suicide-attack", "", true},
    {"184", "Use human shields", "18", 4, -8.0, "ASSAULT", "abduct", "", false},
    {"185", "Assassination attempt", "18", 4, -8.0, "ASSAULT", "assassinate", "", false},
    {"186", "Assassinate", "18", 4, -10.0, "ASSAULT", "assassinate", "", false},
    {"19", "Fight", "19", 4, -10.0, "ASSAULT", "", "", false},
    {"190", "Military force, other", "19", 4, -10.0, "ASSAULT", "", "military", false},
    {"191", "Blockade", "19", 4, -9.5, "COERCE", "restrict", "military", false},
    {"192", "Occupy territory", "19", 4, -9.5, "COERCE", "seize", "military", false},
    {"193", "Small-arms fighting", "19", 4, -10.0, "ASSAULT", "firearms", "military", false},
    {"194", "Artillery or tank fire", "19", 4, -10.0, "ASSAULT", "heavy-weapons", "military",
     false},
    {"195", "Air strike", "19", 4, -10.0, "ASSAULT", "heavy-weapons", "military", false},
    {"1951", "Precision air strike", "19", 4, -10.0, "ASSAULT", "heavy-weapons", "military", true},
    {"1952", "Drone strike", "19", 4, -10.0, "ASSAULT", "heavy-weapons", "military", true},
    {"196", "Break a ceasefire", "19", 4, -9.5, "ASSAULT", "", "legal; military", false},
    {"20", "Mass violence", "20", 4, -10.0, "ASSAULT", "", "", false},
    {"200", "Mass violence, other", "20", 4, -10.0, "ASSAULT", "massacre", "military", false},
    {"201", "Mass expulsion", "20", 4, -9.5, "ASSAULT", "cleansing", "religion_ethnicity", false},
    {"202", "Mass killing", "20", 4, -10.0, "ASSAULT", "massacre", "religion_ethnicity", false},
    {"203", "Ethnic cleansing", "20", 4, -10.0, "ASSAULT", "cleansing", "religion_ethnicity",
     false},
    {"204", "Use WMD", "20", 4, -10.0, "ASSAULT", "unconventional", "cbrn", false},
    {"2041", "Chemical, biological or radiological attack", "20", 4, -10.0, "ASSAULT",
     "unconventional", "cbrn", false},
    {"2042", "Nuclear detonation", "20", 4, -10.0, "ASSAULT", "unconventional", "cbrn", false},
};

// ISO 3166-1 alpha-3, sorted.
constexpr std::string_view kIsoCountries[] = {
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF",
    "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS",
    "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF",
    "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COK", "COL", "COM", "CPV",
    "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA",
    "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM",
    "GAB", "GBR", "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD",
    "GRL", "GTM", "GUF", "GUM", "GUY", "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN",
    "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JEY", "JOR", "JPN", "KAZ",
    "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE",
    "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX",
    "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS",
    "MWI", "MYS", "MYT", "NAM", "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL",
    "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER", "PHL", "PLW", "PNG", "POL", "PRI", "PRK",
    "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP",
    "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR",
    "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL",
    "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY",
    "USA", "UZB", "VAT", "VCT", "VEN", "VGB", "VIR", "VNM", "VUT", "WLF", "WSM", "YEM", "ZAF",
    "ZMB", "ZWE",
};

// CAMEO regions (AFR Africa, MEA Middle East, WST the West, ...) and
// historical or non-ISO state codes (KSV Kosovo, YUG Yugoslavia, SUN Soviet
// Union, ...), sorted.
constexpr std::string_view kCameoRegions[] = {
    "AFR", "ANT", "ASA", "BLK", "CAM", "CAS", "CAU", "CEU", "CFR", "CRB", "CSK", "DDR",
    "EAF", "EEU", "EIN", "EUR", "KSV", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "ROM",
    "SAF", "SAM", "SAS", "SCG", "SCN", "SEA", "SUN", "TMP", "WAF", "WST", "YUG", "ZAR",
};

bool AllDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether a three-letter block is a country or region code: one bit per
// upper-case block (26^3 of them), set for both lists above. The coder splits
// the code of every actor mention it remembers, so this is a load rather than
// two binary searches.
constexpr size_t kBlocks = 26 * 26 * 26;

constexpr bool UpperBlock(std::string_view b) {
  return b.size() == 3 &&
         std::all_of(b.begin(), b.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

constexpr size_t BlockIndex(std::string_view b) {
  return (size_t(b[0] - 'A') * 26 + size_t(b[1] - 'A')) * 26 + size_t(b[2] - 'A');
}

constexpr std::array<uint64_t, (kBlocks + 63) / 64> kCountryBlocks = [] {
  std::array<uint64_t, (kBlocks + 63) / 64> bits{};
  for (std::span<const std::string_view> list :
       {std::span<const std::string_view>(kIsoCountries),
        std::span<const std::string_view>(kCameoRegions)}) {
    for (std::string_view c : list) {
      if (!UpperBlock(c)) throw "country and region codes are three upper-case letters";
      bits[BlockIndex(c) / 64] |= uint64_t{1} << (BlockIndex(c) % 64);
    }
  }
  return bits;
}();

}  // namespace

std::span<const CameoCode> AllCameoCodes() { return kCameoCodes; }

std::span<const std::string_view> IsoCountryCodes() { return kIsoCountries; }

std::span<const std::string_view> CameoRegionCodes() { return kCameoRegions; }

const CameoCode* FindCameo(std::string_view code) {
  const CameoCode* begin = std::begin(kCameoCodes);
  const CameoCode* end = std::end(kCameoCodes);
  const CameoCode* it = std::lower_bound(
      begin, end, code, [](const CameoCode& c, std::string_view key) { return c.code < key; });
  return (it != end && it->code == code) ? it : nullptr;
}

int QuadClassForCode(std::string_view code) {
  if (code.size() < 2 || !AllDigits(code.substr(0, 2))) return kQuadUnknown;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root < 1 || root > 20) return kQuadUnknown;
  if (root <= 5) return kVerbalCooperation;
  if (root <= 9) return kMaterialCooperation;
  if (root <= 14) return kVerbalConflict;
  return kMaterialConflict;
}

const CameoCode* LookupCameo(std::string_view code) {
  if (code.size() < 2 || code.size() > 4 || !AllDigits(code)) return nullptr;
  for (size_t n = code.size(); n >= 2; --n) {
    if (const CameoCode* c = FindCameo(code.substr(0, n))) return c;
  }
  return nullptr;
}

std::string_view PloverForCameo(std::string_view code) {
  const CameoCode* c = LookupCameo(code);
  return c == nullptr ? std::string_view() : c->plover;
}

bool IsCameoCountry(std::string_view block) {
  if (!UpperBlock(block)) return false;
  const size_t i = BlockIndex(block);
  return ((kCountryBlocks[i / 64] >> (i % 64)) & 1) != 0;
}

void SplitActorCode(std::string_view code, std::string* country, std::string* sector) {
  if (country != nullptr) country->clear();
  if (sector != nullptr) sector->clear();
  // Whole 3-letter blocks, upper-cased, up to the first non-letter; only
  // the first two are read (no copy of the whole code).
  char blocks[6];
  size_t letters = 0;
  for (char c : code) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    if (letters < sizeof(blocks)) blocks[letters] = c;
    ++letters;
  }
  letters = letters / 3 * 3;
  if (letters == 0) return;
  size_t next = 0;
  const std::string_view first(blocks, 3);
  if (IsCameoCountry(first)) {
    if (country != nullptr) *country = first;
    next = 3;
  }
  if (next < letters && sector != nullptr) {
    *sector = std::string_view(blocks + next, 3);
  }
}

}  // namespace annalist
