// End-to-end tests of `annalist serve`: the API over the demo archive
// (checked against what the command line reports for the same archive) and
// bad requests: unknown parameters, bad dates, huge page sizes and queries,
// path traversal, 200 clients at once, and requests while `ingest` writes.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

using ::testing::HasSubstr;
using Json = nlohmann::json;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A running `annalist serve --port 0`, stopped with SIGTERM.
class Served {
 public:
  explicit Served(const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"serve", "--port", "0"};
    args.insert(args.end(), extra.begin(), extra.end());
    int in = -1;
    pid_ = StartCliPiped(args, &in, &out_);
    close(in);
    std::string line;
    char c = 0;
    while (read(out_, &c, 1) == 1 && c != '\n') line += c;
    const size_t colon = line.find("127.0.0.1:");
    if (colon != std::string::npos) port_ = std::stoi(line.substr(colon + 10));
    first_line_ = line;
  }
  ~Served() {
    if (pid_ > 0) Stop();
    if (out_ >= 0) close(out_);
  }
  // SIGTERM; returns the exit code (-1 when killed by a signal).
  int Stop() {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  int port() const { return port_; }
  bool alive() const { return pid_ > 0 && kill(pid_, 0) == 0; }
  const std::string& first_line() const { return first_line_; }
  httplib::Client Client() const {
    httplib::Client cli("127.0.0.1", port_);
    cli.set_connection_timeout(30);
    cli.set_read_timeout(30);
    return cli;
  }

 private:
  int pid_ = -1;
  int out_ = -1;
  int port_ = 0;
  std::string first_line_;
};

class ServeCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir();
    db_ = tmp_->File("demo.db");
    CliResult r = RunCli({"ingest", "-q", "--db", db_, SourceDir() + "/data/demo"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    served_ = new Served({"--db", db_});
    ASSERT_GT(served_->port(), 0) << served_->first_line();
  }
  static void TearDownTestSuite() {
    delete served_;
    delete tmp_;
  }

  // GET `path`; the status and the body parsed as JSON (a discarded value
  // when it is not JSON).
  static std::pair<int, Json> Get(const std::string& path) {
    httplib::Client cli = served_->Client();
    auto res = cli.Get(path.c_str());
    if (!res) return {-1, Json()};
    return {res->status, Json::parse(res->body, nullptr, false)};
  }

  static TempDir* tmp_;
  static std::string db_;
  static Served* served_;
};
TempDir* ServeCliTest::tmp_ = nullptr;
std::string ServeCliTest::db_;
Served* ServeCliTest::served_ = nullptr;

TEST_F(ServeCliTest, ListensOnLoopbackAndSaysWhere) {
  EXPECT_THAT(served_->first_line(), HasSubstr("http://127.0.0.1:"));
  CliResult stats = RunCli({"stats", "--db", db_, "--json"});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  const uint64_t events = Json::parse(stats.out)["events"].get<uint64_t>();
  ASSERT_GT(events, 0u);
  EXPECT_THAT(served_->first_line(), HasSubstr(std::to_string(events) + " events"));
}

TEST_F(ServeCliTest, EventsPageByCursorAsTheEventsCommandListsThem) {
  CliResult r = RunCli({"events", "--db", db_, "--pair", "ISR,SYR", "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<Json> want = JsonLines(r.out);
  ASSERT_GT(want.size(), 10u);
  std::vector<Json> got;
  std::string cursor;
  for (int pages = 0; pages < 100; ++pages) {
    auto [status, body] =
        Get("/api/events?pair=ISR,SYR&limit=4" + (cursor.empty() ? "" : "&cursor=" + cursor));
    ASSERT_EQ(status, 200) << body.dump();
    for (const Json& e : body["events"]) got.push_back(e);
    if (body["next"].is_null()) break;
    cursor = httplib::detail::encode_query_param(body["next"].get<std::string>());
  }
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i]["id"], want[i]["id"]);
    EXPECT_EQ(got[i]["cameo"], want[i]["cameo"]);
    EXPECT_EQ(got[i]["date"], want[i]["date"]);
  }
}

