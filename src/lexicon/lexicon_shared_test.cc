// Loads the shared TABARI and PETRARCH dictionaries (skipped when absent) and
// checks counts and spot lookups measured on them.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <cstdlib>
#include <iostream>

#include "annalist/lexicon.h"
#include "lexicon/matcher.h"
#include "lexicon/test_tokens.h"
#include "testing/testing.h"

namespace annalist {
namespace {

using lexicon_internal::Elements;
using lexicon_internal::PatternElement;
using lexicon_internal::PhraseList;
using lexicon_internal::PhraseMatch;
using lexicon_internal::SentenceMatcher;
using lexicon_internal::VerbMatch;
using lexicon_internal::WordText;

using lexicon_testing::Tokens;

void Print(const char* what, const LexiconReport& r) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  std::cout << what << ": " << r.seconds << " s, actors " << r.actors << ", agents " << r.agents
            << ", verbs " << r.verbs << ", patterns " << r.patterns << ", synsets " << r.synsets
            << ", discards " << r.discards << ", issues " << r.issues << ", nouns " << r.nouns
            << ", words " << r.words << ", overridden " << r.overridden << ", problems "
            << r.problems.size() << ", ~" << r.bytes / 1024 << " KiB compiled, peak RSS "
            << ru.ru_maxrss / 1024 << " MiB\n";
  for (size_t i = 0; i < r.problems.size() && i < (getenv("LEX_ALL") ? 100000 : 12); ++i) {
    std::cout << "  " << r.problems[i] << "\n";
  }
}

TEST(LexiconShared, PhoenixSet) {
  ANNALIST_REQUIRE_SHARED(ini, "petrarch/PETR_config.ini");
  LexiconReport r;
  auto lex = LoadLexicon({ini}, &r);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  Print("Phoenix", r);
  EXPECT_EQ(r.files.size(), 8u);  // the .ini and its 7 dictionaries
  EXPECT_EQ(r.actors, 27252u);
  EXPECT_EQ(r.agents, 2243u);
  EXPECT_EQ(r.verbs, 1817u);
  EXPECT_EQ(r.patterns, 4664u);
  EXPECT_EQ(r.synsets, 40u);
  EXPECT_EQ(r.discards, 506u);
  EXPECT_EQ(r.issues, 4123u);
  EXPECT_EQ(r.problems.size(), 56u);
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
  EXPECT_LT(r.seconds, 2.0);  // about 0.5 s on the shared 2-core box
#endif
  const Lexicon& lex_ = **lex;

  // "SYRIA" and "Syrian" -> SYR.
  TokenBuffer t = Tokens("Syrian foreign minister Walid al-Moualem met Bashar al-Assad in Syria");
  PhraseMatch m;
  ASSERT_TRUE(SentenceMatcher(lex_, t).MatchActor(9, &m));
  EXPECT_EQ(lex_.CodeAt(m.id, 0), "SYR");
  ASSERT_TRUE(SentenceMatcher(lex_, t).MatchActor(0, &m));
  EXPECT_EQ(m.length, 1u);
  std::string_view syr = lex_.CodeAt(m.id, 0);
  EXPECT_EQ(syr, "SYR");
  // Agent + actor: "Syrian foreign minister" -> SYRGOV.
  PhraseMatch a;
  ASSERT_TRUE(SentenceMatcher(lex_, t).MatchAgent(1, &a));
  EXPECT_EQ(a.length, 2u);
  std::string combined;
  Lexicon::CombineAgent(syr, lex_.agent(a.id), &combined);
  EXPECT_EQ(combined, "SYRGOV");
  // Phoenix defines BASHAR_AL_ASSAD twice; the later block ([SYRGOV], no
  // dates) overrides the CountryInfo one.
  ASSERT_TRUE(SentenceMatcher(lex_, t).MatchActor(6, &m));
  EXPECT_EQ(lex_.actor(m.id).phrase, "BASHAR AL ASSAD");
  EXPECT_EQ(m.length, 2u);  // BASHAR, AL-ASSAD
  EXPECT_EQ(lex_.CodeAt(m.id, 19990101), "SYRGOV");
  // A dated leader: [SYRELI 500101-000610] [SYRGOV 000610-000717] [SYRELI].
  TokenBuffer k = Tokens("Abdul Halim Khaddam");
  ASSERT_TRUE(SentenceMatcher(lex_, k).MatchActor(0, &m));
  EXPECT_EQ(m.length, 3u);
  EXPECT_EQ(lex_.CodeAt(m.id, 19900101), "SYRELI");
  DateTime d;
  d.year = 2000, d.month = 7, d.day = 1, d.precision = DatePrecision::kDay;
  EXPECT_EQ(lex_.CodeAt(m.id, d), "SYRGOV");
  EXPECT_EQ(lex_.CodeAt(m.id, 20050101), "SYRELI");
  // "met" -> the MEET verb of the MEET_PEOPLE block [040].
  VerbMatch vm;
  ASSERT_TRUE(SentenceMatcher(lex_, t).MatchVerb(5, &vm));
  const VerbEntry& meet = lex_.verb(vm.verb);
  EXPECT_EQ(meet.headword, "MEET");
  EXPECT_EQ(meet.block, "MEET_PEOPLE");
  EXPECT_EQ(meet.code, "040");
  ASSERT_FALSE(meet.patterns.empty());
  // A PETRARCH pattern: "- * (FOR TALKS) [036:036]".
  bool found = false;
  for (const VerbPattern& p : meet.patterns) {
    if (p.text.starts_with("- * (FOR TALKS)")) {
      found = true;
      EXPECT_EQ(p.code, "036");
      EXPECT_EQ(p.paired_code, "036");
      ASSERT_EQ(Elements(p).size(), 3u);
      EXPECT_EQ(Elements(p)[0].kind, PatternElement::kVerb);
      EXPECT_EQ(WordText(lex_, Elements(p)[1].value), "FOR");
      EXPECT_EQ(Elements(p)[1].role, 'P');
      EXPECT_EQ(WordText(lex_, Elements(p)[2].value), "TALKS");
    }
  }
  EXPECT_TRUE(found);
  // Discards and issues.
  t = Tokens("the 1914 war");
  EXPECT_TRUE(SentenceMatcher(lex_, t).Match(PhraseList::kDiscard, 1, &m));
  t = Tokens("teachers protested");
  ASSERT_TRUE(SentenceMatcher(lex_, t).Match(PhraseList::kIssue, 0, &m));
  EXPECT_EQ(lex_.issue(m.id).code, "TEACHERS");
}

TEST(LexiconShared, ReutersProject) {
  ANNALIST_REQUIRE_SHARED(proj, "tabari/reuters/reuters.project");
  LexiconReport r;
  auto lex = LoadLexicon({proj}, &r);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  Print("reuters.project", r);
  EXPECT_EQ(r.actors, 22830u);
  EXPECT_EQ(r.verbs, 1216u);      // the data README counts 1,216 roots
  EXPECT_EQ(r.patterns, 15568u);  // of 15,582 pattern lines; 14 are bad
  EXPECT_EQ(r.problems.size(), 27u);
  const Lexicon& lex_ = **lex;
  EXPECT_EQ(lex_.options().labels.at("0874"), "Retreat or surrender militarily");
  // CountryInfo: SYRIA_ [SYR]; a stem verb root and a CRLF file with
  // Mac-Roman bytes load all the same.
  TokenBuffer t = Tokens("Syria's army");
  PhraseMatch m;
  ASSERT_TRUE(SentenceMatcher(lex_, t).MatchActor(0, &m));
  EXPECT_EQ(lex_.CodeAt(m.id, 0), "SYR");
  uint32_t meet = lex_.FindVerb("MEET");
  ASSERT_NE(meet, kNoId);
  EXPECT_EQ(lex_.verb(meet).code, "---");
  EXPECT_GT(lex_.verb(meet).patterns.size(), 10u);
  // TABARI MET is a root of its own.
  EXPECT_EQ(lex_.verb(lex_.FindVerb("MET")).headword, "MET");
}

TEST(LexiconShared, ValidateProject) {
  ANNALIST_REQUIRE_SHARED(proj, "tabari/Validate.project");
  LexiconReport r;
  auto lex = LoadLexicon({proj}, &r);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  Print("Validate.project", r);
  EXPECT_EQ(r.actors, 120u);
  EXPECT_EQ(r.agents, 86u);
  EXPECT_EQ(r.verbs, 283u);
  EXPECT_EQ(r.patterns, 407u);
  EXPECT_EQ(r.synsets, 5u);
  EXPECT_EQ(r.nouns, 8u);
  EXPECT_TRUE(r.problems.empty());
  const Lexicon& lex_ = **lex;
  // GOLLUM: [HOB <950601] [HOBGOV 950601-990815] [HOBREB >990816].
  uint32_t gollum = lex_.FindActor("SMEAGOL");
  ASSERT_NE(gollum, kNoId);
  EXPECT_EQ(lex_.CodeAt(gollum, 19900101), "HOB");
  EXPECT_EQ(lex_.CodeAt(gollum, 19970101), "HOBGOV");
  EXPECT_EQ(lex_.CodeAt(gollum, 20000101), "HOBREB");
  EXPECT_EQ(lex_.options().complex.size(), 1u);
  EXPECT_EQ(lex_.options().sets.at("LABEL"), "TRUE");
}

}  // namespace
}  // namespace annalist
