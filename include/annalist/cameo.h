// The CAMEO event-code table and CAMEO actor-code helpers.
//
// Every CAMEO event code (2-digit roots, 3-digit base codes, 4-digit
// sub-codes) with a short label, its root, QuadClass, Goldstein score and
// PLOVER type, mode and context. Codes are strings: leading zeros matter
// ("010" is not "10").
//
// Sources of the facts (the table itself is annalist's own source code):
// Goldstein scores follow the CAMEO Goldstein scale; the PLOVER columns follow
// the CAMEO-to-PLOVER table of the PLOVER project (draft 0.8, 2021). Where
// that table maps a code twice (root "08" is split into CONCEDE for 081-083
// and RETREAT for 084-087) the root carries the first mapping. A few newer
// CAMEO codes (155, 176, 1213, 1214, 1834, 1951, 1952) have no Goldstein score
// or PLOVER row of their own: they take their parent's, and `derived` says so.
// Roots 01 (statements) and 02 (appeals) have no PLOVER type: PLOVER dropped
// them, so `plover` is "".
//
// Thread-safety: the table is immutable static data; every function here is
// safe to call from any number of threads. Returned pointers and views point
// into static storage and stay valid for the life of the program.
#ifndef ANNALIST_CAMEO_H_
#define ANNALIST_CAMEO_H_

#include <span>
#include <string>
#include <string_view>

namespace annalist {

// The four QuadClass values of GDELT/ICEWS, fixed by the code's root:
// 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal
// conflict, 15-20 material conflict.
enum QuadClass : int {
  kQuadUnknown = 0,
  kVerbalCooperation = 1,
  kMaterialCooperation = 2,
  kVerbalConflict = 3,
  kMaterialConflict = 4,
};

struct CameoCode {
  std::string_view code;            // "0311"
  std::string_view label;           // short English label, e.g. "Intend economic cooperation"
  std::string_view root;            // "03"
  int quad_class;                   // 1-4, see QuadClass
  double goldstein;                 // -10.0 .. +10.0
  std::string_view plover;          // PLOVER event type, e.g. "AGREE"; "" when none
  std::string_view plover_mode;     // e.g. "visit", "ceasefire"; often ""
  std::string_view plover_context;  // e.g. "military"; several are joined by "; "
  bool derived;                     // goldstein/PLOVER taken from the parent code (see above)
};

// The code `code` exactly, or nullptr when it is not a CAMEO event code.
const CameoCode* FindCameo(std::string_view code);

// The entry for `code`, falling back for codes not in the table: an unknown
// 4-digit code ("0319") gives its 3-digit parent ("031") if that exists, else
// its root ("03"); an unknown 3-digit code gives its root. The returned
// entry's `code` says which code was found. Returns nullptr when `code` is not
// 2-4 ASCII digits or its root is not "01".."20".
const CameoCode* LookupCameo(std::string_view code);

// LookupCameo(code)->plover, or "" when the lookup fails or the code has no
// PLOVER type.
std::string_view PloverForCameo(std::string_view code);

// QuadClass of a root ("01".."20", or any code: only its first two digits
// count); kQuadUnknown when not a valid root.
int QuadClassForCode(std::string_view code);

// Every entry, sorted by code string.
std::span<const CameoCode> AllCameoCodes();

// --- Actor codes -----------------------------------------------------------
//
// A CAMEO actor code is a run of 3-letter blocks: first, usually, a country
// (ISO 3166-1 alpha-3, e.g. SYR, ISR, USA, PSE) or a CAMEO region (EUR, AFR,
// MEA, ...), then role or type blocks (GOV government, MIL military, REB
// rebels, OPP opposition, COP police, JUD judiciary, LEG legislature, BUS
// business, MED media, CVL civilians, DIP diplomats, ...). Codes without a
// country start with a type block (IGO, NGO, MNC, ...): "IGOUNO".

// True when `block` (exactly 3 upper-case letters) is an ISO 3166-1 alpha-3
// country code, or one of the CAMEO historical or regional codes (KSV, YUG,
// EUR, AFR, MEA, WST, ...).
bool IsCameoCountry(std::string_view block);

// Splits an actor code. `country` gets the first block when it is a country
// or region code (IsCameoCountry), else "". `sector` gets the first block
// after the country (or the first block, when there is no country): for
// "USAGOVDIP" country = "USA", sector = "GOV"; for "SYR" "SYR" and ""; for
// "IGOUNO" "" and "IGO". Letters are upper-cased; characters after the last
// whole 3-letter block, and anything after a non-letter, are ignored.
// Either output may be nullptr. Never fails.
void SplitActorCode(std::string_view code, std::string* country, std::string* sector);

}  // namespace annalist

#endif  // ANNALIST_CAMEO_H_
