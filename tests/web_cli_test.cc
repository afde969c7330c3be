// End-to-end tests of the web inputs: `annalist extract`, and a WARC.gz
// built from the shared pages ingested through `annalist ingest`.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "ingest/gzip_for_test.h"
#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

using ingest::GzipForTest;
using ::testing::HasSubstr;

nlohmann::json LastJsonLine(const std::string& out) {
  size_t end = out.find_last_not_of('\n');
  size_t begin = out.rfind('\n', end);
  begin = begin == std::string::npos ? 0 : begin + 1;
  return nlohmann::json::parse(out.substr(begin, end - begin + 1), nullptr, false);
}

std::string WarcRecord(const std::string& type, const std::string& uri,
                       const std::string& content_type, const std::string& block,
                       long long length = -1) {
  std::string h = "WARC/1.1\r\nWARC-Type: " + type + "\r\n";
  if (!uri.empty()) h += "WARC-Target-URI: " + uri + "\r\n";
  h += "WARC-Date: 2024-02-03T04:05:06Z\r\nWARC-Record-ID: <urn:uuid:" +
       std::to_string(block.size()) + ">\r\nContent-Type: " + content_type +
       "\r\nContent-Length: " +
       std::to_string(length >= 0 ? length : static_cast<long long>(block.size())) + "\r\n\r\n";
  return h + block + "\r\n\r\n";
}

std::string HttpOk(const std::string& headers, const std::string& body) {
  return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + headers + "\r\n" + body;
}

std::string Chunked(const std::string& body) {
  std::string out;
  for (size_t i = 0; i < body.size(); i += 4000) {
    std::string part = body.substr(i, 4000);
    char size[32];
    std::snprintf(size, sizeof size, "%zx\r\n", part.size());
    out += size + part + "\r\n";
  }
  return out + "0\r\n\r\n";
}

