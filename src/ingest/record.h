// What a format parser says about a record it could not turn into a
// Document: the skip category (a kSkip* name of annalist/reader.h) and a
// sentence with the detail.
#ifndef ANNALIST_INGEST_RECORD_H_
#define ANNALIST_INGEST_RECORD_H_

#include <string>

namespace annalist::ingest {

struct RecordError {
  std::string category;
  std::string reason;
};

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_RECORD_H_
