#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "annalist/datetime.h"

namespace annalist {
namespace {

// The plain reference: the next calendar day by the rules a person uses.
YearMonthDay NextDay(YearMonthDay d) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  const int last = d.month == 2 && leap ? 29 : kDays[d.month - 1];
  if (++d.day > last) {
    d.day = 1;
    if (++d.month > 12) {
      d.month = 1;
      ++d.year;
    }
  }
  return d;
}

TEST(CivilDays, MatchCountingOneDayAtATime) {
  // 1600-01-01 is 135,140 days before 1970-01-01.
  YearMonthDay d{1600, 1, 1};
  CivilDay n = DaysFromCivil(d);
  ASSERT_EQ(n, -135140);
  int leap_days = 0;
  while (!(d == YearMonthDay{2401, 1, 1})) {
    ASSERT_EQ(DaysFromCivil(d), n) << d.year << "-" << d.month << "-" << d.day;
    ASSERT_EQ(CivilFromDays(n), d) << n;
    ASSERT_TRUE(IsValidDate(d.year, d.month, d.day));
    leap_days += d.month == 2 && d.day == 29;
    d = NextDay(d);
    ++n;
  }
  // 801 years, 195 of them leap years (1700, 1800, 1900, 2100, 2200, 2300
  // are not; 1600, 2000, 2400 are).
  EXPECT_EQ(leap_days, 195);
  EXPECT_EQ(n - DaysFromCivil(1600, 1, 1), 801 * 365 + 195);
}

TEST(CivilDays, KnownDays) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(1969, 12, 31), -1);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1) - DaysFromCivil(2000, 2, 28), 2);
  EXPECT_EQ(DaysFromCivil(1900, 3, 1) - DaysFromCivil(1900, 2, 28), 1);
  EXPECT_EQ(DaysFromCivil(2100, 3, 1) - DaysFromCivil(2100, 2, 28), 1);
  EXPECT_EQ(DaysFromCivil(1, 1, 1), -719162);
  EXPECT_EQ(CivilFromDays(-719162), (YearMonthDay{1, 1, 1}));
  EXPECT_EQ(CivilFromDays(DaysFromCivil(9999, 12, 31)), (YearMonthDay{9999, 12, 31}));
  // A day past the month's end counts on.
  EXPECT_EQ(CivilFromDays(DaysFromCivil(2026, 2, 31)), (YearMonthDay{2026, 3, 3}));
}

TEST(CivilDays, LeapYearsAndMonthEnds) {
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_TRUE(IsLeapYear(2400));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_FALSE(IsLeapYear(2100));
  EXPECT_FALSE(IsLeapYear(2026));
  EXPECT_EQ(DaysInYear(2000), 366);
  EXPECT_EQ(DaysInYear(1900), 365);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2100, 2), 28);
  EXPECT_EQ(DaysInMonth(2026, 4), 30);
  EXPECT_EQ(DaysInMonth(2026, 12), 31);
  EXPECT_EQ(DaysInMonth(2026, 0), 0);
  EXPECT_EQ(DaysInMonth(2026, 13), 0);
  EXPECT_TRUE(IsValidDate(2026, 1, 31));
  EXPECT_FALSE(IsValidDate(2026, 1, 32));
  EXPECT_FALSE(IsValidDate(2026, 0, 1));
  EXPECT_FALSE(IsValidDate(0, 1, 1));
  EXPECT_TRUE(IsValidDate(2400, 2, 29));
  EXPECT_FALSE(IsValidDate(2100, 2, 29));
  EXPECT_FALSE(IsValidDate(2026, 4, 31));
}

