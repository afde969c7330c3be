// PETRARCH discard and issue lists, TABARI .options and .project files.
#include <filesystem>
#include <string>
#include <vector>

#include "lexicon/lexicon_data.h"

namespace annalist {
namespace lexicon_internal {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string Origin(std::string_view name, size_t line) {
  return std::string(name) + ":" + std::to_string(line);
}

}  // namespace

void ReadPetrarchDiscards(std::string_view text, std::string_view name, LexiconData* d,
                          std::vector<std::string>* problems) {
  std::string storage;
  std::vector<std::string_view> lines = SplitLines(text, &storage);
  Phrase phrase;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    size_t c = line.find('#');
    if (c != std::string_view::npos) line = line.substr(0, c);
    line = Trim(line);
    if (line.empty() || line.starts_with("<!--")) continue;
    bool story = line[0] == '+';
    if (story) line.remove_prefix(1);
    // Discards are stems unless they end in "_" (TABARI word rules).
    if (!SplitPhrase(line, true, &phrase)) {
      AddProblem(problems, name, i + 1, "empty discard", lines[i]);
      continue;
    }
    d->AddDiscard(phrase, story, Origin(name, i + 1));
  }
}

void ReadPetrarchIssues(std::string_view text, std::string_view name, LexiconData* d,
                        std::vector<std::string>* problems) {
  std::string storage;
  std::vector<std::string_view> lines = SplitLines(text, &storage);
  std::string category;
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t lineno = i + 1;
    std::string_view raw = lines[i];
    std::string_view line = raw;
    size_t c = line.find('#');
    if (c != std::string_view::npos) line = line.substr(0, c);
    line = Trim(line);
    if (line.empty()) continue;
    if (line.starts_with("<ISSUE")) {
      size_t q = line.find('"');
      size_t e = q == std::string_view::npos ? q : line.find('"', q + 1);
      category =
          e == std::string_view::npos ? std::string() : std::string(line.substr(q + 1, e - q - 1));
      continue;
    }
    if (line.starts_with("</ISSUE") || line.starts_with("<")) continue;
    uint8_t ignore = 0;
    while (!line.empty() && line[0] == '~' && ignore < 2) {
      ++ignore;
      line.remove_prefix(1);
    }
    std::string_view code;
    if (ignore == 0) {
      size_t open = line.find('[');
      size_t close = line.find(']', open == std::string_view::npos ? 0 : open);
      if (open == std::string_view::npos && !category.empty()) {
        code = category;  // a bare phrase takes its <ISSUE CATEGORY>
      } else if (open == std::string_view::npos || close == std::string_view::npos ||
                 close == open + 1) {
        AddProblem(problems, name, lineno, "issue without [code]", raw);
        continue;
      } else {
        code = Trim(line.substr(open + 1, close - open - 1));
        line = Trim(line.substr(0, open));
      }
    }
    // Expand n: v: and '+' (hyphen/blank: the same tokens here).
    std::vector<std::string> forms{""};
    size_t p = 0;
    bool bad = false;
    while (p < line.size() && !bad) {
      size_t sp = line.find_first_of(" \t", p);
      if (sp == std::string_view::npos) sp = line.size();
      std::string_view w = line.substr(p, sp - p);
      p = sp + 1;
      if (w.empty()) continue;
      std::vector<std::string> variants;
      if (w.starts_with("n:") || w.starts_with("v:")) {
        std::string base = NormalizeWord(w.substr(2));
        variants.push_back(base);
        if (w[0] == 'n') {
          variants.push_back(RegularPlural(base));
        } else {
          for (std::string& f : RegularVerbForms(base)) variants.push_back(f);
        }
      } else {
        variants.emplace_back(w);
      }
      std::vector<std::string> next;
      for (const std::string& f : forms) {
        for (std::string v : variants) {
          for (char& ch : v)
            if (ch == '+') ch = '_';
          next.push_back(f.empty() ? v : f + " " + v);
        }
      }
      forms.swap(next);
      if (forms.size() > 64) bad = true;
    }
    if (bad) {
      AddProblem(problems, name, lineno, "too many expansions", raw);
      continue;
    }
    Phrase phrase;
    for (const std::string& f : forms) {
      if (!SplitPhrase(f, false, &phrase)) {
        AddProblem(problems, name, lineno, "empty issue phrase", raw);
        break;
      }
      for (PhraseWord& w : phrase) w.mode = WordMode::kExact;
      d->AddIssue(phrase, code, category, ignore, Origin(name, lineno));
    }
  }
}

}  // namespace lexicon_internal

