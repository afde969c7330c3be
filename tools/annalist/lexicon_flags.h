// Resolving the --lexicon flags into the one coding profile every command
// codes with.
#ifndef ANNALIST_TOOLS_LEXICON_FLAGS_H_
#define ANNALIST_TOOLS_LEXICON_FLAGS_H_

#include <memory>
#include <string>
#include <vector>

#include "annalist/profile.h"

namespace annalist::cli {

struct LoadedProfile {
  std::shared_ptr<const CodingProfile> profile;
  ProfileReport report;
};

// Resolves `specs` ("default" when empty) with ResolveProfile. Dictionary
// and options problems are counted and, unless `quiet`, the first few are
// printed to stderr with the profile's notes. Returns an exit code.
int LoadProfileFlags(const std::vector<std::string>& specs, bool quiet, LoadedProfile* out);

}  // namespace annalist::cli

#endif  // ANNALIST_TOOLS_LEXICON_FLAGS_H_
