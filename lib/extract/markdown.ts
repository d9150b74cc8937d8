import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { BlockKind, PageBlock, PageText } from '../types';

/**
 * Markdown / MDX / Hugo content → PageText (kind 'md'): the text a reader of the rendered page sees.
 * - Front matter: `title` is the page title and its first heading; `intro`, `description` and
 *   similar text fields are summary blocks; `lang`/`language` is the declared language.
 * - Hugo shortcodes (`{{< accordion title="…" >}}`, `{{% question question="…" %}}`): the tags go,
 *   their text attributes become heading / summary blocks, the content between them stays.
 * - HTML and MDX components (`<Alert title="…">…</Alert>`): tags and comments go, inner text stays.
 * - Blocks: headings, paragraphs, list items, table rows ('cell', cells joined with " | "), code ('other').
 */
export function readMarkdown(source: string, url = ''): PageText {
  const src = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { data, body } = splitFrontMatter(src);
  const blocks: PageBlock[] = [];
  const fmTitle = inlineText(str(data.title));
  if (fmTitle) blocks.push({ text: fmTitle, kind: 'heading' });
  for (const key of FRONT_MATTER_TEXT) {
    const v = inlineText(str(data[key]));
    if (v) blocks.push({ text: v, kind: 'summary' });
  }
  const shortcodes: PageBlock[][] = [];
  walk(new Lexer().lex(prepareBody(body, shortcodes)), { blocks, shortcodes }, 0);
  const title = fmTitle || blocks.find((b) => b.kind === 'heading')?.text || '';
  const declaredLang = str(data.lang) || str(data.language) || str(data.locale) || '';
  return { url, title, declaredLang, kind: 'md', blocks };
}

/** Front-matter fields that are page text (shown as the page's lead). */
const FRONT_MATTER_TEXT = ['subtitle', 'intro', 'lead', 'lede', 'ingress', 'description', 'summary', 'excerpt', 'preamble', 'abstract', 'teaser'];

/** Shortcode / component attributes that are visible text, and the block kind they become. */
const TEXT_ATTRIBUTES: Readonly<Record<string, BlockKind>> = {
  title: 'heading',
  question: 'heading',
  heading: 'heading',
  header: 'heading',
  cardtitle: 'heading',
  text: 'summary',
  description: 'summary',
  summary: 'summary',
  answer: 'summary',
  subtitle: 'summary',
  lead: 'summary',
  intro: 'summary',
  content: 'summary',
  caption: 'summary',
  quote: 'summary',
};

type Data = Record<string, unknown>;

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

function splitFrontMatter(src: string): { data: Data; body: string } {
  const fence = src.startsWith('---\n') ? '---' : src.startsWith('+++\n') ? '+++' : '';
  if (!fence) return { data: {}, body: src };
  const close = src.indexOf(`\n${fence}`, 3);
  if (close < 0) return { data: {}, body: src };
  const raw = src.slice(4, close + 1);
  const lineEnd = src.indexOf('\n', close + 1 + fence.length);
  const body = lineEnd < 0 ? '' : src.slice(lineEnd + 1);
  return { data: fence === '---' ? parseYamlSafe(raw) : parseTomlStrings(raw), body };
}

function parseYamlSafe(raw: string): Data {
  try {
    const v: unknown = parseYaml(raw);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : {};
  } catch {
    return {};
  }
}

