// Event table: one page of GET /events; a row opens the event.
import { clear, el } from "./dom.js";
import { actorLabel } from "./codes.js";

const COLUMNS = ["Date", "Source", "Event", "Target", "Place", "Status", "Mentions"];

function dates(e) {
  if (!e.date_from) return "undated";
  return e.date_to && e.date_to !== e.date_from ? `${e.date_from} – ${e.date_to}` : e.date_from;
}

/**
 * @param {HTMLElement} node
 * @param {{total: number, offset: number, limit: number, next_offset: number|null, items: object[]}} page
 * @param {{onEvent: (id: string) => void, onPage: (offset: number) => void}} handlers
 */
export function renderTable(node, page, { onEvent, onPage }) {
  clear(node);
  node.dataset.rows = String(page.items.length);
  if (!page.items.length) {
    node.append(el("p", { class: "empty", text: "No events match the filters." }));
    return;
  }
  const body = el("tbody");
  for (const e of page.items) {
    const kind = [e.plover_type, e.cameo ? `CAMEO ${e.cameo}` : null].filter(Boolean).join(" · ");
    const row = el("tr", { tabindex: 0, class: `quad-${e.quad_class || 0}`, dataset: { event: e.event_id } },
      el("td", { class: "nowrap", text: dates(e) }),
      el("td", { text: actorLabel(e.source_text, e.source_country, e.source_sector) }),
      el("td", {}, el("span", { class: "code", text: kind || "—" }), el("div", { class: "sentence-preview", text: e.rep_sentence || "" })),
      el("td", { text: actorLabel(e.target_text, e.target_country, e.target_sector) }),
      el("td", { text: [e.place_name, e.place_country].filter(Boolean).join(", ") || "—" }),
      el("td", { text: e.status || "—" }),
      el("td", { class: "num", text: String(e.num_mentions ?? "") }),
    );
    row.addEventListener("click", () => onEvent(e.event_id));
    row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onEvent(e.event_id); });
    body.append(row);
  }
  node.append(el("table", {}, el("thead", {}, el("tr", {}, COLUMNS.map((c) => el("th", { text: c })))), body));
  const prev = el("button", { type: "button", text: "‹ previous", disabled: page.offset === 0 });
  const next = el("button", { type: "button", text: "next ›", disabled: page.next_offset === null });
  prev.addEventListener("click", () => onPage(Math.max(0, page.offset - page.limit)));
  next.addEventListener("click", () => onPage(page.next_offset));
  const last = page.offset + page.items.length;
  node.append(el("div", { class: "pager" }, prev, ` ${page.offset + 1}–${last} of ${page.total} `, next));
}
