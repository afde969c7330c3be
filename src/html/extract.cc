#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annalist/datetime.h"
#include "annalist/text.h"
#include "annalist/web.h"
#include "html/charset.h"
#include "text/furniture.h"

namespace annalist::html {

namespace {

using Node = xmlNode;

// ---------------------------------------------------------------------------
// Small string helpers

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

bool Contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

bool ContainsAny(std::string_view hay, std::initializer_list<std::string_view> needles) {
  for (std::string_view n : needles) {
    if (Contains(hay, n)) return true;
  }
  return false;
}

// Trims and collapses every run of blank space (and no-break spaces) to one space.
std::string Normalize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (IsSpace(c)) {
      space = true;
      continue;
    }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      space = true;
      ++i;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

// Characters (code points) of UTF-8 `s`.
size_t CharCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = IsSpace(static_cast<unsigned char>(c));
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// ---------------------------------------------------------------------------
// DOM helpers over libxml2

bool IsElement(const Node* n) { return n && n->type == XML_ELEMENT_NODE; }
bool IsText(const Node* n) {
  return n && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE);
}
std::string_view Tag(const Node* n) {
  return IsElement(n) && n->name ? std::string_view(reinterpret_cast<const char*>(n->name))
                                 : std::string_view();
}
bool TagIs(const Node* n, std::string_view t) { return Tag(n) == t; }
bool TagIn(const Node* n, std::initializer_list<std::string_view> tags) {
  std::string_view t = Tag(n);
  if (t.empty()) return false;
  for (std::string_view x : tags) {
    if (t == x) return true;
  }
  return false;
}

std::string Attr(const Node* n, const char* name) {
  if (!IsElement(n)) return "";
  for (xmlAttr* a = n->properties; a; a = a->next) {
    if (a->name && xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>(name)) == 0) {
      std::string out;
      for (Node* c = a->children; c; c = c->next) {
        if (c->content) out += reinterpret_cast<const char*>(c->content);
      }
      return out;
    }
  }
  return "";
}
bool HasAttr(const Node* n, const char* name) {
  if (!IsElement(n)) return false;
  for (xmlAttr* a = n->properties; a; a = a->next) {
    if (a->name && xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>(name)) == 0) {
      return true;
    }
  }
  return false;
}

Node* FirstElementChild(const Node* n) {
  for (Node* c = n->children; c; c = c->next) {
    if (IsElement(c)) return c;
  }
  return nullptr;
}
Node* NextElementSibling(const Node* n) {
  for (Node* c = n->next; c; c = c->next) {
    if (IsElement(c)) return c;
  }
  return nullptr;
}
std::vector<Node*> ElementChildren(const Node* n) {
  std::vector<Node*> out;
  for (Node* c = n->children; c; c = c->next) {
    if (IsElement(c)) out.push_back(c);
  }
  return out;
}

void AppendText(const Node* n, std::string* out) {
  for (const Node* c = n->children; c; c = c->next) {
    if (IsText(c)) {
      if (c->content) out->append(reinterpret_cast<const char*>(c->content));
    } else if (IsElement(c)) {
      AppendText(c, out);
    }
  }
}
std::string TextContent(const Node* n) {
  std::string out;
  if (IsText(n)) {
    if (n->content) out = reinterpret_cast<const char*>(n->content);
    return out;
  }
  AppendText(n, &out);
  return out;
}
std::string InnerText(const Node* n) { return Normalize(TextContent(n)); }
size_t InnerLength(const Node* n) { return CharCount(InnerText(n)); }

// Elements named `tags` below `root`, in document order.
void CollectTags(Node* root, std::initializer_list<std::string_view> tags,
                 std::vector<Node*>* out) {
  for (Node* c = root->children; c; c = c->next) {
    if (!IsElement(c)) continue;
    if (TagIn(c, tags)) out->push_back(c);
    CollectTags(c, tags, out);
  }
}
std::vector<Node*> NodesWithTag(Node* root, std::initializer_list<std::string_view> tags) {
  std::vector<Node*> out;
  CollectTags(root, tags, &out);
  return out;
}
size_t CountTag(Node* root, std::initializer_list<std::string_view> tags) {
  size_t n = 0;
  for (Node* c = root->children; c; c = c->next) {
    if (!IsElement(c)) continue;
    if (TagIn(c, tags)) ++n;
    n += CountTag(c, tags);
  }
  return n;
}

void Remove(Node* n) {
  xmlUnlinkNode(n);
  xmlFreeNode(n);
}

// Removes `nodes` (in document order, possibly nested): the last first, so a
// node is never freed twice with an ancestor.
void RemoveAll(const std::vector<Node*>& nodes) {
  for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) Remove(*it);
}

void Rename(Node* n, const char* tag) { xmlNodeSetName(n, reinterpret_cast<const xmlChar*>(tag)); }

// The next element in document order (skipping `n`'s children when asked),
// as Readability's getNextNode.
Node* NextNode(Node* n, bool skip_children) {
  if (!skip_children) {
    if (Node* c = FirstElementChild(n)) return c;
  }
  if (Node* s = NextElementSibling(n)) return s;
  for (Node* p = n->parent; p && IsElement(p); p = p->parent) {
    if (Node* s = NextElementSibling(p)) return s;
  }
  return nullptr;
}
Node* RemoveAndGetNext(Node* n) {
  Node* next = NextNode(n, true);
  Remove(n);
  return next;
}

bool HasAncestorTag(const Node* n, std::string_view tag, int max_depth,
                    const std::unordered_set<const Node*>* only = nullptr) {
  int depth = 0;
  for (const Node* p = n->parent; p && IsElement(p); p = p->parent) {
    if (max_depth > 0 && depth > max_depth) return false;
    if (TagIs(p, tag) && (!only || only->count(p))) return true;
    ++depth;
  }
  return false;
}

std::string MatchString(const Node* n) { return Lower(Attr(n, "class") + " " + Attr(n, "id")); }

// ---------------------------------------------------------------------------
// Class names, as Readability's regular expressions (all case-insensitive
// substring tests, except "hid" which must be a whole word).

