// Publication dates: the dates that feeds, archives and corpora put on an
// article, in the many ways they write them.
//
// Every function here is pure and thread-safe.
#ifndef ANNALIST_DATETIME_H_
#define ANNALIST_DATETIME_H_

#include <string_view>

#include "annalist/document.h"

namespace annalist {

// Parses a publication date. On success fills *out (precision set, finer
// fields zero) and returns true; on failure returns false and leaves *out
// unchanged. Surrounding whitespace is ignored; anything else left over makes
// the parse fail (no guessing inside free text: that is the timex stage).
//
// Accepted forms, with examples:
//   ISO 8601     "2026", "2026-03", "2026-03-02", "20260302",
//                "2026-03-02T14:05", "2026-03-02T14:05:09.123Z",
//                "2026-03-02T14:05:09+02:00", "2026-03-02 14:05",
//                "2026/03/02" (slashes in place of hyphens)
//   RFC 2822     "Mon, 02 Mar 2026 14:05:00 GMT", "2 Mar 2026 14:05 +0100"
//   prose        "March 2, 2026", "Mar. 2, 2026", "Monday, March 2nd, 2026",
//                "2 March 2026", "2nd of March 2026", "March 2026",
//                "March 2, 2026 2:05 pm EST", "March 2, 2026, 14:05"
//   Reuters      "26-FEB-1987 15:01:01.79" (day-month name-year)
//   TABARI       "260302" (YYMMDD)
//
// Time zones: a zone (Z, an offset, or a name such as GMT or EST) is read and
// dropped; the result is the wall-clock time as written. Fractions of a
// second are dropped; a leap second (:60) becomes :59.
//
// Two-digit years: in a TABARI YYMMDD date, 30-99 mean 1930-1999 and 00-29
// mean 2000-2029 (TABARI's own rule). In every other form, 00-49 mean
// 2000-2049 and 50-99 mean 1950-1999 (the RFC 2822 rule).
//
// Impossible dates fail: "2026-02-30", "2025-02-29", month 13, hour 24.
// Years must be between 1 and 9999.
bool ParsePublished(std::string_view s, DateTime* out);

// True when year-month-day is a real calendar date (proleptic Gregorian).
bool IsValidDate(int year, int month, int day);

}  // namespace annalist

#endif  // ANNALIST_DATETIME_H_
