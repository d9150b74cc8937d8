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
import { OTHER, SPACE, WORD, unitKind as kindOf } from './word-chars';

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
  /**
   * The words up to the first stem (included, without its `*`) joined by single spaces, each
   * matching a whitespace run: what a group walks as a flat trie (see testAll).
   */
  key: string;
  /** How many words `key` covers. */
  keyWords: number;
}

/** Candidate alternatives at a start, in alternation order: plain only, and with the compounds merged in. */
interface Bucket {
  plain: Alt[];
  withCompounds: Alt[];
  /** The plain ones by key (see Sorted). */
  sorted: Sorted;
}

/**
 * Alternatives sorted by their key (`Alt.key`), with `lcp[k]`: how many characters that key
 * shares with the one before. Walking them in this order, a key that shares more with the previous
 * one than the previous one matched fails at the same character without a look: a flat trie, so
 * "data protection officer" and "data protection lead" compare "data protection" once.
 */
interface Sorted {
  alts: Alt[];
  lcp: Int32Array;
}

export interface TermSet {
  /** By the lower-cased first two characters (`pairKey`): alternatives whose first word has two or more, plus those below. */
  byPair: Map<number, Bucket>;
  /** By the lower-cased first character: alternatives whose first word is one character long. */
  bySingle: Map<number, Bucket>;
  /** Which starts can begin a plain alternative (see StartFilter). */
  filter: StartFilter;
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

const HYPHEN = 45;
const SPACE_UNIT = 32;
/** Lower-cased code unit + 1 (0 = not learnt yet). */
const folds = new Uint32Array(65536);

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
  let keyWords = 1;
  while (keyWords < words.length && !words[keyWords - 1]!.stem) keyWords++;
  const key = words.slice(0, keyWords).map((w) => w.lit).join(' ');
  return { order, compound, words, first: words[0]!.lit.charCodeAt(0), key, keyWords };
}

export function buildTermSet(terms: readonly string[]): TermSet {
  // Longest first (a stable sort: equal lengths keep the list's order).
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  const alts = sorted.map(parse).filter((a): a is Alt => !!a);
  const compounds = alts.filter((a) => a.compound);
  const plain = alts.filter((a) => !a.compound);
  const bucket = (list: Alt[]): Bucket => ({ plain: list, withCompounds: [...list, ...compounds].sort((a, b) => a.order - b.order), sorted: sortByKey(list) });
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
  return { byPair, bySingle, filter: startFilter(plain), compounds, compoundFirsts: new Set(compounds.map((a) => a.first)), empty: alts.length === 0, group: undefined, bit: 0 };
}

const pairKey = (a: number, b: number) => a * 65536 + b;

const byTermKey = (a: Alt, b: Alt) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order);

/** `list` sorted by key, with how many characters each key shares with the one before. */
function sortByKey(list: readonly Alt[]): Sorted {
  const alts = [...list].sort(byTermKey);
  const lcp = new Int32Array(alts.length);
  for (let k = 1; k < alts.length; k++) {
    const a = alts[k - 1]!.key;
    const b = alts[k]!.key;
    let i = 0;
    while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    lcp[k] = i;
  }
  return { alts, lcp };
}

/**
 * A quick "can an alternative start here?" asked before the bucket maps: most starts of a text
 * begin none of a list's terms. Each start comes with 12-bit hashes of its first two and first
 * three characters (`startHash`, worked out once per text, whitespace read as a space). Each key
 * has its bit in one table (`keyClass`): `triples` for keys whose first word has two characters or
 * more (and which have three), `pairs` for two-character keys and for one-character first words
 * followed by a space, `singles` for one-character keys; the last two only when some key needs
 * them. A clear bit rules the start out, a set bit is then looked up in the maps (which decide).
 */
interface StartFilter {
  triples: Int32Array;
  pairs: Int32Array | null;
  singles: Int32Array | null;
}

/** The hash of a start's first two characters: 0…4095, or NO_PAIR for a text's last character. */
const pairBit = (f: number, s: number) => (f * 31 + s) & 4095;
const NO_PAIR = 4096;
/** The hash of a start's first three characters (the third a space for any whitespace): 0…4095, or NO_PAIR near a text's end. */
const tripleBit = (f: number, s: number, t: number) => ((f * 31 + s) * 31 + t) & 4095;
/** A start's hashes in one number: the pair's in the low bits, the triple's above. */
const TRIPLE_SHIFT = 13;
const PAIR_MASK = (1 << TRIPLE_SHIFT) - 1;

