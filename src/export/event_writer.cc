// The writer factory, the shared helpers, and the JSON Lines writer.
#include <array>
#include <charconv>

#include "annalist/export.h"
#include "base/hash.h"
#include "export/writers.h"

namespace annalist {
namespace export_internal {

std::string_view PrecisionName(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kNone:
      return "none";
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kMinute:
      return "minute";
  }
  return "none";
}

bool ParsePrecision(std::string_view name, DatePrecision* precision) {
  for (DatePrecision p : {DatePrecision::kNone, DatePrecision::kYear, DatePrecision::kMonth,
                          DatePrecision::kDay, DatePrecision::kMinute}) {
    if (PrecisionName(p) == name) {
      *precision = p;
      return true;
    }
  }
  return false;
}

std::string FormatDouble(double value) {
  std::array<char, 32> buf;
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
  if (ec != std::errc()) return "0";
  return std::string(buf.data(), end);
}

namespace {

void Mix(base_internal::Fnv1a64* h, std::string_view s) {
  h->Add(s);
  h->Byte(0xff);  // field separator, so ("ab","c") != ("a","bc")
}

}  // namespace

uint64_t EventHash(const Event& e) {
  base_internal::Fnv1a64 h(base_internal::Fnv1a64::kLegacyBasis);
  Mix(&h, e.doc_id);
  Mix(&h, std::to_string(e.sentence));
  Mix(&h, e.cameo);
  Mix(&h, e.source ? e.source->code : std::string_view("-"));
  Mix(&h, e.target ? e.target->code : std::string_view("-"));
  Mix(&h, e.verb);
  uint64_t v = h.value();
  v ^= v >> 33;
  v *= 0xff51afd7ed558ccdULL;
  v ^= v >> 33;
  return v;
}

std::string_view BaseCode(std::string_view cameo) {
  return cameo.substr(0, std::min<size_t>(cameo.size(), 3));
}

namespace {

class JsonlWriter : public EventWriter {
 public:
  explicit JsonlWriter(std::ostream* out) : EventWriter(out) {}
  void Write(const Event& event) override {
    if (event.id.empty()) {
      Event copy = event;
      copy.id = IdOf(event);
      *out_ << EventToJson(copy) << '\n';
    } else {
      IdOf(event);
      *out_ << EventToJson(event) << '\n';
    }
    ++written_;
  }
};

}  // namespace

std::unique_ptr<EventWriter> NewJsonlWriter(std::ostream* out) {
  return std::make_unique<JsonlWriter>(out);
}

}  // namespace export_internal

std::string EventWriter::IdOf(const Event& e) {
  if (e.doc_id != last_doc_ || e.sentence != last_sentence_) {
    last_doc_ = e.doc_id;
    last_sentence_ = e.sentence;
    next_ordinal_ = 0;
  }
  const uint32_t ordinal = next_ordinal_++;
  return e.id.empty() ? EventId(e.doc_id, e.sentence, ordinal) : e.id;
}

int64_t GdeltEventId(std::string_view event_id) {
  base_internal::Fnv1a64 h;
  h.Add(event_id);
  return static_cast<int64_t>(h.value() >> 1);
}

Status EventWriter::status() const {
  if (out_->fail()) return Status::IoError("event output stream failed");
  return Status::Ok();
}

namespace {
constexpr std::string_view kFormats[] = {"jsonl", "csv", "tsv", "gdelt", "plover", "tabari"};
}  // namespace

std::span<const std::string_view> EventFormats() { return kFormats; }

Result<std::unique_ptr<EventWriter>> MakeEventWriter(std::string_view format, std::ostream* out,
                                                     const ExportOptions& options) {
  using namespace export_internal;
  if (out == nullptr) return Status::InvalidArgument("null output stream");
  if (format == "jsonl") return NewJsonlWriter(out);
  if (format == "csv") return NewCsvWriter(out);
  if (format == "tsv") return NewTsvWriter(out);
  if (format == "gdelt") return NewGdeltWriter(out, options);
  if (format == "plover") return NewPloverWriter(out);
  if (format == "tabari") return NewTabariWriter(out);
  std::string known;
  for (std::string_view f : kFormats) {
    if (!known.empty()) known += ", ";
    known += f;
  }
  return Status::InvalidArgument("unknown event format \"" + std::string(format) +
                                 "\" (known: " + known + ")");
}

}  // namespace annalist
