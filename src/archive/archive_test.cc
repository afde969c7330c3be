#include "annalist/archive.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>

#include "archive/archive_fixtures.h"
#include "testing/testing.h"

namespace annalist {
namespace {

using archive_testing::Day;
using archive_testing::MakeDoc;
using archive_testing::MakeEvent;
using testing::TempDir;

std::unique_ptr<Archive> OpenOrDie(const std::string& path, ArchiveOptions options = {}) {
  auto a = Archive::Open(path, options);
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return a.ok() ? std::move(a).value() : nullptr;
}

// An event with every field set to something other than its default.
Event FullEvent(const Document& doc) {
  Event e = MakeEvent(doc, 1, "ISRGOV", "SYRGOVDIP", "0311",
                      DateTime{2026, 3, 1, 14, 5, 9, DatePrecision::kMinute});
  e.mode = EventMode::kReported;
  e.speaker = "a senior official";
  e.speaker_code = "USAGOV";
  e.date.basis = DateBasis::kRelative;
  e.location = EventLocation{"Baku", "AZE", 40.4093, 49.8671, true};
  e.goldstein = -2.8;
  return e;
}

TEST(ArchiveTest, RoundTripsDocumentsSentencesAndEvents) {
  TempDir dir;
  auto a = OpenOrDie(dir.File("a.db"));
  ASSERT_NE(a, nullptr);
  Document doc =
      MakeDoc("bbc-1", "Israel and Syria hold talks",
              {"Officials met in Baku.", "Israel offered Syria security talks, an official said.",
               "Photo: Reuters"},
              DateTime{2026, 3, 2, 9, 30, 15, DatePrecision::kMinute});
  doc.sentences[2].furniture = true;
  doc.repaired_bytes = 3;
  Event full = FullEvent(doc);
  Event sparse = MakeEvent(doc, 0, "", "AZE", "040", DateTime{});
  sparse.date.basis = DateBasis::kNone;
  auto put = a->Put(doc, {full, sparse});
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_TRUE(put->stored);
  ASSERT_TRUE(a->Commit().ok());
  a.reset();

  a = OpenOrDie(dir.File("a.db"));
  auto got = a->Get("bbc-1");
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_TRUE(got->has_value());
  const Document& d = (*got)->doc;
  EXPECT_EQ(d.id, doc.id);
  EXPECT_EQ(d.url, doc.url);
  EXPECT_EQ(d.outlet, doc.outlet);
  EXPECT_EQ(d.title, doc.title);
  EXPECT_EQ(d.byline, doc.byline);
  EXPECT_EQ(d.published, doc.published);
  EXPECT_EQ(d.language, "en");
  EXPECT_EQ(d.text, doc.text);
  EXPECT_EQ(d.extra_json, doc.extra_json);
  EXPECT_EQ(d.source, "fixture.jsonl");
  EXPECT_EQ(d.source_line, 7u);
  EXPECT_EQ(d.repaired_bytes, 3u);
  ASSERT_EQ(d.sentences.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(d.sentences[i].span, doc.sentences[i].span) << i;
    EXPECT_EQ(d.sentences[i].furniture, i == 2) << i;
  }
  EXPECT_EQ((*got)->event_count, 2u);

  EventQuery q;
  q.doc_id = "bbc-1";
  auto events = a->Events(q);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 2u);
  // Dated events come first, undated last.
  const Event& e = (*events)[0];
  EXPECT_EQ(e.doc_id, "bbc-1");
  EXPECT_EQ(e.sentence, 1u);
  EXPECT_EQ(e.span, full.span);
  EXPECT_EQ(e.text, "Israel offered Syria security talks, an official said.");
  EXPECT_EQ(e.source, full.source);
  EXPECT_EQ(e.target, full.target);
  EXPECT_EQ(e.target->country, "SYR");
  EXPECT_EQ(e.target->sector, "GOVDIP");
  EXPECT_EQ(e.cameo, "0311");
  EXPECT_EQ(e.root, "03");
  EXPECT_EQ(e.quad, full.quad);
  EXPECT_DOUBLE_EQ(e.goldstein, -2.8);
  EXPECT_EQ(e.plover, full.plover);
  EXPECT_EQ(e.mode, EventMode::kReported);
  EXPECT_EQ(e.speaker, "a senior official");
  EXPECT_EQ(e.speaker_code, "USAGOV");
  EXPECT_EQ(e.date.value, full.date.value);
  EXPECT_EQ(e.date.basis, DateBasis::kRelative);
  ASSERT_TRUE(e.location.has_value());
  EXPECT_EQ(e.location->name, "Baku");
  EXPECT_EQ(e.location->country, "AZE");
  EXPECT_DOUBLE_EQ(e.location->lat, 40.4093);
  EXPECT_DOUBLE_EQ(e.location->lon, 49.8671);
  EXPECT_TRUE(e.location->has_coordinates);
  EXPECT_EQ(e.verb, "met");
  EXPECT_EQ(e.pattern, "- * MEET WITH");

