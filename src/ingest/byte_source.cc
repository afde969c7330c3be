#include "ingest/byte_source.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace annalist::ingest {
namespace {
constexpr size_t kChunk = 256 << 10;
}  // namespace

Result<std::unique_ptr<ByteSource>> ByteSource::OpenFile(
    const std::string& path) {
  int fd;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    return Status::IoError("cannot open " + path + ": " + std::strerror(errno));
  }
  return std::unique_ptr<ByteSource>(new ByteSource(fd, true));
}

std::unique_ptr<ByteSource> ByteSource::Stdin() {
  return std::unique_ptr<ByteSource>(new ByteSource(0, false));
}

std::unique_ptr<ByteSource> ByteSource::FromString(std::string data) {
  auto src = std::unique_ptr<ByteSource>(new ByteSource(-1, false));
  src->buf_ = std::move(data);
  src->eof_ = true;
  return src;
}

ByteSource::~ByteSource() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

bool ByteSource::Fill() {
  if (eof_) return false;
  if (begin_ > 0 && begin_ >= buf_.size() / 2) {
    buf_.erase(0, begin_);
    begin_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + kChunk);
  ssize_t n;
  do {
    n = ::read(fd_, buf_.data() + old, kChunk);
  } while (n < 0 && errno == EINTR);
  if (n <= 0) {
    buf_.resize(old);
    eof_ = true;
    if (n < 0) error_ = std::strerror(errno);
    return false;
  }
  buf_.resize(old + static_cast<size_t>(n));
  return true;
}

std::string_view ByteSource::Peek(size_t n) {
  while (buf_.size() - begin_ < n && Fill()) {
  }
  size_t have = std::min(n, buf_.size() - begin_);
  return std::string_view(buf_).substr(begin_, have);
}

bool ByteSource::ReadLine(std::string* line, size_t max, bool* truncated) {
  line->clear();
  *truncated = false;
  bool any = false;
  for (;;) {
    if (begin_ >= buf_.size()) {
      buf_.clear();
      begin_ = 0;
      if (!Fill()) return any;
    }
    any = true;
    const char* start = buf_.data() + begin_;
    size_t avail = buf_.size() - begin_;
    const void* nl = std::memchr(start, '\n', avail);
    size_t take = nl ? static_cast<const char*>(nl) - start : avail;
    size_t room = max - std::min(max, line->size());
    if (take > room) *truncated = true;
    line->append(start, std::min(take, room));
    size_t consumed = take + (nl ? 1 : 0);
    begin_ += consumed;
    offset_ += consumed;
    if (nl) return true;
  }
}

void ByteSource::ReadAll(std::string* out, size_t max, bool* truncated) {
  out->clear();
  *truncated = false;
  for (;;) {
    size_t avail = buf_.size() - begin_;
    size_t room = max - std::min(max, out->size());
    if (avail > room) {
      out->append(buf_, begin_, room);
      begin_ += room;
      offset_ += room;
      *truncated = true;
      return;
    }
    out->append(buf_, begin_, avail);
    begin_ += avail;
    offset_ += avail;
    buf_.clear();
    begin_ = 0;
    if (!Fill()) return;
  }
}

}  // namespace annalist::ingest
