// Fuzzes the date parsers of include/annalist/datetime.h: ParsePublished,
// ParseIso8601, ParseIsoWeek, ParseCompactDate and the dictionary
// restriction dates. Whatever one accepts must be a real date (or, for a
// restriction bound, a well-formed key) whose canonical form parses back to
// the same value, and whose day number converts back to the same date.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "annalist/datetime.h"

namespace {

using annalist::DatePrecision;
using annalist::DateTime;

void Check(bool ok) {
  if (!ok) std::abort();
}

// A parsed DateTime is real, and its day survives the day-number round trip.
void CheckReal(const DateTime& dt, int min_year) {
  Check(dt.known() && dt.year >= min_year && dt.year <= 9999);
  Check(dt.hour <= 23 && dt.minute <= 59 && dt.second <= 59);
  if (dt.precision >= DatePrecision::kMonth) {
    Check(dt.month >= 1 && dt.month <= 12);
  }
  if (dt.precision >= DatePrecision::kDay) {
    Check(dt.day >= 1 && dt.day <= annalist::DaysInMonth(dt.year, dt.month));
    const annalist::CivilDay day = annalist::CivilDayOf(dt);
    Check(annalist::CivilFromDays(day) == (annalist::YearMonthDay{dt.year, dt.month, dt.day}));
    const annalist::IsoWeek week = annalist::IsoWeekOf(day);
    Check(annalist::IsValidIsoWeek(week));
    const annalist::CivilDay monday = annalist::IsoWeekMonday(week);
    Check(monday <= day && day < monday + 7);
  }
  annalist::CivilDay first = 0, last = 0;
  Check(annalist::DaysCovered(dt, &first, &last) && first <= last);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;
  std::string_view s(reinterpret_cast<const char*>(data), size);

  DateTime dt;
  if (annalist::ParsePublished(s, &dt)) {
    CheckReal(dt, 1);
    DateTime again;
    Check(annalist::ParsePublished(dt.ToIso(), &again) && again == dt);
    Check(annalist::ParseIso8601(dt.ToIso(), &again) && again == dt);
  }

  DateTime iso;
  if (annalist::ParseIso8601(s, &iso)) {
    CheckReal(iso, 0);
    DateTime again;
    Check(annalist::ParseIso8601(iso.ToIso(), &again) && again == iso);
  }

  annalist::IsoWeek week;
  if (annalist::ParseIsoWeek(s, &week)) {
    Check(annalist::IsValidIsoWeek(week));
    annalist::IsoWeek again;
    Check(annalist::ParseIsoWeek(annalist::FormatIsoWeek(week), &again) && again == week);
  }

  for (auto rule : {annalist::TabariYear, annalist::Rfc2822Year}) {
    annalist::YearMonthDay ymd;
    if (annalist::ParseCompactDate(s, rule, &ymd)) {
      Check(annalist::IsValidDate(ymd.year, ymd.month, ymd.day));
      Check(annalist::CivilFromDays(annalist::DaysFromCivil(ymd)) == ymd);
    }
  }

  int32_t key = 0;
  if (annalist::ParseRestrictionDate(s, &key)) {
    Check(key / 100 % 100 >= 1 && key / 100 % 100 <= 12);
    Check(key % 100 >= 1 && key % 100 <= 31);
  }
  const size_t dash = s.find('-');
  int32_t from = 0, to = 0;
  if (dash != std::string_view::npos &&
      annalist::ParseRestrictionRange(s.substr(0, dash), s.substr(dash + 1), &from, &to)) {
    Check(from <= to);
  }
  return 0;
}
