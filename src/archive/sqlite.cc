#include "archive/sqlite.h"

#include <sqlite3.h>

#include <cstring>
#include <mutex>
#include <utility>

namespace annalist::archive {

Status SqliteStatus(int rc, std::string what) {
  switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return Status::Corruption(std::move(what));
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_AUTH:
      return Status::IoError(std::move(what));
    default:
      return Status::Internal(std::move(what));
  }
}

namespace {

Status StmtError(sqlite3_stmt* stmt, const std::string* path, int rc) {
  sqlite3* db = sqlite3_db_handle(stmt);
  std::string msg = path ? *path : std::string("archive");
  msg += ": ";
  msg += sqlite3_errmsg(db);
  return SqliteStatus(rc, std::move(msg));
}

}  // namespace

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

Stmt::Stmt(Stmt&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), path_(other.path_) {}

Stmt& Stmt::operator=(Stmt&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    path_ = other.path_;
  }
  return *this;
}

void Stmt::BindNull(int i) { sqlite3_bind_null(stmt_, i); }
void Stmt::Bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
void Stmt::Bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
void Stmt::Bind(int i, std::string_view v) {
  sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}
void Stmt::BindTextOrNull(int i, std::string_view v) {
  if (v.empty()) {
    BindNull(i);
  } else {
    Bind(i, v);
  }
}

Result<bool> Stmt::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Status st = StmtError(stmt_, path_, rc);
  sqlite3_reset(stmt_);
  return st;
}

Status Stmt::Run() {
  for (;;) {
    Result<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
  }
  return Status::Ok();
}

void Stmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Stmt::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
uint64_t Stmt::RowBytes() const {
  uint64_t n = 0;
  const int cols = sqlite3_column_count(stmt_);
  for (int i = 0; i < cols; ++i) {
    n += static_cast<uint64_t>(sqlite3_column_bytes(stmt_, i));
  }
  return n;
}

int64_t Stmt::Int(int col) const { return sqlite3_column_int64(stmt_, col); }
double Stmt::Double(int col) const { return sqlite3_column_double(stmt_, col); }
std::string Stmt::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (p == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(p),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

Result<std::unique_ptr<Db>> Db::Open(const std::string& path, int flags, const std::string& uri) {
  // SQLite counts every allocation under a global mutex unless told not
  // to; nothing here reads those counts, and the writer allocates per row.
  // Only possible before SQLite initialises, hence once, before the first
  // open (a later call would be refused, which is harmless).
  static std::once_flag configured;
  std::call_once(configured, [] { (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  sqlite3* handle = nullptr;
  if (!uri.empty()) flags |= SQLITE_OPEN_URI;
  int rc = sqlite3_open_v2(uri.empty() ? path.c_str() : uri.c_str(), &handle,
                           flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = "cannot open archive " + path + ": " +
                      (handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
    int err = handle ? sqlite3_system_errno(handle) : 0;
    if (err != 0) msg += std::string(" (") + std::strerror(err) + ")";
    sqlite3_close(handle);
    // Opening reports most failures as CANTOPEN: an I/O problem.
    return (rc & 0xff) == SQLITE_NOTADB ? Status::Corruption(msg) : Status::IoError(msg);
  }
  sqlite3_extended_result_codes(handle, 1);
  return std::unique_ptr<Db>(new Db(handle, path));
}

Db::~Db() { sqlite3_close_v2(db_); }

Status Db::Error(int rc, std::string_view context) const {
  std::string msg = path_;
  msg += ": ";
  if (!context.empty()) {
    msg += context;
    msg += ": ";
  }
  msg += sqlite3_errmsg(db_);
  return SqliteStatus(rc, std::move(msg));
}

Status Db::Exec(const std::string& sql) {
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return Error(rc, "");
  return Status::Ok();
}

Result<Stmt> Db::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) return Error(rc, "");
  return Stmt(stmt, &path_);
}

Result<int64_t> Db::QueryInt(const std::string& sql) {
  Result<Stmt> stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal(path_ + ": no result for " + sql);
  return stmt->Int(0);
}

int64_t Db::Changes() const { return sqlite3_changes64(db_); }
int64_t Db::LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }
bool Db::InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

}  // namespace annalist::archive
