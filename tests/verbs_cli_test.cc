// End-to-end tests of the default lexicon's verbs (data/lexicon/verbs.lex):
// one sentence or more for each of the twenty CAMEO roots, the nouns that
// must not be read as verbs, and the events of the seed story that the
// verbs make possible.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

// The country part of an actor code ("ISRGOV" -> "ISR"): the agents and
// sectors come from other parts of the lexicon and are not what is tested.
std::string Country(const nlohmann::json& actor) {
  if (!actor.is_object() || !actor.contains("code") || !actor["code"].is_string()) return "";
  return actor["code"].get<std::string>().substr(0, 3);
}

// "SOURCE/TARGET/CAMEO" with country codes, e.g. "ISR/SYR/195".
std::string Triple(const nlohmann::json& e) {
  return Country(e["source"]) + "/" + Country(e["target"]) + "/" + e["cameo"].get<std::string>();
}

struct Row {
  const char* text;
  const char* want;  // source country / target country / CAMEO code
};

// Sentences written for these tests (not taken from any corpus), each with
// the event its verb must give. No actor stands in a locative phrase ("in
// Iraq"), which the coding rules keep from being an actor.
const Row kRows[] = {
    // 01 statements
    {"Iran expressed condolences to Iraq after the earthquake.", "IRN/IRQ/018"},
    {"Egypt voiced concern over Israel's settlement plan.", "EGY/ISR/012"},
    // 02 appeals, with the act they ask for
    {"Turkey urged Syria to resume talks with the Kurds.", "TUR/SYR/026"},
    {"Jordan called on Israel to withdraw from the West Bank.", "JOR/ISR/0256"},
    // 03 intent to cooperate
    {"Qatar offered to mediate between Israel and Hamas.", "QAT/ISR/039"},
    {"Iran pledged humanitarian aid to Lebanon.", "IRN/LBN/033"},
    {"Syria promised to release Lebanese prisoners.", "SYR/LBN/0353"},
    // 04 consult: light verb + event noun, mediation, resumed negotiations
    {"The Israeli delegation held talks with Egypt in Cairo.", "ISR/EGY/040"},
    {"Egypt mediated between Israel and Hamas.", "EGY/ISR/045"},
    {"Syria resumed negotiations with Israel.", "SYR/ISR/046"},
    {"Iraq hosted Iranian President.", "IRQ/IRN/043"},
    // 05 diplomatic cooperation
    {"Saudi Arabia signed a security agreement with Iraq.", "SAU/IRQ/057"},
    {"Kuwait praised Qatar for its mediation.", "KWT/QAT/051"},
    {"Jordan restored diplomatic relations with Qatar.", "JOR/QAT/050"},
    // 06 material cooperation
    {"Turkey will cooperate with Iraq on security.", "TUR/IRQ/062"},
    // 07 aid
    {"Egypt sent humanitarian aid to Gaza.", "EGY/PSE/073"},
    // 08 yield; "agreed to" codes the act agreed to
    {"Israel released Palestinian prisoners.", "ISR/PSE/0841"},
    {"Israel agreed to lift sanctions on Lebanon.", "ISR/LBN/085"},
    {"Iran and Iraq exchanged prisoners.", "IRQ/IRN/0841"},
    // 09 investigate
    {"Turkey opened an investigation into Iraqi smugglers.", "TUR/IRQ/090"},
    // 10 demand
    {"Syria demanded an Israeli withdrawal from the Golan.", "SYR/ISR/1056"},
    // 11 disapprove
    {"Lebanon criticized Israel's incursion.", "LBN/ISR/111"},
    {"Iran accused Israel of war crimes.", "IRN/ISR/1124"},
    // 12 reject: the refused act decides the code
    {"Syria refused to withdraw from Lebanon.", "SYR/LBN/1246"},
    {"Israel rejected the peace plan of Egypt.", "ISR/EGY/127"},
    // 13 threaten
    {"Iran threatened to attack Israel.", "IRN/ISR/138"},
    {"Iran threatened sanctions against Turkey.", "IRN/TUR/1312"},
    // 14 protest
    {"Palestinian protesters demonstrated against Israel.", "PSE/ISR/141"},
    // 15 force posture
    {"Turkey deployed troops on the border with Syria.", "TUR/SYR/154"},
    // 16 reduce relations
    {"Bahrain severed ties with Iran.", "BHR/IRN/161"},
    {"Egypt imposed sanctions on Qatar.", "EGY/QAT/163"},
    // 17 coerce
    {"Iraq expelled the Turkish ambassador.", "IRQ/TUR/161"},
    {"Iran arrested Iraqi fishermen.", "IRN/IRQ/173"},
    // 18 unconventional violence
    {"Iraqi gunmen kidnapped Turkish workers.", "IRQ/TUR/181"},
    // 19 conventional force: light verbs, passives
    {"Israel launched air strikes on Syria.", "ISR/SYR/195"},
    {"Israel carried out raids against Hezbollah.", "ISR/LBN/190"},
    {"Syria was attacked by Israel.", "ISR/SYR/190"},
    {"Iranian soldiers were killed by Iraqi forces.", "IRQ/IRN/190"},
    {"Lebanese civilians were killed in an air strike by Israel.", "ISR/LBN/195"},
    {"Israeli tanks shelled Gaza.", "ISR/PSE/194"},
    // 20 mass violence
    {"Syria massacred Lebanese civilians.", "SYR/LBN/202"},
};

