import { allRoots, resolveLocator } from './extract/dom';
import { CELL_SEPARATOR } from './extract/dom-rules';

/**
 * Finding a quote again in a page and showing it: open the collapsed section it is in, wrap it in
 * <mark>. Works on the `doc` it is given (live page or linkedom); the content script adds what only
 * a live page has (visibility, scrolling). Never writes HTML: only text nodes and attributes.
 */

export const MARK_ATTR = 'data-vps-highlight';
export const BLOCK_ATTR = 'data-vps-highlight-block';

export interface HighlightEnv {
  /** Live page only: is the element rendered (e.g. `checkVisibility()`). */
  isRendered?: (el: Element) => boolean;
  /** Live page only: make an element that CSS hides visible; true when it changed something. */
  forceVisible?: (el: Element) => boolean;
}

export interface HighlightResult {
  found: 'quote' | 'element' | 'none';
  opened: number;
  /** The <mark>s (or the block element) now highlighted; first one is the one to scroll to. */
  targets: Element[];
}

interface Segment {
  node: Text;
  start: number;
  end: number;
}

const TEXT = 3;
const ELEMENT = 1;
const NO_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template']);
const WS = /\s/;

export function highlightQuote(
  doc: Document,
  target: { quote: string; locator?: string },
  env: HighlightEnv = {},
): HighlightResult {
  clearHighlight(doc);
  const el = resolveLocator(doc, target.locator);
  const body = doc.body ?? doc.documentElement;
  const segments = (el && (findQuote(el, target.quote) || findCells(el, target.quote))) || (body && findQuote(body, target.quote));
  if (segments && segments.length) {
    const marks = segments.map((s) => wrapSegment(s.node.ownerDocument ?? doc, s));
    const opened = reveal(doc, marks[0]!, env);
    return { found: 'quote', opened, targets: marks };
  }
  if (el) {
    el.setAttribute(BLOCK_ATTR, '');
    setStyle(el, 'outline', '3px solid #f08c00');
    const opened = reveal(doc, el, env);
    return { found: 'element', opened, targets: [el] };
  }
  return { found: 'none', opened: 0, targets: [] };
}

/**
 * A table row is read as one block, its cells joined by CELL_SEPARATOR; in the page each cell is
 * its own text. Inside the row's element, every cell's text is found and marked.
 */
function findCells(row: Element, quote: string): Segment[] | null {
  if (!quote.includes(CELL_SEPARATOR)) return null;
  const out: Segment[] = [];
  for (const cell of quote.split(CELL_SEPARATOR)) {
    if (!cell.trim()) continue;
    const found = findQuote(row, cell.trim());
    if (!found) return null;
    out.push(...found);
  }
  return out.length ? out : null;
}

/** Removes marks left by a previous highlight and restores the text nodes. */
export function clearHighlight(doc: Document): void {
  // Marks may be inside shadow roots or same-origin iframes (quotes found through their locators).
  for (const root of allRoots(doc)) {
    for (const m of Array.from(root.querySelectorAll(`mark[${MARK_ATTR}]`))) {
      const parent = m.parentNode;
      if (!parent) continue;
      parent.replaceChild((m.ownerDocument ?? doc).createTextNode(m.textContent ?? ''), m);
      if (typeof (parent as Element).normalize === 'function') (parent as Element).normalize();
    }
    for (const b of Array.from(root.querySelectorAll(`[${BLOCK_ATTR}]`))) {
      b.removeAttribute(BLOCK_ATTR);
      (b as HTMLElement).style?.removeProperty?.('outline');
    }
  }
}

/**
 * Where `quote` lies under `root`, ignoring whitespace (the page text collapsed it, and <br> became
 * a line break): one segment per text node it spans. Null when it is not there.
 */
export function findQuote(root: Element, quote: string): Segment[] | null {
  const needle = quote.replace(/\s+/g, '');
  if (!needle) return null;
  const nodes: Text[] = [];
  collectTextNodes(root, nodes);
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  nodes.forEach((n, ni) => {
    const d = n.data;
    for (let i = 0; i < d.length; i++) {
      const c = d[i]!;
      if (WS.test(c)) continue;
      chars.push(c);
      nodeOf.push(ni);
      offsetOf.push(i);
    }
  });
  const at = chars.join('').indexOf(needle);
  if (at < 0) return null;
  const last = at + needle.length - 1;
  const firstNode = nodeOf[at]!;
  const lastNode = nodeOf[last]!;
  const segments: Segment[] = [];
  for (let ni = firstNode; ni <= lastNode; ni++) {
    const node = nodes[ni]!;
    const start = ni === firstNode ? offsetOf[at]! : 0;
    const end = ni === lastNode ? offsetOf[last]! + 1 : node.data.length;
    if (node.data.slice(start, end).trim()) segments.push({ node, start, end });
  }
  return segments;
}

/** The text nodes under `el` in document order, outside scripts and styles (no recursion: pages nest deep). */
function collectTextNodes(el: Element, out: Text[]): void {
  let n: Node | null = el.firstChild;
  while (n) {
    if (n.nodeType === TEXT) out.push(n as Text);
    else if (n.nodeType === ELEMENT && n.firstChild && !NO_TEXT_TAGS.has((n as Element).tagName.toLowerCase())) {
      n = n.firstChild;
      continue;
    }
    // Next in document order: the next sibling, or the next sibling of the nearest ancestor below `el` that has one.
    while (n && n !== el && !n.nextSibling) n = n.parentNode;
    n = n && n !== el ? n.nextSibling : null;
  }
}

