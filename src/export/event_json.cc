// annalist's own event record: Event <-> one JSON object.
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>

#include "annalist/datetime.h"
#include "annalist/export.h"
#include "export/writers.h"

namespace annalist {
namespace {

using Json = nlohmann::ordered_json;
using export_internal::ParsePrecision;
using export_internal::PrecisionName;

Json ActorJson(const std::optional<EventActor>& actor) {
  if (!actor) return nullptr;
  Json j;
  j["text"] = actor->text;
  j["code"] = actor->code;
  j["country"] = actor->country;
  j["sector"] = actor->sector;
  return j;
}

// Reading: each helper fails with the key's name when the type is wrong.
Status WrongType(std::string_view key, std::string_view want) {
  return Status::Corruption("event JSON: \"" + std::string(key) + "\" is not " + std::string(want));
}

Status GetString(const Json& obj, const char* key, std::string* out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return Status::Ok();
  if (!it->is_string()) return WrongType(key, "a string");
  *out = it->get<std::string>();
  return Status::Ok();
}

Status GetUint32(const Json& v, std::string_view key, uint32_t* out) {
  if (!v.is_number_unsigned() || v.get<uint64_t>() > std::numeric_limits<uint32_t>::max()) {
    return WrongType(key, "an unsigned 32-bit integer");
  }
  *out = static_cast<uint32_t>(v.get<uint64_t>());
  return Status::Ok();
}

Status GetDouble(const Json& v, std::string_view key, double* out) {
  if (!v.is_number()) return WrongType(key, "a number");
  *out = v.get<double>();
  return Status::Ok();
}

Status GetActor(const Json& obj, const char* key, std::optional<EventActor>* out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return Status::Ok();
  if (!it->is_object()) return WrongType(key, "an object or null");
  EventActor a;
  ANNALIST_RETURN_IF_ERROR(GetString(*it, "text", &a.text));
  ANNALIST_RETURN_IF_ERROR(GetString(*it, "code", &a.code));
  ANNALIST_RETURN_IF_ERROR(GetString(*it, "country", &a.country));
  ANNALIST_RETURN_IF_ERROR(GetString(*it, "sector", &a.sector));
  *out = std::move(a);
  return Status::Ok();
}

Status GetDate(const Json& obj, EventDate* out) {
  auto it = obj.find("date");
  if (it == obj.end() || it->is_null()) return Status::Ok();
  if (!it->is_object()) return WrongType("date", "an object or null");
  std::string value, precision = "none", basis = "none";
  ANNALIST_RETURN_IF_ERROR(GetString(*it, "value", &value));
  ANNALIST_RETURN_IF_ERROR(GetString(*it, "precision", &precision));
  ANNALIST_RETURN_IF_ERROR(GetString(*it, "basis", &basis));
  ANNALIST_RETURN_IF_ERROR(GetString(*it, "timex", &out->timex));
  DatePrecision p;
  if (!ParsePrecision(precision, &p)) {
    return Status::Corruption("event JSON: bad date precision \"" + precision + "\"");
  }
  bool basis_ok = false;
  for (DateBasis b :
       {DateBasis::kExplicit, DateBasis::kRelative, DateBasis::kPublication, DateBasis::kNone}) {
    if (DateBasisName(b) == basis) {
      out->basis = b;
      basis_ok = true;
    }
  }
  if (!basis_ok) {
    return Status::Corruption("event JSON: bad date basis \"" + basis + "\"");
  }
  out->value = DateTime();
  if (value.empty() && p == DatePrecision::kNone) return Status::Ok();
  DateTime d;
  if (!ParsePublished(value, &d) || d.precision != p) {
    return Status::Corruption("event JSON: date value \"" + value +
                              "\" does not match precision \"" + precision + "\"");
  }
  out->value = d;
  return Status::Ok();
}

Status GetLocation(const Json& obj, std::optional<EventLocation>* out) {
  auto it = obj.find("location");
  if (it == obj.end() || it->is_null()) return Status::Ok();
  if (!it->is_object()) return WrongType("location", "an object or null");
  EventLocation loc;
  ANNALIST_RETURN_IF_ERROR(GetString(*it, "name", &loc.name));
  ANNALIST_RETURN_IF_ERROR(GetString(*it, "country", &loc.country));
  auto lat = it->find("lat");
  auto lon = it->find("lon");
  bool has_lat = lat != it->end() && !lat->is_null();
  bool has_lon = lon != it->end() && !lon->is_null();
  if (has_lat != has_lon) {
    return Status::Corruption("event JSON: location has only one of lat, lon");
  }
  if (has_lat) {
    ANNALIST_RETURN_IF_ERROR(GetDouble(*lat, "lat", &loc.lat));
    ANNALIST_RETURN_IF_ERROR(GetDouble(*lon, "lon", &loc.lon));
    loc.has_coordinates = true;
  }
  *out = std::move(loc);
  return Status::Ok();
}

Status FromJson(const Json& j, Event* e) {
  if (!j.is_object()) return Status::Corruption("event JSON: not an object");
  ANNALIST_RETURN_IF_ERROR(GetString(j, "id", &e->id));
  ANNALIST_RETURN_IF_ERROR(GetString(j, "doc", &e->doc_id));
  if (auto it = j.find("sentence"); it != j.end() && !it->is_null()) {
    ANNALIST_RETURN_IF_ERROR(GetUint32(*it, "sentence", &e->sentence));
  }
  ANNALIST_RETURN_IF_ERROR(GetString(j, "text", &e->text));
  if (auto it = j.find("span"); it != j.end() && !it->is_null()) {
    if (!it->is_array() || it->size() != 2) {
      return WrongType("span", "an array [begin, end]");
    }
    ANNALIST_RETURN_IF_ERROR(GetUint32((*it)[0], "span", &e->span.begin));
    ANNALIST_RETURN_IF_ERROR(GetUint32((*it)[1], "span", &e->span.end));
  }
  ANNALIST_RETURN_IF_ERROR(GetActor(j, "source", &e->source));
  ANNALIST_RETURN_IF_ERROR(GetActor(j, "target", &e->target));
  ANNALIST_RETURN_IF_ERROR(GetString(j, "cameo", &e->cameo));
  ANNALIST_RETURN_IF_ERROR(GetString(j, "root", &e->root));
  if (auto it = j.find("quad"); it != j.end() && !it->is_null()) {
    if (!it->is_number_integer() || it->get<int64_t>() < 0 || it->get<int64_t>() > 4) {
      return WrongType("quad", "an integer 0-4");
    }
    e->quad = static_cast<int>(it->get<int64_t>());
  }
  if (auto it = j.find("goldstein"); it != j.end() && !it->is_null()) {
    ANNALIST_RETURN_IF_ERROR(GetDouble(*it, "goldstein", &e->goldstein));
  }
  ANNALIST_RETURN_IF_ERROR(GetString(j, "plover", &e->plover));
  std::string mode = "asserted";
  ANNALIST_RETURN_IF_ERROR(GetString(j, "mode", &mode));
  if (!ParseEventMode(mode, &e->mode)) {
    return Status::Corruption("event JSON: bad mode \"" + mode + "\"");
  }
  if (auto it = j.find("speaker"); it != j.end() && !it->is_null()) {
    if (!it->is_object()) return WrongType("speaker", "an object or null");
    ANNALIST_RETURN_IF_ERROR(GetString(*it, "text", &e->speaker));
    ANNALIST_RETURN_IF_ERROR(GetString(*it, "code", &e->speaker_code));
  }
  ANNALIST_RETURN_IF_ERROR(GetDate(j, &e->date));
  ANNALIST_RETURN_IF_ERROR(GetLocation(j, &e->location));
  ANNALIST_RETURN_IF_ERROR(GetString(j, "verb", &e->verb));
  ANNALIST_RETURN_IF_ERROR(GetString(j, "pattern", &e->pattern));
  if (auto it = j.find("context"); it != j.end() && !it->is_null()) {
    if (!it->is_object()) return WrongType("context", "an object or null");
    ANNALIST_RETURN_IF_ERROR(GetString(*it, "cameo", &e->context_cameo));
    ANNALIST_RETURN_IF_ERROR(GetString(*it, "verb", &e->context_verb));
  }
  return Status::Ok();
}

}  // namespace

std::string EventToJson(const Event& e) {
  Json j;
  j["id"] = e.id;
  j["doc"] = e.doc_id;
  j["sentence"] = e.sentence;
  j["text"] = e.text;
  j["span"] = Json::array({e.span.begin, e.span.end});
  j["source"] = ActorJson(e.source);
  j["target"] = ActorJson(e.target);
  j["cameo"] = e.cameo;
  j["root"] = e.root;
  j["quad"] = e.quad;
  j["goldstein"] = e.goldstein;
  j["plover"] = e.plover;
  j["mode"] = EventModeName(e.mode);
  if (e.speaker.empty() && e.speaker_code.empty()) {
    j["speaker"] = nullptr;
  } else {
    j["speaker"] = {{"text", e.speaker}, {"code", e.speaker_code}};
  }
  Json date;
  if (e.date.value.known()) {
    date["value"] = e.date.value.ToIso();
  } else {
    date["value"] = nullptr;
  }
  date["precision"] = PrecisionName(e.date.value.precision);
  date["basis"] = DateBasisName(e.date.basis);
  if (!e.date.timex.empty()) date["timex"] = e.date.timex;
  j["date"] = std::move(date);
  if (e.location) {
    Json loc;
    loc["name"] = e.location->name;
    loc["country"] = e.location->country;
    if (e.location->has_coordinates) {
      loc["lat"] = e.location->lat;
      loc["lon"] = e.location->lon;
    } else {
      loc["lat"] = nullptr;
      loc["lon"] = nullptr;
    }
    j["location"] = std::move(loc);
  } else {
    j["location"] = nullptr;
  }
  j["verb"] = e.verb;
  j["pattern"] = e.pattern;
  if (!e.context_cameo.empty()) {
    j["context"] = {{"cameo", e.context_cameo}, {"verb", e.context_verb}};
  }
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<Event> ParseEventJson(std::string_view line) {
  Json j = Json::parse(line.begin(), line.end(), nullptr,
                       /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    return Status::Corruption("event JSON: not valid JSON");
  }
  Event e;
  try {
    ANNALIST_RETURN_IF_ERROR(FromJson(j, &e));
  } catch (const nlohmann::json::exception& ex) {
    return Status::Corruption(std::string("event JSON: ") + ex.what());
  }
  return e;
}

}  // namespace annalist
