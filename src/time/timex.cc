// The timex scanner: one left-to-right pass over the tokens of a text. At
// each token it tries the forms of docs/time.md (a bounded look-ahead of a
// few tokens each, no backtracking), keeps the longest match and moves past
// it. Values are computed with the civil-date library (annalist/datetime.h).
#include "time/timex.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "annalist/datetime.h"
#include "annalist/text.h"

namespace annalist {

std::string_view TimexTypeName(TimexType type) {
  switch (type) {
    case TimexType::kDate:
      return "DATE";
    case TimexType::kTime:
      return "TIME";
    case TimexType::kDuration:
      return "DURATION";
    case TimexType::kSet:
      return "SET";
  }
  return "DATE";
}

std::string_view TimexModName(TimexMod mod) {
  switch (mod) {
    case TimexMod::kNone:
      return "";
    case TimexMod::kStart:
      return "START";
    case TimexMod::kMid:
      return "MID";
    case TimexMod::kEnd:
      return "END";
    case TimexMod::kApprox:
      return "APPROX";
    case TimexMod::kBefore:
      return "BEFORE";
    case TimexMod::kAfter:
      return "AFTER";
    case TimexMod::kOnOrAfter:
      return "ON_OR_AFTER";
    case TimexMod::kLessThan:
      return "LESS_THAN";
    case TimexMod::kMoreThan:
      return "MORE_THAN";
    case TimexMod::kEqualOrMore:
      return "EQUAL_OR_MORE";
    case TimexMod::kEqualOrLess:
      return "EQUAL_OR_LESS";
  }
  return "";
}

namespace {

// A fixed table of upper-case words and a small value for each, looked up
// with a bit test by first and last letter and length, then a cheap hash of
// a word's length and three of its bytes and one comparison: the scanner
// asks one of nearly every token (std::hash reads every byte, and a bucket
// list follows; a list compared word by word costs more). Immutable once
// built (at compile time).
class WordTable {
 public:
  struct Entry {
    std::string_view word;
    uint8_t value;
  };

  constexpr WordTable(std::initializer_list<Entry> entries) {
    for (const Entry& e : entries) {
      if (const int at = LetterPair(e.word); at >= 0) {
        if (e.word.size() >= 32) throw "WordTable: a word too long";  // a compile error
        lengths_[at] |= uint32_t{1} << e.word.size();
      }
      size_t h = Hash(e.word);
      while (!slots_[h].word.empty()) {
        if (slots_[h].word == e.word) throw "WordTable: a word twice";  // a compile error
        h = (h + 1) % kSlots;
      }
      slots_[h] = e;
    }
  }

  // The value of `w`, or 0 when it is not in the table. The bit test is
  // inline at every call; the probe, for the few words that pass it, is not.
  [[gnu::always_inline]] uint8_t Find(std::string_view w) const {
    if (w.empty()) return 0;
    if (const int at = LetterPair(w);
        at >= 0 && (w.size() >= 32 || !((lengths_[at] >> w.size()) & 1))) {
      return 0;  // no word of the table has its first and last letters and its length
    }
    return Probe(w);
  }

 private:
  [[gnu::noinline]] uint8_t Probe(std::string_view w) const {
    for (size_t h = Hash(w);; h = (h + 1) % kSlots) {
      const Entry& e = slots_[h];
      if (e.word.empty()) return 0;
      if (e.word.size() == w.size() && e.word[0] == w[0] && e.word == w) return e.value;
    }
  }

  static constexpr size_t kSlots = 512;  // a power of two, under half full

  // The index of a word's first and last letters when both are 'A'-'Z',
  // else -1.
  static constexpr int LetterPair(std::string_view w) {
    const unsigned first = static_cast<unsigned char>(w.front()) - 'A';
    const unsigned last = static_cast<unsigned char>(w.back()) - 'A';
    return first < 26 && last < 26 ? static_cast<int>(first * 26 + last) : -1;
  }

  static constexpr size_t Hash(std::string_view w) {
    auto byte = [&](size_t i) { return static_cast<size_t>(static_cast<unsigned char>(w[i])); };
    return (w.size() * 131 + byte(0) * 31 + byte(w.size() / 2) * 7 + byte(w.size() - 1)) % kSlots;
  }

  std::array<Entry, kSlots> slots_{};
  // By LetterPair, a bit for each length of the table's words: most words
  // are turned away by one test, without hashing.
  std::array<uint32_t, 26 * 26> lengths_{};
};

}  // namespace

namespace timex_internal {

int MonthFromWord(std::string_view w) {
  static constexpr WordTable kMonths = {
      {"JANUARY", 1},   {"FEBRUARY", 2},  {"MARCH", 3},  {"APRIL", 4},     {"MAY", 5},
      {"JUNE", 6},      {"JULY", 7},      {"AUGUST", 8}, {"SEPTEMBER", 9}, {"OCTOBER", 10},
      {"NOVEMBER", 11}, {"DECEMBER", 12}, {"JAN", 1},    {"FEB", 2},       {"MAR", 3},
      {"APR", 4},       {"JUN", 6},       {"JUL", 7},    {"AUG", 8},       {"SEP", 9},
      {"OCT", 10},      {"NOV", 11},      {"DEC", 12},   {"SEPT", 9},
  };
  return kMonths.Find(w);
}

int WeekdayFromWord(std::string_view w) {
  static constexpr WordTable kWeekdays = {
      {"MONDAY", 1},   {"TUESDAY", 2}, {"WEDNESDAY", 3}, {"THURSDAY", 4}, {"FRIDAY", 5},
      {"SATURDAY", 6}, {"SUNDAY", 7},  {"MON", 1},       {"TUE", 2},      {"TUES", 2},
      {"WED", 3},      {"THU", 4},     {"THUR", 4},      {"THURS", 4},    {"FRI", 5},
      {"SAT", 6},      {"SUN", 7},
  };
  return kWeekdays.Find(w);
}

int NumberFromWord(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kOnes = {
      "ZERO",     "ONE",     "TWO",     "THREE",     "FOUR",     "FIVE",    "SIX",
      "SEVEN",    "EIGHT",   "NINE",    "TEN",       "ELEVEN",   "TWELVE",  "THIRTEEN",
      "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN"};
  static constexpr std::array<std::string_view, 8> kTens = {
      "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"};
  // The words of one piece, each with its number plus 3 (so that -2 is 1).
  static constexpr WordTable kWords = {
      {"A", 4},         {"AN", 4},       {"SINGLE", 4},   {"COUPLE", 5},     {"SEVERAL", 1},
      {"FEW", 1},       {"MANY", 1},     {"ONE", 4},      {"TWO", 5},        {"THREE", 6},
      {"FOUR", 7},      {"FIVE", 8},     {"SIX", 9},      {"SEVEN", 10},     {"EIGHT", 11},
      {"NINE", 12},     {"TEN", 13},     {"ELEVEN", 14},  {"TWELVE", 15},    {"THIRTEEN", 16},
      {"FOURTEEN", 17}, {"FIFTEEN", 18}, {"SIXTEEN", 19}, {"SEVENTEEN", 20}, {"EIGHTEEN", 21},
      {"NINETEEN", 22}, {"TWENTY", 23},  {"THIRTY", 33},  {"FORTY", 43},     {"FIFTY", 53},
      {"SIXTY", 63},    {"SEVENTY", 73}, {"EIGHTY", 83},  {"NINETY", 93},    {"HUNDRED", 103},
  };
  if (const int v = kWords.Find(w)) return v - 3;
  // Else only a tens word, a hyphen and a unit: "TWENTY-FIVE".
  if (w.find('-') == std::string_view::npos) return -1;
  for (size_t k = 0; k < kTens.size(); ++k) {
    const std::string_view t = kTens[k];
    if (w.substr(0, t.size()) != t) continue;
    const int tens = 20 + 10 * static_cast<int>(k);
    if (w.size() == t.size()) return tens;
    if (w[t.size()] != '-') return -1;
    std::string_view rest = w.substr(t.size() + 1);
    for (size_t u = 1; u < 10; ++u) {
      if (rest == kOnes[u]) return tens + static_cast<int>(u);
    }
    return -1;
  }
  if (w == "HUNDRED") return 100;
  return -1;
}

std::string_view UnitFromWord(std::string_view w) {
  static constexpr std::string_view kCodes[] = {"",   "Y",  "M",  "W",  "D", "TH",
                                                "TM", "TS", "DE", "CE", "Q"};
  static constexpr WordTable kUnits = {
      {"YEAR", 1},    {"YEARS", 1},   {"MONTH", 2},     {"MONTHS", 2},   {"WEEK", 3},
      {"WEEKS", 3},   {"DAY", 4},     {"DAYS", 4},      {"HOUR", 5},     {"HOURS", 5},
      {"MINUTE", 6},  {"MINUTES", 6}, {"SECOND", 7},    {"SECONDS", 7},  {"DECADE", 8},
      {"DECADES", 8}, {"CENTURY", 9}, {"CENTURIES", 9}, {"QUARTER", 10}, {"QUARTERS", 10},
      {"YR", 1},      {"YRS", 1},
  };
  return kCodes[kUnits.Find(w)];
}

}  // namespace timex_internal

namespace {

using timex_internal::MonthFromWord;
using timex_internal::NumberFromWord;
using timex_internal::UnitFromWord;
using timex_internal::WeekdayFromWord;

std::string Year4(int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, year >= 0 && year <= 9999 ? "%04d" : "%d", year);
  return buf;
}
std::string YearMonth(int year, int month) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "-%02d", month);
  return Year4(year) + buf;
}
std::string Day(int year, int month, int day) {
  return FormatIsoDay(DaysFromCivil(year, month, day));
}

// A match: tokens [begin, end) and what they denote.
struct Found {
  size_t end = 0;
  TimexType type = TimexType::kDate;
  std::string value;
  TimexMod mod = TimexMod::kNone;
  TimexAnchor anchor = TimexAnchor::kAbsolute;
};

// `w == "WORD"`, for the scanner's many comparisons of a norm with a word:
// the size first, then a comparison of a known length that the compiler
// does inline (std's operator== for a string_view and a literal is a call in
// this file). Found by ordinary lookup before std's, and an exact match.
template <size_t L>
[[gnu::always_inline]] inline bool operator==(std::string_view w, const char (&word)[L]) {
  return w.size() == L - 1 && std::memcmp(w.data(), word, L - 1) == 0;
}

// True when `w` is one of `words`. The sizes and first bytes are compared
// inline, so most candidates cost no call to memcmp.
bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (x.size() == w.size() && (w.empty() || (x[0] == w[0] && w == x))) return true;
  }
  return false;
}

class Scanner {
 public:
  Scanner(std::string_view text, const TokenBuffer& tb, const DateTime& ref,
          const TimexOptions& opt)
      : text_(text),
        tokens_(tb.tokens().data()),
        norm_(tb.norm().data()),
        n_(tb.size()),
        opt_(opt) {
    has_ref_ = ref.precision >= DatePrecision::kDay && IsValidDate(ref.year, ref.month, ref.day);
    if (has_ref_) {
      ref_day_ = CivilDayOf(ref);
      ref_ = {ref.year, ref.month, ref.day};
    }
  }

