#include "lexicon_flags.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli.h"

namespace annalist::cli {

namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

int LoadLexiconFlags(std::vector<std::string> specs, bool quiet, LoadedLexicon* out) {
  if (specs.empty()) specs.push_back("default");
  Result<std::shared_ptr<const Lexicon>> lex = LoadLexicon(specs, &out->report);
  if (!lex.ok()) return Fail(lex.status());
  out->lexicon = *lex;
  // A TABARI project is coded with TABARI's defaults and its own .options.
  for (const std::string& spec : specs) {
    if (EndsWith(spec, ".project")) out->options = TabariDefaultOptions();
  }
  for (const std::string& spec : specs) {
    if (!EndsWith(spec, ".project")) continue;
    Result<TabariProject> project = ReadTabariProject(spec);
    if (!project.ok()) continue;
    for (const std::string& path : project->option_paths) {
      std::ifstream in(path, std::ios::binary);
      if (!in) continue;
      std::stringstream ss;
      ss << in.rdbuf();
      Status st = ApplyTabariOptions(ss.str(), &out->options);
      if (!st.ok() && !quiet) std::cerr << "annalist: " << path << ": " << st.message() << "\n";
    }
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
