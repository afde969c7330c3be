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

// Where a reporting verb and its speaker are in a sentence.
struct Attribution {
  int32_t verb = -1;           // token of the reporting verb; -1 when none
  int32_t speaker_first = -1;  // token range of the speaker phrase
  int32_t speaker_last = -1;   // inclusive
};

// True when the token is a reporting verb: SAID, SAYS, TOLD, REPORTED, ...
bool IsReportingVerb(std::string_view norm);

// The mode of the event whose verb starts at token `verb` in a clause that
// begins at token `clause_begin` (tokens before it belong to an earlier
// clause or sentence). `attribution` is the sentence's reporting verb
// (verb == -1 when there is none); `source_token` is the first token of the
// event's source (-1 when unknown). Pure; allocates nothing.
EventMode DetectMode(const TokenBuffer& tokens, size_t clause_begin,
                     size_t verb, int32_t source_token,
                     const Attribution& attribution);

}  // namespace annalist::coder_internal

#endif  // ANNALIST_CODER_MODE_H_
