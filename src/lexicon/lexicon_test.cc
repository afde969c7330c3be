// Lexicon tests on small fixtures written here: actors with dated codes,
// agents, TABARI and PETRARCH verbs and patterns, lists, problems, layering.
#include "annalist/lexicon.h"

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <string>

#include "lexicon/matcher.h"
#include "lexicon/test_tokens.h"
#include "testing/testing.h"

namespace annalist {
namespace {

using lexicon_internal::Alternative;
using lexicon_internal::Elements;
using lexicon_internal::PatternElement;
using lexicon_internal::PhraseList;
using lexicon_internal::PhraseMatch;
using lexicon_internal::SentenceMatcher;
using lexicon_internal::SynsetName;
using lexicon_internal::VerbMatch;
using lexicon_internal::WordText;

using lexicon_testing::Tokens;

std::shared_ptr<const Lexicon> Build(DictionaryFormat f, std::string_view text,
                                     LexiconReport* r = nullptr) {
  LexiconBuilder b;
  b.AddText(f, "fixture", text);
  return b.Build(r);
}

// The entry and length of the actor at token `pos` of `sentence`, "" if none.
std::string ActorAt(const Lexicon& lex, std::string_view sentence, size_t pos,
                    uint32_t* length = nullptr) {
  TokenBuffer t = Tokens(sentence);
  PhraseMatch m;
  if (!SentenceMatcher(lex, t).MatchActor(pos, &m)) return "";
  if (length) *length = m.length;
  return std::string(lex.actor(m.id).phrase);
}

DateTime Day(int y, int m, int d) {
  DateTime t;
  t.year = y;
  t.month = m;
  t.day = d;
  t.precision = DatePrecision::kDay;
  return t;
}

constexpr std::string_view kTabariActors =
    "<NOUN>\n"
    "CONVOY_  ; a noun\n"
    "</NOUN>\n"
    "ATLANTIS_ [ATL]\n"
    "ATLANT [ATX] ; a stem\n"
    "NEW_ATLANTIS_ [NAT]\n"
    "HARBOR CITY [HBC]\n"
    "OLD_GUARD_ [###]\n"
    "MERIDIA_ [MER/ATL]\n"
    "JANE_DOE_  ; a leader\n"
    "+DOE_\n"
    "\t[ATLREB <050101]\n"
    "\t[ATLGOV 050102-101231]\n"
    "\t[ATLELI]\n"
    "PRIME_MINISTER_BLUE_ [ATLGOV 20190301-20230630] [---]\n";

TEST(LexiconActors, TabariPhrasesStemsAndGaps) {
  LexiconReport r;
  auto lex = Build(DictionaryFormat::kTabariActors, kTabariActors, &r);
  EXPECT_TRUE(r.problems.empty()) << r.problems[0];
  EXPECT_EQ(r.actors, 8u);
  EXPECT_EQ(r.nouns, 1u);
  // Exact word with a regular ending, and possessive split off.
  EXPECT_EQ(ActorAt(*lex, "Atlantis said", 0), "ATLANTIS");
  EXPECT_EQ(ActorAt(*lex, "Atlantis's army", 0), "ATLANTIS");
  // The stem ATLANT matches ATLANTEAN; ATLANTIS prefers the exact entry.
  EXPECT_EQ(ActorAt(*lex, "Atlantean troops", 0), "ATLANT");
  // Longest match wins; "_" requires adjacency.
  uint32_t len = 0;
  EXPECT_EQ(ActorAt(*lex, "New Atlantis agreed", 0, &len), "NEW ATLANTIS");
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(ActorAt(*lex, "New big Atlantis", 0), "");
  // A blank allows words between ("HARBOR CITY": stems, gap).
  EXPECT_EQ(ActorAt(*lex, "Harbor old City council", 0, &len), "HARBOR CITY");
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(ActorAt(*lex, "Harbor , City", 0), "");
  // Hyphenated tokens are read as their pieces.
  EXPECT_EQ(ActorAt(*lex, "New-Atlantis agreed", 0, &len), "NEW ATLANTIS");
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(ActorAt(*lex, "nothing here", 0), "");
  TokenBuffer t = Tokens("the convoy");
  PhraseMatch m;
  EXPECT_TRUE(SentenceMatcher(*lex, t).Match(PhraseList::kNoun, 1, &m));
  EXPECT_FALSE(SentenceMatcher(*lex, t).Match(PhraseList::kNoun, 0, &m));
}

TEST(LexiconActors, DatedCodes) {
  auto lex = Build(DictionaryFormat::kTabariActors, kTabariActors);
  uint32_t doe = lex->FindActor("JANE DOE");
  ASSERT_NE(doe, kNoId);
  EXPECT_EQ(lex->FindActor("DOE"), doe);  // synonym
  EXPECT_EQ(lex->CodeAt(doe, Day(2004, 6, 1)), "ATLREB");
  EXPECT_EQ(lex->CodeAt(doe, Day(2005, 1, 1)), "ATLREB");  // bounds inclusive
  EXPECT_EQ(lex->CodeAt(doe, Day(2005, 1, 2)), "ATLGOV");
  EXPECT_EQ(lex->CodeAt(doe, Day(2010, 12, 31)), "ATLGOV");
  EXPECT_EQ(lex->CodeAt(doe, Day(2011, 1, 1)), "ATLELI");  // default
  EXPECT_EQ(lex->CodeAt(doe, DateTime{}), "ATLELI");
  uint32_t blue = lex->FindActor("PRIME MINISTER BLUE");
  EXPECT_EQ(lex->CodeAt(blue, Day(2020, 5, 5)), "ATLGOV");
  EXPECT_EQ(lex->CodeAt(blue, Day(2024, 5, 5)), "---");
  EXPECT_EQ(lex->CodeAt(lex->FindActor("MERIDIA"), Day(2024, 1, 1)), "MER/ATL");
  EXPECT_EQ(lex->actor(lex->FindActor("OLD GUARD")).codes.size(), 1u);
}

TEST(LexiconActors, PetrarchBlocksAndProblems) {
  constexpr std::string_view kText =
      "# a comment\n"
      "BORDURIA_  [BOR]\n"
      "+BORDURIAN_\n"
      "+SZOHOD_  # capital\n"
      "GENERAL_PLEKSZY_GLADZ_  # leader\n"
      "\t[BORMIL 19500101-590101]\n"
      "\t[BORGOV >590102]\n"
      "BAD_DATE_ACTOR_\n"
      "\t[BORGOV 19591301-600101]\n"
      "CODE_LATER_\n"
      "BROKEN_ [BOR\n"
      "+LATE_SYNONYM [LAT]\n"
      "NO_CODE_ACTOR_\n";
  LexiconReport r;
  LexiconBuilder b;
  b.AddText(DictionaryFormat::kPetrarchActors, "bad.actors.txt", "+ORPHAN_SYNONYM\n");
  b.AddText(DictionaryFormat::kPetrarchActors, "fix.actors.txt", kText);
  auto lex = b.Build(&r);
  ASSERT_EQ(r.problems.size(), 5u);
  EXPECT_EQ(r.problems[0], "bad.actors.txt:1: synonym without an actor: +ORPHAN_SYNONYM");
  EXPECT_EQ(r.problems[1], "fix.actors.txt:9: bad date restriction: \t[BORGOV 19591301-600101]");
  EXPECT_EQ(r.problems[2], "fix.actors.txt:8: actor without a code: BAD DATE ACTOR");
  EXPECT_EQ(r.problems[3], "fix.actors.txt:11: missing ]: BROKEN_ [BOR");
  EXPECT_EQ(r.problems[4], "fix.actors.txt:13: actor without a code: NO CODE ACTOR");
  // A synonym line may carry the codes of its block.
  uint32_t later = lex->FindActor("CODE LATER");
  EXPECT_EQ(lex->FindActor("LATE SYNONYM"), later);
  EXPECT_EQ(lex->CodeAt(later, 0), "LAT");
  EXPECT_EQ(ActorAt(*lex, "Szohod protested", 0), "BORDURIA");
  uint32_t gen = lex->FindActor("GENERAL PLEKSZY GLADZ");
  EXPECT_EQ(lex->CodeAt(gen, Day(1955, 1, 1)), "BORMIL");
  EXPECT_EQ(lex->CodeAt(gen, Day(1970, 1, 1)), "BORGOV");
  EXPECT_EQ(lex->CodeAt(gen, Day(1940, 1, 1)), "");
}

TEST(LexiconAgents, PetrarchPluralsMarkersAndCombination) {
  constexpr std::string_view kText =
      "<!-- agents -->\n"
      "!PERSON! = MAN, WOMAN\n"
      "FOREIGN_MINISTER [~GOVFRM]\n"
      "POLICE {} [~COP]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "AID_AGENCY [NGO~]\n"
      "REBEL [REB]\n";
  LexiconReport r;
  auto lex = Build(DictionaryFormat::kPetrarchAgents, kText, &r);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0], "fixture:8: agent code without ~: REBEL [REB]");
  auto agent_at = [&](std::string_view s) -> std::string {
    TokenBuffer t = Tokens(s);
    PhraseMatch m;
    return SentenceMatcher(*lex, t).MatchAgent(0, &m) ? std::string(lex->agent(m.id).phrase) : "";
  };
  EXPECT_EQ(agent_at("foreign ministers"), "FOREIGN MINISTER");
  EXPECT_EQ(agent_at("aid agencies"), "AID AGENCY");
  EXPECT_EQ(agent_at("attorneys general"), "ATTORNEY GENERAL");
  EXPECT_EQ(agent_at("attorney generals"), "");
  EXPECT_EQ(agent_at("polices"), "");
  EXPECT_EQ(agent_at("congresswoman"), "CONGRESSMAN");
  std::string out;
  const AgentEntry& fm = lex->agent(lex->FindAgent("FOREIGN MINISTER"));
  Lexicon::CombineAgent("SYR", fm, &out);
  EXPECT_EQ(out, "SYRGOVFRM");
  Lexicon::CombineAgent("SYRGOVFRM", fm, &out);
  EXPECT_EQ(out, "SYRGOVFRM");
  Lexicon::CombineAgent("USA", lex->agent(lex->FindAgent("AID AGENCY")), &out);
  EXPECT_EQ(out, "NGOUSA");
}