  void Run(std::vector<Timex>* out) {
    for (size_t i = 0; i < n_;) {
      Found f;
      if (!CanStart(i) || !Match(i, &f) || f.end <= i) {
        ++i;
        continue;
      }
      if (f.anchor == TimexAnchor::kRelative && !has_ref_) {
        i = f.end;
        continue;
      }
      if (f.mod == TimexMod::kNone && f.type == TimexType::kDate && i > 0) {
        const std::string_view prev = N(i - 1);
        if (prev == "AFTER") f.mod = TimexMod::kAfter;
        if (prev == "SINCE") f.mod = TimexMod::kOnOrAfter;
        if (prev == "BEFORE") f.mod = TimexMod::kBefore;
      }
      Timex t;
      t.span = {T(i).span.begin, T(f.end - 1).span.end};
      t.type = f.type;
      t.value = std::move(f.value);
      t.mod = f.mod;
      t.anchor = f.anchor;
      t.tense = TenseAround(i, f.end);
      out->push_back(std::move(t));
      i = f.end;
    }
  }

 private:
  // A cheap test that token i may start an expression: a number, a word
  // with a digit or a hyphen, or one of the words a form starts with. Most
  // tokens fail it, and the forms are not tried at them.
  bool CanStart(size_t i) const {
    const Token& t = T(i);
    if (t.kind == Token::kNumber) return true;
    if (t.kind != Token::kWord) return false;
    const std::string_view w = N(i);
    if (w.empty()) return false;
    if ((w[0] >= '0' && w[0] <= '9') || (w.back() >= '0' && w.back() <= '9')) return true;
    for (char c : w) {  // a hyphen (inline: most words are short, a call to memchr is not)
      if (c == '-') return true;
    }
    static constexpr WordTable kStarts = {
        {"THE", 1},
        {"A", 1},
        {"AN", 1},
        {"SINGLE", 1},
        {"COUPLE", 1},
        {"SEVERAL", 1},
        {"FEW", 1},
        {"MANY", 1},
        {"ABOUT", 1},
        {"AROUND", 1},
        {"APPROXIMATELY", 1},
        {"ROUGHLY", 1},
        {"SOME", 1},
        {"NEARLY", 1},
        {"ALMOST", 1},
        {"OVER", 1},
        {"MORE", 1},
        {"LESS", 1},
        {"FEWER", 1},
        {"AT", 1},
        {"UP", 1},
        {"EARLY", 1},
        {"LATE", 1},
        {"MID", 1},
        {"EARLIER", 1},
        {"LATER", 1},
        {"TODAY", 1},
        {"YESTERDAY", 1},
        {"TOMORROW", 1},
        {"TONIGHT", 1},
        {"NOW", 1},
        {"CURRENTLY", 1},
        {"NOWADAYS", 1},
        {"RECENTLY", 1},
        {"RECENT", 1},
        {"THIS", 1},
        {"LAST", 1},
        {"NEXT", 1},
        {"PAST", 1},
        {"PREVIOUS", 1},
        {"COMING", 1},
        {"CURRENT", 1},
        {"DAILY", 1},
        {"WEEKLY", 1},
        {"MONTHLY", 1},
        {"ANNUALLY", 1},
        {"YEARLY", 1},
        {"ANNUAL", 1},
        {"QUARTERLY", 1},
        {"HOURLY", 1},
        {"EVERY", 1},
        {"EACH", 1},
        {"PER", 1},
        {"FINAL", 1},
        {"WINTER", 1},
        {"SPRING", 1},
        {"SUMMER", 1},
        {"AUTUMN", 1},
        {"FALL", 1},
        {"SEPT", 1},
        {"MON", 1},
        {"TUE", 1},
        {"TUES", 1},
        {"WED", 1},
        {"THU", 1},
        {"THUR", 1},
        {"THURS", 1},
        {"FRI", 1},
        {"SAT", 1},
        {"SUN", 1},
        {"ZERO", 1},
        {"ONE", 1},
        {"TWO", 1},
        {"THREE", 1},
        {"FOUR", 1},
        {"FIVE", 1},
        {"SIX", 1},
        {"SEVEN", 1},
        {"EIGHT", 1},
        {"NINE", 1},
        {"TEN", 1},
        {"ELEVEN", 1},
        {"TWELVE", 1},
        {"THIRTEEN", 1},
        {"FOURTEEN", 1},
        {"FIFTEEN", 1},
        {"SIXTEEN", 1},
        {"SEVENTEEN", 1},
        {"EIGHTEEN", 1},
        {"NINETEEN", 1},
        {"TWENTY", 1},
        {"THIRTY", 1},
        {"FORTY", 1},
        {"FIFTY", 1},
        {"SIXTY", 1},
        {"SEVENTY", 1},
        {"EIGHTY", 1},
        {"NINETY", 1},
        {"FIRST", 1},
        {"SECOND", 1},
        {"THIRD", 1},
        {"FOURTH", 1},
        {"FIFTH", 1},
        {"SIXTH", 1},
        {"SEVENTH", 1},
        {"EIGHTH", 1},
        {"NINTH", 1},
        {"TENTH", 1},
        {"ELEVENTH", 1},
        {"TWELFTH", 1},
        {"THIRTEENTH", 1},
        {"FOURTEENTH", 1},
        {"FIFTEENTH", 1},
        {"SIXTEENTH", 1},
        {"SEVENTEENTH", 1},
        {"EIGHTEENTH", 1},
        {"NINETEENTH", 1},
        {"TWENTIETH", 1},
        {"THIRTIETH", 1},
        {"MONDAY", 1},
        {"TUESDAY", 1},
        {"WEDNESDAY", 1},
        {"THURSDAY", 1},
        {"FRIDAY", 1},
        {"SATURDAY", 1},
        {"SUNDAY", 1},
        {"JANUARY", 1},
        {"FEBRUARY", 1},
        {"MARCH", 1},
        {"APRIL", 1},
        {"MAY", 1},
        {"JUNE", 1},
        {"JULY", 1},
        {"AUGUST", 1},
        {"SEPTEMBER", 1},
        {"OCTOBER", 1},
        {"NOVEMBER", 1},
        {"DECEMBER", 1},
        {"JAN", 1},
        {"FEB", 1},
        {"MAR", 1},
        {"APR", 1},
        {"JUN", 1},
        {"JUL", 1},
        {"AUG", 1},
        {"SEP", 1},
        {"OCT", 1},
        {"NOV", 1},
        {"DEC", 1},
    };
    return kStarts.Find(w) != 0;
  }

  // ---- token access
  std::string_view N(size_t i) const {
    if (i >= n_) return std::string_view();
    return std::string_view(norm_ + tokens_[i].norm_begin, tokens_[i].norm_size);
  }
  const Token& T(size_t i) const { return tokens_[i]; }
  bool IsWord(size_t i) const { return i < n_ && T(i).kind == Token::kWord; }
  bool Capitalised(size_t i) const {
    if (i >= n_) return false;
    const char c = text_[T(i).span.begin];
    return c >= 'A' && c <= 'Z';
  }
  bool Adjacent(size_t i) const {  // token i+1 starts where token i ends
    return i + 1 < n_ && T(i + 1).span.begin == T(i).span.end;
  }
  // The value of an all-digit number token of at most 9 digits, else -1;
  // *digits gets the number of digits.
  int64_t Digits(size_t i, int* digits = nullptr) const {
    if (i >= n_ || T(i).kind != Token::kNumber) return -1;
    const std::string_view w = N(i);
    if (w.empty() || w.size() > 9) return -1;
    int64_t v = 0;
    for (char c : w) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    if (digits) *digits = static_cast<int>(w.size());
    return v;
  }
  // 1-31 for "8", "08", "8th", "1st", "22nd", "3rd"; 0 otherwise.
  int DayNumber(size_t i) const {
    int digits = 0;
    int64_t v = Digits(i, &digits);
    if (v < 0 && IsWord(i)) {
      std::string_view w = N(i);
      if (w.size() < 3 || w.size() > 4) return 0;
      std::string_view suffix = w.substr(w.size() - 2);
      if (!OneOf(suffix, {"ST", "ND", "RD", "TH"})) return 0;
      v = 0;
      for (char c : w.substr(0, w.size() - 2)) {
        if (c < '0' || c > '9') return 0;
        v = v * 10 + (c - '0');
      }
      digits = static_cast<int>(w.size()) - 2;
    }
    if (digits < 1 || digits > 2 || v < 1 || v > 31) return 0;
    return static_cast<int>(v);
  }
  // 1-31 for a spelled ordinal ("FIRST", "TWENTY-THIRD", "THIRTY-FIRST").
  static int DayOrdinalWord(std::string_view w) {
    static constexpr WordTable kOrdinals = {
        {"FIRST", 1},          {"SECOND", 2},        {"THIRD", 3},          {"FOURTH", 4},
        {"FIFTH", 5},          {"SIXTH", 6},         {"SEVENTH", 7},        {"EIGHTH", 8},
        {"NINTH", 9},          {"TENTH", 10},        {"ELEVENTH", 11},      {"TWELFTH", 12},
        {"THIRTEENTH", 13},    {"FOURTEENTH", 14},   {"FIFTEENTH", 15},     {"SIXTEENTH", 16},
        {"SEVENTEENTH", 17},   {"EIGHTEENTH", 18},   {"NINETEENTH", 19},    {"TWENTIETH", 20},
        {"THIRTIETH", 30},     {"TWENTY-FIRST", 21}, {"TWENTY-SECOND", 22}, {"TWENTY-THIRD", 23},
        {"TWENTY-FOURTH", 24}, {"TWENTY-FIFTH", 25}, {"TWENTY-SIXTH", 26},  {"TWENTY-SEVENTH", 27},
        {"TWENTY-EIGHTH", 28}, {"TWENTY-NINTH", 29}, {"THIRTY-FIRST", 31}};
    return kOrdinals.Find(w);
  }
  // 1-5 for "FIRST".."FIFTH" or "1ST".."5TH", -1 for "LAST"; 0 otherwise.
  int OrdinalWeek(size_t i) const {
    const std::string_view w = N(i);
    if (w == "LAST") return -1;
    if (int d = DayOrdinalWord(w); d >= 1 && d <= 5) return d;
    if (T(i).kind == Token::kWord) {
      if (int d = DayNumber(i); d >= 1 && d <= 5) return d;
    }
    return 0;
  }
  // A month named or described at k: "October", "October 2014", "this
  // month", "next month", "the previous month". Sets year, month, end.
  bool MonthExpr(size_t k, int* year, int* month, size_t* end, bool* relative) const {
    if (size_t me = 0; int m = Month(k, &me)) {
      size_t y_at = me + (N(me) == "," ? 1 : 0);
      if (int y = YearToken(y_at)) {
        *year = y, *month = m, *end = y_at + 1, *relative = false;
        return true;
      }
      if (!has_ref_) return false;
      *year = YearOf(m, 0, Dir(k, me)), *month = m, *end = me, *relative = true;
      return true;
    }
    if (!has_ref_) return false;
    size_t d = k + (N(k) == "THE" ? 1 : 0);
    int shift = 0;
    if (N(d) == "MONTH" && d == k + 1) {
      *end = d + 1;
    } else if (N(d + 1) == "MONTH" && OneOf(N(d), {"THIS", "NEXT", "LAST", "PREVIOUS", "CURRENT",
                                                   "COMING", "FOLLOWING"})) {
      shift = OneOf(N(d), {"NEXT", "COMING", "FOLLOWING"}) ? 1
              : OneOf(N(d), {"LAST", "PREVIOUS"})          ? -1
                                                           : 0;
      *end = d + 2;
    } else {
      return false;
    }
    const YearMonthDay m = AddMonths({ref_.year, ref_.month, 1}, shift);
    *year = m.year, *month = m.month, *relative = true;
    return true;
  }
  // "first Tuesday of October", "last Friday in October", "the first Monday
  // of this month", "third day of October", "last day of October 2015",
  // "first week of October 2014", "the last week of March".
  bool OrdinalOfMonth(size_t i, Found* f) const {
    const int ord = OrdinalWeek(i);
    if (!ord) return false;
    size_t k = i + 1, e = 0;
    int wd = Weekday(k, &e);
    const bool day = !wd && N(k) == "DAY";
    const bool week = !wd && N(k) == "WEEK";
    if (!wd && !day && !week) return false;
    if (!wd) e = k + 1;
    if (N(e) != "OF" && N(e) != "IN") return false;
    int y = 0, m = 0;
    size_t end = 0;
    bool relative = false;
    if (!MonthExpr(e + 1, &y, &m, &end, &relative)) return false;
    const CivilDay first = DaysFromCivil(y, m, 1);
    const CivilDay last = DaysFromCivil(y, m, DaysInMonth(y, m));
    CivilDay pick;
    if (day) {
      if (ord > 0 && ord > DaysInMonth(y, m)) return false;
      pick = ord > 0 ? first + ord - 1 : last;
    } else {
      const int target = wd ? wd : 1;  // weeks start on their Monday
      const CivilDay first_match = first + (target - static_cast<int>(DayOfWeek(first)) + 7) % 7;
      if (ord > 0) {
        pick = first_match + 7 * (ord - 1);
      } else {
        pick = last - (static_cast<int>(DayOfWeek(last)) - target + 7) % 7;
        if (week && pick + 6 > last) pick -= 7;  // the last week wholly in the month
      }
      if (pick > last) return false;
    }
    f->end = end;
    f->value = week ? FormatIsoWeek(IsoWeekOf(pick)) : FormatIsoDay(pick);
    f->anchor = relative ? TimexAnchor::kRelative : TimexAnchor::kAbsolute;
    return true;
  }

