#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "annalist/records.h"
#include "testing/testing.h"

namespace annalist {
namespace {

struct Read {
  std::vector<PetrarchRecord> records;
  PetrarchEnvironment env;
  std::vector<std::string> problems;
  uint64_t skipped = 0;
  Status status;
};

Read ReadAll(const std::string& xml, RecordReaderOptions options = {}) {
  std::istringstream in(xml);
  PetrarchRecordReader reader(&in, "r.xml", options);
  Read out;
  PetrarchRecord r;
  while (reader.Next(&r)) out.records.push_back(r);
  out.env = reader.environment();
  out.problems = reader.problems();
  out.skipped = reader.skipped();
  out.status = reader.status();
  return out;
}

// Written for these tests in the shape of PETR.UnitTest.records.xml.
constexpr char kUnitTests[] = R"(<Validation>
<!-- a banner
   with <Tags> that are not tags -->
<Environment>
    <Verbfile>my.verbs.txt</Verbfile>
    <Actorfile>a.actors.txt, b.actors.txt</Actorfile>
    <Agentfile>my.agents.txt</Agentfile>
    <Discardfile>my.discards.txt</Discardfile>
    <Include>valid LAKE RIVER</Include>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="20030512" id="LAKE-01" category="LAKE" sentence="true">
<!-- a comment inside a record -->
<EventCoding sourcecode="RIV" targetcode="ESG" eventcode="057"></EventCoding>
<EventCoding sourcecode='"NEW ACTOR"' targetcode="ESG" eventcode="057"/>
<Text>
Rivendell signed a fishing pact with Esgaroth
on the long lake &amp; the river.
</Text>
<Parse>
(ROOT (S (NP (NNP Rivendell))
  (VP (VBD signed))))
</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "20030513" id ="LAKE-02"  category="LAKE" sentence="false">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing to see.</Text>
<Parse></Parse>
</Sentence>
<Sentence date="20030514" id="SEA-03" category="SEA" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>SEATOWN: -- A dateline.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(PetrarchRecordsTest, ReadsRecordsAndEnvironment) {
  Read r = ReadAll(kUnitTests);
  ASSERT_TRUE(r.status.ok());
  EXPECT_TRUE(r.problems.empty()) << r.problems[0];
  ASSERT_EQ(r.records.size(), 3u);

  EXPECT_TRUE(r.env.present);
  EXPECT_EQ(r.env.verbfile, "my.verbs.txt");
  EXPECT_EQ(r.env.actorfiles, (std::vector<std::string>{"a.actors.txt", "b.actors.txt"}));
  EXPECT_EQ(r.env.agentfile, "my.agents.txt");
  EXPECT_EQ(r.env.discardfile, "my.discards.txt");
  EXPECT_EQ(r.env.include, (std::vector<std::string>{"valid", "LAKE", "RIVER"}));
  ASSERT_EQ(r.env.config.size(), 1u);
  EXPECT_EQ(r.env.config[0].first, "stop_on_error");

  const PetrarchRecord& a = r.records[0];
  EXPECT_EQ(a.id, "LAKE-01");
  EXPECT_EQ(a.date.ToIso(), "2003-05-12");
  EXPECT_EQ(a.category, "LAKE");
  EXPECT_TRUE(a.valid);
  EXPECT_EQ(a.line, 13u);
  EXPECT_EQ(a.text,
            "Rivendell signed a fishing pact with Esgaroth on the long lake & "
            "the river.");
  EXPECT_EQ(a.parse, "(ROOT (S (NP (NNP Rivendell))\n  (VP (VBD signed))))");
  ASSERT_EQ(a.codings.size(), 2u);
  EXPECT_EQ(a.codings[0].source, "RIV");
  EXPECT_EQ(a.codings[0].target, "ESG");
  EXPECT_EQ(a.codings[0].code, "057");
  EXPECT_EQ(a.codings[0].line, 15u);
  EXPECT_EQ(a.codings[1].source, "\"NEW ACTOR\"");
  EXPECT_FALSE(a.expects_none());
  EXPECT_TRUE(a.config.empty());
  EXPECT_TRUE(r.env.Evaluates(a));

  const PetrarchRecord& b = r.records[1];
  EXPECT_EQ(b.id, "LAKE-02");  // blanks around '='
  EXPECT_EQ(b.date.ToIso(), "2003-05-13");
  EXPECT_FALSE(b.valid);
  EXPECT_TRUE(b.expects_none());
  EXPECT_EQ(b.text, "Nothing to see.");
  EXPECT_EQ(b.parse, "");
  ASSERT_EQ(b.config.size(), 1u);  // the <Config> between the records
  EXPECT_EQ(b.config[0], (std::pair<std::string, std::string>("require_dyad", "false")));
  EXPECT_FALSE(r.env.Evaluates(b));  // "valid" is included; this one is not

  const PetrarchRecord& c = r.records[2];
  ASSERT_EQ(c.codings.size(), 1u);
  EXPECT_EQ(c.codings[0].error, "dateline");
  EXPECT_TRUE(c.expects_none());
  EXPECT_FALSE(r.env.Evaluates(c));  // category SEA is not included
}

// The quirks of PETR2_GSR_validation.xml, in a small made-up file.
constexpr char kGoldLike[] = R"(<?xml version='1.0' encoding='utf-8'?>
<Validation>

#######################
#   a banner outside any element
#######################

<Environment>
    <Include>valid GOLD</Include>
</Environment>
<Sentences>
<Sentence category="GOLD" date="20150609" id="G1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
<Text>
The US leader visited Beijing.
</Text>
<Parse>
1	The	the	DET	DT	_	3	det	_	_
2	US	US	PROPN	NNP	_	3	compound	_	_
</Parse>
<!---
<Parse>
1	An	a	DET	DT	_	2	det	_	_
</Parse>-->
</Sentence>

<Sentence category="GOLD" date="121108" id="G2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>Nothing.</Text>
<Parse>
1	Nothing	nothing	PRON	NN	_	0	root	_	_
</Parse></Sentence>
</Sentences>
</Validation>
)";

TEST(PetrarchRecordsTest, LenientModeReadsTheGoldQuirks) {
  RecordReaderOptions lenient;
  lenient.lenient = true;
  Read r = ReadAll(kGoldLike, lenient);
  ASSERT_TRUE(r.status.ok());
  EXPECT_TRUE(r.problems.empty()) << r.problems[0];
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0].id, "G1");
  EXPECT_TRUE(r.records[0].valid);
  ASSERT_EQ(r.records[0].codings.size(), 1u);
  EXPECT_EQ(r.records[0].text, "The US leader visited Beijing.");
  // The commented-out second parse is not taken.
  EXPECT_EQ(r.records[0].parse,
            "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
            "2\tUS\tUS\tPROPN\tNNP\t_\t3\tcompound\t_\t_");
  EXPECT_EQ(r.records[1].date.ToIso(), "2012-11-08");  // six-digit date
  EXPECT_TRUE(r.records[1].expects_none());
}

