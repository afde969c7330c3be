// The TABARI and PETRARCH validation suites: code each record, compare the
// set of (source, target, code) triples with what the record expects.
//
// TABARI's rules (tabari-manual.txt, section 10.1):
//   - the markers {---} {+++} {###} are checked first; when one holds
//     (no event / the coder found the sentence complex / found a discard)
//     the record passes without looking at its events;
//   - otherwise the coded set must equal the expected set; after a "-{"
//     field the listed events need only be among those coded;
//   - dates written after a field are compared only while
//     "SET: TIME SHIFT = TRUE" is in force;
//   - validation stops at the first record without any validation field
//     (FINAL-01): the records after it are still coded and reported, apart.
#include <algorithm>
#include <chrono>
#include <set>
#include <string>
#include <vector>

#include "annalist/datetime.h"
#include "validate/harness.h"
#include "validate/strings.h"

namespace annalist::validate_internal {
namespace {

std::string Where(const std::string& file, uint64_t line) {
  return file + ":" + std::to_string(line);
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string Join(const std::vector<std::string>& v) {
  if (v.empty()) return "(none)";
  std::string out;
  for (const std::string& s : v) {
    if (!out.empty()) out += "; ";
    out += s;
  }
  return out;
}

void LogOutcome(const RecordOutcome& o, std::ostream* log) {
  if (!log) return;
  *log << "FAIL " << o.id << " (" << o.where << ")"
       << (o.standard ? "" : " [after the standard set]") << "\n"
       << "  text:     " << Excerpt(o.text, 300) << "\n"
       << "  expected: " << Join(o.expected) << "\n"
       << "  got:      " << Join(o.got) << " [" << o.outcome << "]\n";
}

template <typename Reader>
void CopyProblems(const Reader& reader, ValidationReport* report) {
  report->problems = reader.problems();
}

double Since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Counts a record's outcome in the standard set or after it, with its
// event counts (standard records, when `count_events`); a failed record is
// logged and kept.
void Tally(RecordOutcome o, bool count_events, size_t wanted, size_t coded, size_t matched,
           ValidationReport* report, std::ostream* log) {
  if (o.standard) {
    ++report->checked;
    ++(o.passed ? report->passed : report->failed);
    if (count_events) {
      report->expected_events += wanted;
      report->coded_events += coded;
      report->matched_events += matched;
    }
  } else {
    ++report->extra_checked;
    ++(o.passed ? report->extra_passed : report->extra_failed);
  }
  if (!o.passed) {
    LogOutcome(o, log);
    report->failures.push_back(std::move(o));
  }
}

}  // namespace

std::string Triple(const std::string& source, const std::string& target, const std::string& code) {
  auto part = [](const std::string& s) {
    std::string_view t = Trim(s);
    return t.empty() ? std::string("---") : std::string(t);
  };
  return part(source) + " / " + part(target) + " / " + part(code);
}

std::string TripleOf(const Event& e) {
  return Triple(e.source ? e.source->code : "", e.target ? e.target->code : "", e.cameo);
}

std::string_view OutcomeName(SentenceOutcome outcome) {
  switch (outcome) {
    case SentenceOutcome::kCoded:
      return "coded";
    case SentenceOutcome::kNoEvent:
      return "no event";
    case SentenceOutcome::kDiscard:
      return "discard";
    case SentenceOutcome::kComplex:
      return "complex";
    case SentenceOutcome::kTooShort:
      return "too short";
  }
  return "?";
}

Result<ValidationReport> RunTabariValidation(TabariRecordReader* reader,
                                             const OptionFn& apply_option,
                                             const SentenceCoderFn& code, std::ostream* log,
                                             const RecordHookFn& before_code) {
  const auto start = std::chrono::steady_clock::now();
  ValidationReport report;
  bool standard = true;
  bool time_shift = false;
  TabariRecord r;
  std::vector<Event> events;
  while (reader->Next(&r)) {
    ++report.records;
    const std::string where = Where(reader->name(), r.line);
    if (!r.has_validation()) {
      if (standard && log) {
        *log << "standard set ends at " << r.id << " (" << where << ")\n";
      }
      standard = false;
      continue;
    }
    for (const std::string& option : r.options) {
      const std::string u = Upper(option);
      if (u.find("TIME SHIFT") != std::string::npos) {
        time_shift = u.find("TRUE") != std::string::npos;
      }
      Status s = apply_option ? apply_option(option) : Status::Unsupported("no option handler");
      if (s.ok()) {
        ++report.options_applied;
      } else {
        ++report.options_unsupported;
        if (log) {
          *log << "OPTION not applied (" << where << "): " << option << ": " << s.message() << "\n";
        }
      }
    }
    const bool markers = r.expect_none || r.expect_complex || r.expect_discard;
    if (!markers && r.expected.empty()) {
      if (r.open_ended) {
        ++report.unchecked;
      } else {
        ++report.option_records;
      }
      continue;
    }

    events.clear();
    if (before_code) before_code(r);
    const SentenceOutcome outcome = code(r.text, r.date, &events);
    // Coded triples, plain and with their date.
    std::set<std::string> got_plain, got_dated;
    for (const Event& e : events) {
      const std::string t = TripleOf(e);
      got_plain.insert(t);
      const DateTime& d = e.date.value.precision >= DatePrecision::kDay ? e.date.value : r.date;
      got_dated.insert(t + " " + FormatYymmdd(d));
    }
    std::set<std::string> want_plain, want_dated;
    for (const ExpectedEvent& x : r.expected) {
      const std::string t = Triple(x.source, x.target, x.code);
      if (time_shift && !x.date.empty()) {
        want_dated.insert(t + " " + x.date.substr(x.date.size() - 6));
      } else {
        want_plain.insert(t);
      }
    }
    size_t matched = 0;
    for (const std::string& w : want_plain) matched += got_plain.count(w);
    for (const std::string& w : want_dated) matched += got_dated.count(w);
    const size_t wanted = want_plain.size() + want_dated.size();
    // Coded events that no expected event accounts for.
    size_t unexpected = 0;
    for (const Event& e : events) {
      const std::string t = TripleOf(e);
      const DateTime& d = e.date.value.precision >= DatePrecision::kDay ? e.date.value : r.date;
      if (!want_plain.count(t) && !want_dated.count(t + " " + FormatYymmdd(d))) {
        ++unexpected;
      }
    }

    bool passed = (r.expect_none && events.empty()) ||
                  (r.expect_complex && outcome == SentenceOutcome::kComplex) ||
                  (r.expect_discard && outcome == SentenceOutcome::kDiscard);
    if (!passed && wanted > 0) {
      passed = matched == wanted && (r.open_ended || unexpected == 0);
    }

    RecordOutcome o;
    o.id = r.id;
    o.where = where;
    o.text = r.text;
    o.passed = passed;
    o.standard = standard;
    o.outcome = std::string(OutcomeName(outcome));
    for (const std::string& w : want_plain) o.expected.push_back(w);
    for (const std::string& w : want_dated) o.expected.push_back(w);
    if (r.expect_none) o.expected.push_back("{---} no event");
    if (r.expect_complex) o.expected.push_back("{+++} complex");
    if (r.expect_discard) o.expected.push_back("{###} discard");
    if (r.open_ended) o.expected.push_back("-{ and possibly more }");
    o.got.assign(got_plain.begin(), got_plain.end());
    // Records with only markers ({---}, {+++}, {###}) list no events.
    Tally(std::move(o), wanted > 0, wanted, got_plain.size(), matched, &report, log);
  }
  if (!reader->status().ok()) return reader->status();
  CopyProblems(*reader, &report);
  report.seconds = Since(start);
  return report;
}

Result<ValidationReport> RunPetrarchValidation(PetrarchRecordReader* reader,
                                               const ConfigFn& apply_config,
                                               const SentenceCoderFn& code, std::ostream* log) {
  const auto start = std::chrono::steady_clock::now();
  ValidationReport report;
  PetrarchRecord r;
  std::vector<Event> events;
  bool env_applied = false;
  auto apply = [&](const std::string& k, const std::string& v, const std::string& where) {
    Status s = apply_config ? apply_config(k, v) : Status::Unsupported("no option handler");
    if (s.ok()) {
      ++report.options_applied;
    } else {
      ++report.options_unsupported;
      if (log) {
        *log << "Config not applied (" << where << "): " << k << " = " << v << ": " << s.message()
             << "\n";
      }
    }
  };
  while (reader->Next(&r)) {
    ++report.records;
    const std::string where = Where(reader->name(), r.line);
    if (!env_applied) {
      env_applied = true;
      for (const auto& [k, v] : reader->environment().config) apply(k, v, where);
    }
    for (const auto& [k, v] : r.config) apply(k, v, where);
    if (r.codings.empty()) {
      ++report.unchecked;
      continue;
    }
    const bool standard = reader->environment().Evaluates(r);
    std::set<std::string> want, got;
    for (const PetrarchCoding& c : r.codings) {
      if (!c.code.empty()) want.insert(Triple(c.source, c.target, c.code));
    }
    const bool none = r.expects_none();
    events.clear();
    const SentenceOutcome outcome = code(r.text, r.date, &events);
    for (const Event& e : events) got.insert(TripleOf(e));
    const bool passed = none ? events.empty() : want == got;

    RecordOutcome o;
    o.id = r.id;
    o.where = where;
    o.text = r.text;
    o.passed = passed;
    o.standard = standard;
    o.outcome = std::string(OutcomeName(outcome));
    o.expected.assign(want.begin(), want.end());
    for (const PetrarchCoding& c : r.codings) {
      if (c.noevents) o.expected.push_back("noevents");
      if (!c.error.empty()) o.expected.push_back("error=" + c.error);
    }
    o.got.assign(got.begin(), got.end());
    size_t matched = 0;
    for (const std::string& w : want) matched += got.count(w);
    Tally(std::move(o), true, want.size(), got.size(), matched, &report, log);
  }
  if (!reader->status().ok()) return reader->status();
  CopyProblems(*reader, &report);
  report.seconds = Since(start);
  return report;
}

}  // namespace annalist::validate_internal
