// Mode rules (docs/coder.md, "Mode"): the words just before the verb decide
// negated, hypothetical and intended; a reporting verb with its own subject
// makes the event reported. The first rule that applies wins, in the order
// negated, hypothetical, intended, reported.
#include "coder/mode.h"

#include <algorithm>
#include <array>

#include "coder/sentence.h"

namespace annalist::coder_internal {
namespace {

// How far back from the verb the auxiliaries are looked for.
constexpr size_t kWindow = 6;

template <size_t N>
bool OneOf(std::string_view w, const std::array<std::string_view, N>& set) {
  for (std::string_view x : set) {
    if (x.size() == w.size() && x == w) return true;
  }
  return false;
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
  uint32_t letters_ = 0;      // bit i: a word starts with 'A' + i
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
  static constexpr std::array<std::string_view, 6> kNeg = {"NOT",    "N'T", "NEVER",
                                                           "CANNOT", "NOR", "NEITHER"};
  return OneOf(w, kNeg) || EndsWith(w, "N'T");
}

// Verbs that negate the verb they govern: "refused to meet", "denied
// attacking", "failed to agree".
bool IsNegatingVerb(std::string_view w) {
  return StartsWithAny(w,
                       {"REFUS", "DECLIN", "FAIL", "DENIED", "DENY", "DENIES", "REJECT", "RULED"});
}

bool IsHypotheticalAux(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kHyp = {"WOULD",  "COULD", "MIGHT", "MAY",
                                                           "SHOULD", "'D",    "MUST",  "OUGHT"};
  return OneOf(w, kHyp);
}

bool IsConditional(std::string_view w) {
  static constexpr std::array<std::string_view, 4> kIf = {"IF", "UNLESS", "WHETHER", "SHOULD"};
  return OneOf(w, kIf);
}

bool IsFutureAux(std::string_view w) {
  static constexpr std::array<std::string_view, 4> kFut = {"WILL", "'LL", "SHALL", "WON'T"};
  return OneOf(w, kFut);
}

// Words that, followed by TO, announce an intended act: "plans to meet",
// "is set to resume", "agreed to withdraw", "is expected to sign".
bool IsIntentionWord(std::string_view w) {
  return StartsWithAny(w,
                       {"PLAN",    "INTEND", "SET",        "EXPECT",   "ABOUT",    "GOING", "AGREE",
                        "PROMIS",  "PLEDG",  "VOW",        "THREATEN", "SCHEDUL",  "READY", "WANT",
                        "SEEK",    "SOUGHT", "HOPE",       "AIM",      "PREPAR",   "DECID", "OFFER",
                        "PROPOS",  "DUE",    "LIKELY",     "EAGER",    "WILLING",  "TRY",   "TRIE",
                        "ATTEMPT", "PLOT",   "DETERMINED", "RESOLVED", "PREPARING"});
}

}  // namespace

bool IsReportingVerb(std::string_view w) {
  // Forms that are more often nouns ("reports", "claims", "states") are
  // left out.
  static constexpr std::array<std::string_view, 20> kSay = {
      "SAID",    "SAYS",      "SAY",      "TOLD",     "REPORTED", "ANNOUNCED", "STATED",
      "CLAIMED", "ADDED",     "DECLARED", "INSISTED", "ASSERTED", "CONFIRMED", "QUOTED",
      "ALLEGED", "ANNOUNCES", "INSISTS",  "CONFIRMS", "WROTE",    "TELLS"};
  // Called for every token of a sentence: most are rejected by their length
  // and first letter before any comparison.
  static constexpr WordSetFilter kFilter(kSay);
  return kFilter.MayHold(w) && OneOf(w, kSay);
}

namespace {

bool IsBreak(Kind k) { return k == Kind::kComma || k == Kind::kPunct; }

// A comma segment ends at a comma or a mark other than a bracket: "a
// statement from the (FAO) meeting here said" is one segment.
bool EndsSegment(const ParsedSentence& s, size_t k) {
  if (s.words[k].kind == Kind::kComma) return true;
  if (s.words[k].kind != Kind::kPunct) return false;
  std::string_view w = s.Norm(k);
  return w != "(" && w != ")" && w != "[" && w != "]";
}

// How many words may follow a trailing reporting verb and its speaker
// ("..., officials said on Friday in a statement").
constexpr size_t kShortTail = 7;

// How many words a speaker phrase may have before only its first actor is
// kept ("Secretary of State George Shultz acknowledged ... but declared").
constexpr size_t kLongSpeaker = 8;

bool IsSpeakerFiller(std::string_view w) {
  return w == "ALSO" || w == "TODAY" || w == "YESTERDAY" || w == "LATER" || w == "EARLIER" ||
         w == "HAS" || w == "HAVE" || w == "HAD" || w == "NOW";
}

// Sets the speaker to the words of tokens [b, e) without leading
// conjunctions and marks or trailing fillers ("But the officials also" ->
// "the officials"); when that is longer than kLongSpeaker words, to the
// first actor in it. False when nothing is left.
bool SetSpeaker(const ParsedSentence& s, size_t b, size_t e, Attribution* a) {
  while (b < e && (s.words[b].kind == Kind::kConj || IsBreak(s.words[b].kind))) ++b;
  while (e > b && (IsBreak(s.words[e - 1].kind) || IsSpeakerFiller(s.Norm(e - 1)))) --e;
  if (b >= e) return false;
  if (e - b > kLongSpeaker) {
    for (size_t k = b; k < e; ++k) {
      if (s.words[k].mention >= 0) {
        const ActorMention& m = s.mentions[static_cast<size_t>(s.words[k].mention)];
        a->speaker_first = static_cast<int32_t>(m.first);
        a->speaker_last = static_cast<int32_t>(m.last - 1);
        return true;
      }
    }
    return false;
  }
  a->speaker_first = static_cast<int32_t>(b);
  a->speaker_last = static_cast<int32_t>(e - 1);
  return true;
}

// "told"/"tells" name the hearer after the verb, not the speaker.
bool NamesHearer(std::string_view w) { return w == "TOLD" || w == "TELLS"; }

// The end of the sentence's words (before final marks).
size_t WordsEnd(const ParsedSentence& s) {
  size_t n = s.size();
  while (n > 0 && s.words[n - 1].kind == Kind::kPunct) --n;
  return n;
}

bool HasThat(const ParsedSentence& s, size_t b, size_t e) {
  for (size_t k = b; k < e; ++k) {
    if (s.Norm(k) == "THAT") return true;
  }
  return false;
}

bool HasVerb(const ParsedSentence& s, size_t b, size_t e) {
  for (size_t k = b; k < e; ++k) {
    if (s.words[k].kind == Kind::kVerb) return true;
  }
  return false;
}

}  // namespace

Attribution FindAttribution(const ParsedSentence& s) {
  const size_t n = WordsEnd(s);
  // "according to X": the whole sentence is X's.
  for (size_t i = 0; i + 2 < n; ++i) {
    if (s.Norm(i) != "ACCORDING" || s.Norm(i + 1) != "TO") continue;
    size_t e = i + 2;
    while (e < n && !IsBreak(s.words[e].kind)) ++e;
    Attribution a;
    if (!SetSpeaker(s, i + 2, e, &a)) continue;
    a.verb = static_cast<int32_t>(i);
    a.whole = true;
    return a;
  }
  for (size_t i = 0; i < n; ++i) {
    if (!IsReportingVerb(s.Norm(i))) continue;
    // Inside an actor's name, or a noun after a determiner ("the reported
    // attack"): not a reporting verb.
    if (s.words[i].kind == Kind::kInside || s.words[i].mention >= 0) continue;
    if (i > 0 && s.words[i - 1].kind == Kind::kDeterminer) continue;
    size_t seg = i;  // start of the reporting verb's comma segment
    while (seg > 0 && !EndsSegment(s, seg - 1)) --seg;
    Attribution a;
    a.verb = static_cast<int32_t>(i);
    if (seg > 0 && seg < i && n - (i + 1) <= kShortTail && !HasThat(s, i + 1, n)) {
      // "..., officials said (on Friday)."
      if (!SetSpeaker(s, seg, i, &a)) continue;
      a.trailing = true;
      a.scope_end = static_cast<int32_t>(seg);
      return a;
    }
    if (seg == i) {
      size_t e = i + 1;  // the words after the verb, to a break
      while (e < n && !IsBreak(s.words[e].kind) && s.words[e].kind != Kind::kConj) ++e;
      if (seg > 0 && e > i + 1 && e - (i + 1) <= kLongSpeaker && !NamesHearer(s.Norm(i)) &&
          (e == n || s.words[e].kind == Kind::kComma) && !HasThat(s, i + 1, n) &&
          !HasVerb(s, i + 1, e)) {
        // "..., said the minister(, a moderate)."
        if (!SetSpeaker(s, i + 1, e, &a)) continue;
        a.trailing = true;
        a.scope_end = static_cast<int32_t>(seg);
        return a;
      }
      if (seg == 0) continue;
      // "X, president of Y, said Z ...": the sentence's subject speaks.
      size_t subject_end = 0;
      while (subject_end < i && !IsBreak(s.words[subject_end].kind)) ++subject_end;
      if (!SetSpeaker(s, 0, subject_end, &a)) continue;
      return a;
    }
    // "X said Y ...", "X acknowledged A but declared B".
    if (!SetSpeaker(s, seg, i, &a)) continue;
    return a;
  }
  return Attribution();
}

bool InAttributionScope(const Attribution& a, size_t verb, int32_t source_token) {
  if (a.verb < 0 || static_cast<size_t>(a.verb) == verb) return false;
  if (a.whole) return true;
  if (a.trailing) return static_cast<int32_t>(verb) < a.scope_end;
  const size_t say = static_cast<size_t>(a.verb);
  return verb > say && (source_token < 0 || static_cast<size_t>(source_token) > say);
}

EventMode DetectMode(const TokenBuffer& tokens, size_t clause_begin, size_t verb,
                     int32_t source_token, const Attribution& attribution) {
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
  if (InAttributionScope(attribution, verb, source_token)) {
    return EventMode::kReported;
  }
  return EventMode::kAsserted;
}

}  // namespace annalist::coder_internal
