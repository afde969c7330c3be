#include "archive/schema.h"

#include <iterator>
#include <string>

namespace annalist::archive {

namespace {

// Version 1: documents, their sentences, events, and the full-text index.
constexpr char kV1[] = R"sql(
CREATE TABLE documents(
  doc_key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL DEFAULT '',
  outlet TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  byline TEXT NOT NULL DEFAULT '',
  published TEXT,
  published_precision INTEGER NOT NULL DEFAULT 0,
  language TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  extra_json TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  source_line INTEGER NOT NULL DEFAULT 0,
  repaired_bytes INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE sentences(
  doc_key INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  furniture INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(doc_key, idx)
) WITHOUT ROWID;

CREATE TABLE events(
  event_key INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  source_text TEXT, source_code TEXT, source_country TEXT, source_sector TEXT,
  target_text TEXT, target_code TEXT, target_country TEXT, target_sector TEXT,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover TEXT NOT NULL,
  mode TEXT NOT NULL,
  speaker TEXT NOT NULL,
  speaker_code TEXT NOT NULL,
  date TEXT,
  date_precision INTEGER NOT NULL,
  date_basis TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  location_name TEXT, location_country TEXT,
  lat REAL, lon REAL, has_coordinates INTEGER,
  verb TEXT NOT NULL,
  pattern TEXT NOT NULL,
  UNIQUE(doc_id, ordinal)
);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text,
  content='documents', content_rowid='doc_key',
  tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text)
  VALUES (new.doc_key, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  VALUES ('delete', old.doc_key, old.title, old.text);
  DELETE FROM sentences WHERE doc_key = old.doc_key;
  DELETE FROM events WHERE doc_id = old.id;
END;
CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  VALUES ('delete', old.doc_key, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text)
  VALUES (new.doc_key, new.title, new.text);
END;
)sql";

// Version 2: mentions (spans of actors, places, timexes, quotes for later
// stages) and the indexes that the event queries use.
constexpr char kV2[] = R"sql(
CREATE TABLE mentions(
  doc_key INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  kind TEXT NOT NULL,
  value TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(doc_key, span_begin, span_end, kind)
) WITHOUT ROWID;
CREATE INDEX mentions_kind_value ON mentions(kind, value);
CREATE INDEX events_date ON events(date_start);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_cameo ON events(cameo);
DROP TRIGGER documents_ad;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  VALUES ('delete', old.doc_key, old.title, old.text);
  DELETE FROM sentences WHERE doc_key = old.doc_key;
  DELETE FROM mentions WHERE doc_key = old.doc_key;
  DELETE FROM events WHERE doc_id = old.id;
END;
)sql";

// Version 3: an archive that can be re-coded. Events get their stable id
// (Event::id, "DOC#S.K": K counts the events of sentence S); existing rows
// are numbered the same way. Mentions get their sentence. Documents record
// the hash of the profile that coded them, and `profile` the archive's
// profile (and a recode under way). An index serves the event order, so
// reads stream without sorting.
constexpr char kV3[] = R"sql(
ALTER TABLE events ADD COLUMN id TEXT;
UPDATE events SET id = doc_id || '#' || sentence || '.' ||
  (SELECT count(*) FROM events AS e2
   WHERE e2.doc_id = events.doc_id AND e2.sentence = events.sentence
     AND e2.ordinal < events.ordinal);
CREATE UNIQUE INDEX events_id ON events(id);
CREATE INDEX events_order ON events(date_start IS NULL, date_start, doc_id,
                                    sentence, ordinal);
ALTER TABLE mentions ADD COLUMN sentence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN coded_with TEXT;
CREATE TABLE profile(
  slot INTEGER PRIMARY KEY CHECK(slot = 1),
  name TEXT NOT NULL DEFAULT '',
  hash TEXT NOT NULL DEFAULT '',
  pending_name TEXT NOT NULL DEFAULT '',
  pending_hash TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
)sql";

// Version 4: the full-text index is fed once per batch by the writer (one
// INSERT INTO documents_fts ... SELECT of the batch's rows before COMMIT),
// not per document by an insert trigger, whose statement journal and FTS5
// flush per row cost more than all the rest of a write. `fts_pending` holds,
// only inside a writing transaction, the first doc_key not yet indexed: the
// delete and update triggers leave the index alone for those rows (they are
// not in it yet; the batch's INSERT ... SELECT picks up what is left).
// Outside a transaction the table is empty, so deletes and updates made by
// any other program keep the index right as before.
constexpr char kV4[] = R"sql(
CREATE TABLE fts_pending(
  slot INTEGER PRIMARY KEY CHECK(slot = 1),
  first_key INTEGER NOT NULL
);
DROP TRIGGER documents_ai;
DROP TRIGGER documents_ad;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  SELECT 'delete', old.doc_key, old.title, old.text
  WHERE old.doc_key < coalesce((SELECT first_key FROM fts_pending),
                               9223372036854775807);
  DELETE FROM sentences WHERE doc_key = old.doc_key;
  DELETE FROM mentions WHERE doc_key = old.doc_key;
  DELETE FROM events WHERE doc_id = old.id;
END;
DROP TRIGGER documents_au;
CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents
WHEN old.doc_key < coalesce((SELECT first_key FROM fts_pending),
                            9223372036854775807) BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  VALUES ('delete', old.doc_key, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text)
  VALUES (new.doc_key, new.title, new.text);
END;
)sql";

