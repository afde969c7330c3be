// Tokenize: examples, spans, allocation, a long sentence, and a comparison
// with a plain reference tokenizer on random input.
#include <gtest/gtest.h>
#include <utf8proc.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <random>
#include <string>
#include <vector>

#include "annalist/text.h"

// Counts allocations made on this thread while counting is on, to check that
// a warm TokenBuffer allocates nothing.
namespace {
thread_local bool g_counting = false;
thread_local size_t g_allocations = 0;
}  // namespace

void* operator new(size_t n) {
  if (g_counting) ++g_allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](size_t n) {
  if (g_counting) ++g_allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }
void operator delete[](void* p, size_t) noexcept { std::free(p); }

namespace annalist {
namespace {

struct Tok {
  std::string norm;
  std::string text;  // the original bytes of the span
  Token::Kind kind;
  friend bool operator==(const Tok&, const Tok&) = default;
};

void PrintTo(const Tok& t, std::ostream* os) {
  *os << "{" << ::testing::PrintToString(t.norm) << " from " << ::testing::PrintToString(t.text)
      << " kind " << int(t.kind) << "}";
}

std::vector<Tok> Toks(std::string_view text) {
  TokenBuffer tb;
  Tokenize(text, &tb);
  std::vector<Tok> out;
  for (size_t i = 0; i < tb.size(); ++i) {
    const Token& t = tb.tokens()[i];
    out.push_back(
        {std::string(tb.norm(i)), std::string(text.substr(t.span.begin, t.span.size())), t.kind});
  }
  return out;
}

std::vector<std::string> Norms(std::string_view text) {
  std::vector<std::string> out;
  for (const Tok& t : Toks(text)) out.push_back(t.norm);
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenize, WordsAreUpperCased) {
  EXPECT_EQ(Norms("Talks resume in Paris"), (V{"TALKS", "RESUME", "IN", "PARIS"}));
  EXPECT_EQ(Norms(""), V{});
  EXPECT_EQ(Norms("   \n\t "), V{});
}

TEST(Tokenize, InternalHyphensJoin) {
  EXPECT_EQ(Norms("al-Sharaa"), V{"AL-SHARAA"});
  EXPECT_EQ(Norms("al\u2011Sharaa"), V{"AL-SHARAA"});  // non-breaking hyphen
  EXPECT_EQ(Norms("al\u2010Sharaa"), V{"AL-SHARAA"});
  EXPECT_EQ(Norms("Mar-a-Lago"), V{"MAR-A-LAGO"});
  EXPECT_EQ(Norms("F-16 jets"), (V{"F-16", "JETS"}));
  EXPECT_EQ(Norms("Israel\u2013Syria"), (V{"ISRAEL", "-", "SYRIA"}));  // en dash splits
  EXPECT_EQ(Norms("well- known"), (V{"WELL", "-", "KNOWN"}));
  EXPECT_EQ(Norms("guy\u2014a quality"), (V{"GUY", "-", "A", "QUALITY"}));
  EXPECT_EQ(Norms("--"), (V{"-", "-"}));
}

TEST(Tokenize, PossessiveSplits) {
  EXPECT_EQ(Norms("Israel's"), (V{"ISRAEL", "'S"}));
  EXPECT_EQ(Norms("Israel\u2019s delegation"), (V{"ISRAEL", "'S", "DELEGATION"}));
  EXPECT_EQ(Norms("ISRAEL'S"), (V{"ISRAEL", "'S"}));
  EXPECT_EQ(Norms("Israel's."), (V{"ISRAEL", "'S", "."}));
  EXPECT_EQ(Norms("it's"), (V{"IT", "'S"}));
  EXPECT_EQ(Norms("1990's"), (V{"1990", "'S"}));
  // Not possessives: internal apostrophes stay.
  EXPECT_EQ(Norms("don't"), V{"DON'T"});
  EXPECT_EQ(Norms("O\u2019Brien"), V{"O'BRIEN"});
  EXPECT_EQ(Norms("Qa'ida's"), (V{"QA'IDA", "'S"}));
  EXPECT_EQ(Norms("Israel'sx"), V{"ISRAEL'SX"});
  // A trailing apostrophe is punctuation.
  EXPECT_EQ(Norms("Jones' car"), (V{"JONES", "'", "CAR"}));
  std::vector<Tok> t = Toks("Israel\u2019s");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1].text, "\u2019s");
  EXPECT_EQ(t[1].kind, Token::kWord);
}

