// Schema versions and migrations.
#include "archive/schema.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>

#include "annalist/archive.h"
#include "testing/testing.h"

namespace annalist::archive {
namespace {

// Writes a version-1 archive with one document and one event, as the first
// release would have.
void WriteV1(const std::string& path, const std::string& extra_sql = "") {
  auto db = Db::Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  ASSERT_TRUE(Migrate(**db, 1).ok());
  ASSERT_EQ(*(*db)->QueryInt("PRAGMA user_version"), 1);
  ASSERT_TRUE((*db)
                  ->Exec("INSERT INTO documents(id, title, text, published, "
                         "published_precision) "
                         "VALUES('old-1', 'Old talks', 'Israel and Syria met in Baku.', "
                         "'2024-05-06', 3);"
                         "INSERT INTO sentences VALUES(1, 0, 0, 29, 0);"
                         "INSERT INTO events(doc_id, ordinal, sentence, span_begin, "
                         "span_end, "
                         "text, source_code, target_code, source_text, target_text, "
                         "source_country, target_country, source_sector, target_sector, "
                         "cameo, "
                         "root, quad, goldstein, plover, mode, speaker, speaker_code, "
                         "date, "
                         "date_precision, date_basis, date_start, date_end, verb, "
                         "pattern) "
                         "VALUES('old-1', 0, 0, 0, 29, 'Israel and Syria met in Baku.', "
                         "'ISR', "
                         "'SYR', 'Israel', 'Syria', 'ISR', 'SYR', '', '', '040', '04', 1, "
                         "1.0, "
                         "'CONSULT', 'asserted', '', '', '2024-05-05', 3, 'relative', "
                         "'2024-05-05', '2024-05-05', 'met', 'MEET');" +
                         extra_sql)
                  .ok());
}

TEST(SchemaTest, MigrationsAreNumberedInOrder) {
  int expected = 1;
  for (const Migration& m : Migrations()) EXPECT_EQ(m.version, expected++);
  EXPECT_EQ(LatestSchemaVersion(), expected - 1);
}

TEST(SchemaTest, OpeningAVersion1ArchiveMigratesItAndKeepsTheData) {
  testing::TempDir dir;
  std::string path = dir.File("v1.db");
  WriteV1(path);
  // Read-only cannot migrate.
  auto ro = Archive::Open(path, {.read_only = true});
  EXPECT_EQ(ro.status().code(), StatusCode::kUnsupported);

  auto a = Archive::Open(path);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  auto stats = (*a)->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_EQ(stats->schema_version, LatestSchemaVersion());
  EXPECT_EQ(stats->documents, 1u);
  EXPECT_EQ(stats->mentions, 0u);  // the table version 2 added
  auto hits = (*a)->Search("Baku", 10);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].doc_id, "old-1");
  EventQuery q;
  q.pair_a = "SYR";
  q.pair_b = "ISR";
  auto events = (*a)->Events(q);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].date.value.ToIso(), "2024-05-05");
  EXPECT_TRUE((*a)->Check().ok());
  a->reset();

  // The indexes of version 2 exist; reopening read-only now works.
  auto db = Db::Open(path, SQLITE_OPEN_READONLY);
  EXPECT_EQ(*(*db)->QueryInt("SELECT count(*) FROM sqlite_schema WHERE "
                             "name IN ('events_date', 'events_source', "
                             "'events_target', 'events_cameo')"),
            4);
  EXPECT_TRUE(Archive::Open(path, {.read_only = true}).ok());
}

TEST(SchemaTest, AFailedMigrationLeavesTheFileAsItWas) {
  testing::TempDir dir;
  std::string path = dir.File("v1.db");
  // A table in the way of version 2's CREATE TABLE mentions.
  WriteV1(path, "CREATE TABLE mentions(x);");
  auto a = Archive::Open(path);
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find("schema version 2"), std::string::npos)
      << a.status().message();
  auto db = Db::Open(path, SQLITE_OPEN_READONLY);
  EXPECT_EQ(*(*db)->QueryInt("PRAGMA user_version"), 1);
  EXPECT_EQ(*(*db)->QueryInt("SELECT count(*) FROM sqlite_schema WHERE "
                             "name = 'events_date'"),
            0);
}

