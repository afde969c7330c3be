#include "lexicon/phrase_set.h"

#include "lexicon/lexicon_data.h"

namespace annalist::lexicon_internal {

PhraseMatcher::PhraseMatcher() = default;

bool PhraseMatcher::Add(std::string_view phrase, uint32_t id) {
  if (compiled_ || id == ~0u) return false;
  Phrase words;
  if (!SplitPhrase(phrase, /*tabari=*/false, &words)) return false;
  std::vector<TrieKey> keys;
  keys.reserve(words.size());
  for (const PhraseWord& w : words) {
    keys.push_back(
        TrieKey{words_.Intern(w.text, WordMode::kExact), WordMode::kExact, /*adjacent=*/true});
  }
  set_.Insert(keys, id);
  return true;
}

void PhraseMatcher::Compile() {
  if (compiled_) return;
  words_.Freeze();
  set_.Compile(words_);
  compiled_ = true;
}

bool PhraseMatcher::Match(const TokenBuffer& tokens, size_t pos, PhraseSpan* out,
                          size_t end) const {
  if (!compiled_) return false;
  TrieMatch t;
  if (!set_.Match(words_, tokens, pos, nullptr, &t, end)) return false;
  out->begin = static_cast<uint32_t>(pos);
  out->length = t.length;
  out->id = t.value;
  return true;
}

void PhraseMatcher::FindAll(const TokenBuffer& tokens, std::vector<PhraseSpan>* out) const {
  out->clear();
  PhraseSpan m;
  for (size_t pos = 0; pos < tokens.size();) {
    if (Match(tokens, pos, &m)) {
      out->push_back(m);
      pos += m.length;
    } else {
      ++pos;
    }
  }
}

}  // namespace annalist::lexicon_internal