TEST(Tokenize, AbbreviationsKeepTheirPeriods) {
  EXPECT_EQ(Norms("U.S. officials"), (V{"U.S.", "OFFICIALS"}));
  EXPECT_EQ(Norms("in the U.S."), (V{"IN", "THE", "U.S."}));
  EXPECT_EQ(Norms("U.N. and E.U."), (V{"U.N.", "AND", "E.U."}));
  EXPECT_EQ(Norms("10 a.m. Monday"), (V{"10", "A.M.", "MONDAY"}));
  EXPECT_EQ(Norms("Ph.D. student"), (V{"PH.D.", "STUDENT"}));
  EXPECT_EQ(Norms("e.g. this"), (V{"E.G.", "THIS"}));
  EXPECT_EQ(Norms("U.S.-led"), (V{"U.S.", "-", "LED"}));
  // A lone abbreviation's period is punctuation; the splitter, not the
  // tokenizer, decides what "Mr." means.
  EXPECT_EQ(Norms("Mr. Smith"), (V{"MR", ".", "SMITH"}));
  EXPECT_EQ(Norms("W. Bush"), (V{"W", ".", "BUSH"}));
  EXPECT_EQ(Norms("end.Next"), (V{"END", ".", "NEXT"}));
}

TEST(Tokenize, Numbers) {
  std::vector<Tok> t = Toks("1,400 and 3.5 and 102.80.");
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0], (Tok{"1,400", "1,400", Token::kNumber}));
  EXPECT_EQ(t[2], (Tok{"3.5", "3.5", Token::kNumber}));
  EXPECT_EQ(t[4], (Tok{"102.80", "102.80", Token::kNumber}));
  EXPECT_EQ(t[5].kind, Token::kPunct);
  EXPECT_EQ(Norms("\u00A31,400"), (V{"\u00A3", "1,400"}));
  EXPECT_EQ(Norms("90%"), (V{"90", "%"}));
  EXPECT_EQ(Norms("8, 2024"), (V{"8", ",", "2024"}));
  EXPECT_EQ(Norms("1,"), (V{"1", ","}));
  EXPECT_EQ(Toks("2015-16")[0].kind, Token::kNumber);
  EXPECT_EQ(Toks("3rd")[0], (Tok{"3RD", "3rd", Token::kWord}));
  EXPECT_EQ(Norms("5.5m."), (V{"5.5M", "."}));
}

TEST(Tokenize, PunctuationIsOneTokenEach) {
  std::vector<Tok> t = Toks("(hi)!?");
  ASSERT_EQ(t.size(), 5u);
  for (size_t i : {0, 2, 3, 4}) EXPECT_EQ(t[i].kind, Token::kPunct);
  EXPECT_EQ(Norms("..."), (V{".", ".", "."}));
  EXPECT_EQ(Norms("\u201Cyes\u201D"), (V{"\"", "YES", "\""}));
  EXPECT_EQ(Norms("\u201Eja\u201C"), (V{"\"", "JA", "\""}));
  EXPECT_EQ(Norms("\u2018no\u2019"), (V{"'", "NO", "'"}));
  EXPECT_EQ(Norms("5\u2032 6\u2033"), (V{"5", "'", "6", "\""}));
  EXPECT_EQ(Norms("\u2212 5"), (V{"-", "5"}));
}

TEST(Tokenize, SpacesAndControls) {
  EXPECT_EQ(Norms("10\u00A0km"), (V{"10", "KM"}));  // NBSP
  EXPECT_EQ(Norms("a\u202Fb\u2009c\u2002d"), (V{"A", "B", "C", "D"}));
  EXPECT_EQ(Norms("a\u200Bb"), (V{"A", "B"}));              // zero width space
  EXPECT_EQ(Norms(std::string("a\0b", 3)), (V{"A", "B"}));  // NUL
  EXPECT_EQ(Norms("a\r\nb\x01"
                  "c\x7F"),
            (V{"A", "B", "C"}));
}

TEST(Tokenize, FormatCharactersAreSkipped) {
  std::vector<Tok> t = Toks("inter\u00ADnational");  // soft hyphen
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].norm, "INTERNATIONAL");
  EXPECT_EQ(t[0].text, "inter\u00ADnational");
  EXPECT_EQ(Norms("\u200Eword\u200F"), V{"WORD"});
  EXPECT_EQ(Norms("\xEF\xBB\xBFHeadline"), V{"HEADLINE"});  // BOM
}

