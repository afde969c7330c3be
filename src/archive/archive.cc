// Opening, writing and reading back documents. Search and event queries are
// in archive_query.cc.
#include "annalist/archive.h"

#include <sqlite3.h>

#include <filesystem>
#include <utility>

#include "archive/archive_rep.h"
#include "archive/rows.h"
#include "archive/schema.h"

namespace annalist {

using archive::Db;
using archive::ResetOnExit;
using archive::Stmt;

namespace {

Status Prepare(Db& db, const char* sql, Stmt* out) {
  Result<Stmt> stmt = db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  *out = std::move(stmt).value();
  return Status::Ok();
}

}  // namespace

Archive::Archive(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}

Archive::~Archive() {
  // An uncommitted batch is discarded, exactly as if the process had died.
  if (rep_ && rep_->db && rep_->db->InTransaction()) {
    (void)rep_->db->Exec("ROLLBACK");
  }
}

const std::string& Archive::path() const { return rep_->db->path(); }

Result<std::unique_ptr<Archive>> Archive::Open(const std::string& path,
                                               ArchiveOptions options) {
  if (path.empty()) return Status::InvalidArgument("archive path is empty");
  std::error_code ec;
  bool exists = std::filesystem::exists(path, ec);
  if (!exists && (options.read_only || !options.create)) {
    if (ec && ec != std::errc::no_such_file_or_directory) {
      return Status::IoError("cannot open archive " + path + ": " +
                             ec.message());
    }
    return Status::NotFound("archive " + path + " does not exist");
  }
  int flags = options.read_only ? SQLITE_OPEN_READONLY
                                : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  Result<std::unique_ptr<Db>> opened = Db::Open(path, flags);
  if (!opened.ok()) return opened.status();
  auto rep = std::make_unique<Rep>();
  rep->db = std::move(opened).value();
  rep->options = options;
  Db& db = *rep->db;
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
    return Status::Unsupported(
        path + ": archive schema version " + std::to_string(version) +
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
      return Status::IoError(path + ": cannot switch to WAL mode (got '" +
                             mode + "')");
    }
  }
  ANNALIST_RETURN_IF_ERROR(db.Exec("PRAGMA synchronous=NORMAL"));
  // 64 MB of page cache: the full-text index merges its segments by reading
  // them back, and a batch's pages should stay in memory until Commit.
  ANNALIST_RETURN_IF_ERROR(db.Exec("PRAGMA cache_size=-65536"));
  if (version < latest) {
    if (options.read_only) {
      return Status::Unsupported(
          path + (version == 0
                      ? ": empty, not an annalist archive yet"
                      : ": archive schema version " + std::to_string(version) +
                            " needs an upgrade; open it once for "
                            "writing"));
    }
    ANNALIST_RETURN_IF_ERROR(archive::Migrate(db, latest));
  }
  if (!options.read_only) {
    ANNALIST_RETURN_IF_ERROR(
        Prepare(db, archive::kInsertDocumentSql, &rep->insert_document));
    ANNALIST_RETURN_IF_ERROR(
        Prepare(db,
                "INSERT INTO sentences(doc_key, idx, span_begin, span_end, "
                "furniture) VALUES(?1, ?2, ?3, ?4, ?5)",
                &rep->insert_sentence));
    ANNALIST_RETURN_IF_ERROR(
        Prepare(db, archive::kInsertEventSql, &rep->insert_event));
    ANNALIST_RETURN_IF_ERROR(
        Prepare(db, "SAVEPOINT annalist_put", &rep->savepoint));
    ANNALIST_RETURN_IF_ERROR(
        Prepare(db, "RELEASE annalist_put", &rep->release));
    ANNALIST_RETURN_IF_ERROR(
        Prepare(db, "ROLLBACK TO annalist_put", &rep->rollback_to));
  }
  return std::unique_ptr<Archive>(new Archive(std::move(rep)));
}

Result<PutResult> Archive::Put(const Document& doc,
                               const std::vector<Event>& events) {
  Rep& r = *rep_;
  if (r.options.read_only) {
    return Status::InvalidArgument(path() + ": archive is open read-only");
  }
  if (doc.id.empty()) {
    return Status::InvalidArgument(path() + ": document without an id (from " +
                                   doc.source + ":" +
                                   std::to_string(doc.source_line) + ")");
  }
  for (const Event& e : events) {
    if (!e.doc_id.empty() && e.doc_id != doc.id) {
      return Status::InvalidArgument("event of document '" + e.doc_id +
                                     "' put with document '" + doc.id + "'");
    }
  }
  if (!r.db->InTransaction()) {
    // IMMEDIATE takes the write lock now, waiting up to the busy timeout,
    // instead of failing later when a read would need upgrading.
    ANNALIST_RETURN_IF_ERROR(r.db->Exec("BEGIN IMMEDIATE"));
  }
  ANNALIST_RETURN_IF_ERROR(r.savepoint.Run());
  r.savepoint.Reset();
  auto fail = [&r](Status st) {
    r.insert_document.Reset();
    r.insert_sentence.Reset();
    r.insert_event.Reset();
    (void)r.rollback_to.Run();
    r.rollback_to.Reset();
    (void)r.release.Run();
    r.release.Reset();
    return st;
  };

  BindDocument(r.insert_document, doc);
  Status st = r.insert_document.Run();
  r.insert_document.Reset();
  if (!st.ok()) return fail(st);
  bool stored = r.db->Changes() > 0;
  if (stored) {
    const int64_t doc_key = r.db->LastInsertRowid();
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const Sentence& s = doc.sentences[i];
      r.insert_sentence.Bind(1, doc_key);
      r.insert_sentence.Bind(2, static_cast<int64_t>(i));
      r.insert_sentence.Bind(3, static_cast<int64_t>(s.span.begin));
      r.insert_sentence.Bind(4, static_cast<int64_t>(s.span.end));
      r.insert_sentence.Bind(5, int64_t{s.furniture ? 1 : 0});
      st = r.insert_sentence.Run();
      r.insert_sentence.Reset();
      if (!st.ok()) return fail(st);
    }
    for (size_t i = 0; i < events.size(); ++i) {
      BindEvent(r.insert_event, events[i], doc.id, static_cast<int64_t>(i));
      st = r.insert_event.Run();
      r.insert_event.Reset();
      if (!st.ok()) return fail(st);
    }
  }
  st = r.release.Run();
  r.release.Reset();
  if (!st.ok()) return fail(st);
  return PutResult{stored};
}

