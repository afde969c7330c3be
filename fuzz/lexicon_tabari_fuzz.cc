// Fuzzes the TABARI dictionary readers (actors, agents, verbs, options,
// project) from one buffer, then queries the compiled lexicon.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annalist/lexicon.h"
#include "annalist/text.h"

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
  // Query the lexicon with the input's own words as tokens.
  annalist::TokenBuffer tokens;
  size_t start = 0;
  for (size_t i = 0; i <= text.size() && tokens.size() < 64; ++i) {
    if (i == text.size() || text[i] == ' ' || text[i] == '\n') {
      if (i > start) {
        annalist::Token t{};
        t.norm_begin = static_cast<uint32_t>(tokens.mutable_norm().size());
        t.norm_size = static_cast<uint32_t>(i - start);
        t.kind = annalist::Token::kWord;
        tokens.mutable_norm().append(text.substr(start, i - start));
        tokens.mutable_tokens().push_back(t);
      }
      start = i + 1;
    }
  }
  for (size_t pos = 0; pos < tokens.size(); ++pos) {
    annalist::PhraseMatch m;
    if (lex->MatchActor(tokens, pos, &m)) (void)lex->CodeAt(m.id, 20200101);
    (void)lex->MatchAgent(tokens, pos, &m);
    annalist::VerbMatch vm;
    if (lex->MatchVerb(tokens, pos, &vm)) {
      for (const annalist::VerbPattern& p : lex->verb(vm.verb).patterns) {
        for (const annalist::PatternElement& e : p.elements) {
          uint32_t len;
          (void)lex->MatchElement(e, tokens, pos, &len);
        }
      }
    }
  }
  return 0;
}