  const Event& s = (*events)[1];
  EXPECT_FALSE(s.source.has_value());
  ASSERT_TRUE(s.target.has_value());
  EXPECT_EQ(s.target->code, "AZE");
  EXPECT_FALSE(s.date.value.known());
  EXPECT_EQ(s.date.basis, DateBasis::kNone);
  EXPECT_FALSE(s.location.has_value());
  EXPECT_EQ(s.mode, EventMode::kAsserted);

  auto missing = a->Get("no-such-doc");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

TEST(ArchiveTest, DuplicatePutIsReportedAndChangesNothing) {
  TempDir dir;
  auto a = OpenOrDie(dir.File("a.db"));
  Document doc = MakeDoc("d1", "First", {"Israel met Syria."});
  Event e = MakeEvent(doc, 0, "ISR", "SYR", "040", Day(2026, 3, 1));
  ASSERT_TRUE(a->Put(doc, {e})->stored);
  // Same id, different content, within the same batch and after commit.
  Document changed = MakeDoc("d1", "Second", {"Something else entirely."});
  auto again = a->Put(changed, {e, e});
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->stored);
  ASSERT_TRUE(a->Commit().ok());
  again = a->Put(changed, {e});
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->stored);
  ASSERT_TRUE(a->Commit().ok());
  auto stats = a->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 1u);
  EXPECT_EQ(stats->events, 1u);
  EXPECT_EQ(stats->sentences, 1u);
  EXPECT_EQ((*a->Get("d1"))->doc.title, "First");
  EXPECT_TRUE(*a->Contains("d1"));
  EXPECT_FALSE(*a->Contains("d2"));
}

// A long document goes in as a Put and PutMores in one batch: its events
// are numbered on, its mentions added; PutMore refuses a document that is
// not the last one put in the open batch.
TEST(ArchiveTest, PutMoreAddsEventsAndMentionsOfTheLastDocumentPut) {
  TempDir dir;
  auto a = OpenOrDie(dir.File("a.db"));
  Document doc = MakeDoc("long", "Long", {"Israel met Syria.", "Syria accused Israel."});
  Event first = MakeEvent(doc, 0, "ISR", "SYR", "040", Day(2026, 3, 1));
  Event second = MakeEvent(doc, 1, "SYR", "ISR", "112", Day(2026, 3, 1));
  Mention m{doc.sentences[1].span, 1, MentionKind::kActor, "SYR"};
  ASSERT_TRUE(a->Put(doc, {first})->stored);
  ASSERT_TRUE(a->PutMore(doc, {m}, {second}).ok());
  Document other = MakeDoc("other", "Other", {"Iran denied it."});
  EXPECT_EQ(a->PutMore(other, {}, {}).code(), StatusCode::kInvalidArgument);
  Event unnamed = second;
  unnamed.id.clear();
  EXPECT_EQ(a->PutMore(doc, {}, {unnamed}).code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(a->Commit().ok());
  // After the batch ended, the document is closed.
  EXPECT_EQ(a->PutMore(doc, {}, {second}).code(), StatusCode::kInvalidArgument);
  auto stored = a->Get("long");
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ((*stored)->event_count, 2u);
  ASSERT_EQ((*stored)->doc.mentions.size(), 1u);
  EXPECT_EQ((*stored)->doc.mentions[0].value, "SYR");
  EventQuery q;
  q.doc_id = "long";
  auto events = a->Events(q);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[1].id, second.id);
  EXPECT_EQ((*events)[1].cameo, "112");
  // A duplicate Put opens nothing to add to.
  ASSERT_FALSE(a->Put(doc, {})->stored);
  EXPECT_EQ(a->PutMore(doc, {}, {second}).code(), StatusCode::kInvalidArgument);
}

