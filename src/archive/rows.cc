#include "archive/rows.h"

#include <algorithm>
#include <charconv>
#include <tuple>

#include "archive/dates.h"

namespace annalist::archive {

const char kInsertDocumentSql[] =
    "INSERT OR IGNORE INTO documents(id, url, outlet, title, byline, "
    "published, published_precision, language, text, extra_json, source, "
    "source_line, repaired_bytes, coded_with) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";

const char kSelectDocumentSql[] =
    "SELECT d.id, d.url, d.outlet, d.title, d.byline, d.published, "
    "d.published_precision, d.language, d.text, d.extra_json, d.source, "
    "d.source_line, d.repaired_bytes, d.doc_key FROM documents d";

const char kInsertEventSql[] =
    "INSERT INTO events(doc_id, ordinal, sentence, span_begin, span_end, "
    "text, source_text, source_code, source_country, source_sector, "
    "target_text, target_code, target_country, target_sector, cameo, root, "
    "quad, goldstein, plover, mode, speaker, speaker_code, date, "
    "date_precision, date_basis, date_start, date_end, location_name, "
    "location_country, lat, lon, has_coordinates, verb, pattern, id) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
    "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, "
    "?29, ?30, ?31, ?32, ?33, ?34, ?35)";

const char kEventColumns[] =
    "e.doc_id, e.ordinal, e.sentence, e.span_begin, e.span_end, e.text, "
    "e.source_text, e.source_code, e.source_country, e.source_sector, "
    "e.target_text, e.target_code, e.target_country, e.target_sector, "
    "e.cameo, e.root, e.quad, e.goldstein, e.plover, e.mode, e.speaker, "
    "e.speaker_code, e.date, e.date_precision, e.date_basis, e.date_start, "
    "e.date_end, e.location_name, e.location_country, e.lat, e.lon, "
    "e.has_coordinates, e.verb, e.pattern, e.id";

const char kInsertSentenceSetSql[] =
    "INSERT INTO sentence_sets(doc_key, n, spans) VALUES(?1, ?2, ?3)";

const char kInsertMentionSetSql[] =
    "INSERT INTO mention_sets(doc_key, piece, n, mentions) VALUES(?1, ?2, ?3, ?4)";

namespace {

void AppendNumber(uint64_t v, std::string* out) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(ch);
    } else if (c < 0x20) {
      out->append("\\u00");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    } else {
      out->push_back(ch);
    }
  }
  out->push_back('"');
}

void BindDate(Stmt& stmt, int i, const DateTime& dt) {
  if (dt.known()) {
    stmt.Bind(i, dt.ToIso());
  } else {
    stmt.BindNull(i);
  }
}

DateTime ReadDate(const Stmt& stmt, int col) {
  DateTime dt;
  if (!stmt.IsNull(col)) ParseIso(stmt.Text(col), &dt);
  return dt;
}

void BindActor(Stmt& stmt, int i, const std::optional<EventActor>& actor) {
  if (!actor) {
    for (int k = 0; k < 4; ++k) stmt.BindNull(i + k);
    return;
  }
  stmt.Bind(i, actor->text);
  stmt.Bind(i + 1, actor->code);
  stmt.Bind(i + 2, actor->country);
  stmt.Bind(i + 3, actor->sector);
}

std::optional<EventActor> ReadActor(const Stmt& stmt, int col) {
  if (stmt.IsNull(col)) return std::nullopt;
  return EventActor{stmt.Text(col), stmt.Text(col + 1), stmt.Text(col + 2), stmt.Text(col + 3)};
}

DateBasis ParseBasis(const std::string& name) {
  for (DateBasis b :
       {DateBasis::kExplicit, DateBasis::kRelative, DateBasis::kPublication, DateBasis::kNone}) {
    if (DateBasisName(b) == name) return b;
  }
  return DateBasis::kNone;
}

}  // namespace

size_t EncodeMentions(const std::vector<Mention>& mentions, std::string* out) {
  out->clear();
  // The order (and the one-per-span-and-kind rule) of the version 2-4
  // table's primary key, so that reads and exports are as they were; kinds
  // compare by name, as the text column did.
  std::vector<uint32_t> order(mentions.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key = [&](uint32_t i) {
    const Mention& m = mentions[i];
    return std::make_tuple(m.span.begin, m.span.end, MentionKindName(m.kind));
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return key(a) < key(b); });
  out->push_back('[');
  size_t n = 0;
  for (size_t k = 0; k < order.size(); ++k) {
    if (k > 0 && key(order[k]) == key(order[k - 1])) continue;  // the first one stays
    const Mention& m = mentions[order[k]];
    if (n++ > 0) out->push_back(',');
    out->push_back('[');
    AppendNumber(m.span.begin, out);
    out->push_back(',');
    AppendNumber(m.span.end, out);
    out->append(",\"");
    out->append(MentionKindName(m.kind));
    out->append("\",");
    AppendJsonString(m.value, out);
    out->push_back(',');
    AppendNumber(m.sentence, out);
    out->push_back(']');
  }
  out->push_back(']');
  return n;
}

