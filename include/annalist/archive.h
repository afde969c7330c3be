// The archive: documents, their sentences, mentions and events, with a
// full-text index over titles and texts, and the coding profile that made
// the events. Archive is an interface; Archive::Open picks the back end from
// a spec ("news.db" or "sqlite:news.db" is SQLite, the only one built in).
//
//   auto archive = Archive::Open("news.db");
//   if (!archive.ok()) return archive.status();
//   for (...) {
//     Result<PutResult> put = (*archive)->Put(doc, events);
//     if (++n % 500 == 0) ANNALIST_RETURN_IF_ERROR((*archive)->Commit());
//   }
//   ANNALIST_RETURN_IF_ERROR((*archive)->Commit());
//
// Writes happen in batches. The first Put after Open or Commit begins a
// transaction; Commit ends it. A batch is all or nothing: if the process dies
// (or the Archive is destroyed) before Commit, the file holds exactly what the
// last Commit left, and rerunning the same ingest stores the missing
// documents only, because documents are keyed by Document::id and a Put of a
// known id changes nothing (PutResult::stored is false).
//
// Concurrency: the file is in WAL mode, so any number of processes (or
// Archive objects) may read it while one writes; readers see committed
// batches only. A second writer waits up to ArchiveOptions::busy_timeout_ms
// for the first one's batch to end, then fails with kIoError ("database is
// locked"). Reads through an Archive see its own open batch. One Archive object
// must be used by one thread at a time (it is not safe for concurrent use; open
// one per thread instead).
//
// Reads stream: ScanEvents and ScanSearch hand rows to a callback as SQLite
// produces them, so memory stays flat however many rows match; ReadLimits
// caps rows, bytes and time.
//
// Errors: every call returns Status or Result; no exception escapes. The
// schema, versioning and search syntax are described in docs/archive.md.
#ifndef ANNALIST_ARCHIVE_H_
#define ANNALIST_ARCHIVE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "annalist/document.h"
#include "annalist/event.h"
#include "annalist/status.h"

namespace annalist {

struct ArchiveOptions {
  // Open for reading only: Put and Commit fail with kInvalidArgument, and the
  // file must already exist and be at the current schema version.
  bool read_only = false;
  // Create the file when it does not exist (ignored when read_only). When
  // false, a missing file is kNotFound.
  bool create = true;
  // How long a call waits for another process's write lock before failing
  // with kIoError.
  int busy_timeout_ms = 10000;
};

// Which dictionaries coded an archive's events: a display name (the
// --lexicon specs) and a content hash of the dictionary files. Two profiles
// are the same when their hashes are equal. Given by the caller; the archive
// only stores and compares them.
struct ArchiveProfile {
  std::string name;
  std::string hash;
  bool empty() const { return hash.empty(); }
  friend bool operator==(const ArchiveProfile&, const ArchiveProfile&) = default;
};

// What the archive records about its profile. `pending` is set while a
// recode to it is under way (BeginRecode .. FinishRecode), so that a recode
// killed half way is resumed and an ingest in between is refused.
struct ProfileState {
  ArchiveProfile current;  // empty: none recorded (new archive, or one from
                           // before schema version 3)
  ArchiveProfile pending;  // empty: no recode under way
};

// Caps on a streamed read; 0 = no cap. A read that reaches a cap stops and
// says so in ReadSummary (it is not an error).
struct ReadLimits {
  uint64_t max_rows = 0;
  uint64_t max_bytes = 0;  // of the rows' column values, as stored
  double max_seconds = 0;
};

struct ReadSummary {
  uint64_t rows = 0;  // rows handed to the callback
  uint64_t bytes = 0;
  bool truncated = false;  // a ReadLimits cap stopped the read
  std::string stopped_by;  // "rows", "bytes", "seconds", "callback" or ""
};

struct PutResult {
  bool stored = false;  // false: a document with that id was already there
};

// Limits on a search, enforced by ScanSearch (docs/archive.md, "Limits"):
// a longer query, or one with more words (a phrase counts as its words),
// is kInvalidArgument; so is a ReadLimits::max_rows above kMaxSearchHits.
// A read with max_rows 0 stops after kMaxSearchHits hits (truncated).
inline constexpr size_t kMaxQueryBytes = 4096;
inline constexpr int kMaxQueryTerms = 256;
inline constexpr uint64_t kMaxSearchHits = 10000;

struct SearchOptions {
  // How long one search may run inside SQLite (matching, ranking and
  // reading its rows), in seconds; a search that takes longer stops with
  // kDeadlineExceeded. 0 = no budget.
  double time_budget_seconds = 10;