/** `startHash` of the start `i` of `low`, its character `c`. */
function startHash(low: string, i: number, c: number, n: number): number {
  if (i + 1 >= n) return NO_PAIR | (NO_PAIR << TRIPLE_SHIFT);
  const s = spaced(low.charCodeAt(i + 1));
  if (i + 2 >= n) return pairBit(c, s) | (NO_PAIR << TRIPLE_SHIFT);
  return pairBit(c, s) | (tripleBit(c, s, spaced(low.charCodeAt(i + 2))) << TRIPLE_SHIFT);
}

/** A key's space matches any whitespace: hashes read every whitespace character as a space. */
const spaced = (c: number) => (kindOf(c) === SPACE ? SPACE_UNIT : c);

const SINGLE = 0;
const PAIR = 1;
const TRIPLE = 2;

/**
 * Which table of a filter an alternative's key goes to (see StartFilter). A triple's third
 * character, or a pair's space, stands where the text has it: the characters before are one
 * word's (a space in a key matches a whitespace run of any length).
 */
function keyClass({ key, words }: Alt): number {
  if (key.length === 1) return SINGLE;
  return key.length === 2 || words[0]!.lit.length === 1 ? PAIR : TRIPLE;
}

/** The hash of an alternative's key in its table. */
function keyHash(a: Alt, cls: number): number {
  const { key, first } = a;
  if (cls === SINGLE) return first & 4095;
  return cls === PAIR ? pairBit(first, key.charCodeAt(1)) : tripleBit(first, key.charCodeAt(1), key.charCodeAt(2));
}

function setBit(bits: Int32Array, h: number): void {
  bits[h >> 5]! |= 1 << (h & 31);
}

const hasBit = (bits: Int32Array, h: number) => (bits[h >> 5]! & (1 << (h & 31))) !== 0;

function startFilter(alts: readonly Alt[]): StartFilter {
  // One word more than 4096 bits: NO_PAIR's, never set.
  const triples = new Int32Array(129);
  let pairs: Int32Array | null = null;
  let singles: Int32Array | null = null;
  for (const a of alts) {
    const cls = keyClass(a);
    const table = cls === TRIPLE ? triples : cls === PAIR ? (pairs ??= new Int32Array(129)) : (singles ??= new Int32Array(129));
    setBit(table, keyHash(a, cls));
  }
  return { triples, pairs, singles };
}

/** False when no alternative can start at `p`, its hashes `h`; true: look it up. */
function mayStart({ triples, pairs, singles }: StartFilter, low: string, p: number, h: number): boolean {
  if (hasBit(triples, h >>> TRIPLE_SHIFT)) return true;
  if (pairs !== null && hasBit(pairs, h & PAIR_MASK)) return true;
  return singles !== null && hasBit(singles, low.charCodeAt(p) & 4095);
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
  /**
   * Positions a term may start at (no letter or digit before, not whitespace), ascending, each
   * followed by the hashes of its first characters (`startHash`): [p0, h0, p1, h1, …] in
   * `buf` from `from` to `to` (texts share a buffer: no array per text).
   */
  buf: Int32Array;
  from: number;
  to: number;
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
  // A long page grew the buffer: let it go.
  if (arena.length > ARENA_SIZE) arena = new Int32Array(ARENA_SIZE);
  used = 0;
  lastText = '';
  lastPrepared = undefined;
}

/** The text asked last: claims often ask several questions about one text in a row. */
let lastText = '';
let lastPrepared: Prepared | undefined;

function prepare(text: string): Prepared {
  if (text === lastText && lastPrepared) return lastPrepared;
  let p = prepared.get(text);
  if (!p) {
    // Read from the lower-cased copy: a fresh flat string (texts are often slices of a page), and
    // lower-casing keeps every unit's kind.
    const low = lowerUnits(text);
    // At most every character starts something: two numbers each.
    reserve(2 * low.length);
    const from = used;
    used = writeStarts(low, arena, from);
    p = { low, buf: arena, from, to: used, maskGroup: undefined, mask: 0, masks: undefined };
    if (low.length > MAX_PREPARED_LENGTH) {
      // Scanned once and dropped: its starts may be written over by the next text.
      used = from;
      return p;
    }
    if (prepared.size >= MAX_PREPARED) prepared.clear();
    prepared.set(text, p);
  }
  lastText = text;
  lastPrepared = p;
  return p;
}

