// How documents and events map to rows: the column lists, and binding and
// reading them, kept in one place so that writes and reads agree.
#ifndef ANNALIST_SRC_ARCHIVE_ROWS_H_
#define ANNALIST_SRC_ARCHIVE_ROWS_H_

#include <string>
#include <vector>

#include "annalist/document.h"
#include "annalist/event.h"
#include "archive/sqlite.h"

namespace annalist::archive {

// "INSERT OR IGNORE INTO documents(...) VALUES(?1..?14)"; ?14 is the
// hash of the profile that coded the document (NULL: none).
extern const char kInsertDocumentSql[];
// "SELECT <document columns> FROM documents d": columns 0..12, then doc_key.
extern const char kSelectDocumentSql[];
inline constexpr int kDocumentKeyColumn = 13;
// "INSERT INTO events(...) VALUES(?1..?35)"; ?35 is Event::id.
extern const char kInsertEventSql[];
// The event columns of a SELECT over `events e`, in ReadEvent's order.
extern const char kEventColumns[];

// "INSERT INTO sentence_sets(doc_key, n, spans) VALUES(?1..?3)".
extern const char kInsertSentenceSetSql[];
// "INSERT INTO mention_sets(doc_key, piece, n, mentions) VALUES(?1..?4)":
// one row per document (per piece of a document stored a piece at a time).
extern const char kInsertMentionSetSql[];

// The mentions of one row of `mention_sets` (schema version 5) as its JSON
// text: an array of [span_begin, span_end, kind, value, sentence] ordered by
// (span_begin, span_end, kind), one per span and kind (the first of those
// given), and their number. `out` is overwritten; its capacity is reused.
size_t EncodeMentions(const std::vector<Mention>& mentions, std::string* out);
// The sentences of a document as sentence_sets.spans: an array of
// [span_begin, span_end, furniture (0 or 1)] in their order. `out` is
// overwritten.
void EncodeSentences(const std::vector<Sentence>& sentences, std::string* out);

void BindDocument(Stmt& stmt, const Document& doc);
// Reads a document from kSelectDocumentSql's columns (no sentences).
Document ReadDocument(const Stmt& stmt);

void BindEvent(Stmt& stmt, const Event& event, const std::string& doc_id, int64_t ordinal,
               const std::string& id);
// Reads an event from kEventColumns, starting at column 0.
Event ReadEvent(const Stmt& stmt);

}  // namespace annalist::archive

#endif  // ANNALIST_SRC_ARCHIVE_ROWS_H_
