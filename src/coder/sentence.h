// The coder's view of one sentence: every token classified, actor mentions
// with their codes, compounds, pronoun references, dropped comma clauses and
// clause boundaries. Internal to the coder; lives in CoderScratch so that
// nothing is allocated per token once the buffers are warm.
#ifndef ANNALIST_CODER_SENTENCE_H_
#define ANNALIST_CODER_SENTENCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/coder.h"
#include "annalist/lexicon.h"
#include "annalist/text.h"
#include "lexicon/matcher.h"

namespace annalist::coder_internal {

enum class Kind : uint8_t {
  kOther = 0,
  kActor,  // first token of an actor phrase (see Word::actor)
  kAgent,
  kVerb,
  kNoun,  // listed noun, verb shifted to noun, null-coded actor
  kAdjective,
  kDeterminer,
  kPronoun,
  kConj,
  kComma,
  kAuxiliary,  // WAS WERE BEEN
  kBy,
  kPunct,
  kInside,  // a later token of a phrase that starts earlier
};

struct Word {
  Kind kind = Kind::kOther;
  bool dropped = false;   // inside an eliminated comma clause
  bool joined = false;    // conjunction or comma inside a compound phrase
  bool locative = false;  // a place after "in"/"at"/...: no actor search finds it
  bool venue = false;     // a capital after "in"/"at"/... past the first verb:
                          // no actor of a meeting's events (rule d)
  uint32_t length = 1;    // tokens covered by the phrase starting here
  uint32_t id = kNoId;    // actor / agent / verb entry
  uint32_t verb_offset = 0;
  int32_t mention = -1;  // index into ParsedSentence::mentions of the actor here
};

// An actor as found in the sentence, with its agents applied. A coded
// compound ("G7") or a pronoun that refers to a compound gives several
// mentions with the same `group`.
struct ActorMention {
  uint32_t first = 0, last = 0;            // tokens [first, last): the whole phrase
  uint32_t code_begin = 0, code_size = 0;  // into ParsedSentence::codes
  uint32_t text_begin = 0, text_size = 0;  // bytes of the text it stands for
  int32_t group = -1;    // compound group (ParsedSentence::groups), -1 when single
  bool pronoun = false;  // a resolved pronoun or "the country"
};

struct Group {
  int32_t first_mention = 0, mention_count = 0;  // consecutive mentions
};

struct Clause {
  uint32_t begin = 0, end = 0;  // tokens [begin, end)
};

// A referent remembered across sentences of a document.
struct Referent {
  std::string text;
  std::vector<std::string> codes;  // one per member of a compound
};

// Tokens [begin, end) of an actor phrase (parse.cc).
struct PhraseRange {
  uint32_t begin, end;
};

// The parser's work buffers (contents meaningless between sentences).
struct ParseBuffers {
  std::string combined, convert, country, sector;
  std::vector<PhraseRange> phrases;
  std::vector<size_t> commas;
};

struct ParsedSentence {
  std::string_view text;
  TokenBuffer tokens;
  // The dictionary word candidates of `tokens`: filled once per sentence
  // (lexicon_internal::Bind, in Coder::CodeSentence) and read by every
  // lookup through Matcher(). Forgotten by Clear().
  lexicon_internal::TokenCache token_cache;
  // The lexicon's lookups in this sentence, through the cache.
  lexicon_internal::SentenceMatcher Matcher(const Lexicon& lexicon) const {
    return lexicon_internal::SentenceMatcher(lexicon, tokens, &token_cache);
  }
  std::vector<Word> words;
  std::vector<ActorMention> mentions;  // in token order (sorted by `first`)
  std::vector<Group> groups;
  std::vector<Clause> clauses;
  // Tokens where a TABARI <TIME> phrase starts (its entry in Word::id, the
  // token's kind kOther: a time phrase is not a verb).
  std::vector<uint32_t> time_phrases;
  std::string codes;          // arena of actor codes
  std::string external_text;  // arena for texts from earlier sentences
  std::string spaced_text;    // the text with '_' read as blanks, when it has any
  ParseBuffers buffers;
  // Bloom of the 1-, 2- and 3-byte prefixes of every token: a dictionary
  // word (exact, with endings or a stem) can only match a token that starts
  // with it, so it needs the bit of its own prefix of min(3, size) bytes.
  // Bit kBloomAlways, past them, is always set (Clear).
  static constexpr uint32_t kBloomBits = 4096;
  static constexpr uint32_t kBloomAlways = kBloomBits;
  uint64_t bloom[kBloomBits / 64 + 1] = {};
  // Per token: SentenceMatcher::SynsetStarts (filled once the cache is;
  // a token past its end may start any synset).
  std::vector<uint64_t> synset_starts;
  bool MayStartSynset(size_t pos, uint32_t synset) const {
    return pos >= synset_starts.size() || ((synset_starts[pos] >> (synset & 63)) & 1) != 0;
  }
  // Rule d, while CodeClauses codes a verb of meeting and agreeing: the
  // venue words are no actors. Coder scratch, set per verb.
  mutable bool venues_barred = false;
  bool discard = false;
  bool complex = false;
  bool all_caps = false;
  // Some word is dropped (Word::dropped): set with it by FindClauses, cleared
  // by RestoreCommaClauses; the matcher skips dropped words only when set.
  bool any_dropped = false;

