// Resolving the --lexicon flags into the one coding profile every command
// codes with.
#ifndef ANNALIST_TOOLS_LEXICON_FLAGS_H_
#define ANNALIST_TOOLS_LEXICON_FLAGS_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "annalist/profile.h"

namespace annalist::cli {

struct LoadedProfile {
  std::shared_ptr<const CodingProfile> profile;
  ProfileReport report;
};

// Adds `--lexicon SPEC` to `cmd`, the one way every command takes it: one
// value per occurrence (`--lexicon X` or `--lexicon=X`), repeatable (the
// values in order in *specs), and the arguments after it stay positional.
CLI::Option* AddLexiconOption(CLI::App* cmd, std::vector<std::string>* specs,
                              const std::string& description);

// Resolves `specs` ("default" when empty) with ResolveProfile. Dictionary
// and options problems are counted and, unless `quiet`, the first few are
// printed to stderr with the profile's notes. Returns an exit code.
int LoadProfileFlags(const std::vector<std::string>& specs, bool quiet, LoadedProfile* out);

}  // namespace annalist::cli

#endif  // ANNALIST_TOOLS_LEXICON_FLAGS_H_
