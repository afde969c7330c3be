// The Reuters-21578 SGML format (reut2-NNN.sgm): a stream of <REUTERS>
// elements, each one article. See docs/formats.md.
#ifndef ANNALIST_INGEST_REUTERS_FORMAT_H_
#define ANNALIST_INGEST_REUTERS_FORMAT_H_

#include <string>
#include <string_view>

#include "annalist/document.h"
#include "ingest/format.h"
#include "ingest/record.h"

namespace annalist::ingest {

// Parses one record, from "<REUTERS" through "</REUTERS>", into *doc:
// every field but source and source_line. Bytes that are not UTF-8 are read
// as Latin-1 (the corpus is 1987 wire text; reut2-017.sgm has a raw 0xFC,
// "ü") and counted in doc->repaired_bytes. Returns false with *error set:
// "no body" (no <BODY> element: the corpus's BRIEF and UNPROC records) or
// "malformed sgml". Pure and thread-safe.
bool ParseReutersRecord(std::string_view record, Document* doc, RecordError* error);

// Decodes SGML character references: &lt; &gt; &amp; &quot; &apos; and
// numeric ones (&#N; &#xH;). Control characters, raw or referenced, are
// dropped, except tab and line feed. Unknown references are kept as written.
// `in` must be valid UTF-8; so is the result.
std::string DecodeSgmlText(std::string_view in);

// Finds "<REUTERS" at or after `from` as an opening tag (followed by a
// space or '>'); npos when none.
size_t FindReutersOpen(std::string_view s, size_t from);

// The table entry "reuters" (aliases sgml, sgm; .sgm, .sgml; detected by
// an opening "<!DOCTYPE lewis" or "<REUTERS"): a record per <REUTERS>
// element, cut without holding more than one record, parsed by
// ParseReutersRecord.
Format ReutersFormat();

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_REUTERS_FORMAT_H_
