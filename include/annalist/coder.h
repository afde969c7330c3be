// Coder: turns sentences into CAMEO/PLOVER events using a Lexicon, by sparse
// parsing of raw text (no external parser), the way TABARI does.
//
// The algorithm (docs/coder.md has the details and the mode rules):
//   1. tokenize; classify every token by the lexicon (actor, agent, verb,
//      noun, adjective, pronoun, conjunction, comma, ...), longest phrase
//      first; agents attach to the neighbouring actor ("Syria's president"
//      -> SYRGOV);
//   2. find compound actors ("X, Y and Z"), resolve pronouns, drop short
//      comma-delimited nonrestrictive clauses, split into clauses at
//      conjunctions;
//   3. for each verb, left to right, try its patterns longest first; the
//      first match (or the verb's own code) is the event of the clause;
//      source = first actor before the verb, target = first actor after it
//      with a different code (or as the pattern designates with $ + %);
//      passive voice ("was attacked by") swaps them;
//   4. expand compounds and paired codes into events and fill every field:
//      actor text, code, country, sector; CAMEO root, QuadClass, Goldstein,
//      PLOVER; verb phrase and pattern; mode (asserted, negated, intended,
//      hypothetical, reported) and speaker.
//
// Ownership and threads: a Coder holds a pointer to a Lexicon that must
// outlive it. Coder methods are const and thread-safe; each thread passes its
// own CoderScratch (reusable buffers, so nothing is allocated per token once
// warm). Coding never fails: a sentence that cannot be coded (no verb, no
// actor, a discard or complex phrase) yields no event.
#ifndef ANNALIST_CODER_H_
#define ANNALIST_CODER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"
#include "annalist/event.h"
#include "annalist/lexicon.h"
#include "annalist/status.h"
#include "annalist/text.h"

namespace annalist {

// Whose rules the coder follows where TABARI and PETRARCH differ. A coding
// profile (profile.h) sets it from the --lexicon spec; docs/coder.md lists
// the differences and what a mixed lexicon means.
enum class Dialect : uint8_t {
  kAnnalist = 0,  // annalist's own: TABARI's actor searches, annalist's options
  kTabari,        // TABARI 0.8: compound members searched one by one
  kPetrarch,      // PETRARCH2: compounds taken whole, "of"-agents on every
                  // actor of a list
};
// "annalist", "tabari", "petrarch".
std::string_view DialectName(Dialect dialect);
// Inverse of DialectName; false when `name` is none of them.
bool ParseDialect(std::string_view name, Dialect* dialect);
// A --lexicon spec "dialect=NAME" chooses the rules of a profile instead of
// its first spec (profile.h): `--lexicon dialect=annalist --lexicon DIR`
// codes the PETRARCH dictionaries of DIR with annalist's rules.
inline constexpr std::string_view kDialectSpecPrefix = "dialect=";

// The coding options. Defaults are TABARI's defaults except where noted
// (minimum_words, reported_subject, document_references); ApplyTabariOption
// reads the lines of a TABARI .options file into them.
struct CoderOptions {
  // The rules for actor searches and agent lists (not a TABARI option).
  Dialect dialect = Dialect::kAnnalist;

  // SET: CODE BY CLAUSE | CODE BY SENTENCE | CODE ALL.
  enum class CodeBy { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;

  // COMPLEX: a sentence meeting any active condition yields no events and
  // counts as complex. Counts are "n or more"; 0 is inactive.
  int complex_verbs = 0;
  int complex_actors = 0;
  int complex_pronouns = 0;
  int complex_conj = 0;
  int complex_comma = 0;
  int complex_late_verb = 0;
  bool complex_no_actor_prior = false;
  bool complex_no_actor_after = false;
  bool complex_no_verb = false;
  bool complex_no_source = false;
  bool complex_no_target = false;
  bool complex_no_event = false;

