import { Readability } from '@mozilla/readability';
import type { BlockKind, PageBlock, PageText } from '../types';
import {
  BLOCK_TAGS, CELL_TAGS, CHROME_NAME_TOKENS, COLLAPSED_CLASS_TOKENS, CONSENT_NAME_PARTS,
  EXPANDED_CLASS_TOKENS, HEADING_TAGS, LIST_ITEM_TAGS, MAIN_SELECTORS, SKIP_ROLES, SKIP_TAGS,
} from './dom-rules';

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
  page.blocks = all
    .filter((b) => root === body || root.contains(b.anchor))
    .map(({ owner: _owner, anchor: _anchor, ...b }) => b);
  return page;
}

/** Finds the element a block's locator points at, or null (bad selector, or the page has changed). */
export function resolveLocator(doc: Document, locator: string | undefined): Element | null {
  if (!locator) return null;
  const [first, ...rest] = locator.split(LOCATOR_SEPARATOR);
  try {
    let el = doc.querySelector(first!);
    for (const part of rest) {
      if (!el) return null;
      const shadow = el.shadowRoot;
      if (shadow) el = walkSteps(shadow, part);
      else {
        const inner = frameDocumentOf(el);
        el = inner ? inner.querySelector(part) : null;
      }
    }
    return el;
  } catch {
    return null;
  }
}

/** Follows `div:nth-of-type(2) > p` from the top of a shadow root, one child step at a time. */
function walkSteps(root: ParentNode, path: string): Element | null {
  let cur: ParentNode | null = root;
  for (const step of path.split(' > ')) {
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

/** The document, plus every open shadow root and same-origin iframe document in it (recursively). */
export function allRoots(doc: Document): ParentNode[] {
  const roots: ParentNode[] = [];
  const seen = new Set<ParentNode>();
  const add = (root: ParentNode) => {
    if (seen.has(root)) return;
    seen.add(root);
    roots.push(root);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot) add(el.shadowRoot);
      const frame = tagOf(el) === 'iframe' ? frameDocumentOf(el) : null;
      if (frame) add(frame);
    }
  };
  add(doc);
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
export function locatorOf(el: Element, cache: LocatorCache = new Map()): string {
  const parts: string[] = [];
  let cur: Element | null = el;
  let shadowTop = false;
  while (cur && tagOf(cur) !== 'body' && tagOf(cur) !== 'html') {
    const parentEl: Element | null = cur.parentElement;
    const container: ParentNode | null = parentEl ?? (isShadowRoot(cur.parentNode) ? (cur.parentNode as ParentNode) : null);
    if (!container) break;
    let steps = cache.get(container);
    if (!steps) {
      steps = childSteps(container);
      cache.set(container, steps);
    }
    parts.push(steps.get(cur) ?? tagOf(cur));
    if (!parentEl) {
      shadowTop = true;
      break;
    }
    cur = parentEl;
  }
  if (!shadowTop) parts.push('body');
  return parts.reverse().join(' > ');
}

/** Per parent element (or shadow root): the selector step of each child (computed once per parent, pages can be wide). */
export type LocatorCache = Map<ParentNode, Map<Element, string>>;

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

function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}

function firstText(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.textContent ?? '';
}

function nameTokens(el: Element): string[] {
  const raw = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`.toLowerCase();
  return raw.split(/[\s_-]+/).filter(Boolean);
}

function inMainContent(el: Element): boolean {
  return !!el.parentElement?.closest('main, article, [role="main"], section');
}

/** Navigation, banners, footers, consent banners, skip links: never page text. */
function isChrome(el: Element): boolean {
  const tag = tagOf(el);
  if (SKIP_TAGS.has(tag)) return true;
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (role && SKIP_ROLES.has(role)) return true;
  if (tag === 'header' && !inMainContent(el)) return true;
  if (tag === 'button' && !isDisclosureButton(el)) return true;
  if (el.getAttribute('aria-modal') === 'true') return true;
  const tokens = nameTokens(el);
  if (tokens.some((t) => CHROME_NAME_TOKENS.has(t))) return tag !== 'main' && tag !== 'article';
  return isConsentBanner(el);
}

/** A cookie/consent banner: named like one AND behaves like one (buttons, live region, fixed overlay). */
function isConsentBanner(el: Element): boolean {
  const name = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`.toLowerCase();
  if (!name.trim() || !CONSENT_NAME_PARTS.some((p) => name.includes(p))) return false;
  if (el.hasAttribute('aria-live')) return true;
  return !!el.querySelector('button, input[type="button"], input[type="submit"], [role="button"]');
}