TEST(Tokenize, UnicodeNormalisation) {
  EXPECT_EQ(Norms("Cafe\u0301"), V{"CAF\u00C9"});  // NFC composes
  EXPECT_EQ(Norms("caf\u00E9"), V{"CAF\u00C9"});
  EXPECT_EQ(Norms("\u212Bngstr\u00F6m"), V{"\u00C5NGSTR\u00D6M"});  // singleton
  // Simple (one-to-one) case mapping: no "SS" for sharp s.
  EXPECT_EQ(Norms("stra\u00DFe"), Norms("STRA\u1E9EE"));
  EXPECT_EQ(Norms("\u00E7c\u0327a\u0327"), V{"\u00C7\u00C7A\u0327"});
  EXPECT_EQ(Norms("\u1100\u1161\u11A8"), V{"\uAC01"});  // Hangul jamo compose
  // Hebrew and Arabic words are words; other scripts keep their letters.
  EXPECT_EQ(Norms("\u05D0-\u05E9\u05E8\u05E2, \u0627\u064E\u0644"),
            (V{"\u05D0-\u05E9\u05E8\u05E2", ",", "\u0627\u064E\u0644"}));
  EXPECT_EQ(Norms("\u0394\u03b7\u03bc\u03bf\u03c3"), V{"\u0394\u0397\u039C\u039F\u03A3"});
}

TEST(Tokenize, EmojiAndSymbols) {
  std::vector<Tok> t = Toks("hi \U0001F600 there \u2764\uFE0F!");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[1].text, "\U0001F600");
  EXPECT_EQ(t[1].kind, Token::kPunct);
  EXPECT_EQ(t[1].norm, "\U0001F600");
  EXPECT_EQ(t[3].text, "\u2764");  // the variation selector is skipped
  EXPECT_EQ(t[3].norm, "\u2764");
  EXPECT_EQ(Toks("\u00B0\u0301")[0].text, "\u00B0\u0301");  // combining marks stay
  EXPECT_EQ(t[4].text, "!");
  EXPECT_EQ(Norms("a\U0001F600b"), (V{"A", "\U0001F600", "B"}));
}

TEST(Tokenize, InvalidBytesAreTolerated) {
  std::vector<Tok> t = Toks(
      "a\xFF"
      "b \xE2\x82");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[1].text, "\xFF");
  EXPECT_EQ(t[1].norm, "\xEF\xBF\xBD");
}

TEST(Tokenize, SpansAreOriginalByteOffsets) {
  std::string text = "  Netanyahu\u2019s envoy \u201Cwon\u2019t\u201D go.";
  TokenBuffer tb;
  Tokenize(text, &tb);
  ASSERT_EQ(tb.size(), 8u);
  EXPECT_EQ(tb.tokens()[0].span, (Span{2, 11}));
  EXPECT_EQ(tb.tokens()[1].span, (Span{11, 15}));  // ’s
  std::vector<std::string> originals;
  for (const Token& t : tb.tokens()) originals.push_back(text.substr(t.span.begin, t.span.size()));
  EXPECT_EQ(originals,
            (V{"Netanyahu", "\u2019s", "envoy", "\u201C", "won\u2019t", "\u201D", "go", "."}));
  EXPECT_EQ(tb.norm(4), "WON'T");

  // With a base offset, spans point into the whole text.
  std::string doc = "First. Second sentence.";
  Tokenize(std::string_view(doc).substr(7), 7, &tb);
  ASSERT_EQ(tb.size(), 3u);
  EXPECT_EQ(tb.tokens()[0].span, (Span{7, 13}));
  EXPECT_EQ(doc.substr(tb.tokens()[1].span.begin, tb.tokens()[1].span.size()), "sentence");
}

TEST(Tokenize, BufferIsClearedAndReused) {
  TokenBuffer tb;
  Tokenize("one two three", &tb);
  EXPECT_EQ(tb.size(), 3u);
  Tokenize("four", &tb);
  ASSERT_EQ(tb.size(), 1u);
  EXPECT_EQ(tb.norm(0), "FOUR");
  EXPECT_EQ(tb.norm(), "FOUR");
}

