// The dates of the event-data formats: two-digit years, one rule per source
// format, and the compact yymmdd / yyyymmdd forms. docs/time.md explains the
// rules and where they come from.
#include <cstdio>

#include "annalist/datetime.h"

namespace annalist {
namespace {

// All of `s` as a number; false when empty or not all digits.
bool AllDigits(std::string_view s, int* out) {
  if (s.empty()) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

// Splits 6 or 8 digits into year, month and day; the year of a 6-digit form
// through `expand_year`.
bool SplitCompact(std::string_view digits, int (*expand_year)(int), YearMonthDay* out) {
  if (digits.size() != 6 && digits.size() != 8) return false;
  int v = 0;
  if (!AllDigits(digits, &v)) return false;
  YearMonthDay ymd;
  ymd.year = digits.size() == 8 ? v / 10000 : expand_year(v / 10000);
  ymd.month = v / 100 % 100;
  ymd.day = v % 100;
  *out = ymd;
  return true;
}

int32_t Key(const YearMonthDay& ymd) { return ymd.year * 10000 + ymd.month * 100 + ymd.day; }

}  // namespace

int TabariYear(int yy) { return yy <= 30 ? 2000 + yy : 1900 + yy; }

int PetrarchYear(int yy) { return TabariYear(yy); }

int Rfc2822Year(int yy) { return yy < 50 ? 2000 + yy : 1900 + yy; }

bool ParseCompactDate(std::string_view digits, int (*expand_year)(int yy), YearMonthDay* out) {
  YearMonthDay ymd;
  if (!SplitCompact(digits, expand_year, &ymd)) return false;
  if (!IsValidDate(ymd.year, ymd.month, ymd.day)) return false;
  *out = ymd;
  return true;
}

bool ParseRestrictionDate(std::string_view digits, int32_t* yyyymmdd) {
  YearMonthDay ymd;
  if (!SplitCompact(digits, TabariYear, &ymd)) return false;
  if (ymd.month < 1 || ymd.month > 12 || ymd.day < 1 || ymd.day > 31) {
    return false;
  }
  *yyyymmdd = Key(ymd);
  return true;
}

bool ParseRestrictionRange(std::string_view from, std::string_view to, int32_t* first,
                           int32_t* last) {
  int32_t f = 0, t = 0;
  if (!ParseRestrictionDate(from, &f) || !ParseRestrictionDate(to, &t)) {
    return false;
  }
  // "270101-730717": the pivot made the start 2027; the range means 1927.
  if (f > t && from.size() == 6 && f / 10000 >= 2000) f -= 100 * 10000;
  if (f > t) return false;
  *first = f;
  *last = t;
  return true;
}

int32_t ToYyyymmdd(const DateTime& dt) {
  if (!dt.known()) return 0;
  return Key(YearMonthDay{dt.year, dt.month > 0 ? dt.month : 1, dt.day > 0 ? dt.day : 1});
}

std::string FormatYymmdd(const DateTime& dt) {
  char buf[16];
  if (!dt.known()) return "000000";
  std::snprintf(buf, sizeof buf, "%02d%02d%02d", (dt.year % 100 + 100) % 100,
                dt.precision >= DatePrecision::kMonth ? dt.month : 0,
                dt.precision >= DatePrecision::kDay ? dt.day : 0);
  return buf;
}

}  // namespace annalist
