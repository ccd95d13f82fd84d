// Timeline: events per day, stacked by quad class or PLOVER type (an SVG drawn by hand).
import { clear, el, svg } from "./dom.js";
import { PLOVER_TYPES, keyColor, keyLabel } from "./codes.js";

const W = 960;
const H = 190;
const M = { top: 10, right: 12, bottom: 26, left: 36 };
const DAY = 86400000;

const toDay = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const fromDay = (d) => new Date(d * DAY).toISOString().slice(0, 10);

function keyOrder(by, keys) {
  const rank = (k) => (k === null ? 1e9 : by === "quad" ? Number(k) : PLOVER_TYPES.indexOf(k) + 1 || 1e8);
  return [...keys].sort((a, b) => rank(a) - rank(b));
}

/** Tick days: first days of months, thinned to at most ~8 ticks; single days for short ranges. */
function ticks(d0, d1) {
  const span = d1 - d0;
  if (span <= 14) {
    const out = [];
    for (let d = d0; d <= d1; d += Math.max(1, Math.ceil(span / 7))) out.push(d);
    return out;
  }
  const out = [];
  const start = new Date(d0 * DAY);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + 1;
  for (;;) {
    if (m > 11) { y += 1; m = 0; }
    const d = Date.UTC(y, m, 1) / DAY;
    if (d > d1) break;
    out.push(d);
    m += 1;
  }
  const step = Math.max(1, Math.ceil(out.length / 8));
  return out.filter((_, i) => i % step === 0);
}

/**
 * Draw the timeline into `node`.
 * @param {HTMLElement} node
 * @param {{day: string, key: string|null, events: number, mean_goldstein: number|null}[]} buckets
 * @param {"quad"|"plover"} by
 * @param {(day: string) => void} onDay  called when a day's bar is clicked
 */
export function renderTimeline(node, buckets, by, onDay) {
  clear(node);
  node.dataset.bars = "0";
  if (!buckets.length) {
    node.append(el("p", { class: "empty", text: "No dated events match the filters." }));
    return;
  }
  const perDay = new Map();
  const keys = new Set();
  for (const b of buckets) {
    const d = toDay(b.day);
    if (!perDay.has(d)) perDay.set(d, []);
    perDay.get(d).push(b);
    keys.add(b.key);
  }
  const order = keyOrder(by, keys);
  const days = [...perDay.keys()].sort((a, b) => a - b);
  const d0 = days[0] - 1;
  const d1 = days[days.length - 1] + 1;
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const x = (d) => M.left + ((d - d0) / (d1 - d0)) * pw;
  const barW = Math.max(2, Math.min(24, pw / (d1 - d0) - 1));
  const maxTotal = Math.max(...days.map((d) => perDay.get(d).reduce((s, b) => s + b.events, 0)));
  const y = (v) => M.top + ph - (v / maxTotal) * ph;

  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events per day" });
  const axis = svg("g", { class: "axis" });
  axis.append(svg("line", { x1: M.left, x2: W - M.right, y1: M.top + ph, y2: M.top + ph }));
  for (const t of ticks(d0 + 1, d1 - 1)) {
    axis.append(svg("line", { x1: x(t), x2: x(t), y1: M.top + ph, y2: M.top + ph + 4 }));
    axis.append(svg("text", { x: x(t), y: H - 8, "text-anchor": "middle", text: fromDay(t) }));
  }
  for (const v of [0, Math.ceil(maxTotal / 2), maxTotal]) {
    axis.append(svg("line", { class: "grid", x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }));
    axis.append(svg("text", { x: M.left - 6, y: y(v) + 4, "text-anchor": "end", text: String(v) }));
  }
  root.append(axis);

  const bars = svg("g", { class: "bars" });
  let n = 0;
  for (const d of days) {
    const rows = perDay.get(d);
    const day = fromDay(d);
    const g = svg("g", { class: "day", dataset: { day } });
    let acc = 0;
    for (const k of order) {
      const b = rows.find((r) => r.key === k);
      if (!b) continue;
      const top = y(acc + b.events);
      const gold = b.mean_goldstein === null ? "n/a" : b.mean_goldstein;
      g.append(svg("rect", {
        x: x(d) - barW / 2, y: top, width: barW, height: y(acc) - top, fill: keyColor(by, k),
      }, svg("title", { text: `${day} · ${keyLabel(by, k)}: ${b.events} event(s), mean Goldstein ${gold}` })));
      acc += b.events;
      n += 1;
    }
    g.addEventListener("click", () => onDay(day));
    bars.append(g);
  }
  root.append(bars);
  node.dataset.bars = String(n);
  node.dataset.days = String(days.length);

  const legend = el("ul", { class: "legend" });
  for (const k of order) {
    legend.append(el("li", {}, el("span", { class: "swatch", style: { background: keyColor(by, k) } }), keyLabel(by, k)));
  }
  node.append(root, legend);
}
