// Internal: a trie of phrases keyed by word ids, with per-edge match mode and
// adjacency, compiled to flat sorted arrays. Matching walks the tokens of a
// sentence; a token with internal hyphens ("AL-QAEDA") is read as its pieces.
#ifndef ANNALIST_SRC_LEXICON_PHRASE_TRIE_H_
#define ANNALIST_SRC_LEXICON_PHRASE_TRIE_H_

#include <cstdint>
#include <type_traits>
#include <vector>

#include "annalist/text.h"
#include "lexicon/token_cache.h"
#include "lexicon/word_table.h"

namespace annalist::lexicon_internal {

struct TrieKey {
  uint32_t word;
  WordMode mode;
  bool adjacent;
};

struct TrieMatch {
  uint32_t value = ~0u;
  uint32_t length = 0;  // tokens
  uint32_t words = 0;   // dictionary words matched
  uint32_t chars = 0;   // bytes of dictionary words matched
};

class PhraseTrie {
 public:
  PhraseTrie();
  // Inserts; returns the previous value at that phrase (~0u when new).
  uint32_t Insert(const std::vector<TrieKey>& keys, uint32_t value);
  // Freezes the trie into flat arrays; `words` holds every word inserted.
  void Compile(const WordTable& words);
  size_t size() const { return values_; }
  size_t bytes() const;
  // After Compile: ORs `bit` into (*marks)[w] for every word w on an edge
  // from the root (a phrase can only start at a token that has w among its
  // candidates), growing *marks as needed.
  template <typename T>
  void MarkStartWords(std::type_identity_t<T> bit, std::vector<T>* marks) const {
    if (nodes_.empty()) return;
    const Node& root = nodes_[0];
    for (uint32_t e = root.first_edge; e < root.first_edge + root.edge_count; ++e) {
      const uint32_t w = edges_[e].word;
      if (w >= marks->size()) marks->resize(size_t{w} + 1, 0);
      (*marks)[w] |= bit;
    }
  }

  // Longest match starting at token `pos` and ending by token `end` (at
  // most tokens.size()); false when none. `cache`, when not null, holds the
  // word candidates of `tokens` (TokenCache::Covers).
  bool Match(const WordTable& words, const TokenBuffer& tokens, size_t pos, size_t end, int max_gap,
             TrieMatch* out, const TokenCache* cache = nullptr) const;

 private:
  struct Node {
    uint32_t first_edge = 0;
    uint32_t edge_count = 0;
    uint32_t value = ~0u;
  };
  struct Edge {
    uint32_t word;
    uint32_t child;
    WordMode mode;
    bool adjacent;
    // Bytes of the word (Compile), so that a walk need not read the word
    // table; kLongWord when it does not fit.
    uint16_t chars = 0;
  };
  static constexpr uint16_t kLongWord = 0xffff;
  // What stays the same through one Match's walk, passed by one pointer.
  struct Walked {
    const WordTable& words;
    const TokenBuffer& tokens;
    const TokenCache* cache;
    TrieMatch* best;
    size_t pos;  // the first token
    size_t end;  // no token at or past it
    int max_gap;
  };
  void Walk(const Walked& w, uint32_t node, size_t tok, uint32_t off, uint32_t depth,
            uint32_t chars) const;

  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  // When the root has many edges: root_start_[w] is the index (from the
  // root's first edge) of its first edge with word >= w, for w up to the
  // largest root word + 1; empty otherwise (binary search).
  std::vector<uint32_t> root_start_;
  // Build time: open addressing (node, packed key) -> child.
  uint32_t* FindSlot(uint64_t packed);
  std::vector<uint64_t> build_keys_;
  std::vector<uint32_t> build_vals_;
  size_t build_size_ = 0;
  std::vector<std::vector<Edge>> build_edges_;
  size_t values_ = 0;
};

}  // namespace annalist::lexicon_internal

#endif  // ANNALIST_SRC_LEXICON_PHRASE_TRIE_H_
