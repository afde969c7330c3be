// Turning a coded verb into Events with every field filled (internal).
#ifndef ANNALIST_CODER_EVENT_BUILDER_H_
#define ANNALIST_CODER_EVENT_BUILDER_H_

#include <string_view>
#include <vector>

#include "annalist/event.h"
#include "annalist/lexicon.h"
#include "coder/mode.h"
#include "coder/sentence.h"

namespace annalist::coder_internal {

// A verb that was coded, before it becomes Events.
struct CodedVerb {
  size_t verb = 0;
  int32_t source = -1, target = -1;  // first mention of each actor phrase
  bool compound = false;             // "%" or a compound with itself
  bool single_source = false;        // the source mention alone, not its compound
  std::string_view code, paired;
  const VerbPattern* pattern = nullptr;
  bool subordinate = false, dominant = false;
  std::string_view default_source, default_target;  // used when source/target < 0
  bool untargeted = false;                          // no target (CoderOptions::untargeted_events)
  int32_t reported_by = -1;                         // the mention whose statement reports this act
  std::string_view context_code;                    // a governing act's embedded act
  size_t context_verb = 0;                          // ... and its verb token
};

// Appends one event per source member x target member with distinct codes
// (and the paired event from target to source when the code is paired),
// except one whose source, target and CAMEO codes an event of the same
// sentence (those in *out from index `sentence_begin`) already has: a
// sentence reports an event once.
void EmitEvents(const ParsedSentence& s, const CodedVerb& cv, const Attribution& attribution,
                size_t sentence_begin, std::vector<Event>* out);

}  // namespace annalist::coder_internal

#endif  // ANNALIST_CODER_EVENT_BUILDER_H_
