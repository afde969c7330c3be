// End-to-end tests of the one exit-code table (tools/annalist/cli.h,
// docs/cli.md): for every command, one case per code it can give. 0 ok,
// 1 the command could not do its job (missing input, unreadable archive),
// 2 usage or bad value (a bad date in every command that takes one, bad
// numbers, CLI11 parse errors), 3 `ingest --strict` with skipped records,
// 4 `show` of a missing id, 5 `validate` with failures.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

using ::testing::HasSubstr;

// Two articles, one a dyad the built-in lexicon codes.
constexpr char kArticles[] =
    "{\"id\":\"a1\",\"published\":\"2016-11-08\",\"text\":\"Israeli troops attacked Syrian "
    "forces near the border.\"}\n"
    "{\"id\":\"a2\",\"published\":\"2016-11-09\",\"text\":\"Syria accused Israel of "
    "violating the ceasefire.\"}\n";

// A shared archive of the two articles, plus files that are not archives.
class ExitCodesCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir();
    articles_ = tmp_->File("articles.jsonl");
    WriteFile(articles_, kArticles);
    db_ = tmp_->File("news.db");
    CliResult r = RunCli({"ingest", "-q", "--db", db_, articles_});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    not_db_ = tmp_->File("not-an-archive.db");
    WriteFile(not_db_, "this is a text file, not SQLite\n");
    missing_ = tmp_->File("no-such-file");
  }
  static void TearDownTestSuite() { delete tmp_; }

  // Runs and checks the exit code, and that an error says something.
  static CliResult Expect(int code, const std::vector<std::string>& args,
                          const std::string& input = "") {
    CliResult r = RunCli(args, input);
    std::string line;
    for (const std::string& a : args) line += a + " ";
    EXPECT_EQ(r.exit_code, code) << line << "\n" << r.err;
    if (code != 0) {
      EXPECT_FALSE(r.err.empty()) << line;
    }
    return r;
  }

  static TempDir* tmp_;
  static std::string articles_, db_, not_db_, missing_;
};
TempDir* ExitCodesCliTest::tmp_ = nullptr;
std::string ExitCodesCliTest::articles_, ExitCodesCliTest::db_, ExitCodesCliTest::not_db_,
    ExitCodesCliTest::missing_;

TEST_F(ExitCodesCliTest, Ingest) {
  TempDir tmp;
  const std::string db = tmp.File("i.db");
  Expect(0, {"ingest", "-q", "--db", db, articles_});
  CliResult r = Expect(1, {"ingest", "-q", "--db", db, missing_});
  EXPECT_THAT(r.err, HasSubstr("no-such-file"));
  Expect(1, {"ingest", "-q", "--db", not_db_, articles_});
  r = Expect(2, {"ingest", "-q", "--db", db, "--published", "2016-13-45", articles_});
  EXPECT_THAT(r.err, HasSubstr("--published"));
  Expect(2, {"ingest", "-q", "--db", db, "--published", "last tuesday", articles_});
  Expect(2, {"ingest", "-q", "--db", db, "--threads", "abc", articles_});
  Expect(2, {"ingest", "-q", "--db", db, "--no-such-flag", articles_});
  r = Expect(2, {"ingest", "-q", "--db", db});  // no PATH
  EXPECT_THAT(r.err, HasSubstr("Run with --help"));
  // --strict: a malformed line is skipped, the rest stored, exit 3.
  const std::string bad = tmp.File("bad.jsonl");
  WriteFile(bad, std::string(kArticles) + "{\"id\": \"a3\", \"text\": \n");
  r = Expect(3, {"ingest", "-q", "--strict", "--db", tmp.File("s.db"), bad});
  EXPECT_THAT(r.err, HasSubstr("bad.jsonl"));
  // Without --strict the same input is a success.
  Expect(0, {"ingest", "-q", "--db", tmp.File("n.db"), bad});
}

TEST_F(ExitCodesCliTest, Search) {
  CliResult r = Expect(0, {"search", "--db", db_, "Syrian"});
  EXPECT_THAT(r.out, HasSubstr("a1"));
  r = Expect(0, {"search", "--db", db_, "nothingmatchesthis"});
  EXPECT_THAT(r.out, HasSubstr("no match"));
  Expect(1, {"search", "--db", missing_, "Syrian"});
  Expect(1, {"search", "--db", not_db_, "Syrian"});
  for (const char* flag : {"--since", "--until"}) {
    r = Expect(2, {"search", "--db", db_, flag, "2016-02-30", "Syrian"});
    EXPECT_THAT(r.err, HasSubstr("is not a date"));
    // A bad date is the user's to fix, whatever the archive.
    Expect(2, {"search", "--db", missing_, flag, "soon", "Syrian"});
  }
  Expect(2, {"search", "--db", db_, "--limit", "0", "Syrian"});
  Expect(2, {"search", "--db", db_});  // no QUERY
}

TEST_F(ExitCodesCliTest, Show) {
  CliResult r = Expect(0, {"show", "--db", db_, "a1"});
  EXPECT_THAT(r.out, HasSubstr("Israeli troops"));
  Expect(1, {"show", "--db", missing_, "a1"});
  Expect(1, {"show", "--db", not_db_, "a1"});
  Expect(2, {"show", "--db", db_});  // no DOC_ID
  Expect(2, {"show", "--db", db_, "a1", "a2"});
  r = Expect(4, {"show", "--db", db_, "no-such-id"});
  EXPECT_THAT(r.err, HasSubstr("no-such-id"));
}

