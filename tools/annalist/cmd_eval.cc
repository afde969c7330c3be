// annalist eval timex [--day-first] [--errors] PATH...
//
// Scores annalist against annotated corpora. `timex`: TimeML documents
// (TempEval-3 .tml, MEANTIME token XML; directories are walked), scored as
// the TempEval-3 scorer does.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "annalist/timex_eval.h"
#include "cli.h"

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
  RegisterEvalPlaces(cmd, exit_code);
}

}  // namespace annalist::cli
