// Loading the dictionaries named by --lexicon flags, with the coder options
// that a TABARI .project brings along.
#ifndef ANNALIST_TOOLS_LEXICON_FLAGS_H_
#define ANNALIST_TOOLS_LEXICON_FLAGS_H_

#include <memory>
#include <string>
#include <vector>

#include "annalist/coder.h"
#include "annalist/lexicon.h"

namespace annalist::cli {

struct LoadedLexicon {
  std::shared_ptr<const Lexicon> lexicon;
  CoderOptions options;
  LexiconReport report;
};

// Loads `specs` ("default" when empty). Dictionary problems are counted and,
// unless `quiet`, the first few are printed to stderr. Returns an exit code.
int LoadLexiconFlags(std::vector<std::string> specs, bool quiet, LoadedLexicon* out);

}  // namespace annalist::cli

#endif  // ANNALIST_TOOLS_LEXICON_FLAGS_H_
