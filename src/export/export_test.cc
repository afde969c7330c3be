#include "annalist/export.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "export/writers.h"
#include "testing/testing.h"

namespace annalist {
namespace {

// A sentence with everything a field can hold: quotes, commas, a tab, a
// line break, a backslash and non-ASCII text.
Event FullEvent() {
  Event e;
  e.doc_id = "demo-07";
  e.sentence = 4;
  e.span = {120, 231};
  e.text = "Shaibani said, \"We met\tin Paris\"\nwith Barrack \\ \u00e9 \u05e9\u05dc\u05d5\u05dd.";
  e.source = EventActor{"Asaad al-Shaibani", "SYRGOVDIP", "SYR", "GOV"};
  e.target = EventActor{"Tom Barrack, envoy", "USAGOVDIP", "USA", "GOV"};
  e.cameo = "0311";
  e.root = "03";
  e.quad = 1;
  e.goldstein = 5.2;
  e.plover = "AGREE";
  e.mode = EventMode::kReported;
  e.speaker = "a \"senior\" official";
  e.speaker_code = "SYRGOV";
  e.date.value = DateTime{2026, 1, 6, 0, 0, 0, DatePrecision::kDay};
  e.date.basis = DateBasis::kRelative;
  e.location = EventLocation{"Paris", "FRA", 48.8566, 2.3522, true};
  e.verb = "agreed to cooperate";
  e.pattern = "- AGREE TO COOPERATE [0311]";
  return e;
}

// Only what a bare event has: no actors, date, place or speaker.
Event BareEvent() {
  Event e;
  e.doc_id = "doc-0000000000000001";
  e.cameo = "010";
  e.root = "01";
  e.quad = 1;
  return e;
}

void ExpectSameEvent(const Event& a, const Event& b) {
  EXPECT_EQ(a.doc_id, b.doc_id);
  EXPECT_EQ(a.sentence, b.sentence);
  EXPECT_EQ(a.span, b.span);
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.source, b.source);
  EXPECT_EQ(a.target, b.target);
  EXPECT_EQ(a.cameo, b.cameo);
  EXPECT_EQ(a.root, b.root);
  EXPECT_EQ(a.quad, b.quad);
  EXPECT_EQ(a.goldstein, b.goldstein);
  EXPECT_EQ(a.plover, b.plover);
  EXPECT_EQ(a.mode, b.mode);
  EXPECT_EQ(a.speaker, b.speaker);
  EXPECT_EQ(a.speaker_code, b.speaker_code);
  EXPECT_EQ(a.date.value, b.date.value);
  EXPECT_EQ(a.date.basis, b.date.basis);
  ASSERT_EQ(a.location.has_value(), b.location.has_value());
  if (a.location) {
    EXPECT_EQ(a.location->name, b.location->name);
    EXPECT_EQ(a.location->country, b.location->country);
    EXPECT_EQ(a.location->has_coordinates, b.location->has_coordinates);
    EXPECT_EQ(a.location->lat, b.location->lat);
    EXPECT_EQ(a.location->lon, b.location->lon);
  }
  EXPECT_EQ(a.verb, b.verb);
  EXPECT_EQ(a.pattern, b.pattern);
}

std::string WriteAll(std::string_view format, const std::vector<Event>& events,
                     const ExportOptions& options = {}) {
  std::ostringstream out;
  auto writer = MakeEventWriter(format, &out, options);
  EXPECT_TRUE(writer.ok()) << writer.status().ToString();
  if (!writer.ok()) return "";
  (*writer)->Begin();
  for (const Event& e : events) (*writer)->Write(e);
  (*writer)->End();
  EXPECT_TRUE((*writer)->status().ok());
  return out.str();
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

// A plain RFC 4180 reader: records of fields.
std::vector<std::vector<std::string>> ReadCsv(const std::string& s) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      row.push_back(field);
      field.clear();
      rows.push_back(row);
      row.clear();
      ++i;
    } else {
      field += c;
    }
  }
  EXPECT_TRUE(row.empty() && field.empty()) << "unterminated record";
  return rows;
}