void EncodeSentences(const std::vector<Sentence>& sentences, std::string* out) {
  out->clear();
  out->push_back('[');
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (i > 0) out->push_back(',');
    out->push_back('[');
    AppendNumber(sentences[i].span.begin, out);
    out->push_back(',');
    AppendNumber(sentences[i].span.end, out);
    out->append(sentences[i].furniture ? ",1]" : ",0]");
  }
  out->push_back(']');
}

void BindDocument(Stmt& stmt, const Document& doc) {
  stmt.Bind(1, doc.id);
  stmt.Bind(2, doc.url);
  stmt.Bind(3, doc.outlet);
  stmt.Bind(4, doc.title);
  stmt.Bind(5, doc.byline);
  BindDate(stmt, 6, doc.published);
  stmt.Bind(7, static_cast<int64_t>(doc.published.precision));
  stmt.Bind(8, doc.language);
  stmt.Bind(9, doc.text);
  stmt.Bind(10, doc.extra_json);
  stmt.Bind(11, doc.source);
  stmt.Bind(12, static_cast<int64_t>(doc.source_line));
  stmt.Bind(13, static_cast<int64_t>(doc.repaired_bytes));
}

Document ReadDocument(const Stmt& stmt) {
  Document doc;
  doc.id = stmt.Text(0);
  doc.url = stmt.Text(1);
  doc.outlet = stmt.Text(2);
  doc.title = stmt.Text(3);
  doc.byline = stmt.Text(4);
  doc.published = ReadDate(stmt, 5);
  doc.language = stmt.Text(7);
  doc.text = stmt.Text(8);
  doc.extra_json = stmt.Text(9);
  doc.source = stmt.Text(10);
  doc.source_line = static_cast<uint64_t>(stmt.Int(11));
  doc.repaired_bytes = static_cast<uint64_t>(stmt.Int(12));
  return doc;
}

void BindEvent(Stmt& stmt, const Event& e, const std::string& doc_id, int64_t ordinal,
               const std::string& id) {
  stmt.Bind(1, doc_id);
  stmt.Bind(2, ordinal);
  stmt.Bind(3, static_cast<int64_t>(e.sentence));
  stmt.Bind(4, static_cast<int64_t>(e.span.begin));
  stmt.Bind(5, static_cast<int64_t>(e.span.end));
  stmt.Bind(6, e.text);
  BindActor(stmt, 7, e.source);
  BindActor(stmt, 11, e.target);
  stmt.Bind(15, e.cameo);
  stmt.Bind(16, e.root);
  stmt.Bind(17, static_cast<int64_t>(e.quad));
  stmt.Bind(18, e.goldstein);
  stmt.Bind(19, e.plover);
  stmt.Bind(20, EventModeName(e.mode));
  stmt.Bind(21, e.speaker);
  stmt.Bind(22, e.speaker_code);
  BindDate(stmt, 23, e.date.value);
  stmt.Bind(24, static_cast<int64_t>(e.date.value.precision));
  stmt.Bind(25, DateBasisName(e.date.basis));
  stmt.BindTextOrNull(26, FirstDay(e.date.value));
  stmt.BindTextOrNull(27, LastDay(e.date.value));
  if (e.location) {
    stmt.Bind(28, e.location->name);
    stmt.Bind(29, e.location->country);
    stmt.Bind(30, e.location->lat);
    stmt.Bind(31, e.location->lon);
    stmt.Bind(32, int64_t{e.location->has_coordinates ? 1 : 0});
  } else {
    for (int i = 28; i <= 32; ++i) stmt.BindNull(i);
  }
  stmt.Bind(33, e.verb);
  stmt.Bind(34, e.pattern);
  stmt.Bind(35, id);
}

Event ReadEvent(const Stmt& stmt) {
  Event e;
  e.doc_id = stmt.Text(0);
  e.sentence = static_cast<uint32_t>(stmt.Int(2));
  e.span.begin = static_cast<uint32_t>(stmt.Int(3));
  e.span.end = static_cast<uint32_t>(stmt.Int(4));
  e.text = stmt.Text(5);
  e.source = ReadActor(stmt, 6);
  e.target = ReadActor(stmt, 10);
  e.cameo = stmt.Text(14);
  e.root = stmt.Text(15);
  e.quad = static_cast<int>(stmt.Int(16));
  e.goldstein = stmt.Double(17);
  e.plover = stmt.Text(18);
  if (!ParseEventMode(stmt.Text(19), &e.mode)) e.mode = EventMode::kAsserted;
  e.speaker = stmt.Text(20);
  e.speaker_code = stmt.Text(21);
  e.date.value = ReadDate(stmt, 22);
  e.date.basis = ParseBasis(stmt.Text(24));
  if (!stmt.IsNull(27)) {
    EventLocation loc;
    loc.name = stmt.Text(27);
    loc.country = stmt.Text(28);
    loc.lat = stmt.Double(29);
    loc.lon = stmt.Double(30);
    loc.has_coordinates = stmt.Int(31) != 0;
    e.location = std::move(loc);
  }
  e.verb = stmt.Text(32);
  e.pattern = stmt.Text(33);
  e.id = stmt.Text(34);
  return e;
}

}  // namespace annalist::archive
