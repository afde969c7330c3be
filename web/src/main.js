// The page of `annalist serve`: views over the read-only API (docs/serve.md).
// The URL's hash holds the view and its parameters (#/timeline?pair=ISR,SYR),
// so a view can be shared and reloaded.
import * as Plot from "@observablehq/plot";
import { geoNaturalEarth1, geoPath, geoGraticule10 } from "d3-geo";
import { feature, mesh } from "topojson-client";
import cytoscape from "cytoscape";
import world from "world-atlas/countries-110m.json";

const app = document.getElementById("app");
const MAX_TIMELINE_EVENTS = 5000;  // 5 pages of 1,000
const QUADS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const QUAD_COLOURS = { 1: "#74c476", 2: "#238b45", 3: "#fb6a4a", 4: "#a50f15" };
const BASIS_SYMBOLS = { explicit: "circle", relative: "triangle", publication: "square", none: "diamond" };

// --- helpers ---------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  const url = "/api/" + path + (q.toString() ? "?" + q : "");
  const res = await fetch(url);
  const body = await res.json().catch(() => ({ error: "not JSON: " + res.status }));
  if (!res.ok) throw new Error(body.error || "HTTP " + res.status);
  return body;
}

function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [view, query] = hash.split("?");
  return { view: view || "timeline", params: Object.fromEntries(new URLSearchParams(query || "")) };
}

function go(view, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  location.hash = "#/" + view + (q.toString() ? "?" + q : "");
}

function firstDay(iso) {
  if (!iso) return null;
  const d = iso.length === 4 ? iso + "-01-01" : iso.length === 7 ? iso + "-01" : iso.slice(0, 10);
  return new Date(d + "T00:00:00Z");
}

function actor(a) { return a && a.code ? a.code : "—"; }
function isCoop(e) { return e.quad === 1 || e.quad === 2; }

function showError(where, err) {
  where.replaceChildren(el("p", { class: "error" }, String(err.message || err)));
}

// A form of filter fields; submitting it moves to `view` with their values.
function filterForm(view, params, fields) {
  const inputs = {};
  const form = el("form", { class: "filters", onsubmit: (ev) => {
    ev.preventDefault();
    const next = {};
    for (const [name, input] of Object.entries(inputs)) {
      next[name] = input.type === "checkbox" ? (input.checked ? "1" : "") : input.value.trim();
    }
    go(view, next);
  } });
  for (const f of fields) {
    let input;
    if (f.options) {
      input = el("select", { name: f.name }, f.options.map((o) => el("option", { value: o, selected: (params[f.name] || f.value) === o }, o)));
    } else if (f.checkbox) {
      input = el("input", { type: "checkbox", name: f.name, checked: params[f.name] === "1" });
    } else {
      input = el("input", { name: f.name, value: params[f.name] || "", placeholder: f.placeholder || "", size: f.size || 10 });
    }
    inputs[f.name] = input;
    form.append(el("label", {}, f.label, input));
  }
  form.append(el("button", { type: "submit" }, "Show"));
  return form;
}

const FILTERS = [
  { name: "actor", label: "Actor", placeholder: "ISR" },
  { name: "pair", label: "Pair A,B", placeholder: "ISR,SYR" },
  { name: "code", label: "CAMEO prefix", placeholder: "04", size: 5 },
  { name: "plover", label: "PLOVER", placeholder: "CONSULT", size: 9 },
  { name: "since", label: "Since", placeholder: "2024-12" },
  { name: "until", label: "Until", placeholder: "2025-06" },
];

function filterParams(p) {
  const out = {};
  for (const k of ["actor", "pair", "code", "plover", "since", "until"]) if (p[k]) out[k] = p[k];
  return out;
}

// --- timeline and map ------------------------------------------------------

async function fetchEvents(params) {
  let events = [];
  let cursor = null;
  do {
    const page = await api("events", { ...params, limit: 1000, cursor });
    events = events.concat(page.events);
    cursor = page.next;
  } while (cursor && events.length < MAX_TIMELINE_EVENTS);
  return { events, more: Boolean(cursor) };
}

