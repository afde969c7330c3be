#include "annalist/event_date_eval.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "annalist/profile.h"
#include "testing/testing.h"

namespace annalist {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;
using testing::WriteFile;

std::shared_ptr<const CodingProfile> DefaultProfile() {
  auto profile = ResolveProfile({"default"}, nullptr);
  EXPECT_TRUE(profile.ok()) << profile.status().ToString();
  return profile.ok() ? *profile : nullptr;
}

TEST(EventDateGold, ReadsLinesAndResolvesPaths) {
  TempDir tmp;
  const std::string gold = tmp.File("g/gold.tsv");
  WriteFile(gold,
            "# comment\n"
            "a.txt\t0-6\t19\t2024-12-10\tovernight\n"
            "shared:corpus/b.txt\t3-9\t01|11\t2016-07\n");
  auto read = ReadEventDateGold(gold, "/data");
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  ASSERT_EQ(read->size(), 2u);
  const GoldEventDate& a = (*read)[0];
  EXPECT_EQ(a.line, 2u);
  EXPECT_EQ(a.path, tmp.File("g/a.txt"));
  EXPECT_EQ(a.begin, 0u);
  EXPECT_EQ(a.end, 6u);
  EXPECT_EQ(a.roots, std::vector<std::string>{"19"});
  EXPECT_EQ(a.date.ToIso(), "2024-12-10");
  EXPECT_EQ(a.note, "overnight");
  const GoldEventDate& b = (*read)[1];
  EXPECT_EQ(b.path, "/data/corpus/b.txt");
  EXPECT_EQ(b.roots, (std::vector<std::string>{"01", "11"}));
  EXPECT_EQ(b.date.precision, DatePrecision::kMonth);
}

TEST(EventDateGold, BadLinesNameFileAndLine) {
  TempDir tmp;
  const std::string gold = tmp.File("gold.tsv");
  for (const auto& [line, why] : std::vector<std::pair<std::string, std::string>>{
           {"a.txt\t0-6\t19", "tab-separated"},
           {"a.txt\t6-0\t19\t2024-12-10", "BEGIN < END"},
           {"a.txt\t0-6\t21\t2024-12-10", "a CAMEO root is 01..20, not '21'"},
           {"a.txt\t0-6\t19|x\t2024-12-10", "not 'x'"},
           {"a.txt\t0-6\t19\t2024", "YYYY-MM-DD or YYYY-MM"},
           {"a.txt\t0-6\t19\t2024-02-30", "YYYY-MM-DD or YYYY-MM"}}) {
    WriteFile(gold, "# header\n" + line + "\n");
    auto read = ReadEventDateGold(gold, "");
    ASSERT_FALSE(read.ok()) << line;
    EXPECT_THAT(read.status().message(), HasSubstr(gold + ":2: ")) << line;
    EXPECT_THAT(read.status().message(), HasSubstr(why)) << line;
  }
  EXPECT_FALSE(ReadEventDateGold(tmp.File("none.tsv"), "").ok());
}

// Scoring: a matched event dated by its text, one left to the publication
// date, an unmatched one, a document that is absent, and a span past the end.
TEST(EventDateGold, ScoresAgainstThePublicationDate) {
  auto profile = DefaultProfile();
  ASSERT_TRUE(profile);
  TempDir tmp;
  const std::string article =
      "Title: Strikes\nDate: 2025-04-03\n\n"
      "Israeli jets attacked Syria on Wednesday.\n\n"
      "Turkey condemned Israel.\n";
  WriteFile(tmp.File("a.txt"), article);
  const size_t attacked = article.find("attacked"), condemned = article.find("condemned");
  auto span = [](size_t at) { return std::to_string(at) + "-" + std::to_string(at + 8); };
  WriteFile(tmp.File("gold.tsv"), "a.txt\t" + span(attacked) + "\t19\t2025-04-02\n" + "a.txt\t" +
                                      span(condemned) + "\t11\t2025-04-02\n" + "a.txt\t" +
                                      span(condemned) + "\t04\t2025-04\n" +
                                      "missing.txt\t0-5\t19\t2025-04-02\n");
  auto gold = ReadEventDateGold(tmp.File("gold.tsv"), "");
  ASSERT_TRUE(gold.ok());
  auto s = ScoreEventDates(*profile, *gold, nullptr);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->documents, 1u);
  EXPECT_EQ(s->documents_absent, 1u);
  EXPECT_EQ(s->gold, 3u);
  EXPECT_EQ(s->unmatched, 1u);  // no consultation is coded
  EXPECT_EQ(s->matched, 2u);
  EXPECT_EQ(s->matched_day, 2u);
  // "on Wednesday" dates the attack; the condemnation takes the story frame.
  EXPECT_EQ(s->right_day, 2u);
  EXPECT_EQ(s->right_month, 2u);
  EXPECT_EQ(s->baseline_day, 0u);  // published on the Thursday
  EXPECT_EQ(s->baseline_month, 2u);
  EXPECT_EQ(s->baseline_all_month, 3u);

  WriteFile(tmp.File("gold.tsv"), "a.txt\t5000-5008\t19\t2025-04-02\n");
  gold = ReadEventDateGold(tmp.File("gold.tsv"), "");
  ASSERT_TRUE(gold.ok());
  s = ScoreEventDates(*profile, *gold, nullptr);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.status().message(), HasSubstr("gold line 1: span 5000-5008 is past the end"));
}

}  // namespace
}  // namespace annalist
