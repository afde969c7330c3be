#include "lexicon/token_cache.h"

#include <algorithm>
#include <cstring>
#include <string_view>

#include "lexicon/lexicon_data.h"

namespace annalist::lexicon_internal {

namespace {
constexpr size_t kMemoEntries = 8192;
}  // namespace

size_t TokenCacheData::Candidates(const WordTable& words,
                                  std::string_view piece, WordHit* out) {
  if (piece.empty() || piece.size() > MemoEntry::kText) {
    return words.Candidates(piece, out, kMaxCandidates);
  }
  const uint64_t h = WordTable::Hash(piece);
  MemoEntry& m = memo[(h >> 17) & (kMemoEntries - 1)];
  if (m.size == piece.size() && m.hash == h &&
      std::memcmp(m.text, piece.data(), piece.size()) == 0) {
    std::copy(m.hits, m.hits + m.hit_count, out);
    return m.hit_count;
  }
  size_t n = words.Candidates(piece, out, kMaxCandidates);
  if (n <= MemoEntry::kHits) {
    m.hash = h;
    m.size = static_cast<uint8_t>(piece.size());
    m.hit_count = static_cast<uint8_t>(n);
    std::memcpy(m.text, piece.data(), piece.size());
    std::copy(out, out + n, m.hits);
  }
  return n;
}

void TokenCacheData::Fill(const LexiconData* data, uint64_t serial,
                          const WordTable& words, const TokenBuffer& t) {
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
  hits.clear();
  for (size_t q = 0; q < token_count; ++q) {
    first_piece.push_back(static_cast<uint32_t>(pieces.size()));
    std::string_view text = t.norm(q);
    uint32_t off = 0;
    // The same splitting as PhraseTrie::Walk.
    while (off < text.size()) {
      std::string_view rest = text.substr(off);
      size_t dash = rest.find('-');
      if (dash == 0 || dash == rest.size() - 1) dash = std::string_view::npos;
      std::string_view piece = rest.substr(0, dash);
      CachedPiece p;
      p.off = off;
      p.next_off = dash == std::string_view::npos
                       ? 0
                       : off + static_cast<uint32_t>(dash) + 1;
      p.hit_begin = static_cast<uint32_t>(hits.size());
      WordHit found[kMaxCandidates];
      size_t n = Candidates(words, piece, found);
      hits.insert(hits.end(), found, found + n);
      p.hit_count = static_cast<uint32_t>(n);
      for (size_t h = 0; h < n; ++h) {
        if (found[h].word < data->start_words.size())
          p.starts |= data->start_words[found[h].word];
      }
      pieces.push_back(p);
      if (p.next_off == 0) break;
      off = p.next_off;
    }
  }
  first_piece.push_back(static_cast<uint32_t>(pieces.size()));
}

}  // namespace annalist::lexicon_internal
