import { describe, expect, it } from 'vitest';
import { categorise, findRelatedLinks, isLoginLink, normalizeUrl } from '../../../lib/related/find-links';

const l = (href: string, text: string) => ({ href, text });

describe('findRelatedLinks: the six languages', () => {
  const cases: Array<[lang: string, page: string, links: Array<[string, string]>, expected: Array<[string, string]>]> = [
    ['sv', 'https://www.acme.se/om-oss', [
      ['/integritetspolicy', 'Integritetspolicy'],
      ['/juridik/pub-avtal', 'Personuppgiftsbiträdesavtal'],
      ['/juridik/underbitraden', 'Underbiträden'],
      ['/sakerhet', 'Säkerhet'],
      ['/priser', 'Priser'],
    ], [['dpa', '/juridik/pub-avtal'], ['subprocessors', '/juridik/underbitraden'], ['security', '/sakerhet'], ['privacy', '/integritetspolicy']]],
    ['no', 'https://fjordlonn.no/', [
      ['/personvern', 'Personvern'],
      ['/databehandleravtale.pdf', 'Databehandleravtale'],
      ['/underleverandorer', 'Underleverandører'],
      ['/blogg', 'Blogg'],
    ], [['dpa', '/databehandleravtale.pdf'], ['subprocessors', '/underleverandorer'], ['privacy', '/personvern']]],
    ['da', 'https://bogholder.dk/produkt', [
      ['/privatlivspolitik', 'Privatlivspolitik'],
      ['/databehandleraftale', 'Databehandleraftale'],
      ['/underdatabehandlere', 'Underdatabehandlere'],
      ['/cookies', 'Cookiepolitik'],
    ], [['dpa', '/databehandleraftale'], ['subprocessors', '/underdatabehandlere'], ['privacy', '/privatlivspolitik'], ['cookies', '/cookies']]],
    ['de', 'https://kanzlei.de/start', [
      ['/datenschutz', 'Datenschutzerklärung'],
      ['/avv', 'AVV'],
      ['/rechtliches/unterauftragsverarbeiter', 'Unterauftragsverarbeiter'],
      ['/tom.pdf', 'TOM'],
      ['/impressum', 'Impressum'],
    ], [['dpa', '/avv'], ['subprocessors', '/rechtliches/unterauftragsverarbeiter'], ['tom', '/tom.pdf'], ['privacy', '/datenschutz']]],
    ['fi', 'https://pilvi.fi/', [
      ['/tietosuoja', 'Tietosuojaseloste'],
      ['/tietojenkasittelysopimus', 'Tietojenkäsittelysopimus'],
      ['/alikasittelijat', 'Alikäsittelijät'],
      ['/tietoturva', 'Tietoturva'],
      ['/alihankkijat', 'Alihankkijat'],
    ], [['dpa', '/tietojenkasittelysopimus'], ['subprocessors', '/alikasittelijat'], ['subprocessors', '/alihankkijat'], ['security', '/tietoturva'], ['privacy', '/tietosuoja']]],
    ['en', 'https://app.example.com/pricing', [
      ['https://example.com/legal/dpa', 'DPA'],
      ['https://trust.example.com/', 'Trust Center'],
      ['https://example.com/legal/subprocessors', 'Subprocessors'],
      ['https://example.com/security', 'Security'],
      ['https://example.com/gdpr', 'GDPR'],
      ['https://example.com/privacy', 'Privacy Policy'],
    ], [
      ['dpa', 'https://example.com/legal/dpa'], ['subprocessors', 'https://example.com/legal/subprocessors'],
      ['security', 'https://example.com/security'], ['privacy', 'https://example.com/privacy'],
      ['gdpr', 'https://example.com/gdpr'], ['trust', 'https://trust.example.com/'],
    ]],
  ];
  for (const [lang, page, links, expected] of cases) {
    it(`${lang}: finds and ranks the vendor's privacy pages, leaving out the others`, () => {
      const got = findRelatedLinks(links.map(([h, t]) => l(h, t)), page);
      expect(got.map((r) => [r.category, r.url])).toEqual(expected.map(([c, u]) => [c, new URL(u, page).toString()]));
    });
  }
});

