// The annalist .lex reader (lex_reader.cc, docs/lexicon-format.md): every
// kind and field on small files written here, matched against sentences
// tokenized by the real tokenizer; folders of .lex files; the problems the
// format defines.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "annalist/lexicon.h"
#include "annalist/text.h"
#include "lexicon/matcher.h"
#include "testing/testing.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;
using lexicon_internal::Elements;
using lexicon_internal::PatternElement;
using lexicon_internal::PhraseList;
using lexicon_internal::PhraseMatch;
using lexicon_internal::SentenceMatcher;
using lexicon_internal::VerbMatch;
using lexicon_internal::WordText;

std::shared_ptr<const Lexicon> Lex(std::string_view text, LexiconReport* r = nullptr) {
  LexiconBuilder b;
  b.AddText(DictionaryFormat::kAnnalist, "t.lex", text);
  return b.Build(r);
}

TokenBuffer Toks(std::string_view s) {
  TokenBuffer t;
  Tokenize(s, &t);
  return t;
}

// The primary phrase and token length of the actor at token `pos`.
std::string ActorAt(const Lexicon& lex, std::string_view sentence, size_t pos,
                    uint32_t* length = nullptr) {
  TokenBuffer t = Toks(sentence);
  PhraseMatch m;
  if (!SentenceMatcher(lex, t).MatchActor(pos, &m)) return "";
  if (length) *length = m.length;
  return std::string(lex.actor(m.id).phrase);
}

std::string AgentAt(const Lexicon& lex, std::string_view sentence, size_t pos) {
  TokenBuffer t = Toks(sentence);
  PhraseMatch m;
  if (!SentenceMatcher(lex, t).MatchAgent(pos, &m)) return "";
  return std::string(lex.agent(m.id).code) + (lex.agent(m.id).prefix ? "~" : "");
}

std::string VerbAt(const Lexicon& lex, std::string_view sentence, size_t pos,
                   uint32_t* length = nullptr) {
  TokenBuffer t = Toks(sentence);
  VerbMatch m;
  if (!SentenceMatcher(lex, t).MatchVerb(pos, &m)) return "";
  if (length) *length = m.length;
  return std::string(lex.verb(m.verb).headword);
}

bool ListAt(const Lexicon& lex, PhraseList list, std::string_view sentence, size_t pos) {
  TokenBuffer t = Toks(sentence);
  PhraseMatch m;
  return SentenceMatcher(lex, t).Match(list, pos, &m);
}

constexpr std::string_view kStates =
    "# states\n"
    "country SYR                      # the CAMEO code\n"
    "  name: Syria | Syrian Arab Republic\n"
    "  adjective: Syrian\n"
    "  capital: Damascus\n"
    "  iso: SY SYR 760\n"
    "\n"
    "actor IGOUNO\n"
    "  name: United Nations | U.N.\n"
    "  code: IGOUNOKFR 2020-01-01..2024-12-31\n"
    "\n"
    "person Ahmed al-Sharaa\n"
    "  name: al-Sharaa | Abu Mohammad al-Julani\n"
    "  role: SYRREB 2017-01..2024-12-07  Leader of Hayat Tahrir al-Sham\n"
    "  role: SYRGOV 2024-12-08..  President of Syria\n"
    "\n"
    "person Jane Doe\n"
    "  role: GBRGOV 2001..2002 Minister\n"
    "  role: GBRGOV 2005-03..2006 Minister again\n"
    "\n"
    "person John Roe\n"
    "  role: USAGOV 2021..  Secretary of State\n"
    "  role: USAELI  Politician\n";

TEST(LexReader, CountryNamesAdjectivesCapitalAndIso) {
  LexiconReport r;
  auto lex = Lex(kStates, &r);
  ASSERT_TRUE(r.problems.empty()) << r.problems[0];
  EXPECT_EQ(r.actors, 5u);
  EXPECT_EQ(ActorAt(*lex, "Syria said", 0), "SYRIA");
  uint32_t len = 0;
  EXPECT_EQ(ActorAt(*lex, "the Syrian Arab Republic said", 1, &len), "SYRIA");
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(ActorAt(*lex, "Syrian officials", 0), "SYRIA");
  EXPECT_EQ(ActorAt(*lex, "two Syrians were", 1), "SYRIA");  // adjective plural
  EXPECT_EQ(ActorAt(*lex, "Damascus said", 0), "SYRIA");
  // Names match exactly: no plural, no stem, and their words are adjacent.
  EXPECT_EQ(ActorAt(*lex, "Syrias", 0), "");
  EXPECT_EQ(ActorAt(*lex, "Syriac", 0), "");
  EXPECT_EQ(ActorAt(*lex, "Syrian big Arab Republic", 0, &len), "SYRIA");
  EXPECT_EQ(len, 1u);
  uint32_t id = lex->FindActor("SYRIA");
  ASSERT_NE(id, kNoId);
  const ActorEntry& a = lex->actor(id);
  EXPECT_EQ(a.kind, "country");
  EXPECT_EQ(a.name, "Syria");
  EXPECT_EQ(a.iso, "SY SYR 760");
  EXPECT_EQ(a.origin, "t.lex:3");
  EXPECT_EQ(lex->CodeAt(id, 20250101), "SYR");
}

