// Fuzzes the TABARI and PETRARCH entries of the format table (see
// reader_fuzz.h for what is checked).
#include "reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzDocumentReader(data, size, annalist::InputFormat::kTabari);
  return FuzzDocumentReader(data, size, annalist::InputFormat::kPetrarch);
}