  // A month name at i (capitalised; abbreviations may take an adjacent
  // "."). Sets *end past it.
  int Month(size_t i, size_t* end) const {
    if (!IsWord(i) || !(Capitalised(i) || opt_.any_case)) return 0;
    const std::string_view w = N(i);
    const int m = MonthFromWord(w);
    if (m == 0) return 0;
    *end = i + 1;
    const bool abbrev = w.size() <= 4 && w != "MAY" && w != "JUNE" && w != "JULY";
    if (abbrev && Adjacent(i) && N(i + 1) == ".") *end = i + 2;
    return m;
  }
  int Weekday(size_t i, size_t* end) const {
    if (!IsWord(i) || !(Capitalised(i) || opt_.any_case)) return 0;
    const std::string_view w = N(i);
    const int d = WeekdayFromWord(w);
    if (d == 0) return 0;
    *end = i + 1;
    if (w.size() <= 5 && !w.ends_with("DAY")) {  // abbreviation: needs its period
      if (Adjacent(i) && N(i + 1) == ".") {
        *end = i + 2;
      } else if (!opt_.any_case) {
        return 0;
      }
    }
    return d;
  }
  // A four-digit year at i: 1000-2199, no thousands separator.
  int YearToken(size_t i) const {
    int digits = 0;
    const int64_t v = Digits(i, &digits);
    if (digits != 4 || v < 1000 || v > 2199) return 0;
    return static_cast<int>(v);
  }
  // A number for a duration: digits ("12", "2.5" read as 2.5) or a word.
  // -2 for "several"; -1 none. *end past it ("a couple of" included).
  double Count(size_t i, size_t* end) const {
    if (i >= n_) return -1;
    *end = i + 1;
    if (T(i).kind == Token::kNumber) {
      int digits = 0;
      int64_t v = Digits(i, &digits);
      if (v >= 0) return digits <= 4 ? static_cast<double>(v) : -1;
      const std::string_view w = N(i);  // "2.5"
      const size_t dot = w.find('.');
      if (dot == std::string_view::npos || dot == 0 || dot + 2 != w.size() || dot > 3) return -1;
      for (char c : w) {
        if (c != '.' && (c < '0' || c > '9')) return -1;
      }
      return std::stod(std::string(w));
    }
    if (!IsWord(i)) return -1;
    std::string_view w = N(i);
    if (w == "A" && N(i + 1) == "FEW") {
      *end = i + 2;
      return -2;
    }
    if (w == "A" && N(i + 1) == "COUPLE" && N(i + 2) == "OF") {
      *end = i + 3;
      return 2;
    }
    const int v = NumberFromWord(w);
    if (v == -1 || v == 100) return -1;
    return v;
  }

  // ---- tense
  // The tense that resolves an expression: the one read around it, else
  // the options' default (future when the text is a schedule or a request).
  TimexTense Dir(size_t begin, size_t end) const {
    const TimexTense t = TenseAround(begin, end);
    if (t == TimexTense::kPast || t == TimexTense::kFuture) return t;
    return opt_.future_default ? TimexTense::kFuture : t;
  }
  TimexTense TenseAround(size_t begin, size_t end) const {
    auto stop = [&](size_t k) {
      const std::string_view w = N(k);
      return w == "." || w == "!" || w == "?" || w == ";";
    };
    for (size_t d = 1; d <= 12; ++d) {
      if (begin >= d) {
        const size_t k = begin - d;
        if (stop(k))
          begin = 0, d = 13;
        else if (TimexTense t = Cue(k); t != TimexTense::kUnknown)
          return t;
      }
      if (end + d - 1 < n_) {
        const size_t k = end + d - 1;
        if (stop(k))
          end = n_;
        else if (TimexTense t = Cue(k); t != TimexTense::kUnknown)
          return t;
      }
      if (d > 12) break;
    }
    return TimexTense::kUnknown;
  }
  // What a word says of the tense around it (Cue): a future or past form,
  // a present one, a future before "to" ("set to", "due to", "going to"),
  // or, for words in -ED, that they are no past form ("united", "alleged").
  enum CueWord : uint8_t {
    kCueNone,
    kCueFuture,
    kCueFutureBeforeTo,
    kCuePast,
    kCuePresent,
    kCueNotPast
  };
  static constexpr WordTable kCueWords = {
      {"WILL", kCueFuture},        {"'LL", kCueFuture},         {"SHALL", kCueFuture},
      {"WON'T", kCueFuture},       {"UPCOMING", kCueFuture},    {"SCHEDULED", kCueFuture},
      {"EXPECTED", kCueFuture},    {"PLANS", kCueFuture},       {"PLAN", kCueFuture},
      {"PLANNED", kCueFuture},     {"INTENDS", kCueFuture},     {"TOMORROW", kCueFuture},
      {"SET", kCueFutureBeforeTo}, {"DUE", kCueFutureBeforeTo}, {"GOING", kCueFutureBeforeTo},
      {"WAS", kCuePast},           {"WERE", kCuePast},          {"HAD", kCuePast},
      {"DID", kCuePast},           {"SAID", kCuePast},          {"TOLD", kCuePast},
      {"AGO", kCuePast},           {"YESTERDAY", kCuePast},     {"MET", kCuePast},
      {"SAW", kCuePast},           {"WENT", kCuePast},          {"CAME", kCuePast},
      {"TOOK", kCuePast},          {"GAVE", kCuePast},          {"MADE", kCuePast},
      {"SPOKE", kCuePast},         {"BEGAN", kCuePast},         {"HELD", kCuePast},
      {"LEFT", kCuePast},          {"FOUGHT", kCuePast},        {"WON", kCuePast},
      {"LOST", kCuePast},          {"SENT", kCuePast},          {"STRUCK", kCuePast},
      {"FLED", kCuePast},          {"THOUGHT", kCuePast},       {"BROUGHT", kCuePast},
      {"FELL", kCuePast},          {"ROSE", kCuePast},          {"KEPT", kCuePast},
      {"BECAME", kCuePast},        {"WROTE", kCuePast},         {"SOLD", kCuePast},
      {"BOUGHT", kCuePast},        {"PAID", kCuePast},          {"HIT", kCuePast},
      {"SHOT", kCuePast},          {"AGREED", kCuePast},        {"ANNOUNCED", kCuePast},
      {"REPORTED", kCuePast},      {"IS", kCuePresent},         {"ARE", kCuePresent},
      {"AM", kCuePresent},         {"SAYS", kCuePresent},       {"HAS", kCuePresent},
      {"HAVE", kCuePresent},       {"UNITED", kCueNotPast},     {"HUNDRED", kCueNotPast},
      {"NEED", kCueNotPast},       {"SPEED", kCueNotPast},      {"FEED", kCueNotPast},
      {"INDEED", kCueNotPast},     {"SEED", kCueNotPast},       {"BREED", kCueNotPast},
      {"PROCEED", kCueNotPast},    {"EXCEED", kCueNotPast},     {"SUCCEED", kCueNotPast},
      {"BELOVED", kCueNotPast},    {"NAKED", kCueNotPast},      {"WICKED", kCueNotPast},
      {"SACRED", kCueNotPast},     {"ARMED", kCueNotPast},      {"RELATED", kCueNotPast},
      {"SO-CALLED", kCueNotPast},  {"ALLEGED", kCueNotPast},    {"BASED", kCueNotPast},
      {"LIMITED", kCueNotPast},    {"DETAILED", kCueNotPast},   {"ADVANCED", kCueNotPast},
      {"CONCERNED", kCueNotPast},  {"INTERESTED", kCueNotPast}, {"EXPERIENCED", kCueNotPast},
      {"QUALIFIED", kCueNotPast},
  };
  TimexTense Cue(size_t k) const {
    if (!IsWord(k)) return TimexTense::kUnknown;
    const std::string_view w = N(k);
    switch (kCueWords.Find(w)) {
      case kCueFuture:
        return TimexTense::kFuture;
      case kCueFutureBeforeTo:
        return N(k + 1) == "TO" ? TimexTense::kFuture : TimexTense::kUnknown;
      case kCuePast:
        return TimexTense::kPast;
      case kCuePresent:
        return TimexTense::kPresent;
      case kCueNotPast:
        return TimexTense::kUnknown;
      default:
        break;
    }
    if (w.size() >= 5 && w.ends_with("ED") && !Capitalised(k)) return TimexTense::kPast;
    return TimexTense::kUnknown;
  }

