/**
 * The matcher behind `findTerms` / `hasTerm`. A term list is compiled once (cached by the list's
 * identity) into alternatives bucketed by their first letter; a text is prepared once (cached:
 * claims ask about the same sentence many times) into its lower-cased form and the positions where
 * a term may start. A scan then only looks at those positions whose letter begins some term.
 *
 * It finds exactly what this regular expression would, without compiling one (V8 takes up to
 * hundreds of milliseconds for a long Unicode-aware alternation) and several times faster:
 *
 *   (?<![\p{L}\p{N}])(?:alt1|alt2|…)(?![\p{L}\p{N}])   flags: g, i
 *
 * where the alternatives are the terms, longest first, and a term is
 * - words separated by `\s+` (spaces in a term match any whitespace run: PDF line breaks),
 * - a word ending in `*` is a stem: `stem[\p{L}\p{N}-]*`,
 * - a term starting with `*` is a compound tail: `[\p{L}\p{N}]*-?tail` (the tail may end a glued
 *   noun), its prefix tried longest first as the greedy regex does.
 * Every alternative is deterministic apart from that prefix, and every loop moves forward, so
 * matching is linear in the text (a compound costs one extra pass over one word).
 */

interface Word {
  /** Lower-cased literal part. */
  lit: string;
  stem: boolean;
}

interface Alt {
  /** Position in the alternation: the first that matches at a start wins. */
  order: number;
  compound: boolean;
  words: Word[];
  /** Lower-cased first character. */
  first: number;
}

/** Candidate alternatives at a start, in alternation order: plain only, and with the compounds merged in. */
interface Bucket {
  plain: Alt[];
  withCompounds: Alt[];
}

export interface TermSet {
  /** By the lower-cased first two characters (`pairKey`): alternatives whose first word has two or more, plus those below. */
  byPair: Map<number, Bucket>;
  /** By the lower-cased first character: alternatives whose first word is one character long. */
  bySingle: Map<number, Bucket>;
  /** First characters of plain alternatives. */
  firsts: Set<number>;
  /** Which starts can begin a plain alternative (see PairFilter). */
  filter: PairFilter;
  compounds: Alt[];
  /** First characters of compound tails. */
  compoundFirsts: Set<number>;
  empty: boolean;
  /** The group this list belongs to (see `groupTerms`) and its bit there. */
  group?: TermGroup;
  bit?: number;
}

export interface TermHit {
  start: number;
  end: number;
  matched: string;
}

// --- characters ---------------------------------------------------------------------------------

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE_CHAR = /\s/;
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
const HYPHEN = 45;
/** First characters below this are looked up in a bitmap before the map. */
const LOW = 0x250;
/** Kind of each UTF-16 code unit, learnt on first sight: 0 unknown, WORD (letter or digit), SPACE, OTHER. */
const kinds = new Uint8Array(65536);
/** Lower-cased code unit + 1 (0 = not learnt yet). */
const folds = new Uint32Array(65536);

function kindOf(c: number): number {
  const k = kinds[c]!;
  return k !== 0 ? k : learnKind(c);
}

function learnKind(c: number): number {
  const ch = String.fromCharCode(c);
  const k = WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
  kinds[c] = k;
  return k;
}

/** Lower case of one code unit, or the unit itself when lower-casing changes the length ("İ"). */
function fold(c: number): number {
  const f = folds[c]!;
  return f !== 0 ? f - 1 : learnFold(c);
}

function learnFold(c: number): number {
  const l = String.fromCharCode(c).toLowerCase();
  const f = l.length === 1 ? l.charCodeAt(0) : c;
  folds[c] = f + 1;
  return f;
}

function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(fold(s.charCodeAt(i)));
  return out;
}

/**
 * `s` lower-cased one code unit at a time. `toLowerCase` does the same (and natively) except
 * where it changes the length ("İ") or looks at context (a final "Σ").
 */
function lowerUnits(s: string): string {
  const low = s.toLowerCase();
  return low.length === s.length && !s.includes('\u03a3') ? low : foldString(s);
}

