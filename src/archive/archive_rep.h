// The private state of an Archive, shared by archive.cc (open, writes,
// lookups) and archive_query.cc (search, event queries).
#ifndef ANNALIST_SRC_ARCHIVE_ARCHIVE_REP_H_
#define ANNALIST_SRC_ARCHIVE_ARCHIVE_REP_H_

#include <memory>
#include <string>
#include <unordered_map>

#include "annalist/archive.h"
#include "archive/sqlite.h"

namespace annalist {

struct Archive::Rep {
  // Declared first so that it is destroyed last, after the statements.
  std::unique_ptr<archive::Db> db;
  ArchiveOptions options;

  // Statements of the write path, prepared once.
  archive::Stmt insert_document;
  archive::Stmt insert_sentence;
  archive::Stmt insert_event;
  archive::Stmt savepoint, release, rollback_to;

  // Other statements, prepared on first use and kept, keyed by their SQL.
  std::unordered_map<std::string, archive::Stmt> cache;

  // The cached statement for `sql`, reset and unbound.
  Result<archive::Stmt*> Cached(const std::string& sql) {
    auto it = cache.find(sql);
    if (it == cache.end()) {
      Result<archive::Stmt> stmt = db->Prepare(sql);
      if (!stmt.ok()) return stmt.status();
      it = cache.emplace(sql, std::move(stmt).value()).first;
    }
    it->second.Reset();
    return &it->second;
  }
};

namespace archive {

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

#endif  // ANNALIST_SRC_ARCHIVE_ARCHIVE_REP_H_
