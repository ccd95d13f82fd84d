// Calls to Lapwing's REST API (same origin, paths relative to the page so that a prefix works).

/** The filters shared by every view (the API's event filters). */
export const FILTER_KEYS = ["since", "until", "actor", "country", "plover", "quad", "status"];

const TOKEN_KEY = "lapwing-token";

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.message ? body.message : `the server answered ${status}`);
    this.status = status;
    this.hint = body && body.hint ? body.hint : "";
  }
}

export function setToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** Query string of the non-empty filters plus extra parameters. */
export function queryString(filters, extra = {}) {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = filters[k];
    if (v !== undefined && v !== null && String(v).trim() !== "") p.set(k, String(v).trim());
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== null) p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
}

export async function getJSON(path, signal) {
  const headers = { Accept: "application/json" };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  const r = await fetch(path, { headers, signal });
  if (!r.ok) {
    let body = null;
    try {
      body = await r.json();
    } catch {
      /* not JSON: the status says enough */
    }
    throw new ApiError(r.status, body);
  }
  return r.json();
}
