// The tokenizer. See docs/text.md for the rules.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "annalist/text.h"
#include "text/internal.h"

namespace annalist {
namespace {

using text_internal::CharClass;
using text_internal::Cp;

struct At {
  CharClass cls;
  char32_t cp;
  uint32_t len;
};

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  // Class of the code point at byte i; past the end it is a space.
  At Get(size_t i) const {
    if (i >= text_.size()) return {text_internal::kSpace, 0, 0};
    auto b = static_cast<unsigned char>(text_[i]);
    if (b < 0x80) return {static_cast<CharClass>(text_internal::kAsciiClass[b]), b, 1};
    Cp c = text_internal::Decode(text_, i);
    return {text_internal::ClassifyNonAscii(c.cp), c.cp, c.len};
  }

 private:
  std::string_view text_;
};

// The bytes 'a'..'z' of x made upper case; the others unchanged.
inline uint64_t UpperAscii8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  const uint64_t low = x & (0x7f * kOnes);
  const uint64_t ge_a = low + (0x80 - 'a') * kOnes;      // bit 7: >= 'a'
  const uint64_t gt_z = low + (0x80 - 'z' - 1) * kOnes;  // bit 7: > 'z'
  const uint64_t lower = ge_a & ~gt_z & ~x & (0x80 * kOnes);
  return x ^ (lower >> 2);
}

// The end of the run of ASCII letters that starts at byte i: eight bytes at
// a time while all are letters (on little-endian machines, where the first
// byte is the low one), then byte by byte.
inline size_t AsciiLettersEnd(std::string_view text, size_t i) {
  const size_t n = text.size();
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x80 * kOnes;
    for (; i + 8 <= n; i += 8) {
      uint64_t x;
      std::memcpy(&x, text.data() + i, 8);
      // High bit of each byte that is 'A'-'Z' or 'a'-'z' (lower-case is
      // upper-case plus 0x20; bytes from 0x80 are no letters).
      const uint64_t up = (x | (0x20 * kOnes)) & (0x7f * kOnes);
      const uint64_t letter = (up + (0x80 - 'a') * kOnes) & ~(up + (0x80 - 'z' - 1) * kOnes) & ~x;
      const uint64_t other = ~letter & kHighs;
      if (other) return i + static_cast<size_t>(std::countr_zero(other)) / 8;
    }
  }
  while (i < n) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80 || text_internal::kAsciiClass[c] != text_internal::kLetter) break;
    ++i;
  }
  return i;
}

inline bool IsAlnum(CharClass c) {
  return c == text_internal::kLetter || c == text_internal::kDigit;
}
inline bool IsWordBody(CharClass c) { return IsAlnum(c) || c == text_internal::kMark; }

}  // namespace

void Tokenize(std::string_view text, TokenBuffer* out) { Tokenize(text, 0, out); }

