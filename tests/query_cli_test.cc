// End-to-end tests of the query commands' filters and outputs (events,
// timeline, search, show, stats) on the demo corpus coded with the built-in
// lexicon: filters that would give an empty result by mistake are errors
// that say why.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class QueryCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir();
    db_ = tmp_->File("demo.db");
    CliResult r = RunCli({"ingest", "-q", "--db", db_, SourceDir() + "/data/demo"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // One article without a date, from its own outlet.
    r = RunCli({"ingest", "-q", "--db", db_, "-"},
               "{\"id\":\"undated-1\",\"outlet\":\"Lone Wire\",\"text\":\"Israeli troops "
               "attacked Syrian forces near the border on Tuesday.\"}\n");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete tmp_; }

  static CliResult Run(std::vector<std::string> args) {
    args.insert(args.begin() + 1, {"--db", db_});
    return RunCli(args);
  }

  static TempDir* tmp_;
  static std::string db_;
};
TempDir* QueryCliTest::tmp_ = nullptr;
std::string QueryCliTest::db_;

TEST_F(QueryCliTest, UnknownActorIsAnErrorNamingCloseCodes) {
  CliResult r = Run({"events", "--actor", "ISX"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("no actor code in the archive starts with ISX"));
  EXPECT_THAT(r.err, HasSubstr("ISR"));
  r = Run({"timeline", "SYRR"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("close: SYR"));
  // A known prefix, in any case, is fine.
  r = Run({"events", "--actor", "isr"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("ISR"));
}

TEST_F(QueryCliTest, PairAcceptsSpacesAndRejectsMalformedPairs) {
  CliResult tight = Run({"events", "--pair", "ISR,SYR", "--format", "jsonl"});
  CliResult spaced = Run({"events", "--pair", "ISR, SYR", "--format", "jsonl"});
  ASSERT_EQ(tight.exit_code, 0) << tight.err;
  ASSERT_EQ(spaced.exit_code, 0) << spaced.err;
  EXPECT_FALSE(tight.out.empty());
  EXPECT_EQ(spaced.out, tight.out);
  for (const char* bad : {"A,B,C", ",SYR", "ISR,", "ISR SYR", "IS-R,SYR"}) {
    CliResult r = Run({"events", "--pair", bad});
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_THAT(r.err, HasSubstr("--pair wants two actor codes A,B")) << bad;
  }
}

TEST_F(QueryCliTest, BadCodePloverLimitAndDatesExitTwo) {
  CliResult r = Run({"events", "--code", "abc"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("1-4 digits such as 04"));
  EXPECT_EQ(Run({"events", "--code", "99"}).exit_code, 2);
  EXPECT_EQ(Run({"events", "--code", "19"}).exit_code, 0);
  r = Run({"events", "--plover", "FOO"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("CONSULT"));
  EXPECT_EQ(Run({"events", "--plover", "assault"}).exit_code, 0);
  r = Run({"events", "--limit", "0"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--limit"));
  r = Run({"search", "--limit", "0", "Syria"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"events", "--since", "2026-13-01"},
        std::vector<std::string>{"timeline", "--until", "yesterday", "ISR"},
        std::vector<std::string>{"search", "--since", "March", "Syria"}}) {
    r = Run(args);
    EXPECT_EQ(r.exit_code, 2) << args[0] << " " << r.err;
    EXPECT_THAT(r.err, HasSubstr("is not a date")) << args[0];
  }
}

TEST_F(QueryCliTest, EventsByDocumentAndOutlet) {
  CliResult r = Run({"events", "--doc", "undated-1", "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> rows = JsonLines(r.out);
  ASSERT_FALSE(rows.empty());
  for (const nlohmann::json& e : rows) EXPECT_EQ(e["doc"], "undated-1");
  r = Run({"events", "--outlet", "lone wire", "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(JsonLines(r.out).size(), rows.size());
  r = Run({"events", "--outlet", "No Such Outlet"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "no events\n");
}

TEST_F(QueryCliTest, TimelineJsonAndWrappedText) {
  CliResult json = Run({"timeline", "--json", "ISR"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  std::vector<nlohmann::json> rows = JsonLines(json.out);
  ASSERT_FALSE(rows.empty());
  for (const nlohmann::json& e : rows) {
    ASSERT_TRUE(e.is_object());
    EXPECT_TRUE(e.contains("text"));
  }
  // Text output: every sentence whole, in lines of at most 100 columns (when
  // not a terminal).
  CliResult text = Run({"timeline", "ISR"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  std::istringstream lines(text.out);
  std::string line, joined;
  while (std::getline(lines, line)) {
    if (!line.starts_with("            ")) continue;  // an event row
    // A sentence line may be longer only if it is one unbreakable word.
    if (line.size() > 100) {
      EXPECT_EQ(line.find(' ', line.find_first_not_of(' ')), std::string::npos) << line;
    }
    joined += line.substr(11);
  }
  for (const nlohmann::json& e : rows) {
    std::string sentence = e["text"].get<std::string>();
    std::string flat;
    std::istringstream words(sentence);
    std::string w;
    while (words >> w) flat += " " + w;
    EXPECT_THAT(joined, HasSubstr(flat.substr(1, 200))) << "cut: " << sentence;
    EXPECT_THAT(text.out, Not(HasSubstr("...\""))) << "a sentence was cut";
  }
}

TEST_F(QueryCliTest, SearchDateRange) {
  CliResult all = Run({"search", "--json", "--limit", "50", "Syria"});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  std::vector<nlohmann::json> hits = JsonLines(all.out);
  ASSERT_GE(hits.size(), 2u);
  CliResult late = Run({"search", "--json", "--limit", "50", "--since", "2026", "Syria"});
  ASSERT_EQ(late.exit_code, 0) << late.err;
  std::vector<nlohmann::json> late_hits = JsonLines(late.out);
  EXPECT_LT(late_hits.size(), hits.size());
  for (const nlohmann::json& h : late_hits) {
    EXPECT_GE(h["published"].get<std::string>(), "2026") << h.dump();
  }
}

TEST_F(QueryCliTest, ShowJsonHasSentencesMentionsAndEvents) {
  CliResult r = Run({"show", "--json", "undated-1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.out;
  ASSERT_TRUE(j["sentences"].is_array());
  ASSERT_EQ(j["sentences"].size(), 1u);
  EXPECT_THAT(j["sentences"][0]["text"].get<std::string>(), HasSubstr("Israeli troops"));
  ASSERT_TRUE(j["mentions"].is_array());
  ASSERT_TRUE(j["events"].is_array());
  ASSERT_FALSE(j["events"].empty());
  const nlohmann::json& e = j["events"][0];
  EXPECT_EQ(e["id"], "undated-1#0.0");
  EXPECT_EQ(e["sentence"], 0);
  EXPECT_TRUE(e.contains("span")) << e.dump();
}

TEST_F(QueryCliTest, StatsCountsUndatedDocumentsAndNamesTheProfile) {
  CliResult r = Run({"stats", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out, nullptr, false);
  EXPECT_EQ(j["undated_documents"], 1);
  EXPECT_EQ(j["profile"], "default");
  EXPECT_THAT(j["profile_hash"].get<std::string>(), HasSubstr("fnv1a64:"));
  r = Run({"stats"});
  EXPECT_THAT(r.out, HasSubstr("(1 without a date)"));
}

}  // namespace
}  // namespace annalist::testing
