// One spec, one set of events, whatever the command: for every --lexicon
// spec form, the events of `code`, of `ingest` + `events`, and of the
// validate harness (`validate diff`, which codes through the same engine
// call) agree on the same sentences (issue 7, point 3).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "annalist/records.h"
#include "annalist/text.h"
#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

struct Input {
  std::string id, text;
  DateTime date;
};

// One-sentence records: TABARI's demo text, the first Reuters sentences, and
// issue 7's example.
std::vector<Input> ReadInputs(const std::vector<std::pair<std::string, size_t>>& files) {
  std::vector<Input> inputs;
  for (const auto& [f, per_file] : files) {
    auto reader = TabariRecordReader::Open(f);
    if (!reader.ok()) continue;
    TabariRecord r;
    size_t n = 0;
    while (n < per_file && (*reader)->Next(&r)) {
      // Only what the text stage keeps as one sentence, so that a record
      // and a document are the same input.
      if (r.text.empty() || SplitSentences(r.text).size() != 1) continue;
      inputs.push_back({r.id, r.text, r.date});
      ++n;
    }
  }
  inputs.push_back(
      {"ARNOR-1", "Arnor attacked Aragorn.", DateTime{1995, 1, 1, 0, 0, 0, DatePrecision::kDay}});
  return inputs;
}

std::string Jsonl(const std::vector<Input>& inputs) {
  std::string out;
  for (const Input& in : inputs) {
    nlohmann::json j = {{"id", in.id}, {"published", in.date.ToIso()}, {"text", in.text}};
    out += j.dump() + "\n";
  }
  return out;
}

std::string Yymmdd(const DateTime& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d%02d%02d", d.year % 100, d.month, d.day);
  return buf;
}

std::string TabariText(const std::vector<Input>& inputs) {
  std::string out;
  for (const Input& in : inputs) out += Yymmdd(in.date) + " " + in.id + "\n" + in.text + "\n\n";
  return out;
}

std::string Code(const nlohmann::json& actor) {
  return actor.is_object() ? actor.value("code", "") : "";
}

