// Lexicon: the event-coding dictionaries (TABARI and PETRARCH2/Phoenix
// formats, and annalist's own), compiled into one immutable structure that a
// sparse coder queries token by token.
//
// Ownership and threads: LoadLexicon and LexiconBuilder::Build return a
// shared_ptr<const Lexicon>. A Lexicon never changes after it is built, so
// any number of threads may read it at once without locking. Every lookup is
// const and allocation-free. Views returned by a Lexicon (string_view, span,
// entry pointers) stay valid as long as the Lexicon lives.
//
// Failure: LoadLexicon fails (kNotFound, kIoError) only when a named file or
// directory cannot be read at all, or a spec names nothing it can recognise
// (kInvalidArgument). Bad lines inside a dictionary do not stop loading: each
// is skipped and reported in LexiconReport::problems as
// "FILE:LINE: reason: the text".
//
// Matching model (see docs/lexicon.md for the full semantics). The coder
// tokenizes a sentence with Tokenize() (text.h); tokens are upper-case, NFC,
// typographic variants folded, "'S" split off. Dictionary phrases are
// normalised the same way at load time (underscores and hyphens become word
// breaks). Each phrase word is one of:
//   - exact:  TABARI "WORD_" and every PETRARCH word; matches the token
//             itself, plus regular endings on the last word of actors and
//             agents (S ES ED EN ING D; not when the word ends in "=");
//   - stem:   TABARI "WORD" without "_"; matches any token starting with it.
// Between two words of a phrase, "_" requires the next word to follow
// immediately; a blank lets up to kMaxPhraseGap words come between (no
// punctuation token may be skipped). A token with internal hyphens
// ("AL-ASSAD") is read as its pieces, so it matches AL_ASSAD; a match always
// ends at a token boundary.
#ifndef ANNALIST_LEXICON_H_
#define ANNALIST_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"
#include "annalist/status.h"