TEST(SchemaTest, AVersion2ArchiveGetsEventIdsAndAProfileTable) {
  testing::TempDir dir;
  std::string path = dir.File("v2.db");
  WriteV1(path);
  {
    auto db = Db::Open(path, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(Migrate(**db, 2).ok());
    // A second event in the same sentence, and one in the next.
    ASSERT_TRUE((*db)
                    ->Exec("INSERT INTO events(doc_id, ordinal, sentence, span_begin, "
                           "span_end, "
                           "text, cameo, root, quad, goldstein, plover, mode, speaker, "
                           "speaker_code, date_precision, date_basis, verb, pattern) "
                           "VALUES('old-1', 1, 0, 0, 29, 't', '043', '04', 1, 1.0, "
                           "'CONSULT', "
                           "'asserted', '', '', 0, 'none', 'v', 'p'), "
                           "('old-1', 2, 1, 0, 29, 't', '043', '04', 1, 1.0, 'CONSULT', "
                           "'asserted', '', '', 0, 'none', 'v', 'p')")
                    .ok());
    ASSERT_EQ(*(*db)->QueryInt("PRAGMA user_version"), 2);
  }
  auto a = Archive::Open(path);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EventQuery q;
  q.doc_id = "old-1";
  auto events = (*a)->Events(q);
  ASSERT_TRUE(events.ok());
  std::vector<std::string> ids;
  for (const Event& e : *events) ids.push_back(e.id);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"old-1#0.0", "old-1#0.1", "old-1#1.0"}));
  // No profile was recorded before version 3; the old document is not
  // marked as coded with any.
  auto profile = (*a)->Profile();
  ASSERT_TRUE(profile.ok());
  EXPECT_TRUE(profile->current.empty());
  EXPECT_EQ(*(*a)->CountNotCodedWith("anything"), 1u);
  EXPECT_TRUE((*a)->Check().ok());
}

TEST(SchemaTest, AVersion4ArchiveKeepsItsSentencesAndMentionsOneRowPerDocument) {
  testing::TempDir dir;
  std::string path = dir.File("v4.db");
  WriteV1(path);
  {
    auto db = Db::Open(path, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(Migrate(**db, 4).ok());
    ASSERT_TRUE((*db)
                    ->Exec("UPDATE sentences SET span_end = 13 WHERE doc_key = 1;"
                           "INSERT INTO sentences VALUES(1, 2, 20, 29, 1), (1, 1, 14, 19, 0)")
                    .ok());
    // Written out of order, with a quote in a value: the migration orders
    // them by span and kind and keeps the text exact.
    ASSERT_TRUE((*db)
                    ->Exec("INSERT INTO mentions(doc_key, span_begin, span_end, kind, value, "
                           "sentence) VALUES(1, 24, 28, 'place', 'geo:\"Baku\"', 0), "
                           "(1, 0, 6, 'actor', 'ISR', 0), (1, 11, 16, 'actor', 'SYR', 0), "
                           "(1, 0, 6, 'agent', '', 0)")
                    .ok());
  }
  auto a = Archive::Open(path);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  auto got = (*a)->Get("old-1");
  ASSERT_TRUE(got.ok() && got->has_value());
  const std::vector<Sentence>& s = (*got)->doc.sentences;
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].span, (Span{0, 13}));
  EXPECT_EQ(s[1].span, (Span{14, 19}));
  EXPECT_EQ(s[2].span, (Span{20, 29}));
  EXPECT_TRUE(s[2].furniture);
  EXPECT_FALSE(s[1].furniture);
  const std::vector<Mention>& m = (*got)->doc.mentions;
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0], (Mention{Span{0, 6}, 0, MentionKind::kActor, "ISR"}));
  EXPECT_EQ(m[1], (Mention{Span{0, 6}, 0, MentionKind::kAgent, ""}));
  EXPECT_EQ(m[2], (Mention{Span{11, 16}, 0, MentionKind::kActor, "SYR"}));
  EXPECT_EQ(m[3], (Mention{Span{24, 28}, 0, MentionKind::kPlace, "geo:\"Baku\""}));
  EXPECT_EQ((*a)->Stats()->mentions, 4u);
  EXPECT_EQ((*a)->Stats()->sentences, 3u);
  EXPECT_TRUE((*a)->Check().ok());
  auto db = Db::Open(path, SQLITE_OPEN_READONLY);
  EXPECT_EQ(*(*db)->QueryInt("SELECT count(*) FROM mention_sets"), 1);
  EXPECT_EQ(*(*db)->QueryInt("SELECT count(*) FROM sentence_sets"), 1);
  // The views keep the old columns for SQL.
  EXPECT_EQ(*(*db)->QueryInt("SELECT span_end FROM mentions WHERE kind = 'place'"), 28);
  EXPECT_EQ(*(*db)->QueryInt("SELECT span_begin FROM sentences WHERE idx = 2"), 20);
}

TEST(SchemaTest, NewerSchemaIsUnsupported) {
  testing::TempDir dir;
  std::string path = dir.File("future.db");
  ASSERT_TRUE(Archive::Open(path).ok());
  {
    auto db = Db::Open(path, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE((*db)->Exec("PRAGMA user_version = 99").ok());
  }
  for (bool ro : {false, true}) {
    auto a = Archive::Open(path, {.read_only = ro});
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.status().code(), StatusCode::kUnsupported);
    EXPECT_NE(a.status().message().find("99"), std::string::npos);
    EXPECT_NE(a.status().message().find(path), std::string::npos);
  }
}

}  // namespace
}  // namespace annalist::archive
