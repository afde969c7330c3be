// Backtracking matcher for verb patterns over a parsed clause. Patterns are
// short (a handful of elements) and clauses are bounded by the sentence, but
// a step budget keeps pathological sentences linear.
#include "coder/pattern_match.h"

#include <algorithm>
#include <bit>

namespace annalist::coder_internal {

using lexicon_internal::Alternative;
using lexicon_internal::Elements;
using lexicon_internal::WordText;

namespace {

constexpr int kStepBudget = 1000;

// lexicon_internal::WordMatches without the table lookups: `token` already starts
// with `word`. Exact: nothing more; endings: a regular ending (the word has
// at least 2 bytes); stem: anything.
// token.starts_with(word) for a non-empty word, the first byte compared
// before the call.
inline bool StartsWith(std::string_view token, std::string_view word) {
  return token.size() >= word.size() && token[0] == word[0] && token.starts_with(word);
}

bool WordTail(std::string_view word, const PatternElement& e, std::string_view token) {
  if (e.stem || token.size() == word.size()) return true;
  if (!e.endings || word.size() < 2) return false;
  std::string_view tail = token.substr(word.size());
  return tail == "S" || tail == "D" || tail == "ES" || tail == "ED" || tail == "EN" ||
         tail == "ING";
}

uint32_t Alnum(std::string_view w) {
  uint32_t n = 0;
  for (char c : w) {
    n += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
  return n;
}

class Matcher {
 public:
  Matcher(const Lexicon& lex, const PatternIndex& index, const ParsedSentence& s, const Clause& c,
          size_t verb, const VerbPattern& p)
      : lex_(lex),
        match_(s.Matcher(lex)),
        index_(index),
        s_(s),
        clause_(c),
        verb_(verb),
        p_(p),
        elements_(Elements(p)) {}

  bool Run(Designated* d) {
    const bool ok = p_.verb_index > 0 ? MatchBack(static_cast<int>(p_.verb_index) - 1, verb_,
                                                  elements_[p_.verb_index].adjacent)
                                      : Match(0, clause_.begin, true);
    if (!ok) return false;
    *d = found_;
    return true;
  }

 private:
  size_t Live(size_t k, size_t limit) const {
    if (!s_.any_dropped) return k;
    while (k < limit && s_.words[k].dropped) ++k;
    return k;
  }

  // Index of the first mention of the actor phrase at or after token `from`
  // (before `limit`), or -1.
  int32_t ActorAt(size_t from, size_t limit, bool exact) const {
    for (size_t k = from; k < limit; ++k) {
      const Word& w = s_.words[k];
      if (w.dropped) continue;
      if (w.mention >= 0 && !s_.Possessive(k)) return w.mention;
      if (exact) return -1;
    }
    return -1;
  }

  // SentenceMatcher::MatchElement with the word tests done here (no table lookups).
  // Inside an alternative, words not joined by "_" need not be adjacent
  // (TABARI: "RECENTLY { LOUDLY INCLUDED | ... } ITS *" matches "recently
  // loudly boldly included its voice"); they are found before `limit`.
  bool ElementAt(const PatternElement& e, size_t pos, uint32_t* length, size_t limit,
                 size_t* which = nullptr) const {
    if (pos >= s_.size()) return false;
    switch (e.kind) {
      case PatternElement::kWord: {
        std::string_view word = WordText(lex_, e.value);
        std::string_view token = s_.Norm(pos);
        if (word.empty() || !StartsWith(token, word) || !WordTail(word, e, token)) return false;
        *length = 1;
        return true;
      }
      case PatternElement::kSynset:
        return s_.MayStartSynset(pos, e.value) && match_.MatchSynset(e.value, pos, length);
      case PatternElement::kAlternatives: {
        uint32_t best = 0;
        bool found = false;
        const std::string_view token = s_.Norm(pos);
        for (size_t i = 0; i < e.count; ++i) {
          // The first element is matched at `pos` (below): a word there
          // that the token does not start with fails the alternative.
          const PatternIndex::AltHead& head = index_.Head(e.value + i);
          if (head.kind == PatternIndex::AltHead::kNever) continue;
          if (head.kind == PatternIndex::AltHead::kWord &&
              (!StartsWith(token, head.word) || !WordTail(head.word, *head.element, token))) {
            continue;
          }
          size_t p = pos;
          bool ok = true, first = true;
          for (const PatternElement& sub : Alternative(lex_, e, i)) {
            if (sub.kind != PatternElement::kWord && sub.kind != PatternElement::kSynset &&
                sub.kind != PatternElement::kAlternatives) {
              continue;  // actor markers inside alternatives are not matched
            }
            uint32_t len = 0;
            bool found_sub = ElementAt(sub, p, &len, limit);
            if (!found_sub && !first && !sub.adjacent) {
              for (size_t k = Live(p + 1, limit); k < limit && !found_sub; k = Live(k + 1, limit)) {
                found_sub = ElementAt(sub, k, &len, limit);
                if (found_sub) p = k;
              }
            }
            if (!found_sub) {
              ok = false;
              break;
            }
            p += len;
            first = false;
          }
          if (ok && p > pos && (!found || p - pos > best)) {
            best = static_cast<uint32_t>(p - pos);
            found = true;
            if (which != nullptr) *which = i;
          }
        }
        if (found) *length = best;
        return found;
      }
      default:
        return false;
    }
  }

  // TABARI length of alternative i of `e` (letters and digits of its
  // words); false when it holds a synset or nested alternatives (not known
  // here: such elements count at their full length).
  bool AltWeight(const PatternElement& e, size_t i, uint32_t* w) const {
    *w = 0;
    for (const PatternElement& sub : Alternative(lex_, e, i)) {
      if (sub.kind == PatternElement::kWord)
        *w += Alnum(WordText(lex_, sub.value));
      else if (sub.kind != PatternElement::kVerb)
        return false;
    }
    return true;
  }

  // How much shorter alternative `which` of `e` is than its longest one.
  uint32_t Shortfall(const PatternElement& e, size_t which) const {
    uint32_t best = 0, got = 0;
    for (size_t i = 0; i < e.count; ++i) {
      uint32_t w = 0;
      if (!AltWeight(e, i, &w)) return 0;
      best = std::max(best, w);
      if (i == which) got = w;
    }
    return best - got;
  }

  // End token of the actor phrase starting at mention m (whole compound).
  // True when mention m is in a compound of two or more members (what "%"
  // needs).
  bool IsList(int32_t m) const {
    const ActorMention& x = s_.mentions[m];
    return x.group >= 0 && s_.groups[x.group].mention_count >= 2;
  }

  // Binds actor m to a designating element: "$" the source, "+" the
  // target, "%" both (a compound with itself); "^" binds nothing.
  void Bind(const PatternElement& e, int32_t m) {
    if (e.kind == PatternElement::kSource) found_.source = m;
    if (e.kind == PatternElement::kTarget) found_.target = m;
    if (e.kind == PatternElement::kCompound) {
      found_.source = found_.target = m;
      found_.compound = true;
    }
  }

  size_t ActorEnd(int32_t m) const {
    const ActorMention& x = s_.mentions[m];
    if (x.group >= 0) {
      const Group& g = s_.groups[x.group];
      return s_.mentions[g.first_mention + g.mention_count - 1].last;
    }
    return x.last;
  }

  // True when every token in [from, to) is dropped (nothing live between).
  bool NothingLive(size_t from, size_t to) const {
    for (size_t k = from; k < to; ++k) {
      if (!s_.words[k].dropped) return false;
    }
    return true;
  }

  // First token of the actor phrase whose first mention is m (the whole
  // compound when it is in one).
  size_t ActorStart(int32_t m) const {
    const ActorMention& x = s_.mentions[m];
    if (x.group >= 0) return s_.mentions[s_.groups[x.group].first_mention].first;
    return x.first;
  }

  // Matches the elements before the verb from the verb leftwards, as
  // TABARI does, back to the start of the sentence (dropped comma clauses
  // aside): element ei ends at or before token `end` (right at it,
  // dropped tokens aside, when `adjacent`), nearest first; then the
  // elements after the verb, forwards. "$ * AGAINST +" on "A said the
  // rumours were that B launched a strike against C" binds $ to B.
  bool MatchBack(int ei, size_t end, bool adjacent) {
    if (++steps_ > kStepBudget) return false;
    if (ei < 0) {
      return Match(p_.verb_index + 1, verb_ + s_.words[verb_].length, false);
    }
    const PatternElement& e = elements_[ei];
    // A conjunction stops a phrase match going forwards (manual 5.5.3: "a
    // verb phrase cannot match words that occur after a conjunction"); going
    // back from the verb it may reach into the clauses before: "Argentina
    // announced a freeze and is negotiating with ..." matches "$ IS_ * WITH
    // +" with Argentina.
    const size_t begin = 0;
    switch (e.kind) {
      case PatternElement::kSource:
      case PatternElement::kTarget:
      case PatternElement::kCompound:
      case PatternElement::kSkipActor: {
        for (size_t k = end; k-- > begin;) {
          const Word& w = s_.words[k];
          if (w.dropped || w.mention < 0) continue;
          if (s_.Possessive(k)) {  // "its attacks": not for $ + % ^
            if (adjacent) return false;
            continue;
          }
          int32_t m = w.mention;
          // A compound binds as a whole, at its first member (the coder
          // reads a later member on its own as that member alone).
          if (s_.mentions[m].group >= 0) {
            m = s_.groups[s_.mentions[m].group].first_mention;
          }
          const size_t phrase_end = ActorEnd(m);
          if (phrase_end > end) continue;
          if (adjacent && !NothingLive(phrase_end, end)) return false;
          const ActorMention& x = s_.mentions[m];
          if (e.kind != PatternElement::kCompound || IsList(m)) {
            Designated saved = found_;
            Bind(e, m);
            const int32_t saved_multi = multi_word_;
            multi_word_ = x.group < 0 && x.last - x.first >= 2 ? m : -1;
            if (MatchBack(ei - 1, ActorStart(m), e.adjacent)) return true;
            multi_word_ = saved_multi;
            found_ = saved;
          }
          if (adjacent || steps_ > kStepBudget) return false;
          k = ActorStart(m);  // the next actor is before this phrase
        }
        // TABARI tags every word of an actor phrase as an actor: a "^"
        // right before a $ or + bound to a phrase of several words may
        // skip its first word ("- ^ $ * +" on "Finance Minister Kiichi
        // Miyazawa told a session ... the Japanese economy").
        if (e.kind == PatternElement::kSkipActor && multi_word_ >= 0 &&
            end == ActorStart(multi_word_)) {
          const int32_t saved_multi = multi_word_;
          multi_word_ = -1;
          if (MatchBack(ei - 1, end, e.adjacent)) return true;
          multi_word_ = saved_multi;
        }
        return false;
      }
      default: {
        std::string_view word;
        if (e.kind == PatternElement::kWord) word = WordText(lex_, e.value);
        for (size_t k = end; k-- > begin;) {
          if (s_.words[k].dropped) continue;
          uint32_t len = 0;
          size_t which = 0;
          if (!word.empty()) {
            std::string_view token = s_.Norm(k);
            if (StartsWith(token, word) && WordTail(word, e, token)) len = 1;
          } else if (!ElementAt(e, k, &len, end, &which)) {
            len = 0;
          }
          if (len > 0 && k + len <= end && (!adjacent || NothingLive(k + len, end))) {
            const uint32_t saved = found_.shortfall;
            if (e.kind == PatternElement::kAlternatives) found_.shortfall += Shortfall(e, which);
            const int32_t saved_multi = multi_word_;
            multi_word_ = -1;
            if (MatchBack(ei - 1, k, e.adjacent)) return true;
            multi_word_ = saved_multi;
            found_.shortfall = saved;
          }
          if (steps_ > kStepBudget) return false;
          // A word must end right at `end`; a phrase (synset, alternative)
          // that starts further left still may.
          if (adjacent && !word.empty() && !NothingLive(k, end)) return false;
        }
        return false;
      }
    }
  }

  // Matches elements [ei, end) with the previous element ending at `pos`;
  // `first` when no element has matched yet (no adjacency constraint).
  bool Match(size_t ei, size_t pos, bool first) {
    if (++steps_ > kStepBudget) return false;
    if (ei == elements_.size()) return true;
    const PatternElement& e = elements_[ei];
    const bool before_verb = ei < p_.verb_index;
    const size_t limit = before_verb ? verb_ : clause_.end;
    const bool adjacent = e.adjacent && !first;
    pos = Live(pos, limit);
    switch (e.kind) {
      case PatternElement::kVerb: {
        if (verb_ < pos || (adjacent && Live(pos, verb_) != verb_)) return false;
        return Match(ei + 1, verb_ + s_.words[verb_].length, false);
      }
      case PatternElement::kSource:
      case PatternElement::kTarget:
      case PatternElement::kCompound:
      case PatternElement::kSkipActor: {
        int32_t m = ActorAt(pos, limit, adjacent);
        if (m < 0) return false;
        if (e.kind == PatternElement::kCompound && !IsList(m)) return false;
        Designated saved = found_;
        Bind(e, m);
        if (Match(ei + 1, ActorEnd(m), false)) return true;
        found_ = saved;
        return false;
      }
      default: {
        // A dictionary word can only match a token that starts with it
        // (exact, stem and endings alike): a cheap filter before the lookup.
        std::string_view word;
        if (e.kind == PatternElement::kWord) word = WordText(lex_, e.value);
        const uint64_t first_bytes = e.kind == PatternElement::kAlternatives
                                         ? index_.AlternativesFirstBytes(e)
                                         : ~uint64_t{0};
        for (size_t k = pos; k < limit; k = Live(k + 1, limit)) {
          uint32_t len = 0;
          size_t which = 0;
          if (!word.empty()) {
            std::string_view token = s_.Norm(k);
            if (!StartsWith(token, word) || !WordTail(word, e, token)) {
              if (adjacent) break;
              continue;
            }
            len = 1;
          } else if ((first_bytes != ~uint64_t{0} &&
                      !PatternIndex::MayStart(first_bytes, s_.Norm(k))) ||
                     !ElementAt(e, k, &len, limit, &which)) {
            len = 0;
          }
          if (len > 0 && (!before_verb || k + len <= verb_)) {
            const uint32_t saved = found_.shortfall;
            if (e.kind == PatternElement::kAlternatives) found_.shortfall += Shortfall(e, which);
            if (Match(ei + 1, k + len, false)) return true;
            found_.shortfall = saved;
          }
          if (adjacent || steps_ > kStepBudget) break;
        }
        return false;
      }
    }
  }

  const Lexicon& lex_;
  const lexicon_internal::SentenceMatcher match_;  // over s_.tokens
  const PatternIndex& index_;
  const ParsedSentence& s_;
  const Clause& clause_;
  const size_t verb_;
  const VerbPattern& p_;
  const std::span<const PatternElement> elements_;  // p_'s
  Designated found_;
  int steps_ = 0;
  // The actor phrase of several words that the element just to the right
  // (going back from the verb) took; -1 when none.
  int32_t multi_word_ = -1;
};

}  // namespace

PatternIndex::PatternIndex(const Lexicon& lexicon) {
  const size_t verbs = lexicon.verb_count();
  first_.resize(verbs);
  std::vector<std::string_view> words;
  for (uint32_t v = 0; v < verbs; ++v) {
    first_[v] = static_cast<uint32_t>(lead_.size());
    for (const VerbPattern& p : lexicon.verb(v).patterns) {
      words.clear();
      for (const PatternElement& e : Elements(p)) {
        if (e.kind == PatternElement::kWord && !WordText(lexicon, e.value).empty()) {
          words.push_back(WordText(lexicon, e.value));
        }
      }
      // Longer words are rarer: test them first.
      std::stable_sort(words.begin(), words.end(),
                       [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
      uint16_t bits[kKeys];
      int count = 0;
      for (std::string_view w : words) {
        if (count == kKeys) break;
        uint16_t bit = static_cast<uint16_t>(ParsedSentence::BloomBit(w));
        if (std::find(bits, bits + count, bit) == bits + count) bits[count++] = bit;
      }
      lead_.push_back(count > 0 ? bits[0] : ParsedSentence::kBloomAlways);
      Keys rest;
      for (int j = 1; j < count; ++j) rest.bit[rest.count++] = bits[j];
      rest_.push_back(rest);
    }
  }
  // Lead groups, in order of first appearance; members in pattern order.
  group_first_.resize(verbs + 1);
  std::vector<uint32_t> order;
  for (uint32_t v = 0; v < verbs; ++v) {
    group_first_[v] = static_cast<uint32_t>(group_bit_.size());
    const uint32_t begin = first_[v];
    const uint32_t n = static_cast<uint32_t>(lexicon.verb(v).patterns.size());
    order.resize(n);
    for (uint32_t i = 0; i < n; ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return lead_[begin + a] < lead_[begin + b]; });
    for (uint32_t k = 0; k < n; ++k) {
      const uint16_t bit = lead_[begin + order[k]];
      if (k == 0 || bit != lead_[begin + order[k - 1]]) {
        group_bit_.push_back(bit);
        group_begin_.push_back(static_cast<uint32_t>(members_.size()));
      }
      members_.push_back(order[k]);
    }
  }
  group_first_[verbs] = static_cast<uint32_t>(group_bit_.size());
  group_begin_.push_back(static_cast<uint32_t>(members_.size()));
  // Bitmaps of the verbs with many groups (their bits increase along the
  // groups, so a group's rank among the set bits is its index).
  dense_at_.assign(verbs, kNotDense);
  for (uint32_t v = 0; v < verbs; ++v) {
    if (group_first_[v + 1] - group_first_[v] < kDenseGroups) continue;
    const size_t at = dense_bits_.size();
    dense_at_[v] = static_cast<uint32_t>(at);
    dense_bits_.resize(at + kBloomWords, 0);
    dense_rank_.resize(at + kBloomWords, 0);
    for (uint32_t g = group_first_[v]; g < group_first_[v + 1]; ++g) {
      dense_bits_[at + (group_bit_[g] >> 6)] |= uint64_t{1} << (group_bit_[g] & 63);
    }
    uint16_t rank = 0;
    for (size_t w = 0; w < kBloomWords; ++w) {
      dense_rank_[at + w] = rank;
      rank = static_cast<uint16_t>(rank + std::popcount(dense_bits_[at + w]));
    }
  }
  // The heads of every alternative, nested ones too.
  std::vector<const PatternElement*> pending;
  for (uint32_t v = 0; v < verbs; ++v) {
    for (const VerbPattern& p : lexicon.verb(v).patterns) {
      for (const PatternElement& e : Elements(p)) pending.push_back(&e);
    }
  }
  while (!pending.empty()) {
    const PatternElement& e = *pending.back();
    pending.pop_back();
    if (e.kind != PatternElement::kAlternatives) continue;
    if (e.value + size_t{e.count} > alt_head_.size()) alt_head_.resize(e.value + size_t{e.count});
    for (size_t i = 0; i < e.count; ++i) {
      AltHead head;
      for (const PatternElement& sub : Alternative(lexicon, e, i)) {
        if (sub.kind == PatternElement::kAlternatives) pending.push_back(&sub);
      }
      for (const PatternElement& sub : Alternative(lexicon, e, i)) {
        if (sub.kind == PatternElement::kWord) {
          head.word = WordText(lexicon, sub.value);
          head.element = &sub;
          head.kind = head.word.empty() ? AltHead::kNever : AltHead::kWord;
          break;
        }
        // Actor markers are passed over, as ElementAt does.
        if (sub.kind == PatternElement::kSynset || sub.kind == PatternElement::kAlternatives) break;
      }
      alt_head_[e.value + i] = head;
    }
  }
  // First bytes of the alternatives of every top-level kAlternatives.
  std::vector<uint8_t> alt_seen;
  for (uint32_t v = 0; v < verbs; ++v) {
    for (const VerbPattern& p : lexicon.verb(v).patterns) {
      for (const PatternElement& e : Elements(p)) {
        if (e.kind != PatternElement::kAlternatives) continue;
        uint64_t mask = 0;
        for (size_t i = 0; i < e.count; ++i) {
          for (const PatternElement& sub : Alternative(lexicon, e, i)) {
            if (sub.kind == PatternElement::kWord) {
              // The first word must match at the start (an empty one never
              // does).
              std::string_view w = WordText(lexicon, sub.value);
              if (!w.empty()) mask |= uint64_t{1} << (static_cast<unsigned char>(w[0]) & 63);
              break;
            }
            if (sub.kind == PatternElement::kSynset || sub.kind == PatternElement::kAlternatives) {
              mask = ~uint64_t{0};
              break;
            }
            // Actor markers inside alternatives are not matched: skipped.
          }
        }
        // Elements sharing a store index (patterns shared by a PETRARCH
        // block) get the union; indexes no element names keep all bits.
        if (e.value >= alt_first_.size()) {
          alt_first_.resize(size_t{e.value} + 1, ~uint64_t{0});
          alt_seen.resize(alt_first_.size(), 0);
        }
        alt_first_[e.value] = alt_seen[e.value] ? alt_first_[e.value] | mask : mask;
        alt_seen[e.value] = 1;
      }
    }
  }
}

void PatternIndex::Candidates(uint32_t verb, const ParsedSentence& s,
                              std::vector<uint32_t>* out) const {
  out->clear();
  const size_t base = first_[verb];
  if (dense_at_[verb] != kNotDense) {
    const uint64_t* bits = dense_bits_.data() + dense_at_[verb];
    const uint16_t* rank = dense_rank_.data() + dense_at_[verb];
    for (size_t w = 0; w < kBloomWords; ++w) {
      for (uint64_t x = bits[w] & s.bloom[w]; x != 0; x &= x - 1) {
        const uint64_t below = bits[w] & ((x & (~x + 1)) - 1);
        const uint32_t g =
            group_first_[verb] + rank[w] + static_cast<uint32_t>(std::popcount(below));
        for (uint32_t m = group_begin_[g]; m < group_begin_[g + 1]; ++m) {
          if (RestMayMatch(base + members_[m], s)) out->push_back(members_[m]);
        }
      }
    }
    std::sort(out->begin(), out->end());
    return;
  }
  for (uint32_t g = group_first_[verb]; g < group_first_[verb + 1]; ++g) {
    if (!s.BloomHas(group_bit_[g])) continue;
    for (uint32_t m = group_begin_[g]; m < group_begin_[g + 1]; ++m) {
      if (RestMayMatch(base + members_[m], s)) out->push_back(members_[m]);
    }
  }
  std::sort(out->begin(), out->end());
}

bool MatchPattern(const Lexicon& lexicon, const PatternIndex& index, const ParsedSentence& s,
                  const Clause& clause, size_t verb, const VerbPattern& pattern,
                  Designated* designated) {
  if (pattern.element_count == 0) return false;
  return Matcher(lexicon, index, s, clause, verb, pattern).Run(designated);
}

}  // namespace annalist::coder_internal
