// Compiles TABARI and PETRARCH verb patterns into PatternElement sequences
// (see docs/lexicon.md), and generates regular verb forms.
#include <algorithm>
#include <string>
#include <vector>

#include "lexicon/lexicon_data.h"

namespace annalist::lexicon_internal {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

uint32_t Alnum(std::string_view s) {
  uint32_t n = 0;
  for (char c : s) {
    n += (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
  return n;
}

constexpr int kMaxNesting = 8;

// Recursive-descent scanner for TABARI pattern text.
class TabariScanner {
 public:
  TabariScanner(std::string_view s, LexiconData* d) : s_(s), d_(d) {}

  // Parses elements until end, '|' or '}' (left unconsumed).
  bool Sequence(std::vector<PatternElement>* out, uint32_t* weight, int depth) {
    bool adjacent = false;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (IsBlank(c)) {
        ++i_;
        continue;
      }
      if (c == '_' || c == '-') {
        adjacent = true;
        ++i_;
        continue;
      }
      if (c == '|' || c == '}') return true;
      PatternElement e;
      e.adjacent = adjacent && !out->empty();
      adjacent = false;
      if (c == '{') {
        if (depth >= kMaxNesting) return Fail("alternatives nested too deep");
        ++i_;
        std::vector<std::span<const PatternElement>> alts;
        uint32_t best = 0;
        while (true) {
          std::vector<PatternElement> alt;
          uint32_t w = 0;
          if (!Sequence(&alt, &w, depth + 1)) return false;
          if (alt.empty()) return Fail("empty alternative");
          best = std::max(best, w);
          alts.push_back(d_->KeepElements(std::move(alt)));
          if (i_ >= s_.size()) return Fail("missing }");
          if (s_[i_++] == '}') break;
        }
        if (alts.size() > 0xffff) return Fail("too many alternatives");
        e.kind = PatternElement::kAlternatives;
        e.value = kNoId;
        for (auto& a : alts) {
          uint32_t id = d_->AddAlternative(a);
          if (e.value == kNoId) e.value = id;
        }
        e.count = static_cast<uint16_t>(alts.size());
        *weight += best;
        out->push_back(e);
        continue;
      }
      if (c == '*' || c == '$' || c == '+' || c == '%' || c == '^') {
        e.kind = c == '*'   ? PatternElement::kVerb
                 : c == '$' ? PatternElement::kSource
                 : c == '+' ? PatternElement::kTarget
                 : c == '%' ? PatternElement::kCompound
                            : PatternElement::kSkipActor;
        ++i_;
        out->push_back(e);
        continue;
      }
      size_t start = i_;
      while (i_ < s_.size() && !IsBlank(s_[i_]) &&
             std::string_view("_~{}|*$%^-").find(s_[i_]) == std::string_view::npos) {
        ++i_;
      }
      if (i_ == start) return Fail("unexpected character");
      std::string_view word = s_.substr(start, i_ - start);
      char term = i_ < s_.size() ? s_[i_] : ' ';
      if (word[0] == '&') {
        uint32_t id = d_->SynsetId(word.substr(1), false);
        if (id == kNoId) return Fail("unknown synset " + std::string(word));
        e.kind = PatternElement::kSynset;
        e.value = id;
        *weight += Alnum(word);
      } else {
        bool no_endings = word.back() == '=';
        if (no_endings) word.remove_suffix(1);
        if (word.empty()) return Fail("empty word");
        e.kind = PatternElement::kWord;
        e.stem = !(term == '_' || term == '-' || no_endings) || term == '~';
        e.endings = !e.stem && !no_endings;
        WordMode mode = e.stem      ? WordMode::kStem
                        : e.endings ? WordMode::kEndings
                                    : WordMode::kExact;
        e.value = d_->words.Intern(NormalizeWord(word), mode);
        *weight += Alnum(word);
      }
      if (term == '~') {
        adjacent = true;
        ++i_;
      }
      // "WORD_ " (underscore, then a blank): the word is exact but what
      // follows need not come next (TABARI manual 5.5: only "WORD_NEXT"
      // joins two words). A hyphen is read as an underscore (manual 8.2:
      // hyphens become underscores when the dictionaries are read), so
      // "ANTI- + *" is "ANTI_ + *".
      if ((term == '_' || term == '-') && i_ + 1 < s_.size() && IsBlank(s_[i_ + 1])) ++i_;
      out->push_back(e);
    }
    return true;
  }

  bool AtEnd() const { return i_ >= s_.size(); }
  const std::string& why() const { return why_; }
  bool Fail(std::string why) {
    why_ = std::move(why);
    return false;
  }

 private:
  std::string_view s_;
  LexiconData* d_;
  size_t i_ = 0;
  std::string why_;
};

bool Finish(std::vector<PatternElement> elements, uint32_t weight, LexiconData* d, VerbPattern* out,
            std::string* why) {
  size_t verbs = 0;
  for (size_t i = 0; i < elements.size(); ++i) {
    if (elements[i].kind == PatternElement::kVerb) {
      ++verbs;
      out->verb_index = static_cast<uint32_t>(i);
    }
  }
  if (verbs != 1) {
    *why = verbs == 0 ? "missing * in pattern" : "more than one * in pattern";
    return false;
  }
  out->weight = weight;
  std::span<const PatternElement> kept = d->KeepElements(std::move(elements));
  out->elements = kept.data();
  out->element_count = static_cast<uint32_t>(kept.size());
  return true;
}

}  // namespace

bool ParseTabariPattern(std::string_view body, LexiconData* d, VerbPattern* out, std::string* why) {
  TabariScanner scan(body, d);
  std::vector<PatternElement> elements;
  uint32_t weight = 0;
  if (!scan.Sequence(&elements, &weight, 0)) {
    *why = scan.why();
    return false;
  }
  if (!scan.AtEnd()) {
    *why = "unbalanced | or }";
    return false;
  }
  return Finish(std::move(elements), weight, d, out, why);
}

// PETRARCH: - NOUNS (PREP NOUN) * NOUNS (PREP {NOUN PHRASE}) ...
bool ParsePetrarchPattern(std::string_view body, LexiconData* d, VerbPattern* out,
                          std::string* why) {
  std::vector<PatternElement> elements;
  uint32_t weight = 0;
  bool in_braces = false, in_parens = false, first_in_group = false;
  size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (IsBlank(c)) {
      ++i;
      continue;
    }
    PatternElement e;
    if (c == '{') {
      if (in_braces) {
        *why = "nested {";
        return false;
      }
      in_braces = first_in_group = true;
      ++i;
      continue;
    }
    if (c == '}') {
      if (!in_braces) {
        *why = "unbalanced }";
        return false;
      }
      in_braces = false;
      for (size_t k = elements.size(); k-- > 0;) {  // head = last word
        if (elements[k].kind == PatternElement::kWord) {
          elements[k].role = 'H';
          break;
        }
      }
      ++i;
      continue;
    }
    if (c == '(') {
      if (in_parens || in_braces) {
        *why = "nested (";
        return false;
      }
      in_parens = first_in_group = true;
      ++i;
      continue;
    }
    if (c == ')') {
      if (!in_parens || in_braces) {
        *why = "unbalanced )";
        return false;
      }
      in_parens = false;
      ++i;
      continue;
    }
    if (std::string_view("*$+%^@").find(c) != std::string_view::npos) {
      e.kind = c == '*'   ? PatternElement::kVerb
               : c == '$' ? PatternElement::kSource
               : c == '+' ? PatternElement::kTarget
               : c == '%' ? PatternElement::kCompound
                          : PatternElement::kSkipActor;
      ++i;
      elements.push_back(e);
      continue;
    }
    size_t start = i;
    while (i < body.size() && !IsBlank(body[i]) &&
           std::string_view("{}()*$%^@").find(body[i]) == std::string_view::npos) {
      ++i;
    }
    std::string_view word = body.substr(start, i - start);
    if (word.empty()) {
      *why = "unexpected character";
      return false;
    }
    // Words joined by "_" inside one token follow each other directly.
    bool first_piece = true;
    while (!word.empty()) {
      size_t us = word.find_first_of("_-");
      std::string_view piece = word.substr(0, us);
      word = us == std::string_view::npos ? std::string_view() : word.substr(us + 1);
      if (piece.empty()) continue;
      PatternElement w;
      w.adjacent = !elements.empty() && (!first_piece || (in_braces && !first_in_group));
      if (piece[0] == '&') {
        uint32_t id = d->SynsetId(piece.substr(1), false);
        if (id == kNoId) {
          *why = "unknown synset " + std::string(piece);
          return false;
        }
        w.kind = PatternElement::kSynset;
        w.value = id;
      } else {
        w.kind = PatternElement::kWord;
        w.endings = true;
        w.value = d->words.Intern(NormalizeWord(piece), WordMode::kEndings);
        if (in_parens && first_in_group)
          w.role = 'P';
        else if (!in_braces)
          w.role = 'H';
      }
      weight += Alnum(piece);
      elements.push_back(w);
      first_piece = false;
      first_in_group = false;
    }
  }
  if (in_braces || in_parens) {
    *why = "unclosed group";
    return false;
  }
  return Finish(std::move(elements), weight, d, out, why);
}

