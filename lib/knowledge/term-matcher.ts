/**
 * A trie over many literal terms, scanned once over a text: longest match wins, matches never
 * overlap, Unicode word boundaries. Linear in the text length times the trie depth (no regex
 * backtracking), so a 5 MB page is one pass.
 *
 * Term syntax is plain data, see `Term`.
 */

export interface Term<T> {
  /** The words as written. A space matches any run of whitespace (line breaks from PDFs included). */
  text: string;
  value: T;
  /** Match only with exactly this capitalisation (whitespace runs still allowed). */
  caseSensitive?: boolean;
  /** Also require the match not to start a sentence, line or bullet (for aliases that are common words). */
  strict?: boolean;
  /** Any letters may follow and belong to the match (inflected forms: 'Ruotsi' → 'Ruotsissa'). */
  stem?: boolean;
  /**
   * Inflection endings that may follow without belonging to the match ('Googlen', 'Microsofts'):
   * the match stays the bare term.
   */
  suffixes?: readonly string[];
}

export interface TermHit<T> {
  value: T;
  term: Term<T>;
  start: number;
  end: number;
  matched: string;
}

/**
 * A trie node. Most nodes have one child (a term's remaining letters), so the first child sits in
 * two fields and any others in small parallel arrays: no Map per node to build or to read.
 * Children are made on the first walk through a node: a page walks a small part of the trie, and
 * building all of it cost every popup opening (the first analysis runs in a fresh context).
 */
interface Node<T> {
  /** The first child's key: a folded UTF-16 code unit, SPACE for any whitespace run; -1 without children. */
  key: number;
  child: Node<T> | null;
  moreKeys: number[] | null;
  moreKids: Node<T>[] | null;
  /** Terms ending here; null when none. Known once the node has grown. */
  terms: Term<T>[] | null;
  /** Terms through this node (in the order added) not yet placed in its children; null once grown. */
  pending: Term<T>[] | null;
  /** Code units from the root: where the pending terms' next unit is. */
  depth: number;
}

const newNode = <T>(depth: number): Node<T> => ({ key: -1, child: null, moreKeys: null, moreKids: null, terms: null, pending: [], depth });

/** Places the node's pending terms: those ending here in `terms`, the others in its children's `pending`. */
function grow<T>(node: Node<T>): void {
  const list = node.pending!;
  node.pending = null;
  const d = node.depth;
  for (let x = 0; x < list.length; x++) {
    const t = list[x]!;
    if (t.text.length === d) {
      (node.terms ??= []).push(t);
      continue;
    }
    const key = fold(t.text.charCodeAt(d));
    (childAt(node, key) ?? addChild(node, key)).pending!.push(t);
  }
}

function childAt<T>(node: Node<T>, key: number): Node<T> | null {
  if (node.key === key) return node.child;
  const keys = node.moreKeys;
  if (keys === null) return null;
  for (let x = 0; x < keys.length; x++) if (keys[x] === key) return node.moreKids![x]!;
  return null;
}

function addChild<T>(node: Node<T>, key: number): Node<T> {
  const child = newNode<T>(node.depth + 1);
  if (node.key === -1) {
    node.key = key;
    node.child = child;
  } else if (node.moreKeys === null) {
    node.moreKeys = [key];
    node.moreKids = [child];
  } else {
    node.moreKeys.push(key);
    node.moreKids!.push(child);
  }
  return child;
}

const SPACE = 32;

function isWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2007 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

const WORD_RE = /[\p{L}\p{N}\p{M}_]/u;
const LETTER_RE = /[\p{L}\p{M}]/u;

/** Per UTF-16 code unit, learnt on first sight: bit 1 known, bit 2 word character, bit 4 letter. */
const classes = new Uint8Array(65536);
const KNOWN = 1;
const WORD = 2;
const LETTER = 4;

function classOf(c: number): number {
  let k = classes[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (WORD_RE.test(ch) ? WORD : 0) | (LETTER_RE.test(ch) ? LETTER : 0);
    classes[c] = k;
  }
  return k;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return !Number.isNaN(c) && (classOf(c) & LETTER) !== 0;
}

function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return !Number.isNaN(c) && (classOf(c) & WORD) !== 0;
}

/**
 * Offsets of the first code unit of every word (a word character not preceded by one): where
 * `find` tries the trie. Worked out once per page text when several matchers read it.
 */