  void Clear() {
    words.clear();
    mentions.clear();
    groups.clear();
    clauses.clear();
    time_phrases.clear();
    codes.clear();
    external_text.clear();
    token_cache.Clear();
    discard = complex = all_caps = any_dropped = false;
    for (uint64_t& b : bloom) b = 0;
    bloom[kBloomAlways >> 6] |= uint64_t{1} << (kBloomAlways & 63);
  }
  // The bloom bit of the first min(3, size) bytes of a word (0 when empty).
  static uint32_t BloomBit(std::string_view w) {
    uint32_t h = static_cast<uint32_t>(w.size() < 3 ? w.size() : 3);
    for (size_t i = 0; i < w.size() && i < 3; ++i) {
      h = h * 257u + static_cast<unsigned char>(w[i]);
    }
    return (h * 2654435761u) >> 20;  // 0..4095
  }
  // Sets the bits of the token's first 1, 2 and 3 bytes: BloomBit of each
  // prefix, written out (the hash's seed is the prefix length).
  void AddToBloom(std::string_view token) {
    const size_t n = token.size();
    if (n == 0) return;
    const uint32_t c0 = static_cast<unsigned char>(token[0]);
    SetBloom(((1u * 257u + c0) * 2654435761u) >> 20);
    if (n == 1) return;
    const uint32_t c1 = static_cast<unsigned char>(token[1]);
    SetBloom((((2u * 257u + c0) * 257u + c1) * 2654435761u) >> 20);
    if (n == 2) return;
    const uint32_t c2 = static_cast<unsigned char>(token[2]);
    SetBloom(((((3u * 257u + c0) * 257u + c1) * 257u + c2) * 2654435761u) >> 20);
  }
  void SetBloom(uint32_t b) { bloom[b >> 6] |= uint64_t{1} << (b & 63); }
  bool BloomHas(uint32_t b) const { return (bloom[b >> 6] >> (b & 63)) & 1; }
  std::string_view Code(const ActorMention& m) const {
    return std::string_view(codes).substr(m.code_begin, m.code_size);
  }
  std::string_view Text(const ActorMention& m) const;
  std::string_view Norm(size_t i) const { return tokens.norm(i); }
  // True when token i is a possessive pronoun standing for an actor (ITS,
  // HIS, THEIR): TABARI's actor searches and pattern actor tokens pass over
  // it ("Iraq said Iran had kept up its attacks": Iran). HER, also an object
  // pronoun, is not one.
  bool Possessive(size_t i) const {
    const int32_t m = words[i].mention;
    if (m < 0 || !mentions[m].pronoun) return false;
    std::string_view t = Norm(i);
    return t == "ITS" || t == "HIS" || t == "THEIR";
  }
  size_t size() const { return words.size(); }
};

// Document context for references across sentences.
struct Context {
  bool active = false;
  Referent first_actor;      // first actor of the previous coded sentence
  Referent first_compound;   // its first compound, if any
  Referent last_country;     // most recent country-only actor
  Referent last_group;       // most recent non-state / organisation actor
  Referent last_government;  // most recent government actor
  void Clear() {
    active = false;
    first_actor.codes.clear();
    first_compound.codes.clear();
    last_country.codes.clear();
    last_group.codes.clear();
    last_government.codes.clear();
  }
};

// Steps 1-2 of the algorithm (parse.cc): classify, attach agents, find
// compounds, resolve pronouns, drop comma clauses, split clauses.
void ParseSentence(const Lexicon& lexicon, const CoderOptions& options, const DateTime& date,
                   Context* context, ParsedSentence* s);

// Steps 4-6 (clauses.cc), run by ParseSentence: links parsed compounds,
// drops comma clauses, splits clauses. `petrarch`: the sentence's verbs come
// from PETRARCH blocks (PETRARCH's noun phrase rules for compounds).
void FindClauses(const CoderOptions& options, bool petrarch, ParsedSentence* s);

// True when token `i` is capitalised in the middle of a mixed-case sentence
// (not after a quote or a sentence mark).
bool Capitalised(const ParsedSentence& s, size_t i);

// Undoes the comma-clause step: no word is dropped, and the clauses are
// split again. False (and nothing changed) when nothing was dropped.
bool RestoreCommaClauses(ParsedSentence* s);

// Updates the document context from a parsed sentence.
void RememberReferents(const ParsedSentence& s, Context* context);

}  // namespace annalist::coder_internal

#endif  // ANNALIST_CODER_SENTENCE_H_
