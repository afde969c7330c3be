// The seed story (../shared/data/seed/, published 2026-01-04) ingested with
// the built-in defaults and read back from the archive: the events an
// analyst of the Israel–Syria talks expects, with their modes, dates and
// places, and none from the page's furniture (issue 13's first acceptance
// point, end to end).
#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

std::string Code(const nlohmann::json& actor) {
  if (!actor.is_object() || !actor.contains("code") || !actor["code"].is_string()) return "";
  return actor["code"].get<std::string>();
}
std::string Str(const nlohmann::json& j, const char* key) {
  return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

TEST(SeedStoryTest, IngestedWithTheDefaultsAlone) {
  ANNALIST_REQUIRE_SHARED(seed, "seed/israel-syria-paris-talks.txt");
  TempDir tmp;
  const std::string db = tmp.File("seed.db");
  // A plain-text file carries no date of its own: the story's publication
  // date is given, nothing else.
  CliResult ingest = RunCli({"ingest", "-q", "--db", db, "--published", "2026-01-04", seed});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  CliResult r = RunCli({"events", "--db", db, "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<nlohmann::json> events = JsonLines(r.out);
  ASSERT_FALSE(events.empty());

  auto any = [&](const std::function<bool(const nlohmann::json&)>& want) {
    for (const nlohmann::json& e : events) {
      if (want(e)) return true;
    }
    return false;
  };
  auto source_country = [](const nlohmann::json& e) { return Code(e["source"]).substr(0, 3); };
  auto target_country = [](const nlohmann::json& e) { return Code(e["target"]).substr(0, 3); };
  auto date = [](const nlohmann::json& e) {
    return e["date"].is_object() && e["date"]["value"].is_string()
               ? e["date"]["value"].get<std::string>()
               : std::string();
  };
  auto place_country = [](const nlohmann::json& e) {
    return e["location"].is_object() ? Str(e["location"], "country") : std::string();
  };
  auto place = [](const nlohmann::json& e) {
    return e["location"].is_object() ? Str(e["location"], "name") : std::string();
  };

  // Israel and Syria resume their negotiations (04), intended, on Monday
  // 2026-01-05, in Paris: Paris is where, not with whom.
  EXPECT_TRUE(any([&](const nlohmann::json& e) {
    const std::string s = source_country(e), t = target_country(e);
    return ((s == "ISR" && t == "SYR") || (s == "SYR" && t == "ISR")) && Str(e, "root") == "04" &&
           Str(e, "mode") == "intended" && date(e) == "2026-01-05" && place(e) == "Paris" &&
           place_country(e) == "FRA";
  })) << r.out;
  EXPECT_FALSE(any([&](const nlohmann::json& e) {
    return Str(e, "root") == "04" && Str(e["target"], "text") == "Paris";
  })) << "the venue coded as a party: "
      << r.out;
  // The United States, through its envoy Tom Barrack, mediates (045).
  EXPECT_TRUE(any([&](const nlohmann::json& e) {
    return source_country(e) == "USA" && Str(e, "cameo") == "045" &&
           Str(e["source"], "text").find("Barrack") != std::string::npos;
  })) << r.out;
  // al-Sharaa (SYRGOV) accuses or criticises Israel (11x) at the Doha Forum
  // in December 2025 (Qatar).
  EXPECT_TRUE(any([&](const nlohmann::json& e) {
    return Code(e["source"]) == "SYRGOV" && target_country(e) == "ISR" && Str(e, "root") == "11" &&
           date(e) == "2025-12" && place_country(e) == "QAT";
  })) << r.out;
  // Netanyahu and Trump meet (04) at Mar-a-Lago (USA).
  EXPECT_TRUE(any([&](const nlohmann::json& e) {
    const std::string s = source_country(e), t = target_country(e);
    return ((s == "ISR" && t == "USA") || (s == "USA" && t == "ISR")) && Str(e, "root") == "04" &&
           place(e) == "Mar-a-Lago" && place_country(e) == "USA";
  })) << r.out;
  // Syria demands an Israeli withdrawal (10x).
  EXPECT_TRUE(any([&](const nlohmann::json& e) {
    return source_country(e) == "SYR" && target_country(e) == "ISR" && Str(e, "root") == "10";
  })) << r.out;
  // The archive filters by mode and place: the same events as the test's
  // own reading of every event.
  size_t intended_in_paris = 0;
  for (const nlohmann::json& e : events) {
    intended_in_paris += Str(e, "mode") == "intended" && place(e) == "Paris";
  }
  ASSERT_GT(intended_in_paris, 0u);
  for (const char* place_flag : {"Paris", "paris", "FRA"}) {
    CliResult f = RunCli(
        {"events", "--db", db, "--mode", "intended", "--place", place_flag, "--format", "jsonl"});
    ASSERT_EQ(f.exit_code, 0) << f.err;
    EXPECT_EQ(JsonLines(f.out).size(), intended_in_paris) << place_flag << "\n" << f.out;
  }
  CliResult bad = RunCli({"events", "--db", db, "--mode", "planned"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("mode wants asserted"), std::string::npos) << bad.err;

  // Nothing from the page's furniture (the gallery caption in Hebrew, the
  // "View gallery" line), and nothing dated after the resumption.
  for (const nlohmann::json& e : events) {
    const std::string text = Str(e, "text");
    EXPECT_EQ(text.find("gallery"), std::string::npos) << e.dump();
    EXPECT_EQ(text.find("\xd7"), std::string::npos) << e.dump();  // Hebrew letters
    EXPECT_LE(date(e), "2026-01-05") << e.dump();
  }
}

}  // namespace
}  // namespace annalist::testing
