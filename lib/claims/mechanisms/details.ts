/**
 * Normalised specifics for `details`: security standards, encryption algorithms and protocols,
 * deadlines, contacts. Every pattern is linear (bounded classes, no nested quantifiers).
 */
import { hasTerm } from './terms';
import { escapeRegExp } from '../../text/regex';

export interface Found {
  value: string;
  start: number;
  end: number;
}

/** Every match of a global `re`, as `text.matchAll(re)` gives them, without the copy of `re` matchAll makes per call. */
function all(text: string, re: RegExp, norm: (m: RegExpMatchArray) => string | undefined): Found[] {
  const out: Found[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // An empty match moves on by one character, as matchAll does.
    if (!m[0]) re.lastIndex = m.index + (re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    const value = norm(m);
    if (value) out.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function uniq(xs: Iterable<string>): string[] {
  return [...new Set(xs)];
}

const ROMAN: Record<string, string> = { '1': 'I', '2': 'II', i: 'I', ii: 'II' };

const ISO_RE = /(?<![\p{L}\p{N}])ISO(?:\s?\/\s?IEC)?[\s-]?(\d{4,5})(?:-\d)?(?::\s?(\d{4}))?(?!\d)/giu;
const SOC_RE = /(?<![\p{L}\p{N}])SOC[\s-]?([123])((?:\s?(?:\/|,|and|og|och|und|ja|&)\s?(?:SOC\s?)?[123])*)(?:\s?,?\s?Type\s?(II|I|2|1)(?![\p{L}\p{N}]))?/giu;
const ISAE_RE = /(?<![\p{L}\p{N}])(ISAE|SSAE)[\s-]?(\d{2,4})?(?![\p{L}])/gu;
const OTHER_STANDARDS: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])(?:BSI[\s-])?C5(?:[\s-](?:Testat|attestation|Typ(?:e)? ?[12]))?(?![\p{L}\p{N}])/gu, 'C5'],
  [/(?<![\p{L}\p{N}])Cyber Essentials Plus(?![\p{L}])/giu, 'Cyber Essentials Plus'],
  [/(?<![\p{L}\p{N}])Cyber Essentials(?! Plus)(?![\p{L}])/giu, 'Cyber Essentials'],
  [/(?<![\p{L}\p{N}])TISAX(?![\p{L}])/gu, 'TISAX'],
  [/(?<![\p{L}\p{N}])PCI[\s-]?DSS(?![\p{L}])/giu, 'PCI DSS'],
  [/(?<![\p{L}\p{N}])CSA STAR(?![\p{L}])/giu, 'CSA STAR'],
  [/(?<![\p{L}\p{N}])FedRAMP(?![\p{L}])/giu, 'FedRAMP'],
  [/(?<![\p{L}\p{N}])NEN[\s-]?7510(?!\d)/giu, 'NEN 7510'],
  [/(?<![\p{L}\p{N}])SecNumCloud(?![\p{L}])/giu, 'SecNumCloud'],
  [/(?<![\p{L}\p{N}])HDS(?![\p{L}])/gu, 'HDS'],
  [/(?<![\p{L}\p{N}])FIPS[\s-]?140[\s-]([23])(?!\d)/giu, 'FIPS 140-'],
];

/**
 * Every standard pattern above starts with one of these words, as a word of its own (case aside):
 * most sentences name none, and one scan for them is much cheaper than fourteen.
 */
const STANDARD_WORDS = /(?<![\p{L}\p{N}])(?:iso|soc|isae|ssae|c5|cyber essentials|tisax|pci[\s-]?dss|csa star|fedramp|secnumcloud|hds|fips)(?![\p{L}])|(?<![\p{L}\p{N}])nen[\s-]?7510/iu;
/** STANDARD_WORDS without the word boundaries: a few times cheaper (no look-behind tried at every offset) to rule a text out. */
const STANDARD_LETTERS = /iso|soc|isae|ssae|c5|cyber essentials|tisax|pci[\s-]?dss|csa star|fedramp|secnumcloud|hds|fips|nen[\s-]?7510/iu;

/**
 * The words of STANDARD_WORDS as stems for the term matcher, which reads a sentence from its word
 * starts (prepared once for all claims) instead of trying a pattern at every offset. Every match of
 * STANDARD_WORDS starts a word and so begins a match of these, except where case folding differs:
 * only "ſ" (long s) folds to an ASCII letter ("s") under the pattern's `iu` and not under toLowerCase.
 */
const STANDARD_STEMS = ['iso*', 'soc*', 'isae*', 'ssae*', 'c5*', 'cyber*', 'tisax*', 'pci*', 'csa*', 'fedramp*', 'secnumcloud*', 'hds*', 'fips*', 'nen*'];

/** Security / quality standards named in a text, normalised: "ISO 27001", "SOC 2 Type II", "ISAE 3402", "C5". */
export function findStandards(text: string): Found[] {
  if (!hasTerm(text, STANDARD_STEMS) && !text.includes('ſ')) return [];
  if (!STANDARD_LETTERS.test(text) || !STANDARD_WORDS.test(text)) return [];
  const out: Found[] = [];
  out.push(...all(text, ISO_RE, (m) => `ISO ${m[1]}`));
  out.push(
    ...all(text, SOC_RE, (m) => {
      const nums = [m[1]!, ...(m[2] ?? '').split(/\D+/).filter(Boolean)];
      const type = m[3] ? ` Type ${ROMAN[m[3].toLowerCase()] ?? m[3].toUpperCase()}` : '';
      return uniq(nums).map((n) => `SOC ${n}${n === '2' || n === '1' ? type : ''}`).join('|');
    }),
  );
  out.push(...all(text, ISAE_RE, (m) => (m[2] ? `${m[1]} ${m[2]}` : m[1])));
  for (const [re, name] of OTHER_STANDARDS) {
    out.push(...all(text, re, (m) => (name === 'FIPS 140-' ? `FIPS 140-${m[1]}` : name)));
  }
  // SOC "1/2/3" expands into several values at one place.
  return out
    .flatMap((f) => f.value.split('|').map((value) => ({ ...f, value })))
    .sort((a, b) => a.start - b.start);
}

