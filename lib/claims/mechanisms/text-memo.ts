/**
 * Answers remembered per text content, under a key (a term list, a language): the same sentence is
 * asked the same question by several claims and for each of its candidate terms. Bounded, and
 * dropped after each page (`forgetTextMemos`) so no page text stays in memory.
 */
export class TextMemo<K, V> {
  private readonly byKey = new Map<K, Map<string, V>>();

  constructor() {
    memos.push(this);
  }

  get(key: K, text: string): V | undefined {
    return this.byKey.get(key)?.get(text);
  }

  set(key: K, text: string, value: V): V {
    let byText = this.byKey.get(key);
    if (!byText) this.byKey.set(key, (byText = new Map()));
    if (byText.size >= MAX_TEXTS) byText.clear();
    byText.set(text, value);
    return value;
  }

  clear(): void {
    this.byKey.clear();
  }
}

const MAX_TEXTS = 5_000;
const memos: TextMemo<unknown, unknown>[] = [];

/** Drops every remembered answer (lib/claims calls it after a page). */
export function forgetTextMemos(): void {
  for (const m of memos) m.clear();
}
