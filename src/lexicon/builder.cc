// LexiconBuilder and LoadLexicon: specs -> files -> readers -> compile.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lexicon/lexicon_data.h"

namespace annalist {

using lexicon_internal::LexiconData;
namespace fs = std::filesystem;

namespace {

Status ReadWholeFile(const std::string& path, std::string* out) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::NotFound("no such file: " + path);
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = std::move(ss).str();
  return Status::Ok();
}

std::string Lower(std::string_view s) {
  std::string o(s);
  for (char& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return o;
}

}  // namespace

bool GuessDictionaryFormat(std::string_view path, DictionaryFormat* format) {
  std::string name = Lower(fs::path(std::string(path)).filename().string());
  if (name.ends_with(".actors"))
    *format = DictionaryFormat::kTabariActors;
  else if (name.ends_with(".verbs"))
    *format = DictionaryFormat::kTabariVerbs;
  else if (name.ends_with(".agents"))
    *format = DictionaryFormat::kTabariAgents;
  else if (name.ends_with(".options"))
    *format = DictionaryFormat::kTabariOptions;
  else if (name.ends_with(".lex"))
    *format = DictionaryFormat::kAnnalist;
  else if (!name.ends_with(".txt"))
    return false;
  else if (name.find("actors") != std::string::npos)
    *format = DictionaryFormat::kPetrarchActors;
  else if (name.find("agents") != std::string::npos)
    *format = DictionaryFormat::kPetrarchAgents;
  else if (name.find("discards") != std::string::npos)
    *format = DictionaryFormat::kPetrarchDiscards;
  else if (name.find("issue") != std::string::npos)
    *format = DictionaryFormat::kPetrarchIssues;
  else if (name.find("verb") != std::string::npos || name.starts_with("cameo"))
    *format = DictionaryFormat::kPetrarchVerbs;
  else
    return false;
  return true;
}

std::string DefaultDataDir() {
  for (const char* var : {"ANNALIST_DATA", "ANNALIST_DATA_DIR"}) {
    if (const char* env = std::getenv(var); env && *env) return env;
  }
  // An installed binary: <prefix>/bin/annalist with <prefix>/share/annalist.
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "annalist";
    if (fs::is_directory(installed / "lexicon", ec)) return installed.string();
  }
  // A binary run from its build tree: the source tree's data/.
  return ANNALIST_SOURCE_DATA_DIR;
}

std::string DefaultLexiconDir() { return (fs::path(DefaultDataDir()) / "lexicon").string(); }

Result<TabariProject> ReadTabariProject(const std::string& path) {
  std::string text;
  Status s = ReadWholeFile(path, &text);
  if (!s.ok()) return s;
  return ParseTabariProject(text, path);
}

LexiconBuilder::LexiconBuilder() : data_(std::make_unique<LexiconData>()) {}
LexiconBuilder::~LexiconBuilder() = default;

