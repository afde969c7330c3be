// docs/accuracy.md, generated (annalist/accuracy.h, AccuracyReport).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "annalist/accuracy.h"
#include "annalist/datetime.h"
#include "annalist/engine.h"
#include "annalist/validate.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;

std::string Fixed(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

// Every score of one profile.
struct Scores {
  GoldScore gold;
  ClassScore cls;
  NerScore ner;
};

struct Paths {
  std::string gold, cls, ner, seed;
};

Result<Scores> ScoreAll(const Paths& p, const CodingProfile& profile) {
  Scores s;
  Result<GoldScore> gold = ScoreGold(p.gold, profile, nullptr);
  if (!gold.ok()) return gold.status();
  s.gold = *gold;
  Result<ClassScore> cls = ScoreCameoClass(p.cls, profile);
  if (!cls.ok()) return cls.status();
  s.cls = *cls;
  Result<NerScore> ner = ScoreCameoNer(p.ner, profile);
  if (!ner.ok()) return ner.status();
  s.ner = *ner;
  return s;
}

// One row of a table: a label and a cell per column.
void Row(std::ostringstream& out, const std::string& label, const std::vector<Scores>& cols,
         const std::function<std::string(const Scores&)>& cell) {
  out << "| " << label;
  for (const Scores& s : cols) out << " | " << cell(s);
  out << " |\n";
}

void ScoreTable(std::ostringstream& out, const std::vector<std::string>& heads,
                const std::vector<Scores>& cols) {
  out << "| measure";
  for (const std::string& h : heads) out << " | " << h;
  out << " |\n|---";
  for (size_t i = 0; i < heads.size(); ++i) out << "|---";
  out << "|\n";
  Row(out, "PETR2 gold triples P / R / F1", cols, [](const Scores& s) {
    return Fixed(s.gold.precision) + " / " + Fixed(s.gold.recall) + " / **" + Fixed(s.gold.f1) +
           "**";
  });
  Row(out, "PETR2 gold: coded, correct (of 80)", cols, [](const Scores& s) {
    return std::to_string(s.gold.coded_events) + ", " + std::to_string(s.gold.true_positives);
  });
  Row(out, "coarse class accuracy", cols,
      [](const Scores& s) { return "**" + Fixed(s.cls.accuracy) + "**"; });
  Row(out, "coarse class macro-F1", cols,
      [](const Scores& s) { return "**" + Fixed(s.cls.macro_f1) + "**"; });
  Row(out, "class: sentences with no event", cols, [](const Scores& s) {
    return std::to_string(s.cls.no_event) + " of " + std::to_string(s.cls.sentences);
  });
  Row(out, "source P / R / F1 (overlap)", cols, [](const Scores& s) {
    return Fixed(s.ner.source.precision) + " / " + Fixed(s.ner.source.recall) + " / **" +
           Fixed(s.ner.source.f1) + "**";
  });
  Row(out, "target P / R / F1 (overlap)", cols, [](const Scores& s) {
    return Fixed(s.ner.target.precision) + " / " + Fixed(s.ner.target.recall) + " / **" +
           Fixed(s.ner.target.f1) + "**";
  });
  Row(out, "source / target F1 (exact span)", cols, [](const Scores& s) {
    return Fixed(s.ner.source.exact_f1) + " / " + Fixed(s.ner.target.exact_f1);
  });
}

std::string Cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

Status SeedTable(std::ostringstream& out, const std::string& seed, const CodingProfile& profile) {
  std::ifstream in(seed, std::ios::binary);
  if (!in) return Status::NotFound("cannot read " + seed);
  std::ostringstream text;
  text << in.rdbuf();
  Document doc;
  doc.text = text.str();
  ParseIso8601("2026-01-04", &doc.published);
  ProcessScratch scratch;
  std::vector<Event> events;
  if (Status st = ProcessDocument(profile, &doc, &scratch, &events); !st.ok()) return st;
  out << "| sentence | source | target | CAMEO | mode | date | verb | context |\n"
      << "|---|---|---|---|---|---|---|---|\n";
  for (const Event& e : events) {
    auto side = [](const std::optional<EventActor>& a) {
      return a ? Cell(a->text) + " (" + a->code + ")" : std::string("—");
    };
    out << "| " << e.sentence << " | " << side(e.source) << " | " << side(e.target) << " | "
        << e.cameo << " | " << EventModeName(e.mode);
    if (e.mode == EventMode::kReported && !e.speaker.empty()) {
      out << " (" << Cell(e.speaker) << ")";
    }
    out << " | " << (e.date.value.known() ? e.date.value.ToIso() : "—") << " | " << Cell(e.verb)
        << " | " << (e.context_cameo.empty() ? "" : e.context_cameo + " " + Cell(e.context_verb))
        << " |\n";
  }
  if (events.empty()) out << "| (no event) | | | | | | | |\n";
  return Status::Ok();
}

struct Column {
  std::string head;
  std::vector<std::string> specs;
};

// One rule switched off.
struct Ablation {
  const char* name;
  bool CoderOptions::*rule;
};
constexpr Ablation kRules[] = {
    {"a. untargeted events", &CoderOptions::untargeted_events},
    {"b. reported acts", &CoderOptions::reported_acts},
    {"c. governing acts", &CoderOptions::governing_acts},
    {"d. locative places", &CoderOptions::locative_places},
};

}  // namespace

