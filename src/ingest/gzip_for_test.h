// Tests only: gzip-compresses bytes with zlib, as `gzip` would.
#ifndef ANNALIST_INGEST_GZIP_FOR_TEST_H_
#define ANNALIST_INGEST_GZIP_FOR_TEST_H_

#include <zlib.h>

#include <cstring>
#include <string>
#include <string_view>

namespace annalist::ingest {

inline std::string GzipForTest(std::string_view data) {
  z_stream z;
  std::memset(&z, 0, sizeof z);
  if (deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return "";
  }
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(out.size() - z.avail_out);
  deflateEnd(&z);
  return out;
}

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_GZIP_FOR_TEST_H_
