// Ingest against the limit: how close annalist's ingest comes to the
// fastest plain SQLite load of the same rows (issue 10).
//
// For each corpus, coding on and off: the "limit" reads and prepares (and
// codes) every document first, untimed, then times only the load of the
// same documents, sentences, mentions and events into a fresh archive of
// the same schema (made by Archive::Open, rows bound by the archive's own
// binding code) with the fastest plain SQLite it can: one transaction,
// prepared statements, journal off, no sync, and the full-text index fed
// by one INSERT ... SELECT at the end. Then annalist's own ingest of the
// corpus (read, prepare, code, store), 1 and 2 worker threads, is timed
// end to end, and its MB/s printed beside the limit's as a ratio. Every run
// is a child process, so its peak memory is its own.
//
//   ingest_limit_bench [CORPUS_DIR...]
//
// Without arguments it uses ../shared/data/corpus/{reuters21578,bbc,polnear}
// and skips (with a message) when they are absent.
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "annalist/archive.h"
#include "annalist/engine.h"
#include "annalist/lexicon.h"
#include "annalist/pipeline.h"
#include "annalist/reader.h"
#include "archive/rows.h"
#include "archive/sqlite.h"

namespace fs = std::filesystem;
using annalist::Document;
using annalist::Event;

namespace {

struct Run {
  std::string name;
  std::vector<std::string> paths;
};

struct Result {
  double mb = 0, seconds = 0, peak_mb = 0;
  unsigned long long docs = 0, events = 0;
  bool ok = false;
};

std::shared_ptr<const annalist::CodingProfile> Profile() {
  auto profile = annalist::ResolveProfile({"default"}, nullptr);
  if (!profile.ok()) {
    std::fprintf(stderr, "%s\n", profile.status().ToString().c_str());
    return nullptr;
  }
  return *profile;
}

// The limit: prepare everything, then time the plain load.
int LimitChild(const Run& run, bool code, const std::string& db_path, int out_fd) {
  std::shared_ptr<const annalist::CodingProfile> profile;
  if (code && !(profile = Profile())) return 1;
  auto reader = annalist::DocumentReader::Open(run.paths, {});
  if (!reader.ok()) return 1;
  std::vector<std::pair<Document, std::vector<Event>>> docs;
  annalist::ProcessScratch scratch;
  Document next;
  while ((*reader)->Next(&next)) {
    Document& doc = next;
    std::vector<Event> events;
    if (profile) {
      if (!annalist::ProcessDocument(*profile, &doc, &scratch, &events).ok()) events.clear();
    } else {
      annalist::PrepareDocument(&doc);
    }
    docs.emplace_back(std::move(doc), std::move(events));
    next = Document();
  }
  const uint64_t bytes = (*reader)->bytes_read();
  {
    auto made = annalist::Archive::Open(db_path);  // the schema, nothing else
    if (!made.ok()) return 1;
  }
  using annalist::archive::Db;
  using annalist::archive::Stmt;
  auto db = Db::Open(db_path, SQLITE_OPEN_READWRITE);
  if (!db.ok()) return 1;
  Db& d = **db;
  const auto start = std::chrono::steady_clock::now();
  for (const char* sql : {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF",
                          "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY", "BEGIN"}) {
    if (!d.Exec(sql).ok()) return 1;
  }
  auto ins_doc = d.Prepare(annalist::archive::kInsertDocumentSql);
  auto ins_sent = d.Prepare(annalist::archive::kInsertSentenceSetSql);
  auto ins_event = d.Prepare(annalist::archive::kInsertEventSql);
  auto ins_mention = d.Prepare(annalist::archive::kInsertMentionSetSql);
  if (!ins_doc.ok() || !ins_sent.ok() || !ins_event.ok() || !ins_mention.ok()) return 1;
  unsigned long long n_events = 0;
  std::string row_json;
  for (const auto& [doc, events] : docs) {
    annalist::archive::BindDocument(*ins_doc, doc);
    ins_doc->BindTextOrNull(14, code ? "bench" : "none");
    if (!ins_doc->Run().ok()) return 1;
    ins_doc->Reset();
    if (d.Changes() == 0) continue;
    const int64_t key = d.LastInsertRowid();
    if (!doc.sentences.empty()) {
      annalist::archive::EncodeSentences(doc.sentences, &row_json);
      ins_sent->Bind(1, key);
      ins_sent->Bind(2, static_cast<int64_t>(doc.sentences.size()));
      ins_sent->Bind(3, row_json);
      if (!ins_sent->Run().ok()) return 1;
      ins_sent->Reset();
    }
    if (!doc.mentions.empty()) {
      const size_t n = annalist::archive::EncodeMentions(doc.mentions, &row_json);
      ins_mention->Bind(1, key);
      ins_mention->Bind(2, int64_t{0});
      ins_mention->Bind(3, static_cast<int64_t>(n));
      ins_mention->Bind(4, row_json);
      if (!ins_mention->Run().ok()) return 1;
      ins_mention->Reset();
    }
    std::map<uint32_t, uint32_t> per_sentence;
    for (size_t i = 0; i < events.size(); ++i) {
      const Event& e = events[i];
      const std::string id =
          e.id.empty() ? annalist::EventId(doc.id, e.sentence, per_sentence[e.sentence]++) : e.id;
      annalist::archive::BindEvent(*ins_event, e, doc.id, static_cast<int64_t>(i), id);
      if (!ins_event->Run().ok()) return 1;
      ins_event->Reset();
      ++n_events;
    }
  }
  if (!d.Exec("INSERT INTO documents_fts(rowid, title, text) "
              "SELECT doc_key, title, text FROM documents")
           .ok() ||
      !d.Exec("COMMIT").ok()) {
    return 1;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char line[256];
  int n = std::snprintf(line, sizeof line, "%llu %llu %llu %.6f", (unsigned long long)docs.size(),
                        (unsigned long long)bytes, n_events, seconds);
  return write(out_fd, line, n) == n ? 0 : 1;
}

int IngestChild(const Run& run, bool code, int threads, const std::string& db, int out_fd) {
  annalist::IngestOptions options;
  options.paths = run.paths;
  options.db_path = db;
  options.threads = threads;
  if (code && !(options.profile = Profile())) return 1;
  auto result = annalist::Ingest(options);
  if (!result.ok()) {
    std::fprintf(stderr, "%s\n", result.status().ToString().c_str());
    return 1;
  }
  char line[256];
  int n = std::snprintf(line, sizeof line, "%llu %llu %llu %.6f", (unsigned long long)result->read,
                        (unsigned long long)result->bytes, (unsigned long long)result->events,
                        result->seconds);
  return write(out_fd, line, n) == n ? 0 : 1;
}

template <typename F>
Result InChild(F body) {
  Result r;
  int fds[2];
  if (pipe(fds) != 0) return r;
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    _exit(body(fds[1]));
  }
  close(fds[1]);
  char buf[256] = {0};
  ssize_t got = read(fds[0], buf, sizeof buf - 1);
  close(fds[0]);
  int status = 0;
  struct rusage usage {};
  wait4(pid, &status, 0, &usage);
  unsigned long long bytes = 0;
  if (got > 0 &&
      std::sscanf(buf, "%llu %llu %llu %lf", &r.docs, &bytes, &r.events, &r.seconds) == 4) {
    r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    r.mb = bytes / 1e6;
    r.peak_mb = usage.ru_maxrss / 1024.0;
  }
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<Run> runs;
  for (int i = 1; i < argc; ++i) runs.push_back({fs::path(argv[i]).filename().string(), {argv[i]}});
  if (runs.empty()) {
    const char* env = std::getenv("ANNALIST_SHARED_DATA");
    fs::path corpus = fs::path(env && *env ? env : ANNALIST_DEFAULT_SHARED_DATA) / "corpus";
    if (!fs::is_directory(corpus)) {
      std::printf("ingest_limit_bench: skipped: %s is absent\n", corpus.c_str());
      return 0;
    }
    runs.push_back({"reuters21578", {(corpus / "reuters21578").string()}});
    runs.push_back({"bbc", {(corpus / "bbc").string()}});
    runs.push_back(
        {"polnear",
         {(corpus / "polnear/train/text").string(), (corpus / "polnear/dev/text").string(),
          (corpus / "polnear/test/text").string()}});
  }
  fs::path tmp = fs::temp_directory_path() / ("annalist-limit-" + std::to_string(getpid()));
  fs::create_directories(tmp);
  std::printf("%-13s %-6s %-8s %8s %8s %8s %9s %7s %8s\n", "corpus", "coding", "run", "MB",
              "seconds", "MB/s", "events", "ratio", "peak MB");
  for (const Run& run : runs) {
    for (bool code : {true, false}) {
      const char* coding = code ? "on" : "off";
      std::string limit_db = (tmp / (run.name + "-limit.db")).string();
      Result limit = InChild([&](int fd) { return LimitChild(run, code, limit_db, fd); });
      fs::remove(limit_db);
      if (!limit.ok) {
        std::printf("%-13s %-6s limit failed\n", run.name.c_str(), coding);
        continue;
      }
      const double limit_mbps = limit.mb / limit.seconds;
      std::printf("%-13s %-6s %-8s %8.1f %8.2f %8.1f %9llu %7s %8.1f\n", run.name.c_str(), coding,
                  "limit", limit.mb, limit.seconds, limit_mbps, limit.events, "1.00",
                  limit.peak_mb);
      for (int threads : {1, 2}) {
        std::string db = (tmp / (run.name + "-" + std::to_string(threads) + ".db")).string();
        Result r = InChild([&](int fd) { return IngestChild(run, code, threads, db, fd); });
        std::error_code ec;
        for (const char* ext : {"", "-wal", "-shm"}) fs::remove(db + ext, ec);
        const std::string name = "ingest/" + std::to_string(threads);
        if (!r.ok) {
          std::printf("%-13s %-6s %-8s failed\n", run.name.c_str(), coding, name.c_str());
          continue;
        }
        const double mbps = r.mb / r.seconds;
        std::printf("%-13s %-6s %-8s %8.1f %8.2f %8.1f %9llu %7.2f %8.1f\n", run.name.c_str(),
                    coding, name.c_str(), r.mb, r.seconds, mbps, r.events, mbps / limit_mbps,
                    r.peak_mb);
      }
      std::fflush(stdout);
    }
  }
  std::error_code ec;
  fs::remove_all(tmp, ec);
  return 0;
}
