// Resolving --lexicon specs into one coding profile.
#include "annalist/profile.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "base/hash.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;

using Hash64 = base_internal::Fnv1a64;

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = std::move(ss).str();
  return true;
}

bool SameFile(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  return fs::equivalent(a, b, ec);
}

// The system a dictionary file's format belongs to.
Dialect FormatDialect(DictionaryFormat f) {
  switch (f) {
    case DictionaryFormat::kTabariActors:
    case DictionaryFormat::kTabariAgents:
    case DictionaryFormat::kTabariVerbs:
    case DictionaryFormat::kTabariOptions:
      return Dialect::kTabari;
    case DictionaryFormat::kAnnalist:
      return Dialect::kAnnalist;
    default:
      return Dialect::kPetrarch;
  }
}

std::string JoinSpecs(const std::vector<std::string>& specs) {
  std::string name;
  for (const std::string& s : specs) {
    if (!name.empty()) name += " + ";
    name += s;
  }
  return name;
}

// Hashes the files in order (each as its size and bytes; an unreadable one
// by its name) and the dialect. Fills *texts with the contents of the
// .options files among them, in order.
std::string HashFiles(const std::vector<std::string>& files, Dialect dialect,
                      std::vector<std::pair<std::string, std::string>>* options) {
  Hash64 hash;
  std::string bytes;
  for (const std::string& f : files) {
    if (!ReadFile(f, &bytes)) {
      hash.Add("unreadable:");
      hash.Add(f);
      continue;
    }
    hash.Add(std::to_string(bytes.size()));
    hash.Add(":");
    hash.Add(bytes);
    DictionaryFormat format;
    if (options && GuessDictionaryFormat(f, &format) &&
        format == DictionaryFormat::kTabariOptions) {
      options->emplace_back(f, bytes);
    }
  }
  hash.Add(DialectName(dialect));
  return hash.Hex();
}

}  // namespace

Dialect SpecDialect(const std::string& spec) {
  if (spec == "default") return Dialect::kAnnalist;
  std::error_code ec;
  const fs::path p(spec);
  const fs::path annalist_dir(DefaultLexiconDir());
  if (fs::is_directory(p, ec)) {
    if (SameFile(p, annalist_dir)) return Dialect::kAnnalist;
    if (fs::exists(p / "PETR_config.ini", ec)) return Dialect::kPetrarch;
    int projects = 0;
    bool tabari_verbs = false, petrarch_verbs = false, any_tabari = false;
    for (const auto& e : fs::directory_iterator(p, ec)) {
      if (!e.is_regular_file(ec)) continue;
      if (e.path().extension() == ".project") ++projects;
      DictionaryFormat f;
      if (!GuessDictionaryFormat(e.path().string(), &f)) continue;
      if (f == DictionaryFormat::kAnnalist) return Dialect::kAnnalist;  // read as .lex
      any_tabari |= FormatDialect(f) == Dialect::kTabari;
      tabari_verbs |= f == DictionaryFormat::kTabariVerbs;
      petrarch_verbs |= f == DictionaryFormat::kPetrarchVerbs;
    }
    if (projects == 1 || tabari_verbs) return Dialect::kTabari;
    if (petrarch_verbs) return Dialect::kPetrarch;
    return any_tabari ? Dialect::kTabari : Dialect::kPetrarch;
  }
  if (p.extension() == ".project") {
    return SameFile(p.parent_path(), annalist_dir) ? Dialect::kAnnalist : Dialect::kTabari;
  }
  if (p.extension() == ".ini") return Dialect::kPetrarch;
  DictionaryFormat f;
  if (GuessDictionaryFormat(spec, &f)) return FormatDialect(f);
  return Dialect::kAnnalist;
}

CodingProfile::CodingProfile(std::shared_ptr<const Lexicon> lexicon, CoderOptions options,
                             std::string name, std::string content_hash)
    : lexicon_(std::move(lexicon)),
      coder_(std::make_unique<const Coder>(lexicon_.get(), std::move(options))),
      name_(std::move(name)),
      content_hash_(std::move(content_hash)) {}

CodingProfile::~CodingProfile() = default;

