// Table entries for the validation record formats, so that `ingest` and the
// reader read them like any other input (annalist/records.h keeps the full
// readers, with expected events and options, that `validate` uses):
//   "tabari":   TABARI text records ("YYMMDD ID" header, text lines, an
//               optional /* ... */ comment), cut at blank lines.
//   "petrarch": PETRARCH XML, one <Sentence> ... </Sentence> element a
//               record (read leniently, as PETR2_GSR_validation.xml needs).
// Each record becomes one document: its id, date and text. Neither is
// detected by content or extension; they are read when named by --format.
#ifndef ANNALIST_INGEST_RECORD_FORMATS_H_
#define ANNALIST_INGEST_RECORD_FORMATS_H_

#include "ingest/format.h"

namespace annalist::ingest {

Format TabariFormat();
Format PetrarchFormat();

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_RECORD_FORMATS_H_
