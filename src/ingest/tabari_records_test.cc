#include <gtest/gtest.h>

#include <cctype>
#include <sstream>
#include <string>
#include <vector>

#include "annalist/records.h"
#include "testing/testing.h"

namespace annalist {
namespace {

std::vector<TabariRecord> ReadAll(const std::string& text,
                                  std::vector<std::string>* problems = nullptr,
                                  uint64_t* skipped = nullptr, RecordReaderOptions options = {}) {
  std::istringstream in(text);
  TabariRecordReader reader(&in, "t.text", options);
  std::vector<TabariRecord> out;
  TabariRecord r;
  while (reader.Next(&r)) out.push_back(r);
  EXPECT_TRUE(reader.status().ok() || options.strict) << reader.status().ToString();
  if (problems) *problems = reader.problems();
  if (skipped) *skipped = reader.skipped();
  return out;
}

// A small suite in the format of Validate.text, written for these tests.
constexpr char kSuite[] =
    "####################\n"
    "#   a banner line\n"
    "####################\n"
    "\n"
    "030512  LAKE-01\n"
    "Rivendell is about to sign a fishing pact with Esgaroth\n"
    "on the long lake, officials said.\n"
    "/*\\n---------------------------\n"
    "\\n[A note that mentions {} in passing]\n"
    "\\n{ RIV / ESG / 057 } 030512\n"
    "\\n{ ESG / RIV / 057 }  */\n"
    "\n"
    "991231 LAKE-02\n"
    "Nothing happens in this sentence./*\n"
    "\\n{---} */\n"
    "\n"
    "950101*STAR-03\n"
    "A record whose id follows a star.\n"
    "/* \\n{ +++ }\n"
    "\\n{###} */\n"
    "\n"
    "950101  OPT-04\n"
    "Switching options.\n"
    "/*\\n{ OPTION: SET: CODE BY SENTENCE }\n"
    "\\n{ OPTION: SET: MINIMUM WORDS = 4  */\n"
    "\n"
    "20150607 YEAR-05\n"
    "A four-digit year, and a check cut short.\n"
    "/*\\n{ FOR / GON / 064 }\n"
    "\\n-{ FOR / BRE / 064 }\n"
    "\\n{ FOR / ARN / 064 } */\n"
    "\n"
    "950101  OPEN-06\n"
    "A comment that is never closed.\n"
    "/*\\n{ ARN / GON / 064 }   /*\n"
    "\n"
    "950101  AFTER-07\n"
    "Fields after the end of the comment still count.\n"
    "/*\\n{ USAGOV / GON / 064 } */\n"
    "\\n{ USAGOV / ARN / 064 } */\n"
    "\n"
    "990101  FINAL-01\n"
    "The end of the standard records.\n";

TEST(TabariRecordsTest, ReadsEveryPartOfARecord) {
  std::vector<std::string> problems;
  std::vector<TabariRecord> rs = ReadAll(kSuite, &problems);
  ASSERT_EQ(rs.size(), 8u);
  EXPECT_TRUE(problems.empty()) << problems[0];

  const TabariRecord& a = rs[0];
  EXPECT_EQ(a.id, "LAKE-01");
  EXPECT_EQ(a.header, "030512  LAKE-01");
  EXPECT_EQ(a.date.ToIso(), "2003-05-12");  // 00-30 -> 20xx
  EXPECT_EQ(a.line, 5u);
  EXPECT_EQ(a.text,
            "Rivendell is about to sign a fishing pact with Esgaroth on the "
            "long lake, officials said.");
  ASSERT_EQ(a.expected.size(), 2u);
  EXPECT_EQ(a.expected[0].source, "RIV");
  EXPECT_EQ(a.expected[0].target, "ESG");
  EXPECT_EQ(a.expected[0].code, "057");
  EXPECT_EQ(a.expected[0].date, "030512");
  EXPECT_EQ(a.expected[0].line, 10u);
  EXPECT_EQ(a.expected[1].date, "");
  EXPECT_FALSE(a.expect_none || a.expect_complex || a.expect_discard);

  const TabariRecord& b = rs[1];
  EXPECT_EQ(b.date.ToIso(), "1999-12-31");  // 31-99 -> 19xx
  EXPECT_EQ(b.text, "Nothing happens in this sentence.");
  EXPECT_TRUE(b.expect_none);
  EXPECT_TRUE(b.expected.empty());

  const TabariRecord& c = rs[2];
  EXPECT_EQ(c.id, "STAR-03");
  EXPECT_TRUE(c.expect_complex);
  EXPECT_TRUE(c.expect_discard);
  EXPECT_FALSE(c.expect_none);

  const TabariRecord& d = rs[3];
  ASSERT_EQ(d.options.size(), 2u);
  EXPECT_EQ(d.options[0], "SET: CODE BY SENTENCE");
  EXPECT_EQ(d.options[1], "SET: MINIMUM WORDS = 4");  // no closing brace
  EXPECT_TRUE(d.has_validation());

  const TabariRecord& e = rs[4];
  EXPECT_EQ(e.date.ToIso(), "2015-06-07");
  EXPECT_TRUE(e.open_ended);
  ASSERT_EQ(e.expected.size(), 1u);
  EXPECT_EQ(e.expected[0].target, "GON");
  ASSERT_EQ(e.unchecked.size(), 2u);  // the -{ field and everything after
  EXPECT_EQ(e.unchecked[0].target, "BRE");
  EXPECT_EQ(e.unchecked[1].target, "ARN");

  // An unclosed comment ends at the blank line; the next record is intact.
  ASSERT_EQ(rs[5].expected.size(), 1u);
  EXPECT_EQ(rs[6].id, "AFTER-07");
  ASSERT_EQ(rs[6].expected.size(), 2u);
  EXPECT_EQ(rs[6].expected[1].target, "ARN");

  EXPECT_EQ(rs[7].id, "FINAL-01");
  EXPECT_FALSE(rs[7].has_validation());
  EXPECT_TRUE(rs[7].comment.empty());
}

TEST(TabariRecordsTest, CrlfAndNoTrailingNewline) {
  std::vector<TabariRecord> rs =
      ReadAll("870226 R0000001-001\r\nOne line.\r\n\r\n870227 R2\r\nTwo");
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].text, "One line.");
  EXPECT_EQ(rs[1].id, "R2");
  EXPECT_EQ(rs[1].text, "Two");
  EXPECT_EQ(rs[1].date.ToIso(), "1987-02-27");
}