function isDisclosureButton(el: Element): boolean {
  return el.hasAttribute('aria-expanded') || el.hasAttribute('aria-controls');
}

function isBlock(el: Element): boolean {
  const tag = tagOf(el);
  if (BLOCK_TAGS.has(tag) || tag.includes('-')) return true;
  // An accordion trigger on its own is a heading; inside <h3> it is just the heading's text.
  if (tag === 'button') return !el.parentElement?.closest('h1, h2, h3, h4, h5, h6, [role="heading"], summary');
  return el.getAttribute('role') === 'heading';
}

function kindOf(el: Element): BlockKind {
  const tag = tagOf(el);
  if (HEADING_TAGS.has(tag) || tag === 'button' || el.getAttribute('role') === 'heading') return 'heading';
  if (LIST_ITEM_TAGS.has(tag) || el.getAttribute('role') === 'listitem') return 'list-item';
  if (CELL_TAGS.has(tag) || el.getAttribute('role') === 'cell') return 'cell';
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

function hiddenByMarkup(el: Element, collapsedIds: Set<string>): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  const id = el.getAttribute('id');
  if (id && collapsedIds.has(id)) return true;
  const classes = (el.getAttribute('class') ?? '').toLowerCase().split(/\s+/);
  return classes.some((c) => COLLAPSED_CLASS_TOKENS.has(c)) && !classes.some((c) => EXPANDED_CLASS_TOKENS.has(c));
}

/**
 * Walks the DOM once; consecutive inline text under one block element becomes one block. Open shadow
 * roots are read in place of their host's children (slotted children where their slot is), and a
 * same-origin iframe's body as a block of its own.
 */
function collectBlocks(doc: Document, body: Element, opts: ReadOptions): RawBlock[] {
  const blocks: RawBlock[] = [];
  const main: Tree = { prefix: '', anchor: null, collapsedIds: collapsedPanelIds(doc) };
  const locators: LocatorCache = new Map();
  const frames = new Set<Document>([doc]);
  let parts: string[] = [];
  let runOwner: Element = body;
  let runTree: Tree = main;
  let runHidden = false;

  const locate = (el: Element, tree: Tree) => tree.prefix + locatorOf(el, locators);

  const flush = () => {
    const text = cleanText(parts.join(''));
    parts = [];
    if (!text) return;
    const block: RawBlock = {
      text,
      kind: kindOf(runOwner),
      locator: locate(runOwner, runTree),
      owner: runOwner,
      anchor: runTree.anchor ?? runOwner,
    };
    if (runHidden) block.hidden = true;
    blocks.push(block);
  };

  /** The nodes rendered inside `el`, each with the tree it belongs to. */
  const contentOf = (el: Element, tree: Tree): Array<[Node, Tree]> => {
    const shadow = el.shadowRoot;
    if (shadow) {
      const inner: Tree = {
        prefix: locate(el, tree) + LOCATOR_SEPARATOR,
        anchor: tree.anchor ?? el,
        collapsedIds: collapsedPanelIds(shadow),
        host: el,
        hostTree: tree,
      };
      return Array.from(shadow.childNodes, (n) => [n, inner]);
    }
    if (tagOf(el) === 'slot' && tree.host && tree.hostTree) {
      const name = el.getAttribute('name') ?? '';
      const assigned = Array.from(tree.host.childNodes).filter((n) =>
        n.nodeType === ELEMENT ? ((n as Element).getAttribute('slot') ?? '') === name : name === '' && n.nodeType === TEXT,
      );
      const hostTree = tree.hostTree;
      if (assigned.some((n) => (n.textContent ?? '').trim())) return assigned.map((n) => [n, hostTree]);
    }
    return Array.from(el.childNodes, (n) => [n, tree]);
  };

  const visit = (el: Element, owner: Element, ownerTree: Tree, tree: Tree, hidden: boolean, pre: boolean) => {
    const closedDetails = tagOf(el) === 'details' && !el.hasAttribute('open');
    let firstSummary = true;
    for (const [n, nTree] of contentOf(el, tree)) {
      if (n.nodeType === TEXT) {
        const data = (n as Text).data;
        if (!data) continue;
        if (parts.length === 0) {
          runOwner = owner;
          runTree = ownerTree;
          runHidden = hidden;
        }
        parts.push(pre ? data : data.replace(/\s+/g, ' '));
        continue;
      }
      if (n.nodeType !== ELEMENT) continue;
      const child = n as Element;
      const tag = tagOf(child);
      if (tag === 'br') {
        parts.push('\n');
        continue;
      }
      let childHidden = hidden || hiddenByMarkup(child, nTree.collapsedIds);
      const frame = tag === 'iframe' ? frameDocumentOf(child) : null;
      if (frame?.body && !frames.has(frame)) {
        frames.add(frame);
        if (!childHidden && opts.isRendered && !opts.isRendered(child)) childHidden = true;
        const inner: Tree = {
          prefix: locate(child, nTree) + LOCATOR_SEPARATOR,
          anchor: nTree.anchor ?? child,
          collapsedIds: collapsedPanelIds(frame),
        };
        flush();
        visit(frame.body, frame.body, inner, inner, childHidden, false);
        flush();
        continue;
      }
      if (isChrome(child)) continue;
      if (closedDetails) {
        const isSummary = tag === 'summary' && firstSummary;
        if (tag === 'summary') firstSummary = false;
        if (!isSummary) childHidden = true;
      }
      const childPre = pre || tag === 'pre';
      if (isBlock(child)) {
        if (!childHidden && opts.isRendered && !opts.isRendered(child)) childHidden = true;
        flush();
        visit(child, child, nTree, nTree, childHidden, childPre);
        flush();
      } else if (childHidden && !hidden) {
        // Hidden inline bits (icons, screen-reader duplicates) are not page text.
        continue;
      } else {
        // Inline: its text continues the current block, owned by the block element it is in.
        visit(child, owner, ownerTree, nTree, childHidden, childPre);
      }
    }
  };

  visit(body, body, main, main, false, false);
  flush();
  return blocks;
}

