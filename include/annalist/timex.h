// Temporal expressions (TimeML TIMEX3): found in raw text by a hand-written
// scanner over the token stream and normalised against a reference date.
//
//   "December 8, 2024"   DATE      2024-12-08
//   "early December"     DATE      2025-12      mod START   (reference 2026-01-04)
//   "tomorrow"           DATE      2026-01-05
//   "last week"          DATE      2025-W52
//   "two months ago"     DATE      2025-11
//   "the past year"      DURATION  P1Y
//   "every week"         SET       P1W
//   "4:30 p.m."          TIME      2026-01-04T16:30
//
// The rules (which forms, how a weekday or a month without a year picks its
// year, the US month/day order of 12/08 and the day-first option) are in
// docs/time.md. All calendar arithmetic goes through annalist/datetime.h.
// Pure and thread-safe given one TimexScratch per thread.
#ifndef ANNALIST_TIMEX_H_
#define ANNALIST_TIMEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/datetime.h"
#include "annalist/document.h"
#include "annalist/text.h"

namespace annalist {

enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };
// "DATE", "TIME", "DURATION", "SET".
std::string_view TimexTypeName(TimexType type);

// TIMEX3 mod values (the ones the scanner sets).
enum class TimexMod : uint8_t {
  kNone,
  kStart,        // "early December", "the beginning of the year"
  kMid,          // "mid-December", "the middle of the month"
  kEnd,          // "late 2024", "the end of the year"
  kApprox,       // "about two months ago", "around 2010"
  kBefore,       // "before 2010"
  kAfter,        // "after December 8, 2024"
  kOnOrAfter,    // "since 2010"
  kLessThan,     // "less than a year", "nearly five months"
  kMoreThan,     // "more than a year", "over six years"
  kEqualOrMore,  // "at least two weeks"
  kEqualOrLess,  // "up to two weeks"
};
// "START", "MID", ..., "" for kNone.
std::string_view TimexModName(TimexMod mod);

// The tense the scanner read around an expression (from the nearest verb
// cue in its clause: "will", "set to", "was", "-ed" ...).
enum class TimexTense : uint8_t { kUnknown, kPast, kPresent, kFuture };

// How the value was found.
enum class TimexAnchor : uint8_t {
  kAbsolute,   // from the text alone: "December 8, 2024", "2024", "1974"
  kRelative,   // resolved against the reference date: "tomorrow", "Monday", "Dec 8"
  kUnanchored  // not a point in time: durations, sets, PRESENT_REF, PAST_REF
};

struct Timex {
  Span span;  // bytes of the text given to FindTimexes
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: "2026-01-05", "2025-12", "2025-W49", "P2M", "PAST_REF"
  TimexMod mod = TimexMod::kNone;
  TimexAnchor anchor = TimexAnchor::kAbsolute;
  TimexTense tense = TimexTense::kUnknown;
  friend bool operator==(const Timex&, const Timex&) = default;
};

struct TimexOptions {
  // Numeric dates with two small numbers ("12/08/2024") are month first
  // (US usage) unless this is set; a first number above 12 is always a day.
  bool day_first = false;
  // Month and weekday names in any case ("march 3", "monday": chat and
  // query text). Off for news, where they are capitalised and lower-case
  // "march", "sun" and "sat" are other words.
  bool any_case = false;
  // Where a weekday or a date without a year falls when the clause shows no
  // tense: false (news) reads a weekday as the last one (the reference day
  // included) and a date as the nearest; true (schedules, requests) reads
  // both forward.
  bool future_default = false;
};

// Reusable working space; one per thread.
struct TimexScratch {
  // After FindTimexes: Tokenize(text) of the text it was given (read by the
  // engine's FindPlaces, so that a document is tokenized once for both).
  TokenBuffer tokens;
};

// Appends to *out (not cleared) every temporal expression of `text` (valid
// UTF-8; invalid bytes are tolerated), in text order and not overlapping.
// `reference` is the document creation time, known at least to the day for
// relative expressions to be resolved; when it is not, only expressions the
// text dates by itself (and durations and sets) are reported.
void FindTimexes(std::string_view text, const DateTime& reference, const TimexOptions& options,
                 TimexScratch* scratch, std::vector<Timex>* out);

// The first and last day a DATE value denotes ("2025-12" is 2025-12-01..
// 2025-12-31, "2025-W49" its Monday..Sunday, "2025-Q4", "2025-SU", "199"
// for the 1990s, "2026-01-05TMO" that day); false for values that are not
// calendar dates (PAST_REF, XXXX-12-08, durations).
bool TimexDays(std::string_view value, CivilDay* first, CivilDay* last);

}  // namespace annalist

#endif  // ANNALIST_TIMEX_H_
