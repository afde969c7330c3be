// Internal: the compiled gazetteer file (gazetteer.bin), written by
// tools/gazetteer_compile at build time and read by Gazetteer::Load with one
// read. Little-endian, fixed-size records, so loading is a size check and a
// few pointer casts:
//
//   Header | PlaceRecord[place_count] | NameRecord[name_count] | strings
//
// Names are sorted by FoldName(name) and grouped: every record of a group
// (the same folded name) holds the index of the group's first record.
#ifndef ANNALIST_SRC_GEO_GAZETTEER_FORMAT_H_
#define ANNALIST_SRC_GEO_GAZETTEER_FORMAT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace annalist::geo_internal {

inline constexpr char kMagic[8] = {'A', 'N', 'G', 'A', 'Z', '0', '0', '1'};

struct Header {
  char magic[8];
  uint32_t place_count;
  uint32_t name_count;
  uint32_t strings_size;
  uint32_t city_count;  // places read from the cities data (0: built without it)
};

// Where a place comes from, which makes its id: "country:SYR",
// "annalist:golan-heights", "geonames:170654".
enum Source : uint8_t { kSourceCountry = 0, kSourceCurated = 1, kSourceGeoNames = 2 };

struct PlaceRecord {
  int32_t lat_e5;  // degrees * 1e5
  int32_t lon_e5;
  uint32_t population;
  uint32_t geonames_id;  // kSourceGeoNames only
  uint32_t name_off;     // the place's own name, in strings
  uint32_t key_off;      // the curated id (kSourceCurated), in strings
  uint16_t name_len;
  uint8_t key_len;
  uint8_t source;   // Source
  uint8_t feature;  // annalist::PlaceFeature
  uint8_t capital;  // 2: a national capital (GeoNames PPLC), 1: a region's (PPLA), 0
  uint8_t has_coordinates;
  char country[3];  // ISO 3166-1 alpha-3, "\0\0\0" when none
  char admin[6];    // first-level region code as the cities data writes it ("TX", "11")
};
static_assert(sizeof(PlaceRecord) == 40);

struct NameRecord {
  uint32_t off;  // in strings
  uint32_t place;
  uint32_t group;  // index of the first NameRecord with the same FoldName
  uint16_t len;
  uint16_t flags;  // kNameUpperOnly
};
static_assert(sizeof(NameRecord) == 16);

// An all-capitals short name ("US", "UK", "DRC") matches only text written
// in capitals, so "us" is not the United States.
inline constexpr uint16_t kNameUpperOnly = 1;

// The grouping key of a name: ASCII letters upper-cased, runs of blanks,
// "-", "_" and "." dropped, other bytes kept. "Mar-a-Lago" and "MAR A LAGO"
// fold alike.
inline std::string FoldName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name) {
    if (c == ' ' || c == '-' || c == '_' || c == '.' || c == '\t') continue;
    out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  return out;
}

}  // namespace annalist::geo_internal

#endif  // ANNALIST_SRC_GEO_GAZETTEER_FORMAT_H_
