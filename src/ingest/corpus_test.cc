// The readers on the real corpora of ../shared/data (skipped when absent).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "annalist/reader.h"
#include "ingest/encoding.h"
#include "testing/testing.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;

struct Tally {
  uint64_t documents = 0;
  std::set<std::string> ids;
  std::vector<std::string> problems;
  std::map<std::string, uint64_t> skipped;
  uint64_t invalid_utf8 = 0;
  uint64_t with_title = 0;
  uint64_t with_date = 0;
  uint64_t bytes_read = 0;
  uint64_t total_bytes = 0;
};

Tally ReadAll(std::vector<std::string> paths) {
  Tally t;
  auto reader = DocumentReader::Open(std::move(paths), ReaderOptions());
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  if (!reader.ok()) return t;
  (*reader)->SetProblemHandler([&t](const ReadProblem& p) { t.problems.push_back(p.Message()); });
  Document doc;
  while ((*reader)->Next(&doc)) {
    ++t.documents;
    t.ids.insert(doc.id);
    if (ingest::Utf8SequenceLength(doc.text) == 0 ||
        ingest::RepairUtf8Bytes(doc.text, nullptr) != doc.text) {
      ++t.invalid_utf8;
    }
    if (!doc.title.empty()) ++t.with_title;
    if (doc.published.known()) ++t.with_date;
  }
  t.skipped = (*reader)->skipped();
  t.bytes_read = (*reader)->bytes_read();
  t.total_bytes = (*reader)->total_bytes();
  return t;
}

TEST(Corpus, Bbc) {
  ANNALIST_REQUIRE_SHARED(bbc, "corpus/bbc");
  std::vector<std::string> dirs;
  for (const char* topic : {"business", "entertainment", "politics", "sport", "tech"}) {
    dirs.push_back(bbc + "/" + topic);
  }
  Tally t = ReadAll(dirs);
  EXPECT_EQ(t.documents, 2225u);
  // 98 files are exact copies of another: content ids make them one.
  EXPECT_EQ(t.ids.size(), 2225u - 98u);
  // Every BBC file starts with its headline and a blank line.
  EXPECT_EQ(t.with_title, 2225u);
  EXPECT_EQ(t.invalid_utf8, 0u);
  EXPECT_TRUE(t.problems.empty()) << t.problems.front();
  EXPECT_EQ(t.bytes_read, t.total_bytes);
}

TEST(Corpus, PolNeAR) {
  ANNALIST_REQUIRE_SHARED(polnear, "corpus/polnear");
  Tally t = ReadAll({polnear + "/train/text", polnear + "/dev/text", polnear + "/test/text"});
  EXPECT_EQ(t.documents, 1008u);
  // One Washington Post article is in train twice (dated 12-22 and 12-23),
  // byte for byte.
  EXPECT_EQ(t.ids.size(), 1007u);
  EXPECT_EQ(t.invalid_utf8, 0u);
  EXPECT_TRUE(t.problems.empty()) << t.problems.front();
  // metadata.tsv, two folders above the text files, dates and titles them.
  EXPECT_EQ(t.with_date, 1008u);
  EXPECT_EQ(t.with_title, 1008u);
}

// The whole corpus folder, as a user would name it: every article dated and
// titled from metadata.tsv; the .ann annotation files, the README and the
// table itself are not articles.
TEST(Corpus, PolNeARMetadata) {
  ANNALIST_REQUIRE_SHARED(polnear, "corpus/polnear");
  auto reader = DocumentReader::Open({polnear}, ReaderOptions());
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  std::vector<std::string> problems;
  (*reader)->SetProblemHandler(
      [&problems](const ReadProblem& p) { problems.push_back(p.Message()); });
  Document doc, clinton;
  uint64_t documents = 0, dated = 0, titled = 0, with_outlet = 0;
  while ((*reader)->Next(&doc)) {
    ++documents;
    dated += doc.published.precision == DatePrecision::kDay;
    titled += !doc.title.empty();
    with_outlet += !doc.outlet.empty();
    if (doc.source.ends_with("breitbart_2016-10-04_bill-clinton-calls-obamacare-cra.txt")) {
      clinton = doc;
    }
  }
  EXPECT_EQ(documents, 1008u);
  EXPECT_EQ(dated, 1008u);
  EXPECT_EQ(titled, 1008u);
  EXPECT_EQ(with_outlet, 1008u);
  EXPECT_TRUE(problems.empty()) << problems.front();
  EXPECT_EQ((*reader)->files_ignored(), 1107u + 2u);  // .ann files, README, table
  // The table's title, not the first line (which ends in a full stop).
  EXPECT_EQ(clinton.title,
            "Bill Clinton calls Obamacare \xE2\x80\x98"
            "crazy system\xE2\x80\x99 during "
            "campaign stop");
  EXPECT_EQ(clinton.published.ToIso(), "2016-10-04");
  EXPECT_EQ(clinton.outlet, "breitbart");
  EXPECT_EQ(clinton.byline, "UPI");
}

