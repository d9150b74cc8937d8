import type { Provider, ProviderMatch } from './types';
/** STUB — replaced by the knowledge helper (data in providers-data.ts, ≥150 entries). */
export const PROVIDERS: Provider[] = [
  { id: 'aws', name: 'Amazon Web Services', aliases: ['AWS', 'Amazon Web Services'], entities: ['Amazon Web Services EU SARL'], domains: ['aws.amazon.com', 'amazon.com'], parent: 'Amazon.com, Inc.', parentCountry: 'US', categories: ['hosting'], source: 'https://www.aboutamazon.com/' },
];
export function findProviders(text: string): ProviderMatch[] {
  const out: ProviderMatch[] = [];
  for (const p of PROVIDERS) for (const a of [...p.entities, ...p.aliases, p.name]) {
    let i = text.indexOf(a);
    while (i >= 0) { out.push({ provider: p, start: i, end: i + a.length, matched: a }); i = text.indexOf(a, i + a.length); }
  }
  return out.sort((a, b) => a.start - b.start);
}
export function providerByDomain(domain: string): Provider | undefined {
  return PROVIDERS.find((p) => p.domains.some((d) => domain === d || domain.endsWith('.' + d)));
}