  // COMMA: comma-delimited nonrestrictive clauses of min..max words are
  // dropped (b* at the start of the sentence, e* at its end).
  bool comma_active = true;
  int comma_min = 2, comma_max = 10;
  int comma_emin = 2, comma_emax = 10;
  int comma_bmin = 128, comma_bmax = 0;
  // Commas are paired from the left (first with second, third with
  // fourth, ...). TABARI looks for the end clause only after a last comma
  // that closes no pair ("A killed B, injured C, a Hong Kong paper said":
  // the paper stays). Off for annalist, which drops such attributions; on
  // in TabariDefaultOptions (measured on Reuters against TABARI 0.8.4b2).
  bool comma_end_after_unpaired_comma = false;

  // DEFAULT: codes used when no source / target is found. `*_prior` /
  // `*_after`: also when there is no actor before / after the verb.
  std::string default_source, default_target;
  bool default_source_prior = false, default_target_after = false;

  // SET: CONVERT AGENT = TRUE: an agent with no actor to attach to becomes
  // an actor on its own (its code without the leading '~').
  bool convert_agents = false;
  // SET: MINIMUM WORDS = n: sentences of fewer words (a comma counts, a
  // split-off 's does not) are not coded. annalist codes short headlines:
  // 0 here; TABARI's default is 8 (TabariDefaultOptions).
  int minimum_words = 0;
  // TABARI's input filter (manual 7.3): a hyphen in the text is read as a
  // blank, so "London-based" is LONDON BASED and "U.S.-Canadian" is U.S.
  // CANADIAN (dictionary hyphens are read as underscores). Off for
  // annalist, which matches dictionary words inside hyphenated tokens; on
  // in TabariDefaultOptions.
  bool hyphens_as_blanks = false;
  // SET: CODE NONRESTRICTIVE = TRUE: when the text without its dropped
  // comma clauses yields no event, the whole sentence is coded ("On Monday,
  // Norvania attacked Seldor." would otherwise lose its only clause to the
  // end-clause rule). annalist's default: on; TABARI's: off
  // (TabariDefaultOptions).
  bool code_nonrestrictive = true;
  // annalist: a dateline at the start of a sentence ("DAMASCUS — ",
  // DatelineLength in text.h) is not coded: it names where the story was
  // filed, and read as an actor it becomes a false source. TABARI codes it
  // (off in TabariDefaultOptions).
  bool skip_dateline = true;
  // At most this many events per sentence (TABARI's MAX_EVENTS).
  int max_events = 64;

  // annalist: in "X said Y attacked Z" take Y (the first actor after the
  // reporting verb) as the source of the reported event. Off by default:
  // TABARI takes X, and turning it on reproduces fewer of TABARI's Reuters
  // events (1,637 vs 1,652 of 2,308), adds others (719 vs 703) and passes
  // one Validate.text record fewer.
  bool reported_subject = false;

  // annalist: resolve "he", "it", "the country", "the group" across the
  // sentences of a document in CodeDocument.
  bool document_references = true;