TabariOptions ParseTabariOptions(std::string_view text, std::string_view name,
                                 std::vector<std::string>* problems) {
  using namespace lexicon_internal;
  TabariOptions o;
  std::string storage;
  std::vector<std::string_view> lines = SplitLines(text, &storage);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = Trim(lines[i]);
    if (line.empty() || line.starts_with("//") || line[0] == '#') continue;
    if (line[0] == '~') break;  // "~~~~~" / "~FINISH": end of the options
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      AddProblem(problems, name, i + 1, "not an option", lines[i]);
      continue;
    }
    std::string key = NormalizeWord(Trim(line.substr(0, colon)));
    std::string_view arg = Trim(line.substr(colon + 1));
    if (key == "COMPLEX") {
      o.complex.emplace_back(arg);
    } else if (key == "SET") {
      size_t eq = arg.find('=');
      std::string k = NormalizeWord(Trim(arg.substr(0, eq)));
      std::string v =
          eq == std::string_view::npos ? "TRUE" : NormalizeWord(Trim(arg.substr(eq + 1)));
      o.sets[k] = v;
    } else if (key == "LABEL") {
      size_t eq = arg.find('=');
      if (eq == std::string_view::npos) {
        AddProblem(problems, name, i + 1, "label without =", lines[i]);
        continue;
      }
      o.labels[std::string(Trim(arg.substr(0, eq)))] = std::string(Trim(arg.substr(eq + 1)));
    } else {
      o.other.emplace_back(line);
    }
  }
  return o;
}

TabariProject ParseTabariProject(std::string_view text, const std::string& path) {
  using namespace lexicon_internal;
  TabariProject p;
  p.path = path;
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  std::string storage;
  std::vector<std::string_view> lines = SplitLines(text, &storage);
  auto resolve = [&](std::string_view f) {
    return (dir / std::filesystem::path(std::string(f))).lexically_normal().string();
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = Trim(lines[i]);
    if (i == 0 && !line.starts_with("<")) {
      p.title = std::string(line);
      continue;
    }
    if (!line.starts_with("<")) continue;
    size_t end = line.find('>');
    if (end == std::string_view::npos) continue;
    std::string tag = NormalizeWord(line.substr(1, end - 1));
    std::string value(Trim(line.substr(end + 1)));
    if (value.empty()) continue;
    if (tag == "ACTORSFILE") {
      p.actors.push_back(value);
      p.actor_paths.push_back(resolve(value));
    } else if (tag == "VERBSFILE") {
      p.verbs.push_back(value);
      p.verb_paths.push_back(resolve(value));
    } else if (tag == "AGENTSFILE") {
      p.agents.push_back(value);
      p.agent_paths.push_back(resolve(value));
    } else if (tag == "OPTIONSFILE") {
      p.options.push_back(value);
      p.option_paths.push_back(resolve(value));
    } else if (tag == "TEXTFILE") {
      p.text.push_back(value);
      p.text_paths.push_back(resolve(value));
    } else if (tag == "CODER") {
      p.coder = value;
    } else if (tag == "EVENTFILE") {
      p.event_file = value;
    } else if (tag == "PROBLEMFILE") {
      p.problem_file = value;
    } else if (tag == "ERRORFILE") {
      p.error_file = value;
    }
  }
  return p;
}

}  // namespace annalist