TEST(LexReader, ActorDatedCodesAndTheHeaderDefault) {
  auto lex = Lex(kStates);
  uint32_t id = lex->FindActor("UNITED NATIONS");
  ASSERT_NE(id, kNoId);
  EXPECT_EQ(lex->actor(id).kind, "actor");
  EXPECT_EQ(lex->FindActor("U.N."), id);
  EXPECT_EQ(lex->CodeAt(id, 20191231), "IGOUNO");
  EXPECT_EQ(lex->CodeAt(id, 20200101), "IGOUNOKFR");
  EXPECT_EQ(lex->CodeAt(id, 20241231), "IGOUNOKFR");
  EXPECT_EQ(lex->CodeAt(id, 20250101), "IGOUNO");
  EXPECT_EQ(lex->CodeAt(id, 0), "IGOUNO");
}

TEST(LexReader, PersonRolesWithRangesAndOfficeText) {
  auto lex = Lex(kStates);
  uint32_t id = lex->FindActor("AHMED AL SHARAA");
  ASSERT_NE(id, kNoId);
  const ActorEntry& a = lex->actor(id);
  EXPECT_EQ(a.kind, "person");
  EXPECT_EQ(a.name, "Ahmed al-Sharaa");
  EXPECT_EQ(lex->FindActor("AL SHARAA"), id);
  EXPECT_EQ(lex->FindActor("ABU MOHAMMAD AL JULANI"), id);
  EXPECT_EQ(ActorAt(*lex, "al-Sharaa said", 0), "AHMED AL SHARAA");
  ASSERT_EQ(a.codes.size(), 2u);
  EXPECT_EQ(a.codes[0].code, "SYRREB");
  EXPECT_EQ(a.codes[0].from, 20170101);
  EXPECT_EQ(a.codes[0].to, 20241207);
  EXPECT_EQ(a.codes[0].office, "Leader of Hayat Tahrir al-Sham");
  EXPECT_EQ(a.codes[1].from, 20241208);
  EXPECT_EQ(a.codes[1].to, kNoDateBound);
  EXPECT_EQ(a.codes[1].office, "President of Syria");
  EXPECT_EQ(lex->CodeAt(id, 20241207), "SYRREB");
  EXPECT_EQ(lex->CodeAt(id, 20241208), "SYRGOV");
  EXPECT_EQ(lex->CodeAt(id, 20161231), "");  // before any role: not coded
  // A month TO is its last day (February of a leap year too); between roles
  // the person is not coded.
  uint32_t jane = lex->FindActor("JANE DOE");
  EXPECT_EQ(lex->CodeAt(jane, 20021231), "GBRGOV");
  EXPECT_EQ(lex->CodeAt(jane, 20030101), "");
  EXPECT_EQ(lex->CodeAt(jane, 20050301), "GBRGOV");
  EXPECT_EQ(lex->actor(jane).codes[1].office, "Minister again");
  // A role without a range is the default outside the dated ones.
  uint32_t john = lex->FindActor("JOHN ROE");
  EXPECT_EQ(lex->CodeAt(john, 20200101), "USAELI");
  EXPECT_EQ(lex->CodeAt(john, 20220101), "USAGOV");
  ASSERT_EQ(lex->actor(john).codes.size(), 2u);
  EXPECT_EQ(lex->actor(john).codes[1].office, "Politician");
  EXPECT_FALSE(lex->actor(john).codes[1].restricted());
}

