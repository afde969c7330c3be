// Internals shared by the text stage's files: UTF-8 decoding, the character
// classes the tokenizer and the sentence splitter agree on, and the NFC +
// folding routine behind token norms and NormalizeForMatching.
#ifndef ANNALIST_SRC_TEXT_INTERNAL_H_
#define ANNALIST_SRC_TEXT_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/text.h"

namespace annalist::text_internal {

// One decoded code point and the number of bytes it took.
struct Cp {
  char32_t cp;
  uint32_t len;
};

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 when the
// byte there does not start one (Unicode Table 3-7: no overlongs, no
// surrogates, nothing above U+10FFFF, no truncated sequences).
size_t ValidSequenceLength(const unsigned char* s, size_t n, size_t i);

// Decodes the code point at s[i] (i < s.size()). A byte that does not start a
// well-formed sequence decodes as U+FFFD with length 1, so callers never loop
// forever or read out of bounds on bad input.
inline Cp Decode(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char b = p[i];
  if (b < 0x80) return {b, 1};
  size_t n = ValidSequenceLength(p, s.size(), i);
  if (n == 0) return {0xFFFD, 1};
  char32_t cp;
  if (n == 2) {
    cp = ((b & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
  } else if (n == 3) {
    cp = ((b & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
  } else {
    cp = ((b & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) | ((p[i + 2] & 0x3Fu) << 6) |
         (p[i + 3] & 0x3Fu);
  }
  return {cp, static_cast<uint32_t>(n)};
}

// The public AppendUtf8 (annalist/text.h).
using ::annalist::AppendUtf8;

// Character classes, as the tokenizer sees them.
enum CharClass : uint8_t {
  kSpace,      // ASCII white space, other controls (NUL too), Zs/Zl/Zp, U+200B
  kIgnorable,  // format characters (Cf) and default-ignorables: soft hyphen,
               // ZWJ/ZWNJ, bidi marks, BOM, variation selectors
  kLetter,     // L* (except U+02BC), Nl, No
  kDigit,      // Nd
  kMark,       // Mn, Mc, Me
  kHyphen,     // '-', U+2010, U+2011: joins words ("al-Sharaa")
  kApos,       // ', U+2018, U+2019, U+201B, U+2032, U+02BC
  kPeriod,     // '.'
  kComma,      // ','
  kOther,      // other punctuation and symbols, unassigned code points
};

CharClass ClassifyNonAscii(char32_t cp);
extern const uint8_t kAsciiClass[128];

inline CharClass Classify(char32_t cp) {
  return cp < 0x80 ? static_cast<CharClass>(kAsciiClass[cp]) : ClassifyNonAscii(cp);
}

// Typographic folding shared by token norms and NormalizeForMatching:
// curly single quotes, primes and the modifier apostrophe to ', curly double
// quotes and the double prime to ", hyphens, dashes and the minus sign to -.
// Other code points are returned unchanged.
inline char32_t FoldTypographic(char32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      return U'\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2033:
      return U'"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return U'-';
    default:
      return cp;
  }
}

// True for white space the splitter trims: ASCII white space, NBSP, the
// Unicode space separators (U+2000-U+200A, U+202F, U+205F, U+3000, U+1680),
// U+2028/U+2029, U+0085, U+200B and U+FEFF.
bool IsNonAsciiSpace(char32_t cp);
inline bool IsUnicodeSpace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return IsNonAsciiSpace(cp);
}

// Lower- / upper-case letter tests for any script (ASCII fast path).
bool IsLower(char32_t cp);
bool IsUpper(char32_t cp);

// Options for AppendNormalized.
struct NormOptions {
  bool upper = false;        // upper-case (token norms)
  bool fold_spaces = false;  // Unicode spaces to ' ' (NormalizeForMatching)
};

// Appends the normalised form of `in` (valid UTF-8, though invalid bytes are
// tolerated and come out as U+FFFD) to *out: NFC, default-ignorable and
// format characters dropped, typographic variants folded, optionally
// upper-cased. When `map` is non-null, appends for every output byte the
// offset (base + offset in `in`) of the input byte it came from; offsets are
// non-decreasing. `scratch` is reused
// working space (only grows), so warm callers do not allocate.
//
// NFC is computed per segment that starts at a "safe" starter (a code point
// with combining class 0 that is not a mark, not a Hangul vowel/trailing
// jamo, and not ignorable), which is exact for any text whose segments are
// shorter than 64 code points (true of all real text; longer runs of
// combining marks are split, so their canonical ordering is local).
void AppendNormalized(std::string_view in, const NormOptions& opts, std::string* out,
                      std::vector<uint32_t>* map, uint32_t base, std::vector<int32_t>* scratch);

}  // namespace annalist::text_internal

#endif  // ANNALIST_SRC_TEXT_INTERNAL_H_
