// annalist timex --dct YYYY-MM-DD [--day-first] [FILE]
//
// Temporal expressions of a raw text (standard input when no file), one
// JSON object per expression: start and end (byte offsets into the input as
// given), text, type, value, and mod when set.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "annalist/datetime.h"
#include "annalist/timex.h"
#include "cli.h"

namespace annalist::cli {

namespace {

struct TimexFlags {
  std::string dct;
  bool day_first = false;
  std::string file;
};

int RunTimex(const TimexFlags& flags) {
  DateTime dct;
  if (!ParseIso8601(flags.dct, &dct) || dct.precision < DatePrecision::kDay) {
    std::cerr << "annalist: --dct: not a date (YYYY-MM-DD): " << flags.dct << "\n";
    return kExitUsage;
  }
  std::string text;
  if (flags.file.empty() || flags.file == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(flags.file, std::ios::binary);
    if (!in) {
      Warn(flags.file + ": cannot open");
      return kExitError;
    }
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  TimexOptions options;
  options.day_first = flags.day_first;
  TimexScratch scratch;
  std::vector<Timex> found;
  FindTimexes(text, dct, options, &scratch, &found);
  for (const Timex& t : found) {
    nlohmann::ordered_json j;
    j["start"] = t.span.begin;
    j["end"] = t.span.end;
    j["text"] = text.substr(t.span.begin, t.span.size());
    j["type"] = TimexTypeName(t.type);
    j["value"] = t.value;
    if (t.mod != TimexMod::kNone) j["mod"] = TimexModName(t.mod);
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  return kExitOk;
}

}  // namespace

void RegisterTimex(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<TimexFlags>();
  CLI::App* cmd = app->add_subcommand(
      "timex", "Temporal expressions of a raw text, normalised against --dct (JSON lines)");
  cmd->add_option("--dct", flags->dct, "Document creation time (YYYY-MM-DD)")->required();
  cmd->add_flag("--day-first", flags->day_first, "Read 12/08/2024 as 12 August (default: US)");
  cmd->add_option("FILE", flags->file, "Raw text (default: standard input)");
  cmd->callback([flags, exit_code] { *exit_code = RunTimex(*flags); });
}

}  // namespace annalist::cli
