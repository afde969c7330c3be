// Feeds mutated dictionary text (fixtures and, when present, the heads of the
// shared dictionaries) to every reader: nothing may crash or hang, and each
// rejected line is reported with its file and line. Run under ASan/UBSan to
// make this a small deterministic fuzzer.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "annalist/lexicon.h"
#include "lexicon/matcher.h"
#include "lexicon/test_tokens.h"
#include "testing/testing.h"

namespace annalist {
namespace {

using lexicon_internal::Elements;
using lexicon_internal::PatternElement;
using lexicon_internal::PhraseMatch;
using lexicon_internal::SentenceMatcher;
using lexicon_internal::VerbMatch;

const char* kSeeds[] = {
    "<SYNSETS>\n&S\n+A_B\n</SYNSETS>\nGO_ [010:011]\n{WENT_ GONE_}\n"
    "- $ * TO_ { A | B_C | &S }_D + ^ % [020]\n- * [---]\n",
    "ATLANTIS_ [ATL]\n+ATL_\nDOE_\n\t[X <990101]\n\t[Y 990102-20200101]\n"
    "\t[Z >20200102]\n<NOUN>\nCAT_\n</NOUN>\n",
    "!P! = MAN, MEN\nPOLICE!P! {} [~COP]\nAGENCY [NGO~]\n",
    "&W_\n+GUN\n--- MEET [040] ---\nMEET {MET}\n+MEET_WITH\nWIRE_+TAP\n"
    "- * (FOR {BIG TALKS}) [036:036]\n~ a (a b Q) SAY = a b Q\n",
    "<ISSUE CATEGORY=\"E\">\nn:pipe v:lay [P]\n~x y\nbare\n</ISSUE>\n+WORLD CUP\n",
    "COMPLEX: A\nSET: B = C\nLABEL: 01=D\n",
};

const DictionaryFormat kFormats[] = {
    DictionaryFormat::kTabariActors,   DictionaryFormat::kTabariAgents,
    DictionaryFormat::kTabariVerbs,    DictionaryFormat::kTabariOptions,
    DictionaryFormat::kPetrarchActors, DictionaryFormat::kPetrarchAgents,
    DictionaryFormat::kPetrarchVerbs,  DictionaryFormat::kPetrarchDiscards,
    DictionaryFormat::kPetrarchIssues,
};

TEST(LexiconRobustness, MutatedInputs) {
  std::vector<std::string> seeds(std::begin(kSeeds), std::end(kSeeds));
  for (const char* rel :
       {"tabari/TABARI.Demo.verbs", "petrarch/CAMEO.2.0.txt", "petrarch/Phoenix.agents.txt"}) {
    std::string path = testing::SharedFile(rel);
    if (!path.empty()) seeds.push_back(testing::ReadFile(path).substr(0, 6000));
  }
  std::mt19937 rng(99);
  const std::string specials = "[]{}()|_~*$+%^&!<>-=#;:\t\n /\"'";
  size_t problems = 0;
  for (int round = 0; round < 300; ++round) {
    std::string text = seeds[rng() % seeds.size()];
    int edits = 1 + static_cast<int>(rng() % 30);
    for (int e = 0; e < edits; ++e) {
      size_t i = text.empty() ? 0 : rng() % text.size();
      switch (rng() % 4) {
        case 0:
          if (!text.empty()) text[i] = specials[rng() % specials.size()];
          break;
        case 1:
          text.insert(i, std::string(1 + rng() % 4, specials[rng() % specials.size()]));
          break;
        case 2:
          text.erase(i, rng() % 8);
          break;
        default:
          text.insert(i, 1, static_cast<char>(rng() % 256));
      }
    }
    LexiconBuilder b;
    for (DictionaryFormat f : kFormats) b.AddText(f, "m", text);
    LexiconReport r;
    auto lex = b.Build(&r);
    for (const std::string& p : r.problems) {
      ASSERT_TRUE(p.starts_with("m:")) << p;
    }
    problems += r.problems.size();
    TokenBuffer t = lexicon_testing::Tokens(text.substr(0, 400));
    for (size_t pos = 0; pos < t.size(); ++pos) {
      PhraseMatch m;
      if (SentenceMatcher(*lex, t).MatchActor(pos, &m)) (void)lex->CodeAt(m.id, 20200101);
      VerbMatch vm;
      if (SentenceMatcher(*lex, t).MatchVerb(pos, &vm)) {
        for (const VerbPattern& p : lex->verb(vm.verb).patterns) {
          ASSERT_LT(p.verb_index, Elements(p).size());
          ASSERT_EQ(Elements(p)[p.verb_index].kind, PatternElement::kVerb);
          for (const PatternElement& e : Elements(p)) {
            uint32_t len;
            (void)SentenceMatcher(*lex, t).MatchElement(e, pos, &len);
          }
        }
      }
    }
  }
  EXPECT_GT(problems, 100u);  // the mutations do break lines
}

}  // namespace
}  // namespace annalist
