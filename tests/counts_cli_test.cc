// End-to-end tests of `annalist counts` on the demo corpus: every count is
// checked against one the test computes itself from `annalist events
// --format jsonl`, the events the archive holds.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

using ::testing::HasSubstr;
using Json = nlohmann::json;

class CountsCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir();
    db_ = tmp_->File("demo.db");
    CliResult r = RunCli({"ingest", "-q", "--db", db_, SourceDir() + "/data/demo"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // One event without a date, so that `undated` is not trivially 0.
    r = RunCli({"ingest", "-q", "--db", db_, "-"},
               "{\"id\":\"undated-1\",\"text\":\"Israeli troops attacked Syrian forces near "
               "the border.\"}\n");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete tmp_; }

  static CliResult Run(std::vector<std::string> args) {
    args.insert(args.begin() + 1, {"--db", db_});
    return RunCli(args);
  }

  // The events of `filters`, as `events --format jsonl` prints them.
  static std::vector<Json> Events(std::vector<std::string> filters) {
    filters.insert(filters.begin(), "events");
    filters.insert(filters.end(), {"--format", "jsonl"});
    CliResult r = Run(filters);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return JsonLines(r.out);
  }

  static TempDir* tmp_;
  static std::string db_;
};
TempDir* CountsCliTest::tmp_ = nullptr;
std::string CountsCliTest::db_;

// The first day of an ISO date at any precision ("2024-12" -> "2024-12-01").
std::string FirstDay(const std::string& iso) {
  if (iso.size() == 4) return iso + "-01-01";
  if (iso.size() == 7) return iso + "-01";
  return iso.substr(0, 10);
}

// "2026-W10", computed with <chrono>: the ISO year is the year of the
// week's Thursday.
std::string IsoWeek(const std::string& day) {
  using namespace std::chrono;
  int y = 0;
  unsigned m = 0, d = 0;
  std::sscanf(day.c_str(), "%d-%u-%u", &y, &m, &d);
  sys_days t{year{y} / month{m} / d};
  const int from_monday = static_cast<int>(weekday{t}.iso_encoding()) - 1;
  sys_days thursday = t - days{from_monday} + days{3};
  year_month_day ymd{thursday};
  sys_days jan1{ymd.year() / January / 1};
  const int week = static_cast<int>((thursday - jan1).count() / 7) + 1;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", static_cast<int>(ymd.year()), week);
  return buf;
}

struct Tally {
  uint64_t events = 0;
  double goldstein = 0;
};

// (period, group) -> tally of `events`; undated events in *undated.
std::map<std::pair<std::string, std::string>, Tally> Tallies(const std::vector<Json>& events,
                                                             const std::string& by,
                                                             const std::string& group,
                                                             uint64_t* undated) {
  std::map<std::pair<std::string, std::string>, Tally> out;
  *undated = 0;
  for (const Json& e : events) {
    std::string period;
    if (by != "all") {
      if (e["date"]["value"].is_null()) {
        ++*undated;
        continue;
      }
      const std::string day = FirstDay(e["date"]["value"].get<std::string>());
      if (by == "day") period = day;
      if (by == "week") period = IsoWeek(day);
      if (by == "month") period = day.substr(0, 7);
      if (by == "year") period = day.substr(0, 4);
    }
    std::string g;
    if (group == "root") g = e["root"].get<std::string>();
    if (group == "quad") g = std::to_string(e["quad"].get<int>());
    if (group == "plover") g = e["plover"].get<std::string>();
    Tally& t = out[{period, g}];
    ++t.events;
    t.goldstein += e["goldstein"].get<double>();
  }
  return out;
}

void ExpectSameCounts(const Json& counts, const std::vector<Json>& events, const std::string& by,
                      const std::string& group) {
  uint64_t undated = 0;
  auto want = Tallies(events, by, group, &undated);
  ASSERT_FALSE(want.empty()) << by << " " << group;
  ASSERT_EQ(counts["rows"].size(), want.size()) << by << " " << group << "\n" << counts.dump();
  uint64_t total = 0;
  auto it = want.begin();
  for (const Json& row : counts["rows"]) {
    const std::string g = group.empty() ? "" : row["group"].get<std::string>();
    EXPECT_EQ(row["period"].get<std::string>(), it->first.first) << by;
    EXPECT_EQ(g, it->first.second) << by << " " << group;
    EXPECT_EQ(row["events"].get<uint64_t>(), it->second.events) << it->first.first << " " << g;
    EXPECT_NEAR(row["goldstein_sum"].get<double>(), it->second.goldstein, 1e-6);
    EXPECT_NEAR(row["goldstein_mean"].get<double>(), it->second.goldstein / it->second.events,
                1e-6);
    total += it->second.events;
    ++it;
  }
  EXPECT_EQ(counts["events"].get<uint64_t>(), total);
  EXPECT_EQ(counts["undated"].get<uint64_t>(), undated);
}