  // ---- resolution against the reference date
  // The year of month/day (day 0: the whole month) on the side the tense
  // implies: past, on or before the reference; future, on or after; else
  // the nearest.
  int YearOf(int month, int day, TimexTense tense) const {
    const int y = ref_.year;
    const int key = month * 100 + day;
    const int ref_key = ref_.month * 100 + (day == 0 ? 0 : ref_.day);
    if (tense == TimexTense::kPast) return key <= ref_key ? y : y - 1;
    if (tense == TimexTense::kFuture) return key >= ref_key ? y : y + 1;
    // Nearest of y-1, y, y+1 by months (then days).
    const int here = ref_.month * 31 + (day == 0 ? 0 : ref_.day);
    const int there = month * 31 + day;
    const int diff = there - here;  // within this year
    if (diff > 6 * 31) return y - 1;
    if (diff < -6 * 31) return y + 1;
    return y;
  }
  // The weekday `wd` nearest the reference on the tense's side (the
  // reference day itself when it is that weekday); past when unknown.
  CivilDay WeekdayDay(int wd, TimexTense tense) const {
    const int today = static_cast<int>(DayOfWeek(ref_day_));
    if (tense == TimexTense::kFuture) return ref_day_ + (wd - today + 7) % 7;
    return ref_day_ - (today - wd + 7) % 7;
  }
  std::string Shift(std::string_view unit, int n) const {
    if (unit == "D") return FormatIsoDay(ref_day_ + n);
    if (unit == "W") return FormatIsoWeek(IsoWeekOf(ref_day_ + 7 * n));
    if (unit == "M") {
      YearMonthDay m = AddMonths({ref_.year, ref_.month, 1}, n);
      return YearMonth(m.year, m.month);
    }
    if (unit == "Q") {
      int q = (ref_.month - 1) / 3 + n;
      int y = ref_.year;
      while (q < 0) q += 4, --y;
      while (q > 3) q -= 4, ++y;
      return Year4(y) + "-Q" + std::to_string(q + 1);
    }
    if (unit == "Y") return Year4(ref_.year + n);
    if (unit == "DE") return Year4(ref_.year + 10 * n).substr(0, 3);
    if (unit == "CE") return Year4(ref_.year + 100 * n).substr(0, 2);
    return "";
  }

  // ---- matching
  bool Match(size_t i, Found* f) const {
    const std::string_view w = N(i);
    // Modifiers of quantities: part of the expression.
    TimexMod qmod = TimexMod::kNone;
    size_t j = i;
    if (OneOf(w, {"ABOUT", "AROUND", "APPROXIMATELY", "ROUGHLY", "SOME"})) {
      qmod = TimexMod::kApprox, j = i + 1;
    } else if (OneOf(w, {"NEARLY", "ALMOST"})) {
      qmod = TimexMod::kLessThan, j = i + 1;
    } else if (w == "OVER") {
      qmod = TimexMod::kMoreThan, j = i + 1;
    } else if ((w == "MORE" || w == "LESS" || w == "FEWER") && N(i + 1) == "THAN") {
      qmod = w == "MORE" ? TimexMod::kMoreThan : TimexMod::kLessThan, j = i + 2;
    } else if (w == "AT" && (N(i + 1) == "LEAST" || N(i + 1) == "MOST")) {
      qmod = N(i + 1) == "LEAST" ? TimexMod::kEqualOrMore : TimexMod::kEqualOrLess, j = i + 2;
    } else if (w == "UP" && N(i + 1) == "TO") {
      qmod = TimexMod::kEqualOrLess, j = i + 2;
    }
    if (j > i) {
      if (!Core(j, f)) return false;
      const bool quantity = f->type == TimexType::kDuration ||
                            (f->type == TimexType::kDate && f->anchor != TimexAnchor::kAbsolute &&
                             N(f->end - 1) == "AGO") ||
                            (qmod == TimexMod::kApprox && f->type == TimexType::kDate);
      if (!quantity || f->mod != TimexMod::kNone) return false;
      f->mod = qmod;
      return true;
    }
    // Parts of a period: "early December", "the end of the year".
    TimexMod pmod = TimexMod::kNone;
    if (w == "EARLY" || w == "LATE" || w == "MID") {
      pmod = w == "EARLY" ? TimexMod::kStart : w == "LATE" ? TimexMod::kEnd : TimexMod::kMid;
      j = i + 1;
      if (w == "MID" && Adjacent(i) && N(i + 1) == "-") j = i + 2;
    } else if (w == "THE" && N(i + 2) == "OF" &&
               OneOf(N(i + 1), {"BEGINNING", "START", "END", "MIDDLE", "CLOSE"})) {
      const std::string_view p = N(i + 1);
      pmod = p == "MIDDLE"                  ? TimexMod::kMid
             : (p == "END" || p == "CLOSE") ? TimexMod::kEnd
                                            : TimexMod::kStart;
      j = i + 3;
      if (N(j) == "THE" && OneOf(N(j + 1), {"YEAR", "MONTH", "WEEK", "DAY"}) && has_ref_) {
        const std::string_view u = N(j + 1);
        f->end = j + 2;
        f->value = u == "DAY" ? Shift("D", 0) : Shift(u.substr(0, 1), 0);
        f->anchor = TimexAnchor::kRelative;
        f->mod = pmod;
        return true;
      }
    } else if ((w == "EARLIER" || w == "LATER") &&
               OneOf(N(i + 1), {"THIS", "TODAY", "TONIGHT", "THAT"})) {
      if (!Core(i + 1, f) || f->type != TimexType::kDate) return false;
      return true;
    } else if (IsWord(i) && w.starts_with("MID-")) {
      // "mid-December", "mid-2011": one token.
      const std::string_view rest = w.substr(4);
      const int m = MonthFromWord(rest);
      if (m > 0 && rest.size() > 3 && has_ref_) {
        f->end = i + 1;
        f->anchor = TimexAnchor::kRelative;
        f->mod = TimexMod::kMid;
        size_t e = i + 1;
        if (int y = YearToken(e); y) {
          f->value = YearMonth(y, m), f->end = e + 1, f->anchor = TimexAnchor::kAbsolute;
        } else {
          f->value = YearMonth(YearOf(m, 0, Dir(i, i + 1)), m);
        }
        return true;
      }
      if (rest.size() == 4 && rest[0] >= '1' && rest[0] <= '2') {
        bool digits = true;
        for (char c : rest) digits = digits && c >= '0' && c <= '9';
        if (digits) {
          f->end = i + 1, f->value = std::string(rest), f->mod = TimexMod::kMid;
          return true;
        }
      }
      return false;
    }
    if (j > i) {
      if (!Core(j, f) || f->type != TimexType::kDate || f->mod != TimexMod::kNone) return false;
      if (f->value.find('-') != std::string::npos && f->value.size() == 10 &&
          pmod != TimexMod::kNone && j == i + 1) {
        return false;  // "late December 8" is no period part
      }
      f->mod = pmod;
      return true;
    }
    return Core(i, f);
  }

  // The forms without a leading modifier.
  bool Core(size_t i, Found* f) const {
    if (i >= n_) return false;
    const std::string_view w = N(i);
    if (w == "THE") return TheForm(i, f);
    if (OrdinalOfMonth(i, f)) return true;
    if (size_t e = 0; int wd = Weekday(i, &e)) return WeekdayForm(i, wd, e, f);
    if (size_t e = 0; int m = Month(i, &e)) return MonthForm(i, m, e, f);
    if (T(i).kind == Token::kNumber) return NumberForm(i, f);
    if (!IsWord(i)) return false;
    if (DayNumber(i) || (DayOrdinalWord(w) && N(i + 1) == "OF")) return DayFirstForm(i, f);
    if (RelativeWord(i, f)) return true;
    if (OneOf(w, {"THIS", "LAST", "NEXT", "PAST", "PREVIOUS", "COMING", "CURRENT"})) {
      return DeicticForm(i, i + 1, w, f);
    }
    if (DurationWord(i, f)) return true;
    if (DashedDate(i, f)) return true;
    if (GluedDate(i, f)) return true;
    if (SetForm(i, f)) return true;
    if (CountForm(i, f)) return true;
    if (QuarterWord(i, f)) return true;
    if (SeasonForm(i, f)) return true;
    if (DecadeWord(i, f)) return true;
    return false;
  }

  // "Monday", "Monday morning", "Monday, December 8, 2024".
  bool WeekdayForm(size_t i, int wd, size_t e, Found* f) const {
    size_t k = e;
    if (N(k) == ",") ++k;
    Found date;
    size_t me = 0;
    const bool same_line =
        k < n_ && text_.substr(T(e - 1).span.end, T(k).span.begin - T(e - 1).span.end).find('\n') ==
                      std::string_view::npos;
    if (int m = Month(k, &me);
        same_line && m && MonthForm(k, m, me, &date) && date.value.size() == 10) {
      if (date.anchor == TimexAnchor::kRelative) {
        // A date without its year: the year, of the one before and after,
        // in which it falls on that weekday, nearest the reference.
        DateTime dt;
        if (ParseIso8601(date.value, &dt)) {
          for (int dy : {0, -1, 1}) {
            const int y = dt.year + dy;
            if (IsValidDate(y, dt.month, dt.day) &&
                static_cast<int>(DayOfWeek(DaysFromCivil(y, dt.month, dt.day))) == wd) {
              date.value = Day(y, dt.month, dt.day);
              break;
            }
          }
        }
      }
      *f = std::move(date);
      return true;
    }
    if (DayNumber(k) && DayFirstForm(k, &date) && date.value.size() == 10) {
      *f = std::move(date);
      return true;
    }
    if (!has_ref_) return false;
    // "Monday of next week", "Wednesday next week", "Sunday from last week".
    size_t w = e;
    if (N(w) == "OF" || N(w) == "FROM") ++w;
    if (N(w + 1) == "WEEK" && OneOf(N(w), {"THIS", "NEXT", "LAST"})) {
      const int shift = N(w) == "NEXT" ? 1 : N(w) == "LAST" ? -1 : 0;
      f->end = w + 2, f->anchor = TimexAnchor::kRelative;
      f->value = FormatIsoDay(IsoWeekMonday(IsoWeekOf(ref_day_ + 7 * shift)) + wd - 1);
      return true;
    }
    // "Tuesday the 19th", "Thu 15th": the nearest month, on the tense's side,
    // whose day of that number is that weekday.
    size_t dn = e + (N(e) == "THE" ? 1 : 0);
    if (int d = DayNumber(dn); d && T(dn).kind == Token::kWord) {
      const int step = Dir(i, dn + 1) == TimexTense::kPast ? -1 : 1;
      for (int k2 = 0; k2 < 28; ++k2) {
        const YearMonthDay m = AddMonths({ref_.year, ref_.month, 1}, step * k2);
        if (!IsValidDate(m.year, m.month, d)) continue;
        const CivilDay day = DaysFromCivil(m.year, m.month, d);
        if (static_cast<int>(DayOfWeek(day)) != wd) continue;
        if (step > 0 ? day < ref_day_ : day > ref_day_) continue;
        f->end = dn + 1, f->value = FormatIsoDay(day), f->anchor = TimexAnchor::kRelative;
        return true;
      }
    }
    if (N(e) == "AFTER" && N(e + 1) == "NEXT") {  // "Friday after next": next week's
      f->end = e + 2, f->anchor = TimexAnchor::kRelative;
      f->value = FormatIsoDay(IsoWeekMonday(IsoWeekOf(ref_day_ + 7)) + wd - 1);
      return true;
    }
    CivilDay day = WeekdayDay(wd, Dir(i, e));
    // A schedule names today's weekday for the next one.
    if (day == ref_day_ && opt_.future_default && TenseAround(i, e) != TimexTense::kFuture) {
      day += 7;
    }
    f->end = e;
    f->value = FormatIsoDay(day);
    f->anchor = TimexAnchor::kRelative;
    PartOfDay(e, f);
    return true;
  }