constexpr std::string_view kTabariVerbs =
    "<SYNSETS>\n"
    "&MONEY\n"
    "+DOLLARS\n"
    "+GOLD_COINS\n"
    "</SYNSETS>\n"
    "MEET  [031:031]\n"
    "{MET_ MEETING_}\n"
    "- % * IN  [031]\n"
    "- * WITH_ + ^ IN $ [036]\n"
    "PROMIS  [050]\n"
    "- * &MONEY TO_ + [071]\n"
    "- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS  [111?]\n"
    "- REFUSED_TO_* [---]\n"
    "- BROKEN PATTERN [010]\n"
    "- { A | B * [010]\n"
    "BURNED_DOWN_ [180]\n";

TEST(LexiconVerbs, TabariFormsAndPatterns) {
  LexiconReport r;
  auto lex = Build(DictionaryFormat::kTabariVerbs, kTabariVerbs, &r);
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0], "fixture:14: missing * in pattern: - BROKEN PATTERN [010]");
  EXPECT_EQ(r.problems[1], "fixture:15: missing }: - { A | B * [010]");
  EXPECT_EQ(r.verbs, 3u);
  EXPECT_EQ(r.patterns, 5u);
  uint32_t meet = lex->FindVerb("MET");
  ASSERT_NE(meet, kNoId);
  EXPECT_EQ(lex->FindVerb("MEETS"), meet);
  const VerbEntry& v = lex->verb(meet);
  EXPECT_EQ(v.headword, "MEET");
  EXPECT_EQ(v.code, "031");
  EXPECT_EQ(v.paired_code, "031");
  ASSERT_EQ(v.patterns.size(), 2u);
  // Longest first: "* WITH_ + ^ IN $" (6 letters) before "% * IN" (2).
  const VerbPattern& p = v.patterns[0];
  EXPECT_EQ(p.code, "036");
  EXPECT_EQ(p.origin, "fixture:9");
  ASSERT_EQ(Elements(p).size(), 6u);
  EXPECT_EQ(p.verb_index, 0u);
  EXPECT_EQ(Elements(p)[1].kind, PatternElement::kWord);
  EXPECT_EQ(WordText(*lex, Elements(p)[1].value), "WITH");
  EXPECT_FALSE(Elements(p)[1].stem);
  EXPECT_FALSE(Elements(p)[1].adjacent);
  EXPECT_EQ(Elements(p)[2].kind, PatternElement::kTarget);
  // "WITH_ +": exact, but the target need not follow at once (manual 5.5).
  EXPECT_FALSE(Elements(p)[2].adjacent);
  EXPECT_EQ(Elements(p)[3].kind, PatternElement::kSkipActor);
  EXPECT_TRUE(Elements(p)[4].stem);
  EXPECT_EQ(Elements(p)[5].kind, PatternElement::kSource);
  EXPECT_EQ(Elements(v.patterns[1])[0].kind, PatternElement::kCompound);

  const VerbEntry& promise = lex->verb(lex->FindVerb("PROMISED"));
  EXPECT_EQ(promise.headword, "PROMIS");
  ASSERT_EQ(promise.patterns.size(), 3u);
  const VerbPattern& alt = promise.patterns[0];  // the longest
  EXPECT_EQ(alt.code, "111");
  EXPECT_TRUE(alt.subordinate);
  // SUGGESTED_ + * DEMAND_ {GENEVA_|INTERNATIONAL} _CONVENTIONS
  ASSERT_EQ(Elements(alt).size(), 6u);
  EXPECT_EQ(alt.verb_index, 2u);
  EXPECT_TRUE(Elements(alt)[1].adjacent);
  EXPECT_EQ(Elements(alt)[4].kind, PatternElement::kAlternatives);
  EXPECT_TRUE(Elements(alt)[4].adjacent);
  EXPECT_TRUE(Elements(alt)[5].adjacent);
  ASSERT_EQ(Elements(alt)[4].count, 2);
  EXPECT_EQ(WordText(*lex, Alternative(*lex, Elements(alt)[4], 1)[0].value), "INTERNATIONAL");
  TokenBuffer t = Tokens("international conventions");
  uint32_t len = 0;
  EXPECT_TRUE(SentenceMatcher(*lex, t).MatchElement(Elements(alt)[4], 0, &len));
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(promise.patterns[1].code, "---");      // REFUSED_TO_*: 9 letters
  const VerbPattern& money = promise.patterns[2];  // &MONEY TO_: 7
  EXPECT_EQ(money.code, "071");
  EXPECT_EQ(Elements(money)[1].kind, PatternElement::kSynset);
  EXPECT_EQ(SynsetName(*lex, Elements(money)[1].value), "MONEY");
  t = Tokens("gold coins");
  EXPECT_TRUE(SentenceMatcher(*lex, t).MatchElement(Elements(money)[1], 0, &len));
  EXPECT_EQ(len, 2u);

  // Verb matching over a sentence: stem, form, multi-word verb.
  t = Tokens("Rebels burned down the depot");
  VerbMatch vm;
  ASSERT_TRUE(SentenceMatcher(*lex, t).MatchVerb(1, &vm));
  EXPECT_EQ(lex->verb(vm.verb).headword, "BURNED DOWN");
  EXPECT_EQ(vm.length, 2u);
  t = Tokens("They met");
  ASSERT_TRUE(SentenceMatcher(*lex, t).MatchVerb(1, &vm));
  EXPECT_EQ(vm.verb, meet);
  EXPECT_FALSE(SentenceMatcher(*lex, t).MatchVerb(0, &vm));
}

