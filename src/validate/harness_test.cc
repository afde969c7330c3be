// The comparison rules of the harness, with a scripted coder: each test
// says what "the coder" returns for each sentence.
#include "validate/harness.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace annalist::validate_internal {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct Script {
  Script() = default;
  Script(std::vector<std::string> t, SentenceOutcome o = SentenceOutcome::kCoded,
         std::string d = "")
      : triples(std::move(t)), outcome(o), date(std::move(d)) {}
  std::vector<std::string> triples;  // "SRC / TGT / CODE"
  SentenceOutcome outcome = SentenceOutcome::kCoded;
  std::string date;  // event date YYYY-MM-DD, "" for none
};

Event MakeEvent(const std::string& triple, const std::string& date) {
  Event e;
  size_t a = triple.find(" / "), b = triple.find(" / ", a + 3);
  e.source = EventActor{};
  e.source->code = triple.substr(0, a);
  e.target = EventActor{};
  e.target->code = triple.substr(a + 3, b - a - 3);
  e.cameo = triple.substr(b + 3);
  e.root = e.cameo.substr(0, 2);
  if (!date.empty()) {
    e.date.value.year = std::stoi(date.substr(0, 4));
    e.date.value.month = std::stoi(date.substr(5, 2));
    e.date.value.day = std::stoi(date.substr(8, 2));
    e.date.value.precision = DatePrecision::kDay;
  }
  return e;
}

// A coder that looks sentences up in a script; unknown ones yield nothing.
struct ScriptedCoder {
  std::map<std::string, Script> script;
  std::vector<std::string> seen;

  SentenceCoderFn Fn() {
    return [this](const std::string& text, const DateTime&, std::vector<Event>* out) {
      seen.push_back(text);
      auto it = script.find(text);
      if (it == script.end()) return SentenceOutcome::kNoEvent;
      for (const std::string& t : it->second.triples) {
        out->push_back(MakeEvent(t, it->second.date));
      }
      return it->second.outcome;
    };
  }
};

ValidationReport RunTabari(const std::string& text, ScriptedCoder* coder, std::string* log_text,
                           std::vector<std::string>* options = nullptr) {
  std::istringstream in(text);
  TabariRecordReader reader(&in, "v.text");
  std::ostringstream log;
  auto report = RunTabariValidation(
      &reader,
      [options](const std::string& option) {
        if (option.find("BOGUS") != std::string::npos) {
          return Status::InvalidArgument("unknown command");
        }
        if (options) options->push_back(option);
        return Status::Ok();
      },
      coder->Fn(), &log);
  EXPECT_TRUE(report.ok());
  *log_text = log.str();
  return report.value();
}

