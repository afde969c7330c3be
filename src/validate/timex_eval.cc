// TimeML readers (TempEval-3 .tml, MEANTIME token XML) and the TempEval-3
// style scorer of the timex scanner.
#include "annalist/timex_eval.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "annalist/datetime.h"
#include "annalist/text.h"

namespace annalist {
namespace {

// The value of attribute `name` in the tag text `tag` ("<TIMEX3 a="b" ...>"),
// entities decoded; "" when absent.
std::string Attr(std::string_view tag, std::string_view name);

void AppendUnescaped(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out->push_back(s[i]);
      continue;
    }
    const size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out->push_back('&');
      continue;
    }
    const std::string_view ent = s.substr(i + 1, semi - i - 1);
    if (ent == "amp")
      out->push_back('&');
    else if (ent == "lt")
      out->push_back('<');
    else if (ent == "gt")
      out->push_back('>');
    else if (ent == "quot")
      out->push_back('"');
    else if (ent == "apos")
      out->push_back('\'');
    else if (!ent.empty() && ent[0] == '#') {
      char32_t cp = 0;
      const bool hex = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X');
      for (char c : ent.substr(hex ? 2 : 1)) {
        int d = c >= '0' && c <= '9'          ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                              : -1;
        if (d < 0 || cp > 0x10FFFF) break;
        cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
      }
      AppendUtf8(cp, out);
    } else {
      out->append(s.substr(i, semi - i + 1));
      i = semi;
      continue;
    }
    i = semi;
  }
}

std::string Attr(std::string_view tag, std::string_view name) {
  size_t at = 0;
  while ((at = tag.find(name, at)) != std::string_view::npos) {
    const bool starts =
        at > 0 && (tag[at - 1] == ' ' || tag[at - 1] == '\t' || tag[at - 1] == '\n');
    const size_t eq = at + name.size();
    if (starts && eq + 1 < tag.size() && tag[eq] == '=' &&
        (tag[eq + 1] == '"' || tag[eq + 1] == '\'')) {
      const char q = tag[eq + 1];
      const size_t end = tag.find(q, eq + 2);
      if (end == std::string_view::npos) return "";
      std::string out;
      AppendUnescaped(tag.substr(eq + 2, end - eq - 2), &out);
      return out;
    }
    at = eq;
  }
  return "";
}

Status Malformed(const std::string& path, size_t offset, std::string_view what) {
  return Status::Corruption(path + ": byte " + std::to_string(offset) + ": " + std::string(what));
}

// The creation time as a DateTime: the date part of a TIMEX3 value.
bool ParseDct(std::string_view value, DateTime* out) {
  if (value.size() >= 10) value = value.substr(0, 10);
  return ParseIso8601(value, out) && out->precision >= DatePrecision::kDay;
}