namespace annalist {

class Lexicon;
class TokenBuffer;  // text.h
namespace lexicon_internal {
struct LexiconData;
struct TokenCacheData;
}

struct LexiconReport {
  std::vector<std::string> files;     // every dictionary file read, in order
  std::vector<std::string> problems;  // "FILE:LINE: reason: text"
  size_t actors = 0, agents = 0, verbs = 0, patterns = 0, discards = 0;
  size_t synsets = 0, issues = 0, nouns = 0, adjectives = 0;
  size_t words = 0;                   // distinct normalised words interned
  size_t overridden = 0;              // phrases/verbs replaced by a later spec
  size_t bytes = 0;                   // approximate size of the compiled data
  double seconds = 0;                 // wall time to load and compile
};

// Loads and compiles the dictionary sets named by `specs`, in order; a later
// set overrides an earlier one where both define the same phrase. A spec is:
//   - "default": annalist's built-in lexicon (the folder data/lexicon of the
//     source tree, or $ANNALIST_DATA_DIR/lexicon when that is set);
//   - a TABARI `.project` file (its actors, verbs, agents and options files,
//     relative to the project's folder);
//   - a PETRARCH `PETR_config.ini` (its [Dictionaries] files);
//   - a directory: its PETR_config.ini if present, else its only .project
//     file, else every dictionary file in it (by name, sorted);
//   - one dictionary file. Format by name: *.actors/*.verbs/*.agents/
//     *.options are TABARI; *.txt are PETRARCH (kind from the name:
//     "actors", "agents", "discards", "issue", else verbs).
// `report` may be null.
Result<std::shared_ptr<const Lexicon>> LoadLexicon(
    const std::vector<std::string>& specs, LexiconReport* report);

// ---------------------------------------------------------------------------
// Entries.

// "No entry": returned ids and the value of unused id fields.
inline constexpr uint32_t kNoId = 0xffffffffu;
// Words that may come between two blank-separated phrase words.
inline constexpr int kMaxPhraseGap = 3;

// Dates in codes are yyyymmdd integers; TABARI's YYMMDD years 00-30 are
// 2000-2030, 31-99 are 1931-1999. Bounds are inclusive.
inline constexpr int32_t kNoDateBound = 0;

// One actor code, possibly restricted to a date range. `code` is as written:
// "SYRGOV", a coded compound "GME/GMW" (split on '/'), the null code "---",
// or the discard code "###".
struct DatedCode {
  std::string_view code;
  int32_t from = kNoDateBound;  // first day it applies; 0 = since always
  int32_t to = kNoDateBound;    // last day it applies; 0 = for ever
  bool restricted() const { return from != 0 || to != 0; }
};

// An actor: a primary phrase with its synonyms (all matched as this entry)
// and its codes. `codes` holds the restricted codes in file order and then
// the default (unrestricted) code when there is one.
struct ActorEntry {
  uint32_t id = kNoId;
  std::string_view phrase;       // primary phrase, normalised ("BASHAR AL ASSAD")
  std::span<const DatedCode> codes;
  std::string_view origin;       // "FILE:LINE" of the primary phrase
};

// An agent ("FOREIGN MINISTER" -> ~GOVFRM). `code` is without the "~".
// `prefix` is true when the dictionary wrote "CODE~": the agent code goes
// before the actor's (organisations: NGO~); otherwise after (~GOV).
struct AgentEntry {
  uint32_t id = kNoId;
  std::string_view phrase;
  std::string_view code;
  bool prefix = false;
  std::string_view origin;
};

// One element of a compiled verb pattern. See docs/lexicon.md.
struct PatternElement {
  enum Kind : uint8_t {
    kWord,          // a dictionary word: `value` is its word id, `stem` set
                    // when it is a TABARI stem (prefix match)
    kSynset,        // any phrase of synset `value` (Lexicon::synset)
    kAlternatives,  // one of `count` alternatives; alternative i is
                    // Lexicon::Alternative(element, i), itself a sequence
    kVerb,          // "*": the verb itself (the matched verb phrase)
    kSource,        // "$": the source actor is here
    kTarget,        // "+": the target actor is here
    kCompound,      // "%": a compound actor, both source and target
    kSkipActor,     // "^": an actor here that is skipped
  };
  Kind kind = kWord;
  // True when this element must immediately follow the previous element
  // (TABARI "_" connector; words inside a PETRARCH {noun phrase}). The first
  // element after the verb with `adjacent` set must follow the verb directly.
  bool adjacent = false;
  bool stem = false;        // kWord only
  bool endings = false;     // kWord only: regular endings S/ES/ED/EN/ING allowed
  // PETRARCH syntactic role of a word: 0 none, 'P' preposition opening a
  // (...) group, 'H' head noun of a {...} group or bare noun.
  char role = 0;
  uint16_t count = 0;       // kAlternatives: number of alternatives
  uint32_t value = kNoId;   // word id, synset id, or first alternative index
};

// A verb pattern: elements before the verb (in text order), the verb, and
// elements after it, as one sequence containing exactly one kVerb element
// (index `verb_index`).
struct VerbPattern {
  std::span<const PatternElement> elements;
  uint32_t verb_index = 0;
  std::string_view code;         // event code: "042", "---" null, "###" discard,
                                 // "+++" complex; subordinate "?"/dominant "!"
                                 // suffixes are removed into the flags below
  std::string_view paired_code;  // TABARI/PETRARCH "[a:b]": the event b from
                                 // target to source; "" when none
  bool subordinate = false;      // "023?": only if no other event
  bool dominant = false;         // "111!": only dominant events are kept
  // TABARI length: letters and digits of fixed text (longest alternative);
  // patterns of a verb are stored longest first, so the coder takes the first
  // that matches.
  uint32_t weight = 0;
  std::string_view text;         // the original pattern line, for explanations
  std::string_view origin;       // "FILE:LINE"
};

// A verb: one dictionary headword (TABARI root or PETRARCH block member) with
// its default code and the patterns it shares with its block. Every form of
// it (regular or listed irregular) matches this entry.
struct VerbEntry {
  uint32_t id = kNoId;
  std::string_view headword;     // normalised, e.g. "MEET", "CORDON OFF"
  std::string_view block;        // PETRARCH block name ("MEET_PEOPLE"), or ""
  std::string_view code;         // default code of the isolated verb ("---" none)
  std::string_view paired_code;  // "" when none
  bool subordinate = false, dominant = false;
  // A TABARI <TIME> phrase (manual 10.5), not a verb: its codes (root and
  // patterns) are day offsets ("-1", "+7") or "---", "###", "+++".
  bool time_shift = false;
  std::span<const VerbPattern> patterns;  // longest first
  std::string_view origin;
};

// A TABARI .options file. Lines not understood are kept in `other`.
struct TabariOptions {
  std::vector<std::string> complex;  // argument of each "COMPLEX:" line
  std::map<std::string, std::string> sets;  // "SET: NAME = VALUE", upper-cased
                                            // name; "TRUE" when no value
  std::map<std::string, std::string> labels;  // "LABEL: 010=YIELD"
  std::vector<std::string> other;    // OUTPUT:, DEFAULT:, FORWARD:, ...
};

// A TABARI .project file. Paths are as written, and also resolved against
// the project's folder in the *_paths fields.
struct TabariProject {
  std::string path;                // the .project file itself
  std::string title;               // first line
  std::vector<std::string> actors, verbs, agents, options, text;
  std::vector<std::string> actor_paths, verb_paths, agent_paths,
      option_paths, text_paths;
  std::string coder;
  std::string event_file, problem_file, error_file;
};

// Reads a TABARI project file. Fails with kNotFound/kIoError when it cannot
// be read; unknown tags are ignored.
Result<TabariProject> ReadTabariProject(const std::string& path);
// The same from text; `path` gives the folder for the *_paths fields.
TabariProject ParseTabariProject(std::string_view text, const std::string& path);
// Reads a TABARI .options text. Problems go to *problems ("NAME:LINE: ...").
TabariOptions ParseTabariOptions(std::string_view text, std::string_view name,
                                 std::vector<std::string>* problems);

// A phrase found in a sentence: tokens [pos, pos + length), entry `id`.
struct PhraseMatch {
  uint32_t id = kNoId;
  uint32_t length = 0;
};

// A verb found in a sentence: tokens [pos, pos + length), of which the verb
// word itself is token pos + verb_offset (multi-word verbs such as
// PETRARCH "WIRE_+TAP" or TABARI "BURNED_DOWN").
struct VerbMatch {
  uint32_t verb = kNoId;
  uint32_t length = 0;
  uint32_t verb_offset = 0;
};

// Simple phrase lists, each matched like actors.
enum class PhraseList : uint8_t {
  kNoun,       // TABARI <NOUN>
  kAdjective,  // TABARI <ADJECTIVE>
  kDiscard,    // PETRARCH discards; DiscardEntry
  kIssue,      // PETRARCH issues; IssueEntry
};

// The phrases starting at one token, of every kind a coder classifies by
// (Lexicon::MatchPhrases): each is what MatchActor, MatchAgent,
// Match(kNoun), Match(kAdjective) and MatchVerb give, with length 0 when
// there is none.
struct PhraseMatches {
  PhraseMatch actor, agent, noun, adjective;
  VerbMatch verb;
};

struct DiscardEntry {
  std::string_view phrase;
  bool whole_story = false;  // "+PHRASE": discard the whole story
  std::string_view origin;
};

struct IssueEntry {
  std::string_view phrase;
  std::string_view code;      // "" for ignore phrases
  std::string_view category;  // <ISSUE CATEGORY="..."> around it
  uint8_t ignore = 0;         // 1 for "~phrase", 2 for "~~phrase": cancels
                              // issue coding of the sentence
  std::string_view origin;
};

// The kinds of dictionary text a LexiconBuilder reads.
enum class DictionaryFormat : uint8_t {
  kTabariActors,   // also holds <NOUN>, <ADJECTIVE> lists
  kTabariAgents,
  kTabariVerbs,    // also holds <SYNSETS>
  kTabariOptions,
  kPetrarchActors,
  kPetrarchAgents,
  kPetrarchVerbs,  // CAMEO.2.0 style: synsets, --- blocks ---, ~ transformations
  kPetrarchDiscards,
  kPetrarchIssues,
};

// Builds a Lexicon from dictionary texts and files. Not thread-safe; use one
// builder from one thread. Everything added later overrides what was added
// earlier for the same phrase (actors, agents, nouns, discards, issues) or the
// same headword (verbs) or synset name.
class LexiconBuilder {
 public:
  LexiconBuilder();
  ~LexiconBuilder();
  LexiconBuilder(const LexiconBuilder&) = delete;
  LexiconBuilder& operator=(const LexiconBuilder&) = delete;