  // Markers around each matching term in SearchHit::snippet.
  std::string highlight_open = "[";
  std::string highlight_close = "]";
  std::string ellipsis = "…";
  int snippet_tokens = 16;  // the snippet's length in words (1-64)
  // Only documents published in [since, until] (ISO dates, inclusive,
  // at any precision: "2026", "2026-03", "2026-03-02"); "" = unbounded.
  // Documents without a publication date are left out when either is set.
  std::string since, until;
};

struct SearchHit {
  std::string doc_id;
  std::string title;
  std::string snippet;  // from the text, matches wrapped in the markers
  DateTime published;
  double score = 0;  // BM25 relevance (title weighted 10x): higher is better
};

struct ArchiveStats {
  uint64_t documents = 0;
  uint64_t undated_documents = 0;  // documents without a publication date
  uint64_t sentences = 0;
  uint64_t events = 0;
  uint64_t mentions = 0;
  int schema_version = 0;
  std::string first_published;  // ISO; "" when no document has a date
  std::string last_published;
  uint64_t file_bytes = 0;  // size of the main database file
  // Events per CAMEO root code ("01".."20"), ascending by root.
  std::vector<std::pair<std::string, uint64_t>> events_by_root;
  ProfileState profile;
  // While a recode is under way: documents not yet coded with
  // profile.pending.
  uint64_t recode_left = 0;
};

struct StoredDocument {
  Document doc;  // every stored field, with its sentences and mentions
  uint64_t event_count = 0;
};

// Which events Archive::Events returns. Empty fields do not filter; the
// filters that are set must all hold. Actor codes and PLOVER types are
// matched in upper case ("isr" finds "ISRGOV").
struct EventQuery {
  std::string doc_id;          // events of this document only
  std::string outlet;          // events of documents from this outlet (any case)
  std::string actor;           // actor code prefix, on either side ("SYR", "ISRGOV")
  std::string pair_a, pair_b;  // a dyad, either direction: source ~ a and
                               // target ~ b, or source ~ b and target ~ a
                               // (code prefixes; set both or neither)
  std::string code_prefix;     // CAMEO event code prefix ("04", "0311")
  std::string plover;          // PLOVER type, exact ("CONSULT")
  int quad = 0;                // QuadClass 1-4; 0 = any
  // The event's mode, by EventModeName ("asserted", "intended", "negated",
  // "hypothetical", "reported"); another word is kInvalidArgument.
  std::string mode;
  // Where the event happened: a country code ("FRA") matches the
  // location's country, anything else the location's name, in any case
  // ("Paris"). Events without a location are left out when set.
  std::string place;
  // Event dates in [since, until], inclusive, ISO at any precision. An event
  // matches when its date range overlaps: an event dated "2026-03" matches
  // since = "2026-03-15". Events without a date are left out when either is
  // set.
  std::string since, until;
  size_t limit = 0;  // 0 = no limit
  size_t offset = 0;
  // Cursor paging: only the events after the event with this id in the
  // order ScanEvents reads (a page's last id gives the next page). An id no
  // event has is kInvalidArgument. Aggregates ignore limit, offset and this.
  std::string after_id;
};

// --- Aggregates (docs/archive.md, "Aggregates") ----------------------------

// The periods events are counted by: each event is counted in the period
// holding the first day of its date (an event dated "2026-03" is counted on
// 2026-03-01, in week 2026-W09). kAll: one period, "", undated events
// included.
enum class CountPeriod : uint8_t { kAll, kDay, kWeek, kMonth, kYear };
// What the counts of a period are split by: nothing, the CAMEO root
// ("01".."20"), the QuadClass ("1".."4") or the PLOVER type ("CONSULT").
enum class CountGroup : uint8_t { kNone, kRoot, kQuad, kPlover };

// "all", "day", "week", "month", "year" / "none", "root", "quad", "plover",
// and their inverses (false for any other name).
std::string_view CountPeriodName(CountPeriod period);
bool ParseCountPeriod(std::string_view name, CountPeriod* period);
std::string_view CountGroupName(CountGroup group);
bool ParseCountGroup(std::string_view name, CountGroup* group);

// Caps on what an aggregate returns (docs/archive.md, "Limits"): a count
// stops after kMaxCountRows rows (CountResult::truncated); TopOptions::limit
// above kMaxTopEntries (or 0) is kInvalidArgument.
inline constexpr size_t kMaxCountRows = 100000;
inline constexpr size_t kMaxTopEntries = 5000;

struct CountOptions {
  CountPeriod by = CountPeriod::kMonth;
  CountGroup group = CountGroup::kNone;
  // As SearchOptions::time_budget_seconds: time inside SQLite, past it
  // kDeadlineExceeded; 0 = no budget.
  double time_budget_seconds = 10;
};

struct CountRow {
  std::string period;  // "2026-03-02", "2026-W10", "2026-03", "2026"; "" for kAll
  std::string group;   // "04", "3", "CONSULT"; "" for kNone
  uint64_t events = 0;
  double goldstein_sum = 0;
  double goldstein_mean() const { return events == 0 ? 0 : goldstein_sum / events; }
};

struct CountResult {
  // Ascending by period, then group.
  std::vector<CountRow> rows;
  uint64_t events = 0;     // counted in rows
  uint64_t undated = 0;    // matching events without a date, in no row (0 for kAll)
  bool truncated = false;  // kMaxCountRows reached; rows holds the first ones
};

struct TopOptions {
  size_t limit = 20;  // 1..kMaxTopEntries
  // Actors by the first `code_length` characters of their code (3: the
  // country part of "ISRGOV"); 0 = the whole code.
  size_t code_length = 0;
  double time_budget_seconds = 10;  // as CountOptions
};

struct ActorTotal {
  std::string actor;
  uint64_t events = 0;  // events with this actor on either side (once each)
  double goldstein_sum = 0;
  double goldstein_mean() const { return events == 0 ? 0 : goldstein_sum / events; }
};

struct PairTotal {
  // TopPairs: the two actors in code order, events in either direction.
  // Network: source and target, one direction.
  std::string a, b;
  uint64_t events = 0;
  double goldstein_sum = 0;
  double goldstein_mean() const { return events == 0 ? 0 : goldstein_sum / events; }
};

// Who acts on whom: the directed pairs with most events, and their actors.
struct ActorNetwork {
  std::vector<PairTotal> edges;   // most events first (then by codes)
  std::vector<ActorTotal> nodes;  // the actors of the edges, most events first;
                                  // events counted over the edges returned
  uint64_t pairs = 0;             // distinct directed pairs matching
  bool truncated = false;         // pairs > edges.size()
};

class Archive {
 public:
  // Opens or creates the archive named by `spec`:
  //   "PATH" or "sqlite:PATH"   an SQLite file (":memory:" for tests);
  //   "postgresql://..."        not built in this version: kUnimplemented.
  // Any other "scheme://" is kInvalidArgument naming the forms above.
  // An older schema is migrated to the current one (in one transaction).
  // SQLite fails with:
  //   kCorruption  the file is not an SQLite database, or is one but not an
  //                annalist archive (the message names the path);
  //   kIoError     it cannot be opened or created (missing directory,
  //                read-only location, locked by a writer past the timeout);
  //   kNotFound    it does not exist and options.create is false or
  //                options.read_only is true;
  //   kUnsupported its schema is newer than this program, or it needs a
  //                migration and is opened read-only.
  // The caller owns the returned Archive; destroying it rolls back a batch
  // that was not committed.
  static Result<std::unique_ptr<Archive>> Open(const std::string& spec,
                                               ArchiveOptions options = {});
  virtual ~Archive() = default;
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  // --- Writes (one batch at a time; see the top of this file) -------------

