// The sentence splitter and the page-furniture rules. docs/text.md describes
// the rules; keep the two in step.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>

#include "annalist/text.h"
#include "text/furniture.h"
#include "text/internal.h"

namespace annalist {
namespace {

using text_internal::Cp;
using text_internal::Decode;
using text_internal::IsUnicodeSpace;

// ---------------------------------------------------------------- helpers

constexpr bool IsAsciiSpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Length of the white-space code point at s[i] (0 when there is none).
inline size_t SpaceAt(std::string_view s, size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return IsAsciiSpace(b) ? 1 : 0;
  Cp c = Decode(s, i);
  return IsUnicodeSpace(c.cp) ? c.len : 0;
}

// Start of the code point that ends just before byte i (i > 0).
inline size_t PrevStart(std::string_view s, size_t i) {
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  return j;
}

// Trims white space from both ends of [b, e).
void Trim(std::string_view s, uint32_t* b, uint32_t* e) {
  size_t i = *b, j = *e;
  while (i < j) {
    size_t n = SpaceAt(s, i);
    if (!n) break;
    i += n;
  }
  while (j > i) {
    size_t k = PrevStart(s, j);
    if (!SpaceAt(s, k) || k < i) break;
    j = k;
  }
  *b = static_cast<uint32_t>(i);
  *e = static_cast<uint32_t>(j);
}

// Closing quotes and brackets that may follow a sentence-final stop.
inline bool IsCloser(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x201D || c == 0x2019 ||
         c == 0xBB || c == 0x203A;
}

// Opening quotes and brackets that may start a sentence.
inline bool IsOpener(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' || c == 0x201C || c == 0x2018 ||
         c == 0xAB || c == 0x2039 || c == 0x201E;
}

inline bool IsStop(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool IsLetterCp(char32_t cp) { return text_internal::Classify(cp) == text_internal::kLetter; }

// ---------------------------------------------------------- abbreviations

enum AbbrevKind { kNotAbbrev, kNeverEnds, kMayEnd, kBeforeNumber };

struct Abbrev {
  std::string_view lower;
  AbbrevKind kind;
  bool lower_ok;  // may be written in lower case ("vs.", "etc.")
};

// Words that, followed by ".", do not end a sentence (titles, "e.g."), end
// one only before a typical sentence opener (months, states, "St."), or do
// not end one only before a number ("No. 2"). Matched case-insensitively; those without lower_ok
// must start with a capital ("Ill." but not "ill."). Company suffixes (Inc., Corp., Co., Ltd.) and
// "etc." are not listed: in news text a capital after them starts a new sentence far more often
// than not ("... Banner Industries Inc. Terms were not disclosed."), and "Co. said" stays whole as
// "said" is lower case.
constexpr Abbrev kAbbrevs[] = {
    // Titles and ranks: always followed by a name.
    {"mr", kNeverEnds, false},
    {"mrs", kNeverEnds, false},
    {"ms", kNeverEnds, false},
    {"messrs", kNeverEnds, false},
    {"mme", kNeverEnds, false},
    {"mlle", kNeverEnds, false},
    {"dr", kNeverEnds, false},
    {"drs", kNeverEnds, false},
    {"prof", kNeverEnds, false},
    {"gen", kNeverEnds, false},
    {"gens", kNeverEnds, false},
    {"lt", kNeverEnds, false},
    {"col", kNeverEnds, false},
    {"maj", kNeverEnds, false},
    {"capt", kNeverEnds, false},
    {"cpt", kNeverEnds, false},
    {"sgt", kNeverEnds, false},
    {"cpl", kNeverEnds, false},
    {"pvt", kNeverEnds, false},
    {"adm", kNeverEnds, false},
    {"cmdr", kNeverEnds, false},
    {"cdr", kNeverEnds, false},
    {"brig", kNeverEnds, false},
    {"sen", kNeverEnds, false},
    {"sens", kNeverEnds, false},
    {"rep", kNeverEnds, false},
    {"reps", kNeverEnds, false},
    {"gov", kNeverEnds, false},
    {"govs", kNeverEnds, false},
    {"pres", kNeverEnds, false},
    {"rev", kNeverEnds, false},
    {"hon", kNeverEnds, false},
    {"fr", kNeverEnds, false},
    {"supt", kNeverEnds, false},
    {"insp", kNeverEnds, false},
    {"det", kNeverEnds, false},
    {"atty", kNeverEnds, false},
    {"amb", kNeverEnds, false},
    {"mt", kNeverEnds, false},
    {"ft", kNeverEnds, false},
    {"sheikh", kNeverEnds, false},
    {"e.g", kNeverEnds, true},
    {"i.e", kNeverEnds, true},
    {"cf", kNeverEnds, true},
    {"viz", kNeverEnds, true},
    {"vs", kNeverEnds, true},
    {"v", kNeverEnds, true},
    // May end a sentence.
    {"st", kMayEnd, false},
    {"ste", kMayEnd, false},
    {"jr", kMayEnd, false},
    {"sr", kMayEnd, false},
    {"assn", kMayEnd, false},
    {"dept", kMayEnd, false},
    {"univ", kMayEnd, false},
    {"ave", kMayEnd, false},
    {"blvd", kMayEnd, false},
    {"rd", kMayEnd, false},
    {"hwy", kMayEnd, false},
    {"jan", kMayEnd, false},
    {"feb", kMayEnd, false},
    {"mar", kMayEnd, false},
    {"apr", kMayEnd, false},
    {"jun", kMayEnd, false},
    {"jul", kMayEnd, false},
    {"aug", kMayEnd, false},
    {"sep", kMayEnd, false},
    {"sept", kMayEnd, false},
    {"oct", kMayEnd, false},
    {"nov", kMayEnd, false},
    {"dec", kMayEnd, false},
    {"mon", kMayEnd, false},
    {"tue", kMayEnd, false},
    {"tues", kMayEnd, false},
    {"wed", kMayEnd, false},
    {"thu", kMayEnd, false},
    {"thur", kMayEnd, false},
    {"thurs", kMayEnd, false},
    {"fri", kMayEnd, false},
    {"sat", kMayEnd, false},
    {"sec", kMayEnd, false},
    {"approx", kMayEnd, true},
    {"est", kMayEnd, true},
    {"al", kMayEnd, true},
    // US states and Canadian provinces as AP writes them.
    {"ala", kMayEnd, false},
    {"ariz", kMayEnd, false},
    {"ark", kMayEnd, false},
    {"calif", kMayEnd, false},
    {"colo", kMayEnd, false},
    {"conn", kMayEnd, false},
    {"del", kMayEnd, false},
    {"fla", kMayEnd, false},
    {"ga", kMayEnd, false},
    {"ill", kMayEnd, false},
    {"ind", kMayEnd, false},
    {"kan", kMayEnd, false},
    {"kans", kMayEnd, false},
    {"ky", kMayEnd, false},
    {"la", kMayEnd, false},
    {"md", kMayEnd, false},
    {"mass", kMayEnd, false},
    {"mich", kMayEnd, false},
    {"minn", kMayEnd, false},
    {"miss", kMayEnd, false},
    {"mo", kMayEnd, false},
    {"mont", kMayEnd, false},
    {"neb", kMayEnd, false},
    {"nev", kMayEnd, false},
    {"okla", kMayEnd, false},
    {"ore", kMayEnd, false},
    {"pa", kMayEnd, false},
    {"tenn", kMayEnd, false},
    {"tex", kMayEnd, false},
    {"vt", kMayEnd, false},
    {"va", kMayEnd, false},
    {"wash", kMayEnd, false},
    {"wis", kMayEnd, false},
    {"wyo", kMayEnd, false},
    {"alta", kMayEnd, false},
    {"ont", kMayEnd, false},
    {"que", kMayEnd, false},
    // Abbreviations only before a number ("No. 2", "Art. 5"); otherwise
    // words ("No. Definitely not.").
    {"no", kBeforeNumber, false},
    {"nos", kBeforeNumber, false},
    {"vol", kBeforeNumber, false},
    {"art", kBeforeNumber, false},
    {"fig", kBeforeNumber, false},
    {"ch", kBeforeNumber, false},
    {"pt", kBeforeNumber, false},
};

// Words that typically open a sentence; after an abbreviation that may end
// one ("Corp.", "U.S.", "Jan.", an initial), a capitalised word from this
// list means the sentence did end.
constexpr std::string_view kStarters[] = {
    "the",    "a",         "an",       "it",        "its",       "he",     "she",     "they",
    "we",     "i",         "you",      "his",       "her",       "their",  "our",     "my",
    "this",   "that",      "these",    "those",     "there",     "here",   "but",     "and",
    "or",     "so",        "yet",      "nor",       "in",        "on",     "at",      "for",
    "as",     "if",        "when",     "while",     "after",     "before", "since",   "although",
    "though", "because",   "however",  "meanwhile", "still",     "also",   "some",    "many",
    "most",   "all",       "both",     "each",      "every",     "other",  "another", "such",
    "what",   "who",       "whom",     "whose",     "why",       "how",    "where",   "which",
    "one",    "two",       "three",    "no",        "not",       "never",  "now",     "then",
    "today",  "yesterday", "tomorrow", "last",      "earlier",   "later",  "under",   "with",
    "from",   "by",        "during",   "despite",   "according", "mr",     "mrs",     "ms",
    "dr",     "officials", "analysts",
};

// True when `w` (not empty) is in `list`; sizes and first bytes are
// compared inline, so most entries cost no call to memcmp.
template <size_t N>
bool InList(const std::string_view (&list)[N], std::string_view w) {
  for (std::string_view s : list) {
    if (s.size() == w.size() && s[0] == w[0] && w == s) return true;
  }
  return false;
}

// kAbbrevs in the order of their words, for a binary search (the words are
// distinct).
constexpr auto kAbbrevsSorted = [] {
  std::array<Abbrev, std::size(kAbbrevs)> sorted{};
  std::copy(std::begin(kAbbrevs), std::end(kAbbrevs), sorted.begin());
  std::sort(sorted.begin(), sorted.end(),
            [](const Abbrev& x, const Abbrev& y) { return x.lower < y.lower; });
  return sorted;
}();

// Kind of the word `w` (the bytes before a ".", e.g. "Mr", "U.S", "W").
AbbrevKind ClassifyAbbrev(std::string_view w) {
  if (w.empty() || w.size() > 12) return kNotAbbrev;
  char lower[16];
  bool has_upper_first = w[0] >= 'A' && w[0] <= 'Z';
  for (size_t i = 0; i < w.size(); ++i) {
    auto c = static_cast<unsigned char>(w[i]);
    if (c >= 0x80) return kNotAbbrev;
    lower[i] = AsciiLower(static_cast<char>(c));
  }
  std::string_view lw(lower, w.size());
  const auto a = std::lower_bound(kAbbrevsSorted.begin(), kAbbrevsSorted.end(), lw,
                                  [](const Abbrev& x, std::string_view y) { return x.lower < y; });
  if (a != kAbbrevsSorted.end() && a->lower == lw) {
    if (!a->lower_ok && !has_upper_first) return kNotAbbrev;
    return a->kind;
  }
  // A single capital: an initial ("George W. Bush").
  if (w.size() == 1 && has_upper_first) return kMayEnd;
  // Dotted abbreviations: segments of one to three letters ("U.S", "a.m",
  // "Ph.D", "J.R.R").
  if (w.find('.') != std::string_view::npos) {
    size_t seg = 0;
    for (char c : w) {
      if (c == '.') {
        if (seg == 0) return kNotAbbrev;
        seg = 0;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        if (++seg > 3) return kNotAbbrev;
      } else {
        return kNotAbbrev;
      }
    }
    return seg ? kMayEnd : kNotAbbrev;
  }
  return kNotAbbrev;
}

// --------------------------------------------------------------- scripts

enum Script : uint8_t {
  kLatin,
  kGreek,
  kCyrillic,
  kHebrew,
  kArabic,
  kCjk,
  kIndic,
  kThai,
  kOtherScript,
  kNumScripts
};

Script ScriptOf(char32_t cp) {
  if (cp < 0x250) return kLatin;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return kLatin;
  if ((cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x1F00 && cp <= 0x1FFF)) return kGreek;
  if (cp >= 0x400 && cp <= 0x52F) return kCyrillic;
  if ((cp >= 0x590 && cp <= 0x5FF) || (cp >= 0xFB1D && cp <= 0xFB4F)) return kHebrew;
  if ((cp >= 0x600 && cp <= 0x6FF) || (cp >= 0x750 && cp <= 0x77F) ||
      (cp >= 0x8A0 && cp <= 0x8FF) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
      (cp >= 0xFE70 && cp <= 0xFEFF)) {
    return kArabic;
  }
  if (cp >= 0x900 && cp <= 0xDFF) return kIndic;
  if (cp >= 0xE00 && cp <= 0xE7F) return kThai;
  if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3040 && cp <= 0x30FF) ||
      (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF)) {
    return kCjk;
  }
  return kOtherScript;
}

// ------------------------------------------------------------------ lines

struct Line {
  uint32_t begin, end;  // trimmed
  uint32_t indent;      // leading spaces and tabs
  bool blank;
};

std::vector<Line> ScanLines(std::string_view text) {
  std::vector<Line> lines;
  size_t i = 0;
  const size_t n = text.size();
  while (i <= n) {
    const void* nl = i < n ? std::memchr(text.data() + i, '\n', n - i) : nullptr;
    size_t e = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) : n;
    Line l;
    uint32_t ind = 0;
    while (i + ind < e && (text[i + ind] == ' ' || text[i + ind] == '\t')) ++ind;
    l.indent = ind;
    l.begin = static_cast<uint32_t>(i);
    l.end = static_cast<uint32_t>(e);
    Trim(text, &l.begin, &l.end);
    l.blank = l.begin >= l.end;
    lines.push_back(l);
    if (!nl) break;
    i = e + 1;
  }
  return lines;
}

