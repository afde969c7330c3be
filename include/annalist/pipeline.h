// Pipeline: reader -> worker threads -> one archive writer, joined by bounded
// queues, so memory stays flat in corpus size.
//
// Ingest() reads every input, runs each document through the engine
// (engine.h: text, annotate, code, resolve) when a profile is given (else
// the text stage only), and stores it with its events in
// the archive in batched transactions. Documents are keyed: re-ingesting the
// same input stores nothing twice, and an ingest interrupted at any point
// (even kill -9) leaves a consistent archive that a rerun completes.
//
// Thread-safety: Ingest() may be called from any thread; it starts and joins
// its own threads. The callbacks in IngestOptions are called from those
// threads (on_problem from the reader thread, on_progress from the calling
// thread) but never concurrently with themselves.
//
// Failure: Ingest returns a non-OK Status only when it cannot run at all (the
// archive cannot be opened or written, no input path exists). Bad records are
// skipped, reported through on_problem and counted in the summary.
#ifndef ANNALIST_PIPELINE_H_
#define ANNALIST_PIPELINE_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "annalist/archive.h"
#include "annalist/document.h"
#include "annalist/engine.h"
#include "annalist/event.h"
#include "annalist/profile.h"
#include "annalist/reader.h"
#include "annalist/status.h"

namespace annalist {

struct IngestProgress {
  uint64_t documents = 0;    // documents read so far
  uint64_t bytes = 0;        // input bytes read so far
  uint64_t total_bytes = 0;  // known input size, 0 when unknown (stdin)
  double seconds = 0;
};

struct IngestOptions {
  std::vector<std::string> paths;  // files, directories, "-" for stdin
  std::string db_path = "annalist.db";
  InputFormat format = InputFormat::kAuto;
  // The reader's other options (its `format` is the field above).
  ReaderOptions reader;
  int threads = 0;           // workers; 0 = all cores
  size_t batch_size = 1000;  // documents per transaction
  // A batch is also committed this long after the last commit, whether
  // documents arrive or not (a stalled pipe keeps no write lock).
  std::chrono::milliseconds commit_interval{1000};
  // The next document is not read while those read but not yet stored
  // weigh this many bytes or more: at most this plus one document are in
  // flight (a huge document goes alone). A document the workers code (up to
  // 256 KB of text) weighs 16 bytes per byte of text, what its sentences,
  // mentions and events may take; a longer one is coded by the writer a
  // piece at a time, its events stored as they come (Archive::PutMore), and
  // weighs its text. The reader's per-document limit is
  // ReaderOptions::max_document_bytes.
  size_t window_bytes = 32 << 20;
  // When set, every document is coded with it and its events and mentions
  // are stored. Shared, read-only. The archive records what coded its
  // events, ArchiveProfileOf(*profile) or UncodedProfile() (annalist/recode.h):
  // an archive coded with another profile is refused (kInvalidArgument)
  // and an empty one records it.
  std::shared_ptr<const CodingProfile> profile;
  std::function<void(const ReadProblem&)> on_problem;
  std::function<void(const IngestProgress&)> on_progress;  // about 4 times a second
};

struct IngestSummary {
  uint64_t read = 0;        // documents read (stored + duplicates)
  uint64_t stored = 0;      // new documents written
  uint64_t duplicates = 0;  // already in the archive (same id)
  uint64_t skipped = 0;     // records not read; reasons below
  std::map<std::string, uint64_t> skipped_by_reason;
  uint64_t sentences = 0;  // sentences of stored documents
  uint64_t events = 0;     // events of stored documents
  uint64_t repaired_bytes = 0;
  uint64_t bytes = 0;  // input bytes read
  uint64_t files = 0;
  uint64_t files_ignored = 0;  // not article files (see DocumentReader::files_ignored)
  int threads = 0;
  double seconds = 0;
};

Result<IngestSummary> Ingest(const IngestOptions& options);

// One unit of coding work: a document (a TABARI or PETRARCH record is a
// document that carries its one sentence).
struct CodeUnit {
  Document doc;
  std::vector<Event> events;  // filled by CodeInOrder
};

// The streaming `code` filter: pulls units from `next` (on a reader
// thread), runs each through the engine (ProcessDocument) on `threads`
// workers (0 = all cores), and hands each to `sink` on the calling thread strictly in input
// order. Documents without a publication date get `default_date` first.
// Stops early when `sink` returns false. Memory is bounded by a window of
// in-flight units.
void CodeInOrder(const CodingProfile& profile, int threads, const DateTime& default_date,
                 const std::function<bool(CodeUnit*)>& next,
                 const std::function<bool(CodeUnit&&)>& sink);

}  // namespace annalist

#endif  // ANNALIST_PIPELINE_H_
