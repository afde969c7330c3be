// Table entries for kinds of file that are recognised only to be passed
// over, each with its own skip category: HTML (until the HTML reader lands:
// read as text, a page would be coded as markup), PDF, images, and other
// binaries (archives, office documents, media, databases).
#ifndef ANNALIST_INGEST_SKIPPED_FORMATS_H_
#define ANNALIST_INGEST_SKIPPED_FORMATS_H_

#include <string_view>
#include <vector>

#include "ingest/format.h"

namespace annalist::ingest {

// The "pdf", "image" and "binary" entries, in detection order (HTML is
// read: web_formats.h).
std::vector<Format> SkippedFormats();

// Whether `head` (leading blank space already skipped) opens an HTML page:
// "<!DOCTYPE html", or a '<' and an <html>, <head> or <body> tag within the
// first 1,024 bytes (any case).
bool LooksLikeHtml(std::string_view head);

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_SKIPPED_FORMATS_H_
