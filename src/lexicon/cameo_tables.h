// Internal access to the code tables behind include/annalist/cameo.h, for
// tests and for the exporters. The public functions are declared there.
#ifndef ANNALIST_LEXICON_CAMEO_TABLES_H_
#define ANNALIST_LEXICON_CAMEO_TABLES_H_

#include <span>
#include <string_view>

#include "annalist/cameo.h"

namespace annalist {

// ISO 3166-1 alpha-3 codes, sorted. Static storage.
std::span<const std::string_view> IsoCountryCodes();
// CAMEO regional and historical state codes, sorted. Static storage.
std::span<const std::string_view> CameoRegionCodes();

}  // namespace annalist

#endif  // ANNALIST_LEXICON_CAMEO_TABLES_H_
