// The event outputs against what their readers expect: GDELT rows against
// GDELT's own header file (column count, order and type), PLOVER records
// against the PLOVER README (its fields, its quad categories, compound
// actors once), FIPS 10-4 country codes in GDELT's geo columns, and an event
// id in every format.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "annalist/cameo.h"
#include "annalist/export.h"
#include "export/writers.h"
#include "testing/gdelt_columns.h"
#include "testing/testing.h"

namespace annalist {
namespace {

using ::annalist::testing::GdeltColumn;
using ::annalist::testing::GdeltRowProblems;
using ::annalist::testing::ReadGdeltHeader;
using Json = nlohmann::json;

Event Dated(std::string doc, uint32_t sentence, std::string cameo) {
  Event e;
  e.doc_id = std::move(doc);
  e.sentence = sentence;
  e.text = "Israel and Egypt accused Syria of violating the agreement.";
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.quad = QuadClassForCode(cameo);
  e.goldstein = -2;
  e.date.value = DateTime{2026, 3, 2, 0, 0, 0, DatePrecision::kDay};
  e.date.basis = DateBasis::kPublication;
  return e;
}

EventActor Actor(const std::string& code) {
  std::string country, sector;
  SplitActorCode(code, &country, &sector);
  return EventActor{code, code, country, sector};
}

std::string Write(std::string_view format, const std::vector<Event>& events,
                  const ExportOptions& options = {}) {
  std::ostringstream out;
  auto writer = MakeEventWriter(format, &out, options);
  EXPECT_TRUE(writer.ok());
  if (!writer.ok()) return "";
  (*writer)->Begin();
  for (const Event& e : events) (*writer)->Write(e);
  (*writer)->End();
  return out.str();
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(line);
  }
  return out;
}

std::vector<std::string> Tabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// --- GDELT ------------------------------------------------------------------

TEST(GdeltReaders, RowsPassTheHeaderFileColumnByColumn) {
  ANNALIST_REQUIRE_SHARED(path, "cameo/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
  std::vector<GdeltColumn> columns = ReadGdeltHeader(path);
  ASSERT_EQ(columns.size(), 61u);
  auto ours = export_internal::GdeltColumnNames();
  ASSERT_EQ(ours.size(), columns.size());
  for (size_t i = 0; i < columns.size(); ++i) EXPECT_EQ(columns[i].name, ours[i]) << i;
  // The date layouts come from the header's descriptions.
  EXPECT_EQ(columns[1].format, "YYYYMMDD");
  EXPECT_EQ(columns[59].format, "YYYYMMDDHHMMSS");

  Event full = Dated("demo-01", 0, "112");
  full.source = Actor("ISRGOV");
  full.target = Actor("SYRMIL");
  full.location = EventLocation{"Quneitra", "SYR", 33.125, 35.824, true};
  Event undated = Dated("demo-02", 5, "0311");
  undated.date = EventDate{};
  const std::set<std::string> dated_columns = {"GLOBALEVENTID", "SQLDATE",   "MonthYear", "Year",
                                               "FractionDate",  "DATEADDED", "SOURCEURL"};
  std::vector<std::string> rows = Lines(Write("gdelt", {full, undated}));
  ASSERT_EQ(rows.size(), 2u);
  for (const std::string& p : GdeltRowProblems(columns, Tabs(rows[0]), dated_columns)) {
    ADD_FAILURE() << p;
  }
  for (const std::string& p : GdeltRowProblems(columns, Tabs(rows[1]), {"GLOBALEVENTID"})) {
    ADD_FAILURE() << p;
  }
  // The checker itself rejects what GDELT would.
  std::vector<std::string> bad = Tabs(rows[0]);
  bad[1] = "2026-03-02";
  EXPECT_EQ(GdeltRowProblems(columns, bad).size(), 1u);
  bad[1] = "20261302";
  EXPECT_EQ(GdeltRowProblems(columns, bad).size(), 1u);
  bad.pop_back();
  EXPECT_EQ(GdeltRowProblems(columns, bad).size(), 1u);
}

TEST(GdeltReaders, SourceUrlIsTheDocumentUrlWhenKnown) {
  ExportOptions options;
  options.document_url = [](const std::string& doc) {
    return doc == "demo-01" ? std::string("https://example.org/news/1") : std::string();
  };
  std::vector<std::string> rows =
      Lines(Write("gdelt", {Dated("demo-01", 0, "112"), Dated("demo-02", 0, "112")}, options));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(Tabs(rows[0])[60], "https://example.org/news/1");
  EXPECT_EQ(Tabs(rows[1])[60], "demo-02");  // no URL: the document id
  // Without the option at all, the document id too.
  EXPECT_EQ(Tabs(Lines(Write("gdelt", {Dated("demo-01", 0, "112")}))[0])[60], "demo-01");
}

TEST(GdeltReaders, DateColumnsFromTheEventDate) {
  Event month = Dated("d", 0, "112");
  month.date.value = DateTime{2025, 12, 0, 0, 0, 0, DatePrecision::kMonth};
  std::vector<std::string> row = Tabs(Lines(Write("gdelt", {month}))[0]);
  EXPECT_EQ(row[1], "20251201");  // whole days: the unknown day is the 1st
  EXPECT_EQ(row[2], "202512");
  EXPECT_EQ(row[3], "2025");
  EXPECT_EQ(row[4], "2025.9890");  // 2025 + (12 * 30 + 1) / 365
  EXPECT_EQ(row[59], "20251201000000");
  Event none = Dated("d", 0, "112");
  none.date = EventDate{};
  row = Tabs(Lines(Write("gdelt", {none}))[0]);
  for (int i : {1, 2, 3, 4, 59}) EXPECT_EQ(row[i], "") << i;  // nothing is known
}

TEST(GdeltReaders, GeoCountryCodesAreFips) {
  Event e = Dated("d", 0, "190");
  e.location = EventLocation{"Quneitra", "SYR", 0, 0, false};
  std::vector<std::string> row = Tabs(Lines(Write("gdelt", {e}))[0]);
  const auto names = export_internal::GdeltColumnNames();
  ASSERT_EQ(names[53], "ActionGeo_CountryCode");
  EXPECT_EQ(row[51], "1");  // a country-level place
  EXPECT_EQ(row[53], "SY");
  // The actor columns keep CAMEO's (ISO-like) codes, as GDELT's do.
  e.source = Actor("DEUGOV");
  e.location->country = "DEU";
  row = Tabs(Lines(Write("gdelt", {e}))[0]);
  EXPECT_EQ(row[7], "DEU");
  EXPECT_EQ(row[53], "GM");
  e.location->country = "XYZ";  // no FIPS code: left empty, not the ISO code
  EXPECT_EQ(Tabs(Lines(Write("gdelt", {e}))[0])[53], "");
}

TEST(Fips, SpotChecks) {
  using export_internal::IsoToFips;
  const std::map<std::string, std::string> expected = {
      {"ISR", "IS"}, {"SYR", "SY"}, {"DEU", "GM"}, {"CHN", "CH"}, {"GBR", "UK"}, {"USA", "US"},
      {"FRA", "FR"}, {"LBN", "LE"}, {"IRQ", "IZ"}, {"JOR", "JO"}, {"EGY", "EG"}, {"TUR", "TU"},
      {"RUS", "RS"}, {"IRN", "IR"}, {"SAU", "SA"}, {"ZAF", "SF"}, {"AUS", "AS"}, {"AUT", "AU"},
      {"ESP", "SP"}, {"JPN", "JA"}, {"KOR", "KS"}, {"PRK", "KN"}, {"COD", "CG"}, {"COG", "CF"},
      {"PSE", "WE"}, {"KSV", "KV"}, {"SSD", "OD"}, {"SRB", "RI"}, {"MNE", "MJ"}, {"CZE", "EZ"}};
  for (const auto& [iso, fips] : expected) EXPECT_EQ(IsoToFips(iso), fips) << iso;
  EXPECT_EQ(IsoToFips("XYZ"), "");
  EXPECT_EQ(IsoToFips("isr"), "");  // codes are upper case
  EXPECT_EQ(IsoToFips(""), "");
  // Every country: the 193 UN members and the territories with a FIPS code.
  EXPECT_GE(export_internal::FipsCodeCount(), 240u);
}

// --- PLOVER -----------------------------------------------------------------

// The record fields the PLOVER README names in its "Migrating From CAMEO"
// section: quoted names before "field(s)" ("mode" fields, 'dead', 'injured'
// and 'size' fields), and unquoted lists of two or more ("the source and
// target fields").
std::set<std::string> ReadmeFields(const std::string& readme) {
  size_t begin = readme.find("Migrating From CAMEO");
  size_t end = readme.find("Why \"PLOVER\"?");
  std::string section = readme.substr(begin == std::string::npos ? 0 : begin,
                                      end == std::string::npos ? std::string::npos : end - begin);
  std::set<std::string> fields;
  const std::regex list("((?:[\"']?[a-z_]+[\"']?(?:, | and ))*[\"']?[a-z_]+[\"']?) fields?\\b");
  const std::regex item("[\"']?([a-z_]+)[\"']?");
  for (auto it = std::sregex_iterator(section.begin(), section.end(), list);
       it != std::sregex_iterator(); ++it) {
    const std::string items = (*it)[1];
    std::vector<std::string> names;
    bool quoted = items.find_first_of("\"'") != std::string::npos;
    for (auto m = std::sregex_iterator(items.begin(), items.end(), item);
         m != std::sregex_iterator(); ++m) {
      if ((*m)[1] != "and") names.push_back((*m)[1]);
    }
    if (quoted || names.size() >= 2) fields.insert(names.begin(), names.end());
  }
  return fields;
}

// PLOVER type -> quad (1-4) from the README's "PLOVER quad categories" table.
std::map<std::string, int> ReadmeQuads(const std::string& readme) {
  const std::map<std::string, int> kQuad = {{"Verbal cooperation", 1},
                                            {"Material cooperation", 2},
                                            {"Verbal conflict", 3},
                                            {"Material conflict", 4}};
  std::map<std::string, int> quads;
  std::istringstream in(readme);
  std::string line;
  const std::regex row("^([A-Za-z ]+?) *\\| *([A-Z, ]+?) *\\|");
  while (std::getline(in, line)) {
    std::smatch m;
    if (!std::regex_search(line, m, row)) continue;
    auto q = kQuad.find(m[1]);
    if (q == kQuad.end()) continue;
    std::stringstream types(m[2].str());
    std::string t;
    while (std::getline(types, t, ',')) {
      t.erase(0, t.find_first_not_of(' '));
      t.erase(t.find_last_not_of(' ') + 1);
      quads[t] = q->second;
    }
  }
  return quads;
}

TEST(PloverReaders, RecordsHaveTheReadmeFields) {
  ANNALIST_REQUIRE_SHARED(path, "cameo/PLOVER-README.md");
  std::set<std::string> fields = ReadmeFields(ReadAll(path));
  for (const char* f : {"source", "target", "mode", "context", "dead", "injured", "size"}) {
    EXPECT_TRUE(fields.count(f)) << "README field not found by the parser: " << f;
  }
  Event e = Dated("d", 0, "112");
  e.source = Actor("ISRGOV");
  e.target = Actor("SYR");
  Event bare = Dated("d", 1, "190");
  for (const std::string& line : Lines(Write("plover", {e, bare}))) {
    Json j = Json::parse(line);
    for (const std::string& f : fields) EXPECT_TRUE(j.contains(f)) << f << " in " << line;
    EXPECT_TRUE(j["source"].is_array());
    EXPECT_TRUE(j["target"].is_array());
    EXPECT_TRUE(j["context"].is_array());
  }
}

TEST(PloverReaders, QuadIsPloversOwn) {
  ANNALIST_REQUIRE_SHARED(path, "cameo/PLOVER-README.md");
  std::map<std::string, int> quads = ReadmeQuads(ReadAll(path));
  ASSERT_EQ(quads.size(), 18u);  // the README's 18 categories
  for (const auto& [type, quad] : quads) {
    EXPECT_EQ(export_internal::PloverQuad(type), quad) << type;
  }
  // Where PLOVER and CAMEO differ, the record carries PLOVER's quad (and
  // CAMEO's in cameo_quad).
  struct Case {
    const char* cameo;
    const char* type;
  };
  for (Case c : {Case{"141", "PROTEST"}, Case{"161", "SANCTION"}, Case{"081", "CONCEDE"}}) {
    Event e = Dated("d", 0, c.cameo);
    e.source = Actor("ISR");
    Json j = Json::parse(Write("plover", {e}));
    EXPECT_EQ(j["event_type"], c.type) << c.cameo;
    EXPECT_EQ(j["quad"], quads.at(c.type)) << c.cameo;
    EXPECT_EQ(j["cameo_quad"], QuadClassForCode(c.cameo)) << c.cameo;
    EXPECT_NE(j["quad"], j["cameo_quad"]) << c.cameo;
  }
}

TEST(PloverReaders, CompoundActorsOnce) {
  // "Israel and Egypt accused Syria": the coder gives ISR->SYR and EGY->SYR.
  Event a = Dated("d", 2, "112");
  a.source = Actor("ISR");
  a.target = Actor("SYR");
  Event b = a;
  b.source = Actor("EGY");
  Event dup = a;  // the same pair again: listed once
  // Another sentence, and in the same sentence a different dyad: their own records.
  Event next = a;
  next.sentence = 3;
  Event other = next;
  other.source = Actor("USA");
  other.target = Actor("IRN");
  std::ostringstream out;
  auto writer = MakeEventWriter("plover", &out);
  ASSERT_TRUE(writer.ok());
  for (const Event& e : {a, b, dup, next, other}) (*writer)->Write(e);
  (*writer)->End();
  EXPECT_EQ((*writer)->written(), 3u);
  std::vector<std::string> lines = Lines(out.str());
  ASSERT_EQ(lines.size(), 3u);
  Json j = Json::parse(lines[0]);
  ASSERT_EQ(j["source"].size(), 2u);
  EXPECT_EQ(j["source"][0]["code"], "ISR");
  EXPECT_EQ(j["source"][1]["code"], "EGY");
  ASSERT_EQ(j["target"].size(), 1u);
  EXPECT_EQ(j["target"][0]["code"], "SYR");
  EXPECT_EQ(j["id"], "d#2.0");
  EXPECT_EQ(j["event_ids"], Json::array({"d#2.0", "d#2.1", "d#2.2"}));
  EXPECT_EQ(Json::parse(lines[1])["source"].size(), 1u);
  EXPECT_EQ(Json::parse(lines[2])["source"][0]["code"], "USA");
  EXPECT_EQ(Json::parse(lines[2])["id"], "d#3.1");
}

// --- Ids ----------------------------------------------------------------------

TEST(EventIds, EveryFormatWritesTheId) {
  Event a = Dated("reuters-42", 3, "112");
  a.id = "reuters-42#3.0";
  a.source = Actor("ISR");
  a.target = Actor("SYR");
  Event b = a;
  b.id = "reuters-42#3.1";
  b.cameo = "190";
  b.root = "19";
  Event unset = Dated("x", 7, "042");  // built without an id
  unset.source = Actor("USA");
  const std::vector<std::string> ids = {a.id, b.id, "x#7.0"};
  const std::vector<Event> events = {a, b, unset};

  std::vector<std::string> jsonl = Lines(Write("jsonl", events));
  ASSERT_EQ(jsonl.size(), 3u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(Json::parse(jsonl[i])["id"], ids[i]);
  auto back = ParseEventJson(jsonl[0]);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->id, a.id);

  for (const char* format : {"csv", "tsv"}) {
    std::vector<std::string> rows = Lines(Write(format, events));
    ASSERT_EQ(rows.size(), 4u) << format;
    EXPECT_EQ(rows[0].substr(0, 3), "id" + std::string(format[0] == 'c' ? "," : "\t"));
    for (size_t i = 0; i < 3; ++i) {
      EXPECT_EQ(rows[i + 1].substr(0, ids[i].size() + 1), ids[i] + (format[0] == 'c' ? "," : "\t"))
          << format;
    }
  }

  std::vector<std::string> gdelt = Lines(Write("gdelt", events));
  ASSERT_EQ(gdelt.size(), 3u);
  std::set<std::string> distinct;
  for (size_t i = 0; i < 3; ++i) {
    const std::string id = Tabs(gdelt[i])[0];
    EXPECT_EQ(id, std::to_string(GdeltEventId(ids[i])));
    EXPECT_GT(GdeltEventId(ids[i]), 0);
    distinct.insert(id);
  }
  EXPECT_EQ(distinct.size(), 3u);
  EXPECT_EQ(GdeltEventId("reuters-42#3.0"), GdeltEventId(std::string("reuters-42#3.0")));

  std::vector<std::string> plover = Lines(Write("plover", events));
  ASSERT_EQ(plover.size(), 3u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(Json::parse(plover[i])["id"], ids[i]);

  // TABARI's lines have one record-id field (document and 1-based sentence,
  // as TABARI writes it); there is no field for the event itself.
  std::vector<std::string> tabari = Lines(Write("tabari", events));
  ASSERT_EQ(tabari.size(), 3u);
  EXPECT_EQ(Tabs(tabari[0]).back(), "reuters-42-004");
}

}  // namespace
}  // namespace annalist
