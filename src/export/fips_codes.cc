// ISO 3166-1 alpha-3 country codes (and CAMEO's KSV for Kosovo) to the
// FIPS 10-4 codes that GDELT writes in its *Geo_CountryCode columns. One row
// per country or territory that has a FIPS 10-4 code; facts of the two
// standards. Sorted by the ISO code (IsoToFips searches it).
#include <algorithm>
#include <array>
#include <string_view>

#include "export/writers.h"

namespace annalist::export_internal {
namespace {

struct CountryCodes {
  std::string_view iso3;
  std::string_view fips;
};

constexpr CountryCodes kCodes[] = {
    {"ABW", "AA"},  // Aruba
    {"AFG", "AF"},  // Afghanistan
    {"AGO", "AO"},  // Angola
    {"AIA", "AV"},  // Anguilla
    {"ALB", "AL"},  // Albania
    {"AND", "AN"},  // Andorra
    {"ANT", "NT"},  // Netherlands Antilles (ISO code withdrawn 2010)
    {"ARE", "AE"},  // United Arab Emirates
    {"ARG", "AR"},  // Argentina
    {"ARM", "AM"},  // Armenia
    {"ASM", "AQ"},  // American Samoa
    {"ATA", "AY"},  // Antarctica
    {"ATF", "FS"},  // French Southern and Antarctic Lands
    {"ATG", "AC"},  // Antigua and Barbuda
    {"AUS", "AS"},  // Australia
    {"AUT", "AU"},  // Austria
    {"AZE", "AJ"},  // Azerbaijan
    {"BDI", "BY"},  // Burundi
    {"BEL", "BE"},  // Belgium
    {"BEN", "BN"},  // Benin
    {"BFA", "UV"},  // Burkina Faso
    {"BGD", "BG"},  // Bangladesh
    {"BGR", "BU"},  // Bulgaria
    {"BHR", "BA"},  // Bahrain
    {"BHS", "BF"},  // Bahamas
    {"BIH", "BK"},  // Bosnia and Herzegovina
    {"BLM", "TB"},  // Saint Barthelemy
    {"BLR", "BO"},  // Belarus
    {"BLZ", "BH"},  // Belize
    {"BMU", "BD"},  // Bermuda
    {"BOL", "BL"},  // Bolivia
    {"BRA", "BR"},  // Brazil
    {"BRB", "BB"},  // Barbados
    {"BRN", "BX"},  // Brunei
    {"BTN", "BT"},  // Bhutan
    {"BVT", "BV"},  // Bouvet Island
    {"BWA", "BC"},  // Botswana
    {"CAF", "CT"},  // Central African Republic
    {"CAN", "CA"},  // Canada
    {"CCK", "CK"},  // Cocos (Keeling) Islands
    {"CHE", "SZ"},  // Switzerland
    {"CHL", "CI"},  // Chile
    {"CHN", "CH"},  // China
    {"CIV", "IV"},  // Cote d'Ivoire
    {"CMR", "CM"},  // Cameroon
    {"COD", "CG"},  // Congo (Kinshasa)
    {"COG", "CF"},  // Congo (Brazzaville)
    {"COK", "CW"},  // Cook Islands
    {"COL", "CO"},  // Colombia
    {"COM", "CN"},  // Comoros
    {"CPV", "CV"},  // Cape Verde
    {"CRI", "CS"},  // Costa Rica
    {"CUB", "CU"},  // Cuba
    {"CUW", "UC"},  // Curacao
    {"CXR", "KT"},  // Christmas Island
    {"CYM", "CJ"},  // Cayman Islands
    {"CYP", "CY"},  // Cyprus
    {"CZE", "EZ"},  // Czech Republic
    {"DEU", "GM"},  // Germany
    {"DJI", "DJ"},  // Djibouti
    {"DMA", "DO"},  // Dominica
    {"DNK", "DA"},  // Denmark
    {"DOM", "DR"},  // Dominican Republic
    {"DZA", "AG"},  // Algeria
    {"ECU", "EC"},  // Ecuador
    {"EGY", "EG"},  // Egypt
    {"ERI", "ER"},  // Eritrea
    {"ESH", "WI"},  // Western Sahara
    {"ESP", "SP"},  // Spain
    {"EST", "EN"},  // Estonia
    {"ETH", "ET"},  // Ethiopia
    {"FIN", "FI"},  // Finland
    {"FJI", "FJ"},  // Fiji
    {"FLK", "FK"},  // Falkland Islands
    {"FRA", "FR"},  // France
    {"FRO", "FO"},  // Faroe Islands
    {"FSM", "FM"},  // Micronesia
    {"GAB", "GB"},  // Gabon
    {"GBR", "UK"},  // United Kingdom
    {"GEO", "GG"},  // Georgia
    {"GGY", "GK"},  // Guernsey
    {"GHA", "GH"},  // Ghana
    {"GIB", "GI"},  // Gibraltar
    {"GIN", "GV"},  // Guinea
    {"GLP", "GP"},  // Guadeloupe
    {"GMB", "GA"},  // Gambia
    {"GNB", "PU"},  // Guinea-Bissau
    {"GNQ", "EK"},  // Equatorial Guinea
    {"GRC", "GR"},  // Greece
    {"GRD", "GJ"},  // Grenada
    {"GRL", "GL"},  // Greenland
    {"GTM", "GT"},  // Guatemala
    {"GUF", "FG"},  // French Guiana
    {"GUM", "GQ"},  // Guam
    {"GUY", "GY"},  // Guyana
    {"HKG", "HK"},  // Hong Kong
    {"HMD", "HM"},  // Heard Island and McDonald Islands
    {"HND", "HO"},  // Honduras
    {"HRV", "HR"},  // Croatia
    {"HTI", "HA"},  // Haiti
    {"HUN", "HU"},  // Hungary
    {"IDN", "ID"},  // Indonesia
    {"IMN", "IM"},  // Isle of Man
    {"IND", "IN"},  // India
    {"IOT", "IO"},  // British Indian Ocean Territory
    {"IRL", "EI"},  // Ireland
    {"IRN", "IR"},  // Iran
    {"IRQ", "IZ"},  // Iraq
    {"ISL", "IC"},  // Iceland
    {"ISR", "IS"},  // Israel
    {"ITA", "IT"},  // Italy
    {"JAM", "JM"},  // Jamaica
    {"JEY", "JE"},  // Jersey
    {"JOR", "JO"},  // Jordan
    {"JPN", "JA"},  // Japan
    {"KAZ", "KZ"},  // Kazakhstan
    {"KEN", "KE"},  // Kenya
    {"KGZ", "KG"},  // Kyrgyzstan
    {"KHM", "CB"},  // Cambodia
    {"KIR", "KR"},  // Kiribati
    {"KNA", "SC"},  // Saint Kitts and Nevis
    {"KOR", "KS"},  // South Korea
    {"KSV", "KV"},  // Kosovo (CAMEO's code)
    {"KWT", "KU"},  // Kuwait
    {"LAO", "LA"},  // Laos
    {"LBN", "LE"},  // Lebanon
    {"LBR", "LI"},  // Liberia
    {"LBY", "LY"},  // Libya
    {"LCA", "ST"},  // Saint Lucia
    {"LIE", "LS"},  // Liechtenstein
    {"LKA", "CE"},  // Sri Lanka
    {"LSO", "LT"},  // Lesotho
    {"LTU", "LH"},  // Lithuania
    {"LUX", "LU"},  // Luxembourg
    {"LVA", "LG"},  // Latvia
    {"MAC", "MC"},  // Macau
    {"MAF", "RN"},  // Saint Martin
    {"MAR", "MO"},  // Morocco
    {"MCO", "MN"},  // Monaco
    {"MDA", "MD"},  // Moldova
    {"MDG", "MA"},  // Madagascar
    {"MDV", "MV"},  // Maldives
    {"MEX", "MX"},  // Mexico
    {"MHL", "RM"},  // Marshall Islands
    {"MKD", "MK"},  // North Macedonia
    {"MLI", "ML"},  // Mali
    {"MLT", "MT"},  // Malta
    {"MMR", "BM"},  // Burma
    {"MNE", "MJ"},  // Montenegro
    {"MNG", "MG"},  // Mongolia
    {"MNP", "CQ"},  // Northern Mariana Islands
    {"MOZ", "MZ"},  // Mozambique
    {"MRT", "MR"},  // Mauritania
    {"MSR", "MH"},  // Montserrat
    {"MTQ", "MB"},  // Martinique
    {"MUS", "MP"},  // Mauritius
    {"MWI", "MI"},  // Malawi
    {"MYS", "MY"},  // Malaysia
    {"MYT", "MF"},  // Mayotte
    {"NAM", "WA"},  // Namibia
    {"NCL", "NC"},  // New Caledonia
    {"NER", "NG"},  // Niger
    {"NFK", "NF"},  // Norfolk Island
    {"NGA", "NI"},  // Nigeria
    {"NIC", "NU"},  // Nicaragua
    {"NIU", "NE"},  // Niue
    {"NLD", "NL"},  // Netherlands
    {"NOR", "NO"},  // Norway
    {"NPL", "NP"},  // Nepal
    {"NRU", "NR"},  // Nauru
    {"NZL", "NZ"},  // New Zealand
    {"OMN", "MU"},  // Oman
    {"PAK", "PK"},  // Pakistan
    {"PAN", "PM"},  // Panama
    {"PCN", "PC"},  // Pitcairn Islands
    {"PER", "PE"},  // Peru
    {"PHL", "RP"},  // Philippines
    {"PLW", "PS"},  // Palau
    {"PNG", "PP"},  // Papua New Guinea
    {"POL", "PL"},  // Poland
    {"PRI", "RQ"},  // Puerto Rico
    {"PRK", "KN"},  // North Korea
    {"PRT", "PO"},  // Portugal
    {"PRY", "PA"},  // Paraguay
    {"PSE", "WE"},  // Palestine (FIPS splits it: West Bank WE, Gaza Strip GZ; WE is written)
    {"PYF", "FP"},  // French Polynesia
    {"QAT", "QA"},  // Qatar
    {"REU", "RE"},  // Reunion
    {"ROU", "RO"},  // Romania
    {"RUS", "RS"},  // Russia
    {"RWA", "RW"},  // Rwanda
    {"SAU", "SA"},  // Saudi Arabia
    {"SDN", "SU"},  // Sudan
    {"SEN", "SG"},  // Senegal
    {"SGP", "SN"},  // Singapore
    {"SGS", "SX"},  // South Georgia and the South Sandwich Islands
    {"SHN", "SH"},  // Saint Helena
    {"SJM", "SV"},  // Svalbard (and Jan Mayen, FIPS JN)
    {"SLB", "BP"},  // Solomon Islands
    {"SLE", "SL"},  // Sierra Leone
    {"SLV", "ES"},  // El Salvador
    {"SMR", "SM"},  // San Marino
    {"SOM", "SO"},  // Somalia
    {"SPM", "SB"},  // Saint Pierre and Miquelon
    {"SRB", "RI"},  // Serbia
    {"SSD", "OD"},  // South Sudan
    {"STP", "TP"},  // Sao Tome and Principe
    {"SUR", "NS"},  // Suriname
    {"SVK", "LO"},  // Slovakia
    {"SVN", "SI"},  // Slovenia
    {"SWE", "SW"},  // Sweden
    {"SWZ", "WZ"},  // Eswatini
    {"SXM", "NN"},  // Sint Maarten
    {"SYC", "SE"},  // Seychelles
    {"SYR", "SY"},  // Syria
    {"TCA", "TK"},  // Turks and Caicos Islands
    {"TCD", "CD"},  // Chad
    {"TGO", "TO"},  // Togo
    {"THA", "TH"},  // Thailand
    {"TJK", "TI"},  // Tajikistan
    {"TKL", "TL"},  // Tokelau
    {"TKM", "TX"},  // Turkmenistan
    {"TLS", "TT"},  // Timor-Leste
    {"TON", "TN"},  // Tonga
    {"TTO", "TD"},  // Trinidad and Tobago
    {"TUN", "TS"},  // Tunisia
    {"TUR", "TU"},  // Turkey
    {"TUV", "TV"},  // Tuvalu
    {"TWN", "TW"},  // Taiwan
    {"TZA", "TZ"},  // Tanzania
    {"UGA", "UG"},  // Uganda
    {"UKR", "UP"},  // Ukraine
    {"URY", "UY"},  // Uruguay
    {"USA", "US"},  // United States
    {"UZB", "UZ"},  // Uzbekistan
    {"VAT", "VT"},  // Holy See
    {"VCT", "VC"},  // Saint Vincent and the Grenadines
    {"VEN", "VE"},  // Venezuela
    {"VGB", "VI"},  // British Virgin Islands
    {"VIR", "VQ"},  // U.S. Virgin Islands
    {"VNM", "VM"},  // Vietnam
    {"VUT", "NH"},  // Vanuatu
    {"WLF", "WF"},  // Wallis and Futuna
    {"WSM", "WS"},  // Samoa
    {"XKX", "KV"},  // Kosovo (user-assigned ISO code)
    {"YEM", "YM"},  // Yemen
    {"ZAF", "SF"},  // South Africa
    {"ZMB", "ZA"},  // Zambia
    {"ZWE", "ZI"},  // Zimbabwe
};

constexpr bool Sorted() {
  for (size_t i = 1; i < std::size(kCodes); ++i) {
    if (!(kCodes[i - 1].iso3 < kCodes[i].iso3)) return false;
  }
  return true;
}
static_assert(Sorted(), "kCodes must be sorted by ISO code");

}  // namespace

std::string_view IsoToFips(std::string_view iso3) {
  const auto* end = std::end(kCodes);
  const auto* it =
      std::lower_bound(std::begin(kCodes), end, iso3,
                       [](const CountryCodes& c, std::string_view key) { return c.iso3 < key; });
  if (it == end || it->iso3 != iso3) return {};
  return it->fips;
}

size_t FipsCodeCount() { return std::size(kCodes); }

}  // namespace annalist::export_internal
