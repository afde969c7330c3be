// Helpers for tests: where the shared data and the source tree are, and
// scratch directories that clean up after themselves.
#ifndef ANNALIST_TESTS_TESTING_TESTING_H_
#define ANNALIST_TESTS_TESTING_TESTING_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace annalist::testing {

// ../shared/data (or $ANNALIST_SHARED_DATA), or "" when it does not exist.
std::string SharedData();
// The path of `rel` under the shared data; "" when that does not exist.
std::string SharedFile(const std::string& rel);
// The project's source directory (for data/ and fixtures).
std::string SourceDir();

// A fresh directory under $TMPDIR, removed (recursively) on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// Writes `data` to `path`, creating parent directories.
void WriteFile(const std::string& path, const std::string& data);
std::string ReadFile(const std::string& path);

}  // namespace annalist::testing

// Skips the current test with a message when the shared file is absent.
#define ANNALIST_REQUIRE_SHARED(var, rel)                 \
  std::string var = ::annalist::testing::SharedFile(rel); \
  if (var.empty()) GTEST_SKIP() << "shared data absent: " << (rel)

#endif  // ANNALIST_TESTS_TESTING_TESTING_H_
