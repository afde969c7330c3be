// Lexicon: the event-coding dictionaries (TABARI and PETRARCH2/Phoenix
// formats, and annalist's own), compiled into one immutable structure that a
// sparse coder queries token by token.
//
// This header is what a user of the library needs: loading and building a
// lexicon, and the entries (actors, agents, verbs and their patterns) that
// explain a code. How the coder matches phrases against a sentence is
// internal (src/lexicon/matcher.h); a Coder (coder.h) is the entry point that
// codes text with a Lexicon.
//
// Ownership and threads: LoadLexicon and LexiconBuilder::Build return a
// shared_ptr<const Lexicon>. A Lexicon never changes after it is built, and
// it holds no per-thread or per-call state, so any number of threads may read
// it at once without locking, and every call gives the same answer on every
// thread. Views returned by a Lexicon (string_view, span, entry pointers)
// stay valid as long as the Lexicon lives.
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
// immediately; a blank lets up to three words come between (no
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
namespace lexicon_internal {
struct LexiconData;
struct LexiconAccess;
struct PatternElement;  // matcher.h: opaque here
}  // namespace lexicon_internal

struct LexiconReport {
  std::vector<std::string> files;     // every dictionary file read, in order
  std::vector<std::string> problems;  // "FILE:LINE: reason: text"
  size_t actors = 0, agents = 0, verbs = 0, patterns = 0, discards = 0;
  size_t synsets = 0, issues = 0, nouns = 0, adjectives = 0;
  size_t words = 0;       // distinct normalised words interned
  size_t overridden = 0;  // phrases/verbs replaced by a later spec
  size_t bytes = 0;       // approximate size of the compiled data
  double seconds = 0;     // wall time to load and compile
};

// Loads and compiles the dictionary sets named by `specs`, in order; a later
// set overrides an earlier one where both define the same phrase. A spec is:
//   - "default": annalist's built-in lexicon (the folder data/lexicon of the
//     source tree, or $ANNALIST_DATA_DIR/lexicon when that is set);
//   - a TABARI `.project` file (its actors, verbs, agents and options files,
//     relative to the project's folder);
//   - a PETRARCH `PETR_config.ini` (its [Dictionaries] files);
//   - a directory: its PETR_config.ini if present, else, when it holds
//     annalist .lex files, every *.lex file in it (sorted by name, read as
//     one set: see docs/lexicon-format.md) and its *.options files, else its
//     only .project file, else every dictionary file in it (by name, sorted);
//   - one dictionary file. Format by name: *.lex is annalist's own;
//     *.actors/*.verbs/*.agents/*.options are TABARI; *.txt are PETRARCH
//     (kind from the name: "actors", "agents", "discards", "issue", else
//     verbs).
// `report` may be null.
Result<std::shared_ptr<const Lexicon>> LoadLexicon(const std::vector<std::string>& specs,
                                                   LexiconReport* report);

// ---------------------------------------------------------------------------
// Entries.

// "No entry": returned ids and the value of unused id fields.
inline constexpr uint32_t kNoId = 0xffffffffu;

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
  std::string_view office;      // annalist .lex person roles: the office text
                                // ("President of Syria"); "" otherwise
  bool restricted() const { return from != 0 || to != 0; }
};

