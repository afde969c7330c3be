// End-to-end test of the installed layout: `cmake --install` of this build
// tree into a temporary prefix, the prefix moved elsewhere, and the moved
// binary coding a demo article with the built-in lexicon it finds next to
// itself (<prefix>/share/annalist), or the one $ANNALIST_DATA names.
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

#ifndef ANNALIST_BUILD_DIR
#define ANNALIST_BUILD_DIR ""
#endif
#ifndef ANNALIST_CMAKE_COMMAND
#define ANNALIST_CMAKE_COMMAND "cmake"
#endif

// Runs `argv` with the environment of this process minus ANNALIST_DATA and
// ANNALIST_DATA_DIR, plus `extra_env` ("NAME=value"); stdin is empty.
CliResult RunProgram(const std::vector<std::string>& argv,
                     const std::vector<std::string>& extra_env = {}) {
  TempDir tmp;
  const std::string out_path = tmp.File("stdout"), err_path = tmp.File("stderr");
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) {
    std::string var(*e);
    if (var.starts_with("ANNALIST_DATA=") || var.starts_with("ANNALIST_DATA_DIR=")) continue;
    env.push_back(var);
  }
  env.insert(env.end(), extra_env.begin(), extra_env.end());
  std::vector<char*> cargv, cenv;
  for (const std::string& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
  cargv.push_back(nullptr);
  for (const std::string& e : env) cenv.push_back(const_cast<char*>(e.c_str()));
  cenv.push_back(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    int in = open("/dev/null", O_RDONLY);
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    execve(cargv[0], cargv.data(), cenv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out_path);
  r.err = ReadFile(err_path);
  return r;
}

// The absolute path of the cmake that configured this build.
std::string CMake() {
  fs::path cmake(ANNALIST_CMAKE_COMMAND);
  return cmake.is_absolute() ? cmake.string() : std::string();
}

TEST(InstallCliTest, MovedInstallFindsItsLexiconAndAnnalistDataWins) {
  const fs::path build(ANNALIST_BUILD_DIR);
  if (build.empty() || !fs::exists(build / "CMakeCache.txt")) {
    GTEST_SKIP() << "build directory not known or not configured: '" << build.string() << "'";
  }
  const std::string cmake = CMake();
  if (cmake.empty() || !fs::exists(cmake)) GTEST_SKIP() << "cmake not found: " << cmake;

  TempDir tmp;
  const fs::path a = tmp.path() / "a", b = tmp.path() / "b";
  CliResult install = RunProgram({cmake, "--install", build.string(), "--prefix", a.string()});
  ASSERT_EQ(install.exit_code, 0) << install.out << install.err;
  for (const char* rel :
       {"bin/annalist", "share/annalist/lexicon/verbs.lex", "share/annalist/lexicon/states.lex",
        "share/annalist/demo/14-talks-resume-in-paris.txt", "share/annalist/demo.jsonl",
        "share/doc/annalist/README.md", "share/doc/annalist/cli.md"}) {
    EXPECT_TRUE(fs::exists(a / rel)) << rel;
  }
  fs::rename(a, b);
  ASSERT_FALSE(fs::exists(a));

  // The moved binary codes the moved demo article with the lexicon beside it.
  const std::string bin = (b / "bin" / "annalist").string();
  const std::string article =
      (b / "share/annalist/demo/01-israel-strikes-syrian-bases.txt").string();
  CliResult coded = RunProgram({bin, "code", article});
  ASSERT_EQ(coded.exit_code, 0) << coded.err;
  std::vector<nlohmann::json> events = JsonLines(coded.out);
  ASSERT_FALSE(events.empty()) << coded.out << coded.err;
  bool israel = false;
  for (const nlohmann::json& e : events) {
    ASSERT_TRUE(e.is_object()) << coded.out;
    if (e["source"].is_object() && e["source"]["code"].get<std::string>().starts_with("ISR")) {
      israel = true;
    }
  }
  EXPECT_TRUE(israel) << coded.out;
  // The same events as the build-tree binary, which reads the source tree's data/.
  CliResult reference =
      RunCli({"code", SourceDir() + "/data/demo/01-israel-strikes-syrian-bases.txt"});
  ASSERT_EQ(reference.exit_code, 0) << reference.err;
  EXPECT_EQ(JsonLines(coded.out).size(), JsonLines(reference.out).size());

  // Which lexicon a run used shows in the code Israel gets: a copy of the
  // built-in lexicon in which Israel codes as `code` is written to `dir`.
  auto recode_israel = [](const fs::path& lexicon, const std::string& code) {
    const std::string path = (lexicon / "states.lex").string();
    std::string actors = ReadFile(path);
    size_t at = actors.find("\ncountry ISR\n");
    ASSERT_NE(at, std::string::npos);
    actors.replace(at, 13, "\ncountry " + code + "\n");
    WriteFile(path, actors);
  };
  const fs::path other = tmp.path() / "other";
  fs::create_directories(other);
  fs::copy(b / "share/annalist/lexicon", other / "lexicon", fs::copy_options::recursive);
  recode_israel(other / "lexicon", "ISL");
  const std::string sentence = (tmp.path() / "s.txt").string();
  WriteFile(sentence, "Israel accused Syria of violating the agreement.\n");
  CliResult installed = RunProgram({bin, "code", sentence});
  ASSERT_EQ(installed.exit_code, 0) << installed.err;
  ASSERT_THAT(installed.out, HasSubstr("\"code\":\"ISR\"")) << installed.out;
  // It is the lexicon beside the moved binary that codes, not the source
  // tree's: a change to the installed copy shows.
  recode_israel(b / "share/annalist/lexicon", "NZL");
  CliResult beside = RunProgram({bin, "code", sentence});
  ASSERT_EQ(beside.exit_code, 0) << beside.err;
  EXPECT_THAT(beside.out, HasSubstr("\"code\":\"NZL\"")) << beside.out;
  // $ANNALIST_DATA pointing elsewhere wins over the lexicon beside the binary.
  CliResult elsewhere = RunProgram({bin, "code", sentence}, {"ANNALIST_DATA=" + other.string()});
  ASSERT_EQ(elsewhere.exit_code, 0) << elsewhere.err;
  EXPECT_THAT(elsewhere.out, HasSubstr("\"code\":\"ISL\"")) << elsewhere.out;
  EXPECT_THAT(elsewhere.out, ::testing::Not(HasSubstr("\"code\":\"NZL\""))) << elsewhere.out;
  // A data directory without a lexicon is an error, not a silent fallback.
  CliResult missing =
      RunProgram({bin, "code", sentence}, {"ANNALIST_DATA=" + (tmp.path() / "none").string()});
  EXPECT_NE(missing.exit_code, 0) << missing.out;
}

}  // namespace
}  // namespace annalist::testing