void LexiconBuilder::AddText(DictionaryFormat format, std::string_view name,
                             std::string_view text) {
  auto start = std::chrono::steady_clock::now();
  LexiconData* d = data_.get();
  using namespace lexicon_internal;
  switch (format) {
    case DictionaryFormat::kTabariActors:
      ReadTabariActors(text, name, d, &problems_);
      break;
    case DictionaryFormat::kTabariAgents:
      ReadTabariAgents(text, name, d, &problems_);
      break;
    case DictionaryFormat::kTabariVerbs:
      ReadTabariVerbs(text, name, d, &problems_);
      break;
    case DictionaryFormat::kTabariOptions: {
      TabariOptions o = ParseTabariOptions(text, name, &problems_);
      TabariOptions& m = d->options;
      m.complex.insert(m.complex.end(), o.complex.begin(), o.complex.end());
      for (auto& [k, v] : o.sets) m.sets[k] = v;
      for (auto& [k, v] : o.labels) m.labels[k] = v;
      m.other.insert(m.other.end(), o.other.begin(), o.other.end());
      break;
    }
    case DictionaryFormat::kPetrarchActors:
      ReadPetrarchActors(text, name, d, &problems_);
      break;
    case DictionaryFormat::kPetrarchAgents:
      ReadPetrarchAgents(text, name, d, &problems_);
      break;
    case DictionaryFormat::kPetrarchVerbs:
      ReadPetrarchVerbs(text, name, d, &problems_);
      break;
    case DictionaryFormat::kPetrarchDiscards:
      ReadPetrarchDiscards(text, name, d, &problems_);
      break;
    case DictionaryFormat::kPetrarchIssues:
      ReadPetrarchIssues(text, name, d, &problems_);
      break;
    case DictionaryFormat::kAnnalist: {
      LexSource one{name, text};
      ReadAnnalistLex(std::span<const LexSource>(&one, 1), d, &problems_);
      break;
    }
  }
  seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Status LexiconBuilder::AddFile(DictionaryFormat format, const std::string& path) {
  std::string text;
  auto start = std::chrono::steady_clock::now();
  ANNALIST_RETURN_IF_ERROR(ReadWholeFile(path, &text));
  seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  files_.push_back(path);
  AddText(format, fs::path(path).filename().string(), text);
  return Status::Ok();
}

Status LexiconBuilder::AddLexFiles(const std::vector<std::string>& paths) {
  auto start = std::chrono::steady_clock::now();
  std::vector<std::string> texts(paths.size()), names(paths.size());
  for (size_t i = 0; i < paths.size(); ++i) {
    ANNALIST_RETURN_IF_ERROR(ReadWholeFile(paths[i], &texts[i]));
    names[i] = fs::path(paths[i]).filename().string();
  }
  std::vector<lexicon_internal::LexSource> sources;
  for (size_t i = 0; i < paths.size(); ++i) {
    files_.push_back(paths[i]);
    sources.push_back({names[i], texts[i]});
  }
  lexicon_internal::ReadAnnalistLex(sources, data_.get(), &problems_);
  seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return Status::Ok();
}

Status LexiconBuilder::AddSpec(const std::string& spec) {
  if (spec == "default") return AddSpec(DefaultLexiconDir());
  std::error_code ec;
  fs::path p(spec);
  if (fs::is_directory(p, ec)) {
    if (fs::exists(p / "PETR_config.ini", ec)) {
      return AddSpec((p / "PETR_config.ini").string());
    }
    std::vector<fs::path> projects, dicts, lex, options;
    for (const auto& e : fs::directory_iterator(p, ec)) {
      if (!e.is_regular_file()) continue;
      DictionaryFormat f;
      if (e.path().extension() == ".project")
        projects.push_back(e.path());
      else if (GuessDictionaryFormat(e.path().string(), &f))
        dicts.push_back(e.path());
      if (e.path().extension() == ".lex") lex.push_back(e.path());
      if (e.path().extension() == ".options") options.push_back(e.path());
    }
    if (!lex.empty()) {
      // annalist's own format: every .lex file by name, read together, and
      // the folder's .options files.
      std::sort(lex.begin(), lex.end());
      std::sort(options.begin(), options.end());
      for (const fs::path& f : options) {
        ANNALIST_RETURN_IF_ERROR(AddFile(DictionaryFormat::kTabariOptions, f.string()));
      }
      std::vector<std::string> paths;
      for (const fs::path& f : lex) paths.push_back(f.string());
      return AddLexFiles(paths);
    }
    if (projects.size() == 1) return AddSpec(projects[0].string());
    std::sort(dicts.begin(), dicts.end());
    if (dicts.empty()) {
      return Status::InvalidArgument("no dictionaries in " + spec);
    }
    // Options, synsets and verbs before the rest does not matter; keep
    // TABARI verbs after actors only for readable reports.
    for (const fs::path& f : dicts) {
      DictionaryFormat fmt;
      GuessDictionaryFormat(f.string(), &fmt);
      ANNALIST_RETURN_IF_ERROR(AddFile(fmt, f.string()));
    }
    return Status::Ok();
  }
  if (!fs::exists(p, ec)) return Status::NotFound("no such lexicon: " + spec);
  if (p.extension() == ".project") {
    Result<TabariProject> proj = ReadTabariProject(spec);
    if (!proj.ok()) return proj.status();
    files_.push_back(spec);
    for (const auto& f : proj->option_paths)
      ANNALIST_RETURN_IF_ERROR(AddFile(DictionaryFormat::kTabariOptions, f));
    for (const auto& f : proj->actor_paths)
      ANNALIST_RETURN_IF_ERROR(AddFile(DictionaryFormat::kTabariActors, f));
    for (const auto& f : proj->agent_paths)
      ANNALIST_RETURN_IF_ERROR(AddFile(DictionaryFormat::kTabariAgents, f));
    for (const auto& f : proj->verb_paths)
      ANNALIST_RETURN_IF_ERROR(AddFile(DictionaryFormat::kTabariVerbs, f));
    return Status::Ok();
  }
  if (p.filename() == "PETR_config.ini" || p.extension() == ".ini") {
    std::string text;
    ANNALIST_RETURN_IF_ERROR(ReadWholeFile(spec, &text));
    files_.push_back(spec);
    std::string storage;
    std::vector<std::pair<DictionaryFormat, std::string>> todo;
    for (std::string_view line : lexicon_internal::SplitLines(text, &storage)) {
      size_t eq = line.find('=');
      if (eq == std::string_view::npos || line.starts_with("#")) continue;
      std::string key = Lower(line.substr(0, eq));
      key.erase(std::remove_if(key.begin(), key.end(), ::isspace), key.end());
      DictionaryFormat fmt;
      if (key == "verbfile_name")
        fmt = DictionaryFormat::kPetrarchVerbs;
      else if (key == "actorfile_list")
        fmt = DictionaryFormat::kPetrarchActors;
      else if (key == "agentfile_name")
        fmt = DictionaryFormat::kPetrarchAgents;
      else if (key == "discardfile_name")
        fmt = DictionaryFormat::kPetrarchDiscards;
      else if (key == "issuefile_name")
        fmt = DictionaryFormat::kPetrarchIssues;
      else
        continue;
      std::string_view list = line.substr(eq + 1);
      while (!list.empty()) {
        size_t comma = list.find(',');
        std::string item(list.substr(0, comma));
        item.erase(std::remove_if(item.begin(), item.end(), ::isspace), item.end());
        if (!item.empty()) todo.emplace_back(fmt, (p.parent_path() / item).string());
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
      }
    }
    // Verbs first so synsets exist; the order of the rest is the file's.
    std::stable_sort(todo.begin(), todo.end(), [](const auto& a, const auto& b) {
      return (a.first == DictionaryFormat::kPetrarchVerbs) >
             (b.first == DictionaryFormat::kPetrarchVerbs);
    });
    for (auto& [fmt, path] : todo) {
      // PETR_config.ini sits in config/ while the dictionaries sit in
      // dictionaries/ in PETRARCH's tree; accept both layouts.
      std::string use = path;
      if (!fs::exists(use, ec)) {
        fs::path alt = p.parent_path().parent_path() / "dictionaries" / fs::path(path).filename();
        if (fs::exists(alt, ec)) use = alt.string();
      }
      ANNALIST_RETURN_IF_ERROR(AddFile(fmt, use));
    }
    return Status::Ok();
  }
  DictionaryFormat fmt;
  if (!GuessDictionaryFormat(spec, &fmt)) {
    return Status::InvalidArgument("cannot tell the dictionary format of " + spec);
  }
  return AddFile(fmt, spec);
}

std::shared_ptr<const Lexicon> LexiconBuilder::Build(LexiconReport* report) {
  auto start = std::chrono::steady_clock::now();
  LexiconData* d = data_.get();
  d->words.Freeze();
  for (auto* t : {&d->actor_phrases, &d->agent_phrases, &d->verb_phrases, &d->noun_phrases,
                  &d->adjective_phrases, &d->discard_phrases, &d->issue_phrases}) {
    t->Compile(d->words);
  }
  for (auto& t : d->synset_tries) t.Compile(d->words);
  d->MarkStartWords();
  for (auto& r : d->synset_raw) std::vector<std::string>().swap(r);
  double seconds =
      seconds_ + std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (report != nullptr) {
    report->files.insert(report->files.end(), files_.begin(), files_.end());
    report->problems.insert(report->problems.end(), problems_.begin(), problems_.end());
    report->actors = d->actors.size();
    report->agents = d->agents.size();
    // TABARI <TIME> phrases are kept as verb entries but are not verbs.
    size_t patterns = 0, time_phrases = 0, time_patterns = 0;
    for (const auto& v : d->verb_patterns) patterns += v.size();
    for (const VerbEntry& v : d->verbs) {
      if (!v.time_shift) continue;
      ++time_phrases;
      time_patterns += v.patterns.size();
    }
    report->verbs = d->verbs.size() - time_phrases;
    report->patterns = patterns - time_patterns;
    report->discards = d->discards.size();
    report->synsets = d->synset_names.size();
    report->issues = d->issues.size();
    report->nouns = d->noun_phrases.size();
    report->adjectives = d->adjective_phrases.size();
    report->words = d->words.size();
    report->overridden = d->overridden;
    size_t bytes = d->words.bytes();
    for (auto* t : {&d->actor_phrases, &d->agent_phrases, &d->verb_phrases, &d->noun_phrases,
                    &d->adjective_phrases, &d->discard_phrases, &d->issue_phrases}) {
      bytes += t->bytes();
    }
    bytes += d->arena_bytes;
    bytes += d->actors.size() * sizeof(ActorEntry) + d->verbs.size() * sizeof(VerbEntry);
    report->bytes = bytes;
    report->seconds = seconds;
  }
  problems_.clear();
  files_.clear();
  seconds_ = 0;
  std::shared_ptr<const Lexicon> lex(new Lexicon(std::move(data_)));
  data_ = std::make_unique<LexiconData>();
  return lex;
}

Result<std::shared_ptr<const Lexicon>> LoadLexicon(const std::vector<std::string>& specs,
                                                   LexiconReport* report) {
  LexiconBuilder b;
  for (const std::string& s : specs) {
    Status st = b.AddSpec(s);
    if (!st.ok()) return st;
  }
  return b.Build(report);
}

}  // namespace annalist