export function wordStarts(text: string): number[] {
  const found: number[] = [];
  let prevWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = (classOf(text.charCodeAt(i)) & WORD) !== 0;
    if (word && !prevWord) found.push(i);
    prevWord = word;
  }
  return found;
}

/** Lower-cased code unit + 1, learnt on first sight (0 = not yet). */
const folds = new Uint32Array(65536);

/** Lower-case one UTF-16 code unit (unchanged when lower-casing would change its length). */
function fold(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let f = folds[c]!;
  if (f === 0) {
    const l = String.fromCharCode(c).toLowerCase();
    f = (l.length === 1 ? l.charCodeAt(0) : c) + 1;
    folds[c] = f;
  }
  return f - 1;
}

/** The trie key of a code unit: SPACE for any whitespace, else folded. */
const keyOf = (c: number) => (isWhitespace(c) ? SPACE : fold(c));

/** Characters before a word that make it the first word of a sentence, line or bullet. */
const SENTENCE_OPENERS = new Set(['.', '!', '?', '\n', '\r', '•', '·', '*', '#', '>', ':', '-', '–', '—', '¿', '¡']);
const TRANSPARENT_BEFORE = new Set([' ', '\t', '\u00a0', '"', '“', '„', '”', "'", '‘', '’', '«', '»']);

export function isSentenceInitial(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && TRANSPARENT_BEFORE.has(text[k]!)) k--;
  if (k < 0) return true;
  return SENTENCE_OPENERS.has(text[k]!);
}

function normaliseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/**
 * `normaliseSpaces(text.slice(start, end)) === written`, without the copies: the span was walked
 * through the trie, so its whitespace runs are whole and stand where `written` has a space.
 */
function writtenAs(text: string, start: number, end: number, written: string): boolean {
  let j = start;
  for (let u = 0; u < written.length; u++) {
    const c = written.charCodeAt(u);
    if (c === SPACE) {
      if (j >= end || !isWhitespace(text.charCodeAt(j))) return false;
      while (j < end && isWhitespace(text.charCodeAt(j))) j++;
    } else if (j >= end || text.charCodeAt(j++) !== c) {
      return false;
    }
  }
  return j === end;
}

export interface MatcherOptions {
  /** Ignore words that are part of a host name or e-mail address ('ec.europa.eu', 'info@sverige.se'). */
  skipDomainParts?: boolean;
}

/** True when [start, end) is a label of a host name: 'europa' in 'ec.europa.eu', 'sverige' in 'x@sverige.se'. */
export function isDomainPart(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if ((before === '.' || before === '@') && isWordAt(text, start - 2)) return true;
  return text[end] === '.' && /[a-z]/.test(text[end + 1] ?? '') && isWordAt(text, end + 2);
}

/** A 12-bit hash of a term's first two (folded) code units, whitespace as SPACE. */
const pairBit = (a: number, b: number) => (a * 31 + b) & 4095;
/** A 14-bit hash of a pair hash and the third (folded) code unit. */
const tripleBit = (pair: number, c: number) => (pair * 67 + c) & 16383;

const hasBit = (bits: Int32Array, h: number) => (bits[h >> 5]! & (1 << (h & 31))) !== 0;
function setBit(bits: Int32Array, h: number): void {
  bits[h >> 5]! |= 1 << (h & 31);
}

export class TermMatcher<T> {
  private readonly root: Node<T> = newNode(0);
  /** The root's children by ASCII key (every start reads the root: no scan of its many children). */
  private readonly rootAscii: (Node<T> | null)[] = new Array<Node<T> | null>(128).fill(null);
  private readonly skipDomainParts: boolean;
  /**
   * The pair hashes of every term's first two code units (4096 bits): most words of a page begin
   * no term, and one bit rules them out before the trie. Off while a term is one unit long.
   */
  private readonly pairs = new Int32Array(128);
  /** Pairs that are whole terms, and the triple hashes of the first three units of longer terms: a second bit rules out most words the pair lets through. */
  private readonly pairTerms = new Int32Array(128);
  private readonly triples = new Int32Array(512);
  private hasSingles = false;

