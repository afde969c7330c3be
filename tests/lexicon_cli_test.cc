// `annalist lexicon check` and `annalist lexicon who` on the built-in
// lexicon and on small .lex folders written here: problems with file and
// line, counts, exit codes from cli.h's table, and overriding with a second
// --lexicon.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

TEST(LexiconCliTest, CheckTheBuiltInLexiconFindsNoProblem) {
  CliResult r = RunCli({"lexicon", "check"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("0 problems in 6 files: "));
  // The same with the spec named.
  CliResult named = RunCli({"lexicon", "check", "default"});
  EXPECT_EQ(named.exit_code, 0);
  EXPECT_EQ(named.out, r.out);
}

TEST(LexiconCliTest, CheckPrintsEveryProblemWithFileAndLineAndExitsOne) {
  TempDir tmp;
  fs::create_directories(tmp.path() / "bad");
  WriteFile((tmp.path() / "bad" / "a.lex").string(),
            "country SYR\n"
            "  name: Syria\n"
            "  code: SYRGOV 2025-05..2024-01\n"
            "verb meet 999\n"
            "set a: &b\n"
            "set b: &a\n");
  WriteFile((tmp.path() / "bad" / "b.lex").string(),
            "actor XQZREB\n"
            "  name: Nowhere Front\n"
            "actor IGOUNO\n"
            "  name: Syria | United Nations\n"
            "verb greet 040\n"
            "  pattern: * {with + [040]\n");
  CliResult r = RunCli({"lexicon", "check", (tmp.path() / "bad").string()});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("a.lex:3: reversed date range:   code: SYRGOV 2025-05..2024-01\n"));
  EXPECT_THAT(r.out, HasSubstr("a.lex:4: unknown event code: verb meet 999\n"));
  EXPECT_THAT(r.out, HasSubstr("a.lex:6: synonym-set cycle &a -> &b -> &a: set b: &a\n"));
  EXPECT_THAT(r.out, HasSubstr("b.lex:1: unknown actor code prefix XQZ: actor XQZREB\n"));
  EXPECT_THAT(r.out, HasSubstr("b.lex:4: phrase defined twice, first at a.lex:2:   "
                               "name: Syria | United Nations\n"));
  EXPECT_THAT(r.out, HasSubstr("b.lex:6: bad pattern: unbalanced {:   pattern: * {with + [040]\n"));
  EXPECT_THAT(r.out,
              HasSubstr("6 problems in 2 files: 2 actors, 0 agents, 1 verbs, 0 patterns, 0 sets"));
  // A spec that does not exist is a runtime error too, said on stderr.
  CliResult missing = RunCli({"lexicon", "check", (tmp.path() / "none").string()});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_THAT(missing.err, HasSubstr("no such lexicon"));
}

TEST(LexiconCliTest, WhoGivesTheRoleInForceOnTheDate) {
  CliResult before = RunCli({"lexicon", "who", "al-Sharaa", "--on", "2024-12-07", "--json"});
  ASSERT_EQ(before.exit_code, 0) << before.err;
  std::vector<nlohmann::json> b = JsonLines(before.out);
  ASSERT_EQ(b.size(), 1u) << before.out;
  EXPECT_EQ(b[0]["code"], "SYRREB");
  EXPECT_EQ(b[0]["office"], "Leader of Hayat Tahrir al-Sham");
  EXPECT_EQ(b[0]["actor"]["kind"], "person");
  EXPECT_EQ(b[0]["actor"]["name"], "Ahmed al-Sharaa");
  EXPECT_EQ(b[0]["actor"]["codes"].size(), 2u);
  CliResult after = RunCli({"lexicon", "who", "al-Sharaa", "--on", "2024-12-08", "--json"});
  std::vector<nlohmann::json> a = JsonLines(after.out);
  ASSERT_EQ(a.size(), 1u) << after.out;
  EXPECT_EQ(a[0]["code"], "SYRGOV");
  EXPECT_EQ(a[0]["office"], "President of Syria");
  EXPECT_EQ(a[0]["actor"]["in_force"]["from"], "2024-12-08");
  EXPECT_TRUE(a[0]["actor"]["in_force"]["to"].is_null());
  // An actor and an agent: the code the coder would give.
  CliResult combo = RunCli(
      {"lexicon", "who", "Syrian foreign minister", "Netanyahu", "--on", "2000-01-01", "--json"});
  ASSERT_EQ(combo.exit_code, 0) << combo.err;
  std::vector<nlohmann::json> c = JsonLines(combo.out);
  ASSERT_EQ(c.size(), 2u) << combo.out;
  EXPECT_EQ(c[0]["code"], "SYRGOV");
  EXPECT_EQ(c[0]["agent"]["phrase"], "FOREIGN MINISTER");
  EXPECT_EQ(c[1]["code"], "ISRELI");  // between his terms: the default role
  EXPECT_EQ(c[1]["office"], "Israeli politician");
  // The table.
  CliResult table = RunCli({"lexicon", "who", "Bashar al-Assad", "--on", "2025-01-01"});
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_THAT(table.out, HasSubstr("entry   person Bashar al-Assad (people.lex:"));
  EXPECT_THAT(table.out, HasSubstr("code    SYRELI\n"));
  EXPECT_THAT(table.out, HasSubstr("office  Former President of Syria\n"));
}

TEST(LexiconCliTest, WhoExitCodesAndOverridingWithASecondLexicon) {
  CliResult none = RunCli({"lexicon", "who", "Nobody Atall", "--json"});
  EXPECT_EQ(none.exit_code, 4) << none.out;
  EXPECT_THAT(none.err, HasSubstr("nothing in the lexicon covers \"Nobody Atall\""));
  CliResult bad_date = RunCli({"lexicon", "who", "Netanyahu", "--on", "2024-13-01"});
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_THAT(bad_date.err, HasSubstr("--on: not a date"));
  CliResult no_name = RunCli({"lexicon", "who"});
  EXPECT_EQ(no_name.exit_code, 2);

  TempDir tmp;
  fs::create_directories(tmp.path() / "mine");
  WriteFile((tmp.path() / "mine" / "people.lex").string(),
            "person Ahmed al-Sharaa\n"
            "  name: al-Sharaa\n"
            "  role: SYRGOV 2025-01-29..  Transitional President of Syria\n");
  CliResult mine = RunCli({"lexicon", "who", "al-Sharaa", "--on", "2025-02-01", "--lexicon",
                           "default", "--lexicon", (tmp.path() / "mine").string(), "--json"});
  ASSERT_EQ(mine.exit_code, 0) << mine.err;
  std::vector<nlohmann::json> m = JsonLines(mine.out);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0]["office"], "Transitional President of Syria");
  EXPECT_EQ(m[0]["actor"]["origin"], "people.lex:1");
  EXPECT_EQ(m[0]["actor"]["codes"].size(), 1u);
}

}  // namespace
}  // namespace annalist::testing
