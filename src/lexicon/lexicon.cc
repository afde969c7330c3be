// The compiled lexicon: entries, actor codes at a date, lookups by phrase.
// Matching in sentences is in matcher.cc.
#include "annalist/lexicon.h"

#include <atomic>

#include "annalist/datetime.h"
#include "annalist/text.h"
#include "lexicon/lexicon_data.h"
#include "lexicon/matcher.h"

namespace annalist {

using lexicon_internal::LexiconData;
using lexicon_internal::PhraseMatch;
using lexicon_internal::SentenceMatcher;
using lexicon_internal::VerbMatch;

namespace {

// A number no other Lexicon of this process has (a TokenCache's memo).
uint64_t NextLexiconSerial() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace

Lexicon::Lexicon(std::unique_ptr<LexiconData> data)
    : d_(std::move(data)), serial_(NextLexiconSerial()) {}
Lexicon::~Lexicon() = default;

size_t Lexicon::actor_count() const { return d_->actors.size(); }
size_t Lexicon::agent_count() const { return d_->agents.size(); }
size_t Lexicon::verb_count() const { return d_->verbs.size(); }
const ActorEntry& Lexicon::actor(uint32_t id) const { return d_->actors[id]; }
const AgentEntry& Lexicon::agent(uint32_t id) const { return d_->agents[id]; }
const VerbEntry& Lexicon::verb(uint32_t id) const { return d_->verbs[id]; }
const DiscardEntry& Lexicon::discard(uint32_t id) const { return d_->discards[id]; }
const IssueEntry& Lexicon::issue(uint32_t id) const { return d_->issues[id]; }
std::string_view Lexicon::CodeAt(uint32_t actor, const DateTime& date) const {
  return CodeAt(actor, ToYyyymmdd(date));
}

std::string_view Lexicon::CodeAt(uint32_t actor, int32_t ymd) const {
  const DatedCode* c = CodeEntryAt(actor, ymd);
  return c == nullptr ? std::string_view() : c->code;
}

const DatedCode* Lexicon::CodeEntryAt(uint32_t actor, int32_t ymd) const {
  if (actor >= d_->actors.size()) return nullptr;
  std::span<const DatedCode> codes = d_->actors[actor].codes;
  if (codes.empty()) return nullptr;
  if (ymd == 0) {
    for (const DatedCode& c : codes) {
      if (!c.restricted()) return &c;
    }
    for (const DatedCode& c : codes) {
      if (c.to == kNoDateBound) return &c;
    }
    return &codes.back();
  }
  for (const DatedCode& c : codes) {
    if (!c.restricted()) return &c;  // the default comes last
    if ((c.from == kNoDateBound || ymd >= c.from) && (c.to == kNoDateBound || ymd <= c.to)) {
      return &c;
    }
  }
  return nullptr;
}

void Lexicon::CombineAgent(std::string_view actor_code, const AgentEntry& agent, std::string* out) {
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
  if (SentenceMatcher(*this, tb).MatchVerb(0, &m) && m.length == tb.size()) return m.verb;
  return kNoId;
}

uint32_t Lexicon::FindActor(std::string_view phrase) const {
  TokenBuffer tb = WordsOf(phrase);
  PhraseMatch m;
  if (SentenceMatcher(*this, tb).MatchActor(0, &m) && m.length == tb.size()) return m.id;
  return kNoId;
}

uint32_t Lexicon::FindAgent(std::string_view phrase) const {
  TokenBuffer tb = WordsOf(phrase);
  PhraseMatch m;
  if (SentenceMatcher(*this, tb).MatchAgent(0, &m) && m.length == tb.size()) return m.id;
  return kNoId;
}

}  // namespace annalist

namespace annalist {

bool Lexicon::Resolve(std::string_view name, int32_t yyyymmdd, NameResolution* out) const {
  *out = NameResolution{};
  // The words as the coder reads them: tokens, hyphenated ones as pieces.
  TokenBuffer tokens;
  Tokenize(name, &tokens);
  std::vector<std::string_view> words;
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string_view norm = tokens.norm(i);
    while (!norm.empty()) {
      size_t dash = norm.find('-');
      if (dash != 0) words.push_back(norm.substr(0, dash));
      if (dash == std::string_view::npos) break;
      norm.remove_prefix(dash + 1);
    }
  }
  if (words.empty()) return false;
  auto join = [&](size_t from, size_t to) {
    std::string s;
    for (size_t i = from; i < to; ++i) {
      if (!s.empty()) s += ' ';
      s += words[i];
    }
    return s;
  };
  const size_t n = words.size();
  size_t split = n;  // words [0, split) are the actor's, the rest the agent's
  uint32_t actor_id = FindActor(join(0, n));
  uint32_t agent_id = actor_id == kNoId ? FindAgent(join(0, n)) : kNoId;
  if (agent_id != kNoId) split = 0;
  for (size_t k = n - 1; actor_id == kNoId && agent_id == kNoId && k >= 1; --k) {
    uint32_t a = FindActor(join(0, k));
    uint32_t g = a == kNoId ? kNoId : FindAgent(join(k, n));
    if (g != kNoId) {
      actor_id = a;
      agent_id = g;
      split = k;
    }
  }
  if (actor_id == kNoId && agent_id == kNoId) return false;
  out->actor = actor_id;
  out->agent = agent_id;
  out->actor_words = join(0, split);
  out->agent_words = join(split, n);
  if (actor_id != kNoId) {
    out->in_force = CodeEntryAt(actor_id, yyyymmdd);
    std::string_view code = out->in_force == nullptr ? std::string_view() : out->in_force->code;
    if (agent_id != kNoId && !code.empty() && code != "---") {
      CombineAgent(code, agent(agent_id), &out->code);
    } else {
      out->code.assign(code);
    }
  } else {
    const AgentEntry& g = agent(agent_id);
    out->code = g.prefix ? std::string(g.code) + "~" : "~" + std::string(g.code);
  }
  return true;
}

}  // namespace annalist