TEST(CivilDays, AddMonthsClampsToTheMonthEnd) {
  EXPECT_EQ(AddMonths({2024, 1, 31}, 1), (YearMonthDay{2024, 2, 29}));
  EXPECT_EQ(AddMonths({2023, 1, 31}, 1), (YearMonthDay{2023, 2, 28}));
  EXPECT_EQ(AddMonths({2024, 2, 29}, 12), (YearMonthDay{2025, 2, 28}));
  EXPECT_EQ(AddMonths({2000, 2, 29}, -1200), (YearMonthDay{1900, 2, 28}));
  EXPECT_EQ(AddMonths({2026, 3, 31}, -1), (YearMonthDay{2026, 2, 28}));
  EXPECT_EQ(AddMonths({2026, 1, 15}, -1), (YearMonthDay{2025, 12, 15}));
  EXPECT_EQ(AddMonths({2026, 12, 15}, 1), (YearMonthDay{2027, 1, 15}));
  EXPECT_EQ(AddMonths({1, 1, 1}, -1), (YearMonthDay{0, 12, 1}));
  // Against stepping one month at a time, both ways, for every start month
  // of 1999-2001 and the first, 28th, 30th and 31st of it.
  for (int y = 1999; y <= 2001; ++y) {
    for (int m = 1; m <= 12; ++m) {
      for (int d : {1, 28, 30, 31}) {
        if (!IsValidDate(y, m, d)) continue;
        YearMonthDay forward{y, m, 1}, back{y, m, 1};
        for (int n = 0; n <= 60; ++n) {
          const int want_f = std::min(d, DaysInMonth(forward.year, forward.month));
          const int want_b = std::min(d, DaysInMonth(back.year, back.month));
          ASSERT_EQ(AddMonths({y, m, d}, n), (YearMonthDay{forward.year, forward.month, want_f}));
          ASSERT_EQ(AddMonths({y, m, d}, -n), (YearMonthDay{back.year, back.month, want_b}));
          if (++forward.month > 12) forward = {forward.year + 1, 1, 1};
          if (--back.month < 1) back = {back.year - 1, 12, 1};
        }
      }
    }
  }
}

TEST(CivilDays, DateTimeConversions) {
  DateTime dt;
  dt.year = 2026;
  dt.month = 3;
  dt.day = 2;
  dt.hour = 14;
  dt.precision = DatePrecision::kMinute;
  EXPECT_EQ(CivilDayOf(dt), DaysFromCivil(2026, 3, 2));
  // TABARI time shifts: a day back over a year end and a leap day.
  EXPECT_EQ(DateOfDay(DaysFromCivil(2000, 1, 1) - 1).ToIso(), "1999-12-31");
  EXPECT_EQ(DateOfDay(DaysFromCivil(2000, 2, 28) + 1).ToIso(), "2000-02-29");
  EXPECT_EQ(DateOfDay(DaysFromCivil(1900, 2, 28) + 1).ToIso(), "1900-03-01");
  EXPECT_EQ(DateOfDay(0).precision, DatePrecision::kDay);
}

TEST(Weeks, DayOfWeek) {
  EXPECT_EQ(DayOfWeek(DaysFromCivil(1970, 1, 1)), Weekday::kThursday);
  EXPECT_EQ(DayOfWeek(DaysFromCivil(2026, 3, 2)), Weekday::kMonday);
  EXPECT_EQ(DayOfWeek(DaysFromCivil(2000, 1, 1)), Weekday::kSaturday);
  EXPECT_EQ(DayOfWeek(DaysFromCivil(1600, 1, 1)), Weekday::kSaturday);
  EXPECT_EQ(DayOfWeek(DaysFromCivil(1969, 12, 28)), Weekday::kSunday);
  // Every day is one weekday after the day before, negative days included.
  for (CivilDay d = -1000; d < 1000; ++d) {
    ASSERT_EQ(static_cast<int>(DayOfWeek(d + 1)), static_cast<int>(DayOfWeek(d)) % 7 + 1);
  }
}

