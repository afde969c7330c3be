// Scoring on the ConfliBERT CAMEO corpora (annalist/accuracy.h).
#include <algorithm>
#include <fstream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "annalist/accuracy.h"
#include "annalist/engine.h"

namespace annalist {
namespace {

// One sentence through the engine, on its own (as the validation records).
void CodeAlone(const CodingProfile& profile, const std::string& text, ProcessScratch* scratch,
               std::vector<Event>* out) {
  Document doc;
  doc.text = text;
  out->clear();
  (void)ProcessSentence(profile, Story::kAlone, &doc, scratch, out);
}

Status OpenLines(const std::string& path, std::ifstream* in) {
  std::error_code ec;
  in->open(path, std::ios::binary);
  if (!*in) return Status::NotFound("cannot read " + path);
  return Status::Ok();
}

double Ratio(size_t a, size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }
double F1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

void StripCr(std::string* line) {
  if (!line->empty() && line->back() == '\r') line->pop_back();
}

// Tokens [first, last) of a sentence.
struct TokenSpan {
  size_t first = 0, last = 0;
  bool Overlaps(const TokenSpan& o) const { return first < o.last && o.first < last; }
  bool operator==(const TokenSpan&) const = default;
  bool operator<(const TokenSpan& o) const {
    return first != o.first ? first < o.first : last < o.last;
  }
};

// Matches predicted against gold spans, each gold span at most once.
void MatchSpans(const std::vector<TokenSpan>& gold, const std::vector<TokenSpan>& predicted,
                SpanScore* score) {
  score->gold += gold.size();
  score->predicted += predicted.size();
  std::vector<bool> used(gold.size(), false), used_exact(gold.size(), false);
  for (const TokenSpan& p : predicted) {
    for (size_t g = 0; g < gold.size(); ++g) {
      if (!used[g] && gold[g].Overlaps(p)) {
        used[g] = true;
        ++score->overlap;
        break;
      }
    }
    for (size_t g = 0; g < gold.size(); ++g) {
      if (!used_exact[g] && gold[g] == p) {
        used_exact[g] = true;
        ++score->exact;
        break;
      }
    }
  }
}

void Finish(SpanScore* s) {
  s->precision = Ratio(s->overlap, s->predicted);
  s->recall = Ratio(s->overlap, s->gold);
  s->f1 = F1(s->precision, s->recall);
  s->exact_precision = Ratio(s->exact, s->predicted);
  s->exact_recall = Ratio(s->exact, s->gold);
  s->exact_f1 = F1(s->exact_precision, s->exact_recall);
}

// One CoNLL sentence: its tokens' byte offsets in the joined text and the
// gold spans of each side.
struct NerSentence {
  std::string text;
  std::vector<size_t> begin, end;  // per token, bytes of `text`
  std::vector<TokenSpan> source, target;
  void Clear() {
    text.clear();
    begin.clear();
    end.clear();
    source.clear();
    target.clear();
  }
  // The token span of the first occurrence of `phrase` in the text; false
  // when it does not occur.
  bool Locate(std::string_view phrase, TokenSpan* out) const {
    if (phrase.empty()) return false;
    const size_t at = text.find(phrase);
    if (at == std::string::npos) return false;
    const size_t stop = at + phrase.size();
    out->first = begin.size();
    out->last = 0;
    for (size_t k = 0; k < begin.size(); ++k) {
      if (begin[k] < stop && at < end[k]) {
        out->first = std::min(out->first, k);
        out->last = k + 1;
      }
    }
    return out->last > out->first;
  }
};

}  // namespace

int CoarseCameoClass(std::string_view cameo) {
  if (cameo.size() < 2 || cameo[0] < '0' || cameo[0] > '2' || cameo[1] < '0' || cameo[1] > '9') {
    return -1;
  }
  const int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  if (root >= 1 && root <= 2) return 0;
  if (root >= 3 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if ((root >= 9 && root <= 13) || root == 16) return 3;
  if (root == 14 || root == 15 || (root >= 17 && root <= 20)) return 4;
  return -1;
}

Result<ClassScore> ScoreCameoClass(const std::string& tsv, const CodingProfile& profile) {
  std::ifstream in;
  if (Status st = OpenLines(tsv, &in); !st.ok()) return st;
  ClassScore score;
  ProcessScratch scratch;
  std::vector<Event> events;
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    StripCr(&line);
    if (line.empty()) continue;
    const size_t tab = line.rfind('\t');
    const std::string where = tsv + ":" + std::to_string(number);
    if (tab == std::string::npos) {
      return Status::InvalidArgument(where + ": expected SENTENCE<TAB>CLASS");
    }
    const std::string label = line.substr(tab + 1);
    if (label.size() != 1 || label[0] < '0' || label[0] >= '0' + ClassScore::kClasses) {
      return Status::InvalidArgument(where + ": class '" + label + "' is not 0 to 4");
    }
    const int gold = label[0] - '0';
    CodeAlone(profile, line.substr(0, tab), &scratch, &events);
    int predicted = ClassScore::kClasses;  // none
    for (const Event& e : events) {
      const int c = CoarseCameoClass(e.cameo);
      if (c >= 0) {
        predicted = c;
        break;
      }
    }
    ++score.sentences;
    score.no_event += predicted == ClassScore::kClasses;
    score.several_events += events.size() > 1;
    ++score.confusion[gold][predicted];
    ++score.classes[gold].gold;
    if (predicted < ClassScore::kClasses) ++score.classes[predicted].predicted;
    if (predicted == gold) {
      ++score.correct;
      ++score.classes[gold].correct;
    }
  }
  if (in.bad()) return Status::IoError("cannot read " + tsv);
  score.accuracy = Ratio(score.correct, score.sentences);
  for (ClassScore::PerClass& c : score.classes) {
    c.precision = Ratio(c.correct, c.predicted);
    c.recall = Ratio(c.correct, c.gold);
    c.f1 = F1(c.precision, c.recall);
    score.macro_f1 += c.f1 / ClassScore::kClasses;
  }
  return score;
}

Result<NerScore> ScoreCameoNer(const std::string& conll, const CodingProfile& profile) {
  std::ifstream in;
  if (Status st = OpenLines(conll, &in); !st.ok()) return st;
  NerScore score;
  ProcessScratch scratch;
  std::vector<Event> events;
  NerSentence s;
  std::vector<TokenSpan> sources, targets;
  auto score_sentence = [&]() {
    if (s.begin.empty()) return;
    CodeAlone(profile, s.text, &scratch, &events);
    ++score.sentences;
    score.coded += !events.empty();
    std::set<TokenSpan> src, tgt;
    for (const Event& e : events) {
      TokenSpan span;
      if (e.source && s.Locate(e.source->text, &span)) src.insert(span);
      if (e.target && s.Locate(e.target->text, &span)) tgt.insert(span);
    }
    sources.assign(src.begin(), src.end());
    targets.assign(tgt.begin(), tgt.end());
    MatchSpans(s.source, sources, &score.source);
    MatchSpans(s.target, targets, &score.target);
    s.Clear();
  };
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    StripCr(&line);
    if (line.empty()) {
      score_sentence();
      continue;
    }
    const size_t blank = line.rfind(' ');
    if (blank == std::string::npos || blank == 0) {
      return Status::InvalidArgument(conll + ":" + std::to_string(number) + ": expected TOKEN TAG");
    }
    const std::string token = line.substr(0, blank);
    const std::string tag = line.substr(blank + 1);
    const size_t k = s.begin.size();
    if (!s.text.empty()) s.text += ' ';
    s.begin.push_back(s.text.size());
    s.text += token;
    s.end.push_back(s.text.size());
    if (tag.size() == 3 && (tag[2] == 'S' || tag[2] == 'T') && tag[1] == '-' &&
        (tag[0] == 'B' || tag[0] == 'I')) {
      std::vector<TokenSpan>& side = tag[2] == 'S' ? s.source : s.target;
      // An I- tag continues the side's last span when it ends here; else it
      // starts one (as B- does).
      if (tag[0] == 'I' && !side.empty() && side.back().last == k) {
        side.back().last = k + 1;
      } else {
        side.push_back(TokenSpan{k, k + 1});
      }
    } else if (tag != "O" && !(tag.size() > 2 && tag[1] == '-')) {
      return Status::InvalidArgument(conll + ":" + std::to_string(number) + ": unknown tag '" +
                                     tag + "'");
    }
  }
  if (in.bad()) return Status::IoError("cannot read " + conll);
  score_sentence();
  Finish(&score.source);
  Finish(&score.target);
  return score;
}

}  // namespace annalist
