import type { ClaimExtractor, ClaimContext } from './context';
import type { Provider } from '../knowledge/types';
import { unknownClaim, type PageLang } from '../types';
import { KEY_CONTROL, type KeyControlVocab } from './vocab/key-control';
import type { TermHit } from './mechanisms/terms';
import { both, findTerms, hasTerm, mechanismsOf, pickVocab, scanSentences, type ScanSentence } from './mechanisms/vocab';
import { isNotAClaim } from './mechanisms/not-a-claim';
import { negatedAround } from './mechanisms/scoped-negation';
import { isJobPosting } from './mechanisms/page-kind';
import { providersIn } from './mechanisms/attribution';
import { ATTRIBUTION } from './vocab/attribution';
import { uniq } from './mechanisms/details';
import { lazy } from './mechanisms/memo';

type Holder = 'customer' | 'cloud_provider' | 'vendor';
interface Finding {
  holder: Holder;
  detail: string;
  quote: string;
}

/**
 * key_control (SPEC §1): who holds the encryption keys. A customer option (BYOK, customer-managed keys,
 * client-side / zero-knowledge encryption) wins over the default, which goes into details; keys in a
 * cloud provider's KMS/HSM are `cloud_provider`; keys the vendor keeps itself are `vendor`.
 */
export const keyControl: ClaimExtractor<'key_control'> = (ctx) => {
  if (isJobPosting(ctx)) return unknownClaim<'key_control'>();
  const v = pickVocab(KEY_CONTROL, ctx.lang);
  const first = keyControlTerms(ctx.lang);
  const findings: Finding[] = [];
  for (const sc of scanSentences(ctx)) {
    const text = sc.s.text;
    if (sc.question || !hasTerm(text, first)) continue;
    if (isNotAClaim(text, ctx.lang) || hasTerm(text, v.plans)) continue;
    const live = (hits: TermHit[]) => hits.filter((h) => !negatedAround(text, h.start, h.end, ctx.lang));

    // A negation inside a customer phrase ("verlässt nie Ihr Gerät") negates nothing around it.
    const customer = findTerms(text, v.customer).find((h) => !negatedAround(text, h.start, h.end, ctx.lang, v.customer));
    if (customer && hasTerm(text, v.offer)) findings.push({ holder: 'customer', detail: customerDetail(customer.matched), quote: text });
    else if (onDeviceCrypto(ctx, text, v)) {
      findings.push({ holder: 'customer', detail: 'client-side / zero-knowledge option', quote: text });
      continue;
    }

    const keyWords = both(both(v.keyNouns, v.crypto), v.genericKeys);
    const keyHits = lazy(() => findTerms(text, keyWords));
    const services = live(findTerms(text, v.cloudServices)).filter((h) => /managed/i.test(h.matched) || hasTermBesides(text, h, keyWords, keyHits()));
    // "AWS KMS or Azure Key Vault": alternatives named in an explanation, not the vendor's own setup.
    if (new Set(services.map((h) => serviceName(ctx, sc, h.matched))).size > 1) continue;
    if (services[0]) {
      findings.push({ holder: 'cloud_provider', detail: serviceName(ctx, sc, services[0].matched), quote: text });
      continue;
    }
    const prev = scanSentences(ctx)[sc.index - 1]?.s.text ?? '';
    const cryptoNear = hasTerm(text, v.crypto) || hasTerm(prev, v.crypto);
    const other = findTerms(text, v.otherKeys);
    const keys = [...findTerms(text, v.keyNouns), ...(cryptoNear ? findTerms(text, v.genericKeys) : [])].filter(
      (k) => !other.some((o) => k.start < o.end && o.start < k.end),
    );
    const key = keys.find((h) => !negatedAround(text, h.start, h.end, ctx.lang));
    // "… and we have no access to them": the vendor cannot read the keys, so the customer holds them.
    const blind = key && findTerms(text, v.noAccess).find((h) => saidOfItself(ctx, text, h.start));
    if (blind) {
      findings.push({ holder: 'customer', detail: 'client-side / zero-knowledge option', quote: text });
      continue;
    }
    if (!key || customer || !hasTerm(text, both(v.keptBy, v.ownStore))) continue;
    const [from, to] = clauseAround(text, key.start, ctx);
    const provider = providersIn(ctx, sc).find((p) => p.start >= from && p.end <= to);
    if (provider) findings.push({ holder: 'cloud_provider', detail: `${provider.provider.name}-managed keys`, quote: text });
    else findings.push({ holder: 'vendor', detail: 'vendor-managed keys', quote: text });
  }
  const best = (['customer', 'cloud_provider', 'vendor'] as const).find((h) => findings.some((f) => f.holder === h));
  if (!best) return unknownClaim<'key_control'>();
  const main = findings.filter((f) => f.holder === best);
  const defaults = best === 'customer' ? findings.filter((f) => f.holder !== 'customer') : [];
  return {
    value: best,
    details: uniq([...main.map((f) => f.detail), ...defaults.map((f) => `default: ${f.detail}`)]),
    evidence: uniq([...main.map((f) => f.quote), ...defaults.map((f) => f.quote)]).slice(0, 3).map((quote) => ({ quote })),
  };
};