// Codes `docs` (id -> text) with the default lexicon; the events by doc id.
std::map<std::string, std::vector<nlohmann::json>> CodeDocs(
    const std::vector<std::pair<std::string, std::string>>& docs) {
  std::string input;
  for (const auto& [id, text] : docs) {
    input += nlohmann::json{{"id", id}, {"published", "2026-01-04"}, {"text", text}}.dump() + "\n";
  }
  CliResult r = RunCli({"code", "--lexicon", "default", "--threads", "1"}, input);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::map<std::string, std::vector<nlohmann::json>> by_doc;
  for (const nlohmann::json& e : JsonLines(r.out)) {
    if (e.is_object() && e.contains("doc")) by_doc[e["doc"].get<std::string>()].push_back(e);
  }
  return by_doc;
}

TEST(VerbsCliTest, EveryCameoRootHasVerbsThatCodeItsSentences) {
  std::vector<std::pair<std::string, std::string>> docs;
  for (size_t i = 0; i < std::size(kRows); ++i)
    docs.emplace_back("r" + std::to_string(i), kRows[i].text);
  auto by_doc = CodeDocs(docs);
  std::set<std::string> roots;
  for (size_t i = 0; i < std::size(kRows); ++i) {
    std::set<std::string> got;
    for (const nlohmann::json& e : by_doc["r" + std::to_string(i)]) got.insert(Triple(e));
    std::string want = kRows[i].want;
    EXPECT_TRUE(got.count(want)) << kRows[i].text << "\n  want " << want << ", got "
                                 << ::testing::PrintToString(got);
    if (got.count(want)) roots.insert(want.substr(8, 2));
  }
  EXPECT_EQ(roots.size(), 20u) << ::testing::PrintToString(roots);
}

TEST(VerbsCliTest, EventNounsAreNotReadAsVerbs) {
  auto by_doc = CodeDocs({{"attacks", "Egypt condemned the attacks on Syria."},
                          {"talks", "Syria said its talks with Turkey were useful."},
                          {"strikes", "The strikes on Iran and the raids in Iraq continued."},
                          {"met with", "Iraq was met with silence from Iran."}});
  // "attacks" is the object of "condemned": one 111 event, no 190.
  ASSERT_EQ(by_doc["attacks"].size(), 1u);
  EXPECT_EQ(Triple(by_doc["attacks"][0]), "EGY/SYR/111");
  for (const nlohmann::json& e : by_doc["talks"]) {
    EXPECT_NE(e["root"], "04") << "\"talks\" read as a verb: " << e.dump();
  }
  EXPECT_TRUE(by_doc["strikes"].empty()) << by_doc["strikes"][0].dump();
  // "was met with" is how something was received, not a meeting.
  EXPECT_TRUE(by_doc["met with"].empty()) << by_doc["met with"][0].dump();
}

// The seed story (published 2026-01-04): the events its verbs make possible.
TEST(VerbsCliTest, SeedStoryNegotiationsMediationCriticismAndDemand) {
  ANNALIST_REQUIRE_SHARED(seed, "seed/israel-syria-paris-talks.txt");
  CliResult r = RunCli({"code", "--lexicon", "default", "--date", "2026-01-04", seed});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> events = JsonLines(r.out);
  auto has = [&](const std::string& source, const std::string& cameo,
                 const std::set<std::string>& targets, const std::string& verb_prefix) {
    for (const nlohmann::json& e : events) {
      if (Country(e["source"]) == source && e["cameo"] == cameo &&
          targets.count(Country(e["target"])) &&
          e["verb"].get<std::string>().rfind(verb_prefix, 0) == 0) {
        return true;
      }
    }
    return false;
  };
  // "Negotiations ... between Israel and Syria are set to resume": the two
  // negotiate (the place "in Paris" is not this test's business).
  EXPECT_TRUE(has("ISR", "046", {"SYR", "FRA"}, "resume") ||
              has("SYR", "046", {"ISR", "FRA"}, "resume"))
      << r.out;
  // "agreed upon in a meeting between ... Netanyahu and ... Trump".
  EXPECT_TRUE(has("ISR", "040", {"USA"}, "agreed") || has("USA", "040", {"ISR"}, "agreed"))
      << r.out;
  // "with U.S. envoy Tom Barrack serving as mediator".
  EXPECT_TRUE(has("USA", "045", {"SYR", "ISR"}, "serving")) << r.out;
  // "al-Sharaa and al-Shaibani have repeatedly criticized Israel's actions".
  EXPECT_TRUE(has("SYR", "111", {"ISR"}, "criticized")) << r.out;
  // "al-Sharaa accused Israel of exporting its crises": an accusation of Israel.
  bool accused = false;
  for (const nlohmann::json& e : events) {
    if (e["cameo"].get<std::string>().rfind("112", 0) == 0 && Country(e["target"]) == "ISR") {
      accused = true;
    }
  }
  EXPECT_TRUE(accused) << r.out;
  // "working with influential countries worldwide to pressure Israel to
  // withdraw": Syria demands an Israeli withdrawal.
  EXPECT_TRUE(has("SYR", "1056", {"ISR"}, "pressure")) << r.out;
}

}  // namespace
}  // namespace annalist::testing
