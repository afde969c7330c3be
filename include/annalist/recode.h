// Re-coding an archive in place with another coding profile, and the
// profile check that keeps an archive from mixing events of two profiles.
//
//   RecodeOptions o;
//   o.db_path = "news.db";
//   o.coding = phoenix;                        // ResolveProfile(specs)
//   o.profile = LexiconProfile(specs, report);
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

// The profile of dictionaries loaded from `specs`: name = the specs joined
// by " + ", hash = "fnv1a64:" + 16 hex digits over the contents of
// report.files in load order (so the same dictionaries give the same hash
// wherever they are installed). kIoError when a file cannot be read.
// Stands in until the engine's CodingProfile names itself.
Result<ArchiveProfile> LexiconProfile(const std::vector<std::string>& specs,
                                      const LexiconReport& report);

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
  std::shared_ptr<const CodingProfile> coding;  // required; shared, read-only
  ArchiveProfile profile;                       // required: what `coding` is
  int threads = 0;                         // workers; 0 = all cores
  size_t batch_size = 200;                 // documents per transaction
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