// Last code point of [b, e) once trailing closers are stripped (0 if none).
char32_t LastBeforeClosers(std::string_view s, size_t b, size_t e) {
  while (e > b) {
    size_t k = PrevStart(s, e);
    if (k < b) break;
    Cp c = Decode(s, k);
    if (!IsCloser(c.cp) && !IsUnicodeSpace(c.cp)) return c.cp;
    e = k;
  }
  return 0;
}

// True when the line ends a clause (so a lower-case next line is not a
// continuation of it).
bool EndsClause(char32_t c) { return IsStop(c) || c == ':' || c == ';' || c == '"' || c == 0x201D; }

// True when the text is hard-wrapped: a good share of consecutive non-blank
// lines run on (the first does not end a clause and the next starts in
// lower case), as in Reuters bodies.
bool IsWrapped(std::string_view text, const std::vector<Line>& lines) {
  size_t pairs = 0, cont = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const Line& a = lines[i];
    const Line& b = lines[i + 1];
    if (a.blank || b.blank) continue;
    ++pairs;
    size_t k = PrevStart(text, a.end);
    char32_t last = Decode(text, k).cp;
    if (EndsClause(last)) continue;
    if (text_internal::IsLower(Decode(text, b.begin).cp)) ++cont;
  }
  return cont >= 1 && cont * 6 >= pairs;
}

