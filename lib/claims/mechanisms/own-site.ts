import { OWN_SITE } from '../vocab/own-site';

/**
 * True when `url` is a page of the site that `vendorDomain` (its registrable domain) belongs to itself:
 * the bare domain or an own sub-domain (www., a locale, trust.…), not a tenant sub-domain
 * (acme.freshdesk.com), not an app listing or user content (slack.com/marketplace/…, github.com/acme/…).
 */
export function isOwnSitePage(url: string | undefined, vendorDomain: string): boolean {
  if (!url || !vendorDomain) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  const domain = vendorDomain.toLowerCase();
  if ((OWN_SITE.userContentHosts as readonly string[]).includes(domain)) return false;
  if (host !== domain) {
    if (!host.endsWith('.' + domain)) return false;
    const labels = host.slice(0, -domain.length - 1).split('.');
    if (!labels.every((l) => /^[a-z]{2}(?:-[a-z]{2})?$/.test(l) || (OWN_SITE.ownSubdomains as readonly string[]).includes(l))) return false;
  }
  const segments = u.pathname.toLowerCase().split('/').filter(Boolean);
  return !segments.some((s) => (OWN_SITE.thirdPartyPaths as readonly string[]).includes(s));
}
