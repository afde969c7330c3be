// Fuzzes the text reader (see reader_fuzz.h for what is checked).
#include "reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return FuzzDocumentReader(data, size, annalist::InputFormat::kText);
}