  // "morning" etc. after a day: TIME value DAY + "TMO".
  void PartOfDay(size_t k, Found* f) const {
    const std::string_view p = N(k);
    const char* code = p == "MORNING"     ? "TMO"
                       : p == "AFTERNOON" ? "TAF"
                       : p == "EVENING"   ? "TEV"
                       : p == "NIGHT"     ? "TNI"
                                          : nullptr;
    if (!code) return;
    f->end = k + 1;
    f->value += code;
    f->type = TimexType::kTime;
  }

  // After a month name: "December 8, 2024", "Dec. 8", "December 2024",
  // "December of 2024", "December".
  bool MonthForm(size_t i, int m, size_t e, Found* f) const {
    const std::string_view w = N(i);
    if (N(e) == "THE" && T(e + 1 < n_ ? e + 1 : e).kind == Token::kWord &&
        (DayNumber(e + 1) || DayOrdinalWord(N(e + 1)))) {
      ++e;  // "February the 15th"
    }
    int spelled = DayNumber(e) ? 0 : DayOrdinalWord(N(e));
    if (int d = spelled ? spelled : DayNumber(e);
        d && !(e + 1 < n_ && (N(e + 1) == ":" || N(e + 1) == "%"))) {
      size_t k = e + 1;
      if (N(k) == ",") ++k;
      int y = YearToken(k);
      if (y && N(k + 1) != ":") {
        if (!IsValidDate(y, m, d)) return false;  // "February 29, 2025": no such day
        f->end = k + 1, f->value = Day(y, m, d);
        return true;
      }
      if (!has_ref_) return false;
      TimexTense tense = Dir(i, e + 1);
      y = YearOf(m, d, tense);
      if (!IsValidDate(y, m, d)) {
        if (m != 2 || d != 29) return false;
        // February 29 without a year: the nearest leap year on that side.
        int step = tense == TimexTense::kFuture ? 1 : -1;
        for (int k2 = 0; k2 < 8 && !IsLeapYear(y); ++k2) y += step;
      }
      f->end = e + 1, f->value = Day(y, m, d), f->anchor = TimexAnchor::kRelative;
      // "Jul 18, Fri": the weekday after it picks the year.
      if (size_t we = 0; N(e + 1) == ",") {
        if (int wd = Weekday(e + 2, &we)) {
          for (int dy : {0, 1, -1}) {
            if (IsValidDate(y + dy, m, d) &&
                static_cast<int>(DayOfWeek(DaysFromCivil(y + dy, m, d))) == wd) {
              f->value = Day(y + dy, m, d), f->end = we;
              break;
            }
          }
        }
      }
      return true;
    }
    size_t k = e;
    if (N(k) == "OF" || N(k) == ",") ++k;
    if (int y = YearToken(k); y && N(k + 1) != ":") {
      f->end = k + 1, f->value = YearMonth(y, m);
      return true;
    }
    // A month alone. "May" and "March" are words too; abbreviations need a
    // number after them.
    if (e == i + 1 && w.size() == 3 && w != "MAY") return false;
    if (e == i + 2) return false;
    if (w == "MAY" || w == "MARCH") {
      const std::string_view prev = i > 0 ? N(i - 1) : std::string_view();
      if (!OneOf(prev, {"IN",    "SINCE",   "UNTIL", "EARLY", "LATE",   "MID",  "LAST",
                        "NEXT",  "THIS",    "OF",    "BY",    "DURING", "FROM", "BEFORE",
                        "AFTER", "THROUGH", "TILL",  "AND",   "-",      "END"})) {
        return false;
      }
    }
    if (!has_ref_) return false;
    f->end = e;
    f->value = YearMonth(YearOf(m, 0, Dir(i, e)), m);
    f->anchor = TimexAnchor::kRelative;
    return true;
  }

  // "8 December 2024", "8th of Dec.", "31st Oct 1974".
  bool DayFirstForm(size_t i, Found* f) const {
    const int d = DayNumber(i) ? DayNumber(i) : DayOrdinalWord(N(i));
    if (!d) return false;
    size_t k = i + 1;
    if (N(k) == "DAY" && N(k + 1) == "OF") ++k;
    if (N(k) == "OF") ++k;
    size_t me = 0;
    const int m = Month(k, &me);
    if (!m) {
      // "20 of next month", "20th of the current month".
      int y = 0, mm = 0;
      size_t end = 0;
      bool relative = false;
      if (k == i + 1 || !MonthExpr(k, &y, &mm, &end, &relative) || !relative ||
          !IsValidDate(y, mm, d)) {
        return false;
      }
      f->end = end, f->value = Day(y, mm, d), f->anchor = TimexAnchor::kRelative;
      return true;
    }
    size_t y_at = me;
    if (N(y_at) == ",") ++y_at;
    if (int y = YearToken(y_at); y && IsValidDate(y, m, d)) {
      f->end = y_at + 1, f->value = Day(y, m, d);
      return true;
    }
    // Without a year: an abbreviation with nothing after it could be a word.
    if (!has_ref_) return false;
    int y = YearOf(m, d, Dir(i, me));
    if (!IsValidDate(y, m, d)) return false;
    f->end = me, f->value = Day(y, m, d), f->anchor = TimexAnchor::kRelative;
    return true;
  }

  // Numbers: "2024-12-08", "12/8/2024", "10-31-74", "10.31.1974", "12/8",
  // "4:30 p.m.", "1974", "8 December", counts of units.
  bool NumberForm(size_t i, Found* f) const {
    const std::string_view w = N(i);
    // One token with internal separators.
    if (w.find_first_of("-.") != std::string_view::npos && w.size() <= 10) {
      int parts[3] = {0, 0, 0}, lens[3] = {0, 0, 0}, np = 0;
      char sep = 0;
      bool ok = true;
      for (char c : w) {
        if (c >= '0' && c <= '9') {
          parts[np] = parts[np] * 10 + (c - '0'), ++lens[np];
        } else if ((c == '-' || c == '.') && (sep == 0 || sep == c) && np < 2) {
          sep = c, ++np;
        } else {
          ok = false;
          break;
        }
      }
      if (ok && np == 2) {
        if (lens[0] == 4 && lens[1] == 2 && lens[2] == 2 && sep == '-') {
          if (IsValidDate(parts[0], parts[1], parts[2])) {
            f->end = i + 1, f->value = Day(parts[0], parts[1], parts[2]);
            return true;
          }
          return false;
        }
        if (ThreeNumbers(parts[0], lens[0], parts[1], lens[1], parts[2], lens[2], f)) {
          f->end = i + 1;
          return true;
        }
      }
      if (ok && np == 1 && sep == '-' && lens[0] == 4 && lens[1] == 2 && parts[0] >= 1000 &&
          parts[1] >= 1 && parts[1] <= 12) {  // "2014-10"
        f->end = i + 1, f->value = YearMonth(parts[0], parts[1]);
        return true;
      }
      return false;
    }
    int digits = 0;
    const int64_t v = Digits(i, &digits);
    if (v < 0) return false;
    // Slashes: N/N/N or N/N.
    if (N(i + 1) == "/" && Digits(i + 2) >= 0 && (i == 0 || N(i - 1) != "/")) {
      int d2 = 0, d3 = 0;
      const int64_t b = Digits(i + 2, &d2);
      if (N(i + 3) == "/" && Digits(i + 4, &d3) >= 0) {
        if (N(i + 5) == "/") return false;
        if (ThreeNumbers(static_cast<int>(v), digits, static_cast<int>(b), d2,
                         static_cast<int>(Digits(i + 4)), d3, f)) {
          f->end = i + 5;
          return true;
        }
        return false;
      }
      if ((digits == 4 && d2 <= 2 && b >= 1 && b <= 12 && v >= 1000) ||
          (digits <= 2 && d2 == 4 && v >= 1 && v <= 12 && b >= 1000)) {  // "2014/10", "2/2013"
        f->end = i + 3;
        f->value = digits == 4 ? YearMonth(static_cast<int>(v), static_cast<int>(b))
                               : YearMonth(static_cast<int>(b), static_cast<int>(v));
        return true;
      }
      if (digits > 2 || d2 > 2 || !has_ref_) return false;
      int m = static_cast<int>(opt_.day_first ? b : v),
          d = static_cast<int>(opt_.day_first ? v : b);
      if (m < 1 || m > 12 || d < 1 || d > 31) return false;
      // Without a year only when it cannot be a fraction or a score: a day
      // above 12 ("2/15"), or after "on".
      if (d <= 12 && !(i > 0 && N(i - 1) == "ON")) return false;
      int y = YearOf(m, d, Dir(i, i + 3));
      if (!IsValidDate(y, m, d)) return false;
      f->end = i + 3, f->value = Day(y, m, d), f->anchor = TimexAnchor::kRelative;
      return true;
    }
    // "31/Oct/1974".
    if (size_t me = 0; digits <= 2 && N(i + 1) == "/" && Month(i + 2, &me) && N(me) == "/") {
      const int m = Month(i + 2, &me);
      if (int y = YearToken(me + 1); y && IsValidDate(y, m, static_cast<int>(v))) {
        f->end = me + 2, f->value = Day(y, m, static_cast<int>(v));
        return true;
      }
    }
    // A time of day.
    if (TimeForm(i, f)) return true;
    // A day before a month.
    if (digits <= 2 && DayNumber(i) && DayFirstForm(i, f)) return true;
    // A year.
    if (digits == 4 && IsYearInContext(i)) {
      f->end = i + 1, f->value = std::string(w);
      return true;
    }
    return CountForm(i, f);
  }

  // Three numbers of a numeric date: Y-M-D when the first has four digits,
  // else M/D/Y (D/M/Y with day_first, or when the first is above 12).
  bool ThreeNumbers(int a, int la, int b, int lb, int c, int lc, Found* f) const {
    int y, m, d;
    if (la == 4 && lb <= 2 && lc <= 2) {
      y = a, m = b, d = c;
    } else if (la <= 2 && lb <= 2 && (lc == 4 || lc == 2)) {
      y = lc == 2 ? Rfc2822Year(c) : c;
      const bool day_first = opt_.day_first ? b <= 12 : (a > 12 && b <= 12);
      m = day_first ? b : a, d = day_first ? a : b;
    } else {
      return false;
    }
    if (!IsValidDate(y, m, d)) return false;
    f->value = Day(y, m, d);
    return true;
  }

