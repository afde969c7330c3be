#include "annalist/reader.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "testing/testing.h"

namespace annalist {
namespace {

using ::annalist::testing::ReadFile;
using ::annalist::testing::TempDir;
using ::annalist::testing::WriteFile;

// Everything a reader produced.
struct Outcome {
  std::vector<Document> docs;
  std::vector<std::string> problems;  // ReadProblem::Message()
  std::vector<std::string> categories;
  std::map<std::string, uint64_t> skipped;
  uint64_t files = 0, bytes_read = 0, total_bytes = 0;
};

Outcome Drain(DocumentReader* reader) {
  Outcome run;
  reader->SetProblemHandler([&run](const ReadProblem& p) {
    run.problems.push_back(p.Message());
    run.categories.push_back(p.category);
  });
  Document doc;
  while (reader->Next(&doc)) run.docs.push_back(doc);
  run.skipped = reader->skipped();
  run.files = reader->files_read();
  run.bytes_read = reader->bytes_read();
  run.total_bytes = reader->total_bytes();
  return run;
}

Outcome ReadPaths(std::vector<std::string> paths, ReaderOptions options = {}) {
  auto reader = DocumentReader::Open(std::move(paths), options);
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  if (!reader.ok()) return Outcome();
  return Drain(reader->get());
}

Outcome ReadBuffer(std::string data, ReaderOptions options = {}) {
  auto reader = DocumentReader::FromBuffer(std::move(data), "buf", options);
  return Drain(reader.get());
}

TEST(DocumentReader, OpenFailures) {
  auto none = DocumentReader::Open({}, ReaderOptions());
  EXPECT_EQ(none.status().code(), StatusCode::kInvalidArgument);
  TempDir tmp;
  auto missing = DocumentReader::Open({tmp.File("nope.txt")}, ReaderOptions());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(missing.status().message(), "no such file or directory: " + tmp.File("nope.txt"));
}

TEST(DocumentReader, WalksDirectoriesSortedSkippingHidden) {
  TempDir tmp;
  WriteFile(tmp.File("b/2.txt"), "Second story\n\nBody two.");
  WriteFile(tmp.File("b/10.txt"), "Tenth story\n\nBody ten.");
  WriteFile(tmp.File("a.txt"), "First story\n\nBody one.");
  WriteFile(tmp.File(".hidden.txt"), "Hidden\n\nNot read.");
  WriteFile(tmp.File(".git/x.txt"), "Hidden dir\n\nNot read.");
  WriteFile(tmp.File("c/feed.jsonl"),
            "{\"id\":\"j1\",\"text\":\"Json one.\"}\n"
            "\n"
            "{\"id\":\"j2\",\"text\":\"Json two.\"}\n");
  Outcome run = ReadPaths({tmp.path().string()});
  ASSERT_EQ(run.docs.size(), 5u);
  EXPECT_EQ(run.docs[0].source, tmp.File("a.txt"));
  EXPECT_EQ(run.docs[0].title, "First story");
  EXPECT_EQ(run.docs[1].source, tmp.File("b/10.txt"));
  EXPECT_EQ(run.docs[2].source, tmp.File("b/2.txt"));
  EXPECT_EQ(run.docs[3].id, "j1");
  EXPECT_EQ(run.docs[3].source_line, 1u);
  EXPECT_EQ(run.docs[4].id, "j2");
  EXPECT_EQ(run.docs[4].source_line, 3u);
  EXPECT_TRUE(run.problems.empty());
  EXPECT_EQ(run.files, 4u);
  EXPECT_EQ(run.total_bytes, run.bytes_read);
  EXPECT_GT(run.total_bytes, 0u);
}

TEST(DocumentReader, JsonlProblemsNameFileAndLine) {
  TempDir tmp;
  std::string path = tmp.File("feed.ndjson");
  WriteFile(path,
            "{\"text\":\"Good one.\"}\n"
            "{\"text\": oops}\n"
            "\r\n"
            "{\"title\":\"no text\"}\n"
            "[1]\n"
            "{\"text\":\"Good two.\"}");  // no final newline
  Outcome run = ReadPaths({path});
  ASSERT_EQ(run.docs.size(), 2u);
  EXPECT_EQ(run.docs[0].text, "Good one.");
  EXPECT_EQ(run.docs[1].text, "Good two.");
  EXPECT_EQ(run.docs[1].source_line, 6u);
  ASSERT_EQ(run.problems.size(), 3u);
  EXPECT_EQ(run.problems[0].rfind(path + ":2: parse error at line 1", 0), 0u) << run.problems[0];
  EXPECT_EQ(run.problems[1], path + ":4: no \"text\", \"body\" or \"content\" string");
  EXPECT_EQ(run.problems[2], path + ":5: a JSON array, not an object");
  EXPECT_EQ(run.skipped.at(kSkipMalformedJson), 2u);
  EXPECT_EQ(run.skipped.at(kSkipNoText), 1u);
}

TEST(DocumentReader, BadFiles) {
  TempDir tmp;
  WriteFile(tmp.File("1-empty.txt"), "");
  WriteFile(tmp.File("2-blank.txt"), "\n\n   \n");
  // One NUL is data (the file is read); a file that is mostly control
  // bytes is binary.
  WriteFile(tmp.File("3-nul.txt"), std::string("Nul\0story\n\nIts body.", 20));
  WriteFile(tmp.File("4-noise"), std::string(100, '\x01') + "text");
  WriteFile(tmp.File("5-gone.txt"), "Will vanish\n\nBefore it is read.");
  WriteFile(tmp.File("6-good.txt"), "Still read\n\nAfter all that.");
  WriteFile(tmp.File("7-headers.txt"), "Title: Nothing else\n");
  auto reader = DocumentReader::Open({tmp.path().string()}, ReaderOptions());
  ASSERT_TRUE(reader.ok());
  std::filesystem::remove(tmp.File("5-gone.txt"));
  Outcome run = Drain(reader->get());
  ASSERT_EQ(run.docs.size(), 2u);
  EXPECT_EQ(run.docs[0].title, std::string("Nul\0story", 9));
  EXPECT_EQ(run.docs[1].title, "Still read");
  ASSERT_EQ(run.problems.size(), 5u);
  EXPECT_EQ(run.problems[0], tmp.File("1-empty.txt") + ": the file is empty");
  EXPECT_EQ(run.problems[1], tmp.File("2-blank.txt") + ": the file holds only white space");
  EXPECT_EQ(run.categories[2], kSkipBinary);
  EXPECT_EQ(run.problems[3], tmp.File("5-gone.txt") + ": cannot open " + tmp.File("5-gone.txt") +
                                 ": No such file or directory");
  EXPECT_EQ(run.categories[4], kSkipNoText);
  EXPECT_EQ(run.skipped,
            (std::map<std::string, uint64_t>{
                {kSkipBinary, 1}, {kSkipEmpty, 2}, {kSkipNoText, 1}, {kSkipUnreadable, 1}}));
  EXPECT_EQ(run.files, 7u);
}

// Issue 9, case 4: one NUL in the first 8 KB of a JSONL file dropped the
// whole file, silently. Now only its own line is skipped, with the reason.
TEST(DocumentReader, ANulByteSkipsItsLineNotTheFile) {
  TempDir tmp;
  const std::string feed = tmp.File("n.jsonl");
  std::string nul_line = "{\"id\":\"n\",\"text\":\"x";
  nul_line += '\0';
  nul_line += "y\"}\n";
  WriteFile(feed, "{\"id\":\"a\",\"text\":\"ok.\"}\n" + nul_line +
                      "{\"id\":\"c\",\"text\":\"bell \x07 and esc \x1b too\"}\n"
                      "{\"id\":\"e\",\"text\":\"escaped \\u0000 nul\"}\n");
  Outcome run = ReadPaths({feed});
  std::vector<std::string> ids;
  for (const Document& d : run.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "e"}));
  ASSERT_EQ(run.problems.size(), 2u);
  EXPECT_EQ(run.problems[0].rfind(feed + ":2: ", 0), 0u) << run.problems[0];
  EXPECT_EQ(run.problems[1].rfind(feed + ":3: ", 0), 0u) << run.problems[1];
  EXPECT_EQ(run.categories[0], kSkipMalformedJson);
  // The same through standard input's path (no name to go by).
  Outcome buf = ReadBuffer(ReadFile(feed));
  EXPECT_EQ(buf.docs.size(), 2u);
  EXPECT_EQ(buf.problems.size(), 2u);
}

