// annalist events [--db FILE] [--actor CODE] [--pair A,B] [--code PREFIX]
//                 [--since D] [--until D] [--limit N] [--format table|jsonl|csv|tsv|gdelt|plover|tabari]
// annalist timeline [--db FILE] [--since D] [--until D] A [B]
#include <cstdio>
#include <iostream>
#include <memory>

#include "annalist/archive.h"
#include "annalist/cameo.h"
#include "annalist/export.h"
#include "cli.h"

namespace annalist::cli {

namespace {

struct EventsFlags {
  std::string db;
  std::string actor, pair, code, since, until, plover;
  size_t limit = 0;
  std::string format = "table";
  std::vector<std::string> actors;  // timeline: A [B]
};

std::string ActorText(const std::optional<EventActor>& a) {
  if (!a) return "---";
  return a->code.empty() ? "---" : a->code;
}

void PrintTableRow(const Event& e) {
  const CameoCode* c = LookupCameo(e.cameo);
  std::string date = e.date.value.known() ? e.date.value.ToIso() : "(no date)";
  std::printf("%-10s  %-12s %-5s %-12s %-34.34s", date.c_str(), ActorText(e.source).c_str(),
              e.cameo.c_str(), ActorText(e.target).c_str(),
              c ? std::string(c->label).c_str() : "");
  if (e.mode != EventMode::kAsserted) {
    std::printf(" [%s%s%s]", std::string(EventModeName(e.mode)).c_str(),
                e.speaker.empty() ? "" : ": ", e.speaker.c_str());
  }
  std::printf("\n");
}

int RunEvents(const EventsFlags& flags, bool timeline) {
  ArchiveOptions ao;
  ao.read_only = true;
  ao.create = false;
  Result<std::unique_ptr<Archive>> archive =
      Archive::Open(flags.db.empty() ? DefaultDbPath() : flags.db, ao);
  if (!archive.ok()) return Fail(archive.status());
  EventQuery q;
  q.actor = flags.actor;
  q.code_prefix = flags.code;
  q.since = flags.since;
  q.until = flags.until;
  q.plover = flags.plover;
  q.limit = flags.limit;
  if (!flags.pair.empty()) {
    size_t comma = flags.pair.find(',');
    if (comma == std::string::npos) {
      std::cerr << "annalist: --pair wants A,B\n";
      return kExitUsage;
    }
    q.pair_a = flags.pair.substr(0, comma);
    q.pair_b = flags.pair.substr(comma + 1);
  }
  if (timeline) {
    if (flags.actors.size() == 1) q.actor = flags.actors[0];
    if (flags.actors.size() == 2) {
      q.pair_a = flags.actors[0];
      q.pair_b = flags.actors[1];
    }
  }
  Result<std::vector<Event>> events = (*archive)->Events(q);
  if (!events.ok()) return Fail(events.status());

  if (timeline || flags.format == "table") {
    if (events->empty()) {
      std::cout << "no events\n";
      return kExitOk;
    }
    std::string last_doc;
    uint32_t last_sentence = UINT32_MAX;
    for (const Event& e : *events) {
      PrintTableRow(e);
      if (timeline && (e.doc_id != last_doc || e.sentence != last_sentence)) {
        std::string text = e.text.size() > 160 ? e.text.substr(0, 157) + "..." : e.text;
        std::printf("            \"%s\"  (%s #%u)\n", text.c_str(), e.doc_id.c_str(), e.sentence);
      }
      last_doc = e.doc_id;
      last_sentence = e.sentence;
    }
    return kExitOk;
  }
  Result<std::unique_ptr<EventWriter>> writer = MakeEventWriter(flags.format, &std::cout);
  if (!writer.ok()) {
    std::cerr << "annalist: --format: " << writer.status().message() << "\n";
    return kExitUsage;
  }
  (*writer)->Begin();
  for (const Event& e : *events) (*writer)->Write(e);
  (*writer)->End();
  return (*writer)->status().ok() ? kExitOk : Fail((*writer)->status());
}

}  // namespace

void RegisterEvents(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<EventsFlags>();
  CLI::App* cmd = app->add_subcommand("events", "Events in the archive, filtered");
  cmd->add_option("--db", flags->db, "Archive file");
  cmd->add_option("--actor", flags->actor, "Actor code prefix, either side (e.g. SYR, ISRGOV)");
  cmd->add_option("--pair", flags->pair, "A dyad A,B in either direction");
  cmd->add_option("--code", flags->code, "CAMEO code prefix (e.g. 04, 0311)");
  cmd->add_option("--plover", flags->plover, "PLOVER type (e.g. CONSULT)");
  cmd->add_option("--since", flags->since, "From this date (YYYY-MM-DD)");
  cmd->add_option("--until", flags->until, "Up to this date (YYYY-MM-DD)");
  cmd->add_option("--limit", flags->limit, "At most N events");
  cmd->add_option("--format", flags->format, "table|jsonl|csv|tsv|gdelt|plover|tabari");
  cmd->callback([flags, exit_code] { *exit_code = RunEvents(*flags, false); });
}

void RegisterTimeline(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<EventsFlags>();
  CLI::App* cmd = app->add_subcommand(
      "timeline", "The dated record of what actor A did (with B: between A and B), with sentences");
  cmd->add_option("--db", flags->db, "Archive file");
  cmd->add_option("--since", flags->since, "From this date (YYYY-MM-DD)");
  cmd->add_option("--until", flags->until, "Up to this date (YYYY-MM-DD)");
  cmd->add_option("ACTOR", flags->actors, "A [B]: actor code prefixes")->required()->expected(1, 2);
  cmd->callback([flags, exit_code] { *exit_code = RunEvents(*flags, true); });
}

}  // namespace annalist::cli