// "doc sentence source target cameo date" per event, sorted; without the
// date when `dated` is false; only the events dated by the publication date
// when `publication_only`.
std::vector<std::string> Keys(const std::string& jsonl, bool dated = true,
                              bool publication_only = false) {
  std::vector<std::string> keys;
  size_t pos = 0;
  while (pos < jsonl.size()) {
    size_t nl = jsonl.find('\n', pos);
    if (nl == std::string::npos) nl = jsonl.size();
    if (nl > pos) {
      nlohmann::json e = nlohmann::json::parse(jsonl.substr(pos, nl - pos), nullptr, false);
      EXPECT_TRUE(e.is_object()) << jsonl.substr(pos, nl - pos);
      if (e.is_object() && (!publication_only || e["date"].value("basis", "") == "publication")) {
        keys.push_back(e.value("doc", "") + " " + std::to_string(e.value("sentence", -1)) + " " +
                       Code(e["source"]) + " " + Code(e["target"]) + " " + e.value("cameo", "") +
                       (dated ? " " + e["date"].value("value", "") : ""));
      }
    }
    pos = nl + 1;
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

// TABARI's events TSV (date, source, target, code, label, record id).
std::string Tsv(const std::string& jsonl) {
  std::string out;
  size_t pos = 0;
  while (pos < jsonl.size()) {
    size_t nl = jsonl.find('\n', pos);
    if (nl == std::string::npos) nl = jsonl.size();
    if (nl > pos) {
      nlohmann::json e = nlohmann::json::parse(jsonl.substr(pos, nl - pos), nullptr, false);
      out += "000000\t" + Code(e["source"]) + "\t" + Code(e["target"]) + "\t" +
             e.value("cameo", "") + "\t-\t" + e.value("doc", "") + "\n";
    }
    pos = nl + 1;
  }
  return out;
}

// The documented difference between a document and a record coded alone
// (docs/coder.md): "the country", "the group", ... refer back to an earlier
// actor of the same sentence only in a document.
bool HasDefiniteReference(const std::string& text) {
  std::string u;
  for (char c : text) u += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  for (const char* noun : {"COUNTRY", "NATION", "KINGDOM", "REPUBLIC", "GROUP", "ORGANIZATION",
                           "ORGANISATION", "MOVEMENT", "MILITIA", "ALLIANCE", "MINISTRY",
                           "GOVERNMENT", "CABINET", "REGIME", "ADMINISTRATION"}) {
    if (u.find(std::string("THE ") + noun) != std::string::npos) return true;
  }
  return false;
}

void CheckSpec(const std::vector<std::string>& spec, const std::vector<Input>& inputs) {
  std::vector<std::string> lex;
  std::string name;
  for (const std::string& s : spec) {
    lex.push_back("--lexicon");
    lex.push_back(s);
    name += s + " ";
  }
  SCOPED_TRACE("spec: " + name);
  TempDir tmp;
  const std::string docs = tmp.File("docs.jsonl"), records = tmp.File("records.txt");
  WriteFile(docs, Jsonl(inputs));
  WriteFile(records, TabariText(inputs));
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.end(), lex.begin(), lex.end());
    CliResult r = RunCli(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  };

  // code, on documents and on records.
  const std::string coded_docs = run({"code", "-q", docs});
  const std::string coded_records = run({"code", "-q", "--input-format", "tabari", records});
  // ingest + events.
  const std::string db = tmp.File("a.db");
  run({"ingest", "-q", "--db", db, docs});
  CliResult events = RunCli({"events", "--db", db, "--format", "jsonl"});
  ASSERT_EQ(events.exit_code, 0) << events.err;

  const std::vector<std::string> doc_keys = Keys(coded_docs);
  EXPECT_GT(doc_keys.size(), 10u);
  EXPECT_EQ(Keys(events.out), doc_keys) << "ingest + events differ from code";

  // A record and a one-sentence document give the same events, but for the
  // one documented difference. Their dates may differ: a document's events
  // are dated by its text (docs/time.md, "Event dates"), a record's by the
  // record date as TABARI does; a document event dated by its publication
  // date has the record's date.
  std::map<std::string, std::string> text_of;
  for (const Input& in : inputs) text_of[in.id] = in.text;
  std::vector<std::string> record_keys = Keys(coded_records);
  const std::vector<std::string> undated_doc_keys = Keys(coded_docs, false);
  const std::vector<std::string> undated_record_keys = Keys(coded_records, false);
  std::vector<std::string> only_one;
  std::set_symmetric_difference(undated_doc_keys.begin(), undated_doc_keys.end(),
                                undated_record_keys.begin(), undated_record_keys.end(),
                                std::back_inserter(only_one));
  size_t dated_by_text = 0;
  for (const std::string& k : Keys(coded_docs, true, true)) {
    if (!std::binary_search(record_keys.begin(), record_keys.end(), k)) {
      EXPECT_TRUE(HasDefiniteReference(text_of[k.substr(0, k.find(' '))])) << k;
    }
  }
  dated_by_text = doc_keys.size() - Keys(coded_docs, true, true).size();
  std::printf("documents: %zu events, %zu dated by their text\n", doc_keys.size(), dated_by_text);
  for (const std::string& k : only_one) {
    const std::string id = k.substr(0, k.find(' '));
    EXPECT_TRUE(HasDefiniteReference(text_of[id])) << k << ": " << text_of[id];
  }

  // The records ingested (--format tabari) give what `code` gave on them.
  const std::string record_db = tmp.File("r.db");
  run({"ingest", "-q", "--db", record_db, "--format", "tabari", records});
  CliResult record_events = RunCli({"events", "--db", record_db, "--format", "jsonl"});
  ASSERT_EQ(record_events.exit_code, 0) << record_events.err;
  EXPECT_EQ(Keys(record_events.out), record_keys) << "ingest --format tabari differs from code";

  // The validate harness reproduces exactly what `code` gave on the records.
  const std::string tsv = tmp.File("events.tsv");
  WriteFile(tsv, Tsv(coded_records));
  const std::string diff = run({"validate", "diff", records, tsv, "--threads", "2"});
  const size_t n = record_keys.size();
  EXPECT_NE(diff.find("ours " + std::to_string(n)), std::string::npos) << diff;
  EXPECT_NE(diff.find(", missed 0, extra 0"), std::string::npos) << diff;
}

class ProfileConsistencyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (SharedData().empty()) GTEST_SKIP() << "shared data absent";
    // Reuters codes about one sentence in fifty: 2,000 give some forty.
    inputs_ = ReadInputs({{SharedFile("tabari/TABARI.Demo.text"), 200},
                          {SharedFile("tabari/reuters/reuters.sentences.text"), 2000}});
    ASSERT_GT(inputs_.size(), 100u);
  }
  std::vector<Input> inputs_;
};

