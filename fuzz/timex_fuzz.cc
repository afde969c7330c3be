// Fuzzes the timex scanner (FindTimexes) with and without a reference date
// and in both numeric-date orders. Every expression must lie inside the
// input, in text order without overlaps, have a value, and every DATE value
// that names days must name real ones.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "annalist/datetime.h"
#include "annalist/timex.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace annalist;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static TimexScratch scratch;
  std::vector<Timex> found;
  DateTime ref;
  ref.year = 2026, ref.month = 1, ref.day = 4, ref.precision = DatePrecision::kDay;
  for (int pass = 0; pass < 3; ++pass) {
    TimexOptions opt;
    opt.day_first = pass == 1;
    opt.any_case = pass == 2;
    opt.future_default = pass == 2;
    found.clear();
    FindTimexes(text, pass == 1 ? DateTime() : ref, opt, &scratch, &found);
    uint32_t last_end = 0;
    for (const Timex& t : found) {
      Check(t.span.begin < t.span.end && t.span.end <= size);
      Check(t.span.begin >= last_end);
      last_end = t.span.end;
      Check(!t.value.empty());
      CivilDay a = 0, b = 0;
      if (TimexDays(t.value, &a, &b)) {
        Check(a <= b);
        const YearMonthDay x = CivilFromDays(a);
        Check(IsValidDate(x.year, x.month, x.day));
      }
    }
  }
  return 0;
}