TEST(LexReader, AgentsAfterAndBeforeTheActorCodeWithPlurals) {
  LexiconReport r;
  auto lex =
      Lex("agent ~GOV\n"
          "  name: official | foreign minister\n"
          "  name: authority\n"
          "agent NGO~\n"
          "  name: aid group | charity\n",
          &r);
  ASSERT_TRUE(r.problems.empty()) << r.problems[0];
  EXPECT_EQ(r.agents, 2u);
  EXPECT_EQ(AgentAt(*lex, "official", 0), "GOV");
  EXPECT_EQ(AgentAt(*lex, "officials", 0), "GOV");
  EXPECT_EQ(AgentAt(*lex, "foreign ministers", 0), "GOV");
  EXPECT_EQ(AgentAt(*lex, "authorities", 0), "GOV");  // consonant + y
  EXPECT_EQ(AgentAt(*lex, "charities", 0), "NGO~");
  EXPECT_EQ(AgentAt(*lex, "aid groups", 0), "NGO~");
  EXPECT_EQ(AgentAt(*lex, "officialdom", 0), "");
  EXPECT_EQ(AgentAt(*lex, "foreign trade minister", 0), "");  // adjacent words only
  std::string out;
  Lexicon::CombineAgent("SYR", lex->agent(lex->FindAgent("OFFICIAL")), &out);
  EXPECT_EQ(out, "SYRGOV");
  Lexicon::CombineAgent("SYR", lex->agent(lex->FindAgent("CHARITY")), &out);
  EXPECT_EQ(out, "NGOSYR");
}

constexpr std::string_view kVerbs =
    "set talks: talks | negotiations | &truce\n"
    "set truce: ceasefire | cease fire\n"
    "verb meet 040\n"
    "  forms: met\n"
    "  pattern: * with + [040:040]\n"
    "  pattern: $ * + in &talks [046]\n"
    "verb say 010?\n"
    "  forms: said\n"
    "  pattern: * it_was {very_optimistic | quite upbeat} [013]\n"
    "verb carry out 180\n"
    "  forms: carried\n"
    "verb condemn 111!\n"
    "verb stop ---\n";

TEST(LexReader, VerbsFormsAndCodes) {
  LexiconReport r;
  auto lex = Lex(kVerbs, &r);
  ASSERT_TRUE(r.problems.empty()) << r.problems[0];
  EXPECT_EQ(r.verbs, 5u);
  EXPECT_EQ(r.synsets, 2u);
  EXPECT_EQ(VerbAt(*lex, "met", 0), "MEET");
  EXPECT_EQ(VerbAt(*lex, "meets", 0), "MEET");
  EXPECT_EQ(VerbAt(*lex, "meeting", 0), "MEET");
  EXPECT_EQ(VerbAt(*lex, "stopped", 0), "STOP");  // consonant doubled
  EXPECT_EQ(VerbAt(*lex, "meetly", 0), "");       // no stems
  uint32_t len = 0;
  EXPECT_EQ(VerbAt(*lex, "carried out", 0, &len), "CARRY OUT");
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(VerbAt(*lex, "carries out", 0), "CARRY OUT");  // the first word inflects
  EXPECT_EQ(VerbAt(*lex, "carrying out", 0), "CARRY OUT");
  EXPECT_EQ(VerbAt(*lex, "carry", 0), "");
  const VerbEntry& meet = lex->verb(lex->FindVerb("MEET"));
  EXPECT_EQ(meet.code, "040");
  EXPECT_EQ(meet.paired_code, "");
  ASSERT_EQ(meet.patterns.size(), 2u);
  const VerbEntry& say = lex->verb(lex->FindVerb("SAID"));
  EXPECT_EQ(say.code, "010");
  EXPECT_TRUE(say.subordinate);
  EXPECT_TRUE(lex->verb(lex->FindVerb("CONDEMN")).dominant);
  EXPECT_EQ(lex->verb(lex->FindVerb("STOP")).code, "---");
}

