#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "annalist/text.h"
#include "annalist/web.h"
#include "html/charset.h"
#include "testing/testing.h"
#include "text/furniture.h"

namespace annalist::html {
namespace {

TEST(CharsetTest, BomHeaderMetaAndDefault) {
  EXPECT_EQ(DetectCharset("\xEF\xBB\xBF<p>x</p>", "text/html; charset=iso-8859-1").source,
            CharsetSource::kBom);
  EXPECT_EQ(DetectCharset("<p>caf\xE9</p>", "text/html; charset=ISO-8859-2").name, "iso-8859-2");
  Charset meta = DetectCharset("<meta charset=\"koi8-r\"><p>\xF0\xD2\xC9</p>", "");
  EXPECT_EQ(meta.name, "koi8-r");
  EXPECT_EQ(meta.source, CharsetSource::kMeta);
  EXPECT_EQ(CharsetFromMeta("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                            "charset=Shift_JIS\">"),
            "shift_jis");
  EXPECT_EQ(DetectCharset("<p>caf\xE9</p>", "").name, "windows-1252");
  EXPECT_EQ(ToUtf8("caf\xE9 \x93quoted\x94", "windows-1252", nullptr),
            "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(ToUtf8("\xF0\xD2\xC9", "koi8-r", nullptr), "\xD0\x9F\xD1\x80\xD0\xB8");  // При
}

TEST(CharsetTest, MisdeclaredCharsetIsRepaired) {
  // Declared gb2312 but valid UTF-8: read as UTF-8.
  std::string page = "<meta charset=gb2312><title>Caf\xC3\xA9</title><p>x</p>";
  EXPECT_EQ(DetectCharset(page, "").source, CharsetSource::kValidUtf8);
  // Declared UTF-8 but Latin-1 bytes: they become windows-1252 letters.
  bool lossy = false;
  EXPECT_EQ(ToUtf8("caf\xE9", "utf-8", &lossy), "caf\xC3\xA9");
  EXPECT_TRUE(lossy);
  // A charset iconv does not know falls back the same way.
  EXPECT_EQ(ToUtf8("caf\xE9", "x-no-such-charset", &lossy), "caf\xC3\xA9");
  Article a = ExtractArticle(
      "<html><head><meta charset=utf-8><title>Caf\xE9 news today "
      "here</title></head><body><p>x</p></body></html>",
      {});
  EXPECT_EQ(a.title, "Caf\xC3\xA9 news today here");
}

std::string Paragraphs(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) {
    s += "<p>Paragraph " + std::to_string(i) +
         " of the story, with enough words, commas, and length to count as article text for "
         "the scorer.</p>\n";
  }
  return s;
}

TEST(ExtractTest, DropsFurnitureKeepsArticle) {
  std::string page =
      "<!DOCTYPE html><html lang=\"en\"><head><title>Floods hit the valley overnight | Daily "
      "Planet</title>"
      "<meta property=\"og:site_name\" content=\"Daily Planet\">"
      "<meta property=\"article:published_time\" content=\"2024-05-06T07:08:00Z\">"
      "<link rel=\"canonical\" href=\"https://planet.example/floods\"></head><body>"
      "<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
      "<div class=\"article-body\"><h1>Floods hit the valley overnight</h1>"
      "<p class=\"byline\">By Lois Lane</p>" +
      Paragraphs(6) +
      "<blockquote><p>We lost everything in one night, said a farmer who lived there.</p>"
      "</blockquote><ul><li>First point of the list in the article body</li>"
      "<li>Second point of the list in the article body</li></ul></div>"
      "<div class=\"sidebar\"><p>Most read: something else entirely, unrelated.</p></div>"
      "<footer>Copyright Daily Planet</footer></body></html>";
  Article a = ExtractArticle(page, {});
  EXPECT_EQ(a.title, "Floods hit the valley overnight");
  EXPECT_EQ(a.byline, "By Lois Lane");
  EXPECT_EQ(a.site, "Daily Planet");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.canonical_url, "https://planet.example/floods");
  EXPECT_EQ(a.published.ToIso(), "2024-05-06T07:08:00");
  EXPECT_EQ(a.published_from, "meta");
  EXPECT_NE(a.text.find("Paragraph 0 of the story"), std::string::npos);
  EXPECT_NE(a.text.find("\n\nParagraph 1 of the story"), std::string::npos);
  EXPECT_NE(a.text.find("We lost everything"), std::string::npos);
  EXPECT_NE(a.text.find("Second point of the list"), std::string::npos);
  EXPECT_EQ(a.text.find("Most read"), std::string::npos);
  EXPECT_EQ(a.text.find("Copyright"), std::string::npos);
  EXPECT_EQ(a.text.find("Home"), std::string::npos);
}

TEST(ExtractTest, DateFromJsonLdTimeAndUrl) {
  std::string body = "<body><article>" + Paragraphs(5) + "</article></body>";
  Article ld = ExtractArticle(
      "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
      "\"@type\":\"NewsArticle\",\"headline\":\"Talks resume in Geneva\",\"datePublished\":"
      "\"2023-11-02T10:00:00+01:00\",\"author\":{\"name\":\"A. Writer\"},\"publisher\":{"
      "\"name\":\"Wire\"}}</script></head>" +
          body + "</html>",
      {});
  EXPECT_EQ(ld.title, "Talks resume in Geneva");
  EXPECT_EQ(ld.byline, "A. Writer");
  EXPECT_EQ(ld.site, "Wire");
  EXPECT_EQ(ld.published.ToIso(), "2023-11-02T10:00:00");
  EXPECT_EQ(ld.published_from, "json-ld");
  Article t = ExtractArticle(
      "<html><body><time datetime=\"2022-03-04\">4 March</time>" + Paragraphs(5) + "</body></html>",
      {});
  EXPECT_EQ(t.published.ToIso(), "2022-03-04");
  EXPECT_EQ(t.published_from, "time");
  ExtractOptions o;
  o.url = "https://news.example/2021/07/15/story.html";
  Article u = ExtractArticle("<html>" + body + "</html>", o);
  EXPECT_EQ(u.published.ToIso(), "2021-07-15");
  EXPECT_EQ(u.published_from, "url");
}

TEST(ExtractTest, BadInputs) {
  EXPECT_EQ(ExtractArticle("", {}).text, "");
  Article nobody = ExtractArticle("<html><head><title>Only a head here</title></head></html>", {});
  EXPECT_EQ(nobody.text, "");
  EXPECT_EQ(nobody.title, "Only a head here");
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 7919) & 0xFF));
  Article b = ExtractArticle(binary, {});
  EXPECT_TRUE(IsValidUtf8(b.text));
  // 100 MB of nested <div>s: bounded by the parser's depth limit, fast.
  std::string deep;
  deep.reserve(100u << 20);
  while (deep.size() < (100u << 20)) deep += "<div>";
  deep += "text";
  auto t0 = std::chrono::steady_clock::now();
  Article d = ExtractArticle(deep, {});
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(s, 30.0);
  EXPECT_LE(d.text.size(), 100u);
}

