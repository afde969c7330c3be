// Archive::Count, TopActors, TopPairs, Network and cursor paging, checked
// against the same numbers computed here from the events themselves.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <set>

#include "annalist/archive.h"
#include "annalist/datetime.h"
#include "archive/archive_fixtures.h"
#include "testing/testing.h"

namespace annalist {
namespace {

using archive_testing::Day;
using archive_testing::MakeDoc;
using archive_testing::MakeEvent;

const char* const kActors[] = {"ISRGOV", "ISRMIL", "SYRGOV", "SYRMIL", "USAGOV", "TUR", "RUSGOV"};
const char* const kCodes[] = {"010", "0311", "040", "043", "057", "111", "173", "190", "1831"};

class AggregateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = Archive::Open(dir_.File("agg.db"));
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    a_ = std::move(opened).value();
    std::mt19937 rng(20261203);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    for (int d = 0; d < 60; ++d) {
      std::vector<std::string> sentences(8, "A sentence.");
      Document doc = MakeDoc("doc-" + std::to_string(d), "T", sentences);
      std::vector<Event> events;
      for (uint32_t s = 0; s < 8; ++s) {
        const int k = pick(3);  // 0-2 events in this sentence
        for (int i = 0; i < k; ++i) {
          DateTime date;
          const int kind = pick(10);
          if (kind == 0) {
            date = DateTime{};  // undated
          } else if (kind == 1) {
            date = DateTime{2025 + pick(2), 1 + pick(12), 0, 0, 0, 0, DatePrecision::kMonth};
          } else {
            date = Day(2025 + pick(2), 1 + pick(12), 1 + pick(28));
          }
          std::string target = pick(8) == 0 ? "" : kActors[pick(7)];
          Event e = MakeEvent(doc, s, kActors[pick(7)], target, kCodes[pick(9)], date,
                              static_cast<uint32_t>(i));
          e.goldstein = (pick(41) - 20) / 2.0;
          events.push_back(e);
        }
      }
      ASSERT_TRUE(a_->Put(doc, events).ok());
    }
    ASSERT_TRUE(a_->Commit().ok());
    auto all = a_->Events({});
    ASSERT_TRUE(all.ok());
    all_ = *all;
    ASSERT_GT(all_.size(), 400u);
  }

  static std::string FirstDay(const DateTime& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month,
                  d.precision == DatePrecision::kMonth ? 1 : d.day);
    return buf;
  }

  // The period of `e` computed here, "" when undated.
  static std::string PeriodOf(const Event& e, CountPeriod by) {
    if (!e.date.value.known()) return "";
    const std::string day = FirstDay(e.date.value);
    switch (by) {
      case CountPeriod::kDay:
        return day;
      case CountPeriod::kMonth:
        return day.substr(0, 7);
      case CountPeriod::kYear:
        return day.substr(0, 4);
      case CountPeriod::kWeek: {
        IsoWeek w = IsoWeekOf(
            DaysFromCivil(e.date.value.year, e.date.value.month, std::stoi(day.substr(8))));
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-W%02d", w.year, w.week);
        return buf;
      }
      case CountPeriod::kAll:
        return "";
    }
    return "";
  }

  testing::TempDir dir_;
  std::unique_ptr<Archive> a_;
  std::vector<Event> all_;
};

