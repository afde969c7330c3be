// End-to-end tests of the people of the default lexicon
// (data/lexicon/people.lex, docs/lexicon-people.md): office holders coded by
// the role in force on the story's date, and name variants and
// transliterations resolving to one person.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

using ::testing::HasSubstr;

// The events `annalist code` finds in one story published on `date`.
std::vector<nlohmann::json> Code(const std::string& text, const std::string& date) {
  nlohmann::json record = {{"id", "p"}, {"published", date}, {"text", text}};
  CliResult r = RunCli({"code", "-q"}, record.dump() + "\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return JsonLines(r.out);
}

// The source code of the first event whose source text is `source`, or ""
// when there is none.
std::string SourceCode(const std::vector<nlohmann::json>& events, const std::string& source) {
  for (const nlohmann::json& e : events) {
    if (e["source"].is_object() && e["source"]["text"] == source) {
      return e["source"]["code"].get<std::string>();
    }
  }
  return "";
}

TEST(PeopleCliTest, TransliterationsCodeAsThePersonsOffice) {
  std::vector<nlohmann::json> events =
      Code("Zelenskiy met Erdoğan in Ankara on Tuesday.", "2025-03-04");
  ASSERT_FALSE(events.empty());
  const nlohmann::json& e = events[0];
  EXPECT_EQ(e["source"]["text"], "Zelenskiy");
  EXPECT_EQ(e["source"]["code"], "UKRGOV");
  EXPECT_EQ(e["target"]["text"], "Erdoğan");
  EXPECT_EQ(e["target"]["code"], "TURGOV");
  EXPECT_EQ(e["root"], "04");
  // The same sentence without the diacritic and with the other spellings.
  for (const char* name : {"Zelensky", "Zelenskyy", "Volodymyr Zelenskyy"}) {
    std::vector<nlohmann::json> again =
        Code(std::string(name) + " met Erdogan in Ankara on Tuesday.", "2025-03-04");
    EXPECT_EQ(SourceCode(again, name), "UKRGOV") << name;
  }
}

TEST(PeopleCliTest, ThePresidentIsTheOneInOfficeOnTheStorysDate) {
  const std::string text = "Trump met Biden at the White House.";
  std::vector<nlohmann::json> before = Code(text, "2024-06-01");
  EXPECT_EQ(SourceCode(before, "Trump"), "USAELI");
  EXPECT_EQ(SourceCode(before, "Biden"), "USAGOV");
  std::vector<nlohmann::json> after = Code(text, "2025-06-01");
  EXPECT_EQ(SourceCode(after, "Trump"), "USAGOV");
  EXPECT_EQ(SourceCode(after, "Biden"), "USAELI");
}

TEST(PeopleCliTest, AlSharaaIsARebelLeaderUntilAssadFellAndThenSyriasLeader) {
  for (const char* name : {"al-Sharaa", "Abu Mohammad al-Julani", "Ahmad al-Sharaa"}) {
    const std::string text = std::string(name) + " met Erdogan in Ankara.";
    EXPECT_EQ(SourceCode(Code(text, "2024-12-07"), name), "SYRREB") << name;
    EXPECT_EQ(SourceCode(Code(text, "2024-12-08"), name), "SYRGOV") << name;
  }
}

}  // namespace
}  // namespace annalist::testing