bool Unlikely(std::string_view s) {
  return ContainsAny(
      s,
      {"-ad-",       "ai2html", "banner",    "breadcrumbs",  "combx",    "comment",  "community",
       "cover-wrap", "disqus",  "extra",     "footer",       "gdpr",     "header",   "legends",
       "menu",       "related", "remark",    "replies",      "rss",      "shoutbox", "sidebar",
       "skyscraper", "social",  "sponsor",   "supplemental", "ad-break", "agegate",  "pagination",
       "pager",      "popup",   "yom-remote"});
}
bool MaybeCandidate(std::string_view s) {
  return ContainsAny(s,
                     {"and", "article", "body", "column", "content", "main", "mathjax", "shadow"});
}
bool Positive(std::string_view s) {
  return ContainsAny(s, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
                         "pagination", "post", "text", "blog", "story"});
}
bool WholeWord(std::string_view s, std::string_view w) {
  size_t at = 0;
  while ((at = s.find(w, at)) != std::string_view::npos) {
    bool left = at == 0 || s[at - 1] == ' ';
    bool right = at + w.size() == s.size() || s[at + w.size()] == ' ';
    if (left && right) return true;
    ++at;
  }
  return false;
}
bool Negative(std::string_view s) {
  return WholeWord(s, "hid") ||
         ContainsAny(s, {"-ad-",     "hidden",     "banner",  "combx",    "comment", "com-",
                         "contact",  "footer",     "gdpr",    "masthead", "media",   "meta",
                         "outbrain", "promo",      "related", "scroll",   "share",   "shoutbox",
                         "sidebar",  "skyscraper", "sponsor", "shopping", "tags",    "widget"});
}
bool BylineName(std::string_view s) {
  return ContainsAny(s, {"byline", "author", "dateline", "writtenby", "p-author"});
}
// (\b|_)(share|sharedaddy)(\b|_)
bool ShareName(std::string_view s) {
  for (std::string_view w : {std::string_view("share"), std::string_view("sharedaddy")}) {
    size_t at = 0;
    while ((at = s.find(w, at)) != std::string_view::npos) {
      auto boundary = [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); };
      bool left = at == 0 || boundary(s[at - 1]);
      bool right = at + w.size() == s.size() || boundary(s[at + w.size()]);
      if (left && right) return true;
      ++at;
    }
  }
  return false;
}

bool IsPhrasingTag(std::string_view t) {
  static const std::unordered_set<std::string_view> kPhrasing = {
      "abbr",     "audio",    "b",    "bdo",      "br",     "button",   "cite",   "code",
      "data",     "datalist", "dfn",  "em",       "embed",  "i",        "img",    "input",
      "kbd",      "label",    "mark", "math",     "meter",  "noscript", "object", "output",
      "progress", "q",        "ruby", "samp",     "script", "select",   "small",  "span",
      "strong",   "sub",      "sup",  "textarea", "time",   "var",      "wbr"};
  return kPhrasing.count(t) > 0;
}

bool IsPhrasing(const Node* n) {
  if (IsText(n)) return true;
  if (!IsElement(n)) return false;
  std::string_view t = Tag(n);
  if (IsPhrasingTag(t)) return true;
  if (t == "a" || t == "del" || t == "ins") {
    for (const Node* c = n->children; c; c = c->next) {
      if ((IsText(c) || IsElement(c)) && !IsPhrasing(c)) return false;
    }
    return true;
  }
  return false;
}

bool IsWhitespaceNode(const Node* n) {
  if (IsText(n)) {
    const char* s = reinterpret_cast<const char*>(n->content);
    if (!s) return true;
    for (; *s; ++s) {
      if (!IsSpace(static_cast<unsigned char>(*s))) return false;
    }
    return true;
  }
  return TagIs(n, "br");
}

// ---------------------------------------------------------------------------
// Metadata

struct Metadata {
  std::string title, byline, excerpt, site, published, published_from;
};

std::string UnescapeEntities(std::string s) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&quot;", "\""}, {"&#39;", "'"},  {"&apos;", "'"}, {"&lt;", "<"},
      {"&gt;", ">"},    {"&nbsp;", " "}, {"&amp;", "&"}};
  if (s.find('&') == std::string::npos) return s;
  for (const auto& [from, to] : kEntities) {
    size_t at = 0;
    while ((at = s.find(from, at)) != std::string::npos) {
      s.replace(at, std::strlen(from), to);
      at += std::strlen(to);
    }
  }
  // Numeric references.
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&' && i + 2 < s.size() && s[i + 1] == '#') {
      size_t j = i + 2;
      bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
      if (hex) ++j;
      size_t k = j;
      char32_t cp = 0;
      while (k < s.size() && std::isxdigit(static_cast<unsigned char>(s[k])) && k - j < 7) {
        char c = s[k];
        if (!hex && !std::isdigit(static_cast<unsigned char>(c))) break;
        int v =
            std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (std::tolower(c) - 'a' + 10);
        cp = cp * (hex ? 16 : 10) + v;
        ++k;
      }
      if (k > j && k < s.size() && s[k] == ';') {
        AppendUtf8(cp == 0 ? 0xFFFD : cp, &out);
        i = k;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

// Readability's textSimilarity: the share of b's words also in a.
double TextSimilarity(std::string_view a, std::string_view b) {
  auto tokens = [](std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : Lower(s)) {
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
          static_cast<unsigned char>(c) >= 0x80) {
        cur.push_back(c);
      } else if (!cur.empty()) {
        out.push_back(std::move(cur));
        cur.clear();
      }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
  };
  std::vector<std::string> ta = tokens(a), tb = tokens(b);
  if (ta.empty() || tb.empty()) return 0;
  std::unordered_set<std::string> sa(ta.begin(), ta.end());
  size_t all = 0, uniq = 0, nuniq = 0;
  for (const std::string& t : tb) {
    all += t.size();
    if (!sa.count(t)) {
      uniq += t.size();
      ++nuniq;
    }
  }
  all += tb.size() - 1;
  if (nuniq > 0) uniq += nuniq - 1;
  return 1.0 - static_cast<double>(uniq) / static_cast<double>(all);
}

bool TypeIsArticle(const nlohmann::json& t) {
  std::string s;
  if (t.is_string()) {
    s = t.get<std::string>();
  } else if (t.is_array()) {
    for (const auto& x : t) {
      if (x.is_string()) s += x.get<std::string>() + ",";
    }
  } else {
    return false;
  }
  if (s.rfind("Article", 0) == 0) return true;
  for (std::string_view k :
       {"AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
        "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle",
        "Report", "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle",
        "SocialMediaPosting", "BlogPosting", "LiveBlogPosting", "DiscussionForumPosting",
        "TechArticle"}) {
    if (Contains(s, k)) return true;
  }
  return s.size() >= 12 && s.compare(s.size() - 12, 12, "APIReference") == 0;
}

bool SchemaOrg(const std::string& s) {
  return s == "http://schema.org" || s == "https://schema.org" || s == "http://schema.org/" ||
         s == "https://schema.org/";
}

std::string ArticleTitle(Node* root, const std::string& title_tag);

