// Fuzzes the search query translation end to end: any input either searches
// (the translated FTS5 expression is accepted by SQLite) or is rejected
// with kInvalidArgument. Anything else aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "annalist/archive.h"

namespace {

annalist::Archive* TheArchive() {
  static annalist::Archive* archive = [] {
    auto opened = annalist::Archive::Open(":memory:");
    if (!opened.ok()) std::abort();
    annalist::Document d;
    d.id = "d1";
    d.title = "Israel and Syria resume security talks";
    d.text = "Israeli and Syrian officials met in Baku. Café talks (U.S.-backed).";
    if (!(*opened)->Put(d, {}).ok() || !(*opened)->Commit().ok()) std::abort();
    return std::move(opened).value().release();
  }();
  return archive;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;
  std::string_view query(reinterpret_cast<const char*>(data), size);
  auto hits = TheArchive()->Search(query, 5);
  if (!hits.ok() && hits.status().code() != annalist::StatusCode::kInvalidArgument) {
    std::abort();
  }
  return 0;
}
