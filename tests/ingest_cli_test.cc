// End-to-end tests of `annalist ingest`, `search`, `show` and `stats`: the
// built binary on real inputs (the demo corpus, bad inputs made here, and the
// shared corpora when present).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "annalist/archive.h"
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
  WriteFile(in + "/binary.txt", std::string("\x7f"
                                            "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                            16) +
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
  EXPECT_EQ(j["stored"].get<int>(), 4);   // good, bad-utf8 (repaired), a1, a3
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
  nlohmann::json j = IngestJson({"--db", db, "-"}, &rc, &err,
                                "{\"id\":\"x\",\"text\":\"Talks resumed in Paris on "
                                "Monday.\",\"published\":\"2026-01-05\"}\n");
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
  // Over the default limit (16 MiB): skipped as too large, naming the file.
  nlohmann::json j = IngestJson({"--db", tmp.File("big.db"), tmp.File("big.txt")}, &rc, &err);
  ASSERT_EQ(rc, 0) << err;
  EXPECT_EQ(j["stored"].get<int>(), 0);
  EXPECT_NE(err.find("big.txt"), std::string::npos) << err;
  EXPECT_NE(err.find("more than the limit of 16777216 bytes"), std::string::npos) << err;
  // Allowed by --max-document-bytes, it is stored, coded by the writer a
  // run of sentences at a time.
  j = IngestJson(
      {"--db", tmp.File("big.db"), "--max-document-bytes", "67108864", tmp.File("big.txt")}, &rc,
      &err);
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
  for (const std::string& db :
       {tmp.File("plain-file") + "/sub.db", std::string("/proc/annalist-test.db")}) {
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
// The committed document count, or 0 while the file is not an archive yet
// (a kill can land before the first commit).
uint64_t CommittedDocuments(const std::string& db) {
  if (!fs::exists(db)) return 0;
  CliResult r = RunCli({"stats", "--json", "--db", db});
  if (r.exit_code != 0) return 0;
  nlohmann::json j = LastJsonLine(r.out);
  return j.is_object() ? j["documents"].get<uint64_t>() : 0;
}

nlohmann::json StatsJson(const std::string& db) {
  CliResult r = RunCli({"stats", "--json", "--db", db});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return LastJsonLine(r.out);
}

// Opens the archive and runs SQLite's and FTS5's integrity checks.
void ExpectIntact(const std::string& db) {
  auto a = Archive::Open(db, {.create = false});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  Status st = (*a)->Check();
  EXPECT_TRUE(st.ok()) << st.ToString();
}

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
  const nlohmann::json want = StatsJson(reference);
  const uint64_t expected = want["documents"].get<uint64_t>();
  ASSERT_EQ(expected, 4000u);
  ExpectIntact(reference);

  // Each attempt is killed once it has committed something new (so the
  // kill lands mid-ingest however loaded the machine is), a little later
  // each time; it may also have finished by then, which proves nothing
  // but breaks nothing.
  std::string db = tmp.File("killed.db");
  int killed = 0;
  for (int attempt = 0; attempt < 3; ++attempt) {
    const uint64_t before = CommittedDocuments(db);
    if (before == expected) break;
    int pid = StartCli({"ingest", "--db", db, "--threads", "2", dir});
    int status = 0;
    bool exited = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (CommittedDocuments(db) == before && std::chrono::steady_clock::now() < deadline) {
      if (waitpid(pid, &status, WNOHANG) == pid) {
        exited = true;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (!exited) {
      std::this_thread::sleep_for(std::chrono::milliseconds(37 * attempt));
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      if (WIFSIGNALED(status)) ++killed;
    }
    // Whatever was committed is readable, consistent and not more than
    // the whole.
    EXPECT_LE(CommittedDocuments(db), expected);
    ExpectIntact(db);
  }
  EXPECT_GE(killed, 1) << "no attempt was killed mid-ingest";
  nlohmann::json j = IngestJson({"--db", db, dir}, &rc);
  ASSERT_EQ(rc, 0);
  EXPECT_EQ(j["stored"].get<uint64_t>() + j["duplicates"].get<uint64_t>(), expected);
  const nlohmann::json got = StatsJson(db);
  for (const char* key : {"documents", "sentences", "events", "mentions"}) {
    EXPECT_EQ(got[key], want[key]) << key;
  }
  ExpectIntact(db);
  // Re-ingesting stores nothing.
  j = IngestJson({"--db", db, dir}, &rc);
  ASSERT_EQ(rc, 0);
  EXPECT_EQ(j["stored"].get<uint64_t>(), 0u);
  EXPECT_EQ(j["duplicates"].get<uint64_t>(), expected);
}

// Writes `s` to `fd` whole.
void WriteAll(int fd, const std::string& s) {
  size_t done = 0;
  while (done < s.size()) {
    ssize_t n = write(fd, s.data() + done, s.size() - done);
    ASSERT_GT(n, 0);
    done += static_cast<size_t>(n);
  }
}

TEST(IngestCliTest, StalledPipeHoldsNoWriteLockSoASecondIngestSucceeds) {
  TempDir tmp;
  std::string db = tmp.File("a.db");
  int in = -1, out = -1;
  int pid = StartCliPiped({"ingest", "--json", "--no-code", "--db", db, "-"}, &in, &out);
  ASSERT_GT(pid, 0);
  WriteAll(in, "{\"id\":\"first\",\"text\":\"Talks resumed in Geneva.\"}\n");
  // The first ingest now waits on its input with a document read. It
  // commits on its timer, so the document becomes visible without more
  // input and the lock is free.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (CommittedDocuments(db) == 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_EQ(CommittedDocuments(db), 1u);
  WriteFile(tmp.File("b.jsonl"), "{\"id\":\"second\",\"text\":\"Talks ended in Oslo.\"}\n");
  int rc = -1;
  std::string err;
  nlohmann::json j = IngestJson({"--no-code", "--db", db, tmp.File("b.jsonl")}, &rc, &err);
  EXPECT_EQ(rc, 0) << err;
  EXPECT_EQ(j["stored"], 1);
  // The first one goes on when its input does, and ends normally.
  WriteAll(in, "{\"id\":\"third\",\"text\":\"Talks began in Rome.\"}\n");
  close(in);
  std::string summary;
  char buf[4096];
  for (ssize_t n; (n = read(out, buf, sizeof buf)) > 0;) summary.append(buf, n);
  close(out);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(LastJsonLine(summary)["stored"], 2);
  EXPECT_EQ(CommittedDocuments(db), 3u);
  ExpectIntact(db);
}

TEST(IngestCliTest, MaxDocumentBytesSkipsLongerRecordsWithAReason) {
  TempDir tmp;
  std::string db = tmp.File("a.db");
  std::string big(5000, 'x');
  WriteFile(tmp.File("in.jsonl"),
            "{\"id\":\"small\",\"text\":\"Talks resumed.\"}\n"
            "{\"id\":\"big\",\"text\":\"" +
                big + "\"}\n");
  int rc = -1;
  std::string err;
  nlohmann::json j = IngestJson(
      {"--no-code", "--max-document-bytes", "1000", "--db", db, tmp.File("in.jsonl")}, &rc, &err);
  EXPECT_EQ(rc, 0) << err;
  EXPECT_EQ(j["stored"], 1);
  EXPECT_EQ(j["skipped"], 1);
  EXPECT_THAT(err, HasSubstr("in.jsonl:2"));
  EXPECT_THAT(err, HasSubstr("limit of 1000"));
  EXPECT_EQ(
      RunCli({"ingest", "--max-document-bytes", "0", "--db", db, tmp.File("in.jsonl")}).exit_code,
      2);
}

TEST(IngestCliTest, HugeSingleLineDocumentIsCodedInPieces) {
  // 3 MB on one line, many pieces: every sentence is coded as in a small
  // document of the same sentences, and every event is stored.
  TempDir tmp;
  const std::string sentence = "Israel and Syria held talks in Geneva. ";
  std::string hundred;
  for (int i = 0; i < 100; ++i) hundred += sentence;
  std::string text;
  while (text.size() < (3u << 20)) text += hundred;
  auto line = [](const std::string& id, const std::string& t) {
    return "{\"id\":\"" + id + "\",\"published\":\"2026-03-01\",\"text\":\"" + t + "\"}\n";
  };
  WriteFile(tmp.File("huge.jsonl"), line("huge", text));
  WriteFile(tmp.File("small.jsonl"), line("small", hundred));
  int rc = -1;
  std::string err;
  nlohmann::json small =
      IngestJson({"--db", tmp.File("small.db"), tmp.File("small.jsonl")}, &rc, &err);
  ASSERT_EQ(rc, 0) << err;
  ASSERT_GE(small["events"].get<uint64_t>(), 1u);
  nlohmann::json huge =
      IngestJson({"--db", tmp.File("huge.db"), tmp.File("huge.jsonl")}, &rc, &err);
  ASSERT_EQ(rc, 0) << err;
  const uint64_t runs = text.size() / hundred.size();
  EXPECT_EQ(huge["stored"], 1);
  EXPECT_EQ(huge["sentences"].get<uint64_t>(), 100 * runs);
  EXPECT_EQ(huge["events"].get<uint64_t>(), runs * small["events"].get<uint64_t>());
  EXPECT_EQ(StatsJson(tmp.File("huge.db"))["events"], huge["events"]);
  ExpectIntact(tmp.File("huge.db"));
  // Stored a run at a time by the writer (over 256 KB), the events are the
  // ones `code` gives for the same document, in the same order, ids and all.
  CliResult coded = RunCli({"code", tmp.File("huge.jsonl")});
  ASSERT_EQ(coded.exit_code, 0) << coded.err;
  CliResult stored =
      RunCli({"events", "--db", tmp.File("huge.db"), "--format", "jsonl", "--limit", "10000"});
  ASSERT_EQ(stored.exit_code, 0) << stored.err;
  std::vector<nlohmann::json> from_code = JsonLines(coded.out);
  std::vector<nlohmann::json> from_archive = JsonLines(stored.out);
  ASSERT_EQ(from_code.size(), huge["events"].get<size_t>());
  ASSERT_EQ(from_archive.size(), std::min<size_t>(from_code.size(), 10000));
  for (size_t i = 0; i < from_archive.size(); ++i) {
    ASSERT_EQ(from_archive[i]["id"], from_code[i]["id"]) << i;
    ASSERT_EQ(from_archive[i]["cameo"], from_code[i]["cameo"]) << i;
  }
}

}  // namespace
}  // namespace annalist::testing