// --------------------------------------------------------------- units

// A unit is a stretch of text whose end always ends a sentence: a line (in
// texts whose lines are paragraphs) or a paragraph (in hard-wrapped text).
struct Unit {
  uint32_t begin, end;  // trimmed
  bool dateline_merged = false;
  // Features.
  uint32_t words = 0;
  uint32_t letters = 0;
  uint32_t lower = 0;
  uint32_t digits = 0;
  std::array<uint32_t, kNumScripts> scripts{};
  bool final_stop = false;
  // Verdicts.
  bool strong = false;  // furniture by a rule that also marks captions next to it
  bool furniture = false;
};

bool HasLowercase(std::string_view s, size_t b, size_t e) {
  for (size_t i = b; i < e;) {
    Cp c = Decode(s, i);
    if (text_internal::IsLower(c.cp)) return true;
    i += c.len;
  }
  return false;
}

bool HasLetter(std::string_view s, size_t b, size_t e) {
  for (size_t i = b; i < e;) {
    Cp c = Decode(s, i);
    if (IsLetterCp(c.cp)) return true;
    i += c.len;
  }
  return false;
}

// A dateline standing alone on its line: "JERUSALEM —", "PARIS (Reuters) -",
// "WASHINGTON, March 3 (AP) --". It starts with an all-capitals word of three
// or more letters, ends with a dash, has few digits and no table-like runs of
// spaces.
bool IsDatelineOnly(std::string_view s, size_t begin, size_t end) {
  if (end <= begin || end - begin > 100) return false;
  size_t k = PrevStart(s, end);
  char32_t last = Decode(s, k).cp;
  if (last != '-' && last != 0x2014 && last != 0x2013 && last != 0x2015) return false;
  size_t caps = 0, digits = 0, spaces = 0;
  bool first_word = true;
  for (size_t i = begin; i < end;) {
    Cp c = Decode(s, i);
    i += c.len;
    if (IsUnicodeSpace(c.cp)) {
      if (++spaces >= 3) return false;
      first_word = false;
      continue;
    }
    spaces = 0;
    if (c.cp >= '0' && c.cp <= '9' && ++digits > 6) return false;
    if (!first_word) continue;
    if (c.cp == ',' || c.cp == '(') {
      first_word = false;
    } else if (text_internal::IsLower(c.cp)) {
      return false;
    } else if (text_internal::IsUpper(c.cp)) {
      ++caps;
    }
  }
  return caps >= 3;
}

