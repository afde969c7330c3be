// Lexicon lookups over the compiled data.
#include "annalist/lexicon.h"

#include <atomic>

#include "annalist/datetime.h"
#include "annalist/text.h"
#include "lexicon/lexicon_data.h"
#include "lexicon/token_cache.h"

namespace annalist {

using lexicon_internal::kStartsActor;
using lexicon_internal::kStartsAdjective;
using lexicon_internal::kStartsAgent;
using lexicon_internal::kStartsDiscard;
using lexicon_internal::kStartsIssue;
using lexicon_internal::kStartsNoun;
using lexicon_internal::kStartsVerb;
using lexicon_internal::LexiconData;
using lexicon_internal::PhraseTrie;
using lexicon_internal::TokenCacheData;
using lexicon_internal::TrieMatch;

namespace {

// A number no other Lexicon of this process has (LexiconTokenCache's memo).
uint64_t NextLexiconSerial() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

// The calling thread's bound LexiconTokenCache (null when none).
thread_local const TokenCacheData* t_token_cache = nullptr;

// The bound cache when it was filled for `tokens` of `data`, else null.
const TokenCacheData* CacheFor(const lexicon_internal::LexiconData* data,
                               const TokenBuffer& tokens) {
  const TokenCacheData* c = t_token_cache;
  return c != nullptr && c->Covers(data, tokens) ? c : nullptr;
}

// Longest match of `trie` at `pos`; with the cache, a token none of whose
// candidates starts a phrase of the trie (StartBit `bit`) is answered
// without walking it.
bool MatchTrie(const LexiconData& d, const PhraseTrie& trie, uint8_t bit,
               const TokenBuffer& tokens, size_t pos, TrieMatch* t) {
  const TokenCacheData* cache = CacheFor(&d, tokens);
  if (cache != nullptr && !cache->MayStart(pos, bit)) return false;
  return trie.Match(d.words, tokens, pos, kMaxPhraseGap, t, cache);
}

}  // namespace

LexiconTokenCache::LexiconTokenCache()
    : d_(std::make_unique<TokenCacheData>()) {}

LexiconTokenCache::~LexiconTokenCache() { Release(); }

void LexiconTokenCache::Bind(const Lexicon& lexicon,
                             const TokenBuffer& tokens) {
  d_->Fill(lexicon.d_.get(), lexicon.serial_, lexicon.d_->words, tokens);
  t_token_cache = d_.get();
}

void LexiconTokenCache::Release() {
  if (t_token_cache == d_.get()) t_token_cache = nullptr;
  d_->lexicon = nullptr;
  d_->tokens = nullptr;
}

Lexicon::Lexicon(std::unique_ptr<LexiconData> data)
    : d_(std::move(data)), serial_(NextLexiconSerial()) {}
Lexicon::~Lexicon() = default;

static bool ToPhrase(bool ok, const TrieMatch& t, PhraseMatch* m) {
  if (!ok) return false;
  m->id = t.value;
  m->length = t.length;
  return true;
}

bool Lexicon::MatchActor(const TokenBuffer& tokens, size_t pos,
                         PhraseMatch* m) const {
  TrieMatch t;
  return ToPhrase(MatchTrie(*d_, d_->actor_trie, kStartsActor, tokens, pos, &t),
                  t, m);
}

bool Lexicon::MatchAgent(const TokenBuffer& tokens, size_t pos,
                         PhraseMatch* m) const {
  TrieMatch t;
  return ToPhrase(MatchTrie(*d_, d_->agent_trie, kStartsAgent, tokens, pos, &t),
                  t, m);
}

// The verb of a verb trie match.
static void ToVerb(const LexiconData& d, const TrieMatch& t, VerbMatch* m) {
  const auto& form = d.verb_forms[t.value];
  m->verb = form.first;
  m->length = t.length;
  m->verb_offset = form.second < t.length ? form.second : 0;
}

bool Lexicon::MatchVerb(const TokenBuffer& tokens, size_t pos,
                        VerbMatch* m) const {
  TrieMatch t;
  if (!MatchTrie(*d_, d_->verb_trie, kStartsVerb, tokens, pos, &t)) {
    return false;
  }
  ToVerb(*d_, t, m);
  return true;
}

void Lexicon::MatchPhrases(const TokenBuffer& tokens, size_t pos,
                           PhraseMatches* out) const {
  *out = PhraseMatches();
  const TokenCacheData* cache = CacheFor(d_.get(), tokens);
  // Without the cache every list is walked.
  const uint8_t starts = cache != nullptr ? cache->Starts(pos) : 0xff;
  if (starts == 0) return;
  TrieMatch t;
  auto walk = [&](const PhraseTrie& trie, uint8_t bit) {
    return (starts & bit) != 0 &&
           trie.Match(d_->words, tokens, pos, kMaxPhraseGap, &t, cache);
  };
  if (walk(d_->actor_trie, kStartsActor)) ToPhrase(true, t, &out->actor);
  if (walk(d_->agent_trie, kStartsAgent)) ToPhrase(true, t, &out->agent);
  if (walk(d_->noun_trie, kStartsNoun)) ToPhrase(true, t, &out->noun);
  if (walk(d_->adjective_trie, kStartsAdjective))
    ToPhrase(true, t, &out->adjective);
  if (walk(d_->verb_trie, kStartsVerb)) ToVerb(*d_, t, &out->verb);
}

bool Lexicon::HasPhrases(PhraseList list) const {
  switch (list) {
    case PhraseList::kNoun: return d_->noun_trie.size() > 0;
    case PhraseList::kAdjective: return d_->adjective_trie.size() > 0;
    case PhraseList::kDiscard: return d_->discard_trie.size() > 0;
    case PhraseList::kIssue: return d_->issue_trie.size() > 0;
  }
  return false;
}

bool Lexicon::Match(PhraseList list, const TokenBuffer& tokens, size_t pos,
                    PhraseMatch* m) const {
  const PhraseTrie* trie = nullptr;
  uint8_t bit = 0;
  switch (list) {
    case PhraseList::kNoun:
      trie = &d_->noun_trie;
      bit = kStartsNoun;
      break;
    case PhraseList::kAdjective:
      trie = &d_->adjective_trie;
      bit = kStartsAdjective;
      break;
    case PhraseList::kDiscard:
      trie = &d_->discard_trie;
      bit = kStartsDiscard;
      break;
    case PhraseList::kIssue:
      trie = &d_->issue_trie;
      bit = kStartsIssue;
      break;
  }
  TrieMatch t;
  return ToPhrase(MatchTrie(*d_, *trie, bit, tokens, pos, &t), t, m);
}

bool Lexicon::MatchSynset(uint32_t synset, const TokenBuffer& tokens,
                          size_t pos, uint32_t* length) const {
  if (synset >= d_->synset_tries.size()) return false;
  const TokenCacheData* cache = CacheFor(d_.get(), tokens);
  if (cache != nullptr && !cache->MayStartSynset(pos, synset)) return false;
  TrieMatch t;
  // Synset phrases are consecutive words.
  if (!d_->synset_tries[synset].Match(d_->words, tokens, pos, 0, &t, cache)) {
    return false;
  }
  *length = t.length;
  return true;
}

void Lexicon::SynsetStarts(const TokenBuffer& tokens,
                           std::vector<uint64_t>* out) const {
  out->assign(tokens.size(), ~uint64_t{0});
  const TokenCacheData* cache = CacheFor(d_.get(), tokens);
  if (cache == nullptr) return;
  for (size_t i = 0; i < tokens.size(); ++i) (*out)[i] = cache->SynsetStarts(i);
}

bool Lexicon::WordMatches(uint32_t word, bool stem, bool endings,
                          std::string_view token) const {
  using lexicon_internal::WordMode;
  WordMode mode = stem ? WordMode::kStem
                  : endings ? WordMode::kEndings : WordMode::kExact;
  return word < d_->words.size() && d_->words.Matches(word, mode, token);
}

bool Lexicon::MatchElement(const PatternElement& e, const TokenBuffer& tokens,
                           size_t pos, uint32_t* length) const {
  if (pos >= tokens.size()) return false;
  switch (e.kind) {
    case PatternElement::kWord:
      if (!WordMatches(e.value, e.stem, e.endings, tokens.norm(pos))) return false;
      *length = 1;
      return true;
    case PatternElement::kSynset:
      return MatchSynset(e.value, tokens, pos, length);
    case PatternElement::kAlternatives: {
      uint32_t best = 0;
      bool found = false;
      for (size_t i = 0; i < e.count; ++i) {
        std::span<const PatternElement> alt = Alternative(e, i);
        size_t p = pos;
        bool ok = true;
        for (const PatternElement& sub : alt) {
          uint32_t len = 0;
          if (sub.kind != PatternElement::kWord &&
              sub.kind != PatternElement::kSynset &&
              sub.kind != PatternElement::kAlternatives) {
            continue;  // actor markers inside alternatives are not matched here
          }
          if (!MatchElement(sub, tokens, p, &len)) {
            ok = false;
            break;
          }
          p += len;
        }
        if (ok && p > pos && (!found || p - pos > best)) {
          best = static_cast<uint32_t>(p - pos);
          found = true;
        }
      }
      if (found) *length = best;
      return found;
    }
    default:
      return false;
  }
}

size_t Lexicon::actor_count() const { return d_->actors.size(); }
size_t Lexicon::agent_count() const { return d_->agents.size(); }
size_t Lexicon::verb_count() const { return d_->verbs.size(); }
size_t Lexicon::synset_count() const { return d_->synset_names.size(); }
const ActorEntry& Lexicon::actor(uint32_t id) const { return d_->actors[id]; }
const AgentEntry& Lexicon::agent(uint32_t id) const { return d_->agents[id]; }
const VerbEntry& Lexicon::verb(uint32_t id) const { return d_->verbs[id]; }
const DiscardEntry& Lexicon::discard(uint32_t id) const { return d_->discards[id]; }
const IssueEntry& Lexicon::issue(uint32_t id) const { return d_->issues[id]; }
std::string_view Lexicon::synset_name(uint32_t s) const {
  return s < d_->synset_names.size() ? d_->synset_names[s] : std::string_view();
}

std::span<const PatternElement> Lexicon::Alternative(const PatternElement& e,
                                                     size_t i) const {
  if (e.kind != PatternElement::kAlternatives || i >= e.count) return {};
  return d_->alternatives[e.value + i];
}

std::string_view Lexicon::CodeAt(uint32_t actor, const DateTime& date) const {
  return CodeAt(actor, ToYyyymmdd(date));
}

std::string_view Lexicon::CodeAt(uint32_t actor, int32_t ymd) const {
  if (actor >= d_->actors.size()) return {};
  std::span<const DatedCode> codes = d_->actors[actor].codes;
  if (codes.empty()) return {};
  if (ymd == 0) {
    for (const DatedCode& c : codes) {
      if (!c.restricted()) return c.code;
    }
    for (const DatedCode& c : codes) {
      if (c.to == kNoDateBound) return c.code;
    }
    return codes.back().code;
  }
  for (const DatedCode& c : codes) {
    if (!c.restricted()) return c.code;  // the default comes last
    if ((c.from == kNoDateBound || ymd >= c.from) &&
        (c.to == kNoDateBound || ymd <= c.to)) {
      return c.code;
    }
  }
  return {};
}

void Lexicon::CombineAgent(std::string_view actor_code, const AgentEntry& agent,
                           std::string* out) {
  out->assign(actor_code);
  std::string_view code = agent.code;
  // Already there on a 3-character boundary?
  for (size_t i = 0; i + code.size() <= actor_code.size(); i += 3) {
    if (actor_code.substr(i, code.size()) == code) return;
  }
  if (agent.prefix) {
    out->insert(0, code);
  } else {
    out->append(code);
  }
}

uint32_t Lexicon::WordId(std::string_view norm) const {
  return d_->words.Find(norm);
}
std::string_view Lexicon::Word(uint32_t id) const {
  return id < d_->words.size() ? d_->words.Word(id) : std::string_view();
}

const TabariOptions& Lexicon::options() const { return d_->options; }

namespace {

// A TokenBuffer holding the blank-separated words of `phrase` as they are.
TokenBuffer WordsOf(std::string_view phrase) {
  TokenBuffer tb;
  size_t start = 0;
  while (start <= phrase.size()) {
    size_t sp = phrase.find(' ', start);
    if (sp == std::string_view::npos) sp = phrase.size();
    if (sp > start) {
      Token t{};
      t.norm_begin = static_cast<uint32_t>(tb.mutable_norm().size());
      t.norm_size = static_cast<uint32_t>(sp - start);
      t.kind = Token::kWord;
      tb.mutable_norm().append(phrase.substr(start, sp - start));
      tb.mutable_tokens().push_back(t);
    }
    start = sp + 1;
  }
  return tb;
}

}  // namespace

uint32_t Lexicon::FindVerb(std::string_view form) const {
  auto it = d_->verb_by_form.find(std::string(form));
  if (it != d_->verb_by_form.end()) return it->second;
  // Stems and regular endings: match the words as a token sequence.
  TokenBuffer tb = WordsOf(form);
  VerbMatch m;
  if (MatchVerb(tb, 0, &m) && m.length == tb.size()) return m.verb;
  return kNoId;
}

uint32_t Lexicon::FindActor(std::string_view phrase) const {
  TokenBuffer tb = WordsOf(phrase);
  PhraseMatch m;
  if (MatchActor(tb, 0, &m) && m.length == tb.size()) return m.id;
  return kNoId;
}

uint32_t Lexicon::FindAgent(std::string_view phrase) const {
  TokenBuffer tb = WordsOf(phrase);
  PhraseMatch m;
  if (MatchAgent(tb, 0, &m) && m.length == tb.size()) return m.id;
  return kNoId;
}

}  // namespace annalist