TEST(DocumentReader, TooLarge) {
  TempDir tmp;
  ReaderOptions options;
  options.max_document_bytes = 100;
  WriteFile(tmp.File("big.txt"), std::string(101, 'x'));
  WriteFile(tmp.File("small.txt"), std::string(100, 'y'));
  WriteFile(tmp.File("feed.jsonl"),
            "{\"text\":\"" + std::string(100, 'z') + "\"}\n{\"text\":\"ok\"}\n");
  WriteFile(tmp.File("wire.sgm"),
            "<REUTERS NEWID=\"1\"><TEXT><BODY>" + std::string(100, 'w') +
                "</BODY></TEXT></REUTERS>\n"
                "<REUTERS NEWID=\"2\"><TEXT><BODY>fits</BODY></TEXT></REUTERS>\n");
  Outcome run = ReadPaths({tmp.path().string()}, options);
  ASSERT_EQ(run.docs.size(), 3u);
  EXPECT_EQ(run.docs[0].text, "ok");
  EXPECT_EQ(run.docs[1].text, std::string(100, 'y'));
  EXPECT_EQ(run.docs[2].id, "reuters-2");
  ASSERT_EQ(run.problems.size(), 3u);
  EXPECT_EQ(run.problems[0], tmp.File("big.txt") + ": more than the limit of 100 bytes");
  EXPECT_EQ(run.problems[1],
            tmp.File("feed.jsonl") + ":1: line longer than the limit of 100 bytes");
  EXPECT_EQ(run.problems[2],
            tmp.File("wire.sgm") + ":1: <REUTERS> record larger than the limit of 100 bytes");
  EXPECT_EQ(run.skipped.at(kSkipTooLarge), 3u);
  // From memory (as from standard input) the size is found by reading.
  Outcome mem = ReadBuffer(std::string(101, 'x'), options);
  EXPECT_TRUE(mem.docs.empty());
  EXPECT_EQ(mem.problems, std::vector<std::string>{"buf: more than the limit of 100 bytes"});
}

