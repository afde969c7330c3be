// Civil dates: the one place in annalist that does calendar arithmetic.
//
//   * civil days: a day of the proleptic Gregorian calendar as a count of
//     days, with conversions to and from year-month-day;
//   * weeks (ISO 8601: Monday first, week 1 holds the year's first Thursday)
//     and the first and last day of a week, month, quarter and year;
//   * ISO 8601 text, strict (what annalist itself writes and a user types);
//   * publication dates in the many ways feeds and archives write them;
//   * the compact forms of TABARI and PETRARCH (yymmdd, yyyymmdd) and one
//     documented two-digit-year rule per source format (docs/time.md).
//
// Every function here is pure and thread-safe; none allocates except those
// returning std::string. Parsers report failure by returning false and leave
// their output untouched; nothing throws.
#ifndef ANNALIST_DATETIME_H_
#define ANNALIST_DATETIME_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "annalist/document.h"

namespace annalist {

// ---------------------------------------------------------------------------
// Civil days

// A year, month (1-12) and day (1-31) of the proleptic Gregorian calendar.
struct YearMonthDay {
  int year = 0;
  int month = 0;
  int day = 0;
  friend bool operator==(const YearMonthDay&, const YearMonthDay&) = default;
};

// True for years divisible by 4, except centuries not divisible by 400
// (2000 and 2400 are leap years, 1900 and 2100 are not).
bool IsLeapYear(int year);
// 365 or 366.
int DaysInYear(int year);
// 28-31; 0 when `month` is not 1-12.
int DaysInMonth(int year, int month);
// True when year-month-day is a real calendar date with year >= 1.
bool IsValidDate(int year, int month, int day);

// A civil day: days since 1970-01-01 (day 0), negative before. Adding n to a
// civil day moves n days; subtracting two gives the days between them.
using CivilDay = int64_t;

// The civil day of year-month-day. Month must be 1-12; a day past the end of
// the month counts on into the next (2026-02-31 is 2026-03-03), so callers
// that need a real date check IsValidDate first. Any year (0 is 1 BC).
CivilDay DaysFromCivil(int year, int month, int day);
CivilDay DaysFromCivil(const YearMonthDay& ymd);
// The inverse: the year-month-day of a civil day.
YearMonthDay CivilFromDays(CivilDay day);

// `ymd` moved by `months` (negative: back), the day kept unless the new
// month is shorter, when it becomes that month's last day: 2024-01-31 plus
// one month is 2024-02-29, 2024-02-29 plus twelve is 2025-02-28.
// Precondition: a real date.
YearMonthDay AddMonths(const YearMonthDay& ymd, int months);

// The civil day of a DateTime known at least to the day (precision kDay or
// kMinute; the time of day is ignored). Precondition: such a precision.
CivilDay CivilDayOf(const DateTime& dt);
// A DateTime of day precision for `day`.
DateTime DateOfDay(CivilDay day);

// ---------------------------------------------------------------------------
// Weeks and periods

// ISO 8601 day numbers: Monday is 1, Sunday is 7.
enum class Weekday : uint8_t {
  kMonday = 1,
  kTuesday,
  kWednesday,
  kThursday,
  kFriday,
  kSaturday,
  kSunday,
};
Weekday DayOfWeek(CivilDay day);

// An ISO 8601 week: the week-numbering year and the week in it (1-53).
// Weeks run Monday to Sunday; week 1 is the week with the year's first
// Thursday, so 2026-W01 starts on 2025-12-29 and 2021-01-03 is in 2020-W53.
struct IsoWeek {
  int year = 0;
  int week = 0;
  friend bool operator==(const IsoWeek&, const IsoWeek&) = default;
};

// The ISO week `day` falls in.
IsoWeek IsoWeekOf(CivilDay day);
// 52 or 53. A year has 53 weeks when it starts on a Thursday, or is a leap
// year starting on a Wednesday (2015, 2020, 2026 do; 2021 does not).
int IsoWeeksInYear(int year);
// True when week is 1..IsoWeeksInYear(year).
bool IsValidIsoWeek(const IsoWeek& week);
// The Monday that starts `week`. Precondition: IsValidIsoWeek(week).
CivilDay IsoWeekMonday(const IsoWeek& week);

// A calendar period that contains a day.
enum class Period : uint8_t {
  kDay,
  kWeek,  // ISO week, Monday to Sunday
  kMonth,
  kQuarter,  // January-March, April-June, July-September, October-December
  kYear,
};
// The first and last day of the `period` that contains `day`.
CivilDay FirstDayOf(Period period, CivilDay day);
CivilDay LastDayOf(Period period, CivilDay day);

// The first and last day a DateTime covers at its precision: "2026" covers
// 2026-01-01..2026-12-31, "2026-02" 2026-02-01..2026-02-28, a day or a time
// that day only. False (outputs untouched) when `dt` is unknown or names no
// real year, month or day.
bool DaysCovered(const DateTime& dt, CivilDay* first, CivilDay* last);

// ---------------------------------------------------------------------------
// ISO 8601 text

// "YYYY-MM-DD" for a civil day (years outside 0-9999 are written in full).
std::string FormatIsoDay(CivilDay day);
// "YYYY-Www", e.g. "2026-W09".
std::string FormatIsoWeek(const IsoWeek& week);
// A DateTime is formatted by DateTime::ToIso() (include/annalist/document.h).

// Parses ISO 8601 in the extended form annalist writes and users type:
//   "YYYY", "YYYY-MM", "YYYY-MM-DD",
//   "YYYY-MM-DDTHH:MM", "YYYY-MM-DDTHH:MM:SS", with optional fraction
//   (".sss", dropped) and zone ("Z", "+HH", "+HH:MM", "+HHMM", read and
//   dropped: the value is the time as written); a space may replace the 'T'.
// Years 0000-9999. The precision follows from the form; a leap second (:60)
// becomes :59. No surrounding blanks, nothing left over; impossible dates
// ("2025-02-29") and times ("24:00") fail. ToIso() output always parses
// back to the same value.
bool ParseIso8601(std::string_view s, DateTime* out);
// Parses an ISO week "YYYY-Www" (also the basic "YYYYWww"), week
// 01..IsoWeeksInYear. False when malformed or the year has no such week.
bool ParseIsoWeek(std::string_view s, IsoWeek* out);

// ---------------------------------------------------------------------------
// Publication dates

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
// Two-digit years: a TABARI YYMMDD date uses TabariYear (00-30 are
// 2000-2030); every other form uses Rfc2822Year (00-49 are 2000-2049).
//
// Impossible dates fail: "2026-02-30", "2025-02-29", month 13, hour 24.
// Years must be between 1 and 9999.
bool ParsePublished(std::string_view s, DateTime* out);

// ---------------------------------------------------------------------------
// Source formats: two-digit years and compact dates (docs/time.md)

// One rule per source format for a two-digit year `yy` (0-99):
// TABARI record dates and dictionary date restrictions (TABARI manual 6.5.2:
// "Years 00 through 30 are assumed to be 2000 through 2030"): 00-30 are
// 2000-2030, 31-99 are 1931-1999.
int TabariYear(int yy);
// PETRARCH record dates and dictionaries: PETRARCH keeps TABARI's rule.
int PetrarchYear(int yy);
// RFC 2822 (section 4.3) and every other two-digit year in a publication
// date: 00-49 are 2000-2049, 50-99 are 1950-1999.
int Rfc2822Year(int yy);

// Parses a record date of exactly 6 ("YYMMDD", the year expanded by
// `expand_year`, e.g. TabariYear) or 8 ("YYYYMMDD") digits. False unless it
// is a real date.
bool ParseCompactDate(std::string_view digits, int (*expand_year)(int yy), YearMonthDay* out);

// A bound of a dictionary date restriction ("[CODE <YYMMDD]", "[CODE
// >YYYYMMDD]") as a yyyymmdd key; six digits use TabariYear. The month must
// be 1-12; the day may be any of 1-31 whatever the month, because the
// dictionaries write "31" for the end of every month (CountryInfo has
// thousands of "040931"): a key compares correctly all the same.
bool ParseRestrictionDate(std::string_view digits, int32_t* yyyymmdd);
// A "FROM-TO" restriction range, both bounds as above, FROM <= TO. A
// six-digit FROM that only falls after TO because the pivot put it in the
// 2000s is read in the 1900s ("270101-730717" is 1927-01-01..1973-07-17).
bool ParseRestrictionRange(std::string_view from, std::string_view to, int32_t* first,
                           int32_t* last);

// The yyyymmdd key of a date (20260302), an unknown month or day counting
// as 1 (the first day the date covers); 0 when `dt` is unknown.
int32_t ToYyyymmdd(const DateTime& dt);
// The "YYMMDD" TABARI writes: the year modulo 100; parts the precision does
// not know are "00" ("260300" for "2026-03"), and "000000" when unknown.
std::string FormatYymmdd(const DateTime& dt);

}  // namespace annalist

#endif  // ANNALIST_DATETIME_H_
