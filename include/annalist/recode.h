// Re-coding an archive in place with another coding profile, and the
// profile check that keeps an archive from mixing events of two profiles.
//
//   RecodeOptions o;
//   o.db_path = "news.db";
//   o.coding = phoenix;                        // ResolveProfile(specs)
//   Result<RecodeSummary> s = Recode(o);
//
// Recode reads the stored documents (their stored text and sentences),
// codes them on worker threads and has one writer replace each document's
// events and actor/agent mentions, in batched transactions. Each document is
// replaced all or nothing and marked with the profile hash, so the archive
// never holds a document with events of both profiles, and a recode killed
// at any point (even kill -9) is resumed by running it again: documents
// already coded with the new profile are skipped. When every document is
// done the new profile becomes the archive's.
//
// Thread-safety: Recode may be called from any thread; it starts and joins
// its own threads. on_progress is called from the calling thread.
//
// Failure: kNotFound (no archive), kInvalidArgument (no lexicon or profile),
// kIoError / kCorruption from the archive. An interrupted or failed recode
// leaves the archive consistent; rerun it to finish.
#ifndef ANNALIST_RECODE_H_
#define ANNALIST_RECODE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "annalist/archive.h"
#include "annalist/lexicon.h"
#include "annalist/profile.h"
#include "annalist/status.h"

namespace annalist {

// What the archive records of a coding profile: its name and
// "fnv1a64:" + its content hash, so the same dictionaries give the same
// record wherever they are installed, whichever command coded with them.
ArchiveProfile ArchiveProfileOf(const CodingProfile& coding);

// The profile recorded for documents stored without coding (ingest
// --no-code).
ArchiveProfile UncodedProfile();

// Before storing documents coded with `profile` into `archive`: OK when the
// archive records the same profile, or none, or holds no document (then
// `profile` is recorded, in the archive's open batch). kInvalidArgument
// naming both profiles and suggesting `annalist recode` when the archive's
// events were coded with another one, or a recode is under way.
Status CheckArchiveProfile(Archive& archive, const ArchiveProfile& profile);

struct RecodeProgress {
  uint64_t done = 0;   // documents coded with the new profile so far
  uint64_t total = 0;  // documents in the archive
  double seconds = 0;
};

struct RecodeOptions {
  std::string db_path = "annalist.db";  // an archive spec (see Archive::Open)
  // Required; shared, read-only. The archive records ArchiveProfileOf(*coding).
  std::shared_ptr<const CodingProfile> coding;
  int threads = 0;                                         // workers; 0 = all cores
  size_t batch_size = 200;                                 // documents per transaction
  std::function<void(const RecodeProgress&)> on_progress;  // ~4 times a second
};

struct RecodeSummary {
  uint64_t documents = 0;  // documents in the archive
  uint64_t recoded = 0;    // coded in this run
  uint64_t resumed = 0;    // already coded with the profile (earlier run)
  uint64_t events = 0;     // events written in this run
  ArchiveProfile from, to;
  int threads = 0;
  double seconds = 0;
};

Result<RecodeSummary> Recode(const RecodeOptions& options);

}  // namespace annalist

#endif  // ANNALIST_RECODE_H_
