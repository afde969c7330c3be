#include "ingest/gzip_stream.h"

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstring>

namespace annalist::ingest {

struct Gunzip::State {
  z_stream z;
  bool initialised = false;
};

Gunzip::Gunzip() : state_(std::make_unique<State>()) {
  std::memset(&state_->z, 0, sizeof state_->z);
  // 16 + MAX_WBITS: a gzip wrapper only (the magic bytes were checked).
  state_->initialised = inflateInit2(&state_->z, 16 + MAX_WBITS) == Z_OK;
}

Gunzip::~Gunzip() {
  if (state_->initialised) inflateEnd(&state_->z);
}

bool Gunzip::HasMagic(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1F &&
         static_cast<unsigned char>(head[1]) == 0x8B;
}

Status Gunzip::Inflate(std::string_view* in, std::string* out, size_t max_out) {
  if (failed_) return Status::Corruption("gzip data already found corrupt");
  if (!state_->initialised) {
    failed_ = true;
    return Status::Corruption("cannot start zlib");
  }
  z_stream& z = state_->z;
  size_t produced = 0;
  while (!in->empty() && produced < max_out) {
    if (!in_member_) {
      // Between members: another must start here. One byte may be the
      // first half of its magic; wait for more.
      if (in->size() < 2) {
        if (static_cast<unsigned char>((*in)[0]) == 0x1F) break;
      }
      if (!HasMagic(*in)) {
        failed_ = true;
        return Status::Corruption("bytes after the gzip data start no gzip member");
      }
      inflateReset(&z);
      in_member_ = true;
    }
    size_t room = max_out - produced;
    size_t old = out->size();
    out->resize(old + room);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in->data()));
    z.avail_in = static_cast<uInt>(std::min<size_t>(in->size(), UINT_MAX));
    z.next_out = reinterpret_cast<Bytef*>(out->data() + old);
    z.avail_out = static_cast<uInt>(std::min<size_t>(room, UINT_MAX));
    uInt avail_in = z.avail_in;
    uInt avail_out = z.avail_out;
    int rc = inflate(&z, Z_NO_FLUSH);
    size_t used = avail_in - z.avail_in;
    size_t made = avail_out - z.avail_out;
    out->resize(old + made);
    in->remove_prefix(used);
    consumed_ += used;
    produced += made;
    if (rc == Z_STREAM_END) {
      in_member_ = false;
    } else if (rc == Z_BUF_ERROR) {
      break;  // needs more input
    } else if (rc != Z_OK) {
      failed_ = true;
      return Status::Corruption(z.msg ? z.msg : "invalid gzip data");
    }
  }
  return Status::Ok();
}

Status Gunzip::Finish(std::string_view left) const {
  if (in_member_ || !left.empty()) {
    return Status::Corruption("truncated gzip data");
  }
  return Status::Ok();
}

}  // namespace annalist::ingest
