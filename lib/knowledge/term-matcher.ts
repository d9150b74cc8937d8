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

interface Node<T> {
  /** Children by folded UTF-16 code unit; SPACE stands for any whitespace run. */
  next: Map<number, Node<T>>;
  terms: Term<T>[];
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

export class TermMatcher<T> {
  private readonly root: Node<T> = { next: new Map(), terms: [] };
  private readonly skipDomainParts: boolean;
  /**
   * The pair hashes of every term's first two code units (4096 bits): most words of a page begin
   * no term, and one bit rules them out before the trie's maps. Off while a term is one unit long.
   */
  private readonly pairs = new Int32Array(128);
  private hasSingles = false;

  constructor(terms: Iterable<Term<T>>, options: MatcherOptions = {}) {
    this.skipDomainParts = options.skipDomainParts ?? false;
    for (const t of terms) this.add(t);
  }

  private add(term: Term<T>): void {
    const text = normaliseSpaces(term.text.trim());
    if (!text) return;
    const t: Term<T> = text === term.text ? term : { ...term, text };
    if (text.length === 1) this.hasSingles = true;
    else {
      const h = pairBit(fold(text.charCodeAt(0)), fold(text.charCodeAt(1)));
      this.pairs[h >> 5]! |= 1 << (h & 31);
    }
    let node = this.root;
    for (let u = 0; u < text.length; u++) {
      const key = fold(text.charCodeAt(u));
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), terms: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.terms.push(t);
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
    const root = this.root.next;
    const pairs = this.hasSingles ? null : this.pairs;
    let next = 0;
    while (next < starts.length) {
      const i = starts[next++]!;
      const c = text.charCodeAt(i);
      const f = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : fold(c);
      if (pairs !== null) {
        if (i + 1 >= n) continue;
        const c1 = text.charCodeAt(i + 1);
        const h = pairBit(f, isWhitespace(c1) ? SPACE : c1 < 128 ? (c1 >= 65 && c1 <= 90 ? c1 + 32 : c1) : fold(c1));
        if ((pairs[h >> 5]! & (1 << (h & 31))) === 0) continue;
      }
      let node = root.get(f);
      if (!node) continue;
      let count = 0;
      let j = i + 1;
      while (true) {
        if (node.terms.length) {
          ends[count] = j;
          nodes[count++] = node;
        }
        if (j >= n) break;
        const cj = text.charCodeAt(j);
        let child: Node<T> | undefined;
        if (cj === 32 || isWhitespace(cj)) {
          child = node.next.get(SPACE);
          if (!child) break;
          while (j < n && isWhitespace(text.charCodeAt(j))) j++;
        } else {
          child = node.next.get(cj < 128 ? (cj >= 65 && cj <= 90 ? cj + 32 : cj) : fold(cj));
          if (!child) break;
          j++;
        }
        node = child;
      }
      let accepted: TermHit<T> | undefined;
      for (let k = count - 1; k >= 0 && !accepted; k--) {
        const terms = nodes[k]!.terms;
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
