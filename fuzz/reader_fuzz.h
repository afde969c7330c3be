// The body shared by the reader fuzz targets: reads `data` through
// DocumentReader::FromBuffer (the same code path as files and standard
// input) in `format` and in auto-detection, and checks what comes out: valid
// UTF-8 text, an id, every problem counted, every byte accounted for.
#ifndef ANNALIST_FUZZ_READER_FUZZ_H_
#define ANNALIST_FUZZ_READER_FUZZ_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "annalist/reader.h"
#include "annalist/text.h"

inline int FuzzDocumentReader(const uint8_t* data, size_t size, annalist::InputFormat format) {
  if (size > (1u << 20)) return 0;
  std::string input(reinterpret_cast<const char*>(data), size);
  for (annalist::InputFormat f : {format, annalist::InputFormat::kAuto}) {
    annalist::ReaderOptions options;
    options.format = f;
    options.max_document_bytes = 64 << 10;
    auto reader = annalist::DocumentReader::FromBuffer(input, "fuzz", options);
    uint64_t problems = 0;
    reader->SetProblemHandler([&problems](const annalist::ReadProblem&) { ++problems; });
    annalist::Document doc;
    uint64_t docs = 0;
    while (reader->Next(&doc)) {
      ++docs;
      if (doc.id.empty()) std::abort();
      if (!annalist::IsValidUtf8(doc.text)) std::abort();
    }
    uint64_t counted = 0;
    for (const auto& [category, n] : reader->skipped()) counted += n;
    if (counted != problems || docs != reader->documents_read()) std::abort();
    if (reader->bytes_read() != size) std::abort();
  }
  return 0;
}

#endif  // ANNALIST_FUZZ_READER_FUZZ_H_
