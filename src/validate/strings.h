// The string helpers of the record readers, which moved to ingest/, under
// the names the validation harness uses.
#ifndef ANNALIST_VALIDATE_STRINGS_H_
#define ANNALIST_VALIDATE_STRINGS_H_

#include "ingest/record_strings.h"

namespace annalist::validate_internal {

using ingest::AppendWord;
using ingest::Excerpt;
using ingest::IsBlank;
using ingest::IsBlankChar;
using ingest::IsDigit;
using ingest::OpenRecordsFile;
using ingest::Trim;

}  // namespace annalist::validate_internal

#endif  // ANNALIST_VALIDATE_STRINGS_H_