TEST(PetrarchRecordsTest, WithoutLenientTheQuirksAreProblems) {
  Read r = ReadAll(kGoldLike);
  ASSERT_TRUE(r.status.ok());
  EXPECT_TRUE(r.records.empty());
  EXPECT_EQ(r.skipped, 2u);
  ASSERT_EQ(r.problems.size(), 3u);
  EXPECT_EQ(r.problems[0].rfind("r.xml:4: text outside any element", 0), 0u) << r.problems[0];
  EXPECT_EQ(r.problems[1].rfind("r.xml:12: self-closed <Sentence/>", 0), 0u) << r.problems[1];
  EXPECT_EQ(r.problems[2].rfind("r.xml:27: self-closed <Sentence/>", 0), 0u) << r.problems[2];
}

TEST(PetrarchRecordsTest, MalformedXmlIsReportedWithLines) {
  const std::string xml =
      "<Sentences>\n"
      "<Sentence date=\"20010230\" id=\"BADDATE\">\n"        // line 2: no such day
      "<EventCoding sourcecode=\"A\" eventcode=\"010\"/>\n"  // line 3: no target
      "<Text>Some &bogus; text</Text>\n"                     // line 4: unknown entity
      "</Sentence>\n"
      "<EventCoding eventcode=\"010\"/>\n"          // line 6: outside a sentence
      "<Sentence date=\"20010101\" id=\"OPEN\">\n"  // line 7: never closed
      "<Text>Unfinished\n";
  Read r = ReadAll(xml);
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].id, "BADDATE");
  EXPECT_FALSE(r.records[0].date.known());
  EXPECT_EQ(r.records[0].text, "Some &bogus; text");
  EXPECT_EQ(r.skipped, 1u);
  ASSERT_EQ(r.problems.size(), 5u);
  EXPECT_EQ(r.problems[0].rfind("r.xml:2: <Sentence> without a YYYYMMDD date", 0), 0u)
      << r.problems[0];
  EXPECT_EQ(r.problems[1].rfind("r.xml:3: <EventCoding> without sourcecode", 0), 0u)
      << r.problems[1];
  EXPECT_EQ(r.problems[2].rfind("r.xml:4: unknown entity", 0), 0u) << r.problems[2];
  EXPECT_EQ(r.problems[3].rfind("r.xml:6: <EventCoding> outside", 0), 0u) << r.problems[3];
  EXPECT_EQ(r.problems[4].rfind("r.xml:7: <Sentence> not closed", 0), 0u) << r.problems[4];

  RecordReaderOptions strict;
  strict.strict = true;
  Read s = ReadAll(xml, strict);
  EXPECT_TRUE(s.records.empty());
  EXPECT_EQ(s.status.code(), StatusCode::kCorruption);
  EXPECT_EQ(s.status.message().rfind("r.xml:2:", 0), 0u) << s.status.message();
}