TEST_F(CountsCliTest, CountsMatchTheEventsCountedByTheTest) {
  const std::vector<Json> all = Events({});
  ASSERT_GT(all.size(), 50u);
  for (const char* by : {"day", "week", "month", "year", "all"}) {
    for (const char* group : {"", "root", "quad", "plover"}) {
      std::vector<std::string> args = {"counts", "--by", by, "--format", "json"};
      if (*group) args.insert(args.end(), {"--group", group});
      CliResult r = Run(args);
      ASSERT_EQ(r.exit_code, 0) << r.err;
      ExpectSameCounts(Json::parse(r.out), all, by, group);
    }
  }
}

TEST_F(CountsCliTest, FiltersCountTheSameEventsAsTheEventsCommand) {
  const std::vector<std::vector<std::string>> filters = {
      {"--pair", "ISR,SYR"},
      {"--actor", "SYR", "--since", "2025-01"},
      {"--code", "04"},
      {"--plover", "CONSULT", "--until", "2025-06-30"},
  };
  for (const auto& f : filters) {
    std::vector<Json> events = Events(f);
    ASSERT_FALSE(events.empty()) << f[0];
    std::vector<std::string> args = {"counts", "--by",     "month", "--group",
                                     "quad",   "--format", "json"};
    args.insert(args.end(), f.begin(), f.end());
    CliResult r = Run(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ExpectSameCounts(Json::parse(r.out), events, "month", "quad");
  }
}

TEST_F(CountsCliTest, TableAndCsvCarryTheSameNumbers) {
  CliResult json = Run({"counts", "--by", "year", "--pair", "ISR,SYR", "--format", "json"});
  CliResult csv = Run({"counts", "--by", "year", "--pair", "ISR,SYR", "--format", "csv"});
  CliResult table = Run({"counts", "--by", "year", "--pair", "ISR,SYR"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  ASSERT_EQ(table.exit_code, 0) << table.err;
  Json j = Json::parse(json.out);
  std::string want_csv = "period,events,goldstein_sum,goldstein_mean\n";
  for (const Json& row : j["rows"]) {
    char line[128];
    std::snprintf(line, sizeof line, "%s,%llu,%.2f,%.2f\n",
                  row["period"].get<std::string>().c_str(),
                  static_cast<unsigned long long>(row["events"].get<uint64_t>()),
                  row["goldstein_sum"].get<double>(), row["goldstein_mean"].get<double>());
    want_csv += line;
    EXPECT_THAT(table.out, HasSubstr(row["period"].get<std::string>()));
  }
  EXPECT_EQ(csv.out, want_csv);
  EXPECT_THAT(table.out, HasSubstr(std::to_string(j["events"].get<uint64_t>()) + " events"));
}

TEST_F(CountsCliTest, BadValuesExitTwo) {
  struct Case {
    std::vector<std::string> args;
    const char* message;
  };
  const Case cases[] = {
      {{"counts", "--by", "fortnight"}, "--by wants day, week, month, year or all"},
      {{"counts", "--group", "colour"}, "--group wants root, quad or plover"},
      {{"counts", "--format", "xml"}, "--format wants table, csv or json"},
      {{"counts", "--since", "2025-13"}, "--since"},
      {{"counts", "--pair", "ISR"}, "--pair wants two actor codes"},
      {{"counts", "--actor", "ISX"}, "no actor code in the archive starts with ISX"},
      {{"counts", "--code", "99"}, "--code wants a CAMEO event code"},
  };
  for (const Case& c : cases) {
    CliResult r = Run(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args[1];
    EXPECT_THAT(r.err, HasSubstr(c.message)) << c.args[1];
  }
}

}  // namespace
}  // namespace annalist::testing