  // The coding rules of the annalist dialect (docs/coder.md, "Coding
  // rules"): a, c and d on in CoderOptions{}; b off (it measured worse on
  // every accuracy figure of docs/accuracy.md, with either lexicon); all
  // off in TabariDefaultOptions and PetrarchDefaultOptions, whose suites
  // they would change.
  //
  // a. An event whose verb takes no target (IsIntransitiveCode: protest,
  //    demonstrate, strike, mobilise) and that has a source but no
  //    target is coded with no target (PLOVER allows it).
  bool untargeted_events = true;
  // b. A statement or appeal (CAMEO roots 01, 02) whose clause goes on to
  //    a material act (roots 06-08, 14-20: "X said Y attacked Z", "X called
  //    on Y to withdraw") yields that act alone: source the first actor
  //    after the statement's verb, mode reported, speaker the statement's
  //    source. A verbal act after it (03-05, 09-13) leaves the statement.
  //    An act after a reporting verb the lexicon does not code ("said")
  //    takes its source after that verb too (as reported_subject).
  bool reported_acts = false;
  // c. A governing act (refuse, reject, threaten, promise, pledge, vow,
  //    demand) followed in its clause by another coded act is coded as the
  //    governing act, with the embedded act's code and verb as its context
  //    (Event::context_cameo, context_verb); when the lexicon has no code
  //    for the governing verb, the governing act's own root (12, 13, 03,
  //    10) is used. The embedded act is not coded as well.
  bool governing_acts = true;
  // d. A place (an actor whose code is a bare country code) after a
  //    locative preposition ("in Paris", "at the Doha Forum", "near
  //    Damascus") before the sentence's first verb is never an actor of an
  //    event. (After the verb, where the gold corpora code such places as
  //    targets, the rule measured worse and does not apply, but for a
  //    country's capital named as a city: the venue of an event of roots
  //    03-05 other than a visit, 042/043, is not its actor: "resume talks
  //    in Paris".)
  bool locative_places = true;
};

// The options with the four annalist coding rules off (TABARI's and
// PETRARCH's runs start from these).
CoderOptions WithoutAnnalistRules(CoderOptions options);

// True when a verb with this CAMEO code may have no target (rule a): roots
// 14 (protest: demonstrate, march, strike, boycott, hunger strike) and 15
// (exhibit force posture: mobilise, raise alert). CAMEO has no code of its
// own for fleeing.
bool IsIntransitiveCode(std::string_view cameo);

// The options a TABARI run starts from before its .options file: the
// defaults above with TABARI's MINIMUM WORDS = 8 and its input rules
// (dialect kTabari).
CoderOptions TabariDefaultOptions();

// The options a PETRARCH2 emulation starts from: the defaults above
// without code_nonrestrictive (PETRARCH codes a sentence once), dialect
// kPetrarch.
CoderOptions PetrarchDefaultOptions();

// Applies one line of a TABARI .options file ("COMPLEX: VERBS[5] CONJ[4]
// NOACTPRIOR", "SET: CODE BY SENTENCE", "COMMA: OFF", "DEFAULT: SOURCE
// [DEF] PRIOR", "DEFAULT: OFF", "SET: CONVERT AGENT = TRUE", ...). Comments
// (//), blank lines and commands that do not change coding (LABEL:, OUTPUT:,
// FORWARD:, other SET:s) are accepted and ignored. Fails with
// kInvalidArgument, naming the text, on a malformed command it knows.
Status ApplyTabariOption(std::string_view line, CoderOptions* options);

// Applies every line of a TABARI .options file's text.
Status ApplyTabariOptions(std::string_view text, CoderOptions* options);

// Why a sentence produced what it did (for diagnostics and validation).
enum class SentenceOutcome : uint8_t {
  kCoded = 0,  // at least one event
  kNoEvent,    // nothing codeable
  kDiscard,    // a [###] phrase was found
  kComplex,    // a [+++] phrase or a COMPLEX condition
  kTooShort,   // MINIMUM WORDS
};

// Per-thread reusable buffers. Create one per worker thread; not shareable
// between threads at the same time. Holds the pronoun antecedents of the
// document being coded between sentences, and the sentence's dictionary
// word candidates (a token cache with a 2 MiB memo, allocated by the first
// sentence coded): all the state coding keeps is here, passed by the caller,
// none is per thread or global, and the Lexicon and Coder stay read-only.
namespace coder_internal {
struct ScratchState;
struct ParsedSentence;
class PatternIndex;
}  // namespace coder_internal
class CoderScratch {
 public:
  CoderScratch();
  ~CoderScratch();
  CoderScratch(const CoderScratch&) = delete;
  CoderScratch& operator=(const CoderScratch&) = delete;
  coder_internal::ScratchState* state() { return state_.get(); }

 private:
  std::unique_ptr<coder_internal::ScratchState> state_;
};
std::unique_ptr<CoderScratch> NewCoderScratch();

class Coder {
 public:
  explicit Coder(const Lexicon* lexicon, CoderOptions options = {});
  ~Coder();
  Coder(const Coder&) = delete;
  Coder& operator=(const Coder&) = delete;

  const CoderOptions& options() const { return options_; }