  // Parses `text` as a dictionary of the given format. `name` names it in
  // problems ("name:LINE: reason: text"). Never fails: bad lines are reported.
  void AddText(DictionaryFormat format, std::string_view name,
               std::string_view text);
  // Reads a file and adds it. Fails only when the file cannot be read.
  Status AddFile(DictionaryFormat format, const std::string& path);
  // Adds everything a spec names (see LoadLexicon).
  Status AddSpec(const std::string& spec);

  // Compiles what was added. The builder is left empty. `report` may be null.
  std::shared_ptr<const Lexicon> Build(LexiconReport* report);

 private:
  std::unique_ptr<lexicon_internal::LexiconData> data_;
  std::vector<std::string> problems_;
  std::vector<std::string> files_;
  double seconds_ = 0;
};

// The format of a single dictionary file, guessed from its name; false when
// the name says nothing.
bool GuessDictionaryFormat(std::string_view path, DictionaryFormat* format);

// The folder of the built-in lexicon: $ANNALIST_DATA_DIR/lexicon when the
// variable is set, else the source tree's data/lexicon compiled in.
std::string DefaultLexiconDir();

// ---------------------------------------------------------------------------
// The compiled lexicon.

class Lexicon {
 public:
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // --- Phrase matching at token `pos` of a tokenized sentence. Each returns
  // false (and leaves *m untouched) when nothing starts there; otherwise the
  // longest match (most tokens covered; then most dictionary words; then the
  // entry added last).
  bool MatchActor(const TokenBuffer& tokens, size_t pos, PhraseMatch* m) const;
  bool MatchAgent(const TokenBuffer& tokens, size_t pos, PhraseMatch* m) const;
  bool MatchVerb(const TokenBuffer& tokens, size_t pos, VerbMatch* m) const;
  bool Match(PhraseList list, const TokenBuffer& tokens, size_t pos,
             PhraseMatch* m) const;
  // The five lookups above (actor, agent, noun, adjective, verb) at once:
  // with a bound LexiconTokenCache, the lists none of whose phrases can
  // start at `pos` are skipped together. Every field of *out is set.
  void MatchPhrases(const TokenBuffer& tokens, size_t pos,
                    PhraseMatches* out) const;
  // False when `list` has no phrase at all (Match always fails).
  bool HasPhrases(PhraseList list) const;
  // True when synset `synset` has a phrase starting at `pos`; *length gets
  // the longest one's token count.
  bool MatchSynset(uint32_t synset, const TokenBuffer& tokens, size_t pos,
                   uint32_t* length) const;
  // Per token of `tokens`: bit s % 64 clear only when MatchSynset(s,
  // tokens, token) is false for every synset s with that bit (read from
  // the LexiconTokenCache bound to `tokens` on this thread; all bits set
  // without it). *out is resized (keep it to reuse its storage).
  void SynsetStarts(const TokenBuffer& tokens,
                    std::vector<uint64_t>* out) const;
  // True when a kWord, kSynset or kAlternatives element matches at `pos`
  // (alternatives: each alternative is matched as consecutive elements);
  // *length gets the tokens covered (longest).
  bool MatchElement(const PatternElement& e, const TokenBuffer& tokens,
                    size_t pos, uint32_t* length) const;
  // True when normalised token `token` matches dictionary word `word`
  // exactly, by stem (`stem`), or with a regular ending (`endings`).
  bool WordMatches(uint32_t word, bool stem, bool endings,
                   std::string_view token) const;

