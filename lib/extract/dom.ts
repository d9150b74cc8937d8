import type { BlockKind, PageBlock, PageText } from '../types';
import {
  BLOCK_TAGS, CELL_ROLES, CELL_SEPARATOR, CELL_TAGS, CHROME_NAME_TOKENS, COLLAPSED_CLASS_TOKENS, CONSENT_NAME_PARTS,
  EXPANDED_CLASS_TOKENS, HEADING_TAGS, LANDMARK_SHARE, LIST_ITEM_TAGS, MAIN_SELECTORS, MAIN_TEXT_SHARE,
  MIN_MAIN_BLOCKS, PARAGRAPH_MIN_CHARS, ROW_MAX_CHARS, SIBLING_PROSE_CHARS, SKIP_ROLES, SKIP_TAGS,
} from './dom-rules';
import { escapeRegExp } from '../text/regex';

/**
 * The DOM reader: a Document (live page, or linkedom in Node) → PageText.
 * Uses only the `doc` it is given: no window/document globals, no computed styles unless the
 * caller passes `isRendered` (the content script does; linkedom cannot).
 */
export interface ReadOptions {
  /** Visibility from the live page (e.g. `el.checkVisibility()`); marks blocks hidden when false. */
  isRendered?: (el: Element) => boolean;
}

/**
 * Separates the parts of a locator that crosses into an open shadow root or a same-origin iframe:
 * `body > div > x-faq >>> section > p` (a path inside x-faq's shadow root, from its top) or
 * `body > iframe >>> body > main > p` (a path in the iframe's document).
 */
export const LOCATOR_SEPARATOR = ' >>> ';

const ELEMENT = 1;
const TEXT = 3;

interface RawBlock extends PageBlock {
  owner: Element;
  /** The element of the main document the block lies in (the shadow host or iframe when it is in one). */
  anchor: Element;
  /** Characters of the block's text inside links (a block mostly of links is navigation, not prose). */
  linkChars: number;
}

/** A DOM tree being read: the main document, an open shadow root, or a same-origin iframe's document. */
interface Tree {
  /** Locator prefix of this tree's elements ('' in the main document). */
  prefix: string;
  /** Host element / iframe in the main document, or null for the main document itself. */
  anchor: Element | null;
  collapsedIds: Set<string>;
  /** For a shadow tree: its host and the host's tree (slotted light-DOM nodes belong to it). */
  host?: Element;
  hostTree?: Tree;
}

export function readDocument(doc: Document, url = '', opts: ReadOptions = {}): PageText {
  const body = doc.body ?? doc.documentElement;
  const title = (doc.title || firstText(doc, 'h1')).replace(/\s+/g, ' ').trim();
  const declaredLang = (doc.documentElement?.getAttribute('lang') ?? '').trim();
  const page: PageText = { url, title, declaredLang, kind: 'html', blocks: [] };
  if (!body) return page;

  const all = collectBlocks(doc, body, opts);
  const root = chooseRoot(doc, body, all);
  const inRoot = root === body ? null : insideOf(root);
  page.blocks = all
    .filter((b) => !inRoot || inRoot(b.anchor))
    .map(({ owner: _owner, anchor: _anchor, linkChars: _links, ...b }) => b);
  return page;
}

/**
 * Whether an element is `root` or inside it, remembered along every path walked: each element is
 * looked at once however many blocks share its ancestors (pages nest 10,000 elements deep).
 */
function insideOf(root: Element): (el: Element) => boolean {
  const known = new Map<Element, boolean>([[root, true]]);
  return (el) => {
    const path: Element[] = [];
    let cur: Element | null = el;
    let answer = false;
    while (cur) {
      const k = known.get(cur);
      if (k !== undefined) {
        answer = k;
        break;
      }
      path.push(cur);
      cur = cur.parentElement;
    }
    for (const p of path) known.set(p, answer);
    return answer;
  };
}

/**
 * Finds the element a block's locator points at, or null (bad locator, or the page has changed).
 * Follows the path one child step at a time rather than handing it to querySelector: a block
 * 10,000 elements deep has a 10,000-step locator, which selector engines compile recursively.
 */
