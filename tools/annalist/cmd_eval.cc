// annalist eval timex [--day-first] [--errors] PATH...
// annalist eval event-dates [--lexicon SPEC]... [--shared DIR] [--errors] GOLD
//
// Scores annalist against annotated corpora. `timex`: TimeML documents
// (TempEval-3 .tml, MEANTIME token XML; directories are walked), scored as
// the TempEval-3 scorer does. `event-dates`: the dates of coded events
// against an event-date gold (data/event-dates.tsv) and against the
// publication date.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "annalist/event_date_eval.h"
#include "annalist/timex_eval.h"
#include "cli.h"
#include "lexicon_flags.h"

namespace annalist::cli {

namespace {

struct EvalTimexFlags {
  std::vector<std::string> paths;
  bool day_first = false;
  bool errors = false;
};

int RunEvalTimex(const EvalTimexFlags& flags) {
  Result<std::vector<TimeMlDocument>> docs = ReadTimeMlPaths(flags.paths);
  if (!docs.ok()) return Fail(docs.status());
  TimexOptions options;
  options.day_first = flags.day_first;
  const TimexScore s = ScoreTimexes(*docs, options, flags.errors ? &std::cerr : nullptr);
  std::printf("documents %zu, gold expressions %zu, found %zu\n", s.documents, s.gold, s.system);
  auto line = [](const char* name, const Prf& p) {
    std::printf("%-8s precision %.3f  recall %.3f  F1 %.3f\n", name, p.precision, p.recall, p.f1);
  };
  line("strict", s.strict);
  line("relaxed", s.relaxed);
  std::printf("type     accuracy %.3f  F1 %.3f\n", s.type_accuracy, s.type.f1);
  std::printf("value    accuracy %.3f  F1 %.3f\n", s.value_accuracy, s.value.f1);
  return kExitOk;
}

struct EvalEventDatesFlags {
  std::string gold;
  std::vector<std::string> lexicons;
  std::string shared;
  bool errors = false;
};

std::string Share(size_t n, size_t of) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%zu/%zu (%.1f%%)", n, of, of ? 100.0 * n / of : 0.0);
  return buf;
}

int RunEvalEventDates(const EvalEventDatesFlags& flags) {
  std::string shared = flags.shared;
  if (shared.empty()) {
    const char* env = std::getenv("ANNALIST_SHARED_DATA");
    shared =
        env && *env
            ? env
            : (std::filesystem::path(flags.gold).parent_path() / ".." / ".." / "shared" / "data")
                  .string();
  }
  Result<std::vector<GoldEventDate>> gold = ReadEventDateGold(flags.gold, shared);
  if (!gold.ok()) return Fail(gold.status());
  LoadedProfile loaded;
  if (int rc = LoadProfileFlags(flags.lexicons, true, &loaded); rc != kExitOk) return rc;
  Result<EventDateScore> s =
      ScoreEventDates(*loaded.profile, *gold, flags.errors ? &std::cerr : nullptr);
  if (!s.ok()) return Fail(s.status());
  std::printf("documents %zu (%zu not found), gold events %zu, matched %zu, no coded event %zu\n",
              s->documents, s->documents_absent, s->gold, s->matched, s->unmatched);
  std::printf("annalist          right day %-20s right day or month %s\n",
              Share(s->right_day, s->matched_day).c_str(),
              Share(s->right_month, s->matched).c_str());
  std::printf("publication date  right day %-20s right day or month %s\n",
              Share(s->baseline_day, s->matched_day).c_str(),
              Share(s->baseline_month, s->matched).c_str());
  std::printf("publication date over every gold event: right day or month %s\n",
              Share(s->baseline_all_month, s->gold).c_str());
  return kExitOk;
}

}  // namespace

void RegisterEval(CLI::App* app, int* exit_code) {
  CLI::App* cmd = app->add_subcommand("eval", "Score annalist against annotated corpora");
  cmd->require_subcommand(1);
  auto flags = std::make_shared<EvalTimexFlags>();
  CLI::App* timex = cmd->add_subcommand(
      "timex",
      "Temporal expressions against TimeML gold (.tml, MEANTIME .xml): strict and "
      "relaxed span P/R/F1, type and value accuracy and F1");
  timex->add_option("PATH", flags->paths, "TimeML files or folders")->required();
  timex->add_flag("--day-first", flags->day_first, "Read 12/08/2024 as 12 August");
  timex->add_flag("--errors", flags->errors,
                  "List missed, spurious and wrongly valued expressions on standard error");
  timex->callback([flags, exit_code] { *exit_code = RunEvalTimex(*flags); });
  RegisterEvalExtract(cmd, exit_code);
  auto ed = std::make_shared<EvalEventDatesFlags>();
  CLI::App* dates = cmd->add_subcommand(
      "event-dates",
      "Event dates against an event-date gold (data/event-dates.tsv): the share of gold events "
      "dated to the right day and month, against the publication date's");
  dates->add_option("GOLD", ed->gold, "The gold file (docs/time.md, \"The event-date gold\")")
      ->required();
  AddLexiconOption(dates, &ed->lexicons, "Dictionaries to code with (as for code; default)");
  dates->add_option("--shared", ed->shared,
                    "Folder of the shared data that shared: documents are under (default "
                    "$ANNALIST_SHARED_DATA, else ../shared/data next to the project)");
  dates->add_flag("--errors", ed->errors,
                  "List unmatched and wrongly dated gold events on standard error");
  dates->callback([ed, exit_code] { *exit_code = RunEvalEventDates(*ed); });
  RegisterEvalAccuracy(cmd, exit_code);
  RegisterEvalPlaces(cmd, exit_code);
}

}  // namespace annalist::cli
