// UTF-8 validation and repair, and the character classes.
#include <utf8proc.h>

#include <cstring>

#include "annalist/text.h"
#include "text/internal.h"

namespace annalist {
namespace text_internal {

size_t ValidSequenceLength(const unsigned char* s, size_t n, size_t i) {
  unsigned char b = s[i];
  if (b < 0x80) return 1;
  size_t left = n - i;
  auto cont = [&](size_t k) { return (s[i + k] & 0xC0) == 0x80; };
  if (b >= 0xC2 && b <= 0xDF) {
    return left >= 2 && cont(1) ? 2 : 0;
  }
  if (b >= 0xE0 && b <= 0xEF) {
    if (left < 3) return 0;
    unsigned char c1 = s[i + 1];
    unsigned char lo = b == 0xE0 ? 0xA0 : 0x80;  // no overlongs
    unsigned char hi = b == 0xED ? 0x9F : 0xBF;  // no surrogates
    if (c1 < lo || c1 > hi) return 0;
    return cont(2) ? 3 : 0;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    if (left < 4) return 0;
    unsigned char c1 = s[i + 1];
    unsigned char lo = b == 0xF0 ? 0x90 : 0x80;  // no overlongs
    unsigned char hi = b == 0xF4 ? 0x8F : 0xBF;  // nothing above U+10FFFF
    if (c1 < lo || c1 > hi) return 0;
    return cont(2) && cont(3) ? 4 : 0;
  }
  return 0;  // 0x80-0xC1 (continuation or overlong lead), 0xF5-0xFF
}

// Classes of the ASCII characters.
#define S kSpace
#define L kLetter
#define D kDigit
#define O kOther
const uint8_t kAsciiClass[128] = {
    // 0x00-0x1F: controls (tab, newline, ... and NUL) separate tokens.
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    S,
    // ' ' ! " # $ % & ' ( ) * + , - . /
    S,
    O,
    O,
    O,
    O,
    O,
    O,
    kApos,
    O,
    O,
    O,
    O,
    kComma,
    kHyphen,
    kPeriod,
    O,
    // 0-9 : ; < = > ?
    D,
    D,
    D,
    D,
    D,
    D,
    D,
    D,
    D,
    D,
    O,
    O,
    O,
    O,
    O,
    O,
    // @ A-O
    O,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    // P-Z [ \ ] ^ _
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    O,
    O,
    O,
    O,
    O,
    // ` a-o
    O,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    // p-z { | } ~ DEL
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    L,
    O,
    O,
    O,
    O,
    S,
};
#undef S
#undef L
#undef D
#undef O

CharClass ClassifyNonAscii(char32_t cp) {
  switch (cp) {
    case 0x2010:
    case 0x2011:
      return kHyphen;
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      return kApos;
    case 0x200B:  // zero width space: a word break
      return kSpace;
    default:
      break;
  }
  if (cp > 0x10FFFF) return kOther;
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  switch (p->category) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return kSpace;
    case UTF8PROC_CATEGORY_CF:
      return kIgnorable;
    default:
      break;
  }
  if (p->ignorable) return kIgnorable;
  switch (p->category) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return kLetter;
    case UTF8PROC_CATEGORY_ND:
      return kDigit;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return kMark;
    default:
      return kOther;
  }
}

bool IsNonAsciiSpace(char32_t cp) {
  switch (cp) {
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x200B:
    case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp > 0x10FFFF) return false;
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp > 0x10FFFF) return false;
  auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

namespace {

// Length of the leading run of ASCII bytes in [p, p + n).
inline size_t AsciiPrefix(const unsigned char* p, size_t n) {
  size_t i = 0;
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

}  // namespace
}  // namespace text_internal

using text_internal::AsciiPrefix;
using text_internal::ValidSequenceLength;

bool IsValidUtf8(std::string_view in) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  size_t n = in.size();
  size_t i = 0;
  while (i < n) {
    i += AsciiPrefix(p + i, n - i);
    if (i >= n) break;
    size_t len = ValidSequenceLength(p, n, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::string RepairUtf8(std::string_view in, uint64_t* repaired) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  size_t n = in.size();
  // Find the first bad byte; most documents have none and are copied whole.
  size_t i = 0;
  while (i < n) {
    i += AsciiPrefix(p + i, n - i);
    if (i >= n) break;
    size_t len = ValidSequenceLength(p, n, i);
    if (len == 0) break;
    i += len;
  }
  if (i >= n) return std::string(in);

  std::string out;
  out.reserve(n + 16);
  out.append(in.data(), i);
  uint64_t bad = 0;
  while (i < n) {
    size_t run = AsciiPrefix(p + i, n - i);
    if (run) {
      out.append(in.data() + i, run);
      i += run;
      continue;
    }
    size_t len = ValidSequenceLength(p, n, i);
    if (len == 0) {
      out.append("\xEF\xBF\xBD", 3);
      ++bad;
      ++i;
    } else {
      out.append(in.data() + i, len);
      i += len;
    }
  }
  if (repaired) *repaired += bad;
  return out;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    char b[2] = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    out->append(b, 2);
  } else if (cp < 0x10000) {
    char b[3] = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                 static_cast<char>(0x80 | (cp & 0x3F))};
    out->append(b, 3);
  } else {
    char b[4] = {
        static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
        static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    out->append(b, 4);
  }
}

}  // namespace annalist
