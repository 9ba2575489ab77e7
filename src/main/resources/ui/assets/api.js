// The one way the pages talk to the server: the public JSON API, nothing else.

/** An answer the API refused, with its per-field reasons ({field, message}). */
export class ApiError extends Error {
  constructor(status, body) {
    const detail = body && Array.isArray(body.detail) ? body.detail : [];
    super(detail.length ? detail.map((d) => `${d.field}: ${d.message}`).join('; ') : `HTTP ${status}`);
    this.status = status;
    this.detail = detail;
  }
}

async function answer(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export async function getJson(path) {
  return answer(await fetch(path, { headers: { Accept: 'application/json' } }));
}

export async function postJson(path, payload) {
  return answer(await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(payload),
  }));
}

let settings;
/** GET /config once per page: the poster base URL and the known genres. */
export function config() {
  settings ??= getJson('/config');
  return settings;
}

/** Element builder: el('p', {class: 'x'}, 'text', child). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

export const PLACEHOLDER = '/ui/assets/poster-placeholder.svg';

/** A poster image for a film; the neutral placeholder when it has none or the image cannot load. */
export function poster(base, path, title) {
  const img = el('img', { class: 'poster', alt: `Poster of ${title}`, loading: 'lazy', width: 342, height: 513 });
  img.addEventListener('error', () => {
    if (!img.src.endsWith(PLACEHOLDER)) img.src = PLACEHOLDER;
  });
  img.src = path ? base + path : PLACEHOLDER;
  return img;
}

/** US dollars the way people say them: $310.2M, $1.24B, $950K; an em dash when unknown. */
export function money(usd) {
  if (usd === null || usd === undefined || Number.isNaN(usd)) return '—';
  const abs = Math.abs(usd);
  if (abs >= 1e9) return `$${(usd / 1e9).toFixed(2)}B`;
  if (abs >= 1e6) return `$${(usd / 1e6).toFixed(1)}M`;
  if (abs >= 1e3) return `$${(usd / 1e3).toFixed(0)}K`;
  return `$${usd.toFixed(0)}`;
}

export function percent(p) {
  return p === null || p === undefined ? '—' : `${Math.round(p * 100)}%`;
}

/** "14 Aug 2026" from "2026-08-14"; read as a calendar day, not a UTC instant. */
export function day(iso) {
  if (!iso) return 'date unknown';
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The interval as "$120.0M – $480.0M", or null when the model has none. */
export function interval(lower, upper) {
  return lower === null || lower === undefined || upper === null || upper === undefined
    ? null : `${money(lower)} – ${money(upper)}`;
}
