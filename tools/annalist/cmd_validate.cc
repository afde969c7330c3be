// annalist validate tabari PROJECT_FILE
// annalist validate petrarch RECORDS_XML [--dictionaries DIR]
// annalist validate gold GOLD_XML [--lexicon SPEC]...
// annalist validate diff RECORDS_FILE TABARI_EVENTS_TSV [--lexicon SPEC]... [--threads N]
#include <cstdio>
#include <iostream>
#include <memory>

#include "annalist/validate.h"
#include "cli.h"
#include "lexicon_flags.h"

namespace annalist::cli {

namespace {

int Finish(const ValidationReport& r) {
  for (const std::string& p : r.problems) Warn(p);
  std::printf("standard set: %zu of %zu records passed (%.1f%%); after it: %zu of %zu\n", r.passed,
              r.checked, 100.0 * r.pass_rate(), r.extra_passed, r.extra_checked);
  std::printf("%zu passed, %zu failed\n", r.passed, r.failed);
  return r.failed == 0 ? kExitOk : kExitFailed;
}

}  // namespace

void RegisterValidate(CLI::App* app, int* exit_code) {
  CLI::App* cmd = app->add_subcommand("validate", "Run a validation suite or a comparison");
  cmd->require_subcommand(1);

  auto project = std::make_shared<std::string>();
  CLI::App* tabari =
      cmd->add_subcommand("tabari",
                          "TABARI validation records (Validate.project): each failing record, then "
                          "'N passed, N failed'");
  tabari->add_option("PROJECT_FILE", *project, "A TABARI .project file")->required();
  tabari->callback([project, exit_code] {
    Result<ValidationReport> r = ValidateTabari(*project, &std::cout);
    *exit_code = r.ok() ? Finish(*r) : Fail(r.status());
  });

  auto records = std::make_shared<std::string>();
  auto dicts = std::make_shared<std::string>();
  CLI::App* petrarch = cmd->add_subcommand(
      "petrarch", "PETRARCH XML unit-test records: each failing record, then 'N passed, N failed'");
  petrarch->add_option("RECORDS_XML", *records, "PETRARCH records")->required();
  petrarch->add_option("--dictionaries", *dicts,
                       "Dictionary folder (default: the records' own, as their config names)");
  petrarch->callback([records, dicts, exit_code] {
    Result<ValidationReport> r = ValidatePetrarch(*records, *dicts, &std::cout);
    *exit_code = r.ok() ? Finish(*r) : Fail(r.status());
  });

  auto gold = std::make_shared<std::string>();
  auto gold_lex = std::make_shared<std::vector<std::string>>();
  CLI::App* gold_cmd = cmd->add_subcommand(
      "gold", "Precision and recall of source-target-root triples against gold-coded sentences");
  gold_cmd->add_option("GOLD_XML", *gold, "Gold records (PETRARCH XML)")->required();
  AddLexiconOption(gold_cmd, gold_lex.get(), "Dictionaries (repeatable)");
  gold_cmd->callback([gold, gold_lex, exit_code] {
    Result<GoldScore> r = ScoreGold(*gold, *gold_lex, &std::cout);
    if (!r.ok()) {
      *exit_code = Fail(r.status());
      return;
    }
    std::printf("sentences %zu, gold triples %zu, coded %zu, correct %zu\n", r->sentences,
                r->gold_events, r->coded_events, r->true_positives);
    std::printf("precision %.3f, recall %.3f, F1 %.3f\n", r->precision, r->recall, r->f1);
    *exit_code = kExitOk;
  });

  auto diff_records = std::make_shared<std::string>();
  auto diff_tsv = std::make_shared<std::string>();
  auto diff_lex = std::make_shared<std::vector<std::string>>();
  auto diff_threads = std::make_shared<int>(0);
  CLI::App* diff = cmd->add_subcommand(
      "diff", "Compare with TABARI's own output on the same records (differential check)");
  diff->add_option("RECORDS_FILE", *diff_records, "TABARI text records")->required();
  diff->add_option("TABARI_EVENTS_TSV", *diff_tsv, "TABARI's events for them")->required();
  AddLexiconOption(diff, diff_lex.get(), "Dictionaries (repeatable)")->required();
  AddThreadsOption(diff, diff_threads.get());
  diff->callback([diff_records, diff_tsv, diff_lex, diff_threads, exit_code] {
    Result<DiffReport> r =
        DiffAgainstTabari(*diff_records, *diff_tsv, *diff_lex, *diff_threads, &std::cout);
    if (!r.ok()) {
      *exit_code = Fail(r.status());
      return;
    }
    std::printf("reference events %zu, ours %zu, reproduced %zu (%.1f%%), extra %zu (%.1f%%)\n",
                r->reference_events, r->our_events, r->reproduced, 100.0 * r->recall(), r->extra,
                r->reference_events ? 100.0 * r->extra / r->reference_events : 0.0);
    std::printf("coded %zu records in %.2f s (%.0f sentences/s)\n", r->records, r->seconds,
                r->sentences_per_second);
    *exit_code = kExitOk;
  });
}

}  // namespace annalist::cli