  // Codes every sentence of `doc` that is not furniture (doc.sentences must be
  // filled), resolving pronouns and "the country"/"the group" within the
  // document, and appends the events to *out in sentence order. Dates of
  // dated actor codes are taken at doc.published. The coder sets no event
  // dates: when `mentions` is non-null it appends what it found in the text
  // (see below) and the resolve stage (engine.h) dates the events.
  //
  // Mentions: for every sentence coded, the actor phrases it matched
  // (kActor, value the actor code at the date; a coded compound gives one
  // mention per member code, with the same span), the agent phrases
  // (kAgent, value the agent code without "~"), and the TABARI <TIME>
  // phrase that shifts the sentence's events (kTimex, value the shifted
  // ISO date; only when the date is known to the day). Spans index
  // doc.text. Resolved pronouns are not mentions. Appending reuses *mentions'
  // capacity: reserve or reuse it to stay allocation-free.
  void CodeDocument(const Document& doc, CoderScratch* scratch, std::vector<Event>* out,
                    std::vector<Mention>* mentions = nullptr) const;
  // The same, for a caller that has tokenized doc.text already (the engine,
  // with the timex stage's tokens): `text_tokens`, when not null, must be
  // Tokenize(doc.text) and is only read; a sentence is then given its range
  // of them rather than tokenized again (TokensWithin says when it may be).
  // The result is the one above.
  void CodeDocument(const Document& doc, const TokenBuffer* text_tokens, CoderScratch* scratch,
                    std::vector<Event>* out, std::vector<Mention>* mentions) const;

  // Codes one sentence on its own (no reference to earlier sentences).
  // `date` selects dated actor codes (unknown date: the undated code).
  // Appends events with sentence = 0, span = the whole text, doc_id = "".
  // Mentions (as for CodeDocument) have sentence 0 and spans into `sentence`.
  // Returns what happened to the sentence.
  SentenceOutcome CodeSentence(std::string_view sentence, const DateTime& date,
                               CoderScratch* scratch, std::vector<Event>* out,
                               std::vector<Mention>* mentions = nullptr) const;

  // Codes the next sentence of a story coded one sentence at a time (TABARI's
  // FORWARD): with `continues` true, a pronoun before any actor refers to the
  // first actor (THEY: compound) of the sentence coded last with this
  // scratch, and "the country"/"the group" to earlier ones, as in
  // CodeDocument (when document_references is on); `continues` false starts
  // a new story. The scratch holds the story between calls.
  SentenceOutcome CodeSentence(std::string_view sentence, const DateTime& date, bool continues,
                               CoderScratch* scratch, std::vector<Event>* out,
                               std::vector<Mention>* mentions = nullptr) const;

 private:
  // Where a sentence's mentions go: its index and where it begins in the
  // text the spans index.
  struct MentionSink {
    std::vector<Mention>* out = nullptr;
    uint32_t sentence = 0;
    uint32_t offset = 0;  // of the sentence in the document's text
  };
  // The document's text and, when not null, its tokens (the sentence is at
  // mentions.offset in it).
  struct SharedTokens {  // no member initializers: the default argument is {}
    std::string_view text;
    const TokenBuffer* tokens;
  };
  SentenceOutcome CodeOne(std::string_view sentence, const DateTime& date, bool keep_context,
                          CoderScratch* scratch, std::vector<Event>* out, MentionSink mentions,
                          SharedTokens shared = {}) const;
  void RecordMentions(const coder_internal::ParsedSentence& s, const MentionSink& sink) const;
  // kDiscard or kComplex when a verb pattern says so (nothing appended);
  // otherwise kNoEvent, with the clauses' events appended to *out.
  SentenceOutcome CodeClauses(const coder_internal::ParsedSentence& s, CoderScratch* scratch,
                              std::vector<Event>* out) const;

  const Lexicon* lexicon_;
  CoderOptions options_;
  std::unique_ptr<const coder_internal::PatternIndex> patterns_;  // built once
};

}  // namespace annalist

#endif  // ANNALIST_CODER_H_
