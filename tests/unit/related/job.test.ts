import { describe, expect, it } from 'vitest';
import { saveAnalysis } from '../../../entrypoints/popup/save-analysis';
import { analyzePage } from '../../../lib/analyze';
import type { RelatedOutcome } from '../../../lib/related/fetch-page';
import { checkJobRequest, JOB_INDEX_KEY, JOB_KEEP_MS, jobKey, readJob, RelatedJobRunner, type JobDeps, type RelatedJob } from '../../../lib/related/job';
import { PROFILES } from '../../../lib/score';
import type { PageText } from '../../../lib/types';
import { MemoryStorage, VendorStore } from '../../../lib/vendors';

const VENDOR = 'vendor.example';
const URLS: string[] = ['https://vendor.example/dpa', 'https://vendor.example/gone', 'https://docs.vendor.example/security'];

function pageAt(url: string): PageText {
  return {
    url, title: 'Security', declaredLang: 'en', kind: 'html',
    blocks: [{ text: `All customer data is stored in data centres in Frankfurt, Germany (${url}).`, kind: 'paragraph' }],
  };
}

function outcomeFor(url: string): RelatedOutcome {
  if (url.endsWith('/gone')) return { ok: false, problem: { code: 'http', status: 404 } };
  const page = pageAt(url);
  return { ok: true, page, analysis: analyzePage(page) };
}

/** A runner over MemoryStorage that saves to the real vendor store and records every stored job state. */
function setup(over: Partial<JobDeps> = {}, storage = new MemoryStorage()) {
  const fetched: string[] = [];
  const states: RelatedJob[] = [];
  const set = storage.set.bind(storage);
  storage.set = async (items) => {
    await set(items);
    const job = readJob(items[jobKey(VENDOR)]);
    if (job) states.push(structuredClone(job));
  };
  const runner = new RelatedJobRunner({
    storage,
    analyse: async (url) => {
      fetched.push(url);
      return outcomeFor(url);
    },
    save: async (o) => {
      const saved = await saveAnalysis(o.analysis, o.page, storage);
      return saved.status === 'failed' ? { status: 'failed', message: saved.message } : { status: saved.status };
    },
    ...over,
  });
  return { runner, storage, fetched, states };
}

const request = (urls = URLS) => ({ vendor: VENDOR, pageUrl: 'https://vendor.example/gdpr', urls, profile: PROFILES.standard });