void ReadJsonLd(Node* root, const std::string& title_tag, Metadata* md) {
  for (Node* s : NodesWithTag(root, {"script"})) {
    if (Lower(Attr(s, "type")) != "application/ld+json") continue;
    std::string content = TextContent(s);
    size_t b = content.find("<![CDATA[");
    if (b != std::string::npos) content.erase(0, b + 9);
    size_t e = content.rfind("]]>");
    if (e != std::string::npos) content.erase(e);
    nlohmann::json j = nlohmann::json::parse(content, nullptr, false);
    if (j.is_discarded()) continue;
    if (j.is_array()) {
      nlohmann::json found;
      for (const auto& it : j) {
        if (it.is_object() && it.contains("@type") && TypeIsArticle(it["@type"])) {
          found = it;
          break;
        }
      }
      if (found.is_null()) continue;
      j = found;
    }
    if (!j.is_object()) continue;
    bool schema = false;
    if (j.contains("@context")) {
      const auto& c = j["@context"];
      if (c.is_string()) schema = SchemaOrg(c.get<std::string>());
      if (c.is_object() && c.contains("@vocab") && c["@vocab"].is_string()) {
        schema = SchemaOrg(c["@vocab"].get<std::string>());
      }
    }
    if (!schema) continue;
    if (!j.contains("@type") && j.contains("@graph") && j["@graph"].is_array()) {
      nlohmann::json found;
      for (const auto& it : j["@graph"]) {
        if (it.is_object() && it.contains("@type") && TypeIsArticle(it["@type"])) {
          found = it;
          break;
        }
      }
      j = found;
    }
    if (!j.is_object() || !j.contains("@type") || !TypeIsArticle(j["@type"])) continue;
    auto str = [&](const char* k) {
      return j.contains(k) && j[k].is_string() ? Normalize(j[k].get<std::string>()) : std::string();
    };
    std::string name = str("name"), headline = str("headline");
    if (!name.empty() && !headline.empty() && name != headline) {
      std::string t = ArticleTitle(root, title_tag);
      bool name_matches = TextSimilarity(name, t) > 0.75;
      bool headline_matches = TextSimilarity(headline, t) > 0.75;
      md->title = headline_matches && !name_matches ? headline : name;
    } else if (!name.empty()) {
      md->title = name;
    } else if (!headline.empty()) {
      md->title = headline;
    }
    if (j.contains("author")) {
      const auto& a = j["author"];
      if (a.is_object() && a.contains("name") && a["name"].is_string()) {
        md->byline = Normalize(a["name"].get<std::string>());
      } else if (a.is_array() && !a.empty() && a[0].is_object() && a[0].contains("name")) {
        std::string names;
        for (const auto& x : a) {
          if (!x.is_object() || !x.contains("name") || !x["name"].is_string()) continue;
          if (!names.empty()) names += ", ";
          names += Normalize(x["name"].get<std::string>());
        }
        md->byline = names;
      }
    }
    md->excerpt = str("description");
    if (j.contains("publisher") && j["publisher"].is_object() && j["publisher"].contains("name") &&
        j["publisher"]["name"].is_string()) {
      md->site = Normalize(j["publisher"]["name"].get<std::string>());
    }
    if (j.contains("datePublished") && j["datePublished"].is_string()) {
      md->published = Normalize(j["datePublished"].get<std::string>());
      md->published_from = "json-ld";
    }
    return;
  }
}

// Readability's _getArticleTitle over the <title> text.
std::string ArticleTitle(Node* root, const std::string& title_tag) {
  std::string orig = Normalize(title_tag);
  std::string cur = orig;
  bool hierarchical = false;
  // A separator with blank space on both sides.
  auto sep_at = [&](const std::string& s, size_t i, size_t* len) {
    static const char* kSeps[] = {"|", "-", "\xE2\x80\x93", "\xE2\x80\x94", "\\",
                                  "/", ">", "\xC2\xBB"};
    for (const char* sp : kSeps) {
      size_t n = std::strlen(sp);
      if (s.compare(i, n, sp) == 0 && i > 0 && s[i - 1] == ' ' && i + n < s.size() &&
          s[i + n] == ' ') {
        *len = n;
        return std::string_view(sp);
      }
    }
    return std::string_view();
  };
  size_t first = std::string::npos, last = std::string::npos, first_len = 0, last_len = 0;
  for (size_t i = 0; i < orig.size(); ++i) {
    size_t n = 0;
    std::string_view sp = sep_at(orig, i, &n);
    if (sp.empty()) continue;
    if (first == std::string::npos) {
      first = i;
      first_len = n;
    }
    last = i;
    last_len = n;
    if (sp == "\\" || sp == "/" || sp == ">" || sp == "\xC2\xBB") hierarchical = true;
  }
  (void)last_len;
  if (first != std::string::npos) {
    cur = Normalize(orig.substr(0, last));
    if (WordCount(cur) < 3) cur = Normalize(orig.substr(first + first_len));
  } else if (Contains(cur, ": ")) {
    bool heading_match = false;
    for (Node* h : NodesWithTag(root, {"h1", "h2"})) {
      if (InnerText(h) == cur) heading_match = true;
    }
    if (!heading_match) {
      cur = Normalize(orig.substr(orig.rfind(':') + 1));
      if (WordCount(cur) < 3) {
        cur = Normalize(orig.substr(orig.find(':') + 1));
      } else if (WordCount(orig.substr(0, orig.find(':'))) > 5) {
        cur = orig;
      }
    }
  } else if (CharCount(cur) > 150 || CharCount(cur) < 15) {
    std::vector<Node*> h1 = NodesWithTag(root, {"h1"});
    if (h1.size() == 1) cur = InnerText(h1[0]);
  }
  size_t words = WordCount(cur);
  if (words <= 4) {
    std::string stripped;
    for (size_t i = 0; i < orig.size(); ++i) {
      size_t n = 0;
      if (!sep_at(orig, i, &n).empty()) {
        i += n - 1;
        continue;
      }
      stripped.push_back(orig[i]);
    }
    if (!hierarchical || words != WordCount(stripped) - 1) cur = orig;
  }
  return cur;
}

