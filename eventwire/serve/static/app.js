// eventwire dashboard: plain DOM + SVG, every request to this server only.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const DIMENSIONS = ["diplomatic", "economic", "humanitarian", "security"];
const PAGE = 25;
let offset = 0;
let total = 0;

function el(tag, attrs = {}, text = null) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG_NS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== null) node.textContent = text;
  return node;
}

async function getJSON(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) qs.set(k, v);
  const url = path + (qs.toString() ? "?" + qs : "");
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function filterParams() {
  const form = document.getElementById("filters");
  const params = {};
  for (const [k, v] of new FormData(form).entries()) {
    const value = String(v).trim();
    if (value) params[k] = ["actor_country", "recipient_country", "country"].includes(k) ? value.toUpperCase() : value;
  }
  return params;
}

// Filters can change while a request is in flight: only the latest request's answer is drawn.
let eventsSeq = 0;
let mapSeq = 0;

async function loadEvents() {
  const err = document.getElementById("events-error");
  err.hidden = true;
  const seq = ++eventsSeq;
  let data;
  try {
    data = await getJSON("/events", { ...filterParams(), limit: PAGE, offset });
  } catch (e) {
    if (seq !== eventsSeq) return;
    err.textContent = e.message;
    err.hidden = false;
    return;
  }
  if (seq !== eventsSeq) return;
  total = data.total;
  const tbody = document.querySelector("#events tbody");
  tbody.replaceChildren();
  for (const h of data.items) {
    const tr = el("tr", { "data-id": h.id });
    const cells = [h.date || "", code(h.actor_country, h.actor_sector), h.event,
      code(h.recipient_country, h.recipient_sector), h.quad_code ?? "",
      h.goldstein ?? "", (h.dimensions || []).join(", "), h.place || "",
      `${h.num_mentions}/${h.num_articles}/${h.num_sources}`];
    cells.forEach((c, i) => {
      const td = el("td", {}, String(c));
      if (i === 4) td.className = "q" + c;
      tr.appendChild(td);
    });
    tr.addEventListener("click", () => openEvent(h.id, tr));
    tbody.appendChild(tr);
  }
  document.getElementById("page-info").textContent =
    total ? `${offset + 1}–${Math.min(offset + PAGE, total)} of ${total}` : "no events";
  document.getElementById("prev").disabled = offset === 0;
  document.getElementById("next").disabled = offset + PAGE >= total;
  loadMap();
}

function code(country, sector) {
  return [country, sector].filter(Boolean).join(" ");
}

function highlighted(sentence, spans) {
  // Split the sentence at span boundaries and wrap each span in <mark class=role>.
  const marks = Object.entries(spans || {}).filter(([, s]) => s).map(([role, s]) => ({ role, s: s[0], e: s[1] }))
    .sort((a, b) => a.s - b.s);
  const p = el("span", { class: "sentence" });
  let pos = 0;
  for (const m of marks) {
    if (m.s < pos) continue; // overlapping spans: keep the first
    p.appendChild(document.createTextNode(sentence.slice(pos, m.s)));
    p.appendChild(el("mark", { class: m.role }, sentence.slice(m.s, m.e)));
    pos = m.e;
  }
  p.appendChild(document.createTextNode(sentence.slice(pos)));
  return p;
}

async function openEvent(id, row) {
  document.querySelectorAll("#events tr.selected").forEach(r => r.classList.remove("selected"));
  if (row) row.classList.add("selected");
  const h = await getJSON("/events/" + encodeURIComponent(id));
  document.getElementById("detail-title").textContent =
    `${code(h.actor_country, h.actor_sector)} ${h.event} ${code(h.recipient_country, h.recipient_sector)} — ` +
    `${h.date || "undated"}${h.place ? ", " + h.place : ""} (${h.num_mentions} mentions, ` +
    `${h.num_articles} articles, ${h.num_sources} sources)`;
  const list = document.getElementById("reports");
  list.replaceChildren();
  for (const r of h.reports) {
    const li = el("li");
    if (r.sentence) li.appendChild(highlighted(r.sentence, r.spans));
    else li.appendChild(el("em", {}, "syndicated copy (not coded separately)"));
    li.appendChild(el("div", { class: "meta" },
      `${r.outlet || ""} · ${r.published || ""} · ${r.doc_id}${r.is_copy ? " · copy" : ""}` +
      (r.cameo ? ` · CAMEO ${r.cameo}` : "")));
    list.appendChild(li);
  }
  document.getElementById("detail").hidden = false;
}