async function timelineView(p) {
  const chart = el("div", { id: "timeline-chart", "data-testid": "timeline" });
  const mapBox = el("div", { id: "event-map", "data-testid": "map" });
  const list = el("div", { id: "event-list" });
  const note = el("p", { class: "note" });
  app.replaceChildren(
    filterForm("timeline", p, [...FILTERS, { name: "negated", label: "Show negated", checkbox: true }]),
    el("section", {}, el("h2", {}, "Timeline"), note, chart, legend()),
    el("section", {}, el("h2", {}, "Where"), mapBox),
    el("section", {}, el("h2", {}, "Events"), list));
  if (!p.actor && !p.pair) {
    note.textContent = "Give an actor or a pair (for example ISR,SYR) to see its timeline.";
    const top = await api("top", { of: "pairs", limit: 10 }).catch(() => ({ top: [] }));
    list.replaceChildren(el("p", {}, "Most frequent pairs: ",
      top.top.map((t) => el("a", { href: `#/timeline?pair=${t.a},${t.b}`, style: "margin-right:1em" }, `${t.a}–${t.b} (${t.events})`))));
    return;
  }
  let data;
  try {
    data = await fetchEvents(filterParams(p));
  } catch (err) {
    return showError(chart, err);
  }
  const all = data.events;
  const events = all.filter((e) => p.negated === "1" || e.mode !== "negated");
  const dated = events.filter((e) => e.date && e.date.value);
  const hidden = all.length - events.length;
  note.textContent = `${events.length} events${data.more ? " (the first " + all.length + ")" : ""}` +
    `${hidden ? `; ${hidden} negated left out` : ""}${dated.length < events.length ? `; ${events.length - dated.length} undated not drawn` : ""}.` +
    " Each mark is drawn on the first day of its date; its shape says how the date was found.";
  const rows = dated.map((e) => ({ ...e, when: firstDay(e.date.value), basis: e.date.basis, kind: QUADS[e.quad] || "unknown", label_: `${actor(e.source)} ${e.cameo} ${actor(e.target)}` }));
  const plot = Plot.plot({
    width: 1100, height: 320, marginLeft: 60,
    x: { type: "utc", label: "date" },
    y: { label: "Goldstein (−10 conflict … +10 cooperation)", domain: [-10, 10], grid: true },
    symbol: { domain: Object.keys(BASIS_SYMBOLS), range: Object.values(BASIS_SYMBOLS) },
    marks: [
      Plot.ruleY([0]),
      Plot.dot(rows, {
        x: "when", y: "goldstein", r: 6, symbol: "basis",
        stroke: (d) => QUAD_COLOURS[d.quad] || "#888", strokeWidth: 2,
        // Intended events are drawn as intended: an outline, not filled.
        fill: (d) => (d.mode === "intended" || d.mode === "hypothetical" ? "none" : QUAD_COLOURS[d.quad] || "#888"),
        fillOpacity: 0.8,
        title: (d) => `${d.date.value} (${d.basis})  ${d.label_}\n${d.label} [${d.mode}]\n${d.text}`,
        href: (d) => `#/article?doc=${encodeURIComponent(d.doc)}&event=${encodeURIComponent(d.id)}`,
      }),
    ],
  });
  plot.setAttribute("data-marks", String(rows.length));
  chart.replaceChildren(plot);
  drawMap(mapBox, events);
  list.replaceChildren(eventTable(events));
}

function legend() {
  return el("p", { class: "legend note" },
    Object.entries(QUADS).map(([q, name]) => el("span", {}, el("b", { style: `color:${QUAD_COLOURS[q]}` }, "●"), " ", name)),
    el("span", {}, "○ intended / hypothetical"),
    el("span", {}, "date basis: ● explicit ▲ relative ■ publication"));
}

function eventTable(events) {
  if (!events.length) return el("p", {}, "No events.");
  return el("table", { class: "events" },
    el("tr", {}, ["date", "basis", "source", "event", "target", "mode", "sentence"].map((h) => el("th", {}, h))),
    events.slice(0, 1000).map((e) => el("tr", { class: "event-row", "data-event": e.id },
      el("td", {}, e.date && e.date.value ? e.date.value : "(no date)"),
      el("td", {}, e.date ? e.date.basis : ""),
      el("td", {}, actor(e.source)),
      el("td", { class: isCoop(e) ? "coop" : "conflict" }, `${e.cameo} ${e.label}`),
      el("td", {}, actor(e.target)),
      el("td", { class: "mode" }, e.mode === "asserted" ? "" : e.mode + (e.speaker ? ": " + e.speaker.text : "")),
      el("td", {}, el("a", { href: `#/article?doc=${encodeURIComponent(e.doc)}&event=${encodeURIComponent(e.id)}`, class: "open-article" }, e.text.length > 140 ? e.text.slice(0, 140) + "…" : e.text)))));
}