TEST_F(ServeCliTest, ModeAndPlaceFilterAsTheEventsCommandDoes) {
  for (const std::string& filter : {std::string("mode=intended"), std::string("place=SYR"),
                                    std::string("mode=asserted&place=Damascus")}) {
    std::vector<std::string> args = {"events", "--db", db_, "--format", "jsonl"};
    for (const std::string& kv :
         {filter.substr(0, filter.find('&')), filter.find('&') == std::string::npos
                                                  ? std::string()
                                                  : filter.substr(filter.find('&') + 1)}) {
      if (kv.empty()) continue;
      args.push_back("--" + kv.substr(0, kv.find('=')));
      args.push_back(kv.substr(kv.find('=') + 1));
    }
    CliResult r = RunCli(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::vector<Json> want = JsonLines(r.out);
    EXPECT_FALSE(want.empty()) << filter;
    auto [status, body] = Get("/api/events?limit=1000&" + filter);
    ASSERT_EQ(status, 200) << body.dump();
    ASSERT_EQ(body["events"].size(), want.size()) << filter;
    for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(body["events"][i]["id"], want[i]["id"]);
  }
}

TEST_F(ServeCliTest, CountsTopAndNetworkAgreeWithTheCommandLine) {
  CliResult r = RunCli({"counts", "--db", db_, "--by", "month", "--group", "plover", "--actor",
                        "SYR", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Json cli = Json::parse(r.out);
  auto [status, api] = Get("/api/counts?by=month&group=plover&actor=SYR");
  ASSERT_EQ(status, 200) << api.dump();
  EXPECT_EQ(api["events"], cli["events"]);
  ASSERT_EQ(api["rows"].size(), cli["rows"].size());
  for (size_t i = 0; i < api["rows"].size(); ++i) {
    EXPECT_EQ(api["rows"][i]["period"], cli["rows"][i]["period"]);
    EXPECT_EQ(api["rows"][i]["group"], cli["rows"][i]["group"]);
    EXPECT_EQ(api["rows"][i]["events"], cli["rows"][i]["events"]);
  }
  // The busiest pair's events, counted by /api/events.
  auto [ts, top] = Get("/api/top?of=pairs&limit=1");
  ASSERT_EQ(ts, 200);
  ASSERT_EQ(top["top"].size(), 1u);
  const std::string a = top["top"][0]["a"], b = top["top"][0]["b"];
  auto [es, events] = Get("/api/events?limit=1000&pair=" + a + "," + b);
  ASSERT_EQ(es, 200);
  size_t exact = 0;  // the pair's codes exactly (a pair filter matches prefixes)
  for (const Json& e : events["events"]) {
    std::string s = e["source"]["code"], t = e["target"]["code"];
    if ((s == a && t == b) || (s == b && t == a)) ++exact;
  }
  EXPECT_EQ(top["top"][0]["events"].get<size_t>(), exact);
  auto [ns, net] = Get("/api/network?limit=5");
  ASSERT_EQ(ns, 200);
  EXPECT_EQ(net["edges"].size(), 5u);
  EXPECT_TRUE(net["truncated"].get<bool>());
}

TEST_F(ServeCliTest, DocumentHasSentencesMentionsAndEventsAsSpans) {
  auto [ss, hits] = Get("/api/search?q=Paris+talks&limit=1");
  ASSERT_EQ(ss, 200) << hits.dump();
  ASSERT_EQ(hits["hits"].size(), 1u);
  const std::string id = hits["hits"][0]["doc"];
  auto [status, d] = Get("/api/documents/" + id);
  ASSERT_EQ(status, 200) << d.dump();
  const std::string text = d["text"];
  ASSERT_FALSE(d["sentences"].empty());
  ASSERT_FALSE(d["events"].empty());
  bool actor = false;
  for (const Json& m : d["mentions"]) {
    const size_t b = m["span"][0], e = m["span"][1];
    ASSERT_LE(b, e);
    ASSERT_LE(e, text.size());
    actor = actor || m["kind"] == "actor";
  }
  EXPECT_TRUE(actor);
  for (const Json& e : d["events"]) {
    const size_t b = e["span"][0], end = e["span"][1];
    EXPECT_EQ(text.substr(b, end - b), e["text"].get<std::string>());
    EXPECT_EQ(e["doc"], id);
  }
  auto [ns, none] = Get("/api/documents/no-such-document");
  EXPECT_EQ(ns, 404);
  EXPECT_THAT(none["error"].get<std::string>(), HasSubstr("no document has the id"));
}

TEST_F(ServeCliTest, BadRequestsAreJsonErrorsWithTheirStatus) {
  struct Case {
    std::string path;
    int status;
    const char* message;
  };
  const std::string huge(1 << 20, 'a');  // a 1 MB query
  const std::string long_q(5000, 'b');
  const Case cases[] = {
      {"/api/events?colour=red", 400, "unknown parameter 'colour'"},
      {"/api/events?mode=planned", 400, "mode wants asserted"},
      {"/api/counts?mode=maybe", 400, "mode wants asserted"},
      {"/api/counts?by=month&by=year", 400, "given twice"},
      {"/api/events?since=2025-13-01", 400, "is not a date"},
      {"/api/counts?until=yesterday", 400, "is not a date"},
      {"/api/events?limit=1000000000", 400, "limit must be a whole number from 1 to 1000"},
      {"/api/events?limit=-1", 400, "limit must be a whole number"},
      {"/api/events?cursor=nope", 400, "no event has the id"},
      {"/api/events?pair=ISR", 400, "pair wants two actor codes"},
      {"/api/events?code=99", 400, "code wants a CAMEO event code"},
      {"/api/counts?group=colour", 400, "group wants"},
      {"/api/top?of=everything", 400, "of wants actors or pairs"},
      {"/api/network?limit=100000", 400, "limit must be a whole number"},
      {"/api/search", 400, "q (the search query) is required"},
      {"/api/search?q=" + long_q, 400, "too long"},
      {"/api/search?q=" + huge, 414, "too long"},
      {"/api/nothing", 404, "no such API"},
  };
  for (const Case& c : cases) {
    auto [status, body] = Get(c.path);
    EXPECT_EQ(status, c.status) << c.path.substr(0, 60);
    ASSERT_TRUE(body.is_object()) << c.path.substr(0, 60);
    EXPECT_EQ(body["status"], c.status);
    EXPECT_THAT(body["error"].get<std::string>(), HasSubstr(c.message)) << c.path.substr(0, 60);
  }
  httplib::Client cli = served_->Client();
  auto post = cli.Post("/api/events", "x", "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
}

TEST_F(ServeCliTest, StaticPathsCannotLeaveTheWebFolder) {
  const std::string passwd = Slurp("/etc/passwd");
  for (const char* path :
       {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc/passwd",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/....//....//etc/passwd", "/.%2e/.%2e/etc/passwd",
        "//etc/passwd", "/index.html/../../../etc/passwd", "/%00/etc/passwd", "/.hidden",
        "/src/../../CMakeLists.txt"}) {
    httplib::Client cli = served_->Client();
    auto res = cli.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_NE(res->status, 200) << path;
    EXPECT_THAT(res->body, ::testing::Not(HasSubstr("root:"))) << path;
    if (!passwd.empty()) {
      EXPECT_NE(res->body, passwd) << path;
    }
  }
}

TEST_F(ServeCliTest, TwoHundredClientsAtOnceAreBoundedAndLeaveTheArchiveAlone) {
  const std::string before = Slurp(db_);
  auto [status0, stats0] = Get("/api/stats");
  ASSERT_EQ(status0, 200);
  std::atomic<int> ok{0}, busy{0}, other{0};
  std::mutex mu;
  std::map<std::string, int> errors;
  std::vector<std::thread> clients;
  for (int i = 0; i < 200; ++i) {
    clients.emplace_back([&, i] {
      httplib::Client cli = served_->Client();
      const char* paths[] = {"/api/counts?by=day&group=root", "/api/network?limit=50",
                             "/api/events?actor=SYR&limit=200", "/api/search?q=talks"};
      auto res = cli.Get(paths[i % 4]);
      if (res && res->status == 200) {
        ++ok;
      } else if (res && res->status == 503 &&
                 Json::parse(res->body, nullptr, false).contains("error")) {
        ++busy;
      } else {
        ++other;
        std::lock_guard<std::mutex> lock(mu);
        ++errors[res ? "status " + std::to_string(res->status) : httplib::to_string(res.error())];
      }
    });
  }
  for (std::thread& t : clients) t.join();
  std::string why;
  for (const auto& [e, n] : errors) why += " " + e + ": " + std::to_string(n);
  EXPECT_EQ(ok + busy, 200) << "ok " << ok << ", busy " << busy << ", other " << other << why;
  EXPECT_GT(ok.load(), 0);
  EXPECT_TRUE(served_->alive());
  auto [status, stats] = Get("/api/stats");
  EXPECT_EQ(status, 200);
  EXPECT_EQ(stats["events"], stats0["events"]);
  EXPECT_EQ(Slurp(db_), before) << "the archive file changed";
}

TEST(ServeIngestTest, RequestsWhileIngestWritesTheSameArchive) {
  TempDir tmp;
  const std::string db = tmp.File("live.db");
  CliResult r = RunCli({"ingest", "-q", "--db", db, SourceDir() + "/data/demo"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // 4,000 small articles of its own for ingest to write while we read.
  const std::string input = tmp.File("more.jsonl");
  {
    std::ofstream out(input);
    for (int i = 0; i < 4000; ++i) {
      out << "{\"id\":\"live-" << i << "\",\"published\":\"2026-01-" << (10 + i % 18)
          << "\",\"text\":\"Israeli officials met Syrian envoys in Paris on "
          << "Monday. Syria accused Israel of violating the agreement " << i << ".\"}\n";
    }
  }
  Served served({"--db", db});
  ASSERT_GT(served.port(), 0) << served.first_line();
  const int ingest = StartCli({"ingest", "-q", "--db", db, input});
  int requests = 0, failures = 0;
  uint64_t last_events = 0, first_events = 0;
  int status = 0;
  for (;;) {
    httplib::Client cli = served.Client();
    auto res = cli.Get("/api/counts?by=all");
    ++requests;
    if (!res || res->status != 200) {
      ++failures;
    } else {
      last_events = Json::parse(res->body)["events"].get<uint64_t>();
      if (first_events == 0) first_events = last_events;
    }
    if (waitpid(ingest, &status, WNOHANG) == ingest) break;
  }
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(failures, 0) << "of " << requests;
  EXPECT_GT(requests, 1);
  // Readers see committed batches; after ingest, all of them.
  httplib::Client cli = served.Client();
  auto res = cli.Get("/api/counts?by=all");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  const uint64_t after = Json::parse(res->body)["events"].get<uint64_t>();
  EXPECT_GT(after, 129u);
  EXPECT_GE(after, last_events);
  EXPECT_EQ(served.Stop(), 0);
}

TEST(ServeStartTest, AMissingArchiveOrATakenPortIsExitOne) {
  TempDir tmp;
  CliResult r = RunCli({"serve", "--db", tmp.File("none.db"), "--port", "0"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("none.db"));
  r = RunCli({"ingest", "-q", "--db", tmp.File("a.db"), SourceDir() + "/data/demo"});
  ASSERT_EQ(r.exit_code, 0);
  Served first({"--db", tmp.File("a.db")});
  ASSERT_GT(first.port(), 0);
  r = RunCli({"serve", "--db", tmp.File("a.db"), "--port", std::to_string(first.port())});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("cannot listen"));
  EXPECT_EQ(RunCli({"serve", "--port", "70000"}).exit_code, 2);
}

}  // namespace
}  // namespace annalist::testing
