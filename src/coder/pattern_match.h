// Matching a compiled verb pattern around a verb in a clause (internal).
#ifndef ANNALIST_CODER_PATTERN_MATCH_H_
#define ANNALIST_CODER_PATTERN_MATCH_H_

#include <cstdint>

#include "annalist/lexicon.h"
#include "coder/sentence.h"

namespace annalist::coder_internal {

// Actors designated by a pattern: mention indexes (first mention of the
// phrase), -1 when the pattern did not designate one.
struct Designated {
  int32_t source = -1;
  int32_t target = -1;
  bool compound = false;  // "%": source and target are the compound's members
};

// True when `pattern` matches the verb starting at token `verb` inside
// `clause`. Words before the verb in the pattern must occur, in order, in the
// clause before the verb; words after it, after the verb; "_" (adjacent)
// elements must follow the previous element directly. Dropped tokens (comma
// clauses) are invisible. Actor tokens take the first actor phrase found at
// their place. Work is bounded: at most `budget` match attempts.
bool MatchPattern(const Lexicon& lexicon, const ParsedSentence& s, const Clause& clause,
                  size_t verb, const VerbPattern& pattern, Designated* designated);

}  // namespace annalist::coder_internal

#endif  // ANNALIST_CODER_PATTERN_MATCH_H_
