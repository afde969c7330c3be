// End-to-end tests of `annalist code` (the streaming filter), `events` and
// `timeline`, with the built-in lexicon and, when present, the shared
// TABARI dictionaries.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

using ::testing::HasSubstr;

TEST(CodeCliTest, JsonLinesInEventsOutWithEveryField) {
  std::string input =
      "{\"id\":\"a\",\"published\":\"2026-01-05\",\"text\":\"Israel accused Syria of "
      "violating the agreement.\"}\n"
      "{\"id\":\"b\",\"published\":\"2026-01-06\",\"text\":\"Syria did not attack Israel.\"}\n";
  CliResult r = RunCli({"code", "--lexicon", "default"}, input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> events = JsonLines(r.out);
  ASSERT_FALSE(events.empty()) << r.out;
  for (const nlohmann::json& e : events) {
    ASSERT_TRUE(e.is_object());
    for (const char* key :
         {"doc", "sentence", "text", "span", "source", "target", "cameo", "root", "quad",
          "goldstein", "plover", "mode", "speaker", "date", "location", "verb", "pattern"}) {
      EXPECT_TRUE(e.contains(key)) << key << " in " << e.dump();
    }
  }
  const nlohmann::json& first = events[0];
  EXPECT_EQ(first["doc"], "a");
  EXPECT_EQ(first["source"]["code"], "ISR");
  EXPECT_EQ(first["target"]["code"], "SYR");
  EXPECT_EQ(first["root"], "11");
  EXPECT_EQ(first["date"]["value"], "2026-01-05");
  EXPECT_EQ(first["date"]["basis"], "publication");
  bool negated = false;
  for (const nlohmann::json& e : events) {
    if (e["doc"] == "b" && e["mode"] == "negated") negated = true;
  }
  EXPECT_TRUE(negated) << r.out;
}

TEST(CodeCliTest, EventsOfARecordComeOutBeforeTheSlowPipeSendsMore) {
  int in = -1, out = -1;
  int pid = StartCliPiped({"code", "--lexicon", "default"}, &in, &out);
  ASSERT_GT(pid, 0);
  const std::string first =
      "{\"id\":\"a\",\"published\":\"2026-01-05\",\"text\":\"Israel accused Syria of "
      "violating the agreement.\"}\n";
  ASSERT_EQ(write(in, first.data(), first.size()), static_cast<ssize_t>(first.size()));
  // Far less than 8 KB and the pipe stays open: the event must come anyway.
  std::string got;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (got.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
    pollfd p{out, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    char buf[4096];
    ssize_t n = read(out, buf, sizeof buf);
    if (n <= 0) break;
    got.append(buf, static_cast<size_t>(n));
  }
  ASSERT_NE(got.find('\n'), std::string::npos) << "no event while the input stayed open";
  nlohmann::json e = nlohmann::json::parse(got.substr(0, got.find('\n')), nullptr, false);
  EXPECT_EQ(e["doc"], "a");
  EXPECT_EQ(e["source"]["code"], "ISR");
  const std::string second =
      "{\"id\":\"b\",\"published\":\"2026-01-06\",\"text\":\"Syria accused Israel.\"}\n";
  ASSERT_EQ(write(in, second.data(), second.size()), static_cast<ssize_t>(second.size()));
  close(in);
  char buf[4096];
  for (ssize_t n; (n = read(out, buf, sizeof buf)) > 0;) got.append(buf, static_cast<size_t>(n));
  close(out);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_NE(got.find("\"doc\":\"b\""), std::string::npos) << got;
}

TEST(CodeCliTest, OutputOrderIsInputOrderWithManyThreads) {
  std::string input;
  for (int i = 0; i < 400; ++i) {
    input += "{\"id\":\"d" + std::to_string(i) +
             "\",\"text\":\"Israel accused Syria of violating the agreement.\"}\n";
  }
  CliResult r = RunCli({"code", "--threads", "4", "--lexicon", "default"}, input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> events = JsonLines(r.out);
  ASSERT_EQ(events.size(), 400u);
  for (int i = 0; i < 400; ++i) {
    EXPECT_EQ(events[i]["doc"], std::string("d").append(std::to_string(i)));
  }
}

TEST(CodeCliTest, GarbageAndEmptyInputDoNotCrash) {
  std::string garbage;
  for (int i = 0; i < 20000; ++i) garbage.push_back(static_cast<char>((i * 7919) % 256));
  CliResult r = RunCli({"code", "--lexicon", "default", "--input-format", "text"}, garbage);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  CliResult empty = RunCli({"code", "--lexicon", "default"}, "");
  EXPECT_EQ(empty.exit_code, 0) << empty.err;
  EXPECT_EQ(empty.out, "");
  CliResult bad = RunCli({"code", "--lexicon", "default", "--input-format", "jsonl"},
                         "{not json}\n{\"id\":\"ok\",\"text\":\"Israel accused Syria.\"}\n");
  EXPECT_EQ(bad.exit_code, 0);
  EXPECT_THAT(bad.err, HasSubstr("-:1"));
  EXPECT_THAT(bad.out, HasSubstr("\"doc\":\"ok\""));
}

TEST(CodeCliTest, OtherOutputFormats) {
  std::string input =
      "{\"id\":\"a\",\"published\":\"2026-01-05\",\"text\":\"Israel accused Syria of "
      "violating the agreement.\"}\n";
  for (const char* format : {"tsv", "csv", "gdelt", "plover", "tabari"}) {
    CliResult r = RunCli({"code", "--lexicon", "default", "--output-format", format}, input);
    EXPECT_EQ(r.exit_code, 0) << format << ": " << r.err;
    EXPECT_THAT(r.out, HasSubstr("SYR")) << format;
  }
  EXPECT_EQ(RunCli({"code", "--output-format", "xml"}, input).exit_code, 2);
}

TEST(CodeCliTest, TabariRecordsWithTabariDictionaries) {
  ANNALIST_REQUIRE_SHARED(project, "tabari/Validate.project");
  ANNALIST_REQUIRE_SHARED(demo, "tabari/TABARI.Demo.text");
  CliResult r = RunCli({"code", "-q", "--lexicon", project, "--input-format", "tabari",
                        "--output-format", "tabari", demo});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // DEMO-01: Arnor is about to restore diplomatic ties with Gondor.
  EXPECT_THAT(r.out, HasSubstr("ARN\tGON\t064"));
}

TEST(CodeCliTest, IngestThenEventsAndTimeline) {
  TempDir tmp;
  std::string db = tmp.File("demo.db");
  CliResult ingest = RunCli({"ingest", "--db", db, SourceDir() + "/data/demo"});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  CliResult events = RunCli({"events", "--db", db, "--pair", "ISR,SYR", "--format", "jsonl"});
  ASSERT_EQ(events.exit_code, 0) << events.err;
  std::vector<nlohmann::json> lines = JsonLines(events.out);
  ASSERT_GE(lines.size(), 10u);
  std::string last_date;
  for (const nlohmann::json& e : lines) {
    std::string a = e["source"].is_object() ? e["source"]["code"].get<std::string>() : "";
    std::string b = e["target"].is_object() ? e["target"]["code"].get<std::string>() : "";
    bool dyad = (a.rfind("ISR", 0) == 0 && b.rfind("SYR", 0) == 0) ||
                (a.rfind("SYR", 0) == 0 && b.rfind("ISR", 0) == 0);
    EXPECT_TRUE(dyad) << e.dump();
    std::string date = e["date"]["value"].is_string() ? e["date"]["value"].get<std::string>() : "";
    EXPECT_GE(date, last_date) << "events are in date order";
    last_date = date;
  }
  CliResult accuse = RunCli({"events", "--db", db, "--code", "112", "--format", "csv"});
  ASSERT_EQ(accuse.exit_code, 0);
  EXPECT_THAT(accuse.out, HasSubstr("112"));
  CliResult timeline = RunCli({"timeline", "--db", db, "ISR", "SYR"});
  ASSERT_EQ(timeline.exit_code, 0) << timeline.err;
  EXPECT_THAT(timeline.out, HasSubstr("Accuse"));
  CliResult stats = RunCli({"stats", "--json", "--db", db});
  EXPECT_GT(nlohmann::json::parse(stats.out)["events"].get<int>(), 50);
}

}  // namespace
}  // namespace annalist::testing
