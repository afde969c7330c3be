// End-to-end tests of `annalist recode` on Reuters-21578 files from the
// shared data: an archive ingested with the built-in lexicon and re-coded
// with the PETRARCH dictionaries holds the same events as a fresh ingest
// with them, also when the recode is killed with SIGKILL and run again; and
// ingest refuses to mix profiles. (The whole corpus is the acceptance figure
// in docs/archive.md, run by hand; here a few files keep the suite fast.)
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

using ::testing::HasSubstr;
using EventKey = std::tuple<std::string, int, std::string, std::string, std::string>;

std::string Code(const nlohmann::json& actor) {
  return actor.is_object() ? actor.value("code", "") : "";
}

// (doc, sentence, source, target, code) of every event in the archive.
std::multiset<EventKey> EventSet(const std::string& db) {
  CliResult r = RunCli({"events", "--db", db, "--format", "jsonl"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::multiset<EventKey> out;
  std::istringstream in(r.out);
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json e = nlohmann::json::parse(line, nullptr, false);
    if (!e.is_object()) {
      ADD_FAILURE() << "not JSON: " << line;
      continue;
    }
    out.insert({e["doc"].get<std::string>(), e["sentence"].get<int>(), Code(e["source"]),
                Code(e["target"]), e["cameo"].get<std::string>()});
  }
  return out;
}

nlohmann::json Stats(const std::string& db) {
  CliResult r = RunCli({"stats", "--json", "--db", db});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return nlohmann::json::parse(r.out, nullptr, false);
}

class RecodeCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    reuters_ = SharedFile("corpus/reuters21578/reut2-000.sgm");
    petrarch_ = SharedFile("petrarch/CAMEO.2.0.txt");
    if (reuters_.empty() || petrarch_.empty()) {
      GTEST_SKIP() << "shared data absent: corpus/reuters21578, petrarch";
    }
    petrarch_ = petrarch_.substr(0, petrarch_.rfind('/'));
    const std::string dir = reuters_.substr(0, reuters_.rfind('/'));
    for (const char* f : {"reut2-000.sgm", "reut2-001.sgm", "reut2-002.sgm"}) {
      files_.push_back(dir + "/" + f);
    }
  }

  // Ingests files_ into `db`, with --lexicon `lexicon` unless it is "".
  void Ingest(const std::string& db, const std::string& lexicon) {
    std::vector<std::string> args = {"ingest", "-q", "--db", db};
    args.insert(args.end(), files_.begin(), files_.end());
    // Last: --lexicon takes every value after it.
    if (!lexicon.empty()) args.insert(args.end(), {"--lexicon", lexicon});
    CliResult r = RunCli(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  TempDir tmp_;
  std::string reuters_, petrarch_;
  std::vector<std::string> files_;
};

TEST_F(RecodeCliTest, RecodeEqualsAFreshIngestAndIngestRefusesToMix) {
  const std::string db = tmp_.File("recoded.db"), fresh = tmp_.File("fresh.db");
  Ingest(db, "");
  Ingest(fresh, petrarch_);
  const std::multiset<EventKey> before = EventSet(db), expected = EventSet(fresh);
  ASSERT_GT(expected.size(), 500u);
  ASSERT_NE(before, expected);  // the two profiles code differently
  EXPECT_EQ(Stats(db)["profile"], "default");

  // Ingest with another profile than the archive's is refused, naming both.
  CliResult mixed = RunCli({"ingest", "-q", "--db", db, files_[0], "--lexicon", petrarch_});
  EXPECT_EQ(mixed.exit_code, 2);
  EXPECT_THAT(mixed.err, HasSubstr("'default'"));
  EXPECT_THAT(mixed.err, HasSubstr(petrarch_));
  EXPECT_THAT(mixed.err, HasSubstr("annalist recode"));

  CliResult r = RunCli({"recode", "--json", "--db", db, "--lexicon", petrarch_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json summary = nlohmann::json::parse(r.out, nullptr, false);
  EXPECT_EQ(summary["recoded"], summary["documents"]);
  EXPECT_EQ(summary["from"], "default");
  EXPECT_EQ(summary["events"].get<size_t>(), expected.size());
  EXPECT_EQ(EventSet(db), expected);
  nlohmann::json stats = Stats(db);
  EXPECT_EQ(stats["profile"], petrarch_);
  EXPECT_EQ(stats["profile_hash"], Stats(fresh)["profile_hash"]);
  EXPECT_EQ(stats["recode_pending"], "");

  // Now the archive takes PETRARCH-coded documents, and a second recode has
  // nothing to do.
  mixed = RunCli({"ingest", "-q", "--db", db, files_[0], "--lexicon", petrarch_});
  EXPECT_EQ(mixed.exit_code, 0) << mixed.err;
  r = RunCli({"recode", "--json", "--db", db, "--lexicon", petrarch_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["recoded"], 0);
}

TEST_F(RecodeCliTest, KillNineDuringRecodeThenRecodeAgainGivesTheSameEvents) {
  const std::string db = tmp_.File("killed.db"), fresh = tmp_.File("fresh.db");
  Ingest(db, "");
  Ingest(fresh, petrarch_);
  const std::multiset<EventKey> expected = EventSet(fresh);
  const uint64_t documents = Stats(db)["documents"].get<uint64_t>();

  int pid = StartCli({"recode", "-q", "--threads", "1", "--db", db, "--lexicon", petrarch_});
  // Kill it once some documents are committed as re-coded, before the end.
  bool killed_midway = false;
  for (int i = 0; i < 2000; ++i) {
    nlohmann::json s = Stats(db);
    const uint64_t left = s.value("recode_left", uint64_t{0});
    if (s["recode_pending"] != "" && left > 0 && left < documents) {
      kill(pid, SIGKILL);
      killed_midway = true;
      break;
    }
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      pid = -1;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (pid > 0) {
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
  }
  ASSERT_TRUE(killed_midway) << "the recode ended before it could be killed";
  nlohmann::json half = Stats(db);
  EXPECT_EQ(half["recode_pending"], petrarch_);
  EXPECT_GT(half["recode_left"].get<uint64_t>(), 0u);
  // An ingest in between is refused until the recode is finished.
  CliResult blocked = RunCli({"ingest", "-q", "--db", db, files_[0], "--lexicon", petrarch_});
  EXPECT_EQ(blocked.exit_code, 2);
  EXPECT_THAT(blocked.err, HasSubstr("unfinished"));

  CliResult r = RunCli({"recode", "--json", "--db", db, "--lexicon", petrarch_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json summary = nlohmann::json::parse(r.out, nullptr, false);
  EXPECT_GT(summary["resumed"].get<uint64_t>(), 0u);
  EXPECT_EQ(summary["resumed"].get<uint64_t>() + summary["recoded"].get<uint64_t>(), documents);
  EXPECT_EQ(EventSet(db), expected);
  EXPECT_EQ(Stats(db)["recode_pending"], "");
  EXPECT_EQ(RunCli({"stats", "--db", db}).exit_code, 0);
}

TEST(RecodeCliErrorsTest, MissingArchiveAndPostgresql) {
  TempDir tmp;
  CliResult r = RunCli({"recode", "--db", tmp.File("none.db")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("does not exist"));
  r = RunCli({"events", "--db", "postgresql://localhost/news"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("not built in this version"));
}

}  // namespace
}  // namespace annalist::testing
