/** Messages between the popup and the content script (and the popup and the background), typed in one place. */

/** Popup → content script: show this quote (from block `block`, found via `locator`) in the page. */
export interface HighlightMessage {
  type: 'highlight';
  quote: string;
  block?: number;
  locator?: string;
}

/** Popup → content script: remove the highlight. */
export interface ClearHighlightMessage {
  type: 'clear-highlight';
}

export type ContentMessage = HighlightMessage | ClearHighlightMessage;

/** Content script → popup: what was shown. `quote`: the sentence; `element`: only its block; `none`: nothing found. */
export interface HighlightReply {
  found: 'quote' | 'element' | 'none';
  /** Collapsed sections (details, accordions, tabs) opened to show it. */
  opened: number;
}

export function isContentMessage(x: unknown): x is ContentMessage {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  if (m.type === 'clear-highlight') return true;
  return (
    m.type === 'highlight' &&
    typeof m.quote === 'string' &&
    (m.locator === undefined || typeof m.locator === 'string') &&
    (m.block === undefined || typeof m.block === 'number')
  );
}

/**
 * Popup → background: run "Analyse all" for these related pages of a vendor (see lib/related/job.ts).
 * Sent just before the site permission is asked for: the background waits for the grant, so the job
 * starts even if the permission prompt closes the popup (Firefox does).
 */
export interface RelatedMessage {
  type: 'related-analyse';
  /** A `JobRequest`, checked by the background (`checkJobRequest`). */
  job: unknown;
}

/** Popup → background: the user refused the permission, forget the job waiting for it. */
export interface RelatedCancelMessage {
  type: 'related-cancel';
  vendor: string;
}

export type BackgroundMessage = RelatedMessage | RelatedCancelMessage;

export function isBackgroundMessage(x: unknown): x is BackgroundMessage {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return (m.type === 'related-analyse' && 'job' in m) || (m.type === 'related-cancel' && typeof m.vendor === 'string');
}
