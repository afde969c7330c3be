// Mode of an event: asserted, negated, intended, hypothetical or reported,
// read from the words around the verb (internal to the coder).
#ifndef ANNALIST_CODER_MODE_H_
#define ANNALIST_CODER_MODE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annalist/event.h"
#include "annalist/text.h"

namespace annalist::coder_internal {

struct ParsedSentence;

// Where a sentence attributes what it says, and to whom.
//   leading:  "Kestria said (that) Norvania attacked Seldor": the verbs after
//             the reporting verb are reported;
//   trailing: "Norvania attacked Seldor, officials said (on Friday)." or
//             "..., said the minister.": the verbs before the reporting
//             verb's comma segment are reported;
//   whole:    "according to X" anywhere: every verb of the sentence.
struct Attribution {
  int32_t verb = -1;           // token of the reporting verb; -1 when none
  int32_t speaker_first = -1;  // token range of the speaker phrase
  int32_t speaker_last = -1;   // inclusive
  bool trailing = false;
  bool whole = false;
  int32_t scope_end = -1;  // trailing: verbs before this token are reported
};

// True when the token is a reporting verb: SAID, SAYS, TOLD, REPORTED, ...
bool IsReportingVerb(std::string_view norm);

// The sentence's first attribution (verb == -1 when it has none). The
// speaker is the first actor in the reporting verb's phrase, else its words
// without a leading conjunction; "X, president of Y, said Z ..." takes the
// sentence's subject. Pure; allocates nothing.
Attribution FindAttribution(const ParsedSentence& s);

// True when the event whose verb is at token `verb` lies in the scope of
// `attribution`. `source_token` is the first token of the event's source
// (-1 when unknown): in "X said Y attacked Z" coded with X as the source
// (TABARI's rule) the event is X's own, not reported.
bool InAttributionScope(const Attribution& attribution, size_t verb, int32_t source_token);

// The mode of the event whose verb starts at token `verb` in a clause that
// begins at token `clause_begin` (tokens before it belong to an earlier
// clause or sentence). `attribution` is the sentence's reporting verb
// (verb == -1 when there is none); `source_token` is the first token of the
// event's source (-1 when unknown). Pure; allocates nothing.
EventMode DetectMode(const TokenBuffer& tokens, size_t clause_begin, size_t verb,
                     int32_t source_token, const Attribution& attribution);

}  // namespace annalist::coder_internal

#endif  // ANNALIST_CODER_MODE_H_