// TABARI manual 6.5.2: years 00 through 30 are 2000 through 2030.
TEST(TabariRecordsTest, TwoDigitYearsFollowTheManual) {
  std::vector<TabariRecord> rs =
      ReadAll("300101 Y30\nOne.\n\n310101 Y31\nTwo.\n\n20300101 Y2030\nThree.\n");
  ASSERT_EQ(rs.size(), 3u);
  EXPECT_EQ(rs[0].date.ToIso(), "2030-01-01");
  EXPECT_EQ(rs[1].date.ToIso(), "1931-01-01");
  EXPECT_EQ(rs[2].date.ToIso(), "2030-01-01");
}

TEST(TabariRecordsTest, MalformedInputIsReportedWithFileAndLine) {
  const std::string text =
      "950101 GOOD-1\n"
      "Fine.\n"
      "\n"
      "951301 BADMONTH\n"  // line 4: month 13
      "Skipped.\n"
      "\n"
      "Stray prose that belongs to no record.\n"  // line 7
      "\n"
      "9501 SHORT\n"  // line 9: four digits
      "\n"
      "950102 FIELDS\n"
      "Kept, with one bad field.\n"
      "/* \\n{ ARN / GON }\n"  // line 13
      "\\n{ ARN /  / 064 }\n"  // line 14
      "\\n{ ARN / GON / 064 } */\n"
      "\n"
      "9501201  SEVEN\n"  // line 17: read as 950120 with a note
      "Kept.\n";
  std::vector<std::string> problems;
  uint64_t skipped = 0;
  std::vector<TabariRecord> rs = ReadAll(text, &problems, &skipped);
  ASSERT_EQ(rs.size(), 3u);
  EXPECT_EQ(rs[0].id, "GOOD-1");
  EXPECT_EQ(rs[1].id, "FIELDS");
  ASSERT_EQ(rs[1].expected.size(), 1u);
  EXPECT_EQ(rs[1].expected[0].code, "064");
  EXPECT_EQ(rs[2].id, "SEVEN");
  EXPECT_EQ(rs[2].date.ToIso(), "1995-01-20");
  EXPECT_EQ(skipped, 3u);
  ASSERT_EQ(problems.size(), 6u);
  EXPECT_EQ(problems[0].rfind("t.text:4: bad record header date", 0), 0u) << problems[0];
  EXPECT_EQ(problems[1].rfind("t.text:7: text outside a record", 0), 0u) << problems[1];
  EXPECT_EQ(problems[2].rfind("t.text:9: bad record header date", 0), 0u) << problems[2];
  EXPECT_EQ(problems[3].rfind("t.text:13: malformed validation field", 0), 0u) << problems[3];
  EXPECT_EQ(problems[4].rfind("t.text:14: empty part", 0), 0u) << problems[4];
  EXPECT_EQ(problems[5].rfind("t.text:17: record date has 7 digits", 0), 0u) << problems[5];
}