void ReadMetadata(Node* root, const std::string& title_tag, Metadata* md, std::string* canonical,
                  std::string* content_language) {
  Metadata ld;
  ReadJsonLd(root, title_tag, &ld);
  std::unordered_map<std::string, std::string> values;
  for (Node* m : NodesWithTag(root, {"meta", "link"})) {
    if (TagIs(m, "link")) {
      if (Lower(Attr(m, "rel")) == "canonical" && canonical->empty()) *canonical = Attr(m, "href");
      continue;
    }
    std::string content = Attr(m, "content");
    if (content.empty()) continue;
    std::string property = Lower(Attr(m, "property"));
    std::string name = Lower(Attr(m, "name"));
    if (Lower(Attr(m, "http-equiv")) == "content-language") *content_language = content;
    if (!property.empty()) {
      // (article|dc|dcterm|og|twitter):(author|creator|description|published_time|title|site_name|url)
      size_t start = 0;
      while (start < property.size()) {
        size_t end = property.find(' ', start);
        if (end == std::string::npos) end = property.size();
        std::string p = property.substr(start, end - start);
        start = end + 1;
        size_t colon = p.find(':');
        if (colon == std::string::npos) continue;
        std::string prefix = p.substr(0, colon), key = p.substr(colon + 1);
        static const std::unordered_set<std::string> kPrefixes = {"article", "dc", "dcterm", "og",
                                                                  "twitter"};
        static const std::unordered_set<std::string> kKeys = {
            "author", "creator", "description", "published_time", "title", "site_name", "url"};
        if (kPrefixes.count(prefix) && kKeys.count(key)) values[p] = Normalize(content);
      }
    }
    if (!name.empty()) {
      // ((dc|dcterm|og|twitter|parsely|weibo:(article|webpage))[-.:])?(author|creator|pub-date|description|title|site_name)
      std::string n;
      for (char c : name) {
        if (!IsSpace(static_cast<unsigned char>(c))) n.push_back(c == '.' ? ':' : c);
      }
      static const std::unordered_set<std::string> kKeys = {"author",      "creator", "pub-date",
                                                            "description", "title",   "site_name"};
      static const char* kPrefixes[] = {"dc",      "dcterm",        "og",           "twitter",
                                        "parsely", "weibo:article", "weibo:webpage"};
      bool ok = kKeys.count(n) > 0;
      for (const char* pre : kPrefixes) {
        size_t pl = std::strlen(pre);
        if (n.size() > pl + 1 && n.compare(0, pl, pre) == 0 && (n[pl] == '-' || n[pl] == ':') &&
            kKeys.count(n.substr(pl + 1))) {
          ok = true;
        }
      }
      if (ok) values[n] = Normalize(content);
    }
  }
  auto first_of = [&](std::initializer_list<const char*> keys) {
    for (const char* k : keys) {
      auto it = values.find(k);
      if (it != values.end() && !it->second.empty()) return it->second;
    }
    return std::string();
  };
  md->title = !ld.title.empty()
                  ? ld.title
                  : first_of({"dc:title", "dcterm:title", "og:title", "weibo:article:title",
                              "weibo:webpage:title", "title", "twitter:title", "parsely-title"});
  if (md->title.empty()) md->title = ArticleTitle(root, title_tag);
  md->byline = !ld.byline.empty()
                   ? ld.byline
                   : first_of({"dc:creator", "dcterm:creator", "author", "parsely-author"});
  if (md->byline.empty()) {
    std::string a = first_of({"article:author"});
    if (a.rfind("http", 0) != 0) md->byline = a;
  }
  md->excerpt = !ld.excerpt.empty()
                    ? ld.excerpt
                    : first_of({"dc:description", "dcterm:description", "og:description",
                                "weibo:article:description", "weibo:webpage:description",
                                "description", "twitter:description"});
  md->site = !ld.site.empty() ? ld.site : first_of({"og:site_name"});
  if (!ld.published.empty()) {
    md->published = ld.published;
    md->published_from = ld.published_from;
  } else {
    md->published = first_of({"article:published_time", "parsely-pub-date"});
    if (!md->published.empty()) md->published_from = "meta";
  }
  if (canonical->empty()) *canonical = first_of({"og:url"});
  md->title = UnescapeEntities(md->title);
  md->byline = UnescapeEntities(md->byline);
  md->excerpt = UnescapeEntities(md->excerpt);
  md->site = UnescapeEntities(md->site);
}

// ---------------------------------------------------------------------------
// The article: Readability's grabArticle

constexpr int kFlagStripUnlikely = 1, kFlagWeightClasses = 2, kFlagCleanConditionally = 4;
constexpr size_t kCharThreshold = 500;

class Grabber {
 public:
  Grabber(const std::string& title, int flags) : title_(title), flags_(flags) {}

  // Returns the article element (owned by the caller's document), or nullptr.
  Node* Grab(htmlDocPtr doc, Node* body);
  const std::string& byline() const { return byline_; }

 private:
  double ClassWeight(const Node* n) const {
    if (!(flags_ & kFlagWeightClasses)) return 0;
    double w = 0;
    std::string cls = Lower(Attr(n, "class")), id = Lower(Attr(n, "id"));
    if (!cls.empty()) {
      if (Negative(cls)) w -= 25;
      if (Positive(cls)) w += 25;
    }
    if (!id.empty()) {
      if (Negative(id)) w -= 25;
      if (Positive(id)) w += 25;
    }
    return w;
  }

  void Initialize(Node* n) {
    double s = 0;
    std::string_view t = Tag(n);
    if (t == "div") {
      s = 5;
    } else if (t == "pre" || t == "td" || t == "blockquote") {
      s = 3;
    } else if (t == "address" || t == "ol" || t == "ul" || t == "dl" || t == "dd" || t == "dt" ||
               t == "li" || t == "form") {
      s = -3;
    } else if (t == "h1" || t == "h2" || t == "h3" || t == "h4" || t == "h5" || t == "h6" ||
               t == "th") {
      s = -5;
    }
    score_[n] = s + ClassWeight(n);
  }

  static double LinkDensity(const Node* n) {
    size_t len = InnerLength(n);
    if (len == 0) return 0;
    double links = 0;
    std::vector<Node*> as = NodesWithTag(const_cast<Node*>(n), {"a"});
    for (Node* a : as) {
      std::string href = Attr(a, "href");
      double coeff = !href.empty() && href[0] == '#' ? 0.3 : 1.0;
      links += static_cast<double>(InnerLength(a)) * coeff;
    }
    return links / static_cast<double>(len);
  }

  bool CheckByline(Node* n, const std::string& match) {
    if (!byline_.empty()) return false;
    std::string rel = Attr(n, "rel"), itemprop = Attr(n, "itemprop");
    if (rel == "author" || Contains(itemprop, "author") || BylineName(match)) {
      std::string text = Normalize(TextContent(n));
      if (!text.empty() && CharCount(text) < 100) {
        byline_ = text;
        return true;
      }
    }
    return false;
  }

  bool HeaderDuplicatesTitle(const Node* n) const {
    if (!TagIs(n, "h1") && !TagIs(n, "h2")) return false;
    return TextSimilarity(title_, InnerText(n)) > 0.75;
  }

  static bool Visible(const Node* n) {
    std::string style;
    for (char c : Lower(Attr(n, "style"))) {
      if (!IsSpace(static_cast<unsigned char>(c))) style.push_back(c);
    }
    if (Contains(style, "display:none") || Contains(style, "visibility:hidden")) return false;
    if (HasAttr(n, "hidden")) return false;
    if (Attr(n, "aria-hidden") == "true" && !Contains(Attr(n, "class"), "fallback-image")) {
      return false;
    }
    return true;
  }

