#include "archive/fts_query.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <random>

#include "annalist/archive.h"

namespace annalist::archive {
namespace {

std::string T(std::string_view q) {
  Result<std::string> r = TranslateQuery(q);
  return r.ok() ? *r : "ERROR: " + r.status().message();
}

TEST(TranslateQueryTest, PlainWordsAreAllRequired) {
  EXPECT_EQ(T("Israel"), "\"Israel\"");
  EXPECT_EQ(T("Israel Syria talks"), "(\"Israel\" AND \"Syria\" AND \"talks\")");
  EXPECT_EQ(T("  Israel\tAND  Syria "), "(\"Israel\" AND \"Syria\")");
  // Lower-case operators are words.
  EXPECT_EQ(T("war and peace"), "(\"war\" AND \"and\" AND \"peace\")");
}

TEST(TranslateQueryTest, PhrasesAndPrefixes) {
  EXPECT_EQ(T("\"security talks\""), "\"security talks\"");
  EXPECT_EQ(T("\"security talks\" Baku"), "(\"security talks\" AND \"Baku\")");
  EXPECT_EQ(T("negotiat*"), "\"negotiat\" *");
  EXPECT_EQ(T("\"peace talk\"*"), "\"peace talk\" *");
  // An unclosed quote runs to the end.
  EXPECT_EQ(T("\"security talks"), "\"security talks\"");
  EXPECT_EQ(T("*"), "ERROR: search query has no words to search for");
}

TEST(TranslateQueryTest, OrBindsTighterThanTheImplicitAnd) {
  EXPECT_EQ(T("Israel Syria OR Lebanon"), "(\"Israel\" AND (\"Syria\" OR \"Lebanon\"))");
  EXPECT_EQ(T("(Israel Syria) OR Lebanon"), "((\"Israel\" AND \"Syria\") OR \"Lebanon\")");
  EXPECT_EQ(T("OR Syria OR"), "\"Syria\"");
}

TEST(TranslateQueryTest, Exclusion) {
  EXPECT_EQ(T("talks -Syria"), "(\"talks\" NOT \"Syria\")");
  EXPECT_EQ(T("talks NOT Syria -Iran"), "(\"talks\" NOT (\"Syria\" OR \"Iran\"))");
  EXPECT_EQ(T("-Syria"),
            "ERROR: search query only excludes terms; add a term to search "
            "for (e.g. 'talks -Syria')");
  // A hyphen inside a word is text, as is a lone one.
  EXPECT_EQ(T("U.S.-backed - talks"), "(\"U.S.-backed\" AND \"talks\")");
}

TEST(TranslateQueryTest, ColumnFilters) {
  EXPECT_EQ(T("title:Syria"), "title : \"Syria\"");
  EXPECT_EQ(T("Title:\"security talks\""), "title : \"security talks\"");
  EXPECT_EQ(T("text:(Israel OR Syria)"), "text : (\"Israel\" OR \"Syria\")");
  EXPECT_EQ(T("title:text:Syria"), "text : \"Syria\"");
  EXPECT_EQ(T("title:(text:Syria)"), "title : \"Syria\"");
  // Other "name:" prefixes are just text.
  EXPECT_EQ(T("Note: talks"), "(\"Note:\" AND \"talks\")");
}

TEST(TranslateQueryTest, RepairsBrokenSyntax) {
  EXPECT_EQ(T("(Israel Syria"), "(\"Israel\" AND \"Syria\")");
  EXPECT_EQ(T("Israel) Syria)"), "(\"Israel\" AND \"Syria\")");
  EXPECT_EQ(T("AND"), "ERROR: search query has no words to search for");
  EXPECT_EQ(T(""), "ERROR: search query has no words to search for");
  EXPECT_EQ(T("\"\""), "ERROR: search query has no words to search for");
  EXPECT_EQ(T("« — »"), "ERROR: search query has no words to search for");
  EXPECT_EQ(T("say \"he said \"\"no\"\"\""), "(\"say\" AND \"he said \" AND \"no\")");
  EXPECT_EQ(T("a\"b"), "(\"a\" AND \"b\")");
  EXPECT_EQ(T("café"), "\"café\"");
  std::string deep(1000, '(');
  deep += "x";
  EXPECT_EQ(T(deep), "\"x\"");
  EXPECT_EQ(T("((a OR b) (c OR (d e)))"), "((\"a\" OR \"b\") AND (\"c\" OR (\"d\" AND \"e\")))");
}

TEST(TranslateQueryTest, TooManyTermsIsAnError) {
  std::string q;
  for (int i = 0; i < 300; ++i) q += "w ";
  EXPECT_EQ(TranslateQuery(q).status().code(), StatusCode::kInvalidArgument);
}

// Issue 9, case 1: a phrase counted as one term, so a phrase of 300,000
// words passed the cap.
TEST(TranslateQueryTest, APhraseCountsAsItsWords) {
  std::string phrase = "\"";
  for (int i = 0; i < 200; ++i) phrase += "U.S. ";  // 400 words
  Result<std::string> r = TranslateQuery(phrase + "\"");
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("too many words"), std::string::npos) << r.status().message();
  std::string unquoted;  // punctuation makes a word a phrase too
  for (int i = 0; i < 200; ++i) unquoted += "U.S.-";
  EXPECT_EQ(TranslateQuery(unquoted).status().code(), StatusCode::kInvalidArgument);
  std::string fits = "\"";
  for (int i = 0; i < 128; ++i) fits += "U.S. ";  // 256 words: the most
  EXPECT_TRUE(TranslateQuery(fits + "\"").ok());
}

TEST(TranslateQueryTest, ALongQueryIsAnErrorSayingHowLong) {
  std::string q(kMaxQueryBytes + 1, 'a');
  Result<std::string> r = TranslateQuery(q);
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(), "search query is too long (4097 bytes; at most 4096)");
  EXPECT_TRUE(TranslateQuery(std::string(kMaxQueryBytes, 'a')).ok());
}