TEST_F(AggregateTest, CountsMatchCountsMadeFromTheEvents) {
  for (CountPeriod by : {CountPeriod::kAll, CountPeriod::kDay, CountPeriod::kWeek,
                         CountPeriod::kMonth, CountPeriod::kYear}) {
    for (CountGroup group :
         {CountGroup::kNone, CountGroup::kRoot, CountGroup::kQuad, CountGroup::kPlover}) {
      std::map<std::pair<std::string, std::string>, std::pair<uint64_t, double>> want;
      uint64_t undated = 0;
      for (const Event& e : all_) {
        if (by != CountPeriod::kAll && !e.date.value.known()) {
          ++undated;
          continue;
        }
        std::string g = group == CountGroup::kRoot     ? e.root
                        : group == CountGroup::kQuad   ? std::to_string(e.quad)
                        : group == CountGroup::kPlover ? e.plover
                                                       : "";
        auto& w = want[{PeriodOf(e, by), g}];
        ++w.first;
        w.second += e.goldstein;
      }
      Result<CountResult> got = a_->Count({}, {by, group});
      ASSERT_TRUE(got.ok()) << got.status().ToString();
      const std::string what =
          std::string(CountPeriodName(by)) + "/" + std::string(CountGroupName(group));
      ASSERT_EQ(got->rows.size(), want.size()) << what;
      EXPECT_EQ(got->undated, undated) << what;
      EXPECT_FALSE(got->truncated);
      auto it = want.begin();
      uint64_t total = 0;
      for (const CountRow& r : got->rows) {
        EXPECT_EQ(r.period, it->first.first) << what;
        EXPECT_EQ(r.group, it->first.second) << what;
        EXPECT_EQ(r.events, it->second.first) << what << " " << r.period;
        EXPECT_NEAR(r.goldstein_sum, it->second.second, 1e-9) << what;
        total += r.events;
        ++it;
      }
      EXPECT_EQ(got->events, total);
    }
  }
}

TEST_F(AggregateTest, FiltersSelectTheSameEventsAsScanEvents) {
  EventQuery q;
  q.pair_a = "isr";
  q.pair_b = "SYR";
  q.since = "2025-06";
  q.until = "2026-02-15";
  auto events = a_->Events(q);
  ASSERT_TRUE(events.ok());
  ASSERT_FALSE(events->empty());
  Result<CountResult> got = a_->Count(q, {CountPeriod::kAll, CountGroup::kNone});
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->rows.size(), 1u);
  EXPECT_EQ(got->rows[0].events, events->size());
  double sum = 0;
  for (const Event& e : *events) sum += e.goldstein;
  EXPECT_NEAR(got->rows[0].goldstein_sum, sum, 1e-9);
  EXPECT_NEAR(got->rows[0].goldstein_mean(), sum / events->size(), 1e-9);
}

TEST_F(AggregateTest, TopActorsPairsAndNetworkMatchTheEvents) {
  std::map<std::string, uint64_t> actors, country_actors;
  std::map<std::pair<std::string, std::string>, uint64_t> pairs, directed;
  for (const Event& e : all_) {
    std::set<std::string> on, countries;
    for (const auto* side : {&e.source, &e.target}) {
      if (!*side) continue;
      on.insert((*side)->code);
      countries.insert((*side)->code.substr(0, 3));
    }
    for (const std::string& a : on) ++actors[a];
    for (const std::string& c : countries) ++country_actors[c];
    if (e.source && e.target) {
      ++pairs[std::minmax(e.source->code, e.target->code)];
      ++directed[{e.source->code, e.target->code}];
    }
  }
  TopOptions o;
  o.limit = 100;
  Result<std::vector<ActorTotal>> top = a_->TopActors({}, o);
  ASSERT_TRUE(top.ok()) << top.status().ToString();
  ASSERT_EQ(top->size(), actors.size());
  for (size_t i = 0; i < top->size(); ++i) {
    EXPECT_EQ((*top)[i].events, actors[(*top)[i].actor]) << (*top)[i].actor;
    if (i > 0) {
      EXPECT_GE((*top)[i - 1].events, (*top)[i].events);
    }
  }
  o.code_length = 3;
  top = a_->TopActors({}, o);
  ASSERT_TRUE(top.ok());
  ASSERT_EQ(top->size(), country_actors.size());
  for (const ActorTotal& t : *top) EXPECT_EQ(t.events, country_actors[t.actor]) << t.actor;

  o.code_length = 0;
  Result<std::vector<PairTotal>> tp = a_->TopPairs({}, o);
  ASSERT_TRUE(tp.ok());
  ASSERT_EQ(tp->size(), pairs.size());
  for (const PairTotal& p : *tp) {
    EXPECT_LE(p.a, p.b);
    EXPECT_EQ(p.events, (pairs[{p.a, p.b}])) << p.a << "-" << p.b;
  }

  o.limit = 10;
  Result<ActorNetwork> net = a_->Network({}, o);
  ASSERT_TRUE(net.ok());
  EXPECT_EQ(net->pairs, directed.size());
  ASSERT_EQ(net->edges.size(), 10u);
  EXPECT_TRUE(net->truncated);
  std::vector<uint64_t> counts;
  for (const auto& [k, n] : directed) counts.push_back(n);
  std::sort(counts.rbegin(), counts.rend());
  std::map<std::string, uint64_t> node_events;
  for (size_t i = 0; i < net->edges.size(); ++i) {
    const PairTotal& e = net->edges[i];
    EXPECT_EQ(e.events, (directed[{e.a, e.b}]));
    EXPECT_EQ(e.events, counts[i]);  // the ten busiest pairs
    node_events[e.a] += e.events;
    if (e.b != e.a) node_events[e.b] += e.events;
  }
  ASSERT_EQ(net->nodes.size(), node_events.size());
  for (const ActorTotal& n : net->nodes) EXPECT_EQ(n.events, node_events[n.actor]) << n.actor;
}

