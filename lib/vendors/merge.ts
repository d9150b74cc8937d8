import type { ClaimId, ClaimResult, ClaimValue, Claims } from '../types';
import { CLAIM_IDS } from '../types';
import { scoreClaims, type ScoreProfile } from '../score';
import { contradicts, precedenceRank } from './precedence';
import { pageClaim } from './record';
import type { ClaimOverride, MergedClaim, MergedVendor, PageChange, PageStatement, StoredPage, VendorRecord } from './types';

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

function union(lists: string[][]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const d of list) {
      const k = d.trim().toLowerCase();
      if (k && !seen.has(k)) {
        seen.add(k);
        out.push(d);
      }
    }
  }
  return out;
}

/** Among pages saying the same value, the most specific one (more details, more quotes, newer) is the source. */
function bySpecificity(a: PageStatement, b: PageStatement): number {
  return b.details.length - a.details.length || b.quotes.length - a.quotes.length || time(b.analyzedAt) - time(a.analyzedAt);
}

export function statementsFor(id: ClaimId, pages: readonly StoredPage[]): PageStatement[] {
  const out: PageStatement[] = [];
  for (const p of pages) {
    const c = pageClaim(p, id);
    if (c.value !== 'unknown') out.push({ url: p.url, value: c.value, details: c.details, quotes: c.quotes, analyzedAt: p.analyzedAt });
  }
  return out;
}

/** One claim across a vendor's pages: the winning value (PRECEDENCE), its source page, and the contradictions. */
export function mergeClaim(id: ClaimId, pages: readonly StoredPage[], override?: ClaimOverride): MergedClaim {
  const statements = statementsFor(id, pages);
  let extracted: ClaimValue = 'unknown';
  for (const s of statements) if (precedenceRank(id, s.value) < precedenceRank(id, extracted)) extracted = s.value;
  const agreeing = statements.filter((s) => s.value === extracted).sort(bySpecificity);
  const evidence: MergedClaim['evidence'] = [];
  const seenQuotes = new Set<string>();
  for (const s of agreeing) {
    for (const quote of s.quotes) {
      if (seenQuotes.has(quote)) continue;
      seenQuotes.add(quote);
      evidence.push({ quote, url: s.url });
    }
  }
  const merged: MergedClaim = {
    value: override?.value ?? extracted,
    extractedValue: extracted,
    details: union(agreeing.map((s) => s.details)),
    evidence,
    sourceUrl: agreeing[0]?.url ?? '',
    conflicts: statements.filter((s) => contradicts(id, s.value, extracted)),
    statements,
    setByUser: !!override,
  };
  if (override) merged.override = override;
  return merged;
}

/** The Claims object the scorer expects, built from merged claims (a user's value counts as stated). */
export function claimsForScoring(merged: Record<ClaimId, MergedClaim>): Claims {
  const claims = {} as Record<ClaimId, ClaimResult>;
  for (const id of CLAIM_IDS) {
    const m = merged[id];
    const overridden = m.setByUser && m.value !== m.extractedValue;
    const from = overridden ? m.statements.filter((s) => s.value === m.value) : [];
    claims[id] = {
      value: m.value,
      details: overridden ? union(from.map((s) => s.details)) : m.details,
      evidence: overridden ? from.flatMap((s) => s.quotes.map((quote) => ({ quote }))) : m.evidence.map((e) => ({ quote: e.quote })),
    };
  }
  return claims as Claims;
}

/** Everything the dashboard and the exports show about one vendor. */
export function mergeVendor(record: VendorRecord, profile?: ScoreProfile | string): MergedVendor {
  const claims = {} as Record<ClaimId, MergedClaim>;
  for (const id of CLAIM_IDS) claims[id] = mergeClaim(id, record.pages, record.overrides[id]);
  let first = '';
  let last = '';
  for (const p of record.pages) {
    if (!first || time(p.firstAnalyzedAt) < time(first)) first = p.firstAnalyzedAt;
    if (!last || time(p.analyzedAt) > time(last)) last = p.analyzedAt;
  }
  const changedPages: { url: string; change: PageChange }[] = [];
  for (const p of record.pages) if (p.lastChange) changedPages.push({ url: p.url, change: p.lastChange });
  return {
    id: record.id,
    name: record.name,
    notes: record.notes,
    claims,
    score: scoreClaims(claimsForScoring(claims), profile),
    pageCount: record.pages.length,
    sourceUrls: record.pages.map((p) => p.url),
    firstAnalyzedAt: first,
    lastAnalyzedAt: last,
    contradictions: CLAIM_IDS.filter((id) => claims[id].conflicts.length > 0),
    changedPages,
  };
}