TEST(WebCliTest, ExtractPrintsOneJsonObjectPerPage) {
  TempDir tmp;
  std::string page =
      "<html lang=\"fr\"><head><title>Accord signed in Paris after long talks</title>"
      "<meta property=\"og:site_name\" content=\"Le Journal\"></head><body><article>"
      "<p>Negotiators from both countries signed the accord on Tuesday, after talks that "
      "lasted, by most accounts, for more than three years.</p><p>The text will go to "
      "parliament next month, where its passage, officials said, is far from sure.</p>"
      "</article></body></html>";
  WriteFile(tmp.File("a.html"), page);
  CliResult r =
      RunCli({"extract", "--url", "https://journal.example/2024/03/05/accord", tmp.File("a.html")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json j = LastJsonLine(r.out);
  EXPECT_EQ(j["title"], "Accord signed in Paris after long talks");
  EXPECT_EQ(j["site"], "Le Journal");
  EXPECT_EQ(j["language"], "fr");
  EXPECT_EQ(j["published"], "2024-03-05");
  EXPECT_THAT(j["text"].get<std::string>(), HasSubstr("three years.\n\nThe text will go"));
  CliResult text = RunCli({"extract", "--format", "text", tmp.File("a.html")});
  ASSERT_EQ(text.exit_code, 0);
  EXPECT_EQ(text.out.rfind("Negotiators from both", 0), 0u);
  EXPECT_EQ(RunCli({"extract", "--format", "xml", tmp.File("a.html")}).exit_code, 2);
  CliResult missing = RunCli({"extract", tmp.File("none.html")});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_THAT(missing.err, HasSubstr("none.html: cannot be read"));
}

// The acceptance WARC: every good page stored once, each bad record
// reported by its offset, nothing new on a second run.
TEST(WebCliTest, WarcFromSharedPages) {
  ANNALIST_REQUIRE_SHARED(html, "html");
  std::vector<std::filesystem::path> pages;
  for (const auto& e : std::filesystem::directory_iterator(html)) {
    if (std::filesystem::exists(e.path() / "source.html")) pages.push_back(e.path());
  }
  std::sort(pages.begin(), pages.end());
  pages.resize(std::min<size_t>(pages.size(), 30));
  ASSERT_GE(pages.size(), 10u);
  std::vector<std::string> members;
  members.push_back(
      WarcRecord("warcinfo", "", "application/warc-fields", "software: annalist test\r\n"));
  size_t good = 0;
  for (size_t i = 0; i < pages.size(); ++i) {
    std::string body = ReadFile((pages[i] / "source.html").string());
    std::string uri = "https://site.example/" + pages[i].filename().string();
    std::string http;
    if (i == 3) {
      http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" +
             Chunked(body);
    } else if (i == 4) {
      http = HttpOk("Content-Encoding: gzip\r\n", GzipForTest(body));
    } else {
      http = HttpOk("", body);
    }
    members.push_back(
        WarcRecord("request", uri, "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"));
    members.push_back(WarcRecord("response", uri, "application/http; msgtype=response", http));
    ++good;
  }
  members.push_back(WarcRecord("response", "https://site.example/logo.png",
                               "application/http; msgtype=response",
                               "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"));
  members.push_back(WarcRecord("response", "https://site.example/old",
                               "application/http; msgtype=response",
                               "HTTP/1.1 301 Moved\r\nLocation: https://site.example/new\r\n\r\n"));
  std::string bomb = GzipForTest(std::string(200u << 20, ' '));
  members.push_back(WarcRecord("response", "https://site.example/bomb",
                               "application/http; msgtype=response",
                               HttpOk("Content-Encoding: gzip\r\n", bomb)));
  // Content-Length 20 bytes short: reported, and the next record still read.
  std::string short_block = HttpOk("", "<html><body><p>cut</p></body></html>");
  members.push_back(WarcRecord("response", "https://site.example/short",
                               "application/http; msgtype=response", short_block,
                               static_cast<long long>(short_block.size()) - 20));
  std::string last_page = ReadFile((pages[0] / "source.html").string());
  members.push_back(WarcRecord("response", "https://site.example/after-short",
                               "application/http; msgtype=response",
                               HttpOk("", "<p>Other text.</p>" + last_page)));
  ++good;
  std::string truncated = WarcRecord("response", "https://site.example/truncated",
                                     "application/http; msgtype=response", HttpOk("", last_page));
  truncated.resize(truncated.size() / 2);
  members.push_back(truncated);

  TempDir tmp;
  std::string warc;
  for (const std::string& m : members) {
    warc += GzipForTest(m);  // one gzip member per record
  }
  WriteFile(tmp.File("crawl.warc.gz"), warc);
  std::string db = tmp.File("w.db");
  CliResult r = RunCli({"ingest", "--json", "-q", "--db", db, tmp.File("crawl.warc.gz")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json s = LastJsonLine(r.out);
  EXPECT_EQ(s["read"].get<size_t>(), good) << r.err;
  EXPECT_EQ(s["stored"].get<size_t>() + s["duplicates"].get<size_t>(), good);
  // warcinfo, 30 requests, the PNG and the redirect.
  EXPECT_EQ(s["skipped_reasons"]["warc record not a page"].get<size_t>(), pages.size() + 3);
  EXPECT_EQ(s["skipped_reasons"]["decompression bomb"].get<int>(), 1);
  EXPECT_EQ(s["skipped_reasons"]["bad warc record"].get<int>(), 2);
  EXPECT_THAT(r.err, HasSubstr("wrong Content-Length"));
  EXPECT_THAT(r.err, HasSubstr("truncated record"));
  EXPECT_THAT(r.err, HasSubstr("inflates to more than"));
  EXPECT_THAT(r.err, HasSubstr("crawl.warc.gz: byte "));
  CliResult again = RunCli({"ingest", "--json", "-q", "--db", db, tmp.File("crawl.warc.gz")});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(LastJsonLine(again.out)["stored"].get<int>(), 0);
}

}  // namespace
}  // namespace annalist::testing
