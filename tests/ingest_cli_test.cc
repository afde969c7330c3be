// End-to-end tests of `annalist ingest`, `search`, `show` and `stats`: the
// built binary on real inputs (the demo corpus, bad inputs made here, and the
// shared corpora when present).
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

nlohmann::json LastJsonLine(const std::string& out) {
  size_t end = out.find_last_not_of('\n');
  if (end == std::string::npos) return nullptr;
  size_t begin = out.rfind('\n', end);
  begin = begin == std::string::npos ? 0 : begin + 1;
  return nlohmann::json::parse(out.substr(begin, end - begin + 1), nullptr, false);
}

nlohmann::json IngestJson(const std::vector<std::string>& extra, int* exit_code = nullptr,
                          std::string* err = nullptr, const std::string& input = "") {
  std::vector<std::string> args = {"ingest", "--json"};
  args.insert(args.end(), extra.begin(), extra.end());
  CliResult r = RunCli(args, input);
  if (exit_code) *exit_code = r.exit_code;
  if (err) *err = r.err;
  return LastJsonLine(r.out);
}

uint64_t StatsDocuments(const std::string& db) {
  CliResult r = RunCli({"stats", "--json", "--db", db});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json j = LastJsonLine(r.out);
  return j.is_object() ? j["documents"].get<uint64_t>() : 0;
}