std::string TsvUnescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char n = s[++i];
      out += n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n;
    } else {
      out += s[i];
    }
  }
  return out;
}

TEST(MakeEventWriter, FormatsAndErrors) {
  std::ostringstream out;
  for (std::string_view f : EventFormats()) {
    EXPECT_TRUE(MakeEventWriter(f, &out).ok()) << f;
  }
  auto bad = MakeEventWriter("xml", &out);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("jsonl"), std::string::npos);
  EXPECT_FALSE(MakeEventWriter("jsonl", nullptr).ok());
}

TEST(MakeEventWriter, FailedStreamIsIoError) {
  std::ofstream closed;  // never opened: every write fails
  auto writer = MakeEventWriter("jsonl", &closed);
  ASSERT_TRUE(writer.ok());
  (*writer)->Write(BareEvent());
  EXPECT_EQ((*writer)->status().code(), StatusCode::kIoError);
}

TEST(Jsonl, StableKeysAndNulls) {
  std::string out = WriteAll("jsonl", {BareEvent()});
  EXPECT_EQ(out,
            "{\"id\":\"doc-0000000000000001#0.0\",\"doc\":\"doc-0000000000000001\",\"sentence\":0,"
            "\"text\":\"\","
            "\"span\":[0,0],\"source\":null,\"target\":null,\"cameo\":\"010\","
            "\"root\":\"01\",\"quad\":1,\"goldstein\":0.0,\"plover\":\"\","
            "\"mode\":\"asserted\",\"speaker\":null,\"date\":{\"value\":null,"
            "\"precision\":\"none\",\"basis\":\"none\"},\"location\":null,"
            "\"verb\":\"\",\"pattern\":\"\"}\n");
}

TEST(Jsonl, FullEventFields) {
  std::string line = EventToJson(FullEvent());
  EXPECT_EQ(line.find('\n'), std::string::npos);  // one record, one line
  auto j = nlohmann::ordered_json::parse(line);
  std::vector<std::string> keys;
  for (auto& [k, v] : j.items()) keys.push_back(k);
  EXPECT_EQ(keys,
            (std::vector<std::string>{"id", "doc", "sentence", "text", "span", "source", "target",
                                      "cameo", "root", "quad", "goldstein", "plover", "mode",
                                      "speaker", "date", "location", "verb", "pattern"}));
  EXPECT_EQ(j["source"]["code"], "SYRGOVDIP");
  EXPECT_EQ(j["target"]["text"], "Tom Barrack, envoy");
  EXPECT_EQ(j["span"][1], 231);
  EXPECT_EQ(j["speaker"]["code"], "SYRGOV");
  EXPECT_EQ(j["date"]["value"], "2026-01-06");
  EXPECT_EQ(j["date"]["precision"], "day");
  EXPECT_EQ(j["date"]["basis"], "relative");
  EXPECT_EQ(j["location"]["lat"], 48.8566);
  EXPECT_EQ(j["mode"], "reported");
  // Non-ASCII text is kept as UTF-8, not \u-escaped.
  EXPECT_NE(line.find("\u05e9\u05dc\u05d5\u05dd"), std::string::npos);
}

TEST(Jsonl, RoundTrip) {
  std::vector<Event> events = {FullEvent(), BareEvent()};
  Event month = BareEvent();
  month.date.value = DateTime{2025, 12, 0, 0, 0, 0, DatePrecision::kMonth};
  month.date.basis = DateBasis::kExplicit;
  month.location = EventLocation{"Quneitra", "SYR", 0, 0, false};
  events.push_back(month);
  Event minute = BareEvent();
  minute.date.value = DateTime{2026, 3, 2, 14, 5, 9, DatePrecision::kMinute};
  minute.date.basis = DateBasis::kPublication;
  minute.mode = EventMode::kNegated;
  minute.goldstein = -9.5;
  events.push_back(minute);
  Event year = BareEvent();
  year.date.value = DateTime{2024, 0, 0, 0, 0, 0, DatePrecision::kYear};
  events.push_back(year);
  std::istringstream in(WriteAll("jsonl", events));
  std::string line;
  size_t i = 0;
  while (std::getline(in, line)) {
    ASSERT_LT(i, events.size());
    auto back = ParseEventJson(line);
    ASSERT_TRUE(back.ok()) << back.status().ToString() << "\n" << line;
    ExpectSameEvent(*back, events[i]);
    EXPECT_EQ(EventToJson(*back), line);
    ++i;
  }
  EXPECT_EQ(i, events.size());
}

