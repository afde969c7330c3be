// CSV (RFC 4180) and TSV: annalist's event record flattened into columns.
#include <array>
#include <string>

#include "export/writers.h"

namespace annalist::export_internal {
namespace {

constexpr std::array<std::string_view, 31> kColumns = {"id",
                                                       "doc",
                                                       "sentence",
                                                       "text",
                                                       "span_begin",
                                                       "span_end",
                                                       "source_text",
                                                       "source_code",
                                                       "source_country",
                                                       "source_sector",
                                                       "target_text",
                                                       "target_code",
                                                       "target_country",
                                                       "target_sector",
                                                       "cameo",
                                                       "root",
                                                       "quad",
                                                       "goldstein",
                                                       "plover",
                                                       "mode",
                                                       "speaker",
                                                       "speaker_code",
                                                       "date",
                                                       "date_precision",
                                                       "date_basis",
                                                       "location_name",
                                                       "location_country",
                                                       "lat",
                                                       "lon",
                                                       "verb",
                                                       "pattern"};

// The flat fields of one event, in kColumns order. Absent actors, location
// and coordinates give empty fields.
std::array<std::string, kColumns.size()> Flatten(const Event& e, std::string id) {
  std::array<std::string, kColumns.size()> f;
  size_t i = 0;
  f[i++] = std::move(id);
  f[i++] = e.doc_id;
  f[i++] = std::to_string(e.sentence);
  f[i++] = e.text;
  f[i++] = std::to_string(e.span.begin);
  f[i++] = std::to_string(e.span.end);
  for (const auto* actor : {&e.source, &e.target}) {
    if (*actor) {
      f[i++] = (*actor)->text;
      f[i++] = (*actor)->code;
      f[i++] = (*actor)->country;
      f[i++] = (*actor)->sector;
    } else {
      i += 4;
    }
  }
  f[i++] = e.cameo;
  f[i++] = e.root;
  f[i++] = std::to_string(e.quad);
  f[i++] = FormatDouble(e.goldstein);
  f[i++] = e.plover;
  f[i++] = std::string(EventModeName(e.mode));
  f[i++] = e.speaker;
  f[i++] = e.speaker_code;
  f[i++] = e.date.value.ToIso();
  f[i++] = std::string(PrecisionName(e.date.value.precision));
  f[i++] = std::string(DateBasisName(e.date.basis));
  if (e.location) {
    f[i++] = e.location->name;
    f[i++] = e.location->country;
    if (e.location->has_coordinates) {
      f[i++] = FormatDouble(e.location->lat);
      f[i++] = FormatDouble(e.location->lon);
    } else {
      i += 2;
    }
  } else {
    i += 4;
  }
  f[i++] = e.verb;
  f[i++] = e.pattern;
  return f;
}

void CsvField(std::ostream* out, std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    *out << s;
    return;
  }
  *out << '"';
  for (char c : s) {
    if (c == '"') *out << '"';
    *out << c;
  }
  *out << '"';
}

void TsvField(std::ostream* out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '\t':
        *out << "\\t";
        break;
      case '\n':
        *out << "\\n";
        break;
      case '\r':
        *out << "\\r";
        break;
      case '\\':
        *out << "\\\\";
        break;
      default:
        *out << c;
    }
  }
}

class TableWriter : public EventWriter {
 public:
  TableWriter(std::ostream* out, bool csv) : EventWriter(out), csv_(csv) {}

  void Begin() override {
    for (size_t i = 0; i < kColumns.size(); ++i) {
      if (i > 0) *out_ << Separator();
      *out_ << kColumns[i];
    }
    *out_ << LineEnd();
  }

  void Write(const Event& event) override {
    auto fields = Flatten(event, IdOf(event));
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) *out_ << Separator();
      if (csv_) {
        CsvField(out_, fields[i]);
      } else {
        TsvField(out_, fields[i]);
      }
    }
    *out_ << LineEnd();
    ++written_;
  }

 private:
  char Separator() const { return csv_ ? ',' : '\t'; }
  // RFC 4180 ends records with CRLF; TSV uses plain LF.
  std::string_view LineEnd() const { return csv_ ? "\r\n" : "\n"; }
  bool csv_;
};

}  // namespace

std::unique_ptr<EventWriter> NewCsvWriter(std::ostream* out) {
  return std::make_unique<TableWriter>(out, true);
}

std::unique_ptr<EventWriter> NewTsvWriter(std::ostream* out) {
  return std::make_unique<TableWriter>(out, false);
}

}  // namespace annalist::export_internal
