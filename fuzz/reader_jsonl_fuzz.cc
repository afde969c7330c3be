// Fuzzes the jsonl reader through DocumentReader::FromBuffer (the same
// code path as files and standard input), and checks what comes out: valid
// UTF-8 text, an id, and every problem counted.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "annalist/reader.h"
#include "ingest/encoding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;
  std::string input(reinterpret_cast<const char*>(data), size);
  for (annalist::InputFormat format :
       {annalist::InputFormat::kJsonl, annalist::InputFormat::kAuto}) {
    annalist::ReaderOptions options;
    options.format = format;
    options.max_document_bytes = 64 << 10;
    auto reader = annalist::DocumentReader::FromBuffer(input, "fuzz", options);
    uint64_t problems = 0;
    reader->SetProblemHandler(
        [&problems](const annalist::ReadProblem&) { ++problems; });
    annalist::Document doc;
    uint64_t docs = 0;
    while (reader->Next(&doc)) {
      ++docs;
      if (doc.id.empty()) std::abort();
      if (annalist::ingest::RepairUtf8Bytes(doc.text, nullptr) != doc.text) {
        std::abort();
      }
    }
    uint64_t counted = 0;
    for (const auto& [category, n] : reader->skipped()) counted += n;
    if (counted != problems || docs != reader->documents_read()) std::abort();
    if (reader->bytes_read() != size) std::abort();
  }
  return 0;
}
