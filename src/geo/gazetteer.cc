// Loading the compiled gazetteer file, and looking places up by name and id.
#include "annalist/gazetteer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

#include "annalist/lexicon.h"
#include "base/hash.h"
#include "geo/gazetteer_data.h"

namespace annalist {

using namespace geo_internal;

std::string_view PlaceFeatureName(PlaceFeature feature) {
  switch (feature) {
    case PlaceFeature::kCountry:
      return "country";
    case PlaceFeature::kRegion:
      return "region";
    case PlaceFeature::kCity:
      return "city";
    case PlaceFeature::kLandmark:
      return "landmark";
    case PlaceFeature::kVenue:
      return "venue";
    case PlaceFeature::kWater:
      return "water";
  }
  return "city";
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180, kEarthKm = 6371.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

std::string DefaultGazetteerPath() {
  if (const char* env = std::getenv("ANNALIST_GAZETTEER"); env && *env) return env;
  std::error_code ec;
  const std::filesystem::path data = std::filesystem::path(DefaultDataDir()) / "gazetteer.bin";
  if (std::filesystem::is_regular_file(data, ec)) return data.string();
  return ANNALIST_BUILD_GAZETTEER;
}

Gazetteer::Gazetteer(std::unique_ptr<Data> data) : data_(std::move(data)) {}
Gazetteer::~Gazetteer() = default;

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Load(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return Status::NotFound(path + ": no such gazetteer");
    return Status::IoError(path + ": cannot open");
  }
  auto data = std::make_unique<Data>();
  std::fseek(f, 0, SEEK_END);
  const long size = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  if (size < 0) {
    std::fclose(f);
    return Status::IoError(path + ": cannot read");
  }
  data->bytes.resize((static_cast<size_t>(size) + 7) / 8);
  const size_t got = std::fread(data->bytes.data(), 1, static_cast<size_t>(size), f);
  std::fclose(f);
  if (got != static_cast<size_t>(size)) return Status::IoError(path + ": cannot read");
  const char* base = reinterpret_cast<const char*>(data->bytes.data());
  const size_t n = static_cast<size_t>(size);
  if (n < sizeof(Header) || std::memcmp(base, kMagic, sizeof(kMagic)) != 0) {
    return Status::Corruption(path + ": not an annalist gazetteer file");
  }
  data->header = reinterpret_cast<const Header*>(base);
  base_internal::Fnv1a64 fnv;
  fnv.Add(std::string_view(base, n));
  data->content_hash = fnv.Hex();
  const Header& h = *data->header;
  const uint64_t need = sizeof(Header) + uint64_t{h.place_count} * sizeof(PlaceRecord) +
                        uint64_t{h.name_count} * sizeof(NameRecord) + h.strings_size;
  if (need != n) return Status::Corruption(path + ": truncated or oversized gazetteer file");
  data->places = reinterpret_cast<const PlaceRecord*>(base + sizeof(Header));
  data->names = reinterpret_cast<const NameRecord*>(data->places + h.place_count);
  data->strings = reinterpret_cast<const char*>(data->names + h.name_count);
  for (uint32_t i = 0; i < h.name_count; ++i) {
    const NameRecord& r = data->names[i];
    if (r.place >= h.place_count || uint64_t{r.off} + r.len > h.strings_size || r.group > i) {
      return Status::Corruption(path + ": bad name record " + std::to_string(i));
    }
    if (r.group == i) data->matcher.Add(data->Str(r.off, r.len), i);
  }
  data->matcher.Compile();
  for (uint32_t i = 0; i < h.place_count; ++i) {
    const PlaceRecord& r = data->places[i];
    if (uint64_t{r.name_off} + r.name_len > h.strings_size ||
        uint64_t{r.key_off} + r.key_len > h.strings_size || r.feature > 5) {
      return Status::Corruption(path + ": bad place record " + std::to_string(i));
    }
    if (r.source == kSourceCountry) data->countries.emplace(data->Country(r), i);
    if (r.source == kSourceGeoNames) data->geonames.emplace(r.geonames_id, i);
  }
  return std::shared_ptr<const Gazetteer>(new Gazetteer(std::move(data)));
}

size_t Gazetteer::size() const { return data_->header->place_count; }
size_t Gazetteer::name_count() const { return data_->header->name_count; }
bool Gazetteer::has_cities() const { return data_->header->city_count > 0; }

const std::string& Gazetteer::content_hash() const { return data_->content_hash; }

Place Gazetteer::place(uint32_t index) const {
  const PlaceRecord& r = data_->places[index];
  Place p;
  p.index = index;
  p.name = data_->Str(r.name_off, r.name_len);
  p.country = data_->Country(r);
  p.admin = std::string_view(r.admin, strnlen(r.admin, sizeof(r.admin)));
  p.feature = static_cast<PlaceFeature>(r.feature);
  p.capital = r.capital;
  p.population = r.population;
  p.lat = r.lat_e5 / 1e5;
  p.lon = r.lon_e5 / 1e5;
  p.has_coordinates = r.has_coordinates != 0;
  return p;
}

std::string Gazetteer::Id(uint32_t index) const {
  const PlaceRecord& r = data_->places[index];
  switch (r.source) {
    case kSourceCountry:
      return "country:" + std::string(data_->Country(r));
    case kSourceCurated:
      return "annalist:" + std::string(data_->Str(r.key_off, r.key_len));
    default:
      return "geonames:" + std::to_string(r.geonames_id);
  }
}

bool Gazetteer::FindId(std::string_view id, uint32_t* index) const {
  if (id.starts_with("country:")) return FindCountry(id.substr(8), index);
  if (id.starts_with("geonames:")) {
    const std::string digits(id.substr(9));
    char* end = nullptr;
    const unsigned long v = std::strtoul(digits.c_str(), &end, 10);
    if (digits.empty() || *end) return false;
    auto it = data_->geonames.find(static_cast<uint32_t>(v));
    if (it == data_->geonames.end()) return false;
    *index = it->second;
    return true;
  }
  if (id.starts_with("annalist:")) {
    const std::string_view key = id.substr(9);
    for (uint32_t i = 0; i < size(); ++i) {
      const PlaceRecord& r = data_->places[i];
      if (r.source == kSourceCurated && data_->Str(r.key_off, r.key_len) == key) {
        *index = i;
        return true;
      }
    }
  }
  return false;
}

bool Gazetteer::FindCountry(std::string_view alpha3, uint32_t* index) const {
  auto it = data_->countries.find(alpha3);
  if (it == data_->countries.end()) return false;
  *index = it->second;
  return true;
}

std::vector<Place> Gazetteer::Lookup(std::string_view name) const {
  const std::string key = FoldName(name);
  const Data& d = *data_;
  // Binary search of the sorted name records for the group.
  uint32_t lo = 0, hi = d.header->name_count;
  while (lo < hi) {
    const uint32_t mid = lo + (hi - lo) / 2;
    if (FoldName(d.Str(d.names[mid].off, d.names[mid].len)) < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  std::vector<Place> out;
  std::vector<uint32_t> seen;
  for (uint32_t i = lo; i < d.header->name_count; ++i) {
    const NameRecord& r = d.names[i];
    if (FoldName(d.Str(r.off, r.len)) != key) break;
    if (std::find(seen.begin(), seen.end(), r.place) != seen.end()) continue;
    seen.push_back(r.place);
    out.push_back(place(r.place));
  }
  std::stable_sort(out.begin(), out.end(), [&d](const Place& a, const Place& b) {
    return PriorScore(d.places[a.index]) > PriorScore(d.places[b.index]);
  });
  return out;
}

}  // namespace annalist
