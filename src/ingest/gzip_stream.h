// Streaming gzip decompression (RFC 1952) over zlib: bytes go in as they are
// read and come out in bounded pieces, so a compressed file of any size is
// read in flat memory. Concatenated gzip members (as `cat a.gz b.gz`, or a
// WARC.gz with one member per record) are read one after another.
//
// Not thread-safe; one Gunzip per stream.
#ifndef ANNALIST_INGEST_GZIP_STREAM_H_
#define ANNALIST_INGEST_GZIP_STREAM_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "annalist/status.h"

namespace annalist::ingest {

class Gunzip {
 public:
  Gunzip();
  ~Gunzip();
  Gunzip(const Gunzip&) = delete;
  Gunzip& operator=(const Gunzip&) = delete;

  // Whether `head` starts with the gzip magic bytes 1F 8B.
  static bool HasMagic(std::string_view head);

  // Decompresses from the front of *in (consuming what it used) and appends
  // at most about `max_out` bytes to *out. Consuming nothing means it needs
  // more input. Fails with kCorruption (zlib's reason: "incorrect header
  // check", "invalid block type", "incorrect data check", or bytes after a
  // member that do not start another) and stays failed; what was appended
  // before the failure is good data.
  Status Inflate(std::string_view* in, std::string* out, size_t max_out);

  // Says whether the compressed input may end here, given the bytes left
  // unconsumed: kCorruption "truncated gzip data" when it ends inside a
  // member, or when bytes are left that start no member.
  Status Finish(std::string_view left) const;

  // Compressed bytes consumed so far.
  uint64_t consumed() const { return consumed_; }

 private:
  struct State;
  std::unique_ptr<State> state_;
  bool in_member_ = false;
  bool failed_ = false;
  uint64_t consumed_ = 0;
};

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_GZIP_STREAM_H_