void Tokenize(std::string_view text, uint32_t base, TokenBuffer* out) {
  using namespace text_internal;
  out->Clear();
  std::vector<Token>& toks = out->mutable_tokens();
  std::string& norm = out->mutable_norm();
  std::vector<int32_t>& scratch = out->mutable_scratch();
  const NormOptions opts{/*upper=*/true, /*fold_spaces=*/false};
  const Scanner sc(text);
  const size_t n = text.size();
  // ASCII tokens take no more than the text, so `norm` is sized to the text
  // once and ASCII tokens are written through a pointer, no size check per
  // byte; `w` is its logical size, set as the string's size at the end (and
  // around the rare non-ASCII token, which appends).
  // Eight bytes of room past the end for the word-wide stores below.
  norm.resize(n + 8);
  size_t w = 0;

  auto emit = [&](size_t b, size_t e, Token::Kind kind, bool ascii) __attribute__((always_inline)) {
    Token t;
    t.span.begin = base + static_cast<uint32_t>(b);
    t.span.end = base + static_cast<uint32_t>(e);
    t.norm_begin = static_cast<uint32_t>(w);
    if (ascii) {
      if (w + (e - b) + 8 > norm.size()) norm.resize(w + (e - b) + 8);
      char* dst = norm.data() + w;
      size_t k = b;
      // Eight bytes at a time while the text has them (the bytes past `e`
      // land past the token and are overwritten or cut off).
      for (; k < e && k + 8 <= n; k += 8, dst += 8) {
        uint64_t x;
        std::memcpy(&x, text.data() + k, 8);
        x = UpperAscii8(x);
        std::memcpy(dst, &x, 8);
      }
      for (; k < e; ++k) {
        auto c = static_cast<unsigned char>(text[k]);
        *dst++ = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
      }
      w += e - b;
    } else {
      norm.resize(w);
      AppendNormalized(text.substr(b, e - b), opts, &norm, nullptr, 0, &scratch);
      w = norm.size();
    }
    t.norm_size = static_cast<uint32_t>(w) - t.norm_begin;
    t.kind = kind;
    toks.push_back(t);
  };

  size_t p = 0;
  while (p < n) {
    // Fast skip of ASCII white space.
    auto b0 = static_cast<unsigned char>(text[p]);
    if (b0 < 0x80 && kAsciiClass[b0] == kSpace) {
      ++p;
      continue;
    }
    At a = sc.Get(p);
    if (a.cls == kSpace || a.cls == kIgnorable) {
      p += a.len;
      continue;
    }
    if (!IsAlnum(a.cls)) {
      // One punctuation mark or symbol, with any combining marks on it.
      size_t e = p + a.len;
      bool ascii = a.cp < 0x80;
      for (At m = sc.Get(e); m.cls == kMark; m = sc.Get(e)) {
        e += m.len;
        ascii = false;
      }
      emit(p, e, Token::kPunct, ascii);
      p = e;
      continue;
    }

    // A word or number.
    size_t q = p;
    bool ascii = true;
    bool has_letter = false;
    bool internal_period = false;
    int seg_letters = 0;    // letters in the current segment (since . or -)
    bool seg_pure = true;   // the segment has letters only
    size_t possessive = 0;  // length of "'s" when the word ends with one
    while (q < n) {
      // ASCII letters and digits, the bulk of most words.
      auto b = static_cast<unsigned char>(text[q]);
      if (b < 0x80) {
        uint8_t k = kAsciiClass[b];
        if (k == kLetter) {
          // The run of ASCII letters from here.
          const size_t r = AsciiLettersEnd(text, q + 1);
          has_letter = true;
          seg_letters += static_cast<int>(r - q);
          q = r;
          continue;
        }
        if (k == kDigit) {
          seg_pure = false;
          ++q;
          continue;
        }
      }
      At c = sc.Get(q);
      const bool c_ascii = c.cp < 0x80;
      switch (c.cls) {
        case kLetter:
          has_letter = true;
          ++seg_letters;
          ascii &= c_ascii;
          q += c.len;
          continue;
        case kDigit:
          seg_pure = false;
          ascii &= c_ascii;
          q += c.len;
          continue;
        case kMark:
          ascii = false;
          q += c.len;
          continue;
        case kIgnorable: {
          size_t r = q + c.len;
          At d = sc.Get(r);
          while (d.cls == kIgnorable) {
            r += d.len;
            d = sc.Get(r);
          }
          if (IsWordBody(d.cls)) {
            ascii = false;
            q = r;
            continue;
          }
          break;
        }
        case kHyphen:
          if (IsAlnum(sc.Get(q + c.len).cls)) {
            ascii &= c_ascii;
            q += c.len;
            seg_letters = 0;
            seg_pure = true;
            continue;
          }
          break;
        case kApos: {
          At d = sc.Get(q + c.len);
          if (d.cls != kLetter) break;
          if ((d.cp == 's' || d.cp == 'S') && !IsWordBody(sc.Get(q + c.len + 1).cls)) {
            possessive = c.len + 1;
            break;
          }
          ascii &= c_ascii;
          q += c.len;
          seg_pure = false;
          continue;
        }
        case kPeriod: {
          CharClass next = sc.Get(q + 1).cls;
          if (!has_letter && next == kDigit) {  // 3.5
            ++q;
            continue;
          }
          if (has_letter && seg_pure && seg_letters >= 1 && seg_letters <= 2 &&
              next == kLetter) {  // U.S, a.m, Ph.D
            internal_period = true;
            seg_letters = 0;
            seg_pure = true;
            ++q;
            continue;
          }
          break;
        }
        case kComma:
          if (!has_letter && sc.Get(q + 1).cls == kDigit) {  // 1,400
            ++q;
            continue;
          }
          break;
        default:
          break;
      }
      break;
    }
    // The closing period of a dotted abbreviation: "U.S.", "a.m.", "Ph.D.".
    if (internal_period && q < n && text[q] == '.' && seg_pure && seg_letters >= 1 &&
        seg_letters <= 2) {
      ++q;
    }
    emit(p, q, has_letter ? Token::kWord : Token::kNumber, ascii);
    p = q;
    if (possessive) {
      emit(p, p + possessive, Token::kWord, possessive == 2);
      p += possessive;
    }
  }
  norm.resize(w);
}

bool TokensWithin(std::string_view text, const TokenBuffer& text_tokens, Span span, size_t* first,
                  size_t* end) {
  if (span.begin > span.end || span.end > text.size()) return false;
  auto continuation = [&](uint32_t at) {
    return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
  };
  if (continuation(span.begin) || continuation(span.end)) return false;
  const std::vector<Token>& t = text_tokens.tokens();
  auto f = std::partition_point(t.begin(), t.end(),
                                [&](const Token& k) { return k.span.end <= span.begin; });
  auto e =
      std::partition_point(f, t.end(), [&](const Token& k) { return k.span.begin < span.end; });
  // No token across an end, and none touching the next at an end: a
  // possessive "'s" is a token only after its word ("Israel's"), and a
  // token that ends where another begins was cut by the scan before.
  // `next`: the first token that begins at or after `at`, or that goes
  // across it.
  auto cut_between = [&](std::vector<Token>::const_iterator next, uint32_t at) {
    if (next != t.end() && next->span.begin < at) return false;  // across `at`
    if (next == t.begin()) return true;
    const Token& prev = *(next - 1);
    if (prev.span.end > at) return false;  // across `at`
    return next == t.end() || prev.span.end < next->span.begin;
  };
  if (!cut_between(f, span.begin) || !cut_between(e, span.end)) return false;
  *first = static_cast<size_t>(f - t.begin());
  *end = static_cast<size_t>(e - t.begin());
  return true;
}

}  // namespace annalist
