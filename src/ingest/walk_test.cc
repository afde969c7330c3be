// What a directory walk reads and skips, gzip inputs, corpus metadata
// tables and the default date: DocumentReader on files written here.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <future>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "annalist/reader.h"
#include "ingest/gzip_for_test.h"
#include "testing/testing.h"

namespace annalist {
namespace {

using ::annalist::ingest::GzipForTest;
using ::annalist::testing::TempDir;
using ::annalist::testing::WriteFile;

struct Outcome {
  std::vector<Document> docs;
  std::vector<std::string> problems;
  std::map<std::string, uint64_t> skipped;
  uint64_t ignored = 0;
  uint64_t bytes_read = 0, total_bytes = 0;
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
  run.skipped = (*reader)->skipped();
  run.ignored = (*reader)->files_ignored();
  run.bytes_read = (*reader)->bytes_read();
  run.total_bytes = (*reader)->total_bytes();
  return run;
}

std::string JsonLine(const std::string& id) {
  return "{\"id\":\"" + id + "\",\"text\":\"Talks went on.\"}\n";
}

TEST(Walk, JsonLinesUnderEveryExtension) {
  TempDir tmp;
  WriteFile(tmp.File("a.jsonl"), JsonLine("a"));
  WriteFile(tmp.File("b.jsonlines"), JsonLine("b"));   // was read as text
  WriteFile(tmp.File("c.json-lines"), JsonLine("c"));  // was passed over
  WriteFile(tmp.File("d.ndjson"), JsonLine("d"));
  WriteFile(tmp.File("e.jsonl.gz"), GzipForTest(JsonLine("e")));
  WriteFile(tmp.File("f.JSONLINES.gz"), GzipForTest(JsonLine("f")));
  Outcome run = Read({tmp.path().string()});
  std::vector<std::string> ids;
  for (const Document& d : run.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c", "d", "e", "f"}));
  EXPECT_TRUE(run.problems.empty()) << run.problems[0];
  EXPECT_EQ(run.bytes_read, run.total_bytes);
}

TEST(Walk, HtmlReadPdfImagesAndBinariesSkippedWithTheirReason) {
  TempDir tmp;
  WriteFile(tmp.File("page.html"), "<html><body><p>Hi.</p></body></html>");
  WriteFile(tmp.File("page2.HTM"), "<p>Hi.</p>");
  WriteFile(tmp.File("saved.txt"), "\n<!DOCTYPE html>\n<html><p>Hi.</p></html>");
  WriteFile(tmp.File("noext"), "<html lang=\"en\"><head></head></html>");
  WriteFile(tmp.File("paper.pdf"), "%PDF-1.4\n...");
  WriteFile(tmp.File("scan.txt"), "%PDF-1.7\n...");
  WriteFile(tmp.File("photo.jpg"), "\xFF\xD8\xFF\xE0");
  WriteFile(tmp.File("logo"), "\x89PNG\r\n\x1A\n");
  WriteFile(tmp.File("corpus.zip"), "PK\x03\x04");
  WriteFile(tmp.File("notes.ann"), "T1 Source 0 5 Hello");  // not an article
  WriteFile(tmp.File("README.md"), "# About");
  WriteFile(tmp.File("story.txt"), "Talks went on.");
  Outcome run = Read({tmp.path().string()});
  // The pages are read as HTML, by name or (saved.txt) by content; the one
  // without a body has no text.
  ASSERT_EQ(run.docs.size(), 4u);
  EXPECT_EQ(run.docs[0].text, "Hi.");
  EXPECT_EQ(run.docs[1].text, "Hi.");
  EXPECT_EQ(run.docs[2].text, "Hi.");
  EXPECT_EQ(run.docs[3].text, "Talks went on.");
  EXPECT_EQ(run.skipped, (std::map<std::string, uint64_t>{
                             {kSkipNoText, 1}, {kSkipPdf, 2}, {kSkipImage, 2}, {kSkipBinary, 1}}));
  EXPECT_EQ(run.ignored, 2u);
  EXPECT_EQ(run.bytes_read, run.total_bytes);
}

TEST(Walk, HtmlNamedDirectlyIsReadAsItsArticle) {
  TempDir tmp;
  WriteFile(tmp.File("page.html"),
            "<html><head><title>Two short lines</title></head>"
            "<body><p>One.</p><p>Two.</p></body></html>");
  Outcome run = Read({tmp.File("page.html")});
  ASSERT_EQ(run.docs.size(), 1u);
  EXPECT_EQ(run.docs[0].text, "One.\n\nTwo.");
  EXPECT_EQ(run.docs[0].title, "Two short lines");
  EXPECT_TRUE(run.problems.empty());
  // Forced to text, it is read as the user asked: markup and all.
  ReaderOptions text;
  text.format = InputFormat::kText;
  Outcome raw = Read({tmp.File("page.html")}, text);
  ASSERT_EQ(raw.docs.size(), 1u);
  EXPECT_NE(raw.docs[0].text.find("<p>"), std::string::npos);
}

TEST(Gzip, ByMagicWhateverTheName) {
  TempDir tmp;
  WriteFile(tmp.File("story.txt"), GzipForTest("Headline\n\nTalks went on.\n"));
  Outcome run = Read({tmp.File("story.txt")});
  ASSERT_EQ(run.docs.size(), 1u);
  EXPECT_EQ(run.docs[0].title, "Headline");
  EXPECT_EQ(run.docs[0].text, "Headline\n\nTalks went on.");
}

TEST(Gzip, CorruptStreamKeepsWhatCameBefore) {
  std::string lines;
  for (int i = 0; i < 20000; ++i) lines += JsonLine("doc" + std::to_string(i));
  std::string gz = GzipForTest(lines);
  TempDir tmp;
  WriteFile(tmp.File("cut.jsonl.gz"), gz.substr(0, gz.size() / 2));
  Outcome run = Read({tmp.File("cut.jsonl.gz")});
  EXPECT_GT(run.docs.size(), 1000u);
  EXPECT_LT(run.docs.size(), 20000u);
  EXPECT_EQ(run.docs.back().id, "doc" + std::to_string(run.docs.size() - 1));
  EXPECT_EQ(run.skipped[kSkipCorruptGzip], 1u);
  ASSERT_FALSE(run.problems.empty());
  EXPECT_TRUE(run.problems.back().starts_with(tmp.File("cut.jsonl.gz") +
                                              ": truncated gzip data: the input ends at byte " +
                                              std::to_string(gz.size() / 2)))
      << run.problems.back();
  EXPECT_EQ(run.bytes_read, run.total_bytes);

  std::string bad = gz;
  for (size_t i = 100; i < 200; ++i) bad[i] = 'x';
  WriteFile(tmp.File("bad.jsonl.gz"), bad);
  Outcome broken = Read({tmp.File("bad.jsonl.gz")});
  EXPECT_EQ(broken.skipped[kSkipCorruptGzip], 1u);
  ASSERT_FALSE(broken.problems.empty());
  EXPECT_NE(broken.problems.back().find(": corrupt gzip data ("), std::string::npos)
      << broken.problems.back();
  EXPECT_NE(broken.problems.back().find("of the compressed input"), std::string::npos);
}

TEST(Metadata, SidecarTableFillsDateTitleOutletUrl) {
  TempDir tmp;
  WriteFile(tmp.File("corpus/metadata.tsv"),
            "filename\tpublication_date\ttitle\tpublisher\tauthor\turl\n"
            "a1\t2016-03-11\tFirst title.\tbreitbart\tAFP\thttp://x/a1\n"
            "sub/b2.txt\t2016-10-04\tSecond\tnyt\tNone\t\n");
  WriteFile(tmp.File("corpus/text/a1.txt"), "First title.\n\nBody one.\n");
  WriteFile(tmp.File("corpus/sub/b2.txt"), "Body two, no headline\nline two.\n");
  WriteFile(tmp.File("corpus/text/c3.txt"), "Not in the table.\n");
  Outcome run = Read({tmp.File("corpus")});
  ASSERT_EQ(run.docs.size(), 3u);
  const Document& b2 = run.docs[0];  // sorted: sub/ before text/
  EXPECT_EQ(b2.title, "Second");
  EXPECT_EQ(b2.published.ToIso(), "2016-10-04");
  EXPECT_EQ(b2.outlet, "nyt");
  EXPECT_EQ(b2.byline, "");  // "None" is an empty cell
  const Document& a1 = run.docs[1];
  EXPECT_EQ(a1.title, "First title.");
  EXPECT_EQ(a1.published.ToIso(), "2016-03-11");
  EXPECT_EQ(a1.outlet, "breitbart");
  EXPECT_EQ(a1.byline, "AFP");
  EXPECT_EQ(a1.url, "http://x/a1");
  EXPECT_FALSE(run.docs[2].published.known());
  EXPECT_TRUE(run.problems.empty()) << run.problems[0];
  EXPECT_EQ(run.ignored, 1u);  // the table itself

  // A file named directly finds the table above it too.
  Outcome one = Read({tmp.File("corpus/text/a1.txt")});
  ASSERT_EQ(one.docs.size(), 1u);
  EXPECT_EQ(one.docs[0].outlet, "breitbart");
  ReaderOptions off;
  off.metadata_tables = false;
  EXPECT_EQ(Read({tmp.File("corpus/text/a1.txt")}, off).docs[0].outlet, "");
}

TEST(Metadata, CsvTableAndABrokenOne) {
  TempDir tmp;
  WriteFile(tmp.File("c/metadata.csv"),
            "File,Date,Headline\r\n\"x.jsonl\",2020-01-02,\"Quoted, with \"\"comma\"\"\"\r\n");
  WriteFile(tmp.File("c/x.jsonl"), JsonLine("x1") + JsonLine("x2"));
  Outcome run = Read({tmp.File("c")});
  ASSERT_EQ(run.docs.size(), 2u);
  EXPECT_EQ(run.docs[1].title, "Quoted, with \"comma\"");
  EXPECT_EQ(run.docs[1].published.ToIso(), "2020-01-02");

  WriteFile(tmp.File("d/metadata.tsv"), "date\ttitle\n2020-01-01\tNo key column\n");
  WriteFile(tmp.File("d/y.txt"), "Talks went on.");
  Outcome broken = Read({tmp.File("d")});
  ASSERT_EQ(broken.docs.size(), 1u);
  EXPECT_EQ(broken.skipped[kSkipMalformedMetadata], 1u);
  ASSERT_EQ(broken.problems.size(), 1u);
  EXPECT_EQ(broken.problems[0], tmp.File("d/metadata.tsv") +
                                    ": metadata table not used: no file column (want one named "
                                    "filename, file, path, name or id)");
}

TEST(Published, GivenOnlyToUndatedDocuments) {
  TempDir tmp;
  WriteFile(tmp.File("undated.txt"), "Talks went on.");
  WriteFile(tmp.File("dated.txt"), "Date: 2001-02-03\n\nTalks went on.");
  ReaderOptions options;
  options.published = DateTime{2016, 11, 8, 0, 0, 0, DatePrecision::kDay};
  Outcome run = Read({tmp.File("undated.txt"), tmp.File("dated.txt")}, options);
  ASSERT_EQ(run.docs.size(), 2u);
  EXPECT_EQ(run.docs[0].published.ToIso(), "2016-11-08");
  EXPECT_EQ(run.docs[1].published.ToIso(), "2001-02-03");
  EXPECT_FALSE(Read({tmp.File("undated.txt")}).docs[0].published.known());
}

TEST(RecordFormats, TabariAndPetrarchThroughTheReader) {
  auto tabari = DocumentReader::FromBuffer(
      "950103 DEMO-01\nIsrael met Syria.\n/* { ISR / SYR / 036 } */\n\n"
      "950104 DEMO-02\nSyria\nwarned Israel.\n\nno header here\n",
      "t.text", [] {
        ReaderOptions o;
        o.format = InputFormat::kTabari;
        return o;
      }());
  std::vector<std::string> problems;
  tabari->SetProblemHandler([&](const ReadProblem& p) { problems.push_back(p.Message()); });
  Document doc;
  ASSERT_TRUE(tabari->Next(&doc));
  EXPECT_EQ(doc.id, "DEMO-01");
  EXPECT_EQ(doc.text, "Israel met Syria.");
  EXPECT_EQ(doc.published.ToIso(), "1995-01-03");
  ASSERT_TRUE(tabari->Next(&doc));
  EXPECT_EQ(doc.id, "DEMO-02");
  EXPECT_EQ(doc.text, "Syria warned Israel.");
  EXPECT_EQ(doc.source_line, 5u);
  EXPECT_FALSE(tabari->Next(&doc));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_TRUE(problems[0].starts_with("t.text:9: TABARI record: ")) << problems[0];

  ReaderOptions petr;
  ASSERT_TRUE(ParseInputFormat("petrarch", &petr.format));
  auto xml = DocumentReader::FromBuffer(
      "<?xml version=\"1.0\"?>\n<Sentences>\n"
      "<Sentence date=\"20150805\" id=\"s1\" sentence=\"true\">\n"
      "<Text>\nIsrael met\nSyria.\n</Text>\n</Sentence>\n"
      "<Sentence date=\"20150806\" id=\"s2\"><Text>Two.</Text></Sentence>\n"
      "</Sentences>\n",
      "p.xml", petr);
  ASSERT_TRUE(xml->Next(&doc));
  EXPECT_EQ(doc.id, "s1");
  EXPECT_EQ(doc.text, "Israel met Syria.");
  EXPECT_EQ(doc.published.ToIso(), "2015-08-05");
  EXPECT_EQ(doc.source_line, 3u);
  ASSERT_TRUE(xml->Next(&doc));
  EXPECT_EQ(doc.id, "s2");
  EXPECT_FALSE(xml->Next(&doc));
}

// Reads `paths` on another thread; if that has not finished within 20 s
// (it hangs on a FIFO), unblocks it by opening and closing the FIFO
// `fifo` for writing, and fails.
Outcome ReadOrUnblock(std::vector<std::string> paths, const std::string& fifo) {
  auto done = std::async(std::launch::async, [paths] { return Read(paths); });
  if (done.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
    ADD_FAILURE() << "the read hangs on the FIFO " << fifo;
    int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0) ::close(fd);
  }
  return done.get();
}

TEST(Walk, FifosAndSocketsAreSkippedWithAReasonNotOpened) {
  TempDir tmp;
  WriteFile(tmp.File("a.txt"), "Title: Before\n\nTalks went on.\n");
  WriteFile(tmp.File("z.jsonl"), JsonLine("z"));
  const std::string fifo = tmp.File("pipe.txt");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0) << std::strerror(errno);
  const std::string sock = tmp.File("sock.jsonl");
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  ASSERT_LT(sock.size(), sizeof addr.sun_path);
  std::strcpy(addr.sun_path, sock.c_str());
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0) << std::strerror(errno);
  Outcome run = ReadOrUnblock({tmp.path().string()}, fifo);
  ::close(fd);
  ASSERT_EQ(run.docs.size(), 2u);
  EXPECT_EQ(run.docs[0].title, "Before");
  EXPECT_EQ(run.docs[1].id, "z");
  EXPECT_EQ(run.skipped, (std::map<std::string, uint64_t>{{kSkipSpecialFile, 2}}));
  ASSERT_EQ(run.problems.size(), 2u);
  EXPECT_NE(run.problems[0].find(fifo + ": a FIFO (named pipe), not read in a directory walk"),
            std::string::npos)
      << run.problems[0];
  EXPECT_NE(run.problems[1].find(sock + ": a socket"), std::string::npos) << run.problems[1];
}

