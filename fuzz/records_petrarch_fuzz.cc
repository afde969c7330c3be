// Fuzzes the PETRARCH XML record reader (annalist/records.h): well-formed,
// lenient and strict modes over the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "annalist/records.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 16)) return 0;
  const std::string input(reinterpret_cast<const char*>(data), size);
  for (int mode = 0; mode < 3; ++mode) {
    std::istringstream in(input);
    annalist::RecordReaderOptions options;
    options.lenient = mode == 1;
    options.strict = mode == 2;
    annalist::PetrarchRecordReader reader(&in, "fuzz", options);
    annalist::PetrarchRecord record;
    size_t records = 0;
    while (reader.Next(&record)) {
      ++records;
      (void)reader.environment().Evaluates(record);
      (void)record.expects_none();
    }
    if (records > size) std::abort();
    for (const std::string& p : reader.problems()) {
      if (p.rfind("fuzz:", 0) != 0) std::abort();
    }
    if (options.strict && !reader.problems().empty() && reader.status().ok()) {
      std::abort();
    }
  }
  return 0;
}