  static bool WithoutContent(const Node* n) {
    if (!InnerText(n).empty()) return false;
    size_t children = 0, brhr = 0;
    for (Node* c = n->children; c; c = c->next) {
      if (!IsElement(c)) continue;
      ++children;
      if (TagIs(c, "br") || TagIs(c, "hr")) ++brhr;
    }
    return children == 0 || children == brhr;
  }

  static bool HasChildBlock(const Node* n) {
    for (Node* c = n->children; c; c = c->next) {
      if (!IsElement(c)) continue;
      if (TagIn(c, {"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"}) ||
          HasChildBlock(c)) {
        return true;
      }
    }
    return false;
  }

  static bool SingleTagInside(const Node* n, std::string_view tag) {
    size_t elements = 0;
    for (Node* c = n->children; c; c = c->next) {
      if (IsElement(c)) {
        ++elements;
        if (!TagIs(c, tag)) return false;
      } else if (IsText(c) && !IsWhitespaceNode(c)) {
        return false;
      }
    }
    return elements == 1;
  }

  bool CleanConditionallyRemoves(Node* node, std::string_view tag);
  void CleanConditionally(Node* e, std::string_view tag);
  void MarkDataTables(Node* root);
  void PrepArticle(Node* article);

  std::string title_;
  int flags_;
  std::string byline_;
  std::unordered_map<const Node*, double> score_;
  std::unordered_set<const Node*> data_tables_;
};

void Grabber::MarkDataTables(Node* root) {
  for (Node* t : NodesWithTag(root, {"table"})) {
    if (Attr(t, "role") == "presentation") continue;
    if (Attr(t, "datatable") == "0") continue;
    if (HasAttr(t, "summary")) {
      data_tables_.insert(t);
      continue;
    }
    std::vector<Node*> caption = NodesWithTag(t, {"caption"});
    if (!caption.empty() && caption[0]->children) {
      data_tables_.insert(t);
      continue;
    }
    if (CountTag(t, {"col", "colgroup", "tfoot", "thead", "th"}) > 0) {
      data_tables_.insert(t);
      continue;
    }
    if (CountTag(t, {"table"}) > 0) continue;
    size_t rows = 0, columns = 0;
    for (Node* tr : NodesWithTag(t, {"tr"})) {
      std::string rs = Attr(tr, "rowspan");
      rows += rs.empty() ? 1 : std::max(1, std::atoi(rs.c_str()));
      size_t cols = 0;
      for (Node* td : NodesWithTag(tr, {"td"})) {
        std::string cs = Attr(td, "colspan");
        cols += cs.empty() ? 1 : std::max(1, std::atoi(cs.c_str()));
      }
      columns = std::max(columns, cols);
    }
    if (rows == 1 || columns == 1) continue;
    if (rows >= 10 || columns > 4 || rows * columns > 10) data_tables_.insert(t);
  }
}

bool Grabber::CleanConditionallyRemoves(Node* node, std::string_view tag) {
  bool is_list = tag == "ul" || tag == "ol";
  size_t content_length = InnerLength(node);
  if (!is_list) {
    size_t list_length = 0;
    for (Node* l : NodesWithTag(node, {"ul", "ol"})) list_length += InnerLength(l);
    is_list = content_length > 0 && static_cast<double>(list_length) / content_length > 0.9;
  }
  if (tag == "table" && data_tables_.count(node)) return false;
  if (HasAncestorTag(node, "table", -1, &data_tables_)) return false;
  if (HasAncestorTag(node, "code", 3)) return false;
  double weight = ClassWeight(node);
  if (weight < 0) return true;
  std::string text = InnerText(node);
  if (std::count(text.begin(), text.end(), ',') >= 10) return false;
  double p = static_cast<double>(CountTag(node, {"p"}));
  double img = static_cast<double>(CountTag(node, {"img"}));
  double li = static_cast<double>(CountTag(node, {"li"})) - 100;
  double input = static_cast<double>(CountTag(node, {"input"}));
  double heading_density = 0;
  if (content_length > 0) {
    size_t h = 0;
    for (Node* x : NodesWithTag(node, {"h1", "h2", "h3", "h4", "h5", "h6"})) h += InnerLength(x);
    heading_density = static_cast<double>(h) / content_length;
  }
  size_t embeds = CountTag(node, {"object", "embed", "iframe"});
  double link_density = LinkDensity(node);
  bool figure = HasAncestorTag(node, "figure", 3);
  bool remove = (img > 1 && p / img < 0.5 && !figure) || (!is_list && li > p) ||
                (input > static_cast<double>(static_cast<int>(p / 3))) ||
                (!is_list && heading_density < 0.9 && content_length < 25 &&
                 (img == 0 || img > 2) && !figure) ||
                (!is_list && weight < 25 && link_density > 0.2) ||
                (weight >= 25 && link_density > 0.5) ||
                ((embeds == 1 && content_length < 75) || embeds > 1);
  if (is_list && remove) {
    // A list of images (a gallery with one image per item) is kept.
    for (Node* c : ElementChildren(node)) {
      if (ElementChildren(c).size() > 1) return remove;
    }
    if (img == static_cast<double>(CountTag(node, {"li"}))) return false;
  }
  return remove;
}

void Grabber::CleanConditionally(Node* e, std::string_view tag) {
  if (!(flags_ & kFlagCleanConditionally)) return;
  std::vector<Node*> nodes;
  if (tag == "form")
    nodes = NodesWithTag(e, {"form"});
  else if (tag == "fieldset")
    nodes = NodesWithTag(e, {"fieldset"});
  else if (tag == "table")
    nodes = NodesWithTag(e, {"table"});
  else if (tag == "ul")
    nodes = NodesWithTag(e, {"ul"});
  else
    nodes = NodesWithTag(e, {"div"});
  // Last first, so that a node is judged before the ones that hold it.
  for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
    if (CleanConditionallyRemoves(*it, tag)) {
      data_tables_.erase(*it);
      Remove(*it);
    }
  }
}

void Grabber::PrepArticle(Node* article) {
  MarkDataTables(article);
  CleanConditionally(article, "form");
  CleanConditionally(article, "fieldset");
  RemoveAll(NodesWithTag(article, {"object", "embed", "footer", "link", "aside"}));
  for (Node* top : ElementChildren(article)) {
    Node* n = NextNode(top, false);
    Node* end = NextNode(top, true);
    while (n && n != end) {
      if (ShareName(MatchString(n)) && CharCount(TextContent(n)) < kCharThreshold) {
        n = RemoveAndGetNext(n);
      } else {
        n = NextNode(n, false);
      }
    }
  }
  RemoveAll(NodesWithTag(article, {"iframe", "input", "textarea", "select", "button"}));
  std::vector<Node*> headers = NodesWithTag(article, {"h1", "h2"});
  for (auto it = headers.rbegin(); it != headers.rend(); ++it) {
    if (ClassWeight(*it) < 0) Remove(*it);
  }
  CleanConditionally(article, "table");
  CleanConditionally(article, "ul");
  CleanConditionally(article, "div");
  for (Node* h : NodesWithTag(article, {"h1"})) Rename(h, "h2");
  std::vector<Node*> ps = NodesWithTag(article, {"p"});
  for (auto it = ps.rbegin(); it != ps.rend(); ++it) {
    if (CountTag(*it, {"img", "embed", "object", "iframe"}) == 0 && InnerText(*it).empty()) {
      Remove(*it);
    }
  }
}

