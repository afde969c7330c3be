// annalist code [--lexicon SPEC]... [--threads N] [--date YYYY-MM-DD]
//               [--input-format text|jsonl|tabari|petrarch]
//               [--output-format jsonl|tsv|csv|gdelt|plover|tabari] [FILE...]
//
// A streaming filter: documents in (standard input when no file), events
// out, in input order, coded on all cores.
#include <sys/stat.h>

#include <iostream>
#include <memory>

#include "annalist/coder.h"
#include "annalist/datetime.h"
#include "annalist/export.h"
#include "annalist/pipeline.h"
#include "annalist/reader.h"
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

int RunCode(const CodeFlags& flags) {
  DateTime default_date;
  if (!flags.date.empty() && !ParsePublished(flags.date, &default_date)) {
    std::cerr << "annalist: --date wants a date such as 2016-11-08, not '" << flags.date << "'\n";
    return kExitUsage;
  }
  LoadedProfile loaded;
  if (int rc = LoadProfileFlags(flags.lexicons, flags.quiet, &loaded); rc != kExitOk) return rc;

  std::ostream& out = std::cout;
  // GDELT's SOURCEURL: the URL of the document being written.
  std::string doc_id, doc_url;
  ExportOptions eo;
  eo.document_url = [&](const std::string& id) { return id == doc_id ? doc_url : ""; };
  Result<std::unique_ptr<EventWriter>> writer = MakeEventWriter(flags.output_format, &out, eo);
  if (!writer.ok()) {
    std::cerr << "annalist: --output-format: " << writer.status().message() << "\n";
    return kExitUsage;
  }

  // Every input format, the validation record formats included, is read
  // through the one format table; a TABARI or PETRARCH record is a document
  // of one sentence, coded as `ingest` and `validate` code it.
  ReaderOptions ro;
  if (!ParseInputFormat(flags.input_format, &ro.format)) {
    std::cerr << "annalist: unknown --input-format " << flags.input_format << " (one of "
              << InputFormatNames() << ")\n";
    return kExitUsage;
  }
  std::vector<std::string> paths = flags.files;
  if (paths.empty()) paths.push_back("-");
  Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::Open(paths, ro);
  if (!reader.ok()) return Fail(reader.status());
  (*reader)->SetProblemHandler([](const ReadProblem& p) { Warn("skipped " + p.Message()); });
  auto produce = [&](CodeUnit* u) { return (*reader)->Next(&u->doc); };

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
    doc_id = u.doc.id;
    doc_url = u.doc.url;
    for (const Event& e : u.events) (*writer)->Write(e);
    if (from_stream) out.flush();
    return static_cast<bool>(out);
  });
  (*writer)->End();
  out.flush();
  if (!(*writer)->status().ok()) return Fail((*writer)->status());
  return kExitOk;
}

}  // namespace

void RegisterCode(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<CodeFlags>();
  CLI::App* cmd = app->add_subcommand(
      "code", "Code documents into events: a streaming filter (standard input when no FILE)");
  AddLexiconOption(cmd, &flags->lexicons,
                   "Dictionaries: a directory or file of TABARI or PETRARCH dictionaries, a "
                   "TABARI .project file, or 'default' (repeatable; later ones override)");
  AddThreadsOption(cmd, &flags->threads);
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