Status ReadMeantime(const std::string& path, std::string_view xml, TimeMlDocument* doc) {
  std::map<std::string, Span> token_span;
  std::map<std::string, std::string> token_sentence;
  std::map<std::string, uint32_t> sentence_end;
  std::string last_sentence;
  size_t at = 0;
  while ((at = xml.find("<token ", at)) != std::string_view::npos) {
    const size_t close = xml.find('>', at);
    const size_t end = close == std::string_view::npos ? close : xml.find("</token>", close);
    if (end == std::string_view::npos) return Malformed(path, at, "unterminated <token>");
    const std::string_view tag = xml.substr(at, close - at);
    const std::string sentence = Attr(tag, "sentence");
    if (!doc->text.empty()) doc->text.push_back(sentence != last_sentence ? '\n' : ' ');
    last_sentence = sentence;
    Span s;
    s.begin = static_cast<uint32_t>(doc->text.size());
    AppendUnescaped(xml.substr(close + 1, end - close - 1), &doc->text);
    s.end = static_cast<uint32_t>(doc->text.size());
    const std::string id = Attr(tag, "t_id");
    token_span[id] = s;
    token_sentence[id] = sentence;
    sentence_end[sentence] = s.end;
    at = end;
  }
  // The annotated part: up to the end of the last sentence any annotation
  // (event, entity, value, signal or timex) points into.
  for (size_t a = 0; (a = xml.find("<token_anchor ", a)) != std::string_view::npos; ++a) {
    const size_t ac = xml.find('>', a);
    if (ac == std::string_view::npos) return Malformed(path, a, "bad <token_anchor>");
    auto it = token_sentence.find(Attr(xml.substr(a, ac - a), "t_id"));
    if (it != token_sentence.end())
      doc->scored_end = std::max(doc->scored_end, sentence_end[it->second]);
  }
  at = 0;
  bool have_dct = false;
  while ((at = xml.find("<TIMEX3 ", at)) != std::string_view::npos) {
    const size_t close = xml.find('>', at);
    if (close == std::string_view::npos) return Malformed(path, at, "unterminated <TIMEX3>");
    const std::string_view tag = xml.substr(at, close - at);
    size_t end = close;
    if (tag.back() != '/') {
      end = xml.find("</TIMEX3>", close);
      if (end == std::string_view::npos) return Malformed(path, at, "<TIMEX3> without </TIMEX3>");
    }
    const std::string_view body = xml.substr(close, end - close);
    GoldTimex g;
    g.type = Attr(tag, "type");
    g.value = Attr(tag, "value");
    bool any = false;
    for (size_t a = 0; (a = body.find("<token_anchor ", a)) != std::string_view::npos; ++a) {
      const size_t ac = body.find('>', a);
      if (ac == std::string_view::npos) return Malformed(path, close + a, "bad <token_anchor>");
      auto it = token_span.find(Attr(body.substr(a, ac - a), "t_id"));
      if (it == token_span.end()) return Malformed(path, close + a, "anchor to no token");
      if (!any || it->second.begin < g.span.begin) g.span.begin = it->second.begin;
      if (!any || it->second.end > g.span.end) g.span.end = it->second.end;
      any = true;
    }
    if (Attr(tag, "functionInDocument") == "CREATION_TIME") {
      have_dct = ParseDct(g.value, &doc->dct);
    }
    if (any) doc->gold.push_back(std::move(g));  // anchorless ones are not in the text
    at = end;
  }
  std::sort(doc->gold.begin(), doc->gold.end(),
            [](const GoldTimex& a, const GoldTimex& b) { return a.span.begin < b.span.begin; });
  // Two MEANTIME files mark no CREATION_TIME; their dateline (the first
  // full date of the text) stands in.
  for (size_t k = 0; k < doc->gold.size() && !have_dct; ++k) {
    if (doc->gold[k].value.size() == 10) have_dct = ParseDct(doc->gold[k].value, &doc->dct);
  }
  if (!have_dct) {  // one has no dated gold either: the dateline as the scanner reads it
    TimexScratch scratch;
    std::vector<Timex> found;
    FindTimexes(doc->text.substr(0, std::min<size_t>(doc->text.size(), 400)), DateTime(),
                TimexOptions(), &scratch, &found);
    for (size_t k = 0; k < found.size() && !have_dct; ++k) {
      if (found[k].value.size() == 10) have_dct = ParseDct(found[k].value, &doc->dct);
    }
  }
  if (!have_dct) return Status::Corruption(path + ": no CREATION_TIME TIMEX3 with a date value");
  return Status::Ok();
}

Status ReadTml(const std::string& path, std::string_view xml, TimeMlDocument* doc) {
  const size_t dct_at = xml.find("<DCT>");
  const size_t dct_end = xml.find("</DCT>");
  if (dct_at == std::string_view::npos || dct_end == std::string_view::npos) {
    return Status::Corruption(path + ": no <DCT>");
  }
  const std::string_view dct = xml.substr(dct_at, dct_end - dct_at);
  const size_t t = dct.find("<TIMEX3");
  if (t == std::string_view::npos ||
      !ParseDct(Attr(dct.substr(t, dct.find('>', t) - t), "value"), &doc->dct)) {
    return Malformed(path, dct_at, "<DCT> without a TIMEX3 date value");
  }
  const size_t text_at = xml.find("<TEXT>");
  const size_t text_end = xml.find("</TEXT>");
  if (text_at == std::string_view::npos || text_end == std::string_view::npos ||
      text_end < text_at) {
    return Status::Corruption(path + ": no <TEXT>...</TEXT>");
  }
  bool open = false;
  GoldTimex cur;
  for (size_t i = text_at + 6; i < text_end;) {
    if (xml[i] != '<') {
      const size_t next = std::min(xml.find('<', i), text_end);
      AppendUnescaped(xml.substr(i, next - i), &doc->text);
      i = next;
      continue;
    }
    const size_t close = xml.find('>', i);
    if (close == std::string_view::npos || close > text_end)
      return Malformed(path, i, "unterminated tag");
    const std::string_view tag = xml.substr(i, close - i);
    if (tag.starts_with("<TIMEX3")) {
      if (open) return Malformed(path, i, "nested <TIMEX3>");
      cur = GoldTimex();
      cur.type = Attr(tag, "type");
      cur.value = Attr(tag, "value");
      cur.span.begin = static_cast<uint32_t>(doc->text.size());
      open = tag.back() != '/';
    } else if (tag.starts_with("</TIMEX3")) {
      if (!open) return Malformed(path, i, "</TIMEX3> without <TIMEX3>");
      cur.span.end = static_cast<uint32_t>(doc->text.size());
      doc->gold.push_back(cur);
      open = false;
    }
    i = close + 1;
  }
  if (open) return Malformed(path, text_end, "<TIMEX3> not closed before </TEXT>");
  doc->scored_end = static_cast<uint32_t>(doc->text.size());
  return Status::Ok();
}

