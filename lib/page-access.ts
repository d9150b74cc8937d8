/**
 * Which tabs the extension may read. Pure: decides from the URL alone, so the popup can explain a
 * refusal in plain words instead of surfacing the browser's error.
 */
export type PageAccess =
  | { readable: true }
  | { readable: false; reason: UnreadableReason };

export type UnreadableReason = 'browser-page' | 'web-store' | 'view-source' | 'local-file' | 'not-a-web-page' | 'no-access';

/** URL schemes that belong to the browser itself. */
const BROWSER_SCHEMES = [
  'chrome:', 'chrome-extension:', 'chrome-untrusted:', 'chrome-search:', 'devtools:', 'edge:',
  'extension:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'moz-extension:', 'resource:', 'jar:',
];

/** Extension stores: browsers forbid scripts there. Host, and path prefix ('' = whole host). */
const STORE_PAGES: ReadonlyArray<readonly [host: string, pathPrefix: string]> = [
  ['chromewebstore.google.com', ''],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', ''],
  ['addons.opera.com', ''],
];

const WEB_SCHEMES = ['http:', 'https:'];

/**
 * `url` may be undefined when the browser hides it (no permission for that tab yet); then only an
 * attempt to read the page can tell, so it counts as readable here.
 */
export function classifyUrl(url: string | undefined, opts: { fileAccess?: boolean } = {}): PageAccess {
  if (url === undefined || url === '') return { readable: true };
  const lower = url.trim().toLowerCase();
  if (lower.startsWith('view-source:')) return { readable: false, reason: 'view-source' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { readable: false, reason: 'not-a-web-page' };
  }
  if (BROWSER_SCHEMES.includes(parsed.protocol)) return { readable: false, reason: 'browser-page' };
  if (parsed.protocol === 'file:') return opts.fileAccess ? { readable: true } : { readable: false, reason: 'local-file' };
  if (!WEB_SCHEMES.includes(parsed.protocol)) return { readable: false, reason: 'not-a-web-page' };
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.toLowerCase();
  for (const [storeHost, prefix] of STORE_PAGES) {
    if (host === storeHost && (prefix === '' || path === prefix || path.startsWith(prefix + '/'))) {
      return { readable: false, reason: 'web-store' };
    }
  }
  return { readable: true };
}

/** Maps the error of a failed injection to a reason, for tabs whose URL was hidden from us. */
export function reasonFromInjectionError(message: string, url?: string): UnreadableReason {
  const m = message.toLowerCase();
  if (url?.toLowerCase().startsWith('file:') || m.includes('file://') || m.includes('file:')) return 'local-file';
  if (m.includes('gallery') || m.includes('webstore') || m.includes('web store')) return 'web-store';
  if (m.includes('view-source')) return 'view-source';
  if (BROWSER_SCHEMES.some((s) => m.includes(s + '//'))) return 'browser-page';
  return 'no-access';
}
