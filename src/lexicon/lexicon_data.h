// Internal: the data behind a Lexicon, filled by the readers through
// LexiconData's Add* methods and compiled by Compile(). Not a public header.
#ifndef ANNALIST_SRC_LEXICON_LEXICON_DATA_H_
#define ANNALIST_SRC_LEXICON_LEXICON_DATA_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "annalist/lexicon.h"
#include "lexicon/matcher.h"
#include "lexicon/phrase_set.h"
#include "lexicon/phrase_trie.h"
#include "lexicon/word_table.h"

namespace annalist::lexicon_internal {

// A phrase written in a dictionary, split into words with their flags.
struct PhraseWord {
  std::string text;  // normalised word
  WordMode mode = WordMode::kExact;
  bool adjacent = false;  // must directly follow the previous word
};
using Phrase = std::vector<PhraseWord>;

// Splits a dictionary phrase ("AL_GORE_", "SYRI", "FOREIGN MINISTER") into
// words. `tabari` selects TABARI word rules (stems, "=", "~"). Returns false
// when there is no word at all.
bool SplitPhrase(std::string_view text, bool tabari, Phrase* out);
// A TABARI actor, agent or noun phrase: its last word takes the plural "S"
// only, not the verb endings (manual 5.2.3), so US_ matches "US" but not
// "USED" or "USING".
void UseNounEndings(Phrase* phrase);
// Normalises one word: upper case, NFC, quotes and dashes folded.
std::string NormalizeWord(std::string_view word);
// The regular plural of an upper-case word: S; consonant+Y -> IES;
// S X Z CH SH -> ES.
std::string RegularPlural(std::string_view w);
// The regular verb forms of an upper-case verb: 3rd person S, past ED,
// present participle ING (final E, consonant+Y and CVC doubling rules).
std::vector<std::string> RegularVerbForms(std::string_view w);
// TABARI/PETRARCH pattern parsing (pattern_parser.cc). `body` is the text
// between "-" and "[". Appends to d's element store; false with *why set.
bool ParseTabariPattern(std::string_view body, LexiconData* d, VerbPattern* out, std::string* why);
bool ParsePetrarchPattern(std::string_view body, LexiconData* d, VerbPattern* out,
                          std::string* why);
// Sorts patterns longest first (stable) and stores them; returns the view.
std::span<const VerbPattern> KeepPatterns(std::vector<VerbPattern> p, LexiconData* d);
// Replaces "&NAME" references to earlier synsets in a synset phrase by each
// of that synset's phrases (raw text).
std::vector<std::string> ExpandSynsetRefs(std::string_view text, const LexiconData& d);

// "A B C" for messages and lookups.
std::string PhraseKey(const Phrase& p);

// One problem line writer: "NAME:LINE: reason: text".
void AddProblem(std::vector<std::string>* problems, std::string_view name, size_t line,
                std::string_view reason, std::string_view text);

// Which of LexiconData's phrase tries a word can start a phrase of
// (LexiconData::start_words, CachedPiece::starts).
enum StartBit : uint8_t {
  kStartsActor = 1,
  kStartsAgent = 2,
  kStartsVerb = 4,
  kStartsNoun = 8,
  kStartsAdjective = 16,
  kStartsDiscard = 32,
  kStartsIssue = 64,
};

struct LexiconData;

// The matcher's way into a Lexicon (its friend).
struct LexiconAccess {
  static const LexiconData& Data(const Lexicon& lexicon) { return *lexicon.d_; }
  static uint64_t Serial(const Lexicon& lexicon) { return lexicon.serial_; }
};

struct LexiconData {
  // Strings owned by the lexicon (an arena of 64 KiB blocks); views into
  // them stay valid.
  std::vector<std::unique_ptr<char[]>> blocks;
  size_t block_used = 0, arena_bytes = 0;
  std::string_view Keep(std::string_view s);

  WordTable words;

  std::deque<ActorEntry> actors;
  std::deque<std::vector<DatedCode>> actor_codes;
  std::deque<AgentEntry> agents;
  std::deque<VerbEntry> verbs;
  std::deque<std::vector<VerbPattern>> verb_patterns;  // per pattern group
  std::deque<std::vector<PatternElement>> element_store;
  std::vector<std::span<const PatternElement>> alternatives;
  std::deque<DiscardEntry> discards;
  std::deque<IssueEntry> issues;
  std::vector<std::string_view> synset_names;
  std::unordered_map<std::string, uint32_t> synset_ids;
  TabariOptions options;