// Issue 9, case 3: a NUL inside a quoted FTS5 string ends it for FTS5
// ("unterminated string"). Control bytes separate words.
TEST(TranslateQueryTest, NulAndControlBytesSeparateWords) {
  EXPECT_EQ(*TranslateQuery(std::string("Baku\0talks", 10)), *TranslateQuery("Baku talks"));
  EXPECT_EQ(*TranslateQuery(std::string("\"a\0b\"", 5)), "\"a b\"");
  EXPECT_EQ(*TranslateQuery("a\x1b[2Jb\x07"), *TranslateQuery("a [2Jb "));
  EXPECT_EQ(TranslateQuery(std::string("\0\0", 2)).status().code(), StatusCode::kInvalidArgument);
}

// Every translation of random input is an expression FTS5 accepts.
TEST(TranslateQueryTest, RandomInputAlwaysGivesValidFts5) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "CREATE VIRTUAL TABLE f USING fts5(title, text, "
                         "tokenize='porter unicode61 remove_diacritics 2');"
                         "INSERT INTO f VALUES('Israel Syria', 'talks in Baku');",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT count(*) FROM f WHERE f MATCH ?", -1, &stmt, nullptr),
            SQLITE_OK);
  const std::vector<std::string> pieces = {
      "Israel", "syria", "talks", "\"",   "(",      ")",     "-",     "*",
      "OR",     "AND",   "NOT",   "NEAR", "title:", "text:", "body:", ":",
      "^",      "+",     "{",     "}",    ",",      ".",     "é",     "«",
      "\xff",   " ",     " ",     " ",    "x",      "NEAR(", "'",     std::string(1, '\0'),
      "\x1b"};
  std::mt19937 rng(42);
  int translated = 0;
  for (int iter = 0; iter < 20000; ++iter) {
    std::string q;
    int n = static_cast<int>(rng() % 12);
    for (int i = 0; i < n; ++i) q += pieces[rng() % pieces.size()];
    Result<std::string> r = TranslateQuery(q);
    if (!r.ok()) {
      ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument) << q;
      continue;
    }
    ++translated;
    sqlite3_reset(stmt);
    sqlite3_bind_text(stmt, 1, r->c_str(), -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(stmt);
    ASSERT_EQ(rc, SQLITE_ROW) << "query: " << q << "\nfts5: " << *r << "\n" << sqlite3_errmsg(db);
  }
  EXPECT_GT(translated, 10000);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
}

}  // namespace
}  // namespace annalist::archive
