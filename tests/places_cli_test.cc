// `annalist places`, `annalist place`, `annalist eval places`, and where the
// coder's events are placed.
#include <gtest/gtest.h>

#include <string>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

std::string Demo(const std::string& name) { return SourceDir() + "/data/demo/" + name; }

TEST(PlacesCliTest, PlacesPrintsOneObjectPerMention) {
  CliResult r = RunCli({"places", Demo("09-israel-proposes-security-map.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> lines = JsonLines(r.out);
  ASSERT_GE(lines.size(), 5u);
  EXPECT_EQ(lines[0]["text"], "JERUSALEM");
  EXPECT_EQ(lines[0]["dateline"], true);
  EXPECT_EQ(lines[0]["country"], "ISR");
  bool golan = false;
  for (const auto& j : lines) {
    for (const char* k : {"doc", "start", "end", "text", "name", "country", "lat", "lon", "feature",
                          "population", "id"}) {
      EXPECT_TRUE(j.contains(k)) << k << " in " << j.dump();
    }
    golan |= j["id"] == "annalist:golan-heights" && j["text"] == "Golan Heights";
  }
  EXPECT_TRUE(golan) << r.out;
}

TEST(PlacesCliTest, PlacesReadsJsonLinesFromStandardInput) {
  CliResult r = RunCli({"places", "--input-format", "jsonl"},
                       R"({"id":"a","text":"Talks resumed in Geneva on Monday."})"
                       "\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["doc"], "a");
  EXPECT_EQ(lines[0]["start"], 17);
  EXPECT_EQ(lines[0]["text"], "Geneva");
}

TEST(PlacesCliTest, PlaceRanksCandidatesAndSaysWhenThereIsNone) {
  CliResult r = RunCli({"place", "Mar-a-Lago"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> lines = JsonLines(r.out);
  ASSERT_GE(lines.size(), 1u);
  EXPECT_EQ(lines[0]["rank"], 1);
  EXPECT_EQ(lines[0]["feature"], "venue");
  EXPECT_EQ(lines[0]["country"], "USA");
  r = RunCli({"place", "Nowhereville Upon Nothing"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("no place called"), std::string::npos);
}

TEST(PlacesCliTest, EventsArePlacedWhereTheirClauseSays) {
  CliResult r = RunCli({"code", "--input-format", "jsonl"},
                       R"({"id":"x","published":"2026-01-05","text":"Syrian Foreign Minister )"
                       R"(Asaad al-Shaibani met Israeli officials at Mar-a-Lago on Sunday. )"
                       R"(Israel accused Syria of violating the agreement."})"
                       "\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> ev = JsonLines(r.out);
  ASSERT_GE(ev.size(), 2u) << r.out;
  ASSERT_TRUE(ev[0]["location"].is_object()) << ev[0].dump();
  EXPECT_EQ(ev[0]["location"]["name"], "Mar-a-Lago");
  EXPECT_EQ(ev[0]["location"]["country"], "USA");
  // No place in its sentence and no dateline: not placed by the actors' country.
  EXPECT_TRUE(ev.back()["location"].is_null()) << ev.back().dump();
}

TEST(PlacesCliTest, TheDatelinePlacesEventsOfSentencesThatNameNoOtherPlace) {
  CliResult r = RunCli({"code", "--input-format", "jsonl"},
                       R"({"id":"y","published":"2026-01-05","text":"DOHA — Qatar's prime )"
                       R"(minister met Syria's foreign minister on Sunday."})"
                       "\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> ev = JsonLines(r.out);
  ASSERT_GE(ev.size(), 1u) << r.out;
  ASSERT_TRUE(ev[0]["location"].is_object()) << ev[0].dump();
  EXPECT_EQ(ev[0]["location"]["country"], "QAT");
}

TEST(PlacesCliTest, EvalPlacesMeetsItsGoalsOnTheGold) {
  ANNALIST_REQUIRE_SHARED(bbc, "corpus/bbc/politics/007.txt");
  CliResult r = RunCli({"eval", "places", SourceDir() + "/data/gazetteer/gold/places.tsv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  double tagged = 0, within = 0;
  ASSERT_EQ(std::sscanf(r.out.c_str() + r.out.find("tagged"), "tagged %lf", &tagged), 1) << r.out;
  ASSERT_EQ(std::sscanf(r.out.c_str() + r.out.find("km "), "km %lf", &within), 1) << r.out;
  EXPECT_NE(r.out.find("gold places 203"), std::string::npos) << r.out;
  EXPECT_GE(tagged, 0.90) << r.out;
  EXPECT_GE(within, 0.90) << r.out;
}

TEST(PlacesCliTest, EvalPlacesNamesTheBadGoldLine) {
  TempDir dir;
  WriteFile(dir.File("gold.tsv"), "# header\nx.txt\t\t0\t5\tParis\tFRA\tnorth\t2.35\n");
  CliResult r = RunCli({"eval", "places", dir.File("gold.tsv")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("gold.tsv:2"), std::string::npos) << r.err;
  WriteFile(dir.File("doc.txt"), "Talks in Paris.");
  WriteFile(dir.File("gold.tsv"), "doc.txt\t\t0\t5\tParis\tFRA\t48.86\t2.35\n");
  r = RunCli({"eval", "places", dir.File("gold.tsv")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("is not 'Paris'"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace annalist::testing