// Without the table the headline is still kept, full stop and all: 764 of
// the 1,008 first lines end in one and were lost; 153 more are "Headline;"
// over a summary line.
TEST(Corpus, PolNeARHeadlines) {
  ANNALIST_REQUIRE_SHARED(polnear, "corpus/polnear");
  ReaderOptions options;
  options.metadata_tables = false;
  auto reader = DocumentReader::Open({polnear}, options);
  ASSERT_TRUE(reader.ok());
  Document doc;
  uint64_t documents = 0, titled = 0, full_stop = 0;
  while ((*reader)->Next(&doc)) {
    ++documents;
    titled += !doc.title.empty();
    full_stop += doc.title.ends_with(".");
  }
  EXPECT_EQ(documents, 1008u);
  // All but three: two open with a "BYLINE:" header line (a byline, not a
  // title) and one's summary line after "Headline;" is too long for one.
  EXPECT_EQ(titled, 1005u);
  // 762 of the 764 first lines that end in a full stop (not the two BYLINE
  // lines), and 7 headlines before a ';' that end in "N.H." or "U.S.".
  EXPECT_EQ(full_stop, 769u);
}

TEST(Corpus, Reuters21578) {
  ANNALIST_REQUIRE_SHARED(dir, "corpus/reuters21578");
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".sgm") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  ASSERT_EQ(files.size(), 22u);
  Tally t = ReadAll(files);
  // 21,578 <REUTERS> records, of which 19,043 have a <BODY>; the other
  // 2,535 are BRIEF (title only) and UNPROC (unparsed text) records.
  EXPECT_EQ(t.documents, 19043u);
  EXPECT_EQ(t.skipped[kSkipNoBody], 21578u - 19043u);
  EXPECT_EQ(t.skipped.size(), 1u);
  EXPECT_EQ(t.ids.size(), t.documents);  // NEWIDs are unique
  EXPECT_EQ(t.with_date, t.documents);
  EXPECT_EQ(t.invalid_utf8, 0u);
  EXPECT_EQ(t.bytes_read, t.total_bytes);
}

// The first record and the one with the raw 0xFC byte, field by field.
TEST(Corpus, ReutersRecords) {
  ANNALIST_REQUIRE_SHARED(r000, "corpus/reuters21578/reut2-000.sgm");
  ANNALIST_REQUIRE_SHARED(r017, "corpus/reuters21578/reut2-017.sgm");
  auto reader = DocumentReader::Open({r000, r017}, ReaderOptions());
  ASSERT_TRUE(reader.ok());
  Document doc, first, fc;
  while ((*reader)->Next(&doc)) {
    if (doc.id == "reuters-1") first = doc;
    if (doc.id == "reuters-17980") fc = doc;
  }
  ASSERT_EQ(first.id, "reuters-1");
  EXPECT_EQ(first.title, "BAHIA COCOA REVIEW");
  EXPECT_EQ(first.published.ToIso(), "1987-02-26T15:01:01");
  EXPECT_EQ(first.outlet, "Reuters");
  EXPECT_EQ(first.source, r000);
  EXPECT_EQ(first.source_line, 2u);
  EXPECT_EQ(first.text.rfind("SALVADOR, Feb 26 - Showers continued throughout "
                             "the week in\nthe Bahia cocoa zone",
                             0),
            0u);
  EXPECT_TRUE(first.text.ends_with("carnival which ends midday on February 27."))
      << first.text.substr(first.text.size() - 60);
  EXPECT_NE(first.extra_json.find("\"places\":[\"el-salvador\",\"usa\",\"uruguay\"]"),
            std::string::npos)
      << first.extra_json;
  EXPECT_NE(first.extra_json.find("\"lewissplit\":\"TRAIN\""), std::string::npos);
  EXPECT_NE(first.extra_json.find("\"oldid\":\"5544\""), std::string::npos);
  EXPECT_NE(first.extra_json.find("\"topics\":[\"cocoa\"]"), std::string::npos);
  // 0xFC read as Latin-1; the control references around it dropped.
  ASSERT_EQ(fc.id, "reuters-17980");
  EXPECT_NE(fc.text.find("world economic growth.\xC3\xBCside measures"), std::string::npos);
  EXPECT_EQ(fc.repaired_bytes, 1u);
}

}  // namespace
}  // namespace annalist
