// Crash consistency: a writer killed with SIGKILL in the middle of a batch
// leaves a consistent archive, and rerunning the ingest stores exactly the
// missing documents.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "annalist/archive.h"
#include "archive/archive_fixtures.h"
#include "testing/testing.h"

namespace annalist {
namespace {

using archive_testing::Day;
using archive_testing::MakeDoc;
using archive_testing::MakeEvent;

constexpr int kDocs = 200000;  // more than the child can store before the kill
constexpr int kBatch = 50;

Document NthDoc(int i) {
  return MakeDoc(
      "doc-" + std::to_string(i), "Report " + std::to_string(i),
      {"Israel and Syria held talks number " + std::to_string(i) + ".", "Officials met in Baku."});
}

std::vector<Event> NthEvents(const Document& d) {
  return {MakeEvent(d, 0, "ISR", "SYR", "040", Day(2026, 3, 1)),
          MakeEvent(d, 1, "SYR", "ISR", "043", Day(2026, 3, 2))};
}

// The child: stores documents in order, committing every kBatch, and tells
// the parent (one byte on `ready`) once the first batches are in.
[[noreturn]] void Ingest(const std::string& path, int ready) {
  auto a = Archive::Open(path);
  if (!a.ok()) _exit(2);
  for (int i = 0; i < kDocs; ++i) {
    Document d = NthDoc(i);
    if (!(*a)->Put(d, NthEvents(d)).ok()) _exit(3);
    if ((i + 1) % kBatch == 0) {
      if (!(*a)->Commit().ok()) _exit(4);
      if (i + 1 == 4 * kBatch) {
        char c = 1;
        if (write(ready, &c, 1) != 1) _exit(5);
      }
    }
  }
  _exit(0);
}

// Forks a child that runs Ingest on `path` and kills it with SIGKILL
// `delay_us` after its 4th commit.
void IngestAndKill(const std::string& path, int delay_us) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    close(fds[0]);
    Ingest(path, fds[1]);
  }
  close(fds[1]);
  char c = 0;
  ASSERT_EQ(read(fds[0], &c, 1), 1) << "child failed before its 4th commit";
  close(fds[0]);
  usleep(delay_us);  // let it get into the middle of later batches
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  int wstatus = 0;
  ASSERT_EQ(waitpid(pid, &wstatus, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(wstatus)) << "child ended on its own: " << wstatus;
}

TEST(ArchiveCrashTest, KilledWriterLeavesAConsistentArchive) {
  testing::TempDir dir;
  std::string path = dir.File("crash.db");
  IngestAndKill(path, 150 * 1000);
  if (HasFatalFailure()) return;

  auto a = Archive::Open(path);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_TRUE((*a)->Check().ok()) << (*a)->Check().ToString();
  auto stats = (*a)->Stats();
  ASSERT_TRUE(stats.ok());
  const uint64_t n = stats->documents;
  std::printf("killed writer left %llu documents\n", static_cast<unsigned long long>(n));
  EXPECT_GE(n, 4u * kBatch);
  EXPECT_LT(n, static_cast<uint64_t>(kDocs));
  EXPECT_EQ(n % kBatch, 0u) << "a partial batch survived";
  EXPECT_EQ(stats->sentences, 2 * n);
  EXPECT_EQ(stats->events, 2 * n);
  // Exactly the first n documents, in full.
  EXPECT_TRUE(*(*a)->Contains("doc-" + std::to_string(n - 1)));
  EXPECT_FALSE(*(*a)->Contains("doc-" + std::to_string(n)));
  EXPECT_EQ((*a)->Search("Baku", 0)->size(), 20u);

  // Rerun the ingest up to a bit past the kill point: only the missing
  // documents are stored.
  const int rerun = static_cast<int>(n) + 3 * kBatch + 7;
  int stored = 0, duplicates = 0;
  for (int i = 0; i < rerun; ++i) {
    Document d = NthDoc(i);
    auto put = (*a)->Put(d, NthEvents(d));
    ASSERT_TRUE(put.ok()) << put.status().ToString();
    (put->stored ? stored : duplicates)++;
    if ((i + 1) % kBatch == 0) {
      ASSERT_TRUE((*a)->Commit().ok());
    }
  }
  ASSERT_TRUE((*a)->Commit().ok());
  EXPECT_EQ(duplicates, static_cast<int>(n));
  EXPECT_EQ(stored, rerun - static_cast<int>(n));
  stats = (*a)->Stats();
  EXPECT_EQ(stats->documents, static_cast<uint64_t>(rerun));
  EXPECT_EQ(stats->events, 2u * rerun);
  EXPECT_TRUE((*a)->Check().ok());
}

// Kill, rerun, kill again: each rerun of the same ingest resumes where the
// last commit left off, and the archive stays whole throughout.
TEST(ArchiveCrashTest, RepeatedKillsAndRerunsResume) {
  testing::TempDir dir;
  std::string path = dir.File("crash.db");
  uint64_t last = 0;
  for (int delay_ms : {50, 120, 200}) {
    IngestAndKill(path, delay_ms * 1000);
    if (HasFatalFailure()) return;
    auto a = Archive::Open(path);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ASSERT_TRUE((*a)->Check().ok());
    auto stats = (*a)->Stats();
    ASSERT_TRUE(stats.ok());
    const uint64_t n = stats->documents;
    EXPECT_GE(n, last) << "a committed batch was lost";
    EXPECT_EQ(n % kBatch, 0u);
    EXPECT_EQ(stats->events, 2 * n);
    EXPECT_EQ(stats->sentences, 2 * n);
    EXPECT_TRUE(*(*a)->Contains("doc-" + std::to_string(n - 1)));
    EXPECT_FALSE(*(*a)->Contains("doc-" + std::to_string(n)));
    last = n;
  }
  std::printf("after three kills: %llu documents\n", static_cast<unsigned long long>(last));
}

}  // namespace
}  // namespace annalist
