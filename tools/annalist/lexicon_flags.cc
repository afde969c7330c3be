#include "lexicon_flags.h"

#include <iostream>

#include "cli.h"

namespace annalist::cli {

CLI::Option* AddLexiconOption(CLI::App* cmd, std::vector<std::string>* specs,
                              const std::string& description) {
  return cmd->add_option("--lexicon", *specs, description)
      ->type_name("SPEC")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false);
}

int LoadProfileFlags(const std::vector<std::string>& specs, bool quiet, LoadedProfile* out) {
  Result<std::shared_ptr<const CodingProfile>> profile = ResolveProfile(specs, &out->report);
  if (!profile.ok()) return Fail(profile.status());
  out->profile = *profile;
  if (quiet) return kExitOk;
  for (const std::string& p : out->report.options) Warn(p);
  for (const std::string& n : out->report.notes) std::cerr << "annalist: note: " << n << "\n";
  const auto& problems = out->report.lexicon.problems;
  if (!problems.empty()) {
    size_t shown = 0;
    for (const std::string& p : problems) {
      if (++shown > 5) break;
      Warn("dictionary: " + p);
    }
    std::cerr << "annalist: " << problems.size()
              << " dictionary lines skipped (see above for the first)\n";
  }
  return kExitOk;
}

}  // namespace annalist::cli
