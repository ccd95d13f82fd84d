// Lapwing dashboard: one set of filters drives the timeline, map, network and event table; a
// clicked event opens its mentions. The filters live in the page's URL (#since=...&actor=...), so a
// view can be bookmarked or shared. body[data-state] is "loading", "ready" or "error" (the browser
// tests and the load bench wait on it).
import { ApiError, FILTER_KEYS, getJSON, queryString, setToken } from "./api.js";
import { PLOVER_TYPES, QUADS, STATUSES } from "./codes.js";
import { renderDetail } from "./detail.js";
import { clear, el } from "./dom.js";
import { renderMap } from "./map.js";
import { renderNetwork } from "./network.js";
import { renderTable } from "./table.js";
import { renderTimeline } from "./timeline.js";

const PAGE = 25;
const state = { filters: {}, by: "quad", sort: "date", offset: 0, event: null };
let generation = 0;
let controller = null;

const $ = (id) => document.getElementById(id);

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  state.filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, p.get(k) || ""]));
  state.by = p.get("by") === "plover" ? "plover" : "quad";
  state.sort = p.get("sort") || "date";
  state.event = p.get("event") || null;
}

function writeHash() {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (state.filters[k]) p.set(k, state.filters[k]);
  if (state.by !== "quad") p.set("by", state.by);
  if (state.sort !== "date") p.set("sort", state.sort);
  if (state.event) p.set("event", state.event);
  const h = p.toString();
  history.replaceState(null, "", h ? `#${h}` : location.pathname + location.search);
}

function fillForm() {
  const form = $("filters");
  for (const k of FILTER_KEYS) form.elements[k].value = state.filters[k] || "";
  $("timeline-by").value = state.by;
  $("sort").value = state.sort;
}

function showMessage(err) {
  const box = $("message");
  clear(box);
  if (!err) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  box.append(el("strong", { text: err.message }), err.hint ? ` ${err.hint}` : "");
  if (err instanceof ApiError && err.status === 401) {
    const input = el("input", { type: "password", placeholder: "bearer token", "aria-label": "bearer token" });
    const form = el("form", { class: "token" }, input, el("button", { type: "submit", text: "Use token" }));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      setToken(input.value);
      refresh();
    });
    box.append(form);
  }
}

function onError(err) {
  if (err.name === "AbortError") return;
  console.error(err);
  showMessage(err);
  document.body.dataset.state = "error";
}

async function loadTable(signal) {
  const page = await getJSON(`events${queryString(state.filters, { limit: PAGE, offset: state.offset, sort: state.sort })}`, signal);
  $("table-count").textContent = `${page.total} matching`;
  renderTable($("table"), page, {
    onEvent: openEvent,
    onPage: (offset) => {
      state.offset = offset;
      loadTable(controller.signal).catch(onError);
    },
  });
}

/** Reload every view with the current filters. */
async function refresh() {
  const gen = ++generation;
  if (controller) controller.abort();
  controller = new AbortController();
  const { signal } = controller;
  document.body.dataset.state = "loading";
  writeHash();
  const f = state.filters;
  try {
    const [health, timeline, map, network] = await Promise.all([
      getJSON("health", signal),
      getJSON(`timeline${queryString(f, { by: state.by })}`, signal),
      getJSON(`map${queryString(f, { limit: 2000 })}`, signal),
      getJSON(`network${queryString(f, { limit: 150 })}`, signal),
      loadTable(signal),
    ]);
    if (gen !== generation) return;
    $("summary").textContent = `${health.articles} articles · ${health.events} events · ${health.mentions} mentions`;
    renderTimeline($("timeline"), timeline.buckets, state.by, (day) => setFilters({ since: day, until: day }));
    await renderMap($("map"), map, openEvent);
    renderNetwork($("network"), network, (country) => setFilters({ country: country || "" }));
    updateCountries(network);
    showMessage(null);
    if (gen === generation) {
      document.body.dataset.state = "ready";
      document.body.dataset.generation = String(gen);
      if (!performance.getEntriesByName("lapwing-ready").length) performance.mark("lapwing-ready"); // first load, for the bench
    }
  } catch (err) {
    if (gen === generation) onError(err);
  }
}

function updateCountries(network) {
  const list = $("country-list");
  const known = new Set([...list.options].map((o) => o.value));
  for (const n of network.nodes) {
    if (n.country && !known.has(n.country)) {
      list.append(el("option", { value: n.country }));
      known.add(n.country);
    }
  }
}

function setFilters(changes) {
  Object.assign(state.filters, changes);
  state.offset = 0;
  fillForm();
  refresh();
}

async function openEvent(id) {
  state.event = id;
  writeHash();
  const panel = $("detail");
  panel.dataset.state = "loading";
  try {
    const ev = await getJSON(`events/${encodeURIComponent(id)}`);
    if (state.event !== id) return;
    renderDetail(panel, ev, closeEvent, (actor) => setFilters({ actor }));
    panel.dataset.state = "ready";
  } catch (err) {
    panel.dataset.state = "error";
    onError(err);
  }
}

function closeEvent() {
  state.event = null;
  writeHash();
  const panel = $("detail");
  panel.hidden = true;
  clear(panel);
  delete panel.dataset.event;
}

function init() {
  const form = $("filters");
  form.elements.plover.append(...PLOVER_TYPES.map((t) => el("option", { value: t, text: t })));
  form.elements.quad.append(...Object.entries(QUADS).map(([k, q]) => el("option", { value: k, text: `${k} ${q.label}` })));
  form.elements.status.append(...STATUSES.map((s) => el("option", { value: s, text: s })));
  readHash();
  fillForm();
  const apply = () => {
    const data = new FormData(form);
    setFilters(Object.fromEntries(FILTER_KEYS.map((k) => [k, String(data.get(k) || "")])));
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    apply();
  });
  for (const name of ["since", "until", "plover", "quad", "status"]) form.elements[name].addEventListener("change", apply);
  $("reset").addEventListener("click", () => setFilters(Object.fromEntries(FILTER_KEYS.map((k) => [k, ""]))));
  $("timeline-by").addEventListener("change", (e) => {
    state.by = e.target.value;
    refresh();
  });
  $("sort").addEventListener("change", (e) => {
    state.sort = e.target.value;
    state.offset = 0;
    writeHash();
    loadTable(controller ? controller.signal : undefined).catch(onError);
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !$("detail").hidden) closeEvent();
  });
  refresh();
  if (state.event) openEvent(state.event);
}

init();