  // A four-digit number read as a year unless its neighbours make it a
  // count or a name: "$2000", "Route 2000", "2000 troops", "2000%".
  bool IsYearInContext(size_t i) const {
    const int y = YearToken(i);
    if (!y) return false;
    const std::string_view prev = i > 0 ? N(i - 1) : std::string_view();
    const std::string_view next = N(i + 1);
    if (OneOf(prev, {"$",      "£",    "€",       "#",    "US$",        "ROUTE",   "NO",  "NUMBER",
                     "FLIGHT", "ROOM", "HIGHWAY", "PAGE", "RESOLUTION", "ARTICLE", "BUS", "TRAIN",
                     "MODEL",  "-",    "+",       "/",    ":",          "×",       "X"})) {
      return false;
    }
    if (i > 0 && T(i - 1).span.end == T(i).span.begin && T(i - 1).kind != Token::kPunct) {
      return false;
    }
    if (OneOf(next, {"%",
                     "PERCENT",
                     "PER",
                     "MILLION",
                     "BILLION",
                     "THOUSAND",
                     "HUNDRED",
                     ":",
                     "/",
                     "PEOPLE",
                     "TROOPS",
                     "SOLDIERS",
                     "MEN",
                     "WOMEN",
                     "CHILDREN",
                     "KM",
                     "KILOMETRES",
                     "KILOMETERS",
                     "MILES",
                     "METRES",
                     "METERS",
                     "FEET",
                     "TONS",
                     "TONNES",
                     "DOLLARS",
                     "EUROS",
                     "POUNDS",
                     "UNITS",
                     "JOBS",
                     "WORKERS",
                     "EMPLOYEES",
                     "POINTS",
                     "CASES",
                     "DEATHS",
                     "VOTES",
                     "SEATS",
                     "HOMES",
                     "HOUSES",
                     "CARS",
                     "PLANES",
                     "AIRCRAFT",
                     "STRIKES",
                     "ROCKETS",
                     "MISSILES",
                     "REFUGEES",
                     "PRISONERS",
                     "FIGHTERS",
                     "POLICE",
                     "OFFICERS",
                     "STAFF",
                     "STUDENTS",
                     "VEHICLES",
                     "TANKS",
                     "SHARES",
                     "BARRELS",
                     "CIVILIANS",
                     "MEMBERS",
                     "PROTESTERS",
                     "DEMONSTRATORS",
                     "PASSENGERS",
                     "VICTIMS",
                     "MILITANTS",
                     "INCURSIONS",
                     "YEARS",
                     "DAYS",
                     "HOURS",
                     "KG",
                     "MW",
                     "AND",
                     "TO",
                     "OR"})) {
      // "between 2014 and 2016" stays a year when the other side is one.
      if ((next == "AND" || next == "TO" || next == "OR") &&
          (YearToken(i + 2) || OneOf(prev, {"BETWEEN", "FROM", "IN", "SINCE"}))) {
        return true;
      }
      return false;
    }
    if (y < 1800) {
      return OneOf(prev, {"IN", "SINCE", "UNTIL", "DURING", "BEFORE", "AFTER", "FROM", "OF", "BY"});
    }
    return true;
  }

  // "4:30", "16:00 UTC", "4:30 p.m.", "4 pm", "4pm", "0800 GMT".
  bool TimeForm(size_t i, Found* f) const {
    int digits = 0;
    const int64_t h = Digits(i, &digits);
    int hour = -1, minute = 0;
    size_t k = i + 1;
    if (digits <= 2 && h <= 24 && N(k) == ":" && Adjacent(i)) {
      int d2 = 0;
      int64_t mm = Digits(k + 1, &d2);
      std::string_view suffix;
      if (mm < 0 && IsWord(k + 1) && N(k + 1).size() == 4) {  // "00PM"
        const std::string_view x = N(k + 1);
        if (x[0] >= '0' && x[0] <= '5' && x[1] >= '0' && x[1] <= '9' &&
            (x.substr(2) == "AM" || x.substr(2) == "PM")) {
          mm = (x[0] - '0') * 10 + (x[1] - '0'), d2 = 2, suffix = x.substr(2);
        }
      }
      if (d2 != 2 || mm > 59) return false;
      hour = static_cast<int>(h), minute = static_cast<int>(mm), k += 2;
      if (!suffix.empty()) hour = Meridian(hour, suffix);
    } else if (digits <= 2 && h >= 1 && h <= 12) {
      if (!OneOf(N(k), {"A.M.", "P.M.", "AM", "PM", "A.M", "P.M"})) return false;
    } else if (digits == 4 && h / 100 <= 23 && h % 100 <= 59 &&
               OneOf(N(k), {"GMT", "UTC", "HRS", "HOURS"}) && N(i).size() == 4) {
      hour = static_cast<int>(h / 100), minute = static_cast<int>(h % 100);
    } else {
      return false;
    }
    if (hour < 0) hour = static_cast<int>(h);
    if (OneOf(N(k), {"A.M.", "P.M.", "AM", "PM", "A.M", "P.M"})) {
      hour = Meridian(hour, N(k).substr(0, 1) == "A" ? "AM" : "PM");
      ++k;
    }
    if (hour < 0 || hour > 23) return false;
    bool utc = false;
    if (OneOf(N(k), {"GMT", "UTC", "Z"})) utc = true, ++k;
    // The day it is on, when the text says: "today", "Monday".
    std::string day;
    TimexAnchor anchor = TimexAnchor::kRelative;
    size_t after = k;
    if (N(after) == "ON") ++after;
    if (has_ref_) {
      if (N(after) == "TODAY")
        day = FormatIsoDay(ref_day_), k = after + 1;
      else if (N(after) == "TOMORROW")
        day = FormatIsoDay(ref_day_ + 1), k = after + 1;
      else if (N(after) == "YESTERDAY")
        day = FormatIsoDay(ref_day_ - 1), k = after + 1;
      else if (size_t e = 0; int wd = Weekday(after, &e)) {
        day = FormatIsoDay(WeekdayDay(wd, Dir(i, e))), k = e;
      }
      if (day.empty()) day = FormatIsoDay(ref_day_);
    } else {
      return false;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute);
    f->end = k, f->type = TimexType::kTime, f->value = day + buf + (utc ? "Z" : "");
    f->anchor = anchor;
    return true;
  }
  static int Meridian(int hour, std::string_view ampm) {
    if (hour < 1 || hour > 12) return -1;
    if (ampm == "AM") return hour == 12 ? 0 : hour;
    return hour == 12 ? 12 : hour + 12;
  }

  // "today", "yesterday", "tomorrow", "tonight", "now", "currently",
  // "recently", "recent years", "4pm".
  bool RelativeWord(size_t i, Found* f) const {
    const std::string_view w = N(i);
    int shift = 99;
    // "USA TODAY" is a newspaper.
    if (w == "TODAY" && i > 0 && N(i - 1) == "USA" && text_[T(i).span.begin + 1] == 'O') {
      return false;
    }
    if (w == "TODAY") shift = 0;
    if (w == "YESTERDAY") shift = -1;
    if (w == "TOMORROW") shift = 1;
    if (shift != 99) {
      if (!has_ref_) {
        f->end = i + 1, f->anchor = TimexAnchor::kRelative;
        return true;
      }
      f->end = i + 1, f->value = FormatIsoDay(ref_day_ + shift), f->anchor = TimexAnchor::kRelative;
      PartOfDay(i + 1, f);
      return true;
    }
    if (w == "TONIGHT" && has_ref_) {
      f->end = i + 1, f->type = TimexType::kTime, f->value = FormatIsoDay(ref_day_) + "TNI";
      f->anchor = TimexAnchor::kRelative;
      return true;
    }
    if (OneOf(w, {"NOW", "CURRENTLY", "NOWADAYS"})) {
      f->end = i + 1, f->value = "PRESENT_REF", f->anchor = TimexAnchor::kUnanchored;
      return true;
    }
    if (w == "RECENTLY") {
      f->end = i + 1, f->value = "PAST_REF", f->anchor = TimexAnchor::kUnanchored;
      return true;
    }
    if (w == "RECENT" && (N(i + 1) == "YEARS" || N(i + 1) == "MONTHS")) {
      f->end = i + 2, f->value = "PAST_REF", f->anchor = TimexAnchor::kUnanchored;
      return true;
    }
    if (IsWord(i) && w.size() >= 3 && w.size() <= 4 && w[0] >= '1' && w[0] <= '9' &&
        (w.ends_with("AM") || w.ends_with("PM"))) {  // "4pm", "11am"
      int h = 0;
      for (char c : w.substr(0, w.size() - 2)) {
        if (c < '0' || c > '9') return false;
        h = h * 10 + (c - '0');
      }
      const int hour = Meridian(h, w.substr(w.size() - 2));
      if (hour < 0 || !has_ref_) return false;
      char buf[16];
      std::snprintf(buf, sizeof buf, "T%02d:00", hour);
      f->end = i + 1, f->type = TimexType::kTime, f->value = FormatIsoDay(ref_day_) + buf;
      f->anchor = TimexAnchor::kRelative;
      return true;
    }
    return false;
  }

  // After this/last/next/past/previous/coming/current at k: a unit, a
  // weekday, a month, a season, "weekend", "night", "morning", or a count
  // of units ("the past five days": a duration).
  bool DeicticForm(size_t start, size_t k, std::string_view d, Found* f) const {
    const int dir = (d == "LAST" || d == "PAST" || d == "PREVIOUS") ? -1
                    : (d == "NEXT" || d == "COMING")                ? 1
                                                                    : 0;
    const std::string_view u = N(k);
    if (u == "WEEK" && N(k + 1) == "'S" && has_ref_) {  // "last week's Sunday"
      if (size_t e = 0; int wd = Weekday(k + 2, &e)) {
        f->end = e, f->anchor = TimexAnchor::kRelative;
        f->value = FormatIsoDay(IsoWeekMonday(IsoWeekOf(ref_day_ + 7 * dir)) + wd - 1);
        return true;
      }
    }
    // A count: "the past five days", "the next six months", "past two years".
    if (dir != 0 || d == "PAST") {
      size_t ce = 0;
      double c = Count(k, &ce);
      if (c >= 0 || c == -2) {
        size_t ue = ce;
        if (OneOf(N(ue), {"STRAIGHT", "CONSECUTIVE", "TRADING", "BUSINESS", "FULL"})) ++ue;
        std::string_view unit = UnitFromWord(N(ue));
        if (!unit.empty() && !(c == 1 && N(k) != "ONE")) {
          f->end = ue + 1, f->type = TimexType::kDuration, f->value = DurationValue(c, unit);
          f->anchor = TimexAnchor::kUnanchored;
          return true;
        }
      }
    }
    if (!has_ref_) {
      // Still consume the expression so that nothing half of it is found.
      return false;
    }
    const TimexTense tense = Dir(start, k + 1);
    std::string_view unit = UnitFromWord(u);
    const bool singular = !unit.empty() && u.back() != 'S';
    if (singular) {
      if (d == "PAST") {
        f->end = k + 1, f->type = TimexType::kDuration, f->value = DurationValue(1, unit);
        f->anchor = TimexAnchor::kUnanchored;
        return true;
      }
      if (unit == "D") return false;  // "next day": anchored elsewhere
      if (unit[0] == 'T') return false;
      f->end = k + 1, f->value = Shift(unit, dir), f->anchor = TimexAnchor::kRelative;
      if (d == "CURRENT" && unit != "Y" && unit != "Q" && unit != "W") return false;
      return true;
    }
    if (u == "WEEKEND") {
      f->end = k + 1, f->value = Shift("W", dir) + "-WE", f->anchor = TimexAnchor::kRelative;
      return true;
    }
    if (d == "LAST" && u == "NIGHT") {
      f->end = k + 1, f->type = TimexType::kTime, f->value = FormatIsoDay(ref_day_ - 1) + "TNI";
      f->anchor = TimexAnchor::kRelative;
      return true;
    }
    if (d == "THIS" && OneOf(u, {"MORNING", "AFTERNOON", "EVENING"})) {
      f->value = FormatIsoDay(ref_day_);
      PartOfDay(k, f);
      f->anchor = TimexAnchor::kRelative;
      return true;
    }
    if (size_t e = 0; int wd = Weekday(k, &e)) {
      const int today = static_cast<int>(DayOfWeek(ref_day_));
      CivilDay day;
      if (dir < 0)
        day = ref_day_ - ((today - wd + 6) % 7 + 1);
      else if (dir > 0)
        day = IsoWeekMonday(IsoWeekOf(ref_day_ + 7)) + wd - 1;
      else
        day = WeekdayDay(wd, tense);
      f->end = e, f->value = FormatIsoDay(day), f->anchor = TimexAnchor::kRelative;
      PartOfDay(e, f);
      return true;
    }
    if (size_t e = 0; int m = Month(k, &e)) {
      int y = ref_.year;
      if (dir < 0) y = m < ref_.month ? y : y - 1;
      if (dir > 0) y = m > ref_.month ? y : y + 1;
      f->end = e, f->value = YearMonth(y, m), f->anchor = TimexAnchor::kRelative;
      return true;
    }
    if (int s = Season(u); s >= 0) {
      // Seasons in calendar order: spring, summer, autumn, then the winter
      // that starts in December (named by that December's year).
      static constexpr const char* kCodes[] = {"WI", "SP", "SU", "FA"};
      const int order = s == 0 ? 3 : s - 1;
      const int m = ref_.month;
      const int cur =
          m <= 2 ? (ref_.year - 1) * 4 + 3 : ref_.year * 4 + (m == 12 ? 3 : (m - 3) / 3);
      int idx = (s == 0 && m <= 2 ? ref_.year - 1 : ref_.year) * 4 + order;  // this
      if (dir < 0) idx = (cur - 1) - (((cur - 1) % 4 - order + 4) % 4);
      if (dir > 0) idx = (cur + 1) + ((order - (cur + 1) % 4 + 4) % 4);
      f->end = k + 1, f->value = Year4(idx / 4) + "-" + kCodes[s];
      f->anchor = TimexAnchor::kRelative;
      return true;
    }
    return false;
  }

