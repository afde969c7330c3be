#include "ingest/jsonl_format.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "annalist/reader.h"

namespace annalist::ingest {
namespace {

Document Parse(std::string_view line) {
  Document doc;
  RecordError err;
  EXPECT_TRUE(ParseJsonLine(line, &doc, &err)) << err.reason;
  return doc;
}

RecordError Fail(std::string_view line) {
  Document doc;
  RecordError err;
  EXPECT_FALSE(ParseJsonLine(line, &doc, &err)) << line;
  return err;
}

TEST(JsonlFormat, AllFields) {
  Document doc = Parse(R"({"id":"a1","url":"https://x.org/1","title":"Talks","published":)"
                       R"("2026-03-02T14:05:00Z","text":"Israel and Syria met.",)"
                       R"("outlet":"Ynet","byline":"R. Reporter","language":"en",)"
                       R"("section":"world","tags":["a","b"]})");
  EXPECT_EQ(doc.id, "a1");
  EXPECT_EQ(doc.url, "https://x.org/1");
  EXPECT_EQ(doc.title, "Talks");
  EXPECT_EQ(doc.published.ToIso(), "2026-03-02T14:05:00");
  EXPECT_EQ(doc.text, "Israel and Syria met.");
  EXPECT_EQ(doc.outlet, "Ynet");
  EXPECT_EQ(doc.byline, "R. Reporter");
  EXPECT_EQ(doc.language, "en");
  EXPECT_EQ(nlohmann::json::parse(doc.extra_json),
            nlohmann::json::parse(R"({"section":"world","tags":["a","b"]})"));
}

TEST(JsonlFormat, Synonyms) {
  Document doc = Parse(R"({"id":42,"date":"March 2, 2026","body":"B.","source":"S",)"
                       R"("author":["X","Y"],"lang":"fr"})");
  EXPECT_EQ(doc.id, "42");
  EXPECT_EQ(doc.published.ToIso(), "2026-03-02");
  EXPECT_EQ(doc.text, "B.");
  EXPECT_EQ(doc.outlet, "S");
  EXPECT_EQ(doc.byline, "X, Y");
  EXPECT_EQ(doc.language, "fr");
  EXPECT_EQ(doc.extra_json, "");
  EXPECT_EQ(Parse(R"({"content":"C."})").text, "C.");
}

TEST(JsonlFormat, TextWinsOverBodyAndTheOtherIsKept) {
  Document doc = Parse(R"({"text":"T.","body":"B."})");
  EXPECT_EQ(doc.text, "T.");
  EXPECT_EQ(doc.extra_json, R"({"body":"B."})");
}

TEST(JsonlFormat, MissingIdIsContentId) {
  Document doc = Parse(R"({"text":"Same words."})");
  EXPECT_EQ(doc.id, ContentId("Same words."));
  EXPECT_EQ(Parse(R"({"text":"Same words.","url":"u"})").id, doc.id);
}

TEST(JsonlFormat, UnparsedDateKeptInExtra) {
  Document doc = Parse(R"({"text":"x","published":"soon"})");
  EXPECT_FALSE(doc.published.known());
  EXPECT_EQ(doc.extra_json, R"({"published":"soon"})");
}

TEST(JsonlFormat, InvalidUtf8IsRepaired) {
  Document doc = Parse("{\"text\":\"caf\xE9 \xF0\x9F\x98\x80\",\"title\":\"\xC0\"}");
  EXPECT_EQ(doc.text, "caf\xEF\xBF\xBD \xF0\x9F\x98\x80");
  EXPECT_EQ(doc.title, "\xEF\xBF\xBD");
  EXPECT_EQ(doc.repaired_bytes, 2u);
}

TEST(JsonlFormat, Malformed) {
  EXPECT_EQ(Fail("{\"text\":").category, kSkipMalformedJson);
  EXPECT_EQ(Fail("not json").category, kSkipMalformedJson);
  EXPECT_EQ(Fail("{\"text\":\"a\"} trailing").category, kSkipMalformedJson);
  RecordError e = Fail("[1,2]");
  EXPECT_EQ(e.category, kSkipMalformedJson);
  EXPECT_EQ(e.reason, "a JSON array, not an object");
  EXPECT_EQ(Fail("\"text\"").reason, "a JSON string, not an object");
  EXPECT_EQ(Fail(std::string(300, '[') + std::string(300, ']')).reason,
            "nested deeper than 256 levels");
  // The parser's own message, without its "[json.exception...]" tag.
  EXPECT_EQ(Fail("{\"a\" 1}").reason.rfind("parse error at line 1", 0), 0u);
}

TEST(JsonlFormat, NoText) {
  EXPECT_EQ(Fail(R"({"title":"only a title"})").category, kSkipNoText);
  EXPECT_EQ(Fail(R"({"text":"   \n"})").category, kSkipNoText);
  EXPECT_EQ(Fail(R"({"text":17})").category, kSkipNoText);
  EXPECT_EQ(Fail(R"({"text":null})").category, kSkipNoText);
}

}  // namespace
}  // namespace annalist::ingest
