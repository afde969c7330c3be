// Fuzzes gzip input: the bytes as a (usually corrupt) gzip stream, and the
// bytes compressed and then cut short, through DocumentReader::FromBuffer.
// Besides the checks of reader_fuzz.h: a whole compressed copy reads back
// exactly as the plain bytes do, and a cut one reads a prefix of them.
#include <zlib.h>

#include <cstring>
#include <string>
#include <vector>

#include "reader_fuzz.h"

namespace {

std::string Gzip(const std::string& data) {
  z_stream z;
  std::memset(&z, 0, sizeof z);
  if (deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    std::abort();
  }
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  if (deflate(&z, Z_FINISH) != Z_STREAM_END) std::abort();
  out.resize(out.size() - z.avail_out);
  deflateEnd(&z);
  return out;
}

std::vector<std::string> Texts(const std::string& input) {
  annalist::ReaderOptions options;
  options.format = annalist::InputFormat::kJsonl;
  options.max_document_bytes = 64 << 10;
  auto reader = annalist::DocumentReader::FromBuffer(input, "fuzz", options);
  std::vector<std::string> texts;
  annalist::Document doc;
  while (reader->Next(&doc)) texts.push_back(doc.text);
  return texts;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 18)) return 0;
  std::string input(reinterpret_cast<const char*>(data), size);
  // As it is, and with the gzip magic in front, so that the header and
  // deflate parsers see arbitrary bytes.
  FuzzDocumentReader(data, size, annalist::InputFormat::kJsonl);
  std::string magic = "\x1F\x8B" + input;
  FuzzDocumentReader(reinterpret_cast<const uint8_t*>(magic.data()), magic.size(),
                     annalist::InputFormat::kText);
  if (input.size() >= 2 && input[0] == '\x1F' && input[1] == '\x8B') return 0;
  std::string gz = Gzip(input);
  if (Texts(gz) != Texts(input)) std::abort();
  std::vector<std::string> plain = Texts(input);
  std::vector<std::string> cut = Texts(gz.substr(0, gz.size() / 2));
  // Every line read from the cut stream is a line of the plain bytes, in
  // order, but the last (which may itself be cut short).
  if (cut.size() > plain.size() + 1) std::abort();
  for (size_t i = 0; i + 1 < cut.size(); ++i) {
    if (cut[i] != plain[i]) std::abort();
  }
  return 0;
}
