#include "lexicon/phrase_trie.h"

#include <algorithm>

namespace annalist::lexicon_internal {
namespace {

uint64_t Pack(uint32_t node, const TrieKey& k) {
  return (uint64_t{node} << 35) | (uint64_t{k.word} << 3) | (static_cast<uint64_t>(k.mode) << 1) |
         (k.adjacent ? 1 : 0);
}

constexpr size_t kMaxDepth = 48;

// splitmix64's finalizer: every input bit reaches the low bits used as index.
uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

}  // namespace

PhraseTrie::PhraseTrie() {
  nodes_.emplace_back();
  build_edges_.emplace_back();
}

// Returns the value slot for `packed` (~0u when absent), growing as needed.
uint32_t* PhraseTrie::FindSlot(uint64_t packed) {
  if ((build_size_ + 1) * 2 > build_keys_.size()) {
    std::vector<uint64_t> keys(std::max<size_t>(64, build_keys_.size() * 2), 0);
    std::vector<uint32_t> vals(keys.size(), ~0u);
    size_t mask = keys.size() - 1;
    for (size_t i = 0; i < build_keys_.size(); ++i) {
      if (build_vals_[i] == ~0u) continue;
      size_t j = Mix(build_keys_[i]) & mask;
      while (vals[j] != ~0u) j = (j + 1) & mask;
      keys[j] = build_keys_[i];
      vals[j] = build_vals_[i];
    }
    build_keys_.swap(keys);
    build_vals_.swap(vals);
  }
  size_t mask = build_keys_.size() - 1;
  size_t j = Mix(packed) & mask;
  while (build_vals_[j] != ~0u && build_keys_[j] != packed) j = (j + 1) & mask;
  build_keys_[j] = packed;
  return &build_vals_[j];
}

uint32_t PhraseTrie::Insert(const std::vector<TrieKey>& keys, uint32_t value) {
  uint32_t node = 0;
  for (const TrieKey& k : keys) {
    uint32_t* slot = FindSlot(Pack(node, k));
    if (*slot != ~0u) {
      node = *slot;
      continue;
    }
    uint32_t child = static_cast<uint32_t>(nodes_.size());
    *slot = child;
    ++build_size_;
    nodes_.emplace_back();
    build_edges_.emplace_back();
    build_edges_[node].push_back(Edge{k.word, child, k.mode, k.adjacent});
    node = child;
  }
  uint32_t old = nodes_[node].value;
  if (old == ~0u) ++values_;
  nodes_[node].value = value;
  return old;
}

void PhraseTrie::Compile(const WordTable& words) {
  edges_.clear();
  for (size_t n = 0; n < nodes_.size(); ++n) {
    std::vector<Edge>& e = build_edges_[n];
    for (Edge& edge : e) {
      const size_t size = words.Word(edge.word).size();
      edge.chars = size < kLongWord ? static_cast<uint16_t>(size) : kLongWord;
    }
    std::sort(e.begin(), e.end(), [](const Edge& a, const Edge& b) { return a.word < b.word; });
    nodes_[n].first_edge = static_cast<uint32_t>(edges_.size());
    nodes_[n].edge_count = static_cast<uint32_t>(e.size());
    edges_.insert(edges_.end(), e.begin(), e.end());
  }
  root_start_.clear();
  const Node& root = nodes_[0];
  if (root.edge_count > 64) {
    const Edge* first = edges_.data() + root.first_edge;
    uint32_t max_word = first[root.edge_count - 1].word;
    root_start_.resize(size_t{max_word} + 2);
    uint32_t e = 0;
    for (uint32_t w = 0; w <= max_word + 1; ++w) {
      while (e < root.edge_count && first[e].word < w) ++e;
      root_start_[w] = e;
    }
  }
  root_start_.shrink_to_fit();
  build_edges_.clear();
  build_edges_.shrink_to_fit();
  std::vector<uint64_t>().swap(build_keys_);
  std::vector<uint32_t>().swap(build_vals_);
  build_size_ = 0;
  nodes_.shrink_to_fit();
  edges_.shrink_to_fit();
}

size_t PhraseTrie::bytes() const {
  return nodes_.capacity() * sizeof(Node) + edges_.capacity() * sizeof(Edge) +
         root_start_.capacity() * sizeof(uint32_t);
}

bool PhraseTrie::Match(const WordTable& words, const TokenBuffer& tokens, size_t pos, size_t end,
                       int max_gap, TrieMatch* out, const TokenCache* cache) const {
  end = std::min(end, tokens.size());
  if (pos >= end || nodes_.empty()) return false;
  TrieMatch best;
  Walk(Walked{words, tokens, cache, &best, pos, end, max_gap}, 0, pos, 0, 0, 0);
  if (best.value == ~0u) return false;
  *out = best;
  return true;
}

void PhraseTrie::Walk(const Walked& w, uint32_t node, size_t tok, uint32_t off, uint32_t depth,
                      uint32_t chars) const {
  const WordTable& words = w.words;
  const TokenBuffer& tokens = w.tokens;
  const TokenCache* cache = w.cache;
  TrieMatch* best = w.best;
  const size_t pos = w.pos;
  const Node& n = nodes_[node];
  if (n.value != ~0u && off == 0 && depth > 0) {
    uint32_t len = static_cast<uint32_t>(tok - pos);
    // Longest in tokens; then more dictionary text (an exact word beats a
    // stem of it); then more words; then the value added last.
    bool better = best->value == ~0u || len > best->length ||
                  (len == best->length &&
                   (chars > best->chars ||
                    (chars == best->chars &&
                     (depth > best->words || (depth == best->words && n.value > best->value)))));
    if (better) *best = TrieMatch{n.value, len, depth, chars};
  }
  if (n.edge_count == 0 || depth >= kMaxDepth) return;
  const Edge* first = edges_.data() + n.first_edge;
  const Edge* last = first + n.edge_count;
  int gap_limit = (off != 0 || depth == 0) ? 0 : w.max_gap;
  for (int gap = 0; gap <= gap_limit; ++gap) {
    size_t q = tok + gap;
    if (q >= w.end) return;
    if (gap > 0 && tokens.tokens()[q - 1].kind == Token::kPunct) return;
    size_t next_tok = q + 1;
    uint32_t next_off = 0;
    WordHit local[kMaxCandidates];
    const WordHit* hits = local;
    size_t nh = 0;
    const CachedPiece* cached = cache ? cache->Find(q, off) : nullptr;
    if (cached != nullptr) {
      if (cached->next_off != 0) {
        next_tok = q;
        next_off = cached->next_off;
      }
      hits = cache->hits.data() + cached->hit_begin;
      nh = cached->hit_count;
    } else {
      std::string_view text = tokens.norm(q);
      if (off >= text.size()) return;
      std::string_view rest = text.substr(off);
      size_t dash = rest.find('-');
      // A token made only of dashes or ending in one is read whole.
      if (dash == 0 || dash == rest.size() - 1) dash = std::string_view::npos;
      std::string_view piece = rest.substr(0, dash);
      if (dash != std::string_view::npos) {
        next_tok = q;
        next_off = off + static_cast<uint32_t>(dash) + 1;
      }
      nh = words.Candidates(piece, local, kMaxCandidates);
    }
    const bool indexed = node == 0 && !root_start_.empty();
    for (size_t h = 0; h < nh; ++h) {
      const uint32_t word = hits[h].word;
      const Edge* e;
      const Edge* end = last;
      if (indexed) {
        // The range from the index alone: no edge is read when it is empty.
        if (word + size_t{1} >= root_start_.size()) continue;
        e = first + root_start_[word];
        end = first + root_start_[word + 1];
      } else {
        // Edges are sorted by word: most candidates fall outside them.
        if (word < first->word || word > last[-1].word) continue;
        e = std::lower_bound(first, last, word,
                             [](const Edge& a, uint32_t x) { return a.word < x; });
      }
      for (; e != end && e->word == word; ++e) {
        if (!ModeAccepts(e->mode, hits[h].hit)) continue;
        if (e->adjacent && gap > 0) continue;
        Walk(w, e->child, next_tok, next_off, depth + 1,
             chars + (e->chars != kLongWord ? e->chars
                                            : static_cast<uint32_t>(words.Word(e->word).size())));
      }
    }
    // Inside a hyphenated token nothing may be skipped; a skipped token must
    // be a word.
    if (tokens.tokens()[q].kind == Token::kPunct) return;
  }
}

}  // namespace annalist::lexicon_internal
