// Archive::Events: filters and order.
#include <gtest/gtest.h>

#include "annalist/archive.h"
#include "archive/archive_fixtures.h"
#include "testing/testing.h"

namespace annalist {
namespace {

using archive_testing::Day;
using archive_testing::MakeDoc;
using archive_testing::MakeEvent;

class EventsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = Archive::Open(dir_.File("e.db"));
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    a_ = std::move(opened).value();
    Document d1 = MakeDoc("d1", "T", {"S0.", "S1.", "S2.", "S3."});
    Document d2 = MakeDoc("d2", "T", {"S0.", "S1."});
    DateTime march{2026, 3, 0, 0, 0, 0, DatePrecision::kMonth};
    ASSERT_TRUE(a_->Put(d1,
                        {
                            MakeEvent(d1, 0, "ISRGOV", "SYRGOV", "0311", Day(2026, 3, 5)),  // e1
                            MakeEvent(d1, 1, "SYRMIL", "ISRMIL", "190", Day(2026, 2, 20)),  // e2
                            MakeEvent(d1, 2, "USAGOV", "ISRGOV", "040", march),             // e3
                            MakeEvent(d1, 3, "TUR", "SYRREB", "1831", DateTime{}),          // e4
                        })
                    .ok());
    ASSERT_TRUE(a_->Put(d2,
                        {
                            MakeEvent(d2, 0, "SYR", "ISR", "0312", Day(2026, 3, 5)),  // e5
                            MakeEvent(d2, 1, "ISR", "", "043", Day(2026, 4, 1)),      // e6
                        })
                    .ok());
    ASSERT_TRUE(a_->Commit().ok());
  }

  // "doc:sentence" of each event matching `q`, in order.
  std::vector<std::string> Find(const EventQuery& q) {
    auto r = a_->Events(q);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    std::vector<std::string> out;
    if (!r.ok()) return out;
    for (const Event& e : *r) {
      out.push_back(e.doc_id + ":" + std::to_string(e.sentence));
    }
    return out;
  }

  using V = std::vector<std::string>;
  testing::TempDir dir_;
  std::unique_ptr<Archive> a_;
};

TEST_F(EventsTest, AllInDateOrderUndatedLast) {
  // 2026-02-20; March (from its 1st); March 5 (d1 before d2); April; undated.
  EXPECT_EQ(Find({}), (V{"d1:1", "d1:2", "d1:0", "d2:0", "d2:1", "d1:3"}));
}

TEST_F(EventsTest, ActorOnEitherSideByPrefix) {
  EventQuery q;
  q.actor = "ISR";
  EXPECT_EQ(Find(q), (V{"d1:1", "d1:2", "d1:0", "d2:0", "d2:1"}));
  q.actor = "ISRGOV";
  EXPECT_EQ(Find(q), (V{"d1:2", "d1:0"}));
  q.actor = "SYRREB";
  EXPECT_EQ(Find(q), (V{"d1:3"}));
  q.actor = "syrReb";  // codes are upper-case; what users type may not be
  EXPECT_EQ(Find(q), (V{"d1:3"}));
  q.actor = "IS";  // a prefix, not a word
  EXPECT_EQ(Find(q).size(), 5u);
  q.actor = "FRA";
  EXPECT_TRUE(Find(q).empty());
}

