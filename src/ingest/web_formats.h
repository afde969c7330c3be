// The web entries of the format table: HTML pages and WARC web archives.
//
// "html": a whole file is one page; its article and metadata come from
// html::ExtractArticle (annalist/web.h). "warc": WARC 1.0/1.1 records (the
// reader inflates gzip, whole-file or one member per record); `response`
// records whose HTTP body is HTML become documents (chunked transfer and
// gzip, deflate or brotli content encodings decoded, at most
// kMaxWarcBodyBytes decoded: a decompression bomb is cut off and reported);
// other records are skipped and counted; a record whose length is wrong or
// that is cut short is reported by its byte offset and the reader goes on
// at the next "WARC/" header.
#ifndef ANNALIST_INGEST_WEB_FORMATS_H_
#define ANNALIST_INGEST_WEB_FORMATS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/format.h"

namespace annalist::ingest {

inline constexpr char kSkipWarcOther[] = "warc record not a page";
inline constexpr char kSkipWarcBad[] = "bad warc record";
inline constexpr char kSkipBomb[] = "decompression bomb";

inline constexpr uint64_t kMaxWarcBodyBytes = 32ull << 20;

Format HtmlFormat();
Format WarcFormat();

// An HTTP response split into its parts (exposed for tests and fuzzing).
struct HttpResponse {
  int status = 0;
  std::string content_type;
  std::string location;
  std::string body;  // decoded: de-chunked and decompressed
};
// Parses `message` (status line, headers, body). False with *error set
// when it is no HTTP response or its body cannot be decoded; a body that
// decodes to more than `max_body` bytes fails with the kSkipBomb category.
bool ParseHttpResponse(std::string_view message, uint64_t max_body, HttpResponse* out,
                       RecordError* error);

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_WEB_FORMATS_H_
