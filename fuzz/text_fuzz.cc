// Fuzz target for the text stage: repair -> split -> tokenize, plus
// NormalizeForMatching, checking the invariants the later stages rely on.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/text.h"

namespace {

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "text_fuzz: invariant failed: %s\n", what);
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace annalist;
  std::string_view in(reinterpret_cast<const char*>(data), size);

  // Repair: valid, idempotent, and a count consistent with IsValidUtf8.
  uint64_t repaired = 0;
  std::string text = RepairUtf8(in, &repaired);
  Check(IsValidUtf8(text), "repaired text is valid UTF-8");
  Check((repaired == 0) == IsValidUtf8(in), "repair count matches validity");
  Check(repaired != 0 || text == in, "valid input is unchanged");
  Check(text.size() == size + 2 * repaired, "each bad byte becomes three");
  uint64_t again = 0;
  Check(RepairUtf8(text, &again) == text && again == 0, "repair is idempotent");

  // Sentences: in bounds, ordered, not overlapping, non-empty, trimmed.
  std::vector<Sentence> sentences = SplitSentences(text);
  uint32_t prev_end = 0;
  TokenBuffer tokens;
  for (const Sentence& s : sentences) {
    Check(s.span.begin < s.span.end, "sentence is not empty");
    Check(s.span.end <= text.size(), "sentence in bounds");
    Check(prev_end <= s.span.begin, "sentences ordered and disjoint");
    char first = text[s.span.begin], last = text[s.span.end - 1];
    Check(first != ' ' && first != '\n' && last != ' ' && last != '\n', "sentence trimmed");
    prev_end = s.span.end;

    // Tokens of the sentence: in its bounds, ordered, disjoint.
    std::string_view st = std::string_view(text).substr(s.span.begin, s.span.size());
    Tokenize(st, s.span.begin, &tokens);
    uint32_t prev = s.span.begin;
    for (size_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens.tokens()[i];
      Check(t.span.begin < t.span.end, "token is not empty");
      Check(prev <= t.span.begin, "tokens ordered and disjoint");
      Check(t.span.end <= s.span.end, "token inside its sentence");
      Check(static_cast<size_t>(t.norm_begin) + t.norm_size <= tokens.norm().size(),
            "norm in the arena");
      Check(t.norm_size > 0, "norm is not empty");
      prev = t.span.end;
    }
  }

  // Splitting and tokenizing the raw (unrepaired) input must be safe too.
  Tokenize(in, &tokens);
  for (const Token& t : tokens.tokens()) Check(t.span.end <= size, "raw token in bounds");
  prev_end = 0;
  for (const Sentence& s : SplitSentences(in)) {
    Check(prev_end <= s.span.begin && s.span.begin < s.span.end && s.span.end <= size,
          "raw sentence in bounds and ordered");
    prev_end = s.span.end;
  }

  // Normalisation: the map has one entry per output byte plus the end, is
  // non-decreasing and points into the input.
  std::vector<uint32_t> map;
  std::string norm = NormalizeForMatching(text, &map);
  Check(map.size() == norm.size() + 1, "map size");
  Check(map.back() == text.size(), "map end");
  for (size_t i = 0; i < norm.size(); ++i) {
    Check(map[i] < text.size(), "map in bounds");
    Check(i == 0 || map[i - 1] <= map[i], "map non-decreasing");
  }
  Check(IsValidUtf8(norm), "normalised text is valid UTF-8");
  return 0;
}
