#include "annalist/document.h"

#include <cstdio>

#include "base/hash.h"

namespace annalist {

std::string DateTime::ToIso() const {
  char buf[32];
  switch (precision) {
    case DatePrecision::kNone:
      return "";
    case DatePrecision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year);
      break;
    case DatePrecision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      break;
    case DatePrecision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      break;
    case DatePrecision::kMinute:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour,
                    minute, second);
      break;
  }
  return buf;
}

std::string ContentId(std::string_view text) {
  // FNV-1a 64 followed by a murmur-style finaliser: stable and dependency-free.
  base_internal::Fnv1a64 fnv(base_internal::Fnv1a64::kLegacyBasis);
  fnv.Add(text);
  uint64_t h = fnv.value();
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  char buf[24];
  std::snprintf(buf, sizeof buf, "doc-%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace annalist

namespace annalist {

std::string_view MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kActor:
      return "actor";
    case MentionKind::kAgent:
      return "agent";
    case MentionKind::kPlace:
      return "place";
    case MentionKind::kTimex:
      return "timex";
    case MentionKind::kQuote:
      return "quote";
    case MentionKind::kNumber:
      return "number";
  }
  return "actor";
}

bool ParseMentionKind(std::string_view name, MentionKind* kind) {
  for (MentionKind k : {MentionKind::kActor, MentionKind::kAgent, MentionKind::kPlace,
                        MentionKind::kTimex, MentionKind::kQuote, MentionKind::kNumber}) {
    if (MentionKindName(k) == name) {
      *kind = k;
      return true;
    }
  }
  return false;
}

}  // namespace annalist
