#include "lexicon/word_table.h"

#include "annalist/lexicon.h"

namespace annalist::lexicon_internal {

uint64_t WordTable::Hash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h ^ (h >> 29);
}

WordTable::WordTable() : slots_(1024, kNoId), mask_(1023) {}

void WordTable::Grow() {
  size_t cap = slots_.size() * 2;
  slots_.assign(cap, kNoId);
  mask_ = cap - 1;
  for (uint32_t id = 0; id < words_.size(); ++id) {
    size_t i = hashes_[id] & mask_;
    while (slots_[i] != kNoId) i = (i + 1) & mask_;
    slots_[i] = id;
  }
}

uint32_t WordTable::Intern(std::string_view word, WordMode mode) {
  uint64_t h = Hash(word);
  size_t i = h & mask_;
  uint32_t id = kNoId;
  for (;; i = (i + 1) & mask_) {
    uint32_t s = slots_[i];
    if (s == kNoId) break;
    if (hashes_[s] == h && words_[s] == word) {
      id = s;
      break;
    }
  }
  if (id == kNoId) {
    id = static_cast<uint32_t>(words_.size());
    storage_.emplace_back(word);
    words_.push_back(storage_.back());
    hashes_.push_back(h);
    stem_use_.push_back(0);
    slots_[i] = id;
    if (words_.size() * 2 > slots_.size()) Grow();
  }
  if (mode == WordMode::kStem) {
    stem_use_[id] = 1;
    if (word.size() < 64) stem_lengths_ |= uint64_t{1} << word.size();
  }
  return id;
}

uint32_t WordTable::Find(std::string_view word) const {
  uint64_t h = Hash(word);
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    uint32_t id = slots_[i];
    if (id == kNoId) return kNoId;
    if (hashes_[id] == h && words_[id] == word) return id;
  }
}

size_t WordTable::Candidates(std::string_view piece, WordHit* out,
                             size_t max) const {
  size_t n = 0;
  auto add = [&](uint32_t id, uint8_t hit) {
    if (id == kNoId || n >= max) return;
    for (size_t i = 0; i < n; ++i) {
      if (out[i].word == id) return;
    }
    out[n++] = WordHit{id, hit};
  };
  add(Find(piece), kHitExact);
  static constexpr std::string_view kEndings[] = {"ING", "ES", "ED", "EN",
                                                  "S",   "D"};
  for (std::string_view e : kEndings) {
    if (piece.size() >= e.size() + 2 && piece.ends_with(e)) {
      add(Find(piece.substr(0, piece.size() - e.size())), kHitEnding);
    }
  }
  uint64_t lengths = stem_lengths_;
  for (size_t len = 1; len < piece.size() && len < 64; ++len) {
    if (!(lengths >> len & 1)) continue;
    uint32_t id = Find(piece.substr(0, len));
    if (id != kNoId && stem_use_[id]) add(id, kHitPrefix);
  }
  return n;
}

bool WordTable::Matches(uint32_t word, WordMode mode,
                        std::string_view piece) const {
  WordHit hits[24];
  size_t n = Candidates(piece, hits, 24);
  for (size_t i = 0; i < n; ++i) {
    if (hits[i].word == word && ModeAccepts(mode, hits[i].hit)) return true;
  }
  return false;
}

size_t WordTable::bytes() const {
  size_t b = slots_.size() * 4 + hashes_.size() * 8 + words_.size() * 17;
  for (std::string_view w : words_) b += w.size() + 1;
  return b;
}

}  // namespace annalist::lexicon_internal
