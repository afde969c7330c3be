// The JSON Lines article format: one object per line with id, url, title,
// published, text and friends. See docs/formats.md.
#ifndef ANNALIST_INGEST_JSONL_FORMAT_H_
#define ANNALIST_INGEST_JSONL_FORMAT_H_

#include <string_view>

#include "annalist/document.h"
#include "ingest/format.h"
#include "ingest/record.h"

namespace annalist::ingest {

// Parses one line (without its line end; blank lines are the caller's to
// skip) into *doc: every field but source and source_line. Invalid UTF-8 is
// repaired to U+FFFD before parsing and counted in doc->repaired_bytes.
// Returns false with *error set: "malformed json" (not JSON, not an object,
// nested deeper than 256 levels) or "no text" (no non-blank text, body or
// content string). Pure and thread-safe; never throws.
bool ParseJsonLine(std::string_view line, Document* doc, RecordError* error);

// The table entry "jsonl" (aliases json, ndjson; .jsonl, .jsonlines,
// .json-lines, .ndjson): a record per line, parsed by ParseJsonLine.
// Detected by content only on a stream (standard input, a buffer) whose
// first non-blank byte is '{'.
Format JsonlFormat();

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_JSONL_FORMAT_H_