/** The buffer the starts of prepared texts are written to (see Prepared), and how much of it is taken. */
const ARENA_SIZE = 1 << 15;
let arena = new Int32Array(0);
let used = 0;

/** Makes room for `size` more numbers in `arena` (a new buffer when full: texts prepared before keep theirs). */
function reserve(size: number): void {
  if (used + size <= arena.length) return;
  arena = new Int32Array(Math.max(ARENA_SIZE, size));
  used = 0;
}

/** Writes the starts of `low` (see Prepared) to `buf` from `m` on; returns where they end. */
function writeStarts(low: string, buf: Int32Array, m: number): number {
  const n = low.length;
  let i = 0;
  // Invariant: the character before `i` (if any) is no letter or digit.
  while (i < n) {
    const c = low.charCodeAt(i);
    const k = kindOf(c);
    if (k === SPACE) {
      i++;
      continue;
    }
    buf[m++] = i;
    buf[m++] = startHash(low, i, c, n);
    i++;
    if (k === WORD) {
      while (i < n && kindOf(low.charCodeAt(i)) === WORD) i++;
      // The character after a word starts nothing.
      i++;
    }
  }
  return m;
}

// --- matching -----------------------------------------------------------------------------------

/** End of `words` matched at `i` (and followed by no letter or digit), or -1. */
function matchWords(low: string, i: number, words: readonly Word[]): number {
  const lit = words[0]!.lit;
  return litAt(low, i, lit, 0) === lit.length ? matchRest(low, i + lit.length, words) : -1;
}

/** How many characters of `lit` occur at `i` in `low`, given that the first `from` do. */
function litAt(low: string, i: number, lit: string, from: number): number {
  const m = lit.length;
  while (from < m && low.charCodeAt(i + from) === lit.charCodeAt(from)) from++;
  return from;
}

/** End of `words` matched at `i`, the literal of word `w` (the first by default) already matched up to `i`, or -1. */
function matchRest(low: string, i: number, words: readonly Word[], w = 0): number {
  const n = low.length;
  for (;;) {
    if (words[w]!.stem) {
      while (i < n) {
        const c = low.charCodeAt(i);
        if (c !== HYPHEN && kindOf(c) !== WORD) break;
        i++;
      }
    }
    if (++w === words.length) break;
    if (i >= n || kindOf(low.charCodeAt(i)) !== SPACE) return -1;
    do i++;
    while (i < n && kindOf(low.charCodeAt(i)) === SPACE);
    const lit = words[w]!.lit;
    if (litAt(low, i, lit, 0) !== lit.length) return -1;
    i += lit.length;
  }
  return i < n && kindOf(low.charCodeAt(i)) === WORD ? -1 : i;
}

/**
 * End of the first alternative in alternation order of `sorted` that matches at `p`, or -1.
 */
function matchSorted(low: string, p: number, { alts, lcp }: Sorted): number {
  let best = -1;
  let bestOrder = Infinity;
  const at = KEY_ENDS;
  at[0] = p;
  let m = 0;
  for (let k = 0; k < alts.length; k++) {
    const alt = alts[k]!;
    const key = alt.key;
    const shared = lcp[k]!;
    if (shared > m) continue;
    m = keyAt(low, key, shared, at);
    if (m < key.length || alt.order > bestOrder) continue;
    const e = matchRest(low, at[m]!, alt.words, alt.keyWords - 1);
    if (e >= 0) {
      best = e;
      bestOrder = alt.order;
    }
  }
  return best;
}

/** Where a compound tail may start for a prefix starting at `p`, the longest prefix first. */
function tailStarts(low: string, p: number, firsts: ReadonlySet<number>, out: number[]): number {
  const n = low.length;
  let r = p;
  while (r < n && kindOf(low.charCodeAt(r)) === WORD) r++;
  let count = 0;
  if (r + 1 < n && low.charCodeAt(r) === HYPHEN && firsts.has(low.charCodeAt(r + 1))) out[count++] = r + 1;
  for (let q = Math.min(r, n - 1); q >= p; q--) if (firsts.has(low.charCodeAt(q))) out[count++] = q;
  return count;
}