TEST(Tokenize, WarmBufferDoesNotAllocate) {
  const std::string sentences[] = {
      "Israel\u2019s delegation will include Netanyahu\u2019s military secretary.",
      "Caf\u00E9 owners in the U.S. paid \u00A31,400 at 10 a.m. \U0001F600",
      "Cafe\u0301 \u212Bngstr\u00F6m al\u2011Sharaa \u05D0\u05B8\u05D1 \u201Cquoted\u201D",
  };
  TokenBuffer tb;
  for (const std::string& s : sentences) Tokenize(s, &tb);  // warm up
  g_allocations = 0;
  g_counting = true;
  for (int rep = 0; rep < 100; ++rep) {
    for (const std::string& s : sentences) Tokenize(s, &tb);
  }
  g_counting = false;
  EXPECT_EQ(g_allocations, 0u);
}

TEST(Tokenize, TenThousandTokenSentence) {
  std::string s;
  for (int i = 0; i < 2500; ++i) s += "word" + std::to_string(i) + " al-Sharaa\u2019s , ";
  TokenBuffer tb;
  Tokenize(s, &tb);
  ASSERT_EQ(tb.size(), 10000u);
  uint32_t prev = 0;
  for (const Token& t : tb.tokens()) {
    ASSERT_LE(prev, t.span.begin);
    ASSERT_LT(t.span.begin, t.span.end);
    prev = t.span.end;
  }
  EXPECT_EQ(tb.norm(9999), ",");
  EXPECT_EQ(tb.norm(1), "AL-SHARAA");
  EXPECT_EQ(tb.norm(2), "'S");
  std::vector<Sentence> ss = SplitSentences(s);
  ASSERT_EQ(ss.size(), 1u);
}

// ------------------------------------------------------------ reference

// A plain tokenizer written straight from the rules in docs/text.md: decode
// everything first, classify with utf8proc directly, normalise each token
// as a whole with utf8proc_map. Slow and simple; the fast one must agree.
namespace ref {

struct C {
  char32_t cp;
  size_t off, len;
};

enum Class { kSpace, kIgnorable, kLetter, kDigit, kMark, kHyphen, kApos, kPeriod, kComma, kOther };

Class ClassOf(char32_t cp) {
  if (cp == '-' || cp == 0x2010 || cp == 0x2011) return kHyphen;
  if (cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032 || cp == 0x02BC) {
    return kApos;
  }
  if (cp == '.') return kPeriod;
  if (cp == ',') return kComma;
  if (cp == 0x200B) return kSpace;
  auto cat = utf8proc_category(static_cast<int32_t>(cp));
  switch (cat) {
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
  if (utf8proc_get_property(static_cast<int32_t>(cp))->ignorable) return kIgnorable;
  switch (cat) {
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

std::string Norm(std::string_view bytes) {
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(bytes.data()),
      static_cast<utf8proc_ssize_t>(bytes.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_IGNORE));
  std::string out;
  if (n < 0) return out;
  for (utf8proc_ssize_t i = 0; i < n;) {
    int32_t cp;
    i += utf8proc_iterate(mapped + i, n - i, &cp);
    const utf8proc_property_t* p = utf8proc_get_property(cp);
    if (p->ignorable || p->category == UTF8PROC_CATEGORY_CF) continue;
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
        cp = utf8proc_toupper(cp);
    }
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t k = utf8proc_encode_char(cp, buf);
    out.append(reinterpret_cast<char*>(buf), static_cast<size_t>(k));
  }
  std::free(mapped);
  return out;
}

std::vector<Tok> Tokenize(const std::string& s) {
  std::vector<C> cs;
  for (size_t i = 0; i < s.size();) {
    int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()) + i,
                                          static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    cs.push_back({static_cast<char32_t>(cp), i, static_cast<size_t>(n)});
    i += static_cast<size_t>(n);
  }
  cs.push_back({0, s.size(), 0});  // sentinel: a space
  auto cls = [&](size_t k) { return k + 1 >= cs.size() ? kSpace : ClassOf(cs[k].cp); };
  auto alnum = [&](size_t k) { return cls(k) == kLetter || cls(k) == kDigit; };
  auto body = [&](size_t k) { return alnum(k) || cls(k) == kMark; };

  std::vector<Tok> out;
  auto emit = [&](size_t a, size_t b, Token::Kind kind) {
    std::string text = s.substr(cs[a].off, cs[b].off - cs[a].off);
    out.push_back({Norm(text), text, kind});
  };
  size_t k = 0;
  while (k + 1 < cs.size()) {
    Class c = cls(k);
    if (c == kSpace || c == kIgnorable) {
      ++k;
      continue;
    }
    if (c != kLetter && c != kDigit) {
      size_t e = k + 1;
      while (cls(e) == kMark) ++e;
      emit(k, e, Token::kPunct);
      k = e;
      continue;
    }
    // Segments are the stretches between hyphens and periods.
    size_t e = k;
    bool letter = false, dotted = false, possessive = false;
    int seg_letters = 0;
    bool seg_pure = true;
    for (;;) {
      Class d = cls(e);
      if (d == kLetter) {
        letter = true;
        ++seg_letters;
        ++e;
      } else if (d == kDigit) {
        seg_pure = false;
        ++e;
      } else if (d == kMark) {
        ++e;
      } else if (d == kIgnorable) {
        size_t r = e;
        while (cls(r) == kIgnorable) ++r;
        if (!body(r)) break;
        e = r;
      } else if (d == kHyphen && alnum(e + 1)) {
        ++e;
        seg_letters = 0;
        seg_pure = true;
      } else if (d == kApos && cls(e + 1) == kLetter) {
        if ((cs[e + 1].cp == 's' || cs[e + 1].cp == 'S') && !body(e + 2)) {
          possessive = true;
          break;
        }
        ++e;
        seg_pure = false;
      } else if (d == kPeriod && !letter && cls(e + 1) == kDigit) {
        ++e;
      } else if (d == kPeriod && letter && seg_pure && seg_letters >= 1 && seg_letters <= 2 &&
                 cls(e + 1) == kLetter) {
        ++e;
        dotted = true;
        seg_letters = 0;
        seg_pure = true;
      } else if (d == kComma && !letter && cls(e + 1) == kDigit) {
        ++e;
      } else {
        break;
      }
    }
    if (dotted && cls(e) == kPeriod && seg_pure && seg_letters >= 1 && seg_letters <= 2) ++e;
    emit(k, e, letter ? Token::kWord : Token::kNumber);
    k = e;
    if (possessive) {
      emit(k, k + 2, Token::kWord);
      k += 2;
    }
  }
  return out;
}

}  // namespace ref

