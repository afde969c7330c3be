// The timex scanner: every form of docs/time.md, the edge cases of issue 11
// (year boundaries, "Monday" on a Monday, leap days, two-digit years, US and
// day-first 12/08, numbers that are not dates, a 1 MB line of digits,
// unmatched brackets), and the word tables.
#include "time/timex.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annalist/datetime.h"
#include "annalist/timex.h"

namespace annalist {
namespace {

DateTime Ref(const char* iso) {
  DateTime d;
  EXPECT_TRUE(ParseIso8601(iso, &d)) << iso;
  return d;
}

// "text=TYPE:value[:MOD]" for each expression found.
std::vector<std::string> Find(std::string_view text, const char* ref = "2026-01-04",
                              TimexOptions opt = TimexOptions()) {
  TimexScratch scratch;
  std::vector<Timex> found;
  FindTimexes(text, Ref(ref), opt, &scratch, &found);
  std::vector<std::string> out;
  for (const Timex& t : found) {
    std::string s = std::string(text.substr(t.span.begin, t.span.size())) + "=" +
                    std::string(TimexTypeName(t.type)) + ":" + t.value;
    if (t.mod != TimexMod::kNone) s += ":" + std::string(TimexModName(t.mod));
    out.push_back(s);
  }
  return out;
}
using V = std::vector<std::string>;

TEST(Timex, SeedStoryExpressions) {
  // The reference is the seed story's publication day, a Sunday.
  EXPECT_EQ(Find("talks will resume tomorrow in Paris"), V{"tomorrow=DATE:2026-01-05"});
  EXPECT_EQ(Find("Talks were frozen about two months ago"),
            V{"about two months ago=DATE:2025-11:APPROX"});
  EXPECT_EQ(Find("At the Doha Forum in early December, he accused Israel"),
            V{"early December=DATE:2025-12:START"});
  EXPECT_EQ(Find("territories it occupied after December 8, 2024"),
            V{"December 8, 2024=DATE:2024-12-08:AFTER"});
  EXPECT_EQ(Find("Negotiations are set to resume Monday in Paris"), V{"Monday=DATE:2026-01-05"});
  EXPECT_EQ(Find("In the past year, they have criticized Israel"), V{"the past year=DURATION:P1Y"});
}

TEST(Timex, AbsoluteDates) {
  EXPECT_EQ(Find("on December 8, 2024 and 8 Dec. 2024"),
            (V{"December 8, 2024=DATE:2024-12-08", "8 Dec. 2024=DATE:2024-12-08"}));
  EXPECT_EQ(Find("on 2024-12-08"), V{"2024-12-08=DATE:2024-12-08"});
  EXPECT_EQ(Find("the 8th of December 2024"), V{"8th of December 2024=DATE:2024-12-08"});
  EXPECT_EQ(Find("Monday, March 2, 2026"), V{"Monday, March 2, 2026=DATE:2026-03-02"});
  EXPECT_EQ(Find("in December 2024"), V{"December 2024=DATE:2024-12"});
  EXPECT_EQ(Find("26-Feb-1987"), V{"26-Feb-1987=DATE:1987-02-26"});
  EXPECT_EQ(Find("the 1990s"), V{"the 1990s=DATE:199"});
}

TEST(Timex, DatesWithoutYearTakeTheTensesSide) {
  EXPECT_EQ(Find("He arrived on Dec 8"), V{"Dec 8=DATE:2025-12-08"});
  EXPECT_EQ(Find("He will arrive on Dec 8"), V{"Dec 8=DATE:2026-12-08"});
  EXPECT_EQ(Find("the vote on Dec 8"), V{"Dec 8=DATE:2025-12-08"});  // nearest
  EXPECT_EQ(Find("the vote in March"), V{"March=DATE:2026-03"});
}

TEST(Timex, NumericDatesUsAndDayFirst) {
  EXPECT_EQ(Find("on 12/8/2024"), V{"12/8/2024=DATE:2024-12-08"});
  TimexOptions day_first;
  day_first.day_first = true;
  EXPECT_EQ(Find("on 12/08/2024", "2026-01-04", day_first), V{"12/08/2024=DATE:2024-08-12"});
  // A first number above 12 can only be a day.
  EXPECT_EQ(Find("on 31/10/2024"), V{"31/10/2024=DATE:2024-10-31"});
  EXPECT_EQ(Find("on 10/31/74"), V{"10/31/74=DATE:1974-10-31"});
  EXPECT_TRUE(Find("on 13/13/2024").empty());
}

TEST(Timex, TwoDigitYearsFollowRfc2822) {
  EXPECT_EQ(Find("on 3/3/49"), V{"3/3/49=DATE:2049-03-03"});
  EXPECT_EQ(Find("on 3/3/50"), V{"3/3/50=DATE:1950-03-03"});
  EXPECT_EQ(Find("31-Oct-74"), V{"31-Oct-74=DATE:1974-10-31"});
}

TEST(Timex, LeapDays) {
  EXPECT_EQ(Find("on February 29, 2024"), V{"February 29, 2024=DATE:2024-02-29"});
  // No such day: the month is not re-read without its year; the year stays.
  EXPECT_EQ(Find("on February 29, 2025"), V{"2025=DATE:2025"});
  EXPECT_EQ(Find("on 2025-02-29"), V{});
  // Without a year: the nearest leap year on the tense's side.
  EXPECT_EQ(Find("It happened on February 29", "2026-01-04"), V{"February 29=DATE:2024-02-29"});
  EXPECT_EQ(Find("It will happen on February 29", "2026-01-04"), V{"February 29=DATE:2028-02-29"});
  EXPECT_EQ(Find("a year ago", "2024-02-29"), V{"a year ago=DATE:2023"});
}

TEST(Timex, YearBoundaries) {
  // 2025-12-29 is the Monday of ISO week 2026-W01.
  EXPECT_EQ(Find("next week", "2025-12-29"), V{"next week=DATE:2026-W02"});
  EXPECT_EQ(Find("last week", "2025-12-29"), V{"last week=DATE:2025-W52"});
  EXPECT_EQ(Find("next month", "2025-12-29"), V{"next month=DATE:2026-01"});
  EXPECT_EQ(Find("tomorrow", "2025-12-31"), V{"tomorrow=DATE:2026-01-01"});
  EXPECT_EQ(Find("yesterday", "2026-01-01"), V{"yesterday=DATE:2025-12-31"});
  EXPECT_EQ(Find("last year", "2026-01-01"), V{"last year=DATE:2025"});
  EXPECT_EQ(Find("next quarter", "2025-11-15"), V{"next quarter=DATE:2026-Q1"});
}

TEST(Timex, WeekdayOnItsOwnDay) {
  // 2026-01-05 is a Monday: past and future both read it as that day.
  EXPECT_EQ(Find("They met on Monday", "2026-01-05"), V{"Monday=DATE:2026-01-05"});
  EXPECT_EQ(Find("They will meet on Monday", "2026-01-05"), V{"Monday=DATE:2026-01-05"});
  EXPECT_EQ(Find("They met on Tuesday", "2026-01-05"), V{"Tuesday=DATE:2025-12-30"});
  EXPECT_EQ(Find("They will meet on Tuesday", "2026-01-05"), V{"Tuesday=DATE:2026-01-06"});
  EXPECT_EQ(Find("last Monday", "2026-01-05"), V{"last Monday=DATE:2025-12-29"});
  EXPECT_EQ(Find("next Monday", "2026-01-05"), V{"next Monday=DATE:2026-01-12"});
  // A schedule (future by default) names today's weekday for the next one.
  TimexOptions sched;
  sched.future_default = true;
  EXPECT_EQ(Find("Monday", "2026-01-05", sched), V{"Monday=DATE:2026-01-12"});
}

TEST(Timex, RelativeExpressions) {
  EXPECT_EQ(Find("today and yesterday"), (V{"today=DATE:2026-01-04", "yesterday=DATE:2026-01-03"}));
  EXPECT_EQ(Find("last week"), V{"last week=DATE:2025-W52"});
  EXPECT_EQ(Find("three weeks ago"), V{"three weeks ago=DATE:2025-12-14"});
  EXPECT_EQ(Find("earlier this month"), V{"earlier this month=DATE:2026-01"});
  EXPECT_EQ(Find("next year"), V{"next year=DATE:2027"});
  EXPECT_EQ(Find("this weekend"), V{"this weekend=DATE:2026-W01-WE"});
  EXPECT_EQ(Find("the end of the year"), V{"the end of the year=DATE:2026:END"});
  EXPECT_EQ(Find("mid-December"), V{"mid-December=DATE:2025-12:MID"});
  EXPECT_EQ(Find("late 2024"), V{"late 2024=DATE:2024:END"});
  EXPECT_EQ(Find("the third quarter of 2009"), V{"the third quarter of 2009=DATE:2009-Q3"});
  EXPECT_EQ(Find("last summer"), V{"last summer=DATE:2025-SU"});
  EXPECT_EQ(Find("next winter"), V{"next winter=DATE:2026-WI"});
  EXPECT_EQ(Find("last winter"), V{"last winter=DATE:2024-WI"});
  EXPECT_EQ(Find("this summer"), V{"this summer=DATE:2026-SU"});
  EXPECT_EQ(Find("on 2/15"), V{"2/15=DATE:2026-02-15"});
  EXPECT_EQ(Find("now"), V{"now=DATE:PRESENT_REF"});
  EXPECT_EQ(Find("recently"), V{"recently=DATE:PAST_REF"});
  EXPECT_EQ(Find("It will open in two weeks"), V{"two weeks=DATE:2026-01-18"});
  EXPECT_EQ(Find("the first Monday of February"),
            V{"the first Monday of February=DATE:2026-02-02"});
}

TEST(Timex, DurationsAndSets) {
  EXPECT_EQ(Find("for two months"), V{"two months=DURATION:P2M"});
  EXPECT_EQ(Find("a five-year contract"), V{"five-year=DURATION:P5Y"});
  EXPECT_EQ(Find("a 24-hour strike"), V{"24-hour=DURATION:PT24H"});
  EXPECT_EQ(Find("more than a year"), V{"more than a year=DURATION:P1Y:MORE_THAN"});
  EXPECT_EQ(Find("nearly five months"), V{"nearly five months=DURATION:P5M:LESS_THAN"});
  EXPECT_EQ(Find("two and a half years"), V{"two and a half years=DURATION:P2.5Y"});
  EXPECT_EQ(Find("the next six months"), V{"the next six months=DURATION:P6M"});
  EXPECT_EQ(Find("several years"), V{"several years=DURATION:PXY"});
  EXPECT_EQ(Find("every week"), V{"every week=SET:P1W"});
  EXPECT_EQ(Find("published weekly"), V{"weekly=SET:P1W"});
}

TEST(Timex, TimesOfDay) {
  EXPECT_EQ(Find("at 4:30 p.m."), V{"4:30 p.m.=TIME:2026-01-04T16:30"});
  EXPECT_EQ(Find("at 16:15 UTC"), V{"16:15 UTC=TIME:2026-01-04T16:15Z"});
  EXPECT_EQ(Find("at 4pm"), V{"4pm=TIME:2026-01-04T16:00"});
  EXPECT_EQ(Find("this morning"), V{"this morning=TIME:2026-01-04TMO"});
  EXPECT_EQ(Find("Monday morning", "2026-01-07"), V{"Monday morning=TIME:2026-01-05TMO"});
  EXPECT_EQ(Find("tonight"), V{"tonight=TIME:2026-01-04TNI"});
}

TEST(Timex, NumbersThatAreNotDates) {
  EXPECT_TRUE(Find("more than 1,000 air strikes and 400 incursions").empty());
  EXPECT_TRUE(Find("along Route 66 an F-16 flew").empty());
  EXPECT_TRUE(Find("2000 troops and $1990 and 2015 people").empty());
  EXPECT_TRUE(Find("a score of 3/4 and 24/7 service").empty());
  EXPECT_EQ(Find("Israel to honor the 1974 disengagement agreement"), V{"1974=DATE:1974"});
  EXPECT_EQ(Find("between 2014 and 2016"), (V{"2014=DATE:2014", "2016=DATE:2016"}));
  // May and March are words too.
  EXPECT_TRUE(Find("Israel may withdraw. March on, they said.").empty());
  EXPECT_EQ(Find("in May"), V{"May=DATE:2026-05"});
  // The newspaper USA TODAY (in PolNeAR articles) is no day; "the USA today" still is.
  EXPECT_TRUE(Find("He did not respond to USA TODAY's request.").empty());
  EXPECT_EQ(Find("the USA today"), V{"today=DATE:2026-01-04"});
}

TEST(Timex, DatelinesAndLines) {
  EXPECT_EQ(Find("WASHINGTON, March 3 (Reuters) - Officials met", "2026-03-05"),
            V{"March 3=DATE:2026-03-03"});
  // A title ending in a weekday does not join the dateline below it.
  EXPECT_EQ(Find("Markets closed until Friday\nSeptember 18, 2008", "2008-09-18"),
            (V{"Friday=DATE:2008-09-12", "September 18, 2008=DATE:2008-09-18"}));
}

TEST(Timex, HostileInput) {
  std::string digits(1 << 20, '7');
  EXPECT_TRUE(Find(digits).empty());
  EXPECT_TRUE(Find("((((( [[[ December ]]] 8 ))) 2024").size() <= 2);
  EXPECT_EQ(Find("(on December 8, 2024"), V{"December 8, 2024=DATE:2024-12-08"});
  EXPECT_EQ(Find("December 8, 2024)"), V{"December 8, 2024=DATE:2024-12-08"});
  EXPECT_TRUE(Find("\xff\xfe December \x80 8").size() <= 1);
  EXPECT_TRUE(Find("").empty());
}

TEST(Timex, WithoutAReferenceOnlyAbsoluteExpressions) {
  TimexScratch scratch;
  std::vector<Timex> found;
  FindTimexes("tomorrow, on December 8, 2024, for two weeks", DateTime(), TimexOptions(), &scratch,
              &found);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value, "2024-12-08");
  EXPECT_EQ(found[0].anchor, TimexAnchor::kAbsolute);
  EXPECT_EQ(found[1].value, "P2W");
}

TEST(Timex, TenseAndAnchorAreReported) {
  TimexScratch scratch;
  std::vector<Timex> found;
  FindTimexes("Talks will resume Monday; they were suspended in November.", Ref("2026-01-04"),
              TimexOptions(), &scratch, &found);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].tense, TimexTense::kFuture);
  EXPECT_EQ(found[0].anchor, TimexAnchor::kRelative);
  EXPECT_EQ(found[1].tense, TimexTense::kPast);
  EXPECT_EQ(found[1].value, "2025-11");
}