TEST(DocumentReader, FiftyMegabyteArticle) {
  TempDir tmp;
  std::string para = "The delegations met again in Paris on Monday. ";
  std::string body;
  while (body.size() < (50u << 20)) body += para;
  WriteFile(tmp.File("huge.txt"), "Long headline\n\n" + body);
  WriteFile(tmp.File("huge.jsonl"), "{\"text\":\"" + body + "\"}\n");
  // Over the default limit (16 MiB) both are skipped; under a raised one,
  // read whole.
  Outcome skipped = ReadPaths({tmp.File("huge.txt"), tmp.File("huge.jsonl")});
  EXPECT_TRUE(skipped.docs.empty());
  EXPECT_EQ(skipped.skipped.at(kSkipTooLarge), 2u);
  ReaderOptions options;
  options.max_document_bytes = 64u << 20;
  Outcome run = ReadPaths({tmp.File("huge.txt"), tmp.File("huge.jsonl")}, options);
  ASSERT_EQ(run.docs.size(), 2u);
  EXPECT_EQ(run.docs[0].title, "Long headline");
  EXPECT_EQ(run.docs[0].text.size(), 15 + body.size() - 1);  // trailing space
  EXPECT_EQ(run.docs[1].text, body);
  EXPECT_TRUE(run.problems.empty());
}

TEST(DocumentReader, TenThousandSmallFiles) {
  TempDir tmp;
  for (int i = 0; i < 10000; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "d%02d/%05d.txt", i % 50, i);
    WriteFile(tmp.File(name), "Story " + std::to_string(i) + "\n\nBody " + std::to_string(i) + ".");
  }
  auto start = std::chrono::steady_clock::now();
  Outcome run = ReadPaths({tmp.path().string()});
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(run.docs.size(), 10000u);
  EXPECT_EQ(run.docs[0].title, "Story 0");
  EXPECT_EQ(run.docs[9999].title, "Story 9999");
  EXPECT_EQ(run.files, 10000u);
  // Generous: it takes well under a second on a laptop (not timed in
  // debug and sanitizer builds, which scripts/test runs too).
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
  EXPECT_LT(seconds, 10.0);
#endif
  std::printf("10,000 files read in %.3f s\n", seconds);
}

TEST(DocumentReader, ReutersStream) {
  // Records split over lines, two on one line, text between records, a
  // record cut by the next one, and one cut by the end of the file.
  std::string data =
      "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
      "<REUTERS NEWID=\"1\">\n<TEXT><BODY>One\n Reuter\n</BODY></TEXT>\n"
      "</REUTERS>\n"
      "<REUTERS NEWID=\"2\"><TEXT><BODY>Two</BODY></TEXT></REUTERS>"
      "<REUTERS NEWID=\"3\"><TEXT TYPE=\"BRIEF\"><TITLE>T</TITLE></TEXT>"
      "</REUTERS>\n"
      "stray text\n"
      "<REUTERS NEWID=\"4\"><TEXT><BODY>Cut\n"
      "<REUTERS NEWID=\"5\"><TEXT><BODY>Five</BODY></TEXT></REUTERS>\n"
      "<REUTERS NEWID=\"6\"><TEXT><BODY>Never closed\n";
  TempDir tmp;
  WriteFile(tmp.File("wire.sgm"), data);
  Outcome run = ReadPaths({tmp.File("wire.sgm")});
  ASSERT_EQ(run.docs.size(), 3u);
  EXPECT_EQ(run.docs[0].id, "reuters-1");
  EXPECT_EQ(run.docs[0].text, "One");
  EXPECT_EQ(run.docs[0].source_line, 2u);
  EXPECT_EQ(run.docs[1].id, "reuters-2");
  EXPECT_EQ(run.docs[1].source_line, 7u);
  EXPECT_EQ(run.docs[2].id, "reuters-5");
  EXPECT_EQ(run.docs[2].source_line, 10u);
  std::string f = tmp.File("wire.sgm");
  EXPECT_EQ(run.problems,
            (std::vector<std::string>{f + ":7: no <BODY> (NEWID 3)",
                                      f + ":9: <REUTERS> record without </REUTERS>",
                                      f + ":11: <REUTERS> record without </REUTERS>"}));
  // The same bytes from memory are sniffed as Reuters.
  EXPECT_EQ(ReadBuffer(data).docs.size(), 3u);
}