/**
 * Does `terms` match in `text` with `hit` blanked out? Yes when `text` has a match clear of the hit
 * and the characters on either side of it (all a match reads, its start and end tests included, is
 * then the same in the blanked text), read off `hits`, the matches of `text`. Else the blanked text is scanned.
 */
function hasTermBesides(text: string, hit: TermHit, terms: readonly string[], hits: readonly TermHit[]): boolean {
  if (hits.some((m) => m.end < hit.start || m.start > hit.end)) return true;
  return hasTerm(text.slice(0, hit.start) + ' '.repeat(hit.end - hit.start) + text.slice(hit.end), terms);
}

/** A sentence about key control names keys, a key service or a customer option first of all. */
export function keyControlTerms(lang: PageLang): string[] {
  const v = pickVocab(KEY_CONTROL, lang);
  return both(both(both(v.customer, v.onDevice), v.cloudServices), both(v.keyNouns, v.genericKeys));
}

/** "Ihr Tresor wird auf Ihrem Gerät … verschlüsselt", "Nycklarna skapas på deltagarnas enheter": keys or encryption on the user's device. */
function onDeviceCrypto(ctx: ClaimContext, text: string, v: ReturnType<typeof pickVocab<KeyControlVocab>>): boolean {
  const place = findTerms(text, v.onDevice).find((h) => !negatedAround(text, h.start, h.end, ctx.lang, v.customer));
  if (!place || !hasTerm(text, v.offer)) return false;
  return hasTerm(text, v.crypto) || findTerms(text, both(v.keyNouns, v.genericKeys)).some((k) => !hasTerm(text, v.otherKeys));
}

function customerDetail(matched: string): string {
  const m = matched.toLowerCase();
  if (/byok|hyok|bring|hold your/.test(m)) return 'BYOK';
  if (/end|ende|ände|päästä|e2ee|totalsträck/.test(m)) return 'end-to-end encryption';
  if (/client|klient|zero|null|nul-|nolla|før|innan|before|lokal|laitteella|ennen|device|hochladen|gerät|enhet|enhed|laitteelta|sinulla|nur sie|only you|bara du|bare du|kun du|never leave|verlässt|verlassen|lämnar|forlater|forlader|poistu/.test(m)) return 'client-side / zero-knowledge option';
  return 'customer-managed keys (CMK)';
}

/** "AWS Key Management Service (KMS)" → "AWS KMS"; a bare "KMS" takes the provider named around it. */
function serviceName(ctx: ClaimContext, sc: ScanSentence, matched: string): string {
  const m = matched.toLowerCase();
  if (m.includes('key vault') || m.includes('azure')) return 'Azure Key Vault';
  if (m.includes('google')) return m.includes('managed') ? 'Google-managed keys' : 'Google Cloud KMS';
  if (m.includes('cloudhsm')) return 'AWS CloudHSM';
  if (m.includes('microsoft')) return 'Microsoft-managed keys';
  if (m.includes('aws') || m.includes('amazon')) return m.includes('managed') ? 'AWS-managed keys' : 'AWS KMS';
  const p = nearbyProvider(ctx, sc);
  if (m.includes('managed')) return p ? `${p.name} ${matched}` : matched;
  if (!p) return matched;
  if (/google/i.test(p.name)) return 'Google Cloud KMS';
  if (/azure|microsoft/i.test(p.name)) return 'Azure Key Vault';
  if (/amazon|aws/i.test(p.name)) return 'AWS KMS';
  return `${p.name} ${matched}`;
}

function nearbyProvider(ctx: ClaimContext, sc: ScanSentence): Provider | undefined {
  const scan = scanSentences(ctx);
  for (const j of [sc.index, sc.index - 1, sc.index + 1, sc.index - 2]) {
    const s = scan[j];
    const p = s && providersIn(ctx, s).find((x) => x.provider.categories.includes('hosting'));
    if (p) return p.provider;
  }
  return undefined;
}

/** The clause before `at` has the vendor as its subject ("we", "unser Team") and no third party. */
function saidOfItself(ctx: ClaimContext, text: string, at: number): boolean {
  const a = pickVocab(ATTRIBUTION, ctx.lang);
  const [from] = clauseAround(text, at, ctx);
  const clause = text.slice(from, at);
  return hasTerm(clause, a.self) && !hasTerm(clause, a.facility);
}

/** The clause of `text` around `at`: bounded by ';' and clause-break words ("but", "aber", "men"). */
function clauseAround(text: string, at: number, ctx: ClaimContext): [number, number] {
  const breaks = [...findTerms(text, mechanismsOf(ctx.lang).clauseBreaks).map((h) => h.start), ...[...text.matchAll(/;/g)].map((m) => m.index!)];
  const from = Math.max(0, ...breaks.filter((b) => b < at));
  const after = breaks.filter((b) => b > at);
  return [from, after.length ? Math.min(...after) : text.length];
}
