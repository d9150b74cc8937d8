import type { Provider, ProviderMatch } from './types';
import { PROVIDER_DATA } from './data/providers-data';
import { NAME_SUFFIXES } from './data/inflections';
import { EU_COUNTRIES, EEA_ONLY_COUNTRIES } from './data/countries';
import { TermMatcher, type Term } from './term-matcher';

export const PROVIDERS: Provider[] = PROVIDER_DATA;

/** Short all-capital aliases ('AWS', 'GCP', 'OVH', 'IBM') are matched case-sensitively. */
function isAcronym(alias: string): boolean {
  return alias.length <= 5 && !/\p{Ll}/u.test(alias);
}

function endsWithLetter(s: string): boolean {
  return /\p{L}$/u.test(s);
}

export function providerTerms(providers: readonly Provider[]): Term<Provider>[] {
  const terms: Term<Provider>[] = [];
  for (const p of providers) {
    for (const text of [...p.aliases, ...p.entities]) {
      const acronym = isAcronym(text);
      terms.push({
        text,
        value: p,
        caseSensitive: acronym,
        suffixes: !acronym && text.length >= 4 && endsWithLetter(text) ? NAME_SUFFIXES : undefined,
      });
    }
    for (const text of p.casedAliases ?? []) {
      terms.push({ text, value: p, caseSensitive: true, suffixes: endsWithLetter(text) ? NAME_SUFFIXES : undefined });
    }
    for (const text of p.strictAliases ?? []) terms.push({ text, value: p, caseSensitive: true, strict: true });
  }
  return terms;
}

let matcher: TermMatcher<Provider> | undefined;

/** Every provider mention (alias, product or legal entity), longest first, sorted by start. `starts`: `wordStarts(text)`, if the caller has it. */
export function findProviders(text: string, starts?: readonly number[]): ProviderMatch[] {
  matcher ??= new TermMatcher(providerTerms(PROVIDERS));
  return matcher.find(text, starts).map((h) => ({ provider: h.value, start: h.start, end: h.end, matched: h.matched }));
}

let byDomain: Map<string, Provider> | undefined;

/** The provider publishing from this domain or one of its parent domains (sentry.io → Sentry). */
export function providerByDomain(domain: string): Provider | undefined {
  if (!byDomain) {
    byDomain = new Map();
    for (const p of PROVIDERS) for (const d of p.domains) if (!byDomain.has(d)) byDomain.set(d.toLowerCase(), p);
  }
  let d = domain.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  while (d) {
    const hit = byDomain.get(d);
    if (hit) return hit;
    const dot = d.indexOf('.');
    if (dot < 0) return undefined;
    d = d.slice(dot + 1);
  }
  return undefined;
}

export function providerById(id: string): Provider | undefined {
  return PROVIDERS.find((p) => p.id === id);
}

/** The ultimate parent is a US company (reachable by the US CLOUD Act). */
export function isUsOwned(p: Provider): boolean {
  return p.parentCountry === 'US';
}

/** US-owned, or operated by a US company under a foreign parent (Mailgun, Vonage). */
export function isUsJurisdiction(p: Provider): boolean {
  return isUsOwned(p) || p.hqCountry === 'US';
}

/** The ultimate parent is in the EU or the EEA (not Switzerland, not the UK). */
export function isEuropean(p: Provider): boolean {
  return EU_COUNTRIES.includes(p.parentCountry) || EEA_ONLY_COUNTRIES.includes(p.parentCountry);
}
