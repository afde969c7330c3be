#include "archive/dates.h"

#include <gtest/gtest.h>

#include <string>

namespace annalist::archive {
namespace {

std::string Bound(std::string_view text, bool is_end) {
  Result<std::string> r = DateBound(text, is_end, "since");
  return r.ok() ? *r : "ERROR " + r.status().message();
}

TEST(ArchiveDates, BoundsCoverTheWholePeriod) {
  EXPECT_EQ(Bound("2026", false), "2026-01-01");
  EXPECT_EQ(Bound("2026", true), "2026-12-31");
  EXPECT_EQ(Bound("2024-02", true), "2024-02-29");
  EXPECT_EQ(Bound("2100-02", true), "2100-02-28");
  EXPECT_EQ(Bound("2026-03-02", false), "2026-03-02");
  EXPECT_EQ(Bound("2026-03-02", true), "2026-03-02");
  EXPECT_EQ(Bound("2026-03-02T23:59:00Z", true), "2026-03-02");
  // An ISO week runs Monday to Sunday, across a year end when it must.
  EXPECT_EQ(Bound("2026-W10", false), "2026-03-02");
  EXPECT_EQ(Bound("2026-W10", true), "2026-03-08");
  EXPECT_EQ(Bound("2026-W01", false), "2025-12-29");
  EXPECT_EQ(Bound("2026-W53", true), "2027-01-03");
}

TEST(ArchiveDates, RejectsWhatIsNotADate) {
  for (std::string_view bad :
       {"", "yesterday", "2026-02-30", "2026-13", "2021-W53", "2026/03/02"}) {
    Result<std::string> r = DateBound(bad, false, "since");
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find("since: '" + std::string(bad) + "'"), std::string::npos)
        << r.status().message();
  }
}

TEST(ArchiveDates, StoredFormsParseBackAndSpanTheirDays) {
  for (std::string_view iso : {"2026", "2026-03", "2026-03-02", "2026-03-02T14:05:00"}) {
    DateTime dt;
    ASSERT_TRUE(ParseIso(iso, &dt)) << iso;
    EXPECT_EQ(dt.ToIso(), iso);
  }
  DateTime month;
  ASSERT_TRUE(ParseIso("2000-02", &month));
  EXPECT_EQ(FirstDay(month), "2000-02-01");
  EXPECT_EQ(LastDay(month), "2000-02-29");
  EXPECT_EQ(FirstDay(DateTime{}), "");
  EXPECT_EQ(LastDay(DateTime{}), "");
}

}  // namespace
}  // namespace annalist::archive
