// The engine: one call that turns a document into events, running the stages
// in order — text -> annotate -> code -> resolve — over a document with a
// shared, immutable CodingProfile and the caller's per-thread scratch.
// `ingest`, `code`, `validate`, `recode` and the server call only this.
//
// The stages:
//   text      repairs invalid UTF-8 and splits sentences, unless the
//             document already has them (a stored document); sets the id
//             from the content when it is empty. A record
//             (Document::record) is one sentence and goes through
//             ProcessSentence(Story::kAlone) instead;
//   annotate  adds mentions found in the text: the temporal expressions of
//             the timex scanner (annalist/timex.h), normalised against the
//             publication date (kTimex mentions), and the place names of the
//             profile's gazetteer resolved in context (kPlace mentions, the
//             value a gazetteer id; annalist/gazetteer.h);
//   code      the coder: events per sentence, and the actor, agent and
//             time-phrase mentions it matched (Document::mentions);
//   resolve   the one place that dates and places events (docs/time.md,
//             "Event dates"): an event takes the date a timex of its clause
//             gives (basis explicit or relative), a background clause ("two
//             months after they were suspended") the date it describes, else
//             the publication date (basis publication); an asserted or
//             reported event is never dated after the publication. Records
//             coded with ProcessSentence keep TABARI's dating (the coder's
//             date-shift phrases, else the record date). Its doc_id and id
//             (EventId) are set here. It places an event (docs/places.md,
//             "Event locations") where its clause puts it ("talks in Paris",
//             "met at Mar-a-Lago"), else at the story's dateline when the
//             sentence names no other place, else nowhere.
//
// Threads: the functions are reentrant; the profile may be shared by any
// number of threads, each with its own ProcessScratch and Document.
// Failure: they return kInvalidArgument when a sentence span lies outside
// the text (nothing is coded then); otherwise coding does not fail.
#ifndef ANNALIST_ENGINE_H_
#define ANNALIST_ENGINE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "annalist/coder.h"
#include "annalist/document.h"
#include "annalist/event.h"
#include "annalist/gazetteer.h"
#include "annalist/profile.h"
#include "annalist/status.h"
#include "annalist/timex.h"

namespace annalist {

// Per-thread reusable buffers of every stage. One per worker thread; not
// shareable between threads at the same time. Holds the story context of
// ProcessSentence between calls.
class ProcessScratch {
 public:
  ProcessScratch() = default;
  ProcessScratch(const ProcessScratch&) = delete;
  ProcessScratch& operator=(const ProcessScratch&) = delete;
  CoderScratch* coder() { return &coder_; }
  TimexScratch* timex() { return &timex_; }
  // The timexes the annotate stage found in the current document.
  std::vector<Timex>* timexes() { return &timexes_; }
  PlaceScratch* place() { return &place_; }
  // The places the annotate stage found in the current document.
  std::vector<PlaceMention>* places() { return &places_; }

 private:
  CoderScratch coder_;
  TimexScratch timex_;
  std::vector<Timex> timexes_;
  PlaceScratch place_;
  std::vector<PlaceMention> places_;
};

// The text stage on its own: repairs invalid UTF-8 in the text (counting
// repaired bytes; given sentences are then dropped, their spans being into
// the old bytes) and in title, url, outlet and byline, splits sentences
// unless the document has them, and sets the id from the content when it
// is empty.
void PrepareDocument(Document* doc);

// Runs every stage over `doc`, appends the mentions to doc->mentions and the events to *events,
// in sentence order. A document longer than kPieceBytes is processed as
// ProcessDocumentInPieces does, its pieces' mentions and events gathered.
[[nodiscard]] Status ProcessDocument(const CodingProfile& profile, Document* doc,
                                     ProcessScratch* scratch, std::vector<Event>* events);

// A long document is processed a run of whole sentences of at most this
// many bytes at a time (a sentence longer than that is a run of its own),
// so that the stages' work and scratch stay the size of a piece however
// long the document is. Story context (references, a story's date frame)
// does not cross from one piece to the next.
inline constexpr size_t kPieceBytes = 64 << 10;

// Called once per piece, in order, with the piece's mentions and events
// (offsets, sentence indexes and event ids those of the whole document);
// it may move from them. Returning false stops the processing.
using PieceSink = std::function<bool(std::vector<Mention>* mentions, std::vector<Event>* events)>;

// ProcessDocument for a document of any length without holding all its
// events at once: the text stage runs on the whole document (its sentences
// are set), the other stages on each piece (the whole document is one piece
// when it is at most kPieceBytes long), and `sink` receives each piece's
// results; doc->mentions is left as it was. Fails as ProcessDocument.
[[nodiscard]] Status ProcessDocumentInPieces(const CodingProfile& profile, Document* doc,
                                             ProcessScratch* scratch, const PieceSink& sink);

// How a one-sentence record relates to the records before it.
enum class Story : uint8_t {
  kAlone = 0,  // on its own: no references to other sentences at all
  kStarts,     // starts a story: its actors may be referred to by the next
  kContinues,  // continues the story of the previous call with this scratch
               // (TABARI's FORWARD: a pronoun before any actor refers back)
};

// The same for a record that is one sentence (TABARI and PETRARCH records):
// the whole text is sentence 0, not split, and the id is kept as given
// (records name their own). `story` says what the scratch carries between
// calls. Events carry the sentence as their text. `outcome` (may be null)
// receives what happened to the sentence.
[[nodiscard]] Status ProcessSentence(const CodingProfile& profile, Story story, Document* doc,
                                     ProcessScratch* scratch, std::vector<Event>* events,
                                     SentenceOutcome* outcome = nullptr);

}  // namespace annalist

#endif  // ANNALIST_ENGINE_H_