TEST(Tokenize, MatchesReferenceOnExamples) {
  for (const char* s : {"Israel's U.S.-led a.m. 1,400.5 O'Brien don't",
                        "\u201CWe\u2019re here,\u201D al\u2011Sharaa said\u2014then left.",
                        "Cafe\u0301 e\u200D\u0301 \u212B \uAC00\u11A8 x\u0345"}) {
    EXPECT_EQ(Toks(s), ref::Tokenize(s)) << s;
  }
}

// An alphabet of the characters the rules care about.
const std::vector<std::string>& RuleAlphabet() {
  static const std::vector<std::string> alphabet = {
      "a",
      "b",
      "s",
      "S",
      "Z",
      "e",
      "i",
      "1",
      "9",
      "0",
      " ",
      " ",
      ".",
      ".",
      ",",
      "'",
      "-",
      "\u2019",
      "\u2018",
      "\u201B",
      "\u02BC",
      "\u2032",
      "\u2011",
      "\u2010",
      "\u2013",
      "\u2014",
      "\u2212",
      "\u00A0",
      "\u202F",
      "\u2009",
      "\u0301",
      "\u0308",
      "\u0327",
      "\u0345",
      "\u00E9",
      "\u00C7",
      "\u00AD",
      "\u200D",
      "\u200B",
      "\u200E",
      "\u2060",
      "\U0001F600",
      "\uFE0F",
      "\u05D0",
      "\u05B8",
      "\u0627",
      "\u064E",
      "\u00DF",
      "\u212B",
      "\u1100",
      "\u1161",
      "\u11A8",
      "\uAC00",
      "\"",
      "\u201C",
      "\u201D",
      "(",
      ")",
      "%",
      "$",
      "\n",
      "\t",
      std::string(1, '\0'),
      "\u0130",
      "\u0131",
      "\u01C5",
      "\u0663",
      "\u00BD",
      "\u2026",
      "\U0001D400",
      "\u0915\u094D",
      "\u0BC6",
      "\u0BBE",
  };
  return alphabet;
}

