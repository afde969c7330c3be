// Throughput of Archive::Put on BBC-size documents (about 2 KB of text, 20
// sentences, 3 events each), committed in batches of 500. Prints docs/s and
// MB/s; fails only when it is far too slow to be a working batch writer.
// 5,000 documents by default; ANNALIST_PERF_DOCS=20000 for the full run.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "annalist/archive.h"
#include "archive/archive_fixtures.h"
#include "testing/testing.h"

namespace annalist {
namespace {

using archive_testing::Day;
using archive_testing::MakeEvent;

// Deterministic pseudo-English: a Zipf-ish vocabulary of 5,000 words.
class TextMaker {
 public:
  TextMaker() : rng_(7) {
    const char* syllables[] = {"ka", "ro",  "mi",  "tan", "sel", "vo", "dri", "an", "el", "is",
                               "ur", "pol", "gen", "ta",  "ser", "lo", "be",  "nu", "ci", "ar"};
    for (int i = 0; i < 5000; ++i) {
      std::string w;
      int n = 1 + static_cast<int>(rng_() % 4);
      for (int k = 0; k < n; ++k) w += syllables[rng_() % 20];
      words_.push_back(w);
    }
  }
  std::string Sentence(int words) {
    std::string s;
    for (int i = 0; i < words; ++i) {
      if (i) s += ' ';
      // Squaring a uniform draw favours the first words of the vocabulary.
      double u = static_cast<double>(rng_()) / rng_.max();
      s += words_[static_cast<size_t>(u * u * (words_.size() - 1))];
    }
    s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s + ".";
  }

 private:
  std::mt19937_64 rng_;
  std::vector<std::string> words_;
};

// CPU seconds used by this process: the machine may be shared, so wall time
// alone says little.
double CpuSeconds() {
  rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec +
         (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// Prints the largest tables and indexes of the file (SQLite's dbstat).
void PrintSpace(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT name, sum(pgsize) FROM dbstat GROUP BY name "
                           "ORDER BY 2 DESC LIMIT 8",
                           -1, &st, nullptr) == SQLITE_OK) {
      while (sqlite3_step(st) == SQLITE_ROW) {
        std::printf("  %-28s %8.1f MB\n", sqlite3_column_text(st, 0),
                    sqlite3_column_int64(st, 1) / 1e6);
      }
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
}

TEST(ArchivePerfTest, StoresTwentyThousandBbcSizeDocuments) {
  const char* env = std::getenv("ANNALIST_PERF_DOCS");
  const int kDocs = env && *env ? std::atoi(env) : 5000;
  constexpr int kBatch = 500;
  TextMaker maker;
  std::vector<Document> docs;
  std::vector<std::vector<Event>> events;
  size_t bytes = 0;
  for (int i = 0; i < kDocs; ++i) {
    std::vector<std::string> sentences;
    for (int s = 0; s < 20; ++s) sentences.push_back(maker.Sentence(15));
    Document d = archive_testing::MakeDoc("bbc-" + std::to_string(i), maker.Sentence(8), sentences,
                                          Day(2026, 1 + i % 12, 1 + i % 28));
    bytes += d.text.size() + d.title.size();
    events.push_back({MakeEvent(d, 1, "ISRGOV", "SYRGOV", "0311", Day(2026, 3, 1)),
                      MakeEvent(d, 5, "USA", "IRN", "190", Day(2026, 3, 2)),
                      MakeEvent(d, 9, "TUR", "SYRREB", "042", Day(2026, 3, 3))});
    docs.push_back(std::move(d));
  }

  testing::TempDir dir;
  auto a = Archive::Open(dir.File("perf.db"));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  auto start = std::chrono::steady_clock::now();
  double cpu_start = CpuSeconds();
  for (int i = 0; i < kDocs; ++i) {
    auto put = (*a)->Put(docs[i], events[i]);
    ASSERT_TRUE(put.ok() && put->stored) << put.status().ToString();
    if ((i + 1) % kBatch == 0) {
      ASSERT_TRUE((*a)->Commit().ok());
    }
  }
  ASSERT_TRUE((*a)->Commit().ok());
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu = CpuSeconds() - cpu_start;
  auto stats = (*a)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, static_cast<uint64_t>(kDocs));
  EXPECT_EQ(stats->events, 3u * kDocs);
  std::printf(
      "archive put: %d docs (%.1f MB of text) in %.2f s wall, %.2f s CPU: "
      "%.0f docs/s and %.1f MB/s per CPU second (%.0f docs/s wall); "
      "file %.1f MB\n",
      kDocs, bytes / 1e6, secs, cpu, kDocs / cpu, bytes / 1e6 / cpu, kDocs / secs,
      stats->file_bytes / 1e6);
  PrintSpace(dir.File("perf.db"));

  double search_cpu = CpuSeconds();
  int searches = 0;
  for (int i = 0; i < 200; ++i, ++searches) {
    std::string q = maker.Sentence(2);
    q.pop_back();  // the full stop
    ASSERT_TRUE((*a)->Search(q, 10).ok());
  }
  std::printf("archive search: %.0f two-word queries per CPU second (top 10)\n",
              searches / (CpuSeconds() - search_cpu));
  // A floor far below what a batch writer does (thousands per CPU second),
  // well above what autocommit per document would give on a real disk.
  EXPECT_GT(kDocs / cpu, 300.0);
}

}  // namespace
}  // namespace annalist
