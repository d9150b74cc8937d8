import { describe, expect, it } from 'vitest';
import { PROVIDERS, findProviders } from '../../../lib/knowledge';
import { KNOWN_COUNTRIES } from '../../../lib/knowledge/data/countries';

const terms = (p: (typeof PROVIDERS)[number]) => [...p.aliases, ...p.entities, ...(p.casedAliases ?? []), ...(p.strictAliases ?? [])];

describe('provider data', () => {
  it('has at least 150 providers, every field filled', () => {
    expect(PROVIDERS.length).toBeGreaterThanOrEqual(170);
    for (const p of PROVIDERS) {
      expect(p.id, p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.name.trim(), p.id).not.toBe('');
      expect(terms(p).length, `${p.id} has no alias or entity`).toBeGreaterThan(0);
      expect(p.parent.trim(), p.id).not.toBe('');
      expect(KNOWN_COUNTRIES, `${p.id} parentCountry`).toContain(p.parentCountry);
      if (p.hqCountry) expect(KNOWN_COUNTRIES, `${p.id} hqCountry`).toContain(p.hqCountry);
      expect(p.categories.length, p.id).toBeGreaterThan(0);
      expect(p.source, p.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      for (const d of p.domains) expect(d, p.id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
  });

  it('ids, domains and match terms are unique across providers', () => {
    const ids = PROVIDERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const seenDomain = new Map<string, string>();
    const seenTerm = new Map<string, string>();
    for (const p of PROVIDERS) {
      for (const d of p.domains) {
        expect(seenDomain.get(d), `domain ${d} in ${p.id}`).toBeUndefined();
        seenDomain.set(d, p.id);
      }
      for (const t of terms(p)) {
        const key = t.replace(/\s+/g, ' ').toLowerCase();
        const prev = seenTerm.get(key);
        // The same provider may list a term in two capitalisations ('Strato'/'STRATO').
        if (prev !== undefined) expect(prev, `term "${t}" in ${p.id} and ${prev}`).toBe(p.id);
        seenTerm.set(key, p.id);
      }
    }
  });

  it('every alias and legal entity is found, as written, inside a sentence', () => {
    for (const p of PROVIDERS) {
      for (const t of terms(p)) {
        const text = `Our sub-processor is ${t} for this service.`;
        const hits = findProviders(text);
        expect(hits.map((h) => `${h.provider.id}:${h.matched}`), t).toEqual([`${p.id}:${t}`]);
      }
    }
  });

  it('legal entities map to the right (ultimate) parent', () => {
    const byEntity = (e: string) => findProviders(`Contract with ${e} applies.`)[0]?.provider;
    expect(byEntity('Amazon Web Services EU SARL')?.id).toBe('aws');
    expect(byEntity('Amazon Web Services EMEA SARL')?.parent).toBe('Amazon.com, Inc.');
    expect(byEntity('Microsoft Ireland Operations Ltd')?.parent).toBe('Microsoft Corporation');
    expect(byEntity('Google Cloud EMEA Ltd')?.id).toBe('google-cloud');
    expect(byEntity('Google Ireland Limited')?.parent).toBe('Alphabet Inc.');
    expect(byEntity('Stripe Payments Europe, Limited')?.parentCountry).toBe('US');
    expect(byEntity('Meta Platforms Ireland Limited')?.parentCountry).toBe('US');
    expect(byEntity('Functional Software, Inc.')?.id).toBe('sentry');
    expect(byEntity('GoDaddy.com, LLC')?.id).toBe('godaddy');
    expect(byEntity('Hetzner Online GmbH')?.parentCountry).toBe('DE');
    expect(byEntity('Akenes SA')?.id).toBe('exoscale');
    expect(byEntity('Mailgun Technologies, Inc.')?.parent).toBe('Sinch AB');
    expect(byEntity('Pipedrive OÜ')?.parentCountry).toBe('US');
    expect(byEntity('Linode LLC')?.parent).toBe('Akamai Technologies, Inc.');
    expect(byEntity('Slack Technologies, LLC')?.parent).toBe('Salesforce, Inc.');
    expect(byEntity('Auth0, Inc.')?.parent).toBe('Okta, Inc.');
    expect(byEntity('Atlassian Corporation')?.parentCountry).toBe('US');
  });

  it('knows the ownership facts the fixtures rely on', () => {
    const country = (id: string) => PROVIDERS.find((p) => p.id === id)?.parentCountry;
    for (const id of ['aws', 'microsoft-azure', 'google', 'cloudflare', 'akamai', 'stripe', 'fullcontact', 'sentry', 'godaddy', 'keyfactor', 'navan', 'mongodb', 'vercel', 'openai', 'anthropic', 'clerk', 'pipedrive', 'meta']) {
      expect(country(id), id).toBe('US');
    }
    expect(country('hetzner')).toBe('DE');
    expect(country('elastx')).toBe('SE');
    expect(country('safespring')).toBe('SE');
    expect(country('ovhcloud')).toBe('FR');
    expect(country('upcloud')).toBe('FI');
    expect(country('exoscale')).toBe('AT');
    expect(country('bunny')).toBe('SI');
    expect(country('coralogix')).toBe('IL');
    expect(country('hotjar')).toBe('FR');
  });
});
