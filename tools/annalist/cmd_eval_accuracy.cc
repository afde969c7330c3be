// annalist eval cameo-class [--lexicon SPEC]... [--format table|json] FILE
// annalist eval cameo-ner [--lexicon SPEC]... [--format table|json] FILE
// annalist eval report [--data DIR]
//
// Accuracy on the ConfliBERT CAMEO corpora (annalist/accuracy.h), and the
// Markdown of docs/accuracy.md.
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "annalist/accuracy.h"
#include "cli.h"
#include "lexicon_flags.h"

namespace annalist::cli {

namespace {

struct EvalAccuracyFlags {
  std::string file;
  std::vector<std::string> lexicon;
  std::string format = "table";
};

nlohmann::json SpanJson(const SpanScore& s) {
  return {
      {"gold", s.gold},
      {"predicted", s.predicted},
      {"overlap",
       {{"correct", s.overlap}, {"precision", s.precision}, {"recall", s.recall}, {"f1", s.f1}}},
      {"exact",
       {{"correct", s.exact},
        {"precision", s.exact_precision},
        {"recall", s.exact_recall},
        {"f1", s.exact_f1}}}};
}

int RunCameoClass(const EvalAccuracyFlags& flags) {
  LoadedProfile loaded;
  if (int rc = LoadProfileFlags(flags.lexicon, true, &loaded); rc != kExitOk) return rc;
  Result<ClassScore> r = ScoreCameoClass(flags.file, *loaded.profile);
  if (!r.ok()) return Fail(r.status());
  const ClassScore& s = *r;
  if (flags.format == "json") {
    nlohmann::json classes = nlohmann::json::array();
    for (int c = 0; c < ClassScore::kClasses; ++c) {
      const ClassScore::PerClass& k = s.classes[c];
      classes.push_back({{"class", c},
                         {"gold", k.gold},
                         {"predicted", k.predicted},
                         {"correct", k.correct},
                         {"precision", k.precision},
                         {"recall", k.recall},
                         {"f1", k.f1}});
    }
    nlohmann::json j = {{"lexicon", loaded.profile->name()},
                        {"sentences", s.sentences},
                        {"correct", s.correct},
                        {"no_event", s.no_event},
                        {"several_events", s.several_events},
                        {"accuracy", s.accuracy},
                        {"macro_f1", s.macro_f1},
                        {"classes", classes}};
    std::cout << j.dump() << "\n";
    return kExitOk;
  }
  std::printf("sentences %zu, correct %zu, no event %zu, several events %zu\n", s.sentences,
              s.correct, s.no_event, s.several_events);
  std::printf("accuracy %.3f, macro-F1 %.3f\n", s.accuracy, s.macro_f1);
  std::printf("class  gold  predicted  correct  precision  recall  F1\n");
  for (int c = 0; c < ClassScore::kClasses; ++c) {
    const ClassScore::PerClass& k = s.classes[c];
    std::printf("%-5d  %4zu  %9zu  %7zu  %9.3f  %6.3f  %.3f\n", c, k.gold, k.predicted, k.correct,
                k.precision, k.recall, k.f1);
  }
  return kExitOk;
}

int RunCameoNer(const EvalAccuracyFlags& flags) {
  LoadedProfile loaded;
  if (int rc = LoadProfileFlags(flags.lexicon, true, &loaded); rc != kExitOk) return rc;
  Result<NerScore> r = ScoreCameoNer(flags.file, *loaded.profile);
  if (!r.ok()) return Fail(r.status());
  const NerScore& s = *r;
  if (flags.format == "json") {
    nlohmann::json j = {{"lexicon", loaded.profile->name()},
                        {"sentences", s.sentences},
                        {"coded", s.coded},
                        {"source", SpanJson(s.source)},
                        {"target", SpanJson(s.target)}};
    std::cout << j.dump() << "\n";
    return kExitOk;
  }
  std::printf("sentences %zu, coded %zu\n", s.sentences, s.coded);
  std::printf("side    gold  predicted  overlap P/R/F1         exact P/R/F1\n");
  auto line = [](const char* name, const SpanScore& x) {
    std::printf("%-6s  %4zu  %9zu  %.3f %.3f %.3f    %.3f %.3f %.3f\n", name, x.gold, x.predicted,
                x.precision, x.recall, x.f1, x.exact_precision, x.exact_recall, x.exact_f1);
  };
  line("source", s.source);
  line("target", s.target);
  return kExitOk;
}

void AddAccuracyFlags(CLI::App* cmd, EvalAccuracyFlags* flags, const std::string& what) {
  cmd->add_option("FILE", flags->file, what)->required();
  AddLexiconOption(cmd, &flags->lexicon, "Dictionaries (repeatable; default: the built-in)");
  cmd->add_option("--format", flags->format, "table|json (default table)")
      ->check(CLI::IsMember({"table", "json"}));
}

}  // namespace

void RegisterEvalAccuracy(CLI::App* eval, int* exit_code) {
  auto cls = std::make_shared<EvalAccuracyFlags>();
  CLI::App* c = eval->add_subcommand(
      "cameo-class",
      "Coarse CAMEO classes of ConfliBERT's cameo_class sentences: accuracy, macro-F1, per class");
  AddAccuracyFlags(c, cls.get(), "cameo_class/train.tsv (SENTENCE<TAB>CLASS lines)");
  c->callback([cls, exit_code] { *exit_code = RunCameoClass(*cls); });

  auto ner = std::make_shared<EvalAccuracyFlags>();
  CLI::App* n = eval->add_subcommand(
      "cameo-ner", "Source and target spans of ConfliBERT's cameo_ner sentences: P/R/F1");
  AddAccuracyFlags(n, ner.get(), "cameo_ner/train.txt (TOKEN TAG lines)");
  n->callback([ner, exit_code] { *exit_code = RunCameoNer(*ner); });

  auto data = std::make_shared<std::string>("../shared/data");
  CLI::App* report = eval->add_subcommand(
      "report", "The Markdown of docs/accuracy.md: every score for each lexicon, side by side");
  report->add_option("--data", *data, "The shared data folder (default ../shared/data)");
  report->callback([data, exit_code] {
    Result<std::string> r = AccuracyReport(*data);
    if (!r.ok()) {
      *exit_code = Fail(r.status());
      return;
    }
    std::cout << *r;
    *exit_code = kExitOk;
  });
}

}  // namespace annalist::cli
