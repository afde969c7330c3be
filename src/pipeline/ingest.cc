#include <chrono>
#include <memory>
#include <thread>
#include <utility>

#include "annalist/archive.h"
#include "annalist/engine.h"
#include "annalist/pipeline.h"
#include "annalist/recode.h"
#include "annalist/text.h"
#include "pipeline/ordered_pipeline.h"

namespace annalist {

namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Item {
  Document doc;
  std::vector<Event> events;
  uint64_t bytes_read = 0;  // reader position after this document
};

// A document longer than this is coded by the writer, a piece at a time
// (ProcessDocumentInPieces), each piece's mentions and events stored as they
// come (Archive::PutMore), so that its events are never all in memory: a
// document of short eventful sentences has events weighing 25 times its text.
constexpr size_t kStreamBytes = 256 << 10;
// What one byte of text may weigh once coded (sentences, mentions, events;
// about 25 for a text of short sentences with an event each, 2 to 4 for
// news), for the pipeline's window: documents coded by the workers count
// this much per byte, so the window bounds what they hold.
constexpr size_t kCodedWeight = 16;

bool Streamed(const Document& doc) { return doc.text.size() > kStreamBytes; }

// What an item weighs in the pipeline's window: its text, and for a
// document the workers code, what coding it may take.
size_t ItemCost(const Item& item) {
  const size_t text = item.doc.text.size() + item.doc.title.size() + item.doc.extra_json.size();
  return Streamed(item.doc) ? text : text * kCodedWeight;
}

// Codes a long document a piece at a time on the writer's thread and stores
// it as it goes: the document with its first piece (Archive::Put), each
// further piece with PutMore, all in the open batch (the caller commits only
// after). A document already stored is not coded past its first piece. A
// coding error keeps what was stored before it. `*events` counts them.
Result<PutResult> PutStreamed(const CodingProfile& profile, Archive* archive, Document* doc,
                              ProcessScratch* scratch, size_t* events) {
  *events = 0;
  bool first = true;
  Status write_error;
  PutResult result{false};
  Status st = ProcessDocumentInPieces(
      profile, doc, scratch, [&](std::vector<Mention>* mentions, std::vector<Event>* piece) {
        if (first) {
          first = false;
          doc->mentions = std::move(*mentions);
          Result<PutResult> put = archive->Put(*doc, *piece);
          doc->mentions.clear();
          if (!put.ok()) {
            write_error = put.status();
            return false;
          }
          result = *put;
          if (!result.stored) return false;
        } else {
          Status more = archive->PutMore(*doc, *mentions, *piece);
          if (!more.ok()) {
            write_error = more;
            return false;
          }
        }
        *events += piece->size();
        return true;
      });
  if (!write_error.ok()) return write_error;
  if (first) {  // nothing to code (no sentence) or a coding error at once
    *events = 0;
    return archive->Put(*doc, {});
  }
  (void)st;  // a coding error after the first piece: what was stored stays
  return result;
}

}  // namespace

// A batch is committed after this much text too, so that the WAL and the
// full-text index's pending data stay small with huge documents.
constexpr uint64_t kBatchBytes = 32 << 20;
// The most documents in the pipeline at once (see Ingest).
constexpr size_t kWindowItems = 1024;