constexpr std::string_view kPetrarchVerbs =
    "&WEAPON\n"
    "+RIFLE\n"
    "+ARTILLERY_SHELL\n"
    "&AUX_\n"
    "+WAS\n"
    "---  MEET_PEOPLE   [040]  ---\n"
    "MEET {MEETS MET MEETING}\n"
    "+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }\n"
    "CONFER [036]\n"
    "- * (FOR TALKS)                 [036:036]     # MEET\n"
    "- * (WITH {OPPOSITION LEADERS}) [036]\n"
    "- $ * + (AT &WEAPON)  [:042]\n"
    "---  TAP   [---]  ---\n"
    "WIRE_+TAP\n"
    "~ a (a b ATTACK) SAY = a b 015\n";

TEST(LexiconVerbs, PetrarchBlocks) {
  LexiconReport r;
  auto lex = Build(DictionaryFormat::kPetrarchVerbs, kPetrarchVerbs, &r);
  EXPECT_TRUE(r.problems.empty()) << r.problems[0];
  EXPECT_EQ(r.verbs, 4u);
  EXPECT_EQ(r.synsets, 2u);
  uint32_t meet = lex->FindVerb("MET");
  ASSERT_NE(meet, kNoId);
  const VerbEntry& v = lex->verb(meet);
  EXPECT_EQ(v.headword, "MEET");
  EXPECT_EQ(v.block, "MEET_PEOPLE");
  EXPECT_EQ(v.code, "040");
  ASSERT_EQ(v.patterns.size(), 3u);
  const VerbPattern& p = v.patterns[0];  // (WITH {OPPOSITION LEADERS})
  EXPECT_EQ(p.code, "036");
  ASSERT_EQ(Elements(p).size(), 4u);
  EXPECT_EQ(Elements(p)[1].role, 'P');
  EXPECT_FALSE(Elements(p)[2].adjacent);
  EXPECT_TRUE(Elements(p)[3].adjacent);
  EXPECT_EQ(Elements(p)[3].role, 'H');
  EXPECT_EQ(WordText(*lex, Elements(p)[3].value), "LEADERS");
  const VerbPattern& q = v.patterns[1];  // (FOR TALKS)
  EXPECT_EQ(q.paired_code, "036");
  const VerbPattern& w = v.patterns[2];
  EXPECT_EQ(w.code, "---");
  EXPECT_EQ(w.paired_code, "042");
  EXPECT_EQ(Elements(w)[0].kind, PatternElement::kSource);
  EXPECT_EQ(w.verb_index, 1u);
  EXPECT_EQ(Elements(w)[4].kind, PatternElement::kSynset);
  // Synset plurals are generated; "AUX_" synsets get none.
  TokenBuffer t = Tokens("rifles artillery shells");
  uint32_t len;
  EXPECT_TRUE(SentenceMatcher(*lex, t).MatchSynset(Elements(w)[4].value, 0, &len));
  EXPECT_TRUE(SentenceMatcher(*lex, t).MatchSynset(Elements(w)[4].value, 1, &len));
  EXPECT_EQ(len, 2u);
  // Member with its own code shares the block's patterns; regular forms.
  ASSERT_NE(lex->FindVerb("CONFERRED"), kNoId);
  ASSERT_NE(lex->FindVerb("CONFERS"), kNoId);
  const VerbEntry& confer = lex->verb(lex->FindVerb("CONFERRED"));
  EXPECT_EQ(confer.code, "036");
  EXPECT_EQ(confer.patterns.data(), v.patterns.data());
  // Multi-word verbs: the '+' word is the verb.
  t = Tokens("Police wire tapped phones");
  VerbMatch vm;
  ASSERT_TRUE(SentenceMatcher(*lex, t).MatchVerb(1, &vm));
  EXPECT_EQ(lex->verb(vm.verb).headword, "WIRE TAP");
  EXPECT_EQ(vm.length, 2u);
  EXPECT_EQ(vm.verb_offset, 1u);
  t = Tokens("He met with them");
  ASSERT_TRUE(SentenceMatcher(*lex, t).MatchVerb(1, &vm));
  EXPECT_EQ(lex->verb(vm.verb).headword, "MEET WITH");
  EXPECT_EQ(vm.length, 2u);
  EXPECT_EQ(vm.verb_offset, 0u);
}

