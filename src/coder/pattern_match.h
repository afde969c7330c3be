// Matching a compiled verb pattern around a verb in a clause (internal).
#ifndef ANNALIST_CODER_PATTERN_MATCH_H_
#define ANNALIST_CODER_PATTERN_MATCH_H_

#include <cstdint>
#include <vector>

#include "annalist/lexicon.h"
#include "coder/sentence.h"

namespace annalist::coder_internal {

// Actors designated by a pattern: mention indexes (first mention of the
// phrase), -1 when the pattern did not designate one.
struct Designated {
  int32_t source = -1;
  int32_t target = -1;
  bool compound = false;  // "%": source and target are the compound's members
  // TABARI length (VerbPattern::weight) the alternatives that matched fall
  // short of the longest ones: the match's own length is weight - shortfall.
  uint32_t shortfall = 0;
};

// Per-lexicon data the matcher precomputes once (Coder construction): for
// every pattern of every verb, the bloom bits (ParsedSentence::BloomBit) of up
// to kKeys of its dictionary words, longest words first, so that most
// patterns with a word the sentence cannot contain are rejected with a few
// bit tests.
class PatternIndex {
 public:
  explicit PatternIndex(const Lexicon& lexicon);
  // False when pattern `i` of verb `verb` cannot match sentence `s`.
  bool MayMatch(uint32_t verb, size_t i, const ParsedSentence& s) const {
    const Keys& k = keys_[first_[verb] + i];
    for (uint8_t j = 0; j < k.count; ++j) {
      if (!s.BloomHas(k.bit[j])) return false;
    }
    return true;
  }

 private:
  static constexpr int kKeys = 4;
  struct Keys {
    uint16_t bit[kKeys] = {0, 0, 0, 0};
    uint8_t count = 0;
  };
  std::vector<uint32_t> first_;  // per verb: index of its first pattern's keys
  std::vector<Keys> keys_;
};

// True when `pattern` matches the verb starting at token `verb` inside
// `clause`. Words before the verb in the pattern must occur, in order, in the
// sentence before the verb (matched from the verb leftwards, nearest first,
// as TABARI does: "$ * AGAINST +" binds $ to the actor nearest the verb; a
// conjunction stops matching only forwards, so earlier clauses count); words
// after it, after the verb (forwards); "_" (adjacent)
// elements must follow the previous element directly. Dropped tokens (comma
// clauses) are invisible. Actor tokens take the first actor phrase found at
// their place. Work is bounded: at most `budget` match attempts. The caller
// has checked PatternIndex::MayMatch.
bool MatchPattern(const Lexicon& lexicon, const ParsedSentence& s,
                  const Clause& clause, size_t verb, const VerbPattern& pattern,
                  Designated* designated);

}  // namespace annalist::coder_internal

#endif  // ANNALIST_CODER_PATTERN_MATCH_H_
