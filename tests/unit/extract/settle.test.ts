import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitForSettle, type SettleOutcome } from '../../../lib/extract/settle';

/** A fake DOM that mutates when told to, and records whether it is still observed. */
function fakeDom() {
  let listener: (() => void) | null = null;
  return {
    observe: (cb: () => void) => {
      listener = cb;
      return () => {
        listener = null;
      };
    },
    mutate: () => listener?.(),
    get observed() {
      return listener !== null;
    },
  };
}

function track(p: Promise<SettleOutcome>) {
  const state: { outcome?: SettleOutcome } = {};
  void p.then((o) => (state.outcome = o));
  return state;
}

describe('waitForSettle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('answers after 300 ms without changes', async () => {
    const dom = fakeDom();
    const s = track(waitForSettle({ observe: dom.observe }));
    await vi.advanceTimersByTimeAsync(299);
    expect(s.outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(s.outcome).toBe('settled');
    expect(dom.observed).toBe(false);
  });

  it('waits while the page keeps changing, then answers 300 ms after the last change', async () => {
    const dom = fakeDom();
    const s = track(waitForSettle({ observe: dom.observe }));
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(200);
      dom.mutate();
    }
    expect(s.outcome).toBeUndefined(); // 1000 ms in, last change just now
    await vi.advanceTimersByTimeAsync(299);
    expect(s.outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(s.outcome).toBe('settled');
  });

  it('gives up after 3 s on a page that never settles', async () => {
    const dom = fakeDom();
    const s = track(waitForSettle({ observe: dom.observe }));
    const ticker = setInterval(dom.mutate, 100);
    await vi.advanceTimersByTimeAsync(2999);
    expect(s.outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(s.outcome).toBe('timeout');
    expect(dom.observed).toBe(false);
    clearInterval(ticker);
  });

  it('keeps waiting on a quiet but empty page until its content appears (SPA fetching data)', async () => {
    const dom = fakeDom();
    let rendered = false;
    const s = track(waitForSettle({ observe: dom.observe, hasContent: () => rendered }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.outcome).toBeUndefined();
    rendered = true;
    dom.mutate();
    await vi.advanceTimersByTimeAsync(300);
    expect(s.outcome).toBe('settled');
  });

  it('answers "timeout" for a page that stays empty', async () => {
    const dom = fakeDom();
    const s = track(waitForSettle({ observe: dom.observe, hasContent: () => false, maxMs: 1500 }));
    await vi.advanceTimersByTimeAsync(1500);
    expect(s.outcome).toBe('timeout');
  });
});
