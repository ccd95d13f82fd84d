// One event and its mentions: each mention's source sentence with the source actor, target actor and
// trigger spans highlighted. Sentences are untrusted text: they become text nodes inside <mark>s.
import { clear, el, safeHref } from "./dom.js";
import { QUADS, actorLabel } from "./codes.js";

const ROLES = ["source", "target", "trigger"];

/**
 * Cut `text` at every span boundary: [{text, roles}] in order, roles being the spans that cover the piece.
 * @param {string} text
 * @param {Record<string, [number, number]>} spans  role -> [start, end) offsets into text
 */
export function segments(text, spans) {
  const n = text.length;
  const valid = Object.entries(spans || {}).filter(
    ([, s]) => Array.isArray(s) && s[0] >= 0 && s[1] <= n && s[0] < s[1]);
  const cuts = new Set([0, n]);
  for (const [, [a, b]] of valid) { cuts.add(a); cuts.add(b); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const roles = valid.filter(([, [s, e]]) => s <= a && b <= e).map(([r]) => r);
    out.push({ text: text.slice(a, b), roles: ROLES.filter((r) => roles.includes(r)) });
  }
  return out;
}

function sentenceNode(m) {
  const p = el("p", { class: "sentence" });
  for (const s of segments(m.sentence || "", m.spans)) {
    if (!s.roles.length) p.append(document.createTextNode(s.text));
    else p.append(el("mark", { class: s.roles.map((r) => `span-${r}`).join(" "), title: s.roles.join(" + "), text: s.text }));
  }
  return p;
}

function mentionNode(m) {
  const href = safeHref(m.url);
  const title = m.title || m.article_id;
  const meta = [m.outlet, m.published ? m.published.slice(0, 10) : null, m.status,
    m.cameo ? `CAMEO ${m.cameo}` : null, m.rule ? `rule ${m.rule}` : null,
    m.confidence !== null && m.confidence !== undefined ? `confidence ${m.confidence}` : null,
    m.is_copy ? "copy of another article" : null].filter(Boolean).join(" · ");
  return el("li", { class: "mention" },
    el("h4", {}, href ? el("a", { href, target: "_blank", rel: "noopener noreferrer", text: title }) : title),
    el("p", { class: "meta", text: meta }),
    sentenceNode(m));
}

/** An actor in the panel's heading; with words, a button that filters every view by them. */
function actorButton(role, text, country, sector, onActor) {
  if (!text && !country && !sector) return `no ${role}`;
  const label = actorLabel(text, country, sector);
  if (!text) return el("span", { class: `span-${role}`, text: label });
  const b = el("button", { type: "button", class: `actor span-${role}`, title: `show only events of “${text}”`, text: label });
  b.addEventListener("click", () => onActor(text));
  return b;
}

/**
 * @param {HTMLElement} node  the detail panel
 * @param {object} ev  GET /events/{id}
 * @param {() => void} onClose
 * @param {(actor: string) => void} onActor  called with an actor's words when one is clicked
 */
export function renderDetail(node, ev, onClose, onActor) {
  clear(node);
  const close = el("button", { type: "button", class: "close", "aria-label": "close", text: "×" });
  close.addEventListener("click", onClose);
  const quad = QUADS[ev.quad_class];
  const facts = [
    ["Type", [ev.plover_type, ev.cameo ? `CAMEO ${ev.cameo}` : null].filter(Boolean).join(" · ") || "—"],
    ["Quad class", quad ? `${ev.quad_class} ${quad.label}` : "—"],
    ["Goldstein", ev.goldstein ?? "—"],
    ["Status", ev.status || "—"],
    ["Dates", ev.date_from ? (ev.date_to && ev.date_to !== ev.date_from ? `${ev.date_from} – ${ev.date_to}` : ev.date_from) : "undated"],
    ["Place", [ev.place_name, ev.place_country].filter(Boolean).join(", ") || "—"],
    ["Mentions", `${ev.num_mentions ?? ev.mentions.length} in ${ev.num_articles ?? "?"} article(s), ${ev.num_sources ?? "?"} outlet(s)`],
  ];
  node.append(
    close,
    el("h3", {}, actorButton("source", ev.source_text, ev.source_country, ev.source_sector, onActor),
      " → ", actorButton("target", ev.target_text, ev.target_country, ev.target_sector, onActor)),
    el("p", { class: "event-id", text: ev.event_id }),
    el("dl", {}, facts.map(([k, v]) => [el("dt", { text: k }), el("dd", { text: String(v) })])),
    el("p", { class: "key" }, "Highlighted: ", el("mark", { class: "span-source", text: "source" }), " ",
      el("mark", { class: "span-target", text: "target" }), " ", el("mark", { class: "span-trigger", text: "trigger" })),
    el("ol", { class: "mentions" }, ev.mentions.map(mentionNode)),
  );
  node.hidden = false;
  node.dataset.event = ev.event_id;
  close.focus({ preventScroll: true });
}