// --- compiling ----------------------------------------------------------------------------------

function parse(term: string, order: number): Alt | undefined {
  const compound = term.startsWith('*') && term.length > 1;
  const body = (compound ? term.slice(1) : term).trim();
  if (!body) return undefined;
  const words = body.split(/\s+/).map((w) => {
    const stem = w.endsWith('*') && w.length > 1;
    return { lit: foldString(stem ? w.slice(0, -1) : w), stem };
  });
  return { order, compound, words, first: words[0]!.lit.charCodeAt(0) };
}

export function buildTermSet(terms: readonly string[]): TermSet {
  // Longest first (a stable sort: equal lengths keep the list's order).
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  const alts = sorted.map(parse).filter((a): a is Alt => !!a);
  const compounds = alts.filter((a) => a.compound);
  const plain = alts.filter((a) => !a.compound);
  const bucket = (list: Alt[]): Bucket => ({ plain: list, withCompounds: [...list, ...compounds].sort((a, b) => a.order - b.order) });
  const singles = new Map<number, Alt[]>();
  for (const a of plain) if (a.words[0]!.lit.length === 1) push(singles, a.first, a);
  const pairs = new Map<number, Alt[]>();
  for (const a of plain) {
    const lit = a.words[0]!.lit;
    if (lit.length > 1) push(pairs, pairKey(a.first, lit.charCodeAt(1)), a);
  }
  const byPair = new Map<number, Bucket>();
  for (const [key, list] of pairs) {
    const withSingles = [...list, ...(singles.get(Math.floor(key / 65536)) ?? [])].sort((a, b) => a.order - b.order);
    byPair.set(key, bucket(withSingles));
  }
  const bySingle = new Map<number, Bucket>();
  for (const [f, list] of singles) bySingle.set(f, bucket(list));
  const firsts = new Set(plain.map((a) => a.first));
  return { byPair, bySingle, firsts, filter: pairFilter(plain), compounds, compoundFirsts: new Set(compounds.map((a) => a.first)), empty: alts.length === 0 };
}

const pairKey = (a: number, b: number) => a * 65536 + b;

/**
 * A quick "can an alternative start here?" asked before the bucket maps, from a start's first two
 * characters: most starts of a sentence begin none of a list's terms. `kinds[c]` (c below LOW):
 * FIRST when some alternative's first word has two or more characters starting with c, SINGLE
 * when some first word is c alone. `pairs` is a 4096-bit set of hashed first pairs: a clear bit
 * rules the pair out, a set bit is then looked up in the maps (which decide).
 */
interface PairFilter {
  kinds: Uint8Array;
  pairs: Int32Array;
}

const FIRST = 1;
const SINGLE = 2;
const pairBit = (f: number, s: number) => (f * 31 + s) & 4095;

function pairFilter(alts: readonly Alt[]): PairFilter {
  const kinds = new Uint8Array(LOW);
  const pairs = new Int32Array(128);
  for (const a of alts) {
    const lit = a.words[0]!.lit;
    if (a.first < LOW) kinds[a.first]! |= lit.length === 1 ? SINGLE : FIRST;
    if (lit.length > 1) {
      const h = pairBit(a.first, lit.charCodeAt(1));
      pairs[h >> 5]! |= 1 << (h & 31);
    }
  }
  return { kinds, pairs };
}

