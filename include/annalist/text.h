// Text: UTF-8 repair, normalisation for matching, tokens and sentences.
//
// Every function here is pure and thread-safe. Spans are byte offsets into
// the text passed in (the original, repaired UTF-8), never into a normalised
// copy, so whatever is found can be shown as it was written.
#ifndef ANNALIST_TEXT_H_
#define ANNALIST_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"

namespace annalist {

// Returns `in` as valid UTF-8: every byte that is not part of a well-formed
// sequence (including overlongs, surrogates, and code points above U+10FFFF)
// is replaced by U+FFFD. Adds the number of bytes replaced to *repaired when
// it is non-null. NUL bytes are kept as they are (they are valid UTF-8).
std::string RepairUtf8(std::string_view in, uint64_t* repaired);

// True when `in` is entirely valid UTF-8.
bool IsValidUtf8(std::string_view in);

// One token of a sentence. `span` points into the text given to Tokenize;
// the normalised form lives in the TokenBuffer's arena.
struct Token {
  Span span;             // bytes of the original text
  uint32_t norm_begin;   // offset of the normalised form in TokenBuffer::norm()
  uint32_t norm_size;
  enum Kind : uint8_t { kWord, kNumber, kPunct } kind;
};

// Reusable output of Tokenize. Clearing keeps capacity, so a worker that
// reuses one buffer allocates nothing per token once warmed up.
class TokenBuffer {
 public:
  void Clear() { tokens_.clear(); norm_.clear(); }
  const std::vector<Token>& tokens() const { return tokens_; }
  size_t size() const { return tokens_.size(); }
  // The normalised form of token i: upper-case, NFC, typographic variants
  // folded (curly quotes to ' and ", dashes and U+2011 to -, NBSP to space),
  // Latin diacritics kept.
  std::string_view norm(size_t i) const {
    const Token& t = tokens_[i];
    return std::string_view(norm_).substr(t.norm_begin, t.norm_size);
  }
  const std::string& norm() const { return norm_; }

  // For the tokenizer's implementation.
  std::vector<Token>& mutable_tokens() { return tokens_; }
  std::string& mutable_norm() { return norm_; }

 private:
  std::vector<Token> tokens_;
  std::string norm_;
};

// Splits `text` (valid UTF-8) into tokens: words (letters, digits, internal
// hyphens and apostrophes: "al-Sharaa", "U.S.", "Israel's" -> "ISRAEL", "'S"),
// numbers, and single punctuation marks. Appends to *out after clearing it.
void Tokenize(std::string_view text, TokenBuffer* out);

// Returns `text` normalised for matching: NFC, typographic variants folded as
// for tokens, but case kept. When `to_original` is non-null it receives, for
// each byte of the result, the offset of the byte of `text` it came from
// (plus one final entry equal to text.size()), so spans map back.
std::string NormalizeForMatching(std::string_view text,
                                 std::vector<uint32_t>* to_original);

// Splits an article into sentences. Handles abbreviations (U.S., Gen., Jan.,
// a.m., Mr.), initials ("George W. Bush"), decimals, quotations that close
// after the full stop, and datelines ("PARIS (Reuters) -", "WASHINGTON, March
// 3 -"), which are kept in the first sentence. Paragraph breaks (blank lines)
// and line breaks in a text whose lines are paragraphs always end a sentence.
// Lines that are page furniture rather than article text (gallery counters
// such as "1 View gallery", photo captions and credits, "Comments", privacy
// and comment-policy footers, lines in another script in an English text,
// lines of one or two words without a verb) come out with furniture = true.
// Sentence spans exclude surrounding whitespace and are in text order.
std::vector<Sentence> SplitSentences(std::string_view text);

}  // namespace annalist

#endif  // ANNALIST_TEXT_H_
