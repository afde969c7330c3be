// Internal: how the coder matches a Lexicon against a tokenized sentence.
// Not a public header: the compiled pattern elements, the phrase lookups and
// the per-thread token cache they may read (docs/lexicon.md, "Matching").
//
// Threads: a Lexicon is immutable and shared; everything that changes per
// sentence is in a TokenCache that the caller owns (one per thread, e.g. in
// the coder's scratch) and passes in. Nothing here keeps per-thread state.
//
// Matching model: see the top of include/annalist/lexicon.h and
// docs/lexicon.md.
#ifndef ANNALIST_SRC_LEXICON_MATCHER_H_
#define ANNALIST_SRC_LEXICON_MATCHER_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "annalist/lexicon.h"
#include "annalist/text.h"
#include "lexicon/token_cache.h"

namespace annalist::lexicon_internal {

// Words that may come between two blank-separated phrase words.
inline constexpr int kMaxPhraseGap = 3;

// One element of a compiled verb pattern. See docs/lexicon.md.
struct PatternElement {
  enum Kind : uint8_t {
    kWord,          // a dictionary word: `value` is its word id, `stem` set
                    // when it is a TABARI stem (prefix match)
    kSynset,        // any phrase of synset `value`
    kAlternatives,  // one of `count` alternatives; alternative i is
                    // Alternative(lexicon, element, i), itself a sequence
    kVerb,          // "*": the verb itself (the matched verb phrase)
    kSource,        // "$": the source actor is here
    kTarget,        // "+": the target actor is here
    kCompound,      // "%": a compound actor, both source and target
    kSkipActor,     // "^": an actor here that is skipped
  };
  Kind kind = kWord;
  // True when this element must immediately follow the previous element
  // (TABARI "_" connector; words inside a PETRARCH {noun phrase}). The first
  // element after the verb with `adjacent` set must follow the verb directly.
  bool adjacent = false;
  bool stem = false;     // kWord only
  bool endings = false;  // kWord only: regular endings S/ES/ED/EN/ING allowed
  // PETRARCH syntactic role of a word: 0 none, 'P' preposition opening a
  // (...) group, 'H' head noun of a {...} group or bare noun.
  char role = 0;
  uint16_t count = 0;      // kAlternatives: number of alternatives
  uint32_t value = kNoId;  // word id, synset id, or first alternative index
};

// The elements of a verb pattern: before the verb (in text order), the verb
// (index p.verb_index, the one kVerb element), after it.
inline std::span<const PatternElement> Elements(const VerbPattern& p) {
  return {p.elements, p.element_count};
}

// A phrase found in a sentence: tokens [pos, pos + length), entry `id`.
struct PhraseMatch {
  uint32_t id = kNoId;
  uint32_t length = 0;
};

// A verb found in a sentence: tokens [pos, pos + length), of which the verb
// word itself is token pos + verb_offset (multi-word verbs such as
// PETRARCH "WIRE_+TAP" or TABARI "BURNED_DOWN").
struct VerbMatch {
  uint32_t verb = kNoId;
  uint32_t length = 0;
  uint32_t verb_offset = 0;
};

// Simple phrase lists, each matched like actors.
enum class PhraseList : uint8_t {
  kNoun,       // TABARI <NOUN>
  kAdjective,  // TABARI <ADJECTIVE>
  kDiscard,    // PETRARCH discards; Lexicon::discard
  kIssue,      // PETRARCH issues; Lexicon::issue
};

// The phrases starting at one token, of every kind a coder classifies by
// (SentenceMatcher::MatchPhrases): each is what MatchActor, MatchAgent,
// Match(kNoun), Match(kAdjective) and MatchVerb give, with length 0 when
// there is none.
struct PhraseMatches {
  PhraseMatch actor, agent, noun, adjective;
  VerbMatch verb;
};

// --- Lookups that need no sentence.

// False when `list` has no phrase at all (Match always fails).
bool HasPhrases(const Lexicon& lexicon, PhraseList list);
size_t SynsetCount(const Lexicon& lexicon);
std::string_view SynsetName(const Lexicon& lexicon, uint32_t synset);  // "&CURRENCY"
// The elements of alternative `i` of a kAlternatives element (empty for
// anything else).
std::span<const PatternElement> Alternative(const Lexicon& lexicon, const PatternElement& e,
                                            size_t i);
// The id of a normalised dictionary word, or kNoId when no dictionary uses
// it; and the word of an id ("" when out of range).
uint32_t WordId(const Lexicon& lexicon, std::string_view norm);
std::string_view WordText(const Lexicon& lexicon, uint32_t id);
// True when normalised token `token` matches dictionary word `word`
// exactly, by stem (`stem`), or with a regular ending (`endings`).
bool WordMatches(const Lexicon& lexicon, uint32_t word, bool stem, bool endings,
                 std::string_view token);

// --- Lookups in one sentence.

// The lexicon's lookups over one tokenized sentence: a small view (three
// pointers) made for a sentence and dropped with it. `lexicon` and `tokens`
// must outlive it and `tokens` must not change while it is used.
//
// Plain (no cache), every lookup walks the dictionaries' tries. Bound to a
// TokenCache (Bind below), the word candidates of every token are read from
// the cache, computed once for the sentence instead of again by every trie at
// every position it tries, and the lists none of whose phrases can start at
// a token are skipped without a walk. The results are identical either way
// (token_cache_test.cc compares them on random dictionaries).
//
// Every Match* returns false (and leaves *m untouched) when nothing starts at
// `pos`; otherwise the longest match (most tokens covered; then most
// dictionary text; then most words; then the entry added last). A `pos` past
// the end matches nothing.
class SentenceMatcher {
 public:
  // Plain lookups.
  SentenceMatcher(const Lexicon& lexicon, const TokenBuffer& tokens);
  // Lookups through `cache` while it holds this lexicon's candidates for
  // this very buffer (TokenCache::Covers, checked per lookup), plain ones
  // otherwise. The cache must outlive the view.
  SentenceMatcher(const Lexicon& lexicon, const TokenBuffer& tokens, const TokenCache* cache);

