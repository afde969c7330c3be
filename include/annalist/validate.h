// Validation: running the coder on suites with known answers and scoring it.
//
// Four harnesses, each a library call the CLI makes (`annalist validate`):
//
//   ValidateTabari      TABARI's own suite (Validate.project): each record's
//                       expected {SRC / TGT / CODE} set against the coder's,
//                       by TABARI's rules (docs/validation.md).
//   ValidatePetrarch    PETRARCH2's unit tests (PETR.UnitTest.records.xml)
//                       with their PETR.Validate.* dictionaries.
//   ScoreGold           precision / recall / F1 of (source, target, CAMEO
//                       root) triples on the PETR2 gold standard.
//   DiffAgainstTabari   events of a TABARI text file against what TABARI
//                       0.8.4b2 itself coded from it (a TSV).
//
// Comparison rules shared by all four: an event is the triple (source code,
// target code, CAMEO code), codes blank-trimmed and compared as strings
// ("010" is not "10"); an event without a source or target has "---" there.
// Each record compares SETS of triples: duplicates and order do not matter.
//
// Threads: each call builds its own lexicon and coder and may be run from
// any thread; DiffAgainstTabari codes on `threads` worker threads itself.
// Output: failures and details go to *log (may be null), line by line, as
// they are found; nothing is written elsewhere.
//
// Failure: kNotFound / kIoError when an input cannot be read, the lexicon's
// error when a dictionary cannot be loaded. Problems inside the records
// (malformed lines) do not fail a run: they are reported in the result.
#ifndef ANNALIST_VALIDATE_H_
#define ANNALIST_VALIDATE_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "annalist/profile.h"
#include "annalist/status.h"

namespace annalist {

// One record that was compared.
struct RecordOutcome {
  std::string id;
  std::string where;                  // "FILE:LINE" of the record
  std::string text;                   // what was coded
  std::vector<std::string> expected;  // "SRC / TGT / CODE", sorted; or a marker
  std::vector<std::string> got;       // "SRC / TGT / CODE", sorted
  std::string outcome;                // the coder's outcome ("coded", "complex", ...)
  bool passed = false;
  bool standard = true;  // in the standard (counted) set
};

struct ValidationReport {
  // Records in the standard set: for TABARI those before the first record
  // without validation fields (FINAL-01 in Validate.text); for PETRARCH the
  // records its <Include> list evaluates.
  size_t checked = 0;
  size_t passed = 0;
  size_t failed = 0;
  // Records outside the standard set (after FINAL-01; PETRARCH records not
  // evaluated): compared and reported, not counted above.
  size_t extra_checked = 0;
  size_t extra_passed = 0;
  size_t extra_failed = 0;
  size_t records = 0;              // all records read
  size_t option_records = 0;       // records that only change options (not coded)
  size_t unchecked = 0;            // records whose only field is "-{": nothing to check
  size_t options_applied = 0;      // OPTION / <Config> lines the coder took
  size_t options_unsupported = 0;  // ... and those it could not
  // Event totals over standard records with listed events.
  size_t expected_events = 0;
  size_t coded_events = 0;
  size_t matched_events = 0;
  double seconds = 0;
  std::vector<std::string> problems;    // record-reader problems, FILE:LINE
  std::vector<RecordOutcome> failures;  // every failing record, both sets