std::vector<Unit> MakeUnits(std::string_view text, const std::vector<Line>& lines) {
  std::vector<Unit> units;
  const bool wrapped = IsWrapped(text, lines);
  uint32_t min_indent = UINT32_MAX;
  for (const Line& l : lines) {
    if (!l.blank) min_indent = std::min(min_indent, l.indent);
  }
  bool prev_blank = true;
  bool prev_caps = false;  // previous line has letters but no lower case
  const Line* prev = nullptr;
  for (const Line& l : lines) {
    if (l.blank) {
      prev_blank = true;
      continue;
    }
    bool caps = false;
    if (wrapped) caps = HasLetter(text, l.begin, l.end) && !HasLowercase(text, l.begin, l.end);
    bool start = true;
    if (wrapped && !prev_blank && !units.empty()) {
      // In hard-wrapped text a paragraph starts after a blank line, at an
      // indented line, or after an all-capitals title line.
      start = l.indent > min_indent || (prev_caps && !caps);
    } else if (!prev_blank && prev != nullptr) {
      // Where lines are paragraphs, a line that starts in lower case, is not
      // indented further, and follows one that does not end a clause
      // continues it (a hard-wrapped stretch, such as a note under a table).
      start =
          !(l.indent <= prev->indent && !EndsClause(Decode(text, PrevStart(text, prev->end)).cp) &&
            text_internal::IsLower(Decode(text, l.begin).cp));
    }
    prev = &l;
    if (start) {
      Unit u;
      u.begin = l.begin;
      u.end = l.end;
      units.push_back(u);
    } else {
      units.back().end = l.end;
    }
    prev_blank = false;
    prev_caps = caps;
  }
  // A dateline alone on its line joins the paragraph after it.
  std::vector<Unit> merged;
  merged.reserve(units.size());
  for (size_t i = 0; i < units.size(); ++i) {
    if (i + 1 < units.size() && IsDatelineOnly(text, units[i].begin, units[i].end)) {
      units[i + 1].begin = units[i].begin;
      units[i + 1].dateline_merged = true;
      continue;
    }
    merged.push_back(units[i]);
  }
  return merged;
}

