// annalist places [--input-format text|jsonl] [FILE...]
// annalist place NAME
// annalist eval places [--errors] GOLD
//
// The place mentions of documents (one JSON object per mention), the
// gazetteer's candidates for a name (ranked), and the score of the place
// stage against gold annotations (docs/places.md).
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "annalist/engine.h"
#include "annalist/gazetteer.h"
#include "annalist/place_eval.h"
#include "annalist/reader.h"
#include "cli.h"

namespace annalist::cli {

namespace {

int LoadGazetteer(std::shared_ptr<const Gazetteer>* out) {
  Result<std::shared_ptr<const Gazetteer>> g = Gazetteer::Load(DefaultGazetteerPath());
  if (!g.ok()) return Fail(g.status());
  *out = g.value();
  return kExitOk;
}

// Adds the place's fields to *out.
void AddPlace(const Gazetteer& g, const Place& p, nlohmann::ordered_json* out) {
  nlohmann::ordered_json& j = *out;
  j["name"] = p.name;
  j["country"] = p.country;
  if (p.has_coordinates) {
    j["lat"] = p.lat;
    j["lon"] = p.lon;
  } else {
    j["lat"] = nullptr;
    j["lon"] = nullptr;
  }
  j["feature"] = PlaceFeatureName(p.feature);
  j["population"] = p.population;
  j["id"] = g.Id(p.index);
}

void Print(const nlohmann::ordered_json& j) {
  std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

struct PlacesFlags {
  std::string input_format = "auto";
  std::vector<std::string> files;
};

int RunPlaces(const PlacesFlags& flags) {
  ReaderOptions ro;
  if (!ParseInputFormat(flags.input_format, &ro.format)) {
    std::cerr << "annalist: unknown --input-format " << flags.input_format << " (one of "
              << InputFormatNames() << ")\n";
    return kExitUsage;
  }
  std::shared_ptr<const Gazetteer> g;
  if (int rc = LoadGazetteer(&g); rc != kExitOk) return rc;
  std::vector<std::string> paths = flags.files;
  if (paths.empty()) paths.push_back("-");
  Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::Open(paths, ro);
  if (!reader.ok()) return Fail(reader.status());
  (*reader)->SetProblemHandler([](const ReadProblem& p) { Warn("skipped " + p.Message()); });
  Document doc;
  PlaceScratch scratch;
  std::vector<PlaceMention> found;
  while ((*reader)->Next(&doc)) {
    PrepareDocument(&doc);
    found.clear();
    FindPlaces(*g, doc, &scratch, &found);
    for (const PlaceMention& m : found) {
      nlohmann::ordered_json j;
      j["doc"] = doc.id;
      j["start"] = m.span.begin;
      j["end"] = m.span.end;
      j["text"] = doc.text.substr(m.span.begin, m.span.size());
      AddPlace(*g, g->place(m.place), &j);
      if (m.dateline) j["dateline"] = true;
      Print(j);
    }
    if (!std::cout) return kExitError;
  }
  return kExitOk;
}

int RunPlace(const std::string& name) {
  std::shared_ptr<const Gazetteer> g;
  if (int rc = LoadGazetteer(&g); rc != kExitOk) return rc;
  const std::vector<Place> places = g->Lookup(name);
  if (places.empty()) {
    std::cerr << "annalist: no place called '" << name.substr(0, 80) << "'\n";
    return kExitNotFound;
  }
  int rank = 0;
  for (const Place& p : places) {
    nlohmann::ordered_json j;
    j["rank"] = ++rank;
    AddPlace(*g, p, &j);
    if (!p.admin.empty()) j["admin"] = p.admin;
    Print(j);
  }
  return kExitOk;
}

struct EvalPlacesFlags {
  std::string gold;
  bool errors = false;
};

std::string SharedDir() {
  if (const char* env = std::getenv("ANNALIST_SHARED_DATA"); env && *env) return env;
  return "../shared/data";
}

int RunEvalPlaces(const EvalPlacesFlags& flags) {
  Result<std::vector<PlaceGold>> gold = ReadPlaceGold(flags.gold, SharedDir());
  if (!gold.ok()) return Fail(gold.status());
  std::shared_ptr<const Gazetteer> g;
  if (int rc = LoadGazetteer(&g); rc != kExitOk) return rc;
  // The gold's documents, read once per file.
  std::vector<Document> docs;
  std::map<std::pair<std::string, std::string>, size_t> index;
  std::map<std::string, bool> read;
  std::vector<size_t> gold_doc;
  for (const PlaceGold& x : *gold) {
    if (!read[x.path]) {
      read[x.path] = true;
      Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::Open({x.path}, {});
      if (!reader.ok()) return Fail(reader.status());
      Document doc;
      size_t n = 0;
      while ((*reader)->Next(&doc)) {
        PrepareDocument(&doc);
        ++n;
        index[{x.path, doc.id}] = docs.size();
        if (n == 1) index[{x.path, ""}] = docs.size();
        docs.push_back(std::move(doc));
        doc = Document();
      }
    }
    auto it = index.find({x.path, x.doc});
    if (it == index.end()) {
      Warn(flags.gold + ":" + std::to_string(x.line) + ": no document '" + x.doc + "' in " +
           x.path);
      return kExitError;
    }
    const Document& d = docs[it->second];
    if (x.span.end > d.text.size() || d.text.compare(x.span.begin, x.span.size(), x.text) != 0) {
      Warn(flags.gold + ":" + std::to_string(x.line) + ": the text at " +
           std::to_string(x.span.begin) + "-" + std::to_string(x.span.end) + " is not '" + x.text +
           "'");
      return kExitError;
    }
    gold_doc.push_back(it->second);
  }
  // Only the documents the gold annotates are scored.
  std::vector<Document> scored;
  std::map<size_t, size_t> renumber;
  for (size_t& k : gold_doc) {
    auto [it, added] = renumber.emplace(k, scored.size());
    if (added) scored.push_back(docs[k]);
    k = it->second;
  }
  const PlaceScore s =
      ScorePlaces(*g, scored, *gold, gold_doc, flags.errors ? &std::cerr : nullptr);
  auto share = [](size_t a, size_t b) { return b ? static_cast<double>(a) / b : 0.0; };
  std::printf("documents %zu, gold places %zu, found %zu\n", s.documents, s.gold, s.found);
  std::printf("tagged   %.3f (%zu of %zu)\n", share(s.tagged, s.gold), s.tagged, s.gold);
  std::printf("within %.0f km %.3f (%zu of %zu)\n", s.km, share(s.within, s.gold), s.within,
              s.gold);
  std::printf("precision %.3f (%zu spurious)\n", share(s.found - s.spurious, s.found), s.spurious);
  return kExitOk;
}

}  // namespace

void RegisterPlaces(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<PlacesFlags>();
  CLI::App* cmd = app->add_subcommand(
      "places", "Place mentions of documents, resolved in context (JSON lines)");
  cmd->add_option("--input-format", flags->input_format,
                  "auto|text|jsonl|reuters (default auto: by file)");
  cmd->add_option("FILE", flags->files, "Input files; - or none for standard input");
  cmd->callback([flags, exit_code] { *exit_code = RunPlaces(*flags); });

  auto name = std::make_shared<std::string>();
  CLI::App* place = app->add_subcommand("place", "The gazetteer's places of a name, ranked");
  place->add_option("NAME", *name, "A place name (\"Paris\", \"Golan Heights\")")->required();
  place->callback([name, exit_code] { *exit_code = RunPlace(*name); });
}

void RegisterEvalPlaces(CLI::App* eval, int* exit_code) {
  auto flags = std::make_shared<EvalPlacesFlags>();
  CLI::App* cmd = eval->add_subcommand(
      "places", "Place mentions against gold (TSV): share tagged, share within 161 km");
  cmd->add_option("GOLD", flags->gold, "Gold file (docs/places.md)")->required();
  cmd->add_flag("--errors", flags->errors,
                "List missed, misplaced and spurious mentions on standard error");
  cmd->callback([flags, exit_code] { *exit_code = RunEvalPlaces(*flags); });
}

}  // namespace annalist::cli
