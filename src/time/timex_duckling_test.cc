// The Duckling English time corpus (../shared/data/time/): the examples that
// denote a date, weekday, month, year or relative day, normalised by
// FindTimexes against the corpus's reference time, must cover the same day,
// week, month or year in at least 90% of cases.
//
// Left out, with the reason:
//   * the latent corpus ("the 24", "May", "7"): Duckling itself reports those
//     only with its latent option;
//   * days counted from a period's end or to the nearest weekday ("third
//     last week of 2018", "fifth last day of May", "the closest Monday to
//     Oct 5th"): query constructions news does not use;
//   * kinds other than `datetime` (holidays, intervals, open intervals) and
//     grains finer than a day (times) or quarters: not dates of those kinds;
//   * "upcoming two weeks" and its variants: Duckling reads them as the one
//     week two weeks on; in TimeML (and annalist) they are durations (P2W);
//   * years before Christ or of two digits ("2014 BC", "14 a.d."): the
//     scanner reads years 1000-2199 only (news has no others);
//   * dates counted from a holiday ("a year from Christmas", "three days
//     after Easter"): holidays are not recognised.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "annalist/datetime.h"
#include "annalist/timex.h"
#include "testing/testing.h"

namespace annalist {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : line) {
    if (c == '\t') {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

bool Contains(const std::string& s, std::string_view w) {
  std::string lower;
  for (char c : s) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  return lower.find(w) != std::string::npos;
}

// The reason an example is left out, or "" when it is scored.
std::string LeftOut(const std::string& corpus, const std::string& kind, const std::string& grain,
                    const std::string& phrase, const std::string& start) {
  if (corpus == "latentCorpus") return "latent";
  if (kind != "datetime") return "not a plain date (" + kind + ")";
  if (Contains(phrase, "closest") || Contains(phrase, "d last") || Contains(phrase, "h last")) {
    return "counted from the end or to the nearest";
  }
  if (grain != "Day" && grain != "Week" && grain != "Month" && grain != "Year") {
    return "grain " + grain;
  }
  if (Contains(phrase, "upcoming")) return "a duration in TimeML";
  if (start[0] == '-' || start.substr(0, 2) == "00") return "year outside 1000-2199";
  if (Contains(phrase, "christmas") || Contains(phrase, "easter")) return "counted from a holiday";
  return "";
}

TEST(TimexDuckling, DatesNormalisedToTheSameDayWeekMonthOrYear) {
  ANNALIST_REQUIRE_SHARED(path, "time/duckling-en-time-examples.tsv");
  std::ifstream in(path);
  std::string line;
  int scored = 0, right = 0, left_out = 0;
  std::ostringstream wrong;
  TimexScratch scratch;
  TimexOptions options;
  options.any_case = true;        // "monday", "march 3"
  options.future_default = true;  // Duckling reads "monday" as the next one
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.starts_with("corpus\t")) continue;
    const std::vector<std::string> f = SplitTabs(line);
    ASSERT_GE(f.size(), 8u) << line;
    const std::string& kind = f[2];
    const std::string& start = f[3];
    const std::string& grain = f[5];
    const std::string& phrase = f[7];
    if (!LeftOut(f[0], kind, grain, phrase, start).empty()) {
      ++left_out;
      continue;
    }
    DateTime ref;
    ASSERT_TRUE(ParseIso8601(f[1].substr(0, 10), &ref)) << line;
    DateTime want;
    ASSERT_TRUE(ParseIso8601(start.substr(0, 10), &want)) << line;
    const CivilDay first = CivilDayOf(want);
    const Period period = grain == "Day"     ? Period::kDay
                          : grain == "Week"  ? Period::kWeek
                          : grain == "Month" ? Period::kMonth
                                             : Period::kYear;
    const CivilDay last = LastDayOf(period, first);
    ++scored;
    std::vector<Timex> found;
    FindTimexes(phrase, ref, options, &scratch, &found);
    const Timex* best = nullptr;
    for (const Timex& t : found) {
      if (!best || t.span.size() > best->span.size()) best = &t;
    }
    CivilDay a = 0, b = 0;
    if (best && TimexDays(best->value, &a, &b) && a == first && b == last) {
      ++right;
    } else {
      wrong << "  \"" << phrase << "\" want " << FormatIsoDay(first) << ".." << FormatIsoDay(last)
            << " (" << grain << "), got " << (best ? best->value : "nothing") << "\n";
    }
  }
  ASSERT_GT(scored, 150) << "the corpus file lost its examples";
  std::printf("duckling: %d of %d date examples right (%.1f%%), %d left out\n", right, scored,
              100.0 * right / scored, left_out);
  EXPECT_GE(right * 10, scored * 9) << "wrong:\n" << wrong.str();
  if (right < scored) std::printf("wrong:\n%s", wrong.str().c_str());
}

}  // namespace
}  // namespace annalist