TEST(Walk, AFifoNamedDirectlyIsReadAsAStream) {
  TempDir tmp;
  const std::string fifo = tmp.File("feed.jsonl");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0) << std::strerror(errno);
  std::thread writer([&fifo] {
    int fd = ::open(fifo.c_str(), O_WRONLY);
    if (fd < 0) return;
    std::string data = JsonLine("p1") + JsonLine("p2");
    (void)!::write(fd, data.data(), data.size());
    ::close(fd);
  });
  Outcome run = Read({fifo});
  writer.join();
  ASSERT_EQ(run.docs.size(), 2u);
  EXPECT_EQ(run.docs[0].id, "p1");
  EXPECT_EQ(run.docs[1].id, "p2");
  EXPECT_TRUE(run.problems.empty());
}

TEST(Walk, ASymlinkLoopIsReportedAsALoop) {
  TempDir tmp;
  std::filesystem::create_symlink(tmp.File("loop-b"), tmp.File("loop-a"));
  std::filesystem::create_symlink(tmp.File("loop-a"), tmp.File("loop-b"));
  WriteFile(tmp.File("in/ok.txt"), "Talks went on.\n");
  std::filesystem::create_symlink(tmp.File("in/self.txt"), tmp.File("in/self.txt.tmp"));
  std::filesystem::rename(tmp.File("in/self.txt.tmp"), tmp.File("in/self.txt"));
  // Named directly: an error that says so (it said "no such file").
  auto reader = DocumentReader::Open({tmp.File("loop-a")}, ReaderOptions());
  ASSERT_FALSE(reader.ok());
  EXPECT_NE(reader.status().message().find("symlink loop: " + tmp.File("loop-a")),
            std::string::npos)
      << reader.status().ToString();
  // Met in a walk: skipped with that reason.
  Outcome run = Read({tmp.File("in")});
  ASSERT_EQ(run.docs.size(), 1u);
  ASSERT_EQ(run.problems.size(), 1u);
  EXPECT_EQ(run.problems[0],
            tmp.File("in/self.txt") + ": symlink loop (too many levels of symbolic links)");
}

}  // namespace
}  // namespace annalist