Node* Grabber::Grab(htmlDocPtr doc, Node* body) {
  std::vector<Node*> to_score;
  bool remove_title_header = true;
  Node* node = xmlDocGetRootElement(doc);
  while (node) {
    std::string match = MatchString(node);
    if (!Visible(node)) {
      node = RemoveAndGetNext(node);
      continue;
    }
    if (Attr(node, "aria-modal") == "true" && Attr(node, "role") == "dialog") {
      node = RemoveAndGetNext(node);
      continue;
    }
    if (CheckByline(node, match)) {
      node = RemoveAndGetNext(node);
      continue;
    }
    if (remove_title_header && HeaderDuplicatesTitle(node)) {
      remove_title_header = false;
      node = RemoveAndGetNext(node);
      continue;
    }
    std::string_view tag = Tag(node);
    if (flags_ & kFlagStripUnlikely) {
      if (Unlikely(match) && !MaybeCandidate(match) && !HasAncestorTag(node, "table", -1) &&
          !HasAncestorTag(node, "code", -1) && tag != "body" && tag != "a") {
        node = RemoveAndGetNext(node);
        continue;
      }
      std::string role = Attr(node, "role");
      if (role == "menu" || role == "menubar" || role == "complementary" || role == "navigation" ||
          role == "alert" || role == "alertdialog" || role == "dialog") {
        node = RemoveAndGetNext(node);
        continue;
      }
    }
    if ((tag == "div" || tag == "section" || tag == "header" || tag == "h1" || tag == "h2" ||
         tag == "h3" || tag == "h4" || tag == "h5" || tag == "h6") &&
        WithoutContent(node)) {
      node = RemoveAndGetNext(node);
      continue;
    }
    if (tag == "section" || tag == "h2" || tag == "h3" || tag == "h4" || tag == "h5" ||
        tag == "h6" || tag == "p" || tag == "td" || tag == "pre") {
      to_score.push_back(node);
    }
    if (tag == "div") {
      // Runs of phrasing content become paragraphs.
      Node* p = nullptr;
      Node* child = node->children;
      while (child) {
        Node* next = child->next;
        if (IsPhrasing(child)) {
          if (p) {
            xmlUnlinkNode(child);
            xmlAddChild(p, child);
          } else if (!IsWhitespaceNode(child)) {
            p = xmlNewDocNode(doc, nullptr, reinterpret_cast<const xmlChar*>("p"), nullptr);
            xmlAddPrevSibling(child, p);
            xmlUnlinkNode(child);
            xmlAddChild(p, child);
          }
        } else if (p) {
          while (p->last && IsWhitespaceNode(p->last)) Remove(p->last);
          p = nullptr;
        } else if (child->type == XML_COMMENT_NODE) {
          // comments between runs do not split them
        }
        child = next;
      }
      if (SingleTagInside(node, "p") && LinkDensity(node) < 0.25) {
        Node* inner = FirstElementChild(node);
        xmlUnlinkNode(inner);
        xmlReplaceNode(node, inner);
        xmlFreeNode(node);
        node = inner;
        to_score.push_back(node);
      } else if (!HasChildBlock(node)) {
        Rename(node, "p");
        to_score.push_back(node);
      }
    }
    node = NextNode(node, false);
  }

  std::vector<Node*> candidates;
  for (Node* e : to_score) {
    if (!e->parent || !IsElement(e->parent)) continue;
    std::string text = InnerText(e);
    size_t len = CharCount(text);
    if (len < 25) continue;
    double commas = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == ',') ++commas;
      // U+060C, U+FF0C and the other commas Readability counts.
      if (text.compare(i, 2, "\xD8\x8C") == 0 || text.compare(i, 3, "\xEF\xBC\x8C") == 0 ||
          text.compare(i, 3, "\xEF\xB9\x90") == 0 || text.compare(i, 3, "\xEF\xB8\x90") == 0 ||
          text.compare(i, 3, "\xEF\xB8\x91") == 0 || text.compare(i, 3, "\xE2\xB9\x81") == 0 ||
          text.compare(i, 3, "\xE2\xB8\xB4") == 0 || text.compare(i, 3, "\xE2\xB8\xB2") == 0) {
        ++commas;
      }
    }
    double content = 1 + (commas + 1) + std::min<double>(static_cast<double>(len / 100), 3);
    int level = 0;
    for (Node* a = e->parent; a && IsElement(a) && level < 5; a = a->parent, ++level) {
      if (!a->parent || !IsElement(a->parent)) break;
      if (!score_.count(a)) {
        Initialize(a);
        candidates.push_back(a);
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      score_[a] += content / divider;
    }
  }
  std::vector<Node*> top;
  for (Node* c : candidates) {
    score_[c] *= 1 - LinkDensity(c);
    auto pos = std::find_if(top.begin(), top.end(), [&](Node* t) { return score_[c] > score_[t]; });
    top.insert(pos, c);
    if (top.size() > 5) top.pop_back();
  }
  Node* best = top.empty() ? nullptr : top[0];
  Node* article = xmlNewDocNode(doc, nullptr, reinterpret_cast<const xmlChar*>("div"), nullptr);
  if (!best || TagIs(best, "body")) {
    // Everything in the body is the article.
    Node* holder = xmlNewDocNode(doc, nullptr, reinterpret_cast<const xmlChar*>("div"), nullptr);
    Node* c = body->children;
    while (c) {
      Node* next = c->next;
      xmlUnlinkNode(c);
      xmlAddChild(holder, c);
      c = next;
    }
    xmlAddChild(body, holder);
    Initialize(holder);
    best = holder;
  } else {
    std::vector<std::vector<Node*>> alternatives;
    for (size_t i = 1; i < top.size(); ++i) {
      if (score_[top[i]] / score_[best] >= 0.75) {
        std::vector<Node*> anc;
        for (Node* a = top[i]->parent; a && IsElement(a); a = a->parent) anc.push_back(a);
        alternatives.push_back(std::move(anc));
      }
    }
    if (alternatives.size() >= 3) {
      for (Node* p = best->parent; p && IsElement(p) && !TagIs(p, "body"); p = p->parent) {
        int lists = 0;
        for (const auto& anc : alternatives) {
          lists += std::find(anc.begin(), anc.end(), p) != anc.end();
        }
        if (lists >= 3) {
          best = p;
          break;
        }
      }
    }
    if (!score_.count(best)) Initialize(best);
    double last = score_[best];
    double threshold = last / 3;
    for (Node* p = best->parent; p && IsElement(p) && !TagIs(p, "body"); p = p->parent) {
      auto it = score_.find(p);
      if (it == score_.end()) continue;
      if (it->second < threshold) break;
      if (it->second > last) {
        best = p;
        break;
      }
      last = it->second;
    }
    for (Node* p = best->parent;
         p && IsElement(p) && !TagIs(p, "body") && ElementChildren(p).size() == 1;
         p = best->parent) {
      best = p;
    }
    if (!score_.count(best)) Initialize(best);
  }

  // The best element and its siblings that look like part of it.
  double best_score = score_[best];
  double sibling_threshold = std::max(10.0, best_score * 0.2);
  std::string best_class = Attr(best, "class");
  Node* parent = best->parent;
  std::vector<Node*> siblings =
      parent && IsElement(parent) ? ElementChildren(parent) : std::vector<Node*>{best};
  for (Node* s : siblings) {
    bool append = s == best;
    if (!append) {
      double bonus = 0;
      if (!best_class.empty() && Attr(s, "class") == best_class) bonus += best_score * 0.2;
      auto it = score_.find(s);
      if (it != score_.end() && it->second + bonus >= sibling_threshold) {
        append = true;
      } else if (TagIs(s, "p")) {
        double ld = LinkDensity(s);
        std::string text = InnerText(s);
        size_t len = CharCount(text);
        if (len > 80 && ld < 0.25) {
          append = true;
        } else if (len < 80 && len > 0 && ld == 0) {
          size_t dot = text.find('.');
          while (dot != std::string::npos && !append) {
            if (dot + 1 == text.size() || text[dot + 1] == ' ') append = true;
            dot = text.find('.', dot + 1);
          }
        }
      }
    }
    if (append) {
      if (!TagIn(s, {"div", "article", "section", "p"})) Rename(s, "div");
      xmlUnlinkNode(s);
      xmlAddChild(article, s);
    }
  }
  PrepArticle(article);
  return article;
}

