// Re-coding an archive in place: stored documents -> workers -> one writer,
// like ingest (see annalist/recode.h).
#include "annalist/recode.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>
#include <utility>

#include "annalist/coder.h"
#include "annalist/engine.h"
#include "annalist/pipeline.h"
#include "pipeline/ordered_pipeline.h"

namespace annalist {

namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Codes a stored document through the one per-document call, as Ingest's
// workers do. The mentions the coder adds replace the stored ones.
void CodeStoredDocument(const CodingProfile& profile, ProcessScratch* scratch, Document* doc,
                        std::vector<Event>* events) {
  doc->mentions.clear();
  if (!ProcessDocument(profile, doc, scratch, events).ok()) events->clear();
}

struct Item {
  Document doc;
  std::vector<Event> events;
};

std::string Describe(const ArchiveProfile& p) { return "'" + p.name + "' (" + p.hash + ")"; }

}  // namespace

ArchiveProfile ArchiveProfileOf(const CodingProfile& coding) {
  return {coding.name(), "fnv1a64:" + coding.content_hash()};
}

ArchiveProfile UncodedProfile() { return {"none (not coded)", "none"}; }

Status CheckArchiveProfile(Archive& archive, const ArchiveProfile& profile) {
  if (profile.empty()) return Status::Ok();
  Result<ProfileState> state = archive.Profile();
  if (!state.ok()) return state.status();
  if (!state->pending.empty()) {
    return Status::InvalidArgument(archive.path() + ": a recode to " + Describe(state->pending) +
                                   " is unfinished; finish it first with `annalist recode --db " +
                                   archive.path() + " --lexicon " + state->pending.name + "`");
  }
  if (state->current.hash == profile.hash) return Status::Ok();
  Result<std::vector<Document>> any = archive.ListDocuments("", 1, "");
  if (!any.ok()) return any.status();
  // An empty archive takes the ingest's profile; so does one from before
  // profiles were recorded (schema version 2), which cannot say.
  if (any->empty() || state->current.empty()) {
    return archive.SetProfile(profile);
  }
  return Status::InvalidArgument(
      archive.path() + ": its events were coded with " + Describe(state->current) +
      ", this ingest codes with " + Describe(profile) +
      "; re-code the archive first (`annalist recode --db " + archive.path() +
      " --lexicon ...`) or ingest into another archive");
}

Result<RecodeSummary> Recode(const RecodeOptions& options) {
  const Clock::time_point start = Clock::now();
  if (!options.coding) return Status::InvalidArgument("recode needs a coding profile");
  const ArchiveProfile profile = ArchiveProfileOf(*options.coding);
  RecodeSummary summary;
  summary.to = profile;
  summary.threads = options.threads > 0
                        ? options.threads
                        : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

  ArchiveOptions write_options;
  write_options.create = false;
  Result<std::unique_ptr<Archive>> writer = Archive::Open(options.db_path, write_options);
  if (!writer.ok()) return writer.status();
  Archive& archive = **writer;
  Result<ProfileState> state = archive.Profile();
  if (!state.ok()) return state.status();
  summary.from = state->current;

  Result<uint64_t> left = archive.CountNotCodedWith(profile.hash);
  if (!left.ok()) return left.status();
  Result<ArchiveStats> stats = archive.Stats();
  if (!stats.ok()) return stats.status();
  summary.documents = stats->documents;
  summary.resumed = summary.documents - *left;
  if (*left == 0 && state->current == profile && state->pending.empty()) {
    summary.seconds = SecondsSince(start);
    return summary;  // already coded with this profile
  }
  ANNALIST_RETURN_IF_ERROR(archive.BeginRecode(profile));

  // The reader pages through the stored documents on its own read-only
  // connection, a short read per page, so the writer's commits are never
  // held back by a long-open read.
  ArchiveOptions read_options;
  read_options.read_only = true;
  Result<std::unique_ptr<Archive>> reader = Archive::Open(options.db_path, read_options);
  if (!reader.ok()) return reader.status();
  constexpr size_t kPage = 64;
  std::vector<Document> page;
  size_t page_pos = 0;
  std::string after;
  Status read_error, write_error;

  size_t in_batch = 0;
  Clock::time_point last_commit = start, last_progress = start;
  OrderedPipeline<Item, Item> pipeline(summary.threads, 4 * summary.threads + 16);
  pipeline.LimitBytes(32 << 20, [](const Item& item) { return item.doc.text.size(); });
  pipeline.Run(
      [&](Item* item) {
        if (page_pos == page.size()) {
          Result<std::vector<Document>> next = (*reader)->ListDocuments(after, kPage, profile.hash);
          if (!next.ok()) {
            read_error = next.status();
            return false;
          }
          page = std::move(next).value();
          page_pos = 0;
          if (page.empty()) return false;
          after = page.back().id;
        }
        item->doc = std::move(page[page_pos++]);
        return true;
      },
      [&] {
        auto scratch = std::make_shared<ProcessScratch>();
        return OrderedPipeline<Item, Item>::Worker([&, scratch](Item&& in, Item* out) {
          *out = std::move(in);
          CodeStoredDocument(*options.coding, scratch.get(), &out->doc, &out->events);
        });
      },
      [&](Item&& item) {
        Status st = archive.Recode(item.doc.id, item.events, item.doc.mentions, profile.hash);
        if (!st.ok()) {
          write_error = st;
          return false;
        }
        ++summary.recoded;
        summary.events += item.events.size();
        const Clock::time_point now = Clock::now();
        if (++in_batch >= options.batch_size || now - last_commit > std::chrono::seconds(1)) {
          st = archive.Commit();
          if (!st.ok()) {
            write_error = st;
            return false;
          }
          in_batch = 0;
          last_commit = now;
        }
        if (options.on_progress && now - last_progress > std::chrono::milliseconds(250)) {
          last_progress = now;
          options.on_progress(
              {summary.resumed + summary.recoded, summary.documents, SecondsSince(start)});
        }
        return true;
      });
  if (!read_error.ok()) return read_error;
  if (!write_error.ok()) return write_error;
  ANNALIST_RETURN_IF_ERROR(archive.Commit());
  ANNALIST_RETURN_IF_ERROR(archive.FinishRecode());
  summary.seconds = SecondsSince(start);
  return summary;
}

}  // namespace annalist
