#include "ingest/skipped_formats.h"

#include <string>
#include <utility>

#include "annalist/reader.h"

namespace annalist::ingest {

namespace {

std::string LowerPrefix(std::string_view s, size_t n) {
  std::string out(s.substr(0, n));
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

Format Skip(const char* name, const char* category, const char* reason,
            std::vector<std::string> extensions) {
  Format f;
  f.name = name;
  f.extensions = std::move(extensions);
  f.skip_category = category;
  f.skip_reason = reason;
  return f;
}

}  // namespace

bool LooksLikeHtml(std::string_view head) {
  if (head.empty() || head.front() != '<') return false;
  std::string lower = LowerPrefix(head, 1024);
  if (StartsWith(lower, "<!doctype html")) return true;
  for (const char* tag : {"<html", "<head", "<body"}) {
    size_t at = lower.find(tag);
    if (at == std::string::npos) continue;
    size_t end = at + std::string_view(tag).size();
    if (end == lower.size() || lower[end] == '>' || lower[end] == ' ' || lower[end] == '\n' ||
        lower[end] == '\r' || lower[end] == '\t') {
      return true;
    }
  }
  return false;
}

std::vector<Format> SkippedFormats() {
  std::vector<Format> out;
  out.push_back(
      Skip("pdf", kSkipPdf, "a PDF document: PDF is not read; extract its text first", {".pdf"}));
  out.back().detect = [](std::string_view head, bool) { return StartsWith(head, "%PDF-"); };
  out.push_back(Skip("image", kSkipImage, "an image, not text",
                     {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".svg",
                      ".ico", ".heic"}));
  out.back().detect = [](std::string_view head, bool) {
    return StartsWith(head, "\x89PNG") || StartsWith(head, "\xFF\xD8\xFF") ||
           StartsWith(head, "GIF87a") || StartsWith(head, "GIF89a") ||
           (StartsWith(head, "RIFF") && head.size() >= 12 && head.substr(8, 4) == "WEBP") ||
           StartsWith(head, std::string_view("II*\0", 4)) ||
           StartsWith(head, std::string_view("MM\0*", 4));
  };
  out.push_back(
      Skip("binary", kSkipBinary, "a binary file (by its extension), not text",
           {".zip",   ".tar", ".tgz",  ".7z",  ".rar",    ".bz2",    ".xz",   ".zst",  ".doc",
            ".docx",  ".xls", ".xlsx", ".ppt", ".pptx",   ".odt",    ".ods",  ".epub", ".exe",
            ".dll",   ".so",  ".o",    ".a",   ".bin",    ".class",  ".jar",  ".pyc",  ".mp3",
            ".mp4",   ".m4a", ".wav",  ".avi", ".mov",    ".mkv",    ".flac", ".ogg",  ".woff",
            ".woff2", ".ttf", ".otf",  ".db",  ".sqlite", ".parquet"}));
  return out;
}

}  // namespace annalist::ingest