// The reference for ISO weeks: walk every day, starting a new week each
// Monday and a new week-year at the Monday of the week holding 4 January.
TEST(Weeks, IsoWeeksMatchWalkingEveryDay) {
  CivilDay day = DaysFromCivil(1600, 1, 3);  // a Monday, in 1600-W01
  ASSERT_EQ(DayOfWeek(day), Weekday::kMonday);
  IsoWeek want{1600, 1};
  int weeks_53 = 0;
  for (; day < DaysFromCivil(2401, 1, 1); ++day) {
    if (DayOfWeek(day) == Weekday::kMonday && day != DaysFromCivil(1600, 1, 3)) {
      const YearMonthDay thursday = CivilFromDays(day + 3);
      if (thursday.year != want.year) {
        ASSERT_EQ(IsoWeeksInYear(want.year), want.week) << want.year;
        weeks_53 += want.week == 53;
        want = IsoWeek{thursday.year, 1};
        ASSERT_EQ(IsoWeekMonday(want), day) << want.year;
      } else {
        ++want.week;
      }
    }
    ASSERT_EQ(IsoWeekOf(day), want) << FormatIsoDay(day);
  }
  // 71 of every 400 years have 53 weeks; 1600-2399 is two cycles.
  EXPECT_EQ(weeks_53, 142);
}

TEST(Weeks, Boundaries) {
  EXPECT_EQ(IsoWeekOf(DaysFromCivil(2026, 1, 1)), (IsoWeek{2026, 1}));
  EXPECT_EQ(IsoWeekOf(DaysFromCivil(2025, 12, 29)), (IsoWeek{2026, 1}));
  EXPECT_EQ(IsoWeekOf(DaysFromCivil(2025, 12, 28)), (IsoWeek{2025, 52}));
  EXPECT_EQ(IsoWeekOf(DaysFromCivil(2021, 1, 3)), (IsoWeek{2020, 53}));
  EXPECT_EQ(IsoWeekOf(DaysFromCivil(2021, 1, 4)), (IsoWeek{2021, 1}));
  EXPECT_EQ(IsoWeekOf(DaysFromCivil(2026, 12, 31)), (IsoWeek{2026, 53}));
  EXPECT_EQ(IsoWeekOf(DaysFromCivil(2027, 1, 3)), (IsoWeek{2026, 53}));
  EXPECT_EQ(IsoWeekOf(DaysFromCivil(2008, 12, 29)), (IsoWeek{2009, 1}));
  EXPECT_EQ(IsoWeeksInYear(2015), 53);  // starts on a Thursday
  EXPECT_EQ(IsoWeeksInYear(2020), 53);  // leap year starting on a Wednesday
  EXPECT_EQ(IsoWeeksInYear(2026), 53);
  EXPECT_EQ(IsoWeeksInYear(2021), 52);
  EXPECT_EQ(IsoWeeksInYear(2019), 52);  // starts on a Tuesday
  EXPECT_EQ(IsoWeeksInYear(2032), 53);  // leap, starts on a Thursday
  EXPECT_EQ(IsoWeeksInYear(2008), 52);  // leap, starts on a Tuesday
  EXPECT_TRUE(IsValidIsoWeek({2026, 53}));
  EXPECT_FALSE(IsValidIsoWeek({2021, 53}));
  EXPECT_FALSE(IsValidIsoWeek({2026, 0}));
  EXPECT_EQ(FormatIsoDay(IsoWeekMonday({2026, 1})), "2025-12-29");
  EXPECT_EQ(FormatIsoDay(IsoWeekMonday({2020, 53})), "2020-12-28");
  EXPECT_EQ(FormatIsoDay(IsoWeekMonday({2026, 10})), "2026-03-02");
}

