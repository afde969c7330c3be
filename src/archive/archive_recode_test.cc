// What version 3 of the archive adds: opening from a spec, stable event ids,
// mentions, the coding profile and re-coding in place, streamed reads with
// limits, the outlet filter and undated documents in Stats.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "annalist/archive.h"
#include "archive/archive_fixtures.h"
#include "testing/testing.h"

namespace annalist {
namespace {

using archive_testing::Day;
using archive_testing::MakeDoc;
using archive_testing::MakeEvent;

std::unique_ptr<Archive> OpenOrDie(const std::string& spec, ArchiveOptions o = {}) {
  auto a = Archive::Open(spec, o);
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return a.ok() ? std::move(a).value() : nullptr;
}

TEST(ArchiveSpecTest, PlainPathAndSqlitePrefixOpenTheSameFile) {
  testing::TempDir dir;
  const std::string path = dir.File("s.db");
  {
    auto a = OpenOrDie(path);
    ASSERT_TRUE(a);
    ASSERT_TRUE(a->Put(MakeDoc("d1", "T", {"One."}), {}).ok());
    ASSERT_TRUE(a->Commit().ok());
  }
  auto b = OpenOrDie("sqlite:" + path, {.read_only = true});
  ASSERT_TRUE(b);
  EXPECT_TRUE(*b->Contains("d1"));
  EXPECT_EQ(b->path(), path);
}

TEST(ArchiveSpecTest, PostgresqlIsNotBuiltAndOtherSchemesAreRefused) {
  auto pg = Archive::Open("postgresql://localhost/news");
  EXPECT_EQ(pg.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(pg.status().message().find("not built in this version"), std::string::npos)
      << pg.status().message();
  auto other = Archive::Open("mysql://localhost/news");
  EXPECT_EQ(other.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(other.status().message().find("sqlite:FILE"), std::string::npos);
}

class RecodeArchiveTest : public ::testing::Test {
 protected:
  void SetUp() override {
    a_ = OpenOrDie(dir_.File("r.db"));
    ASSERT_TRUE(a_);
    d1_ = MakeDoc("d1", "T", {"Israel met Syria.", "Turkey and Syria talked. Then again."});
    d1_.mentions = {{{0, 6}, 0, MentionKind::kActor, "ISR"},
                    {{11, 16}, 0, MentionKind::kActor, "SYR"},
                    {{18, 24}, 1, MentionKind::kTimex, "2026-03-02"}};
    d2_ = MakeDoc("d2", "T", {"Undated."}, DateTime{});
    d2_.outlet = "Other Wire";
    ASSERT_TRUE(a_->SetProfile({"old", "hash-old"}).ok());
    ASSERT_TRUE(a_->Put(d1_, {MakeEvent(d1_, 0, "ISR", "SYR", "040", Day(2026, 3, 2)),
                              MakeEvent(d1_, 1, "TUR", "SYR", "043", Day(2026, 3, 2)),
                              MakeEvent(d1_, 1, "SYR", "TUR", "043", Day(2026, 3, 2), 1)})
                    .ok());
    ASSERT_TRUE(a_->Put(d2_, {MakeEvent(d2_, 0, "USA", "IRN", "190", DateTime{})}).ok());
    ASSERT_TRUE(a_->Commit().ok());
  }

  std::vector<std::string> Ids(const EventQuery& q) {
    std::vector<std::string> ids;
    auto events = a_->Events(q);
    EXPECT_TRUE(events.ok()) << events.status().ToString();
    if (events.ok()) {
      for (const Event& e : *events) ids.push_back(e.id);
    }
    return ids;
  }

  testing::TempDir dir_;
  std::unique_ptr<Archive> a_;
  Document d1_, d2_;
};

TEST_F(RecodeArchiveTest, EventIdsAreStoredAsGivenAndAnEmptyOneIsRefused) {
  EventQuery q;
  q.doc_id = "d1";
  EXPECT_EQ(Ids(q), (std::vector<std::string>{"d1#0.0", "d1#1.0", "d1#1.1"}));
  // An id given by the coder is kept.
  Document d3 = MakeDoc("d3", "T", {"X."});
  Event e = MakeEvent(d3, 0, "ISR", "SYR", "040", Day(2026, 3, 2));
  e.id = "custom-id";
  ASSERT_TRUE(a_->Put(d3, {e}).ok());
  q.doc_id = "d3";
  EXPECT_EQ(Ids(q), std::vector<std::string>{"custom-id"});
  // The archive never makes an id up: an event without one is refused, and
  // its document is not stored.
  Document d4 = MakeDoc("d4", "T", {"Y."});
  Event no_id = MakeEvent(d4, 0, "ISR", "SYR", "040", Day(2026, 3, 2));
  no_id.id.clear();
  auto put = a_->Put(d4, {no_id});
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(put.status().message(), ::testing::HasSubstr("has no id"));
  auto got = a_->Get("d4");
  ASSERT_TRUE(got.ok());
  EXPECT_FALSE(got->has_value());
}

TEST_F(RecodeArchiveTest, MentionsAreStoredAndReadBack) {
  auto got = a_->Get("d1");
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->doc.mentions, d1_.mentions);
  auto stats = a_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->mentions, 3u);
}

TEST_F(RecodeArchiveTest, ProfileIsRecordedAndRecodeReplacesEventsAndActorMentions) {
  auto state = a_->Profile();
  ASSERT_TRUE(state.ok());
  EXPECT_EQ(state->current, (ArchiveProfile{"old", "hash-old"}));
  EXPECT_TRUE(state->pending.empty());
  EXPECT_EQ(*a_->CountNotCodedWith("hash-old"), 0u);

  ASSERT_TRUE(a_->BeginRecode({"new", "hash-new"}).ok());
  EXPECT_EQ(a_->Profile()->pending.name, "new");
  auto todo = a_->ListDocuments("", 10, "hash-new");
  ASSERT_TRUE(todo.ok());
  ASSERT_EQ(todo->size(), 2u);
  EXPECT_EQ((*todo)[0].id, "d1");
  EXPECT_EQ((*todo)[0].text, d1_.text);
  EXPECT_EQ((*todo)[0].sentences.size(), 2u);

  std::vector<Mention> mentions = {{{0, 6}, 0, MentionKind::kActor, "ISRGOV"},
                                   {{30, 35}, 1, MentionKind::kTimex, "ignored"}};
  ASSERT_TRUE(a_->Recode("d1", {MakeEvent(d1_, 1, "TUR", "ISR", "111", Day(2026, 3, 2))}, mentions,
                         "hash-new")
                  .ok());
  // Not finished while d2 is left; the unfinished state is visible.
  EXPECT_EQ(a_->FinishRecode().code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(a_->Commit().ok());
  todo = a_->ListDocuments("", 10, "hash-new");
  ASSERT_EQ(todo->size(), 1u);
  EXPECT_EQ((*todo)[0].id, "d2");
  ASSERT_TRUE(a_->Recode("d2", {}, {}, "hash-new").ok());
  ASSERT_TRUE(a_->FinishRecode().ok());
  EXPECT_EQ(a_->Profile()->current, (ArchiveProfile{"new", "hash-new"}));
  EXPECT_TRUE(a_->Profile()->pending.empty());

  EXPECT_EQ(Ids({}), std::vector<std::string>{"d1#1.0"});
  auto got = a_->Get("d1");
  ASSERT_TRUE(got.ok() && got->has_value());
  // The actor mentions are the new ones; the timex is kept, not replaced.
  ASSERT_EQ((*got)->doc.mentions.size(), 2u);
  EXPECT_EQ((*got)->doc.mentions[0].value, "ISRGOV");
  EXPECT_EQ((*got)->doc.mentions[1].kind, MentionKind::kTimex);
  EXPECT_EQ((*got)->doc.mentions[1].value, "2026-03-02");
  EXPECT_EQ(a_->Recode("nope", {}, {}, "hash-new").code(), StatusCode::kNotFound);
  // Two events with one id are refused before anything is written.
  Event twice = MakeEvent(d1_, 0, "TUR", "ISR", "111", Day(2026, 3, 2));
  twice.id = "d1#0.0";
  EXPECT_EQ(a_->Recode("d1", {twice, twice}, {}, "hash-new").code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(a_->Commit().ok());
  EXPECT_EQ(Ids({}), std::vector<std::string>{"d1#1.0"});
  // The full-text index is intact after the recode (FTS5 integrity-check).
  Status check = a_->Check();
  EXPECT_TRUE(check.ok()) << check.ToString();
}

TEST_F(RecodeArchiveTest, ReadsStopAtTheirLimitsAndSaySo) {
  ReadLimits limits;
  limits.max_rows = 2;
  uint64_t seen = 0;
  auto r = a_->ScanEvents({}, limits, [&](const Event&) { return ++seen > 0; });
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(seen, 2u);
  EXPECT_TRUE(r->truncated);
  EXPECT_EQ(r->stopped_by, "rows");

  limits = {};
  limits.max_bytes = 1;
  r = a_->ScanEvents({}, limits, [](const Event&) { return true; });
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->rows, 1u);
  EXPECT_EQ(r->stopped_by, "bytes");
  EXPECT_GT(r->bytes, 100u);

  r = a_->ScanEvents({}, {}, [](const Event&) { return false; });
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->rows, 1u);
  EXPECT_FALSE(r->truncated);
  EXPECT_EQ(r->stopped_by, "callback");

  r = a_->ScanEvents({}, {}, [](const Event&) { return true; });
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->rows, 4u);
  EXPECT_FALSE(r->truncated);
}

TEST_F(RecodeArchiveTest, OutletFilterAndUndatedDocumentCount) {
  EventQuery q;
  q.outlet = "other wire";  // any case
  EXPECT_EQ(Ids(q), std::vector<std::string>{"d2#0.0"});
  q.outlet = "Nobody";
  EXPECT_TRUE(Ids(q).empty());
  auto stats = a_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 2u);
  EXPECT_EQ(stats->undated_documents, 1u);
  EXPECT_EQ(stats->profile.current.hash, "hash-old");
}