TEST_F(EventsTest, PairInBothDirections) {
  EventQuery q;
  q.pair_a = "ISR";
  q.pair_b = "SYR";
  EXPECT_EQ(Find(q), (V{"d1:1", "d1:0", "d2:0"}));
  std::swap(q.pair_a, q.pair_b);
  EXPECT_EQ(Find(q), (V{"d1:1", "d1:0", "d2:0"}));
  q.pair_a = "USA";
  q.pair_b = "SYR";
  EXPECT_TRUE(Find(q).empty());
  q.pair_b = "";
  EXPECT_EQ(a_->Events(q).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(EventsTest, CodePrefixPloverAndQuad) {
  EventQuery q;
  q.code_prefix = "031";
  EXPECT_EQ(Find(q), (V{"d1:0", "d2:0"}));
  q.code_prefix = "04";
  EXPECT_EQ(Find(q), (V{"d1:2", "d2:1"}));
  q.code_prefix = "";
  q.plover = "consult";
  EXPECT_EQ(Find(q), (V{"d1:2", "d2:1"}));
  q.plover = "";
  q.quad = 4;
  EXPECT_EQ(Find(q), (V{"d1:1", "d1:3"}));
  q.quad = 7;
  EXPECT_EQ(a_->Events(q).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(EventsTest, DateRangeIsInclusiveAndOverlapping) {
  EventQuery q;
  q.since = "2026-03-05";
  q.until = "2026-03-05";
  // The two events of that day, and the month-precision March event.
  EXPECT_EQ(Find(q), (V{"d1:2", "d1:0", "d2:0"}));
  q.since = "2026-03";
  q.until = "2026-03";
  EXPECT_EQ(Find(q), (V{"d1:2", "d1:0", "d2:0"}));
  q.since = "2026-03-06";
  q.until = "";
  EXPECT_EQ(Find(q), (V{"d1:2", "d2:1"}));
  q.since = "";
  q.until = "2026-02-28";
  EXPECT_EQ(Find(q), (V{"d1:1"}));
  q.until = "2026";
  EXPECT_EQ(Find(q).size(), 5u);  // all dated ones
  q.until = "March 2026";
  auto bad = a_->Events(q);
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("March 2026"), std::string::npos);
}

TEST_F(EventsTest, CombinedFiltersLimitAndOffset) {
  EventQuery q;
  q.actor = "ISR";
  q.since = "2026-03-01";
  EXPECT_EQ(Find(q), (V{"d1:2", "d1:0", "d2:0", "d2:1"}));
  q.limit = 2;
  EXPECT_EQ(Find(q), (V{"d1:2", "d1:0"}));
  q.offset = 2;
  EXPECT_EQ(Find(q), (V{"d2:0", "d2:1"}));
  q.limit = 0;
  q.offset = 3;
  EXPECT_EQ(Find(q), (V{"d2:1"}));
  q.doc_id = "d1";
  q.offset = 0;
  EXPECT_EQ(Find(q), (V{"d1:2", "d1:0"}));
}

TEST(EventsModePlaceTest, ModeAndPlaceFilters) {
  testing::TempDir dir;
  auto opened = Archive::Open(dir.File("m.db"));
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  std::unique_ptr<Archive> a = std::move(opened).value();
  Document d = MakeDoc("d", "T", {"S0.", "S1.", "S2."});
  Event talks = MakeEvent(d, 0, "ISR", "SYR", "046", Day(2026, 1, 5));
  talks.mode = EventMode::kIntended;
  talks.location = EventLocation{"Paris", "FRA", 48.85, 2.35, true};
  Event strike = MakeEvent(d, 1, "ISRMIL", "SYR", "190", Day(2026, 1, 2));
  strike.location = EventLocation{"Quneitra", "SYR", 33.1, 35.8, true};
  Event denial = MakeEvent(d, 2, "SYR", "ISR", "190", Day(2026, 1, 3));
  denial.mode = EventMode::kNegated;
  ASSERT_TRUE(a->Put(d, {talks, strike, denial}).ok());
  ASSERT_TRUE(a->Commit().ok());
  auto find = [&](const EventQuery& q) {
    auto r = a->Events(q);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    std::vector<uint32_t> out;
    if (r.ok()) {
      for (const Event& e : *r) out.push_back(e.sentence);
    }
    return out;
  };
  using U = std::vector<uint32_t>;
  EventQuery q;
  q.mode = "intended";
  EXPECT_EQ(find(q), (U{0}));
  q.mode = "Negated";
  EXPECT_EQ(find(q), (U{2}));
  q.mode = "asserted";
  EXPECT_EQ(find(q), (U{1}));
  q.mode = "planned";
  EXPECT_EQ(a->Events(q).status().code(), StatusCode::kInvalidArgument);
  q.mode = "";
  q.place = "FRA";  // the location's country
  EXPECT_EQ(find(q), (U{0}));
  q.place = "paris";  // its name, in any case
  EXPECT_EQ(find(q), (U{0}));
  q.place = "SYR";  // where, not who: the talks with Syria were in Paris
  EXPECT_EQ(find(q), (U{1}));
  q.place = "Damascus";
  EXPECT_TRUE(find(q).empty());
  q.place = std::string(300, 'x');
  EXPECT_EQ(a->Events(q).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace annalist
