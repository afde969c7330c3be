// Fuzz target: the coder on arbitrary sentences with a fixed small lexicon.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "annalist/coder.h"
#include "annalist/lexicon.h"
#include "annalist/text.h"

namespace {

const annalist::Lexicon& FixedLexicon() {
  static std::shared_ptr<const annalist::Lexicon> lex = [] {
    annalist::LexiconBuilder b;
    b.AddText(annalist::DictionaryFormat::kTabariActors, "fuzz.actors",
              "NORVANIA [NRV]\nSELDOR [SEL/KES]\nBLUE_FALCONS [NRVREB]\nGAME [###]\n");
    b.AddText(annalist::DictionaryFormat::kTabariAgents, "fuzz.agents",
              "POLICE_ [~COP]\nACTIVISTS_ [NGO~]\n");
    b.AddText(annalist::DictionaryFormat::kTabariVerbs, "fuzz.verbs",
              "ATTACK [190]\n- * CRITICISM [111]\n- + WAS * BY $ [191]\nMEET [031:031]\n"
              "- % * [036]\nSAID [010?]\n");
    return b.Build(nullptr);
  }();
  return *lex;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 16) return 0;
  static annalist::Coder coder(&FixedLexicon());
  static std::unique_ptr<annalist::CoderScratch> scratch = annalist::NewCoderScratch();
  std::string text =
      annalist::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size), nullptr);
  std::vector<annalist::Event> out;
  std::vector<annalist::Mention> mentions;
  const annalist::DateTime date{2026, 3, 2, 0, 0, 0, annalist::DatePrecision::kDay};
  coder.CodeSentence(text, date, scratch.get(), &out, &mentions);
  for (const annalist::Mention& m : mentions) {
    if (m.span.begin > m.span.end || m.span.end > text.size()) __builtin_trap();
  }
  annalist::Document doc;
  doc.text = text;
  doc.sentences = annalist::SplitSentences(doc.text);
  mentions.clear();
  coder.CodeDocument(doc, scratch.get(), &out, &mentions);
  for (const annalist::Mention& m : mentions) {
    // A mention lies inside its sentence.
    if (m.sentence >= doc.sentences.size()) __builtin_trap();
    const annalist::Span s = doc.sentences[m.sentence].span;
    if (m.span.begin < s.begin || m.span.end > s.end || m.span.begin > m.span.end) {
      __builtin_trap();
    }
  }
  return 0;
}
