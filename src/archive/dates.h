// Dates as the archive stores and filters them: ISO 8601 text at its
// precision, and for filtering the first and last day it covers
// ("2026-03" covers 2026-03-01 .. 2026-03-31). The calendar itself is in
// include/annalist/datetime.h; these are the archive's uses of it.
#ifndef ANNALIST_SRC_ARCHIVE_DATES_H_
#define ANNALIST_SRC_ARCHIVE_DATES_H_

#include <string>
#include <string_view>

#include "annalist/document.h"
#include "annalist/status.h"

namespace annalist::archive {

// Parses DateTime::ToIso() output back ("2026", "2026-03", "2026-03-02",
// "2026-03-02T14:05:00"); the precision follows from the form. False when
// `iso` is none of these or names an impossible date (ParseIso8601).
bool ParseIso(std::string_view iso, DateTime* out);

// The first and last day ("YYYY-MM-DD") of the period `dt` covers; "" when
// the date is unknown.
std::string FirstDay(const DateTime& dt);
std::string LastDay(const DateTime& dt);

// A user's date bound ("2026", "2026-03", "2026-03-02", an ISO week
// "2026-W10", or a date-time) as the first day (is_end false) or last day
// (is_end true) it covers; a week runs Monday to Sunday.
// kInvalidArgument naming `what` when it is not a date.
Result<std::string> DateBound(std::string_view text, bool is_end, std::string_view what);

}  // namespace annalist::archive

#endif  // ANNALIST_SRC_ARCHIVE_DATES_H_
