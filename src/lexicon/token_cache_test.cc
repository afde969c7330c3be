// The token cache must not change any match: random dictionaries with
// stems, endings, gaps and hyphens, every position matched by a plain
// SentenceMatcher and by one bound to a TokenCache.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "annalist/lexicon.h"
#include "lexicon/matcher.h"
#include "lexicon/test_tokens.h"

namespace annalist {
namespace {

using lexicon_internal::Bind;
using lexicon_internal::Elements;
using lexicon_internal::PatternElement;
using lexicon_internal::PhraseList;
using lexicon_internal::PhraseMatch;
using lexicon_internal::PhraseMatches;
using lexicon_internal::SentenceMatcher;
using lexicon_internal::SynsetCount;
using lexicon_internal::TokenCache;
using lexicon_internal::VerbMatch;

std::string RandomWord(std::mt19937* rng) {
  std::string w;
  size_t n = 2 + (*rng)() % 3;
  for (size_t i = 0; i < n; ++i) w += static_cast<char>('A' + (*rng)() % 5);
  return w;
}

// A random TABARI phrase over `vocab`: stems ("AB") and exact words
// ("AB_"), joined by "_" or by blanks (gaps allowed).
std::string RandomPhrase(std::mt19937* rng, const std::vector<std::string>& vocab) {
  size_t n = 1 + (*rng)() % 3;
  std::string line;
  for (size_t k = 0; k < n; ++k) {
    if (k) line += (*rng)() % 2 ? "_" : " ";
    line += vocab[(*rng)() % vocab.size()];
  }
  if ((*rng)() % 2) line += "_";
  return line;
}

// A lexicon of random TABARI actors, nouns and adjectives, agents and
// verbs; the lists share words, so a token starts phrases of several kinds.
std::shared_ptr<const Lexicon> RandomLexicon(std::mt19937* rng, std::vector<std::string>* vocab) {
  std::string actors, agents, verbs;
  for (uint32_t i = 0; i < 300; ++i) {
    actors += RandomPhrase(rng, *vocab) + " [C" + std::to_string(i) + "]\n";
  }
  for (const char* list : {"NOUN", "ADJECTIVE"}) {
    actors += std::string("<") + list + ">\n";
    for (int i = 0; i < 20; ++i) actors += RandomPhrase(rng, *vocab) + "\n";
    actors += std::string("</") + list + ">\n";
  }
  for (uint32_t i = 0; i < 60; ++i) {
    agents += RandomPhrase(rng, *vocab) + " [~G" + std::to_string(i) + "]\n";
  }
  // More synsets than the 64 bits the cache keeps for them.
  verbs += "<SYNSETS>\n";
  for (uint32_t i = 0; i < 70; ++i) {
    verbs.append("&S").append(std::to_string(i)).append("\n");
    for (uint32_t k = 0; k < 1 + (*rng)() % 3; ++k) {
      verbs.append("+").append(RandomPhrase(rng, *vocab)).append("\n");
    }
  }
  verbs += "</SYNSETS>\n";
  for (uint32_t i = 0; i < 60; ++i) {
    // Verb roots are single words (stems unless they end in "_").
    verbs += (*vocab)[(*rng)() % vocab->size()] + ((*rng)() % 2 ? "_" : "") + " [0" +
             std::to_string(10 + i % 80) + "]\n";
    // Patterns with a synset, alternatives and a word after the verb, so
    // that MatchElement is compared too.
    verbs += "- * &S" + std::to_string((*rng)() % 70) + " [010]\n";
    verbs += "- $ * { " + RandomPhrase(rng, *vocab) + " | " + RandomPhrase(rng, *vocab) + " | &S" +
             std::to_string((*rng)() % 70) + " } [011]\n";
    verbs += "- * " + RandomPhrase(rng, *vocab) + " + [012]\n";
  }
  LexiconBuilder b;
  b.AddText(DictionaryFormat::kTabariActors, "random", actors);
  b.AddText(DictionaryFormat::kTabariAgents, "random", agents);
  b.AddText(DictionaryFormat::kTabariVerbs, "random", verbs);
  return b.Build(nullptr);
}

struct Result {
  bool found;
  uint32_t id, length;
};

// Every lookup at every position: actor, agent, noun, adjective, verb one
// by one, then the same five through MatchPhrases.
std::vector<Result> MatchAll(const SentenceMatcher& match) {
  const Lexicon& lex = match.lexicon();
  const TokenBuffer& t = match.tokens();
  std::vector<Result> out;
  auto add = [&](bool found, uint32_t id, uint32_t length) {
    out.push_back({found, found ? id : kNoId, found ? length : 0});
  };
  for (size_t pos = 0; pos < t.size(); ++pos) {
    PhraseMatch m;
    bool found = match.MatchActor(pos, &m);
    add(found, m.id, m.length);
    found = match.MatchAgent(pos, &m);
    add(found, m.id, m.length);
    found = match.Match(PhraseList::kNoun, pos, &m);
    add(found, 0, m.length);
    found = match.Match(PhraseList::kAdjective, pos, &m);
    add(found, 0, m.length);
    VerbMatch v;
    found = match.MatchVerb(pos, &v);
    add(found, v.verb, v.length);
    PhraseMatches all;
    match.MatchPhrases(pos, &all);
    add(all.actor.length > 0, all.actor.id, all.actor.length);
    add(all.agent.length > 0, all.agent.id, all.agent.length);
    add(all.noun.length > 0, 0, all.noun.length);
    add(all.adjective.length > 0, 0, all.adjective.length);
    add(all.verb.length > 0, all.verb.verb, all.verb.length);
  }
  // Synsets after them all (MatchPhrases above counts on ten per position).
  for (size_t pos = 0; pos < t.size(); ++pos) {
    for (uint32_t synset = 0; synset < SynsetCount(lex); ++synset) {
      uint32_t length = 0;
      bool found = match.MatchSynset(synset, pos, &length);
      add(found, synset, length);
    }
  }
  // Every word, synset and alternatives element of every verb's patterns.
  for (uint32_t v = 0; v < lex.verb_count(); ++v) {
    for (const VerbPattern& p : lex.verb(v).patterns) {
      for (const PatternElement& e : Elements(p)) {
        if (e.kind != PatternElement::kWord && e.kind != PatternElement::kSynset &&
            e.kind != PatternElement::kAlternatives)
          continue;
        for (size_t pos = 0; pos < t.size(); ++pos) {
          uint32_t length = 0;
          const bool found = match.MatchElement(e, pos, &length);
          add(found, 1000000 + e.kind, length);
        }
      }
    }
  }
  // SynsetStarts: a clear bit means no synset with it starts there.
  std::vector<uint64_t> starts;
  match.SynsetStarts(&starts);
  EXPECT_EQ(starts.size(), t.size());
  for (size_t pos = 0; pos < t.size(); ++pos) {
    for (uint32_t synset = 0; synset < SynsetCount(lex); ++synset) {
      uint32_t length = 0;
      if (match.MatchSynset(synset, pos, &length)) {
        EXPECT_TRUE((starts[pos] >> (synset & 63)) & 1) << synset << " @" << pos;
      }
    }
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

TEST(TokenCache, GivesTheSameMatches) {
  std::mt19937 rng(7);
  std::vector<std::string> vocab;
  for (int i = 0; i < 120; ++i) vocab.push_back(RandomWord(&rng));
  TokenCache cache;
  size_t found[10] = {};
  size_t synsets = 0, alternatives = 0, words = 0;
  for (int round = 0; round < 4; ++round) {
    // A new lexicon each round: the cache must not carry words across.
    auto lex = RandomLexicon(&rng, &vocab);
    for (int s = 0; s < 200; ++s) {
      std::string sentence;
      size_t n = 1 + rng() % 10;
      for (size_t k = 0; k < n; ++k) {
        std::string w = vocab[rng() % vocab.size()];
        if (rng() % 3 == 0) w += std::vector<std::string>{"S", "ED", "ING", "X"}[rng() % 4];
        if (rng() % 5 == 0) w += "-" + vocab[rng() % vocab.size()];
        sentence += w + (rng() % 8 == 0 ? " , " : " ");
      }
      TokenBuffer t = lexicon_testing::Tokens(sentence);
      std::vector<Result> plain = MatchAll(SentenceMatcher(*lex, t));
      const SentenceMatcher fast = Bind(*lex, t, &cache);
      ASSERT_EQ(fast.cache(), &cache);
      std::vector<Result> cached = MatchAll(fast);
      // A buffer the cache was not filled for is matched the plain way.
      TokenBuffer other = lexicon_testing::Tokens(sentence);
      std::vector<Result> unbound = MatchAll(SentenceMatcher(*lex, other, &cache));
      ExpectSame(plain, cached, sentence);
      ExpectSame(plain, unbound, sentence);
      // MatchPhrases agrees with the five single lookups.
      for (size_t k = 0; k < t.size() * 10; k += 10) {
        for (size_t j = 0; j < 5; ++j) {
          EXPECT_EQ(plain[k + j].found, plain[k + 5 + j].found) << sentence;
          EXPECT_EQ(plain[k + j].id, plain[k + 5 + j].id) << sentence;
          EXPECT_EQ(plain[k + j].length, plain[k + 5 + j].length) << sentence;
        }
      }
      for (size_t k = 0; k < t.size() * 10; ++k) found[k % 10] += plain[k].found;
      for (size_t k = t.size() * 10; k < plain.size(); ++k) {
        if (plain[k].id == 1000000 + PatternElement::kAlternatives)
          alternatives += plain[k].found;
        else if (plain[k].id == 1000000 + PatternElement::kWord)
          words += plain[k].found;
        else
          synsets += plain[k].found;
      }
    }
  }
  // Every kind of phrase was found, one by one and together.
  for (size_t kind : found) EXPECT_GT(kind, 100u);
  EXPECT_GT(synsets, 100u);
  EXPECT_GT(alternatives, 100u);
  EXPECT_GT(words, 100u);
}

// The cache is passed, not bound to the thread: two caches filled for two
// sentences at once each serve their own matcher, and a matcher whose cache
// was refilled for another sentence answers the plain way.
TEST(TokenCache, TwoCachesAtOnceAndRefill) {
  std::mt19937 rng(11);
  std::vector<std::string> vocab;
  for (int i = 0; i < 120; ++i) vocab.push_back(RandomWord(&rng));
  auto lex = RandomLexicon(&rng, &vocab);
  auto sentence = [&] {
    std::string text;
    for (int k = 0; k < 8; ++k) text += vocab[rng() % vocab.size()] + " ";
    return text;
  };
  TokenCache first_cache, second_cache;
  size_t found = 0;
  for (int round = 0; round < 50; ++round) {
    const std::string a_text = sentence(), b_text = sentence();
    TokenBuffer a = lexicon_testing::Tokens(a_text);
    TokenBuffer b = lexicon_testing::Tokens(b_text);
    const SentenceMatcher fast_a = Bind(*lex, a, &first_cache);
    const SentenceMatcher fast_b = Bind(*lex, b, &second_cache);
    std::vector<Result> plain_a = MatchAll(SentenceMatcher(*lex, a));
    std::vector<Result> plain_b = MatchAll(SentenceMatcher(*lex, b));
    ExpectSame(plain_a, MatchAll(fast_a), a_text);
    ExpectSame(plain_b, MatchAll(fast_b), b_text);
    // Refill the first cache for b: fast_a no longer reads it.
    const SentenceMatcher again_b = Bind(*lex, b, &first_cache);
    ExpectSame(plain_a, MatchAll(fast_a), a_text);
    ExpectSame(plain_b, MatchAll(again_b), b_text);
    for (const Result& r : plain_a) found += r.found;
  }
  EXPECT_GT(found, 100u);
}

}  // namespace
}  // namespace annalist