std::span<const VerbPattern> KeepPatterns(std::vector<VerbPattern> p, LexiconData* d) {
  std::stable_sort(p.begin(), p.end(),
                   [](const VerbPattern& a, const VerbPattern& b) { return a.weight > b.weight; });
  d->verb_patterns.push_back(std::move(p));
  return d->verb_patterns.back();
}

std::vector<std::string> RegularVerbForms(std::string_view w) {
  std::string s(w);
  auto vowel = [](char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; };
  std::vector<std::string> out;
  if (s.empty()) return out;
  out.push_back(RegularPlural(s));  // 3rd person: same rule as plurals
  size_t n = s.size();
  if (s.back() == 'E') {
    out.push_back(s + "D");
    out.push_back(s.substr(0, n - 1) + "ING");
  } else if (s.back() == 'Y' && n > 1 && !vowel(s[n - 2])) {
    out.push_back(s.substr(0, n - 1) + "IED");
    out.push_back(s + "ING");
  } else {
    // Consonant-vowel-consonant endings may double (STOPPED, CONFERRED)
    // or not (OFFERED): both forms are generated.
    bool cvc = n >= 3 && !vowel(s[n - 1]) && vowel(s[n - 2]) && !vowel(s[n - 3]) &&
               s[n - 1] != 'W' && s[n - 1] != 'X' && s[n - 1] != 'Y';
    out.push_back(s + "ED");
    out.push_back(s + "ING");
    if (cvc) {
      out.push_back(s + s.back() + "ED");
      out.push_back(s + s.back() + "ING");
    }
  }
  return out;
}

std::vector<std::string> ExpandSynsetRefs(std::string_view text, const LexiconData& d) {
  std::vector<std::string> out{std::string(text)};
  for (int round = 0; round < 4; ++round) {
    std::vector<std::string> next;
    bool any = false;
    for (const std::string& t : out) {
      size_t a = t.find('&');
      if (a == std::string::npos) {
        next.push_back(t);
        continue;
      }
      size_t b = a + 1;
      while (b < t.size() && t[b] != '_' && t[b] != ' ' && t[b] != '\t') ++b;
      auto it = d.synset_ids.find(NormalizeWord(t.substr(a + 1, b - a - 1)));
      if (it == d.synset_ids.end()) {
        next.push_back(t);  // reported by the caller as a bad word
        continue;
      }
      any = true;
      for (const std::string& p : d.synset_raw[it->second]) {
        next.push_back(t.substr(0, a) + p + t.substr(b));
      }
    }
    out.swap(next);
    if (!any) break;
  }
  return out;
}

}  // namespace annalist::lexicon_internal