function drawMap(box, events) {
  const located = events.filter((e) => e.location && e.location.lat !== null && e.location.lon !== null);
  const width = 1000, height = 500;
  const projection = geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
  const path = geoPath(projection);
  const svgNS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(svgNS, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", "100%");
  svg.setAttribute("data-located", String(located.length));
  const add = (d, attrs) => {
    const p = document.createElementNS(svgNS, "path");
    p.setAttribute("d", d);
    for (const [k, v] of Object.entries(attrs)) p.setAttribute(k, v);
    svg.append(p);
    return p;
  };
  add(path({ type: "Sphere" }), { fill: "#eef5fb", stroke: "#ccc" });
  add(path(geoGraticule10()), { fill: "none", stroke: "#dde" });
  add(path(feature(world, world.objects.countries)), { fill: "#e8e4da", stroke: "none" });
  add(path(mesh(world, world.objects.countries, (a, b) => a !== b)), { fill: "none", stroke: "#fff", "stroke-width": 0.5 });
  for (const e of located) {
    const [x, y] = projection([e.location.lon, e.location.lat]);
    const c = document.createElementNS(svgNS, "circle");
    c.setAttribute("cx", x); c.setAttribute("cy", y); c.setAttribute("r", 5);
    c.setAttribute("class", "located-event");
    c.setAttribute("fill", QUAD_COLOURS[e.quad] || "#888");
    c.setAttribute("fill-opacity", "0.7");
    const t = document.createElementNS(svgNS, "title");
    t.textContent = `${e.location.name} (${e.date && e.date.value ? e.date.value : "no date"}): ${actor(e.source)} ${e.label} ${actor(e.target)}`;
    c.append(t);
    c.addEventListener("click", () => go("article", { doc: e.doc, event: e.id }));
    svg.append(c);
  }
  box.replaceChildren(svg, el("p", { class: "note" }, located.length
    ? `${located.length} of ${events.length} events have a place with coordinates.`
    : "None of these events has a place with coordinates."));
}

// --- counts ----------------------------------------------------------------

async function countsView(p) {
  const chart = el("div", { id: "counts-chart", "data-testid": "counts" });
  app.replaceChildren(
    filterForm("counts", p, [...FILTERS,
      { name: "by", label: "Per", options: ["month", "week", "day", "year"], value: "month" },
      { name: "group", label: "Stacked by", options: ["quad", "plover", "root"], value: "quad" }]),
    el("section", {}, el("h2", {}, "Events over time"), chart));
  const by = p.by || "month", group = p.group || "quad";
  let c;
  try {
    c = await api("counts", { ...filterParams(p), by, group });
  } catch (err) {
    return showError(chart, err);
  }
  const rows = c.rows.map((r) => ({ ...r, when: periodStart(r.period), g: group === "quad" ? QUADS[r.group] || r.group : r.group }));
  const plot = Plot.plot({
    width: 1100, height: 380, marginLeft: 50,
    x: { type: "utc", label: by },
    y: { label: "events", grid: true },
    color: group === "quad" ? { domain: Object.values(QUADS), range: Object.values(QUAD_COLOURS), legend: true } : { legend: true },
    marks: [
      Plot.rectY(rows, { x1: "when", x2: (d) => periodEnd(d.when, by), y: "events", fill: "g", title: (d) => `${d.period} ${d.g}: ${d.events} events, mean Goldstein ${d.goldstein_mean.toFixed(2)}` }),
      Plot.ruleY([0]),
    ],
  });
  chart.replaceChildren(plot, el("p", { class: "note" }, `${c.events} events${c.undated ? `, ${c.undated} undated not shown` : ""}.`));
}

function periodStart(period) {
  const w = /^(\d{4})-W(\d\d)$/.exec(period);
  if (w) {
    const jan4 = new Date(Date.UTC(+w[1], 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000);
    return new Date(monday.getTime() + (+w[2] - 1) * 7 * 86400000);
  }
  return firstDay(period);
}

function periodEnd(start, by) {
  const d = new Date(start);
  if (by === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (by === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d;
}

// --- network ---------------------------------------------------------------

async function networkView(p) {
  const box = el("div", { id: "network-graph", "data-testid": "network" });
  const note = el("p", { class: "note" });
  app.replaceChildren(
    filterForm("network", p, [...FILTERS, { name: "code_length", label: "Code letters (0 = all)", placeholder: "3", size: 3 }, { name: "limit", label: "Pairs", placeholder: "200", size: 4 }]),
    el("section", {}, el("h2", {}, "Actor network"), note, box));
  let net;
  try {
    net = await api("network", { ...filterParams(p), code_length: p.code_length, limit: p.limit });
  } catch (err) {
    return showError(box, err);
  }
  note.textContent = `${net.nodes.length} actors, ${net.edges.length} of ${net.pairs} directed pairs; ` +
    "edge width: events, colour: mean Goldstein (green cooperation, red conflict). Click an edge for its timeline.";
  const maxN = Math.max(1, ...net.nodes.map((n) => n.events));
  const maxE = Math.max(1, ...net.edges.map((e) => e.events));
  const colour = (g) => (g >= 0 ? `rgb(${Math.round(200 - g * 15)},${Math.round(160 + g * 6)},${Math.round(200 - g * 15)})` : `rgb(${Math.round(200 - g * 4)},${Math.round(160 + g * 14)},${Math.round(160 + g * 14)})`);
  const cy = cytoscape({
    container: box,
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.actor, label: `${n.actor} (${n.events})`, size: 14 + 40 * Math.sqrt(n.events / maxN) } })),
      ...net.edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, width: 1 + 8 * (e.events / maxE), colour: colour(e.goldstein_mean), label: String(e.events) } })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#4c6ef5", "font-size": 10 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)", "font-size": 8 } },
    ],
    layout: { name: "cose", animate: false },
  });
  cy.on("tap", "edge", (ev) => go("timeline", { pair: `${ev.target.data("source")},${ev.target.data("target")}`, since: p.since, until: p.until }));
  cy.on("tap", "node", (ev) => go("timeline", { actor: ev.target.id(), since: p.since, until: p.until }));
  box.setAttribute("data-nodes", String(net.nodes.length));
}