TEST(Jsonl, InvalidUtf8IsReplaced) {
  Event e = BareEvent();
  e.text = "bad \xff byte";
  std::string line = EventToJson(e);
  auto back = ParseEventJson(line);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->text, "bad \xef\xbf\xbd byte");
}

TEST(ParseEventJson, Errors) {
  for (const char* bad : {
           "",
           "not json",
           "[1,2]",
           "{\"doc\":",
           "{\"doc\":1}",
           "{\"sentence\":-1}",
           "{\"sentence\":\"3\"}",
           "{\"sentence\":99999999999}",
           "{\"span\":[1]}",
           "{\"span\":[1,\"x\"]}",
           "{\"source\":\"ISR\"}",
           "{\"source\":{\"code\":5}}",
           "{\"quad\":7}",
           "{\"goldstein\":\"x\"}",
           "{\"mode\":\"maybe\"}",
           "{\"date\":{\"value\":\"2026-13-01\",\"precision\":\"day\",\"basis\":\"explicit\"}}",
           "{\"date\":{\"value\":\"2026-01\",\"precision\":\"day\",\"basis\":\"explicit\"}}",
           "{\"date\":{\"value\":null,\"precision\":\"week\",\"basis\":\"none\"}}",
           "{\"date\":{\"value\":null,\"precision\":\"none\",\"basis\":\"guess\"}}",
           "{\"location\":{\"name\":\"X\",\"lat\":1}}",
           "{\"location\":{\"name\":\"X\",\"lat\":\"1\",\"lon\":2}}",
       }) {
    auto r = ParseEventJson(bad);
    EXPECT_FALSE(r.ok()) << bad;
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), StatusCode::kCorruption) << bad;
    }
  }
  // Missing keys keep defaults; unknown keys are ignored.
  auto r = ParseEventJson("  {\"cameo\":\"042\",\"extra\":[1,{}]}\n");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->cameo, "042");
  EXPECT_FALSE(r->source.has_value());
}

TEST(Csv, HeaderQuotingAndColumns) {
  std::string out = WriteAll("csv", {FullEvent(), BareEvent()});
  auto rows = ReadCsv(out);
  ASSERT_EQ(rows.size(), 3u);
  for (const auto& row : rows) EXPECT_EQ(row.size(), 31u);
  EXPECT_EQ(rows[0][0], "id");
  EXPECT_EQ(rows[0][1], "doc");
  EXPECT_EQ(rows[0][30], "pattern");
  const auto& full = rows[1];
  EXPECT_EQ(full[3], FullEvent().text);  // quotes, comma, newline intact
  EXPECT_EQ(full[10], "Tom Barrack, envoy");
  EXPECT_EQ(full[14], "0311");
  EXPECT_EQ(full[17], "5.2");
  EXPECT_EQ(full[19], "reported");
  EXPECT_EQ(full[22], "2026-01-06");
  EXPECT_EQ(full[27], "48.8566");
  const auto& bare = rows[2];
  EXPECT_EQ(bare[6], "");   // no source
  EXPECT_EQ(bare[22], "");  // no date
  EXPECT_EQ(bare[23], "none");
  EXPECT_EQ(bare[25], "");  // no place
  // Fields without special characters are not quoted.
  EXPECT_NE(out.find("\r\ndoc-0000000000000001#0.0,doc-0000000000000001,0,,0,0,"),
            std::string::npos);
}

