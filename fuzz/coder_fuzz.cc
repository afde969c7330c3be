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
  std::string text = annalist::RepairUtf8(
      std::string_view(reinterpret_cast<const char*>(data), size), nullptr);
  std::vector<annalist::Event> out;
  coder.CodeSentence(text, annalist::DateTime{}, scratch.get(), &out);
  annalist::Document doc;
  doc.text = text;
  doc.sentences = annalist::SplitSentences(doc.text);
  coder.CodeDocument(doc, scratch.get(), &out);
  return 0;
}