TEST(TabariHarnessTest, ComparesSetsOfTriples) {
  const std::string suite =
      "950101 SAME\nArnor meets Gondor.\n/* {ARN / GON / 040} {GON / ARN / 040} */\n\n"
      "950101 ORDER\nGondor meets Arnor.\n/* {ARN / GON / 040} {GON / ARN / 040} */\n\n"
      "950101 MISSING\nArnor attacks Gondor.\n/* {ARN / GON / 190} {ARN / ROH / 190} */\n\n"
      "950101 EXTRA\nArnor praises Rohan.\n/* {ARN / ROH / 051} */\n\n"
      "950101 WRONG\nArnor thanks Rohan.\n/* {ARN / ROH / 051} */\n\n"
      "990101 FINAL-01\nThe end.\n\n"
      "950101 LATE\nArnor praises Rohan.\n/* {ARN / ROH / 051} */\n";
  ScriptedCoder coder;
  coder.script["Arnor meets Gondor."] = {{"ARN / GON / 040", "GON / ARN / 040"}};
  // Same set in another order, with a duplicate.
  coder.script["Gondor meets Arnor."] = {{"GON / ARN / 040", "ARN / GON / 040", "GON / ARN / 040"}};
  coder.script["Arnor attacks Gondor."] = {{"ARN / GON / 190"}};
  coder.script["Arnor praises Rohan."] = {{"ARN / ROH / 051", "ROH / ARN / 051"}};
  coder.script["Arnor thanks Rohan."] = {{"ARN / ROH / 050"}};
  std::string log;
  ValidationReport r = RunTabari(suite, &coder, &log);
  EXPECT_EQ(r.records, 7u);
  EXPECT_EQ(r.checked, 5u);
  EXPECT_EQ(r.passed, 2u);
  EXPECT_EQ(r.failed, 3u);
  EXPECT_EQ(r.extra_checked, 1u);  // LATE, after FINAL-01
  EXPECT_EQ(r.extra_failed, 1u);
  EXPECT_DOUBLE_EQ(r.pass_rate(), 0.4);
  // Events over the standard records: 2+2+2+1+1 wanted.
  EXPECT_EQ(r.expected_events, 8u);
  EXPECT_EQ(r.matched_events, 2u + 2u + 1u + 1u + 0u);
  EXPECT_EQ(r.coded_events, 2u + 2u + 1u + 2u + 1u);
  ASSERT_EQ(r.failures.size(), 4u);
  EXPECT_EQ(r.failures[0].id, "MISSING");
  EXPECT_EQ(r.failures[0].where, "v.text:9");
  EXPECT_EQ(r.failures[0].expected,
            (std::vector<std::string>{"ARN / GON / 190", "ARN / ROH / 190"}));
  EXPECT_EQ(r.failures[0].got, std::vector<std::string>{"ARN / GON / 190"});
  EXPECT_FALSE(r.failures[3].standard);
  EXPECT_THAT(log, HasSubstr("FAIL MISSING (v.text:9)\n"));
  EXPECT_THAT(log, HasSubstr("  expected: ARN / GON / 190; ARN / ROH / 190\n"));
  EXPECT_THAT(log, HasSubstr("  got:      ARN / GON / 190 [coded]\n"));
  EXPECT_THAT(log, HasSubstr("standard set ends at FINAL-01 (v.text:21)"));
  EXPECT_THAT(log, HasSubstr("FAIL LATE (v.text:24) [after the standard set]"));
  EXPECT_THAT(log, Not(HasSubstr("FAIL SAME")));
}

TEST(TabariHarnessTest, MarkersNeedTheMatchingOutcome) {
  const std::string suite =
      "950101 NONE-OK\nQuiet one.\n/* {---} */\n\n"
      "950101 NONE-BAD\nQuiet two.\n/* {---} */\n\n"
      "950101 CPLX-OK\nTangled one.\n/* {+++} */\n\n"
      "950101 CPLX-BAD\nTangled two.\n/* {+++} */\n\n"
      "950101 DISC-OK\nSports one.\n/* {###} */\n\n"
      "950101 DISC-BAD\nSports two.\n/* {###} */\n\n"
      "950101 BOTH\nEither way.\n/* {ARN / GON / 064} {---} */\n\n";
  ScriptedCoder coder;
  coder.script["Quiet two."] = {{"ARN / GON / 010"}};
  coder.script["Tangled one."] = {{}, SentenceOutcome::kComplex};
  // No event, but not for the reason the record gives.
  coder.script["Tangled two."] = {{}, SentenceOutcome::kNoEvent};
  coder.script["Sports one."] = {{}, SentenceOutcome::kDiscard};
  coder.script["Sports two."] = {{}, SentenceOutcome::kComplex};
  // A marker that does not hold falls back on the events.
  coder.script["Either way."] = {{"ARN / GON / 064"}};
  std::string log;
  ValidationReport r = RunTabari(suite, &coder, &log);
  EXPECT_EQ(r.checked, 7u);
  std::vector<std::string> failed;
  for (const RecordOutcome& o : r.failures) failed.push_back(o.id);
  EXPECT_EQ(failed, (std::vector<std::string>{"NONE-BAD", "CPLX-BAD", "DISC-BAD"}));
  EXPECT_THAT(log, HasSubstr("  expected: {+++} complex\n  got:      (none) [no event]"));
}