TEST(Tsv, EscapesAndColumns) {
  std::string out = WriteAll("tsv", {FullEvent(), BareEvent()});
  auto lines = Split(out, '\n');
  ASSERT_EQ(lines.size(), 4u);  // header, 2 rows, "" after the last newline
  EXPECT_EQ(lines[3], "");
  auto header = Split(lines[0], '\t');
  ASSERT_EQ(header.size(), 31u);
  auto full = Split(lines[1], '\t');
  ASSERT_EQ(full.size(), 31u);
  EXPECT_EQ(full[0], "demo-07#4.0");
  EXPECT_EQ(full[3].find('\n'), std::string::npos);
  EXPECT_NE(full[3].find("\\t"), std::string::npos);
  EXPECT_EQ(TsvUnescape(full[3]), FullEvent().text);
  EXPECT_EQ(full[10], "Tom Barrack, envoy");
  EXPECT_EQ(Split(lines[2], '\t').size(), 31u);
}

TEST(Gdelt, RowLayout) {
  Event e = FullEvent();
  Event late = BareEvent();
  late.sentence = 12;
  std::string out = WriteAll("gdelt", {e, late});
  auto lines = Split(out, '\n');
  ASSERT_EQ(lines.size(), 3u);
  auto row = Split(lines[0], '\t');
  ASSERT_EQ(row.size(), 61u);
  auto names = export_internal::GdeltColumnNames();
  auto col = [&](std::string_view name) {
    for (size_t i = 0; i < names.size(); ++i) {
      if (names[i] == name) return row[i];
    }
    ADD_FAILURE() << "no column " << name;
    return std::string();
  };
  EXPECT_EQ(col("GLOBALEVENTID"), std::to_string(GdeltEventId("demo-07#4.0")));
  EXPECT_EQ(col("SQLDATE"), "20260106");
  EXPECT_EQ(col("MonthYear"), "202601");
  EXPECT_EQ(col("Year"), "2026");
  EXPECT_EQ(col("FractionDate"), "2026.0986");  // (1 * 30 + 6) / 365
  EXPECT_EQ(col("Actor1Code"), "SYRGOVDIP");
  EXPECT_EQ(col("Actor1Name"), "Asaad al-Shaibani");
  EXPECT_EQ(col("Actor1CountryCode"), "SYR");
  EXPECT_EQ(col("Actor1Type1Code"), "GOV");
  EXPECT_EQ(col("Actor1Type2Code"), "DIP");
  EXPECT_EQ(col("Actor2Name"), "Tom Barrack, envoy");
  EXPECT_EQ(col("IsRootEvent"), "0");
  EXPECT_EQ(col("EventCode"), "0311");
  EXPECT_EQ(col("EventBaseCode"), "031");
  EXPECT_EQ(col("EventRootCode"), "03");
  EXPECT_EQ(col("QuadClass"), "1");
  EXPECT_EQ(col("GoldsteinScale"), "5.2");
  EXPECT_EQ(col("NumMentions"), "1");
  EXPECT_EQ(col("AvgTone"), "0");
  EXPECT_EQ(col("ActionGeo_Type"), "4");
  EXPECT_EQ(col("ActionGeo_FullName"), "Paris");
  EXPECT_EQ(col("ActionGeo_CountryCode"), "FR");  // FIPS 10-4, not ISO "FRA"
  EXPECT_EQ(col("ActionGeo_Lat"), "48.8566");
  EXPECT_EQ(col("ActionGeo_Long"), "2.3522");
  EXPECT_EQ(col("Actor1Geo_Type"), "0");
  EXPECT_EQ(col("DATEADDED"), "20260106000000");
  EXPECT_EQ(col("SOURCEURL"), "demo-07");
  // The same event gets the same id.
  EXPECT_EQ(Split(Split(WriteAll("gdelt", {e}), '\n')[0], '\t')[0], col("GLOBALEVENTID"));
  auto bare = Split(lines[1], '\t');
  ASSERT_EQ(bare.size(), 61u);
  EXPECT_EQ(bare[1], "");    // no date
  EXPECT_EQ(bare[5], "");    // no actor 1
  EXPECT_EQ(bare[25], "0");  // not in the lead
  EXPECT_NE(bare[0], row[0]);
  ExportOptions options;
  options.date_added = "20260301120000";
  auto fixed = Split(Split(WriteAll("gdelt", {e}, options), '\n')[0], '\t');
  EXPECT_EQ(fixed[59], "20260301120000");
}

