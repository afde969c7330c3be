#include "lexicon/token_cache.h"

#include <algorithm>
#include <cstring>
#include <string_view>

#include "lexicon/lexicon_data.h"

namespace annalist::lexicon_internal {

namespace {
// Two-way sets (most recent first) of 32,768 entries, 2 MiB per thread:
// Reuters has about 42,000 distinct words in 110,000 sentences, and a
// smaller or direct-mapped memo thrashes.
constexpr size_t kMemoEntries = 32768;
constexpr size_t kMemoSets = kMemoEntries / 2;

bool Holds(const MemoEntry& m, const uint64_t* key, size_t size) {
  return m.size == size && m.text[0] == key[0] && m.text[1] == key[1] && m.text[2] == key[2] &&
         m.text[3] == key[3];
}

uint64_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// Copies piece p[0 .. n), 1 <= n <= 32, into the zeroed key as
// memcpy(key, p, n) would, with fixed-size loads (no call for a short
// piece): whole words, then the tail by overlapping loads, put together in
// a register (through a byte buffer, the 8-byte reload of the smaller stores
// stalls on store forwarding).
void LoadKey(const char* p, size_t n, uint64_t* key) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) std::memcpy(&key[i / 8], p + i, 8);
  const size_t r = n - i;
  if (r == 0) return;
  uint64_t tail;
  if (r >= 4) {
    tail = Load32(p + i) | Load32(p + n - 4) << (8 * (r - 4));
  } else {
    tail = uint64_t{static_cast<unsigned char>(p[i])} |
           uint64_t{static_cast<unsigned char>(p[i + (r >> 1)])} << (8 * (r >> 1)) |
           uint64_t{static_cast<unsigned char>(p[n - 1])} << (8 * (r - 1));
  }
  key[i / 8] = tail;
}

// The starts of candidates out[0 .. n), added to *p.
void SetStarts(const LexiconData* data, const WordHit* out, size_t n, CachedPiece* p) {
  for (size_t h = 0; h < n; ++h) {
    if (out[h].word < data->start_words.size()) p->starts |= data->start_words[out[h].word];
    if (out[h].word < data->synset_start_words.size())
      p->synset_starts |= data->synset_start_words[out[h].word];
  }
}

// The memo set of a piece of n bytes, 1 <= n <= kText, from its key:
// splitmix64's finalizer over the key's words up to the piece's end, so that
// any byte reaches the bits that pick the set.
uint32_t MemoSet(const uint64_t* key, size_t n) {
  uint64_t h = n;
  for (size_t i = 0; i < (n + 7) / 8; ++i) {
    h = (h ^ key[i]) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 31;
  }
  h *= 0x94d049bb133111ebull;
  h ^= h >> 29;
  return static_cast<uint32_t>(h & (kMemoSets - 1));
}

bool Memoizable(std::string_view piece) {
  return !piece.empty() && piece.size() <= MemoEntry::kText;
}

}  // namespace

size_t TokenCache::Candidates(const LexiconData* data, const WordTable& words,
                              std::string_view piece, const MemoKey& memo_key, WordHit* out,
                              CachedPiece* p) {
  if (!Memoizable(piece)) {
    size_t n = words.Candidates(piece, out, kMaxCandidates);
    SetStarts(data, out, n, p);
    return n;
  }
  const uint64_t* key = memo_key.text;
  MemoEntry* set = &memo[size_t{memo_key.set} * 2];
  MemoEntry& m = set[0];
  bool hit = Holds(m, key, piece.size());
  if (!hit && Holds(set[1], key, piece.size())) {
    std::swap(m, set[1]);
    hit = true;
  }
  if (hit) {
    for (size_t i = 0; i < m.hit_count; ++i) {
      out[i] = WordHit{m.hits[i] >> MemoEntry::kHitBits,
                       static_cast<uint8_t>(m.hits[i] & MemoEntry::kHitMask)};
    }
    p->starts |= m.starts;
    p->synset_starts |= m.synset_starts;
    return m.hit_count;
  }
  size_t n = words.Candidates(piece, out, kMaxCandidates);
  CachedPiece starts;
  SetStarts(data, out, n, &starts);
  p->starts |= starts.starts;
  p->synset_starts |= starts.synset_starts;
  bool fits = n <= MemoEntry::kHits;
  for (size_t i = 0; i < n && fits; ++i) {
    fits = out[i].word < (1u << (32 - MemoEntry::kHitBits));
  }
  if (fits) {
    set[1] = m;
    std::copy(key, key + MemoEntry::kText / 8, m.text);
    m.size = static_cast<uint8_t>(piece.size());
    m.hit_count = static_cast<uint8_t>(n);
    for (size_t i = 0; i < n; ++i) m.hits[i] = out[i].word << MemoEntry::kHitBits | out[i].hit;
    m.starts = starts.starts;
    m.synset_starts = starts.synset_starts;
  }
  return n;
}

