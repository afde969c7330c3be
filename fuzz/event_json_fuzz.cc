// Fuzzes ParseEventJson, the reader of annalist's own event records, and
// checks that whatever it accepts survives a write/read round trip unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "annalist/export.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 16) return 0;  // records are one line; cap the work
  std::string_view input(reinterpret_cast<const char*>(data), size);
  annalist::Result<annalist::Event> event = annalist::ParseEventJson(input);
  if (!event.ok()) return 0;
  std::string once = annalist::EventToJson(*event);
  annalist::Result<annalist::Event> again = annalist::ParseEventJson(once);
  if (!again.ok()) std::abort();  // we must read what we write
  if (annalist::EventToJson(*again) != once) std::abort();
  return 0;
}