TEST(DocumentReader, FormatDetection) {
  TempDir tmp;
  // Reuters content in a file without the extension.
  WriteFile(tmp.File("wire.txt"),
            "<REUTERS NEWID=\"9\"><TEXT><BODY>Wire</BODY></TEXT></REUTERS>\n");
  // JSON in a .txt file is text under kAuto (only the extension says jsonl).
  WriteFile(tmp.File("x.txt"), "{\"text\":\"a\"}\n");
  Outcome run = ReadPaths({tmp.File("wire.txt"), tmp.File("x.txt")});
  ASSERT_EQ(run.docs.size(), 2u);
  EXPECT_EQ(run.docs[0].id, "reuters-9");
  EXPECT_EQ(run.docs[1].text, "{\"text\":\"a\"}");
  // Forcing the format.
  ReaderOptions jsonl;
  jsonl.format = InputFormat::kJsonl;
  Outcome forced = ReadPaths({tmp.File("x.txt")}, jsonl);
  ASSERT_EQ(forced.docs.size(), 1u);
  EXPECT_EQ(forced.docs[0].text, "a");
  // From memory (and standard input) a '{' means JSON Lines.
  Outcome mem = ReadBuffer("\n  {\"text\":\"m\"}\n");
  ASSERT_EQ(mem.docs.size(), 1u);
  EXPECT_EQ(mem.docs[0].text, "m");
  EXPECT_EQ(mem.docs[0].source, "buf");
  EXPECT_EQ(mem.docs[0].source_line, 2u);
  Outcome text = ReadBuffer("Plain words.");
  ASSERT_EQ(text.docs.size(), 1u);
  EXPECT_EQ(text.docs[0].text, "Plain words.");
}

TEST(DocumentReader, StandardInput) {
  TempDir tmp;
  std::string path = tmp.File("in.jsonl");
  const std::string input = "{\"id\":\"s1\",\"text\":\"From stdin.\"}\n{bad\n";
  WriteFile(path, input);
  int saved = ::dup(0);
  ASSERT_GE(saved, 0);
  int fd = ::open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::dup2(fd, 0), 0);
  ::close(fd);
  Outcome run = ReadPaths({"-", "-"});  // named twice, read once
  ::dup2(saved, 0);
  ::close(saved);
  ASSERT_EQ(run.docs.size(), 1u);
  EXPECT_EQ(run.docs[0].id, "s1");
  EXPECT_EQ(run.docs[0].source, "-");
  ASSERT_EQ(run.problems.size(), 1u);
  EXPECT_EQ(run.problems[0].rfind("-:2: ", 0), 0u) << run.problems[0];
  EXPECT_EQ(run.total_bytes, 0u);
  EXPECT_EQ(run.bytes_read, input.size());
  EXPECT_EQ(run.files, 1u);
}

TEST(ReadProblem, Message) {
  ReadProblem p;
  p.source = "f.jsonl";
  p.reason = "bad";
  EXPECT_EQ(p.Message(), "f.jsonl: bad");
  p.offset = 120;
  EXPECT_EQ(p.Message(), "f.jsonl: byte 120: bad");
  p.line = 7;
  EXPECT_EQ(p.Message(), "f.jsonl:7: bad");
}

TEST(InputFormat, Names) {
  InputFormat f;
  ASSERT_TRUE(ParseInputFormat("NDJSON", &f));
  EXPECT_EQ(f, InputFormat::kJsonl);
  ASSERT_TRUE(ParseInputFormat("sgml", &f));
  EXPECT_EQ(f, InputFormat::kReuters);
  EXPECT_STREQ(InputFormatName(f), "reuters");
  EXPECT_TRUE(ParseInputFormat("html", &f));
  EXPECT_FALSE(ParseInputFormat("pdf", &f));
}

}  // namespace
}  // namespace annalist
