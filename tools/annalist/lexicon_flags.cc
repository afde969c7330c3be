#include "lexicon_flags.h"

#include <iostream>

#include "cli.h"

namespace annalist::cli {

int LoadLexiconFlags(std::vector<std::string> specs, bool quiet, LoadedLexicon* out) {
  if (specs.empty()) specs.push_back("default");
  Result<std::shared_ptr<const Lexicon>> lex = LoadLexicon(specs, &out->report);
  if (!lex.ok()) return Fail(lex.status());
  out->lexicon = *lex;
  // A TABARI project brings TABARI's defaults and its own .options.
  std::vector<std::string> option_problems;
  out->options = CoderOptionsForLexicon(specs, &option_problems);
  if (!quiet) {
    for (const std::string& p : option_problems) std::cerr << "annalist: " << p << "\n";
  }
  const auto& problems = out->report.problems;
  if (!quiet && !problems.empty()) {
    size_t shown = 0;
    for (const std::string& p : problems) {
      if (++shown > 5) break;
      std::cerr << "annalist: dictionary: " << p << "\n";
    }
    std::cerr << "annalist: " << problems.size()
              << " dictionary lines skipped (see above for the first)\n";
  }
  return kExitOk;
}

}  // namespace annalist::cli