std::shared_ptr<const CodingProfile> CodingProfile::Make(std::shared_ptr<const Lexicon> lexicon,
                                                         CoderOptions options, std::string name,
                                                         const std::vector<std::string>& files) {
  std::string hash = HashFiles(files, options.dialect, nullptr);
  return std::shared_ptr<const CodingProfile>(
      new CodingProfile(std::move(lexicon), std::move(options), std::move(name), std::move(hash)));
}

std::shared_ptr<const CodingProfile> CodingProfile::WithOptions(CoderOptions options) const {
  auto copy = new CodingProfile(lexicon_, std::move(options), name_, content_hash_);
  copy->gazetteer_ = gazetteer_;
  return std::shared_ptr<const CodingProfile>(copy);
}

Result<std::shared_ptr<const CodingProfile>> ResolveProfile(const std::vector<std::string>& given,
                                                            ProfileReport* report) {
  ProfileReport local;
  ProfileReport& r = report ? *report : local;
  // "dialect=NAME" chooses the rules instead of the first spec; it names no
  // dictionaries.
  std::vector<std::string> specs;
  bool chosen = false;
  Dialect dialect = Dialect::kAnnalist;
  for (const std::string& spec : given) {
    if (!spec.starts_with(kDialectSpecPrefix)) {
      specs.push_back(spec);
      continue;
    }
    const std::string_view name = std::string_view(spec).substr(kDialectSpecPrefix.size());
    if (!ParseDialect(name, &dialect)) {
      return Status::InvalidArgument("--lexicon " + spec +
                                     ": the dialect is annalist, tabari or petrarch");
    }
    chosen = true;
  }
  if (specs.empty()) specs.push_back("default");

  Result<std::shared_ptr<const Lexicon>> lexicon = LoadLexicon(specs, &r.lexicon);
  if (!lexicon.ok()) return lexicon.status();

  if (!chosen) dialect = SpecDialect(specs.front());
  for (size_t i = 1; i < specs.size(); ++i) {
    const Dialect d = SpecDialect(specs[i]);
    if (!chosen && d != dialect && d != Dialect::kAnnalist) {
      r.notes.push_back(specs[i] + ": " + std::string(DialectName(d)) +
                        " dictionaries, coded with the " + std::string(DialectName(dialect)) +
                        " rules of " + specs.front());
    }
  }

  CoderOptions options;
  if (dialect == Dialect::kTabari) options = TabariDefaultOptions();
  if (dialect == Dialect::kPetrarch) options = PetrarchDefaultOptions();
  std::vector<std::pair<std::string, std::string>> option_texts;
  std::string hash = HashFiles(r.lexicon.files, dialect, &option_texts);
  for (const auto& [path, text] : option_texts) {
    if (dialect != Dialect::kTabari) {
      // annalist's own default.options documents its lexicon for TABARI;
      // annalist's options are its defaults.
      if (SameFile(fs::path(path).parent_path(), fs::path(DefaultLexiconDir()))) continue;
      r.notes.push_back(path + ": not applied (" + std::string(DialectName(dialect)) +
                        " profile: TABARI options apply to TABARI profiles only)");
      continue;
    }
    Status st = ApplyTabariOptions(text, &options);
    if (!st.ok()) r.options.push_back(path + ": " + st.ToString());
  }
  // The gazetteer places the events: another one, another profile.
  Result<std::shared_ptr<const Gazetteer>> gazetteer = Gazetteer::Load(DefaultGazetteerPath());
  if (gazetteer.ok()) {
    Hash64 with;
    with.Add(hash);
    with.Add("gazetteer:");
    with.Add((*gazetteer)->content_hash());
    hash = with.Hex();
  } else {
    r.notes.push_back("no places: " + gazetteer.status().ToString());
  }
  auto profile = new CodingProfile(*std::move(lexicon), std::move(options),
                                   JoinSpecs(given.empty() ? specs : given), std::move(hash));
  if (gazetteer.ok()) profile->gazetteer_ = gazetteer.value();
  return std::shared_ptr<const CodingProfile>(profile);
}

}  // namespace annalist