TEST_F(ProfileConsistencyTest, TabariProjectFile) {
  CheckSpec({SharedFile("tabari/TABARI.Demo.project")}, inputs_);
}
TEST_F(ProfileConsistencyTest, FolderHoldingTabariProjects) {
  CheckSpec({SharedFile("tabari")}, inputs_);
}
TEST_F(ProfileConsistencyTest, FolderHoldingOneTabariProject) {
  CheckSpec({SharedFile("tabari/reuters")}, inputs_);
}
TEST_F(ProfileConsistencyTest, PetrarchConfig) {
  CheckSpec({SharedFile("petrarch/PETR_config.ini")}, inputs_);
}
TEST_F(ProfileConsistencyTest, PhoenixFolder) { CheckSpec({SharedFile("petrarch")}, inputs_); }
TEST_F(ProfileConsistencyTest, Default) { CheckSpec({"default"}, inputs_); }
TEST_F(ProfileConsistencyTest, DefaultThenTabariActors) {
  CheckSpec({"default", SharedFile("tabari/TABARI.Demo.actors")}, inputs_);
}

// A record whose text the splitter would cut in two is still one sentence,
// coded on its own, by `code --input-format tabari`, `ingest --format
// tabari` and `validate diff` alike.
TEST_F(ProfileConsistencyTest, RecordsOfSeveralSentencesAreOneSentenceEverywhere) {
  auto reader = TabariRecordReader::Open(SharedFile("tabari/reuters/reuters.sentences.text"));
  ASSERT_TRUE(reader.ok());
  std::vector<Input> several;
  TabariRecord r;
  while (several.size() < 400 && (*reader)->Next(&r)) {
    if (SplitSentences(r.text).size() > 1) several.push_back({r.id, r.text, r.date});
  }
  ASSERT_GT(several.size(), 50u);
  TempDir tmp;
  const std::string records = tmp.File("records.txt");
  WriteFile(records, TabariText(several));
  const std::string spec = SharedFile("tabari/reuters");
  CliResult coded = RunCli({"code", "-q", "--input-format", "tabari", "--lexicon", spec, records});
  ASSERT_EQ(coded.exit_code, 0) << coded.err;
  const std::vector<std::string> keys = Keys(coded.out);
  ASSERT_GT(keys.size(), 3u);
  for (const std::string& k : keys) EXPECT_NE(k.find(" 0 "), std::string::npos) << k;
  CliResult ingest = RunCli(
      {"ingest", "-q", "--db", tmp.File("a.db"), "--format", "tabari", "--lexicon", spec, records});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  CliResult events = RunCli({"events", "--db", tmp.File("a.db"), "--format", "jsonl"});
  EXPECT_EQ(Keys(events.out), keys);
  const std::string tsv = tmp.File("events.tsv");
  WriteFile(tsv, Tsv(coded.out));
  CliResult diff = RunCli({"validate", "diff", records, tsv, "--lexicon", spec});
  EXPECT_NE(diff.out.find("ours " + std::to_string(keys.size())), std::string::npos) << diff.out;
  EXPECT_NE(diff.out.find(", missed 0, extra 0"), std::string::npos) << diff.out;
}

// Issue 7's example: the project, the folder holding it, and the project
// through ingest all give no event (TABARI's MINIMUM WORDS = 8).
TEST_F(ProfileConsistencyTest, ArnorAttackedAragornGivesNoEventWithTabariSpecs) {
  const std::string doc = "{\"text\":\"Arnor attacked Aragorn.\"}\n";
  for (const std::string& spec : {SharedFile("tabari/TABARI.Demo.project"), SharedFile("tabari")}) {
    CliResult code = RunCli({"code", "-q", "--lexicon", spec}, doc);
    ASSERT_EQ(code.exit_code, 0) << code.err;
    EXPECT_EQ(code.out, "") << spec;
    TempDir tmp;
    WriteFile(tmp.File("d.jsonl"), doc);
    CliResult ingest =
        RunCli({"ingest", "-q", "--db", tmp.File("a.db"), "--lexicon", spec, tmp.File("d.jsonl")});
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
    CliResult events = RunCli({"events", "--db", tmp.File("a.db"), "--format", "jsonl"});
    EXPECT_EQ(events.out, "") << spec;
  }
  // With annalist's rules and the demo actors layered on the default
  // lexicon, it is coded.
  CliResult code = RunCli(
      {"code", "-q", "--lexicon", "default", "--lexicon", SharedFile("tabari/TABARI.Demo.actors")},
      doc);
  ASSERT_EQ(code.exit_code, 0) << code.err;
  EXPECT_NE(code.out.find("\"ARN\""), std::string::npos) << code.out;
}

}  // namespace
}  // namespace annalist::testing
