// DatelineLength: the "PLACE (Agency) —" that opens a wire story's first
// sentence (docs/text.md, "Datelines").
#include "annalist/text.h"

namespace annalist {
namespace {

constexpr size_t kMaxDateline = 80;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The length of the dash at `i` ("-", "--", em or en dash), 0 when none.
size_t DashAt(std::string_view s, size_t i) {
  if (s.substr(i, 2) == "--") return 2;
  if (s.substr(i, 1) == "-") return 1;
  if (s.substr(i, 3) == "\u2014" || s.substr(i, 3) == "\u2013") return 3;
  return 0;
}

// True when `s` has a lower-case ASCII letter (a sentence all in capitals
// is a headline: it has no dateline).
bool HasLower(std::string_view s) {
  for (char c : s) {
    if (IsLower(c)) return true;
  }
  return false;
}

}  // namespace

size_t DatelineLength(std::string_view s) {
  // The place: a first word of three or more capitals ("ST." may precede).
  size_t i = 0, letters = 0;
  while (i < s.size() && (IsUpper(s[i]) || s[i] == '.' || s[i] == '\'')) {
    letters += IsUpper(s[i]);
    ++i;
  }
  if (letters < 3 && !(letters == 2 && i < s.size() && s[i - 1] == '.')) return 0;
  // Then capitalised words, numbers, commas, full stops and a bracketed
  // agency, up to a dash between blanks.
  bool word_start = false, in_brackets = false;
  for (; i < s.size() && i < kMaxDateline; ++i) {
    const char c = s[i];
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start && !in_brackets) {
      if (const size_t dash = DashAt(s, i); dash > 0) {
        size_t end = i + dash;
        if (end >= s.size() || s[end] != ' ') return 0;
        while (end < s.size() && s[end] == ' ') ++end;
        return end < s.size() && HasLower(s) ? end : 0;
      }
    }
    if (c == '(') {
      in_brackets = true;
    } else if (c == ')') {
      in_brackets = false;
    } else if (word_start && !in_brackets && !IsUpper(c) && !IsDigit(c)) {
      return 0;  // a word in lower case: the sentence has begun
    } else if (!IsUpper(c) && !IsLower(c) && !IsDigit(c) && c != ',' && c != '.' && c != '\'') {
      return 0;
    }
    word_start = false;
  }
  return 0;
}

}  // namespace annalist
