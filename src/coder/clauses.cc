// Steps 4-6 of the sparse parse (docs/coder.md): parsed compounds ("X, Y
// and Z"), comma-delimited nonrestrictive clauses, and clauses split at
// conjunctions, over a sentence whose tokens are classified and whose
// mentions are built (parse.cc).
#include <algorithm>

#include "coder/sentence.h"

namespace annalist::coder_internal {
namespace {

// --- Clauses: split at conjunctions that are not inside a compound.
bool JoinsNouns(const ParsedSentence& s, size_t i) {
  auto kind_at = [&](size_t k) { return s.words[k].kind; };
  if (i == 0 || i + 1 >= s.words.size()) return false;
  Kind before = kind_at(i - 1);
  size_t k = i + 1;
  while (k < s.words.size() && kind_at(k) == Kind::kAdjective) ++k;
  Kind after = k < s.words.size() ? kind_at(k) : Kind::kOther;
  if (before == Kind::kNoun && after == Kind::kNoun) return true;
  return before == Kind::kAdjective && kind_at(i + 1) == Kind::kAdjective;
}

void SplitClauses(ParsedSentence* s) {
  s->clauses.clear();
  uint32_t begin = 0;
  for (size_t i = 0; i < s->words.size(); ++i) {
    const Word& w = s->words[i];
    if (w.kind != Kind::kConj || w.joined || w.dropped || JoinsNouns(*s, i)) continue;
    s->clauses.push_back(Clause{begin, static_cast<uint32_t>(i)});
    begin = static_cast<uint32_t>(i + 1);
  }
  s->clauses.push_back(Clause{begin, static_cast<uint32_t>(s->words.size())});
}

class ClauseFinder {
 public:
  ClauseFinder(const CoderOptions& opt, bool petrarch, ParsedSentence* s)
      : opt_(opt), petrarch_(petrarch), s_(*s) {}

  void Run() {
    FinishCompounds();
    DropCommaClauses();
    SplitClauses(&s_);
  }

 private:
  // --- Parsed compounds: "X, Y and Z", "X and the Y".
  // True when tokens [from, to) join two actors: commas and at most one
  // conjunction, then determiners and adjectives. *conj tells whether a
  // conjunction was among them.
  bool Joins(size_t from, size_t to, bool* conj) const {
    *conj = false;
    if (from >= to) return false;
    bool sep = false;
    for (size_t k = from; k < to; ++k) {
      Kind kind = s_.words[k].kind;
      std::string_view t = s_.Norm(k);
      if (kind == Kind::kComma && t == ",") {
        if (*conj) return false;
        sep = true;
      } else if (kind == Kind::kConj &&  // also "neither X nor Y"
                 (t == "AND" || t == "OR" || t == "NOR")) {
        if (*conj) return false;
        *conj = sep = true;
      } else if (kind == Kind::kDeterminer || kind == Kind::kAdjective) {
        if (!sep) return false;
      } else if (petrarch_ && sep && kind == Kind::kOther && !Capitalised(s_, k)) {
        // PETRARCH reads noun phrases: "Fornost and the evil awful Gondor"
        // joins with modifiers that are in no dictionary.
      } else {
        return false;
      }
    }
    return sep;
  }

  void FinishCompounds() {
    // Actor phrases: runs of mentions sharing a phrase start.
    phrases_.clear();
    for (size_t k = 0; k < s_.mentions.size();) {
      size_t e = k + 1;
      while (e < s_.mentions.size() && s_.mentions[e].first == s_.mentions[k].first) ++e;
      phrases_.push_back({static_cast<uint32_t>(k), static_cast<uint32_t>(e)});
      k = e;
    }
    for (size_t p = 0; p + 1 < phrases_.size();) {
      // Extend a chain while phrases are joined; keep it up to the last
      // conjunction.
      size_t last_conj = p;
      size_t q = p;
      while (q + 1 < phrases_.size()) {
        bool conj;
        const ActorMention& a = s_.mentions[phrases_[q].begin];
        const ActorMention& b = s_.mentions[phrases_[q + 1].begin];
        // A pronoun ("Chile and its bank panel") does not join a compound.
        if (a.pronoun || b.pronoun) break;
        if (!Joins(a.last, b.first, &conj)) break;
        ++q;
        if (conj) last_conj = q;
      }
      if (last_conj > p) MakeCompound(p, last_conj);
      p = std::max(p + 1, last_conj + 1);
    }
  }

