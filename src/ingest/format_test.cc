// The format table from the outside: a toy format registered here is read
// by DocumentReader directly, in a directory walk, gzip-compressed, by
// content, and nested, without any change to the reader.
#include "ingest/format.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annalist/reader.h"
#include "ingest/gzip_for_test.h"
#include "testing/testing.h"

namespace annalist::ingest {
namespace {

using ::annalist::testing::TempDir;
using ::annalist::testing::WriteFile;

// "TOY1" on the first line, then "doc ID TEXT" lines (one document each)
// and "nest JSON" lines (a JSON Lines record inside a toy record).
void RegisterToy() {
  static const bool registered = [] {
    Format toy;
    toy.name = "toy";
    toy.aliases = {"toy-format"};
    toy.extensions = {".toy"};
    toy.detect = [](std::string_view head, bool) { return head.starts_with("TOY1\n"); };
    toy.framer = LineFramer;
    toy.parse = [](const Record& record, Parsed* out, RecordError* error) {
      std::string_view line = record.bytes;
      if (line == "TOY1") return true;
      if (line.starts_with("nest ")) {
        out->nested.push_back({"jsonl", std::string(line.substr(5))});
        return true;
      }
      size_t space = line.find(' ', 4);
      if (!line.starts_with("doc ") || space == std::string_view::npos) {
        *error = {kSkipMalformedRecord, "not a toy line"};
        return false;
      }
      Document doc;
      doc.id = std::string(line.substr(4, space - 4));
      doc.text = std::string(line.substr(space + 1));
      out->documents.push_back(std::move(doc));
      return true;
    };
    Status s = RegisterFormat(std::move(toy));
    EXPECT_TRUE(s.ok()) << s.ToString();
    return s.ok();
  }();
  ASSERT_TRUE(registered);
}

constexpr char kToy[] =
    "TOY1\n"
    "doc t1 The ministers met in Paris.\n"
    "nest {\"id\":\"n1\",\"text\":\"A nested record.\"}\n"
    "bogus\n"
    "doc t2 They agreed.\n";

struct Outcome {
  std::vector<Document> docs;
  std::vector<std::string> problems;
};

Outcome Read(std::vector<std::string> paths, ReaderOptions options = {}) {
  Outcome run;
  auto reader = DocumentReader::Open(std::move(paths), options);
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  if (!reader.ok()) return run;
  (*reader)->SetProblemHandler(
      [&run](const ReadProblem& p) { run.problems.push_back(p.Message()); });
  Document doc;
  while ((*reader)->Next(&doc)) run.docs.push_back(doc);
  return run;
}

std::vector<std::string> Ids(const Outcome& run) {
  std::vector<std::string> ids;
  for (const Document& d : run.docs) ids.push_back(d.id);
  return ids;
}

TEST(FormatTable, BuiltInEntries) {
  EXPECT_EQ(FindFormat("NDJSON"), FindFormat("jsonl"));
  EXPECT_EQ(FindFormat("HTM"), FindFormat("html"));
  EXPECT_EQ(FindFormat("pdf"), nullptr);  // recognised only to be skipped
  EXPECT_EQ(FormatForPath("a/b.JSONL.gz"), FindFormat("jsonl"));
  EXPECT_EQ(FormatForPath("b.json-lines"), FindFormat("jsonl"));
  EXPECT_EQ(FormatForPath("b.jsonlines"), FindFormat("jsonl"));
  EXPECT_EQ(FormatForPath("notes"), &TextFormat());
  EXPECT_EQ(FormatForPath("x.ann"), nullptr);
  ASSERT_NE(FormatForPath("page.htm"), nullptr);
  EXPECT_EQ(FormatForPath("page.htm"), FindFormat("html"));
  EXPECT_EQ(FormatForPath("crawl.warc.gz"), FindFormat("warc"));
  EXPECT_EQ(DetectFormat("WARC/1.1\r\n", false), FindFormat("warc"));
  EXPECT_EQ(DetectFormat("\xEF\xBB\xBF  <!DOCTYPE lewis>", false), FindFormat("reuters"));
  EXPECT_EQ(DetectFormat("{\"text\":1}", false), nullptr);  // only on streams
  EXPECT_EQ(DetectFormat("{\"text\":1}", true), FindFormat("jsonl"));
}

// Found by reader_text_fuzz (fuzz/corpus/reader_text/riff-short): a file
// of just "RIFF" made the image sniffer read past its end (an uncaught
// std::out_of_range that ended the process).
TEST(FormatTable, ShortSignaturesAreNotReadPastTheirEnd) {
  for (std::string head : {"RIFF", "RIFF1234", "RIFF1234WEB"}) {
    const Format* f = DetectFormat(head, true);
    EXPECT_TRUE(f == nullptr || f->name != "image") << head;
  }
  const Format* webp = DetectFormat("RIFF1234WEBPVP8 ", true);
  ASSERT_NE(webp, nullptr);
  EXPECT_EQ(webp->name, "image");
}

TEST(FormatTable, RegistrationRejectsTakenNames) {
  RegisterToy();
  Format dup;
  dup.name = "JSON";
  dup.framer = LineFramer;
  dup.parse = [](const Record&, Parsed*, RecordError*) { return true; };
  EXPECT_EQ(RegisterFormat(dup).code(), StatusCode::kInvalidArgument);
  dup.name = "toy";
  EXPECT_EQ(RegisterFormat(dup).code(), StatusCode::kInvalidArgument);
  Format empty;
  empty.name = "empty";
  EXPECT_EQ(RegisterFormat(empty).code(), StatusCode::kInvalidArgument);
}

TEST(FormatTable, ToyFormatHasAName) {
  RegisterToy();
  InputFormat f;
  ASSERT_TRUE(ParseInputFormat("Toy-Format", &f));
  EXPECT_STREQ(InputFormatName(f), "toy");
  EXPECT_NE(InputFormatNames().find("|toy"), std::string::npos);
}

TEST(FormatTable, ToyFileNamedDirectly) {
  RegisterToy();
  TempDir tmp;
  WriteFile(tmp.File("a.toy"), kToy);
  Outcome run = Read({tmp.File("a.toy")});
  EXPECT_EQ(Ids(run), (std::vector<std::string>{"t1", "n1", "t2"}));
  EXPECT_EQ(run.docs[0].text, "The ministers met in Paris.");
  EXPECT_EQ(run.docs[1].text, "A nested record.");
  // A nested record's documents are said to come from its parent's line.
  EXPECT_EQ(run.docs[1].source_line, 3u);
  EXPECT_EQ(run.docs[2].source_line, 5u);
  EXPECT_EQ(run.problems, (std::vector<std::string>{tmp.File("a.toy") + ":4: not a toy line"}));
}

TEST(FormatTable, ToyInAWalkAndGzipped) {
  RegisterToy();
  TempDir tmp;
  WriteFile(tmp.File("d/a.toy"), kToy);
  WriteFile(tmp.File("d/sub/b.toy.gz"), GzipForTest("TOY1\ndoc g1 Compressed.\n"));
  // By content: the .txt name claims nothing the toy header contradicts.
  WriteFile(tmp.File("d/c.txt"), "TOY1\ndoc c1 Sniffed.\n");
  Outcome run = Read({tmp.File("d")});
  EXPECT_EQ(Ids(run), (std::vector<std::string>{"t1", "n1", "t2", "c1", "g1"}));
  EXPECT_EQ(run.docs.back().source, tmp.File("d/sub/b.toy.gz"));
}

TEST(FormatTable, ToyOnAStreamAndForced) {
  RegisterToy();
  auto reader = DocumentReader::FromBuffer(GzipForTest(kToy), "-", ReaderOptions());
  Document doc;
  std::vector<std::string> ids;
  while (reader->Next(&doc)) ids.push_back(doc.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"t1", "n1", "t2"}));
  TempDir tmp;
  WriteFile(tmp.File("plain.dat"), "doc f1 Forced.\n");
  ReaderOptions forced;
  ASSERT_TRUE(ParseInputFormat("toy", &forced.format));
  EXPECT_EQ(Ids(Read({tmp.File("plain.dat")}, forced)), (std::vector<std::string>{"f1"}));
}

