// Internal: a set of phrases, each with a 32-bit id, matched longest first
// against a tokenized sentence. The lexicon keeps each of its phrase lists
// (actors, agents, verbs, nouns, adjectives, discards, issues) as a PhraseSet
// over its one word table; PhraseMatcher below is a PhraseSet with a word
// table of its own, built from (phrase, id) pairs, for a list of names that
// is not a dictionary (the gazetteer's place names).
#ifndef ANNALIST_SRC_LEXICON_PHRASE_SET_H_
#define ANNALIST_SRC_LEXICON_PHRASE_SET_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "annalist/text.h"
#include "lexicon/phrase_trie.h"
#include "lexicon/token_cache.h"
#include "lexicon/word_table.h"

namespace annalist::lexicon_internal {

// Phrases over a word table that the caller keeps (and may share between
// sets, so that a token's word candidates are found once for all of them).
class PhraseSet {
 public:
  // `start_bit`: the set's StartBit in the token cache's start tables (0:
  // the cache is not consulted before walking). `max_gap`: words that may
  // come between two blank-separated phrase words.
  explicit PhraseSet(uint8_t start_bit = 0, int max_gap = 0)
      : start_bit_(start_bit), max_gap_(max_gap) {}

  // Build time: adds a phrase (its words interned in the caller's table);
  // returns the id it replaces (~0u when the phrase is new).
  uint32_t Insert(const std::vector<TrieKey>& keys, uint32_t id) { return trie_.Insert(keys, id); }
  // Freezes the set; `words` holds every word inserted.
  void Compile(const WordTable& words) { trie_.Compile(words); }
  // After Compile: ORs the set's start bit into (*marks)[w] for every word w
  // a phrase can start with.
  void MarkStartWords(std::vector<uint8_t>* marks) const {
    if (start_bit_ != 0) trie_.MarkStartWords(start_bit_, marks);
  }

  size_t size() const { return trie_.size(); }
  size_t bytes() const { return trie_.bytes(); }
  uint8_t start_bit() const { return start_bit_; }

  // Longest match starting at token `pos` and ending by token `end`
  // (tokens.size() when larger); false when none. `cache`, when not null,
  // holds the candidates of `tokens` from `words` (TokenCache::Covers): a
  // token none of whose candidates starts a phrase of the set is answered
  // without a walk.
  bool Match(const WordTable& words, const TokenBuffer& tokens, size_t pos, const TokenCache* cache,
             TrieMatch* out, size_t end = SIZE_MAX) const {
    if (cache != nullptr && start_bit_ != 0 && !cache->MayStart(pos, start_bit_)) return false;
    return trie_.Match(words, tokens, pos, end, max_gap_, out, cache);
  }
  // Match without the start test, for a caller that has made it for several
  // sets at once (TokenCache::Starts).
  bool Walk(const WordTable& words, const TokenBuffer& tokens, size_t pos, const TokenCache* cache,
            TrieMatch* out) const {
    return trie_.Match(words, tokens, pos, tokens.size(), max_gap_, out, cache);
  }

 private:
  PhraseTrie trie_;
  uint8_t start_bit_;
  int max_gap_;
};

// A phrase of a PhraseMatcher found in a sentence: tokens
// [begin, begin + length), the phrase's id.
struct PhraseSpan {
  uint32_t begin = 0;
  uint32_t length = 0;
  uint32_t id = 0;
};

// A PhraseSet with its own word table, built from (phrase, id) pairs: a
// phrase is normalised as dictionary phrases are (upper case, NFC, quotes and
// dashes folded; "_", "-" and blanks are word breaks; "'S" split off) and
// matches its words exactly and consecutively, as whole tokens or the pieces
// of hyphenated tokens ("ABU-DHABI"), ending at a token boundary. Build it
// from one thread; once compiled it is immutable and any number of threads
// may match with it. Matching allocates nothing.
class PhraseMatcher {
 public:
  PhraseMatcher();
  PhraseMatcher(const PhraseMatcher&) = delete;
  PhraseMatcher& operator=(const PhraseMatcher&) = delete;

  // Adds a phrase; a phrase added again (after normalising) takes the later
  // id. False (nothing added) when the phrase has no word, when `id` is
  // ~0u (reserved), or after Compile.
  bool Add(std::string_view phrase, uint32_t id);
  // Freezes the set; Match needs it.
  void Compile();
  size_t size() const { return set_.size(); }

  // The longest phrase starting at token `pos` and ending by token `end`
  // (tokens.size() when larger): most tokens; then most bytes; then most
  // words; then the larger id. False when none.
  bool Match(const TokenBuffer& tokens, size_t pos, PhraseSpan* out, size_t end = SIZE_MAX) const;
  // Every phrase in `tokens`, left to right: at each token the longest one,
  // and the search goes on after it (phrases found do not overlap). *out is
  // cleared first.
  void FindAll(const TokenBuffer& tokens, std::vector<PhraseSpan>* out) const;

 private:
  WordTable words_;
  PhraseSet set_;
  bool compiled_ = false;
};

}  // namespace annalist::lexicon_internal

#endif  // ANNALIST_SRC_LEXICON_PHRASE_SET_H_
