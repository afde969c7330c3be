// The archive's schema as an ordered list of migrations. Version N of the
// schema is what you get by applying steps 1..N to an empty database; the
// version is kept in PRAGMA user_version and the file is marked as an
// annalist archive with PRAGMA application_id. See docs/archive.md.
#ifndef ANNALIST_SRC_ARCHIVE_SCHEMA_H_
#define ANNALIST_SRC_ARCHIVE_SCHEMA_H_

#include <cstdint>
#include <span>

#include "annalist/status.h"
#include "archive/sqlite.h"

namespace annalist::archive {

// "ANNL" in ASCII: the application_id of every annalist archive.
inline constexpr int32_t kApplicationId = 0x414E4E4C;

struct Migration {
  int version;      // the user_version after this step
  const char* sql;  // one or more statements
};

// All migrations, in order; versions are 1, 2, 3, ...
std::span<const Migration> Migrations();
// The newest schema version this program knows.
int LatestSchemaVersion();

// Brings `db` to `target` (<= LatestSchemaVersion()) inside one IMMEDIATE
// transaction, re-reading the version under the write lock so that two
// processes opening a new file at once do not both migrate. Fails with
// kUnsupported when the file's version is newer than this program,
// kCorruption when the file is an SQLite database that is not an archive.
Status Migrate(Db& db, int target);

// Reads PRAGMA user_version and application_id and checks that the file is
// an archive (or empty). Sets *version.
Status ReadSchemaVersion(Db& db, int* version);

}  // namespace annalist::archive

#endif  // ANNALIST_SRC_ARCHIVE_SCHEMA_H_