TEST(PetrarchRecordsTest, UnterminatedCommentAndTag) {
  Read a = ReadAll("<Sentences><Sentence id=\"X\" date=\"20000101\">\n<!-- open\n");
  ASSERT_FALSE(a.problems.empty());
  EXPECT_NE(a.problems[0].find("r.xml:2: unterminated comment"), std::string::npos)
      << a.problems[0];
  Read b = ReadAll("<Sentences>\n<Sentence id=\"X\" date=\"2000");
  ASSERT_FALSE(b.problems.empty());
  EXPECT_TRUE(b.records.empty());
}

TEST(PetrarchRecordsTest, UnitTestFileCounts) {
  ANNALIST_REQUIRE_SHARED(path, "petrarch/PETR.UnitTest.records.xml");
  auto reader = PetrarchRecordReader::Open(path);
  ASSERT_TRUE(reader.ok());
  PetrarchRecord r;
  size_t sentences = 0, codings = 0, valid = 0, evaluated = 0, parses = 0, noevents = 0, errors = 0,
         config = 0;
  while ((*reader)->Next(&r)) {
    ++sentences;
    codings += r.codings.size();
    valid += r.valid;
    evaluated += (*reader)->environment().Evaluates(r);
    parses += !r.parse.empty();
    config += r.config.size();
    for (const PetrarchCoding& c : r.codings) {
      noevents += c.noevents;
      errors += !c.error.empty();
    }
    EXPECT_TRUE(r.date.known()) << r.id;
    EXPECT_FALSE(r.text.empty()) << r.id;
  }
  EXPECT_TRUE((*reader)->status().ok());
  EXPECT_TRUE((*reader)->problems().empty()) << (*reader)->problems()[0];
  EXPECT_EQ(sentences, 284u);
  EXPECT_EQ(codings, 385u);
  EXPECT_EQ(noevents, 19u);
  EXPECT_EQ(errors, 7u);
  EXPECT_EQ(valid, 279u);      // 5 are sentence="false"
  EXPECT_EQ(evaluated, 278u);  // ... and COMPOUND-36 is category COMPOUNDx
  EXPECT_EQ(parses, 284u);
  EXPECT_EQ(config, 28u);  // 29 <Config> elements, one in <Environment>
  const PetrarchEnvironment& env = (*reader)->environment();
  EXPECT_EQ(env.verbfile, "PETR.Validate.verbs.txt");
  EXPECT_EQ(env.actorfiles, std::vector<std::string>{"PETR.Validate.actors.txt"});
  EXPECT_EQ(env.include.size(), 12u);
}

TEST(PetrarchRecordsTest, GoldFileCountsInLenientMode) {
  ANNALIST_REQUIRE_SHARED(path, "gold/PETR2_GSR_validation.xml");
  RecordReaderOptions lenient;
  lenient.lenient = true;
  auto reader = PetrarchRecordReader::Open(path, lenient);
  ASSERT_TRUE(reader.ok());
  PetrarchRecord r;
  size_t sentences = 0, codings = 0, coded = 0, conllu = 0, evaluated = 0;
  while ((*reader)->Next(&r)) {
    ++sentences;
    codings += r.codings.size();
    for (const PetrarchCoding& c : r.codings) coded += !c.code.empty();
    conllu += r.parse.rfind("1\t", 0) == 0;
    evaluated += (*reader)->environment().Evaluates(r);
  }
  EXPECT_TRUE((*reader)->status().ok());
  EXPECT_TRUE((*reader)->problems().empty()) << (*reader)->problems()[0];
  EXPECT_EQ(sentences, 78u);
  EXPECT_EQ(evaluated, 78u);
  // The manifest's 93 counts "<EventCoding" in the file, one of which is in
  // the '#' banner's prose; 92 are elements: 80 events and 12 noevents.
  EXPECT_EQ(codings, 92u);
  EXPECT_EQ(coded, 80u);
  EXPECT_EQ(conllu, 78u);
}

TEST(PetrarchRecordsTest, GigaWordSampleCounts) {
  ANNALIST_REQUIRE_SHARED(path, "petrarch/GigaWord.sample.PETR.xml");
  auto reader = PetrarchRecordReader::Open(path);
  ASSERT_TRUE(reader.ok());
  PetrarchRecord r;
  size_t sentences = 0;
  while ((*reader)->Next(&r)) {
    ++sentences;
    EXPECT_TRUE(r.codings.empty());
    const size_t first = r.parse.find_first_not_of(' ');
    ASSERT_NE(first, std::string::npos) << r.id;
    EXPECT_EQ(r.parse[first], '(') << r.id;  // Penn bracketing
  }
  EXPECT_TRUE((*reader)->problems().empty());
  EXPECT_EQ(sentences, 76u);
  EXPECT_FALSE((*reader)->environment().present);
}

}  // namespace
}  // namespace annalist
