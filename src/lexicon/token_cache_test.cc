// LexiconTokenCache must not change any match: random dictionaries with
// stems, endings, gaps and hyphens, every position matched with and without
// the cache bound.
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "annalist/lexicon.h"
#include "lexicon/test_tokens.h"

namespace annalist {
namespace {

std::string RandomWord(std::mt19937* rng) {
  std::string w;
  size_t n = 2 + (*rng)() % 3;
  for (size_t i = 0; i < n; ++i) w += static_cast<char>('A' + (*rng)() % 5);
  return w;
}

// A lexicon of random TABARI actors: stems ("AB") and exact words ("AB_"),
// joined by "_" or by blanks (gaps allowed).
std::shared_ptr<const Lexicon> RandomLexicon(std::mt19937* rng,
                                             std::vector<std::string>* vocab) {
  std::string text;
  for (uint32_t i = 0; i < 300; ++i) {
    size_t n = 1 + (*rng)() % 3;
    std::string line;
    for (size_t k = 0; k < n; ++k) {
      std::string w = (*vocab)[(*rng)() % vocab->size()];
      if (k) line += (*rng)() % 2 ? "_" : " ";
      line += w;
    }
    if ((*rng)() % 2) line += "_";
    text += line + " [C" + std::to_string(i) + "]\n";
  }
  LexiconBuilder b;
  b.AddText(DictionaryFormat::kTabariActors, "random", text);
  return b.Build(nullptr);
}

struct Result {
  bool found;
  uint32_t id, length;
};

std::vector<Result> MatchAll(const Lexicon& lex, const TokenBuffer& t) {
  std::vector<Result> out;
  for (size_t pos = 0; pos < t.size(); ++pos) {
    PhraseMatch m;
    bool found = lex.MatchActor(t, pos, &m);
    out.push_back({found, found ? m.id : kNoId, found ? m.length : 0});
  }
  return out;
}

void ExpectSame(const std::vector<Result>& a, const std::vector<Result>& b,
                const std::string& sentence) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].found, b[i].found) << sentence << " @" << i;
    EXPECT_EQ(a[i].id, b[i].id) << sentence << " @" << i;
    EXPECT_EQ(a[i].length, b[i].length) << sentence << " @" << i;
  }
}

TEST(LexiconTokenCache, GivesTheSameMatches) {
  std::mt19937 rng(7);
  std::vector<std::string> vocab;
  for (int i = 0; i < 120; ++i) vocab.push_back(RandomWord(&rng));
  LexiconTokenCache cache;
  size_t found = 0;
  for (int round = 0; round < 4; ++round) {
    // A new lexicon each round: the cache must not carry words across.
    auto lex = RandomLexicon(&rng, &vocab);
    for (int s = 0; s < 200; ++s) {
      std::string sentence;
      size_t n = 1 + rng() % 10;
      for (size_t k = 0; k < n; ++k) {
        std::string w = vocab[rng() % vocab.size()];
        if (rng() % 3 == 0)
          w += std::vector<std::string>{"S", "ED", "ING", "X"}[rng() % 4];
        if (rng() % 5 == 0) w += "-" + vocab[rng() % vocab.size()];
        sentence += w + (rng() % 8 == 0 ? " , " : " ");
      }
      TokenBuffer t = lexicon_testing::Tokens(sentence);
      std::vector<Result> plain = MatchAll(*lex, t);
      cache.Bind(*lex, t);
      std::vector<Result> cached = MatchAll(*lex, t);
      // A buffer the cache was not filled for is matched the plain way.
      TokenBuffer other = lexicon_testing::Tokens(sentence);
      std::vector<Result> unbound = MatchAll(*lex, other);
      cache.Release();
      ExpectSame(plain, cached, sentence);
      ExpectSame(plain, unbound, sentence);
      for (const Result& r : plain) found += r.found;
    }
  }
  EXPECT_GT(found, 500u);
}

}  // namespace
}  // namespace annalist