  bool MatchActor(size_t pos, PhraseMatch* m) const;
  bool MatchAgent(size_t pos, PhraseMatch* m) const;
  bool MatchVerb(size_t pos, VerbMatch* m) const;
  bool Match(PhraseList list, size_t pos, PhraseMatch* m) const;
  // The five lookups actor, agent, noun, adjective, verb at once (with the
  // cache, the lists none of whose phrases can start at `pos` are skipped
  // together). Every field of *out is set.
  void MatchPhrases(size_t pos, PhraseMatches* out) const;
  // True when synset `synset` has a phrase starting at `pos`; *length gets
  // the longest one's token count.
  bool MatchSynset(uint32_t synset, size_t pos, uint32_t* length) const;
  // Per token: bit s % 64 clear only when MatchSynset(s, token) is false for
  // every synset s with that bit (all bits set without the cache). *out is
  // resized (keep it to reuse its storage).
  void SynsetStarts(std::vector<uint64_t>* out) const;
  // True when a kWord, kSynset or kAlternatives element matches at `pos`
  // (alternatives: each alternative is matched as consecutive elements);
  // *length gets the tokens covered (longest).
  bool MatchElement(const PatternElement& e, size_t pos, uint32_t* length) const;

  const Lexicon& lexicon() const { return *lexicon_; }
  const TokenBuffer& tokens() const { return *tokens_; }
  // The cache lookups read, or null when they are plain.
  const TokenCache* cache() const { return cache_; }

 private:
  // cache_ when it covers tokens_, else null. Inline: every phrase lookup
  // asks (MatchPhrases at every token of a sentence).
  const TokenCache* Cache() const {
    return cache_ != nullptr && cache_->Covers(d_, *tokens_) ? cache_ : nullptr;
  }
  const Lexicon* lexicon_;
  const LexiconData* d_;
  const TokenBuffer* tokens_;
  const TokenCache* cache_;
};

// Fills `cache` for `tokens` of `lexicon` (reusing its storage) and returns
// the matcher that reads it. Matchers made earlier over `cache` for another
// buffer become plain.
SentenceMatcher Bind(const Lexicon& lexicon, const TokenBuffer& tokens, TokenCache* cache);

}  // namespace annalist::lexicon_internal

#endif  // ANNALIST_SRC_LEXICON_MATCHER_H_
