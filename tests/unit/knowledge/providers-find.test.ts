import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findProviders, providerByDomain, isUsOwned, isEuropean, isUsJurisdiction, providerById } from '../../../lib/knowledge';

const FIXTURES = '../shared/fixtures';
const read = (path: string) => readFileSync(`${FIXTURES}/${path}`, 'utf8');
const ids = (text: string) => [...new Set(findProviders(text).map((m) => m.provider.id))];

describe('findProviders on the labelled fixtures', () => {
  // Providers named in the labels' us_exposure / subprocessors details, by page.
  const expected: Record<string, string[]> = {
    'real/en-eyevinn-osaas-subprocessors.txt': ['akamai', 'cloudflare', 'elastx'],
    'real/en-lyyli-subprocessors.txt': ['clerk', 'vercel', 'aws', 'mongodb', 'microsoft-azure', 'pipedrive', 'anthropic', 'openai', 'google', 'google-cloud'],
    'real/en-sentry-data-storage-location.md': ['sentry'],
    'real/en-gosmarter-encryption.txt': ['microsoft-azure', 'microsoft'],
    'real/en-trueclicks-slack-marketplace.txt': ['microsoft-azure'],
    'real/en-elastx-trust-center.txt': ['elastx'],
    'real/sv-emarketeer-datalagring.txt': ['fullcontact'],
    'real/no-microsoft-azure-datalagring.txt': ['microsoft-azure', 'microsoft'],
    'real/no-digiserv-microsoft-dpa.txt': ['microsoft', 'microsoft-365'],
    'real/da-safeonline-sikkerhedsspoergsmaal.txt': ['microsoft-azure'],
    'real/da-systemhosting-isae3402-erklaering.txt': ['systemhosting'],
    'real/da-godaddy-databehandlingstillaeg.txt': ['godaddy'],
    'real/de-tripactions-sicherheit.txt': ['aws', 'amazon'],
    'real/de-keyfactor-toms.txt': ['keyfactor'],
    'real/fi-stratman-tietoturvakuvaus.txt': ['hetzner'],
    'real/fi-myidtoken-tietosuoja.txt': ['aws', 'stripe', 'google-analytics', 'meta', 'sentry', 'coralogix'],
    'real/fi-google-datansiirron-lakikaytannot.txt': ['google'],
    'seeds/sv-deskhero-tom.txt': ['aws'],
    'seeds/sv-nomp-gdpr.txt': ['aws'],
    'seeds/sv-safespring-datacenter-faq.md': ['safespring'],
  };
  for (const [file, want] of Object.entries(expected)) {
    it(file, () => {
      const got = ids(read(file));
      for (const id of want) expect(got, id).toContain(id);
    });
  }

  it('finds nothing on the pages that name no provider', () => {
    for (const f of ['real/no-handboka-priser-kommune.txt', 'real/fi-laskupiste-basic-taso.txt', 'real/de-roooms-blog-benachrichtigungen.txt', 'real/sv-securapilot-sakerhet.txt', 'real/de-holygrail-tom.txt']) {
      expect(ids(read(f)), f).toEqual([]);
    }
  });

  it('the Deskhero seed: "Elastic Container Service" is AWS, not Elastic', () => {
    const got = ids(read('seeds/sv-deskhero-tom.txt'));
    expect(got).not.toContain('elastic');
  });
});

