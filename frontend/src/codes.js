// Labels and colours of the codes the views show.

export const QUADS = {
  1: { label: "verbal cooperation", color: "#74b9e0" },
  2: { label: "material cooperation", color: "#1f6fb2" },
  3: { label: "verbal conflict", color: "#f0a04b" },
  4: { label: "material conflict", color: "#c8392b" },
};

/** PLOVER's sixteen event types, cooperative to conflictual. */
export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];

const PLOVER_COLORS = [
  "#1a9850", "#66bd63", "#a6d96a", "#4dac26", "#2c7bb6", "#74add1", "#abd9e9", "#8073ac",
  "#fdae61", "#f46d43", "#d73027", "#e08214", "#b35806", "#9e0142", "#c51b7d", "#67001f",
];

export const STATUSES = ["asserted", "attributed", "negated", "future", "hypothetical"];

export function keyColor(by, key) {
  if (key === null || key === undefined) return "#9a9a9a";
  if (by === "quad") return (QUADS[key] || {}).color || "#9a9a9a";
  const i = PLOVER_TYPES.indexOf(key);
  return i >= 0 ? PLOVER_COLORS[i] : "#9a9a9a";
}

export function keyLabel(by, key) {
  if (key === null || key === undefined) return by === "quad" ? "no quad class" : "no PLOVER type";
  if (by === "quad") return `${key} ${(QUADS[key] || {}).label || ""}`.trim();
  return key;
}

/** Red for conflict (Goldstein < 0), blue for cooperation. */
export function goldsteinColor(g) {
  if (g === null || g === undefined) return "#8a8a8a";
  if (g <= -5) return "#b2182b";
  if (g < 0) return "#ef8a62";
  if (g < 3) return "#67a9cf";
  return "#2166ac";
}

export function actorLabel(text, country, sector) {
  const code = [country, sector].filter(Boolean).join("-");
  if (text && code) return `${text} (${code})`;
  return text || code || "—";
}
