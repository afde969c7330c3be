#include "ingest/byte_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace annalist::ingest {
namespace {
constexpr size_t kChunk = 256 << 10;
}  // namespace

ByteSource::ByteSource(int fd, bool owned) : fd_(fd), owned_(owned) {
  struct stat st;
  stream_ = fd >= 0 && ::fstat(fd, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISBLK(st.st_mode);
}

Result<std::unique_ptr<ByteSource>> ByteSource::OpenFile(const std::string& path) {
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
  src->sniffed_ = true;
  if (Gunzip::HasMagic(data)) {
    src->gz_ = std::make_unique<Gunzip>();
    src->raw_ = std::move(data);
  } else {
    src->buf_ = std::move(data);
    src->eof_ = true;
  }
  return src;
}

ByteSource::~ByteSource() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

uint64_t ByteSource::input_offset() const { return gz_ ? gz_->consumed() : offset_; }

bool ByteSource::ReadRaw(std::string* out) {
  if (fd_ < 0) return false;  // a string is all in raw_ from the start
  size_t old = out->size();
  out->resize(old + kChunk);
  ssize_t n;
  do {
    n = ::read(fd_, out->data() + old, kChunk);
  } while (n < 0 && errno == EINTR);
  if (n <= 0) {
    out->resize(old);
    if (n < 0) error_ = std::strerror(errno);
    return false;
  }
  out->resize(old + static_cast<size_t>(n));
  return true;
}

void ByteSource::CorruptAt(const std::string& reason) {
  error_ = reason + " at byte " + std::to_string(gz_->consumed()) + " of the compressed input";
  data_error_ = true;
}

bool ByteSource::Fill() {
  if (eof_) return false;
  if (begin_ > 0 && begin_ >= buf_.size() / 2) {
    buf_.erase(0, begin_);
    begin_ = 0;
  }
  if (!sniffed_) {
    // The first bytes decide: the gzip magic, or plain bytes kept as read.
    sniffed_ = true;
    while (raw_.size() < 2 && ReadRaw(&raw_)) {
    }
    if (Gunzip::HasMagic(raw_)) {
      gz_ = std::make_unique<Gunzip>();
    } else {
      buf_.append(raw_);
      raw_.clear();
      raw_.shrink_to_fit();
      if (buf_.size() > begin_) return true;
      eof_ = true;
      return false;
    }
  }
  if (gz_) return FillCompressed();
  if (!ReadRaw(&buf_)) {
    eof_ = true;
    return false;
  }
  return true;
}

bool ByteSource::FillCompressed() {
  const size_t before = buf_.size();
  for (;;) {
    std::string_view in(raw_);
    in.remove_prefix(raw_begin_);
    const size_t had = in.size();
    Status s = gz_->Inflate(&in, &buf_, kChunk);
    raw_begin_ += had - in.size();
    if (!s.ok()) {
      CorruptAt("corrupt gzip data (" + s.message() + ")");
      eof_ = true;
      return buf_.size() > before;
    }
    if (buf_.size() > before) return true;
    if (in.size() == had) {
      // Nothing used: the compressed bytes left are not enough; read more.
      raw_.erase(0, raw_begin_);
      raw_begin_ = 0;
      if (!ReadRaw(&raw_)) {
        eof_ = true;
        if (error_.empty()) {
          std::string_view left = std::string_view(raw_).substr(raw_begin_);
          if (!gz_->Finish(left).ok()) {
            error_ = "truncated gzip data: the input ends at byte " +
                     std::to_string(gz_->consumed() + left.size()) + " inside a compressed member";
            data_error_ = true;
          }
        }
        return false;
      }
    }
  }
}

std::string_view ByteSource::Peek(size_t n) {
  while (buf_.size() - begin_ < n && Fill()) {
  }
  size_t have = std::min(n, buf_.size() - begin_);
  return std::string_view(buf_).substr(begin_, have);
}
std::string_view ByteSource::PeekAvailable(size_t n) {
  if (!stream_) return Peek(n);
  while (buf_.size() - begin_ < n &&
         std::memchr(buf_.data() + begin_, '\n', buf_.size() - begin_) == nullptr && Fill()) {
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

uint64_t ByteSource::ReadBytes(std::string* out, uint64_t n, uint64_t keep) {
  uint64_t done = 0;
  while (done < n) {
    if (begin_ >= buf_.size()) {
      buf_.clear();
      begin_ = 0;
      if (!Fill()) break;
      continue;
    }
    uint64_t take = std::min<uint64_t>(n - done, buf_.size() - begin_);
    if (done < keep) out->append(buf_, begin_, std::min<uint64_t>(take, keep - done));
    begin_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

}  // namespace annalist::ingest
