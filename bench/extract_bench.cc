// HTML extraction throughput and memory: extracts every page of
// ../shared/data/html/*/source.html (or the folders given) several times in
// a child process that reads one page at a time, and prints MB/s of HTML
// per core (CPU time), pages/s and the child's peak resident memory. Then
// ingests a WARC built from the same pages end to end (one worker thread, a
// fresh archive, no coding) and prints the same figures.
//
//   extract_bench [--rounds N] [PAGES_DIR]
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "annalist/pipeline.h"
#include "annalist/web.h"

namespace fs = std::filesystem;

namespace {

std::string ReadFile(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

// Runs `fn` in a child; prints its line and its peak memory.
template <typename Fn>
int InChild(const char* what, Fn fn) {
  int fds[2];
  if (pipe(fds) != 0) return 1;
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    std::string line = fn();
    if (write(fds[1], line.data(), line.size()) < 0) _exit(1);
    _exit(0);
  }
  close(fds[1]);
  char buf[512];
  ssize_t n = read(fds[0], buf, sizeof buf - 1);
  close(fds[0]);
  int status = 0;
  rusage ru{};
  wait4(pid, &status, 0, &ru);
  if (n <= 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::printf("%s: failed\n", what);
    return 1;
  }
  buf[n] = '\0';
  std::printf("%-22s %s, peak memory %.1f MB\n", what, buf, ru.ru_maxrss / 1024.0);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = 3;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) {
      rounds = std::atoi(argv[++i]);
    } else {
      dir = argv[i];
    }
  }
  if (dir.empty()) {
    const char* env = std::getenv("ANNALIST_SHARED_DATA");
    dir = std::string(env ? env : ANNALIST_DEFAULT_SHARED_DATA) + "/html";
  }
  std::vector<fs::path> pages;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (fs::exists(e.path() / "source.html")) pages.push_back(e.path() / "source.html");
  }
  if (pages.empty()) {
    std::printf("extract_bench: no pages under %s (skipped)\n", dir.c_str());
    return 0;
  }
  std::sort(pages.begin(), pages.end());
  int rc = InChild("extract", [&] {
    double bytes = 0, cpu = 0;
    size_t n = 0;
    for (int r = 0; r < rounds; ++r) {
      for (const fs::path& p : pages) {
        std::string page = ReadFile(p);
        double t0 = CpuSeconds();
        annalist::html::Article a = annalist::html::ExtractArticle(page, {});
        cpu += CpuSeconds() - t0;
        bytes += page.size();
        ++n;
      }
    }
    char line[256];
    std::snprintf(line, sizeof line, "%zu pages, %.1f MB: %.1f MB/s per core, %.0f pages/s", n,
                  bytes / 1e6, bytes / 1e6 / cpu, n / cpu);
    return std::string(line);
  });
  fs::path tmp = fs::temp_directory_path() / ("extract_bench." + std::to_string(getpid()));
  fs::create_directories(tmp);
  {
    std::ofstream warc(tmp / "pages.warc", std::ios::binary);
    for (const fs::path& p : pages) {
      std::string body = ReadFile(p);
      std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body;
      warc << "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://bench.example/"
           << p.parent_path().filename().string()
           << "\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; "
              "msgtype=response\r\nContent-Length: "
           << http.size() << "\r\n\r\n"
           << http << "\r\n\r\n";
    }
  }
  rc |= InChild("warc ingest (1 thread)", [&] {
    annalist::IngestOptions options;
    options.paths = {(tmp / "pages.warc").string()};
    options.db_path = (tmp / "bench.db").string();
    options.threads = 1;
    double t0 = CpuSeconds();
    auto result = annalist::Ingest(options);
    double cpu = CpuSeconds() - t0;
    if (!result.ok()) return std::string("failed: ") + result.status().ToString();
    char line[256];
    std::snprintf(line, sizeof line, "%llu pages, %.1f MB: %.1f MB/s per core, %.0f pages/s",
                  (unsigned long long)result->read, result->bytes / 1e6, result->bytes / 1e6 / cpu,
                  result->read / cpu);
    return std::string(line);
  });
  fs::remove_all(tmp, ec);
  return rc;
}
