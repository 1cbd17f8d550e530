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

async function loadEvents() {
  const err = document.getElementById("events-error");
  err.hidden = true;
  let data;
  try {
    data = await getJSON("/events", { ...filterParams(), limit: PAGE, offset });
  } catch (e) {
    err.textContent = e.message;
    err.hidden = false;
    return;
  }
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

function project(lat, lon, W, H) {
  return [(lon + 180) / 360 * W, (90 - lat) / 180 * H];
}

let landCache = null;
async function landCells() {
  if (!landCache) landCache = await getJSON("/map/land").catch(() => ({ cell: 2, cells: [] }));
  return landCache;
}

async function loadMap() {
  const svg = document.getElementById("map");
  const W = 760, H = 380;
  svg.replaceChildren();
  svg.appendChild(el("svg:rect", { x: 0, y: 0, width: W, height: H, fill: "#eef4fa" }));
  const land = await landCells();
  const g = el("svg:g", { class: "land" });
  for (const [lat, lon] of land.cells) {
    const [x, y] = project(lat + land.cell, lon, W, H);
    g.appendChild(el("svg:rect", { x, y, width: W * land.cell / 360, height: H * land.cell / 180, fill: "#d3dcc4" }));
  }
  svg.appendChild(g);
  for (let lon = -180; lon <= 180; lon += 30) {
    const [x] = project(0, lon, W, H);
    svg.appendChild(el("svg:line", { x1: x, x2: x, y1: 0, y2: H, stroke: lon === 0 ? "#9ab" : "#cdd8e4" }));
  }
  for (let lat = -90; lat <= 90; lat += 30) {
    const [, y] = project(lat, 0, W, H);
    svg.appendChild(el("svg:line", { x1: 0, x2: W, y1: y, y2: y, stroke: lat === 0 ? "#9ab" : "#cdd8e4" }));
    svg.appendChild(el("svg:text", { x: 2, y: y - 2 }, `${lat}°`));
  }
  let data;
  try {
    data = await getJSON("/events", { ...filterParams(), located: true, limit: 500 });
  } catch (e) {
    return;
  }
  for (const h of data.items) {
    if (h.lat === null || h.lon === null) continue;
    const [x, y] = project(h.lat, h.lon, W, H);
    const dot = el("svg:circle", { cx: x, cy: y, r: 3 + Math.min(6, h.num_mentions), class: "point q" + h.quad_code,
      fill: h.quad_code >= 3 ? "#c92a2a" : "#2b8a3e", "fill-opacity": 0.7, "data-id": h.id });
    dot.appendChild(el("svg:title", {}, `${h.place}: ${code(h.actor_country, h.actor_sector)} ${h.event} ` +
      `${code(h.recipient_country, h.recipient_sector)} (${h.date || ""})`));
    dot.addEventListener("click", () => openEvent(h.id, null));
    svg.appendChild(dot);
  }
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
