/** Query parameters that only track the visit; they never change which page it is. */
const TRACKING_PARAMS = ['gclid', 'fbclid', 'msclkid', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'ref_src'];
const TRACKING_PREFIXES = ['utm_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.includes(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The identity of a page within its vendor: no fragment, no trailing slash, no tracking parameters,
 * remaining parameters sorted. Anything that is not an http(s) URL (a file path) is kept as it is.
 */
export function normalisePageUrl(raw: string): string {
  const s = raw.trim();
  if (!/^https?:\/\//i.test(s)) return s;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return s;
  }
  u.hash = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !isTracking(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '') || '/';
  const out = u.toString();
  // URL keeps "/" for an empty path: "https://x.com/" and "https://x.com" are one page.
  return u.pathname === '/' && !u.search ? out.replace(/\/$/, '') : out;
}