// Version 5: a document's sentences and mentions are a row of their own
// each (JSON arrays), not a row apiece: a news article has half a dozen
// sentences and a dozen mentions, and a row (and for mentions an index
// entry) for each cost the writer more than half of its time.
// `sentence_sets` holds [span_begin, span_end, furniture] in sentence order;
// `mention_sets` [span_begin, span_end, kind, value, sentence], one row per
// piece for a document stored a piece at a time. Views named as the old
// tables keep their columns for SQL. Existing rows are packed in the same
// transaction (the primary key orders the sentences of each group).
constexpr char kV5[] = R"sql(
CREATE TABLE sentence_sets(
  doc_key INTEGER PRIMARY KEY,
  n INTEGER NOT NULL,
  spans TEXT NOT NULL
);
INSERT INTO sentence_sets(doc_key, n, spans)
  SELECT doc_key, count(*), json_group_array(json_array(span_begin, span_end, furniture))
  FROM sentences GROUP BY doc_key;
DROP TABLE sentences;
CREATE VIEW sentences(doc_key, idx, span_begin, span_end, furniture) AS
  SELECT s.doc_key, j.key, j.value->>0, j.value->>1, j.value->>2
  FROM sentence_sets s, json_each(s.spans) j;
CREATE TABLE mention_sets(
  doc_key INTEGER NOT NULL,
  piece INTEGER NOT NULL,
  n INTEGER NOT NULL,
  mentions TEXT NOT NULL,
  PRIMARY KEY(doc_key, piece)
);
INSERT INTO mention_sets(doc_key, piece, n, mentions)
  SELECT doc_key, 0, count(*),
         json_group_array(json_array(span_begin, span_end, kind, value, sentence))
  FROM mentions GROUP BY doc_key;
DROP TABLE mentions;
CREATE VIEW mentions(doc_key, span_begin, span_end, kind, value, sentence) AS
  SELECT s.doc_key, m.value->>0, m.value->>1, m.value->>2, m.value->>3, m.value->>4
  FROM mention_sets s, json_each(s.mentions) m;
DROP TRIGGER documents_ad;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  SELECT 'delete', old.doc_key, old.title, old.text
  WHERE old.doc_key < coalesce((SELECT first_key FROM fts_pending),
                               9223372036854775807);
  DELETE FROM sentence_sets WHERE doc_key = old.doc_key;
  DELETE FROM mention_sets WHERE doc_key = old.doc_key;
  DELETE FROM events WHERE doc_id = old.id;
END;
)sql";

constexpr Migration kMigrations[] = {
    {1, kV1}, {2, kV2}, {3, kV3}, {4, kV4}, {5, kV5},
};

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }

int LatestSchemaVersion() { return kMigrations[std::size(kMigrations) - 1].version; }

Status ReadSchemaVersion(Db& db, int* version) {
  Result<int64_t> v = db.QueryInt("PRAGMA user_version");
  if (!v.ok()) return v.status();
  Result<int64_t> app = db.QueryInt("PRAGMA application_id");
  if (!app.ok()) return app.status();
  if (*app != 0 && *app != kApplicationId) {
    return Status::Corruption(db.path() +
                              ": an SQLite database but not an annalist "
                              "archive (application_id " +
                              std::to_string(*app) + ")");
  }
  if (*app == 0) {
    Result<int64_t> tables = db.QueryInt("SELECT count(*) FROM sqlite_schema");
    if (!tables.ok()) return tables.status();
    if (*tables != 0) {
      return Status::Corruption(db.path() +
                                ": an SQLite database but not an annalist "
                                "archive (it has other tables)");
    }
  }
  *version = static_cast<int>(*v);
  return Status::Ok();
}

Status Migrate(Db& db, int target) {
  ANNALIST_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  auto fail = [&db](Status st) {
    (void)db.Exec("ROLLBACK");
    return st;
  };
  int version = 0;
  Status st = ReadSchemaVersion(db, &version);
  if (!st.ok()) return fail(st);
  if (version > LatestSchemaVersion()) {
    return fail(Status::Unsupported(db.path() + ": archive schema version " +
                                    std::to_string(version) + " is newer than this program's (" +
                                    std::to_string(LatestSchemaVersion()) +
                                    "); use a newer annalist"));
  }
  for (const Migration& m : kMigrations) {
    if (m.version <= version || m.version > target) continue;
    st = db.Exec(m.sql);
    if (!st.ok()) {
      return fail(Status(st.code(), "migrating to schema version " + std::to_string(m.version) +
                                        ": " + st.message()));
    }
    st = db.Exec("PRAGMA user_version = " + std::to_string(m.version));
    if (!st.ok()) return fail(st);
  }
  st = db.Exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  if (!st.ok()) return fail(st);
  return db.Exec("COMMIT");
}

}  // namespace annalist::archive