// What Analyze counts of an ASCII byte.
enum : uint8_t { kLetterBit = 1, kLowerBit = 2, kDigitBit = 4, kBlankBit = 8 };
constexpr std::array<uint8_t, 128> kAsciiTraits = [] {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c >= 'a' && c <= 'z') t[c] = kLetterBit | kLowerBit;
    if (c >= 'A' && c <= 'Z') t[c] = kLetterBit;
    if (c >= '0' && c <= '9') t[c] = kDigitBit;
    if (IsAsciiSpace(static_cast<unsigned char>(c))) t[c] = kBlankBit;
  }
  return t;
}();

// Eight ASCII bytes at once (SWAR): the masks have the high bit of each byte
// set where the byte is of a kind.
constexpr uint64_t kOnes8 = 0x0101010101010101ull, kHighs8 = 0x8080808080808080ull;

// The bytes of x (all below 0x80) in [lo, hi], lo > 0: adding to a byte
// below 0x80 sets its high bit without a carry into the next.
inline uint64_t InRange8(uint64_t x, unsigned char lo, unsigned char hi) {
  const uint64_t ge = x + (0x80 - lo) * kOnes8;  // high bit: >= lo
  const uint64_t gt = x + (0x7F - hi) * kOnes8;  // high bit: > hi
  return ge & ~gt & kHighs8;
}

