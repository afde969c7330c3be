#include <chrono>
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

}  // namespace

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

  ReaderOptions reader_options = options.reader;
  reader_options.format = options.format;
  Result<std::unique_ptr<DocumentReader>> opened =
      DocumentReader::Open(options.paths, reader_options);
  if (!opened.ok()) return opened.status();
  DocumentReader& reader = **opened;
  if (options.on_problem) reader.SetProblemHandler(options.on_problem);

  Status write_error;
  size_t in_batch = 0;
  Clock::time_point last_progress = start;
  Clock::time_point last_commit = start;

  OrderedPipeline<Item, Item> pipeline(summary.threads, 4 * summary.threads + 16);
  pipeline.Run(
      [&](Item* item) {
        if (!reader.Next(&item->doc)) return false;
        item->bytes_read = reader.bytes_read();
        return true;
      },
      [&] {
        auto scratch = std::make_shared<ProcessScratch>();
        return OrderedPipeline<Item, Item>::Worker(
            [&, scratch](Item&& in, Item* out) {
              *out = std::move(in);
              if (!options.profile) {
                PrepareDocument(&out->doc);
                return;
              }
              // A document that cannot be coded is stored without events.
              Status st = ProcessDocument(*options.profile, &out->doc, scratch.get(),
                                          &out->events);
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
        const Clock::time_point now = Clock::now();
        if (++in_batch >= options.batch_size || now - last_commit > std::chrono::seconds(2)) {
          Status st = (*archive)->Commit();
          if (!st.ok()) {
            write_error = st;
            return false;
          }
          in_batch = 0;
          last_commit = now;
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