TEST(TabariHarnessTest, OpenEndedOptionsAndUncheckedRecords) {
  const std::string suite =
      "950101 OPTS\nSwitch things.\n/* {OPTION: SET: CODE BY SENTENCE} {OPTION: BOGUS: X} */\n\n"
      "950101 OPEN\nMany actors.\n/* {ARN / GON / 031}\n -{ --- / --- / 000 } */\n\n"
      "950101 OPEN-MISS\nFew actors.\n/* {ARN / GON / 031}\n -{ --- / --- / 000 } */\n\n"
      "950101 NOTHING\nUnchecked.\n/* -{ARN / GON / 064} */\n\n";
  ScriptedCoder coder;
  coder.script["Many actors."] = {{"ARN / GON / 031", "GON / ARN / 031", "ARN / ROH / 031"}};
  coder.script["Few actors."] = {{"GON / ARN / 031"}};
  std::vector<std::string> applied;
  std::string log;
  ValidationReport r = RunTabari(suite, &coder, &log, &applied);
  EXPECT_EQ(applied, std::vector<std::string>{"SET: CODE BY SENTENCE"});
  EXPECT_EQ(r.options_applied, 1u);
  EXPECT_EQ(r.options_unsupported, 1u);
  EXPECT_THAT(log, HasSubstr("OPTION not applied (v.text:1): BOGUS: X: unknown command"));
  EXPECT_EQ(r.option_records, 1u);
  EXPECT_EQ(r.unchecked, 1u);
  EXPECT_EQ(r.checked, 2u);
  EXPECT_EQ(r.passed, 1u);
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0].id, "OPEN-MISS");
  // Records with nothing to check are not coded at all.
  EXPECT_EQ(coder.seen, (std::vector<std::string>{"Many actors.", "Few actors."}));
}

TEST(TabariHarnessTest, DatesCountOnlyWhileTimeShifting) {
  const std::string suite =
      "950110 PLAIN\nA visit.\n/* {DAG / GON / 032} 950111 */\n\n"
      "950101 SHIFT-ON\nOn.\n/* {OPTION: SET: TIME SHIFT = TRUE} */\n\n"
      "950110 DATED-OK\nA visit.\n/* {DAG / GON / 032} 950111 */\n\n"
      "950110 DATED-BAD\nA later visit.\n/* {DAG / GON / 032} 950111 */\n\n"
      "950110 UNDATED\nA visit.\n/* {DAG / GON / 032} */\n\n"
      "950101 SHIFT-OFF\nOff.\n/* {OPTION: SET: TIME SHIFT = FALSE} */\n\n"
      "950110 PLAIN-AGAIN\nA later visit.\n/* {DAG / GON / 032} 950111 */\n\n";
  ScriptedCoder coder;
  coder.script["A visit."] = {{"DAG / GON / 032"}, SentenceOutcome::kCoded, "1995-01-11"};
  coder.script["A later visit."] = {{"DAG / GON / 032"}, SentenceOutcome::kCoded, "1995-01-12"};
  std::string log;
  ValidationReport r = RunTabari(suite, &coder, &log);
  EXPECT_EQ(r.checked, 5u);
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0].id, "DATED-BAD");
  EXPECT_EQ(r.failures[0].expected, std::vector<std::string>{"DAG / GON / 032 950111"});
}