  static int Season(std::string_view w) {
    if (w == "WINTER") return 0;
    if (w == "SPRING") return 1;
    if (w == "SUMMER") return 2;
    if (w == "AUTUMN" || w == "FALL") return 3;
    return -1;
  }

  static std::string DurationValue(double count, std::string_view unit) {
    std::string n;
    if (count == -2) {
      n = "X";
    } else if (count == static_cast<int>(count)) {
      n = std::to_string(static_cast<int>(count));
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%.1f", count);
      n = buf;
    }
    if (unit[0] == 'T') return "PT" + n + std::string(unit.substr(1));
    return "P" + n + std::string(unit);
  }

  // "the ...": "the past year", "the next six months", "the first quarter
  // of 2009", "the 1990s", "the future", "the past", "the weekend".
  bool TheForm(size_t i, Found* f) const {
    const std::string_view w = N(i + 1);
    if (OneOf(w, {"PAST", "LAST", "NEXT", "PREVIOUS", "COMING", "CURRENT", "FOLLOWING"})) {
      if (w == "FOLLOWING") return false;
      if (DeicticForm(i, i + 2, w == "PAST" ? "PAST" : w, f)) {
        if (f->type == TimexType::kDate && (w == "NEXT" || w == "COMING") &&
            N(f->end - 1) != "WEEKEND") {
          return false;  // "the next day/year" is anchored to the story, not now
        }
        return true;
      }
      if (w == "PAST") {
        f->end = i + 2, f->value = "PAST_REF", f->anchor = TimexAnchor::kUnanchored;
        return true;
      }
      return false;
    }
    if (w == "DAY" && has_ref_ &&
        ((N(i + 2) == "AFTER" && N(i + 3) == "TOMORROW") ||
         (N(i + 2) == "BEFORE" && N(i + 3) == "YESTERDAY"))) {
      f->end = i + 4, f->anchor = TimexAnchor::kRelative;
      f->value = FormatIsoDay(ref_day_ + (N(i + 2) == "AFTER" ? 2 : -2));
      return true;
    }
    if (OrdinalOfMonth(i + 1, f)) return true;
    if (w == "WEEK" && N(i + 2) == "OF") {  // "the week of October 7th"
      Found date;
      if (Core(i + 3, &date) && date.type == TimexType::kDate && date.value.size() == 10) {
        DateTime dt;
        if (ParseIso8601(date.value, &dt)) {
          f->end = date.end, f->anchor = date.anchor;
          f->value = FormatIsoWeek(IsoWeekOf(CivilDayOf(dt)));
          return true;
        }
      }
    }
    // "the 15th", "on the first": a day of the month alone, not before a
    // noun ("the 15th century"): this month's or the next (past: the last).
    if (int d = DayNumber(i + 1) ? DayNumber(i + 1) : DayOrdinalWord(w);
        d && has_ref_ && (T(i + 1).kind == Token::kWord) && !IsWord(i + 2) &&
        (i == 0 || N(i - 1) == "ON")) {
      const TimexTense tense = Dir(i, i + 2);
      YearMonthDay m{ref_.year, ref_.month, 1};
      if (tense == TimexTense::kPast ? d > ref_.day : d < ref_.day) {
        m = AddMonths(m, tense == TimexTense::kPast ? -1 : 1);
      }
      if (IsValidDate(m.year, m.month, d)) {
        f->end = i + 2, f->value = Day(m.year, m.month, d), f->anchor = TimexAnchor::kRelative;
        return true;
      }
    }
    if (w == "FUTURE") {
      f->end = i + 2, f->value = "FUTURE_REF", f->anchor = TimexAnchor::kUnanchored;
      return true;
    }
    if (QuarterOrdinal(i + 1, f)) return true;
    if (DecadeWord(i + 1, f)) return true;
    if (w == "WEEKEND" && has_ref_) {
      f->end = i + 2, f->value = Shift("W", 0) + "-WE", f->anchor = TimexAnchor::kRelative;
      return true;
    }
    return false;
  }

  // "first quarter [of 2009|of this year|of last year]", "Q3 2009", "third-quarter".
  bool QuarterOrdinal(size_t i, Found* f) const {
    static constexpr std::string_view kOrd[] = {"FIRST", "SECOND", "THIRD", "FOURTH"};
    int q = 0;
    for (int k = 0; k < 4; ++k) {
      if (N(i) == kOrd[k]) q = k + 1;
    }
    if ((N(i) == "FINAL" || N(i) == "LAST") && N(i + 1) == "QUARTER") q = 4;
    if (!q || N(i + 1) != "QUARTER") return false;
    return QuarterYear(i + 2, q, f);
  }
  bool QuarterWord(size_t i, Found* f) const {
    const std::string_view w = N(i);
    int q = 0;
    if (w.size() == 2 && w[0] == 'Q' && w[1] >= '1' && w[1] <= '4') q = w[1] - '0';
    static constexpr std::string_view kOrd[] = {"FIRST-QUARTER", "SECOND-QUARTER", "THIRD-QUARTER",
                                                "FOURTH-QUARTER"};
    for (int k = 0; k < 4; ++k) {
      if (w == kOrd[k]) q = k + 1;
    }
    if (!q) return QuarterOrdinal(i, f);
    return QuarterYear(i + 1, q, f);
  }
  // The year after a quarter: "of 2009", "2009", "of this/last/next year";
  // the reference year when none.
  bool QuarterYear(size_t k, int q, Found* f) const {
    size_t y_at = k;
    if (N(y_at) == "OF") ++y_at;
    int year = YearToken(y_at);
    size_t end = y_at + 1;
    TimexAnchor anchor = TimexAnchor::kAbsolute;
    if (!year && has_ref_ && N(y_at + 1) == "YEAR" &&
        OneOf(N(y_at), {"THIS", "LAST", "NEXT", "THE"})) {
      const std::string_view d = N(y_at);
      year = ref_.year + (d == "LAST" ? -1 : d == "NEXT" ? 1 : 0);
      end = y_at + 2, anchor = TimexAnchor::kRelative;
    }
    if (!year) {
      if (!has_ref_) return false;
      year = ref_.year, end = k, anchor = TimexAnchor::kRelative;
    }
    f->end = end, f->value = Year4(year) + "-Q" + std::to_string(q), f->anchor = anchor;
    return true;
  }

  // "1990s" -> "199"; "the 1990s".
  bool DecadeWord(size_t i, Found* f) const {
    const std::string_view w = N(i);
    if (!IsWord(i) || w.size() != 5 || w[4] != 'S' || w[3] != '0') return false;
    for (int k = 0; k < 4; ++k) {
      if (w[k] < '0' || w[k] > '9') return false;
    }
    if (w[0] != '1' && w[0] != '2') return false;
    f->end = i + 1, f->value = std::string(w.substr(0, 3));
    return true;
  }

  // "31-Oct-74", "26-FEB-1987": day, month name and year in one word.
  bool DashedDate(size_t i, Found* f) const {
    const std::string_view w = N(i);
    const size_t a = w.find('-');
    const size_t b = a == std::string_view::npos ? a : w.find('-', a + 1);
    if (b == std::string_view::npos || a == 0 || a > 2) return false;
    const int m = MonthFromWord(w.substr(a + 1, b - a - 1));
    const std::string_view ys = w.substr(b + 1);
    int d = 0, y = 0;
    for (char c : w.substr(0, a)) {
      if (c < '0' || c > '9') return false;
      d = d * 10 + (c - '0');
    }
    if (!m || (ys.size() != 2 && ys.size() != 4)) return false;
    for (char c : ys) {
      if (c < '0' || c > '9') return false;
      y = y * 10 + (c - '0');
    }
    if (ys.size() == 2) y = Rfc2822Year(y);
    if (!IsValidDate(y, m, d)) return false;
    f->end = i + 1, f->value = Day(y, m, d);
    return true;
  }

  // "14april 2015", "Feb13": a day number and a month name written together.
  bool GluedDate(size_t i, Found* f) const {
    const std::string_view w = N(i);
    size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
    size_t tail = w.size();
    while (tail > 0 && w[tail - 1] >= '0' && w[tail - 1] <= '9') --tail;
    int m = 0, d = 0;
    std::string_view num;
    if (digits >= 1 && digits <= 2 && w.size() > digits + 2) {
      m = MonthFromWord(w.substr(digits)), num = w.substr(0, digits);
    } else if (digits == 0 && tail >= 3 && w.size() - tail >= 1 && w.size() - tail <= 2) {
      m = MonthFromWord(w.substr(0, tail)), num = w.substr(tail);
    }
    if (!m) return false;
    for (char c : num) d = d * 10 + (c - '0');
    if (int y = YearToken(i + 1); y && IsValidDate(y, m, d)) {
      f->end = i + 2, f->value = Day(y, m, d);
      return true;
    }
    if (!has_ref_) return false;
    const int y = YearOf(m, d, Dir(i, i + 1));
    if (!IsValidDate(y, m, d)) return false;
    f->end = i + 1, f->value = Day(y, m, d), f->anchor = TimexAnchor::kRelative;
    return true;
  }

