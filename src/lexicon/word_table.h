// Internal: interns every normalised dictionary word to a dense 32-bit id,
// and after Freeze() answers string -> id with an open-addressing table
// (no allocation per lookup).
#ifndef ANNALIST_SRC_LEXICON_WORD_TABLE_H_
#define ANNALIST_SRC_LEXICON_WORD_TABLE_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::lexicon_internal {

// How a dictionary word matches a token.
enum class WordMode : uint8_t {
  kExact = 0,    // the token itself
  kEndings = 1,  // the token, or the token minus a regular ending
  kStem = 2,     // any token that begins with the word
  // The token, or the token minus a plural "S" / "ES": TABARI's regular
  // endings of actors, agents and nouns (manual 5.2.3: plural and
  // possessive; the verb endings ED, EN, ING are for verbs; the possessive
  // 'S is a token of its own here).
  kNounEndings = 3,
};

// How a token (piece) matched a word: a set of these bits.
enum HitKind : uint8_t {
  kHitExact = 1,
  kHitEnding = 2,  // minus a regular verb ending (ED, EN, ING, D)
  kHitPrefix = 4,
  kHitPlural = 8,  // minus a plural "S" or "ES"
};

inline bool ModeAccepts(WordMode mode, uint8_t hit) {
  switch (mode) {
    case WordMode::kExact:
      return (hit & kHitExact) != 0;
    case WordMode::kEndings:
      return (hit & (kHitExact | kHitEnding | kHitPlural)) != 0;
    case WordMode::kStem:
      return true;
    case WordMode::kNounEndings:
      return (hit & (kHitExact | kHitPlural)) != 0;
  }
  return false;
}

// Room enough for every candidate of one piece.
inline constexpr size_t kMaxCandidates = 24;

struct WordHit {
  uint32_t word;
  uint8_t hit;
};

class WordTable {
 public:
  WordTable();
  // Build time.
  uint32_t Intern(std::string_view word, WordMode mode);
  void Freeze() {}

  // After Freeze.
  uint32_t Find(std::string_view word) const;
  std::string_view Word(uint32_t id) const { return words_[id]; }
  size_t size() const { return words_.size(); }
  // Fills `out` (capacity `max`) with the words `piece` can match: itself,
  // itself minus a regular ending, and its prefixes that are stems. Returns
  // the number written.
  size_t Candidates(std::string_view piece, WordHit* out, size_t max) const;
  bool Matches(uint32_t word, WordMode mode, std::string_view piece) const;
  size_t bytes() const;
  static uint64_t Hash(std::string_view s);

 private:
  static uint64_t Finish(uint64_t h) { return h ^ (h >> 29); }
  // Find with `h` = Hash(word).
  uint32_t FindHashed(std::string_view word, uint64_t h) const;
  void Grow();
  std::deque<std::string> storage_;
  std::vector<std::string_view> words_;
  std::vector<uint8_t> stem_use_;  // 1 when some phrase uses it as a stem
  // Open addressing: (high 32 bits of the hash << 32) | id, or ~0 when
  // empty, so that most misses read one slot only.
  std::vector<uint64_t> slots_;
  std::vector<uint64_t> hashes_;  // per word
  uint64_t mask_ = 0;
  uint64_t stem_lengths_ = 0;  // bit L set: some stem has L bytes (L<64)
};

}  // namespace annalist::lexicon_internal

#endif  // ANNALIST_SRC_LEXICON_WORD_TABLE_H_
