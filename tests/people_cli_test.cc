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

// `annalist lexicon who NAME --on DATE --json` for one name: the object it
// prints (null when the name resolves to nothing).
nlohmann::json Who(const std::string& name, const std::string& on,
                   const std::vector<std::string>& lexicons = {}) {
  std::vector<std::string> args = {"lexicon", "who", name, "--on", on, "--json"};
  for (const std::string& l : lexicons) {
    args.push_back("--lexicon");
    args.push_back(l);
  }
  CliResult r = RunCli(args);
  if (r.exit_code != 0) return nullptr;
  std::vector<nlohmann::json> lines = JsonLines(r.out);
  return lines.size() == 1 ? lines[0] : nlohmann::json();
}

struct WhoCase {
  const char* name;
  const char* on;
  const char* entry;   // the person's primary name
  const char* code;    // the code in force on the date
  const char* office;  // part of the office text
};

TEST(PeopleCliTest, WhoGivesTheRoleInForceOnTheDate) {
  const WhoCase cases[] = {
      {"Biden", "2024-06-01", "Joe Biden", "USAGOV", "President of the United States"},
      {"Biden", "2025-06-01", "Joe Biden", "USAELI", "Former president"},
      {"Trump", "2024-06-01", "Donald Trump", "USAELI", "Former president"},
      {"Trump", "2025-06-01", "Donald Trump", "USAGOV", "President of the United States"},
      {"al-Sharaa", "2024-12-07", "Ahmed al-Sharaa", "SYRREB", "Hayat Tahrir al-Sham"},
      {"al Sharaa", "2024-12-08", "Ahmed al-Sharaa", "SYRGOV", "leader of Syria"},
      {"Abu Mohammad al-Julani", "2025-06-01", "Ahmed al-Sharaa", "SYRGOV", "President of Syria"},
      {"al-Jolani", "2023-03-01", "Ahmed al-Sharaa", "SYRREB", "Hayat Tahrir al-Sham"},
      {"Netanyahu", "2022-01-01", "Benjamin Netanyahu", "ISROPP", "Leader of the Opposition"},
      {"Netanyahu", "2023-01-01", "Benjamin Netanyahu", "ISRGOV", "Prime Minister of Israel"},
      {"Umerov", "2024-01-01", "Rustem Umerov", "UKRGOV", "Defence Minister of Ukraine"},
      {"Umerov", "2025-08-01", "Rustem Umerov", "UKRGOV", "National Security and Defence"},
      {"Araqchi", "2025-04-12", "Abbas Araghchi", "IRNGOV", "Foreign Minister of Iran"},
      {"Haniyeh", "2024-07-01", "Ismail Haniyeh", "PSEREBHMS", "Hamas political bureau"},
      {"Joseph Aoun", "2024-06-01", "Joseph Aoun", "LBNMIL", "Lebanese Armed Forces"},
      {"Joseph Aoun", "2025-06-01", "Joseph Aoun", "LBNGOV", "President of Lebanon"},
      {"Kaja Kallas", "2025-06-01", "Kaja Kallas", "IGOEUREEC", "High Representative"},
      {"Geir Pedersen", "2024-01-01", "Geir Pedersen", "IGOUNO", "Special Envoy for Syria"},
  };
  for (const WhoCase& c : cases) {
    nlohmann::json j = Who(c.name, c.on);
    ASSERT_TRUE(j.is_object()) << c.name << " " << c.on;
    EXPECT_EQ(j["actor"]["kind"], "person") << c.name;
    EXPECT_EQ(j["actor"]["name"], c.entry) << c.name;
    EXPECT_EQ(j["code"], c.code) << c.name << " " << c.on;
    EXPECT_THAT(j["office"].get<std::string>(), HasSubstr(c.office)) << c.name << " " << c.on;
  }
}

TEST(PeopleCliTest, SpellingsOfOneNameResolveToOnePerson) {
  for (const char* name :
       {"Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy", "Volodymyr Zelensky"}) {
    nlohmann::json j = Who(name, "2025-06-01");
    ASSERT_TRUE(j.is_object()) << name;
    EXPECT_EQ(j["actor"]["name"], "Volodymyr Zelensky") << name;
    EXPECT_EQ(j["code"], "UKRGOV") << name;
  }
  for (const char* name : {"Erdogan", "Erdoğan", "Recep Tayyip Erdoğan"}) {
    nlohmann::json j = Who(name, "2025-06-01");
    ASSERT_TRUE(j.is_object()) << name;
    EXPECT_EQ(j["actor"]["name"], "Recep Tayyip Erdogan") << name;
    EXPECT_EQ(j["code"], "TURGOV") << name;
  }
  // A surname shared by several people in the news is no name on its own.
  EXPECT_TRUE(Who("Aoun", "2025-06-01").is_null());
}

TEST(PeopleCliTest, AUserFolderAfterDefaultOverridesAndAddsPeople) {
  TempDir tmp;
  const std::string dir = tmp.File("my-people");
  WriteFile(dir + "/people.lex",
            "person Gideon Saar\n"
            "  role: ISRLEG 2025-01-01..  Member of the Knesset (a test override)\n"
            "person Dana Example\n"
            "  name: Example\n"
            "  role: SYRGOV 2025-03..  Test minister\n");
  CliResult check = RunCli({"lexicon", "check", "default", dir});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  nlohmann::json saar = Who("Gideon Saar", "2025-06-01", {"default", dir});
  ASSERT_TRUE(saar.is_object());
  EXPECT_EQ(saar["code"], "ISRLEG");
  EXPECT_EQ(Who("Gideon Saar", "2025-06-01")["code"], "ISRGOV");  // the default alone
  nlohmann::json added = Who("Example", "2025-06-01", {"default", dir});
  ASSERT_TRUE(added.is_object());
  EXPECT_EQ(added["actor"]["name"], "Dana Example");
  EXPECT_EQ(added["code"], "SYRGOV");
}

TEST(PeopleCliTest, TheDefaultLexiconChecksWithoutProblems) {
  CliResult r = RunCli({"lexicon", "check"});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("0 problems")) << r.out;
}

}  // namespace
}  // namespace annalist::testing