export function resolveLocator(doc: Document, locator: string | undefined): Element | null {
  if (!locator) return null;
  const [first, ...rest] = locator.split(LOCATOR_SEPARATOR);
  try {
    let el = pathFromBody(doc, first!);
    for (const part of rest) {
      if (!el) return null;
      const shadow = el.shadowRoot;
      if (shadow) el = walkSteps(shadow, part.split(' > '));
      else {
        const inner = frameDocumentOf(el);
        el = inner ? pathFromBody(inner, part) : null;
      }
    }
    return el;
  } catch {
    return null;
  }
}

/** `body > main > p:nth-of-type(2)` in `doc`; any other selector goes to querySelector. */
function pathFromBody(doc: Document, path: string): Element | null {
  const body = doc.body;
  const [head, ...steps] = path.split(' > ');
  if (!body || head?.trim() !== 'body') return doc.querySelector(path);
  return walkSteps(body, steps);
}

/** Follows the steps of `div:nth-of-type(2) > p` from `root` (a shadow root or <body>), one child at a time. */
function walkSteps(root: ParentNode, steps: string[]): Element | null {
  let cur: ParentNode | null = root;
  for (const step of steps) {
    if (!cur) return null;
    cur = childByStep(cur, step.trim());
  }
  return cur as Element | null;
}

function childByStep(parent: ParentNode, step: string): Element | null {
  const nth = /^\*:nth-child\((\d+)\)$/.exec(step);
  if (nth) return parent.children[Number(nth[1]) - 1] ?? null;
  const m = /^([a-z][a-z0-9-]*)(?::nth-of-type\((\d+)\))?$/.exec(step);
  if (!m) return null;
  const want = Number(m[2] ?? '1');
  let n = 0;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if (tagOf(c) === m[1] && ++n === want) return c;
  }
  return null;
}

/** The document, plus every open shadow root and same-origin iframe document in it (depth first, in document order). */
export function allRoots(doc: Document): ParentNode[] {
  const roots: ParentNode[] = [];
  const seen = new Set<ParentNode>();
  // One entry per root being scanned: its elements and how far the scan got (no recursion: roots nest).
  const stack: Array<{ els: Element[]; next: number }> = [];
  const add = (root: ParentNode) => {
    if (seen.has(root)) return;
    seen.add(root);
    roots.push(root);
    stack.push({ els: Array.from(root.querySelectorAll('*')), next: 0 });
  };
  add(doc);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const el = top.els[top.next++];
    if (!el) {
      stack.pop();
      continue;
    }
    if (el.shadowRoot) add(el.shadowRoot);
    const frame = tagOf(el) === 'iframe' ? frameDocumentOf(el) : null;
    if (frame) add(frame);
  }
  return roots;
}

/** The document of a same-origin iframe; null for other elements and for cross-origin frames. */
export function frameDocumentOf(el: Element): Document | null {
  if (tagOf(el) !== 'iframe') return null;
  try {
    return ((el as HTMLIFrameElement).contentDocument as Document | null | undefined) ?? null;
  } catch {
    return null;
  }
}

/** CSS path from <body>: `body > main > section:nth-of-type(2) > p` (from the top of its shadow root when in one). */
export function locatorOf(el: Element, cache: LocatorCache = newLocatorCache()): string {
  // Up to the nearest ancestor whose path is known (or the top), then back down, remembering each
  // path: a page's blocks share their ancestors, so a deep page costs one step per element.
  const pending: Array<[Element, string]> = [];
  let path: string;
  for (let cur: Element | null = el; ; ) {
    if (!cur || tagOf(cur) === 'body' || tagOf(cur) === 'html') {
      path = 'body';
      break;
    }
    const known = cache.paths.get(cur);
    if (known !== undefined) {
      path = known;
      break;
    }
    const parentEl: Element | null = cur.parentElement;
    const container: ParentNode | null = parentEl ?? (isShadowRoot(cur.parentNode) ? (cur.parentNode as ParentNode) : null);
    if (!container) {
      path = 'body';
      break;
    }
    let steps = cache.steps.get(container);
    if (!steps) {
      steps = childSteps(container);
      cache.steps.set(container, steps);
    }
    pending.push([cur, steps.get(cur) ?? tagOf(cur)]);
    if (!parentEl) {
      path = ''; // the top of a shadow root
      break;
    }
    cur = parentEl;
  }
  for (let i = pending.length - 1; i >= 0; i--) {
    const [e, step] = pending[i]!;
    path = path ? `${path} > ${step}` : step;
    cache.paths.set(e, path);
  }
  return path;
}

