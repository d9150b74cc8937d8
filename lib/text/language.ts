import type { PageLang } from '../types';
/** STUB — replaced by the text helper. Declared `<html lang>` wins; else detect from text. */
export function detectLanguage(text: string, declared?: string): PageLang {
  const d = (declared ?? '').toLowerCase().slice(0, 2);
  if (d === 'nb' || d === 'nn' || d === 'no') return 'no';
  if (['en', 'sv', 'da', 'de', 'fi', 'nl', 'fr'].includes(d)) return d as PageLang;
  return /\b(och|att|är)\b/.test(text) ? 'sv' : 'en';
}
