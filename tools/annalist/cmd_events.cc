// annalist events [--db SPEC] [--actor CODE] [--pair A,B] [--code PREFIX] [--plover TYPE]
//                 [--mode MODE] [--place PLACE] [--doc ID] [--outlet NAME] [--since D]
//                 [--until D] [--limit N]
//                 [--format table|jsonl|csv|tsv|gdelt|plover|tabari]
// annalist timeline [--db SPEC] [--since D] [--until D] [--json] A [B]
// annalist counts [--db SPEC] [--by day|week|month|year|all] [--group root|quad|plover]
//                 [--actor A] [--pair A,B] [--code PREFIX] [--plover TYPE] [--mode MODE]
//                 [--place PLACE] [--since D] [--until D] [--format table|csv|json]
//
// Filters are checked against the archive before the query runs, so that an
// empty result means "no such events", not "a typo": a malformed value or a
// code the archive does not know is exit 2 naming the valid forms or close
// matches. Rows are written as the archive streams them.
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <unordered_map>

#include "annalist/archive.h"
#include "annalist/cameo.h"
#include "annalist/export.h"
#include "cli.h"

namespace annalist::cli {

namespace {

struct EventsFlags {
  std::string db;
  std::string actor, pair, code, since, until, plover, doc, outlet, mode, place;
  std::optional<size_t> limit;
  std::string format = "table";
  bool json = false;                // timeline
  std::string a, b;                 // timeline: A [B]
  std::string by = "month", group;  // counts
};

int Usage(const std::string& message) {
  Warn(message);
  return kExitUsage;
}

std::string Trim(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// Exit 2 unless `code` is an actor code or prefix that some event of the
// archive has.
int CheckActor(const std::string& flag, const std::string& code,
               const std::vector<std::string>& known) {
  if (std::string bad = CheckActorText(flag, code); !bad.empty()) return Usage(bad);
  const std::string up = Upper(code);
  auto it = std::lower_bound(known.begin(), known.end(), up);
  if (it != known.end() && it->starts_with(up)) return kExitOk;
  std::string close = CloseMatches(up, known, true);
  if (known.empty()) return Usage(flag + " " + code + ": the archive has no coded actors");
  return Usage(flag + " " + code + ": no actor code in the archive starts with " + up +
               (close.empty() ? "" : "; close: " + close));
}

std::string ActorText(const std::optional<EventActor>& a) {
  if (!a) return "---";
  return a->code.empty() ? "---" : TerminalSafe(a->code);
}

// `basis`: the timeline's, a date column that says how the date was found
// ("2025-12 relative", "2026-01-04 publication").
void PrintTableRow(const Event& e, bool basis = false) {
  const CameoCode* c = LookupCameo(e.cameo);
  std::string date = e.date.value.known() ? e.date.value.ToIso() : "(no date)";
  if (basis && e.date.value.known()) date += " " + std::string(DateBasisName(e.date.basis));
  std::printf("%-*s  %-12s %-5s %-12s %-34.34s", basis ? 22 : 10, date.c_str(),
              ActorText(e.source).c_str(), TerminalSafe(e.cameo).c_str(),
              ActorText(e.target).c_str(), c ? std::string(c->label).c_str() : "");
  if (e.mode != EventMode::kAsserted) {
    std::printf(" [%s%s%s]", std::string(EventModeName(e.mode)).c_str(),
                e.speaker.empty() ? "" : ": ", TerminalSafe(e.speaker).c_str());
  }
  std::printf("\n");
}

// The width to wrap to: the terminal's, else $COLUMNS, else 80.
size_t OutputWidth() {
  struct winsize ws {};
  if (StdoutIsTerminal() && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) {
    return ws.ws_col;
  }
  if (const char* cols = std::getenv("COLUMNS")) {
    long n = std::strtol(cols, nullptr, 10);
    if (n > 20 && n < 1000) return static_cast<size_t>(n);
  }
  return 80;
}

// Prints `text` in lines of at most `width` columns, each starting with
// `indent`; words longer than a line are not broken. Never drops text.
void PrintWrapped(const std::string& text, const std::string& indent, size_t width) {
  const size_t room = width > indent.size() + 20 ? width - indent.size() : 20;
  std::string line;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t b = text.find_first_not_of(" \t\r\n", pos);
    if (b == std::string::npos) break;
    size_t e = text.find_first_of(" \t\r\n", b);
    if (e == std::string::npos) e = text.size();
    std::string word = text.substr(b, e - b);
    pos = e;
    if (!line.empty() && line.size() + 1 + word.size() > room) {
      std::printf("%s%s\n", indent.c_str(), line.c_str());
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) std::printf("%s%s\n", indent.c_str(), line.c_str());
}

// The EventQuery of the filter flags events and counts share (AddFilterFlags
// and the dates), checked: kExitUsage, with the message written, when one
// is malformed. The archive checks --mode and --place.
int FilterQuery(const EventsFlags& flags, EventQuery* q) {
  q->code_prefix = flags.code;
  q->plover = flags.plover;
  q->mode = flags.mode;
  q->place = flags.place;
  q->since = flags.since;
  q->until = flags.until;
  q->actor = Trim(flags.actor);
  std::string bad;
  if (!flags.code.empty()) bad = CheckCameoPrefix("--code", flags.code);
  if (bad.empty() && !flags.plover.empty()) bad = CheckPloverType("--plover", flags.plover);
  if (bad.empty() && !flags.pair.empty())
    bad = CheckPair("--pair", flags.pair, &q->pair_a, &q->pair_b);
  return bad.empty() ? kExitOk : Usage(bad);
}

int RunEvents(const EventsFlags& flags, bool timeline) {
  // Dates are checked before the archive is opened: a bad one is exit 2
  // whatever the archive.
  if (CheckSinceUntil(flags.since, flags.until) != kExitOk) return kExitUsage;
  EventQuery q;
  if (FilterQuery(flags, &q) != kExitOk) return kExitUsage;
  q.doc_id = flags.doc;
  q.outlet = flags.outlet;
  q.limit = flags.limit.value_or(0);
  if (timeline) {
    if (flags.b.empty()) {
      q.actor = Trim(flags.a);
    } else {
      q.pair_a = Trim(flags.a);
      q.pair_b = Trim(flags.b);
    }
  }
  // GDELT's SOURCEURL: each document's URL, read from the archive once per
  // document (the cache is dropped when it grows large: events come in date
  // order, so a document's events are mostly near each other).
  std::unordered_map<std::string, std::string> urls;
  Archive* reader = nullptr;
  ExportOptions eo;
  eo.document_url = [&](const std::string& id) -> std::string {
    auto it = urls.find(id);
    if (it != urls.end()) return it->second;
    if (urls.size() >= 100000) urls.clear();
    std::string url;
    if (reader != nullptr) {
      Result<std::optional<StoredDocument>> doc = reader->Get(id);
      if (doc.ok() && doc->has_value()) url = (*doc)->doc.url;
    }
    return urls.emplace(id, std::move(url)).first->second;
  };
  std::unique_ptr<EventWriter> writer;
  if (!timeline && flags.format != "table") {
    Result<std::unique_ptr<EventWriter>> w = MakeEventWriter(flags.format, &std::cout, eo);
    if (!w.ok()) return Usage("--format: " + w.status().message());
    writer = std::move(w).value();
  } else if (timeline && flags.json) {
    Result<std::unique_ptr<EventWriter>> w = MakeEventWriter("jsonl", &std::cout);
    if (!w.ok()) return Fail(w.status());
    writer = std::move(w).value();
  }

  ArchiveOptions ao;
  ao.read_only = true;
  ao.create = false;
  Result<std::unique_ptr<Archive>> archive =
      Archive::Open(flags.db.empty() ? DefaultDbPath() : flags.db, ao);
  if (!archive.ok()) return Fail(archive.status());
  reader = archive->get();
  if (!q.actor.empty() || !q.pair_a.empty()) {
    Result<std::vector<std::string>> known = (*archive)->ActorCodes();
    if (!known.ok()) return Fail(known.status());
    const char* flag = timeline ? "A" : "--actor";
    if (!q.actor.empty() && CheckActor(flag, q.actor, *known) != kExitOk) return kExitUsage;
    for (const std::string* side : {&q.pair_a, &q.pair_b}) {
      const char* side_flag = !timeline ? "--pair" : side == &q.pair_a ? "A" : "B";
      if (!side->empty() && CheckActor(side_flag, *side, *known) != kExitOk) return kExitUsage;
    }
  }

  const size_t width = OutputWidth();
  std::string last_doc;
  uint32_t last_sentence = UINT32_MAX;
  if (writer) writer->Begin();
  Result<ReadSummary> read = (*archive)->ScanEvents(q, {}, [&](const Event& e) {
    if (writer) {
      writer->Write(e);
      return writer->status().ok();
    }
    PrintTableRow(e, timeline);
    if (timeline && (e.doc_id != last_doc || e.sentence != last_sentence)) {
      PrintWrapped("\"" + TerminalSafe(e.text, true) + "\"  (" + TerminalSafe(e.doc_id) + " #" +
                       std::to_string(e.sentence) + ")",
                   "            ", width);
    }
    last_doc = e.doc_id;
    last_sentence = e.sentence;
    return true;
  });
  if (!read.ok()) {
    // A malformed date or range is the user's to fix.
    if (read.status().code() == StatusCode::kInvalidArgument) {
      return Usage(read.status().message());
    }
    return Fail(read.status());
  }
  if (writer) {
    writer->End();
    return writer->status().ok() ? kExitOk : Fail(writer->status());
  }
  if (read->rows == 0) std::cout << "no events\n";
  return kExitOk;
}

// The label of a count's group: the CAMEO root's, the QuadClass's name, or
// the PLOVER type itself.
std::string GroupLabel(CountGroup group, const std::string& value) {
  static const char* const kQuads[] = {"", "verbal cooperation", "material cooperation",
                                       "verbal conflict", "material conflict"};
  if (group == CountGroup::kRoot) {
    const CameoCode* c = LookupCameo(value);
    return c ? std::string(c->label) : "";
  }
  if (group == CountGroup::kQuad && value.size() == 1 && value[0] >= '1' && value[0] <= '4') {
    return kQuads[value[0] - '0'];
  }
  return "";
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

int RunCounts(const EventsFlags& flags) {
  if (CheckSinceUntil(flags.since, flags.until) != kExitOk) return kExitUsage;
  CountOptions options;
  if (!ParseCountPeriod(flags.by, &options.by)) {
    return Usage("--by wants day, week, month, year or all, not '" + flags.by + "'");
  }
  if (!flags.group.empty() &&
      (!ParseCountGroup(flags.group, &options.group) || options.group == CountGroup::kNone)) {
    return Usage("--group wants root, quad or plover, not '" + flags.group + "'");
  }
  if (flags.format != "table" && flags.format != "csv" && flags.format != "json") {
    return Usage("--format wants table, csv or json, not '" + flags.format + "'");
  }
  EventQuery q;
  if (FilterQuery(flags, &q) != kExitOk) return kExitUsage;
  ArchiveOptions ao;
  ao.read_only = true;
  ao.create = false;
  Result<std::unique_ptr<Archive>> archive =
      Archive::Open(flags.db.empty() ? DefaultDbPath() : flags.db, ao);
  if (!archive.ok()) return Fail(archive.status());
  if (!q.actor.empty() || !q.pair_a.empty()) {
    Result<std::vector<std::string>> known = (*archive)->ActorCodes();
    if (!known.ok()) return Fail(known.status());
    if (!q.actor.empty() && CheckActor("--actor", q.actor, *known) != kExitOk) return kExitUsage;
    for (const std::string* side : {&q.pair_a, &q.pair_b}) {
      if (!side->empty() && CheckActor("--pair", *side, *known) != kExitOk) return kExitUsage;
    }
  }
  Result<CountResult> counts = (*archive)->Count(q, options);
  if (!counts.ok()) {
    if (counts.status().code() == StatusCode::kInvalidArgument) {
      return Usage(counts.status().message());
    }
    return Fail(counts.status());
  }
  const bool grouped = options.group != CountGroup::kNone;
  if (flags.format == "json") {
    nlohmann::json rows = nlohmann::json::array();
    for (const CountRow& r : counts->rows) {
      nlohmann::json row = {{"period", r.period}};
      if (grouped) row["group"] = r.group;
      row["events"] = r.events;
      row["goldstein_sum"] = r.goldstein_sum;
      row["goldstein_mean"] = r.goldstein_mean();
      rows.push_back(std::move(row));
    }
    nlohmann::json out = {
        {"by", CountPeriodName(options.by)}, {"group", CountGroupName(options.group)},
        {"events", counts->events},          {"undated", counts->undated},
        {"truncated", counts->truncated},    {"rows", std::move(rows)}};
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  if (flags.format == "csv") {
    std::cout << "period," << (grouped ? "group," : "") << "events,goldstein_sum,goldstein_mean\n";
    for (const CountRow& r : counts->rows) {
      std::printf("%s,%s%llu,%.2f,%.2f\n", CsvField(r.period).c_str(),
                  grouped ? (CsvField(r.group) + ",").c_str() : "",
                  static_cast<unsigned long long>(r.events), r.goldstein_sum, r.goldstein_mean());
    }
    return kExitOk;
  }
  if (counts->rows.empty()) {
    std::cout << "no events\n";
  } else {
    std::printf("%-10s  %s%7s  %10s  %6s\n", "period",
                grouped ? "group                                  " : "", "events", "goldstein",
                "mean");
    for (const CountRow& r : counts->rows) {
      std::string group;
      if (grouped) {
        std::string label = GroupLabel(options.group, r.group);
        group = r.group + (label.empty() ? "" : " " + label);
        group.resize(std::max<size_t>(group.size(), 37), ' ');
        group = group.substr(0, 37) + "  ";
      }
      std::printf("%-10s  %s%7s  %10.1f  %6.2f\n", r.period.empty() ? "all" : r.period.c_str(),
                  group.c_str(), WithCommas(r.events).c_str(), r.goldstein_sum, r.goldstein_mean());
    }
  }
  std::cout << WithCommas(counts->events) << " events";
  if (counts->undated > 0) std::cout << " (and " << WithCommas(counts->undated) << " undated)";
  if (counts->truncated) std::cout << "; only the first " << WithCommas(kMaxCountRows) << " rows";
  std::cout << "\n";
  return kExitOk;
}

// A filter given with an empty (or blank) value would filter nothing and
// return every event: a parse error (exit 2) instead.
const CLI::Validator& NotBlank() {
  static const CLI::Validator v(
      [](std::string& value) -> std::string {
        if (!Trim(value).empty()) return "";
        return "an empty value would match every event; give a value or leave the flag out";
      },
      "", "NOT_BLANK");
  return v;
}

void AddDateFlags(CLI::App* cmd, EventsFlags* flags) {
  cmd->add_option("--since", flags->since, "From this date (YYYY, YYYY-MM or YYYY-MM-DD)")
      ->check(NotBlank());
  cmd->add_option("--until", flags->until, "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)")
      ->check(NotBlank());
}

// The event filters events and counts share (EventQuery's fields).
void AddFilterFlags(CLI::App* cmd, EventsFlags* flags) {
  cmd->add_option("--actor", flags->actor, "Actor code prefix, either side (e.g. SYR, ISRGOV)")
      ->check(NotBlank());
  cmd->add_option("--pair", flags->pair, "A dyad A,B in either direction (e.g. ISR,SYR)")
      ->check(NotBlank());
  cmd->add_option("--code", flags->code, "CAMEO code prefix (e.g. 04, 0311)")->check(NotBlank());
  cmd->add_option("--plover", flags->plover, "PLOVER type (e.g. CONSULT)")->check(NotBlank());
  cmd->add_option("--mode", flags->mode,
                  "asserted|intended|negated|hypothetical|reported (default: any)")
      ->check(NotBlank());
  cmd->add_option("--place", flags->place,
                  "Where: the location's country code (FRA) or name (Paris)")
      ->check(NotBlank());
}

}  // namespace

void RegisterEvents(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<EventsFlags>();
  CLI::App* cmd = app->add_subcommand("events", "Events in the archive, filtered");
  cmd->add_option("--db", flags->db, "Archive (FILE or sqlite:FILE)");
  AddFilterFlags(cmd, flags.get());
  cmd->add_option("--doc", flags->doc, "Events of this document only")->check(NotBlank());
  cmd->add_option("--outlet", flags->outlet, "Events of documents from this outlet")
      ->check(NotBlank());
  AddDateFlags(cmd, flags.get());
  cmd->add_option("--limit", flags->limit, "At most N events (N >= 1; default: all)")
      ->type_name("N")
      ->transform(WholeNumber(1, kMaxLimit));
  cmd->add_option("--format", flags->format, "table|jsonl|csv|tsv|gdelt|plover|tabari");
  cmd->callback([flags, exit_code] { *exit_code = RunEvents(*flags, false); });
}

void RegisterTimeline(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<EventsFlags>();
  CLI::App* cmd = app->add_subcommand(
      "timeline", "The dated record of what actor A did (with B: between A and B), with sentences");
  cmd->add_option("--db", flags->db, "Archive (FILE or sqlite:FILE)");
  AddDateFlags(cmd, flags.get());
  cmd->add_flag("--json", flags->json, "One JSON object per event (JSON Lines)");
  cmd->add_option("A", flags->a, "Actor code prefix (e.g. ISR, ISRGOV)")
      ->required()
      ->check(NotBlank());
  cmd->add_option("B", flags->b, "With B: only events between A and B, either direction")
      ->check(NotBlank());
  cmd->callback([flags, exit_code] { *exit_code = RunEvents(*flags, true); });
}

void RegisterCounts(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<EventsFlags>();
  CLI::App* cmd = app->add_subcommand(
      "counts", "Events counted by day, week, month or year, with their Goldstein scores");
  cmd->add_option("--db", flags->db, "Archive (FILE or sqlite:FILE)");
  cmd->add_option("--by", flags->by, "day|week|month|year|all (default month)");
  cmd->add_option("--group", flags->group, "Split each period by root, quad or plover");
  AddFilterFlags(cmd, flags.get());
  AddDateFlags(cmd, flags.get());
  cmd->add_option("--format", flags->format, "table|csv|json");
  cmd->callback([flags, exit_code] { *exit_code = RunCounts(*flags); });
}

}  // namespace annalist::cli
