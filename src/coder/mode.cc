// Mode rules (docs/coder.md, "Mode"): the words just before the verb decide
// negated, hypothetical and intended; a reporting verb with its own subject
// makes the event reported. The first rule that applies wins, in the order
// negated, hypothetical, intended, reported.
#include "coder/mode.h"

#include <algorithm>
#include <array>

namespace annalist::coder_internal {
namespace {

// How far back from the verb the auxiliaries are looked for.
constexpr size_t kWindow = 6;

template <size_t N>
bool OneOf(std::string_view w, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// A quick necessary test for membership in a set of upper-case words: the
// length range and the first letters of its words.
class WordSetFilter {
 public:
  template <size_t N>
  constexpr explicit WordSetFilter(const std::array<std::string_view, N>& set) {
    for (std::string_view w : set) {
      min_ = std::min(min_, w.size());
      max_ = std::max(max_, w.size());
      if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') {
        letters_ |= uint32_t{1} << (w[0] - 'A');
      } else {
        other_first_ = true;
      }
    }
  }
  // False when `w` cannot be one of the set's words.
  constexpr bool MayHold(std::string_view w) const {
    if (w.size() < min_ || w.size() > max_) return false;
    if (other_first_) return true;
    const char c = w.empty() ? '\0' : w[0];
    return c >= 'A' && c <= 'Z' && ((letters_ >> (c - 'A')) & 1) != 0;
  }

 private:
  size_t min_ = ~size_t{0};
  size_t max_ = 0;
  uint32_t letters_ = 0;     // bit i: a word starts with 'A' + i
  bool other_first_ = false;  // a word starts with something else
};

bool StartsWithAny(std::string_view w, std::initializer_list<std::string_view> stems) {
  for (std::string_view s : stems) {
    if (w.substr(0, s.size()) == s) return true;
  }
  return false;
}

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

bool IsNegation(std::string_view w) {
  static constexpr std::array<std::string_view, 6> kNeg = {
      "NOT", "N'T", "NEVER", "CANNOT", "NOR", "NEITHER"};
  return OneOf(w, kNeg) || EndsWith(w, "N'T");
}

// Verbs that negate the verb they govern: "refused to meet", "denied
// attacking", "failed to agree".
bool IsNegatingVerb(std::string_view w) {
  return StartsWithAny(w, {"REFUS", "DECLIN", "FAIL", "DENIED", "DENY", "DENIES",
                           "REJECT", "RULED"});
}

bool IsHypotheticalAux(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kHyp = {
      "WOULD", "COULD", "MIGHT", "MAY", "SHOULD", "'D", "MUST", "OUGHT"};
  return OneOf(w, kHyp);
}

bool IsConditional(std::string_view w) {
  static constexpr std::array<std::string_view, 4> kIf = {"IF", "UNLESS", "WHETHER",
                                                           "SHOULD"};
  return OneOf(w, kIf);
}

bool IsFutureAux(std::string_view w) {
  static constexpr std::array<std::string_view, 4> kFut = {"WILL", "'LL", "SHALL",
                                                            "WON'T"};
  return OneOf(w, kFut);
}

// Words that, followed by TO, announce an intended act: "plans to meet",
// "is set to resume", "agreed to withdraw", "is expected to sign".
bool IsIntentionWord(std::string_view w) {
  return StartsWithAny(w, {"PLAN", "INTEND", "SET", "EXPECT", "ABOUT", "GOING",
                           "AGREE", "PROMIS", "PLEDG", "VOW", "THREATEN",
                           "SCHEDUL", "READY", "WANT", "SEEK", "SOUGHT", "HOPE",
                           "AIM", "PREPAR", "DECID", "OFFER", "PROPOS", "DUE",
                           "LIKELY", "EAGER", "WILLING", "TRY", "TRIE", "ATTEMPT",
                           "PLOT", "DETERMINED", "RESOLVED", "PREPARING"});
}

}  // namespace

bool IsReportingVerb(std::string_view w) {
  static constexpr std::array<std::string_view, 24> kSay = {
      "SAID",      "SAYS",     "SAY",      "TOLD",      "REPORTED", "ANNOUNCED",
      "STATED",    "CLAIMED",  "ADDED",    "DECLARED",  "INSISTED", "ASSERTED",
      "CONFIRMED", "QUOTED",   "ALLEGED",  "REPORTS",   "ANNOUNCES", "CLAIMS",
      "STATES",    "INSISTS",  "CONFIRMS", "WROTE",     "TELLS",    "QUOTES"};
  // Called for every token of a sentence: most are rejected by their length
  // and first letter before any comparison.
  static constexpr WordSetFilter kFilter(kSay);
  return kFilter.MayHold(w) && OneOf(w, kSay);
}

EventMode DetectMode(const TokenBuffer& tokens, size_t clause_begin,
                     size_t verb, int32_t source_token,
                     const Attribution& attribution) {
  const size_t begin = verb > clause_begin + kWindow ? verb - kWindow : clause_begin;
  bool negated = false, hypothetical = false, intended = false;
  // Walk back from the verb; a comma or a sentence mark ends the window.
  for (size_t i = verb; i-- > begin;) {
    std::string_view w = tokens.norm(i);
    if (tokens.tokens()[i].kind == Token::kPunct && w != "'" && w != "-") break;
    if (IsNegation(w)) negated = true;
    if (IsHypotheticalAux(w)) hypothetical = true;
    if (IsFutureAux(w)) intended = true;
    if (w == "TO" && i > begin) {
      std::string_view prev = tokens.norm(i - 1);
      if (IsNegatingVerb(prev)) negated = true;
      if (IsIntentionWord(prev)) intended = true;
    }
    if (IsNegatingVerb(w) && i + 1 == verb) negated = true;  // "denied attacking"
  }
  // "refused to meet": the negating verb may stand before the subject's TO
  // phrase inside the window; a conditional anywhere earlier in the clause
  // makes the event hypothetical.
  for (size_t i = clause_begin; i < verb; ++i) {
    if (IsConditional(tokens.norm(i)) && tokens.norm(i) != "SHOULD") {
      hypothetical = true;
      break;
    }
  }
  if (negated) return EventMode::kNegated;
  if (hypothetical) return EventMode::kHypothetical;
  if (intended) return EventMode::kIntended;
  if (attribution.verb >= 0 && static_cast<size_t>(attribution.verb) != verb) {
    const size_t say = static_cast<size_t>(attribution.verb);
    if (say > verb) return EventMode::kReported;  // "..., officials said"
    if (source_token < 0 || static_cast<size_t>(source_token) > say) {
      return EventMode::kReported;  // "X said Y attacked Z"
    }
  }
  return EventMode::kAsserted;
}

}  // namespace annalist::coder_internal