TEST(LexReader, PatternsUseExactWordsAdjacencyAlternativesAndSets) {
  auto lex = Lex(kVerbs);
  const VerbEntry& meet = lex->verb(lex->FindVerb("MEET"));
  // Longest first: "$ * + in &talks" (4 letters + set name) before "* with +".
  const VerbPattern& in_talks = meet.patterns[0];
  EXPECT_EQ(in_talks.code, "046");
  EXPECT_EQ(in_talks.origin, "t.lex:6");
  auto e = Elements(in_talks);
  ASSERT_EQ(e.size(), 5u);
  EXPECT_EQ(e[0].kind, PatternElement::kSource);
  EXPECT_EQ(e[1].kind, PatternElement::kVerb);
  EXPECT_EQ(e[2].kind, PatternElement::kTarget);
  EXPECT_EQ(e[3].kind, PatternElement::kWord);
  EXPECT_EQ(WordText(*lex, e[3].value), "IN");
  EXPECT_FALSE(e[3].stem);
  EXPECT_FALSE(e[3].endings);
  EXPECT_EQ(e[4].kind, PatternElement::kSynset);
  const VerbPattern& with = meet.patterns[1];
  EXPECT_EQ(with.code, "040");
  EXPECT_EQ(with.paired_code, "040");
  // The set "talks" holds its own phrases and those of &truce, defined later.
  TokenBuffer t = Toks("a cease fire now");
  uint32_t n = 0;
  EXPECT_TRUE(SentenceMatcher(*lex, t).MatchSynset(e[4].value, 1, &n));
  EXPECT_EQ(n, 2u);
  // "it_was": WAS directly after IT; in "{very_optimistic | quite upbeat}"
  // OPTIMISTIC follows VERY directly, words may come between QUITE and UPBEAT.
  const VerbEntry& say = lex->verb(lex->FindVerb("SAY"));
  ASSERT_EQ(say.patterns.size(), 1u);
  auto s = Elements(say.patterns[0]);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_FALSE(s[1].adjacent);
  EXPECT_TRUE(s[2].adjacent);
  EXPECT_EQ(WordText(*lex, s[2].value), "WAS");
  EXPECT_EQ(s[3].kind, PatternElement::kAlternatives);
  auto alt = lexicon_internal::Alternative(*lex, s[3], 0);
  ASSERT_EQ(alt.size(), 2u);
  EXPECT_TRUE(alt[1].adjacent);
  auto alt2 = lexicon_internal::Alternative(*lex, s[3], 1);
  ASSERT_EQ(alt2.size(), 2u);
  EXPECT_FALSE(alt2[1].adjacent);
}

TEST(LexReader, NounAndAdjectiveListsAndComments) {
  LexiconReport r;
  auto lex =
      Lex("# a comment line\n"
          "noun: ceasefire | talks   # a comment after a blank\n"
          "adjective: Syrian | pro-government\n"
          "actor NGOHRI\n"
          "  name: C# Rights Watch\n",
          &r);
  ASSERT_TRUE(r.problems.empty()) << r.problems[0];
  EXPECT_EQ(r.nouns, 2u);
  EXPECT_TRUE(ListAt(*lex, PhraseList::kNoun, "the ceasefire", 1));
  EXPECT_FALSE(ListAt(*lex, PhraseList::kNoun, "a comment", 1));
  EXPECT_TRUE(ListAt(*lex, PhraseList::kAdjective, "Syrians", 0));
  EXPECT_TRUE(ListAt(*lex, PhraseList::kAdjective, "pro-government forces", 0));
  // "#" inside a word is not a comment.
  EXPECT_NE(lex->FindActor("C # RIGHTS WATCH"), kNoId);
}

// The problems of the format: "FILE:LINE: reason: text", each line skipped.
TEST(LexReader, ReportsEveryProblemWithFileAndLine) {
  LexiconReport r;
  auto lex =
      Lex("  name: stray\n"                    // 1 field outside an entry
          "country ATL\n"                      // 2 unknown prefix
          "  name: Atlantis\n"                 // 3 (skipped with its entry)
          "country SYR\n"                      // 4
          "  name: Syria\n"                    // 5
          "  capitol: Damascus\n"              // 6 unknown field
          "  code: SYRGOV 2025-05..2024-01\n"  // 7 reversed
          "  code: SYRGOV 2024-13..\n"         // 8 malformed
          "  name: Syria\n"                    // 9 twice to one
          "actor IGOUNO\n"                     // 10
          "  name: Syria | United Nations\n"   // 11 same name, two actors
          "empire ROM\n"                       // 12 unknown kind
          "verb meet 999\n"                    // 13 unknown event code
          "verb greet 040\n"                   // 14
          "  pattern: * { with + [040]\n"      // 15 bad pattern
          "  pattern: * with + [0400]\n"       // 16 unknown event code
          "  pattern: * &nosuch [040]\n"       // 17 unknown set
          "set a: x | &b\n"                    // 18 cycle
          "set b: y | &a\n"                    // 19
          "person Jane Doe\n"                  // 20
          "  role: XQZGOV 2001.. Minister\n",  // 21 unknown prefix
          &r);
  std::vector<std::string> want = {
      "t.lex:1: field outside an entry:   name: stray",
      "t.lex:2: unknown actor code prefix ATL: country ATL",
      "t.lex:6: unknown field:   capitol: Damascus",
      "t.lex:7: reversed date range:   code: SYRGOV 2025-05..2024-01",
      "t.lex:8: bad date range:   code: SYRGOV 2024-13..",
      "t.lex:9: phrase defined twice, first at t.lex:5:   name: Syria",
      "t.lex:11: phrase defined twice, first at t.lex:5:   name: Syria | United Nations",
      "t.lex:12: unknown kind: empire ROM",
      "t.lex:13: unknown event code: verb meet 999",
      "t.lex:15: bad pattern: unbalanced {:   pattern: * { with + [040]",
      "t.lex:16: unknown event code:   pattern: * with + [0400]",
      "t.lex:17: bad pattern: unknown synset &nosuch:   pattern: * &nosuch [040]",
      "t.lex:19: synonym-set cycle &a -> &b -> &a: set b: y | &a",
      "t.lex:21: unknown actor code prefix XQZ:   role: XQZGOV 2001.. Minister",
      "t.lex:20: person without a role: person Jane Doe",
  };
  std::sort(want.begin(), want.end());
  std::vector<std::string> got = r.problems;
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, want);
  // What was good is kept: Syria, the UN (by its other name), greet.
  EXPECT_EQ(lex->CodeAt(lex->FindActor("SYRIA"), 20250101), "SYR");
  EXPECT_EQ(lex->actor(lex->FindActor("SYRIA")).codes.size(), 1u);
  EXPECT_EQ(lex->FindActor("UNITED NATIONS"), 1u);
  EXPECT_EQ(lex->FindActor("ATLANTIS"), kNoId);
  EXPECT_EQ(lex->FindVerb("MEET"), kNoId);
  EXPECT_NE(lex->FindVerb("GREET"), kNoId);
  EXPECT_EQ(r.synsets, 0u);
}