TEST(LexiconLists, DiscardsAndIssues) {
  LexiconBuilder b;
  b.AddText(DictionaryFormat::kPetrarchDiscards, "d.txt",
            "+WORLD CUP # sports\nBASKETBALL\nOPEN_\n");
  b.AddText(DictionaryFormat::kPetrarchIssues, "i.txt",
            "<ISSUE CATEGORY=\"ENERGY\">\n"
            "n:pipeline [ENERGY_INFRA]\n"
            "solar v:panel [SOLAR]\n"
            "oil+price [OIL]\n"
            "opec\n"
            "~a pipeline dream\n"
            "</ISSUE>\n");
  LexiconReport r;
  auto lex = b.Build(&r);
  EXPECT_TRUE(r.problems.empty()) << r.problems[0];
  auto at = [&](PhraseList l, std::string_view s, size_t pos) -> int {
    TokenBuffer t = Tokens(s);
    PhraseMatch m;
    return SentenceMatcher(*lex, t).Match(l, pos, &m) ? static_cast<int>(m.id) : -1;
  };
  int cup = at(PhraseList::kDiscard, "the World Cup final", 1);
  ASSERT_GE(cup, 0);
  EXPECT_TRUE(lex->discard(cup).whole_story);
  EXPECT_GE(at(PhraseList::kDiscard, "basketballs", 0), 0);  // a stem
  EXPECT_EQ(at(PhraseList::kDiscard, "openly", 0), -1);      // "_": exact
  int pipe = at(PhraseList::kIssue, "new pipelines", 1);
  ASSERT_GE(pipe, 0);
  EXPECT_EQ(lex->issue(pipe).code, "ENERGY_INFRA");
  EXPECT_EQ(lex->issue(pipe).category, "ENERGY");
  EXPECT_GE(at(PhraseList::kIssue, "solar paneled", 0), 0);
  EXPECT_GE(at(PhraseList::kIssue, "oil-price", 0), 0);
  int opec = at(PhraseList::kIssue, "OPEC", 0);
  ASSERT_GE(opec, 0);
  EXPECT_EQ(lex->issue(opec).code, "ENERGY");
  int ign = at(PhraseList::kIssue, "a pipeline dream", 0);
  ASSERT_GE(ign, 0);
  EXPECT_EQ(lex->issue(ign).ignore, 1);
}

