// NormalizeForMatching and its map back to the original bytes.
#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "annalist/text.h"

namespace annalist {
namespace {

void CheckMap(std::string_view text, const std::string& out, const std::vector<uint32_t>& map) {
  ASSERT_EQ(map.size(), out.size() + 1);
  EXPECT_EQ(map.back(), text.size());
  for (size_t i = 0; i < out.size(); ++i) {
    ASSERT_LT(map[i], text.size());
    if (i) {
      ASSERT_LE(map[i - 1], map[i]);
    }
  }
}

TEST(Normalize, FoldsTypographyAndKeepsCase) {
  std::vector<uint32_t> map;
  std::string text = "Don\u2019t \u201Cstop\u201D \u2014 al\u2011Sharaa\u00A0now";
  std::string out = NormalizeForMatching(text, &map);
  EXPECT_EQ(out, "Don't \"stop\" - al-Sharaa now");
  CheckMap(text, out, map);
  // Spans map back: "Sharaa" in the result is "Sharaa" in the original.
  size_t at = out.find("Sharaa");
  uint32_t b = map[at], e = map[at + 6];
  EXPECT_EQ(text.substr(b, e - b), "Sharaa");
  // The folded apostrophe maps to the first byte of U+2019.
  EXPECT_EQ(map[3], 3u);
  EXPECT_EQ(map[4], 6u);
}

TEST(Normalize, SpacesAndFormatCharacters) {
  EXPECT_EQ(NormalizeForMatching("a\u202Fb\u2009c\u3000d", nullptr), "a b c d");
  EXPECT_EQ(NormalizeForMatching("inter\u00ADnational", nullptr), "international");
  EXPECT_EQ(NormalizeForMatching("a\u200Bb\u200Dc\uFEFF", nullptr), "abc");
  EXPECT_EQ(NormalizeForMatching("tab\tnew\nline", nullptr), "tab\tnew\nline");
  EXPECT_EQ(NormalizeForMatching(std::string("nul\0!", 5), nullptr), std::string("nul\0!", 5));
}

TEST(Normalize, NfcWithMap) {
  std::vector<uint32_t> map;
  std::string text = "Cafe\u0301 au lait";
  std::string out = NormalizeForMatching(text, &map);
  EXPECT_EQ(out, "Caf\u00E9 au lait");
  CheckMap(text, out, map);
  EXPECT_EQ(map[3], 3u);  // both bytes of é come from the 'e'
  EXPECT_EQ(map[4], 3u);
  EXPECT_EQ(map[5], 6u);  // the space after the combining accent

  out = NormalizeForMatching("\u212Bngstr\u00F6m", &map);
  EXPECT_EQ(out, "\u00C5ngstr\u00F6m");
  EXPECT_EQ(map[0], 0u);
  EXPECT_EQ(map[2], 3u);  // 'n' after the three-byte Angstrom sign

  // Marks reorder into canonical order.
  out = NormalizeForMatching("a\u0323\u0302x", &map);  // dot below, circumflex
  EXPECT_EQ(out,
            "\u1EAD"
            "x");
  EXPECT_EQ(map[3], 5u);
}

TEST(Normalize, EmptyAndAscii) {
  std::vector<uint32_t> map = {9, 9};
  EXPECT_EQ(NormalizeForMatching("", &map), "");
  EXPECT_EQ(map, std::vector<uint32_t>{0});
  std::string ascii = "Plain ASCII, 100% of it.";
  EXPECT_EQ(NormalizeForMatching(ascii, &map), ascii);
  for (size_t i = 0; i <= ascii.size(); ++i) EXPECT_EQ(map[i], i);
}

// Reference: utf8proc over the whole text, then the same folds.
std::string RefNormalize(const std::string& s) {
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
      &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_IGNORE));
  std::string out;
  for (utf8proc_ssize_t i = 0; i < n;) {
    int32_t cp;
    i += utf8proc_iterate(mapped + i, n - i, &cp);
    const utf8proc_property_t* p = utf8proc_get_property(cp);
    if (cp >= 0x80 && (p->ignorable || p->category == UTF8PROC_CATEGORY_CF)) continue;
    switch (cp) {
      case 0x2018:
      case 0x2019:
      case 0x201B:
      case 0x2032:
      case 0x02BC:
        cp = '\'';
        break;
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x2033:
        cp = '"';
        break;
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2014:
      case 0x2015:
      case 0x2212:
        cp = '-';
        break;
      default:
        if (cp >= 0x80 &&
            (p->category == UTF8PROC_CATEGORY_ZS || cp == 0x2028 || cp == 0x2029 || cp == 0x85)) {
          cp = ' ';
        }
    }
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t k = utf8proc_encode_char(cp, buf);
    out.append(reinterpret_cast<char*>(buf), static_cast<size_t>(k));
  }
  std::free(mapped);
  return out;
}

TEST(Normalize, MatchesReferenceOnRandomInput) {
  const std::vector<std::string> alphabet = {
      "a",
      "e",
      "A",
      "1",
      " ",
      ".",
      "'",
      "-",
      "\u2019",
      "\u201C",
      "\u2011",
      "\u2014",
      "\u00A0",
      "\u202F",
      "\u0301",
      "\u0323",
      "\u0302",
      "\u0345",
      "\u00E9",
      "\u00AD",
      "\u200D",
      "\u200B",
      "\U0001F600",
      "\uFE0F",
      "\u05D0",
      "\u05B8",
      "\u212B",
      "\u1100",
      "\u1161",
      "\u11A8",
      "\uAC00",
      "\u0BC6",
      "\u0BBE",
      "\u0B47",
      "\u0B3E",
      "\u2028",
      std::string(1, '\0'),
      "\n",
  };
  std::mt19937 rng(11);
  std::vector<uint32_t> map;
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s;
    size_t len = rng() % 16;
    for (size_t i = 0; i < len; ++i) s += alphabet[rng() % alphabet.size()];
    std::string out = NormalizeForMatching(s, &map);
    ASSERT_EQ(out, RefNormalize(s)) << ::testing::PrintToString(s);
    CheckMap(s, out, map);
  }
}

}  // namespace
}  // namespace annalist
