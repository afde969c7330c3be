// PLOVER JSON records, one per line, with the fields the PLOVER README names
// ("source", "target", "mode", "context", "dead", "injured", "size"), the
// PLOVER event type, its PLOVER quad category, date, place and text.
//
// PLOVER lets source and target hold compound actors "rather than dealing
// with compounds by duplicating event": the events annalist codes for "Israel
// and Egypt attacked Syria" (ISR->SYR, EGY->SYR) become one record with the
// sources [ISR, EGY]. Events merge when they are consecutive, of the same
// document, sentence, CAMEO code, PLOVER type and modality, and share one
// side; every actor is listed once. The writer holds back one record until
// the next event (or End) shows it is complete.
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "annalist/cameo.h"
#include "export/writers.h"

namespace annalist::export_internal {

int PloverQuad(std::string_view type) {
  // The PLOVER README's "PLOVER quad categories" table. It differs from
  // CAMEO's QuadClass: CONCEDE (CAMEO 081-083, material cooperation there) is
  // verbal cooperation, PROTEST (CAMEO 14, verbal conflict) is material
  // conflict, SANCTION (CAMEO 16, material conflict) is verbal conflict.
  struct Row {
    std::string_view type;
    int quad;
  };
  static constexpr Row kQuads[] = {
      {"AGREE", 1},
      {"CONSULT", 1},
      {"SUPPORT", 1},
      {"CONCEDE", 1},
      {"COOPERATE", 2},
      {"AID", 2},
      {"RETREAT", 2},
      {"INVESTIGATE", 2},
      {"DEMAND", 3},
      {"DISAPPROVE", 3},
      {"REJECT", 3},
      {"THREATEN", 3},
      {"SANCTION", 3},
      {"PROTEST", 4},
      {"CRIME", 4},
      {"MOBILIZE", 4},
      {"COERCE", 4},
      {"ASSAULT", 4},
      // The CAMEO-to-PLOVER table of September 2021 (which annalist's CAMEO
      // table follows) names two types the README does not: REQUEST (CAMEO
      // 10, the README's DEMAND) and ACCUSE (CAMEO 09 and 11, the README's
      // DISAPPROVE). They take the quad of the README type they replace.
      {"REQUEST", 3},
      {"ACCUSE", 3},
  };
  for (const Row& r : kQuads) {
    if (r.type == type) return r.quad;
  }
  return 0;
}

namespace {

using Json = nlohmann::ordered_json;

Json Actor(const EventActor& a) {
  return Json{{"text", a.text}, {"code", a.code}, {"country", a.country}, {"sector", a.sector}};
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

// Adds `a` to `list` unless an equal actor is there; absent actors add nothing.
void AddOnce(const std::optional<EventActor>& a, std::vector<EventActor>* list) {
  if (!a) return;
  for (const EventActor& b : *list) {
    if (b == *a) return;
  }
  list->push_back(*a);
}

bool Only(const std::vector<EventActor>& list, const std::optional<EventActor>& a) {
  if (!a) return list.empty();
  return list.size() == 1 && list[0] == *a;
}

// One PLOVER record under construction: the first event and the actors of
// every event merged into it.
struct Pending {
  Event first;
  std::string type;
  std::vector<std::string> ids;
  std::vector<EventActor> sources, targets;
};

class PloverWriter : public EventWriter {
 public:
  explicit PloverWriter(std::ostream* out) : EventWriter(out) {}

  void Write(const Event& e) override {
    const CameoCode* code = LookupCameo(e.cameo);
    std::string_view type = e.plover;
    if (type.empty() && code != nullptr) type = code->plover;
    std::string id = IdOf(e);
    if (type.empty()) return;  // PLOVER has no category for this event
    if (pending_ && Merges(e, type)) {
      AddOnce(e.source, &pending_->sources);
      AddOnce(e.target, &pending_->targets);
      pending_->ids.push_back(std::move(id));
      return;
    }
    Flush();
    pending_.emplace();
    pending_->first = e;
    pending_->type = std::string(type);
    pending_->ids.push_back(std::move(id));
    AddOnce(e.source, &pending_->sources);
    AddOnce(e.target, &pending_->targets);
  }

  void End() override {
    Flush();
    EventWriter::End();
  }

 private:
  // Whether `e` is the pending record's event with another actor on one side.
  bool Merges(const Event& e, std::string_view type) const {
    const Event& f = pending_->first;
    if (e.doc_id != f.doc_id || e.sentence != f.sentence || e.cameo != f.cameo ||
        type != pending_->type || e.mode != f.mode) {
      return false;
    }
    return Only(pending_->sources, e.source) || Only(pending_->targets, e.target);
  }

  void Flush() {
    if (!pending_) return;
    const Pending& p = *pending_;
    const Event& e = p.first;
    const CameoCode* code = LookupCameo(e.cameo);
    // Mode and context come from the CAMEO code, and only when the event's
    // PLOVER type is the code's own (a coder may have overridden it).
    bool same = code != nullptr && code->plover == p.type;
    Json j;
    j["id"] = p.ids.front();
    j["event_ids"] = p.ids;
    j["date"] = e.date.value.known() ? Json(e.date.value.ToIso()) : Json();
    j["date_precision"] = PrecisionName(e.date.value.precision);
    j["date_basis"] = DateBasisName(e.date.basis);
    j["event_type"] = p.type;
    j["mode"] = same ? code->plover_mode : "";
    j["context"] = same ? ContextList(code->plover_context) : Json::array();
    j["quad"] = PloverQuad(p.type);
    Json sources = Json::array(), targets = Json::array();
    for (const EventActor& a : p.sources) sources.push_back(Actor(a));
    for (const EventActor& a : p.targets) targets.push_back(Actor(a));
    j["source"] = std::move(sources);
    j["target"] = std::move(targets);
    // Magnitudes: annalist does not count dead, injured or crowd size.
    j["dead"] = nullptr;
    j["injured"] = nullptr;
    j["size"] = nullptr;
    j["cameo"] = e.cameo;
    j["cameo_quad"] = e.quad;
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
    pending_.reset();
  }

  std::optional<Pending> pending_;
};

}  // namespace

std::unique_ptr<EventWriter> NewPloverWriter(std::ostream* out) {
  return std::make_unique<PloverWriter>(out);
}

}  // namespace annalist::export_internal
