#include <gtest/gtest.h>

#include <string>

#include "annalist/datetime.h"

namespace annalist {
namespace {

TEST(TwoDigitYears, OneRulePerSourceFormat) {
  // TABARI manual 6.5.2: "Years 00 through 30 are assumed to be 2000 through
  // 2030".
  EXPECT_EQ(TabariYear(0), 2000);
  EXPECT_EQ(TabariYear(30), 2030);
  EXPECT_EQ(TabariYear(31), 1931);
  EXPECT_EQ(TabariYear(99), 1999);
  EXPECT_EQ(PetrarchYear(30), 2030);
  EXPECT_EQ(PetrarchYear(31), 1931);
  // RFC 2822 4.3: 00-49 are 2000-2049, 50-99 are 1950-1999.
  EXPECT_EQ(Rfc2822Year(0), 2000);
  EXPECT_EQ(Rfc2822Year(49), 2049);
  EXPECT_EQ(Rfc2822Year(50), 1950);
  EXPECT_EQ(Rfc2822Year(87), 1987);
  for (int yy = 0; yy < 100; ++yy) {
    EXPECT_EQ(TabariYear(yy) % 100, yy);
    EXPECT_EQ(Rfc2822Year(yy) % 100, yy);
  }
}

std::string Compact(std::string_view s, int (*rule)(int)) {
  YearMonthDay ymd;
  if (!ParseCompactDate(s, rule, &ymd)) return "FAIL";
  return FormatIsoDay(DaysFromCivil(ymd));
}

TEST(CompactDates, RecordDates) {
  EXPECT_EQ(Compact("950131", TabariYear), "1995-01-31");
  EXPECT_EQ(Compact("300615", TabariYear), "2030-06-15");
  EXPECT_EQ(Compact("310615", TabariYear), "1931-06-15");
  EXPECT_EQ(Compact("000229", TabariYear), "2000-02-29");
  EXPECT_EQ(Compact("19920101", TabariYear), "1992-01-01");
  EXPECT_EQ(Compact("080910", PetrarchYear), "2008-09-10");
  EXPECT_EQ(Compact("20080910", PetrarchYear), "2008-09-10");
  EXPECT_EQ(Compact("870226", Rfc2822Year), "1987-02-26");
  // Impossible dates and malformed digits fail.
  for (std::string_view bad : {"010229", "21000229", "950132", "951301", "950100", "00000101",
                               "9501", "9501011", "950101x", "95-01-01", ""}) {
    EXPECT_EQ(Compact(bad, TabariYear), "FAIL") << bad;
  }
}

TEST(CompactDates, RestrictionBounds) {
  int32_t key = 7;
  ASSERT_TRUE(ParseRestrictionDate("920101", &key));
  EXPECT_EQ(key, 19920101);
  ASSERT_TRUE(ParseRestrictionDate("300101", &key));
  EXPECT_EQ(key, 20300101);
  ASSERT_TRUE(ParseRestrictionDate("18970101", &key));
  EXPECT_EQ(key, 18970101);
  // "31" ends every month in the dictionaries (CountryInfo: 030101-040931).
  ASSERT_TRUE(ParseRestrictionDate("040931", &key));
  EXPECT_EQ(key, 20040931);
  key = 7;
  for (std::string_view bad : {"041301", "040032", "040100", "04093", "0409311", "04O931", ""}) {
    EXPECT_FALSE(ParseRestrictionDate(bad, &key)) << bad;
  }
  EXPECT_EQ(key, 7);
}

TEST(CompactDates, RestrictionRanges) {
  int32_t from = 0, to = 0;
  ASSERT_TRUE(ParseRestrictionRange("600101", "651231", &from, &to));
  EXPECT_EQ(from, 19600101);
  EXPECT_EQ(to, 19651231);
  ASSERT_TRUE(ParseRestrictionRange("990101", "000101", &from, &to));
  EXPECT_EQ(from, 19990101);
  EXPECT_EQ(to, 20000101);
  // The pivot would start this range in 2027; it means 1927.
  ASSERT_TRUE(ParseRestrictionRange("270101", "730717", &from, &to));
  EXPECT_EQ(from, 19270101);
  EXPECT_EQ(to, 19730717);
  ASSERT_TRUE(ParseRestrictionRange("18970101", "450703", &from, &to));
  EXPECT_EQ(from, 18970101);
  EXPECT_EQ(to, 19450703);
  from = to = 7;
  // An eight-digit start is never moved; an end before the start fails.
  EXPECT_FALSE(ParseRestrictionRange("20270101", "730717", &from, &to));
  EXPECT_FALSE(ParseRestrictionRange("730717", "720101", &from, &to));
  EXPECT_FALSE(ParseRestrictionRange("730717", "72010", &from, &to));
  EXPECT_EQ(from, 7);
  EXPECT_EQ(to, 7);
}

DateTime Date(int y, int m, int d, DatePrecision p) {
  DateTime dt;
  dt.year = y;
  dt.month = m;
  dt.day = d;
  dt.precision = p;
  return dt;
}

TEST(CompactDates, YyyymmddKeys) {
  EXPECT_EQ(ToYyyymmdd(Date(2026, 3, 2, DatePrecision::kDay)), 20260302);
  EXPECT_EQ(ToYyyymmdd(Date(2026, 3, 0, DatePrecision::kMonth)), 20260301);
  EXPECT_EQ(ToYyyymmdd(Date(2026, 0, 0, DatePrecision::kYear)), 20260101);
  EXPECT_EQ(ToYyyymmdd(DateTime{}), 0);
}

TEST(CompactDates, FormatYymmdd) {
  EXPECT_EQ(FormatYymmdd(Date(1995, 1, 31, DatePrecision::kDay)), "950131");
  EXPECT_EQ(FormatYymmdd(Date(2003, 11, 5, DatePrecision::kMinute)), "031105");
  EXPECT_EQ(FormatYymmdd(Date(2026, 3, 0, DatePrecision::kMonth)), "260300");
  EXPECT_EQ(FormatYymmdd(Date(2026, 0, 0, DatePrecision::kYear)), "260000");
  EXPECT_EQ(FormatYymmdd(DateTime{}), "000000");
  // What TABARI writes, TABARI reads back (for 1931-2030).
  for (int y : {1931, 1999, 2000, 2030}) {
    YearMonthDay ymd;
    ASSERT_TRUE(
        ParseCompactDate(FormatYymmdd(Date(y, 2, 28, DatePrecision::kDay)), TabariYear, &ymd));
    EXPECT_EQ(ymd, (YearMonthDay{y, 2, 28}));
  }
}

}  // namespace
}  // namespace annalist