TEST(ArchiveTest, PutRejectsBadInput) {
  TempDir dir;
  auto a = OpenOrDie(dir.File("a.db"));
  Document doc = MakeDoc("", "No id", {"Text."});
  auto put = a->Put(doc, {});
  EXPECT_EQ(put.status().code(), StatusCode::kInvalidArgument);
  Document d2 = MakeDoc("d2", "T", {"Israel met Syria."});
  Event foreign = MakeEvent(d2, 0, "ISR", "SYR", "040", Day(2026, 3, 1));
  foreign.doc_id = "other";
  put = a->Put(d2, {foreign});
  EXPECT_EQ(put.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(put.status().message().find("other"), std::string::npos);
  EXPECT_FALSE(*a->Contains("d2"));
}

TEST(ArchiveTest, NotSqliteIsCorruptionNamingThePath) {
  TempDir dir;
  std::string path = dir.File("garbage.db");
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>('a' + i % 26);
  testing::WriteFile(path, junk);
  auto a = Archive::Open(path);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kCorruption) << a.status().ToString();
  EXPECT_NE(a.status().message().find(path), std::string::npos) << a.status().message();
  // Read-only as well.
  a = Archive::Open(path, {.read_only = true});
  EXPECT_EQ(a.status().code(), StatusCode::kCorruption) << a.status().ToString();
}

TEST(ArchiveTest, ForeignSqliteDatabaseIsNotAnArchive) {
  TempDir dir;
  std::string path = dir.File("other.db");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  auto a = Archive::Open(path);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kCorruption);
  EXPECT_NE(a.status().message().find("not an annalist archive"), std::string::npos);
}

TEST(ArchiveTest, UnwritableLocationIsIoError) {
  TempDir dir;
  // Tests may run as root, which ignores permission bits; use paths no one
  // can create files at.
  std::string regular = dir.File("plain-file");
  testing::WriteFile(regular, "x");
  for (const std::string& path :
       {regular + "/a.db", dir.File("no/such/dir/a.db"), std::string("/proc/annalist-test.db")}) {
    auto a = Archive::Open(path);
    ASSERT_FALSE(a.ok()) << path;
    EXPECT_EQ(a.status().code(), StatusCode::kIoError) << path << ": " << a.status().ToString();
    EXPECT_NE(a.status().message().find(path), std::string::npos);
  }
}

TEST(ArchiveTest, MissingFileWithoutCreateIsNotFound) {
  TempDir dir;
  auto a = Archive::Open(dir.File("none.db"), {.create = false});
  EXPECT_EQ(a.status().code(), StatusCode::kNotFound);
  a = Archive::Open(dir.File("none.db"), {.read_only = true});
  EXPECT_EQ(a.status().code(), StatusCode::kNotFound);
}