TEST(EvalTest, ShingleScore) {
  ShingleScore same = ScoreShingles("one two three four five", "One two, three four five.");
  EXPECT_DOUBLE_EQ(same.precision, 1);
  EXPECT_DOUBLE_EQ(same.recall, 1);
  ShingleScore half = ScoreShingles("a b c d e", "a b c d e f g h i j");
  EXPECT_DOUBLE_EQ(half.precision, 1);
  EXPECT_DOUBLE_EQ(half.recall, 2.0 / 7);
  EXPECT_DOUBLE_EQ(ScoreShingles("", "a b c d").f1(), 0);
}

// The acceptance figure: over the shared pages (Readability's test set),
// shingle F1 at least 0.93 and titles matching on at least 95% of pages.
TEST(EvalTest, SharedPages) {
  ANNALIST_REQUIRE_SHARED(dir, "html");
  EvalResult r;
  ASSERT_TRUE(EvaluateExtraction(dir, &r).ok());
  EXPECT_EQ(r.pages.size(), 130u);
  EXPECT_GE(r.f1, 0.93);
  EXPECT_GE(r.title_rate, 0.95);
  EXPECT_GE(r.date_rate, 0.9);
  for (const PageResult& p : r.pages) {
    if (p.score.f1() < 0.8) std::printf("below 0.8: %s %.3f\n", p.name.c_str(), p.score.f1());
  }
}

}  // namespace
}  // namespace annalist::html

namespace annalist::html {
namespace {

// The extractor leaves out paragraphs that are furniture by their words, by
// the same rules as the plain-text line classifier; prose that merely names
// the terms of service stays.
TEST(ExtractTest, FurnitureParagraphsByTheSharedRules) {
  std::string prose =
      "<p>But even if a user clicks through terms of service that nobody reads, it is hard to "
      "argue that this is real consent to being followed across the web by an industry that "
      "agrees on little except that it wants more data, and regulators have said as much in "
      "letters to the companies, which have promised to answer them before the end of the "
      "year.</p>";
  std::string page = "<html><head><title>Data rules</title></head><body><article>" + Paragraphs(5) +
                     "<p>Share this article</p><p>SIGN UP FOR OUR NEWSLETTER</p>" +
                     "<p>Photo by Jane Doe/AFP</p>" + prose + "<p>Advertisement</p></article>" +
                     "</body></html>";
  Article a = ExtractArticle(page, {});
  EXPECT_NE(a.text.find("Paragraph 4 of the story"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Share this"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("NEWSLETTER"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Jane Doe"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Advertisement"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("terms of service that nobody reads"), std::string::npos) << a.text;
  // The plain-text path judges the same lines the same way.
  for (const char* line : {"Share this article", "SIGN UP FOR OUR NEWSLETTER",
                           "Photo by Jane Doe/AFP", "Advertisement"}) {
    EXPECT_TRUE(text_internal::IsFurnitureLine(line)) << line;
  }
  EXPECT_FALSE(text_internal::IsFurnitureLine("Share prices rose on Monday."));
}

}  // namespace
}  // namespace annalist::html
