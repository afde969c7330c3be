// Fuzzes the TABARI text-record reader (annalist/records.h) in its lenient
// and strict modes. Every problem must name the input and a line.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "annalist/records.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 16)) return 0;
  const std::string input(reinterpret_cast<const char*>(data), size);
  for (bool strict : {false, true}) {
    std::istringstream in(input);
    annalist::RecordReaderOptions options;
    options.strict = strict;
    annalist::TabariRecordReader reader(&in, "fuzz", options);
    annalist::TabariRecord record;
    size_t records = 0;
    while (reader.Next(&record)) {
      ++records;
      if (!record.date.known() || record.line == 0) std::abort();
      for (const auto& e : record.expected) {
        if (e.source.empty() || e.target.empty() || e.code.empty()) std::abort();
      }
    }
    if (records > size) std::abort();
    for (const std::string& p : reader.problems()) {
      if (p.rfind("fuzz:", 0) != 0) std::abort();
    }
    if (strict && !reader.problems().empty() && reader.status().ok()) std::abort();
  }
  return 0;
}
