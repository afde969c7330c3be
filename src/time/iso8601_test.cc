#include <gtest/gtest.h>

#include <string>

#include "annalist/datetime.h"

namespace annalist {
namespace {

// Parses `s` strictly and returns its ISO form, or "FAIL".
std::string Iso(std::string_view s) {
  DateTime dt;
  if (!ParseIso8601(s, &dt)) return "FAIL";
  return dt.ToIso();
}

TEST(ParseIso8601, Forms) {
  EXPECT_EQ(Iso("2026"), "2026");
  EXPECT_EQ(Iso("2026-03"), "2026-03");
  EXPECT_EQ(Iso("2026-03-02"), "2026-03-02");
  EXPECT_EQ(Iso("2026-03-02T14:05"), "2026-03-02T14:05:00");
  EXPECT_EQ(Iso("2026-03-02T14:05:09"), "2026-03-02T14:05:09");
  EXPECT_EQ(Iso("2026-03-02 14:05:09"), "2026-03-02T14:05:09");
  EXPECT_EQ(Iso("2026-03-02T14:05:09.123"), "2026-03-02T14:05:09");
  EXPECT_EQ(Iso("2026-03-02T14:05:09Z"), "2026-03-02T14:05:09");
  EXPECT_EQ(Iso("2026-03-02T14:05Z"), "2026-03-02T14:05:00");
  EXPECT_EQ(Iso("2026-03-02T14:05:09+02:00"), "2026-03-02T14:05:09");
  EXPECT_EQ(Iso("2026-03-02T14:05:09-0530"), "2026-03-02T14:05:09");
  EXPECT_EQ(Iso("2026-03-02T14:05:09.5+01"), "2026-03-02T14:05:09");
  EXPECT_EQ(Iso("2026-12-31T23:59:60Z"), "2026-12-31T23:59:59");
  EXPECT_EQ(Iso("0000"), "0000");
}

TEST(ParseIso8601, PrecisionFollowsTheForm) {
  DateTime dt;
  ASSERT_TRUE(ParseIso8601("2026-03", &dt));
  EXPECT_EQ(dt.precision, DatePrecision::kMonth);
  EXPECT_EQ(dt.day, 0);
  ASSERT_TRUE(ParseIso8601("2026-03-02T07:08:09", &dt));
  EXPECT_EQ(dt.precision, DatePrecision::kMinute);
  EXPECT_EQ(dt.hour, 7);
  EXPECT_EQ(dt.minute, 8);
  EXPECT_EQ(dt.second, 9);
}

TEST(ParseIso8601, RejectsWhatIsNotStrictIso) {
  DateTime dt;
  dt.year = 7;
  for (std::string_view bad : {"",
                               "202",
                               "20260",
                               "2026-3",
                               "2026-03-2",
                               "2026/03/02",
                               "20260302",
                               "2026-13",
                               "2026-00",
                               "2026-02-29",
                               "2025-02-29",
                               "1900-02-29",
                               "2026-04-31",
                               "2026-03-02T",
                               "2026-03-02T24:00",
                               "2026-03-02T12:60",
                               "2026-03-02T12:05:61",
                               "2026-03-02T1:05",
                               "2026-03-02X12:05",
                               "2026-03-02T12:05:09.",
                               "2026-03-02T12:05+2",
                               "2026-03-02T12:05+25",
                               "2026-03-02T12:05:09 Z",
                               "2026-03-02T12:05:09+02:00x",
                               " 2026",
                               "2026 ",
                               "March 2026",
                               "2026-W09"}) {
    EXPECT_FALSE(ParseIso8601(bad, &dt)) << bad;
  }
  EXPECT_EQ(dt.year, 7);  // untouched on failure
}

TEST(ParseIso8601, LeapDays) {
  EXPECT_EQ(Iso("2000-02-29"), "2000-02-29");
  EXPECT_EQ(Iso("2024-02-29"), "2024-02-29");
  EXPECT_EQ(Iso("2400-02-29"), "2400-02-29");
  EXPECT_EQ(Iso("2100-02-29"), "FAIL");
}

// Every day from 1600 to 2400 formats and parses back to itself, at day and
// at minute precision; every month parses back at month precision.
TEST(ParseIso8601, RoundTripsEveryDay) {
  for (CivilDay d = DaysFromCivil(1600, 1, 1); d <= DaysFromCivil(2400, 12, 31); ++d) {
    const DateTime day = DateOfDay(d);
    const std::string text = FormatIsoDay(d);
    ASSERT_EQ(day.ToIso(), text);
    DateTime back;
    ASSERT_TRUE(ParseIso8601(text, &back)) << text;
    ASSERT_EQ(back, day) << text;
    DateTime minute = day;
    minute.hour = static_cast<int>(d % 24 + 24) % 24;
    minute.minute = static_cast<int>(d % 60 + 60) % 60;
    minute.second = static_cast<int>(d % 59 + 59) % 59;
    minute.precision = DatePrecision::kMinute;
    ASSERT_TRUE(ParseIso8601(minute.ToIso(), &back)) << minute.ToIso();
    ASSERT_EQ(back, minute);
    if (day.day == 1) {
      DateTime month;
      month.year = day.year;
      month.month = day.month;
      month.precision = DatePrecision::kMonth;
      ASSERT_TRUE(ParseIso8601(month.ToIso(), &back));
      ASSERT_EQ(back, month);
    }
  }
}

TEST(IsoWeeks, ParseAndFormat) {
  IsoWeek w;
  ASSERT_TRUE(ParseIsoWeek("2026-W09", &w));
  EXPECT_EQ(w, (IsoWeek{2026, 9}));
  ASSERT_TRUE(ParseIsoWeek("2020W53", &w));
  EXPECT_EQ(w, (IsoWeek{2020, 53}));
  EXPECT_EQ(FormatIsoWeek({2026, 9}), "2026-W09");
  EXPECT_EQ(FormatIsoWeek({2026, 53}), "2026-W53");
  w = IsoWeek{7, 7};
  for (std::string_view bad : {"", "2026", "2026-W", "2026-W9", "2026-W009", "2026-W00", "2021-W53",
                               "2026-W54", "2026-w09", "2026-09", "2026-W09-1", " 2026-W09"}) {
    EXPECT_FALSE(ParseIsoWeek(bad, &w)) << bad;
  }
  EXPECT_EQ(w, (IsoWeek{7, 7}));
}

// Every ISO week of 1600-2400 formats, parses back, and its Monday lies in
// it; the week after its Sunday is the next week.
TEST(IsoWeeks, RoundTripsEveryWeek) {
  for (int year = 1600; year <= 2400; ++year) {
    const int weeks = IsoWeeksInYear(year);
    for (int n = 1; n <= weeks; ++n) {
      const IsoWeek week{year, n};
      IsoWeek back;
      ASSERT_TRUE(ParseIsoWeek(FormatIsoWeek(week), &back));
      ASSERT_EQ(back, week);
      const CivilDay monday = IsoWeekMonday(week);
      ASSERT_EQ(DayOfWeek(monday), Weekday::kMonday);
      ASSERT_EQ(IsoWeekOf(monday), week);
      ASSERT_EQ(IsoWeekOf(monday + 6), week);
      const IsoWeek next = n < weeks ? IsoWeek{year, n + 1} : IsoWeek{year + 1, 1};
      ASSERT_EQ(IsoWeekOf(monday + 7), next);
    }
  }
}

}  // namespace
}  // namespace annalist
