#include <chrono>
#include <map>
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

// Codes `doc` through the engine; a document longer than kPieceBytes is
// coded a run of whole sentences at a time (each run as a document of its
// own, then shifted back into place), so that the coder's per-document
// work stays the size of a piece however long the document is.
constexpr size_t kPieceBytes = 64 << 10;

Status CodeDocument(const CodingProfile& profile, Document* doc, ProcessScratch* scratch,
                    std::vector<Event>* events) {
  if (doc->text.size() <= kPieceBytes) return ProcessDocument(profile, doc, scratch, events);
  if (doc->sentences.empty()) PrepareDocument(doc);
  Document piece;
  std::vector<Event> piece_events;
  std::map<uint32_t, uint32_t> per_sentence;
  size_t first = 0;
  while (first < doc->sentences.size()) {
    const uint32_t begin = doc->sentences[first].span.begin;
    size_t last = first + 1;
    while (last < doc->sentences.size() && doc->sentences[last].span.end - begin <= kPieceBytes) {
      ++last;
    }
    const uint32_t end = doc->sentences[last - 1].span.end;
    piece.id = doc->id;
    piece.title = first == 0 ? doc->title : std::string();
    piece.url = doc->url;
    piece.outlet = doc->outlet;
    piece.byline = doc->byline;
    piece.language = doc->language;
    piece.published = doc->published;
    piece.text.assign(doc->text, begin, end - begin);
    piece.sentences.assign(doc->sentences.begin() + first, doc->sentences.begin() + last);
    for (Sentence& s : piece.sentences) {
      s.span.begin -= begin;
      s.span.end -= begin;
    }
    piece.mentions.clear();
    piece_events.clear();
    ANNALIST_RETURN_IF_ERROR(ProcessDocument(profile, &piece, scratch, &piece_events));
    const uint32_t shift = static_cast<uint32_t>(first);
    for (Mention& m : piece.mentions) {
      m.span.begin += begin;
      m.span.end += begin;
      m.sentence += shift;
      doc->mentions.push_back(std::move(m));
    }
    for (Event& e : piece_events) {
      e.sentence += shift;
      e.span.begin += begin;
      e.span.end += begin;
      e.id = EventId(doc->id, e.sentence, per_sentence[e.sentence]++);
      events->push_back(std::move(e));
    }
    per_sentence.clear();
    first = last;
  }
  return Status::Ok();
}

// What an item weighs in the pipeline's window: its text, its sentences
// and the engine's work on them.
size_t ItemCost(const Item& item) {
  return item.doc.text.size() + item.doc.title.size() + item.doc.extra_json.size();
}

}  // namespace

// A batch is committed after this much text too, so that the WAL and the
// full-text index's pending data stay small with huge documents.
constexpr uint64_t kBatchBytes = 32 << 20;

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
  size_t in_batch = 0;
  uint64_t batch_bytes = 0;
  Clock::time_point last_progress = start;
  Clock::time_point last_commit = start;

  OrderedPipeline<Item, Item> pipeline(summary.threads, 4 * summary.threads + 16);
  // In bytes: room for each worker to code a few BBC-to-Reuters-size
  // documents while the writer commits, and for one huge document alone.
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
          // A document that cannot be coded is stored without events.
          Status st = CodeDocument(*options.profile, &out->doc, scratch.get(), &out->events);
          if (!st.ok()) out->events.clear();
        });
      },
      [&](Item&& item) {
        ++summary.read;
        summary.bytes = item.bytes_read;
        Result<PutResult> put = (*archive)->Put(item.doc, item.events);
        if (!put.ok()) {
          write_error = put.status();
          return false;
        }
        if (put->stored) {
          ++summary.stored;
          summary.sentences += item.doc.sentences.size();
          summary.events += item.events.size();
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