  // Stores `doc` (every field, its sentences and mentions) and `events` in
  // the current batch, beginning one if needed. All or nothing per document.
  // A document whose id is already stored is left as it is: stored = false,
  // and the events are not added. Events must belong to `doc` (Event::doc_id
  // empty or equal to doc.id) and carry their id (Event::id, which
  // ProcessDocument sets; the archive never makes one up). The document
  // is marked as coded with the profile last given to SetProfile (or the
  // recorded one). Fails with kInvalidArgument (empty document or event id,
  // events of another document, read-only archive) or kIoError; a document
  // refused halfway (a constraint) is removed again and the rest of the
  // batch stays, but when SQLite itself rolled the transaction back (a full
  // disk) the batch is gone and the message says so. The full-text index
  // takes the batch's documents at Commit, so a search sees committed
  // batches only.
  virtual Result<PutResult> Put(const Document& doc, const std::vector<Event>& events) = 0;

  // Adds `mentions` and `events` to `doc`, the document the last Put stored,
  // in the same open batch: a long document coded a piece at a time goes in
  // as one Put (the document, its sentences and its first piece's mentions
  // and events) and a PutMore per further piece, so that its events are
  // never all held at once. Events are numbered on from the ones already
  // put. The caller must not Commit between the Put and the last PutMore
  // (a commit would make half a document durable). Fails with
  // kInvalidArgument, writing nothing, when the last Put did not store
  // `doc.id` or a batch ended since, or an event is not `doc`'s or has no
  // id; on a write error the document is removed again (as in Put).
  virtual Status PutMore(const Document& doc, const std::vector<Mention>& mentions,
                         const std::vector<Event>& events) = 0;

