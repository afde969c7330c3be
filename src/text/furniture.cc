// The phrase rules of page furniture (furniture.h).
#include "text/furniture.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "text/furniture_rules.h"
#include "text/internal.h"

namespace annalist::text_internal {
namespace {

template <size_t N>
bool InList(const std::string_view (&list)[N], std::string_view w) {
  for (std::string_view s : list) {
    if (w == s) return true;
  }
  return false;
}

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// The phrases, labels and prefixes are looked for in the first 128 bytes of
// a unit, lower-cased by FoldLower. Each byte folds to at most three (a
// stray byte becomes U+FFFD), so a head fits a buffer on the stack.
constexpr size_t kHeadBytes = 128;
constexpr size_t kFoldedHeadCap = 3 * kHeadBytes;

// Writes to `out` the lower-cased ASCII view of s[b, e) for pattern
// matching: curly quotes and dashes folded, other non-ASCII code points kept
// (a byte that starts no sequence as U+FFFD), runs of white space collapsed
// to one ' ', leading white space dropped, and with `skip_openers` leading
// '(' and '[' too. Stops once at least `limit` bytes are written; `out` has
// room for limit + 3. Returns the number of bytes written.
size_t FoldLower(std::string_view s, size_t b, size_t e, bool skip_openers, size_t limit,
                 char* out) {
  size_t n = 0;
  bool space = false;
  for (size_t i = b; i < e && n < limit;) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {  // most text: no decoding, no folding
      ++i;
      if (byte == ' ' || (byte >= '\t' && byte <= '\r')) {
        space = true;
        continue;
      }
      if (n == 0 && skip_openers && (byte == '(' || byte == '[')) continue;
      if (space && n > 0) out[n++] = ' ';
      space = false;
      out[n++] = AsciiLower(static_cast<char>(byte));
      continue;
    }
    const Cp c = Decode(s, i);
    if (IsNonAsciiSpace(c.cp)) {
      i += c.len;
      space = true;
      continue;
    }
    if (space && n > 0) out[n++] = ' ';
    space = false;
    const char32_t f = FoldTypographic(c.cp);
    if (f < 0x80) {
      out[n++] = static_cast<char>(f);  // ' " - are their own lower case
    } else if (c.len == 1) {
      std::memcpy(out + n, "\xEF\xBF\xBD", 3);
      n += 3;
    } else {  // unchanged: its own bytes
      std::memcpy(out + n, s.data() + i, c.len);
      n += c.len;
    }
    i += c.len;
  }
  return n;
}

// True when `s` starts with `p` (checking the first byte inline: most
// heads start with none of the list's words).
inline bool HasPrefix(std::string_view s, std::string_view p) {
  return !s.empty() && s[0] == p[0] && s.substr(0, p.size()) == p;
}

bool StartsWithWord(std::string_view s, std::string_view prefix) {
  if (!HasPrefix(s, prefix)) return false;
  if (s.size() == prefix.size()) return true;
  char c = s[prefix.size()];
  return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

// The most bytes of a head without its opening brackets (the `lab` of
// IsFurniturePhrase) that the label and prefix rules read: a label, a blank
// and its colon, or a prefix and the byte after it.
constexpr size_t kLabelBytes = [] {
  size_t n = 0;
  for (std::string_view l : kLabels) n = std::max(n, l.size() + 2);
  for (std::string_view p : kFurniturePrefixes) n = std::max(n, p.size() + 1);
  return n;
}();

// True when `lab` starts with a label and its colon: "photo: ...".
bool StartsWithLabel(std::string_view lab) {
  for (std::string_view l : kLabels) {
    if (HasPrefix(lab, l)) {
      std::string_view after = lab.substr(l.size());
      while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
      if (!after.empty() && after.front() == ':') return true;
    }
  }
  return false;
}

bool StartsWithFurniturePrefix(std::string_view lab) {
  for (std::string_view p : kFurniturePrefixes) {
    bool letter_end = p.back() >= 'a' && p.back() <= 'z';
    if (letter_end ? StartsWithWord(lab, p) : HasPrefix(lab, p)) return true;
  }
  return false;
}

// Whether any of a few strings occurs in a text, in one pass. Each string
// names two adjacent bytes of it that are rare in prose (its anchor); the
// scan looks up every pair of adjacent bytes of the text in a bit table of
// the anchors and compares the strings only where one is found, instead of
// searching the text once for each string from its (often common) first
// letter.
class AnyOf {
 public:
  struct Needle {
    std::string_view text;  // two bytes or more
    size_t anchor;          // offset of the anchor pair in `text`
  };

  template <size_t N>
  constexpr explicit AnyOf(const Needle (&needles)[N]) : needles_(needles), count_(N) {
    for (const Needle& n : needles) {
      const unsigned pair = Pair(n.text[n.anchor], n.text[n.anchor + 1]);
      pairs_[pair / 64] |= uint64_t{1} << (pair % 64);
    }
  }

  bool In(std::string_view s) const {
    for (size_t i = 0; i + 1 < s.size(); ++i) {
      const unsigned pair = Pair(s[i], s[i + 1]);
      if (!((pairs_[pair / 64] >> (pair % 64)) & 1)) continue;
      for (size_t k = 0; k < count_; ++k) {
        const Needle& n = needles_[k];
        if (i >= n.anchor && s.substr(i - n.anchor, n.text.size()) == n.text) return true;
      }
    }
    return false;
  }

 private:
  static constexpr unsigned Pair(char a, char b) {
    return static_cast<unsigned>(static_cast<unsigned char>(a)) << 8 |
           static_cast<unsigned char>(b);
  }

  const Needle* needles_;
  size_t count_;
  std::array<uint64_t, 65536 / 64> pairs_{};
};

// kNoticeStems with their anchors.
constexpr AnyOf::Needle kStemNeedles[] = {
    {"olic", 0}, {"ookie", 2}, {"erms", 2}, {"eserved", 3}, {"uideline", 0},
    {"OLIC", 0}, {"OOKIE", 2}, {"ERMS", 2}, {"ESERVED", 3}, {"UIDELINE", 0},
};
// kCredits with their anchors.
constexpr AnyOf::Needle kCreditNeedles[] = {
    {"Getty Images", 0}, {"AFP", 0},       {"AP Photo", 0}, {"/AP", 0},
    {"Reuters/", 6},     {"/Reuters", 0},  {"EPA", 0},      {"Shutterstock", 0},
    {"Alamy", 0},        {"Xinhua", 0},    {"Photo by", 0}, {"Photograph by", 0},
    {"Pool via", 0},     {"via Getty", 4},
};
constexpr AnyOf kAnyStem(kStemNeedles);
constexpr AnyOf kAnyCredit(kCreditNeedles);

}  // namespace

bool IsFurniturePhrase(std::string_view line, size_t words, bool final_stop, bool headline) {
  // The first 128 bytes, lower-cased, for phrases, labels and prefixes; the
  // whole head only for the short lines that may be a whole phrase, else
  // only as much as the labels and prefixes read.
  const bool phrase_rules = words <= 6, label_rules = words <= 40 || !final_stop,
             prefix_rules = words <= 30;
  if (phrase_rules || label_rules || prefix_rules) {
    size_t head_end = std::min<size_t>(line.size(), kHeadBytes);
    while (head_end > 0 && head_end < line.size() &&
           (static_cast<unsigned char>(line[head_end]) & 0xC0) == 0x80) {
      --head_end;
    }
    char buf[kFoldedHeadCap + 3];
    std::string_view lab;  // the head after any opening brackets
    if (phrase_rules && head_end == line.size()) {
      std::string_view head(buf, FoldLower(line, 0, head_end, false, kFoldedHeadCap, buf));
      // Whole-line phrases, ignoring trailing punctuation.
      std::string_view core = head;
      while (!core.empty() && (core.back() == '.' || core.back() == ':' || core.back() == '!' ||
                               core.back() == ' ')) {
        core.remove_suffix(1);
      }
      if (InList(kFurnitureLines, core) || IsGalleryLine(core)) return true;
      lab = head;
      while (!lab.empty() && (lab.front() == '(' || lab.front() == '[' || lab.front() == ' ')) {
        lab.remove_prefix(1);
      }
    } else {
      lab = std::string_view(buf, FoldLower(line, 0, head_end, true, kLabelBytes, buf));
    }
    // Labels, after an opening bracket: "( Photos: ...", "Credit: ...".
    if (label_rules && StartsWithLabel(lab)) return true;
    if (prefix_rules && StartsWithFurniturePrefix(lab)) return true;
  }
  if (words <= 40 && kAnyStem.In(line)) {
    // Consent and policy notices (up to 40 words: a longer paragraph that
    // names the terms of service is prose about them), once a look for the
    // topic words' stems found one; most units have none.
    std::string lw(3 * line.size() + 3, '\0');
    lw.resize(FoldLower(line, 0, line.size(), false, 3 * line.size(), lw.data()));
    bool topic = false, verb = false;
    for (std::string_view t : kNoticeTopics) topic = topic || lw.find(t) != std::string::npos;
    if (topic) {
      for (std::string_view v : kNoticeVerbs) verb = verb || lw.find(v) != std::string::npos;
    }
    if (topic && verb) return true;
  }
  if (!headline && words <= 12 && (!final_stop || words <= 6)) return kAnyCredit.In(line);
  return false;
}

bool IsFurnitureLine(std::string_view line) {
  size_t words = 0;
  bool in_word = false, alnum = false;
  for (char ch : line) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (in_word && alnum) ++words;
      in_word = alnum = false;
      continue;
    }
    in_word = true;
    if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
      alnum = true;
    }
  }
  if (in_word && alnum) ++words;
  // The last character before closing quotes and brackets.
  size_t e = line.size();
  while (e > 0) {
    unsigned char c = static_cast<unsigned char>(line[e - 1]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == ')' ||
        c == ']') {
      --e;
      continue;
    }
    if (e >= 3 && line.substr(e - 3, 3) == "\xe2\x80\x9d") {  // closing double quote
      e -= 3;
      continue;
    }
    break;
  }
  bool final_stop = false;
  if (e > 0) {
    char c = line[e - 1];
    final_stop = c == '.' || c == '!' || c == '?' || c == ':' ||
                 (e >= 3 && line.substr(e - 3, 3) == "\xe2\x80\xa6");  // ellipsis
  }
  return IsFurniturePhrase(line, words, final_stop, false);
}

}  // namespace annalist::text_internal
