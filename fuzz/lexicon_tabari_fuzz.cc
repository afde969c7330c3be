// Fuzzes the TABARI dictionary readers (actors, agents, verbs, options,
// project) from one buffer, then queries the compiled lexicon.
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
  b.AddText(DictionaryFormat::kTabariVerbs, "fuzz.verbs", text);
  b.AddText(DictionaryFormat::kTabariActors, "fuzz.actors", text);
  b.AddText(DictionaryFormat::kTabariAgents, "fuzz.agents", text);
  b.AddText(DictionaryFormat::kTabariOptions, "fuzz.options", text);
  annalist::LexiconReport report;
  auto lex = b.Build(&report);
  (void)annalist::ParseTabariProject(text, "/tmp/fuzz.project");
  FuzzQueryLexicon(*lex, text);
  return 0;
}
