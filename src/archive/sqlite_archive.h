// The SQLite back end of Archive, private to src/archive/: archive.cc
// (open, writes, lookups), archive_query.cc (search, event queries) and
// archive_profile.cc (the coding profile, recode writes).
#ifndef ANNALIST_SRC_ARCHIVE_SQLITE_ARCHIVE_H_
#define ANNALIST_SRC_ARCHIVE_SQLITE_ARCHIVE_H_

#include <memory>
#include <string>
#include <unordered_map>

#include "annalist/archive.h"
#include "archive/sqlite.h"

namespace annalist {
namespace archive {

class SqliteArchive final : public Archive {
 public:
  // See Archive::Open; `path` is the file (no "sqlite:" prefix).
  static Result<std::unique_ptr<Archive>> Open(const std::string& path, ArchiveOptions options);
  ~SqliteArchive() override;

  Result<PutResult> Put(const Document& doc, const std::vector<Event>& events) override;
  Status PutMore(const Document& doc, const std::vector<Mention>& mentions,
                 const std::vector<Event>& events) override;
  Status Recode(const std::string& doc_id, const std::vector<Event>& events,
                const std::vector<Mention>& mentions, const std::string& profile_hash) override;
  Status Commit() override;
  Status Rollback() override;

  Result<ProfileState> Profile() override;
  Status SetProfile(const ArchiveProfile& profile) override;
  Status BeginRecode(const ArchiveProfile& profile) override;
  Status FinishRecode() override;

  Result<ReadSummary> ScanSearch(std::string_view query, const SearchOptions& options,
                                 const ReadLimits& limits,
                                 const std::function<bool(const SearchHit&)>& row) override;
  Result<ReadSummary> ScanEvents(const EventQuery& q, const ReadLimits& limits,
                                 const std::function<bool(const Event&)>& row) override;
  Result<std::vector<Document>> ListDocuments(const std::string& after_id, size_t limit,
                                              const std::string& skip_coded_with) override;
  Result<uint64_t> CountNotCodedWith(const std::string& profile_hash) override;
  Result<CountResult> Count(const EventQuery& q, const CountOptions& options) override;
  Result<std::vector<ActorTotal>> TopActors(const EventQuery& q,
                                            const TopOptions& options) override;
  Result<std::vector<PairTotal>> TopPairs(const EventQuery& q, const TopOptions& options) override;
  Result<ActorNetwork> Network(const EventQuery& q, const TopOptions& options) override;
  Result<std::vector<std::string>> ActorCodes() override;
  Result<std::optional<StoredDocument>> Get(std::string_view doc_id) override;
  Result<bool> Contains(std::string_view doc_id) override;
  Result<ArchiveStats> Stats() override;
  Status Check() override;
  const std::string& path() const override { return db_->path(); }

 private:
  SqliteArchive() = default;

  // The cached statement for `sql`, reset and unbound; prepared on first
  // use and kept.
  Result<Stmt*> Cached(const std::string& sql);
  Status BeginIfNeeded();
  Status InsertEvents(const std::string& doc_id, const std::vector<Event>& events,
                      int64_t first_ordinal = 0);
  // Checks `events` belong to `doc` and carry their ids (Put, PutMore).
  static Status CheckEvents(const Document& doc, const std::vector<Event>& events);
  // Removes the document row `doc_key` put in the open batch after a write
  // of its rows failed, and returns `failed` (Put, PutMore).
  Status UndoPut(int64_t doc_key, Status failed);
  // The document the last Put stored in the open batch (PutMore's): its
  // row, its id and how many events it has; cleared at Commit and Rollback.
  int64_t open_doc_key_ = 0;
  std::string open_doc_id_;
  int64_t open_doc_events_ = 0;
  int64_t open_doc_pieces_ = 0;  // its rows of mention_sets so far
  // Stores `mentions` as the row `piece` of the document's mention_sets
  // (none when empty).
  Status InsertMentions(int64_t doc_key, int64_t piece, const std::vector<Mention>& mentions);
  Status ReadSentences(int64_t doc_key, Document* doc);
  Status ReadMentions(int64_t doc_key, Document* doc);
  Status WriteProfileRow(const ProfileState& state);
  // Records that rows from `doc_key` on are not yet in the full-text index
  // (the fts_pending row; see schema.cc, version 4).
  Status MarkUnindexed(int64_t doc_key);
  // `st`, noting when SQLite rolled the whole transaction back with it.
  Status LostBatchOr(Status st);

  // Declared first so that it is destroyed last, after the statements.
  std::unique_ptr<Db> db_;
  ArchiveOptions options_;
  // The hash Put marks new documents with: the recorded profile's, or the
  // one given to SetProfile.
  std::string coded_with_;

  // Statements of the write path, prepared once.
  Stmt insert_document_;
  Stmt insert_sentence_set_;
  Stmt insert_event_;
  Stmt insert_mention_set_;
  std::string row_json_;  // the JSON of the sentence or mention row being written
  // The first doc_key of the open batch not yet in the full-text index
  // (0: none); Commit indexes the rows from it on.
  int64_t first_unindexed_ = 0;

  std::unordered_map<std::string, Stmt> cache_;
};

// Resets a statement when it goes out of scope, so that a reused statement
// does not hold a read transaction open between calls.
class ResetOnExit {
 public:
  explicit ResetOnExit(Stmt* stmt) : stmt_(stmt) {}
  ~ResetOnExit() { stmt_->Reset(); }
  ResetOnExit(const ResetOnExit&) = delete;
  ResetOnExit& operator=(const ResetOnExit&) = delete;

 private:
  Stmt* stmt_;
};

}  // namespace archive
}  // namespace annalist

#endif  // ANNALIST_SRC_ARCHIVE_SQLITE_ARCHIVE_H_