TEST(LexiconOptions, TabariOptionsAndProject) {
  std::vector<std::string> problems;
  TabariOptions o = ParseTabariOptions(
      "// comment\nCOMPLEX: VERBS[5] NOACTPRIOR\nSET: code by sentence\n"
      "SET: MINIMUM WORDS = 5\nLABEL: 010=YIELD\nLABEL 011\nOUTPUT: ACTOR\n"
      "~~~~~\nSET: IGNORED = 1\n",
      "x.options", &problems);
  EXPECT_EQ(o.complex, std::vector<std::string>{"VERBS[5] NOACTPRIOR"});
  EXPECT_EQ(o.sets.at("CODE BY SENTENCE"), "TRUE");
  EXPECT_EQ(o.sets.at("MINIMUM WORDS"), "5");
  EXPECT_EQ(o.sets.count("IGNORED"), 0u);
  EXPECT_EQ(o.labels.at("010"), "YIELD");
  EXPECT_EQ(o.other, std::vector<std::string>{"OUTPUT: ACTOR"});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "x.options:6: not an option: LABEL 011");

  testing::TempDir dir;
  testing::WriteFile(dir.File("p/my.actors"), "ATLANTIS_ [ATL]\n");
  testing::WriteFile(dir.File("p/sub/my.verbs"), "MEET [031]\n");
  testing::WriteFile(dir.File("p/my.options"), "SET: LABEL = TRUE\n");
  testing::WriteFile(dir.File("p/my.project"),
                     "My project\n<actorsfile> my.actors\n"
                     "<verbsfile>\tsub/my.verbs\n<optionsfile> my.options\n"
                     "<textfile> news.text\n<coder> ME\n");
  Result<TabariProject> p = ReadTabariProject(dir.File("p/my.project"));
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->title, "My project");
  EXPECT_EQ(p->text, std::vector<std::string>{"news.text"});
  EXPECT_EQ(p->text_paths[0], dir.File("p/news.text"));
  EXPECT_EQ(p->verb_paths[0], dir.File("p/sub/my.verbs"));
  EXPECT_EQ(p->coder, "ME");
  LexiconReport r;
  auto lex = LoadLexicon({dir.File("p/my.project")}, &r);
  ASSERT_TRUE(lex.ok());
  EXPECT_EQ(r.actors, 1u);
  EXPECT_EQ(r.verbs, 1u);
  EXPECT_EQ((*lex)->options().sets.at("LABEL"), "TRUE");
  EXPECT_FALSE(ReadTabariProject(dir.File("none.project")).ok());
  EXPECT_EQ(LoadLexicon({dir.File("none")}, nullptr).status().code(), StatusCode::kNotFound);
}

