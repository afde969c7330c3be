// `annalist ingest` of the shared news corpora (Reuters-21578, BBC, PolNeAR):
// every article with a body is stored once, a second run stores nothing, and
// `annalist search` finds known phrases with highlighted snippets.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

using ::testing::HasSubstr;

nlohmann::json Json(const std::string& out) {
  return nlohmann::json::parse(out.substr(0, out.find('\n')), nullptr, false);
}

// Articles with a body in each corpus, as counted independently in
// src/ingest/corpus_test.cc and docs/formats.md.
constexpr uint64_t kReutersWithBody = 21578 - 2535;  // 2,535 records have no <BODY>
constexpr uint64_t kBbcDistinct = 2225 - 98;         // 98 files repeat another byte for byte
constexpr uint64_t kPolnear = 840 + 84 + 84 - 1;     // one article is in train twice

class CorporaCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = SharedFile("corpus");
    if (corpus_.empty()) return;
    tmp_ = new TempDir();
    db_ = tmp_->File("corpora.db");
    CliResult r = RunCli({"ingest", "--json", "--threads", "2", "--db", db_, corpus_});
    first_exit_ = r.exit_code;
    first_ = Json(r.out);
    first_err_ = r.err;
  }
  static void TearDownTestSuite() {
    delete tmp_;
    tmp_ = nullptr;
  }
  void SetUp() override {
    if (corpus_.empty()) GTEST_SKIP() << "shared data absent: corpus";
  }

  static std::string corpus_;
  static TempDir* tmp_;
  static std::string db_;
  static int first_exit_;
  static nlohmann::json first_;
  static std::string first_err_;
};

std::string CorporaCliTest::corpus_;
TempDir* CorporaCliTest::tmp_ = nullptr;
std::string CorporaCliTest::db_;
int CorporaCliTest::first_exit_ = -1;
nlohmann::json CorporaCliTest::first_;
std::string CorporaCliTest::first_err_;

TEST_F(CorporaCliTest, EveryArticleWithABodyStoredOnce) {
  ASSERT_EQ(first_exit_, 0) << first_err_;
  ASSERT_TRUE(first_.is_object()) << first_err_;
  EXPECT_EQ(first_["stored"].get<uint64_t>(), kReutersWithBody + kBbcDistinct + kPolnear);
  EXPECT_EQ(first_["duplicates"].get<uint64_t>(), 98u + 1u);
  EXPECT_EQ(first_["skipped_reasons"]["no body"].get<uint64_t>(), 2535u);

  CliResult stats = RunCli({"stats", "--json", "--db", db_});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_EQ(Json(stats.out)["documents"].get<uint64_t>(),
            kReutersWithBody + kBbcDistinct + kPolnear);

  // Per corpus, by id prefix and source path.
  for (auto [query, min_hits] :
       {std::pair<const char*, int>{"cocoa", 10}, {"Labour", 10}, {"Trump", 10}}) {
    CliResult s = RunCli({"search", "--json", "--limit", "20", "--db", db_, query});
    ASSERT_EQ(s.exit_code, 0) << s.err;
    int lines = 0;
    for (char c : s.out) lines += c == '\n';
    EXPECT_GE(lines, min_hits) << query;
  }
}

TEST_F(CorporaCliTest, SecondRunStoresNothingNew) {
  ASSERT_EQ(first_exit_, 0) << first_err_;
  CliResult r = RunCli({"ingest", "--json", "--threads", "2", "--db", db_, corpus_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json j = Json(r.out);
  EXPECT_EQ(j["stored"].get<uint64_t>(), 0u);
  EXPECT_EQ(j["read"], first_["read"]);
}

TEST_F(CorporaCliTest, SearchFindsKnownPhrasesWithSnippets) {
  ASSERT_EQ(first_exit_, 0) << first_err_;
  struct Case {
    const char* query;
    const char* doc_prefix;  // the corpus the phrase is known to be in
    const char* highlighted;
  };
  // Phrases taken from the corpora's own articles.
  for (const Case& c : {Case{"\"maternity pay\"", "doc-", "aternity pay]"},
                        Case{"\"cocoa buffer stock\"", "reuters-", "[cocoa buffer stock]"},
                        Case{"\"Clinton Foundation\"", "doc-", "[Clinton Foundation]"}}) {
    CliResult s = RunCli({"search", "--json", "--limit", "5", "--db", db_, c.query});
    ASSERT_EQ(s.exit_code, 0) << s.err;
    nlohmann::json hit = Json(s.out);
    ASSERT_TRUE(hit.is_object()) << c.query << ": " << s.out;
    EXPECT_THAT(hit["doc"].get<std::string>(), ::testing::StartsWith(c.doc_prefix)) << c.query;
    EXPECT_THAT(hit["snippet"].get<std::string>(), HasSubstr(c.highlighted)) << c.query;
  }
}

}  // namespace
}  // namespace annalist::testing
