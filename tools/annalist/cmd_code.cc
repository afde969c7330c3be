// annalist code [--lexicon SPEC]... [--threads N] [--date YYYY-MM-DD]
//               [--input-format text|jsonl|tabari|petrarch]
//               [--output-format jsonl|tsv|csv|gdelt|plover|tabari] [FILE...]
//
// A streaming filter: documents in (standard input when no file), events
// out, in input order, coded on all cores.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include <sys/stat.h>

#include "annalist/coder.h"
#include "annalist/datetime.h"
#include "annalist/export.h"
#include "annalist/pipeline.h"
#include "annalist/reader.h"
#include "annalist/records.h"
#include "cli.h"
#include "lexicon_flags.h"

namespace annalist::cli {

namespace {

struct CodeFlags {
  std::vector<std::string> lexicons;
  int threads = 0;
  std::string date;
  std::string input_format = "auto";
  std::string output_format = "jsonl";
  bool quiet = false;
  std::vector<std::string> files;
};

// Pulls units from a list of inputs in one of the record formats.
class RecordSource {
 public:
  RecordSource(std::vector<std::string> files, bool petrarch)
      : files_(std::move(files)), petrarch_(petrarch) {
    if (files_.empty()) files_.push_back("-");
  }

  bool Next(CodeUnit* unit) {
    for (;;) {
      if (!tabari_ && !petrarch_reader_) {
        if (next_file_ >= files_.size()) return false;
        if (!OpenNext()) continue;
      }
      if (tabari_) {
        TabariRecord r;
        if (tabari_->Next(&r)) {
          unit->doc.id = r.id;
          unit->doc.text = std::move(r.text);
          unit->doc.published = r.date;
          unit->doc.source = tabari_->name();
          unit->doc.source_line = r.line;
          unit->single_sentence = true;
          return true;
        }
        Report(tabari_->problems(), tabari_->status());
        tabari_.reset();
      } else {
        PetrarchRecord r;
        if (petrarch_reader_->Next(&r)) {
          unit->doc.id = r.id;
          unit->doc.text = std::move(r.text);
          unit->doc.published = r.date;
          unit->doc.source = petrarch_reader_->name();
          unit->doc.source_line = r.line;
          unit->single_sentence = true;
          return true;
        }
        Report(petrarch_reader_->problems(), petrarch_reader_->status());
        petrarch_reader_.reset();
      }
    }
  }

  uint64_t problems() const { return problems_; }

 private:
  bool OpenNext() {
    const std::string& f = files_[next_file_++];
    RecordReaderOptions opts;
    opts.lenient = true;
    if (f == "-") {
      if (petrarch_) {
        petrarch_reader_ = std::make_unique<PetrarchRecordReader>(&std::cin, "-", opts);
      } else {
        tabari_ = std::make_unique<TabariRecordReader>(&std::cin, "-", opts);
      }
      return true;
    }
    if (petrarch_) {
      auto r = PetrarchRecordReader::Open(f, opts);
      if (!r.ok()) return Skip(r.status());
      petrarch_reader_ = std::move(*r);
    } else {
      auto r = TabariRecordReader::Open(f, opts);
      if (!r.ok()) return Skip(r.status());
      tabari_ = std::move(*r);
    }
    return true;
  }
  bool Skip(const Status& st) {
    std::cerr << "annalist: " << st.ToString() << "\n";
    ++problems_;
    return false;
  }
  void Report(const std::vector<std::string>& problems, const Status& st) {
    for (const std::string& p : problems) std::cerr << "annalist: skipped " << p << "\n";
    problems_ += problems.size();
    if (!st.ok()) Skip(st);
  }