TEST(PetrarchHarnessTest, EvaluatesWhatTheIncludeListSays) {
  const std::string xml = R"(<Validation><Environment>
<Include>valid DEMO</Include>
<Config option="comma_min" value="2"></Config>
</Environment><Sentences>
<Sentence date="19950101" id="D1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor restores ties with Gondor.</Text></Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="19950101" id="D2" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing here.</Text></Sentence>
<Sentence date="19950101" id="D3" category="DEMO" sentence="false">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Not valid.</Text></Sentence>
<Sentence date="19950101" id="X4" category="OTHER" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>TOWN: -- dateline.</Text></Sentence>
<Sentence date="19950101" id="D5" category="DEMO" sentence="true">
<Text>No codings at all.</Text></Sentence>
</Sentences></Validation>)";
  ScriptedCoder coder;
  coder.script["Arnor restores ties with Gondor."] = {{"ARN / GON / 064"}};
  coder.script["Nothing here."] = {{"ARN / GON / 010"}};
  coder.script["TOWN: -- dateline."] = {{}};
  std::istringstream in(xml);
  PetrarchRecordReader reader(&in, "p.xml");
  std::vector<std::string> config;
  std::ostringstream log;
  auto report = RunPetrarchValidation(
      &reader,
      [&](const std::string& k, const std::string& v) {
        if (k == "require_dyad") return Status::Unsupported("not a coder option");
        config.push_back(k + "=" + v);
        return Status::Ok();
      },
      coder.Fn(), &log);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->records, 5u);
  EXPECT_EQ(report->checked, 2u);  // D1, D2
  EXPECT_EQ(report->passed, 1u);
  EXPECT_EQ(report->extra_checked, 2u);  // D3 (not valid), X4 (not included)
  EXPECT_EQ(report->extra_passed, 1u);   // X4: no event, as its error says
  EXPECT_EQ(report->unchecked, 1u);      // D5
  EXPECT_EQ(config, std::vector<std::string>{"comma_min=2"});
  EXPECT_EQ(report->options_unsupported, 1u);
  ASSERT_EQ(report->failures.size(), 2u);
  EXPECT_EQ(report->failures[0].id, "D2");
  EXPECT_EQ(report->failures[0].expected, std::vector<std::string>{"noevents"});
  EXPECT_EQ(report->failures[1].id, "D3");
  EXPECT_FALSE(report->failures[1].standard);
  EXPECT_THAT(log.str(), HasSubstr("FAIL D2 (p.xml:9)"));
}

TEST(GoldScoreTest, PrecisionRecallF1OfRootTriples) {
  const std::string xml = R"(<Validation>
# banner
<Sentences>
<Sentence category="A" date="20080801" id="S1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
<EventCoding eventcode="043" sourcecode="CHN" targetcode="USA" />
<Text>One.</Text>
</Sentence>
<Sentence category="B" date="20080801" id="S2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>Two.</Text>
</Sentence>
<Sentence category="B" date="20080801" id="S3" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="---REB" targetcode="SYR" />
<Text>Three.</Text>
</Sentence>
</Sentences></Validation>)";
  ScriptedCoder coder;
  // S1: 0421 has root 04: a hit; the second gold triple is missed, one extra.
  coder.script["One."] = {{"USA / CHN / 0421", "USA / RUS / 042"}};
  coder.script["Two."] = {{"SYR / ISR / 190"}};       // a false positive
  coder.script["Three."] = {{"---REB / SYR / 193"}};  // root 19: a hit
  std::istringstream in(xml);
  RecordReaderOptions lenient;
  lenient.lenient = true;
  PetrarchRecordReader reader(&in, "g.xml", lenient);
  std::ostringstream log;
  auto score = RunGoldScore(&reader, coder.Fn(), &log);
  ASSERT_TRUE(score.ok());
  EXPECT_EQ(score->sentences, 3u);
  EXPECT_EQ(score->gold_events, 3u);
  EXPECT_EQ(score->coded_events, 4u);
  EXPECT_EQ(score->true_positives, 2u);
  EXPECT_DOUBLE_EQ(score->precision, 0.5);
  EXPECT_DOUBLE_EQ(score->recall, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(score->f1, 2 * 0.5 * (2.0 / 3.0) / (0.5 + 2.0 / 3.0));
  EXPECT_EQ(score->exact_sentences, 1u);
  EXPECT_EQ(score->by_category["B"].sentences, 2u);
  EXPECT_EQ(score->by_category["B"].true_positives, 1u);
  EXPECT_THAT(log.str(), HasSubstr("DIFF S1 (g.xml:4)"));
  EXPECT_THAT(log.str(), HasSubstr("  gold: CHN / USA / 04; USA / CHN / 04\n"));
}

