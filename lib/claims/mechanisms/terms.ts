/**
 * Vocabulary entries are plain strings: words or phrases, matched case-insensitively on word
 * boundaries (Unicode-aware). A trailing `*` makes the last word a stem ("krypter*" matches
 * "krypterad", "krypteras"). Spaces match any run of whitespace (PDF text breaks lines anywhere).
 * Compiled patterns are linear-time: alternations of literals, no nested quantifiers.
 */
const cache = new Map<string, RegExp>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termSource(term: string): string {
  const stem = term.endsWith('*');
  const body = (stem ? term.slice(0, -1) : term)
    .trim()
    .split(/\s+/)
    .map(escape)
    .join('\\s+');
  return stem ? `${body}[\\p{L}\\p{N}-]*` : body;
}

/** One global, case-insensitive RegExp for a list of terms. */
export function termRegex(terms: readonly string[]): RegExp {
  const key = terms.join('\u0000');
  let re = cache.get(key);
  if (!re) {
    const alts = [...terms].sort((a, b) => b.length - a.length).map(termSource);
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'giu');
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

export interface TermHit {
  start: number;
  end: number;
  matched: string;
}

export function findTerms(text: string, terms: readonly string[]): TermHit[] {
  if (!terms.length) return [];
  const re = termRegex(terms);
  const out: TermHit[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, matched: m[0] });
  return out;
}

export function hasTerm(text: string, terms: readonly string[]): boolean {
  return terms.length > 0 && termRegex(terms).test(text);
}
