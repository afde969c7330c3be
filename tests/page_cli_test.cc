// The page in a browser: `annalist serve` on the demo archive, driven in
// Debian's headless Chromium by web/e2e.mjs (npm playwright-core). It
// opens the ISR–SYR pair, sees the Paris talks on the timeline (and on the
// map when events carry places), opens the article and finds the
// highlighted sentence. Screenshots go to <build>/test-output/page/.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

TEST(PageE2eTest, TimelineMapAndArticleOfTheIsraelSyriaPair) {
  const std::string chromium = "/usr/bin/chromium";
  const std::string web = SourceDir() + "/web";
  if (!std::filesystem::exists(chromium)) {
    GTEST_SKIP() << "no " << chromium << " (Debian's chromium; scripts/install-deps.sh)";
  }
  if (!std::filesystem::exists(web + "/node_modules/playwright-core")) {
    GTEST_SKIP() << "no " << web << "/node_modules/playwright-core (scripts/build-web)";
  }
  TempDir tmp;
  const std::string db = tmp.File("demo.db");
  CliResult r = RunCli({"ingest", "-q", "--db", db, SourceDir() + "/data/demo"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  int in = -1, out = -1;
  const int pid = StartCliPiped({"serve", "--db", db, "--port", "0"}, &in, &out);
  close(in);
  std::string line;
  char c = 0;
  while (read(out, &c, 1) == 1 && c != '\n') line += c;
  const size_t at = line.find("http://");
  ASSERT_NE(at, std::string::npos) << line;
  const std::string url = line.substr(at, line.find(' ', at) - at);

  const std::string shots = std::string(ANNALIST_BUILD_DIR) + "/test-output/page";
  std::filesystem::create_directories(shots);
  const std::string log = tmp.File("e2e.log");
  const std::string cmd = "node '" + web + "/e2e.mjs' '" + url + "' '" + shots + "' '" + chromium +
                          "' > '" + log + "' 2>&1";
  const int rc = std::system(cmd.c_str());
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  close(out);
  std::string seen;
  {
    FILE* f = std::fopen(log.c_str(), "r");
    ASSERT_NE(f, nullptr);
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) seen.append(buf, n);
    std::fclose(f);
  }
  ASSERT_EQ(rc, 0) << seen;
  nlohmann::json j = nlohmann::json::parse(seen.substr(0, seen.find('\n')), nullptr, false);
  ASSERT_TRUE(j.is_object()) << seen;
  EXPECT_GT(j["timeline_marks"].get<int>(), 0);
  EXPECT_GT(j["paris_on_timeline"].get<int>(), 0);
  EXPECT_GT(j["paris_on_map"].get<int>(), 0);
  EXPECT_GT(j["highlighted_marks"].get<int>(), 0);
  for (const char* png : {"timeline.png", "article.png", "counts.png", "network.png"}) {
    EXPECT_GT(std::filesystem::file_size(shots + "/" + png), 10000u) << png;
  }
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

}  // namespace
}  // namespace annalist::testing