TEST(Timex, DaysOfValues) {
  CivilDay a = 0, b = 0;
  ASSERT_TRUE(TimexDays("2025-12", &a, &b));
  EXPECT_EQ(FormatIsoDay(a), "2025-12-01");
  EXPECT_EQ(FormatIsoDay(b), "2025-12-31");
  ASSERT_TRUE(TimexDays("2026-W01", &a, &b));
  EXPECT_EQ(FormatIsoDay(a), "2025-12-29");
  EXPECT_EQ(FormatIsoDay(b), "2026-01-04");
  ASSERT_TRUE(TimexDays("2025-Q4", &a, &b));
  EXPECT_EQ(FormatIsoDay(a), "2025-10-01");
  ASSERT_TRUE(TimexDays("2025-WI", &a, &b));
  EXPECT_EQ(FormatIsoDay(b), "2026-02-28");
  ASSERT_TRUE(TimexDays("199", &a, &b));
  EXPECT_EQ(FormatIsoDay(b), "1999-12-31");
  ASSERT_TRUE(TimexDays("2026-01-05TMO", &a, &b));
  EXPECT_EQ(a, b);
  EXPECT_FALSE(TimexDays("PAST_REF", &a, &b));
  EXPECT_FALSE(TimexDays("P2M", &a, &b));
  EXPECT_FALSE(TimexDays("2021-W53", &a, &b));
}

TEST(TimexTables, Words) {
  using namespace timex_internal;
  EXPECT_EQ(MonthFromWord("SEPT"), 9);
  EXPECT_EQ(MonthFromWord("DEC"), 12);
  EXPECT_EQ(MonthFromWord("DECEMBERS"), 0);
  EXPECT_EQ(WeekdayFromWord("THURS"), 4);
  EXPECT_EQ(NumberFromWord("TWENTY-FIVE"), 25);
  EXPECT_EQ(NumberFromWord("SEVERAL"), -2);
  EXPECT_EQ(NumberFromWord("TWENTY-"), -1);
  EXPECT_EQ(UnitFromWord("CENTURIES"), "CE");
  EXPECT_EQ(UnitFromWord("HOURS"), "TH");
  EXPECT_EQ(UnitFromWord("YEARLY"), "");
}

}  // namespace
}  // namespace annalist
