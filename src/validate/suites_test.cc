// The real suites, run through the public harness with the real lexicon and
// coder. Each skips when the shared data is absent. Counts that depend only
// on the records are exact; rates that depend on the coder are floors at the
// figures measured when the test was written (docs/validation.md has them),
// so an improvement passes and a regression fails.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "annalist/records.h"
#include "annalist/validate.h"
#include "testing/testing.h"

namespace annalist {
namespace {

TEST(ValidateSuitesTest, TabariValidationSuite) {
  ANNALIST_REQUIRE_SHARED(project, "tabari/Validate.project");
  std::ostringstream log;
  auto r = ValidateTabari(project, &log);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::cout << "TABARI Validate: " << r->passed << " of " << r->checked
            << " standard records pass; after FINAL-01 " << r->extra_passed << " of "
            << r->extra_checked << "\n";
  // What the records hold (independent of the coder): 481 records; 472
  // before FINAL-01, of which 23 only set options and 5 list nothing
  // checkable ("-{" only), leaving 444 to compare. After FINAL-01, 6 are
  // compared, 1 is "-{" only and 2 have no validation field.
  EXPECT_EQ(r->records, 481u);
  EXPECT_EQ(r->checked, 444u);
  EXPECT_EQ(r->option_records, 23u);
  EXPECT_EQ(r->unchecked, 6u);
  EXPECT_EQ(r->extra_checked, 6u);
  EXPECT_EQ(r->options_applied + r->options_unsupported, 31u);
  EXPECT_EQ(r->expected_events, 521u);
  EXPECT_EQ(r->passed + r->failed, r->checked);
  EXPECT_EQ(r->failures.size(), r->failed + r->extra_failed);
  EXPECT_NE(log.str().find("standard set ends at FINAL-01"), std::string::npos);
  // Expected events found: 436 of 521 at the first measurement.
  EXPECT_GE(r->passed, 413u);  // measured 414 of 444 on 2026-11-26 (both Reuters rounds merged)
  EXPECT_GE(r->pass_rate(), 0.93);
  EXPECT_GE(r->matched_events, 425u);
}

TEST(ValidateSuitesTest, TabariDemoSuite) {
  ANNALIST_REQUIRE_SHARED(project, "tabari/TABARI.Demo.project");
  auto r = ValidateTabari(project, nullptr);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::cout << "TABARI Demo: " << r->passed << " of " << r->checked << " pass\n";
  EXPECT_EQ(r->records, 46u);
  EXPECT_EQ(r->checked, 43u);
  // Measured: 39 of 43.
  EXPECT_GE(r->passed, 38u);
}

TEST(ValidateSuitesTest, PetrarchUnitTests) {
  ANNALIST_REQUIRE_SHARED(records, "petrarch/PETR.UnitTest.records.xml");
  std::ostringstream log;
  auto r = ValidatePetrarch(records, "", &log);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::cout << "PETRARCH unit tests: " << r->passed << " of " << r->checked
            << " evaluated records pass\n";
  // 284 records: 278 evaluated by <Include> and sentence="true"; one of
  // those has no <EventCoding> at all, so 277 are compared, and 6 records
  // outside the standard set are compared and reported apart.
  EXPECT_EQ(r->records, 284u);
  EXPECT_EQ(r->checked + r->extra_checked + r->unchecked, 284u);
  EXPECT_EQ(r->checked, 277u);
  EXPECT_EQ(r->expected_events, 350u);
  // Measured: 228 of 277 (82.3%).
  EXPECT_GE(r->passed, 227u);
}

TEST(ValidateSuitesTest, PetrarchUnitTestsWithExplicitDictionaryDir) {
  ANNALIST_REQUIRE_SHARED(records, "petrarch/PETR.UnitTest.records.xml");
  const std::string dir = records.substr(0, records.rfind('/'));
  auto r = ValidatePetrarch(records, dir, nullptr);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->checked, 277u);
  auto missing = ValidatePetrarch(records, "/nonexistent/dictionaries", nullptr);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST(ValidateSuitesTest, GoldStandardScore) {
  ANNALIST_REQUIRE_SHARED(gold, "gold/PETR2_GSR_validation.xml");
  ANNALIST_REQUIRE_SHARED(config, "petrarch/PETR_config.ini");
  auto r = ScoreGold(gold, {config}, nullptr);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::cout << "PETR2 gold: precision " << r->precision << " recall " << r->recall << " F1 "
            << r->f1 << "\n";
  EXPECT_EQ(r->sentences, 78u);
  EXPECT_EQ(r->gold_events, 80u);  // distinct (source, target, root) triples
  EXPECT_TRUE(r->problems.empty());
  // Measured: P 0.418 (38/91), R 0.475 (38/80), F1 0.444.
  EXPECT_GE(r->true_positives, 36u);
  EXPECT_GE(r->f1, 0.42);
  // The <Environment>'s own files, found in ../petrarch, give the same.
  auto env = ScoreGold(gold, {}, nullptr);
  ASSERT_TRUE(env.ok()) << env.status().ToString();
  EXPECT_EQ(env->true_positives, r->true_positives);
}

// The Reuters differential check on its first records (ids below
// R0002000), written to a temporary folder at run time.
TEST(ValidateSuitesTest, ReutersDiffAgainstTabari) {
  ANNALIST_REQUIRE_SHARED(text, "tabari/reuters/reuters.sentences.text");
  ANNALIST_REQUIRE_SHARED(tsv, "tabari/reuters/tabari-0.8.4b2.events.tsv");
  ANNALIST_REQUIRE_SHARED(project, "tabari/reuters/reuters.project");
  testing::TempDir tmp;
  const std::string cut = "R0002000";
  {
    auto reader = TabariRecordReader::Open(text);
    ASSERT_TRUE(reader.ok());
    std::ofstream out(tmp.File("part.text"));
    TabariRecord r;
    while ((*reader)->Next(&r) && r.id < cut) out << r.header << "\n" << r.text << "\n\n";
    std::ifstream in(tsv);
    std::ofstream part_tsv(tmp.File("part.tsv"));
    std::string line;
    while (std::getline(in, line)) {
      if (line.substr(line.rfind('\t') + 1) < cut) part_tsv << line << "\n";
    }
  }
  std::ostringstream log;
  auto r = DiffAgainstTabari(tmp.File("part.text"), tmp.File("part.tsv"), {project}, 2, &log);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::cout << log.str();
  EXPECT_EQ(r->reproduced + r->missed, r->reference_events);
  EXPECT_EQ(r->reproduced + r->extra, r->our_events);
  EXPECT_EQ(r->wrong_code + r->wrong_source + r->wrong_target + r->missed_entirely, r->missed);
  EXPECT_EQ(r->wrong_code + r->wrong_source + r->wrong_target + r->extra_entirely, r->extra);
  // Measured on these 10,229 records: 191 of TABARI's 209 events
  // reproduced (recall 0.914), 191 of our 236 (precision 0.809); at the
  // first measurement 144 (0.689) and 144 of 256 (0.563). On the whole
  // file: 2081 of 2308 (0.902) and 2081 of 2308 (0.902).
  EXPECT_EQ(r->records, 10229u);
  EXPECT_EQ(r->reference_events, 209u);
  EXPECT_GE(r->recall(), 0.90);
  EXPECT_GE(r->precision(), 0.78);
}

// The whole Reuters differential (109,540 records, about a second on two
// threads): the share of TABARI's events reproduced and of others coded.
TEST(ValidateSuitesTest, ReutersDiffWholeFile) {
  ANNALIST_REQUIRE_SHARED(text, "tabari/reuters/reuters.sentences.text");
  ANNALIST_REQUIRE_SHARED(tsv, "tabari/reuters/tabari-0.8.4b2.events.tsv");
  ANNALIST_REQUIRE_SHARED(project, "tabari/reuters/reuters.project");
  auto r = DiffAgainstTabari(text, tsv, {project}, 2, nullptr);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_GT(r->records, 100000u);
  const double reproduced = 100.0 * r->reproduced / r->reference_events;
  const double extra = 100.0 * r->extra / r->reference_events;
  std::printf(
      "Reuters vs TABARI 0.8.4b2: %zu events, reproduced %zu (%.1f%%), others %zu (%.1f%%)\n",
      r->reference_events, r->reproduced, reproduced, r->extra, extra);
  // Goals: >= 85% reproduced, <= 15% others.
  EXPECT_GE(reproduced, 89.9);  // measured 90.2% on 2026-11-26 (was 76.9%)
  EXPECT_LE(extra, 10.2);       // measured 9.8% (was 28.1%)
}

}  // namespace
}  // namespace annalist
