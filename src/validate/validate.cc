// The public harness calls: bind the record readers and the comparison
// rules (harness.h) to a real Lexicon and Coder.
#include "annalist/validate.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "annalist/coder.h"
#include "annalist/engine.h"
#include "annalist/lexicon.h"
#include "annalist/profile.h"
#include "annalist/records.h"
#include "validate/harness.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;
using validate_internal::SentenceCoderFn;

// One validation record through the engine.
SentenceOutcome CodeRecord(const CodingProfile& profile, Story story, const std::string& text,
                           const DateTime& date, ProcessScratch* scratch, std::vector<Event>* out) {
  Document doc;
  doc.text = text;
  doc.published = date;
  SentenceOutcome outcome = SentenceOutcome::kNoEvent;
  if (!ProcessSentence(profile, story, &doc, scratch, out, &outcome).ok()) {
    return SentenceOutcome::kNoEvent;
  }
  return outcome;
}

void LogLexicon(const LexiconReport& r, std::ostream* log) {
  if (!log) return;
  *log << "lexicon: " << r.files.size() << " files, " << r.actors << " actors, " << r.agents
       << " agents, " << r.verbs << " verbs, " << r.patterns << " patterns, " << r.problems.size()
       << " problems\n";
}

// A coding profile whose options can change between records, coding each
// record's text through the engine (ProcessSentence).
class SwitchableCoder {
 public:
  explicit SwitchableCoder(std::shared_ptr<const CodingProfile> profile)
      : profile_(std::move(profile)), options_(profile_->options()) {}

  Status ApplyTabari(const std::string& line) {
    CoderOptions next = options_;
    ANNALIST_RETURN_IF_ERROR(ApplyTabariOption(line, &next));
    if (line.rfind("FORWARD:", 0) == 0) forward_ = line.find("OFF") == std::string::npos;
    Reset(std::move(next));
    return Status::Ok();
  }

  // TABARI's FORWARD: with the option on, a record continues the previous
  // one when its id is the same story ("FRWD-01" after "FRWD-00") with the
  // next number; pronouns then refer back to the previous record's actors.
  void BeginRecord(const std::string& id) {
    const size_t dash = id.rfind('-');
    const std::string story = dash == std::string::npos ? id : id.substr(0, dash);
    const long number =
        dash == std::string::npos ? -10 : std::strtol(id.c_str() + dash + 1, nullptr, 10);
    continues_ = forward_ && story == prev_story_ && number == prev_number_ + 1;
    prev_story_ = story;
    prev_number_ = number;
  }

  // PETRARCH <Config>: the comma-clause bounds map onto TABARI's COMMA
  // settings; other options have no counterpart in the coder.
  Status ApplyPetrarch(const std::string& option, const std::string& value) {
    CoderOptions next = options_;
    char* end = nullptr;
    const long v = std::strtol(value.c_str(), &end, 10);
    const bool number = !value.empty() && end && *end == '\0';
    int* field = nullptr;
    if (option == "comma_min") field = &next.comma_min;
    if (option == "comma_max") field = &next.comma_max;
    if (option == "comma_emin") field = &next.comma_emin;
    if (option == "comma_emax") field = &next.comma_emax;
    if (option == "comma_bmin") field = &next.comma_bmin;
    if (option == "comma_bmax") field = &next.comma_bmax;
    if (!field) return Status::Unsupported("no coder option for " + option);
    if (!number) return Status::InvalidArgument("not a number: " + value);
    *field = static_cast<int>(v);
    Reset(std::move(next));
    return Status::Ok();
  }

  SentenceCoderFn Fn() {
    return [this](const std::string& text, const DateTime& date, std::vector<Event>* out) {
      return CodeRecord(*profile_, continues_ ? Story::kContinues : Story::kStarts, text, date,
                        &scratch_, out);
    };
  }

 private:
  void Reset(CoderOptions next) {
    options_ = std::move(next);
    profile_ = profile_->WithOptions(options_);
  }

  std::shared_ptr<const CodingProfile> profile_;
  CoderOptions options_;
  ProcessScratch scratch_;
  bool forward_ = false;
  bool continues_ = false;
  std::string prev_story_;
  long prev_number_ = -10;
};

// The first of `dirs`/`name` that exists; `name` itself when absolute or
// when none does (so the error names a sensible path).
std::string Locate(const std::vector<fs::path>& dirs, const std::string& name) {
  std::error_code ec;
  if (fs::path(name).is_absolute()) return name;
  for (const fs::path& d : dirs) {
    if (fs::exists(d / name, ec)) return (d / name).string();
  }
  return dirs.empty() ? name : (dirs.front() / name).string();
}

