// The part shared by the dictionary fuzz targets: the input's own words as
// tokens, and every lexicon query run over them.
#ifndef ANNALIST_FUZZ_LEXICON_FUZZ_H_
#define ANNALIST_FUZZ_LEXICON_FUZZ_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annalist/lexicon.h"
#include "annalist/text.h"

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
// their patterns, and the discard and issue lists at every position.
inline void FuzzQueryLexicon(const annalist::Lexicon& lex, std::string_view text) {
  const annalist::TokenBuffer tokens = FuzzWordsAsTokens(text);
  for (size_t pos = 0; pos < tokens.size(); ++pos) {
    annalist::PhraseMatch m;
    if (lex.MatchActor(tokens, pos, &m)) (void)lex.CodeAt(m.id, 20200101);
    (void)lex.MatchAgent(tokens, pos, &m);
    (void)lex.Match(annalist::PhraseList::kDiscard, tokens, pos, &m);
    (void)lex.Match(annalist::PhraseList::kIssue, tokens, pos, &m);
    annalist::VerbMatch vm;
    if (lex.MatchVerb(tokens, pos, &vm)) {
      for (const annalist::VerbPattern& p : lex.verb(vm.verb).patterns) {
        for (const annalist::PatternElement& e : p.elements) {
          uint32_t len;
          (void)lex.MatchElement(e, tokens, pos, &len);
        }
      }
    }
  }
}

#endif  // ANNALIST_FUZZ_LEXICON_FUZZ_H_
