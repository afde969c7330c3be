// RepairUtf8 and IsValidUtf8.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>

#include "annalist/text.h"

namespace annalist {
namespace {

using namespace std::string_literals;

const std::string kFffd = "\xEF\xBF\xBD";

std::string Repair(const std::string& in, uint64_t* count = nullptr) {
  uint64_t local = 0;
  std::string out = RepairUtf8(in, &local);
  if (count) *count = local;
  return out;
}

TEST(Utf8, AsciiAndValidTextPassThrough) {
  for (const std::string& s :
       {""s, "hello"s, "caf\xC3\xA9"s, "\xE2\x80\x99"s, "\xF0\x9F\x98\x80 emoji"s,
        "\xD7\x91\xD7\xA0"s, "a\0b\0"s, std::string(1000, 'x') + "\xC3\xA9"}) {
    uint64_t n = 7;
    EXPECT_EQ(Repair(s, &n), s);
    EXPECT_EQ(n, 0u);
    EXPECT_TRUE(IsValidUtf8(s)) << s;
  }
}

TEST(Utf8, NulBytesAreKept) {
  std::string s("a\0b\0\0c", 6);
  EXPECT_TRUE(IsValidUtf8(s));
  EXPECT_EQ(RepairUtf8(s, nullptr), s);
}

TEST(Utf8, BoundaryCodePointsAreValid) {
  for (const std::string& s : {
           "\x7F"s,              // U+007F
           "\xC2\x80"s,          // U+0080
           "\xDF\xBF"s,          // U+07FF
           "\xE0\xA0\x80"s,      // U+0800
           "\xED\x9F\xBF"s,      // U+D7FF, just below the surrogates
           "\xEE\x80\x80"s,      // U+E000, just above them
           "\xEF\xBF\xBF"s,      // U+FFFF
           "\xF0\x90\x80\x80"s,  // U+10000
           "\xF4\x8F\xBF\xBF"s,  // U+10FFFF
       }) {
    EXPECT_TRUE(IsValidUtf8(s)) << ::testing::PrintToString(s);
    EXPECT_EQ(RepairUtf8(s, nullptr), s);
  }
}

struct BadCase {
  std::string in;
  std::string out;
  uint64_t count;
};

TEST(Utf8, EachInvalidByteBecomesOneReplacement) {
  const BadCase cases[] = {
      {"\x80", kFffd, 1},  // lone continuation
      {"a\xBFz", "a" + kFffd + "z", 1},
      {"\xC0\xAF", kFffd + kFffd, 2},                          // overlong '/'
      {"\xC1\xBF", kFffd + kFffd, 2},                          // overlong
      {"\xE0\x80\xAF", kFffd + kFffd + kFffd, 3},              // overlong 3-byte
      {"\xF0\x80\x80\xAF", kFffd + kFffd + kFffd + kFffd, 4},  // overlong 4-byte
      {"\xED\xA0\x80", kFffd + kFffd + kFffd, 3},              // U+D800 surrogate
      {"\xED\xBF\xBF", kFffd + kFffd + kFffd, 3},              // U+DFFF surrogate
      {"\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd, 4},  // U+110000
      {"\xF5\x80\x80\x80", kFffd + kFffd + kFffd + kFffd, 4},  // lead F5
      {"\xFF\xFE", kFffd + kFffd, 2},
      {"ab\xE2\x82", "ab" + kFffd + kFffd, 2},  // truncated at the end
      {"\xE2\x82"
       "A",
       kFffd + kFffd + "A", 2},                    // truncated before ASCII
      {"\xF0\x9F\x98", kFffd + kFffd + kFffd, 3},  // truncated emoji
      {"\xF0\x9F\x98\x80\xF0\x9F", "\xF0\x9F\x98\x80" + kFffd + kFffd, 2},
      {"\xC3"
       "\xC3\xA9",
       kFffd + "\xC3\xA9", 1},  // lead then valid pair
      {"x\xC3", "x" + kFffd, 1},
  };
  for (const BadCase& c : cases) {
    uint64_t n = 0;
    EXPECT_EQ(Repair(c.in, &n), c.out) << ::testing::PrintToString(c.in);
    EXPECT_EQ(n, c.count) << ::testing::PrintToString(c.in);
    EXPECT_FALSE(IsValidUtf8(c.in)) << ::testing::PrintToString(c.in);
  }
}

TEST(Utf8, CountAccumulatesAndNullIsAllowed) {
  uint64_t n = 10;
  RepairUtf8("\xFF", &n);
  EXPECT_EQ(n, 11u);
  EXPECT_EQ(RepairUtf8("\xFF", nullptr), kFffd);
}

TEST(Utf8, InvalidBytesAtEveryAlignmentOfTheAsciiFastPath) {
  for (size_t pos = 0; pos < 40; ++pos) {
    std::string s(40, 'a');
    s[pos] = '\x80';
    uint64_t n = 0;
    std::string out = Repair(s, &n);
    EXPECT_EQ(n, 1u);
    EXPECT_EQ(out, std::string(pos, 'a') + kFffd + std::string(39 - pos, 'a'));
    EXPECT_FALSE(IsValidUtf8(s));
  }
}

// A plain decoder written from the definition (code point ranges rather
// than Table 3-7's byte ranges), to compare against on random bytes.
size_t RefSequenceLength(const std::string& s, size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  size_t len;
  uint32_t cp;
  if (b < 0x80) return 1;
  if ((b & 0xE0) == 0xC0) {
    len = 2;
    cp = b & 0x1F;
  } else if ((b & 0xF0) == 0xE0) {
    len = 3;
    cp = b & 0x0F;
  } else if ((b & 0xF8) == 0xF0) {
    len = 4;
    cp = b & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len]) return 0;                // overlong
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;  // surrogate
  if (cp > 0x10FFFF) return 0;
  return len;
}

std::string RefRepair(const std::string& s, uint64_t* count) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t n = RefSequenceLength(s, i);
    if (n == 0) {
      out += kFffd;
      ++*count;
      ++i;
    } else {
      out.append(s, i, n);
      i += n;
    }
  }
  return out;
}

TEST(Utf8, MatchesReferenceOnRandomBytes) {
  std::mt19937 rng(42);
  // Bytes weighted towards the interesting ranges.
  const std::string pool =
      "aZ \n\x80\x8F\x90\x9F\xA0\xBF\xC0\xC1\xC2\xDF\xE0\xE1\xEC\xED\xEE\xEF\xF0\xF1"
      "\xF3\xF4\xF5\xFF";
  for (int iter = 0; iter < 20000; ++iter) {
    size_t len = rng() % 24;
    std::string s;
    for (size_t i = 0; i < len; ++i) {
      s += rng() % 3 == 0 ? static_cast<char>(rng() & 0xFF) : pool[rng() % pool.size()];
    }
    uint64_t ref_count = 0, count = 0;
    std::string ref = RefRepair(s, &ref_count);
    std::string got = RepairUtf8(s, &count);
    ASSERT_EQ(got, ref) << ::testing::PrintToString(s);
    ASSERT_EQ(count, ref_count);
    ASSERT_EQ(IsValidUtf8(s), ref_count == 0);
    ASSERT_TRUE(IsValidUtf8(got));
    uint64_t again = 0;
    ASSERT_EQ(RepairUtf8(got, &again), got);  // idempotent
    ASSERT_EQ(again, 0u);
  }
}

}  // namespace
}  // namespace annalist
