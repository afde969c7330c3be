// Documents and events written by the archive tests (fixtures are made
// here, not copied from shared data).
#ifndef ANNALIST_SRC_ARCHIVE_ARCHIVE_FIXTURES_H_
#define ANNALIST_SRC_ARCHIVE_ARCHIVE_FIXTURES_H_

#include <string>
#include <vector>

#include "annalist/document.h"
#include "annalist/event.h"

namespace annalist::archive_testing {

// A document whose text is the given sentences joined by spaces, with
// their spans filled in.
inline Document MakeDoc(const std::string& id, const std::string& title,
                        const std::vector<std::string>& sentences,
                        DateTime published = {2026, 3, 2, 0, 0, 0, DatePrecision::kDay}) {
  Document d;
  d.id = id;
  d.url = "https://news.example/" + id;
  d.outlet = "Example News";
  d.title = title;
  d.byline = "By A. Reporter";
  d.published = published;
  d.language = "en";
  d.extra_json = "{\"section\":\"world\"}";
  d.source = "fixture.jsonl";
  d.source_line = 7;
  for (const std::string& s : sentences) {
    if (!d.text.empty()) d.text += ' ';
    Sentence sent;
    sent.span.begin = static_cast<uint32_t>(d.text.size());
    d.text += s;
    sent.span.end = static_cast<uint32_t>(d.text.size());
    d.sentences.push_back(sent);
  }
  return d;
}

inline EventActor Actor(const std::string& code, const std::string& text) {
  return EventActor{text, code, code.substr(0, 3), code.size() > 3 ? code.substr(3) : ""};
}

// An event of `doc`'s sentence `sentence` between two actor codes, the
// `ordinal`-th of its sentence (its id is EventId(doc.id, sentence,
// ordinal), as the engine gives it).
inline Event MakeEvent(const Document& doc, uint32_t sentence, const std::string& source,
                       const std::string& target, const std::string& cameo, DateTime date,
                       uint32_t ordinal = 0) {
  Event e;
  e.id = EventId(doc.id, sentence, ordinal);
  e.doc_id = doc.id;
  e.sentence = sentence;
  e.span = doc.sentences[sentence].span;
  e.text = doc.text.substr(e.span.begin, e.span.size());
  if (!source.empty()) e.source = Actor(source, source + " text");
  if (!target.empty()) e.target = Actor(target, target + " text");
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.quad = cameo < "06" ? 1 : cameo < "09" ? 2 : cameo < "15" ? 3 : 4;
  e.goldstein = cameo < "09" ? 3.5 : -7.25;
  e.plover = cameo.substr(0, 2) == "04" ? "CONSULT" : "OTHER";
  e.date.value = date;
  e.date.basis = DateBasis::kExplicit;
  e.verb = "met";
  e.pattern = "- * MEET WITH";
  return e;
}

inline DateTime Day(int y, int m, int d) { return DateTime{y, m, d, 0, 0, 0, DatePrecision::kDay}; }

}  // namespace annalist::archive_testing

#endif  // ANNALIST_SRC_ARCHIVE_ARCHIVE_FIXTURES_H_
