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

// Appends the UTF-8 encoding of code point `cp`; a surrogate or a value
// above U+10FFFF is written as U+FFFD.
void AppendUtf8(char32_t cp, std::string* out);

// One token of a sentence. `span` points into the text given to Tokenize
// (shifted by its `base`); the normalised form lives in the TokenBuffer's
// arena.
struct Token {
  Span span;            // bytes of the original text
  uint32_t norm_begin;  // offset of the normalised form in TokenBuffer::norm()
  uint32_t norm_size;
  // kNumber: digits with internal , . or - only ("1,400", "3.5", "2015-16").
  // kWord: anything with a letter, and the possessive "'S".
  // kPunct: one punctuation mark or symbol (with its combining marks).
  enum Kind : uint8_t { kWord, kNumber, kPunct } kind;
};

// Reusable output of Tokenize. Clearing keeps capacity, so a worker that
// reuses one buffer allocates nothing per token once warmed up. Not safe to
// share between threads; use one per worker.
class TokenBuffer {
 public:
  void Clear() {
    tokens_.clear();
    norm_.clear();
  }
  const std::vector<Token>& tokens() const { return tokens_; }
  size_t size() const { return tokens_.size(); }
  // The normalised form of token i: upper-case, NFC, typographic variants
  // folded (curly quotes to ' and ", dashes and U+2011 to -, NBSP to space),
  // format characters (soft hyphen, ZWJ, bidi marks) dropped, Latin
  // diacritics kept.
  std::string_view norm(size_t i) const {
    const Token& t = tokens_[i];
    return std::string_view(norm_).substr(t.norm_begin, t.norm_size);
  }
  const std::string& norm() const { return norm_; }

  // For the tokenizer's implementation.
  std::vector<Token>& mutable_tokens() { return tokens_; }
  std::string& mutable_norm() { return norm_; }
  std::vector<int32_t>& mutable_scratch() { return scratch_; }

 private:
  std::vector<Token> tokens_;
  std::string norm_;
  std::vector<int32_t> scratch_;  // NFC working space, kept across Clear()
};

// Splits `text` (valid UTF-8; stray invalid bytes are tolerated and become
// one-byte punctuation tokens) into tokens, clearing *out first:
//  - words: letters and digits, with internal hyphens ("al-Sharaa",
//    "al\u2011Sharaa" -> "AL-SHARAA"), internal apostrophes ("O'Brien",
//    "don't"), and the periods of dotted abbreviations ("U.S.", "a.m.",
//    "Ph.D."); a final possessive 's is its own token ("Israel's" ->
//    "ISRAEL", "'S");
//  - numbers: digits with internal , and . ("1,400", "3.5");
//  - anything else: one token per punctuation mark or symbol.
// White space (including NBSP, thin and narrow spaces) and control
// characters (NUL too) separate tokens; format characters are skipped.
// See docs/text.md for the exact rules.
void Tokenize(std::string_view text, TokenBuffer* out);
// As above, with every span shifted by `base`: for tokenizing a sentence
// text.substr(s.begin, s.size()) with spans into the whole text.
void Tokenize(std::string_view text, uint32_t base, TokenBuffer* out);

// For a caller that tokenized a whole text and needs a part of it (a
// sentence) as tokens: the tokens of `text_tokens` (Tokenize(text)) that lie
// in `span`, as the range [*first, *end). True only when they are exactly
// the tokens Tokenize(text.substr(span.begin, span.size()), span.begin)
// gives: each end of `span` is the end of the text or falls in white space
// (or format characters) between two tokens, on a character boundary. The
// tokenizer keeps no state across white space, and where a token ends
// depends on bytes past the part only when the token goes on past it. False
// (nothing set) otherwise: tokenize the part on its own.
bool TokensWithin(std::string_view text, const TokenBuffer& text_tokens, Span span, size_t* first,
                  size_t* end);

// Returns `text` normalised for matching: NFC, typographic variants folded as
// for tokens, Unicode spaces (NBSP, thin, narrow ...) to ' ', format and
// default-ignorable characters (soft hyphen, ZWJ, bidi marks) dropped, case
// kept. When `to_original` is non-null it is cleared and receives, for each
// byte of the result, the offset of the byte of `text` it came from (plus one
// final entry equal to text.size()); the map is non-decreasing, so a match
// [b, e) in the result is [map[b], map[e]) in `text`.
std::string NormalizeForMatching(std::string_view text, std::vector<uint32_t>* to_original);

// Splits an article (valid UTF-8) into sentences. Handles abbreviations
// (U.S., Gen., Jan., a.m., Mr.), initials ("George W. Bush"), decimals,
// quotations that close after the full stop, ellipses, and datelines ("PARIS
// (Reuters) -", "WASHINGTON, March 3 -", "JERUSALEM —" on a line of its own),
// which are kept in the first sentence. Paragraph breaks (blank lines) and
// line breaks in a text whose lines are paragraphs always end a sentence;
// hard-wrapped text (Reuters bodies) is recognised and its line breaks are
// not. Lines that are page furniture rather than article text (gallery
// counters such as "1 View gallery", photo captions and credits, "Comments",
// privacy and comment-policy footers, lines in another script than the
// document's, short lines without a final stop) come out with furniture =
// true; the headline (a first line without a final stop) does not. Sentence
// spans exclude surrounding white space and are in text order. The rules are
// in docs/text.md.
std::vector<Sentence> SplitSentences(std::string_view text);

// The length in bytes of a dateline at the start of a sentence, with the
// dash and blanks after it ("DAMASCUS — ", "PARIS (Reuters) - ",
// "WASHINGTON, March 3 (AP) -- "), or 0 when there is none. A dateline is a
// place in capitals (a first word of three or more capital letters), then
// only capitalised words, numbers and a bracketed agency, then a dash
// between blanks, within the first 80 bytes; a sentence all in capitals has
// none. It names where the report was filed, not who acted: the coder
// skips it. Pure; allocates nothing.
size_t DatelineLength(std::string_view sentence);

}  // namespace annalist

#endif  // ANNALIST_TEXT_H_