// ---------------------------------------------------------------------------
// Text with paragraph breaks

bool IsBlock(std::string_view t) {
  static const std::unordered_set<std::string_view> kBlocks = {
      "address", "article", "aside",   "blockquote", "body",  "caption",  "center",     "dd",
      "details", "dialog",  "div",     "dl",         "dt",    "fieldset", "figcaption", "figure",
      "footer",  "form",    "h1",      "h2",         "h3",    "h4",       "h5",         "h6",
      "header",  "hgroup",  "hr",      "html",       "li",    "main",     "nav",        "ol",
      "p",       "pre",     "section", "summary",    "table", "tbody",    "td",         "tfoot",
      "th",      "thead",   "tr",      "ul"};
  return kBlocks.count(t) > 0;
}

class TextWriter {
 public:
  void Walk(const Node* n, bool pre) {
    for (const Node* c = n->children; c; c = c->next) {
      if (IsText(c)) {
        if (c->content) Add(reinterpret_cast<const char*>(c->content), pre);
        continue;
      }
      if (!IsElement(c)) continue;
      std::string_view t = Tag(c);
      if (t == "script" || t == "style" || t == "noscript" || t == "template" || t == "head") {
        continue;
      }
      if (t == "br") {
        LineBreak();
        continue;
      }
      if (t == "td" || t == "th") {
        space_ = true;
      }
      bool block = IsBlock(t);
      if (block) Break();
      Walk(c, pre || t == "pre");
      if (block) Break();
    }
  }

  std::string Finish() {
    Break();
    return std::move(out_);
  }

 private:
  void Add(std::string_view s, bool pre) {
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (pre && c == '\n') {
        LineBreak();
        continue;
      }
      if (IsSpace(c) ||
          (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0)) {
        if (c == 0xC2) ++i;
        space_ = true;
        continue;
      }
      if (c < 0x20) continue;
      if (space_ && !para_.empty() && para_.back() != '\n') para_.push_back(' ');
      space_ = false;
      para_.push_back(static_cast<char>(c));
    }
  }
  void LineBreak() {
    while (!para_.empty() && para_.back() == ' ') para_.pop_back();
    if (!para_.empty() && para_.back() != '\n') para_.push_back('\n');
    space_ = false;
  }
  // A paragraph ends. Page furniture by its words (text/furniture.h: the
  // same rules as the plain-text path's line classifier) is left out.
  void Break() {
    while (!para_.empty() && (para_.back() == ' ' || para_.back() == '\n')) para_.pop_back();
    if (!para_.empty() && !text_internal::IsFurnitureLine(para_)) {
      if (!out_.empty()) out_ += "\n\n";
      out_ += para_;
    }
    para_.clear();
    space_ = false;
  }

  std::string out_;
  std::string para_;
  bool space_ = false;
};

std::string ArticleText(const Node* n) {
  TextWriter w;
  w.Walk(n, false);
  return w.Finish();
}

