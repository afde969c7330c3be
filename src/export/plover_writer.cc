// PLOVER JSON records, one per line: the event's PLOVER type, mode and
// context (from the CAMEO code) with its actors, date, place and text.
#include <nlohmann/json.hpp>

#include "annalist/cameo.h"
#include "export/writers.h"

namespace annalist::export_internal {
namespace {

using Json = nlohmann::ordered_json;

Json Actor(const std::optional<EventActor>& a) {
  if (!a) return nullptr;
  return Json{{"text", a->text},
              {"code", a->code},
              {"country", a->country},
              {"sector", a->sector}};
}

// "crime; corruption" -> ["crime", "corruption"]; "" -> [].
Json ContextList(std::string_view context) {
  Json list = Json::array();
  while (!context.empty()) {
    size_t semi = context.find(';');
    std::string_view part = context.substr(0, semi);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) list.push_back(std::string(part));
    if (semi == std::string_view::npos) break;
    context.remove_prefix(semi + 1);
  }
  return list;
}

std::string HexId(uint64_t h) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) s[i] = kHex[h & 15];
  return s;
}

class PloverWriter : public EventWriter {
 public:
  explicit PloverWriter(std::ostream* out) : EventWriter(out) {}

  void Write(const Event& e) override {
    const CameoCode* code = LookupCameo(e.cameo);
    std::string_view type = e.plover;
    if (type.empty() && code != nullptr) type = code->plover;
    if (type.empty()) return;  // PLOVER has no category for this event
    // Mode and context come from the CAMEO code, and only when the event's
    // PLOVER type is the code's own (a coder may have overridden it).
    bool same = code != nullptr && code->plover == type;
    Json j;
    j["id"] = HexId(EventHash(e));
    j["date"] = e.date.value.known() ? Json(e.date.value.ToIso()) : Json();
    j["date_precision"] = PrecisionName(e.date.value.precision);
    j["date_basis"] = DateBasisName(e.date.basis);
    j["event_type"] = type;
    j["mode"] = same ? code->plover_mode : "";
    j["context"] = same ? ContextList(code->plover_context) : Json::array();
    j["source"] = Actor(e.source);
    j["target"] = Actor(e.target);
    j["cameo"] = e.cameo;
    j["quad"] = e.quad;
    j["goldstein"] = e.goldstein;
    j["modality"] = EventModeName(e.mode);
    j["speaker"] = e.speaker.empty() && e.speaker_code.empty()
                       ? Json()
                       : Json{{"text", e.speaker}, {"code", e.speaker_code}};
    if (e.location) {
      Json loc{{"name", e.location->name}, {"country", e.location->country}};
      loc["lat"] = e.location->has_coordinates ? Json(e.location->lat) : Json();
      loc["lon"] = e.location->has_coordinates ? Json(e.location->lon) : Json();
      j["location"] = std::move(loc);
    } else {
      j["location"] = nullptr;
    }
    j["doc"] = e.doc_id;
    j["sentence"] = e.sentence;
    j["text"] = e.text;
    *out_ << j.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    ++written_;
  }
};

}  // namespace

std::unique_ptr<EventWriter> NewPloverWriter(std::ostream* out) {
  return std::make_unique<PloverWriter>(out);
}

}  // namespace annalist::export_internal
