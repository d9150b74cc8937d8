/**
 * Waiting until a single-page app has rendered: the DOM must stay quiet (no mutations) for
 * `quietMs`, and — when the caller can tell — show some content; never longer than `maxMs`, so a
 * page that keeps changing (tickers, carousels) still gets read. No browser globals: the caller
 * passes how to observe mutations (the content script wraps a MutationObserver).
 */
export interface SettleOptions {
  /** Start watching; call `onChange` on every DOM change; return a function that stops watching. */
  observe: (onChange: () => void) => () => void;
  /** True once the page shows its content (e.g. main text present); default: always true. */
  hasContent?: () => boolean;
  quietMs?: number;
  maxMs?: number;
}

export type SettleOutcome = 'settled' | 'timeout';

export const SETTLE_QUIET_MS = 300;
export const SETTLE_MAX_MS = 3000;

export function waitForSettle(opts: SettleOptions): Promise<SettleOutcome> {
  const quietMs = opts.quietMs ?? SETTLE_QUIET_MS;
  const maxMs = opts.maxMs ?? SETTLE_MAX_MS;
  const hasContent = opts.hasContent ?? (() => true);
  return new Promise((resolve) => {
    let done = false;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let stop: () => void = () => {};
    const finish = (outcome: SettleOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(quiet);
      clearTimeout(cap);
      stop();
      resolve(outcome);
    };
    const arm = () => {
      clearTimeout(quiet);
      // Quiet but still empty (data still loading): look again after another quiet period.
      quiet = setTimeout(() => (safe(hasContent) ? finish('settled') : arm()), quietMs);
    };
    const cap = setTimeout(() => finish('timeout'), maxMs);
    stop = opts.observe(() => {
      if (!done) arm();
    });
    arm();
  });
}

function safe(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return true;
  }
}
