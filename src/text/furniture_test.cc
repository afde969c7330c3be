#include "text/furniture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "annalist/text.h"
#include "text/furniture_rules.h"
#include "text/internal.h"

namespace annalist {
namespace {

using text_internal::IsFurnitureLine;
using text_internal::IsFurniturePhrase;

// The reference: IsFurniturePhrase as first written, plainly (a lower-cased
// copy of every head, each list searched in turn). The fast one must agree
// with it on any input.
namespace reference {

using namespace text_internal;  // NOLINT: the rules and the decoder

template <size_t N>
bool InList(const std::string_view (&list)[N], std::string_view w) {
  for (std::string_view s : list) {
    if (w == s) return true;
  }
  return false;
}

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Lower-cased ASCII view of a unit for pattern matching: curly quotes and
// dashes folded, other non-ASCII bytes kept, runs of white space collapsed.
std::string LowerFolded(std::string_view s, size_t b, size_t e) {
  std::string out;
  out.reserve(e - b);
  bool space = false;
  for (size_t i = b; i < e;) {
    Cp c = Decode(s, i);
    i += c.len;
    if (IsUnicodeSpace(c.cp)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    char32_t f = text_internal::FoldTypographic(c.cp);
    if (f < 0x80) {
      out.push_back(AsciiLower(static_cast<char>(f)));
    } else {
      text_internal::AppendUtf8(f, &out);
    }
  }
  return out;
}

bool StartsWithWord(std::string_view s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  if (s.size() == prefix.size()) return true;
  char c = s[prefix.size()];
  return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

bool Contains(std::string_view s, std::string_view w) {
  return s.find(w) != std::string_view::npos;
}

bool ReferenceIsFurniturePhrase(std::string_view line, size_t words, bool final_stop,
                                bool headline) {
  bool strong = false;
  // The first 128 bytes, lower-cased, for phrases, labels and prefixes.
  size_t head_end = std::min<size_t>(line.size(), 128);
  while (head_end > 0 && head_end < line.size() &&
         (static_cast<unsigned char>(line[head_end]) & 0xC0) == 0x80) {
    --head_end;
  }
  std::string head = LowerFolded(line, 0, head_end);
  if (words <= 6 && head_end == line.size()) {
    // Whole-line phrases, ignoring trailing punctuation.
    std::string_view core = head;
    while (!core.empty() &&
           (core.back() == '.' || core.back() == ':' || core.back() == '!' || core.back() == ' ')) {
      core.remove_suffix(1);
    }
    if (InList(kFurnitureLines, core) || IsGalleryLine(core)) strong = true;
  }
  // Labels, after an opening bracket: "( Photos: ...", "Credit: ...".
  std::string_view lab = head;
  while (!lab.empty() && (lab.front() == '(' || lab.front() == '[' || lab.front() == ' ')) {
    lab.remove_prefix(1);
  }
  if (!strong && (words <= 40 || !final_stop)) {
    for (std::string_view l : kLabels) {
      if (lab.substr(0, l.size()) == l) {
        std::string_view after = lab.substr(l.size());
        while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
        if (!after.empty() && after.front() == ':') {
          strong = true;
          break;
        }
      }
    }
  }
  if (!strong && words <= 30) {
    for (std::string_view p : kFurniturePrefixes) {
      bool letter_end = p.back() >= 'a' && p.back() <= 'z';
      if (letter_end ? StartsWithWord(lab, p) : lab.substr(0, p.size()) == p) {
        strong = true;
        break;
      }
    }
  }
  if (!strong && words <= 40) {
    // Consent and policy notices (up to 40 words: a longer paragraph that
    // names the terms of service is prose about them). A cheap look for the
    // topic words' stems first; most units have none.
    std::string_view raw = line;
    bool maybe = false;
    for (std::string_view stem : kNoticeStems) {
      if (Contains(raw, stem)) {
        maybe = true;
        break;
      }
    }
    if (maybe) {
      std::string lw = LowerFolded(line, 0, line.size());
      bool topic = false, verb = false;
      for (std::string_view t : kNoticeTopics) topic = topic || Contains(lw, t);
      if (topic) {
        for (std::string_view v : kNoticeVerbs) verb = verb || Contains(lw, v);
      }
      if (topic && verb) strong = true;
    }
  }
  if (!strong && !headline && words <= 12 && (!final_stop || words <= 6)) {
    std::string_view raw = line;
    for (std::string_view c : kCredits) {
      if (Contains(raw, c)) {
        strong = true;
        break;
      }
    }
  }
  return strong;
}

}  // namespace reference

TEST(FurnitureTest, LinesByTheirWords) {
  EXPECT_TRUE(IsFurnitureLine("Advertisement"));
  EXPECT_TRUE(IsFurnitureLine("Share this article:"));
  EXPECT_TRUE(IsFurnitureLine("12 photos"));
  EXPECT_TRUE(IsFurnitureLine("( Photos: Reuters, AFP )"));
  EXPECT_TRUE(IsFurnitureLine("Sign up for our daily briefing"));
  EXPECT_TRUE(IsFurnitureLine("Menahem Kahana/AFP"));
  EXPECT_TRUE(IsFurnitureLine("By continuing you agree to our cookie policy."));
  EXPECT_FALSE(IsFurnitureLine("Israel and Syria will resume talks in Paris on Monday."));
  EXPECT_FALSE(IsFurnitureLine("Facebook changed its privacy policy on Monday."));
  EXPECT_FALSE(IsFurnitureLine(""));
}

// A notice is at most 40 words: longer prose that names the terms of service
// and an agreement is article text, in plain text as in HTML (a Reuters
// story on a takeover's "terms and conditions" lost its sentence before).
TEST(FurnitureTest, LongProseAboutTermsIsNotANotice) {
  std::string notice =
      "The commenter agrees to the privacy policy of the site and waives any claim.";
  EXPECT_TRUE(IsFurnitureLine(notice));
  std::string prose =
      "Qintex said it is extending the offer to allow the company to comply with federal law "
      "restricting the ownership of airlines by foreign citizens and to finalize the terms and "
      "conditions of the letter of credit or bank guarantee required under the previously "
      "announced acquisition agreement with the board.";
  EXPECT_FALSE(IsFurnitureLine(prose));
  // The splitter agrees: the sentence is not furniture in a document.
  std::string doc = "Qintex extends offer\n\n" + prose + "\n";
  std::vector<Sentence> ss = SplitSentences(doc);
  ASSERT_EQ(ss.size(), 2u);
  EXPECT_FALSE(ss[1].furniture);
}

// Random lines built from the rules' own words (in three cases), prose
// words, brackets, blanks of every kind, curly quotes, dashes and stray
// bytes, short and long (past the 128 bytes of the head).
TEST(FurnitureTest, AgreesWithTheReference) {
  std::vector<std::string> parts = {" ",
                                    " ",
                                    " ",
                                    "  ",
                                    "\t",
                                    "\n",
                                    "\xc2\xa0",
                                    "\xe2\x80\x83",
                                    "(",
                                    "[",
                                    ")",
                                    ":",
                                    " :",
                                    ".",
                                    "!",
                                    "?",
                                    "/",
                                    "-",
                                    ",",
                                    "\xe2\x80\x9c",
                                    "\xe2\x80\x99",
                                    "\xe2\x80\x94",
                                    "\xe2\x80\xa6",
                                    "\xc2\xa9",
                                    "\xff",
                                    "\xe2\x80",
                                    "\xef\xbf\xbd",
                                    "12",
                                    "3",
                                    "the",
                                    "Syria",
                                    "said",
                                    "talks",
                                    "policy",
                                    "cookies",
                                    "terms",
                                    "reserved",
                                    "guidelines",
                                    "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d"};
  auto add_cases = [&](std::string_view w) {
    std::string lower(w), upper(w), title(w);
    for (char& c : upper) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
    if (!title.empty() && title[0] >= 'a' && title[0] <= 'z')
      title[0] = static_cast<char>(title[0] - 32);
    parts.push_back(lower), parts.push_back(upper), parts.push_back(title);
  };
  for (auto w : text_internal::kFurnitureLines) add_cases(w);
  for (auto w : text_internal::kLabels) add_cases(w);
  for (auto w : text_internal::kFurniturePrefixes) add_cases(w);
  for (auto w : text_internal::kNoticeTopics) add_cases(w);
  for (auto w : text_internal::kNoticeVerbs) add_cases(w);
  for (auto w : text_internal::kCredits) parts.emplace_back(w);
  for (auto w : {"gallery", "photos", "view", "slideshow", "images"}) add_cases(w);
  std::mt19937 rng(20261204);
  for (int n = 0; n < 200000; ++n) {
    std::string line;
    const int pieces = static_cast<int>(rng() % (rng() % 8 == 0 ? 80 : 12));
    for (int k = 0; k < pieces; ++k) line += parts[rng() % parts.size()];
    const size_t words = rng() % 48;
    const bool final_stop = rng() % 2, headline = rng() % 4 == 0;
    ASSERT_EQ(IsFurniturePhrase(line, words, final_stop, headline),
              reference::ReferenceIsFurniturePhrase(line, words, final_stop, headline))
        << "\"" << line << "\" words " << words << " final_stop " << final_stop << " headline "
        << headline;
  }
}

}  // namespace
}  // namespace annalist