TEST(Tokenize, MatchesReferenceOnRandomInput) {
  const std::vector<std::string>& alphabet = RuleAlphabet();
  std::mt19937 rng(7);
  TokenBuffer tb;
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s;
    size_t len = rng() % 16;
    for (size_t i = 0; i < len; ++i) s += alphabet[rng() % alphabet.size()];
    std::vector<Tok> want = ref::Tokenize(s);
    ASSERT_EQ(Toks(s), want) << ::testing::PrintToString(s);
    // Also through a reused buffer.
    Tokenize(s, &tb);
    ASSERT_EQ(tb.size(), want.size());
  }
}

// A part of a text (a sentence) read from the text's tokens is what
// tokenizing the part alone gives, whenever TokensWithin says it may be.
void ExpectSameAsAlone(const std::string& text, Span part, const TokenBuffer& all, size_t first,
                       size_t end) {
  TokenBuffer alone;
  Tokenize(std::string_view(text).substr(part.begin, part.size()), part.begin, &alone);
  ASSERT_EQ(end - first, alone.size())
      << ::testing::PrintToString(text) << " " << part.begin << ".." << part.end;
  for (size_t i = 0; i < alone.size(); ++i) {
    const Token& a = all.tokens()[first + i];
    const Token& b = alone.tokens()[i];
    EXPECT_EQ(a.span.begin, b.span.begin);
    EXPECT_EQ(a.span.end, b.span.end);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(all.norm(first + i), alone.norm(i));
  }
}

TEST(Tokenize, TokensWithinAreThoseOfThePartAlone) {
  TokenBuffer all;
  size_t first = 0, end = 0;
  const std::string text = "He met U.S.Envoys in Paris-based talks.";
  Tokenize(text, &all);
  // Cut inside "U.S.Envoys" (one token of the text) or "Paris-based": no.
  EXPECT_FALSE(TokensWithin(text, all, Span{0, 11}, &first, &end));
  EXPECT_FALSE(TokensWithin(text, all, Span{11, 39}, &first, &end));
  EXPECT_FALSE(TokensWithin(text, all, Span{0, 26}, &first, &end));
  // Cut between tokens, or in the white space between them: yes.
  ASSERT_TRUE(TokensWithin(text, all, Span{0, 7}, &first, &end));
  EXPECT_EQ(first, 0u);
  EXPECT_EQ(end, 2u);  // HE MET
  ExpectSameAsAlone(text, Span{0, 7}, all, first, end);
  ASSERT_TRUE(TokensWithin(text, all, Span{18, 39}, &first, &end));
  ExpectSameAsAlone(text, Span{18, 39}, all, first, end);
  ASSERT_TRUE(TokensWithin(text, all, Span{3, 3}, &first, &end));
  EXPECT_EQ(first, end);
  // A possessive is a token of its own only after its word: "'s envoy"
  // alone is ', S, ENVOY.
  const std::string possessive = "Israel's envoy";
  Tokenize(possessive, &all);
  EXPECT_FALSE(TokensWithin(possessive, all, Span{6, 14}, &first, &end));
  EXPECT_TRUE(TokensWithin(possessive, all, Span{9, 14}, &first, &end));
  // Not on a character boundary (inside the NBSP).
  const std::string nbsp = "Syria\u00A0talks";
  Tokenize(nbsp, &all);
  EXPECT_FALSE(TokensWithin(nbsp, all, Span{0, 6}, &first, &end));
  EXPECT_TRUE(TokensWithin(nbsp, all, Span{0, 7}, &first, &end));

  // Random texts of the characters the rules care about, cut anywhere
  // between characters.
  const std::vector<std::string>& alphabet = RuleAlphabet();
  std::mt19937 rng(11);
  size_t within = 0, straddled = 0;
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s;
    std::vector<uint32_t> cuts = {0};
    const size_t len = rng() % 24;
    for (size_t i = 0; i < len; ++i) {
      s += alphabet[rng() % alphabet.size()];
      cuts.push_back(static_cast<uint32_t>(s.size()));
    }
    Tokenize(s, &all);
    uint32_t b = cuts[rng() % cuts.size()], e = cuts[rng() % cuts.size()];
    if (b > e) std::swap(b, e);
    if (TokensWithin(s, all, Span{b, e}, &first, &end)) {
      ++within;
      ExpectSameAsAlone(s, Span{b, e}, all, first, end);
      if (::testing::Test::HasFailure()) return;
    } else {
      ++straddled;
    }
  }
  EXPECT_GT(within, 5000u);
  EXPECT_GT(straddled, 2000u);
}

}  // namespace
}  // namespace annalist