const TAILS: number[] = [];

/** End of the first alternative of `cands` (in order) that matches at `p`, or -1: the regex at one start. */
function matchAt(low: string, p: number, cands: readonly Alt[], set: TermSet): number {
  let tails = -1;
  for (let k = 0; k < cands.length; k++) {
    const alt = cands[k]!;
    if (!alt.compound) {
      const e = matchWords(low, p, alt.words);
      if (e >= 0) return e;
      continue;
    }
    if (tails < 0) tails = tailStarts(low, p, set.compoundFirsts, TAILS);
    for (let j = 0; j < tails; j++) {
      const q = TAILS[j]!;
      if (low.charCodeAt(q) !== alt.first) continue;
      const e = matchWords(low, q, alt.words);
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
function compoundCandidates(low: string, set: TermSet): readonly number[] {
  let out: number[] | undefined;
  for (const alt of set.compounds) {
    const lit = alt.words[0]!.lit;
    for (let q = low.indexOf(lit); q >= 0; q = low.indexOf(lit, q + 1)) {
      let s = q;
      while (s > 0 && kindOf(low.charCodeAt(s - 1)) === WORD) s--;
      out ??= [];
      out.push(s);
      if (s === q && q > 0 && low.charCodeAt(q - 1) === HYPHEN) {
        out.push(q - 1);
        let b = q - 1;
        while (b > 0 && kindOf(low.charCodeAt(b - 1)) === WORD) b--;
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
    if ((groupMask(prep, set.group) & set.bit!) === 0) return false;
    if (!out) return true;
  }
  const { low, buf, to } = prep;
  const { byPair, bySingle, filter } = set;
  const n = low.length;
  const extra = set.compounds.length ? compoundCandidates(low, set) : NONE;
  let e = 0;
  let found = false;
  let from = 0;
  for (let j = prep.from; j < to; j += 2) {
    const p = buf[j]!;
    if (p < from) continue;
    // Compound candidates are starts too (or not starts at all): catch up with this one.
    while (e < extra.length && extra[e]! < p) e++;
    const compound = e < extra.length && extra[e] === p;
    let bucket: Bucket | undefined;
    if (mayStart(filter, low, p, buf[j + 1]!)) {
      const f = low.charCodeAt(p);
      bucket = (p + 1 < n ? byPair.get(pairKey(f, low.charCodeAt(p + 1))) : undefined) ?? (bySingle.size > 0 ? bySingle.get(f) : undefined);
    }
    if (!bucket && !compound) continue;
    const end = compound ? matchAt(low, p, bucket ? bucket.withCompounds : set.compounds, set) : matchSorted(low, p, bucket!.sorted);
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
  /** Keys of three or more characters by the hash of the first three (`tripleBit`): one small table per group, no map. */
  byTriple: (GroupBucket | undefined)[];
  /** Keys of two characters, and those whose first word has one, by the hash of their first two (`pairBit`). */
  byPair: Map<number, GroupBucket>;
  bySingle: Map<number, GroupBucket>;
  compounds: GroupAlt[];
  /** All bits of the group. */
  full: number;
  filter: StartFilter;
}

/** A group's alternatives at a start (see Sorted), with the bits of the lists that have each. */
interface GroupBucket extends Sorted {
  masks: Int32Array;
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
  const maskOf = new Map([...byTerm.values()].map((g) => [g.alt, g.mask]));
  const groupBucket = (alts: Alt[]): GroupBucket => {
    const sorted = sortByKey(alts);
    return { ...sorted, masks: Int32Array.from(sorted.alts, (a) => maskOf.get(a)!) };
  };
  const triples = new Map<number, Alt[]>();
  const pairs = new Map<number, Alt[]>();
  const singles = new Map<number, Alt[]>();
  // As the group's filter sorts them.
  for (const alt of plainAlts) {
    const cls = keyClass(alt);
    push(cls === TRIPLE ? triples : cls === PAIR ? pairs : singles, keyHash(alt, cls), alt);
  }
  const byTriple = new Array<GroupBucket | undefined>(NO_PAIR + 1).fill(undefined);
  for (const [h, alts] of triples) byTriple[h] = groupBucket(alts);
  const buckets = (m: Map<number, Alt[]>) => new Map([...m].map(([k, alts]) => [k, groupBucket(alts)]));
  const group: TermGroup = {
    byTriple,
    byPair: buckets(pairs),
    bySingle: buckets(singles),
    compounds: [...byTerm.values()].filter((g) => g.alt.compound),
    full: (1 << sets.length) - 1,
    filter: startFilter(plainAlts),
  };
  sets.forEach((set, k) => {
    set.group = group;
    set.bit = 1 << k;
  });
}

function groupMask(prep: Prepared, group: TermGroup): number {
  // A page has one group (per language): one slot, a map only when another group asks.
  if (prep.maskGroup === group) return prep.mask!;
  let mask = prep.masks?.get(group);
  if (mask === undefined) {
    mask = computeMask(prep, group);
    if (prep.maskGroup === undefined) {
      prep.maskGroup = group;
      prep.mask = mask;
    } else (prep.masks ??= new Map()).set(group, mask);
  }
  return mask;
}

function computeMask({ low, buf, from, to }: Prepared, group: TermGroup): number {
  const { byTriple, byPair, bySingle, full } = group;
  const { triples, pairs, singles } = group.filter;
  // Buckets by the hashes of keyClass: a one-character key's is its character.
  let found = 0;
  for (let j = from; j < to && found !== full; j += 2) {
    const p = buf[j]!;
    const h = buf[j + 1]!;
    const t = h >>> TRIPLE_SHIFT;
    if (hasBit(triples, t)) found = testAll(low, p, byTriple[t], found);
    if (pairs !== null && hasBit(pairs, h & PAIR_MASK)) found = testAll(low, p, byPair.get(h & PAIR_MASK), found);
    if (singles !== null) {
      const f = low.charCodeAt(p);
      if (hasBit(singles, f & 4095)) found = testAll(low, p, bySingle.get(f & 4095), found);
    }
  }
  for (const g of group.compounds) {
    if ((g.mask & ~found) === 0) continue;
    const lit = g.alt.words[0]!.lit;
    for (let q = low.indexOf(lit); q >= 0; q = low.indexOf(lit, q + 1)) {
      if (matchWords(low, q, g.alt.words) >= 0) {
        found |= g.mask;
        break;
      }
    }
  }
  return found;
}

/**
 * Adds the bits of the alternatives of `bucket` that match at `p` (skipping those whose lists are
 * found already); a bucket may mix first characters. The same key walk as matchSorted, written twice on
 * purpose: that one keeps the first alternative in order, this one every list's bit, and a shared
 * walker would add a callback call per candidate in the hottest loop of an analysis.
 */
function testAll(low: string, p: number, bucket: GroupBucket | undefined, found: number): number {
  if (!bucket) return found;
  const { alts, lcp, masks } = bucket;
  const at = KEY_ENDS;
  at[0] = p;
  let m = 0;
  for (let k = 0; k < alts.length; k++) {
    const alt = alts[k]!;
    const key = alt.key;
    const shared = lcp[k]!;
    if (shared > m) continue;
    m = keyAt(low, key, shared, at);
    if (m === key.length && (masks[k]! & ~found) !== 0 && matchRest(low, at[m]!, alt.words, alt.keyWords - 1) >= 0) found |= masks[k]!;
  }
  return found;
}

/** Where the text stands after each character of the key matched so far (`at[0]` is the start). */
const KEY_ENDS: number[] = [0];

/**
 * How many characters of `key` match, given that the first `from` do (ending at `at[from]`);
 * records where each ends in `at`. A space matches a whitespace run.
 */
function keyAt(low: string, key: string, from: number, at: number[]): number {
  const n = low.length;
  let i = at[from]!;
  const m = key.length;
  for (; from < m; from++) {
    const c = key.charCodeAt(from);
    if (c === SPACE_UNIT) {
      if (i >= n || kindOf(low.charCodeAt(i)) !== SPACE) break;
      do i++;
      while (i < n && kindOf(low.charCodeAt(i)) === SPACE);
    } else if (low.charCodeAt(i) === c) i++;
    else break;
    at[from + 1] = i;
  }
  return from;
}
