// The phrase lookups of a Lexicon in one sentence (matcher.h), plain or
// through the caller's TokenCache.
#include "lexicon/matcher.h"

#include "lexicon/lexicon_data.h"

namespace annalist::lexicon_internal {

namespace {

bool ToPhrase(bool ok, const TrieMatch& t, PhraseMatch* m) {
  if (!ok) return false;
  m->id = t.value;
  m->length = t.length;
  return true;
}

// The verb of a verb list match.
void ToVerb(const LexiconData& d, const TrieMatch& t, VerbMatch* m) {
  const auto& form = d.verb_forms[t.value];
  m->verb = form.first;
  m->length = t.length;
  m->verb_offset = form.second < t.length ? form.second : 0;
}

const PhraseSet& ListOf(const LexiconData& d, PhraseList list) {
  switch (list) {
    case PhraseList::kNoun:
      return d.noun_phrases;
    case PhraseList::kAdjective:
      return d.adjective_phrases;
    case PhraseList::kDiscard:
      return d.discard_phrases;
    case PhraseList::kIssue:
      return d.issue_phrases;
  }
  return d.noun_phrases;
}

}  // namespace

bool HasPhrases(const Lexicon& lexicon, PhraseList list) {
  return ListOf(LexiconAccess::Data(lexicon), list).size() > 0;
}

size_t SynsetCount(const Lexicon& lexicon) {
  return LexiconAccess::Data(lexicon).synset_names.size();
}

std::string_view SynsetName(const Lexicon& lexicon, uint32_t synset) {
  const LexiconData& d = LexiconAccess::Data(lexicon);
  return synset < d.synset_names.size() ? d.synset_names[synset] : std::string_view();
}

std::span<const PatternElement> Alternative(const Lexicon& lexicon, const PatternElement& e,
                                            size_t i) {
  if (e.kind != PatternElement::kAlternatives || i >= e.count) return {};
  return LexiconAccess::Data(lexicon).alternatives[e.value + i];
}

uint32_t WordId(const Lexicon& lexicon, std::string_view norm) {
  return LexiconAccess::Data(lexicon).words.Find(norm);
}

std::string_view WordText(const Lexicon& lexicon, uint32_t id) {
  const WordTable& words = LexiconAccess::Data(lexicon).words;
  return id < words.size() ? words.Word(id) : std::string_view();
}

bool WordMatches(const Lexicon& lexicon, uint32_t word, bool stem, bool endings,
                 std::string_view token) {
  const WordTable& words = LexiconAccess::Data(lexicon).words;
  WordMode mode = stem ? WordMode::kStem : endings ? WordMode::kEndings : WordMode::kExact;
  return word < words.size() && words.Matches(word, mode, token);
}

SentenceMatcher::SentenceMatcher(const Lexicon& lexicon, const TokenBuffer& tokens)
    : SentenceMatcher(lexicon, tokens, nullptr) {}

SentenceMatcher::SentenceMatcher(const Lexicon& lexicon, const TokenBuffer& tokens,
                                 const TokenCache* cache)
    : lexicon_(&lexicon), d_(&LexiconAccess::Data(lexicon)), tokens_(&tokens), cache_(cache) {}

SentenceMatcher Bind(const Lexicon& lexicon, const TokenBuffer& tokens, TokenCache* cache) {
  const LexiconData& d = LexiconAccess::Data(lexicon);
  cache->Fill(&d, LexiconAccess::Serial(lexicon), d.words, tokens);
  return SentenceMatcher(lexicon, tokens, cache);
}

bool SentenceMatcher::MatchActor(size_t pos, PhraseMatch* m) const {
  TrieMatch t;
  return ToPhrase(d_->actor_phrases.Match(d_->words, *tokens_, pos, Cache(), &t), t, m);
}

bool SentenceMatcher::MatchAgent(size_t pos, PhraseMatch* m) const {
  TrieMatch t;
  return ToPhrase(d_->agent_phrases.Match(d_->words, *tokens_, pos, Cache(), &t), t, m);
}

bool SentenceMatcher::MatchVerb(size_t pos, VerbMatch* m) const {
  TrieMatch t;
  if (!d_->verb_phrases.Match(d_->words, *tokens_, pos, Cache(), &t)) return false;
  ToVerb(*d_, t, m);
  return true;
}

bool SentenceMatcher::Match(PhraseList list, size_t pos, PhraseMatch* m) const {
  TrieMatch t;
  return ToPhrase(ListOf(*d_, list).Match(d_->words, *tokens_, pos, Cache(), &t), t, m);
}

void SentenceMatcher::MatchPhrases(size_t pos, PhraseMatches* out) const {
  *out = PhraseMatches();
  const TokenCache* cache = Cache();
  // The start bits of every list at once; without the cache every list is
  // walked.
  const uint8_t starts = cache != nullptr ? cache->Starts(pos) : 0xff;
  if (starts == 0) return;
  TrieMatch t;
  auto walk = [&](const PhraseSet& list) {
    return (starts & list.start_bit()) != 0 && list.Walk(d_->words, *tokens_, pos, cache, &t);
  };
  if (walk(d_->actor_phrases)) ToPhrase(true, t, &out->actor);
  if (walk(d_->agent_phrases)) ToPhrase(true, t, &out->agent);
  if (walk(d_->noun_phrases)) ToPhrase(true, t, &out->noun);
  if (walk(d_->adjective_phrases)) ToPhrase(true, t, &out->adjective);
  if (walk(d_->verb_phrases)) ToVerb(*d_, t, &out->verb);
}

bool SentenceMatcher::MatchSynset(uint32_t synset, size_t pos, uint32_t* length) const {
  if (synset >= d_->synset_tries.size()) return false;
  const TokenCache* cache = Cache();
  if (cache != nullptr && !cache->MayStartSynset(pos, synset)) return false;
  TrieMatch t;
  // Synset phrases are consecutive words.
  if (!d_->synset_tries[synset].Match(d_->words, *tokens_, pos, tokens_->size(), 0, &t, cache))
    return false;
  *length = t.length;
  return true;
}

void SentenceMatcher::SynsetStarts(std::vector<uint64_t>* out) const {
  out->assign(tokens_->size(), ~uint64_t{0});
  const TokenCache* cache = Cache();
  if (cache == nullptr) return;
  // As cache->SynsetStarts(i) per token (the cache covers every token), with
  // the arrays in locals: a store to *out may alias the cache's token_count,
  // which the compiler would otherwise reload per token.
  const uint32_t* first = cache->first_piece.data();
  const CachedPiece* pieces = cache->pieces.data();
  uint64_t* starts = out->data();
  const size_t n = cache->token_count;
  for (size_t i = 0; i < n; ++i) {
    starts[i] = first[i] < first[i + 1] ? pieces[first[i]].synset_starts : 0;
  }
}

bool SentenceMatcher::MatchElement(const PatternElement& e, size_t pos, uint32_t* length) const {
  if (pos >= tokens_->size()) return false;
  switch (e.kind) {
    case PatternElement::kWord:
      if (!WordMatches(*lexicon_, e.value, e.stem, e.endings, tokens_->norm(pos))) return false;
      *length = 1;
      return true;
    case PatternElement::kSynset:
      return MatchSynset(e.value, pos, length);
    case PatternElement::kAlternatives: {
      uint32_t best = 0;
      bool found = false;
      for (size_t i = 0; i < e.count; ++i) {
        size_t p = pos;
        bool ok = true;
        for (const PatternElement& sub : Alternative(*lexicon_, e, i)) {
          uint32_t len = 0;
          if (sub.kind != PatternElement::kWord && sub.kind != PatternElement::kSynset &&
              sub.kind != PatternElement::kAlternatives) {
            continue;  // actor markers inside alternatives are not matched here
          }
          if (!MatchElement(sub, p, &len)) {
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

}  // namespace annalist::lexicon_internal