// TABARI records through the table: each is one document marked as a
// record (one sentence, coded alone); a block of comment lines between
// records is no input, not a skipped record; a header without text is.
TEST(RecordFormats, TabariRecordsCommentBlocksAndEmptyRecords) {
  TempDir dir;
  const std::string path = dir.File("records.txt");
  WriteFile(path,
            "# a comment block\n# of two lines\n\n"
            "260105 A-1\nIsrael met Syria. Then they talked.\n\n"
            "260105 A-2\n\n"
            "260106 A-3\nTurkey hosted them.\n");
  ReaderOptions options;
  ASSERT_TRUE(ParseInputFormat("tabari", &options.format));
  Outcome run = Read({path}, options);
  EXPECT_EQ(Ids(run), (std::vector<std::string>{"A-1", "A-3"}));
  ASSERT_EQ(run.docs.size(), 2u);
  EXPECT_TRUE(run.docs[0].record);
  EXPECT_EQ(run.docs[0].text, "Israel met Syria. Then they talked.");
  EXPECT_EQ(run.docs[0].published.ToIso(), "2026-01-05");
  ASSERT_EQ(run.problems.size(), 1u);
  EXPECT_NE(run.problems[0].find(":7: TABARI record with no text"), std::string::npos)
      << run.problems[0];
}

}  // namespace
}  // namespace annalist::ingest
