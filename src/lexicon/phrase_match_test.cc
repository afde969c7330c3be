// Checks the trie matcher against a plain reference on random dictionaries
// and sentences: every phrase tried at the position word by word, exact
// words, "_" adjacency, plural endings on the last word, hyphenated tokens
// read as pieces; the best is the longest in tokens, then the most
// dictionary text, then the most words, then the entry added last.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "annalist/lexicon.h"
#include "lexicon/matcher.h"
#include "lexicon/test_tokens.h"

namespace annalist {
namespace {

using lexicon_internal::PhraseMatch;
using lexicon_internal::SentenceMatcher;

struct RefPhrase {
  std::vector<std::string> words;
  uint32_t id;
};

// TABARI actors take the plural endings only (manual 5.2.3).
bool EndingMatch(const std::string& word, std::string_view piece) {
  if (piece == word) return true;
  for (std::string_view e : {"ES", "S"}) {
    if (piece.size() >= e.size() + 2 && piece.ends_with(e) &&
        piece.substr(0, piece.size() - e.size()) == word) {
      return true;
    }
  }
  return false;
}

// Pieces of the sentence: (token index, text, last piece of its token).
struct Piece {
  size_t token;
  std::string text;
  bool last;
};

int RefMatch(const std::vector<RefPhrase>& dict, const std::vector<Piece>& pieces,
             size_t first_piece, uint32_t* length) {
  int best = -1;
  uint32_t best_len = 0, best_chars = 0, best_words = 0;
  for (const RefPhrase& p : dict) {
    if (first_piece + p.words.size() > pieces.size()) continue;
    bool ok = true;
    uint32_t chars = 0;
    for (size_t i = 0; i < p.words.size() && ok; ++i) {
      const Piece& pc = pieces[first_piece + i];
      bool last = i + 1 == p.words.size();
      ok = last ? EndingMatch(p.words[i], pc.text) : pc.text == p.words[i];
      if (last && !pc.last) ok = false;  // must end at a token boundary
      chars += static_cast<uint32_t>(p.words[i].size());
    }
    if (!ok) continue;
    const Piece& end = pieces[first_piece + p.words.size() - 1];
    uint32_t len = static_cast<uint32_t>(end.token - pieces[first_piece].token + 1);
    uint32_t words = static_cast<uint32_t>(p.words.size());
    bool better =
        best < 0 || len > best_len ||
        (len == best_len &&
         (chars > best_chars ||
          (chars == best_chars &&
           (words > best_words || (words == best_words && p.id > static_cast<uint32_t>(best))))));
    if (better) {
      best = static_cast<int>(p.id);
      best_len = len;
      best_chars = chars;
      best_words = words;
    }
  }
  *length = best_len;
  return best;
}

TEST(PhraseMatch, AgreesWithReference) {
  std::mt19937 rng(20240601);
  size_t matches = 0, hyphen_matches = 0;
  const std::vector<std::string> vocab = {"AB",  "ABS", "ABC", "BAD", "BA",  "CAT", "CATS",
                                          "DOG", "ED",  "FOX", "GNU", "HEN", "ING", "JAY"};
  for (int round = 0; round < 30; ++round) {
    // A random dictionary of 1-3 word phrases, all words joined by "_".
    std::string text;
    std::vector<RefPhrase> dict;
    std::vector<std::string> keys;
    for (uint32_t i = 0; i < 60; ++i) {
      RefPhrase p;
      size_t n = 1 + rng() % 3;
      std::string line;
      for (size_t k = 0; k < n; ++k) {
        p.words.push_back(vocab[rng() % vocab.size()]);
        line += (k ? "_" : "") + p.words.back();
      }
      std::string key;
      for (auto& w : p.words) key += w + " ";
      // A phrase written again replaces the earlier entry.
      for (size_t j = 0; j < keys.size(); ++j) {
        if (keys[j] == key) keys[j] = "", dict[j].words.clear();
      }
      keys.push_back(key);
      p.id = static_cast<uint32_t>(dict.size());
      dict.push_back(p);
      text += line + "_ [C" + std::to_string(i) + "]\n";
    }
    std::erase_if(dict, [](const RefPhrase& p) { return p.words.empty(); });
    LexiconBuilder b;
    b.AddText(DictionaryFormat::kTabariActors, "random", text);
    LexiconReport r;
    auto lex = b.Build(&r);
    ASSERT_TRUE(r.problems.empty()) << r.problems[0];
    for (int s = 0; s < 40; ++s) {
      std::string sentence;
      size_t n = 1 + rng() % 8;
      for (size_t k = 0; k < n; ++k) {
        std::string w = vocab[rng() % vocab.size()];
        if (rng() % 4 == 0) w += std::vector<std::string>{"S", "ED", "ING"}[rng() % 3];
        if (rng() % 5 == 0) w += "-" + vocab[rng() % vocab.size()];
        sentence += w + (rng() % 6 == 0 ? " , " : " ");
      }
      TokenBuffer t = lexicon_testing::Tokens(sentence);
      std::vector<Piece> pieces;
      std::vector<size_t> first_piece_of(t.size());
      for (size_t i = 0; i < t.size(); ++i) {
        first_piece_of[i] = pieces.size();
        std::string_view norm = t.norm(i);
        size_t start = 0;
        while (true) {
          size_t dash = norm.find('-', start);
          pieces.push_back(
              {i, std::string(norm.substr(start, dash - start)), dash == std::string_view::npos});
          if (dash == std::string_view::npos) break;
          start = dash + 1;
        }
      }
      for (size_t pos = 0; pos < t.size(); ++pos) {
        uint32_t ref_len = 0;
        int ref = RefMatch(dict, pieces, first_piece_of[pos], &ref_len);
        PhraseMatch m;
        bool found = SentenceMatcher(*lex, t).MatchActor(pos, &m);
        ASSERT_EQ(found, ref >= 0) << sentence << " @" << pos;
        if (!found) continue;
        ++matches;
        hyphen_matches += t.norm(pos).find('-') != std::string_view::npos;
        // Entry ids differ (the reference numbers every line); compare codes.
        EXPECT_EQ(lex->CodeAt(m.id, 0), "C" + std::to_string(ref)) << sentence << " @" << pos;
        EXPECT_EQ(m.length, ref_len) << sentence << " @" << pos;
      }
    }
  }
  EXPECT_GT(matches, 1000u);
  EXPECT_GT(hyphen_matches, 50u);
}

}  // namespace
}  // namespace annalist
