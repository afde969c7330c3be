// Coding profile: a --lexicon spec resolved once into everything coding
// needs — the compiled lexicon, the coder options and the dialect — so that
// every command (code, ingest, validate, recode) and the server code the same
// input into the same events.
//
// How a spec list becomes a profile (docs/coder.md, "Coding profiles"):
//   - the lexicon: LoadLexicon(specs), later specs overriding earlier ones;
//   - the dialect: the first spec's. `default`, annalist's own lexicon
//     folder and any folder of .lex files (or one .lex file) are annalist; a TABARI .project, or a
//     folder holding exactly one, is TABARI; a PETR_config.ini, or a folder holding one, is
//     PETRARCH; one dictionary file is the system its format belongs to; any other folder is the
//     system of its verb files (TABARI when it has .verbs). Later specs that belong to another
//     system add their dictionaries but not their rules (ProfileReport::notes says so);
//   - the options: annalist's defaults (CoderOptions{}), TABARI's
//     (TabariDefaultOptions) followed by every .options file the lexicon
//     read, in order, or PETRARCH's (PetrarchDefaultOptions). Each .options
//     file is read and parsed once, here.
//
// Ownership and threads: a CodingProfile is immutable once made and shared
// by std::shared_ptr; every method is const and safe to call from any number
// of threads at once. It owns its lexicon (shared) and its Coder.
//
// A profile of ResolveProfile also holds the gazetteer (annalist/gazetteer.h),
// which annalist's compiled data provides; when it cannot be loaded the
// profile finds no places and ProfileReport::notes says why.
//
// Failure: ResolveProfile fails as LoadLexicon does (kNotFound, kIoError,
// kInvalidArgument) when a named file or folder cannot be read. Bad
// dictionary lines and bad .options lines do not fail it: they are reported.
#ifndef ANNALIST_PROFILE_H_
#define ANNALIST_PROFILE_H_

#include <memory>
#include <string>
#include <vector>

#include "annalist/coder.h"
#include "annalist/gazetteer.h"
#include "annalist/lexicon.h"
#include "annalist/status.h"

namespace annalist {

// What resolving a profile found besides the profile itself.
struct ProfileReport {
  LexiconReport lexicon;             // files read, counts, dictionary problems
  std::vector<std::string> options;  // "FILE: message" for .options that failed
  std::vector<std::string> notes;    // decisions a user may not expect
};

class CodingProfile {
 public:
  // Makes a profile from a lexicon built elsewhere (validate's PETRARCH
  // <Environment> dictionaries). `files` are the files it was read from, in
  // order (for content_hash; unreadable ones are hashed by name).
  static std::shared_ptr<const CodingProfile> Make(std::shared_ptr<const Lexicon> lexicon,
                                                   CoderOptions options, std::string name,
                                                   const std::vector<std::string>& files);

  ~CodingProfile();
  CodingProfile(const CodingProfile&) = delete;
  CodingProfile& operator=(const CodingProfile&) = delete;

  const Lexicon& lexicon() const { return *lexicon_; }
  const std::shared_ptr<const Lexicon>& shared_lexicon() const { return lexicon_; }
  const CoderOptions& options() const { return coder_->options(); }
  Dialect dialect() const { return coder_->options().dialect; }
  // The coder, built once over lexicon() with options().
  const Coder& coder() const { return *coder_; }
  // The specs as given, joined by " + " ("default", "a.project + b.verbs").
  const std::string& name() const { return name_; }
  // 16 lower-case hex digits: a stable 64-bit hash (FNV-1a) of the bytes of
  // every dictionary and options file read, in order, of the dialect and,
  // when one is loaded, of the gazetteer's content hash. Equal for equal
  // dictionaries and gazetteer wherever they lie.
  const std::string& content_hash() const { return content_hash_; }

  // The gazetteer the annotate stage finds places with (ResolveProfile
  // loads DefaultGazetteerPath(); null when it could not, or for a profile
  // from Make): shared, immutable.
  const Gazetteer* gazetteer() const { return gazetteer_.get(); }

  // The same lexicon with other options (validate applies a records file's
  // option lines between records). The name and hash stay; the copy
  // builds its own Coder.
  std::shared_ptr<const CodingProfile> WithOptions(CoderOptions options) const;

 private:
  friend Result<std::shared_ptr<const CodingProfile>> ResolveProfile(
      const std::vector<std::string>& specs, ProfileReport* report);
  CodingProfile(std::shared_ptr<const Lexicon> lexicon, CoderOptions options, std::string name,
                std::string content_hash);

  std::shared_ptr<const Lexicon> lexicon_;
  std::shared_ptr<const Gazetteer> gazetteer_;
  std::unique_ptr<const Coder> coder_;
  std::string name_;
  std::string content_hash_;
};

// Resolves `specs` ("default" when empty) into a profile. `report` may be
// null.
Result<std::shared_ptr<const CodingProfile>> ResolveProfile(const std::vector<std::string>& specs,
                                                            ProfileReport* report);

// The dialect one spec names (see the top of this file). Reads directory
// listings, not files.
Dialect SpecDialect(const std::string& spec);

}  // namespace annalist

#endif  // ANNALIST_PROFILE_H_
