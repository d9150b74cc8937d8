import type { Provider } from '../../knowledge/types';
import type { ClaimContext } from '../context';
import { ATTRIBUTION } from '../vocab/attribution';
import { both, findTerms, pickVocab, scanSentences, type ScanSentence } from './vocab';

/**
 * Whose statement is it? A certificate, a key store or a promise belongs to the vendor unless a
 * provider or a facility (data centre, HSM, hosting provider) stands as its subject.
 */
export type Owner =
  | { kind: 'self' }
  | { kind: 'third'; name: string; provider?: Provider; via: 'sentence' | 'context' }
  | { kind: 'none' };

interface Mention {
  start: number;
  end: number;
  kind: 'self' | 'third';
  name: string;
  provider?: Provider;
}

/** True when the provider is the vendor whose page this is (sentry.io's page naming Sentry). */
export function isVendorItself(ctx: ClaimContext, p: Provider): boolean {
  if (ctx.vendorProvider && ctx.vendorProvider.id === p.id) return true;
  const d = ctx.vendorDomain.toLowerCase();
  return d !== '' && p.domains.some((x) => x === d || d.endsWith('.' + x));
}

const vendorCache = new WeakMap<object, string[]>();

/** Self words plus the vendor's own names, one list per page. */
function vendorTerms(ctx: ClaimContext, self: string[]): string[] {
  let out = vendorCache.get(ctx.sentences);
  if (!out) vendorCache.set(ctx.sentences, (out = both(self, vendorNameTerms(ctx))));
  return out;
}

function vendorNameTerms(ctx: ClaimContext): string[] {
  const label = ctx.vendorDomain.split('.')[0] ?? '';
  const out = label.length >= 3 ? [label + '*'] : [];
  if (ctx.vendorProvider) out.push(ctx.vendorProvider.name, ...ctx.vendorProvider.aliases);
  return out;
}

/** Third-party providers named inside a sentence, with offsets local to the sentence text. */
export function providersIn(ctx: ClaimContext, sc: ScanSentence): { provider: Provider; start: number; end: number }[] {
  const { start, end } = sc.s;
  return ctx.providers
    .filter((m) => m.start >= start && m.end <= end && !isVendorItself(ctx, m.provider))
    .map((m) => ({ provider: m.provider, start: m.start - start, end: m.end - start }));
}

function mentions(ctx: ClaimContext, sc: ScanSentence): Mention[] {
  const v = pickVocab(ATTRIBUTION, ctx.lang);
  const text = sc.s.text;
  const out: Mention[] = [];
  for (const h of findTerms(text, vendorTerms(ctx, v.self))) out.push({ start: h.start, end: h.end, kind: 'self', name: 'vendor' });
  for (const h of findTerms(text, v.facility)) out.push({ start: h.start, end: h.end, kind: 'third', name: 'data centre' });
  for (const p of providersIn(ctx, sc)) out.push({ start: p.start, end: p.end, kind: 'third', name: p.provider.name, provider: p.provider });
  // The vendor named as a provider ("Microsoft" on microsoft.com) speaks of itself.
  for (const m of ctx.providers) {
    if (m.start >= sc.s.start && m.end <= sc.s.end && isVendorItself(ctx, m.provider)) out.push({ start: m.start - sc.s.start, end: m.end - sc.s.start, kind: 'self', name: 'vendor' });
  }
  return out;
}

function toOwner(m: Mention, all: Mention[]): Owner {
  if (m.kind === 'self') return { kind: 'self' };
  // "AWS data centres": name the provider rather than the facility.
  const named = all.find((x) => x.provider && Math.abs(x.end - m.start) <= 3) ?? (m.provider ? m : undefined);
  return { kind: 'third', name: named?.name ?? m.name, provider: named?.provider, via: 'sentence' };
}

/**
 * A provider in a neighbouring line owns a statement only as that line's subject or title ("Hetzner
 * Online GmbH", "AWS data centres meet…"), not when named later in it for another reason ("log in
 * with BankID", "payments via Stripe").
 */
const NEIGHBOUR_SUBJECT_CHARS = 12;

/** Providers that own what a neighbouring line says: its subject, a facility's owner ("AWS:n konesalissa"), a title line. */
function ownersIn(ctx: ClaimContext, sc: ScanSentence): ReturnType<typeof providersIn> {
  const found = providersIn(ctx, sc);
  if (!found.length) return found;
  const text = sc.s.text.trim();
  if (text.length <= 60 && !/[.!?]$/.test(text)) return found;
  const facilities = findTerms(sc.s.text, pickVocab(ATTRIBUTION, ctx.lang).facility);
  return found.filter((p) => p.start <= NEIGHBOUR_SUBJECT_CHARS || facilities.some((f) => f.start >= p.end && f.start - p.end <= 4));
}

/** A sentence that opens with the vendor as subject ("We…", "Vi låter…", "Unsere Kontrollen…"). */
function vendorLeads(ctx: ClaimContext, sc: ScanSentence): boolean {
  const v = pickVocab(ATTRIBUTION, ctx.lang);
  const head = sc.s.text.slice(0, NEIGHBOUR_SUBJECT_CHARS);
  return findTerms(head, vendorTerms(ctx, v.self)).some((h) => h.start <= 3);
}

/**
 * The owner of what is said at offset `at` of a sentence: the first subject before it (the vendor, or a
 * provider/facility: "AWS data centres we use are certified" is AWS's), where "our data centres" is the
 * facility; else the nearest one shortly after it ("ISO 27001-certified data centres"); else, for a line
 * that starts with the statement itself (a bullet under "Servers"), a provider that is the subject or title of a
 * sentence around it — searching back stops at a sentence led by the vendor itself.
 */
export function ownerAt(ctx: ClaimContext, sc: ScanSentence, at: number, contextWindow = { before: 3, after: 2 }): Owner {
  const all = mentions(ctx, sc);
  const before = all.filter((m) => m.end <= at).sort((a, b) => a.start - b.start);
  const first = before[0];
  if (first) {
    const possessed = first.kind === 'self' && before.find((m) => m.kind === 'third' && m.start >= first.end && m.start - first.end <= 2);
    return toOwner(possessed || first, all);
  }
  const after = all.filter((m) => m.start >= at && m.start - at <= 80).sort((a, b) => a.start - b.start);
  if (after[0]) return toOwner(after[0], all);
  if (all.length || /[\p{L}\p{N}]/u.test(sc.s.text.slice(0, at))) return { kind: 'none' };
  const scan = scanSentences(ctx);
  for (let d = 1; d <= Math.max(contextWindow.before, contextWindow.after); d++) {
    for (const j of [sc.index - d, sc.index + d]) {
      if (j < 0 || j >= scan.length) continue;
      if (j < sc.index && d > contextWindow.before) continue;
      if (j > sc.index && d > contextWindow.after) continue;
      const near = ownersIn(ctx, scan[j]!);
      if (near[0]) return { kind: 'third', name: near[0].provider.name, provider: near[0].provider, via: 'context' };
      // "We have an auditor review our controls. SOC 2 report available…": the vendor speaks on.
      if (j < sc.index && vendorLeads(ctx, scan[j]!)) return { kind: 'none' };
    }
  }
  return { kind: 'none' };
}
