import type { Analysis, ClaimId } from '../types';
import { CLAIM_IDS } from '../types';

export interface GoldClaim {
  value: string;
  details?: string[];
  evidence?: string[];
  note?: string;
}

export interface GoldPage {
  id: string;
  file: string;
  lang: string;
  vendor?: string;
  kind?: string;
  privacy?: boolean;
  source?: { url?: string } | string;
  claims: Record<ClaimId, GoldClaim>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** gold and predicted both unknown */
  tn: number;
}

export interface Mistake {
  page: string;
  claim: ClaimId;
  got: string;
  expected: string;
  gotQuotes: string[];
  gotDetails: string[];
  note?: string;
}

export interface EvalResult {
  perClaim: Record<ClaimId, Counts>;
  micro: Counts;
  exact: number;
  total: number;
  mistakes: Mistake[];
  /** Non-unknown values produced on pages that are not about privacy. */
  inventions: Mistake[];
  /** True positives whose quotes overlap a gold quote. */
  evidenceHits: number;
  /** Predicted quotes that are not substrings of the analysed text (must be 0). */
  badQuotes: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1 };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Quotes overlap when one contains the other (whitespace-insensitive). */
export function quotesOverlap(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

/** Pages whose gold labels say "not a privacy page". */
export function isNonPrivacy(g: GoldPage): boolean {
  if (g.privacy === false) return true;
  return /not a privacy page/i.test(g.kind ?? '');
}

export function evaluate(pages: { gold: GoldPage; got: Analysis; text?: string }[]): EvalResult {
  const perClaim = Object.fromEntries(CLAIM_IDS.map((id) => [id, emptyCounts()])) as Record<ClaimId, Counts>;
  const micro = emptyCounts();
  const res: EvalResult = { perClaim, micro, exact: 0, total: 0, mistakes: [], inventions: [], evidenceHits: 0, badQuotes: 0 };
  for (const { gold, got, text } of pages) {
    const nonPrivacy = isNonPrivacy(gold);
    for (const id of CLAIM_IDS) {
      const g = gold.claims[id]?.value ?? 'unknown';
      const c = got.claims[id];
      const p = c.value;
      const counts = perClaim[id];
      res.total++;
      if (text !== undefined) for (const ev of c.evidence) if (!text.includes(ev.quote)) res.badQuotes++;
      const m: Mistake = {
        page: gold.id, claim: id, got: p, expected: g,
        gotQuotes: c.evidence.map((e) => e.quote), gotDetails: c.details, note: gold.claims[id]?.note,
      };
      if (p === g) {
        res.exact++;
        if (g === 'unknown') { counts.tn++; micro.tn++; }
        else {
          counts.tp++; micro.tp++;
          const gq = gold.claims[id]?.evidence ?? [];
          if (gq.length === 0 || c.evidence.some((e) => gq.some((q) => quotesOverlap(e.quote, q)))) res.evidenceHits++;
        }
        continue;
      }
      if (p !== 'unknown') { counts.fp++; micro.fp++; }
      if (g !== 'unknown') { counts.fn++; micro.fn++; }
      res.mistakes.push(m);
      if (nonPrivacy && p !== 'unknown') res.inventions.push(m);
    }
  }
  return res;
}
