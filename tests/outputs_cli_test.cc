// End-to-end tests of the event outputs on the demo corpus (data/demo):
// `events --format gdelt` checked column by column against GDELT's header
// file, with the documents' URLs and the events' dates; `show --json` with
// sentences, mentions and events; `timeline` sentences wrapped, never cut.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "annalist/export.h"
#include "run_cli.h"
#include "testing/gdelt_columns.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

using Json = nlohmann::json;

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == sep) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines = Split(s, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

// Columns on a terminal: UTF-8 code points.
size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Squeeze(const std::string& s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// One archive of the demo corpus for the whole suite.
class OutputsCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir();
    db_ = new std::string(tmp_->File("demo.db"));
    CliResult ingest = RunCli({"ingest", "--db", *db_, SourceDir() + "/data/demo"});
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  }
  static void TearDownTestSuite() {
    delete db_;
    delete tmp_;
  }
  static std::vector<Json> EventsJson() {
    CliResult r = RunCli({"events", "--db", *db_, "--format", "jsonl"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::vector<Json> out;
    for (const std::string& line : Lines(r.out)) out.push_back(Json::parse(line));
    return out;
  }
  static Json Show(const std::string& id) {
    CliResult r = RunCli({"show", "--db", *db_, "--json", id});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return Json::parse(r.out, nullptr, false);
  }
  static TempDir* tmp_;
  static std::string* db_;
};
TempDir* OutputsCliTest::tmp_ = nullptr;
std::string* OutputsCliTest::db_ = nullptr;

TEST_F(OutputsCliTest, GdeltFromTheArchivePassesTheHeaderFile) {
  ANNALIST_REQUIRE_SHARED(header, "cameo/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
  std::vector<GdeltColumn> columns = ReadGdeltHeader(header);
  ASSERT_EQ(columns.size(), 61u);
  CliResult r = RunCli({"events", "--db", *db_, "--format", "gdelt"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> rows = Lines(r.out);
  std::vector<Json> events = EventsJson();
  ASSERT_GE(rows.size(), 20u);
  ASSERT_EQ(rows.size(), events.size());
  std::map<std::string, std::string> urls;  // doc id -> URL, from `show --json`
  for (size_t i = 0; i < rows.size(); ++i) {
    std::vector<std::string> row = Split(rows[i], '\t');
    // Every demo document is dated, so every date column is filled.
    for (const std::string& p :
         GdeltRowProblems(columns, row,
                          {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
                           "DATEADDED", "SOURCEURL", "EventCode"})) {
      ADD_FAILURE() << "row " << i + 1 << ": " << p;
    }
    ASSERT_EQ(row.size(), 61u);
    const Json& e = events[i];
    EXPECT_EQ(row[0], std::to_string(GdeltEventId(e["id"].get<std::string>())));
    std::string date = e["date"]["value"].get<std::string>();
    std::string digits;
    for (char c : date.substr(0, 10)) {
      if (c != '-') digits += c;
    }
    while (digits.size() < 8) digits += "01";
    EXPECT_EQ(row[1], digits) << date;
    EXPECT_EQ(row[3], date.substr(0, 4));
    const std::string doc = e["doc"];
    if (!urls.count(doc)) urls[doc] = Show(doc)["url"];
    EXPECT_FALSE(urls[doc].empty()) << doc;
    EXPECT_EQ(row[60], urls[doc]) << doc;
    EXPECT_THAT(row[60], ::testing::StartsWith("https://example.org/demo/"));
  }
}

TEST_F(OutputsCliTest, CodeGdeltWritesTheDocumentUrl) {
  CliResult r = RunCli({"code", "--lexicon", "default", "--output-format", "gdelt",
                        SourceDir() + "/data/demo/01-israel-strikes-syrian-bases.txt"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> rows = Lines(r.out);
  ASSERT_FALSE(rows.empty());
  for (const std::string& line : rows) {
    std::vector<std::string> row = Split(line, '\t');
    ASSERT_EQ(row.size(), 61u);
    EXPECT_EQ(row[60], "https://example.org/demo/2024/12/israel-strikes-syrian-bases");
    EXPECT_EQ(row[1].substr(0, 6), "202412");
  }
}

TEST_F(OutputsCliTest, EveryFormatCarriesTheEventId) {
  std::vector<Json> events = EventsJson();
  ASSERT_FALSE(events.empty());
  std::set<std::string> ids;
  for (const Json& e : events) {
    ASSERT_TRUE(e["id"].is_string());
    EXPECT_THAT(e["id"].get<std::string>(),
                ::testing::StartsWith(e["doc"].get<std::string>() + "#"));
    ids.insert(e["id"]);
  }
  EXPECT_EQ(ids.size(), events.size());  // distinct
  CliResult csv = RunCli({"events", "--db", *db_, "--format", "csv"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  std::vector<std::string> rows = Lines(csv.out);
  ASSERT_FALSE(rows.empty());
  EXPECT_THAT(rows[0], ::testing::StartsWith("id,doc,"));
  EXPECT_THAT(rows[1], ::testing::StartsWith(events[0]["id"].get<std::string>() + ","));
  CliResult plover = RunCli({"events", "--db", *db_, "--format", "plover"});
  ASSERT_EQ(plover.exit_code, 0) << plover.err;
  for (const std::string& line : Lines(plover.out)) {
    Json j = Json::parse(line);
    EXPECT_TRUE(ids.count(j["id"])) << line;
    for (const Json& id : j["event_ids"]) EXPECT_TRUE(ids.count(id)) << line;
  }
}

TEST_F(OutputsCliTest, ShowJsonHasSentencesMentionsAndEvents) {
  std::vector<Json> events = EventsJson();
  ASSERT_FALSE(events.empty());
  const std::string doc = events[0]["doc"];
  Json j = Show(doc);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j["id"], doc);
  const std::string text = j["text"];
  ASSERT_TRUE(j["sentences"].is_array());
  ASSERT_GE(j["sentences"].size(), 3u);
  for (const Json& s : j["sentences"]) {
    const size_t b = s["begin"], e = s["end"];
    ASSERT_LE(b, e);
    ASSERT_LE(e, text.size());
    EXPECT_EQ(s["text"], text.substr(b, e - b));
  }
  ASSERT_TRUE(j["mentions"].is_array());
  EXPECT_FALSE(j["mentions"].empty());
  for (const Json& m : j["mentions"]) {
    const size_t b = m["begin"], e = m["end"];
    ASSERT_LE(e, text.size());
    EXPECT_EQ(m["text"], text.substr(b, e - b));
  }
  ASSERT_TRUE(j["events"].is_array());
  size_t of_doc = 0;
  for (const Json& e : events) of_doc += e["doc"] == doc;
  EXPECT_EQ(j["events"].size(), of_doc);
  for (const Json& e : j["events"]) {
    EXPECT_THAT(e["id"].get<std::string>(), ::testing::StartsWith(doc + "#"));
    const size_t sentence = e["sentence"];
    ASSERT_LT(sentence, j["sentences"].size());
    const Json& s = j["sentences"][sentence];
    EXPECT_EQ(e["span"][0], s["begin"]);
    EXPECT_EQ(e["span"][1], s["end"]);
    EXPECT_EQ(e["text"], s["text"]);
  }
}

// Runs `timeline` with $COLUMNS set to `columns` ("" = unset); standard output
// is a file, not a terminal.
CliResult Timeline(const std::string& db, const std::string& columns) {
  const char* old = std::getenv("COLUMNS");
  std::string saved = old ? old : "";
  if (columns.empty()) {
    unsetenv("COLUMNS");
  } else {
    setenv("COLUMNS", columns.c_str(), 1);
  }
  CliResult r = RunCli({"timeline", "--db", db, "ISR"});
  if (old) {
    setenv("COLUMNS", saved.c_str(), 1);
  } else {
    unsetenv("COLUMNS");
  }
  return r;
}

TEST_F(OutputsCliTest, TimelineWrapsSentencesWithoutCutting) {
  CliResult events = RunCli({"events", "--db", *db_, "--actor", "ISR", "--format", "jsonl"});
  ASSERT_EQ(events.exit_code, 0) << events.err;
  std::vector<std::string> sentences;
  size_t longest = 0;
  for (const std::string& line : Lines(events.out)) {
    std::string t = Json::parse(line)["text"];
    longest = std::max(longest, Width(t));
    sentences.push_back(Squeeze(t));
  }
  ASSERT_FALSE(sentences.empty());
  ASSERT_GT(longest, 150u) << "the demo should have a sentence longer than the old cut";
  for (const auto& [columns, width] :
       std::vector<std::pair<std::string, size_t>>{{"", 80}, {"60", 60}, {"120", 120}}) {
    CliResult r = Timeline(*db_, columns);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // The sentence lines are indented by 12 spaces under each table row.
    std::string joined;
    size_t widest = 0;
    for (const std::string& line : Lines(r.out)) {
      if (line.rfind("            ", 0) != 0) {
        joined += "\n";
        continue;
      }
      widest = std::max(widest, Width(line));
      EXPECT_LE(Width(line), width) << "COLUMNS=" << columns << ": " << line;
      joined += " " + line;
    }
    EXPECT_GT(widest, width - 20) << "lines should fill the width " << width;
    const std::string flat = Squeeze(joined);
    for (const std::string& s : sentences) {
      EXPECT_NE(flat.find(s), std::string::npos) << "COLUMNS=" << columns << ": cut: " << s;
    }
  }
}

}  // namespace
}  // namespace annalist::testing
