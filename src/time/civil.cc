// Civil days, weeks and periods of the proleptic Gregorian calendar.
//
// Day numbers use H. Hinnant's days_from_civil / civil_from_days
// (http://howardhinnant.github.io/date_algorithms.html): the year is shifted
// to start in March, so the leap day is the last day of a shifted year, and
// counted in 400-year eras of 146,097 days. civil_test.cc checks both
// directions against counting days one at a time.
#include <algorithm>
#include <cstdio>

#include "annalist/datetime.h"

namespace annalist {

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInYear(int year) { return IsLeapYear(year) ? 366 : 365; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && day >= 1 && day <= DaysInMonth(year, month);
}

CivilDay DaysFromCivil(int year, int month, int day) {
  const int64_t y = static_cast<int64_t>(year) - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;                          // [0, 399]
  const int64_t mp = (month + 9) % 12;                        // March = 0
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;           // [0, 365]
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;  // [0, 146096]
  return era * 146097 + doe - 719468;                         // 719468: 0000-03-01 to 1970-01-01
}

CivilDay DaysFromCivil(const YearMonthDay& ymd) {
  return DaysFromCivil(ymd.year, ymd.month, ymd.day);
}

YearMonthDay CivilFromDays(CivilDay day) {
  const int64_t z = day + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;                                       // [0, 146096]
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
  const int64_t mp = (5 * doy + 2) / 153;                                     // [0, 11]
  YearMonthDay out;
  out.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  out.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  out.year = static_cast<int>(yoe + era * 400 + (out.month <= 2 ? 1 : 0));
  return out;
}

YearMonthDay AddMonths(const YearMonthDay& ymd, int months) {
  // Months since year 0, moved, then split back (floor division).
  const int64_t index = static_cast<int64_t>(ymd.year) * 12 + (ymd.month - 1) + months;
  const int64_t year = index >= 0 ? index / 12 : (index - 11) / 12;
  YearMonthDay out;
  out.year = static_cast<int>(year);
  out.month = static_cast<int>(index - year * 12) + 1;
  out.day = std::min(ymd.day, DaysInMonth(out.year, out.month));
  return out;
}

CivilDay CivilDayOf(const DateTime& dt) { return DaysFromCivil(dt.year, dt.month, dt.day); }

DateTime DateOfDay(CivilDay day) {
  const YearMonthDay ymd = CivilFromDays(day);
  DateTime out;
  out.year = ymd.year;
  out.month = ymd.month;
  out.day = ymd.day;
  out.precision = DatePrecision::kDay;
  return out;
}

Weekday DayOfWeek(CivilDay day) {
  // 1970-01-01 was a Thursday (4).
  const int64_t from_thursday = ((day % 7) + 7) % 7;
  return static_cast<Weekday>((from_thursday + 3) % 7 + 1);
}

namespace {

CivilDay MondayOf(CivilDay day) { return day - (static_cast<int>(DayOfWeek(day)) - 1); }

// The Monday of week 1: the week that holds 4 January.
CivilDay FirstIsoMonday(int year) { return MondayOf(DaysFromCivil(year, 1, 4)); }

}  // namespace

IsoWeek IsoWeekOf(CivilDay day) {
  // A week belongs to the year its Thursday is in.
  const CivilDay thursday = MondayOf(day) + 3;
  const int year = CivilFromDays(thursday).year;
  const CivilDay jan1 = DaysFromCivil(year, 1, 1);
  return IsoWeek{year, static_cast<int>((thursday - jan1) / 7) + 1};
}

int IsoWeeksInYear(int year) {
  // 28 December is always in the last week of its year.
  return IsoWeekOf(DaysFromCivil(year, 12, 28)).week;
}

bool IsValidIsoWeek(const IsoWeek& week) {
  return week.week >= 1 && week.week <= IsoWeeksInYear(week.year);
}

CivilDay IsoWeekMonday(const IsoWeek& week) {
  return FirstIsoMonday(week.year) + 7 * static_cast<int64_t>(week.week - 1);
}

CivilDay FirstDayOf(Period period, CivilDay day) {
  const YearMonthDay ymd = CivilFromDays(day);
  switch (period) {
    case Period::kDay:
      return day;
    case Period::kWeek:
      return MondayOf(day);
    case Period::kMonth:
      return DaysFromCivil(ymd.year, ymd.month, 1);
    case Period::kQuarter:
      return DaysFromCivil(ymd.year, (ymd.month - 1) / 3 * 3 + 1, 1);
    case Period::kYear:
      return DaysFromCivil(ymd.year, 1, 1);
  }
  return day;
}

CivilDay LastDayOf(Period period, CivilDay day) {
  const YearMonthDay ymd = CivilFromDays(day);
  switch (period) {
    case Period::kDay:
      return day;
    case Period::kWeek:
      return MondayOf(day) + 6;
    case Period::kMonth:
      return DaysFromCivil(ymd.year, ymd.month, DaysInMonth(ymd.year, ymd.month));
    case Period::kQuarter: {
      const int last_month = (ymd.month - 1) / 3 * 3 + 3;
      return DaysFromCivil(ymd.year, last_month, DaysInMonth(ymd.year, last_month));
    }
    case Period::kYear:
      return DaysFromCivil(ymd.year, 12, 31);
  }
  return day;
}

bool DaysCovered(const DateTime& dt, CivilDay* first, CivilDay* last) {
  CivilDay f = 0;
  Period p = Period::kDay;
  switch (dt.precision) {
    case DatePrecision::kNone:
      return false;
    case DatePrecision::kYear:
      f = DaysFromCivil(dt.year, 1, 1);
      p = Period::kYear;
      break;
    case DatePrecision::kMonth:
      if (DaysInMonth(dt.year, dt.month) == 0) return false;
      f = DaysFromCivil(dt.year, dt.month, 1);
      p = Period::kMonth;
      break;
    case DatePrecision::kDay:
    case DatePrecision::kMinute:
      if (dt.day < 1 || dt.day > DaysInMonth(dt.year, dt.month)) return false;
      f = CivilDayOf(dt);
      break;
  }
  *first = f;
  *last = LastDayOf(p, f);
  return true;
}

std::string FormatIsoDay(CivilDay day) {
  const YearMonthDay ymd = CivilFromDays(day);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", ymd.year, ymd.month, ymd.day);
  return buf;
}

std::string FormatIsoWeek(const IsoWeek& week) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", week.year, week.week);
  return buf;
}

}  // namespace annalist
