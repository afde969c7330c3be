// The validation harness with the coder abstracted away, so that the
// comparison rules can be tested with a scripted coder. validate.cc binds
// these to the real Lexicon and Coder.
#ifndef ANNALIST_VALIDATE_HARNESS_H_
#define ANNALIST_VALIDATE_HARNESS_H_

#include <functional>
#include <istream>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "annalist/coder.h"
#include "annalist/event.h"
#include "annalist/records.h"
#include "annalist/status.h"
#include "annalist/validate.h"

namespace annalist::validate_internal {

// Codes one sentence at a date, appending events; returns the outcome.
using SentenceCoderFn = std::function<SentenceOutcome(const std::string& text, const DateTime& date,
                                                      std::vector<Event>* events)>;
// Applies one option line; an error means "not supported" (logged, counted).
using OptionFn = std::function<Status(const std::string& option)>;
// Applies one PETRARCH <Config option= value=>.
using ConfigFn = std::function<Status(const std::string& option, const std::string& value)>;

// "SRC / TGT / CODE" of an event; "---" for a missing actor or empty code.
std::string TripleOf(const Event& e);
std::string Triple(const std::string& source, const std::string& target, const std::string& code);
std::string_view OutcomeName(SentenceOutcome outcome);

// Called with each record just before its text is coded (for coders that
// carry context from one record of a story to the next).
using RecordHookFn = std::function<void(const TabariRecord& record)>;

// TABARI's validation over all records of `reader`.
Result<ValidationReport> RunTabariValidation(TabariRecordReader* reader,
                                             const OptionFn& apply_option,
                                             const SentenceCoderFn& code, std::ostream* log,
                                             const RecordHookFn& before_code = {});

// PETRARCH's validation over all records of `reader`.
Result<ValidationReport> RunPetrarchValidation(PetrarchRecordReader* reader,
                                               const ConfigFn& apply_config,
                                               const SentenceCoderFn& code, std::ostream* log);

// Precision / recall / F1 of (source, target, root) triples.
Result<GoldScore> RunGoldScore(PetrarchRecordReader* reader, const SentenceCoderFn& code,
                               std::ostream* log);

// The reference events of a TABARI events TSV: record id -> triples.
struct ReferenceEvents {
  std::map<std::string, std::set<std::string>> by_record;
  size_t lines = 0;
  std::vector<std::string> problems;
};
ReferenceEvents ReadTabariEventsTsv(std::istream* in, const std::string& name);

// Codes all records (on `threads` threads, each with its own coder from
// `make_coder`) and compares with `reference`.
Result<DiffReport> RunTabariDiff(TabariRecordReader* reader, const ReferenceEvents& reference,
                                 const std::function<SentenceCoderFn()>& make_coder, int threads,
                                 std::ostream* log);

}  // namespace annalist::validate_internal

#endif  // ANNALIST_VALIDATE_HARNESS_H_