/** False when no alternative can start at `p` (the first character below LOW); true: look it up. */
function mayStart({ kinds, pairs }: PairFilter, low: string, p: number, f: number): boolean {
  const k = kinds[f]!;
  if (k === 0) return false;
  if ((k & SINGLE) !== 0 || p + 1 >= low.length) return true;
  const h = pairBit(f, low.charCodeAt(p + 1));
  return (pairs[h >> 5]! & (1 << (h & 31))) !== 0;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

const byList = new WeakMap<readonly string[], TermSet>();
/** Lists built on the fly (a fresh array per call) are cached by content: a bounded fallback. */
const byKey = new Map<string, TermSet>();
const MAX_KEYED = 500;

/** The compiled set for a list: by identity first, then by content. */
export function termSet(terms: readonly string[]): TermSet {
  let set = byList.get(terms);
  if (set) return set;
  const key = terms.join('\u0000');
  set = byKey.get(key);
  if (!set) {
    set = buildTermSet(terms);
    if (byKey.size >= MAX_KEYED) byKey.clear();
    byKey.set(key, set);
  }
  byList.set(terms, set);
  return set;
}

// --- preparing a text ---------------------------------------------------------------------------

interface Prepared {
  /** The text lower-cased unit by unit (same length and offsets). */
  low: string;
  /** Positions a term may start at: no letter or digit before, not whitespace. Ascending. */
  starts: number[];
  /** Which lists of a group occur in the text (bit per list): the group asked first, then any others by group. */
  maskGroup?: TermGroup;
  mask?: number;
  masks?: Map<TermGroup, number>;
}

const prepared = new Map<string, Prepared>();
/** Prepared texts kept (sentences of a page and the windows claims cut from them); cleared when full. */
const MAX_PREPARED = 20_000;
/** Longer texts (a whole page) are scanned once, not kept. */
const MAX_PREPARED_LENGTH = 10_000;

/** Drops the prepared texts (lib/claims calls it after a page, so nothing of it stays in memory). */
export function forgetPreparedTexts(): void {
  prepared.clear();
}

function prepare(text: string): Prepared {
  let p = prepared.get(text);
  if (p) return p;
  const n = text.length;
  const starts: number[] = [];
  let afterWord = false;
  for (let i = 0; i < n; i++) {
    const k = kindOf(text.charCodeAt(i));
    if (!afterWord && k !== SPACE) starts.push(i);
    afterWord = k === WORD;
  }
  p = { low: lowerUnits(text), starts };
  if (n > MAX_PREPARED_LENGTH) return p;
  if (prepared.size >= MAX_PREPARED) prepared.clear();
  prepared.set(text, p);
  return p;
}

// --- matching -----------------------------------------------------------------------------------

/** End of `words` matched at `i` (and followed by no letter or digit), or -1. */
function matchWords(text: string, low: string, i: number, words: readonly Word[]): number {
  const n = text.length;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      if (i >= n || kindOf(text.charCodeAt(i)) !== SPACE) return -1;
      do i++;
      while (i < n && kindOf(text.charCodeAt(i)) === SPACE);
    }
    const { lit, stem } = words[w]!;
    if (!low.startsWith(lit, i)) return -1;
    i += lit.length;
    if (stem) {
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c !== HYPHEN && kindOf(c) !== WORD) break;
        i++;
      }
    }
  }
  return i < n && kindOf(text.charCodeAt(i)) === WORD ? -1 : i;
}

/** Where a compound tail may start for a prefix starting at `p`, the longest prefix first. */
function tailStarts(text: string, low: string, p: number, firsts: ReadonlySet<number>, out: number[]): number {
  const n = text.length;
  let r = p;
  while (r < n && kindOf(text.charCodeAt(r)) === WORD) r++;
  let count = 0;
  if (r + 1 < n && text.charCodeAt(r) === HYPHEN && firsts.has(low.charCodeAt(r + 1))) out[count++] = r + 1;
  for (let q = Math.min(r, n - 1); q >= p; q--) if (firsts.has(low.charCodeAt(q))) out[count++] = q;
  return count;
}

const TAILS: number[] = [];

/** End of the first alternative of `cands` (in order) that matches at `p`, or -1: the regex at one start. */
function matchAt(text: string, low: string, p: number, cands: readonly Alt[], set: TermSet): number {
  let tails = -1;
  for (let k = 0; k < cands.length; k++) {
    const alt = cands[k]!;
    if (!alt.compound) {
      const e = matchWords(text, low, p, alt.words);
      if (e >= 0) return e;
      continue;
    }
    if (tails < 0) tails = tailStarts(text, low, p, set.compoundFirsts, TAILS);
    for (let j = 0; j < tails; j++) {
      const q = TAILS[j]!;
      if (low.charCodeAt(q) !== alt.first) continue;
      const e = matchWords(text, low, q, alt.words);
      if (e >= 0) return e;
    }
  }
  return -1;
}