Result<IngestSummary> Ingest(const IngestOptions& options) {
  const Clock::time_point start = Clock::now();
  IngestSummary summary;
  summary.threads = options.threads > 0
                        ? options.threads
                        : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

  Result<std::unique_ptr<Archive>> archive = Archive::Open(options.db_path);
  if (!archive.ok()) return archive.status();
  ANNALIST_RETURN_IF_ERROR(CheckArchiveProfile(
      **archive, options.profile ? ArchiveProfileOf(*options.profile) : UncodedProfile()));
  // Recording the profile opened a transaction; it must not hold the write
  // lock while the input has not sent anything yet.
  ANNALIST_RETURN_IF_ERROR((*archive)->Commit());

  ReaderOptions reader_options = options.reader;
  reader_options.format = options.format;
  Result<std::unique_ptr<DocumentReader>> opened =
      DocumentReader::Open(options.paths, reader_options);
  if (!opened.ok()) return opened.status();
  DocumentReader& reader = **opened;
  if (options.on_problem) reader.SetProblemHandler(options.on_problem);

  Status write_error;
  ProcessScratch writer_scratch;  // the writer's, for documents it codes
  size_t in_batch = 0;
  uint64_t batch_bytes = 0;
  Clock::time_point last_progress = start;
  Clock::time_point last_commit = start;

  // The window is bounded in bytes (ItemCost); its count only caps the
  // bookkeeping. Commits take the writer 30-70 ms each (Reuters, 1,000
  // documents: the full-text index and the WAL), in which the workers code
  // several hundred news articles: with a window of a few dozen they would
  // stop and leave a core idle at every commit.
  OrderedPipeline<Item, Item> pipeline(summary.threads, kWindowItems);
  pipeline.LimitBytes(options.window_bytes, ItemCost);
  auto commit = [&](Clock::time_point now) {
    Status st = (*archive)->Commit();
    if (!st.ok()) {
      write_error = st;
      return false;
    }
    in_batch = 0;
    batch_bytes = 0;
    last_commit = now;
    return true;
  };
  // A stalled input holds no write lock for long: the open batch is
  // committed while the writer waits for the next document.
  pipeline.SetIdle(std::chrono::milliseconds(250), [&] {
    const Clock::time_point now = Clock::now();
    if (in_batch == 0 || now - last_commit < options.commit_interval) return true;
    return commit(now);
  });
  pipeline.Run(
      [&](Item* item) {
        if (!reader.Next(&item->doc)) return false;
        item->bytes_read = reader.bytes_read();
        return true;
      },
      [&] {
        auto scratch = std::make_shared<ProcessScratch>();
        return OrderedPipeline<Item, Item>::Worker([&, scratch](Item&& in, Item* out) {
          *out = std::move(in);
          if (!options.profile) {
            PrepareDocument(&out->doc);
            return;
          }
          if (Streamed(out->doc)) {
            PrepareDocument(&out->doc);  // coded by the writer, a piece at a time
            return;
          }
          // A document that cannot be coded is stored without events.
          Status st = ProcessDocument(*options.profile, &out->doc, scratch.get(), &out->events);
          if (!st.ok()) out->events.clear();
        });
      },
      [&](Item&& item) {
        ++summary.read;
        summary.bytes = item.bytes_read;
        Result<PutResult> put = PutResult{false};
        size_t events = item.events.size();
        if (options.profile && Streamed(item.doc)) {
          put = PutStreamed(*options.profile, archive->get(), &item.doc, &writer_scratch, &events);
        } else {
          put = (*archive)->Put(item.doc, item.events);
        }
        if (!put.ok()) {
          write_error = put.status();
          return false;
        }
        if (put->stored) {
          ++summary.stored;
          summary.sentences += item.doc.sentences.size();
          summary.events += events;
          summary.repaired_bytes += item.doc.repaired_bytes;
        } else {
          ++summary.duplicates;
        }
        batch_bytes += item.doc.text.size();
        const Clock::time_point now = Clock::now();
        if (++in_batch >= options.batch_size || batch_bytes >= kBatchBytes ||
            now - last_commit >= options.commit_interval) {
          if (!commit(now)) return false;
        }
        if (options.on_progress && now - last_progress > std::chrono::milliseconds(250)) {
          last_progress = now;
          IngestProgress p;
          p.documents = summary.read;
          p.bytes = summary.bytes;
          p.total_bytes = reader.total_bytes();
          p.seconds = SecondsSince(start);
          options.on_progress(p);
        }
        return true;
      });

  if (!write_error.ok()) return write_error;
  ANNALIST_RETURN_IF_ERROR((*archive)->Commit());

  summary.bytes = reader.bytes_read();
  summary.files = reader.files_read();
  summary.files_ignored = reader.files_ignored();
  for (const auto& [reason, n] : reader.skipped()) {
    summary.skipped_by_reason[reason] += n;
    summary.skipped += n;
  }
  summary.seconds = SecondsSince(start);
  return summary;
}

}  // namespace annalist
