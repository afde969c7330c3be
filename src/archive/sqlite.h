// A thin RAII layer over the SQLite C API, private to the archive: a
// connection (Db) and a prepared statement (Stmt) that turn SQLite result
// codes into annalist Status values naming the database path.
//
// Thread-safety: none. A Db and its Stmts are used by one thread at a time.
#ifndef ANNALIST_SRC_ARCHIVE_SQLITE_H_
#define ANNALIST_SRC_ARCHIVE_SQLITE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "annalist/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace annalist::archive {

// Maps an SQLite result code to a Status: NOTADB/CORRUPT -> kCorruption;
// CANTOPEN/IOERR/READONLY/FULL/PERM/BUSY/LOCKED -> kIoError; others
// kInternal. `what` is the message (it should name the database path).
Status SqliteStatus(int rc, std::string what);

class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3_stmt* stmt, const std::string* path) : stmt_(stmt), path_(path) {}
  ~Stmt();
  Stmt(Stmt&& other) noexcept;
  Stmt& operator=(Stmt&& other) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // Binding: indices are 1-based, as in SQLite. Text is copied (TRANSIENT).
  void BindNull(int i);
  void Bind(int i, int64_t v);
  void Bind(int i, double v);
  void Bind(int i, std::string_view v);
  // Binds NULL when `v` is empty, else the text.
  void BindTextOrNull(int i, std::string_view v);

  // Steps once. Returns true with a row, false when done, or an error.
  Result<bool> Step();
  // Steps to completion, ignoring rows.
  Status Run();
  // Resets the statement and clears its bindings, ready for reuse.
  void Reset();

  bool IsNull(int col) const;
  int64_t Int(int col) const;
  double Double(int col) const;
  std::string Text(int col) const;  // "" for NULL
  // The bytes of the current row's values, as SQLite holds them.
  uint64_t RowBytes() const;

 private:
  sqlite3_stmt* stmt_ = nullptr;
  const std::string* path_ = nullptr;  // for messages; owned by the Db
};

class Db {
 public:
  // Opens `path` with sqlite3_open_v2 `flags`. Fails with kIoError when the
  // file cannot be opened (the message names the path). With `uri` set, that
  // "file:" URI is what is opened (SQLITE_OPEN_URI), and `path` only names it
  // in messages.
  static Result<std::unique_ptr<Db>> Open(const std::string& path, int flags,
                                          const std::string& uri = "");
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }

  // Runs one or more statements without results.
  Status Exec(const std::string& sql);
  // Prepares `sql` for repeated use.
  Result<Stmt> Prepare(std::string_view sql);
  // Runs a query that returns one integer (e.g. "PRAGMA user_version").
  Result<int64_t> QueryInt(const std::string& sql);
  // The connection's last error as a Status with `context` prefixed.
  Status Error(int rc, std::string_view context) const;
  int64_t Changes() const;
  int64_t LastInsertRowid() const;
  bool InTransaction() const;

 private:
  Db(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

}  // namespace annalist::archive

#endif  // ANNALIST_SRC_ARCHIVE_SQLITE_H_
