// Map: located events as circles on country outlines shipped with Lapwing (world-atlas 1:110m,
// served from this server: no tiles, no CDN), projected with d3-geo.
import { geoGraticule10, geoNaturalEarth1, geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";
import { clear, el, svg } from "./dom.js";
import { QUADS, actorLabel } from "./codes.js";

const W = 960;
const H = 500;
let worldPromise = null;

function loadWorld() {
  if (!worldPromise) {
    worldPromise = fetch("static/countries-110m.json").then((r) => {
      if (!r.ok) throw new Error(`the country outlines could not be loaded (${r.status}): rebuild the dashboard`);
      return r.json();
    });
  }
  return worldPromise;
}

/** What to fit the map to: the box around the events with a margin, or the whole world when they
 * are spread over most of it (or there are none). */
function focus(features) {
  const pts = features.map((f) => f.geometry.coordinates).filter((c) => c && Number.isFinite(c[0]) && Number.isFinite(c[1]));
  if (!pts.length) return { type: "Sphere" };
  const lons = pts.map((c) => c[0]);
  const lats = pts.map((c) => c[1]);
  const pad = 12;
  const [w, e] = [Math.max(-180, Math.min(...lons) - pad), Math.min(180, Math.max(...lons) + pad)];
  const [s, n] = [Math.max(-85, Math.min(...lats) - pad), Math.min(85, Math.max(...lats) + pad)];
  if (e - w > 250) return { type: "Sphere" };
  return { type: "MultiPoint", coordinates: [[w, s], [e, n], [w, n], [e, s], [(w + e) / 2, s], [(w + e) / 2, n]] };
}

/**
 * Draw the map into `node`.
 * @param {HTMLElement} node
 * @param {{features: object[], total: number}} fc  GeoJSON FeatureCollection from GET /map
 * @param {(eventId: string) => void} onEvent  called when a point is clicked
 */
export async function renderMap(node, fc, onEvent) {
  const world = await loadWorld();
  clear(node);
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], focus(fc.features));
  const path = geoPath(projection);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of located events" });
  root.append(svg("path", { class: "sphere", d: path({ type: "Sphere" }) }));
  root.append(svg("path", { class: "graticule", d: path(geoGraticule10()) }));
  const land = svg("g", { class: "countries" });
  for (const c of feature(world, world.objects.countries).features) {
    land.append(svg("path", { class: "country", d: path(c) }, svg("title", { text: c.properties.name })));
  }
  root.append(land);
  root.append(svg("path", { class: "borders", d: path(mesh(world, world.objects.countries, (a, b) => a !== b)) }));

  const points = svg("g", { class: "points" });
  // biggest first, so that small circles stay clickable on top of big ones
  const feats = [...fc.features].sort((a, b) => (b.properties.num_mentions || 1) - (a.properties.num_mentions || 1));
  for (const f of feats) {
    const xy = projection(f.geometry.coordinates);
    if (!xy) continue;
    const p = f.properties;
    const r = 3 + 2 * Math.sqrt(p.num_mentions || 1);
    const colour = (QUADS[p.quad_class] || {}).color || "#777";
    const label = `${p.date_from || "undated"} · ${p.plover_type || p.cameo || "event"} · ` +
      `${actorLabel(p.source_text, p.source_country)} → ${actorLabel(p.target_text, p.target_country)} · ` +
      `${p.place_name || ""} (${p.num_mentions || 1} mention(s))`;
    const c = svg("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1), fill: colour,
      class: "point", tabindex: 0, dataset: { event: f.id } }, svg("title", { text: label }));
    c.addEventListener("click", () => onEvent(f.id));
    c.addEventListener("keydown", (e) => { if (e.key === "Enter") onEvent(f.id); });
    points.append(c);
  }
  root.append(points);
  node.append(root);
  const shown = fc.features.length;
  const note = shown < fc.total ? `${shown} of ${fc.total} located events (most mentioned)` : `${shown} located event(s)`;
  node.append(el("p", { class: "note", text: note }));
  node.dataset.points = String(points.childElementCount);
}
