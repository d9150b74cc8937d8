/** STUB — collapse whitespace, join hyphenated line ends; used to match vocab against a sentence. */
export function normalizeForMatch(s: string): string {
  return s.replace(/-\n(?=\p{Ll})/gu, '').replace(/\s+/g, ' ').trim();
}