// The number of bytes of a mask with their high bit set: the product sums
// the eight 0/1 bytes into its top byte (std::popcount is a library call on
// x86-64 without -mpopcnt).
inline uint32_t CountHighs8(uint64_t m) { return static_cast<uint32_t>(((m >> 7) * kOnes8) >> 56); }

// Counts eight ASCII bytes x (in memory order: byte k of the text at bits
// 8k..8k+7) into Analyze's counters; `word_alnum` as there.
inline void AnalyzeAscii8(uint64_t x, uint32_t* words, uint32_t* word_alnum, uint32_t* latin,
                          uint32_t* lower, uint32_t* digits) {
  const uint64_t low = InRange8(x, 'a', 'z'), up = InRange8(x, 'A', 'Z');
  const uint64_t digit = InRange8(x, '0', '9');
  const uint64_t blank = InRange8(x, ' ', ' ') | InRange8(x, '\t', '\r');
  const uint64_t non_blank = ~blank & kHighs8;
  *latin += CountHighs8(low | up);
  *lower += CountHighs8(low);
  *digits += CountHighs8(digit);
  // The non-blank bytes with a letter or digit at or before them in their
  // word (the word going on from before counts for byte 0): an OR along
  // each run of non-blank bytes, in three doubling steps.
  uint64_t has = low | up | digit | (*word_alnum ? non_blank & 0x80 : 0);
  uint64_t run = non_blank;  // bytes with the 1, 2, 4 bytes before them non-blank
  has |= (has << 8) & run;
  run &= run << 8;
  has |= (has << 16) & run;
  run &= run << 16;
  has |= (has << 32) & run;
  // A word ends at each blank after a byte with one.
  *words += CountHighs8(blank & (has << 8)) + ((blank & 0x80) ? *word_alnum : 0);
  *word_alnum = static_cast<uint32_t>(has >> 63);
}

void Analyze(std::string_view s, Unit* u) {
  // A word is a run of non-blank code points with a letter or digit;
  // `word_alnum` says the current run has one. ASCII bytes are counted
  // without branches: eight at a time (on little-endian machines, where the
  // first byte is the low one), else from their traits.
  uint32_t word_alnum = 0;
  uint32_t words = 0, letters = 0, lower = 0, digits = 0, latin = 0;
  for (size_t i = u->begin; i < u->end;) {
    if constexpr (std::endian::native == std::endian::little) {
      if (i + 8 <= u->end) {
        uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        if (!(x & kHighs8)) {
          AnalyzeAscii8(x, &words, &word_alnum, &latin, &lower, &digits);
          i += 8;
          continue;
        }
      }
    }
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      const uint32_t t = kAsciiTraits[b];
      latin += t & kLetterBit;
      lower += (t & kLowerBit) >> 1;
      digits += (t & kDigitBit) >> 2;
      const uint32_t blank = (t & kBlankBit) >> 3;
      words += blank & word_alnum;
      word_alnum = (word_alnum | ((t & (kLetterBit | kDigitBit)) != 0)) & (blank ^ 1);
      continue;
    }
    Cp c = Decode(s, i);
    i += c.len;
    if (IsUnicodeSpace(c.cp)) {  // white space ends a word
      words += word_alnum;
      word_alnum = 0;
      continue;
    }
    auto cls = text_internal::ClassifyNonAscii(c.cp);
    if (cls == text_internal::kLetter) {
      word_alnum = 1;
      ++letters;
      if (text_internal::IsLower(c.cp)) ++lower;
      ++u->scripts[ScriptOf(c.cp)];
    } else if (cls == text_internal::kDigit) {
      word_alnum = 1;
      ++digits;
    }
  }
  words += word_alnum;
  u->words = words;
  u->letters = letters + latin;
  u->lower = lower;
  u->digits = digits;
  u->scripts[kLatin] += latin;
  char32_t last = LastBeforeClosers(s, u->begin, u->end);
  u->final_stop = IsStop(last) || last == ':';
}