TEST(TabariDiffTest, ClassifiesDifferences) {
  const std::string records =
      "870226 R1-001\nFirst.\n\n"
      "870226 R1-002\nSecond.\n\n"
      "870226 R1-003\nThird.\n\n"
      "870227 R2-001\nFourth.\n\n";
  const std::string tsv =
      "870226\tUSA\tIRN\t015\tlabel\tR1-001\n"  // reproduced
      "870226\tUSA\tIRQ\t138\tlabel\tR1-001\n"  // ours has 130: wrong code
      "870226\tARG\tBRA\t013\tlabel\tR1-002\n"  // ours has CHL as source
      "870226\tBRA\tUSA\t010\tlabel\tR1-003\n"  // ours has USA / CAN
      "870226\tIRN\tIRQ\t190\tlabel\tR1-003\n"  // nothing like it: missed
      "870227\tFRA\tDEU\t040\tlabel\tR9-001\n"  // a record we do not have
      "bad line without tabs\n";
  std::istringstream tsv_in(tsv);
  ReferenceEvents ref = ReadTabariEventsTsv(&tsv_in, "e.tsv");
  EXPECT_EQ(ref.lines, 6u);
  ASSERT_EQ(ref.problems.size(), 1u);
  EXPECT_THAT(ref.problems[0], HasSubstr("e.tsv:7:"));

  ScriptedCoder coder;
  coder.script["First."] = {{"USA / IRN / 015", "USA / IRQ / 130"}};
  coder.script["Second."] = {{"CHL / BRA / 013"}};
  coder.script["Third."] = {{"BRA / CAN / 010"}};
  coder.script["Fourth."] = {{"GBR / FRA / 042"}};
  for (int threads : {1, 3}) {
    std::istringstream in(records);
    TabariRecordReader reader(&in, "r.text");
    std::ostringstream log;
    // Each thread gets its own coder; the script is read-only.
    auto report = RunTabariDiff(
        &reader, ref,
        [&coder] {
          return SentenceCoderFn(
              [&coder](const std::string& t, const DateTime&, std::vector<Event>* out) {
                auto it = coder.script.find(t);
                if (it == coder.script.end()) return SentenceOutcome::kNoEvent;
                for (const std::string& x : it->second.triples) out->push_back(MakeEvent(x, ""));
                return SentenceOutcome::kCoded;
              });
        },
        threads, &log);
    ASSERT_TRUE(report.ok());
    const DiffReport& d = *report;
    EXPECT_EQ(d.records, 4u);
    EXPECT_EQ(d.reference_records, 3u);
    EXPECT_EQ(d.reference_events, 6u);
    EXPECT_EQ(d.our_events, 5u);
    EXPECT_EQ(d.reproduced, 1u);
    EXPECT_EQ(d.missed, 5u);
    EXPECT_EQ(d.extra, 4u);
    EXPECT_EQ(d.wrong_code, 1u);
    EXPECT_EQ(d.wrong_source, 1u);
    EXPECT_EQ(d.wrong_target, 1u);
    EXPECT_EQ(d.missed_entirely, 2u);  // IRN / IRQ / 190 and the R9 record
    EXPECT_EQ(d.extra_entirely, 1u);   // GBR / FRA / 042
    ASSERT_EQ(d.examples.at("wrong code").size(), 1u);
    EXPECT_EQ(d.examples.at("wrong code")[0].reference, "USA / IRQ / 138");
    EXPECT_EQ(d.examples.at("wrong code")[0].ours, "USA / IRQ / 130");
    EXPECT_EQ(d.examples.at("wrong target")[0].record_id, "R1-003");
    EXPECT_DOUBLE_EQ(d.recall(), 1.0 / 6.0);
    EXPECT_DOUBLE_EQ(d.precision(), 1.0 / 5.0);
    EXPECT_THAT(log.str(), HasSubstr("reproduced 1, missed 5, extra 4"));
  }
}

}  // namespace
}  // namespace annalist::validate_internal