/**
 * Per parent element (or shadow root): the selector step of each child (computed once per parent,
 * pages can be wide); per element: its whole path (pages can be deep).
 */
export interface LocatorCache {
  steps: Map<ParentNode, Map<Element, string>>;
  paths: Map<Element, string>;
}

export function newLocatorCache(): LocatorCache {
  return { steps: new Map(), paths: new Map() };
}

function isShadowRoot(n: Node | null | undefined): boolean {
  return !!n && n.nodeType === 11 && 'host' in n && !!(n as ShadowRoot).host;
}

function childSteps(parent: ParentNode): Map<Element, string> {
  const children: Array<[Element, string]> = [];
  const totals = new Map<string, number>();
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    const tag = tagOf(c);
    children.push([c, tag]);
    totals.set(tag, (totals.get(tag) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const steps = new Map<Element, string>();
  children.forEach(([c, tag], i) => {
    const n = (seen.get(tag) ?? 0) + 1;
    seen.set(tag, n);
    if (!/^[a-z][a-z0-9-]*$/.test(tag)) steps.set(c, `*:nth-child(${i + 1})`);
    else steps.set(c, (totals.get(tag) ?? 0) > 1 ? `${tag}:nth-of-type(${n})` : tag);
  });
  return steps;
}

// ---------------------------------------------------------------------------------------------

/** Lower-case tag name: `localName` is already lower case for HTML elements and needs no new string. */
function tagOf(el: Element): string {
  return el.localName;
}

function firstText(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.textContent ?? '';
}

/** An element's id and class, read once for both the chrome and the hidden checks. */
interface Names {
  id: string;
  cls: string;
}

function namesOf(el: Element): Names | null {
  // Most elements of running text (<p>, <li>, <strong>) carry no attribute at all.
  if (!el.hasAttributes()) return null;
  return { id: el.getAttribute('id') ?? '', cls: el.getAttribute('class') ?? '' };
}

/** Tests whether a lower-case string holds one of `tokens` whole, between `separators` (a character-class body). */
function tokenTest(tokens: Iterable<string>, separators: string): RegExp {
  const alternatives = [...tokens].map(escapeRegExp).join('|');
  return new RegExp(`(?:^|[${separators}])(?:${alternatives})(?=$|[${separators}])`);
}

const CHROME_NAME = tokenTest(CHROME_NAME_TOKENS, '\\s_-');
const COLLAPSED_CLASS = tokenTest(COLLAPSED_CLASS_TOKENS, '\\s');
const EXPANDED_CLASS = tokenTest(EXPANDED_CLASS_TOKENS, '\\s');

function inMainContent(el: Element): boolean {
  return !!el.parentElement?.closest('main, article, [role="main"], section');
}

/** Navigation, banners, footers, consent banners, skip links: never page text. */
function isChrome(el: Element, tag: string, names: Names | null): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  if (!names) return tag === 'button' || (tag === 'header' && !inMainContent(el));
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (role && SKIP_ROLES.has(role)) return true;
  if (tag === 'header' && !inMainContent(el)) return true;
  if (tag === 'button' && !isDisclosureButton(el)) return true;
  if (el.getAttribute('aria-modal') === 'true') return true;
  const name = `${names.id} ${names.cls}`.toLowerCase();
  if (CHROME_NAME.test(name)) return tag !== 'main' && tag !== 'article';
  return isConsentBanner(el, name);
}

/** A cookie/consent banner: named like one AND behaves like one (buttons, live region, fixed overlay). */
function isConsentBanner(el: Element, name: string): boolean {
  if (!name.trim() || !CONSENT_NAME_PARTS.some((p) => name.includes(p))) return false;
  if (el.hasAttribute('aria-live')) return true;
  return !!el.querySelector('button, input[type="button"], input[type="submit"], [role="button"]');
}

function isDisclosureButton(el: Element): boolean {
  return el.hasAttribute('aria-expanded') || el.hasAttribute('aria-controls');
}

function isBlock(el: Element, tag = tagOf(el)): boolean {
  if (BLOCK_TAGS.has(tag) || tag.includes('-')) return true;
  // An accordion trigger on its own is a heading; inside <h3> it is just the heading's text.
  if (tag === 'button') return !el.parentElement?.closest('h1, h2, h3, h4, h5, h6, [role="heading"], summary');
  return el.getAttribute('role') === 'heading';
}

/** A `<tr>` (or ARIA row) of a data table: two or more cells, no table inside, not a page's worth of text. */
function isDataRow(el: Element, tag: string): boolean {
  if (tag !== 'tr' && el.getAttribute('role') !== 'row') return false;
  let cells = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isCellOf(c, tagOf(c), el)) cells++;
  if (cells < 2 || el.querySelector('table')) return false;
  return (el.textContent ?? '').length <= ROW_MAX_CHARS;
}