/**
 * Starts where a compound may match: for each place a tail occurs, the start of its word (or of
 * the word before its hyphen), or the place itself. Sorted, may repeat; every other start can
 * only match a plain alternative.
 */
function compoundCandidates(text: string, low: string, set: TermSet): readonly number[] {
  let out: number[] | undefined;
  for (const alt of set.compounds) {
    const lit = alt.words[0]!.lit;
    for (let q = low.indexOf(lit); q >= 0; q = low.indexOf(lit, q + 1)) {
      let s = q;
      while (s > 0 && kindOf(text.charCodeAt(s - 1)) === WORD) s--;
      out ??= [];
      out.push(s);
      if (s === q && q > 0 && text.charCodeAt(q - 1) === HYPHEN) {
        out.push(q - 1);
        let b = q - 1;
        while (b > 0 && kindOf(text.charCodeAt(b - 1)) === WORD) b--;
        if (b < q - 1) out.push(b);
      }
    }
  }
  return out ? out.sort((a, b) => a - b) : NONE;
}

/**
 * Scans `text` as `text.matchAll(regex)` would: at each start (in order, from the end of the last
 * match on) the first alternative that matches. Pushes hits to `out`, or stops at the first when
 * `out` is null. True when something matched.
 */
function scan(text: string, set: TermSet, out: TermHit[] | null): boolean {
  if (set.empty || !text) return false;
  const prep = prepare(text);
  if (set.group) {
    // One scan per text has told which of its group's lists occur at all.
    if ((groupMask(text, prep, set.group) & set.bit!) === 0) return false;
    if (!out) return true;
  }
  const { low, starts } = prep;
  const { byPair, bySingle, firsts, filter } = set;
  const n = text.length;
  const extra = set.compounds.length ? compoundCandidates(text, low, set) : NONE;
  let e = 0;
  let found = false;
  let from = 0;
  for (let j = 0; j < starts.length; j++) {
    const p = starts[j]!;
    if (p < from) continue;
    // Compound candidates are starts too (or not starts at all): catch up with this one.
    while (e < extra.length && extra[e]! < p) e++;
    const compound = e < extra.length && extra[e] === p;
    const f = low.charCodeAt(p);
    let bucket: Bucket | undefined;
    if (f < LOW ? mayStart(filter, low, p, f) : firsts.has(f)) {
      bucket = (p + 1 < n ? byPair.get(pairKey(f, low.charCodeAt(p + 1))) : undefined) ?? bySingle.get(f);
    }
    if (!bucket && !compound) continue;
    const cands = !bucket ? set.compounds : compound ? bucket.withCompounds : bucket.plain;
    const end = matchAt(text, low, p, cands, set);
    if (end < 0) continue;
    found = true;
    if (!out) return true;
    out.push({ start: p, end, matched: text.slice(p, end) });
    from = end;
  }
  return found;
}

const NONE: readonly number[] = [];

export function findIn(text: string, set: TermSet): TermHit[] {
  const out: TermHit[] = [];
  scan(text, set, out);
  return out;
}

export function hasIn(text: string, set: TermSet): boolean {
  return scan(text, set, null);
}

// --- groups -------------------------------------------------------------------------------------

/**
 * Lists that are all asked about the same texts (each claim's first question to every sentence:
 * "does it name encryption / a DPA / a transfer at all?") can be grouped: the first time one of
 * them meets a text, one scan tells for every list of the group whether it occurs there. A list
 * occurs exactly when one of its alternatives matches at a start (a compound: when its tail
 * matches anywhere, since every tail is reachable from the start of its word), so the answers are
 * the same as scanning each list, and `hasTerm` / an empty `findTerms` come from the group's bit.
 */
export interface TermGroup {
  byPair: Map<number, GroupAlt[]>;
  bySingle: Map<number, GroupAlt[]>;
  firsts: Set<number>;
  compounds: GroupAlt[];
  /** All bits of the group. */
  full: number;
  filter: PairFilter;
}

