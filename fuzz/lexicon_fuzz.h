// The part shared by the dictionary fuzz targets: the input's own words as
// tokens, and every lexicon query run over them.
#ifndef ANNALIST_FUZZ_LEXICON_FUZZ_H_
#define ANNALIST_FUZZ_LEXICON_FUZZ_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annalist/lexicon.h"
#include "annalist/text.h"
#include "lexicon/matcher.h"  // the matching internals are fuzzed too

// At most 64 tokens: the input's blank- or line-separated words, as is.
inline annalist::TokenBuffer FuzzWordsAsTokens(std::string_view text) {
  annalist::TokenBuffer tokens;
  size_t start = 0;
  for (size_t i = 0; i <= text.size() && tokens.size() < 64; ++i) {
    if (i == text.size() || text[i] == ' ' || text[i] == '\n') {
      if (i > start) {
        annalist::Token t{};
        t.norm_begin = static_cast<uint32_t>(tokens.mutable_norm().size());
        t.norm_size = static_cast<uint32_t>(i - start);
        t.kind = annalist::Token::kWord;
        tokens.mutable_norm().append(text.substr(start, i - start));
        tokens.mutable_tokens().push_back(t);
      }
      start = i + 1;
    }
  }
  return tokens;
}

// Actors (with their dated codes), agents, verbs with every element of
// their patterns, and the discard and issue lists at every position; each
// lookup plain and through a token cache, which must agree (a difference
// traps).
inline void FuzzQueryLexicon(const annalist::Lexicon& lex, std::string_view text) {
  namespace li = annalist::lexicon_internal;
  const annalist::TokenBuffer tokens = FuzzWordsAsTokens(text);
  static li::TokenCache* cache = new li::TokenCache();  // one per process
  const li::SentenceMatcher plain(lex, tokens);
  const li::SentenceMatcher fast = li::Bind(lex, tokens, cache);
  auto same = [](bool a, bool b, uint32_t x, uint32_t y) {
    if (a != b || (a && x != y)) __builtin_trap();
    return a;
  };
  for (size_t pos = 0; pos < tokens.size(); ++pos) {
    li::PhraseMatch m, f;
    if (same(plain.MatchActor(pos, &m), fast.MatchActor(pos, &f), m.id * 64 + m.length,
             f.id * 64 + f.length))
      (void)lex.CodeAt(m.id, 20200101);
    same(plain.MatchAgent(pos, &m), fast.MatchAgent(pos, &f), m.id, f.id);
    for (li::PhraseList list : {li::PhraseList::kDiscard, li::PhraseList::kIssue}) {
      same(plain.Match(list, pos, &m), fast.Match(list, pos, &f), m.length, f.length);
    }
    li::VerbMatch vm, vf;
    if (same(plain.MatchVerb(pos, &vm), fast.MatchVerb(pos, &vf), vm.verb, vf.verb)) {
      for (const annalist::VerbPattern& p : lex.verb(vm.verb).patterns) {
        for (const li::PatternElement& e : li::Elements(p)) {
          uint32_t len = 0, len_fast = 0;
          same(plain.MatchElement(e, pos, &len), fast.MatchElement(e, pos, &len_fast), len,
               len_fast);
        }
      }
    }
  }
}

#endif  // ANNALIST_FUZZ_LEXICON_FUZZ_H_
