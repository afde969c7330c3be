#include "ingest/encoding.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace annalist::ingest {
namespace {

// A plain reference: decode the code point the lead byte announces, then
// check it is minimal, not a surrogate and not above U+10FFFF.
size_t ReferenceLength(std::string_view s) {
  auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c = b(0);
  size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || len > s.size()) return 0;
  if (len == 1) return 1;
  uint32_t cp = c & (0x7F >> len);
  for (size_t i = 1; i < len; ++i) {
    if ((b(i) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i) & 0x3F);
  }
  static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF) return 0;
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
  return len;
}

std::string ReferenceRepair(std::string_view s, uint64_t* bad) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t len = ReferenceLength(s.substr(i));
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++*bad;
      ++i;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  return out;
}

TEST(Encoding, RepairMatchesReferenceOnRandomBytes) {
  std::mt19937 rng(12345);
  const unsigned char kPool[] = {0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                                 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90};
  for (int round = 0; round < 20000; ++round) {
    std::string s(rng() % 12, '\0');
    for (char& c : s) {
      c = static_cast<char>(rng() % 3 == 0 ? rng() % 256 : kPool[rng() % sizeof kPool]);
    }
    uint64_t got_bad = 0, want_bad = 0;
    std::string want = ReferenceRepair(s, &want_bad);
    ASSERT_EQ(RepairUtf8Bytes(s, &got_bad), want) << round;
    ASSERT_EQ(got_bad, want_bad);
  }
}

TEST(Encoding, KnownSequences) {
  uint64_t n = 0;
  EXPECT_EQ(RepairUtf8Bytes("\xC0\xAF", &n), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(RepairUtf8Bytes("\xED\xA0\x80", &n),  // a surrogate
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(RepairUtf8Bytes("\xF4\x90\x80\x80", nullptr).size(), 12u);
  EXPECT_EQ(RepairUtf8Bytes("\xE2\x82\xAC ok", nullptr), "\xE2\x82\xAC ok");
  EXPECT_EQ(n, 5u);
}

TEST(Encoding, Latin1Fallback) {
  uint64_t n = 0;
  EXPECT_EQ(DecodeUtf8OrLatin1("M\xFCnchen \xC3\xA9t\xE9", &n), "M\xC3\xBCnchen \xC3\xA9t\xC3\xA9");
  EXPECT_EQ(n, 2u);
}

TEST(Encoding, LooksBinary) {
  EXPECT_FALSE(LooksBinary(""));
  EXPECT_FALSE(LooksBinary("Plain text.\r\n\tIndented.\f"));
  EXPECT_FALSE(LooksBinary("caf\xC3\xA9 and a stray \xFC byte in prose"));
  // One NUL is data, not a sign of a binary file; many are.
  EXPECT_FALSE(LooksBinary(std::string("text\0more", 9)));
  EXPECT_TRUE(LooksBinary(std::string("te\0\0\0\0xt", 8)));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04 ab"));
  EXPECT_TRUE(LooksBinary("\x89PNG\x1A\xFF\xFE\x90\x91\x92"));
  // A multi-byte character cut by the end of the window is not evidence.
  EXPECT_FALSE(LooksBinary("ab\xE2\x82"));
}

}  // namespace
}  // namespace annalist::ingest
