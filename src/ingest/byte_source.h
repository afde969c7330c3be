// Buffered, forward-only reading of a file, standard input or a string,
// with look-ahead for format sniffing. Not thread-safe.
#ifndef ANNALIST_INGEST_BYTE_SOURCE_H_
#define ANNALIST_INGEST_BYTE_SOURCE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "annalist/status.h"

namespace annalist::ingest {

class ByteSource {
 public:
  // Opens `path` for reading; IoError naming the path and the OS error.
  static Result<std::unique_ptr<ByteSource>> OpenFile(const std::string& path);
  // Standard input (not closed on destruction).
  static std::unique_ptr<ByteSource> Stdin();
  // Bytes held in memory.
  static std::unique_ptr<ByteSource> FromString(std::string data);

  ~ByteSource();
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  // Up to `n` of the next bytes, without consuming them. Valid until the
  // next call on this source.
  std::string_view Peek(size_t n);

  // Reads the next line, without its '\n', into *line. Keeps at most `max`
  // bytes: the rest of a longer line is consumed and dropped, and
  // *truncated is set. Returns false at the end of input (or on a read
  // error, see error()) when no byte was left.
  bool ReadLine(std::string* line, size_t max, bool* truncated);

  // Reads all that is left into *out, keeping at most `max` bytes (the rest
  // is not read; *truncated is set when there was more).
  void ReadAll(std::string* out, size_t max, bool* truncated);

  // Bytes consumed so far.
  uint64_t offset() const { return offset_; }
  // The OS error of a failed read ("" when none); reading stops there.
  const std::string& error() const { return error_; }

 private:
  ByteSource(int fd, bool owned) : fd_(fd), owned_(owned) {}
  // Reads more into the buffer; false at the end or on error.
  bool Fill();

  int fd_;
  bool owned_;
  bool eof_ = false;
  std::string buf_;
  size_t begin_ = 0;  // first unconsumed byte of buf_
  uint64_t offset_ = 0;
  std::string error_;
};

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_BYTE_SOURCE_H_