TEST(LexiconLayering, LaterSpecOverrides) {
  testing::TempDir dir;
  testing::WriteFile(dir.File("a/base.actors"), "ATLANTIS_ [ATL]\nHARBOR_CITY_ [HBC]\n");
  testing::WriteFile(dir.File("a/base.verbs"), "MEET [031]\n- * TALKS [032]\n");
  testing::WriteFile(dir.File("b/local.actors"), "ATLANTIS_ [ATX]\n");
  testing::WriteFile(dir.File("b/local.verbs"), "MEET [036]\n");
  LexiconReport r;
  auto lex = LoadLexicon({dir.path().string() + "/a", dir.path().string() + "/b"}, &r);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ(r.files.size(), 4u);
  EXPECT_EQ(r.overridden, 2u);
  const Lexicon& l = **lex;
  TokenBuffer t = Tokens("Atlantis and Harbor City");
  PhraseMatch m;
  ASSERT_TRUE(SentenceMatcher(l, t).MatchActor(0, &m));
  EXPECT_EQ(l.CodeAt(m.id, 0), "ATX");
  ASSERT_TRUE(SentenceMatcher(l, t).MatchActor(2, &m));
  EXPECT_EQ(l.CodeAt(m.id, 0), "HBC");
  const VerbEntry& v = l.verb(l.FindVerb("MEET"));
  EXPECT_EQ(v.code, "036");
  EXPECT_TRUE(v.patterns.empty());
}