function isCellOf(el: Element, tag: string, row: Element): boolean {
  return el.parentElement === row && (CELL_TAGS.has(tag) || CELL_ROLES.has(el.getAttribute('role') ?? ''));
}

function kindOf(el: Element): BlockKind {
  const tag = tagOf(el);
  if (HEADING_TAGS.has(tag) || tag === 'button' || el.getAttribute('role') === 'heading') return 'heading';
  if (LIST_ITEM_TAGS.has(tag) || el.getAttribute('role') === 'listitem') return 'list-item';
  if (CELL_TAGS.has(tag) || tag === 'tr' || CELL_ROLES.has(el.getAttribute('role') ?? '') || el.getAttribute('role') === 'row') return 'cell';
  return 'paragraph';
}

/** Ids of panels whose controlling button says they are collapsed, or whose tab is not selected. */
function collapsedPanelIds(root: ParentNode): Set<string> {
  const ids = new Set<string>();
  for (const c of Array.from(root.querySelectorAll('[aria-controls]'))) {
    const collapsed = c.getAttribute('aria-expanded') === 'false' || c.getAttribute('aria-selected') === 'false';
    if (!collapsed) continue;
    for (const id of (c.getAttribute('aria-controls') ?? '').split(/\s+/)) if (id) ids.add(id);
  }
  // Tab panels named by their tab (aria-labelledby) instead of controlled by it.
  const unselectedTabs = new Set<string>();
  for (const tab of Array.from(root.querySelectorAll('[role="tab"][aria-selected="false"][id]'))) {
    unselectedTabs.add(tab.getAttribute('id')!);
  }
  if (unselectedTabs.size) {
    for (const panel of Array.from(root.querySelectorAll('[role="tabpanel"][aria-labelledby][id]'))) {
      const by = (panel.getAttribute('aria-labelledby') ?? '').split(/\s+/);
      if (by.some((id) => unselectedTabs.has(id))) ids.add(panel.getAttribute('id')!);
    }
  }
  return ids;
}

function hiddenByMarkup(el: Element, names: Names | null, collapsedIds: Set<string>): boolean {
  if (!names) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  if (names.id && collapsedIds.has(names.id)) return true;
  const classes = names.cls.toLowerCase();
  return COLLAPSED_CLASS.test(classes) && !EXPANDED_CLASS.test(classes);
}

/**
 * Walks the DOM once; consecutive inline text under one block element becomes one block. Open shadow
 * roots are read in place of their host's children (slotted children where their slot is), and a
 * same-origin iframe's body as a block of its own.
 */
