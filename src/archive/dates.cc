#include "archive/dates.h"

#include "annalist/datetime.h"

namespace annalist::archive {

bool ParseIso(std::string_view iso, DateTime* out) { return ParseIso8601(iso, out); }

std::string FirstDay(const DateTime& dt) {
  CivilDay first = 0, last = 0;
  return DaysCovered(dt, &first, &last) ? FormatIsoDay(first) : "";
}

std::string LastDay(const DateTime& dt) {
  CivilDay first = 0, last = 0;
  return DaysCovered(dt, &first, &last) ? FormatIsoDay(last) : "";
}

Result<std::string> DateBound(std::string_view text, bool is_end, std::string_view what) {
  DateTime dt;
  if (ParseIso8601(text, &dt)) return is_end ? LastDay(dt) : FirstDay(dt);
  IsoWeek week;
  if (ParseIsoWeek(text, &week)) {
    const CivilDay monday = IsoWeekMonday(week);
    return FormatIsoDay(is_end ? LastDayOf(Period::kWeek, monday) : monday);
  }
  return Status::InvalidArgument(
      std::string(what) + ": '" + std::string(text) +
      "' is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www)");
}

}  // namespace annalist::archive
