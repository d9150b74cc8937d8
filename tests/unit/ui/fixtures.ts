import { scoreClaims } from '../../../lib/score';
import { CLAIM_IDS, unknownClaim, type Analysis, type ClaimId, type Claims, type PageText } from '../../../lib/types';

/** A small analysis built by hand (no extractor), scored by lib/score like the popup does. */
export function sampleAnalysis(over: { longQuote?: boolean } = {}): { analysis: Analysis; page: PageText } {
  const claims = Object.fromEntries(CLAIM_IDS.map((id) => [id, unknownClaim()])) as unknown as Claims;
  const set = (id: ClaimId, value: string, quote?: string, details: string[] = []) => {
    Object.assign(claims[id], { value, details, evidence: quote ? [{ quote, block: 0 }] : [] });
  };
  const long =
    'Alla kunddata lagras i våra egna datacenter i Stockholm och Oslo, och ingen data lämnar EU/EES under några omständigheter, ' +
    'inte heller säkerhetskopior, loggar eller supportärenden, vilket vi regelbundet granskar tillsammans med en oberoende revisor.';
  set('data_location', 'eu_eea', over.longQuote ? long : 'Data lagras i Stockholm.', ['Stockholm', 'Oslo']);
  set('us_exposure', 'us_subprocessor', 'Vi använder Amazon Web Services.', ['Amazon Web Services']);
  set('encryption_in_transit', 'yes', 'All trafik krypteras med TLS 1.2.', ['TLS 1.2']);
  set('certifications', 'certified', 'Vi är certifierade enligt ISO 27001.', ['ISO 27001']);
  const page: PageText = { url: 'https://example.se/gdpr', title: 'GDPR', declaredLang: 'sv', kind: 'html', blocks: [{ text: 'x', kind: 'paragraph' }] };
  const analysis: Analysis = {
    source: page.url,
    title: 'GDPR hos Example',
    lang: 'sv',
    vendor: 'example.se',
    analyzedAt: '2025-03-04T10:05:00.000Z',
    claims,
    score: scoreClaims(claims, 'standard'),
  };
  return { analysis, page };
}