// --- article ---------------------------------------------------------------

async function articleView(p) {
  const box = el("div", { id: "article", "data-testid": "article" });
  app.replaceChildren(box);
  if (!p.doc) return box.replaceChildren(el("p", {}, "No document given."));
  let d;
  try {
    d = await api("documents/" + encodeURIComponent(p.doc));
  } catch (err) {
    return showError(box, err);
  }
  const chosen = d.events.find((e) => e.id === p.event);
  const highlightSentence = chosen ? chosen.sentence : -1;
  const paragraphs = d.sentences.map((s) => {
    const [b, e] = s.span16;
    const marks = d.mentions.filter((m) => m.sentence === s.index && m.span16[0] >= b && m.span16[1] <= e)
      .sort((x, y) => x.span16[0] - y.span16[0] || y.span16[1] - x.span16[1]);
    const parts = [];
    let at = b;
    for (const m of marks) {
      if (m.span16[0] < at) continue;  // nested or overlapping: the outer one is kept
      parts.push(d.text.slice(at, m.span16[0]));
      parts.push(el("mark", { class: "m-" + m.kind, title: `${m.kind}: ${m.value}` }, d.text.slice(m.span16[0], m.span16[1])));
      at = m.span16[1];
    }
    parts.push(d.text.slice(at, e));
    const cls = "sentence" + (s.index === highlightSentence ? " hl-sentence" : "") + (s.furniture ? " furniture" : "");
    return el("span", { class: cls, id: "s" + s.index, "data-sentence": s.index }, parts, " ");
  });
  const sentenceEvents = d.events.filter((e) => highlightSentence < 0 || e.sentence === highlightSentence);
  box.replaceChildren(
    el("section", {},
      el("h2", {}, d.title || d.id),
      el("p", { class: "note" }, [d.outlet, d.published, d.url ? el("a", { href: d.url, rel: "noreferrer" }, d.url) : null].filter(Boolean).flatMap((x, i) => (i ? [" · ", x] : [x]))),
      el("p", { class: "legend note" }, el("span", {}, el("mark", { class: "m-actor" }, "actor")), el("span", {}, el("mark", { class: "m-agent" }, "agent")),
        el("span", {}, el("mark", { class: "m-timex" }, "date")), el("span", {}, el("mark", { class: "m-place" }, "place"))),
      el("div", { class: "article-text" }, paragraphs)),
    el("section", {}, el("h2", {}, highlightSentence >= 0 ? `Events of sentence ${highlightSentence}` : `Events (${d.events.length})`),
      sentenceEvents.map(explainEvent)));
  const hl = document.getElementById("s" + highlightSentence);
  if (hl) hl.scrollIntoView({ block: "center" });
}

