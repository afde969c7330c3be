#include "annalist/event.h"

#include <string>

namespace annalist {

std::string_view EventModeName(EventMode mode) {
  switch (mode) {
    case EventMode::kAsserted:
      return "asserted";
    case EventMode::kNegated:
      return "negated";
    case EventMode::kIntended:
      return "intended";
    case EventMode::kHypothetical:
      return "hypothetical";
    case EventMode::kReported:
      return "reported";
  }
  return "asserted";
}

bool ParseEventMode(std::string_view name, EventMode* mode) {
  for (EventMode m : {EventMode::kAsserted, EventMode::kNegated, EventMode::kIntended,
                      EventMode::kHypothetical, EventMode::kReported}) {
    if (EventModeName(m) == name) {
      *mode = m;
      return true;
    }
  }
  return false;
}

std::string_view DateBasisName(DateBasis basis) {
  switch (basis) {
    case DateBasis::kExplicit:
      return "explicit";
    case DateBasis::kRelative:
      return "relative";
    case DateBasis::kPublication:
      return "publication";
    case DateBasis::kNone:
      return "none";
  }
  return "none";
}

std::string EventId(std::string_view doc_id, uint32_t sentence, uint32_t ordinal) {
  std::string id;
  id.reserve(doc_id.size() + 16);
  id.append(doc_id);
  id.push_back('#');
  id.append(std::to_string(sentence));
  id.push_back('.');
  id.append(std::to_string(ordinal));
  return id;
}

}  // namespace annalist
