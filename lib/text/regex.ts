/** `s` as a regular-expression literal: every character that has a meaning in a pattern escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