/** TOML front matter: only top-level `key = "string"` lines are needed. */
function parseTomlStrings(raw: string): Data {
  const data: Data = {};
  for (const line of raw.split('\n')) {
    const m = /^\s*([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*$/.exec(line);
    if (m) data[m[1]!] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
  }
  return data;
}

const SENTINEL_OPEN = '\uE000';
const SENTINEL_CLOSE = '\uE001';

/**
 * Removes what is never shown (HTML comments, MDX import/export lines) and replaces Hugo shortcodes:
 * one alone on its line becomes a placeholder paragraph standing for its attribute blocks; one
 * inside running text is replaced by its attribute text.
 */
function prepareBody(body: string, shortcodes: PageBlock[][]): string {
  const text = removeBetween(body, '<!--', '-->').replace(/^(?:import|export)\s[^\n]*$/gm, '');
  let out = '';
  let pos = 0;
  for (;;) {
    const open = text.indexOf('{{', pos);
    if (open < 0) break;
    const marker = text.charAt(open + 2);
    if (marker !== '<' && marker !== '%') {
      out += text.slice(pos, open + 2);
      pos = open + 2;
      continue;
    }
    const closeTag = `${marker === '<' ? '>' : '%'}}}`;
    const close = text.indexOf(closeTag, open + 3);
    if (close < 0) break;
    out += text.slice(pos, open);
    const attrs = attributeBlocks(text.slice(open + 3, close));
    const lineStart = text.lastIndexOf('\n', open - 1) + 1;
    const aloneOnLine = text.slice(lineStart, open).trim() === '';
    if (aloneOnLine) {
      if (attrs.length) {
        shortcodes.push(attrs);
        out += `\n\n${SENTINEL_OPEN}${shortcodes.length - 1}${SENTINEL_CLOSE}\n\n`;
      } else out += '\n\n';
    } else {
      out += attrs.map((b) => b.text).join(' ');
    }
    pos = close + closeTag.length;
  }
  return out + text.slice(pos);
}

function removeBetween(text: string, open: string, close: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const s = text.indexOf(open, pos);
    if (s < 0) break;
    const e = text.indexOf(close, s + open.length);
    out += text.slice(pos, s);
    if (e < 0) return out;
    pos = e + close.length;
  }
  return out + text.slice(pos);
}

const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The visible-text attributes of a shortcode or HTML/MDX tag, as blocks, in source order. */
function attributeBlocks(tag: string): PageBlock[] {
  if (/^\s*\//.test(tag)) return [];
  const out: PageBlock[] = [];
  for (const m of tag.matchAll(ATTRIBUTE)) {
    const kind = TEXT_ATTRIBUTES[m[1]!.toLowerCase()];
    const text = inlineText(m[2] ?? m[3] ?? '');
    if (kind && text) out.push({ text, kind });
  }
  return out;
}

interface Sink {
  blocks: PageBlock[];
  shortcodes: PageBlock[][];
}

const MAX_DEPTH = 3;

function walk(tokens: Token[], sink: Sink, depth: number): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
        emit(sink, inline((t as Tokens.Heading).tokens).replace(/\s*\{#[^}]*\}\s*$/, ''), 'heading');
        break;
      case 'paragraph':
        emit(sink, inline((t as Tokens.Paragraph).tokens), 'paragraph');
        break;
      case 'text':
        emit(sink, textToken(t as Tokens.Text), 'paragraph');
        break;
      case 'list':
        for (const item of (t as Tokens.List).items) listItem(item, sink, depth);
        break;
      case 'table': {
        const table = t as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          emit(sink, row.map((c) => inline(c.tokens)).join(' | '), 'cell');
        }
        break;
      }
      case 'blockquote':
        walk((t as Tokens.Blockquote).tokens, sink, depth);
        break;
      case 'code':
        emit(sink, (t as Tokens.Code).text, 'other');
        break;
      case 'html':
        htmlBlock((t as Tokens.HTML).text, sink, depth);
        break;
      default:
        break; // space, hr, def: nothing visible
    }
  }
}

function listItem(item: Tokens.ListItem, sink: Sink, depth: number): void {
  const own: string[] = [];
  const rest: Token[] = [];
  for (const t of item.tokens) {
    if (t.type === 'text') own.push(textToken(t as Tokens.Text));
    else if (t.type === 'paragraph') own.push(inline((t as Tokens.Paragraph).tokens));
    else rest.push(t);
  }
  emit(sink, own.join(' '), 'list-item');
  walk(rest, sink, depth);
}

/** HTML / MDX block: tags and scripts go; `title=` attributes become headings; inner text is Markdown again. */
function htmlBlock(html: string, sink: Sink, depth: number): void {
  const clean = removeBetween(removeBetween(removeBetween(html, '<!--', '-->'), '<script', '</script>'), '<style', '</style>');
  for (const m of clean.matchAll(/<([A-Za-z][\w.-]*)\b([^>]*)>/g)) {
    for (const b of attributeBlocks(m[2] ?? '')) if (b.kind === 'heading') emit(sink, b.text, 'heading');
  }
  const inner = clean.replace(/<\/?[A-Za-z][^>]*>/g, '\n').trim();
  if (!inner) return;
  if (depth < MAX_DEPTH) walk(new Lexer().lex(inner), sink, depth + 1);
  else emit(sink, decodeEntities(inner), 'paragraph');
}

/** A block's text, with shortcode placeholders replaced by the blocks they stand for. */
function emit(sink: Sink, raw: string, kind: BlockKind): void {
  let text = raw;
  const pending: PageBlock[] = [];
  if (text.includes(SENTINEL_OPEN)) {
    text = text.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => {
      pending.push(...(sink.shortcodes[Number(i)] ?? []));
      return ' ';
    });
  }
  text = tidy(text);
  if (text) sink.blocks.push({ text, kind });
  for (const b of pending) sink.blocks.push({ ...b });
}

/** Collapses spaces as a browser would, keeping explicit line breaks. */
function tidy(s: string): string {
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l)
    .join('\n');
}

function textToken(t: Tokens.Text): string {
  return t.tokens ? inline(t.tokens) : softBreaks(decodeEntities(t.text));
}

/** Visible text of inline tokens: no emphasis markers, link text without URL, no images. */
function inline(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  let out = '';
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        out += textToken(t as Tokens.Text);
        break;
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        out += inline((t as Tokens.Strong).tokens);
        break;
      case 'codespan':
        out += decodeEntities((t as Tokens.Codespan).text);
        break;
      case 'escape':
        out += decodeEntities((t as Tokens.Escape).text);
        break;
      case 'br':
        out += '\n';
        break;
      case 'html':
        if (/^<br\s*\/?>$/i.test((t as Tokens.HTML).text.trim())) out += '\n';
        break;
      case 'image':
        break;
      default:
        out += 'text' in t && typeof t.text === 'string' ? decodeEntities(t.text) : '';
    }
  }
  return out;
}

/** A newline inside a paragraph is rendered as a space. */
function softBreaks(s: string): string {
  return s.replace(/[ \t]*\n[ \t]*/g, ' ');
}

/** Markdown in a front-matter or attribute value, as visible text. */
function inlineText(s: string): string {
  if (!s) return '';
  return tidy(inline(Lexer.lexInline(s)));
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–',
  mdash: '—', hellip: '…', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  copy: '©', reg: '®', trade: '™', euro: '€', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö',
  Uuml: 'Ü', aring: 'å', Aring: 'Å', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', szlig: 'ß',
  eacute: 'é', egrave: 'è',
};

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[e] ?? m;
  });
}
