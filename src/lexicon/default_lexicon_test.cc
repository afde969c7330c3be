// The built-in "default" lexicon (data/lexicon): loads cleanly, and codes
// the office holders it was written for at the right dates.
#include <gtest/gtest.h>

#include <cstdlib>

#include "annalist/lexicon.h"
#include "annalist/text.h"
#include "lexicon/matcher.h"
#include "lexicon/test_tokens.h"
#include "testing/testing.h"

namespace annalist {
namespace {

using lexicon_internal::PhraseMatch;
using lexicon_internal::SentenceMatcher;
using lexicon_internal::VerbMatch;

using lexicon_testing::Tokens;

std::shared_ptr<const Lexicon> LoadDefault(LexiconReport* r) {
  // Point ANNALIST_DATA_DIR at the source tree's data/ so the test does not
  // depend on where the library was compiled.
  std::string data = testing::SourceDir() + "/data";
  setenv("ANNALIST_DATA_DIR", data.c_str(), 1);
  auto lex = LoadLexicon({"default"}, r);
  EXPECT_TRUE(lex.ok()) << lex.status().ToString();
  return lex.ok() ? *lex : nullptr;
}

// Code of the actor starting at token 0 of `name` on yyyymmdd `date`.
std::string CodeOf(const Lexicon& lex, std::string_view name, int32_t date) {
  TokenBuffer t = Tokens(name);
  PhraseMatch m;
  if (!SentenceMatcher(lex, t).MatchActor(0, &m) || m.length != t.size()) return "(none)";
  return std::string(lex.CodeAt(m.id, date));
}

TEST(DefaultLexicon, LoadsCleanly) {
  LexiconReport r;
  auto lex = LoadDefault(&r);
  ASSERT_NE(lex, nullptr);
  for (const std::string& p : r.problems) ADD_FAILURE() << p;
  EXPECT_EQ(r.files.size(), 6u);  // default.options and the five .lex files
  EXPECT_TRUE(r.files[0].ends_with("default.options"));
  EXPECT_EQ(r.actors, 1047u);  // 273 in countries.lex, 114 in organisations.lex, 660 in people.lex
  EXPECT_EQ(r.agents, 25u);    // one entry per agent code, each with its names
  EXPECT_GE(r.verbs, 250u);    // verbs.lex: all twenty CAMEO roots
  EXPECT_GE(r.patterns, 550u);
  EXPECT_GE(r.synsets, 20u);
  EXPECT_EQ(DefaultLexiconDir(), testing::SourceDir() + "/data/lexicon");
}

TEST(DefaultLexicon, DatedOfficeHolders) {
  auto lex = LoadDefault(nullptr);
  ASSERT_NE(lex, nullptr);
  const Lexicon& l = *lex;
  EXPECT_EQ(CodeOf(l, "Netanyahu", 20200101), "ISRGOV");
  EXPECT_EQ(CodeOf(l, "Benjamin Netanyahu", 20220101), "ISROPP");
  EXPECT_EQ(CodeOf(l, "Benjamin Netanyahu", 20000101), "ISRELI");
  EXPECT_EQ(CodeOf(l, "Netanyahu", 20250601), "ISRGOV");
  EXPECT_EQ(CodeOf(l, "Ahmed al-Sharaa", 20240101), "SYRREB");
  EXPECT_EQ(CodeOf(l, "al-Sharaa", 20250101), "SYRGOV");
  EXPECT_EQ(CodeOf(l, "Abu Mohammed al-Jolani", 20200101), "SYRREB");
  EXPECT_EQ(CodeOf(l, "Asaad al-Shaibani", 20241215), "SYRREB");
  EXPECT_EQ(CodeOf(l, "Shaibani", 20250301), "SYRGOV");
  EXPECT_EQ(CodeOf(l, "Tom Barrack", 20250801), "USAGOV");
  EXPECT_EQ(CodeOf(l, "Barrack", 20240101), "USABUS");
  EXPECT_EQ(CodeOf(l, "Donald Trump", 20180101), "USAGOV");
  EXPECT_EQ(CodeOf(l, "Trump", 20220101), "USAELI");
  EXPECT_EQ(CodeOf(l, "Trump", 20250301), "USAGOV");
  EXPECT_EQ(CodeOf(l, "Biden", 20220101), "USAGOV");
  EXPECT_EQ(CodeOf(l, "Joe Biden", 20250301), "USAELI");
  EXPECT_EQ(CodeOf(l, "Bashar al-Assad", 20100101), "SYRGOV");
  EXPECT_EQ(CodeOf(l, "Assad", 20250101), "SYRELI");
  EXPECT_EQ(CodeOf(l, "Hamas", 20250101), "PSEREBHMS");
  EXPECT_EQ(CodeOf(l, "Hezbollah", 20250101), "LBNREB");
  EXPECT_EQ(CodeOf(l, "HTS", 20240101), "SYRREB");
  // The roles keep their office text.
  uint32_t sharaa = l.FindActor("AL SHARAA");
  ASSERT_NE(sharaa, kNoId);
  ASSERT_NE(l.CodeEntryAt(sharaa, 20250101), nullptr);
  EXPECT_EQ(l.CodeEntryAt(sharaa, 20250101)->office,
            "De facto leader of Syria (head of the new administration)");
  EXPECT_EQ(l.actor(sharaa).kind, "person");
}

TEST(DefaultLexicon, AgentsAndVerbs) {
  auto lex = LoadDefault(nullptr);
  ASSERT_NE(lex, nullptr);
  const Lexicon& l = *lex;
  TokenBuffer t = Tokens("Syrian foreign minister met the U.S. envoy to Syria");
  PhraseMatch actor, agent;
  ASSERT_TRUE(SentenceMatcher(l, t).MatchActor(0, &actor));
  ASSERT_TRUE(SentenceMatcher(l, t).MatchAgent(1, &agent));
  EXPECT_EQ(agent.length, 2u);
  std::string code;
  Lexicon::CombineAgent(l.CodeAt(actor.id, 20250101), l.agent(agent.id), &code);
  EXPECT_EQ(code, "SYRGOV");
  VerbMatch vm;
  ASSERT_TRUE(SentenceMatcher(l, t).MatchVerb(3, &vm));
  const VerbEntry& meet = l.verb(vm.verb);
  EXPECT_EQ(meet.headword, "MEET");
  EXPECT_EQ(meet.code, "040");
  EXPECT_EQ(meet.paired_code, "040");
  EXPECT_EQ(l.verb(l.FindVerb("MEDIATED")).code, "045");
  EXPECT_EQ(l.verb(l.FindVerb("ACCUSED")).code, "112");
  EXPECT_EQ(l.verb(l.FindVerb("WITHDREW")).code, "0874");
  const VerbEntry& propose = l.verb(l.FindVerb("PROPOSED"));
  EXPECT_EQ(propose.code, "030");
  ASSERT_EQ(propose.patterns.size(), 6u);
  // Longest first: "* {peace plan | plan | settlement}", 10 letters.
  EXPECT_EQ(propose.patterns[0].code, "037");
}

// With the text stage's own tokenizer: curly apostrophes, "'S", hyphenated
// names and "U.S." come out as the lexicon expects.
TEST(DefaultLexicon, RealTokenizer) {
  auto lex = LoadDefault(nullptr);
  ASSERT_NE(lex, nullptr);
  const Lexicon& l = *lex;
  TokenBuffer t;
  Tokenize(
      "Syria\u2019s foreign minister Asaad al-Shaibani met U.S. envoy "
      "Tom Barrack in Paris.",
      &t);
  std::vector<std::string> codes;
  for (size_t i = 0; i < t.size();) {
    PhraseMatch m;
    if (SentenceMatcher(l, t).MatchActor(i, &m)) {
      codes.emplace_back(l.CodeAt(m.id, 20250801));
      i += m.length;
    } else {
      ++i;
    }
  }
  EXPECT_EQ(codes, (std::vector<std::string>{"SYR", "SYRGOV", "USA", "USAGOV", "FRA"}));
  VerbMatch vm;
  size_t met = 0;
  while (met < t.size() && t.norm(met) != "MET") ++met;
  ASSERT_LT(met, t.size());
  ASSERT_TRUE(SentenceMatcher(l, t).MatchVerb(met, &vm));
  EXPECT_EQ(l.verb(vm.verb).code, "040");
}

}  // namespace
}  // namespace annalist