htmlDocPtr ParseHtml(std::string_view utf8) {
  int size = static_cast<int>(std::min<size_t>(utf8.size(), kMaxPageBytes));
  return htmlReadMemory(
      utf8.data(), size, nullptr, "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
}

Node* FindTag(Node* root, std::string_view tag) {
  if (!root) return nullptr;
  if (TagIs(root, tag)) return root;
  for (Node* c = root->children; c; c = c->next) {
    if (!IsElement(c)) continue;
    if (Node* f = FindTag(c, tag)) return f;
  }
  return nullptr;
}

// Readability's prepDocument and removeScripts: scripts, styles and
// comments go; <br><br> runs become paragraphs; <font> becomes <span>.
void PrepDocument(htmlDocPtr doc, Node* root) {
  std::vector<Node*> gone;
  std::vector<Node*> stack = {root};
  std::vector<Node*> brs;
  while (!stack.empty()) {
    Node* n = stack.back();
    stack.pop_back();
    for (Node* c = n->children; c; c = c->next) {
      if (c->type == XML_COMMENT_NODE || TagIn(c, {"script", "noscript", "style", "template"})) {
        gone.push_back(c);
      } else if (IsElement(c)) {
        if (TagIs(c, "font")) Rename(c, "span");
        if (TagIs(c, "br")) brs.push_back(c);
        stack.push_back(c);
      }
    }
  }
  for (Node* n : gone) Remove(n);
  // <br> followed (over blank space) by another <br>: a paragraph starts.
  std::unordered_set<Node*> removed;
  for (Node* br : brs) {
    if (removed.count(br) || !br->parent) continue;
    bool replaced = false;
    Node* next = br->next;
    while (next) {
      while (next && IsText(next) && IsWhitespaceNode(next)) next = next->next;
      if (!next || !TagIs(next, "br")) break;
      replaced = true;
      Node* after = next->next;
      removed.insert(next);
      Remove(next);
      next = after;
    }
    if (!replaced) continue;
    Node* p = xmlNewDocNode(doc, nullptr, reinterpret_cast<const xmlChar*>("p"), nullptr);
    xmlReplaceNode(br, p);
    removed.insert(br);
    xmlFreeNode(br);
    Node* sib = p->next;
    while (sib) {
      if (TagIs(sib, "br")) {
        Node* n2 = sib->next;
        while (n2 && IsText(n2) && IsWhitespaceNode(n2)) n2 = n2->next;
        if (n2 && TagIs(n2, "br")) break;
      }
      if (!IsPhrasing(sib)) break;
      Node* after = sib->next;
      xmlUnlinkNode(sib);
      xmlAddChild(p, sib);
      sib = after;
    }
    // A trailing <br> counts as blank space here and is freed: remember it,
    // as it may still be ahead in `brs` (heap-use-after-free under ASan).
    while (p->last && IsWhitespaceNode(p->last)) {
      removed.insert(p->last);
      Remove(p->last);
    }
    if (p->parent && TagIs(p->parent, "p")) Rename(p->parent, "div");
  }
}

// A date from the first <time> element that has one (its datetime
// attribute, else its text).
bool TimeElementDate(Node* root, Article* a) {
  for (Node* t : NodesWithTag(root, {"time"})) {
    std::string dt = Normalize(Attr(t, "datetime"));
    if (dt.empty()) dt = InnerText(t);
    DateTime d;
    if (ParsePublished(dt, &d)) {
      a->published_text = dt;
      a->published_from = "time";
      a->published = d;
      return true;
    }
  }
  return false;
}

// Dates beyond the page's markup: a date in the URL, a dateline at the
// start of the text.
void FallbackDate(const std::string& url, const std::string& text, Article* a) {
  // /2019/05/14/ or /2019-05-14 in the URL.
  for (size_t i = 0; i + 10 <= url.size(); ++i) {
    if (url[i] != '/') continue;
    std::string_view rest = std::string_view(url).substr(i + 1);
    if (rest.size() < 10 || !std::isdigit(static_cast<unsigned char>(rest[0]))) continue;
    std::string cand(rest.substr(0, 10));
    for (char& c : cand) c = c == '/' ? '-' : c;
    if (cand.size() == 10 && cand[4] == '-' && cand[7] == '-') {
      DateTime d;
      if (ParsePublished(cand, &d) && d.year >= 1990) {
        a->published_text = cand;
        a->published_from = "url";
        a->published = d;
        return;
      }
    }
  }
  size_t n = DatelineLength(std::string_view(text).substr(0, 200));
  if (n > 0) {
    std::string line = text.substr(0, n);
    size_t comma = line.find(',');
    if (comma != std::string::npos) {
      std::string rest = line.substr(comma + 1);
      size_t paren = rest.find('(');
      if (paren != std::string::npos) rest.erase(paren);
      while (!rest.empty() && (rest.back() == ' ' || rest.back() == '-' || rest.back() == ',')) {
        rest.pop_back();
      }
      DateTime d;
      if (ParsePublished(rest, &d)) {
        a->published_text = Normalize(rest);
        a->published_from = "dateline";
        a->published = d;
      }
    }
  }
}

}  // namespace

Article ExtractArticle(std::string_view page, const ExtractOptions& options) {
  Article a;
  if (page.size() > kMaxPageBytes) page = page.substr(0, kMaxPageBytes);
  Charset cs = DetectCharset(page, options.content_type);
  a.charset = cs.name;
  std::string utf8 = ToUtf8(page, cs.name, &a.charset_lossy);
  a.canonical_url = options.url;

  std::string title_tag, canonical, content_language;
  Metadata md;
  int flags = kFlagStripUnlikely | kFlagWeightClasses | kFlagCleanConditionally;
  std::string best_text;
  std::string byline;
  Article time_date;
  for (int attempt = 0; attempt < 4; ++attempt) {
    htmlDocPtr doc = ParseHtml(utf8);
    if (!doc) break;
    Node* root = xmlDocGetRootElement(doc);
    if (!root) {
      xmlFreeDoc(doc);
      break;
    }
    if (attempt == 0) {
      if (Node* t = FindTag(root, "title")) title_tag = TextContent(t);
      ReadMetadata(root, title_tag, &md, &canonical, &content_language);
      Node* html = TagIs(root, "html") ? root : FindTag(root, "html");
      if (html) a.language = Normalize(Attr(html, "lang"));
      if (a.language.empty()) a.language = Normalize(content_language);
      if (md.published.empty()) TimeElementDate(root, &time_date);
    }
    PrepDocument(doc, root);
    Node* body = FindTag(root, "body");
    if (!body) body = root;
    Grabber g(md.title, flags);
    Node* article = g.Grab(doc, body);
    std::string text = ArticleText(article);
    xmlFreeNode(article);
    if (attempt == 0 || byline.empty()) byline = g.byline();
    size_t len = CharCount(text);
    if (len > CharCount(best_text)) best_text = std::move(text);
    xmlFreeDoc(doc);
    if (len >= kCharThreshold) break;
    if (flags & kFlagStripUnlikely) {
      flags &= ~kFlagStripUnlikely;
    } else if (flags & kFlagWeightClasses) {
      flags &= ~kFlagWeightClasses;
    } else if (flags & kFlagCleanConditionally) {
      flags &= ~kFlagCleanConditionally;
    } else {
      break;
    }
  }
  a.text = std::move(best_text);
  a.title = md.title;
  a.byline = !md.byline.empty() ? md.byline : byline;
  a.site = md.site;
  a.excerpt = md.excerpt;
  if (!canonical.empty()) a.canonical_url = canonical;
  if (!md.published.empty()) {
    DateTime d;
    if (ParsePublished(md.published, &d)) {
      a.published_text = md.published;
      a.published_from = md.published_from;
      a.published = d;
    }
  }
  if (!a.published.known() && time_date.published.known()) {
    a.published = time_date.published;
    a.published_text = time_date.published_text;
    a.published_from = time_date.published_from;
  }
  if (!a.published.known()) {
    FallbackDate(a.canonical_url.empty() ? options.url : a.canonical_url, a.text, &a);
  }
  return a;
}

std::string HtmlToText(std::string_view utf8) {
  htmlDocPtr doc = ParseHtml(utf8);
  if (!doc) return "";
  std::string out;
  if (Node* root = xmlDocGetRootElement(doc)) {
    TextWriter w;
    // The root element itself may be the fragment's top element.
    xmlNode holder{};
    holder.children = root;
    w.Walk(&holder, false);
    out = w.Finish();
  }
  xmlFreeDoc(doc);
  return out;
}

}  // namespace annalist::html
