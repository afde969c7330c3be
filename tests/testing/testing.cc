#include "testing/testing.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

namespace annalist::testing {

namespace fs = std::filesystem;

std::string SharedData() {
  const char* env = std::getenv("ANNALIST_SHARED_DATA");
  std::string dir = env && *env ? env : ANNALIST_DEFAULT_SHARED_DATA;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return "";
  return fs::weakly_canonical(dir, ec).string();
}

std::string SharedFile(const std::string& rel) {
  std::string dir = SharedData();
  if (dir.empty()) return "";
  fs::path p = fs::path(dir) / rel;
  std::error_code ec;
  if (!fs::exists(p, ec)) return "";
  return p.string();
}

std::string SourceDir() {
  const char* env = std::getenv("ANNALIST_SOURCE_DIR");
  return env && *env ? env : ANNALIST_DEFAULT_SOURCE_DIR;
}

TempDir::TempDir() {
  const char* tmp = std::getenv("TMPDIR");
  fs::path base = tmp && *tmp ? tmp : "/tmp";
  std::random_device rd;
  for (;;) {
    fs::path p =
        base / ("annalist-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    std::error_code ec;
    if (fs::create_directory(p, ec)) {
      path_ = p;
      return;
    }
  }
}

TempDir::~TempDir() {
  std::error_code ec;
  // Restore write permission first so read-only fixtures can be removed.
  for (auto it = fs::recursive_directory_iterator(path_, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
  }
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(path_, ec);
}

void WriteFile(const std::string& path, const std::string& data) {
  fs::path p(path);
  if (p.has_parent_path()) fs::create_directories(p.parent_path());
  std::ofstream out(path, std::ios::binary);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace annalist::testing