TEST(TabariRecordsTest, StrictStopsAtTheFirstProblem) {
  RecordReaderOptions strict;
  strict.strict = true;
  std::istringstream in("950101 A\nFine.\n\n950199 B\nBad day.\n\n950102 C\nNever read.\n");
  TabariRecordReader reader(&in, "s.text", strict);
  TabariRecord r;
  ASSERT_TRUE(reader.Next(&r));
  EXPECT_EQ(r.id, "A");
  EXPECT_FALSE(reader.Next(&r));
  EXPECT_EQ(reader.status().code(), StatusCode::kCorruption);
  EXPECT_NE(reader.status().message().find("s.text:4:"), std::string::npos)
      << reader.status().message();
}

TEST(TabariRecordsTest, OpenFailsOnAMissingFile) {
  auto r = TabariRecordReader::Open("/nonexistent/dir/none.text");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

TEST(TabariRecordsTest, ValidateTextCounts) {
  ANNALIST_REQUIRE_SHARED(path, "tabari/Validate.text");
  auto reader = TabariRecordReader::Open(path);
  ASSERT_TRUE(reader.ok());
  TabariRecord r;
  size_t records = 0, expected = 0, unchecked = 0, options = 0, none = 0, complex = 0, discard = 0,
         final_index = 0, dated_word_ids = 0;
  while ((*reader)->Next(&r)) {
    ++records;
    expected += r.expected.size();
    unchecked += r.unchecked.size();
    options += r.options.size();
    none += r.expect_none;
    complex += r.expect_complex;
    discard += r.expect_discard;
    if (r.id == "FINAL-01") final_index = records;
    // The manifest counts headers "YYMMDD ID" whose id starts with a letter.
    if (r.header.size() > 7 && r.header.find_first_not_of("0123456789") == 6 &&
        std::isalpha(static_cast<unsigned char>(r.id[0]))) {
      ++dated_word_ids;
    }
    if (final_index == 0) {
      EXPECT_TRUE(r.has_validation()) << r.id << " at line " << r.line;
    }
  }
  EXPECT_TRUE((*reader)->status().ok());
  // 473 six-digit "YYMMDD WORD" headers, plus 2 with numeric ids and 6 with
  // 7-9 digit dates (the YYYY tests and ACTORSYN-01).
  EXPECT_EQ(dated_word_ids, 473u);
  EXPECT_EQ(records, 481u);
  EXPECT_EQ(final_index, 473u);  // FINAL-01 ends the first 473 records
  // 533 { SRC / TGT / CODE } fields, 6 of them behind "-{".
  EXPECT_EQ(expected + unchecked, 533u);
  EXPECT_EQ(unchecked, 6u);
  EXPECT_EQ(options, 31u);
  EXPECT_EQ(none, 17u);
  EXPECT_EQ(complex, 23u);
  EXPECT_EQ(discard, 7u);
  EXPECT_EQ((*reader)->skipped(), 0u);
  // The only notes: two dates with 7 and 9 digits.
  ASSERT_EQ((*reader)->problems().size(), 2u);
  EXPECT_NE((*reader)->problems()[0].find("Validate.text:1060:"), std::string::npos);
}

TEST(TabariRecordsTest, DemoTextCounts) {
  ANNALIST_REQUIRE_SHARED(path, "tabari/TABARI.Demo.text");
  auto reader = TabariRecordReader::Open(path);
  ASSERT_TRUE(reader.ok());
  TabariRecord r;
  size_t records = 0, events = 0;
  while ((*reader)->Next(&r)) {
    ++records;
    events += r.expected.size() + r.unchecked.size();
  }
  // The manifest's 45 records do not count "950101*INTRO".
  EXPECT_EQ(records, 46u);
  EXPECT_EQ(events, 59u);
  EXPECT_TRUE((*reader)->problems().empty());
}

TEST(TabariRecordsTest, ReutersSentencesCount) {
  ANNALIST_REQUIRE_SHARED(path, "tabari/reuters/reuters.sentences.text");
  auto reader = TabariRecordReader::Open(path);
  ASSERT_TRUE(reader.ok());
  TabariRecord r;
  size_t records = 0;
  std::string first, last;
  while ((*reader)->Next(&r)) {
    if (records++ == 0) first = r.id;
    last = r.id;
    ASSERT_FALSE(r.text.empty()) << r.id;
    ASSERT_FALSE(r.has_validation()) << r.id;
  }
  EXPECT_EQ(records, 109540u);
  EXPECT_EQ(first, "R0000001-001");
  EXPECT_TRUE((*reader)->problems().empty());
}

}  // namespace
}  // namespace annalist
