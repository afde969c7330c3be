// Buffered, forward-only reading of a file, standard input or a string,
// with look-ahead for format sniffing. Input that starts with the gzip magic
// bytes is decompressed as it is read, whatever its name: everything below
// (Peek, ReadLine, offset) sees the decompressed bytes. Not thread-safe.
#ifndef ANNALIST_INGEST_BYTE_SOURCE_H_
#define ANNALIST_INGEST_BYTE_SOURCE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "annalist/status.h"
#include "ingest/gzip_stream.h"

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
  // Like Peek, but on a pipe, FIFO or terminal it returns as soon as the
  // bytes at hand hold a complete line: a stream is not held back waiting
  // for `n` bytes (format sniffing of `code` on a slow pipe).
  std::string_view PeekAvailable(size_t n);

  // Reads the next line, without its '\n', into *line. Keeps at most `max`
  // bytes: the rest of a longer line is consumed and dropped, and
  // *truncated is set. Returns false at the end of input (or on a read
  // error, see error()) when no byte was left.
  bool ReadLine(std::string* line, size_t max, bool* truncated);

  // Reads all that is left into *out, keeping at most `max` bytes (the rest
  // is not read; *truncated is set when there was more).
  void ReadAll(std::string* out, size_t max, bool* truncated);

  // Consumes the next `n` bytes (fewer at the end of input), appending at
  // most `keep` of them to *out (the rest are dropped). Returns the number
  // consumed.
  uint64_t ReadBytes(std::string* out, uint64_t n, uint64_t keep);

  // Bytes consumed so far (decompressed bytes for gzip input).
  uint64_t offset() const { return offset_; }
  // Bytes of the underlying file or string taken so far: offset() for plain
  // input, the compressed bytes read for gzip input. For progress.
  uint64_t input_offset() const;
  // Whether the input is gzip-compressed (known once anything was read).
  bool compressed() const { return gz_ != nullptr; }
  // Why reading stopped early ("" when it did not): the OS error of a
  // failed read, or for gzip input "corrupt gzip data at byte N of the
  // compressed file: REASON" / "truncated gzip data ...". What came before
  // was delivered.
  const std::string& error() const { return error_; }
  // True when error() is about corrupt or truncated gzip data.
  bool data_error() const { return data_error_; }

 private:
  ByteSource(int fd, bool owned);
  // Reads more into the buffer; false at the end or on error.
  bool Fill();
  // Fill for gzip input: inflates what raw_ holds, reading more as needed.
  bool FillCompressed();
  // Appends up to one chunk of the underlying input to *out; false at its
  // end or on a read error (error_ set).
  bool ReadRaw(std::string* out);
  void CorruptAt(const std::string& reason);

  int fd_;  // -1 for a string
  bool owned_;
  bool stream_ = false;  // a pipe, FIFO, socket or terminal
  bool eof_ = false;
  bool sniffed_ = false;  // the gzip magic has been looked for
  std::string buf_;
  size_t begin_ = 0;  // first unconsumed byte of buf_
  uint64_t offset_ = 0;
  std::string error_;
  bool data_error_ = false;
  // Gzip input: the compressed bytes not yet inflated.
  std::unique_ptr<Gunzip> gz_;
  std::string raw_;
  size_t raw_begin_ = 0;
};

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_BYTE_SOURCE_H_