TEST_F(RecodeArchiveTest, ActorCodesAreTheDistinctCodesOfBothSides) {
  auto codes = a_->ActorCodes();
  ASSERT_TRUE(codes.ok());
  EXPECT_EQ(*codes, (std::vector<std::string>{"IRN", "ISR", "SYR", "TUR", "USA"}));
}

// RSS of this process in bytes, from /proc/self/statm.
uint64_t ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  uint64_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * 4096;
}

TEST(ArchiveStreamTest, MemoryStaysFlatWhileStreamingManyEvents) {
  testing::TempDir dir;
  const std::string path = dir.File("big.db");
  constexpr int kDocs = 1500, kPerDoc = 80;  // 120,000 events
  {
    auto a = OpenOrDie(path);
    ASSERT_TRUE(a);
    const std::string filler(200, 'x');
    for (int d = 0; d < kDocs; ++d) {
      Document doc =
          MakeDoc("doc" + std::to_string(d), "T", {"Israel and Syria met in Baku " + filler + "."});
      std::vector<Event> events;
      for (int k = 0; k < kPerDoc; ++k) {
        events.push_back(MakeEvent(doc, 0, "ISR", "SYR", "040", Day(2026, 1 + k % 12, 1),
                                   static_cast<uint32_t>(k)));
      }
      ASSERT_TRUE(a->Put(doc, events).ok());
    }
    ASSERT_TRUE(a->Commit().ok());
  }
  auto a = OpenOrDie(path, {.read_only = true});
  ASSERT_TRUE(a);
  const uint64_t before = ResidentBytes();
  uint64_t peak = before;
  auto r = a->ScanEvents({}, {}, [&](const Event& e) {
    (void)e;
    static uint64_t n = 0;
    if (++n % 5000 == 0) peak = std::max(peak, ResidentBytes());
    return true;
  });
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->rows, static_cast<uint64_t>(kDocs) * kPerDoc);
  // The rows are over 40 MB; streaming holds a page cache (8 MB) and one row.
  EXPECT_GT(r->bytes, 40u << 20);
#if !defined(__SANITIZE_ADDRESS__)
  // (Under AddressSanitizer freed memory is held in quarantine, so RSS
  // says nothing about what the cursor keeps.)
  EXPECT_LT(peak - before, 24u << 20) << "RSS grew by " << (peak - before) / 1024 << " KB";
#else
  (void)before;
  (void)peak;
#endif
}

}  // namespace
}  // namespace annalist