  // The phrase lists, all over `words`; blank-separated words may have up
  // to kMaxPhraseGap words between them.
  PhraseSet actor_phrases{kStartsActor, kMaxPhraseGap};
  PhraseSet agent_phrases{kStartsAgent, kMaxPhraseGap};
  PhraseSet verb_phrases{kStartsVerb, kMaxPhraseGap};
  PhraseSet noun_phrases{kStartsNoun, kMaxPhraseGap};
  PhraseSet adjective_phrases{kStartsAdjective, kMaxPhraseGap};
  PhraseSet discard_phrases{kStartsDiscard, kMaxPhraseGap};
  PhraseSet issue_phrases{kStartsIssue, kMaxPhraseGap};
  // Per word id: the StartBit of every list above with a phrase starting
  // with that word. Filled by MarkStartWords once the lists are compiled.
  std::vector<uint8_t> start_words;
  // The same for the synset tries: bit s % 64 for synset s.
  std::vector<uint64_t> synset_start_words;
  void MarkStartWords();
  std::vector<PhraseTrie> synset_tries;
  std::vector<std::vector<std::string>> synset_raw;  // build time
  // Verb matches: trie value -> (verb id, verb offset).
  std::vector<std::pair<uint32_t, uint32_t>> verb_forms;
  std::unordered_map<std::string, uint32_t> verb_by_form;

  size_t overridden = 0;
  size_t transformations = 0;

  // --- Adding entries (the readers call these). Phrases are interned.
  uint32_t AddActor(const Phrase& primary, std::string_view origin);
  void AddActorSynonym(uint32_t actor, const Phrase& p);
  void SetActorCodes(uint32_t actor, std::vector<DatedCode> codes);
  uint32_t AddAgent(const Phrase& p, std::string_view code, bool prefix, std::string_view origin);
  void AddAgentForm(uint32_t agent, const Phrase& p);
  uint32_t SynsetId(std::string_view name, bool create);
  void AddSynsetPhrase(uint32_t synset, const Phrase& p);
  void AddNoun(const Phrase& p, bool adjective);
  void AddDiscard(const Phrase& p, bool whole_story, std::string_view origin);
  void AddIssue(const Phrase& p, std::string_view code, std::string_view category, uint8_t ignore,
                std::string_view origin);
  // A verb with its default code; patterns are attached with SetPatterns.
  uint32_t AddVerb(std::string_view headword, std::string_view block, std::string_view code,
                   std::string_view origin);
  // A form of verb `verb`: `p` with the verb word at `verb_offset`.
  void AddVerbForm(uint32_t verb, const Phrase& p, uint32_t verb_offset);
  // Interns a word sequence of elements and returns its stable view.
  std::span<const PatternElement> KeepElements(std::vector<PatternElement> e);
  uint32_t AddAlternative(std::span<const PatternElement> alt);

  uint32_t Intern(const PhraseWord& w) { return words.Intern(w.text, w.mode); }
  // Turns phrase words into trie keys.
  std::vector<TrieKey> Keys(const Phrase& p);
};

// Parses a verb-code block "042", "031:032", "023?", "---" into a pattern's
// code fields; false when malformed.
bool ParseVerbCode(std::string_view raw, LexiconData* d, std::string_view* code,
                   std::string_view* paired, bool* subordinate, bool* dominant);

// Readers (tabari_reader.cc, petrarch_reader.cc).
void ReadTabariActors(std::string_view text, std::string_view name, LexiconData* d,
                      std::vector<std::string>* problems);
void ReadTabariAgents(std::string_view text, std::string_view name, LexiconData* d,
                      std::vector<std::string>* problems);
void ReadTabariVerbs(std::string_view text, std::string_view name, LexiconData* d,
                     std::vector<std::string>* problems);
void ReadPetrarchActors(std::string_view text, std::string_view name, LexiconData* d,
                        std::vector<std::string>* problems);
void ReadPetrarchAgents(std::string_view text, std::string_view name, LexiconData* d,
                        std::vector<std::string>* problems);
void ReadPetrarchVerbs(std::string_view text, std::string_view name, LexiconData* d,
                       std::vector<std::string>* problems);
void ReadPetrarchDiscards(std::string_view text, std::string_view name, LexiconData* d,
                          std::vector<std::string>* problems);
void ReadPetrarchIssues(std::string_view text, std::string_view name, LexiconData* d,
                        std::vector<std::string>* problems);

// annalist .lex files (lex_reader.cc). The files of one spec are read
// together: sets are shared across them, and a phrase or verb defined twice
// among them is a problem.
struct LexSource {
  std::string_view name;  // for problems and origins
  std::string_view text;
};
void ReadAnnalistLex(std::span<const LexSource> files, LexiconData* d,
                     std::vector<std::string>* problems);

// Splits text into lines (LF, CRLF or CR), repairs invalid UTF-8 (Mac-Roman
// bytes) to U+FFFD.
std::vector<std::string_view> SplitLines(std::string_view text, std::string* storage);

}  // namespace annalist::lexicon_internal

#endif  // ANNALIST_SRC_LEXICON_LEXICON_DATA_H_