  // --- Entries by id (ids are dense: 0 .. count-1).
  size_t actor_count() const;
  size_t agent_count() const;
  size_t verb_count() const;
  size_t synset_count() const;
  const ActorEntry& actor(uint32_t id) const;
  const AgentEntry& agent(uint32_t id) const;
  const VerbEntry& verb(uint32_t id) const;
  const DiscardEntry& discard(uint32_t id) const;
  const IssueEntry& issue(uint32_t id) const;
  std::string_view synset_name(uint32_t synset) const;  // "&CURRENCY"
  // The elements of alternative `i` of a kAlternatives element.
  std::span<const PatternElement> Alternative(const PatternElement& e,
                                              size_t i) const;

  // --- Actor codes at a date. The first restricted code whose range holds
  // `date`; else the default code; else "" (no code: the null code). An
  // unknown date (precision kNone) takes the default code, else the code
  // whose range has no end, else the last code. Only year/month/day are used
  // (a missing month/day counts as 1).
  std::string_view CodeAt(uint32_t actor, const DateTime& date) const;
  // Same for a yyyymmdd date (0 = unknown).
  std::string_view CodeAt(uint32_t actor, int32_t yyyymmdd) const;

  // Writes the actor code combined with an agent code to *out, following
  // TABARI: "~GOV" goes after ("SYR" -> "SYRGOV"), "NGO~" before; a code
  // already present on a 3-character boundary is not added twice
  // ("LKAREB" + "~REB" -> "LKAREB"). Reuses out's capacity.
  static void CombineAgent(std::string_view actor_code, const AgentEntry& agent,
                           std::string* out);

