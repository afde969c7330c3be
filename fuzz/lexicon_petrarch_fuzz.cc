// Fuzzes the PETRARCH dictionary readers (verbs, actors, agents, discards,
// issues) from one buffer, then queries the compiled lexicon.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annalist/lexicon.h"
#include "lexicon_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  using annalist::DictionaryFormat;
  annalist::LexiconBuilder b;
  b.AddText(DictionaryFormat::kPetrarchVerbs, "fuzz.verbs.txt", text);
  b.AddText(DictionaryFormat::kPetrarchActors, "fuzz.actors.txt", text);
  b.AddText(DictionaryFormat::kPetrarchAgents, "fuzz.agents.txt", text);
  b.AddText(DictionaryFormat::kPetrarchDiscards, "fuzz.discards.txt", text);
  b.AddText(DictionaryFormat::kPetrarchIssues, "fuzz.issues.txt", text);
  annalist::LexiconReport report;
  auto lex = b.Build(&report);
  FuzzQueryLexicon(*lex, text);
  return 0;
}