describe('findRelatedLinks: what is left out', () => {
  const page = 'https://www.vendor.com/privacy';
  it('keeps only the same registrable domain (subdomains included)', () => {
    const got = findRelatedLinks([
      l('https://docs.vendor.com/security', 'Security'),
      l('https://vendor.com.evil.example/dpa', 'DPA'),
      l('https://other.com/privacy', 'Privacy'),
      l('https://aws.amazon.com/compliance/gdpr-center/', 'GDPR at AWS'),
    ], page);
    expect(got.map((r) => r.url)).toEqual(['https://docs.vendor.com/security']);
  });

  it('leaves out the page itself, fragments, mailto:, javascript:, tel: and login/account links', () => {
    const got = findRelatedLinks([
      l('#subprocessors', 'Sub-processors'),
      l('/privacy#cookies', 'Cookies'),
      l('https://www.vendor.com/privacy/', 'Privacy policy'),
      l('mailto:privacy@vendor.com', 'privacy@vendor.com'),
      l('javascript:void(0)', 'Cookie settings'),
      l('tel:+4612345', 'Security hotline'),
      l('https://app.vendor.com/login?next=/security', 'Log in'),
      l('https://login.vendor.com/', 'Trust'),
      l('/account/privacy', 'Privacy settings'),
      l('/de/datenschutz', 'Datenschutz'),
    ], page);
    expect(got.map((r) => r.url)).toEqual(['https://www.vendor.com/de/datenschutz']);
  });

  it('returns nothing for a page without a web URL', () => {
    expect(findRelatedLinks([l('/privacy', 'Privacy')], '')).toEqual([]);
    expect(findRelatedLinks([l('/privacy', 'Privacy')], 'file:///tmp/a.html')).toEqual([]);
  });

  it('skips files that are neither pages nor PDFs', () => {
    const got = findRelatedLinks([l('/dpa.docx', 'DPA (Word)'), l('/dpa.pdf', 'DPA (PDF)')], page);
    expect(got.map((r) => r.url)).toEqual(['https://www.vendor.com/dpa.pdf']);
  });
});

describe('findRelatedLinks: dedup and ranking', () => {
  const page = 'https://vendor.io/';
  it('merges links to the same page (trailing slash, fragment, utm parameters) and keeps the longest text', () => {
    const got = findRelatedLinks([
      l('/security/', 'Security'),
      l('/security?utm_source=footer#top', 'Security at Vendor'),
      l('https://vendor.io/security', 'Sec'),
    ], page);
    expect(got).toEqual([{ url: 'https://vendor.io/security', text: 'Security at Vendor', category: 'security', matchedBy: 'text' }]);
  });

  it('ranks text matches before URL-only matches of the same category, then page order', () => {
    const got = findRelatedLinks([
      l('/legal/privacy-notice', 'Legal'),
      l('/p', 'Privacy policy'),
      l('/q', 'Data protection'),
    ], page);
    expect(got.map((r) => [r.url, r.matchedBy])).toEqual([
      ['https://vendor.io/p', 'text'], ['https://vendor.io/q', 'text'], ['https://vendor.io/legal/privacy-notice', 'url'],
    ]);
  });

  it('caps the list', () => {
    const many = Array.from({ length: 30 }, (_, i) => l(`/security/${i}`, `Security ${i}`));
    expect(findRelatedLinks(many, page)).toHaveLength(12);
    expect(findRelatedLinks(many, page, 3).map((r) => r.text)).toEqual(['Security 0', 'Security 1', 'Security 2']);
  });
});

describe('categorise', () => {
  it('reads capitalised acronyms only as acronyms (Swedish "tom" is not TOM)', () => {
    expect(categorise('https://x.se/a', 'Sidan är tom')).toBeNull();
    expect(categorise('https://x.de/a', 'TOM (Anlage 2)')?.category).toBe('tom');
  });
  it('prefers the most specific category when a text names several', () => {
    expect(categorise('https://x.com/a', 'GDPR Data Processing Agreement')?.category).toBe('dpa');
    expect(categorise('https://x.de/a', 'Datenschutz: Unterauftragsverarbeiter')?.category).toBe('subprocessors');
  });
  it('falls back to the URL, folded (ä → a, ø → o)', () => {
    expect(categorise('https://x.se/s%C3%A4kerhet', 'Läs mer')).toEqual({ category: 'security', matchedBy: 'url' });
    expect(categorise('https://x.no/underleverand%C3%B8rer', 'Her')).toEqual({ category: 'subprocessors', matchedBy: 'url' });
  });
});

describe('helpers', () => {
  it('isLoginLink recognises login redirects by URL', () => {
    expect(isLoginLink('https://vendor.com/users/sign_in')).toBe(true);
    expect(isLoginLink('https://vendor.com/signin?return=/dpa')).toBe(true);
    expect(isLoginLink('https://auth.vendor.com/authorize')).toBe(true);
    expect(isLoginLink('https://vendor.com/security')).toBe(false);
  });
  it('normalizeUrl', () => {
    expect(normalizeUrl('mailto:a@b.c', 'https://x.com/')).toBeNull();
    expect(normalizeUrl('/a/?utm_medium=x&lang=de#f', 'https://x.com/')).toBe('https://x.com/a?lang=de');
  });
});