  constructor(terms: Iterable<Term<T>>, options: MatcherOptions = {}) {
    this.skipDomainParts = options.skipDomainParts ?? false;
    for (const t of terms) this.add(t);
    grow(this.root);
    for (let k = 0; k < 128; k++) this.rootAscii[k] = childAt(this.root, k);
  }

  private add(term: Term<T>): void {
    const text = normaliseSpaces(term.text.trim());
    if (!text) return;
    const t: Term<T> = text === term.text ? term : { ...term, text };
    if (text.length === 1) this.hasSingles = true;
    else {
      const h = pairBit(fold(text.charCodeAt(0)), fold(text.charCodeAt(1)));
      setBit(this.pairs, h);
      if (text.length === 2) setBit(this.pairTerms, h);
      else setBit(this.triples, tripleBit(h, fold(text.charCodeAt(2))));
    }
    this.root.pending!.push(t);
  }

  /** Where the trie walk from one start met terms (reused between starts). */
  private readonly candEnds: number[] = [];
  private readonly candNodes: Node<T>[] = [];

  /** All non-overlapping hits, sorted by start. `starts` must be `wordStarts(text)`. */
  find(text: string, starts: readonly number[] = wordStarts(text)): TermHit<T>[] {
    const hits: TermHit<T>[] = [];
    const n = text.length;
    const ends = this.candEnds;
    const nodes = this.candNodes;
    const root = this.root;
    const rootAscii = this.rootAscii;
    const pairs = this.hasSingles ? null : this.pairs;
    const pairTerms = this.pairTerms;
    const triples = this.triples;
    let next = 0;
    while (next < starts.length) {
      const i = starts[next++]!;
      const f = fold(text.charCodeAt(i));
      if (pairs !== null) {
        if (i + 1 >= n) continue;
        const f1 = keyOf(text.charCodeAt(i + 1));
        const h = pairBit(f, f1);
        if (!hasBit(pairs, h)) continue;
        // After a whitespace run the third unit is not at i + 2: the trie decides.
        if (f1 !== SPACE && !hasBit(pairTerms, h)) {
          if (i + 2 >= n) continue;
          if (!hasBit(triples, tripleBit(h, keyOf(text.charCodeAt(i + 2))))) continue;
        }
      }
      let node = f < 128 ? rootAscii[f]! : childAt(root, f);
      if (!node) continue;
      let count = 0;
      let j = i + 1;
      while (true) {
        if (node.pending !== null) grow(node);
        if (node.terms !== null) {
          ends[count] = j;
          nodes[count++] = node;
        }
        if (j >= n) break;
        const cj = text.charCodeAt(j);
        let child: Node<T> | null;
        if (cj === 32 || isWhitespace(cj)) {
          child = childAt(node, SPACE);
          if (!child) break;
          while (j < n && isWhitespace(text.charCodeAt(j))) j++;
        } else {
          child = childAt(node, fold(cj));
          if (!child) break;
          j++;
        }
        node = child;
      }
      let accepted: TermHit<T> | undefined;
      for (let k = count - 1; k >= 0 && !accepted; k--) {
        const terms = nodes[k]!.terms!;
        for (let t = 0; t < terms.length; t++) {
          const term = terms[t]!;
          const end = this.accept(term, text, i, ends[k]!);
          if (end >= 0) {
            accepted = { value: term.value, term, start: i, end, matched: text.slice(i, end) };
            break;
          }
        }
      }
      if (accepted) {
        hits.push(accepted);
        while (next < starts.length && starts[next]! < accepted.end) next++;
      }
    }
    return hits;
  }

  /** The end offset of an accepted match of `term` at [start, end), or -1. */
  private accept(term: Term<T>, text: string, start: number, end: number): number {
    if (term.caseSensitive && !writtenAs(text, start, end, term.text)) return -1;
    if (term.strict && isSentenceInitial(text, start)) return -1;
    let stop = end;
    if (term.stem) while (isLetterAt(text, stop)) stop++;
    if (this.skipDomainParts && isDomainPart(text, start, stop)) return -1;
    const lastIsWord = isWordAt(text, stop - 1);
    if (!lastIsWord || !isWordAt(text, stop)) return stop;
    if (term.suffixes) {
      for (const s of term.suffixes) {
        if (text.startsWith(s, stop) && !isWordAt(text, stop + s.length)) return stop;
      }
    }
    return -1;
  }
}