TEST(IngestCliTest, DemoCorpusStoredOnceAndSearchable) {
  TempDir tmp;
  std::string db = tmp.File("demo.db");
  std::string demo = SourceDir() + "/data/demo";
  size_t txt_files = 0;
  for (const auto& e : fs::directory_iterator(demo)) {
    if (e.path().extension() == ".txt") ++txt_files;
  }
  ASSERT_GE(txt_files, 15u);

  int rc = 0;
  std::string err;
  nlohmann::json first = IngestJson({"--db", db, demo + "/"}, &rc, &err);
  ASSERT_EQ(rc, 0) << err;
  ASSERT_TRUE(first.is_object());
  for (const char* key : {"read", "stored", "duplicates", "skipped", "seconds"}) {
    EXPECT_TRUE(first.contains(key)) << key;
  }
  // Every article file is stored once.
  EXPECT_EQ(first["stored"].get<size_t>(), txt_files);
  EXPECT_EQ(first["skipped"].get<int>(), 0);

  nlohmann::json second = IngestJson({"--db", db, demo}, &rc, &err);
  ASSERT_EQ(rc, 0) << err;
  EXPECT_EQ(second["stored"].get<int>(), 0);
  EXPECT_EQ(second["duplicates"].get<size_t>(), first["read"].get<size_t>());
  EXPECT_EQ(StatsDocuments(db), txt_files);

  CliResult search = RunCli({"search", "--db", db, "--json", "--limit", "3", "Paris"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  nlohmann::json hit = nlohmann::json::parse(search.out.substr(0, search.out.find('\n')));
  EXPECT_THAT(hit["snippet"].get<std::string>(), HasSubstr("Paris"));

  CliResult show = RunCli({"show", "--db", db, hit["doc"].get<std::string>()});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_THAT(show.out, HasSubstr("Paris"));
  EXPECT_EQ(RunCli({"show", "--db", db, "no-such-document"}).exit_code, 4);
}

TEST(IngestCliTest, BadInputsAreSkippedWithFileAndLineAndTheRestGoesThrough) {
  TempDir tmp;
  std::string in = tmp.File("in");
  WriteFile(in + "/good.txt", "Title: Good\n\nThe council met on Tuesday.\n");
  WriteFile(in + "/empty.txt", "");
  WriteFile(in + "/binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) +
                                    std::string(4000, '\0'));
  WriteFile(in + "/bad-utf8.txt", "Caf\xe9 owners protested in Lyon \xff\xfe today.\n");
  WriteFile(in + "/feed.jsonl",
            "{\"id\":\"a1\",\"title\":\"One\",\"text\":\"Ministers met in Oslo.\"}\n"
            "{\"id\":\"a2\",\"title\":\"Two\",\"text\":\"broken\n"
            "{\"id\":\"a3\",\"title\":\"Three\",\"text\":\"Envoys left Geneva.\"}\n");
  fs::create_symlink(in + "/vanished-target.txt", in + "/dangling.txt");
  std::string db = tmp.File("a.db");

  int rc = 0;
  std::string err;
  nlohmann::json j = IngestJson({"--db", db, in}, &rc, &err);
  ASSERT_EQ(rc, 0) << err;
  ASSERT_TRUE(j.is_object()) << err;
  EXPECT_EQ(j["stored"].get<int>(), 4);  // good, bad-utf8 (repaired), a1, a3
  EXPECT_EQ(j["skipped"].get<int>(), 4);  // empty, binary, line 2, dangling
  EXPECT_GE(j["repaired_bytes"].get<int>(), 3);
  EXPECT_THAT(err, HasSubstr("feed.jsonl:2"));
  EXPECT_THAT(err, HasSubstr("binary.txt"));
  EXPECT_THAT(err, HasSubstr("empty.txt"));
  EXPECT_THAT(err, HasSubstr("dangling.txt"));

  // --strict: the same skips make the run fail, but what was read is kept.
  std::string db2 = tmp.File("b.db");
  IngestJson({"--db", db2, "--strict", in}, &rc, &err);
  EXPECT_EQ(rc, 3);
  EXPECT_EQ(StatsDocuments(db2), 4u);
}

TEST(IngestCliTest, StandardInputJsonLines) {
  TempDir tmp;
  std::string db = tmp.File("s.db");
  int rc = 0;
  std::string err;
  nlohmann::json j = IngestJson(
      {"--db", db, "-"}, &rc, &err,
      "{\"id\":\"x\",\"text\":\"Talks resumed in Paris on Monday.\",\"published\":\"2026-01-05\"}\n");
  ASSERT_EQ(rc, 0) << err;
  EXPECT_EQ(j["stored"].get<int>(), 1);
  CliResult show = RunCli({"show", "--db", db, "--json", "x"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_EQ(LastJsonLine(show.out)["published"], "2026-01-05");
}

TEST(IngestCliTest, FiftyMegabyteArticle) {
  TempDir tmp;
  std::string para = "The delegations met again in Paris and agreed to continue. ";
  std::string big = "Title: Long\n\n";
  while (big.size() < 50u * 1000 * 1000) big += para;
  WriteFile(tmp.File("big.txt"), big);
  int rc = 0;
  std::string err;
  nlohmann::json j = IngestJson({"--db", tmp.File("big.db"), tmp.File("big.txt")}, &rc, &err);
  ASSERT_EQ(rc, 0) << err;
  EXPECT_EQ(j["stored"].get<int>(), 1);
  EXPECT_GT(j["sentences"].get<uint64_t>(), 800000u);
}

TEST(IngestCliTest, TenThousandSmallFiles) {
  TempDir tmp;
  std::string dir = tmp.File("many");
  for (int i = 0; i < 10000; ++i) {
    WriteFile(dir + "/d" + std::to_string(i / 1000) + "/f" + std::to_string(i) + ".txt",
              "Report number " + std::to_string(i) + ": officials met in Cairo.\n");
  }
  int rc = 0;
  std::string err;
  nlohmann::json j = IngestJson({"--db", tmp.File("many.db"), dir}, &rc, &err);
  ASSERT_EQ(rc, 0) << err;
  EXPECT_EQ(j["stored"].get<int>(), 10000);
  EXPECT_EQ(j["files"].get<int>(), 10000);
}

TEST(IngestCliTest, DatabaseThatIsNotSqliteIsRefusedByName) {
  TempDir tmp;
  std::string db = tmp.File("notes.db");
  WriteFile(db, "These are my notes, not a database. Please do not overwrite them.\n");
  WriteFile(tmp.File("a.txt"), "Officials met.\n");
  CliResult r = RunCli({"ingest", "--db", db, tmp.File("a.txt")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr(db));
  EXPECT_EQ(ReadFile(db), "These are my notes, not a database. Please do not overwrite them.\n");
  EXPECT_EQ(RunCli({"stats", "--db", db}).exit_code, 1);
}

TEST(IngestCliTest, ReadOnlyDatabasePathFailsClearly) {
  TempDir tmp;
  WriteFile(tmp.File("a.txt"), "Officials met.\n");
  // Tests may run as root, which ignores permission bits: use places no one
  // can create a file in.
  WriteFile(tmp.File("plain-file"), "x");
  for (const std::string& db : {tmp.File("plain-file") + "/sub.db", std::string("/proc/annalist-test.db")}) {
    CliResult r = RunCli({"ingest", "--db", db, tmp.File("a.txt")});
    EXPECT_EQ(r.exit_code, 1) << db;
    EXPECT_THAT(r.err, HasSubstr(db));
  }
  if (geteuid() != 0) {
    std::string ro = tmp.File("ro");
    fs::create_directory(ro);
    chmod(ro.c_str(), 0555);
    CliResult r = RunCli({"ingest", "--db", ro + "/x.db", tmp.File("a.txt")});
    EXPECT_EQ(r.exit_code, 1);
  }
}

TEST(IngestCliTest, NoSuchInputIsAnError) {
  TempDir tmp;
  CliResult r = RunCli({"ingest", "--db", tmp.File("x.db"), tmp.File("missing-dir")});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_THAT(r.err, HasSubstr("missing-dir"));
}

TEST(IngestCliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(RunCli({}).exit_code, 2);
  EXPECT_EQ(RunCli({"ingest"}).exit_code, 2);
  EXPECT_EQ(RunCli({"ingest", "--format", "pdf", "x"}).exit_code, 2);
  EXPECT_EQ(RunCli({"no-such-command"}).exit_code, 2);
}

// kill -9 in the middle of an ingest, then the same ingest again: the archive
// opens, and it holds exactly the documents of one uninterrupted ingest.
TEST(IngestCliTest, KillNineThenRerunGivesTheSameArchive) {
  TempDir tmp;
  std::string dir = tmp.File("corpus");
  for (int i = 0; i < 4000; ++i) {
    std::string body;
    for (int k = 0; k < 40; ++k) {
      body += "Delegation " + std::to_string(i) + " met envoy " + std::to_string(k) +
              " in Paris to discuss the security arrangement. ";
    }
    WriteFile(dir + "/f" + std::to_string(i) + ".txt", body + "\n");
  }
  std::string reference = tmp.File("reference.db");
  int rc = 0;
  IngestJson({"--db", reference, dir}, &rc);
  ASSERT_EQ(rc, 0);
  const uint64_t expected = StatsDocuments(reference);
  ASSERT_EQ(expected, 4000u);

  std::string db = tmp.File("killed.db");
  for (int attempt = 0; attempt < 3; ++attempt) {
    int pid = StartCli({"ingest", "--db", db, "--threads", "2", dir});
    std::this_thread::sleep_for(std::chrono::milliseconds(150 + 200 * attempt));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    // Whatever was committed is readable and not more than the whole.
    if (fs::exists(db)) {
      EXPECT_LE(StatsDocuments(db), expected);
    }
  }
  nlohmann::json j = IngestJson({"--db", db, dir}, &rc);
  ASSERT_EQ(rc, 0);
  EXPECT_EQ(StatsDocuments(db), expected);
  EXPECT_EQ(j["stored"].get<uint64_t>() + j["duplicates"].get<uint64_t>(), expected);
  CliResult check = RunCli({"stats", "--db", db});
  EXPECT_EQ(check.exit_code, 0);
}

}  // namespace
}  // namespace annalist::testing
