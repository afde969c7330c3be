// Fuzzes the annalist .lex reader from one buffer (read as one file, and
// split at form feeds into several files of one spec, so sets and
// duplicates cross files), then queries the compiled lexicon and resolves
// the input's lines as names (Lexicon::Resolve).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/lexicon.h"
#include "lexicon/lexicon_data.h"
#include "lexicon_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  using annalist::DictionaryFormat;
  annalist::LexiconBuilder b;
  b.AddText(DictionaryFormat::kAnnalist, "fuzz.lex", text);
  annalist::LexiconReport report;
  auto lex = b.Build(&report);
  FuzzQueryLexicon(*lex, text);
  size_t lines = 0;
  for (size_t start = 0; start < text.size() && lines < 16; ++lines) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    annalist::NameResolution r;
    if (lex->Resolve(text.substr(start, end - start), 20200101, &r) && r.in_force != nullptr) {
      (void)r.in_force->office.size();
    }
    start = end + 1;
  }

  // The same text as several files of one spec.
  std::vector<std::string> names;
  std::vector<annalist::lexicon_internal::LexSource> files;
  for (size_t start = 0; start <= text.size() && files.size() < 8;) {
    size_t end = text.find('\f', start);
    if (end == std::string_view::npos) end = text.size();
    names.push_back("f" + std::to_string(files.size()) + ".lex");
    files.push_back({{}, text.substr(start, end - start)});
    start = end + 1;
  }
  for (size_t i = 0; i < files.size(); ++i) files[i].name = names[i];
  annalist::lexicon_internal::LexiconData d;
  std::vector<std::string> problems;
  annalist::lexicon_internal::ReadAnnalistLex(files, &d, &problems);
  return 0;
}
