// Opening an archive from a spec, and the SQLite back end's writes and
// lookups. Search and event queries are in archive_query.cc, the profile
// and recode writes in archive_profile.cc.
#include "annalist/archive.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <utility>

#include "archive/rows.h"
#include "archive/schema.h"
#include "archive/sqlite_archive.h"

namespace annalist {

Result<std::unique_ptr<Archive>> Archive::Open(const std::string& spec, ArchiveOptions options) {
  // The one seam between back ends: a plain path or "sqlite:PATH" is SQLite.
  constexpr std::string_view kSqlite = "sqlite:";
  if (spec.starts_with(kSqlite)) {
    return archive::SqliteArchive::Open(spec.substr(kSqlite.size()), options);
  }
  if (spec.starts_with("postgresql://") || spec.starts_with("postgres://")) {
    return Status::Unsupported("archive " + spec +
                               ": PostgreSQL archives are not built in this version; use an SQLite "
                               "file (--db FILE or --db sqlite:FILE)");
  }
  const size_t scheme = spec.find("://");
  if (scheme != std::string::npos && scheme > 0 && spec.find('/') > scheme) {
    return Status::InvalidArgument("archive " + spec +
                                   ": unknown kind of archive; give a file (FILE or sqlite:FILE)");
  }
  return archive::SqliteArchive::Open(spec, options);
}

Result<std::vector<SearchHit>> Archive::Search(std::string_view query, size_t limit,
                                               const SearchOptions& options) {
  std::vector<SearchHit> hits;
  ReadLimits limits;
  limits.max_rows = limit == 0 ? 20 : limit;
  Result<ReadSummary> r = ScanSearch(query, options, limits, [&hits](const SearchHit& h) {
    hits.push_back(h);
    return true;
  });
  if (!r.ok()) return r.status();
  return hits;
}

namespace {
constexpr std::string_view kPeriodNames[] = {"all", "day", "week", "month", "year"};
constexpr std::string_view kGroupNames[] = {"none", "root", "quad", "plover"};
}  // namespace

std::string_view CountPeriodName(CountPeriod period) {
  return kPeriodNames[static_cast<size_t>(period)];
}

bool ParseCountPeriod(std::string_view name, CountPeriod* period) {
  for (size_t i = 0; i < std::size(kPeriodNames); ++i) {
    if (kPeriodNames[i] == name) {
      *period = static_cast<CountPeriod>(i);
      return true;
    }
  }
  return false;
}

std::string_view CountGroupName(CountGroup group) {
  return kGroupNames[static_cast<size_t>(group)];
}

bool ParseCountGroup(std::string_view name, CountGroup* group) {
  for (size_t i = 0; i < std::size(kGroupNames); ++i) {
    if (kGroupNames[i] == name) {
      *group = static_cast<CountGroup>(i);
      return true;
    }
  }
  return false;
}

Result<std::vector<Event>> Archive::Events(const EventQuery& q) {
  std::vector<Event> events;
  Result<ReadSummary> r = ScanEvents(q, {}, [&events](const Event& e) {
    events.push_back(e);
    return true;
  });
  if (!r.ok()) return r.status();
  return events;
}

namespace archive {

namespace {

// Whether this process may create files in the directory holding `path`
// (by its effective ids; root may, whatever the mode bits say).
bool DirectoryWritable(const std::string& path) {
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  if (dir.empty()) dir = ".";
  return ::faccessat(AT_FDCWD, dir.c_str(), W_OK, AT_EACCESS) == 0;
}

// "file:/abs/path?immutable=1", with the characters a URI gives meaning to
// percent-encoded.
std::string ImmutableUri(const std::string& path) {
  std::error_code ec;
  std::string abs = std::filesystem::absolute(path, ec).string();
  if (ec) abs = path;
  std::string uri = "file:";
  char buf[4];
  for (char c : abs) {
    if (c == '%' || c == '?' || c == '#') {
      std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
      uri += buf;
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

Status Prepare(Db& db, const char* sql, Stmt* out) {
  Result<Stmt> stmt = db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  *out = std::move(stmt).value();
  return Status::Ok();
}

}  // namespace

SqliteArchive::~SqliteArchive() {
  // An uncommitted batch is discarded, exactly as if the process had died.
  if (db_ && db_->InTransaction()) (void)db_->Exec("ROLLBACK");
}

Result<Stmt*> SqliteArchive::Cached(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    Result<Stmt> stmt = db_->Prepare(sql);
    if (!stmt.ok()) return stmt.status();
    it = cache_.emplace(sql, std::move(stmt).value()).first;
  }
  it->second.Reset();
  return &it->second;
}

Result<std::unique_ptr<Archive>> SqliteArchive::Open(const std::string& path,
                                                     ArchiveOptions options) {
  if (path.empty()) return Status::InvalidArgument("archive path is empty");
  std::error_code ec;
  bool exists = std::filesystem::exists(path, ec);
  if (!exists && (options.read_only || !options.create)) {
    if (ec && ec != std::errc::no_such_file_or_directory) {
      return Status::IoError("cannot open archive " + path + ": " + ec.message());
    }
    return Status::NotFound("archive " + path + " does not exist");
  }
  int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  // A WAL archive read in a directory this process cannot write: SQLite
  // could not create the -shm and -wal files it needs beside it, and the
  // read fails ("attempt to write a readonly database"). Nobody can be
  // writing it there either, so it is opened immutable: no locks, no
  // shared memory, just the file. (With a -wal file left beside it, the
  // ordinary read-only open reads through it.)
  const std::string uri = options.read_only && path != ":memory:" && !DirectoryWritable(path) &&
                                  !std::filesystem::exists(path + "-wal", ec)
                              ? ImmutableUri(path)
                              : "";
  Result<std::unique_ptr<Db>> opened = Db::Open(path, flags, uri);
  if (!opened.ok()) return opened.status();
  std::unique_ptr<SqliteArchive> rep(new SqliteArchive());
  rep->db_ = std::move(opened).value();
  rep->options_ = options;
  Db& db = *rep->db_;
  sqlite3_busy_timeout(db.handle(), options.busy_timeout_ms);
  // SQLite silently opens a file it may not write read-only.
  if (!options.read_only && sqlite3_db_readonly(db.handle(), "main") == 1) {
    return Status::IoError("cannot open archive " + path +
                           " for writing: permission denied (open it "
                           "read-only to query it)");
  }

  // The first read of the file: this is where "not a database" shows.
  int version = 0;
  ANNALIST_RETURN_IF_ERROR(archive::ReadSchemaVersion(db, &version));
  const int latest = archive::LatestSchemaVersion();
  if (version > latest) {
    return Status::Unsupported(path + ": archive schema version " + std::to_string(version) +
                               " is newer than this program's (" + std::to_string(latest) +
                               "); use a newer annalist");
  }
  if (!options.read_only && version == 0) {
    // Before anything is written: 16 KB pages hold about seven BBC-size
    // documents each; with 4 KB pages a 2.2 KB row fills a page alone.
    ANNALIST_RETURN_IF_ERROR(db.Exec("PRAGMA page_size=16384"));
  }
  if (!options.read_only) {
    // WAL: readers do not block the writer, and a crash loses at most the
    // open batch. NORMAL is durable at checkpoints and safe against
    // corruption in WAL mode.
    Result<Stmt> wal = db.Prepare("PRAGMA journal_mode=WAL");
    if (!wal.ok()) return wal.status();
    Result<bool> row = wal->Step();
    if (!row.ok()) return row.status();
    std::string mode = *row ? wal->Text(0) : "";
    // An in-memory database (path ":memory:", for tests and fuzzing) keeps
    // its journal in memory.
    if (mode != "wal" && !(path == ":memory:" && mode == "memory")) {
      return Status::IoError(path + ": cannot switch to WAL mode (got '" + mode + "')");
    }
  }
  ANNALIST_RETURN_IF_ERROR(db.Exec("PRAGMA synchronous=NORMAL"));
  // 64 MB of page cache: the full-text index merges its segments by reading
  // them back, and a batch's pages should stay in memory until Commit.
  // A reader streams rows and needs little: 8 MB keeps its memory flat.
  ANNALIST_RETURN_IF_ERROR(
      db.Exec(options.read_only ? "PRAGMA cache_size=-8192" : "PRAGMA cache_size=-24576"));
  if (version < latest) {
    if (options.read_only) {
      return Status::Unsupported(path + (version == 0 ? ": empty, not an annalist archive yet"
                                                      : ": archive schema version " +
                                                            std::to_string(version) +
                                                            " needs an upgrade; open it once for "
                                                            "writing"));
    }
    ANNALIST_RETURN_IF_ERROR(archive::Migrate(db, latest));
  }
  if (!options.read_only) {
    ANNALIST_RETURN_IF_ERROR(Prepare(db, kInsertDocumentSql, &rep->insert_document_));
    ANNALIST_RETURN_IF_ERROR(Prepare(db, kInsertSentenceSetSql, &rep->insert_sentence_set_));
    ANNALIST_RETURN_IF_ERROR(Prepare(db, kInsertEventSql, &rep->insert_event_));
    ANNALIST_RETURN_IF_ERROR(Prepare(db, kInsertMentionSetSql, &rep->insert_mention_set_));
  }
  Result<ProfileState> profile = rep->Profile();
  if (!profile.ok()) return profile.status();
  rep->coded_with_ = profile->current.hash;
  return std::unique_ptr<Archive>(std::move(rep));
}

Status SqliteArchive::BeginIfNeeded() {
  if (options_.read_only) {
    return Status::InvalidArgument(path() + ": archive is open read-only");
  }
  if (db_->InTransaction()) return Status::Ok();
  // IMMEDIATE takes the write lock now, waiting up to the busy timeout,
  // instead of failing later when a read would need upgrading.
  return db_->Exec("BEGIN IMMEDIATE");
}

Status SqliteArchive::InsertEvents(const std::string& doc_id, const std::vector<Event>& events,
                                   int64_t first_ordinal) {
  // Put and Recode checked that every event has its id.
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    BindEvent(insert_event_, e, doc_id, first_ordinal + static_cast<int64_t>(i), e.id);
    Status st = insert_event_.Run();
    insert_event_.Reset();
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

Status SqliteArchive::CheckEvents(const Document& doc, const std::vector<Event>& events) {
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    if (!e.doc_id.empty() && e.doc_id != doc.id) {
      return Status::InvalidArgument("event of document '" + e.doc_id + "' put with document '" +
                                     doc.id + "'");
    }
    // Ids are the engine's (ProcessDocument sets Event::id); the archive
    // stores them and never makes one up.
    if (e.id.empty()) {
      return Status::InvalidArgument("document " + doc.id + ": event " + std::to_string(i) +
                                     " has no id (events come from ProcessDocument)");
    }
  }
  return Status::Ok();
}

// What a constraint refused after the document row went in (the rare path)
// is undone by deleting that row: the delete trigger takes its sentences,
// mentions and events, and leaves the full-text index alone (the row is not
// in it yet). The rest of the batch stays.
Status SqliteArchive::UndoPut(int64_t doc_key, Status failed) {
  insert_sentence_set_.Reset();
  insert_event_.Reset();
  insert_mention_set_.Reset();
  open_doc_key_ = 0;
  open_doc_id_.clear();
  if (!db_->InTransaction()) return LostBatchOr(failed);
  Result<Stmt*> del = Cached("DELETE FROM documents WHERE doc_key = ?1");
  if (del.ok()) {
    ResetOnExit reset(*del);
    (*del)->Bind(1, doc_key);
    if ((*del)->Run().ok()) return failed;
  }
  (void)Rollback();
  return Status(failed.code(), failed.message() + " (the open batch was rolled back)");
}

Status SqliteArchive::InsertMentions(int64_t doc_key, int64_t piece,
                                     const std::vector<Mention>& mentions) {
  if (mentions.empty()) return Status::Ok();
  const size_t n = EncodeMentions(mentions, &row_json_);
  insert_mention_set_.Bind(1, doc_key);
  insert_mention_set_.Bind(2, piece);
  insert_mention_set_.Bind(3, static_cast<int64_t>(n));
  insert_mention_set_.Bind(4, row_json_);
  Status st = insert_mention_set_.Run();
  insert_mention_set_.Reset();
  return st;
}

Result<PutResult> SqliteArchive::Put(const Document& doc, const std::vector<Event>& events) {
  if (options_.read_only) {
    return Status::InvalidArgument(path() + ": archive is open read-only");
  }
  // Everything that can be checked is checked before the first write, so
  // that a document's rows go in without a savepoint of their own (a
  // savepoint per document costs page copies and an FTS5 flush each).
  if (doc.id.empty()) {
    return Status::InvalidArgument(path() + ": document without an id (from " + doc.source + ":" +
                                   std::to_string(doc.source_line) + ")");
  }
  ANNALIST_RETURN_IF_ERROR(CheckEvents(doc, events));
  open_doc_key_ = 0;
  open_doc_id_.clear();
  ANNALIST_RETURN_IF_ERROR(BeginIfNeeded());

  BindDocument(insert_document_, doc);
  insert_document_.BindTextOrNull(14, coded_with_);
  Status st = insert_document_.Run();
  insert_document_.Reset();
  if (!st.ok()) return LostBatchOr(st);
  if (db_->Changes() == 0) return PutResult{false};  // already stored
  const int64_t doc_key = db_->LastInsertRowid();
  st = MarkUnindexed(doc_key);
  auto undo = [&](Status failed) { return UndoPut(doc_key, std::move(failed)); };
  if (!st.ok()) return undo(st);
  if (!doc.sentences.empty()) {
    EncodeSentences(doc.sentences, &row_json_);
    insert_sentence_set_.Bind(1, doc_key);
    insert_sentence_set_.Bind(2, static_cast<int64_t>(doc.sentences.size()));
    insert_sentence_set_.Bind(3, row_json_);
    st = insert_sentence_set_.Run();
    insert_sentence_set_.Reset();
    if (!st.ok()) return undo(st);
  }
  st = InsertMentions(doc_key, 0, doc.mentions);
  if (!st.ok()) return undo(st);
  st = InsertEvents(doc.id, events);
  if (!st.ok()) return undo(st);
  open_doc_key_ = doc_key;
  open_doc_id_ = doc.id;
  open_doc_events_ = static_cast<int64_t>(events.size());
  open_doc_pieces_ = 1;
  return PutResult{true};
}

Status SqliteArchive::PutMore(const Document& doc, const std::vector<Mention>& mentions,
                              const std::vector<Event>& events) {
  if (options_.read_only) {
    return Status::InvalidArgument(path() + ": archive is open read-only");
  }
  if (open_doc_key_ == 0 || open_doc_id_ != doc.id || !db_->InTransaction()) {
    return Status::InvalidArgument("document " + doc.id +
                                   ": PutMore without a Put of it in the open batch");
  }
  ANNALIST_RETURN_IF_ERROR(CheckEvents(doc, events));
  const int64_t doc_key = open_doc_key_;
  Status st = InsertMentions(doc_key, open_doc_pieces_, mentions);
  if (!st.ok()) return UndoPut(doc_key, st);
  st = InsertEvents(doc.id, events, open_doc_events_);
  if (!st.ok()) return UndoPut(doc_key, st);
  open_doc_events_ += static_cast<int64_t>(events.size());
  if (!mentions.empty()) ++open_doc_pieces_;
  return Status::Ok();
}

Status SqliteArchive::MarkUnindexed(int64_t doc_key) {
  if (first_unindexed_ != 0 && doc_key >= first_unindexed_) return Status::Ok();
  first_unindexed_ = doc_key;
  Result<Stmt*> stmt = Cached(
      "INSERT INTO fts_pending(slot, first_key) VALUES(1, ?1) "
      "ON CONFLICT(slot) DO UPDATE SET first_key = excluded.first_key");
  if (!stmt.ok()) return stmt.status();
  ResetOnExit reset(*stmt);
  (*stmt)->Bind(1, doc_key);
  return (*stmt)->Run();
}

Status SqliteArchive::LostBatchOr(Status st) {
  // SQLite rolls the whole transaction back on some errors (a full disk,
  // out of memory); then the batch is gone and the caller must know.
  if (!db_->InTransaction()) {
    first_unindexed_ = 0;
    return Status(st.code(), st.message() + " (the open batch was lost)");
  }
  return st;
}

Status SqliteArchive::Commit() {
  open_doc_key_ = 0;
  open_doc_id_.clear();
  if (!db_->InTransaction()) {
    first_unindexed_ = 0;
    return Status::Ok();
  }
  if (first_unindexed_ != 0) {
    // The batch's documents enter the full-text index in one statement,
    // so FTS5 builds one segment for the batch instead of one per row.
    Result<Stmt*> index = Cached(
        "INSERT INTO documents_fts(rowid, title, text) "
        "SELECT doc_key, title, text FROM documents WHERE doc_key >= ?1");
    if (!index.ok()) return index.status();
    {
      ResetOnExit reset(*index);
      (*index)->Bind(1, first_unindexed_);
      ANNALIST_RETURN_IF_ERROR(LostBatchOr((*index)->Run()));
    }
    Result<Stmt*> clear = Cached("DELETE FROM fts_pending");
    if (!clear.ok()) return clear.status();
    ResetOnExit reset(*clear);
    ANNALIST_RETURN_IF_ERROR(LostBatchOr((*clear)->Run()));
  }
  ANNALIST_RETURN_IF_ERROR(db_->Exec("COMMIT"));
  first_unindexed_ = 0;
  return Status::Ok();
}

Status SqliteArchive::Rollback() {
  first_unindexed_ = 0;
  open_doc_key_ = 0;
  open_doc_id_.clear();
  if (!db_->InTransaction()) return Status::Ok();
  return db_->Exec("ROLLBACK");
}

Result<bool> SqliteArchive::Contains(std::string_view doc_id) {
  Result<Stmt*> stmt = Cached("SELECT 1 FROM documents WHERE id = ?1");
  if (!stmt.ok()) return stmt.status();
  ResetOnExit reset(*stmt);
  (*stmt)->Bind(1, doc_id);
  return (*stmt)->Step();
}

Status SqliteArchive::ReadSentences(int64_t doc_key, Document* doc) {
  Result<Stmt*> sent = Cached(
      "SELECT j.value->>0, j.value->>1, j.value->>2 "
      "FROM sentence_sets s, json_each(s.spans) j WHERE s.doc_key = ?1 ORDER BY j.key");
  if (!sent.ok()) return sent.status();
  ResetOnExit reset(*sent);
  (*sent)->Bind(1, doc_key);
  for (;;) {
    Result<bool> r = (*sent)->Step();
    if (!r.ok()) return r.status();
    if (!*r) return Status::Ok();
    Sentence s;
    s.span.begin = static_cast<uint32_t>((*sent)->Int(0));
    s.span.end = static_cast<uint32_t>((*sent)->Int(1));
    s.furniture = (*sent)->Int(2) != 0;
    doc->sentences.push_back(s);
  }
}

Status SqliteArchive::ReadMentions(int64_t doc_key, Document* doc) {
  Result<Stmt*> stmt = Cached(
      "SELECT m.value->>0, m.value->>1, m.value->>4, m.value->>2, m.value->>3 "
      "FROM mention_sets s, json_each(s.mentions) m "
      "WHERE s.doc_key = ?1 ORDER BY 1, 2, 4");
  if (!stmt.ok()) return stmt.status();
  ResetOnExit reset(*stmt);
  (*stmt)->Bind(1, doc_key);
  for (;;) {
    Result<bool> r = (*stmt)->Step();
    if (!r.ok()) return r.status();
    if (!*r) return Status::Ok();
    Mention m;
    m.span.begin = static_cast<uint32_t>((*stmt)->Int(0));
    m.span.end = static_cast<uint32_t>((*stmt)->Int(1));
    m.sentence = static_cast<uint32_t>((*stmt)->Int(2));
    if (!ParseMentionKind((*stmt)->Text(3), &m.kind)) continue;
    m.value = (*stmt)->Text(4);
    doc->mentions.push_back(std::move(m));
  }
}

Result<std::optional<StoredDocument>> SqliteArchive::Get(std::string_view doc_id) {
  Result<Stmt*> doc_stmt = Cached(std::string(kSelectDocumentSql) + " WHERE d.id = ?1");
  if (!doc_stmt.ok()) return doc_stmt.status();
  StoredDocument out;
  int64_t doc_key = 0;
  {
    ResetOnExit reset_doc(*doc_stmt);
    (*doc_stmt)->Bind(1, doc_id);
    Result<bool> row = (*doc_stmt)->Step();
    if (!row.ok()) return row.status();
    if (!*row) return std::optional<StoredDocument>();
    out.doc = ReadDocument(**doc_stmt);
    doc_key = (*doc_stmt)->Int(kDocumentKeyColumn);
  }
  ANNALIST_RETURN_IF_ERROR(ReadSentences(doc_key, &out.doc));
  ANNALIST_RETURN_IF_ERROR(ReadMentions(doc_key, &out.doc));

  Result<Stmt*> count = Cached("SELECT count(*) FROM events WHERE doc_id = ?1");
  if (!count.ok()) return count.status();
  ResetOnExit reset_count(*count);
  (*count)->Bind(1, doc_id);
  Result<bool> r = (*count)->Step();
  if (!r.ok()) return r.status();
  out.event_count = static_cast<uint64_t>((*count)->Int(0));
  return std::optional<StoredDocument>(std::move(out));
}

Result<std::vector<Document>> SqliteArchive::ListDocuments(const std::string& after_id,
                                                           size_t limit,
                                                           const std::string& skip_coded_with) {
  Result<Stmt*> stmt = Cached(std::string(kSelectDocumentSql) +
                              " WHERE d.id > ?1 AND (?2 = '' OR d.coded_with IS NOT ?2)"
                              " ORDER BY d.id LIMIT ?3");
  if (!stmt.ok()) return stmt.status();
  std::vector<std::pair<int64_t, Document>> docs;
  {
    ResetOnExit reset(*stmt);
    (*stmt)->Bind(1, after_id);
    (*stmt)->Bind(2, skip_coded_with);
    (*stmt)->Bind(3, static_cast<int64_t>(limit));
    for (;;) {
      Result<bool> r = (*stmt)->Step();
      if (!r.ok()) return r.status();
      if (!*r) break;
      docs.emplace_back((*stmt)->Int(kDocumentKeyColumn), ReadDocument(**stmt));
    }
  }
  std::vector<Document> out;
  out.reserve(docs.size());
  for (auto& [key, doc] : docs) {
    ANNALIST_RETURN_IF_ERROR(ReadSentences(key, &doc));
    out.push_back(std::move(doc));
  }
  return out;
}

Result<uint64_t> SqliteArchive::CountNotCodedWith(const std::string& profile_hash) {
  Result<Stmt*> stmt = Cached("SELECT count(*) FROM documents WHERE coded_with IS NOT ?1");
  if (!stmt.ok()) return stmt.status();
  ResetOnExit reset(*stmt);
  (*stmt)->Bind(1, profile_hash);
  Result<bool> r = (*stmt)->Step();
  if (!r.ok()) return r.status();
  return static_cast<uint64_t>((*stmt)->Int(0));
}

Result<ArchiveStats> SqliteArchive::Stats() {
  Db& db = *db_;
  ArchiveStats stats;
  struct Count {
    const char* sql;
    uint64_t* out;
  };
  uint64_t page_count = 0, page_size = 0;
  for (const Count& c :
       {Count{"SELECT count(*) FROM documents", &stats.documents},
        Count{"SELECT count(*) FROM documents WHERE published IS NULL", &stats.undated_documents},
        Count{"SELECT coalesce(sum(n), 0) FROM sentence_sets", &stats.sentences},
        Count{"SELECT count(*) FROM events", &stats.events},
        Count{"SELECT coalesce(sum(n), 0) FROM mention_sets", &stats.mentions},
        Count{"PRAGMA page_count", &page_count}, Count{"PRAGMA page_size", &page_size}}) {
    Result<int64_t> v = db.QueryInt(c.sql);
    if (!v.ok()) return v.status();
    *c.out = static_cast<uint64_t>(*v);
  }
  stats.file_bytes = page_count * page_size;
  Result<int64_t> version = db.QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  stats.schema_version = static_cast<int>(*version);

  Result<Stmt*> range = Cached(
      "SELECT min(published), max(published) FROM documents "
      "WHERE published IS NOT NULL");
  if (!range.ok()) return range.status();
  {
    ResetOnExit reset(*range);
    Result<bool> row = (*range)->Step();
    if (!row.ok()) return row.status();
    stats.first_published = (*range)->Text(0);
    stats.last_published = (*range)->Text(1);
  }
  Result<Stmt*> roots = Cached("SELECT root, count(*) FROM events GROUP BY root ORDER BY root");
  if (!roots.ok()) return roots.status();
  {
    ResetOnExit reset(*roots);
    for (;;) {
      Result<bool> row = (*roots)->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      stats.events_by_root.emplace_back((*roots)->Text(0), static_cast<uint64_t>((*roots)->Int(1)));
    }
  }
  Result<ProfileState> profile = Profile();
  if (!profile.ok()) return profile.status();
  stats.profile = *profile;
  if (!profile->pending.empty()) {
    Result<uint64_t> left = CountNotCodedWith(profile->pending.hash);
    if (!left.ok()) return left.status();
    stats.recode_left = *left;
  }
  return stats;
}

Status SqliteArchive::Check() {
  Db& db = *db_;
  Result<Stmt> check = db.Prepare("PRAGMA integrity_check(20)");
  if (!check.ok()) return check.status();
  std::string problems;
  for (;;) {
    Result<bool> row = check->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    std::string line = check->Text(0);
    if (line == "ok") continue;
    if (!problems.empty()) problems += "; ";
    problems += line;
  }
  if (!problems.empty()) {
    return Status::Corruption(path() + ": integrity check: " + problems);
  }
  if (!options_.read_only) {
    Status st = db.Exec("INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')");
    if (!st.ok()) {
      return Status::Corruption(path() + ": full-text index: " + st.message());
    }
  }
  return Status::Ok();
}

}  // namespace archive
}  // namespace annalist