TEST_F(AggregateTest, CursorPagesReadEveryEventOnceInOrder) {
  EventQuery q;
  q.actor = "SYR";
  auto want = a_->Events(q);
  ASSERT_TRUE(want.ok());
  std::vector<std::string> got;
  q.limit = 7;
  for (int pages = 0; pages < 1000; ++pages) {
    auto page = a_->Events(q);
    ASSERT_TRUE(page.ok()) << page.status().ToString();
    for (const Event& e : *page) got.push_back(e.id);
    if (page->size() < q.limit) break;
    q.after_id = page->back().id;
  }
  ASSERT_EQ(got.size(), want->size());
  for (size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i], (*want)[i].id) << i;
  q.after_id = "no-such-event";
  auto bad = a_->Events(q);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
}

TEST_F(AggregateTest, LimitsAndBudgetsAreEnforced) {
  TopOptions o;
  o.limit = 0;
  EXPECT_EQ(a_->TopActors({}, o).status().code(), StatusCode::kInvalidArgument);
  o.limit = kMaxTopEntries + 1;
  EXPECT_EQ(a_->Network({}, o).status().code(), StatusCode::kInvalidArgument);
  EventQuery bad_date;
  bad_date.since = "2025-13";
  EXPECT_EQ(a_->Count(bad_date, {}).status().code(), StatusCode::kInvalidArgument);
  // A budget no query can meet: interrupted inside SQLite.
  CountOptions tiny;
  tiny.by = CountPeriod::kDay;
  tiny.time_budget_seconds = 1e-9;
  Result<CountResult> late = a_->Count({}, tiny);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.status().code(), StatusCode::kDeadlineExceeded);
  EXPECT_NE(late.status().message().find("budget"), std::string::npos);
  // The same connection serves the next query normally.
  EXPECT_TRUE(a_->Count({}, {}).ok());
}

TEST(CountNamesTest, NamesRoundTrip) {
  for (CountPeriod p : {CountPeriod::kAll, CountPeriod::kDay, CountPeriod::kWeek,
                        CountPeriod::kMonth, CountPeriod::kYear}) {
    CountPeriod back{};
    ASSERT_TRUE(ParseCountPeriod(CountPeriodName(p), &back));
    EXPECT_EQ(back, p);
  }
  CountGroup g{};
  EXPECT_TRUE(ParseCountGroup("plover", &g));
  EXPECT_EQ(g, CountGroup::kPlover);
  EXPECT_FALSE(ParseCountGroup("colour", &g));
  CountPeriod p{};
  EXPECT_FALSE(ParseCountPeriod("fortnight", &p));
}

}  // namespace
}  // namespace annalist
