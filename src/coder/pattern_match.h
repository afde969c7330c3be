// Matching a compiled verb pattern around a verb in a clause (internal).
#ifndef ANNALIST_CODER_PATTERN_MATCH_H_
#define ANNALIST_CODER_PATTERN_MATCH_H_

#include <cstdint>
#include <vector>

#include "annalist/lexicon.h"
#include "coder/sentence.h"
#include "lexicon/matcher.h"

namespace annalist::coder_internal {

using lexicon_internal::PatternElement;

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
// bit tests. The patterns of a verb are also grouped by their first (lead)
// bit: a verb's patterns share far fewer lead bits than there are patterns
// (TABARI's SAID: 1,467 patterns, 365 lead bits), so a sentence tests each
// lead bit once.
class PatternIndex {
 public:
  explicit PatternIndex(const Lexicon& lexicon);
  // False when pattern `i` of verb `verb` cannot match sentence `s`.
  bool MayMatch(uint32_t verb, size_t i, const ParsedSentence& s) const {
    const size_t at = first_[verb] + i;
    return s.BloomHas(lead_[at]) && RestMayMatch(at, s);
  }
  // Sets *out to the indexes i of the patterns of verb `verb` with
  // MayMatch(verb, i, s), in increasing order (reusing its capacity).
  void Candidates(uint32_t verb, const ParsedSentence& s, std::vector<uint32_t>* out) const;
  // For the kAlternatives element `e` of a pattern's top level: the first
  // bytes of the words its alternatives begin with (bit c % 64 for byte c),
  // all bits when one begins with a synset or nested alternatives. An
  // alternative can only match at a token that starts with its first word,
  // so a token whose first byte's bit is clear matches none (MayStart).
  uint64_t AlternativesFirstBytes(const PatternElement& e) const {
    return e.value < alt_first_.size() ? alt_first_[e.value] : ~uint64_t{0};
  }
  static bool MayStart(uint64_t first_bytes, std::string_view token) {
    if (first_bytes == ~uint64_t{0}) return true;
    if (token.empty()) return false;
    return ((first_bytes >> (static_cast<unsigned char>(token[0]) & 63)) & 1) != 0;
  }
  // The element alternative `a` (an index of the lexicon's alternatives
  // store: alternative i of element e is e.value + i) begins with, as
  // matching it reads it: most alternatives begin with a dictionary word,
  // which a token must start with, so most are rejected with one compare
  // before their elements are read.
  struct AltHead {
    enum Kind : uint8_t {
      kAny,    // a synset, nested alternatives or no element: not known here
      kWord,   // the dictionary word `word` of element `element`
      kNever,  // an empty word: the alternative never matches
    };
    Kind kind = kAny;
    std::string_view word;
    const PatternElement* element = nullptr;
  };
  const AltHead& Head(size_t a) const { return a < alt_head_.size() ? alt_head_[a] : any_head_; }

 private:
  static constexpr int kKeys = 4;
  struct Keys {  // the bits after the first
    uint16_t bit[kKeys - 1] = {0, 0, 0};
    uint8_t count = 0;
  };
  bool RestMayMatch(size_t at, const ParsedSentence& s) const {
    const Keys& k = rest_[at];
    for (uint8_t j = 0; j < k.count; ++j) {
      if (!s.BloomHas(k.bit[j])) return false;
    }
    return true;
  }
  std::vector<uint32_t> first_;  // per verb: index of its first pattern
  // Per pattern: the bit of its longest word (ParsedSentence::kBloomAlways
  // when it has no word), and the bits of the next ones.
  std::vector<uint16_t> lead_;
  std::vector<Keys> rest_;
  // Per verb v: its lead groups [group_first_[v], group_first_[v + 1]).
  // Group g: lead bit group_bit_[g]; its patterns (indexes within the verb,
  // increasing) members_[group_begin_[g] .. group_begin_[g + 1]).
  std::vector<uint32_t> group_first_;
  std::vector<uint16_t> group_bit_;
  std::vector<uint32_t> group_begin_;
  std::vector<uint32_t> members_;
  // Verbs with at least kDenseGroups lead groups also get their lead bits as
  // a bitmap shaped like ParsedSentence::bloom (kBloomWords words at
  // dense_at_[v] in dense_bits_; kNotDense otherwise), and per word the
  // number of the verb's groups in the words before it (dense_rank_): the
  // sentence's bloom is then intersected a word at a time, and a group is
  // found by the rank of its bit.
  static constexpr uint32_t kDenseGroups = 48, kNotDense = ~0u;
  static constexpr size_t kBloomWords = ParsedSentence::kBloomBits / 64 + 1;
  std::vector<uint32_t> dense_at_;
  std::vector<uint64_t> dense_bits_;
  std::vector<uint16_t> dense_rank_;
  // Per alternatives store index (PatternElement::value of a kAlternatives
  // element): the first bytes of its alternatives' first words, all bits
  // when one starts with a synset or nested alternatives.
  std::vector<uint64_t> alt_first_;
  // Per alternatives store index: Head().
  std::vector<AltHead> alt_head_;
  AltHead any_head_;
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
bool MatchPattern(const Lexicon& lexicon, const PatternIndex& index, const ParsedSentence& s,
                  const Clause& clause, size_t verb, const VerbPattern& pattern,
                  Designated* designated);

}  // namespace annalist::coder_internal

#endif  // ANNALIST_CODER_PATTERN_MATCH_H_
