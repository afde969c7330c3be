// The states and territories of the default lexicon: data/lexicon/countries.lex
// is what scripts/gen-countries makes of Debian's iso-codes and the overlay,
// it has every ISO 3166-1 entry, and the names the TABARI-format default
// missed or mis-coded now code as their state.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

using ::testing::HasSubstr;

constexpr char kIsoJson[] = "/usr/share/iso-codes/json/iso_3166-1.json";

struct Command {
  int exit_code = -1;
  std::string out;  // standard output and error
};

// Runs a shell command line, capturing its output.
Command RunShell(const std::string& line) {
  Command c;
  FILE* p = popen((line + " 2>&1").c_str(), "r");
  if (p == nullptr) return c;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) c.out.append(buf, n);
  int status = pclose(p);
  c.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return c;
}

std::string Generator() { return "python3 '" + SourceDir() + "/scripts/gen-countries'"; }

TEST(CountriesLexTest, CommittedFileIsTheGeneratorsOutput) {
  if (!std::filesystem::exists(kIsoJson)) {
    GTEST_SKIP() << kIsoJson << " absent (Debian package iso-codes): cannot regenerate";
  }
  Command c = RunShell(Generator() + " --check");
  ASSERT_EQ(c.exit_code, 0) << c.out;
  EXPECT_THAT(c.out, HasSubstr("is up to date (250 countries"));
}

TEST(CountriesLexTest, EveryIsoEntryIsACountryWithItsCodes) {
  if (!std::filesystem::exists(kIsoJson)) GTEST_SKIP() << kIsoJson << " absent";
  nlohmann::json iso = nlohmann::json::parse(ReadFile(kIsoJson));
  std::istringstream lex(ReadFile(SourceDir() + "/data/lexicon/countries.lex"));
  std::set<std::string> iso_lines;
  std::map<std::string, int> headers;
  for (std::string line; std::getline(lex, line);) {
    if (line.starts_with("  iso: ")) iso_lines.insert(line.substr(7));
    if (line.starts_with("country ")) ++headers[line.substr(8)];
  }
  size_t n = 0;
  for (const nlohmann::json& e : iso["3166-1"]) {
    std::string want = e["alpha_2"].get<std::string>() + " " + e["alpha_3"].get<std::string>() +
                       " " + e["numeric"].get<std::string>();
    EXPECT_TRUE(iso_lines.contains(want)) << "no country with iso: " << want;
    ++n;
  }
  EXPECT_EQ(n, 249u);
  EXPECT_EQ(headers.size(), n + 1);  // and Kosovo
  EXPECT_EQ(headers["KSV"], 1);
  for (const auto& [code, count] : headers) EXPECT_EQ(count, 1) << code;
}

TEST(CountriesLexTest, GeneratorRejectsAPhraseGivenToTwoEntries) {
  if (!std::filesystem::exists(kIsoJson)) GTEST_SKIP() << kIsoJson << " absent";
  TempDir dir;
  // China's row claims Chile's name: the generator names the row and writes nothing.
  WriteFile(dir.File("overlay.tsv"), "# test\nCHN\t-\tChile\tChinese\tBeijing\n");
  std::string out = dir.File("countries.lex");
  Command c =
      RunShell(Generator() + " --overlay '" + dir.File("overlay.tsv") + "' -o '" + out + "'");
  EXPECT_NE(c.exit_code, 0) << c.out;
  EXPECT_THAT(c.out, HasSubstr("overlay.tsv:2: \"Chile\" (CHN) is already CHL's"));
  EXPECT_FALSE(std::filesystem::exists(out));
  WriteFile(dir.File("bad.tsv"), "XXX\t-\tNowhere\t-\t-\n");
  c = RunShell(Generator() + " --overlay '" + dir.File("bad.tsv") + "' -o '" + out + "'");
  EXPECT_NE(c.exit_code, 0);
  EXPECT_THAT(c.out, HasSubstr("bad.tsv:1: XXX is not an ISO 3166-1 alpha-3 code"));
}

// Source and target codes of the events `annalist code` finds in `text`.
std::vector<std::string> Coded(const std::string& text) {
  nlohmann::json doc = {{"id", "t"}, {"published", "2026-01-05"}, {"text", text}};
  CliResult r = RunCli({"code", "--lexicon", "default"}, doc.dump() + "\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> got;
  for (const nlohmann::json& e : JsonLines(r.out)) {
    if (!e.is_object()) continue;
    got.push_back(e["source"]["code"].get<std::string>() + " " + e["cameo"].get<std::string>() +
                  " " + e["target"]["code"].get<std::string>());
  }
  return got;
}

TEST(CountriesLexTest, StatesTheOldDefaultMissedCodeAsThemselves) {
  using ::testing::Contains;
  using ::testing::StartsWith;
  EXPECT_THAT(Coded("Japan accused China of violating its airspace."),
              Contains(StartsWith("JPN 11")));
  EXPECT_THAT(Coded("India accused Pakistan of shelling villages along the border."),
              Contains(AllOf(StartsWith("IND 11"), HasSubstr(" PAK"))));
  EXPECT_THAT(Coded("Cyprus accused Turkey of blocking the talks."),
              Contains(AllOf(StartsWith("CYP 11"), HasSubstr(" TUR"))));
  // "Chile" used to come out as China.
  std::vector<std::string> chile = Coded("Chile accused Peru of breaking the fishing accord.");
  EXPECT_THAT(chile, Contains(AllOf(StartsWith("CHL 11"), HasSubstr(" PER")))) << chile.size();
  EXPECT_THAT(chile, ::testing::Each(::testing::Not(HasSubstr("CHN"))));
}

TEST(CountriesLexTest, CapitalsDemonymsAndAgents) {
  using ::testing::Contains;
  using ::testing::StartsWith;
  // A capital stands for its state; a demonym with an agent is the state's role.
  EXPECT_THAT(Coded("Damascus accused Israel of violating the 1974 agreement."),
              Contains(StartsWith("SYR 11")));
  EXPECT_THAT(Coded("Damascus insists that Israel withdraw."),
              Contains(AllOf(StartsWith("SYR "), HasSubstr(" ISR"))));
  EXPECT_THAT(Coded("Senior Hungarian officials met Japanese diplomats in Budapest."),
              Contains(AllOf(StartsWith("HUNGOV 04"), HasSubstr(" JPNGOV"))));
  EXPECT_THAT(Coded("The president of Kenya met Ethiopian negotiators."),
              Contains(AllOf(StartsWith("KENGOV 04"), HasSubstr(" ETHGOV"))));
  EXPECT_THAT(Coded("Turkish troops accused Syrian rebels of an attack."),
              Contains(AllOf(StartsWith("TURMIL 11"), HasSubstr(" SYRREB"))));
}

}  // namespace
}  // namespace annalist::testing
