// Internal: the word candidates of every token (piece) of one sentence,
// computed once so that each trie walk reads them instead of repeating the
// word table lookups, and which phrase lists and synsets can start at each
// token, so that most lookups need no trie walk at all.
//
// A TokenCache is per-thread scratch that its owner passes to the lookups
// (lexicon_internal::Bind in matcher.h fills it and returns the matcher that
// reads it); it is never found through a global or a thread-local. One per
// thread, e.g. in the coder's scratch; not shareable between threads at the
// same time. It owns a memo of candidates kept across sentences (2 MiB,
// allocated by the first Fill and cleared when filled for another Lexicon)
// and allocates nothing else once warm.
#ifndef ANNALIST_SRC_LEXICON_TOKEN_CACHE_H_
#define ANNALIST_SRC_LEXICON_TOKEN_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "annalist/text.h"
#include "lexicon/word_table.h"

namespace annalist::lexicon_internal {

struct LexiconData;

// One piece of a token: the text from byte `off` up to the next internal
// hyphen (or the end), as PhraseTrie reads it.
struct CachedPiece {
  uint32_t off = 0;
  uint32_t next_off = 0;  // 0: the next piece is the next token
  uint32_t hit_begin = 0;
  uint32_t hit_count = 0;
  // StartBits (lexicon_data.h) of the tries that have a phrase whose first
  // word is among this piece's candidates (mode not considered).
  uint8_t starts = 0;
  // The same for synsets (LexiconData::synset_start_words).
  uint64_t synset_starts = 0;
};

// A remembered Candidates() result, kept across sentences: one cache line.
// The piece is the key: its bytes, zero-padded to kText, and its size.
struct alignas(64) MemoEntry {
  static constexpr size_t kText = 32, kHits = 5;
  uint64_t text[kText / 8] = {};
  // word << kHitBits | the HitKind bits (word ids < 2^28).
  static constexpr uint32_t kHitBits = 4, kHitMask = (1u << kHitBits) - 1;
  uint32_t hits[kHits] = {};
  uint8_t size = 0;  // 0: empty
  uint8_t hit_count = 0;
  // CachedPiece::starts and synset_starts of these candidates, so that a
  // memo hit reads no start table.
  uint8_t starts = 0;
  uint64_t synset_starts = 0;
};
static_assert(sizeof(MemoEntry) == 64);
// Every HitKind bit fits below the word id.
static_assert((kHitExact | kHitEnding | kHitPrefix | kHitPlural) <= MemoEntry::kHitMask);

struct TokenCache {
  TokenCache() = default;
  TokenCache(const TokenCache&) = delete;
  TokenCache& operator=(const TokenCache&) = delete;

  const LexiconData* lexicon = nullptr;
  uint64_t memo_serial = 0;  // Lexicon serial the memo was filled from
  std::vector<MemoEntry> memo;
  const TokenBuffer* tokens = nullptr;
  size_t token_count = 0;
  size_t norm_size = 0;
  std::vector<uint32_t> first_piece;  // per token, then the end
  std::vector<CachedPiece> pieces;
  // Fill's: the memo key and set of each piece (unused for a piece the memo
  // does not keep).
  struct MemoKey {
    uint64_t text[MemoEntry::kText / 8];
    uint32_t set;
  };
  std::vector<MemoKey> piece_keys;
  // The pieces' candidates: hits[0 .. hit_end); the vector is kept at least
  // kMaxCandidates longer so that Candidates() can write in place.
  std::vector<WordHit> hits;
  size_t hit_end = 0;

  // Fills the cache for `tokens` (reusing its capacity).
  // `serial` identifies the lexicon for the memo (never reused).
  void Fill(const LexiconData* data, uint64_t serial, const WordTable& words,
            const TokenBuffer& tokens);
  // words.Candidates(piece), through the memo (`key`: the piece's there,
  // when it has one); also sets the piece's starts and synset_starts (from
  // `data`'s start tables).
  size_t Candidates(const LexiconData* data, const WordTable& words, std::string_view piece,
                    const MemoKey& key, WordHit* out, CachedPiece* p);
  // Forgets the sentence (the memo stays): Covers is false for every buffer.
  void Clear() {
    lexicon = nullptr;
    tokens = nullptr;
  }
  // True when the cache was filled for exactly this buffer.
  bool Covers(const LexiconData* data, const TokenBuffer& t) const {
    return lexicon == data && tokens == &t && token_count == t.size() &&
           norm_size == t.norm().size();
  }
  // False when no phrase of the tries marked `bit` (a StartBit) can start
  // at token `tok`: none has an edge from its root on a candidate of the
  // token's first piece. The cache must cover the buffer.
  bool MayStart(size_t tok, uint8_t bit) const { return (Starts(tok) & bit) != 0; }
  // False when synset `synset` has no phrase that can start at token `tok`.
  bool MayStartSynset(size_t tok, uint32_t synset) const {
    return ((SynsetStarts(tok) >> (synset & 63)) & 1) != 0;
  }
  // The synset_starts of token `tok`'s first piece (0 when it has none).
  uint64_t SynsetStarts(size_t tok) const {
    if (tok >= token_count) return 0;
    const uint32_t p = first_piece[tok];
    return p < first_piece[tok + 1] ? pieces[p].synset_starts : 0;
  }
  // The StartBits of token `tok`'s first piece (0 when it has none).
  uint8_t Starts(size_t tok) const {
    if (tok >= token_count) return 0;
    const uint32_t p = first_piece[tok];
    return p < first_piece[tok + 1] ? pieces[p].starts : 0;
  }
  // The piece of token `tok` starting at byte `off`; null when not cached.
  const CachedPiece* Find(size_t tok, uint32_t off) const {
    if (tok >= token_count) return nullptr;
    for (uint32_t p = first_piece[tok]; p < first_piece[tok + 1]; ++p) {
      if (pieces[p].off == off) return &pieces[p];
    }
    return nullptr;
  }
};

}  // namespace annalist::lexicon_internal

#endif  // ANNALIST_SRC_LEXICON_TOKEN_CACHE_H_