void Finish(Prf* p, size_t system, size_t gold) {
  p->precision = system ? static_cast<double>(p->correct) / system : 0;
  p->recall = gold ? static_cast<double>(p->correct) / gold : 0;
  p->f1 =
      p->precision + p->recall > 0 ? 2 * p->precision * p->recall / (p->precision + p->recall) : 0;
}

}  // namespace

Result<TimeMlDocument> ReadTimeMl(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string xml = ss.str();
  TimeMlDocument doc;
  doc.path = path;
  Status st =
      xml.find("<token ") != std::string::npos ? ReadMeantime(path, xml, &doc)
      : xml.find("<TEXT>") != std::string::npos
          ? ReadTml(path, xml, &doc)
          : Status::Corruption(path + ": neither MEANTIME <token> elements nor a TimeML <TEXT>");
  if (!st.ok()) return st;
  return doc;
}

Result<std::vector<TimeMlDocument>> ReadTimeMlPaths(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = std::filesystem::recursive_directory_iterator(p, ec);
           !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        const std::string ext = it->path().extension().string();
        if (it->is_regular_file() && (ext == ".tml" || ext == ".xml")) {
          found.push_back(it->path().string());
        }
      }
      if (ec) return Status::IoError(p + ": " + ec.message());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(p);
    }
  }
  std::vector<TimeMlDocument> docs;
  for (const std::string& f : files) {
    Result<TimeMlDocument> d = ReadTimeMl(f);
    if (!d.ok()) return d.status();
    docs.push_back(std::move(*d));
  }
  return docs;
}

TimexScore ScoreTimexes(const std::vector<TimeMlDocument>& docs, const TimexOptions& options,
                        std::ostream* errors) {
  TimexScore s;
  TimexScratch scratch;
  std::vector<Timex> found;
  for (const TimeMlDocument& d : docs) {
    ++s.documents;
    found.clear();
    FindTimexes(d.text, d.dct, options, &scratch, &found);
    std::erase_if(found, [&](const Timex& t) { return t.span.begin >= d.scored_end; });
    s.gold += d.gold.size();
    s.system += found.size();
    std::vector<bool> gold_used(d.gold.size(), false);
    auto text = [&](Span sp) { return d.text.substr(sp.begin, sp.size()); };
    for (const Timex& t : found) {
      // The relaxed partner: the first unused gold that overlaps.
      size_t g = d.gold.size();
      for (size_t k = 0; k < d.gold.size(); ++k) {
        if (gold_used[k]) continue;
        const Span gs = d.gold[k].span;
        if (gs.begin < t.span.end && t.span.begin < gs.end) {
          g = k;
          break;
        }
      }
      if (g == d.gold.size()) {
        if (errors) {
          *errors << d.path << ": spurious \"" << text(t.span) << "\" " << TimexTypeName(t.type)
                  << " " << t.value << "\n";
        }
        continue;
      }
      gold_used[g] = true;
      const GoldTimex& gt = d.gold[g];
      ++s.relaxed.correct;
      if (gt.span == t.span) ++s.strict.correct;
      if (gt.type == TimexTypeName(t.type)) ++s.type.correct;
      if (gt.value == t.value) ++s.value.correct;
      if (errors && (gt.value != t.value || !(gt.span == t.span))) {
        *errors << d.path << ": \"" << text(t.span) << "\" " << TimexTypeName(t.type) << " "
                << t.value << " | gold \"" << text(gt.span) << "\" " << gt.type << " " << gt.value
                << " (dct " << d.dct.ToIso() << ")\n";
      }
    }
    if (errors) {
      for (size_t k = 0; k < d.gold.size(); ++k) {
        if (gold_used[k]) continue;
        *errors << d.path << ": missed \"" << text(d.gold[k].span) << "\" " << d.gold[k].type << " "
                << d.gold[k].value << " (dct " << d.dct.ToIso() << ")\n";
      }
    }
  }
  Finish(&s.strict, s.system, s.gold);
  Finish(&s.relaxed, s.system, s.gold);
  Finish(&s.type, s.system, s.gold);
  Finish(&s.value, s.system, s.gold);
  if (s.relaxed.correct) {
    s.type_accuracy = static_cast<double>(s.type.correct) / s.relaxed.correct;
    s.value_accuracy = static_cast<double>(s.value.correct) / s.relaxed.correct;
  }
  return s;
}

}  // namespace annalist