async function loadTimeline() {
  const form = document.getElementById("dyad-form");
  const a = form.a.value.trim().toUpperCase(), b = form.b.value.trim().toUpperCase(), by = form.by.value;
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  let data;
  try {
    data = await getJSON("/dyads", { a, b, by });
  } catch (e) {
    svg.appendChild(el("svg:text", { x: 10, y: 20, class: "error" }, e.message));
    return;
  }
  const rows = data.items.filter(r => r.dimension !== "all");
  const periods = [...new Set(data.items.map(r => r.period))].sort();
  const W = +svg.getAttribute("width"), H = +svg.getAttribute("height");
  const left = 100, top = 20, bandH = (H - top - 40) / DIMENSIONS.length;
  const step = periods.length ? (W - left - 10) / periods.length : 1;
  const max = Math.max(1, ...rows.map(r => Math.max(r.verbal_coop + r.material_coop, r.verbal_conflict + r.material_conflict)));
  svg.appendChild(el("svg:text", { x: left, y: 12 }, `${a}–${b} by ${by}` + (periods.length ? "" : ": no happenings")));
  DIMENSIONS.forEach((dim, i) => {
    const mid = top + i * bandH + bandH / 2;
    const g = el("svg:g", { class: "band", "data-dimension": dim });
    g.appendChild(el("svg:text", { x: 4, y: mid + 4 }, dim));
    g.appendChild(el("svg:line", { x1: left, x2: W - 10, y1: mid, y2: mid, stroke: "#999" }));
    for (const r of rows.filter(r => r.dimension === dim)) {
      const barW = Math.min(step * 0.7, 40);
      const x = left + periods.indexOf(r.period) * step + (step - barW) / 2;
      const coop = r.verbal_coop + r.material_coop, conflict = r.verbal_conflict + r.material_conflict;
      const scale = (bandH / 2 - 4) / max;
      if (coop) g.appendChild(el("svg:rect", { x, y: mid - coop * scale, width: barW, height: coop * scale,
        fill: "#2b8a3e", class: "coop", "data-period": r.period, "data-n": coop }));
      if (conflict) g.appendChild(el("svg:rect", { x, y: mid, width: barW, height: conflict * scale,
        fill: "#c92a2a", class: "conflict", "data-period": r.period, "data-n": conflict }));
    }
    svg.appendChild(g);
  });
  periods.forEach((p, j) => svg.appendChild(el("svg:text", { x: left + j * step + step / 2 - 20, y: H - 10 }, p)));
}

// The map: equirectangular, cropped to the inhabited latitudes.
const MAP_W = 760, MAP_H = 304, MAP_NORTH = 84, MAP_SOUTH = -60;

function project(lat, lon) {
  return [(lon + 180) / 360 * MAP_W, (MAP_NORTH - lat) / (MAP_NORTH - MAP_SOUTH) * MAP_H];
}

function decodeTopology(topo) {
  // TopoJSON: each arc is delta-encoded quantized points; a ring lists arcs, ~i meaning arc i
  // reversed, and consecutive arcs share their joining point.
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = ids => unwrap(ids.flatMap((i, k) => {
    const pts = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    return k ? pts.slice(1) : pts;
  }));
  return topo.objects.countries.geometries.map(g => ({
    id: g.id || null,
    name: g.properties.name,
    polygons: (g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : []).map(p => p.map(ring)),
  }));
}

function unwrap(pts) {
  // A ring crossing the antimeridian (Chukotka, Fiji) jumps by ~360 degrees: keep it continuous,
  // past +-180, and let pathOf draw it once more on the other side.
  let shift = 0, prev = pts[0][0];
  return pts.map(([lon, lat]) => {
    if (lon + shift - prev > 180) shift -= 360;
    else if (lon + shift - prev < -180) shift += 360;
    prev = lon + shift;
    return [prev, lat];
  });
}

function pathOf(polygons) {
  const ringPath = (pts, dx) =>
    "M" + pts.map(([lon, lat]) => project(lat, lon + dx).map(v => v.toFixed(1)).join(",")).join("L") + "Z";
  return polygons.flatMap(rings => rings.flatMap(pts => {
    const lons = pts.map(p => p[0]);
    const copies = [0, ...(Math.max(...lons) > 180 ? [-360] : []), ...(Math.min(...lons) < -180 ? [360] : [])];
    return copies.map(dx => ringPath(pts, dx));
  })).join("");
}

let worldCache = null;
async function worldShapes() {
  // Natural Earth 1:110m countries, vendored (scripts/build_world_map.py): nothing leaves this server.
  if (!worldCache) worldCache = await getJSON("/static/countries-110m.json").then(decodeTopology).catch(() => []);
  return worldCache;
}

function shade(n, max) {
  // No events: plain land; otherwise light to dark blue on a log scale.
  if (!n) return "#e3e6dc";
  const t = Math.log1p(n) / Math.log1p(max);
  const mix = (a, b) => Math.round(a + (b - a) * t);
  return `rgb(${mix(198, 8)},${mix(219, 69)},${mix(239, 148)})`;
}

function filterByCountry(id) {
  // Clicking the country already filtered on clears the filter.
  const input = document.querySelector("#filters input[name=country]");
  input.value = input.value.trim().toUpperCase() === id ? "" : id;
  offset = 0;
  loadEvents();
}

function filterByPlace(name) {
  document.querySelector("#filters input[name=place]").value = name;
  offset = 0;
  loadEvents();
}

