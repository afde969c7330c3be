// Fuzzes the HTML extractor: any bytes give an article whose text and
// metadata are valid UTF-8, and HtmlToText never fails.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "annalist/text.h"
#include "annalist/web.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;
  std::string page(reinterpret_cast<const char*>(data), size);
  annalist::html::ExtractOptions options;
  options.url = "https://fuzz.example/2020/01/02/page.html";
  options.content_type = size > 0 && data[0] % 2 ? "text/html; charset=iso-8859-1" : "";
  annalist::html::Article a = annalist::html::ExtractArticle(page, options);
  for (const std::string* s : {&a.text, &a.title, &a.byline, &a.site, &a.language}) {
    if (!annalist::IsValidUtf8(*s)) std::abort();
  }
  if (a.published.known() && a.published_text.empty()) std::abort();
  if (!annalist::IsValidUtf8(annalist::html::HtmlToText(annalist::RepairUtf8(page, nullptr)))) {
    std::abort();
  }
  return 0;
}
