// Archive::Search: ranking, snippets, syntax, bad queries.
#include <gtest/gtest.h>

#include "annalist/archive.h"
#include "archive/archive_fixtures.h"
#include "testing/testing.h"

namespace annalist {
namespace {

using archive_testing::Day;
using archive_testing::MakeDoc;

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = Archive::Open(dir_.File("s.db"));
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    a_ = std::move(opened).value();
    Put(MakeDoc("talks", "Israel and Syria resume security talks",
                {"Israeli and Syrian officials resumed security talks in Baku "
                 "on Monday.",
                 "The talks, mediated by Azerbaijan, focused on the border."},
                Day(2026, 3, 2)));
    Put(MakeDoc("weather", "Storms across the region",
                {"Heavy rain fell in Israel and Syria.",
                 "Farmers said talks with insurers would follow."},
                Day(2026, 1, 15)));
    Put(MakeDoc("order", "Talks on security",
                {"Talks about border security went on in Damascus.",
                 "Israel was not invited; Syria hosted."},
                Day(2025, 11, 30)));
    Put(MakeDoc("cafe", "Café owners in Zürich protest",
                {"Owners of cafés in Zürich protested rents."}, DateTime{}));
    ASSERT_TRUE(a_->Commit().ok());
  }

  void Put(const Document& d) { ASSERT_TRUE(a_->Put(d, {})->stored); }

  std::vector<std::string> Ids(std::string_view q, SearchOptions o = {}) {
    auto hits = a_->Search(q, 10, o);
    EXPECT_TRUE(hits.ok()) << q << ": " << hits.status().ToString();
    std::vector<std::string> ids;
    if (hits.ok()) {
      for (const SearchHit& h : *hits) ids.push_back(h.doc_id);
    }
    return ids;
  }

  using V = std::vector<std::string>;
  testing::TempDir dir_;
  std::unique_ptr<Archive> a_;
};

TEST_F(SearchTest, PlainWordsMatchAllAndRankTitleMatchesFirst) {
  V ids = Ids("Israel Syria talks");
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_EQ(ids[0], "talks");  // all three words in its title
  EXPECT_EQ(Ids("Baku Damascus"), V{});
  EXPECT_EQ(Ids("Damascus"), V{"order"});
}

TEST_F(SearchTest, HitsCarryTitleDateScoreAndHighlightedSnippet) {
  auto hits = a_->Search("Baku", 10);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  const SearchHit& h = (*hits)[0];
  EXPECT_EQ(h.title, "Israel and Syria resume security talks");
  EXPECT_EQ(h.published, Day(2026, 3, 2));
  EXPECT_GT(h.score, 0);
  EXPECT_NE(h.snippet.find("[Baku]"), std::string::npos) << h.snippet;

  SearchOptions o;
  o.highlight_open = "«";
  o.highlight_close = "»";
  o.snippet_tokens = 4;
  hits = a_->Search("mediated", 10, o);
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_NE((*hits)[0].snippet.find("«mediated»"), std::string::npos)
      << (*hits)[0].snippet;
  EXPECT_NE((*hits)[0].snippet.find("…"), std::string::npos);
  EXPECT_LT((*hits)[0].snippet.size(), 60u);
}

TEST_F(SearchTest, ScoresDescend) {
  auto hits = a_->Search("talks", 10);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 3u);
  for (size_t i = 1; i < hits->size(); ++i) {
    EXPECT_GE((*hits)[i - 1].score, (*hits)[i].score);
  }
  EXPECT_EQ(a_->Search("talks", 2)->size(), 2u);
}

TEST_F(SearchTest, PhrasesStemsDiacriticsPrefixesAndFields) {
  EXPECT_EQ(Ids("\"security talks\""), V{"talks"});
  EXPECT_EQ(Ids("\"talks on security\""), V{"order"});
  EXPECT_EQ(Ids("resuming"), V{"talks"});  // porter stemmer
  EXPECT_EQ(Ids("cafe zurich"), V{"cafe"});
  EXPECT_EQ(Ids("Zürich"), V{"cafe"});
  EXPECT_EQ(Ids("insur*"), V{"weather"});
  EXPECT_EQ(Ids("title:Israel"), V{"talks"});
  EXPECT_EQ(Ids("talks -Baku -insurers"), V{"order"});
  V either = Ids("Baku OR Damascus");
  std::sort(either.begin(), either.end());
  EXPECT_EQ(either, (V{"order", "talks"}));
}

TEST_F(SearchTest, MalformedQueriesAreRepairedNotFailed) {
  EXPECT_EQ(Ids("\"security talks"), V{"talks"});
  EXPECT_EQ(Ids("(Baku"), V{"talks"});
  EXPECT_EQ(Ids("Baku)) AND"), V{"talks"});
  EXPECT_EQ(Ids("Note: Baku"), V{});  // "Note:" is a word, not a column
  EXPECT_EQ(Ids("Syrian-officials"), V{"talks"});
  EXPECT_EQ(Ids("NEAR(Baku"), V{});  // NEAR is a word here
  EXPECT_EQ(Ids("Baku^ {x} +"), V{});
}

TEST_F(SearchTest, QueriesWithNothingToSearchAreInvalidArgument) {
  for (std::string_view q : {"", "   ", "-Syria", "AND OR (", "\"\"", "..."}) {
    auto hits = a_->Search(q, 10);
    ASSERT_FALSE(hits.ok()) << q;
    EXPECT_EQ(hits.status().code(), StatusCode::kInvalidArgument) << q;
    EXPECT_NE(hits.status().message().find("search query"), std::string::npos);
  }
}

TEST_F(SearchTest, PublicationDateFilter) {
  SearchOptions o;
  o.since = "2026";
  EXPECT_EQ(Ids("talks", o).size(), 2u);
  o.until = "2026-01-15";
  EXPECT_EQ(Ids("talks", o), V{"weather"});
  o.since = "";
  o.until = "2025-11";
  EXPECT_EQ(Ids("talks", o), V{"order"});
  o.until = "yesterday";
  EXPECT_EQ(a_->Search("talks", 10, o).status().code(),
            StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace annalist
