#include "ingest/text_format.h"

#include <gtest/gtest.h>

#include "annalist/reader.h"

namespace annalist::ingest {
namespace {

Document Parse(std::string_view data) {
  Document doc;
  RecordError err;
  EXPECT_TRUE(ParseTextArticle(data, &doc, &err)) << err.reason;
  return doc;
}

std::string Fail(std::string_view data) {
  Document doc;
  RecordError err;
  if (ParseTextArticle(data, &doc, &err)) return "parsed";
  return err.category;
}

TEST(TextFormat, HeaderLines) {
  Document doc = Parse(
      "Title: Ministers meet in Paris\n"
      "Date: 2026-03-02\n"
      "URL: https://example.org/a\n"
      "Source: Example Wire\n"
      "Byline: A. Writer\n"
      "Language: en\n"
      "\n"
      "The ministers met on Monday.\nThey agreed to talk again.\n\n");
  EXPECT_EQ(doc.title, "Ministers meet in Paris");
  EXPECT_EQ(doc.published.ToIso(), "2026-03-02");
  EXPECT_EQ(doc.url, "https://example.org/a");
  EXPECT_EQ(doc.outlet, "Example Wire");
  EXPECT_EQ(doc.byline, "A. Writer");
  EXPECT_EQ(doc.language, "en");
  // The text is the body; header lines are metadata only.
  EXPECT_EQ(doc.text, "The ministers met on Monday.\nThey agreed to talk again.");
  EXPECT_EQ(doc.id, ContentId(doc.text));
  EXPECT_EQ(doc.extra_json, "");
}

TEST(TextFormat, HeaderSynonymsAndCase) {
  Document doc = Parse(
      "ID: story-17\nPUBLISHED: March 2, 2026 2:05 pm\noutlet: Wire\n"
      "Author: B\n\nBody.");
  EXPECT_EQ(doc.id, "story-17");
  EXPECT_EQ(doc.published.ToIso(), "2026-03-02T14:05:00");
  EXPECT_EQ(doc.outlet, "Wire");
  EXPECT_EQ(doc.byline, "B");
  EXPECT_EQ(doc.title, "");
  EXPECT_EQ(doc.text, "Body.");
}

TEST(TextFormat, UnparsedDateKeptInExtra) {
  Document doc = Parse("Date: the day after tomorrow\n\nBody text here.");
  EXPECT_FALSE(doc.published.known());
  EXPECT_EQ(doc.extra_json, R"({"date":"the day after tomorrow"})");
}

TEST(TextFormat, ABlockWithAnUnknownLineIsNotAHeader) {
  // "Note:" is not a header key, so the block is ordinary text.
  Document doc = Parse("Title: x\nNote: y\n\nBody.");
  EXPECT_EQ(doc.title, "");
  EXPECT_EQ(doc.text, "Title: x\nNote: y\n\nBody.");
}

TEST(TextFormat, HeadlineLine) {
  Document doc = Parse(
      "Labour plans maternity pay rise\n\nMaternity pay for "
      "new mothers is to rise.\n");
  EXPECT_EQ(doc.title, "Labour plans maternity pay rise");
  // The headline stays the first line of the text, so that it is coded too.
  EXPECT_EQ(doc.text,
            "Labour plans maternity pay rise\n\nMaternity pay for new mothers "
            "is to rise.");
  EXPECT_EQ(Parse("Rivals of the Apple...\n\nBody.").title, "Rivals of the Apple...");
  EXPECT_EQ(Parse("Is this the end?\n\nBody.").title, "Is this the end?");
}

TEST(TextFormat, HeadlineEndingInFullStop) {
  // PolNeAR's headlines: 764 of 1,008 end in a full stop. They were lost.
  Document doc = Parse(
      "Bill Clinton calls Obamacare \xE2\x80\x98"
      "crazy system\xE2\x80\x99 during "
      "campaign stop.\n\nFLINT, Mich., Oct. 4 (UPI) \xE2\x80\x94 Former President "
      "Bill Clinton criticized the Affordable Care Act.\n");
  EXPECT_EQ(doc.title,
            "Bill Clinton calls Obamacare \xE2\x80\x98"
            "crazy system\xE2\x80\x99 "
            "during campaign stop.");
  EXPECT_EQ(Parse("The talks ended.\n\nBody.").title, "The talks ended.");
}

TEST(TextFormat, HeadlineWithADek) {
  // PolNeAR's USA Today files: "Headline;" then a summary line.
  EXPECT_EQ(Parse("DEATH, LIES AND PANDERING ON THE CAMPAIGN TRAIL;\n"
                  "Candidates step up war of words as Iowa caucuses loom.\n\nBody.")
                .title,
            "DEATH, LIES AND PANDERING ON THE CAMPAIGN TRAIL");
  EXPECT_EQ(Parse("Talks end;\nbody goes on\nand on.\n\nMore.").title, "");
  EXPECT_EQ(Parse("Talks end\nA summary.\n\nBody.").title, "");
}

TEST(TextFormat, NotAHeadline) {
  // A line that runs on, a line not followed by a blank line, a line too
  // long for a headline, a single paragraph.
  EXPECT_EQ(Parse("The talks ended as follows:\n\nBody.").title, "");
  EXPECT_EQ(Parse("In Paris, on Monday,\n\nBody.").title, "");
  EXPECT_EQ(Parse("Talks end\nBody.\n\nMore.").title, "");
  EXPECT_EQ(Parse(std::string(201, 'x') + "\n\nBody.").title, "");
  EXPECT_EQ(Parse("Talks end").title, "");
}

TEST(TextFormat, SameTextSameId) {
  Document a = Parse("Headline\n\nBody of the story.\n");
  Document b = Parse("\n\nHeadline\r\n\r\nBody of the story.\r\n\r\n");
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.id.rfind("doc-", 0), 0u);
  EXPECT_NE(a.id, Parse("Headline\n\nAnother body.").id);
}

TEST(TextFormat, LineEndsBomAndRepair) {
  Document doc = Parse("\xEF\xBB\xBFOld\rMac\r\nfile\xFF.");
  EXPECT_EQ(doc.text, "Old\nMac\nfile\xEF\xBF\xBD.");
  EXPECT_EQ(doc.repaired_bytes, 1u);
}

TEST(TextFormat, EmptyAndNoText) {
  EXPECT_EQ(Fail(""), kSkipEmpty);
  EXPECT_EQ(Fail(" \n\t\n\r\n"), kSkipEmpty);
  EXPECT_EQ(Fail("\xEF\xBB\xBF"), kSkipEmpty);
  EXPECT_EQ(Fail("Title: Only a title\nDate: 2026\n"), kSkipNoText);
  EXPECT_EQ(Fail("Title: Only a title\n\n  \n"), kSkipNoText);
}

}  // namespace
}  // namespace annalist::ingest

namespace annalist::ingest {
namespace {

TEST(TextFormat, WordListIsNotAnArticle) {
  Document doc;
  RecordError err;
  EXPECT_FALSE(ParseTextArticle("acq\nalum\nbarley\ncocoa\ncoffee\n", &doc, &err));
  EXPECT_EQ(err.category, kSkipNoText);
  // Short lines that end sentences are prose, however short.
  Document ok;
  EXPECT_TRUE(ParseTextArticle("Yes.\nNo.\nMaybe.\nLater.\nNever.\n", &ok, &err));
}

}  // namespace
}  // namespace annalist::ingest
