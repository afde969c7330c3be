// End-to-end tests of the accuracy evaluations: `annalist eval cameo-class`,
// `eval cameo-ner` (ConfliBERT's CAMEO corpora, ../shared/data/gold/
// conflibert) and `eval report`, whose output docs/accuracy.md must be.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

using ::testing::HasSubstr;

TEST(AccuracyCli, CameoClassJsonAndTableAgree) {
  ANNALIST_REQUIRE_SHARED(tsv, "gold/conflibert/cameo_class/train.tsv");
  ANNALIST_REQUIRE_SHARED(phoenix, "petrarch/Phoenix.agents.txt");
  const std::string dir = std::filesystem::path(phoenix).parent_path().string();
  CliResult json = RunCli({"eval", "cameo-class", "--format", "json", "--lexicon", dir, tsv});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const nlohmann::json j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["sentences"], 1349);  // every line of the file
  size_t gold = 0, correct = 0;
  for (const nlohmann::json& c : j["classes"]) {
    gold += c["gold"].get<size_t>();
    correct += c["correct"].get<size_t>();
  }
  EXPECT_EQ(gold, 1349u);
  EXPECT_EQ(j["classes"][4]["gold"], 221);  // class 4's lines
  EXPECT_EQ(j["correct"].get<size_t>(), correct);
  const double accuracy = j["accuracy"];
  EXPECT_NEAR(accuracy, static_cast<double>(correct) / 1349, 1e-9);
  // The Phoenix dictionaries code real sentences: well above chance (0.25).
  EXPECT_GT(accuracy, 0.35);
  EXPECT_LT(j["no_event"].get<size_t>(), 1349u / 2);

  CliResult table = RunCli({"eval", "cameo-class", "--lexicon", dir, tsv});
  ASSERT_EQ(table.exit_code, 0) << table.err;
  char line[64];
  std::snprintf(line, sizeof line, "accuracy %.3f", accuracy);
  EXPECT_THAT(table.out, HasSubstr(line));
}

TEST(AccuracyCli, CameoNerScoresBothSides) {
  ANNALIST_REQUIRE_SHARED(conll, "gold/conflibert/cameo_ner/train.txt");
  ANNALIST_REQUIRE_SHARED(phoenix, "petrarch/Phoenix.agents.txt");
  const std::string dir = std::filesystem::path(phoenix).parent_path().string();
  CliResult r = RunCli({"eval", "cameo-ner", "--format", "json", "--lexicon", dir, conll});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["sentences"], 1153);  // blank-line separated sentences
  // B-S tags (1094) and 3 I-S runs that follow no B-S.
  EXPECT_EQ(j["source"]["gold"], 1097);
  EXPECT_EQ(j["target"]["gold"], 963);  // B-T tags
  for (const char* side : {"source", "target"}) {
    const nlohmann::json& s = j[side];
    EXPECT_GT(s["predicted"].get<size_t>(), 0u) << side;
    EXPECT_GT(s["overlap"]["f1"].get<double>(), 0.2) << side;
    EXPECT_LE(s["exact"]["correct"].get<size_t>(), s["overlap"]["correct"].get<size_t>());
  }
}

TEST(AccuracyCli, BadInputNamesFileAndLine) {
  TempDir dir;
  WriteFile(dir.File("bad.tsv"), "Norvania attacked Seldor.\t4\nNo class here\n");
  CliResult r = RunCli({"eval", "cameo-class", dir.File("bad.tsv")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr(dir.File("bad.tsv") + ":2"));
  WriteFile(dir.File("bad.txt"), "Norvania B-S\nattacked BOGUS\n");
  r = RunCli({"eval", "cameo-ner", dir.File("bad.txt")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr(dir.File("bad.txt") + ":2"));
  r = RunCli({"eval", "cameo-ner", dir.File("absent.txt")});
  EXPECT_EQ(r.exit_code, 1);
  r = RunCli({"eval", "cameo-class", "--format", "xml", dir.File("bad.tsv")});
  EXPECT_EQ(r.exit_code, 2);
}

TEST(AccuracyCli, DialectSpecChoosesTheRules) {
  CliResult r = RunCli({"code", "--lexicon", "dialect=klingon"}, "Syria attacked Israel.\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("dialect=klingon"));
}

TEST(AccuracyCli, DocsAccuracyIsTheReport) {
  ANNALIST_REQUIRE_SHARED(seed, "seed/israel-syria-paris-talks.txt");
  ANNALIST_REQUIRE_SHARED(tsv, "gold/conflibert/cameo_class/train.tsv");
  CliResult r = RunCli({"eval", "report", "--data", SharedData()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, ReadFile(SourceDir() + "/docs/accuracy.md"))
      << "regenerate: annalist eval report > docs/accuracy.md";
}

}  // namespace
}  // namespace annalist::testing