describe('the "Analyse all" job', () => {
  it('analyses every page, files the good ones under the vendor and reports the failed one', async () => {
    const { runner, storage, fetched, states } = setup();
    expect(await runner.start(request())).toEqual({ ok: true });
    await runner.whenIdle(VENDOR);
    expect(fetched).toEqual(URLS);
    const job = readJob((await storage.get([jobKey(VENDOR)]))[jobKey(VENDOR)])!;
    expect(job.phase).toBe('finished');
    expect(job.rows.map((r) => r.state)).toEqual(['done', 'failed', 'done']);
    expect(job.rows[1]).toMatchObject({ state: 'failed', problem: { code: 'http', status: 404 } });
    expect(job.rows[0]).toMatchObject({ state: 'done', saved: { status: 'saved' }, grade: expect.stringMatching(/^[A-E]$/) });
    const rec = await new VendorStore(storage).get(VENDOR);
    expect(rec?.pages.map((p) => p.url)).toEqual([URLS[0], URLS[2]]);
    expect(rec?.pages[0]?.claims.data_location?.value).toBe('eu_eea');
    // Progress was stored after every step: waiting, then each page running and then finished.
    expect(states.map((s) => s.rows.map((r) => r.state[0]).join(''))).toEqual(['www', 'rww', 'dww', 'drw', 'dfw', 'dfr', 'dfd', 'dfd']);
    expect(states.at(-2)!.phase).toBe('running');
  });

  it('goes on after a page whose analysis throws, and after a save that fails', async () => {
    const { runner, storage } = setup({
      analyse: async (url) => {
        if (url.endsWith('/dpa')) throw new Error('socket hang up');
        return outcomeFor(url);
      },
      save: async () => ({ status: 'failed', message: 'storage is full' }),
    });
    await runner.start(request());
    await runner.whenIdle(VENDOR);
    const job = readJob((await storage.get([jobKey(VENDOR)]))[jobKey(VENDOR)])!;
    expect(job.rows[0]).toMatchObject({ state: 'failed', problem: { code: 'network', detail: 'socket hang up' } });
    expect(job.rows[2]).toMatchObject({ state: 'done', saved: { status: 'failed', message: 'storage is full' } });
    expect(job.phase).toBe('finished');
  });

  it('runs one job per vendor at a time; another vendor is not held up', async () => {
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    const { runner } = setup({
      analyse: async (url) => {
        await gate;
        return outcomeFor(url);
      },
    });
    expect(await runner.start(request())).toEqual({ ok: true });
    expect(await runner.start(request())).toEqual({ ok: false, reason: 'busy' });
    const other = { vendor: 'other.example', pageUrl: 'https://other.example/', urls: ['https://other.example/dpa'], profile: PROFILES.strict };
    expect(await runner.start(other)).toEqual({ ok: true });
    release();
    await runner.whenIdle();
    expect(runner.isRunning(VENDOR)).toBe(false);
    expect(await runner.start(request([URLS[0]!]))).toEqual({ ok: true });
    await runner.whenIdle();
  });

  it('goes on with an unfinished stored job when the background starts again, without fetching a finished page twice', async () => {
    const stored: RelatedJob = {
      vendor: VENDOR, pageUrl: 'https://vendor.example/gdpr', profile: PROFILES.standard, phase: 'running', startedAt: '2025-01-01T00:00:00.000Z',
      rows: [
        { url: URLS[0]!, state: 'done', grade: 'C', answered: 1, saved: { status: 'saved' } },
        { url: URLS[1]!, state: 'running' },
        { url: URLS[2]!, state: 'waiting' },
      ],
    };
    const finishedLongAgo = { ...stored, vendor: 'old.example', phase: 'finished' };
    const storage = new MemoryStorage({
      initial: {
        [jobKey(VENDOR)]: stored,
        [jobKey('old.example')]: finishedLongAgo,
        [JOB_INDEX_KEY]: { [VENDOR]: 'running', 'old.example': new Date(Date.now() - JOB_KEEP_MS - 1000).toISOString() },
      },
    });
    const { runner, fetched } = setup({}, storage);
    await runner.whenIdle();
    expect(fetched).toEqual([URLS[1], URLS[2]]);
    // The index says it is finished now; a finished job past its keeping time is forgotten.
    const index = (await storage.get([JOB_INDEX_KEY]))[JOB_INDEX_KEY] as Record<string, string>;
    expect(Object.keys(index)).toEqual([VENDOR]);
    expect(index[VENDOR]).not.toBe('running');
    expect(await storage.get([jobKey('old.example')])).toEqual({});
    const job = readJob((await storage.get([jobKey(VENDOR)]))[jobKey(VENDOR)])!;
    expect(job.rows.map((r) => r.state)).toEqual(['done', 'failed', 'done']);
    expect(job.phase).toBe('finished');
  });

  it('says so when the job cannot even be stored, and can be started again', async () => {
    const storage = new MemoryStorage({ quotaBytes: 10 });
    const { runner, fetched } = setup({}, storage);
    const reply = await runner.start(request());
    expect(reply).toMatchObject({ ok: false, reason: 'storage', message: expect.stringMatching(/quota/) });
    expect(fetched).toEqual([]);
    expect(runner.isRunning(VENDOR)).toBe(false);
  });

  it('uses the settings profile when the popup sent none', async () => {
    const { runner, storage } = setup({ defaultProfile: async () => PROFILES.strict });
    const { profile: _p, ...noProfile } = request([URLS[0]!]);
    await runner.start(noProfile);
    await runner.whenIdle();
    expect(readJob((await storage.get([jobKey(VENDOR)]))[jobKey(VENDOR)])!.profile.id).toBe(PROFILES.strict.id);
  });
});

describe('checkJobRequest: the background fetches only the vendor’s own pages', () => {
  it('accepts the vendor’s pages (subdomains too), without duplicates', () => {
    const r = checkJobRequest({ ...request([...URLS, URLS[0]!]) });
    expect(r.ok && r.value.urls).toEqual(URLS);
    expect(r.ok && r.value.profile).toEqual(PROFILES.standard);
  });

  it.each([
    ['another site', { urls: ['https://tracker.example/collect'] }],
    ['a look-alike domain', { urls: ['https://vendor.example.evil.com/dpa'] }],
    ['a non-web URL', { urls: ['file:///etc/passwd'] }],
    ['no URL', { urls: [] }],
    ['too many URLs', { urls: Array.from({ length: 13 }, (_, i) => `https://vendor.example/p${i}`) }],
    ['a page of another vendor', { pageUrl: 'https://other.example/gdpr' }],
    ['a malformed profile', { profile: { id: 'x', name: 'x', usExposure: 'standard', weights: {} } }],
    ['no vendor', { vendor: '' }],
  ])('rejects %s', (_what, change) => {
    expect(checkJobRequest({ ...request(), ...change }).ok).toBe(false);
  });

  it('rejects what is not a request at all', () => {
    expect(checkJobRequest(null).ok).toBe(false);
    expect(checkJobRequest('https://vendor.example/dpa').ok).toBe(false);
  });
});