function collectBlocks(doc: Document, body: Element, opts: ReadOptions): RawBlock[] {
  const blocks: RawBlock[] = [];
  const main: Tree = { prefix: '', anchor: null, collapsedIds: collapsedPanelIds(doc) };
  const locators = newLocatorCache();
  const frames = new Set<Document>([doc]);
  let parts: string[] = [];
  let runOwner: Element = body;
  let runTree: Tree = main;
  let runHidden = false;
  let linkChars = 0;

  const locate = (el: Element, tree: Tree) => tree.prefix + locatorOf(el, locators);

  const flush = () => {
    const text = cleanText(parts.join(''));
    const inLinks = linkChars;
    parts = [];
    linkChars = 0;
    if (!text) return;
    const block: RawBlock = {
      text,
      kind: kindOf(runOwner),
      locator: locate(runOwner, runTree),
      owner: runOwner,
      anchor: runTree.anchor ?? runOwner,
      linkChars: inLinks,
    };
    if (runHidden) block.hidden = true;
    blocks.push(block);
  };

  /**
   * The nodes rendered inside `el` and the tree they belong to: a shadow root's children, a slot's
   * assigned nodes, or (null list) the element's own children, walked by sibling links.
   */
  const contentOf = (el: Element, tree: Tree): { list: Node[] | null; first: Node | null; tree: Tree } => {
    const shadow = el.shadowRoot;
    if (shadow) {
      const inner: Tree = {
        prefix: locate(el, tree) + LOCATOR_SEPARATOR,
        anchor: tree.anchor ?? el,
        collapsedIds: collapsedPanelIds(shadow),
        host: el,
        hostTree: tree,
      };
      return { list: null, first: shadow.firstChild, tree: inner };
    }
    if (tagOf(el) === 'slot' && tree.host && tree.hostTree) {
      const name = el.getAttribute('name') ?? '';
      const assigned = Array.from(tree.host.childNodes).filter((n) =>
        n.nodeType === ELEMENT ? ((n as Element).getAttribute('slot') ?? '') === name : name === '' && n.nodeType === TEXT,
      );
      if (assigned.some((n) => (n.textContent ?? '').trim())) return { list: assigned, first: null, tree: tree.hostTree };
    }
    return { list: null, first: el.firstChild, tree };
  };

  /** One element being read: its content, how far the walk got, and the state its children inherit. */
  interface Frame {
    /** Explicit content (slot), walked by index; else `cursor` walks sibling links. */
    list: Node[] | null;
    next: number;
    cursor: Node | null;
    /** The tree the content belongs to. */
    tree: Tree;
    owner: Element;
    ownerTree: Tree;
    hidden: boolean;
    pre: boolean;
    link: boolean;
    closedDetails: boolean;
    firstSummary: boolean;
    /** A block element (or a frame's body): its run of text ends with it. */
    endsBlock: boolean;
    /** Inside a table row read as one block (see isDataRow): the row and how many cells it has had. */
    row: { el: Element; cells: number } | null;
  }
  // An explicit stack, not recursion: pages nest 10,000 elements deep (unclosed inline tags).
  const stack: Frame[] = [];
  const enter = (el: Element, tag: string, owner: Element, ownerTree: Tree, tree: Tree, hidden: boolean, pre: boolean, endsBlock: boolean) => {
    if (endsBlock) flush();
    const parent = stack[stack.length - 1];
    const link = !!parent?.link || tag === 'a';
    const content = contentOf(el, tree);
    const row = endsBlock && isDataRow(el, tag) ? { el, cells: 0 } : (parent?.row ?? null);
    stack.push({
      list: content.list, next: 0, cursor: content.first, tree: content.tree, owner, ownerTree, hidden, pre, link, endsBlock,
      closedDetails: tag === 'details' && !el.hasAttribute('open'),
      firstSummary: true,
      row,
    });
  };

  enter(body, tagOf(body), body, main, main, false, false, false);
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    let n: Node | null | undefined;
    if (f.list) n = f.list[f.next++];
    else if ((n = f.cursor)) f.cursor = n.nextSibling;
    if (!n) {
      stack.pop();
      if (f.endsBlock) flush();
      continue;
    }
    const nTree = f.tree;
    const { owner, ownerTree, hidden, pre } = f;
    const type = n.nodeType;
    if (type === TEXT) {
      const data = (n as Text).data;
      if (!data) continue;
      if (parts.length === 0) {
        runOwner = owner;
        runTree = ownerTree;
        runHidden = hidden;
      }
      parts.push(pre ? data : collapseSpaces(data));
      if (f.link) linkChars += data.trim().length;
      continue;
    }
    if (type !== ELEMENT) continue;
    const child = n as Element;
    const tag = tagOf(child);
    if (tag === 'br') {
      parts.push('\n');
      continue;
    }
    const names = namesOf(child);
    let childHidden = hidden || hiddenByMarkup(child, names, nTree.collapsedIds);
    const frame = tag === 'iframe' ? frameDocumentOf(child) : null;
    if (frame?.body && !frames.has(frame)) {
      frames.add(frame);
      if (!childHidden && opts.isRendered && !opts.isRendered(child)) childHidden = true;
      const inner: Tree = {
        prefix: locate(child, nTree) + LOCATOR_SEPARATOR,
        anchor: nTree.anchor ?? child,
        collapsedIds: collapsedPanelIds(frame),
      };
      enter(frame.body, tagOf(frame.body), frame.body, inner, inner, childHidden, false, true);
      continue;
    }
    if (isChrome(child, tag, names)) continue;
    if (f.closedDetails) {
      const isSummary = tag === 'summary' && f.firstSummary;
      if (tag === 'summary') f.firstSummary = false;
      if (!isSummary) childHidden = true;
    }
    const childPre = pre || tag === 'pre';
    if (f.row) {
      // A row read as one block: its cells are joined like a Markdown row, other blocks in it by a space.
      // Only between texts: the run's owner is still set by the row's first text.
      const between = parts.some((x) => x.trim());
      if (isCellOf(child, tag, f.row.el)) {
        if (f.row.cells++ > 0 && between) parts.push(CELL_SEPARATOR);
      } else if (isBlock(child, tag) && between) parts.push(' ');
      enter(child, tag, owner, ownerTree, nTree, childHidden, childPre, false);
    } else if (isBlock(child, tag)) {
      if (!childHidden && opts.isRendered && !opts.isRendered(child)) childHidden = true;
      enter(child, tag, child, nTree, nTree, childHidden, childPre, true);
    } else if (childHidden && !hidden) {
      // Hidden inline bits (icons, screen-reader duplicates) are not page text.
      continue;
    } else {
      // Inline: its text continues the current block, owned by the block element it is in.
      enter(child, tag, owner, ownerTree, nTree, childHidden, childPre, false);
    }
  }
  flush();
  return blocks;
}

