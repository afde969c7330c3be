// The one way annalist reports failure: a Status, or a Result<T> that holds
// either a value or a non-OK Status. No exception crosses the public API.
//
// Thread-safety: Status and Result are plain values; distinct objects may be
// used from different threads freely, and const access to one object is safe.
#ifndef ANNALIST_STATUS_H_
#define ANNALIST_STATUS_H_

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace annalist {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,   // the caller passed something unusable (bad flag, bad query)
  kNotFound,          // a file, document or record does not exist
  kIoError,           // the operating system refused (open, read, write, permission)
  kCorruption,        // input or stored data is malformed (not SQLite, bad JSON)
  kUnsupported,       // a format or feature that is recognised but not handled
  kInternal,          // a bug: an invariant did not hold
  kDeadlineExceeded,  // a time budget ran out (a search query that took too long)
};

// Returns a stable lower-case name, e.g. "io error".
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(StatusCode::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) { return Status(StatusCode::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(StatusCode::kIoError, std::move(msg)); }
  static Status Corruption(std::string msg) {
    return Status(StatusCode::kCorruption, std::move(msg));
  }
  static Status Unsupported(std::string msg) {
    return Status(StatusCode::kUnsupported, std::move(msg));
  }
  static Status DeadlineExceeded(std::string msg) {
    return Status(StatusCode::kDeadlineExceeded, std::move(msg));
  }
  static Status Internal(std::string msg) { return Status(StatusCode::kInternal, std::move(msg)); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  // The message alone; it names the file and line or byte offset where the
  // failure concerns outside input.
  const std::string& message() const { return message_; }
  // "io error: cannot open foo.txt: Permission denied", or "ok".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or an error. Access value() only when ok().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok() && "Result from an OK Status");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace annalist

// Returns early from the enclosing function when `expr` is not OK.
#define ANNALIST_RETURN_IF_ERROR(expr)           \
  do {                                           \
    ::annalist::Status annalist_st_ = (expr);    \
    if (!annalist_st_.ok()) return annalist_st_; \
  } while (0)

#endif  // ANNALIST_STATUS_H_
