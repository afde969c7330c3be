// Scoring place mentions against gold annotations (`annalist eval places`).
//
// Gold file (docs/places.md, "Gold"): tab-separated lines
//   PATH  DOC  START  END  TEXT  COUNTRY  LAT  LON
// PATH names the file that holds the document (relative to the gold file's
// folder; "$SHARED/..." is in the shared data folder), DOC its document id
// ("" when the file holds one document), START and END byte offsets into the
// document's text as the readers give it, TEXT the text there, COUNTRY the
// ISO alpha-3 code ("" for seas and regions of several countries), LAT/LON
// the place's point. Lines starting with '#' and blank lines are skipped.
//
// Threads: plain functions over plain values. Failure: ReadPlaceGold returns
// kNotFound/kIoError for the file and kInvalidArgument naming the file and
// line of a bad line.
#ifndef ANNALIST_PLACE_EVAL_H_
#define ANNALIST_PLACE_EVAL_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "annalist/document.h"
#include "annalist/gazetteer.h"
#include "annalist/status.h"

namespace annalist {

struct PlaceGold {
  std::string path;  // resolved
  std::string doc;
  Span span;
  std::string text;
  std::string country;
  double lat = 0;
  double lon = 0;
  size_t line = 0;
};

// `shared_dir` replaces "$SHARED" in paths.
Result<std::vector<PlaceGold>> ReadPlaceGold(const std::string& path,
                                             const std::string& shared_dir);

struct PlaceScore {
  size_t documents = 0;
  size_t gold = 0;
  size_t found = 0;     // system mentions in the gold's documents
  size_t tagged = 0;    // gold mentions a system mention overlaps
  size_t within = 0;    // ... resolved within `km` of the gold point
  size_t spurious = 0;  // system mentions overlapping no gold mention
  double km = 161;
};

// Scores FindPlaces over `docs` (prepared: sentences split) against the gold
// mentions of each (gold[i] belongs to docs[gold_doc[i]]). With `errors`,
// writes each missed, misplaced and spurious mention there.
PlaceScore ScorePlaces(const Gazetteer& gazetteer, const std::vector<Document>& docs,
                       const std::vector<PlaceGold>& gold, const std::vector<size_t>& gold_doc,
                       std::ostream* errors);

}  // namespace annalist

#endif  // ANNALIST_PLACE_EVAL_H_