async function loadMap() {
  const svg = document.getElementById("map");
  const seq = ++mapSeq;
  const [shapes, data] = await Promise.all([worldShapes(),
    getJSON("/map/summary", filterParams()).catch(() => ({ countries: [], places: [] }))]);
  if (seq !== mapSeq) return;
  svg.replaceChildren();
  svg.appendChild(el("svg:rect", { x: 0, y: 0, width: MAP_W, height: MAP_H, fill: "#eef4fa" }));
  const counts = Object.fromEntries(data.countries.map(c => [c.country, c.n]));
  const max = Math.max(1, ...data.countries.map(c => c.n));
  const chosen = filterParams().country || "";
  const g = el("svg:g", { class: "countries" });
  for (const c of shapes) {
    const n = (c.id && counts[c.id]) || 0;
    const path = el("svg:path", { d: pathOf(c.polygons), fill: shade(n, max), "fill-rule": "evenodd",
      class: "country" + (n ? " has-events" : "") + (c.id && c.id === chosen ? " selected" : ""),
      "data-country": c.id || "", "data-n": n });
    path.appendChild(el("svg:title", {}, `${c.name}${c.id ? " (" + c.id + ")" : ""}: ${n} happening${n === 1 ? "" : "s"} as actor or recipient`));
    if (c.id) path.addEventListener("click", () => filterByCountry(c.id));
    g.appendChild(path);
  }
  svg.appendChild(g);
  const maxM = Math.max(1, ...data.places.map(p => p.mentions));
  for (const p of data.places) {
    const [x, y] = project(p.lat, p.lon);
    const dot = el("svg:circle", { cx: x, cy: y, r: 2.5 + 7 * Math.sqrt(p.mentions / maxM), class: "point",
      "data-place": p.place, "data-mentions": p.mentions });
    dot.appendChild(el("svg:title", {}, `${p.place}: ${p.n} happening${p.n === 1 ? "" : "s"}, ${p.mentions} mentions`));
    dot.addEventListener("click", () => filterByPlace(p.place));
    svg.appendChild(dot);
  }
  document.getElementById("map-legend").textContent =
    `Countries: happenings as actor or recipient (darkest ${max}); dots: places, sized by mentions. ` +
    "Click a country or a place to filter.";
}

async function loadNetwork() {
  const svg = document.getElementById("network");
  svg.replaceChildren();
  const data = await getJSON("/network", { limit: 100 });
  const nodes = [...new Set(data.items.flatMap(p => [p.country1, p.country2]))].sort();
  const W = +svg.getAttribute("width"), H = +svg.getAttribute("height");
  const R = Math.min(W, H) / 2 - 50, cx = W / 2, cy = H / 2;
  const pos = {};
  nodes.forEach((n, i) => {
    const a = 2 * Math.PI * i / Math.max(1, nodes.length) - Math.PI / 2;
    pos[n] = [cx + R * Math.cos(a), cy + R * Math.sin(a)];
  });
  const maxN = Math.max(1, ...data.items.map(p => p.n));
  for (const p of data.items) {
    const [x1, y1] = pos[p.country1], [x2, y2] = pos[p.country2];
    const line = el("svg:line", { x1, y1, x2, y2, "stroke-width": 1 + 6 * p.n / maxN, class: "edge",
      stroke: p.conflict > p.cooperation ? "#c92a2a" : "#2b8a3e", "stroke-opacity": 0.7 });
    line.appendChild(el("svg:title", {}, `${p.country1}–${p.country2}: ${p.n} happenings, ` +
      `${p.cooperation} cooperation, ${p.conflict} conflict`));
    svg.appendChild(line);
  }
  for (const n of nodes) {
    const [x, y] = pos[n];
    svg.appendChild(el("svg:circle", { cx: x, cy: y, r: 16, fill: "#243b53", class: "node" }));
    svg.appendChild(el("svg:text", { x: x - 12, y: y + 4, fill: "#fff", style: "fill:#fff" }, n));
  }
}

async function loadStats() {
  const s = await getJSON("/stats");
  document.getElementById("stats").textContent =
    `${s.documents} documents · ${s.events} events · ${s.happenings} happenings`;
}

function init() {
  const select = document.querySelector("#filters select[name=type]");
  for (const t of PLOVER) select.appendChild(el("option", { value: t }, t));
  document.getElementById("filters").addEventListener("submit", e => { e.preventDefault(); offset = 0; loadEvents(); });
  document.getElementById("filters").addEventListener("reset", () => { offset = 0; setTimeout(loadEvents, 0); });
  document.getElementById("prev").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); loadEvents(); });
  document.getElementById("next").addEventListener("click", () => { offset += PAGE; loadEvents(); });
  document.getElementById("dyad-form").addEventListener("submit", e => { e.preventDefault(); loadTimeline(); });
  loadStats();
  loadEvents();
  loadTimeline();
  loadNetwork();
}

document.addEventListener("DOMContentLoaded", init);
