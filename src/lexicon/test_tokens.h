// Test helper: a plain tokenizer for lexicon tests (blank-separated words,
// punctuation split off, upper-cased, "'S" split), so the lexicon tests do not
// depend on the text stage.
#ifndef ANNALIST_SRC_LEXICON_TEST_TOKENS_H_
#define ANNALIST_SRC_LEXICON_TEST_TOKENS_H_

#include <cctype>
#include <string>
#include <string_view>

#include "annalist/text.h"

namespace annalist::lexicon_testing {

inline void PushToken(std::string_view text, size_t begin, size_t end, Token::Kind kind,
                      TokenBuffer* out) {
  Token t{};
  t.span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  t.norm_begin = static_cast<uint32_t>(out->mutable_norm().size());
  for (size_t i = begin; i < end; ++i) {
    out->mutable_norm().push_back(
        static_cast<char>(std::toupper(static_cast<unsigned char>(text[i]))));
  }
  t.norm_size = static_cast<uint32_t>(end - begin);
  t.kind = kind;
  out->mutable_tokens().push_back(t);
}

inline TokenBuffer Tokens(std::string_view text) {
  TokenBuffer out;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    if (std::isalnum(c)) {
      size_t j = i;
      while (j < text.size() &&
             (std::isalnum(static_cast<unsigned char>(text[j])) ||
              ((text[j] == '-' || text[j] == '.' || text[j] == '\'') && j + 1 < text.size() &&
               std::isalnum(static_cast<unsigned char>(text[j + 1]))))) {
        ++j;
      }
      size_t end = j;
      if (end - i > 2 && (text[end - 2] == '\'') &&
          (text[end - 1] == 's' || text[end - 1] == 'S')) {
        PushToken(text, i, end - 2, Token::kWord, &out);
        PushToken(text, end - 2, end, Token::kWord, &out);
      } else {
        PushToken(text, i, end, Token::kWord, &out);
      }
      i = j;
      continue;
    }
    PushToken(text, i, i + 1, Token::kPunct, &out);
    ++i;
  }
  return out;
}

}  // namespace annalist::lexicon_testing

#endif  // ANNALIST_SRC_LEXICON_TEST_TOKENS_H_
