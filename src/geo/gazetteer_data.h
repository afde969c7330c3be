// Internal: what a loaded Gazetteer holds.
#ifndef ANNALIST_SRC_GEO_GAZETTEER_DATA_H_
#define ANNALIST_SRC_GEO_GAZETTEER_DATA_H_

#include <cmath>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "annalist/gazetteer.h"
#include "geo/gazetteer_format.h"
#include "lexicon/phrase_set.h"

namespace annalist {

struct Gazetteer::Data {
  std::vector<uint64_t> bytes;  // the whole file, 8-byte aligned
  const geo_internal::Header* header = nullptr;
  const geo_internal::PlaceRecord* places = nullptr;
  const geo_internal::NameRecord* names = nullptr;
  const char* strings = nullptr;
  // Every name group, its id the group's first NameRecord index.
  lexicon_internal::PhraseMatcher matcher;
  std::unordered_map<std::string_view, uint32_t> countries;  // alpha-3 -> place
  std::unordered_map<uint32_t, uint32_t> geonames;           // GeoNames id -> place
  std::string content_hash;  // FNV-1a 64 of the file's bytes, 16 hex digits

  std::string_view Str(uint32_t off, uint32_t len) const {
    return std::string_view(strings + off, len);
  }
  std::string_view Country(const geo_internal::PlaceRecord& r) const {
    return std::string_view(r.country, r.country[0] ? 3 : 0);
  }
  // The names of group `g`: [g, GroupEnd(g)).
  uint32_t GroupEnd(uint32_t g) const {
    uint32_t e = g;
    while (e < header->name_count && names[e].group == g) ++e;
    return e;
  }
};

// How likely a place is meant when nothing in the text says which: the
// log of its population, a national capital +4 and a region's +2, and a
// country far ahead of everything (a country's name means the country).
inline double PriorScore(const geo_internal::PlaceRecord& r) {
  double s = std::log1p(static_cast<double>(r.population)) + 2.0 * r.capital;
  if (r.feature == static_cast<uint8_t>(PlaceFeature::kCountry)) s += 30;
  if (r.source == geo_internal::kSourceCurated) s += 3;
  return s;
}

}  // namespace annalist

#endif  // ANNALIST_SRC_GEO_GAZETTEER_DATA_H_