// An actor: a primary phrase with its synonyms (all matched as this entry)
// and its codes. `codes` holds the restricted codes in file order and then
// the default (unrestricted) code when there is one.
struct ActorEntry {
  uint32_t id = kNoId;
  std::string_view phrase;  // primary phrase, normalised ("BASHAR AL ASSAD")
  std::span<const DatedCode> codes;
  std::string_view origin;  // "FILE:LINE" of the primary phrase
  // annalist .lex entries only ("" for TABARI and PETRARCH ones): the kind
  // ("country", "actor", "person"), the primary name as written ("Ahmed
  // al-Sharaa") and a country's `iso:` field ("SY SYR 760").
  std::string_view kind, name, iso;
  // A country's capitals (`capital:` fields), normalised and joined by '|'
  // ("PARIS"; "AMSTERDAM|THE HAGUE"): the names that stand for a city.
  std::string_view capitals;
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

// A verb pattern: what it codes and where it was written, for explanations.
// Its compiled form (the words and actor slots before and after the verb) is
// the coder's and opaque here.
struct VerbPattern {
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
  std::string_view text;    // the original pattern line, for explanations
  std::string_view origin;  // "FILE:LINE"
  // Compiled elements, read by the coder (lexicon_internal::Elements):
  // `element_count` of them at `elements`, the verb at `verb_index`.
  const lexicon_internal::PatternElement* elements = nullptr;
  uint32_t element_count = 0;
  uint32_t verb_index = 0;
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
  std::vector<std::string> complex;           // argument of each "COMPLEX:" line
  std::map<std::string, std::string> sets;    // "SET: NAME = VALUE", upper-cased
                                              // name; "TRUE" when no value
  std::map<std::string, std::string> labels;  // "LABEL: 010=YIELD"
  std::vector<std::string> other;             // OUTPUT:, DEFAULT:, FORWARD:, ...
};

// A TABARI .project file. Paths are as written, and also resolved against
// the project's folder in the *_paths fields.
struct TabariProject {
  std::string path;   // the .project file itself
  std::string title;  // first line
  std::vector<std::string> actors, verbs, agents, options, text;
  std::vector<std::string> actor_paths, verb_paths, agent_paths, option_paths, text_paths;
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

// A PETRARCH discard phrase (Lexicon::discard).
struct DiscardEntry {
  std::string_view phrase;
  bool whole_story = false;  // "+PHRASE": discard the whole story
  std::string_view origin;
};

// A PETRARCH issue phrase (Lexicon::issue).
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
  kTabariActors,  // also holds <NOUN>, <ADJECTIVE> lists
  kTabariAgents,
  kTabariVerbs,  // also holds <SYNSETS>
  kTabariOptions,
  kPetrarchActors,
  kPetrarchAgents,
  kPetrarchVerbs,  // CAMEO.2.0 style: synsets, --- blocks ---, ~ transformations
  kPetrarchDiscards,
  kPetrarchIssues,
  kAnnalist,  // annalist's own *.lex (docs/lexicon-format.md)
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
  void AddText(DictionaryFormat format, std::string_view name, std::string_view text);
  // Reads a file and adds it. Fails only when the file cannot be read.
  Status AddFile(DictionaryFormat format, const std::string& path);
  // Adds everything a spec names (see LoadLexicon).
  Status AddSpec(const std::string& spec);

  // Compiles what was added. The builder is left empty. `report` may be null.
  std::shared_ptr<const Lexicon> Build(LexiconReport* report);

 private:
  // The .lex files of one spec, read together.
  Status AddLexFiles(const std::vector<std::string>& paths);
  std::unique_ptr<lexicon_internal::LexiconData> data_;
  std::vector<std::string> problems_;
  std::vector<std::string> files_;
  double seconds_ = 0;
};

// The format of a single dictionary file, guessed from its name; false when
// the name says nothing.
bool GuessDictionaryFormat(std::string_view path, DictionaryFormat* format);

// The folder of annalist's own data (the built-in lexicon and what comes
// with it), in this order: $ANNALIST_DATA (or its older name
// $ANNALIST_DATA_DIR) when set; <prefix>/share/annalist when the running
// binary is <prefix>/bin/annalist and that folder holds a lexicon/ (an
// installed or moved install); else the source tree's data/ compiled in (a
// binary run from its build tree). Never fails; the folder may not exist.
std::string DefaultDataDir();

// DefaultDataDir()/lexicon.
std::string DefaultLexiconDir();

// ---------------------------------------------------------------------------
// The compiled lexicon.

// What Lexicon::Resolve found for a name.
struct NameResolution {
  uint32_t actor = kNoId;  // the actor entry, or kNoId
  uint32_t agent = kNoId;  // the agent entry, or kNoId
  // The normalised words of the name each one covers ("SYRIAN",
  // "FOREIGN MINISTER"); "" for the one not found.
  std::string actor_words, agent_words;
  // The code on the date: the actor's (combined with the agent's when there
  // is one, as the coder combines them); "" when the actor is not coded
  // then (a person between roles); an agent alone as written ("~GOV").
  std::string code;
  // The actor's dated code or role in force, with its office text
  // (in_force->office); the default code when no dated one applies;
  // nullptr when none does. Points into lexicon.actor(actor).codes.
  const DatedCode* in_force = nullptr;
};

class Lexicon {
 public:
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // --- Entries by id (ids are dense: 0 .. count-1; an id out of range is
  // a programming error, not checked). Ids come from a Coder's events and
  // mentions, or from FindActor/FindAgent/FindVerb.
  size_t actor_count() const;
  size_t agent_count() const;
  size_t verb_count() const;
  const ActorEntry& actor(uint32_t id) const;
  const AgentEntry& agent(uint32_t id) const;
  const VerbEntry& verb(uint32_t id) const;
  const DiscardEntry& discard(uint32_t id) const;
  const IssueEntry& issue(uint32_t id) const;

