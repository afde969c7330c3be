// Publication-date parsing: a small hand-written scanner per family of forms
// (ISO-like numbers, prose with month names). Each family either consumes
// the whole input or fails; the first that succeeds wins.
#include "annalist/datetime.h"

#include <cstddef>
#include <string>

namespace annalist {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  bool done() const { return i_ >= s_.size(); }
  char peek() const { return done() ? '\0' : s_[i_]; }
  size_t pos() const { return i_; }
  void set_pos(size_t p) { i_ = p; }

  void SkipSpaces() {
    while (!done() && IsSpace(s_[i_])) ++i_;
  }
  bool Eat(char c) {
    if (peek() != c || done()) return false;
    ++i_;
    return true;
  }
  // Reads up to `max` digits into *value; returns how many were read.
  int Digits(int max, int* value) {
    int n = 0, v = 0;
    while (n < max && !done() && IsDigit(s_[i_])) {
      v = v * 10 + (s_[i_] - '0');
      ++i_;
      ++n;
    }
    if (n > 0) *value = v;
    return n;
  }
  // Reads a run of ASCII letters, lower-cased.
  std::string Letters() {
    std::string w;
    while (!done() && IsAlpha(s_[i_])) {
      w.push_back(static_cast<char>(s_[i_] | 0x20));
      ++i_;
    }
    return w;
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

// 1-12 for an English month name or abbreviation, else 0.
int MonthNumber(const std::string& w) {
  static const char* const kFull[] = {"january",   "february", "march",    "april",
                                      "may",       "june",     "july",     "august",
                                      "september", "october",  "november", "december"};
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kFull[m];
    if (w == full || w == full.substr(0, 3)) return m + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

bool IsWeekday(const std::string& w) {
  static const char* const kNames[] = {"monday", "tuesday",  "wednesday", "thursday",
                                       "friday", "saturday", "sunday"};
  if (w.size() < 3) return false;
  for (std::string_view full : kNames) {
    if (w == full || w == full.substr(0, 3)) return true;
  }
  return w == "tues" || w == "thur" || w == "thurs" || w == "weds";
}

// Reads a year of 4 digits, or of 2 digits expanded by the RFC rule.
bool ReadYear(Scanner* sc, int* year) {
  int v = 0;
  int n = sc->Digits(4, &v);
  if (n == 4) {
    *year = v;
  } else if (n == 2) {
    *year = Rfc2822Year(v);
  } else {
    return false;
  }
  return !IsDigit(sc->peek());
}

// Reads and drops a time zone: Z, +hh, +hhmm, +hh:mm, or a name of up to
// five letters (GMT, UTC, EST, CEST), itself optionally followed by an
// offset ("GMT+1"), and an optional parenthesised comment ("(EST)").
// Returns false when something is there that is not a zone.
bool SkipZone(Scanner* sc) {
  sc->SkipSpaces();
  if (sc->done()) return true;
  auto offset = [sc]() {
    if (sc->peek() != '+' && sc->peek() != '-') return true;
    sc->Eat(sc->peek());
    int v = 0;
    int n = sc->Digits(4, &v);
    if (n == 0) return false;
    if (n <= 2 && sc->Eat(':')) {
      if (sc->Digits(2, &v) != 2) return false;
    }
    return true;
  };
  if (sc->peek() == '+' || sc->peek() == '-') {
    if (!offset()) return false;
  } else if (IsAlpha(sc->peek())) {
    std::string name = sc->Letters();
    if (name.size() > 5) return false;
    if (!offset()) return false;
  }
  sc->SkipSpaces();
  if (sc->Eat('(')) {
    while (!sc->done() && sc->peek() != ')') sc->set_pos(sc->pos() + 1);
    if (!sc->Eat(')')) return false;
  }
  sc->SkipSpaces();
  return sc->done();
}

// Reads a clock time "H:MM", "HH:MM:SS", "HH:MM:SS.fff", optionally with
// am/pm, into *dt. `allow_ampm` is false for ISO forms.
bool ReadClock(Scanner* sc, bool allow_ampm, DateTime* dt) {
  int h = 0, m = 0, s = 0;
  if (sc->Digits(2, &h) == 0) return false;
  if (!sc->Eat(':') && !sc->Eat('.')) return false;
  if (sc->Digits(2, &m) != 2) return false;
  if (sc->Eat(':')) {
    if (sc->Digits(2, &s) != 2) return false;
    if (sc->Eat('.') || sc->Eat(',')) {
      int frac = 0;
      if (sc->Digits(9, &frac) == 0) return false;
      while (IsDigit(sc->peek())) sc->set_pos(sc->pos() + 1);
    }
  }
  if (IsDigit(sc->peek())) return false;
  if (allow_ampm) {
    size_t save = sc->pos();
    sc->SkipSpaces();
    std::string w = sc->Letters();
    if ((w == "a" || w == "p") && sc->Eat('.')) {
      if (sc->Letters() != "m") return false;
      sc->Eat('.');
      w += "m";
    }
    if (w == "am" || w == "pm") {
      if (h < 1 || h > 12) return false;
      if (h == 12) h = 0;
      if (w == "pm") h += 12;
    } else {
      sc->set_pos(save);
    }
  }
  if (h > 23 || m > 59 || s > 60) return false;
  if (s == 60) s = 59;
  dt->hour = h;
  dt->minute = m;
  dt->second = s;
  dt->precision = DatePrecision::kMinute;
  return true;
}

// Reads an optional time after a date (already in *dt at day precision),
// then an optional zone, and requires the end of input.
bool ReadTimeTail(Scanner* sc, bool iso, DateTime* dt) {
  sc->SkipSpaces();
  if (sc->done()) return true;
  if (iso) {
    if (!sc->Eat('T')) sc->Eat('t');
  } else {
    if (sc->Eat(',')) sc->SkipSpaces();
    size_t save = sc->pos();
    if (sc->Letters() != "at") sc->set_pos(save);
    sc->SkipSpaces();
  }
  if (!IsDigit(sc->peek())) return false;
  if (iso) {
    // Basic form hhmm[ss] is allowed after a 'T'.
    size_t save = sc->pos();
    int v = 0;
    int n = sc->Digits(6, &v);
    if ((n == 4 || n == 6) && !IsDigit(sc->peek()) && sc->peek() != ':') {
      int h = n == 6 ? v / 10000 : v / 100;
      int m = n == 6 ? v / 100 % 100 : v % 100;
      int s = n == 6 ? v % 100 : 0;
      if (sc->Eat('.') || sc->Eat(',')) {
        int frac = 0;
        if (sc->Digits(9, &frac) == 0) return false;
        while (IsDigit(sc->peek())) sc->set_pos(sc->pos() + 1);
      }
      if (h > 23 || m > 59 || s > 60) return false;
      dt->hour = h;
      dt->minute = m;
      dt->second = s == 60 ? 59 : s;
      dt->precision = DatePrecision::kMinute;
      return SkipZone(sc);
    }
    sc->set_pos(save);
  }
  if (!ReadClock(sc, !iso, dt)) return false;
  return SkipZone(sc);
}

bool Finish(int year, int month, int day, DatePrecision p, DateTime* dt) {
  if (year < 1 || year > 9999) return false;
  if (p >= DatePrecision::kMonth && (month < 1 || month > 12)) return false;
  if (p >= DatePrecision::kDay && !IsValidDate(year, month, day)) return false;
  dt->year = year;
  dt->month = p >= DatePrecision::kMonth ? month : 0;
  dt->day = p >= DatePrecision::kDay ? day : 0;
  dt->precision = p;
  return true;
}

// ISO 8601 and other all-number forms, and TABARI's YYMMDD.
bool ParseNumeric(std::string_view s, DateTime* out) {
  Scanner sc(s);
  DateTime dt;
  int v = 0;
  int n = sc.Digits(8, &v);
  if (IsDigit(sc.peek())) return false;
  if (n == 8) {  // YYYYMMDD
    YearMonthDay ymd;
    if (!ParseCompactDate(s.substr(0, 8), TabariYear, &ymd) ||
        !Finish(ymd.year, ymd.month, ymd.day, DatePrecision::kDay, &dt)) {
      return false;
    }
    if (!ReadTimeTail(&sc, true, &dt)) return false;
  } else if (n == 6) {  // TABARI YYMMDD
    YearMonthDay ymd;
    if (!ParseCompactDate(s.substr(0, 6), TabariYear, &ymd) ||
        !Finish(ymd.year, ymd.month, ymd.day, DatePrecision::kDay, &dt)) {
      return false;
    }
    sc.SkipSpaces();
    if (!sc.done()) return false;
  } else if (n == 4) {
    int year = v, month = 0, day = 0;
    DatePrecision p = DatePrecision::kYear;
    char sep = sc.peek();
    if (sep == '-' || sep == '/' || sep == '.') {
      sc.Eat(sep);
      if (sc.Digits(2, &month) == 0) return false;
      p = DatePrecision::kMonth;
      if (sc.Eat(sep)) {
        if (sc.Digits(2, &day) == 0) return false;
        p = DatePrecision::kDay;
      }
      if (IsDigit(sc.peek())) return false;
    }
    if (!Finish(year, month, day, p, &dt)) return false;
    if (p == DatePrecision::kDay) {
      if (!ReadTimeTail(&sc, true, &dt)) return false;
    } else {
      sc.SkipSpaces();
      if (!sc.done()) return false;
    }
  } else {
    return false;
  }
  *out = dt;
  return true;
}

// Forms with a month name: RFC 2822, prose dates, Reuters.
bool ParseProse(std::string_view s, DateTime* out) {
  Scanner sc(s);
  DateTime dt;
  // An optional weekday: "Mon, ", "Monday ".
  size_t start = sc.pos();
  if (IsAlpha(sc.peek())) {
    std::string w = sc.Letters();
    if (IsWeekday(w)) {
      sc.Eat('.');
      sc.SkipSpaces();
      if (sc.Eat(',')) sc.SkipSpaces();
    } else {
      sc.set_pos(start);
    }
  }
  int year = 0, month = 0, day = 0;
  DatePrecision p = DatePrecision::kDay;
  auto ordinal = [&sc]() {
    size_t save = sc.pos();
    std::string w = sc.Letters();
    if (w != "st" && w != "nd" && w != "rd" && w != "th") sc.set_pos(save);
  };
  if (IsDigit(sc.peek())) {
    // Day first: "2 March 2026", "02 Mar 2026", "26-FEB-1987".
    if (sc.Digits(2, &day) == 0 || IsDigit(sc.peek())) return false;
    ordinal();
    bool reuters = sc.Eat('-');
    if (!reuters) {
      sc.SkipSpaces();
      size_t save = sc.pos();
      if (sc.Letters() == "of") {
        sc.SkipSpaces();
      } else {
        sc.set_pos(save);
      }
    }
    month = MonthNumber(sc.Letters());
    if (month == 0) return false;
    if (reuters) {
      if (!sc.Eat('-')) return false;
    } else {
      sc.Eat('.');
      sc.SkipSpaces();
      if (sc.Eat(',')) sc.SkipSpaces();
    }
    if (!ReadYear(&sc, &year)) return false;
  } else {
    // Month first: "March 2, 2026", "Mar. 2 2026", "March 2026".
    month = MonthNumber(sc.Letters());
    if (month == 0) return false;
    sc.Eat('.');
    sc.SkipSpaces();
    int v = 0;
    int n = sc.Digits(4, &v);
    if (IsDigit(sc.peek())) return false;
    if (n == 4) {
      year = v;
      p = DatePrecision::kMonth;
    } else if (n == 1 || n == 2) {
      day = v;
      ordinal();
      sc.SkipSpaces();
      if (sc.Eat(',')) sc.SkipSpaces();
      if (!ReadYear(&sc, &year)) return false;
    } else {
      return false;
    }
  }
  if (!Finish(year, month, day, p, &dt)) return false;
  if (p == DatePrecision::kDay) {
    if (!ReadTimeTail(&sc, false, &dt)) return false;
  } else {
    sc.SkipSpaces();
    if (!sc.done()) return false;
  }
  *out = dt;
  return true;
}

}  // namespace

bool ParsePublished(std::string_view s, DateTime* out) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  if (s.empty() || s.size() > 200) return false;
  if (IsDigit(s.front()) && ParseNumeric(s, out)) return true;
  return ParseProse(s, out);
}

}  // namespace annalist