  // passed / checked (0 when nothing was checked).
  double pass_rate() const { return checked == 0 ? 0.0 : static_cast<double>(passed) / checked; }
};

// Runs TABARI's validation suite of a .project file: loads the project's
// dictionaries (LoadLexicon) and .options, reads its text file(s), applies
// each "{ OPTION: ... }" as ApplyTabariOption allows, codes each record's
// text at the record's date, and compares. Each failing record is written to
// *log as "FAIL ID (FILE:LINE)" with the text, expected and got.
Result<ValidationReport> ValidateTabari(const std::string& project_file, std::ostream* log);

// Runs PETRARCH2's unit-test records. `dictionaries_dir` holds the
// <Environment> files (PETR.Validate.*); "" looks next to the records, then
// in ../dictionaries (petrarch2's data/text + data/dictionaries layout).
Result<ValidationReport> ValidatePetrarch(const std::string& records_xml,
                                          const std::string& dictionaries_dir, std::ostream* log);

// Precision, recall and F1 on a gold standard in PETRARCH XML.
struct GoldScore {
  size_t sentences = 0;     // evaluated sentences
  size_t gold_events = 0;   // distinct gold triples, summed over sentences
  size_t coded_events = 0;  // distinct coded triples, summed over sentences
  size_t true_positives = 0;
  double precision = 0, recall = 0, f1 = 0;
  // The same counts per <Sentence category=>.
  struct Counts {
    size_t sentences = 0, gold = 0, coded = 0, true_positives = 0;
  };
  std::map<std::string, Counts> by_category;
  size_t exact_sentences = 0;  // sentences whose triple sets match exactly
  double seconds = 0;
  std::vector<std::string> problems;
};

// Scores (source, target, CAMEO root) triples on `gold_xml` (read
// leniently: PETR2_GSR_validation.xml is not well-formed). The root is the
// first two digits of the code. Sentences whose codings say noevents add no
// gold triple (what is coded there counts against precision).
// `lexicon_specs` as LoadLexicon takes them; empty: the <Environment> files,
// looked up next to the gold file and in ../petrarch.
Result<GoldScore> ScoreGold(const std::string& gold_xml,
                            const std::vector<std::string>& lexicon_specs, std::ostream* log);
// The same with a resolved profile (the CLI's --lexicon).
Result<GoldScore> ScoreGold(const std::string& gold_xml, const CodingProfile& profile,
                            std::ostream* log);

// An example of one kind of difference.
struct DiffExample {
  std::string record_id;
  std::string text;
  std::string reference;  // TABARI's triple, or "" for an extra event
  std::string ours;       // our triple, or "" for a missed event
};

struct DiffReport {
  size_t records = 0;            // records coded
  size_t reference_records = 0;  // records where TABARI coded something
  size_t reference_events = 0;   // distinct (record, triple) from TABARI
  size_t our_events = 0;         // distinct (record, triple) from us
  size_t reproduced = 0;         // in both
  size_t missed = 0;             // TABARI's, not ours
  size_t extra = 0;              // ours, not TABARI's
  // Differences paired within a record, in this order of preference:
  size_t wrong_code = 0;       // same source and target, another code
  size_t wrong_source = 0;     // same target and code, another source
  size_t wrong_target = 0;     // same source and code, another target
  size_t missed_entirely = 0;  // TABARI's events left unpaired
  size_t extra_entirely = 0;   // ours left unpaired
  // A few examples per kind: "wrong code", "wrong source", "wrong target",
  // "missed", "extra".
  std::map<std::string, std::vector<DiffExample>> examples;
  double seconds = 0;  // coding wall time
  double sentences_per_second = 0;
  std::vector<std::string> problems;

  double recall() const {  // reproduced / reference_events
    return reference_events == 0 ? 0.0 : static_cast<double>(reproduced) / reference_events;
  }
  double precision() const {  // reproduced / our_events
    return our_events == 0 ? 0.0 : static_cast<double>(reproduced) / our_events;
  }
};

// Codes every record of `records_file` (TABARI text records) with the
// dictionaries of `lexicon_specs` on `threads` threads (<= 0: all cores)
// and compares with `tabari_events_tsv` (date, source, target, code, label,
// record id per line). Writes the summary and examples to *log.
Result<DiffReport> DiffAgainstTabari(const std::string& records_file,
                                     const std::string& tabari_events_tsv,
                                     const std::vector<std::string>& lexicon_specs, int threads,
                                     std::ostream* log);
// The same with a resolved profile (shared by the worker threads).
Result<DiffReport> DiffAgainstTabari(const std::string& records_file,
                                     const std::string& tabari_events_tsv,
                                     std::shared_ptr<const CodingProfile> profile, int threads,
                                     std::ostream* log);

}  // namespace annalist

#endif  // ANNALIST_VALIDATE_H_