const AES_RE = /(?<![\p{L}\p{N}])(?:AES[\s-]?(128|192|256)(?:[\s-]?bits?)?|(128|192|256)[\s-]?bits?\s(?:AES|Advanced Encryption Standard))(?![\p{L}\p{N}])/giu;
const AES_BARE_RE = /(?<![\p{L}\p{N}])AES(?![\p{L}\p{N}-])/gu;

const ALGORITHM_WORDS = /aes|advanced encryption standard/iu;

/** Encryption algorithms: "AES-256", "AES-128", "AES". */
export function findAlgorithms(text: string): Found[] {
  if (!ALGORITHM_WORDS.test(text)) return [];
  const sized = all(text, AES_RE, (m) => `AES-${m[1] ?? m[2]}`);
  if (sized.length) return sized;
  return all(text, AES_BARE_RE, () => 'AES');
}

const TLS_RE = /(?<![\p{L}\p{N}])(TLS|SSL|HTTPS|MACsec|IPsec|SFTP|HSTS)(?:\s?v?(\d\.\d))?(?![\p{L}\p{N}:])/giu;
const MACSEC_RE = /IEEE\s?802\.1AE/giu;

const PROTOCOL_WORDS = /tls|ssl|https|macsec|ipsec|sftp|hsts|ieee/iu;

/** TLS_RE's words as stems (see STANDARD_STEMS; none of their letters folds differently); MACSEC_RE may start inside a word. */
const PROTOCOL_STEMS = ['tls*', 'ssl*', 'https*', 'macsec*', 'ipsec*', 'sftp*', 'hsts*'];

/** Transport protocols: "TLS 1.2", "TLS", "HTTPS", "SSL", "MACsec". A URL ("https://…") is not a claim. */
export function findProtocols(text: string): Found[] {
  if (!hasTerm(text, PROTOCOL_STEMS) && !text.includes('ſ') && !/ieee/i.test(text)) return [];
  if (!PROTOCOL_WORDS.test(text)) return [];
  const out = all(text, TLS_RE, (m) => {
    const name = m[1]!.toUpperCase() === 'MACSEC' ? 'MACsec' : m[1]!.toUpperCase() === 'IPSEC' ? 'IPsec' : m[1]!.toUpperCase();
    return m[2] && (name === 'TLS' || name === 'SSL') ? `${name} ${m[2]}` : name;
  });
  out.push(...all(text, MACSEC_RE, () => 'MACsec'));
  return out.sort((a, b) => a.start - b.start);
}

const EMAIL_RE = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/gu;

export function findEmails(text: string): Found[] {
  if (!text.includes('@')) return [];
  return all(text, EMAIL_RE, (m) => m[0].replace(/\.$/, ''));
}

const PHONE_RE = /(?<![\w+])(\+?\(?\d[\d \u00a0()-]{5,20}\d)(?![\w])/gu;

/** Phone numbers: a leading "+" or at least eight digits; spacing collapsed, not rewritten. */
export function findPhones(text: string): Found[] {
  return all(text, PHONE_RE, (m) => {
    const raw = m[1]!.trim();
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) return undefined;
    if (!raw.startsWith('+') && digits.length < 8) return undefined;
    return raw.replace(/[\s\u00a0]+/g, ' ');
  });
}

const NAME_RE = /\p{Lu}[\p{Ll}'’-]+(?:[ \u00a0]\p{Lu}\.?[\p{Ll}'’-]*){1,2}/gu;

/** A person's name (two or three capitalised words) at the very start of `text`, skipping `stop` words. */
export function nameAtStart(text: string, stop: readonly string[]): string | undefined {
  const lead = /^[\s:,–—-]*/.exec(text)![0].length;
  NAME_RE.lastIndex = 0;
  const m = NAME_RE.exec(text.slice(lead));
  if (!m || m.index !== 0) return undefined;
  const words = m[0].split(/[ \u00a0]/);
  const stops = new Set(stop.map((w) => w.toLowerCase()));
  if (words.some((w) => stops.has(w.toLowerCase().replace(/[.'’]/g, '')))) return undefined;
  return m[0];
}

const deadlineRes = new WeakMap<readonly string[], WeakMap<readonly string[], RegExp>>();

/** The deadline pattern for a pair of unit lists, compiled once per pair. */
function deadlineRe(hourUnits: readonly string[], dayUnits: readonly string[]): RegExp {
  let inner = deadlineRes.get(hourUnits);
  if (!inner) deadlineRes.set(hourUnits, (inner = new WeakMap()));
  let re = inner.get(dayUnits);
  if (!re) {
    const esc = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    re = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,3})[\\s\\u00a0-]?(?:(${esc(hourUnits)})|(${esc(dayUnits)}))(?![\\p{L}])`, 'giu');
    inner.set(dayUnits, re);
  }
  return re;
}

/** A deadline in hours: "72 hours", "24 timer", "48 Stunden", "3 days" → "72h". */
export function findDeadlines(text: string, hourUnits: readonly string[], dayUnits: readonly string[]): Found[] {
  if (!/\d/.test(text)) return [];
  return all(text, deadlineRe(hourUnits, dayUnits), (m) => (m[2] ? `${m[1]}h` : `${Number(m[1]) * 24}h`));
}
