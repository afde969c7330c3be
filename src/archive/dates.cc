#include "archive/dates.h"

#include <cstdio>

namespace annalist::archive {

namespace {

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

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string Day(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

bool ParseIso(std::string_view s, DateTime* out) {
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
    if (dt.day < 1 || dt.day > DaysInMonth(dt.year, dt.month)) return false;
    dt.precision = DatePrecision::kDay;
  }
  if (s.size() > 10) {
    if ((s[10] != 'T' && s[10] != ' ') || !Digits(s, 11, 2, &dt.hour) ||
        s.size() < 16 || s[13] != ':' || !Digits(s, 14, 2, &dt.minute)) {
      return false;
    }
    size_t next = 16;
    if (s.size() > 16 && s[16] == ':') {
      if (!Digits(s, 17, 2, &dt.second)) return false;
      next = 19;
    }
    if (dt.hour > 23 || dt.minute > 59 || dt.second > 60) return false;
    // A zone designator is accepted and ignored (times are as written).
    std::string_view rest = s.substr(next);
    if (!rest.empty() && rest != "Z" && rest[0] != '+' && rest[0] != '-' &&
        rest[0] != '.') {
      return false;
    }
    dt.precision = DatePrecision::kMinute;
  }
  *out = dt;
  return true;
}

std::string FirstDay(const DateTime& dt) {
  switch (dt.precision) {
    case DatePrecision::kNone:
      return "";
    case DatePrecision::kYear:
      return Day(dt.year, 1, 1);
    case DatePrecision::kMonth:
      return Day(dt.year, dt.month, 1);
    case DatePrecision::kDay:
    case DatePrecision::kMinute:
      return Day(dt.year, dt.month, dt.day);
  }
  return "";
}

std::string LastDay(const DateTime& dt) {
  switch (dt.precision) {
    case DatePrecision::kNone:
      return "";
    case DatePrecision::kYear:
      return Day(dt.year, 12, 31);
    case DatePrecision::kMonth:
      if (dt.month < 1 || dt.month > 12) return Day(dt.year, dt.month, 31);
      return Day(dt.year, dt.month, DaysInMonth(dt.year, dt.month));
    case DatePrecision::kDay:
    case DatePrecision::kMinute:
      return Day(dt.year, dt.month, dt.day);
  }
  return "";
}

Result<std::string> DateBound(std::string_view text, bool is_end,
                              std::string_view what) {
  DateTime dt;
  if (!ParseIso(text, &dt)) {
    return Status::InvalidArgument(
        std::string(what) + ": '" + std::string(text) +
        "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  return is_end ? LastDay(dt) : FirstDay(dt);
}

}  // namespace annalist::archive
