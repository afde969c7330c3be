// Fuzzes the WARC reader (through DocumentReader, see reader_fuzz.h for
// what is checked) and the HTTP response parser under it.
#include <cstdlib>

#include "ingest/format.h"
#include "ingest/web_formats.h"
#include "reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  annalist::ingest::HttpResponse http;
  annalist::ingest::RecordError error;
  if (annalist::ingest::ParseHttpResponse(bytes, 1 << 20, &http, &error)) {
    if (http.body.size() > (1u << 20) && error.category.empty()) std::abort();
  } else if (error.category.empty()) {
    std::abort();
  }
  return FuzzDocumentReader(data, size, annalist::InputFormat("warc"));
}
