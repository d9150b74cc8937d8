import type { ClaimExtractor } from './context';
import type { ClaimResult, Evidence, PageLang } from '../types';
import { unknownClaim } from '../types';
import { AT_REST } from './vocab/encryption-at-rest';
import { both, findTerms, hasTerm, pickVocab, scanSentences } from './mechanisms/vocab';
import type { TermHit } from './mechanisms/terms';
import { lazy } from './mechanisms/memo';
import { isJobPosting } from './mechanisms/page-kind';
import { findAlgorithms, findStandards, uniq } from './mechanisms/details';
import { hasSubject, isNotAClaim } from './mechanisms/not-a-claim';
import { negatedAround } from './mechanisms/scoped-negation';

interface Hit {
  quote: string;
  details: string[];
  /** Higher = better proof (an algorithm or an explicit "at rest" beats a bare "stored encrypted"). */
  strength: number;
}

/**
 * encryption_at_rest (SPEC §1): "yes" when stored data (at rest, databases, disks, backups) is said to
 * be encrypted; "no" when it is explicitly stored unencrypted. "Stored safely" is not encryption, and
 * encryption in transit alone is not at rest.
 */
export const encryptionAtRest: ClaimExtractor<'encryption_at_rest'> = (ctx) => {
  if (isJobPosting(ctx)) return unknownClaim<'encryption_at_rest'>();
  const v = pickVocab(AT_REST, ctx.lang);
  const first = atRestTerms(ctx.lang);
  const yes: Hit[] = [];
  const no: Hit[] = [];
  const scan = scanSentences(ctx);
  for (const sc of scan) {
    const text = sc.s.text;
    if (sc.question || !hasTerm(text, first)) continue;
    if (hasTerm(text, v.notData) || isNotAClaim(text, ctx.lang)) continue;
    const compounds = findTerms(text, v.compounds);
    const atRest = lazy(() => hasTerm(text, v.atRest));
    const aboutStorage = compounds.length > 0 || (hasTerm(text, v.storage) && (!hasTerm(text, v.transit) || atRest()));
    if (!aboutStorage) continue;
    // A bare noun ("Encryption at rest with provider keys does not protect you") may be a topic, not a claim.
    const subject = lazy(() => hasSubject(text, ctx.lang));
    if (!hasTerm(text, v.verbs) && !subject()) continue;
    const prev = scan[sc.index - 1];
    const listIntro = prev && /:\s*$/.test(prev.s.text) ? prev.s.text : '';
    if (hasTerm(text, v.devices) || hasTerm(listIntro, v.devices) || hasTerm(sc.s.heading ?? '', v.devices)) continue;

    const live = (h: TermHit) => !negatedAround(text, h.start, h.end, ctx.lang);
    const unenc = findTerms(text, v.unencrypted).some(live);
    const encrypt = findTerms(text, v.encrypt);
    const enc = encrypt.some(live) || compounds.some(live);
    const negatedEnc = encrypt.some((h) => !live(h));
    const saysNo = unenc || (negatedEnc && !enc) || (enc && hasTerm(text, v.plans));
    if (saysNo && subject()) {
      no.push({ quote: text, details: [], strength: 1 });
    } else if (enc && !saysNo) {
      const algos = findAlgorithms(text).map((f) => f.value);
      const fips = findStandards(text).filter((f) => f.value.startsWith('FIPS')).map((f) => `${f.value}-compatible`);
      const details = uniq([...algos, ...(compounds.some((c) => /disk|levy|platte/i.test(c.matched)) ? ['disk encryption'] : []), ...techniques(text), ...fips]);
      const explicit = atRest() || compounds.length > 0;
      yes.push({ quote: text, details, strength: (algos.length ? 2 : 0) + (explicit ? 1 : 0) });
    }
  }
  if (yes.length) return result('yes', yes);
  if (no.length) return result('no', no);
  return unknownClaim<'encryption_at_rest'>();
};

/** A sentence about encryption at rest names encryption (or its absence) first of all. */
export function atRestTerms(lang: PageLang): string[] {
  const v = pickVocab(AT_REST, lang);
  return both(both(v.encrypt, v.compounds), v.unencrypted);
}

const TECHNIQUES: [RegExp, string][] = [
  [/Transparent Data Encryption|\bTDE\b/u, 'TDE'],
  [/Storage Service Encryption|\bSSE\b/u, 'SSE'],
];

function techniques(text: string): string[] {
  return TECHNIQUES.filter(([re]) => re.test(text)).map(([, name]) => name);
}

function result(value: 'yes' | 'no', hits: Hit[]): ClaimResult<'encryption_at_rest'> {
  const ranked = [...hits].sort((a, b) => b.strength - a.strength);
  const evidence: Evidence[] = uniq(ranked.map((h) => h.quote)).slice(0, 2).map((quote) => ({ quote }));
  return { value, details: uniq(ranked.flatMap((h) => h.details)), evidence };
}