  void MakeCompound(size_t p, size_t q) {
    const uint32_t mb = phrases_[p].begin, me = phrases_[q].end;
    int32_t group = static_cast<int32_t>(s_.groups.size());
    s_.groups.push_back(Group{static_cast<int32_t>(mb), static_cast<int32_t>(me - mb)});
    for (uint32_t k = mb; k < me; ++k) s_.mentions[k].group = group;
    for (uint32_t k = s_.mentions[mb].last; k < s_.mentions[me - 1].first; ++k) {
      if (s_.words[k].kind == Kind::kComma || s_.words[k].kind == Kind::kConj) {
        s_.words[k].joined = true;
      }
    }
  }

  // --- Comma-delimited nonrestrictive clauses.
  void DropCommaClauses() {
    if (!opt_.comma_active) return;
    commas_.clear();
    for (size_t i = 0; i < s_.words.size(); ++i) {
      if (s_.words[i].kind == Kind::kComma && !s_.words[i].joined) commas_.push_back(i);
    }
    if (commas_.empty()) return;
    auto words_in = [&](size_t from, size_t to) {
      int count = 0;
      for (size_t k = from; k < to; ++k) {
        Kind kind = s_.words[k].kind;
        if (kind != Kind::kPunct && kind != Kind::kComma) ++count;
      }
      return count;
    };
    auto drop = [&](size_t from, size_t to) {
      for (size_t k = from; k < to; ++k) s_.words[k].dropped = true;
      if (from < to) s_.any_dropped = true;
    };
    const size_t n = s_.words.size();
    size_t end = n;
    while (end > 0 && s_.words[end - 1].kind == Kind::kPunct) --end;
    int first = words_in(0, commas_[0]);
    if (first >= opt_.comma_bmin && first <= opt_.comma_bmax) drop(0, commas_[0] + 1);
    // The commas are paired from the left, the first with the second, the
    // third with the fourth, ..., as TABARI 0.8.4b2 does on Reuters ("X,
    // the buyer, imported Y, up from Z, it said" keeps "imported Y"; "A,
    // 48,772 dwt, was attacked by B on May 24, C said" keeps the attack).
    // With comma_end_after_unpaired_comma (TABARI) the end clause is only
    // looked for after a last comma that opens no pair ("A killed B,
    // injured C, a Hong Kong paper said": the paper stays).
    size_t c = 0;
    bool end_open = true;  // the last comma may still open the end clause
    for (; c + 1 < commas_.size(); c += 2) {
      int len = words_in(commas_[c] + 1, commas_[c + 1]);
      if (len > opt_.comma_min && len <= opt_.comma_max) drop(commas_[c], commas_[c + 1]);
      if (c + 2 == commas_.size() && opt_.comma_end_after_unpaired_comma) end_open = false;
    }
    // TABARI finds the end clause at the sentence's final mark (also the
    // period of a final "U.S."): a text without one has no end clause.
    const bool final_mark = end < n || (end > 0 && s_.Norm(end - 1).ends_with('.'));
    int last = words_in(commas_.back() + 1, end);
    // The final period of an abbreviation ("..., the U.S."), which TABARI
    // keeps (manual 7.3: only periods after lower-case letters are
    // removed), is the sentence's mark and a word of the end clause: a
    // two-word ", the U.S." is dropped like a three-word one.
    if (end == n && end > 0 && s_.Norm(end - 1).ends_with('.')) ++last;
    if (end_open && final_mark && last > opt_.comma_emin && last <= opt_.comma_emax) {
      drop(commas_.back(), end);
    }
  }

  const CoderOptions& opt_;
  // The sentence's verbs come from PETRARCH verb blocks: unlisted modifiers
  // join compounds.
  const bool petrarch_;
  ParsedSentence& s_;
  // Work buffers, kept in the scratch so that nothing is allocated once warm.
  std::vector<PhraseRange>& phrases_ = s_.buffers.phrases;
  std::vector<size_t>& commas_ = s_.buffers.commas;
};

}  // namespace

void FindClauses(const CoderOptions& options, bool petrarch, ParsedSentence* s) {
  ClauseFinder(options, petrarch, s).Run();
}

bool RestoreCommaClauses(ParsedSentence* s) {
  bool any = false;
  for (Word& w : s->words) {
    any |= w.dropped;
    w.dropped = false;
  }
  s->any_dropped = false;
  if (any) SplitClauses(s);
  return any;
}

}  // namespace annalist::coder_internal
