// Drives the page in headless Chromium (Debian's, through playwright-core):
// the ISR–SYR timeline, the map, an article with its highlighted sentence,
// the counts and the network. Screenshots go to OUT_DIR.
//   node e2e.mjs BASE_URL OUT_DIR [CHROMIUM]
// Prints one JSON line of what it saw; exits 1 (with the reason) when a step
// fails.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";

const [base, out, executablePath = "/usr/bin/chromium"] = process.argv.slice(2);
if (!base || !out) {
  console.error("usage: node e2e.mjs BASE_URL OUT_DIR [CHROMIUM]");
  process.exit(2);
}
mkdirSync(out, { recursive: true });

function check(cond, what) {
  if (!cond) throw new Error("e2e: " + what);
}

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
const seen = {};
let failed = null;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  // The pair's timeline.
  await page.goto(base + "#/timeline?pair=ISR,SYR");
  await page.waitForSelector("body[data-ready=timeline]", { timeout: 20000 });
  const marks = Number(await page.getAttribute("#timeline-chart svg[data-marks]", "data-marks"));
  check(marks > 0, "the ISR–SYR timeline has no marks");
  seen.timeline_marks = marks;
  const titles = await page.$$eval("#timeline-chart svg title", (ts) => ts.map((t) => t.textContent));
  seen.paris_on_timeline = titles.filter((t) => /Paris/.test(t)).length;
  check(seen.paris_on_timeline > 0, "no mark of the Paris talks on the timeline");
  const located = Number(await page.getAttribute("#event-map svg", "data-located"));
  const dots = await page.$$eval("#event-map circle.located-event", (c) => c.length);
  check(dots === located, `the map shows ${dots} places for ${located} located events`);
  seen.map_located = located;
  const places = await page.$$eval("#event-map circle.located-event title", (ts) => ts.map((t) => t.textContent));
  seen.paris_on_map = places.filter((t) => /^Paris /.test(t)).length;
  check(seen.paris_on_map > 0, "no mark of the Paris talks on the map");
  await page.screenshot({ path: out + "/timeline.png", fullPage: true });

  // An article: a Paris sentence, highlighted.
  const link = page.locator("a.open-article", { hasText: "Paris" }).first();
  check((await link.count()) > 0, "no event row mentions Paris");
  const row = await link.evaluate((a) => a.closest("tr").dataset.event);
  await link.click();
  await page.waitForSelector("body[data-ready=article]", { timeout: 20000 });
  const hl = await page.textContent(".sentence.hl-sentence");
  check(hl && /Paris/.test(hl), "the article has no highlighted sentence about Paris");
  const marked = await page.$$eval(".sentence.hl-sentence mark", (m) => m.map((x) => x.className));
  check(marked.includes("m-actor"), "the highlighted sentence marks no actor");
  const explained = await page.$$eval(`.event-explain[data-event="${row}"]`, (e) => e.length);
  check(explained === 1, "the event opened is not explained beside the article");
  seen.article_event = row;
  seen.highlighted_marks = marked.length;
  await page.screenshot({ path: out + "/article.png", fullPage: true });

  // The URL holds the view: reloading shows the same article.
  await page.reload();
  await page.waitForSelector("body[data-ready=article]", { timeout: 20000 });
  check((await page.textContent(".sentence.hl-sentence")) === hl, "a reload lost the view");

  // Counts and the network.
  await page.goto(base + "#/counts?by=month&group=quad");
  await page.waitForSelector("body[data-ready=counts]", { timeout: 20000 });
  seen.count_bars = await page.$$eval("#counts-chart svg rect", (r) => r.length);
  check(seen.count_bars > 0, "the counts chart has no bars");
  await page.screenshot({ path: out + "/counts.png", fullPage: true });
  await page.goto(base + "#/network");
  await page.waitForSelector("body[data-ready=network]", { timeout: 20000 });
  seen.network_nodes = Number(await page.getAttribute("#network-graph", "data-nodes"));
  check(seen.network_nodes > 1, "the network has no actors");
  await page.screenshot({ path: out + "/network.png" });
  await page.goto(base + "#/search?q=%22security%20talks%22");
  await page.waitForSelector("body[data-ready=search]", { timeout: 20000 });
  seen.search_hits = await page.$$eval(".hits li", (l) => l.length);
  check(seen.search_hits > 0, "the search found nothing");
  check(errors.length === 0, "page errors: " + errors.join("; "));
} catch (e) {
  failed = e;
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
if (failed) {
  console.error(String(failed.message || failed));
  process.exit(1);
}
