// Fuzzes ParsePublished: whatever it accepts must be a real date-time whose
// ISO form parses back to the same value.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "annalist/datetime.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;
  std::string_view s(reinterpret_cast<const char*>(data), size);
  annalist::DateTime dt;
  if (!annalist::ParsePublished(s, &dt)) return 0;
  if (!dt.known() || dt.year < 1 || dt.year > 9999) std::abort();
  if (dt.precision >= annalist::DatePrecision::kDay &&
      !annalist::IsValidDate(dt.year, dt.month, dt.day)) {
    std::abort();
  }
  if (dt.hour > 23 || dt.minute > 59 || dt.second > 59) std::abort();
  annalist::DateTime again;
  if (!annalist::ParsePublished(dt.ToIso(), &again) || !(again == dt)) {
    std::abort();
  }
  return 0;
}