interface GroupAlt {
  alt: Alt;
  /** Bits of the lists that have this alternative. */
  mask: number;
}

/** Up to this many lists per group (bits of a small integer). */
const MAX_GROUP = 30;

/** Groups term lists (see TermGroup). Lists already in a group stay in theirs; empty lists are left out. */
export function groupTerms(lists: readonly (readonly string[])[]): void {
  const sets = [...new Set(lists.map(termSet))].filter((set) => !set.group && !set.empty).slice(0, MAX_GROUP);
  if (sets.length < 2) return;
  const byTerm = new Map<string, GroupAlt>();
  sets.forEach((set, k) => {
    for (const alt of [...[...set.byPair.values()].flatMap((b) => b.plain), ...[...set.bySingle.values()].flatMap((b) => b.plain), ...set.compounds]) {
      const key = `${alt.compound ? '*' : ''}${alt.words.map((w) => w.lit + (w.stem ? '*' : '')).join(' ')}`;
      const g = byTerm.get(key);
      if (g) g.mask |= 1 << k;
      else byTerm.set(key, { alt, mask: 1 << k });
    }
  });
  const plainAlts = [...byTerm.values()].filter((g) => !g.alt.compound).map((g) => g.alt);
  const group: TermGroup = { byPair: new Map(), bySingle: new Map(), firsts: new Set(), compounds: [], full: (1 << sets.length) - 1, filter: pairFilter(plainAlts) };
  for (const g of byTerm.values()) {
    if (g.alt.compound) {
      group.compounds.push(g);
      continue;
    }
    const lit = g.alt.words[0]!.lit;
    group.firsts.add(g.alt.first);
    if (lit.length === 1) push(group.bySingle, g.alt.first, g);
    else push(group.byPair, pairKey(g.alt.first, lit.charCodeAt(1)), g);
  }
  sets.forEach((set, k) => {
    set.group = group;
    set.bit = 1 << k;
  });
}

function groupMask(text: string, prep: Prepared, group: TermGroup): number {
  // A page has one group (per language): one slot, a map only when another group asks.
  if (prep.maskGroup === group) return prep.mask!;
  let mask = prep.masks?.get(group);
  if (mask === undefined) {
    mask = computeMask(text, prep, group);
    if (prep.maskGroup === undefined) {
      prep.maskGroup = group;
      prep.mask = mask;
    } else (prep.masks ??= new Map()).set(group, mask);
  }
  return mask;
}

function computeMask(text: string, { low, starts }: Prepared, group: TermGroup): number {
  const { byPair, bySingle, firsts, full, filter } = group;
  const n = text.length;
  let found = 0;
  for (let j = 0; j < starts.length && found !== full; j++) {
    const p = starts[j]!;
    const f = low.charCodeAt(p);
    if (f < LOW ? !mayStart(filter, low, p, f) : !firsts.has(f)) continue;
    found = testAll(text, low, p, p + 1 < n ? byPair.get(pairKey(f, low.charCodeAt(p + 1))) : undefined, found);
    found = testAll(text, low, p, bySingle.get(f), found);
  }
  for (const g of group.compounds) {
    if ((g.mask & ~found) === 0) continue;
    const lit = g.alt.words[0]!.lit;
    for (let q = low.indexOf(lit); q >= 0; q = low.indexOf(lit, q + 1)) {
      if (matchWords(text, low, q, g.alt.words) >= 0) {
        found |= g.mask;
        break;
      }
    }
  }
  return found;
}

/** Adds the bits of the alternatives of `cands` that match at `p` (skipping those whose lists are found already). */
function testAll(text: string, low: string, p: number, cands: readonly GroupAlt[] | undefined, found: number): number {
  if (!cands) return found;
  for (let k = 0; k < cands.length; k++) {
    const g = cands[k]!;
    if ((g.mask & ~found) !== 0 && matchWords(text, low, p, g.alt.words) >= 0) found |= g.mask;
  }
  return found;
}