void TokenCache::Fill(const LexiconData* data, uint64_t serial, const WordTable& words,
                      const TokenBuffer& t) {
  if (memo.empty() || memo_serial != serial) {
    memo.assign(kMemoEntries, MemoEntry());
    memo_serial = serial;
  }
  lexicon = data;
  tokens = &t;
  token_count = t.size();
  norm_size = t.norm().size();
  first_piece.clear();
  pieces.clear();
  piece_keys.clear();
  hit_end = 0;
  // Two passes: the pieces first, prefetching the memo set of each, then
  // their candidates. Most of the time a memo lookup spends is a cache miss
  // (the memo is 2 MiB); started together, a sentence's misses overlap.
  // With hyphens read as blanks most sentences have no '-' at all: one
  // search for the whole text, none per token then.
  const bool dashes = t.norm().find('-') != std::string::npos;
  for (size_t q = 0; q < token_count; ++q) {
    first_piece.push_back(static_cast<uint32_t>(pieces.size()));
    std::string_view text = t.norm(q);
    uint32_t off = 0;
    // The same splitting as PhraseTrie::Walk.
    while (off < text.size()) {
      std::string_view rest = text.substr(off);
      size_t dash = dashes ? 0 : rest.size();  // rest.find('-'), no call
      while (dash < rest.size() && rest[dash] != '-') ++dash;
      if (dash == rest.size()) dash = std::string_view::npos;
      if (dash == 0 || dash == rest.size() - 1) dash = std::string_view::npos;
      std::string_view piece = rest.substr(0, dash);
      MemoKey& key = piece_keys.emplace_back();  // zeroed
      if (Memoizable(piece)) {
        LoadKey(piece.data(), piece.size(), key.text);
        key.set = MemoSet(key.text, piece.size());
        __builtin_prefetch(&memo[size_t{key.set} * 2]);
        __builtin_prefetch(&memo[size_t{key.set} * 2 + 1]);
      }
      CachedPiece& p = pieces.emplace_back();
      p.off = off;
      p.next_off = dash == std::string_view::npos ? 0 : off + static_cast<uint32_t>(dash) + 1;
      if (p.next_off == 0) break;
      off = p.next_off;
    }
  }
  first_piece.push_back(static_cast<uint32_t>(pieces.size()));
  for (size_t q = 0; q < token_count; ++q) {
    std::string_view text = t.norm(q);
    for (uint32_t i = first_piece[q]; i < first_piece[q + 1]; ++i) {
      CachedPiece& p = pieces[i];
      const std::string_view piece =
          p.next_off == 0 ? text.substr(p.off) : text.substr(p.off, p.next_off - 1 - p.off);
      p.hit_begin = static_cast<uint32_t>(hit_end);
      if (hits.size() < hit_end + kMaxCandidates) hits.resize(hit_end + 2 * kMaxCandidates);
      const size_t n = Candidates(data, words, piece, piece_keys[i], hits.data() + hit_end, &p);
      hit_end += n;
      p.hit_count = static_cast<uint32_t>(n);
    }
  }
}

}  // namespace annalist::lexicon_internal