Result<std::string> AccuracyReport(const std::string& data_dir) {
  const fs::path d(data_dir);
  Paths paths{(d / "gold" / "PETR2_GSR_validation.xml").string(),
              (d / "gold" / "conflibert" / "cameo_class" / "train.tsv").string(),
              (d / "gold" / "conflibert" / "cameo_ner" / "train.txt").string(),
              (d / "seed" / "israel-syria-paris-talks.txt").string()};
  const std::string phoenix = (d / "petrarch").string();
  const std::vector<Column> columns = {
      {"default lexicon", {"default"}},
      {"Phoenix, PETRARCH rules", {phoenix}},
      {"Phoenix, annalist rules", {"dialect=annalist", phoenix}},
  };
  std::vector<std::shared_ptr<const CodingProfile>> profiles;
  std::vector<Scores> scores;
  std::vector<std::string> heads;
  for (const Column& c : columns) {
    Result<std::shared_ptr<const CodingProfile>> p = ResolveProfile(c.specs, nullptr);
    if (!p.ok()) return p.status();
    Result<Scores> s = ScoreAll(paths, **p);
    if (!s.ok()) return s.status();
    profiles.push_back(*p);
    scores.push_back(*s);
    heads.push_back(c.head);
  }

  std::ostringstream out;
  out << "# Accuracy\n\n"
         "<!-- Generated by `annalist eval report` (tests/accuracy_cli_test.cc checks it).\n"
         "     Regenerate: build/release/annalist eval report > docs/accuracy.md -->\n\n"
         "Generated by `annalist eval report` from `../shared/data`; do not edit by hand.\n"
         "The columns: the default lexicon (`data/lexicon/`, annalist's rules), the Phoenix\n"
         "dictionaries (`--lexicon ../shared/data/petrarch`: PETRARCH's rules, as\n"
         "docs/validation.md reports them) and the same dictionaries with annalist's rules\n"
         "(`--lexicon dialect=annalist --lexicon ../shared/data/petrarch`).\n\n"
         "- PETR2 gold: `annalist validate gold gold/PETR2_GSR_validation.xml`, (source,\n"
         "  target, root) triples.\n"
         "- Coarse classes: `annalist eval cameo-class gold/conflibert/cameo_class/train.tsv`\n"
         "  (0 = roots 01-02, 1 = 03-05, 2 = 06-08, 3 = 09-13 and 16, 4 = 14, 15, 17-20). A\n"
         "  sentence's class is its first event's; a sentence with no event counts as wrong.\n"
         "- Sources and targets: `annalist eval cameo-ner gold/conflibert/cameo_ner/train.txt`;\n"
         "  a coded actor is right when its text overlaps a gold span of its side.\n\n";
  ScoreTable(out, heads, scores);

  out << "\n## The coding rules, one at a time\n\n"
         "The annalist rules of docs/coder.md (\"Coding rules\") on the two annalist-rule\n"
         "columns: as shipped (a, c and d on, b off), then each rule switched alone.\n\n";
  for (size_t col : {size_t{0}, size_t{2}}) {
    out << "### " << heads[col] << "\n\n";
    std::vector<Scores> ablated{scores[col]};
    std::vector<std::string> ablation_heads{"as shipped"};
    for (const Ablation& a : kRules) {
      CoderOptions options = profiles[col]->options();
      const bool on = options.*a.rule;
      options.*a.rule = !on;
      Result<Scores> s = ScoreAll(paths, *profiles[col]->WithOptions(options));
      if (!s.ok()) return s.status();
      ablated.push_back(*s);
      ablation_heads.push_back(std::string(on ? "without " : "with ") + a.name);
    }
    ScoreTable(out, ablation_heads, ablated);
    out << "\n";
  }

  out << "## The seed story\n\n"
         "`../shared/data/seed/israel-syria-paris-talks.txt`, published 2026-01-04, coded as\n"
         "`annalist code --date 2026-01-04` codes it: every event, in order.\n";
  for (size_t i = 0; i < columns.size(); ++i) {
    out << "\n### " << heads[i] << "\n\n";
    if (Status st = SeedTable(out, paths.seed, *profiles[i]); !st.ok()) return st;
  }
  return out.str();
}

}  // namespace annalist