describe('findProviders matching rules', () => {
  it('longest match: legal entity over product over company', () => {
    const m = findProviders('Nomp använder Amazon Web Services EU Sarl (AWS) som underbiträde, inte Amazon.');
    expect(m.map((x) => [x.matched, x.provider.id])).toEqual([
      ['Amazon Web Services EU Sarl', 'aws'],
      ['AWS', 'aws'],
      ['Amazon', 'amazon'],
    ]);
  });

  it('offsets point into the text, sorted, without overlaps', () => {
    const text = 'We use Google Cloud, Microsoft Azure, Cloudflare, Inc. and Stripe; Google alone; Microsoft alone.';
    const m = findProviders(text);
    for (const x of m) expect(text.slice(x.start, x.end)).toBe(x.matched);
    for (let i = 1; i < m.length; i++) expect(m[i]!.start).toBeGreaterThanOrEqual(m[i - 1]!.end);
    expect(m.map((x) => x.provider.id)).toEqual(['google-cloud', 'microsoft-azure', 'cloudflare', 'stripe', 'google', 'microsoft']);
  });

  it('short capital aliases are case-sensitive, long names are not', () => {
    expect(ids('aws and gcp and ibm and ovh are lower case words here')).toEqual([]);
    expect(ids('AWS, GCP, IBM, OVH')).toEqual(['aws', 'google-cloud', 'ibm-cloud', 'ovhcloud']);
    expect(ids('hosted at HETZNER ONLINE GMBH and cloudflare')).toEqual(['hetzner', 'cloudflare']);
  });

  it('inflected names: Finnish cases and Nordic/German genitives', () => {
    expect(ids('kirjautua Googlen tai Microsoftin tunnuksilla; Amazonin palvelu')).toEqual(['google', 'microsoft', 'amazon']);
    expect(ids('Microsofts DPA og Googles vilkår')).toEqual(['microsoft', 'google']);
    expect(ids('Hetzner Online GmbH:n palvelinkeskuksissa, AWS-Rechenzentren')).toEqual(['hetzner', 'aws']);
    expect(ids('Googlex and Microsoftware are not names')).toEqual([]);
  });

  it('ordinary words are not providers', () => {
    const text = [
      'Check the box before you continue. Put it in a box.',
      'The reception is in front of the building. Front desk staff.',
      'We segment our customers. Each segment is reviewed. Das Segment wächst.',
      'The notion of privacy is central. Notion is a concept.',
      'Memory is allocated on the heap. Heap memory.',
      'We render pages on the server. Render the template.',
      'As a rule, we comply. Rule 5 applies.',
      'A bird in the hand. Bird watching.',
      'Data drift is monitored. Drift og vedlikehold. | Drift, lagring |',
      'Use a square shape. Square brackets.',
      'An elastic band. Elastic scaling is used.',
      'The clerk files it. Clerk of the court.',
      'Please zoom in on the map, slack off, a stripe of paint, an apple, an oracle.',
      'Tieto on tärkeää. Asennettu laitteen sentry-toiminto.',
      'The canvas and canvases. Whereby the parties agree.',
    ].join('\n');
    expect(findProviders(text).map((m) => m.matched)).toEqual([]);
  });

  it('ordinary-word aliases match as names in clear context', () => {
    expect(ids('Our sub-processors are Box.com, Front App, Notion Labs, Heap Analytics, Render.com, Twilio Segment and Rule Communication.')).toEqual(
      ['box', 'front', 'notion', 'heap', 'render', 'segment', 'rule'],
    );
    expect(ids('Support runs in Front and notes live in Notion.')).toEqual(['front', 'notion']);
    expect(ids('| Clerk | Authentication |')).toEqual(['clerk']);
  });
});

describe('providerByDomain and ownership helpers', () => {
  it('resolves registrable domains and subdomains', () => {
    expect(providerByDomain('sentry.io')?.id).toBe('sentry');
    expect(providerByDomain('docs.sentry.io')?.id).toBe('sentry');
    expect(providerByDomain('godaddy.com')?.id).toBe('godaddy');
    expect(providerByDomain('www.microsoft.com')?.id).toBe('microsoft');
    expect(providerByDomain('keyfactor.com')?.id).toBe('keyfactor');
    expect(providerByDomain('navan.com')?.id).toBe('navan');
    expect(providerByDomain('tripactions.com')?.id).toBe('navan');
    expect(providerByDomain('policies.google.com')?.id).toBe('google');
    expect(providerByDomain('cloud.google.com')?.id).toBe('google-cloud');
    expect(providerByDomain('aws.amazon.com')?.id).toBe('aws');
    expect(providerByDomain('amazon.com')?.id).toBe('amazon');
    expect(providerByDomain('elastx.se')?.id).toBe('elastx');
    expect(providerByDomain('SAFESPRING.COM.')?.id).toBe('safespring');
    expect(providerByDomain('example.com')).toBeUndefined();
    expect(providerByDomain('notsentry.io')).toBeUndefined();
  });

  it('isUsOwned / isEuropean / isUsJurisdiction', () => {
    const p = (id: string) => providerById(id)!;
    expect(isUsOwned(p('aws'))).toBe(true);
    expect(isUsOwned(p('hetzner'))).toBe(false);
    expect(isEuropean(p('hetzner'))).toBe(true);
    expect(isEuropean(p('vipps-mobilepay'))).toBe(true); // NO is EEA
    expect(isEuropean(p('infomaniak'))).toBe(false); // CH is not EEA
    expect(isEuropean(p('checkout-com'))).toBe(false); // GB is not EEA
    expect(isEuropean(p('aws'))).toBe(false);
    expect(isUsOwned(p('mailgun'))).toBe(false);
    expect(isUsJurisdiction(p('mailgun'))).toBe(true);
    expect(isUsJurisdiction(p('elastx'))).toBe(false);
  });
});
