#include "annalist/datetime.h"

#include <gtest/gtest.h>

#include <string>

namespace annalist {
namespace {

// Parses `s` and returns its ISO form, or "FAIL".
std::string Iso(std::string_view s) {
  DateTime dt;
  if (!ParsePublished(s, &dt)) return "FAIL";
  return dt.ToIso();
}

TEST(ParsePublished, Iso8601) {
  EXPECT_EQ(Iso("2026"), "2026");
  EXPECT_EQ(Iso("2026-03"), "2026-03");
  EXPECT_EQ(Iso("2026-03-02"), "2026-03-02");
  EXPECT_EQ(Iso("20260302"), "2026-03-02");
  EXPECT_EQ(Iso("2026/3/2"), "2026-03-02");
  EXPECT_EQ(Iso("2026-03-02T14:05"), "2026-03-02T14:05:00");
  EXPECT_EQ(Iso("2026-03-02T14:05:09"), "2026-03-02T14:05:09");
  EXPECT_EQ(Iso("2026-03-02T14:05:09Z"), "2026-03-02T14:05:09");
  EXPECT_EQ(Iso("2026-03-02T14:05:09.123456Z"), "2026-03-02T14:05:09");
  EXPECT_EQ(Iso("2026-03-02T23:30:00+05:30"), "2026-03-02T23:30:00");
  EXPECT_EQ(Iso("2026-03-02T01:00:00-0800"), "2026-03-02T01:00:00");
  EXPECT_EQ(Iso("2026-03-02 14:05"), "2026-03-02T14:05:00");
  EXPECT_EQ(Iso("2026-03-02 14:05:00 UTC"), "2026-03-02T14:05:00");
  EXPECT_EQ(Iso("20260302T140509Z"), "2026-03-02T14:05:09");
  EXPECT_EQ(Iso("  2026-03-02\n"), "2026-03-02");
}

TEST(ParsePublished, PrecisionAndFields) {
  DateTime dt;
  ASSERT_TRUE(ParsePublished("2026-03", &dt));
  EXPECT_EQ(dt.precision, DatePrecision::kMonth);
  EXPECT_EQ(dt.year, 2026);
  EXPECT_EQ(dt.month, 3);
  EXPECT_EQ(dt.day, 0);
  ASSERT_TRUE(ParsePublished("Mon, 02 Mar 2026 14:05:07 GMT", &dt));
  EXPECT_EQ(dt.precision, DatePrecision::kMinute);
  EXPECT_EQ(dt.day, 2);
  EXPECT_EQ(dt.hour, 14);
  EXPECT_EQ(dt.minute, 5);
  EXPECT_EQ(dt.second, 7);
  ASSERT_TRUE(ParsePublished("1999", &dt));
  EXPECT_EQ(dt.precision, DatePrecision::kYear);
  EXPECT_EQ(dt.month, 0);
}

TEST(ParsePublished, Rfc2822) {
  EXPECT_EQ(Iso("Mon, 02 Mar 2026 14:05:00 GMT"), "2026-03-02T14:05:00");
  EXPECT_EQ(Iso("Mon, 2 Mar 2026 14:05:00 +0100"), "2026-03-02T14:05:00");
  EXPECT_EQ(Iso("2 Mar 2026 14:05 -0500 (EST)"), "2026-03-02T14:05:00");
  EXPECT_EQ(Iso("Tue, 10 Nov 98 09:00:00 EST"), "1998-11-10T09:00:00");
  EXPECT_EQ(Iso("Tue, 10 Nov 09 09:00:00 EST"), "2009-11-10T09:00:00");
  EXPECT_EQ(Iso("Thu, 31 Dec 2026 23:59:60 Z"), "2026-12-31T23:59:59");
}

TEST(ParsePublished, Prose) {
  EXPECT_EQ(Iso("March 2, 2026"), "2026-03-02");
  EXPECT_EQ(Iso("Mar 2, 2026"), "2026-03-02");
  EXPECT_EQ(Iso("Mar. 2, 2026"), "2026-03-02");
  EXPECT_EQ(Iso("Sept 30 2026"), "2026-09-30");
  EXPECT_EQ(Iso("Monday, March 2nd, 2026"), "2026-03-02");
  EXPECT_EQ(Iso("2 March 2026"), "2026-03-02");
  EXPECT_EQ(Iso("2nd of March, 2026"), "2026-03-02");
  EXPECT_EQ(Iso("march 2026"), "2026-03");
  EXPECT_EQ(Iso("MARCH 2, 2026"), "2026-03-02");
  EXPECT_EQ(Iso("March 2, 2026 2:05 pm EST"), "2026-03-02T14:05:00");
  EXPECT_EQ(Iso("March 2, 2026 12:30 a.m."), "2026-03-02T00:30:00");
  EXPECT_EQ(Iso("March 2, 2026, 14:05"), "2026-03-02T14:05:00");
  EXPECT_EQ(Iso("March 2, 2026 at 9:15 AM"), "2026-03-02T09:15:00");
}

TEST(ParsePublished, RfcTwoDigitYears) {
  EXPECT_EQ(Iso("2 Mar 49"), "2049-03-02");
  EXPECT_EQ(Iso("2 Mar 50"), "1950-03-02");
  EXPECT_EQ(Iso("March 2, 00"), "2000-03-02");
}

TEST(ParsePublished, Reuters) {
  EXPECT_EQ(Iso("26-FEB-1987 15:01:01.79"), "1987-02-26T15:01:01");
  EXPECT_EQ(Iso(" 5-APR-1987 01:53:30.16"), "1987-04-05T01:53:30");
  EXPECT_EQ(Iso("26-Feb-87"), "1987-02-26");
  // One record of the corpus has a three-digit hour: not a time.
  EXPECT_EQ(Iso("31-MAR-1987 605:12:19.12"), "FAIL");
}

TEST(ParsePublished, TabariTwoDigitYears) {
  // TabariYear: 00-30 are 2000-2030 (the TABARI manual, 6.5.2).
  EXPECT_EQ(Iso("890101"), "1989-01-01");
  EXPECT_EQ(Iso("310101"), "1931-01-01");
  EXPECT_EQ(Iso("300615"), "2030-06-15");
  EXPECT_EQ(Iso("291231"), "2029-12-31");
  EXPECT_EQ(Iso("000229"), "2000-02-29");
  EXPECT_EQ(Iso("010229"), "FAIL");  // 2001 is not a leap year
}

TEST(ParsePublished, RejectsImpossibleDates) {
  EXPECT_EQ(Iso("2026-02-30"), "FAIL");
  EXPECT_EQ(Iso("2025-02-29"), "FAIL");
  EXPECT_EQ(Iso("2024-02-29"), "2024-02-29");
  EXPECT_EQ(Iso("1900-02-29"), "FAIL");
  EXPECT_EQ(Iso("2000-02-29"), "2000-02-29");
  EXPECT_EQ(Iso("2026-13"), "FAIL");
  EXPECT_EQ(Iso("2026-04-31"), "FAIL");
  EXPECT_EQ(Iso("2026-00-10"), "FAIL");
  EXPECT_EQ(Iso("2026-03-02T24:00"), "FAIL");
  EXPECT_EQ(Iso("2026-03-02T12:60"), "FAIL");
  EXPECT_EQ(Iso("February 30, 2026"), "FAIL");
  EXPECT_EQ(Iso("31 Jun 2026"), "FAIL");
  EXPECT_EQ(Iso("March 2, 2026 13:05 pm"), "FAIL");
  EXPECT_EQ(Iso("0000"), "FAIL");
}

TEST(ParsePublished, RejectsNonDates) {
  DateTime dt;
  dt.year = 7;
  EXPECT_FALSE(ParsePublished("", &dt));
  EXPECT_FALSE(ParsePublished("   ", &dt));
  EXPECT_FALSE(ParsePublished("yesterday", &dt));
  EXPECT_FALSE(ParsePublished("2026-03-02 and more", &dt));
  EXPECT_FALSE(ParsePublished("March", &dt));
  EXPECT_FALSE(ParsePublished("Monday", &dt));
  EXPECT_FALSE(ParsePublished("123", &dt));
  EXPECT_FALSE(ParsePublished("123456789", &dt));
  EXPECT_FALSE(ParsePublished("2026-03-02T", &dt));
  EXPECT_FALSE(ParsePublished("March 2,", &dt));
  EXPECT_FALSE(ParsePublished("Foo 2, 2026", &dt));
  EXPECT_FALSE(ParsePublished("2026-03-02 14:05 Pacific Standard", &dt));
  EXPECT_EQ(dt.year, 7);  // untouched on failure
}

}  // namespace
}  // namespace annalist