const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
/**
 * The runs of whitespace that collapsing changes (any but a lone space): replacing these alone gives
 * the same as replacing every run, with one match per line break instead of one per word.
 */
const SPACES = /\s{2,}|[^\S ]/g;
/** Whitespace that collapsing would change: any but a single space. */
const UNCOLLAPSED = /[^\S ]| {2}/;
/** What cleanText changes besides trimming: zero-width characters, or whitespace but single spaces. */
const NEEDS_CLEANING = new RegExp(`${ZERO_WIDTH.source}|${UNCOLLAPSED.source}`);

/** Runs of whitespace as one space; the string itself when it has none to collapse (most text nodes). */
function collapseSpaces(s: string): string {
  return UNCOLLAPSED.test(s) ? s.replace(SPACES, ' ') : s;
}

/** Collapse whitespace as a browser renders it; keep <br> line breaks; drop zero-width characters. */
function cleanText(s: string): string {
  // A block's text nodes come already collapsed: one scan usually shows there is nothing left to do.
  if (!NEEDS_CLEANING.test(s)) return s.trim();
  const text = s.replace(ZERO_WIDTH, '');
  // Most blocks are one line: no splitting and joining for them.
  if (!text.includes('\n')) return collapseSpaces(text).trim();
  return text
    .split('\n')
    .map((line) => collapseSpaces(line).trim())
    .filter(Boolean)
    .join('\n');
}

// --- choosing the main content root ------------------------------------------------------------

/**
 * The element whose blocks are the page's main text: a <main>/<article> landmark holding most of the
 * text; else the smallest element holding most of the text and of the paragraphs (an article body
 * beside boxes the chrome rules did not catch); else <body> (page chrome is already left out by the walk).
 */
function chooseRoot(doc: Document, body: Element, blocks: RawBlock[]): Element {
  const share = textShares(body, blocks);
  const all = share.get(body);
  if (!all || all.lightChars === 0) return body;
  for (const sel of MAIN_SELECTORS) {
    const found = Array.from(doc.querySelectorAll(sel));
    if (found.length !== 1) continue;
    const el = found[0]!;
    if ((share.get(el)?.lightChars ?? 0) >= LANDMARK_SHARE * all.lightChars) return el;
  }
  return mainTextRoot(body, share);
}

interface TextShare {
  chars: number;
  /** Characters of blocks in the main document itself (not in a shadow root or frame). */
  lightChars: number;
  /** Paragraphs of running text, and their characters. */
  paragraphs: number;
  proseChars: number;
  blocks: number;
}