Status Archive::Commit() {
  if (!rep_->db->InTransaction()) return Status::Ok();
  return rep_->db->Exec("COMMIT");
}

Status Archive::Rollback() {
  if (!rep_->db->InTransaction()) return Status::Ok();
  return rep_->db->Exec("ROLLBACK");
}

Result<bool> Archive::Contains(std::string_view doc_id) {
  Result<Stmt*> stmt = rep_->Cached("SELECT 1 FROM documents WHERE id = ?1");
  if (!stmt.ok()) return stmt.status();
  ResetOnExit reset(*stmt);
  (*stmt)->Bind(1, doc_id);
  return (*stmt)->Step();
}

Result<std::optional<StoredDocument>> Archive::Get(std::string_view doc_id) {
  Result<Stmt*> doc_stmt = rep_->Cached(
      std::string(archive::kSelectDocumentSql) + " WHERE d.id = ?1");
  if (!doc_stmt.ok()) return doc_stmt.status();
  ResetOnExit reset_doc(*doc_stmt);
  (*doc_stmt)->Bind(1, doc_id);
  Result<bool> row = (*doc_stmt)->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<StoredDocument>();
  StoredDocument out;
  out.doc = archive::ReadDocument(**doc_stmt);
  const int64_t doc_key = (*doc_stmt)->Int(13);

  Result<Stmt*> sent = rep_->Cached(
      "SELECT span_begin, span_end, furniture FROM sentences "
      "WHERE doc_key = ?1 ORDER BY idx");
  if (!sent.ok()) return sent.status();
  ResetOnExit reset_sent(*sent);
  (*sent)->Bind(1, doc_key);
  for (;;) {
    Result<bool> r = (*sent)->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    Sentence s;
    s.span.begin = static_cast<uint32_t>((*sent)->Int(0));
    s.span.end = static_cast<uint32_t>((*sent)->Int(1));
    s.furniture = (*sent)->Int(2) != 0;
    out.doc.sentences.push_back(s);
  }

  Result<Stmt*> count =
      rep_->Cached("SELECT count(*) FROM events WHERE doc_id = ?1");
  if (!count.ok()) return count.status();
  ResetOnExit reset_count(*count);
  (*count)->Bind(1, doc_id);
  Result<bool> r = (*count)->Step();
  if (!r.ok()) return r.status();
  out.event_count = static_cast<uint64_t>((*count)->Int(0));
  return std::optional<StoredDocument>(std::move(out));
}

Result<ArchiveStats> Archive::Stats() {
  Db& db = *rep_->db;
  ArchiveStats stats;
  struct Count {
    const char* sql;
    uint64_t* out;
  };
  uint64_t page_count = 0, page_size = 0;
  for (const Count& c :
       {Count{"SELECT count(*) FROM documents", &stats.documents},
        Count{"SELECT count(*) FROM sentences", &stats.sentences},
        Count{"SELECT count(*) FROM events", &stats.events},
        Count{"SELECT count(*) FROM mentions", &stats.mentions},
        Count{"PRAGMA page_count", &page_count},
        Count{"PRAGMA page_size", &page_size}}) {
    Result<int64_t> v = db.QueryInt(c.sql);
    if (!v.ok()) return v.status();
    *c.out = static_cast<uint64_t>(*v);
  }
  stats.file_bytes = page_count * page_size;
  Result<int64_t> version = db.QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  stats.schema_version = static_cast<int>(*version);

  Result<Stmt*> range = rep_->Cached(
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
  Result<Stmt*> roots = rep_->Cached(
      "SELECT root, count(*) FROM events GROUP BY root ORDER BY root");
  if (!roots.ok()) return roots.status();
  ResetOnExit reset(*roots);
  for (;;) {
    Result<bool> row = (*roots)->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    stats.events_by_root.emplace_back((*roots)->Text(0),
                                      static_cast<uint64_t>((*roots)->Int(1)));
  }
  return stats;
}

Status Archive::Check() {
  Db& db = *rep_->db;
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
  if (!rep_->options.read_only) {
    Status st = db.Exec(
        "INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')");
    if (!st.ok()) {
      return Status::Corruption(path() + ": full-text index: " + st.message());
    }
  }
  return Status::Ok();
}

}  // namespace annalist