// Builds the lexicon an <Environment> names, looking in `dirs`.
Result<std::shared_ptr<const Lexicon>> EnvironmentLexicon(const PetrarchEnvironment& env,
                                                          const std::vector<fs::path>& dirs,
                                                          LexiconReport* report) {
  if (env.verbfile.empty() && env.actorfiles.empty()) {
    return Status::InvalidArgument(
        "the records name no dictionaries (no <Environment>); give them");
  }
  LexiconBuilder b;
  if (!env.verbfile.empty()) {
    ANNALIST_RETURN_IF_ERROR(
        b.AddFile(DictionaryFormat::kPetrarchVerbs, Locate(dirs, env.verbfile)));
  }
  for (const std::string& a : env.actorfiles) {
    ANNALIST_RETURN_IF_ERROR(b.AddFile(DictionaryFormat::kPetrarchActors, Locate(dirs, a)));
  }
  if (!env.agentfile.empty()) {
    ANNALIST_RETURN_IF_ERROR(
        b.AddFile(DictionaryFormat::kPetrarchAgents, Locate(dirs, env.agentfile)));
  }
  if (!env.discardfile.empty()) {
    ANNALIST_RETURN_IF_ERROR(
        b.AddFile(DictionaryFormat::kPetrarchDiscards, Locate(dirs, env.discardfile)));
  }
  return b.Build(report);
}

// Reads just the <Environment> of a records file.
Result<PetrarchEnvironment> ReadEnvironment(const std::string& path, RecordReaderOptions options) {
  auto reader = PetrarchRecordReader::Open(path, options);
  if (!reader.ok()) return reader.status();
  PetrarchRecord r;
  (*reader)->Next(&r);
  return (*reader)->environment();
}

// The profile of `specs`, with its report written to `log`.
Result<std::shared_ptr<const CodingProfile>> LoggedProfile(const std::vector<std::string>& specs,
                                                           std::ostream* log) {
  ProfileReport report;
  auto profile = ResolveProfile(specs, &report);
  if (!profile.ok()) return profile.status();
  LogLexicon(report.lexicon, log);
  if (log) {
    for (const std::string& p : report.options) *log << "options " << p << "\n";
  }
  return profile;
}

}  // namespace

Result<ValidationReport> ValidateTabari(const std::string& project_file, std::ostream* log) {
  Result<TabariProject> project = ReadTabariProject(project_file);
  if (!project.ok()) return project.status();
  if (project->text_paths.empty()) {
    return Status::InvalidArgument(project_file + " names no <textfile>");
  }
  auto profile = LoggedProfile({project_file}, log);
  if (!profile.ok()) return profile.status();
  SwitchableCoder coder(*profile);

  ValidationReport total;
  for (const std::string& text : project->text_paths) {
    auto reader = TabariRecordReader::Open(text);
    if (!reader.ok()) return reader.status();
    auto report = validate_internal::RunTabariValidation(
        reader->get(), [&coder](const std::string& option) { return coder.ApplyTabari(option); },
        coder.Fn(), log, [&coder](const TabariRecord& r) { coder.BeginRecord(r.id); });
    if (!report.ok()) return report.status();
    if (project->text_paths.size() == 1) return report;
    // Several text files: add up.
    ValidationReport& r = *report;
    total.checked += r.checked;
    total.passed += r.passed;
    total.failed += r.failed;
    total.extra_checked += r.extra_checked;
    total.extra_passed += r.extra_passed;
    total.extra_failed += r.extra_failed;
    total.records += r.records;
    total.option_records += r.option_records;
    total.unchecked += r.unchecked;
    total.options_applied += r.options_applied;
    total.options_unsupported += r.options_unsupported;
    total.expected_events += r.expected_events;
    total.coded_events += r.coded_events;
    total.matched_events += r.matched_events;
    total.seconds += r.seconds;
    total.problems.insert(total.problems.end(), r.problems.begin(), r.problems.end());
    for (RecordOutcome& o : r.failures) total.failures.push_back(std::move(o));
  }
  return total;
}