// Our column order is GDELT's own, as its header file lists it.
TEST(GdeltShared, ColumnsMatchHeaderFile) {
  ANNALIST_REQUIRE_SHARED(path, "cameo/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // tableId,dataType,Empty,Description
  std::vector<std::string> names;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    names.push_back(line.substr(0, line.find(',')));
  }
  auto ours = export_internal::GdeltColumnNames();
  ASSERT_EQ(names.size(), ours.size());
  for (size_t i = 0; i < names.size(); ++i) EXPECT_EQ(names[i], ours[i]) << i;
  auto row = Split(Split(WriteAll("gdelt", {FullEvent()}), '\n')[0], '\t');
  EXPECT_EQ(row.size(), names.size());
}

TEST(Plover, RecordsAndDroppedRoots) {
  Event visit = FullEvent();
  visit.cameo = "042";
  visit.plover = "CONSULT";
  Event statement = BareEvent();  // CAMEO 010: PLOVER dropped statements
  std::ostringstream out;
  auto writer = MakeEventWriter("plover", &out);
  ASSERT_TRUE(writer.ok());
  (*writer)->Write(visit);
  (*writer)->Write(statement);
  (*writer)->Write(FullEvent());
  (*writer)->End();
  EXPECT_EQ((*writer)->written(), 2u);
  auto lines = Split(out.str(), '\n');
  ASSERT_EQ(lines.size(), 3u);
  auto j = nlohmann::json::parse(lines[0]);
  EXPECT_EQ(j["event_type"], "CONSULT");
  EXPECT_EQ(j["mode"], "visit");
  EXPECT_EQ(j["context"], nlohmann::json::array());
  EXPECT_EQ(j["date"], "2026-01-06");
  EXPECT_EQ(j["source"][0]["code"], "SYRGOVDIP");
  EXPECT_EQ(j["quad"], 1);  // CONSULT: verbal cooperation
  EXPECT_EQ(j["modality"], "reported");
  EXPECT_EQ(j["location"]["name"], "Paris");
  EXPECT_EQ(j["text"], FullEvent().text);
  EXPECT_EQ(j["id"], "demo-07#4.0");
  auto k = nlohmann::json::parse(lines[1]);
  EXPECT_EQ(k["event_type"], "AGREE");
  EXPECT_EQ(k["context"], nlohmann::json::array({"economic"}));
  Event investigate = BareEvent();
  investigate.cameo = "094";
  auto m = nlohmann::json::parse(WriteAll("plover", {investigate}));
  EXPECT_EQ(m["event_type"], "ACCUSE");
  EXPECT_EQ(m["context"], nlohmann::json::array({"military", "legal"}));
  EXPECT_EQ(m["source"], nlohmann::json::array());
  EXPECT_TRUE(m["date"].is_null());
}

TEST(Tabari, EventLines) {
  Event e = FullEvent();
  e.cameo = "042";
  Event bare = BareEvent();
  bare.sentence = 11;
  std::string out = WriteAll("tabari", {e, bare});
  EXPECT_EQ(out,
            "260106\tSYRGOVDIP\tUSAGOVDIP\t042\tVisit\tdemo-07-005\n"
            "000000\t---\t---\t010\tStatement, other\tdoc-0000000000000001-012\n");
}

// Our lines have the shape of TABARI's own output.
TEST(TabariShared, SameShapeAsTabariOutput) {
  ANNALIST_REQUIRE_SHARED(path, "tabari/reuters/tabari-0.8.4b2.events.tsv");
  std::ifstream in(path);
  std::string theirs;
  ASSERT_TRUE(std::getline(in, theirs));
  auto t = Split(theirs, '\t');
  Event e = FullEvent();
  e.cameo = t[3];
  auto ours = Split(Split(WriteAll("tabari", {e}), '\n')[0], '\t');
  ASSERT_EQ(ours.size(), t.size());
  EXPECT_EQ(ours[0].size(), t[0].size());  // YYMMDD
  EXPECT_EQ(ours[3], t[3]);
}

}  // namespace
}  // namespace annalist
