// How documents and events map to rows: the column lists, and binding and
// reading them, kept in one place so that writes and reads agree.
#ifndef ANNALIST_SRC_ARCHIVE_ROWS_H_
#define ANNALIST_SRC_ARCHIVE_ROWS_H_

#include <string>

#include "annalist/document.h"
#include "annalist/event.h"
#include "archive/sqlite.h"

namespace annalist::archive {

// "INSERT OR IGNORE INTO documents(...) VALUES(?1..?13)".
extern const char kInsertDocumentSql[];
// "SELECT <document columns> FROM documents d": columns 0..12, then doc_key.
extern const char kSelectDocumentSql[];
// "INSERT INTO events(...) VALUES(?1..?34)".
extern const char kInsertEventSql[];
// The event columns of a SELECT over `events e`, in ReadEvent's order.
extern const char kEventColumns[];

void BindDocument(Stmt& stmt, const Document& doc);
// Reads a document from kSelectDocumentSql's columns (no sentences).
Document ReadDocument(const Stmt& stmt);

void BindEvent(Stmt& stmt, const Event& event, const std::string& doc_id,
               int64_t ordinal);
// Reads an event from kEventColumns, starting at column 0.
Event ReadEvent(const Stmt& stmt);

}  // namespace annalist::archive

#endif  // ANNALIST_SRC_ARCHIVE_ROWS_H_