  // Replaces the events and the actor and agent mentions of the stored
  // document `doc_id` with `events` and the actor/agent entries of
  // `mentions`, and marks it as coded with `profile_hash`, in the current
  // batch, all or nothing. kNotFound when no such document is stored;
  // kInvalidArgument (nothing written) when two events share an id. Should
  // a write fail after that (kIoError), the open batch is rolled back.
  virtual Status Recode(const std::string& doc_id, const std::vector<Event>& events,
                        const std::vector<Mention>& mentions, const std::string& profile_hash) = 0;

  // Ends the current batch, making its documents durable and visible to
  // other readers. OK (and a no-op) when no batch is open.
  virtual Status Commit() = 0;
  // Discards the current batch. OK when none is open.
  virtual Status Rollback() = 0;

  // --- The coding profile -------------------------------------------------

  virtual Result<ProfileState> Profile() = 0;
  // Records `profile` as the archive's current one (in the current batch)
  // and marks documents stored from now on with it.
  virtual Status SetProfile(const ArchiveProfile& profile) = 0;
  // Records `profile` as pending and commits: a recode to it is under way.
  virtual Status BeginRecode(const ArchiveProfile& profile) = 0;
  // Makes the pending profile current and commits. kInvalidArgument when
  // no recode is pending or some document is not yet coded with it.
  virtual Status FinishRecode() = 0;

  // --- Reads --------------------------------------------------------------

  // Full-text search over titles and texts, best first; each hit is handed
  // to `row` (return false to stop). See docs/archive.md for the syntax:
  // plain words must all match, "quoted phrases", OR, -exclusion, prefix*,
  // title:word. Malformed syntax is repaired, never an error; a query with
  // nothing to search for, or a malformed date bound, is kInvalidArgument.
  virtual Result<ReadSummary> ScanSearch(std::string_view query, const SearchOptions& options,
                                         const ReadLimits& limits,
                                         const std::function<bool(const SearchHit&)>& row) = 0;
  // ScanSearch collected: at most `limit` hits (0 = 20).
  Result<std::vector<SearchHit>> Search(std::string_view query, size_t limit,
                                        const SearchOptions& options = {});

  // Events matching `q`, ordered by event date (undated last), then
  // document id, then position in the document, each handed to `row`
  // (return false to stop). kInvalidArgument for a malformed date, a
  // half-given pair or a QuadClass outside 0-4.
  virtual Result<ReadSummary> ScanEvents(const EventQuery& q, const ReadLimits& limits,
                                         const std::function<bool(const Event&)>& row) = 0;
  // ScanEvents collected into memory: for small results (one document's
  // events, a limited query).
  Result<std::vector<Event>> Events(const EventQuery& q);

  // Up to `limit` stored documents (with sentences, without mentions) whose
  // id sorts after `after_id` ("" = from the start), in id order, skipping
  // those already coded with `skip_coded_with` (unless it is ""). The
  // recode reader pages through the archive with it.
  virtual Result<std::vector<Document>> ListDocuments(const std::string& after_id, size_t limit,
                                                      const std::string& skip_coded_with) = 0;
  // How many stored documents are not coded with `profile_hash`.
  virtual Result<uint64_t> CountNotCodedWith(const std::string& profile_hash) = 0;

  // Aggregates over the events matching `q` (its limit, offset and
  // after_id are ignored); only events with both actors coded count in
  // TopPairs and Network, and in TopActors an actor on either side. The
  // same errors as ScanEvents, kDeadlineExceeded past the time budget and
  // kInvalidArgument for a TopOptions::limit outside 1..kMaxTopEntries.
  virtual Result<CountResult> Count(const EventQuery& q, const CountOptions& options) = 0;
  virtual Result<std::vector<ActorTotal>> TopActors(const EventQuery& q,
                                                    const TopOptions& options) = 0;
  virtual Result<std::vector<PairTotal>> TopPairs(const EventQuery& q,
                                                  const TopOptions& options) = 0;
  // The network's edges are the TopOptions::limit directed pairs with most
  // events.
  virtual Result<ActorNetwork> Network(const EventQuery& q, const TopOptions& options) = 0;

  // The distinct actor codes of the archive's events (either side),
  // sorted. For checking a user's actor filter.
  virtual Result<std::vector<std::string>> ActorCodes() = 0;

  // The stored document, or nullopt when no document has that id.
  virtual Result<std::optional<StoredDocument>> Get(std::string_view doc_id) = 0;
  // Whether a document with that id is stored (in a committed batch, or in
  // this Archive's open batch).
  virtual Result<bool> Contains(std::string_view doc_id) = 0;

  virtual Result<ArchiveStats> Stats() = 0;

  // Runs the back end's integrity checks (for SQLite: its integrity check
  // and the full-text index's). kCorruption with the first problems found.
  virtual Status Check() = 0;

  // The file or location the archive was opened from.
  virtual const std::string& path() const = 0;

 protected:
  Archive() = default;
};

}  // namespace annalist

#endif  // ANNALIST_ARCHIVE_H_
