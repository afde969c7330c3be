// End-to-end tests of what `annalist ingest` reads: corpus metadata tables
// (PolNeAR, when the shared data is present), --published, HTML pages and
// gzip input, through the built binary.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

nlohmann::json Summary(const CliResult& r) {
  size_t end = r.out.find_last_not_of('\n');
  size_t begin = r.out.rfind('\n', end);
  begin = begin == std::string::npos ? 0 : begin + 1;
  return nlohmann::json::parse(r.out.substr(begin, end - begin + 1), nullptr, false);
}

TEST(IngestInputsCliTest, PolNeARTimelineIsDated) {
  ANNALIST_REQUIRE_SHARED(polnear, "corpus/polnear");
  TempDir tmp;
  std::string db = tmp.File("polnear.db");
  CliResult ingest = RunCli({"ingest", "--json", "-q", "--db", db, polnear});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  nlohmann::json s = Summary(ingest);
  EXPECT_EQ(s["read"].get<int>(), 1008);
  EXPECT_EQ(s["skipped"].get<int>(), 0);
  CliResult timeline = RunCli({"timeline", "--db", db, "USA"});
  ASSERT_EQ(timeline.exit_code, 0) << timeline.err;
  EXPECT_THAT(timeline.out, HasSubstr("2016-"));
  EXPECT_THAT(timeline.out, Not(HasSubstr("(no date)")));
}

TEST(IngestInputsCliTest, PublishedDatesUndatedDocuments) {
  TempDir tmp;
  WriteFile(tmp.File("in/story.txt"), "Israel accused Syria of attacking its border.\n");
  std::string db = tmp.File("a.db");
  CliResult bad = RunCli({"ingest", "-q", "--db", db, "--published", "2016-13-40", tmp.File("in")});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr("--published"));
  CliResult ok = RunCli({"ingest", "-q", "--db", db, "--published", "2016-11-08", tmp.File("in")});
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  CliResult timeline = RunCli({"timeline", "--db", db, "ISR"});
  ASSERT_EQ(timeline.exit_code, 0) << timeline.err;
  EXPECT_THAT(timeline.out, HasSubstr("2016-11-08"));
  EXPECT_THAT(timeline.out, Not(HasSubstr("(no date)")));
}

TEST(IngestInputsCliTest, HtmlPageNamedDirectlyIsReadAsItsArticle) {
  TempDir tmp;
  WriteFile(tmp.File("page.html"),
            "<!DOCTYPE html><html><body><p>Israel accused Syria.</p></body></html>");
  CliResult r = RunCli({"ingest", "--json", "-q", "--db", tmp.File("h.db"), tmp.File("page.html")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json s = Summary(r);
  EXPECT_EQ(s["stored"].get<int>(), 1);
  EXPECT_FALSE(s["skipped_reasons"].contains("html"));
}

}  // namespace
}  // namespace annalist::testing