/** Collapse whitespace as a browser renders it; keep <br> line breaks; drop zero-width characters. */
function cleanText(s: string): string {
  return s
    .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, '')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

// --- choosing the main content root ------------------------------------------------------------

function textLength(blocks: RawBlock[], root: Element): number {
  let n = 0;
  for (const b of blocks) if (root.contains(b.owner)) n += b.text.length;
  return n;
}

/**
 * The element whose blocks are the page's main text: a <main>/<article> landmark holding most of the
 * text; else the part of the page Readability picks, when it holds most of the text; else <body>
 * (page chrome is already left out by the walk).
 */
function chooseRoot(doc: Document, body: Element, blocks: RawBlock[]): Element {
  const total = textLength(blocks, body);
  if (total === 0) return body;
  for (const sel of MAIN_SELECTORS) {
    const found = Array.from(doc.querySelectorAll(sel));
    if (found.length !== 1) continue;
    const el = found[0]!;
    if (textLength(blocks, el) >= 0.5 * total) return el;
  }
  const picked = readabilityRoot(doc, blocks);
  if (picked && picked !== body && textLength(blocks, picked) >= 0.6 * total) return picked;
  return body;
}

/** Runs Readability on a clone and maps its paragraphs back to the live DOM: their common ancestor. */
function readabilityRoot(doc: Document, blocks: RawBlock[]): Element | null {
  let article: Element | null = null;
  try {
    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability<Node>(clone, { serializer: (n) => n }).parse();
    const content = parsed?.content;
    article = content && content.nodeType === ELEMENT ? (content as Element) : null;
  } catch {
    return null;
  }
  if (!article) return null;
  const texts = new Set<string>();
  for (const p of Array.from(article.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, pre, blockquote'))) {
    const t = cleanText((p.textContent ?? '').replace(/\s+/g, ' '));
    if (t.length >= 20) texts.add(t);
  }
  const owners = blocks.filter((b) => texts.has(b.text)).map((b) => b.owner);
  if (owners.length < 3) return null;
  return commonAncestor(owners);
}

function commonAncestor(els: Element[]): Element | null {
  let anc: Element | null = els[0] ?? null;
  for (const el of els.slice(1)) {
    while (anc && !anc.contains(el)) anc = anc.parentElement;
    if (!anc) return null;
  }
  return anc;
}