// ------------------------------------------------------------- furniture

void JudgeFurniture(std::string_view text, std::vector<Unit>& units) {
  // The document's main script.
  std::array<uint64_t, kNumScripts> doc{};
  uint64_t doc_letters = 0, doc_lower = 0;
  for (const Unit& u : units) {
    for (int k = 0; k < kNumScripts; ++k) doc[k] += u.scripts[k];
    doc_letters += u.letters;
    doc_lower += u.lower;
  }
  int main_script = -1;
  if (doc_letters >= 20) {
    int best = static_cast<int>(std::max_element(doc.begin(), doc.end()) - doc.begin());
    if (doc[best] * 10 >= doc_letters * 6) main_script = best;
  }

  for (size_t ui = 0; ui < units.size(); ++ui) {
    Unit& u = units[ui];
    const bool headline = ui == 0 && !u.final_stop;
    bool strong = false, weak = false;

    if (u.letters == 0 && u.digits == 0) strong = true;  // `""`, "***", "___."
    if (main_script >= 0 && u.letters > 0 && u.scripts[main_script] * 2 < u.letters) {
      strong = true;  // another script than the document's
    }
    if (!strong) {
      strong = text_internal::IsFurniturePhrase(text.substr(u.begin, u.end - u.begin), u.words,
                                                u.final_stop, headline);
    }
    if (!strong && !headline && !u.dateline_merged) {
      // Short lines without a stop: "Comments", "2000 GMT", "Reuter".
      if (!u.final_stop && u.words <= 3) weak = true;
      // Short all-capitals lines in a mixed-case text: "FULL TEXT.", "TWITTER."
      if (u.words <= 4 && u.letters >= 2 && u.lower == 0 && doc_lower * 2 > doc_letters) {
        weak = true;
      }
    }
    u.strong = strong;
    u.furniture = strong || weak;
  }
  // Captions: a line without a final stop of up to 25 words next to a photo
  // line, a credit or a line in another script.
  for (size_t ui = 0; ui < units.size(); ++ui) {
    Unit& u = units[ui];
    if (u.furniture || ui == 0 || u.final_stop || u.words > 25 || u.dateline_merged) continue;
    bool near = (ui > 0 && units[ui - 1].strong) || (ui + 1 < units.size() && units[ui + 1].strong);
    if (near) u.furniture = true;
  }
}

// ------------------------------------------------------------- splitting

// The word just before the stop at `i`: ASCII bytes back to white space or
// an opening bracket or quote ("(Gen" -> "Gen").
std::string_view WordBefore(std::string_view s, size_t begin, size_t i) {
  size_t j = i;
  while (j > begin && i - j < 16) {
    auto c = static_cast<unsigned char>(s[j - 1]);
    if (c >= 0x80 || IsAsciiSpace(c) || c == '(' || c == '[' || c == '"' || c == '\'' || c == '-' ||
        c == '/') {
      break;
    }
    --j;
  }
  if (i - j >= 16) return {};
  return s.substr(j, i - j);
}

// True when the sentence ends at the stop that ends at `j` (after closers),
// given that the next text starts at `k`.
bool EndsHere(std::string_view s, size_t unit_begin, size_t stop_begin, bool single_period,
              bool closed, size_t k) {
  Cp next = Decode(s, k);
  if (text_internal::IsLower(next.cp)) return false;
  if (!single_period || closed) return true;
  AbbrevKind kind = ClassifyAbbrev(WordBefore(s, unit_begin, stop_begin));
  if (kind == kNotAbbrev) return true;
  if (kind == kNeverEnds) return false;
  if (kind == kBeforeNumber) return !(next.cp >= '0' && next.cp <= '9');
  // kMayEnd: only before an opening quote or a typical sentence opener; not
  // before a digit ("Jan. 5") or a bracket ("ORLANDO, Fla. (Reuters) -",
  // "Bob Casey Jr. (D-PA)").
  if (next.cp >= '0' && next.cp <= '9') return false;
  if (next.cp == '(' || next.cp == '[') return false;
  if (IsOpener(next.cp)) return true;
  char word[16];
  size_t n = 0;
  for (size_t i = k; i < s.size() && n < sizeof(word); ++i) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
    word[n++] = AsciiLower(c);
  }
  if (n == 0 || n == sizeof(word)) return false;
  return InList(kStarters, std::string_view(word, n));
}