/**
 * What each element holds of the page's text (a shadow host or iframe holds the text inside it).
 * One pass over the elements, children before parents: deep or wide pages cost one visit per element.
 */
function textShares(body: Element, blocks: RawBlock[]): Map<Element, TextShare> {
  const share = new Map<Element, TextShare>();
  const at = (el: Element) => {
    let s = share.get(el);
    if (!s) share.set(el, (s = { chars: 0, lightChars: 0, paragraphs: 0, proseChars: 0, blocks: 0 }));
    return s;
  };
  for (const b of blocks) {
    const s = at(b.anchor);
    s.chars += b.text.length;
    if (b.owner === b.anchor) s.lightChars += b.text.length;
    s.blocks++;
    if (isProse(b)) {
      s.paragraphs++;
      s.proseChars += b.text.length;
    }
  }
  const levels = holdersByDepth(body, share.keys());
  for (let d = levels.length - 1; d > 0; d--) {
    for (const el of levels[d]!) {
      const own = share.get(el);
      const parent = el.parentElement;
      if (!own || !parent) continue;
      const p = at(parent);
      p.chars += own.chars;
      p.lightChars += own.lightChars;
      p.paragraphs += own.paragraphs;
      p.proseChars += own.proseChars;
      p.blocks += own.blocks;
    }
  }
  return share;
}

/**
 * The elements holding blocks and their ancestors, grouped by depth below `body` (those outside it
 * left out). Only these paths are walked, each element once, rather than every element of the page.
 */
function holdersByDepth(body: Element, holders: Iterable<Element>): Element[][] {
  const OUTSIDE = -1;
  const depth = new Map<Element, number>([[body, 0]]);
  const levels: Element[][] = [[body]];
  const path: Element[] = [];
  for (const el of holders) {
    let d: number | undefined;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      d = depth.get(cur);
      if (d !== undefined) break;
      path.push(cur);
    }
    const outside = d === undefined || d === OUTSIDE;
    for (let i = path.length - 1; i >= 0; i--) {
      const p = path[i]!;
      if (outside) depth.set(p, OUTSIDE);
      else {
        depth.set(p, ++d!);
        (levels[d!] ??= []).push(p);
      }
    }
    path.length = 0;
  }
  return levels;
}

/** Goes down from <body> into the child that holds ≥ 60% of the text and most of the paragraphs, while there is one. */
function mainTextRoot(body: Element, share: Map<Element, TextShare>): Element {
  const all = share.get(body)!;
  const holdsMost = (s: TextShare | undefined) =>
    !!s && s.chars >= MAIN_TEXT_SHARE * all.chars && s.paragraphs * 2 > all.paragraphs && s.blocks >= MIN_MAIN_BLOCKS;
  let root = body;
  for (;;) {
    let next: Element | null = null;
    // At most one child can hold ≥ 60%.
    for (let c = root.firstElementChild; c && !next; c = c.nextElementSibling) if (holdsMost(share.get(c))) next = c;
    if (!next || hasMoreOfTheText(next, share)) return root;
    root = next;
  }
}

/**
 * Whether a sibling of `el` looks like more of the same text rather than a box beside it: a
 * section alike in tag and class, or running text of its own (a lead paragraph; not a link list or a copyright line).
 */
function hasMoreOfTheText(el: Element, share: Map<Element, TextShare>): boolean {
  const kind = signature(el);
  for (let c = el.parentElement?.firstElementChild ?? null; c; c = c.nextElementSibling) {
    const s = c === el ? undefined : share.get(c);
    if (!s || s.chars === 0) continue;
    if (s.proseChars >= SIBLING_PROSE_CHARS || (kind !== null && signature(c) === kind)) return true;
  }
  return false;
}

/** A paragraph of running text: long enough, and not mostly link text. */
function isProse(b: RawBlock): boolean {
  return b.kind === 'paragraph' && b.text.length >= PARAGRAPH_MIN_CHARS && b.linkChars * 2 < b.text.length;
}

/** Tag and class; none for a bare <div> (it says nothing about what it holds: header, page, footer alike). */
function signature(el: Element): string | null {
  const tag = tagOf(el);
  const cls = (el.getAttribute('class') ?? '').trim().replace(/\s+/g, ' ');
  return tag === 'div' && !cls ? null : `${tag}.${cls}`;
}