function wrapSegment(doc: Document, s: Segment): Element {
  const { node, start, end } = s;
  const parent = node.parentNode!;
  const data = node.data;
  const mark = doc.createElement('mark');
  mark.setAttribute(MARK_ATTR, '');
  mark.textContent = data.slice(start, end);
  setStyle(mark, 'background-color', '#ffd43b');
  setStyle(mark, 'color', '#111');
  setStyle(mark, 'box-shadow', '0 0 0 2px #f08c00');
  setStyle(mark, 'border-radius', '2px');
  const after = data.slice(end);
  node.data = data.slice(0, start);
  parent.insertBefore(mark, node.nextSibling);
  if (after) parent.insertBefore(doc.createTextNode(after), mark.nextSibling);
  if (!node.data) parent.removeChild(node);
  return mark;
}

function setStyle(el: Element, prop: string, value: string): void {
  (el as HTMLElement).style?.setProperty?.(prop, value, 'important');
}

/**
 * Opens every collapsed container of `el`: <details>, aria-expanded accordions (by clicking their
 * button, so the site's own script runs), tab panels, `hidden`, and — on a live page — anything CSS
 * still hides. Returns how many containers it opened.
 */
export function reveal(doc: Document, el: Element, env: HighlightEnv = {}): number {
  const chain: Element[] = [];
  for (let cur: Element | null = el; cur && cur !== doc.body && cur !== doc.documentElement; cur = parentAcrossShadow(cur)) {
    chain.push(cur);
  }
  chain.reverse(); // outermost first: an inner section cannot show inside a closed outer one
  let opened = 0;
  for (const node of chain) if (openStructurally(rootOf(node, doc), node)) opened++;
  if (env.isRendered && env.forceVisible) {
    for (const node of chain) {
      if (!env.isRendered(node) && env.forceVisible(node)) opened++;
    }
  }
  return opened;
}

/** The parent element, or the shadow host when `el` is at the top of a shadow root. */
function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const p = el.parentNode as (Node & { host?: Element }) | null;
  return p && p.nodeType === 11 && p.host ? p.host : null;
}

/** The document or shadow root `el` lies in (where its tabs and accordion buttons are). */
function rootOf(el: Element, doc: Document): ParentNode {
  let top: Node = el;
  while (top.parentNode) top = top.parentNode;
  return top.nodeType === 11 || top.nodeType === 9 ? (top as unknown as ParentNode) : doc;
}

function openStructurally(doc: ParentNode, el: Element): boolean {
  let changed = false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'details' && !el.hasAttribute('open')) {
    el.setAttribute('open', '');
    changed = true;
  }
  const id = el.getAttribute('id');
  if (id) {
    for (const c of controllersOf(doc, id)) {
      const collapsed = c.getAttribute('aria-expanded') === 'false';
      const unselected = c.getAttribute('aria-selected') === 'false';
      if (!collapsed && !unselected) continue;
      if (typeof (c as HTMLElement).click === 'function') (c as HTMLElement).click();
      // No script on the page reacted: record the state ourselves.
      if (collapsed && c.getAttribute('aria-expanded') === 'false') c.setAttribute('aria-expanded', 'true');
      if (unselected && c.getAttribute('aria-selected') === 'false') c.setAttribute('aria-selected', 'true');
      changed = true;
    }
  }
  if (el.hasAttribute('hidden')) {
    el.removeAttribute('hidden');
    changed = true;
  }
  if (el.getAttribute('aria-hidden') === 'true') {
    el.setAttribute('aria-hidden', 'false');
    changed = true;
  }
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  if (style.includes('display:none')) {
    (el as HTMLElement).style?.removeProperty?.('display');
    if ((el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '').includes('display:none')) {
      el.setAttribute('style', (el.getAttribute('style') ?? '').replace(/display\s*:\s*none\s*;?/gi, ''));
    }
    changed = true;
  }
  const classes = (el.getAttribute('class') ?? '').split(/\s+/);
  if (classes.includes('collapse') && !classes.includes('show')) {
    el.classList.add('show');
    changed = true;
  }
  if (classes.includes('tab-pane') && !classes.includes('active')) {
    el.classList.add('active', 'show');
    changed = true;
  }
  if (el.getAttribute('role') === 'tabpanel') {
    for (const tabId of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
      const tab = tabId ? doc.querySelector(`[id="${tabId.replace(/["\\]/g, '')}"]`) : null;
      if (!tab || tab.getAttribute('aria-selected') !== 'false') continue;
      if (typeof (tab as HTMLElement).click === 'function') (tab as HTMLElement).click();
      if (tab.getAttribute('aria-selected') === 'false') tab.setAttribute('aria-selected', 'true');
      changed = true;
    }
  }
  return changed;
}

function controllersOf(doc: ParentNode, id: string): Element[] {
  return Array.from(doc.querySelectorAll('[aria-controls]')).filter((c) =>
    (c.getAttribute('aria-controls') ?? '').split(/\s+/).includes(id),
  );
}