  // --- Actor codes at a date. The first restricted code whose range holds
  // `date`; else the default code; else "" (no code: the null code). An
  // unknown date (precision kNone) takes the default code, else the code
  // whose range has no end, else the last code. Only year/month/day are used
  // (a missing month/day counts as 1).
  std::string_view CodeAt(uint32_t actor, const DateTime& date) const;
  // Same for a yyyymmdd date (0 = unknown).
  std::string_view CodeAt(uint32_t actor, int32_t yyyymmdd) const;
  // The dated code (a .lex person's role, with its office text) that
  // CodeAt takes, or nullptr when none applies. Points into actor(id).codes.
  const DatedCode* CodeEntryAt(uint32_t actor, int32_t yyyymmdd) const;

  // Writes the actor code combined with an agent code to *out, following
  // TABARI: "~GOV" goes after ("SYR" -> "SYRGOV"), "NGO~" before; a code
  // already present on a 3-character boundary is not added twice
  // ("LKAREB" + "~REB" -> "LKAREB"). Reuses out's capacity.
  static void CombineAgent(std::string_view actor_code, const AgentEntry& agent, std::string* out);

  // --- Options merged from every TABARI .options file (later wins).
  const TabariOptions& options() const;

  // Finds a verb by headword (normalised, e.g. "MEET"), or a form of it
  // ("MET"); kNoId when none.
  uint32_t FindVerb(std::string_view form) const;
  // Finds the actor or agent whose phrase, matched as the coder matches it,
  // covers the whole of `phrase` (normalised words separated by single
  // blanks): the longest match, as in a sentence; kNoId when none or when the
  // best match does not cover every word.
  uint32_t FindActor(std::string_view phrase) const;
  uint32_t FindAgent(std::string_view phrase) const;

  // What a name, as a user writes it ("al-Sharaa", "Syrian foreign
  // minister"), resolves to on a yyyymmdd date (0 = unknown), as
  // `annalist lexicon who` shows it: the actor whose phrases cover the whole
  // name; else the agent that does; else the longest actor at the start and
  // an agent covering the rest. The name is read as the coder reads text
  // (Tokenize; hyphenated tokens as their pieces). False, with *out cleared,
  // when nothing covers it. Thread-safe like every method here; *out's
  // pointers stay valid as long as the Lexicon.
  bool Resolve(std::string_view name, int32_t yyyymmdd, NameResolution* out) const;

 private:
  friend class LexiconBuilder;
  friend struct lexicon_internal::LexiconAccess;  // matcher.h
  explicit Lexicon(std::unique_ptr<lexicon_internal::LexiconData> data);
  std::unique_ptr<lexicon_internal::LexiconData> d_;
  // Unique per Lexicon in the process: a token cache's memo remembers
  // which lexicon it was filled from.
  uint64_t serial_ = 0;
};

}  // namespace annalist

#endif  // ANNALIST_LEXICON_H_
