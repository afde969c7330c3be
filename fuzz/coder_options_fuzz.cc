// Fuzz target: TABARI .options text (what ResolveProfile reads from every
// .options file of a TABARI profile) applied to TABARI's defaults.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annalist/coder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 16) return 0;
  annalist::CoderOptions options = annalist::TabariDefaultOptions();
  annalist::Status st = annalist::ApplyTabariOptions(
      std::string_view(reinterpret_cast<const char*>(data), size), &options);
  // Options never change the dialect, whatever the text says.
  if (options.dialect != annalist::Dialect::kTabari) __builtin_trap();
  (void)st;
  return 0;
}
