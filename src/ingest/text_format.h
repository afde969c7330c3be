// The plain-text article format: one article per file, optional header
// lines ("Title:", "Date:", "URL:", ...) up to the first blank line, or a
// headline as the first line. See docs/formats.md.
#ifndef ANNALIST_INGEST_TEXT_FORMAT_H_
#define ANNALIST_INGEST_TEXT_FORMAT_H_

#include <string_view>

#include "annalist/document.h"
#include "ingest/format.h"
#include "ingest/record.h"

namespace annalist::ingest {

// Parses the bytes of one text file into *doc: id, url, outlet, title,
// byline, published, language, text, extra_json and repaired_bytes are set;
// source and source_line are left to the caller. Invalid UTF-8 is repaired
// to U+FFFD; CR LF and lone CR line ends become LF; a leading byte-order mark
// is dropped. Returns false with *error set ("empty" or "no text") when the
// file holds no article. Pure and thread-safe.
bool ParseTextArticle(std::string_view data, Document* doc, RecordError* error);

// The table entry "text" (alias "txt"; no extension, .txt, .text): the
// whole input is one record, parsed by ParseTextArticle. The fallback for
// inputs no other entry claims.
Format TextArticleFormat();

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_TEXT_FORMAT_H_
