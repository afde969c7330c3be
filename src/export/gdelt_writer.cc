// GDELT 2.0 event table rows: 61 tab-separated columns, no header, in the
// order of GDELT's "Events" codebook (September 2016 header file).
#include <array>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "annalist/cameo.h"
#include "export/writers.h"

namespace annalist::export_internal {
namespace {

// The GDELT 2.0 event columns, in order. Facts of the GDELT format.
constexpr std::array<std::string_view, 61> kGdeltColumns = {"GLOBALEVENTID",
                                                            "SQLDATE",
                                                            "MonthYear",
                                                            "Year",
                                                            "FractionDate",
                                                            "Actor1Code",
                                                            "Actor1Name",
                                                            "Actor1CountryCode",
                                                            "Actor1KnownGroupCode",
                                                            "Actor1EthnicCode",
                                                            "Actor1Religion1Code",
                                                            "Actor1Religion2Code",
                                                            "Actor1Type1Code",
                                                            "Actor1Type2Code",
                                                            "Actor1Type3Code",
                                                            "Actor2Code",
                                                            "Actor2Name",
                                                            "Actor2CountryCode",
                                                            "Actor2KnownGroupCode",
                                                            "Actor2EthnicCode",
                                                            "Actor2Religion1Code",
                                                            "Actor2Religion2Code",
                                                            "Actor2Type1Code",
                                                            "Actor2Type2Code",
                                                            "Actor2Type3Code",
                                                            "IsRootEvent",
                                                            "EventCode",
                                                            "EventBaseCode",
                                                            "EventRootCode",
                                                            "QuadClass",
                                                            "GoldsteinScale",
                                                            "NumMentions",
                                                            "NumSources",
                                                            "NumArticles",
                                                            "AvgTone",
                                                            "Actor1Geo_Type",
                                                            "Actor1Geo_FullName",
                                                            "Actor1Geo_CountryCode",
                                                            "Actor1Geo_ADM1Code",
                                                            "Actor1Geo_ADM2Code",
                                                            "Actor1Geo_Lat",
                                                            "Actor1Geo_Long",
                                                            "Actor1Geo_FeatureID",
                                                            "Actor2Geo_Type",
                                                            "Actor2Geo_FullName",
                                                            "Actor2Geo_CountryCode",
                                                            "Actor2Geo_ADM1Code",
                                                            "Actor2Geo_ADM2Code",
                                                            "Actor2Geo_Lat",
                                                            "Actor2Geo_Long",
                                                            "Actor2Geo_FeatureID",
                                                            "ActionGeo_Type",
                                                            "ActionGeo_FullName",
                                                            "ActionGeo_CountryCode",
                                                            "ActionGeo_ADM1Code",
                                                            "ActionGeo_ADM2Code",
                                                            "ActionGeo_Lat",
                                                            "ActionGeo_Long",
                                                            "ActionGeo_FeatureID",
                                                            "DATEADDED",
                                                            "SOURCEURL"};

// Events in the first sentences of a story count as "root" events (GDELT:
// those in the lead paragraph).
constexpr uint32_t kLeadSentences = 3;

// GDELT fields may not hold tabs or line breaks: they become spaces.
std::string Clean(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string Digits(int value, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, value);
  return buf;
}

// Actor1/Actor2 Code, Name, CountryCode, KnownGroupCode, EthnicCode,
// Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.
void AddActor(const std::optional<EventActor>& actor, std::vector<std::string>* row) {
  if (!actor) {
    row->resize(row->size() + 10);
    return;
  }
  std::string country;
  SplitActorCode(actor->code, &country, nullptr);
  if (country.empty()) country = actor->country;
  // Role blocks: the 3-letter blocks after the country block.
  std::vector<std::string> types;
  size_t start = country.empty() || actor->code.compare(0, 3, country) != 0 ? 0 : 3;
  for (size_t i = start; i + 3 <= actor->code.size() && types.size() < 3; i += 3) {
    types.push_back(actor->code.substr(i, 3));
  }
  types.resize(3);
  row->push_back(Clean(actor->code));
  row->push_back(Clean(actor->text));
  row->push_back(Clean(country));
  row->insert(row->end(), 4, std::string());  // group, ethnic, religion 1, 2
  for (std::string& t : types) row->push_back(Clean(t));
}

// Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
// GDELT's country codes here are FIPS 10-4 ("IS", "GM"), not the ISO/CAMEO
// codes of the actor columns; a code with no FIPS equivalent is left empty.
void AddGeo(const EventLocation* loc, std::vector<std::string>* row) {
  if (loc == nullptr) {
    row->push_back("0");
    row->resize(row->size() + 7);
    return;
  }
  // 1 = country, 4 = world city: a place with coordinates counts as a city.
  row->push_back(loc->has_coordinates ? "4" : "1");
  row->push_back(Clean(loc->name));
  row->push_back(std::string(IsoToFips(loc->country)));
  row->resize(row->size() + 2);
  row->push_back(loc->has_coordinates ? FormatDouble(loc->lat) : "");
  row->push_back(loc->has_coordinates ? FormatDouble(loc->lon) : "");
  row->push_back("");
}

class GdeltWriter : public EventWriter {
 public:
  GdeltWriter(std::ostream* out, const ExportOptions& options)
      : EventWriter(out), date_added_(options.date_added), url_(options.document_url) {}

