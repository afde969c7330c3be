// TABARI's event lines: date (YYMMDD), source, target, CAMEO code, label,
// record id, tab-separated, as TABARI 0.8 writes them.
#include <cstdio>

#include "annalist/cameo.h"
#include "annalist/datetime.h"
#include "export/writers.h"

namespace annalist::export_internal {
namespace {

// TABARI fields hold no tabs or line breaks.
std::string Clean(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

class TabariWriter : public EventWriter {
 public:
  explicit TabariWriter(std::ostream* out) : EventWriter(out) {}

  void Write(const Event& e) override {
    // Unknown parts are written as 00 ("000000" for no date at all).
    const std::string date = FormatYymmdd(e.date.value);
    const CameoCode* code = LookupCameo(e.cameo);
    char record[16];
    std::snprintf(record, sizeof record, "-%03u", e.sentence + 1);
    *out_ << date << '\t' << (e.source && !e.source->code.empty() ? Clean(e.source->code) : "---")
          << '\t' << (e.target && !e.target->code.empty() ? Clean(e.target->code) : "---") << '\t'
          << Clean(e.cameo) << '\t' << (code != nullptr ? code->label : std::string_view()) << '\t'
          << Clean(e.doc_id) << record << '\n';
    ++written_;
  }
};

}  // namespace

std::unique_ptr<EventWriter> NewTabariWriter(std::ostream* out) {
  return std::make_unique<TabariWriter>(out);
}

}  // namespace annalist::export_internal