TEST(ArchiveTest, ReadOnlyArchiveReadsButRefusesWrites) {
  TempDir dir;
  std::string path = dir.File("a.db");
  {
    auto a = OpenOrDie(path);
    Document doc = MakeDoc("d1", "Title", {"Israel met Syria."});
    ASSERT_TRUE(a->Put(doc, {}).ok());
    ASSERT_TRUE(a->Commit().ok());
  }
  auto ro = OpenOrDie(path, {.read_only = true});
  ASSERT_NE(ro, nullptr);
  EXPECT_TRUE(*ro->Contains("d1"));
  auto put = ro->Put(MakeDoc("d2", "T", {"x"}), {});
  EXPECT_EQ(put.status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(ro->Check().ok());
}

TEST(ArchiveTest, ReadersSeeCommittedBatchesOnly) {
  TempDir dir;
  std::string path = dir.File("a.db");
  auto writer = OpenOrDie(path);
  auto reader = OpenOrDie(path, {.read_only = true});
  ASSERT_NE(reader, nullptr);
  ASSERT_TRUE(writer->Put(MakeDoc("d1", "T", {"One."}), {})->stored);
  EXPECT_TRUE(*writer->Contains("d1"));   // its own batch
  EXPECT_FALSE(*reader->Contains("d1"));  // not yet committed
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_TRUE(*reader->Contains("d1"));

  // A second writer waits for the lock, then gives up with kIoError.
  auto second = OpenOrDie(path, {.busy_timeout_ms = 50});
  ASSERT_TRUE(writer->Put(MakeDoc("d2", "T", {"Two."}), {}).ok());
  auto blocked = second->Put(MakeDoc("d3", "T", {"Three."}), {});
  EXPECT_EQ(blocked.status().code(), StatusCode::kIoError) << blocked.status().ToString();
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_TRUE(second->Put(MakeDoc("d3", "T", {"Three."}), {})->stored);
  ASSERT_TRUE(second->Commit().ok());
  EXPECT_EQ(reader->Stats()->documents, 3u);
}

TEST(ArchiveTest, DestroyWithoutCommitDiscardsTheBatch) {
  TempDir dir;
  std::string path = dir.File("a.db");
  {
    auto a = OpenOrDie(path);
    ASSERT_TRUE(a->Put(MakeDoc("kept", "T", {"One."}), {}).ok());
    ASSERT_TRUE(a->Commit().ok());
    Document lost = MakeDoc("lost", "T", {"Two."});
    ASSERT_TRUE(a->Put(lost, {MakeEvent(lost, 0, "ISR", "SYR", "040", Day(2026, 3, 1))}).ok());
  }
  auto a = OpenOrDie(path);
  EXPECT_TRUE(*a->Contains("kept"));
  EXPECT_FALSE(*a->Contains("lost"));
  auto stats = a->Stats();
  EXPECT_EQ(stats->documents, 1u);
  EXPECT_EQ(stats->events, 0u);
  EXPECT_EQ(stats->sentences, 1u);
  // Nothing of the lost document is left in the full-text index either.
  EXPECT_TRUE(a->Search("two", 10)->empty());
  EXPECT_TRUE(a->Check().ok());
  // An explicit rollback does the same.
  ASSERT_TRUE(a->Put(MakeDoc("lost2", "T", {"Three."}), {}).ok());
  ASSERT_TRUE(a->Rollback().ok());
  EXPECT_FALSE(*a->Contains("lost2"));
}

// The doc ids of a search, in any order.
std::vector<std::string> SearchIds(Archive& a, const std::string& q) {
  std::vector<std::string> ids;
  auto hits = a.Search(q, 100);
  EXPECT_TRUE(hits.ok()) << hits.status().ToString();
  if (hits.ok()) {
    for (const SearchHit& h : *hits) ids.push_back(h.doc_id);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

void ExecSql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

TEST(ArchiveTest, FullTextIndexIsFedAtCommitAndSearchSeesCommittedBatchesOnly) {
  TempDir dir;
  std::string path = dir.File("a.db");
  auto writer = OpenOrDie(path);
  auto reader = OpenOrDie(path, {.read_only = true});
  ASSERT_TRUE(writer->Put(MakeDoc("d1", "Geneva", {"Talks in Geneva."}), {})->stored);
  EXPECT_TRUE(SearchIds(*reader, "geneva").empty());
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_EQ(SearchIds(*reader, "geneva"), std::vector<std::string>{"d1"});
  ASSERT_TRUE(writer->Put(MakeDoc("d2", "Baku", {"Talks in Baku."}), {})->stored);
  ASSERT_TRUE(writer->Put(MakeDoc("d3", "Geneva again", {"Geneva once more."}), {})->stored);
  EXPECT_EQ(SearchIds(*reader, "talks"), std::vector<std::string>{"d1"});
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_EQ(SearchIds(*reader, "talks"), (std::vector<std::string>{"d1", "d2"}));
  EXPECT_EQ(SearchIds(*reader, "geneva"), (std::vector<std::string>{"d1", "d3"}));
  EXPECT_TRUE(writer->Check().ok()) << writer->Check().ToString();

  // A rolled-back batch leaves the index as it was, and the next batch
  // indexes its own rows only.
  ASSERT_TRUE(writer->Put(MakeDoc("d4", "Lost", {"Never committed."}), {})->stored);
  ASSERT_TRUE(writer->Rollback().ok());
  ASSERT_TRUE(writer->Put(MakeDoc("d5", "Kept", {"Committed in Oslo."}), {})->stored);
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_TRUE(SearchIds(*reader, "never").empty());
  EXPECT_EQ(SearchIds(*reader, "oslo"), std::vector<std::string>{"d5"});
  EXPECT_TRUE(writer->Check().ok()) << writer->Check().ToString();
}

TEST(ArchiveTest, DeletingOrEditingADocumentKeepsTheIndexRight) {
  TempDir dir;
  std::string path = dir.File("a.db");
  {
    auto a = OpenOrDie(path);
    for (const char* id : {"d1", "d2", "d3"}) {
      ASSERT_TRUE(a->Put(MakeDoc(id, "Title", {std::string("Words of ") + id + "."}), {}).ok());
    }
    ASSERT_TRUE(a->Commit().ok());
  }
  // Another program deletes one document and rewrites another.
  ExecSql(path,
          "DELETE FROM documents WHERE id = 'd2'; "
          "UPDATE documents SET text = 'Rewritten about Lisbon.' WHERE id = 'd3'");
  auto a = OpenOrDie(path);
  EXPECT_TRUE(a->Check().ok()) << a->Check().ToString();
  EXPECT_EQ(SearchIds(*a, "words"), std::vector<std::string>{"d1"});
  EXPECT_EQ(SearchIds(*a, "lisbon"), std::vector<std::string>{"d3"});
  // Documents stored after the edits are indexed as usual.
  ASSERT_TRUE(a->Put(MakeDoc("d4", "Title", {"Words of Madrid."}), {}).ok());
  ASSERT_TRUE(a->Put(MakeDoc("d5", "Title", {"Words of Rome."}), {}).ok());
  ASSERT_TRUE(a->Commit().ok());
  EXPECT_EQ(SearchIds(*a, "words"), (std::vector<std::string>{"d1", "d4", "d5"}));
  EXPECT_TRUE(a->Check().ok()) << a->Check().ToString();
}

TEST(ArchiveTest, DocumentRefusedHalfwayIsRemovedAndTheBatchKept) {
  TempDir dir;
  std::string path = dir.File("a.db");
  auto a = OpenOrDie(path);
  Document good = MakeDoc("good", "Good", {"Israel met Syria.", "Then Baku."});
  ASSERT_TRUE(a->Put(good, {MakeEvent(good, 0, "ISR", "SYR", "040", Day(2026, 3, 1))})->stored);
  // Two events with one id: the second insert fails after the document,
  // its sentences and its first event went in.
  Document bad = MakeDoc("bad", "Bad", {"Israel met Syria in Rome.", "Then Oslo."});
  Event e1 = MakeEvent(bad, 0, "ISR", "SYR", "040", Day(2026, 3, 1));
  Event e2 = MakeEvent(bad, 1, "SYR", "ISR", "040", Day(2026, 3, 1));
  e1.id = e2.id = "bad#0.0";
  auto put = a->Put(bad, {e1, e2});
  EXPECT_FALSE(put.ok());
  Document after = MakeDoc("after", "After", {"Rome again."});
  ASSERT_TRUE(a->Put(after, {})->stored);
  ASSERT_TRUE(a->Commit().ok());
  auto stats = a->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 2u);
  EXPECT_EQ(stats->sentences, 3u);  // good's two and after's one
  EXPECT_EQ(stats->events, 1u);
  EXPECT_FALSE(*a->Contains("bad"));
  EXPECT_EQ(SearchIds(*a, "rome"), std::vector<std::string>{"after"});
  EXPECT_TRUE(a->Check().ok()) << a->Check().ToString();
}

TEST(ArchiveTest, Stats) {
  TempDir dir;
  auto a = OpenOrDie(dir.File("a.db"));
  auto empty = a->Stats();
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->documents, 0u);
  EXPECT_EQ(empty->first_published, "");
  EXPECT_EQ(empty->schema_version, 5);

  Document d1 = MakeDoc("d1", "T", {"A.", "B."}, Day(2026, 3, 2));
  Document d2 = MakeDoc("d2", "T", {"C."}, Day(2025, 12, 31));
  Document d3 = MakeDoc("d3", "T", {"D."}, DateTime{});
  ASSERT_TRUE(a->Put(d1, {MakeEvent(d1, 0, "ISR", "SYR", "0311", Day(2026, 3, 1)),
                          MakeEvent(d1, 1, "SYR", "ISR", "190", Day(2026, 3, 1))})
                  .ok());
  ASSERT_TRUE(a->Put(d2, {MakeEvent(d2, 0, "USA", "IRN", "036", Day(2025, 12, 30))}).ok());
  ASSERT_TRUE(a->Put(d3, {}).ok());
  ASSERT_TRUE(a->Commit().ok());
  auto s = a->Stats();
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->documents, 3u);
  EXPECT_EQ(s->sentences, 4u);
  EXPECT_EQ(s->events, 3u);
  EXPECT_EQ(s->mentions, 0u);
  EXPECT_EQ(s->first_published, "2025-12-31");
  EXPECT_EQ(s->last_published, "2026-03-02");
  EXPECT_GT(s->file_bytes, 0u);
  using Root = std::pair<std::string, uint64_t>;
  EXPECT_EQ(s->events_by_root, (std::vector<Root>{{"03", 2}, {"19", 1}}));
}

}  // namespace
}  // namespace annalist