// The first byte in [i, end) that may start a stop: '.', '?', '!' or the
// lead byte of an ellipsis (0xE2); `end` when there is none. Skips eight
// bytes at a time while none of them is one (most of a sentence).
size_t NextStopByte(std::string_view s, size_t i, size_t end) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  auto has_byte = [](uint64_t w, unsigned char c) {
    const uint64_t x = w ^ (kOnes * c);  // a zero byte where w has c
    return ((x - kOnes) & ~x & kHighs) != 0;
  };
  while (i + 8 <= end) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (has_byte(w, '.') || has_byte(w, '?') || has_byte(w, '!') || has_byte(w, 0xE2)) break;
    i += 8;
  }
  while (i < end) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == '.' || b == '?' || b == '!' || b == 0xE2) break;
    ++i;
  }
  return i;
}

void SplitUnit(std::string_view s, const Unit& u, std::vector<Sentence>* out) {
  auto emit = [&](size_t b, size_t e) {
    uint32_t sb = static_cast<uint32_t>(b), se = static_cast<uint32_t>(e);
    Trim(s, &sb, &se);
    if (sb < se) out->push_back(Sentence{Span{sb, se}, u.furniture});
  };
  size_t start = u.begin;
  size_t i = u.begin;
  const size_t end = u.end;
  while (i < end) {
    i = NextStopByte(s, i, end);
    if (i >= end) break;
    auto b = static_cast<unsigned char>(s[i]);
    bool ell = b == 0xE2 && i + 2 < end && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               static_cast<unsigned char>(s[i + 2]) == 0xA6;
    if (b != '.' && b != '?' && b != '!' && !ell) {
      ++i;
      continue;
    }
    // The run of stops, then closing quotes and brackets.
    size_t stop_begin = i;
    size_t periods = 0;
    bool other = false;
    size_t j = i;
    while (j < end) {
      // A spaced ellipsis, ". . .", is one run.
      if (s[j] == ' ' && j > stop_begin && j + 1 < end && s[j + 1] == '.' && s[j - 1] == '.') {
        ++j;
        continue;
      }
      Cp c = Decode(s, j);
      if (!IsStop(c.cp)) break;
      if (c.cp == '.') {
        ++periods;
      } else {
        other = true;
      }
      j += c.len;
    }
    bool closed = false;
    while (j < end) {
      Cp c = Decode(s, j);
      if (!IsCloser(c.cp)) break;
      closed = true;
      j += c.len;
    }
    size_t sp = j < end ? SpaceAt(s, j) : 1;
    if (!sp) {  // "3.5", "U.S.-led", "Yahoo!'s"
      i = j;
      continue;
    }
    size_t k = j;
    while (k < end) {
      size_t n = SpaceAt(s, k);
      if (!n) break;
      k += n;
    }
    if (k >= end) break;  // the unit ends here anyway
    bool single_period = periods == 1 && !other;
    // Stops with nothing before them in this sentence (an ellipsis opening a
    // quotation, "... We have") start the next sentence rather than make one.
    // Nor does the number of a list item ("1. FIREWORKS FLY ...").
    bool list_number = false;
    if (single_period && !closed && stop_begin > start && stop_begin - start <= 3) {
      list_number = true;
      for (size_t q = start; q < stop_begin; ++q) list_number &= s[q] >= '0' && s[q] <= '9';
    }
    if (stop_begin > start && !list_number &&
        EndsHere(s, u.begin, stop_begin, single_period, closed, k)) {
      emit(start, j);
      start = k;
    }
    i = k;
  }
  emit(start, end);
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text) {
  std::vector<Sentence> out;
  if (text.empty()) return out;
  std::vector<Line> lines = ScanLines(text);
  std::vector<Unit> units = MakeUnits(text, lines);
  for (Unit& u : units) Analyze(text, &u);
  JudgeFurniture(text, units);
  for (const Unit& u : units) SplitUnit(text, u, &out);
  return out;
}

}  // namespace annalist