TEST(Periods, FirstAndLastDays) {
  auto first = [](Period p, int y, int m, int d) {
    return FormatIsoDay(FirstDayOf(p, DaysFromCivil(y, m, d)));
  };
  auto last = [](Period p, int y, int m, int d) {
    return FormatIsoDay(LastDayOf(p, DaysFromCivil(y, m, d)));
  };
  EXPECT_EQ(first(Period::kDay, 2026, 3, 4), "2026-03-04");
  EXPECT_EQ(last(Period::kDay, 2026, 3, 4), "2026-03-04");
  // Weeks run Monday to Sunday, across month and year ends.
  EXPECT_EQ(first(Period::kWeek, 2026, 3, 4), "2026-03-02");
  EXPECT_EQ(last(Period::kWeek, 2026, 3, 4), "2026-03-08");
  EXPECT_EQ(first(Period::kWeek, 2026, 3, 2), "2026-03-02");
  EXPECT_EQ(last(Period::kWeek, 2026, 3, 8), "2026-03-08");
  EXPECT_EQ(first(Period::kWeek, 2026, 1, 1), "2025-12-29");
  EXPECT_EQ(last(Period::kWeek, 2026, 12, 31), "2027-01-03");
  EXPECT_EQ(first(Period::kMonth, 2000, 2, 15), "2000-02-01");
  EXPECT_EQ(last(Period::kMonth, 2000, 2, 15), "2000-02-29");
  EXPECT_EQ(last(Period::kMonth, 1900, 2, 1), "1900-02-28");
  EXPECT_EQ(last(Period::kMonth, 2100, 2, 1), "2100-02-28");
  EXPECT_EQ(last(Period::kMonth, 2026, 4, 30), "2026-04-30");
  EXPECT_EQ(last(Period::kMonth, 2026, 12, 1), "2026-12-31");
  EXPECT_EQ(first(Period::kQuarter, 2026, 3, 31), "2026-01-01");
  EXPECT_EQ(last(Period::kQuarter, 2026, 3, 31), "2026-03-31");
  EXPECT_EQ(first(Period::kQuarter, 2026, 5, 9), "2026-04-01");
  EXPECT_EQ(last(Period::kQuarter, 2026, 5, 9), "2026-06-30");
  EXPECT_EQ(last(Period::kQuarter, 2026, 8, 9), "2026-09-30");
  EXPECT_EQ(first(Period::kQuarter, 2026, 12, 31), "2026-10-01");
  EXPECT_EQ(last(Period::kQuarter, 2026, 10, 1), "2026-12-31");
  EXPECT_EQ(first(Period::kYear, 2026, 7, 4), "2026-01-01");
  EXPECT_EQ(last(Period::kYear, 2026, 7, 4), "2026-12-31");
}

TEST(Periods, EveryDayLiesInsideItsPeriods) {
  for (CivilDay d = DaysFromCivil(1999, 1, 1); d < DaysFromCivil(2002, 1, 1); ++d) {
    for (Period p :
         {Period::kDay, Period::kWeek, Period::kMonth, Period::kQuarter, Period::kYear}) {
      const CivilDay f = FirstDayOf(p, d), l = LastDayOf(p, d);
      ASSERT_LE(f, d);
      ASSERT_GE(l, d);
      ASSERT_EQ(FirstDayOf(p, l), f);
      ASSERT_EQ(LastDayOf(p, f), l);
      // The day before the first ends the period before; the day after the
      // last starts the next one.
      ASSERT_EQ(LastDayOf(p, f - 1), f - 1);
      ASSERT_EQ(FirstDayOf(p, l + 1), l + 1);
    }
  }
}

TEST(Periods, DaysCoveredByADateTime) {
  auto covered = [](std::string_view iso) {
    DateTime dt;
    if (!ParseIso8601(iso, &dt)) return std::string("BAD");
    CivilDay f = 0, l = 0;
    if (!DaysCovered(dt, &f, &l)) return std::string("NONE");
    return FormatIsoDay(f) + ".." + FormatIsoDay(l);
  };
  EXPECT_EQ(covered("2026"), "2026-01-01..2026-12-31");
  EXPECT_EQ(covered("2024-02"), "2024-02-01..2024-02-29");
  EXPECT_EQ(covered("1900-02"), "1900-02-01..1900-02-28");
  EXPECT_EQ(covered("2026-03-02"), "2026-03-02..2026-03-02");
  EXPECT_EQ(covered("2026-03-02T23:59:59"), "2026-03-02..2026-03-02");
  CivilDay f = 7, l = 7;
  EXPECT_FALSE(DaysCovered(DateTime{}, &f, &l));
  DateTime bad;
  bad.year = 2026;
  bad.month = 13;
  bad.precision = DatePrecision::kMonth;
  EXPECT_FALSE(DaysCovered(bad, &f, &l));
  EXPECT_EQ(f, 7);
}

}  // namespace
}  // namespace annalist