  // --- Words.
  // The id of a normalised word, or kNoId when no dictionary uses it.
  uint32_t WordId(std::string_view norm) const;
  std::string_view Word(uint32_t id) const;

  // --- Options merged from every TABARI .options file (later wins).
  const TabariOptions& options() const;

  // Finds a verb by headword (normalised, e.g. "MEET"), or a form of it
  // ("MET"); kNoId when none.
  uint32_t FindVerb(std::string_view form) const;
  // Finds the actor or agent that MatchActor/MatchAgent give for the whole of
  // `phrase` (normalised words separated by single blanks); kNoId when none
  // or when the best match does not cover every word.
  uint32_t FindActor(std::string_view phrase) const;
  uint32_t FindAgent(std::string_view phrase) const;

 private:
  friend class LexiconBuilder;
  friend class LexiconTokenCache;
  explicit Lexicon(std::unique_ptr<lexicon_internal::LexiconData> data);
  std::unique_ptr<lexicon_internal::LexiconData> d_;
  uint64_t serial_ = 0;  // unique per Lexicon in the process
};

// An optional fast path for phrase matching: the dictionary word candidates
// of every token of one sentence, computed once by Bind() instead of again by
// every trie (actors, agents, verbs, ...) at every position it tries, and
// which phrase lists and synsets can start at each token, so that most
// lookups need no trie walk. Results are identical with or without it.
//
// Bind() makes the cache the calling thread's: until Release(), the next
// Bind() on this thread, or the cache's destruction, Lexicon lookups on this
// thread for that same `lexicon` and `tokens` buffer read it. The buffer must
// not change while it is bound (re-bind after tokenizing again). One cache
// per thread (e.g. in the coder's scratch). It owns a memo of candidates
// kept across sentences (2 MiB, allocated by the first Bind() and cleared
// when bound to another Lexicon); it allocates nothing else once warm.
class LexiconTokenCache {
 public:
  LexiconTokenCache();
  ~LexiconTokenCache();
  LexiconTokenCache(const LexiconTokenCache&) = delete;
  LexiconTokenCache& operator=(const LexiconTokenCache&) = delete;

  void Bind(const Lexicon& lexicon, const TokenBuffer& tokens);
  void Release();

 private:
  std::unique_ptr<lexicon_internal::TokenCacheData> d_;
};

}  // namespace annalist

#endif  // ANNALIST_LEXICON_H_
