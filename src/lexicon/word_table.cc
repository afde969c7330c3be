#include "lexicon/word_table.h"

#include "annalist/lexicon.h"

namespace annalist::lexicon_internal {

uint64_t WordTable::Hash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return Finish(h);
}

namespace {

constexpr uint64_t kEmpty = ~uint64_t{0};

uint64_t Slot(uint64_t hash, uint32_t id) { return (hash & 0xffffffff00000000ull) | id; }

}  // namespace

WordTable::WordTable() : slots_(1024, kEmpty), mask_(1023) {}

void WordTable::Grow() {
  size_t cap = slots_.size() * 2;
  slots_.assign(cap, kEmpty);
  mask_ = cap - 1;
  for (uint32_t id = 0; id < words_.size(); ++id) {
    size_t i = hashes_[id] & mask_;
    while (slots_[i] != kEmpty) i = (i + 1) & mask_;
    slots_[i] = Slot(hashes_[id], id);
  }
}

uint32_t WordTable::Intern(std::string_view word, WordMode mode) {
  uint64_t h = Hash(word);
  size_t i = h & mask_;
  uint32_t id = kNoId;
  for (;; i = (i + 1) & mask_) {
    if (slots_[i] == kEmpty) break;
    uint32_t s = static_cast<uint32_t>(slots_[i]);
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
    slots_[i] = Slot(h, id);
    if (words_.size() * 2 > slots_.size()) Grow();
  }
  if (mode == WordMode::kStem) {
    stem_use_[id] = 1;
    if (word.size() < 64) stem_lengths_ |= uint64_t{1} << word.size();
  }
  return id;
}

uint32_t WordTable::Find(std::string_view word) const { return FindHashed(word, Hash(word)); }

uint32_t WordTable::FindHashed(std::string_view word, uint64_t h) const {
  const uint64_t tag = h & 0xffffffff00000000ull;
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    uint64_t slot = slots_[i];
    if (slot == kEmpty) return kNoId;
    if ((slot & 0xffffffff00000000ull) != tag) continue;
    uint32_t id = static_cast<uint32_t>(slot);
    if (hashes_[id] == h && words_[id] == word) return id;
  }
}

size_t WordTable::Candidates(std::string_view piece, WordHit* out, size_t max) const {
  size_t n = 0;
  auto add = [&](uint32_t id, uint8_t hit) {
    if (id == kNoId || n >= max) return;
    for (size_t i = 0; i < n; ++i) {
      if (out[i].word == id) {
        out[i].hit |= hit;
        return;
      }
    }
    out[n++] = WordHit{id, hit};
  };
  // Every word looked up is a prefix of `piece`: hash them all in one pass
  // (prefix[L] is the unfinished hash of the first L bytes).
  constexpr size_t kMaxPrefix = 64;
  uint64_t prefix[kMaxPrefix + 1];
  const bool short_piece = piece.size() <= kMaxPrefix;
  if (short_piece) {
    uint64_t h = 1469598103934665603ull;
    prefix[0] = h;
    for (size_t i = 0; i < piece.size(); ++i) {
      h ^= static_cast<unsigned char>(piece[i]);
      h *= 1099511628211ull;
      prefix[i + 1] = h;
    }
  }
  auto find = [&](size_t len) {
    std::string_view w = piece.substr(0, len);
    return FindHashed(w, short_piece ? Finish(prefix[len]) : Hash(w));
  };
  add(find(piece.size()), kHitExact);
  static constexpr std::string_view kEndings[] = {"ING", "ES", "ED", "EN", "S", "D"};
  for (std::string_view e : kEndings) {
    if (piece.size() >= e.size() + 2 && piece.ends_with(e)) {
      add(find(piece.size() - e.size()), e == "S" || e == "ES" ? kHitPlural : kHitEnding);
    }
  }
  uint64_t lengths = stem_lengths_;
  for (size_t len = 1; len < piece.size() && len < 64; ++len) {
    if (!(lengths >> len & 1)) continue;
    uint32_t id = find(len);
    if (id != kNoId && stem_use_[id]) add(id, kHitPrefix);
  }
  return n;
}

bool WordTable::Matches(uint32_t word, WordMode mode, std::string_view piece) const {
  WordHit hits[24];
  size_t n = Candidates(piece, hits, 24);
  for (size_t i = 0; i < n; ++i) {
    if (hits[i].word == word && ModeAccepts(mode, hits[i].hit)) return true;
  }
  return false;
}

size_t WordTable::bytes() const {
  size_t b = slots_.size() * 8 + hashes_.size() * 8 + words_.size() * 17;
  for (std::string_view w : words_) b += w.size() + 1;
  return b;
}

}  // namespace annalist::lexicon_internal
