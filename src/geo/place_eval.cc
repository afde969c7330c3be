// Reading place gold and scoring FindPlaces against it.
#include "annalist/place_eval.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace annalist {

namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t at = line.find('\t', start);
    out.push_back(line.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) return out;
    start = at + 1;
  }
}

bool ParseNumber(const std::string& s, double* v) {
  char* end = nullptr;
  *v = std::strtod(s.c_str(), &end);
  return !s.empty() && *end == '\0';
}

}  // namespace

Result<std::vector<PlaceGold>> ReadPlaceGold(const std::string& path,
                                             const std::string& shared_dir) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": cannot be read");
  }
  const std::filesystem::path dir = std::filesystem::path(path).parent_path();
  std::vector<PlaceGold> out;
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> c = SplitTabs(line);
    const std::string where = path + ":" + std::to_string(n) + ": ";
    if (c.size() != 8) {
      return Status::InvalidArgument(where + std::to_string(c.size()) +
                                     " columns, expected 8 (path doc start end text country "
                                     "lat lon)");
    }
    PlaceGold g;
    g.line = n;
    g.path = c[0].starts_with("$SHARED/") ? shared_dir + c[0].substr(7) : (dir / c[0]).string();
    g.doc = c[1];
    double start = 0, end = 0;
    if (!ParseNumber(c[2], &start) || !ParseNumber(c[3], &end) || start < 0 || end <= start ||
        end > 4e9) {
      return Status::InvalidArgument(where + "bad offsets '" + c[2] + "' '" + c[3] + "'");
    }
    g.span = Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    g.text = c[4];
    g.country = c[5];
    if (!ParseNumber(c[6], &g.lat) || !ParseNumber(c[7], &g.lon) || g.lat < -90 || g.lat > 90 ||
        g.lon < -180 || g.lon > 180) {
      return Status::InvalidArgument(where + "bad coordinates '" + c[6] + "' '" + c[7] + "'");
    }
    out.push_back(std::move(g));
  }
  return out;
}

PlaceScore ScorePlaces(const Gazetteer& gazetteer, const std::vector<Document>& docs,
                       const std::vector<PlaceGold>& gold, const std::vector<size_t>& gold_doc,
                       std::ostream* errors) {
  PlaceScore s;
  s.documents = docs.size();
  s.gold = gold.size();
  PlaceScratch scratch;
  std::vector<PlaceMention> found;
  for (size_t d = 0; d < docs.size(); ++d) {
    found.clear();
    FindPlaces(gazetteer, docs[d], &scratch, &found);
    s.found += found.size();
    std::vector<bool> used(found.size(), false);
    for (size_t k = 0; k < gold.size(); ++k) {
      if (gold_doc[k] != d) continue;
      const PlaceGold& g = gold[k];
      const PlaceMention* hit = nullptr;
      for (size_t f = 0; f < found.size(); ++f) {
        if (found[f].span.begin < g.span.end && g.span.begin < found[f].span.end) {
          hit = &found[f];
          used[f] = true;
        }
      }
      if (!hit) {
        if (errors) *errors << "missed " << g.path << ":" << g.span.begin << " " << g.text << "\n";
        continue;
      }
      ++s.tagged;
      const Place p = gazetteer.place(hit->place);
      const double km = p.has_coordinates ? DistanceKm(p.lat, p.lon, g.lat, g.lon) : 1e9;
      if (km <= s.km) {
        ++s.within;
      } else if (errors) {
        *errors << "misplaced " << g.path << ":" << g.span.begin << " " << g.text << " -> "
                << gazetteer.Id(hit->place) << " " << p.name << " " << p.country << " ("
                << static_cast<long>(km) << " km)\n";
      }
    }
    for (size_t f = 0; f < found.size(); ++f) {
      if (used[f]) continue;
      ++s.spurious;
      if (errors) {
        *errors << "spurious " << docs[d].source << ":" << found[f].span.begin << " "
                << docs[d].text.substr(found[f].span.begin, found[f].span.size()) << " -> "
                << gazetteer.Id(found[f].place) << "\n";
      }
    }
  }
  return s;
}

}  // namespace annalist