  void Write(const Event& e) override {
    std::vector<std::string> row;
    row.reserve(kGdeltColumns.size());
    row.push_back(std::to_string(GdeltEventId(IdOf(e))));
    const DateTime& d = e.date.value;
    std::string day;
    if (d.known()) {
      // GDELT dates are whole days: an unknown month or day is written as 01.
      int month = d.month > 0 ? d.month : 1;
      int mday = d.day > 0 ? d.day : 1;
      day = Digits(d.year, 4) + Digits(month, 2) + Digits(mday, 2);
      row.push_back(day);
      row.push_back(Digits(d.year, 4) + Digits(month, 2));
      row.push_back(Digits(d.year, 4));
      // GDELT's formula: YYYY + (MONTH * 30 + DAY) / 365, four decimals.
      char frac[32];
      std::snprintf(frac, sizeof frac, "%.4f", d.year + (month * 30 + mday) / 365.0);
      row.push_back(frac);
    } else {
      row.resize(row.size() + 4);
    }
    AddActor(e.source, &row);
    AddActor(e.target, &row);
    row.push_back(e.sentence < kLeadSentences ? "1" : "0");
    row.push_back(Clean(e.cameo));
    row.push_back(Clean(BaseCode(e.cameo)));
    row.push_back(Clean(e.root.empty() ? BaseCode(e.cameo).substr(0, 2) : e.root));
    row.push_back(std::to_string(e.quad));
    row.push_back(FormatDouble(e.goldstein));
    row.push_back("1");                                 // NumMentions
    row.push_back("1");                                 // NumSources
    row.push_back("1");                                 // NumArticles
    row.push_back("0");                                 // AvgTone
    AddGeo(nullptr, &row);                              // Actor1Geo
    AddGeo(nullptr, &row);                              // Actor2Geo
    AddGeo(e.location ? &*e.location : nullptr, &row);  // ActionGeo
    if (!date_added_.empty()) {
      row.push_back(Clean(date_added_));
    } else {
      row.push_back(day.empty() ? "" : day + "000000");
    }
    std::string url = url_ ? url_(e.doc_id) : std::string();
    row.push_back(Clean(url.empty() ? e.doc_id : url));
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) *out_ << '\t';
      *out_ << row[i];
    }
    *out_ << '\n';
    ++written_;
  }

 private:
  std::string date_added_;
  std::function<std::string(const std::string&)> url_;
};

static_assert(kGdeltColumns.size() == 61);

}  // namespace

std::span<const std::string_view> GdeltColumnNames() { return kGdeltColumns; }

std::unique_ptr<EventWriter> NewGdeltWriter(std::ostream* out, const ExportOptions& options) {
  return std::make_unique<GdeltWriter>(out, options);
}

}  // namespace annalist::export_internal