TEST(LexiconScale, HundredThousandActors) {
  std::string text;
  for (int i = 0; i < 100000; ++i) {
    text += "PERSON_" + std::to_string(i) + "_SURNAME" + std::to_string(i % 97) + "_ [P" +
            std::to_string(i) + "]\n";
    if (i % 10 == 0) text += "+ALIAS" + std::to_string(i) + "_\n";
  }
  auto start = std::chrono::steady_clock::now();
  LexiconBuilder b;
  b.AddText(DictionaryFormat::kTabariActors, "gen.actors", text);
  LexiconReport r;
  auto lex = b.Build(&r);
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "100k actors: " << s << " s, " << r.words << " words, ~" << r.bytes / 1024
            << " KiB\n";
  EXPECT_EQ(r.actors, 100000u);
  EXPECT_TRUE(r.problems.empty());
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
  EXPECT_LT(s, 5.0);
#endif
  for (int i : {0, 1, 4242, 99999}) {
    std::string sentence =
        "said person " + std::to_string(i) + " surname" + std::to_string(i % 97) + " today";
    TokenBuffer t = Tokens(sentence);
    PhraseMatch m;
    ASSERT_TRUE(SentenceMatcher(*lex, t).MatchActor(1, &m)) << sentence;
    EXPECT_EQ(m.length, 3u);
    EXPECT_EQ(lex->CodeAt(m.id, 0), std::string("P").append(std::to_string(i)));
  }
  TokenBuffer t = Tokens("alias4240 spoke");
  PhraseMatch m;
  ASSERT_TRUE(SentenceMatcher(*lex, t).MatchActor(0, &m));
  EXPECT_EQ(lex->CodeAt(m.id, 0), "P4240");
  t = Tokens("person 5 surname6");
  EXPECT_FALSE(SentenceMatcher(*lex, t).MatchActor(0, &m));
}

// Restriction dates through the reader: the manual's 00-30 pivot, "31" as
// the end of any month, and a range start that the pivot would put after
// its end read in the 1900s (docs/time.md).
TEST(LexiconActors, RestrictionDatesFollowTheTabariRules) {
  auto lex = Build(DictionaryFormat::kTabariActors,
                   "OLD_LEADER_ [ATLGOV 270101-730717] [ATLELI 300101-300931] "
                   "[ATL]\n");
  uint32_t a = lex->FindActor("OLD LEADER");
  ASSERT_NE(a, kNoId);
  EXPECT_EQ(lex->CodeAt(a, Day(1926, 12, 31)), "ATL");
  EXPECT_EQ(lex->CodeAt(a, Day(1927, 1, 1)), "ATLGOV");
  EXPECT_EQ(lex->CodeAt(a, Day(1973, 7, 17)), "ATLGOV");
  EXPECT_EQ(lex->CodeAt(a, Day(1973, 7, 18)), "ATL");
  EXPECT_EQ(lex->CodeAt(a, Day(2029, 12, 31)), "ATL");  // 30 is 2030
  EXPECT_EQ(lex->CodeAt(a, Day(2030, 9, 30)), "ATLELI");
  EXPECT_EQ(lex->CodeAt(a, Day(2030, 10, 1)), "ATL");
}

}  // namespace
}  // namespace annalist
