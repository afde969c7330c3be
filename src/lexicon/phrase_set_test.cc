// PhraseMatcher over a list that is not a dictionary: a few place names
// matched in sentences, and random name lists and sentences checked against a
// plain reference (every name tried at every token, words compared as text).
#include "lexicon/phrase_set.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "lexicon/test_tokens.h"

namespace annalist {
namespace {

using lexicon_internal::PhraseMatcher;
using lexicon_internal::PhraseSpan;

std::vector<PhraseSpan> FindAll(const PhraseMatcher& m, std::string_view text) {
  std::vector<PhraseSpan> out;
  m.FindAll(lexicon_testing::Tokens(text), &out);
  return out;
}

TEST(PhraseMatcher, FindsPlaceNamesLongestFirst) {
  PhraseMatcher places;
  ASSERT_TRUE(places.Add("York", 1));
  ASSERT_TRUE(places.Add("New York", 2));
  ASSERT_TRUE(places.Add("New York City", 3));
  ASSERT_TRUE(places.Add("Abu_Dhabi", 4));
  ASSERT_TRUE(places.Add("Guinea-Bissau", 5));
  ASSERT_TRUE(places.Add("port SAID", 6));
  EXPECT_FALSE(places.Add(" _ ", 7));  // no word
  places.Compile();
  EXPECT_EQ(places.size(), 6u);
  EXPECT_FALSE(places.Add("Paris", 8));  // compiled: closed

  auto spans = FindAll(places, "Talks in New York City and York, then Abu Dhabi");
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0].id, 3u);  // longest: not New York, not York
  EXPECT_EQ(spans[0].begin, 2u);
  EXPECT_EQ(spans[0].length, 3u);
  EXPECT_EQ(spans[1].id, 1u);
  EXPECT_EQ(spans[1].begin, 6u);
  EXPECT_EQ(spans[2].id, 4u);  // "_" in the name is a word break
  EXPECT_EQ(spans[2].length, 2u);

  // A hyphenated token is read as its pieces, and a name's hyphen is a word
  // break: both spellings match, and the match ends at a token boundary.
  spans = FindAll(places, "Guinea-Bissau and Guinea Bissau, not Guinea-Bissauans");
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].length, 1u);
  EXPECT_EQ(spans[1].length, 2u);
  EXPECT_EQ(spans[1].begin, 2u);
  // Words are consecutive and exact: no gap, no plural.
  spans = FindAll(places, "new big York");
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].id, 1u);
  EXPECT_EQ(spans[0].begin, 2u);
  EXPECT_TRUE(FindAll(places, "Yorks").empty());
  // Names are upper-cased as dictionary phrases are.
  spans = FindAll(places, "Port Said");
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].id, 6u);
}

// The reference: names as word lists, matched token by token (pieces of
// hyphenated tokens), longest in tokens, then most bytes, then most words,
// then the larger id.
struct RefName {
  std::vector<std::string> words;
  uint32_t id;
};

struct Piece {
  size_t token;
  std::string text;
  bool last;  // last piece of its token
};

bool RefMatch(const std::vector<RefName>& names, const std::vector<Piece>& pieces, size_t first,
              PhraseSpan* out) {
  bool found = false;
  uint32_t best_len = 0, best_chars = 0, best_words = 0, best_id = 0;
  for (const RefName& n : names) {
    if (first + n.words.size() > pieces.size()) continue;
    bool ok = true;
    uint32_t chars = 0;
    for (size_t i = 0; i < n.words.size() && ok; ++i) {
      const Piece& pc = pieces[first + i];
      ok = pc.text == n.words[i];
      if (i + 1 == n.words.size() && !pc.last) ok = false;
      chars += static_cast<uint32_t>(n.words[i].size());
    }
    if (!ok) continue;
    const uint32_t len =
        static_cast<uint32_t>(pieces[first + n.words.size() - 1].token - pieces[first].token + 1);
    const uint32_t words = static_cast<uint32_t>(n.words.size());
    const bool better =
        !found || len > best_len ||
        (len == best_len &&
         (chars > best_chars || (chars == best_chars &&
                                 (words > best_words || (words == best_words && n.id > best_id)))));
    if (better) {
      found = true;
      best_len = len, best_chars = chars, best_words = words, best_id = n.id;
    }
  }
  if (found) *out = PhraseSpan{0, best_len, best_id};
  return found;
}

TEST(PhraseMatcher, AgreesWithReference) {
  std::mt19937 rng(5150);
  const std::vector<std::string> vocab = {"SAN", "JOSE", "SANTA", "CRUZ", "EL", "PASO",
                                          "NEW", "YORK", "PORT",  "SAID", "AL", "ARISH"};
  size_t matches = 0, hyphen_matches = 0;
  for (int round = 0; round < 30; ++round) {
    PhraseMatcher m;
    std::vector<RefName> names;
    for (uint32_t id = 0; id < 25; ++id) {
      RefName n;
      n.id = id * 7 % 25 + 1;  // ids not in the order added
      std::string text;
      const size_t words = 1 + rng() % 3;
      for (size_t k = 0; k < words; ++k) {
        n.words.push_back(vocab[rng() % vocab.size()]);
        // Lower case and any of the word breaks: normalised on Add.
        std::string w = n.words.back();
        if (rng() % 2) w[0] = static_cast<char>(w[0] - 'A' + 'a');
        text += (k == 0 ? "" : std::vector<std::string>{" ", "_", "-"}[rng() % 3]) + w;
      }
      // The same name again replaces the earlier id.
      std::erase_if(names, [&](const RefName& o) { return o.words == n.words; });
      names.push_back(n);
      ASSERT_TRUE(m.Add(text, n.id)) << text;
    }
    m.Compile();
    EXPECT_EQ(m.size(), names.size());
    for (int s = 0; s < 40; ++s) {
      std::string sentence;
      const size_t n = 1 + rng() % 10;
      for (size_t k = 0; k < n; ++k) {
        std::string w = vocab[rng() % vocab.size()];
        if (rng() % 5 == 0) w += "S";
        if (rng() % 4 == 0) w += "-" + vocab[rng() % vocab.size()];
        sentence += w + (rng() % 6 == 0 ? " , " : " ");
      }
      const TokenBuffer t = lexicon_testing::Tokens(sentence);
      std::vector<Piece> pieces;
      std::vector<size_t> first_piece(t.size());
      for (size_t i = 0; i < t.size(); ++i) {
        first_piece[i] = pieces.size();
        std::string_view norm = t.norm(i);
        size_t start = 0;
        while (true) {
          const size_t dash = norm.find('-', start);
          pieces.push_back(
              {i, std::string(norm.substr(start, dash - start)), dash == std::string_view::npos});
          if (dash == std::string_view::npos) break;
          start = dash + 1;
        }
      }
      for (size_t pos = 0; pos < t.size(); ++pos) {
        PhraseSpan ref, got;
        const bool want = RefMatch(names, pieces, first_piece[pos], &ref);
        ASSERT_EQ(m.Match(t, pos, &got), want) << sentence << " @" << pos;
        if (!want) continue;
        ++matches;
        hyphen_matches += t.norm(pos).find('-') != std::string_view::npos;
        EXPECT_EQ(got.begin, pos);
        EXPECT_EQ(got.length, ref.length) << sentence << " @" << pos;
        EXPECT_EQ(got.id, ref.id) << sentence << " @" << pos;
      }
    }
  }
  EXPECT_GT(matches, 500u);
  EXPECT_GT(hyphen_matches, 50u);
}

}  // namespace
}  // namespace annalist
