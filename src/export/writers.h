// Internal: the concrete event writers and the helpers they share. The
// public face is include/annalist/export.h.
#ifndef ANNALIST_EXPORT_WRITERS_H_
#define ANNALIST_EXPORT_WRITERS_H_

#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "annalist/document.h"
#include "annalist/event.h"
#include "annalist/export.h"

namespace annalist::export_internal {

std::unique_ptr<EventWriter> NewJsonlWriter(std::ostream* out);
// Flat columns (FlatColumnNames) separated by ',' (RFC 4180) or '\t'.
std::unique_ptr<EventWriter> NewCsvWriter(std::ostream* out);
std::unique_ptr<EventWriter> NewTsvWriter(std::ostream* out);
std::unique_ptr<EventWriter> NewGdeltWriter(std::ostream* out, const ExportOptions& options);
// The GDELT 2.0 event columns, in order (61).
std::span<const std::string_view> GdeltColumnNames();

std::unique_ptr<EventWriter> NewPloverWriter(std::ostream* out);
std::unique_ptr<EventWriter> NewTabariWriter(std::ostream* out);

// The FIPS 10-4 country code of the ISO 3166-1 alpha-3 code `iso3` ("ISR"
// -> "IS", "DEU" -> "GM"); "" when there is none.
std::string_view IsoToFips(std::string_view iso3);
// How many codes IsoToFips knows.
size_t FipsCodeCount();

// The PLOVER quad category (1 verbal cooperation, 2 material cooperation,
// 3 verbal conflict, 4 material conflict) of a PLOVER event type, as the
// PLOVER README defines them; 0 for an unknown type.
int PloverQuad(std::string_view plover_type);

// "none", "year", "month", "day", "minute".
std::string_view PrecisionName(DatePrecision precision);
bool ParsePrecision(std::string_view name, DatePrecision* precision);

// The shortest text that reads back as the same double ("3.4", "-10", "0").
std::string FormatDouble(double value);

// A stable 64-bit hash of the event's identity (document, sentence, code,
// actors): the same event gets the same id in every run.
uint64_t EventHash(const Event& event);

// The CAMEO base code ("025" for "0251"; the code itself when shorter).
std::string_view BaseCode(std::string_view cameo);

}  // namespace annalist::export_internal

#endif  // ANNALIST_EXPORT_WRITERS_H_
