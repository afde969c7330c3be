#include "ingest/reuters_format.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "annalist/reader.h"

namespace annalist::ingest {
namespace {

// A record written for this test in the layout of reut2-*.sgm.
constexpr char kRecord[] =
    "<REUTERS TOPICS=\"YES\" LEWISSPLIT=\"TEST\" CGISPLIT=\"TRAINING-SET\" "
    "OLDID=\"100\" NEWID=\"7\">\n"
    "<DATE> 3-MAR-1987 09:15:20.11&#9;&#9;&#9;F</DATE>\n"
    "<TOPICS><D>grain</D><D>wheat</D></TOPICS>\n"
    "<PLACES><D>usa</D></PLACES>\n<PEOPLE></PEOPLE>\n<ORGS><D>ec</D></ORGS>\n"
    "<EXCHANGES></EXCHANGES>\n<COMPANIES></COMPANIES>\n"
    "<UNKNOWN>&#5;&#5;&#5;G\n&#22;&#22;&#1;f0001&#31;reute</UNKNOWN>\n"
    "<TEXT>&#2;\n<TITLE>FARM &lt;AID&gt; &amp; TRADE</TITLE>\n"
    "<AUTHOR>    By A. Correspondent, Reuters</AUTHOR>\n"
    "<DATELINE>    CHICAGO, March 3 - </DATELINE><BODY>Wheat rose &amp; "
    "corn fell\non Tuesday.&#127;\n Reuter\n&#3;</BODY></TEXT>\n"
    "</REUTERS>";

TEST(ReutersFormat, Record) {
  Document doc;
  RecordError err;
  ASSERT_TRUE(ParseReutersRecord(kRecord, &doc, &err)) << err.reason;
  EXPECT_EQ(doc.id, "reuters-7");
  EXPECT_EQ(doc.title, "FARM <AID> & TRADE");
  EXPECT_EQ(doc.byline, "By A. Correspondent, Reuters");
  EXPECT_EQ(doc.published.ToIso(), "1987-03-03T09:15:20");
  EXPECT_EQ(doc.text, "CHICAGO, March 3 - Wheat rose & corn fell\non Tuesday.");
  EXPECT_EQ(doc.outlet, "Reuters");
  EXPECT_EQ(doc.language, "en");
  EXPECT_EQ(nlohmann::json::parse(doc.extra_json),
            nlohmann::json::parse(R"({"cgisplit":"TRAINING-SET","has_topics":"YES",)"
                                  R"("lewissplit":"TEST","newid":"7","oldid":"100",)"
                                  R"("orgs":["ec"],"places":["usa"],"topics":["grain","wheat"]})"));
  EXPECT_EQ(doc.repaired_bytes, 0u);
}

TEST(ReutersFormat, SignatureVariants) {
  for (const char* sig : {"REUTER", "reuter", "REUTER...", "Reuters", "REUTER\r"}) {
    std::string rec = "<REUTERS NEWID=\"1\"><TEXT><BODY>Prices rose.\n " + std::string(sig) +
                      "\n&#3;</BODY></TEXT></REUTERS>";
    Document doc;
    RecordError err;
    ASSERT_TRUE(ParseReutersRecord(rec, &doc, &err)) << sig;
    EXPECT_EQ(doc.text, "Prices rose.") << sig;
  }
  // A body that ends without a signature keeps its last word.
  Document doc;
  RecordError err;
  ASSERT_TRUE(
      ParseReutersRecord("<REUTERS NEWID=\"2\"><TEXT><BODY>More to come. MORE</BODY></TEXT>"
                         "</REUTERS>",
                         &doc, &err));
  EXPECT_EQ(doc.text, "More to come. MORE");
}

TEST(ReutersFormat, Latin1Byte) {
  Document doc;
  RecordError err;
  ASSERT_TRUE(
      ParseReutersRecord("<REUTERS NEWID=\"3\"><TEXT><BODY>M\xFCnchen bank.</BODY></TEXT>"
                         "</REUTERS>",
                         &doc, &err));
  EXPECT_EQ(doc.text, "M\xC3\xBCnchen bank.");
  EXPECT_EQ(doc.repaired_bytes, 1u);
}

TEST(ReutersFormat, DamagedDateKeepsTheDay) {
  Document doc;
  RecordError err;
  ASSERT_TRUE(
      ParseReutersRecord("<REUTERS NEWID=\"4\"><DATE>31-MAR-1987 605:12:19.12</DATE><TEXT><BODY>"
                         "x</BODY></TEXT></REUTERS>",
                         &doc, &err));
  EXPECT_EQ(doc.published.ToIso(), "1987-03-31");
  ASSERT_TRUE(
      ParseReutersRecord("<REUTERS NEWID=\"4\"><DATE>garbled</DATE><TEXT><BODY>"
                         "x</BODY></TEXT></REUTERS>",
                         &doc, &err));
  EXPECT_FALSE(doc.published.known());
  EXPECT_EQ(doc.extra_json, R"({"date":"garbled","newid":"4"})");
}

TEST(ReutersFormat, NoBody) {
  Document doc;
  RecordError err;
  EXPECT_FALSE(
      ParseReutersRecord("<REUTERS NEWID=\"5\"><TEXT TYPE=\"BRIEF\">&#2;\n<TITLE>SHORT</TITLE>"
                         "\n&#3;\n</TEXT>\n</REUTERS>",
                         &doc, &err));
  EXPECT_EQ(err.category, kSkipNoBody);
  EXPECT_EQ(err.reason, "no <BODY> (NEWID 5)");
  EXPECT_FALSE(ParseReutersRecord(
      "<REUTERS NEWID=\"6\"><TEXT><BODY> Reuter\n&#3;</BODY></TEXT></REUTERS>", &doc, &err));
  EXPECT_EQ(err.category, kSkipNoBody);
}

TEST(ReutersFormat, Malformed) {
  Document doc;
  RecordError err;
  EXPECT_FALSE(ParseReutersRecord("<REUTERS NEWID=\"1\"><TEXT><BODY>x", &doc, &err));
  EXPECT_EQ(err.category, kSkipMalformedSgml);
  EXPECT_FALSE(
      ParseReutersRecord("<REUTERS NEWID=\"1\"><TEXT><BODY>x</TEXT></REUTERS>", &doc, &err));
  EXPECT_EQ(err.category, kSkipMalformedSgml);
  EXPECT_EQ(err.reason, "<BODY> is not closed");
  EXPECT_FALSE(ParseReutersRecord("</REUTERS>", &doc, &err));
  EXPECT_EQ(err.category, kSkipMalformedSgml);
}

TEST(ReutersFormat, Entities) {
  EXPECT_EQ(DecodeSgmlText("a &lt;b&gt; &amp;&quot;&apos;"), "a <b> &\"'");
  EXPECT_EQ(DecodeSgmlText("&#65;&#x42;&#233;&#x20AC;"), "AB\xC3\xA9\xE2\x82\xAC");
  // Control characters go, raw or referenced; tab and line feed stay.
  EXPECT_EQ(DecodeSgmlText("a&#2;b&#3;\x01"
                           "c&#9;d&#10;e&#127;\x7F"
                           "f\r"),
            "abc\td\nef");
  // Unknown or broken references are text.
  EXPECT_EQ(DecodeSgmlText("&nbsp; &#; &#xZZ; & x; &#99999999;"),
            "&nbsp; &#; &#xZZ; & x; &#99999999;");
  EXPECT_EQ(DecodeSgmlText("&#xD800;"), "\xEF\xBF\xBD");
}

TEST(ReutersFormat, FindOpen) {
  EXPECT_EQ(FindReutersOpen("x <REUTERS NEWID=\"1\">", 0), 2u);
  EXPECT_EQ(FindReutersOpen("<REUTERS>", 0), 0u);
  EXPECT_EQ(FindReutersOpen("<REUTERSX> <REUTERS ", 0), 11u);
  EXPECT_EQ(FindReutersOpen("</REUTERS>", 0), std::string_view::npos);
}

}  // namespace
}  // namespace annalist::ingest
