/**
 * What the DOM reader treats as a block, as inline text, as page chrome (navigation, cookie banners,
 * footers) and as hidden. Data, not code paths, so a new site pattern is one entry here.
 * Only markup is used (no computed styles): the same rules run under linkedom in Node.
 */

/** Elements whose text is never page text. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video',
  'audio', 'img', 'picture', 'input', 'select', 'textarea', 'option', 'datalist', 'head', 'link',
  'meta', 'dialog', 'nav', 'aside', 'footer', 'math', 'map', 'area', 'progress', 'meter',
]);

/** ARIA roles of page chrome. */
export const SKIP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu',
  'menubar', 'toolbar', 'tooltip',
]);

/** Class or id tokens (split on space, '-' and '_') that mark page chrome. */
export const CHROME_NAME_TOKENS = new Set([
  'breadcrumb', 'breadcrumbs', 'navbar', 'skiplink', 'skip', 'sitenav', 'share', 'sharing',
  'social', 'newsletter', 'masthead',
]);

/** Substrings of an id/class that name a consent or cookie banner (checked together with behaviour). */
export const CONSENT_NAME_PARTS = [
  'cookie', 'consent', 'gdpr-banner', 'onetrust', 'cookiebot', 'didomi', 'usercentrics', 'truste',
  'qc-cmp', 'cmp-', '-cmp', 'cmpbox', 'cc-window', 'cc-banner', 'klaro', 'iubenda',
];

/** Elements that start a new block of text. Everything else (and unknown tags) is inline. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'search',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'dt', 'legend', 'caption']);
export const LIST_ITEM_TAGS = new Set(['li']);
export const CELL_TAGS = new Set(['td', 'th']);
export const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
/** Between the cells of a table row read as one block: the same as a Markdown table row. */
export const CELL_SEPARATOR = ' | ';
/**
 * A table row is read as one block (its cells joined) when it has at least two cells, no nested
 * table and at most this much text; otherwise (a layout table holding the page) cells stay blocks.
 */
export const ROW_MAX_CHARS = 2000;

/** Class tokens by which CSS frameworks hide collapsed panels (Bootstrap `collapse` without `show`;
 * Bootstrap's `tab-pane` is hidden until it is `active`. */
export const COLLAPSED_CLASS_TOKENS = new Set(['collapse', 'collapsed-panel', 'is-collapsed', 'd-none', 'is-hidden', 'tab-pane']);
export const EXPANDED_CLASS_TOKENS = new Set(['show', 'in', 'is-open', 'open', 'active', 'expanded']);

/** Landmarks that hold the main content, in order of preference. */
export const MAIN_SELECTORS = ['main', '[role="main"]', 'article'];

/** A landmark is the main content when it holds this share of the page's text. */
export const LANDMARK_SHARE = 0.5;
/** Without a landmark: the smallest element holding this share of the text (and most paragraphs) is. */
export const MAIN_TEXT_SHARE = 0.6;
/** …and at least this many blocks (never one block's own element). */
export const MIN_MAIN_BLOCKS = 3;
/** A paragraph-kind block this long counts as a paragraph of running text (not a link or a label). */
export const PARAGRAPH_MIN_CHARS = 25;
/** A sibling with this much running text of its own is more of the main text, not a box beside it. */
export const SIBLING_PROSE_CHARS = 120;
