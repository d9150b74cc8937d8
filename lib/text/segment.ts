import type { PageLang, Sentence } from '../types';
/** STUB — replaced by the text helper. Offsets are into `text`; `text.slice(start,end) === sentence.text`. */
export function splitSentences(text: string, _lang: PageLang): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, start: m.index + lead, end: m.index + lead + t.length });
  }
  return out;
}
