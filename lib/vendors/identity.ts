import { getDomain } from 'tldts';

/** Vendor identity = registrable domain (public-suffix aware): app.vendor.co.uk → vendor.co.uk. */
export function vendorFromUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return '';
  try {
    const host = new URL(url).hostname;
    if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host === 'localhost') return host;
    return getDomain(host, { allowPrivateDomains: false }) ?? host;
  } catch {
    return '';
  }
}