  // "12-year", "five-year", "24-hour": a duration in one hyphenated word.
  bool DurationWord(size_t i, Found* f) const {
    const std::string_view w = N(i);
    const size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash == 0) return false;
    const std::string_view unit = UnitFromWord(w.substr(dash + 1));
    if (unit.empty() || unit == "Q" || w.substr(dash + 1).back() == 'S') return false;
    const std::string_view num = w.substr(0, dash);
    double c = -1;
    if (num[0] >= '0' && num[0] <= '9') {
      if (num.size() > 3) return false;
      c = 0;
      for (char ch : num) {
        if (ch < '0' || ch > '9') return false;
        c = c * 10 + (ch - '0');
      }
    } else {
      const int v = NumberFromWord(num);
      if (v <= 0 || v == 100 || num == "A" || num == "AN") return false;
      c = v;
    }
    f->end = i + 1, f->type = TimexType::kDuration, f->value = DurationValue(c, unit);
    f->anchor = TimexAnchor::kUnanchored;
    return true;
  }

  // "every week", "each year", "per month", "daily", "weekly", "annually".
  bool SetForm(size_t i, Found* f) const {
    const std::string_view w = N(i);
    const char* adverb = w == "DAILY"                                          ? "P1D"
                         : w == "WEEKLY"                                       ? "P1W"
                         : w == "MONTHLY"                                      ? "P1M"
                         : (w == "ANNUALLY" || w == "YEARLY" || w == "ANNUAL") ? "P1Y"
                         : w == "QUARTERLY"                                    ? "P1Q"
                         : w == "HOURLY"                                       ? "PT1H"
                                                                               : nullptr;
    if (adverb) {
      f->end = i + 1, f->type = TimexType::kSet, f->value = adverb;
      f->anchor = TimexAnchor::kUnanchored;
      return true;
    }
    if (w != "EVERY" && w != "EACH" && w != "PER") return false;
    size_t k = i + 1;
    double c = 1;
    size_t ce = 0;
    if (double v = Count(k, &ce); v > 1 && N(k) != "A") c = v, k = ce;
    std::string_view unit = UnitFromWord(N(k));
    if (unit.empty()) {
      if (size_t e = 0; Weekday(k, &e) && w == "EVERY") {  // "every Monday"
        static constexpr const char* kDays[] = {"", "1", "2", "3", "4", "5", "6", "7"};
        f->end = e, f->type = TimexType::kSet;
        f->value = std::string("XXXX-WXX-") + kDays[WeekdayFromWord(N(k))];
        f->anchor = TimexAnchor::kUnanchored;
        return true;
      }
      return false;
    }
    f->end = k + 1, f->type = TimexType::kSet, f->value = DurationValue(c, unit);
    f->anchor = TimexAnchor::kUnanchored;
    return true;
  }

  // A count of units: "two months" (DURATION P2M), "two months ago" (DATE
  // 2025-11), "three years from now", "two and a half years".
  bool CountForm(size_t i, Found* f) const {
    size_t ce = 0;
    double c = Count(i, &ce);
    if (c < 0 && c != -2) return false;
    size_t k = ce;
    if (N(k) == "AND" && N(k + 1) == "A" && N(k + 2) == "HALF" && c >= 0) c += 0.5, k += 3;
    if (OneOf(N(k), {"STRAIGHT", "CONSECUTIVE", "TRADING", "BUSINESS", "FULL"})) ++k;
    // After the unit: "ago", "back" (before the reference), "from now",
    // "from today", "hence" (after it); *after* is the end of the match.
    auto direction = [&](size_t u, size_t* after) {
      const std::string_view x = N(u + 1);
      if (x == "AGO" || x == "BACK") return *after = u + 2, -1;
      if (x == "HENCE") return *after = u + 2, 1;
      if (x == "FROM" && (N(u + 2) == "NOW" || N(u + 2) == "TODAY")) return *after = u + 3, 1;
      return 0;
    };
    // "3 Fridays from now", "2 Thursdays ago": the n-th such weekday.
    if (N(k).size() > 6 && N(k).back() == 'S' && c >= 1 && c == static_cast<int>(c) && has_ref_) {
      const int wd = WeekdayFromWord(N(k).substr(0, N(k).size() - 1));
      size_t after = 0;
      const int dir = wd ? direction(k, &after) : 0;
      if (dir != 0 && (Capitalised(k) || opt_.any_case)) {
        const int today = static_cast<int>(DayOfWeek(ref_day_));
        const int n = static_cast<int>(c);
        const CivilDay day = dir > 0 ? ref_day_ + ((wd - today + 6) % 7 + 1) + 7 * (n - 1)
                                     : ref_day_ - ((today - wd + 6) % 7 + 1) - 7 * (n - 1);
        f->end = after, f->value = FormatIsoDay(day), f->anchor = TimexAnchor::kRelative;
        return true;
      }
    }
    std::string_view unit = UnitFromWord(N(k));
    if (unit.empty()) return false;
    const std::string_view uw = N(k);
    size_t after = 0;
    int dir = direction(k, &after);
    // "in two weeks" of the future: a date (the "in" is not part of it).
    if (dir == 0 && i > 0 && N(i - 1) == "IN" && has_ref_ && Dir(i, k + 1) == TimexTense::kFuture &&
        c >= 1) {
      dir = 1, after = k + 1;
    }
    // "a year" and "one day" alone are too often not durations ("one day
    // he will"), except before "ago".
    const bool ago = dir != 0;
    if (c == 1 && !ago && (N(i) == "A" || N(i) == "AN") && unit != "Y" && unit != "W" &&
        unit != "D" && unit != "M") {
      return false;
    }
    if (c == 1 && N(i) == "ONE" && uw == "DAY" && !ago) return false;
    if (unit == "Q" && c <= 1) return false;
    if (ago) {
      if (!has_ref_) return false;
      const int n = dir;
      f->end = after;
      f->anchor = TimexAnchor::kRelative;
      if (c == -2 || c != static_cast<int>(c)) {
        f->value = n < 0 ? "PAST_REF" : "FUTURE_REF";
        f->anchor = TimexAnchor::kUnanchored;
        return true;
      }
      const int steps = static_cast<int>(c) * n;
      if (unit[0] == 'T') {
        f->value = FormatIsoDay(ref_day_);
        return true;
      }
      // Days and weeks count to a day ("a week ago" is that day a week back);
      // months and longer to the month or year they land in.
      f->value = unit == "W" ? FormatIsoDay(ref_day_ + 7 * steps) : Shift(unit, steps);
      if (N(after - 1) == "TODAY" && (unit == "M" || unit == "Y")) {  // "3 years from today"
        const YearMonthDay d = AddMonths(ref_, steps * (unit == "Y" ? 12 : 1));
        f->value = Day(d.year, d.month, d.day);
      }
      return !f->value.empty();
    }
    f->end = k + 1, f->type = TimexType::kDuration, f->value = DurationValue(c, unit);
    f->anchor = TimexAnchor::kUnanchored;
    return true;
  }

  // "spring", "summer 2008", "the summer of 2008" (after THE), "autumn".
  bool SeasonForm(size_t i, Found* f) const {
    const int s = Season(N(i));
    if (s < 0 || (N(i) == "FALL" && !Capitalised(i))) return false;
    static constexpr const char* kCodes[] = {"WI", "SP", "SU", "FA"};
    size_t k = i + 1;
    if (N(k) == "OF") ++k;
    if (int y = YearToken(k)) {
      f->end = k + 1, f->value = Year4(y) + "-" + kCodes[s];
      return true;
    }
    if (!has_ref_) return false;
    const std::string_view prev = i > 0 ? N(i - 1) : std::string_view();
    if (!OneOf(prev, {"IN", "THIS", "DURING", "SINCE", "UNTIL", "BY", "EARLY", "LATE", "THE"})) {
      return false;
    }
    const int cy = ref_.month <= 2 ? ref_.year - 1 : ref_.year;
    f->end = i + 1, f->value = Year4(cy) + "-" + kCodes[s], f->anchor = TimexAnchor::kRelative;
    return true;
  }

  std::string_view text_;
  // The TokenBuffer's tokens and norms, read through plain pointers (the
  // scanner reads a token's norm at every step; the buffer does not change
  // while it runs).
  const Token* tokens_;
  const char* norm_;
  size_t n_;
  TimexOptions opt_;
  bool has_ref_ = false;
  CivilDay ref_day_ = 0;
  YearMonthDay ref_;
};

}  // namespace

void FindTimexes(std::string_view text, const DateTime& reference, const TimexOptions& options,
                 TimexScratch* scratch, std::vector<Timex>* out) {
  Tokenize(text, &scratch->tokens);
  Scanner(text, scratch->tokens, reference, options).Run(out);
}

bool TimexDays(std::string_view value, CivilDay* first, CivilDay* last) {
  auto digits = [&](size_t at, size_t count, int* v) {
    if (value.size() < at + count) return false;
    *v = 0;
    for (size_t k = at; k < at + count; ++k) {
      if (value[k] < '0' || value[k] > '9') return false;
      *v = *v * 10 + (value[k] - '0');
    }
    return true;
  };
  int y = 0;
  if (value.size() == 3 && digits(0, 3, &y)) {  // a decade
    *first = DaysFromCivil(y * 10, 1, 1), *last = DaysFromCivil(y * 10 + 9, 12, 31);
    return true;
  }
  if (value.size() == 2 && digits(0, 2, &y)) {  // a century
    *first = DaysFromCivil(y * 100, 1, 1), *last = DaysFromCivil(y * 100 + 99, 12, 31);
    return true;
  }
  if (!digits(0, 4, &y)) return false;
  if (value.size() >= 8 && value[4] == '-' && value[5] == 'W') {
    IsoWeek w;
    if (!ParseIsoWeek(value.substr(0, 8), &w)) return false;
    const CivilDay monday = IsoWeekMonday(w);
    const bool weekend = value.substr(8) == "-WE";
    if (value.size() != 8 && !weekend) return false;
    *first = weekend ? monday + 5 : monday, *last = monday + 6;
    return true;
  }
  if (value.size() == 7 && value[4] == '-' && value[5] == 'Q' && value[6] >= '1' &&
      value[6] <= '4') {
    const int q = value[6] - '0';
    const CivilDay d = DaysFromCivil(y, 3 * q - 2, 1);
    *first = FirstDayOf(Period::kQuarter, d), *last = LastDayOf(Period::kQuarter, d);
    return true;
  }
  if (value.size() == 7 && value[4] == '-') {
    const std::string_view s = value.substr(5);
    int m = s == "SP" ? 3 : s == "SU" ? 6 : s == "FA" ? 9 : s == "WI" ? 12 : 0;
    if (m) {
      *first = DaysFromCivil(y, m, 1);
      const YearMonthDay end = AddMonths({y, m, 1}, 2);
      *last = DaysFromCivil(end.year, end.month, DaysInMonth(end.year, end.month));
      return true;
    }
  }
  std::string_view iso = value;
  if (iso.size() > 10 && iso[10] == 'T') {
    const std::string_view part = iso.substr(11);
    if (part == "MO" || part == "AF" || part == "EV" || part == "NI") iso = iso.substr(0, 10);
  }
  if (!iso.empty() && iso.back() == 'Z') iso.remove_suffix(1);
  DateTime dt;
  if (!ParseIso8601(iso, &dt)) return false;
  return DaysCovered(dt, first, last);
}

}  // namespace annalist