function explainEvent(e) {
  const date = e.date || {};
  return el("div", { class: "event-explain", "data-event": e.id },
    el("p", {}, el("b", {}, `${actor(e.source)} → ${e.cameo} ${e.label} → ${actor(e.target)}`),
      " ", el("span", { class: isCoop(e) ? "coop" : "conflict" }, `QuadClass ${e.quad} (${QUADS[e.quad] || "?"}), Goldstein ${e.goldstein}, PLOVER ${e.plover || "—"}`),
      e.mode !== "asserted" ? el("span", { class: "mode" }, ` [${e.mode}${e.speaker ? ": " + e.speaker.text : ""}]`) : null),
    el("ul", {},
      el("li", {}, "Pattern: ", el("code", {}, e.pattern || "—"), " matched the verb ", el("code", {}, e.verb || "—")),
      el("li", {}, "Source: ", e.source ? `“${e.source.text}” as ${e.source.code}` : "—", "; target: ", e.target ? `“${e.target.text}” as ${e.target.code}` : "—"),
      el("li", {}, "Date: ", date.value || "none", ` (${date.precision || "?"} precision), basis `, el("b", {}, date.basis || "none"),
        date.timex ? [" from the expression ", el("code", {}, date.timex)] : " (no expression in the text)"),
      el("li", {}, "Place: ", e.location ? `${e.location.name} ${e.location.country || ""} ${e.location.lat !== null ? `(${e.location.lat}, ${e.location.lon})` : ""}` : "none")));
}

// --- search ----------------------------------------------------------------

async function searchView(p) {
  const out = el("div", { id: "search-results", "data-testid": "search" });
  app.replaceChildren(filterForm("search", p, [{ name: "q", label: "Search", placeholder: "\"security talks\"", size: 40 }, { name: "since", label: "Since" }, { name: "until", label: "Until" }]), out);
  if (!p.q) return out.replaceChildren(el("p", { class: "note" }, "Words, \"phrases\", OR, -exclusion, prefix*, title:word."));
  let r;
  try {
    r = await api("search", { q: p.q, since: p.since, until: p.until, limit: 50 });
  } catch (err) {
    return showError(out, err);
  }
  out.replaceChildren(el("p", { class: "note" }, `${r.hits.length} documents`),
    el("ol", { class: "hits" }, r.hits.map((h) => el("li", {},
      el("a", { href: `#/article?doc=${encodeURIComponent(h.doc)}` }, h.title || h.doc), " ", el("span", { class: "note" }, h.published || ""),
      el("div", {}, h.snippet.map((s) => (s.match ? el("mark", {}, s.text) : s.text)))))));
}

// --- routing ---------------------------------------------------------------

const VIEWS = { timeline: timelineView, counts: countsView, network: networkView, article: articleView, search: searchView };

async function render() {
  const { view, params } = route();
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.view === view);
  const fn = VIEWS[view] || timelineView;
  try {
    await fn(params);
  } catch (err) {
    showError(app, err);
  }
  document.body.setAttribute("data-ready", view);
}

window.addEventListener("hashchange", () => { document.body.removeAttribute("data-ready"); render(); });
api("stats").then((s) => {
  document.getElementById("archive-info").textContent = `${s.documents} documents, ${s.events} events` + (s.first_published ? `, ${s.first_published.slice(0, 10)} – ${s.last_published.slice(0, 10)}` : "");
}).catch(() => {});
render();
