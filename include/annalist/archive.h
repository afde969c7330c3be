// The archive: documents, their sentences and events in one SQLite file,
// with a full-text index over titles and texts.
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
// Errors: every call returns Status or Result; no exception escapes. The
// schema, versioning and search syntax are described in docs/archive.md.
#ifndef ANNALIST_ARCHIVE_H_
#define ANNALIST_ARCHIVE_H_

#include <cstdint>
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

struct PutResult {
  bool stored = false;  // false: a document with that id was already there
};

struct SearchOptions {
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
  uint64_t sentences = 0;
  uint64_t events = 0;
  uint64_t mentions = 0;
  int schema_version = 0;
  std::string first_published;  // ISO; "" when no document has a date
  std::string last_published;
  uint64_t file_bytes = 0;  // size of the main database file
  // Events per CAMEO root code ("01".."20"), ascending by root.
  std::vector<std::pair<std::string, uint64_t>> events_by_root;
};

struct StoredDocument {
  Document doc;  // every stored field, with its sentences
  uint64_t event_count = 0;
};

// Which events Archive::Events returns. Empty fields do not filter; the
// filters that are set must all hold. Actor codes and PLOVER types are
// matched in upper case ("isr" finds "ISRGOV").
struct EventQuery {
  std::string doc_id;  // events of this document only
  std::string actor;   // actor code prefix, on either side ("SYR", "ISRGOV")
  std::string pair_a, pair_b;  // a dyad, either direction: source ~ a and
                               // target ~ b, or source ~ b and target ~ a
                               // (code prefixes; set both or neither)
  std::string code_prefix;     // CAMEO event code prefix ("04", "0311")
  std::string plover;          // PLOVER type, exact ("CONSULT")
  int quad = 0;                // QuadClass 1-4; 0 = any
  // Event dates in [since, until], inclusive, ISO at any precision. An event
  // matches when its date range overlaps: an event dated "2026-03" matches
  // since = "2026-03-15". Events without a date are left out when either is
  // set.
  std::string since, until;
  size_t limit = 0;  // 0 = no limit
  size_t offset = 0;
};

class Archive {
 public:
  // Opens or creates the archive at `path`, migrating an older schema to the
  // current one (in one transaction). Fails with:
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
  static Result<std::unique_ptr<Archive>> Open(const std::string& path,
                                               ArchiveOptions options = {});
  ~Archive();
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  // Stores `doc` (every field, its sentences) and `events` in the current
  // batch, beginning one if needed. All or nothing per document. A document
  // whose id is already stored is left as it is: stored = false, and the
  // events are not added. Events must belong to `doc` (Event::doc_id empty
  // or equal to doc.id). Fails with kInvalidArgument (empty id, events of
  // another document, read-only archive) or kIoError.
  Result<PutResult> Put(const Document& doc, const std::vector<Event>& events);

  // Ends the current batch, making its documents durable and visible to
  // other readers. OK (and a no-op) when no batch is open.
  Status Commit();
  // Discards the current batch. OK when none is open.
  Status Rollback();

  // Full-text search over titles and texts, best first, at most `limit`
  // hits (0 = 20). See fts_query.h / docs/archive.md for the syntax: plain
  // words must all match, "quoted phrases", OR, -exclusion, prefix*,
  // title:word. Malformed syntax is repaired, never an error; a query with
  // nothing to search for is kInvalidArgument.
  Result<std::vector<SearchHit>> Search(std::string_view query, size_t limit,
                                        const SearchOptions& options = {});

  // The stored document, or nullopt when no document has that id.
  Result<std::optional<StoredDocument>> Get(std::string_view doc_id);
  // Whether a document with that id is stored (in a committed batch, or in
  // this Archive's open batch).
  Result<bool> Contains(std::string_view doc_id);

  // Events matching `q`, ordered by event date (undated last), then
  // document id, then position in the document. Fails with
  // kInvalidArgument for a malformed date or a half-given pair.
  Result<std::vector<Event>> Events(const EventQuery& q);

  Result<ArchiveStats> Stats();

  // Runs SQLite's integrity check and the full-text index's own check.
  // kCorruption with the first problems found.
  Status Check();

  const std::string& path() const;

 private:
  struct Rep;
  explicit Archive(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace annalist

#endif  // ANNALIST_ARCHIVE_H_