Result<ValidationReport> ValidatePetrarch(const std::string& records_xml,
                                          const std::string& dictionaries_dir, std::ostream* log) {
  auto env = ReadEnvironment(records_xml, {});
  if (!env.ok()) return env.status();
  const fs::path here = fs::path(records_xml).parent_path();
  std::vector<fs::path> dirs;
  if (!dictionaries_dir.empty()) {
    dirs.push_back(dictionaries_dir);
  } else {
    dirs = {here, here.parent_path() / "dictionaries"};
  }
  LexiconReport lexicon_report;
  auto lexicon = EnvironmentLexicon(*env, dirs, &lexicon_report);
  if (!lexicon.ok()) return lexicon.status();
  LogLexicon(lexicon_report, log);
  SwitchableCoder coder(
      CodingProfile::Make(*lexicon, PetrarchDefaultOptions(), records_xml, lexicon_report.files));
  auto reader = PetrarchRecordReader::Open(records_xml);
  if (!reader.ok()) return reader.status();
  return validate_internal::RunPetrarchValidation(
      reader->get(),
      [&coder](const std::string& k, const std::string& v) { return coder.ApplyPetrarch(k, v); },
      coder.Fn(), log);
}

Result<GoldScore> ScoreGold(const std::string& gold_xml,
                            const std::vector<std::string>& lexicon_specs, std::ostream* log) {
  if (!lexicon_specs.empty()) {
    auto profile = LoggedProfile(lexicon_specs, log);
    if (!profile.ok()) return profile.status();
    return ScoreGold(gold_xml, **profile, log);
  }
  RecordReaderOptions lenient;
  lenient.lenient = true;
  auto env = ReadEnvironment(gold_xml, lenient);
  if (!env.ok()) return env.status();
  const fs::path here = fs::path(gold_xml).parent_path();
  LexiconReport lexicon_report;
  auto lexicon = EnvironmentLexicon(
      *env, {here, here.parent_path() / "petrarch", here.parent_path() / "dictionaries"},
      &lexicon_report);
  if (!lexicon.ok()) return lexicon.status();
  LogLexicon(lexicon_report, log);
  // The <Environment> names PETRARCH dictionaries: PETRARCH's rules, with
  // annalist's options otherwise (the score the suite has always reported).
  CoderOptions options = WithoutAnnalistRules(CoderOptions{});
  options.dialect = Dialect::kPetrarch;
  return ScoreGold(gold_xml,
                   *CodingProfile::Make(*lexicon, options, gold_xml, lexicon_report.files), log);
}

Result<GoldScore> ScoreGold(const std::string& gold_xml, const CodingProfile& profile,
                            std::ostream* log) {
  RecordReaderOptions lenient;
  lenient.lenient = true;
  SwitchableCoder coder(profile.WithOptions(profile.options()));
  auto reader = PetrarchRecordReader::Open(gold_xml, lenient);
  if (!reader.ok()) return reader.status();
  return validate_internal::RunGoldScore(reader->get(), coder.Fn(), log);
}

Result<DiffReport> DiffAgainstTabari(const std::string& records_file,
                                     const std::string& tabari_events_tsv,
                                     const std::vector<std::string>& lexicon_specs, int threads,
                                     std::ostream* log) {
  std::error_code ec;
  if (!fs::exists(tabari_events_tsv, ec)) {
    return Status::NotFound("no such file: " + tabari_events_tsv);
  }
  auto profile = LoggedProfile(lexicon_specs, log);
  if (!profile.ok()) return profile.status();
  return DiffAgainstTabari(records_file, tabari_events_tsv, *profile, threads, log);
}

Result<DiffReport> DiffAgainstTabari(const std::string& records_file,
                                     const std::string& tabari_events_tsv,
                                     std::shared_ptr<const CodingProfile> profile, int threads,
                                     std::ostream* log) {
  std::ifstream tsv(tabari_events_tsv, std::ios::binary);
  if (!tsv) {
    std::error_code ec;
    return fs::exists(tabari_events_tsv, ec)
               ? Status::IoError("cannot read " + tabari_events_tsv)
               : Status::NotFound("no such file: " + tabari_events_tsv);
  }
  validate_internal::ReferenceEvents reference =
      validate_internal::ReadTabariEventsTsv(&tsv, tabari_events_tsv);
  auto reader = TabariRecordReader::Open(records_file);
  if (!reader.ok()) return reader.status();
  return validate_internal::RunTabariDiff(
      reader->get(), reference,
      [profile]() -> SentenceCoderFn {
        // One scratch per thread; the profile itself is shared (const).
        auto scratch = std::make_shared<ProcessScratch>();
        return [profile, scratch](const std::string& text, const DateTime& date,
                                  std::vector<Event>* out) {
          return CodeRecord(*profile, Story::kAlone, text, date, scratch.get(), out);
        };
      },
      threads, log);
}

}  // namespace annalist