  std::vector<std::string> files_;
  bool petrarch_;
  size_t next_file_ = 0;
  std::unique_ptr<TabariRecordReader> tabari_;
  std::unique_ptr<PetrarchRecordReader> petrarch_reader_;
  uint64_t problems_ = 0;
};

int RunCode(const CodeFlags& flags) {
  DateTime default_date;
  if (!flags.date.empty() && !ParsePublished(flags.date, &default_date)) {
    std::cerr << "annalist: --date: not a date: " << flags.date << "\n";
    return kExitUsage;
  }
  LoadedProfile loaded;
  if (int rc = LoadProfileFlags(flags.lexicons, flags.quiet, &loaded); rc != kExitOk) return rc;

  std::ostream& out = std::cout;
  Result<std::unique_ptr<EventWriter>> writer = MakeEventWriter(flags.output_format, &out);
  if (!writer.ok()) {
    std::cerr << "annalist: --output-format: " << writer.status().message() << "\n";
    return kExitUsage;
  }

  std::function<bool(CodeUnit*)> produce;
  std::unique_ptr<DocumentReader> doc_reader;
  std::unique_ptr<RecordSource> records;
  uint64_t skipped = 0;
  if (flags.input_format == "tabari" || flags.input_format == "petrarch") {
    records = std::make_unique<RecordSource>(flags.files, flags.input_format == "petrarch");
    produce = [&](CodeUnit* u) { return records->Next(u); };
  } else {
    ReaderOptions ro;
    if (!ParseInputFormat(flags.input_format, &ro.format)) {
      std::cerr << "annalist: unknown --input-format " << flags.input_format << "\n";
      return kExitUsage;
    }
    std::vector<std::string> paths = flags.files;
    if (paths.empty()) paths.push_back("-");
    Result<std::unique_ptr<DocumentReader>> r = DocumentReader::Open(paths, ro);
    if (!r.ok()) return Fail(r.status());
    doc_reader = std::move(*r);
    doc_reader->SetProblemHandler([&](const ReadProblem& p) {
      ++skipped;
      std::cerr << "annalist: skipped " << p.Message() << "\n";
    });
    produce = [&](CodeUnit* u) { return doc_reader->Next(&u->doc); };
  }

  // Read from a pipe or terminal, each document's events go out as soon as
  // it is coded, not when a buffer fills.
  bool from_stream = false;
  for (const std::string& p : flags.files.empty() ? std::vector<std::string>{"-"} : flags.files) {
    struct stat st;
    if (p == "-" ? ::fstat(0, &st) != 0 || !S_ISREG(st.st_mode)
                 : ::stat(p.c_str(), &st) == 0 && S_ISFIFO(st.st_mode)) {
      from_stream = true;
    }
  }
  (*writer)->Begin();
  CodeInOrder(*loaded.profile, flags.threads, default_date, produce, [&](CodeUnit&& u) {
    for (const Event& e : u.events) (*writer)->Write(e);
    if (from_stream) out.flush();
    return static_cast<bool>(out);
  });
  (*writer)->End();
  out.flush();
  if (records) skipped += records->problems();
  if (!(*writer)->status().ok()) return Fail((*writer)->status());
  return kExitOk;
}

}  // namespace

void RegisterCode(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<CodeFlags>();
  CLI::App* cmd = app->add_subcommand(
      "code", "Code documents into events: a streaming filter (standard input when no FILE)");
  cmd->add_option("--lexicon", flags->lexicons,
                  "Dictionaries: a directory or file of TABARI or PETRARCH dictionaries, a "
                  "TABARI .project file, or 'default' (repeatable; later ones override)");
  cmd->add_option("--threads", flags->threads, "Worker threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--date", flags->date,
                  "Date for documents that carry none (YYYY-MM-DD): selects dated actor codes");
  cmd->add_option("--input-format", flags->input_format,
                  "auto|text|jsonl|reuters|tabari|petrarch (default auto: by file)");
  cmd->add_option("--output-format", flags->output_format,
                  "jsonl|tsv|csv|gdelt|plover|tabari (default jsonl)");
  cmd->add_flag("--quiet,-q", flags->quiet, "Do not report dictionary problems");
  cmd->add_option("FILE", flags->files, "Input files; - or none for standard input");
  cmd->callback([flags, exit_code] { *exit_code = RunCode(*flags); });
}

}  // namespace annalist::cli
