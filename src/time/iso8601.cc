// Strict ISO 8601: the forms annalist writes (DateTime::ToIso, FormatIsoWeek)
// and the ones a user types as a date bound. Fixed positions, no guessing;
// the lenient reader of publication dates is ParsePublished (datetime.cc).
#include <cstddef>

#include "annalist/datetime.h"

namespace annalist {
namespace {

// The `n` digits at s[pos..pos+n) as a number; false when any is missing or
// not a digit.
bool Digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

bool IsDigitAt(std::string_view s, size_t pos) {
  return pos < s.size() && s[pos] >= '0' && s[pos] <= '9';
}

// A zone designator that is the whole of `z`: "Z", "+HH", "+HH:MM", "+HHMM"
// (or '-'), hours 0-23 and minutes 0-59.
bool IsZone(std::string_view z) {
  if (z == "Z") return true;
  if (z.empty() || (z[0] != '+' && z[0] != '-')) return false;
  int h = 0, m = 0;
  if (!Digits(z, 1, 2, &h) || h > 23) return false;
  if (z.size() == 3) return true;
  size_t at = z[3] == ':' ? 4 : 3;
  return z.size() == at + 2 && Digits(z, at, 2, &m) && m <= 59;
}

// "HH:MM[:SS[.fff]][zone]" at s[pos..] into *dt.
bool ParseTime(std::string_view s, size_t pos, DateTime* dt) {
  int h = 0, m = 0, sec = 0;
  if (!Digits(s, pos, 2, &h) || pos + 2 >= s.size() || s[pos + 2] != ':' ||
      !Digits(s, pos + 3, 2, &m)) {
    return false;
  }
  pos += 5;
  if (pos < s.size() && s[pos] == ':') {
    if (!Digits(s, pos + 1, 2, &sec)) return false;
    pos += 3;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
      ++pos;
      if (!IsDigitAt(s, pos)) return false;
      while (IsDigitAt(s, pos)) ++pos;
    }
  }
  if (pos < s.size() && !IsZone(s.substr(pos))) return false;
  if (h > 23 || m > 59 || sec > 60) return false;
  dt->hour = h;
  dt->minute = m;
  dt->second = sec == 60 ? 59 : sec;
  dt->precision = DatePrecision::kMinute;
  return true;
}

}  // namespace

bool ParseIso8601(std::string_view s, DateTime* out) {
  DateTime dt;
  if (!Digits(s, 0, 4, &dt.year)) return false;
  dt.precision = DatePrecision::kYear;
  if (s.size() > 4) {
    if (s[4] != '-' || !Digits(s, 5, 2, &dt.month)) return false;
    if (dt.month < 1 || dt.month > 12) return false;
    dt.precision = DatePrecision::kMonth;
  }
  if (s.size() > 7) {
    if (s[7] != '-' || !Digits(s, 8, 2, &dt.day)) return false;
    // Year 0000 is allowed here (ISO 8601's 1 BC), so check the day directly.
    if (dt.day < 1 || dt.day > DaysInMonth(dt.year, dt.month)) return false;
    dt.precision = DatePrecision::kDay;
  }
  if (s.size() > 10) {
    if (s[10] != 'T' && s[10] != ' ') return false;
    if (!ParseTime(s, 11, &dt)) return false;
  }
  *out = dt;
  return true;
}

bool ParseIsoWeek(std::string_view s, IsoWeek* out) {
  IsoWeek w;
  if (!Digits(s, 0, 4, &w.year)) return false;
  size_t pos = 4;
  if (pos < s.size() && s[pos] == '-') ++pos;
  if (pos >= s.size() || s[pos] != 'W') return false;
  if (s.size() != pos + 3 || !Digits(s, pos + 1, 2, &w.week)) return false;
  if (!IsValidIsoWeek(w)) return false;
  *out = w;
  return true;
}

}  // namespace annalist