// A folder of .lex files: every file by name, read as one spec (a set of one
// file used in another; a phrase twice across the files is a problem), and a
// later spec overriding an earlier one.
TEST(LexReader, FoldersAreOneSpecAndLaterSpecsOverride) {
  testing::TempDir tmp;
  fs::path base = tmp.path() / "base", mine = tmp.path() / "mine";
  fs::create_directories(base);
  fs::create_directories(mine);
  auto write = [](const fs::path& p, std::string_view text) { std::ofstream(p) << text; };
  write(base / "a-verbs.lex", "verb meet 040\n  pattern: * in &place [042]\n");
  write(base / "b-sets.lex", "set place: Paris | Baku\n");
  write(base / "c-states.lex",
        "country FRA\n  name: France\ncountry AZE\n  name: Azerbaijan | France\n");
  write(base / "default.options", "COMPLEX: NOACTPRIOR\n");
  write(base / "notes.txt", "not a dictionary\n");
  write(mine / "states.lex", "country USA\n  name: France\nverb meet 043\n");
  DictionaryFormat f;
  ASSERT_TRUE(GuessDictionaryFormat("x/states.lex", &f));
  EXPECT_EQ(f, DictionaryFormat::kAnnalist);

  LexiconReport r;
  auto lex = LoadLexicon({base.string()}, &r);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  ASSERT_EQ(r.files.size(), 4u);
  EXPECT_TRUE(r.files[0].ends_with("default.options"));
  EXPECT_TRUE(r.files[1].ends_with("a-verbs.lex"));
  EXPECT_TRUE(r.files[3].ends_with("c-states.lex"));
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0],
            "c-states.lex:4: phrase defined twice, first at c-states.lex:2:   name: Azerbaijan "
            "| France");
  EXPECT_EQ((*lex)->options().complex.size(), 1u);
  EXPECT_EQ((*lex)->verb((*lex)->FindVerb("MEET")).patterns.size(), 1u);
  EXPECT_EQ((*lex)->CodeAt((*lex)->FindActor("FRANCE"), 0), "FRA");

  LexiconReport r2;
  auto both = LoadLexicon({base.string(), mine.string()}, &r2);
  ASSERT_TRUE(both.ok());
  EXPECT_EQ(r2.problems.size(), 1u);  // the base's own; overriding is no problem
  EXPECT_GE(r2.overridden, 2u);
  EXPECT_EQ((*both)->CodeAt((*both)->FindActor("FRANCE"), 0), "USA");
  EXPECT_EQ((*both)->verb((*both)->FindVerb("MEETS")).code, "043");
  // A single .lex file is a spec too.
  auto one = LoadLexicon({(mine / "states.lex").string()}, nullptr);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ((*one)->actor_count(), 1u);
}

}  // namespace
}  // namespace annalist