TEST_F(ExitCodesCliTest, Stats) {
  CliResult r = Expect(0, {"stats", "--db", db_});
  EXPECT_THAT(r.out, HasSubstr("documents: 2"));
  Expect(1, {"stats", "--db", missing_});
  Expect(1, {"stats", "--db", not_db_});
  Expect(2, {"stats", "--db", db_, "--no-such-flag"});
  Expect(2, {"stats", "--db"});  // --db without its value
}

TEST_F(ExitCodesCliTest, Code) {
  CliResult r = Expect(0, {"code", "-q", articles_});
  EXPECT_THAT(r.out, HasSubstr("\"a1\""));
  Expect(0, {"code", "-q"}, kArticles);
  r = Expect(1, {"code", "-q", missing_});
  EXPECT_THAT(r.err, HasSubstr("no-such-file"));
  Expect(1, {"code", "-q", "--lexicon", missing_, articles_});
  r = Expect(2, {"code", "-q", "--date", "2016-02-30", articles_});
  EXPECT_THAT(r.err, HasSubstr("--date"));
  Expect(2, {"code", "-q", "--date", "yesterday", articles_});
  Expect(2, {"code", "-q", "--output-format", "xml", articles_});
  Expect(2, {"code", "-q", "--input-format", "xml", articles_});
  Expect(2, {"code", "-q", "--threads", "-2", articles_});
}

TEST_F(ExitCodesCliTest, Events) {
  CliResult r = Expect(0, {"events", "--db", db_});
  EXPECT_THAT(r.out, HasSubstr("ISR"));
  Expect(1, {"events", "--db", missing_});
  Expect(1, {"events", "--db", not_db_});
  for (const char* flag : {"--since", "--until"}) {
    r = Expect(2, {"events", "--db", db_, flag, "2016-13"});
    EXPECT_THAT(r.err, HasSubstr("is not a date"));
    Expect(2, {"events", "--db", missing_, flag, "2016-13"});
  }
  for (const char* pair : {",SYR", "ISR,", "ISR"}) {
    r = Expect(2, {"events", "--db", db_, "--pair", pair});
    EXPECT_THAT(r.err, HasSubstr("--pair wants two actor codes"));
  }
  Expect(2, {"events", "--db", db_, "--limit", "0"});
  Expect(2, {"events", "--db", db_, "--format", "xml"});
}

TEST_F(ExitCodesCliTest, Timeline) {
  CliResult r = Expect(0, {"timeline", "--db", db_, "ISR"});
  EXPECT_THAT(r.out, HasSubstr("Israeli troops"));
  Expect(0, {"timeline", "--db", db_, "ISR", "SYR"});
  Expect(1, {"timeline", "--db", missing_, "ISR"});
  Expect(1, {"timeline", "--db", not_db_, "ISR"});
  for (const char* flag : {"--since", "--until"}) {
    r = Expect(2, {"timeline", "--db", db_, flag, "2016-11-31", "ISR"});
    EXPECT_THAT(r.err, HasSubstr("is not a date"));
  }
  Expect(2, {"timeline", "--db", db_});  // no A
  Expect(2, {"timeline", "--db", db_, "ISR", "SYR", "USA"});
  r = Expect(2, {"timeline", "--db", db_, "ISR", "XYZQ"});
  EXPECT_THAT(r.err, HasSubstr("B XYZQ"));
}

TEST_F(ExitCodesCliTest, Recode) {
  TempDir tmp;
  const std::string db = tmp.File("r.db");
  Expect(0, {"ingest", "-q", "--db", db, articles_});
  CliResult r = Expect(0, {"recode", "-q", "--db", db});
  EXPECT_THAT(r.out, HasSubstr("already coded"));
  Expect(1, {"recode", "-q", "--db", not_db_});
  Expect(1, {"recode", "-q", "--db", db, "--lexicon", missing_});
  Expect(2, {"recode", "-q", "--db", db, "--threads", "0x10"});
  Expect(2, {"recode", "-q", "--db", "ftp://example.org/news.db"});
}

TEST_F(ExitCodesCliTest, Validate) {
  Expect(1, {"validate", "tabari", missing_});
  Expect(1, {"validate", "petrarch", missing_});
  CliResult r = Expect(2, {"validate"});
  EXPECT_THAT(r.err, HasSubstr("the commands are: tabari, petrarch, gold, diff"));
  r = Expect(2, {"validate", "tabary"});
  EXPECT_THAT(r.err, HasSubstr("unknown command 'tabary'"));
  Expect(2, {"validate", "tabari"});                      // no PROJECT_FILE
  Expect(2, {"validate", "diff", articles_, articles_});  // --lexicon is required
  Expect(2,
         {"validate", "diff", "--lexicon", "default", "--threads", "none", articles_, articles_});
  ANNALIST_REQUIRE_SHARED(project, "tabari/Validate.project");
  // The TABARI suite has records annalist does not pass (docs/validation.md).
  r = Expect(5, {"validate", "tabari", project});
  EXPECT_THAT(r.out, HasSubstr(" failed"));
  EXPECT_THAT(r.out, ::testing::Not(HasSubstr(", 0 failed")));
}

}  // namespace
}  // namespace annalist::testing
