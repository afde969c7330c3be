// FNV-1a, 64 bits: the one stable, dependency-free hash behind profile and
// gazetteer content hashes, document ids and event ids. Internal; not
// thread-shared (each user owns its Fnv1a64).
#ifndef ANNALIST_BASE_HASH_H_
#define ANNALIST_BASE_HASH_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace annalist::base_internal {

class Fnv1a64 {
 public:
  // The FNV-1a offset basis. Document ids and event hashes were made with
  // kLegacyBasis (one digit short of it) and keep it so that they stay
  // the same.
  static constexpr uint64_t kBasis = 14695981039346656037ull;
  static constexpr uint64_t kLegacyBasis = 1469598103934665603ull;

  explicit Fnv1a64(uint64_t basis = kBasis) : h_(basis) {}

  void Add(std::string_view bytes) {
    for (unsigned char c : bytes) Byte(c);
  }
  void Byte(unsigned char c) {
    h_ ^= c;
    h_ *= 1099511628211ull;
  }
  uint64_t value() const { return h_; }
  // 16 lower-case hex digits.
  std::string Hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h_));
    return buf;
  }

 private:
  uint64_t h_;
};

}  // namespace annalist::base_internal

#endif  // ANNALIST_BASE_HASH_H_
