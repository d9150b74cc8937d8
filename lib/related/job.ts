import type { ScoreProfile } from '../score';
import { PROFILES, scoreClaims } from '../score';
import { CLAIM_IDS, type Score } from '../types';
import { vendorFromUrl } from '../vendors/identity';
import type { RelatedOutcome, RelatedProblem } from './fetch-page';
import { MAX_RELATED_LINKS } from './find-links';

/**
 * "Analyse all" as a background job: the popup hands over the vendor's related URLs, the background
 * fetches, analyses and files them one after the other, and writes the job's state after each step
 * under one storage key per vendor, so a popup opened later (or still open) shows where it is.
 * The browser pieces are passed in (`JobDeps`), so this runs in Node tests too.
 */

export const JOB_KEY_PREFIX = 'related-job:';

export function jobKey(vendor: string): string {
  return JOB_KEY_PREFIX + vendor;
}

/**
 * Index of the stored jobs: vendor → 'running' or when it finished. Lets the background find
 * unfinished jobs without reading all of storage, and forget finished ones after JOB_KEEP_MS.
 */
export const JOB_INDEX_KEY = 'related-jobs';
/** How long a finished job's result is kept for the popup to show. */
export const JOB_KEEP_MS = 7 * 24 * 3600_000;

type JobIndex = Record<string, string>;

function readIndex(raw: unknown): JobIndex {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export type SaveResult = { status: 'saved' | 'skipped' } | { status: 'failed'; message: string };

export type JobRowState =
  | { state: 'waiting' }
  | { state: 'running' }
  | { state: 'done'; grade: Score['grade']; answered: number; saved: SaveResult }
  | { state: 'failed'; problem: RelatedProblem };

export type JobRow = { url: string } & JobRowState;

export interface RelatedJob {
  vendor: string;
  /** The page whose links these are. */
  pageUrl: string;
  /** For the grades shown in the rows (the vendor records keep claims, not scores). */
  profile: ScoreProfile;
  phase: 'running' | 'finished';
  startedAt: string;
  finishedAt?: string;
  rows: JobRow[];
}

/** What the popup asks the background to do. */
export interface JobRequest {
  vendor: string;
  pageUrl: string;
  urls: string[];
  /** The user's scoring profile; the background reads it from the settings when the popup sends none. */
  profile?: ScoreProfile;
}

export type StartReply = { ok: true } | { ok: false; reason: 'busy' | 'no_access' | 'invalid' | 'storage'; message?: string };

type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

function isWebUrl(u: unknown): u is string {
  if (typeof u !== 'string') return false;
  try {
    const { protocol } = new URL(u);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function isProfile(x: unknown): x is ScoreProfile {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Record<string, unknown>;
  const w = p.weights as Record<string, unknown> | null;
  return (
    typeof p.id === 'string' &&
    typeof p.name === 'string' &&
    (p.usExposure === 'strict' || p.usExposure === 'standard') &&
    typeof w === 'object' && w !== null &&
    CLAIM_IDS.every((id) => typeof w[id] === 'number' && Number.isFinite(w[id]) && (w[id] as number) >= 0)
  );
}

/**
 * Checks a job request from a message. Only the vendor's own web pages are accepted (same registrable
 * domain as the vendor), at most MAX_RELATED_LINKS of them: the background fetches nothing else.
 */
export function checkJobRequest(raw: unknown): Checked<JobRequest> {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'not an object' };
  const r = raw as Record<string, unknown>;
  if (typeof r.vendor !== 'string' || !r.vendor) return { ok: false, error: 'no vendor' };
  if (!isWebUrl(r.pageUrl) || vendorFromUrl(r.pageUrl) !== r.vendor) return { ok: false, error: 'pageUrl is not a page of the vendor' };
  if (!Array.isArray(r.urls) || r.urls.length === 0 || r.urls.length > MAX_RELATED_LINKS) return { ok: false, error: 'urls: 1 to 12 expected' };
  for (const u of r.urls) {
    if (!isWebUrl(u) || vendorFromUrl(u) !== r.vendor) return { ok: false, error: `not a page of ${r.vendor}: ${String(u)}` };
  }
  const value: JobRequest = { vendor: r.vendor, pageUrl: r.pageUrl, urls: [...new Set(r.urls as string[])] };
  if (r.profile !== undefined) {
    if (!isProfile(r.profile)) return { ok: false, error: 'profile: not a scoring profile' };
    const { id, name, usExposure, weights } = r.profile;
    value.profile = { id, name, usExposure, weights: { ...weights } };
  }
  return { ok: true, value };
}

/** A stored job, or undefined when the value is not one (never trusted blindly: it is read back from storage). */
export function readJob(raw: unknown): RelatedJob | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const j = raw as Partial<RelatedJob>;
  if (typeof j.vendor !== 'string' || typeof j.pageUrl !== 'string' || !Array.isArray(j.rows) || !isProfile(j.profile)) return undefined;
  if (j.phase !== 'running' && j.phase !== 'finished') return undefined;
  if (!j.rows.every((row) => typeof row === 'object' && row !== null && typeof row.url === 'string' && typeof row.state === 'string')) return undefined;
  return j as RelatedJob;
}

export interface JobStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface JobDeps {
  storage: JobStorage;
  /** Fetches and analyses one page (never throws for a page's own problems). */
  analyse(url: string): Promise<RelatedOutcome>;
  /** The scoring profile when the request has none (the user's settings). */
  defaultProfile?: () => Promise<ScoreProfile>;
  /** Files an analysed page under its vendor. */
  save(outcome: Extract<RelatedOutcome, { ok: true }>): Promise<SaveResult>;
  now?: () => Date;
  /** Called with the number of running jobs whenever it changes (the background keeps itself awake meanwhile). */
  onActiveChange?: (count: number) => void;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Runs jobs, one at a time per vendor; jobs of different vendors run side by side. */
export class RelatedJobRunner {
  private readonly active = new Map<string, Promise<void>>();
  private readonly ready: Promise<void>;

  constructor(private readonly deps: JobDeps) {
    this.ready = this.resume().catch(() => undefined);
  }

  private nowIso(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }

  /** Starts a job unless one is running for the same vendor. Resolves once the job's first state is stored. */
  async start(req: JobRequest): Promise<StartReply> {
    await this.ready;
    if (this.active.has(req.vendor)) return { ok: false, reason: 'busy' };
    // Claimed before the first await, so two quick requests cannot both start.
    let release!: () => void;
    this.active.set(req.vendor, new Promise<void>((ok) => (release = ok)));
    const profile = req.profile ?? (await this.deps.defaultProfile?.().catch(() => undefined)) ?? PROFILES.standard;
    const job: RelatedJob = {
      vendor: req.vendor,
      pageUrl: req.pageUrl,
      profile,
      phase: 'running',
      startedAt: this.nowIso(),
      rows: req.urls.map((url) => ({ url, state: 'waiting' })),
    };
    try {
      await this.deps.storage.set({ [jobKey(job.vendor)]: job });
      await this.mark(job.vendor, 'running');
    } catch (e) {
      this.active.delete(req.vendor);
      release();
      return { ok: false, reason: 'storage', message: messageOf(e) };
    }
    this.launch(job, release);
    return { ok: true };
  }

  /** Resolves when the vendor's running job (if any) is over. */
  async whenIdle(vendor?: string): Promise<void> {
    await this.ready;
    if (vendor) return this.active.get(vendor);
    await Promise.all([...this.active.values()]);
  }

  isRunning(vendor: string): boolean {
    return this.active.has(vendor);
  }

  /**
   * Jobs stored as running that no one runs (the background was stopped midway: browser closed,
   * worker ended) go on from their first unfinished page.
   */
  private async resume(): Promise<void> {
    const index = readIndex((await this.deps.storage.get([JOB_INDEX_KEY]))[JOB_INDEX_KEY]);
    const running = Object.keys(index).filter((v) => index[v] === 'running');
    if (!running.length) return;
    const stored = await this.deps.storage.get(running.map(jobKey));
    for (const vendor of running) {
      const job = readJob(stored[jobKey(vendor)]);
      if (!job || job.phase !== 'running' || job.vendor !== vendor || this.active.has(vendor)) continue;
      let release!: () => void;
      this.active.set(job.vendor, new Promise<void>((ok) => (release = ok)));
      this.launch(job, release);
    }
  }

  private launch(job: RelatedJob, release: () => void): void {
    this.deps.onActiveChange?.(this.active.size);
    void this.run(job).finally(() => {
      this.active.delete(job.vendor);
      release();
      this.deps.onActiveChange?.(this.active.size);
    });
  }

  /** Index updates run one after another (jobs of several vendors share the index key). */
  private indexQueue: Promise<void> = Promise.resolve();

  /** Records a job as running or finished, and forgets finished jobs older than JOB_KEEP_MS. */
  private mark(vendor: string, state: 'running' | 'finished'): Promise<void> {
    const step = async () => {
      const now = this.deps.now?.() ?? new Date();
      const index = readIndex((await this.deps.storage.get([JOB_INDEX_KEY]))[JOB_INDEX_KEY]);
      index[vendor] = state === 'running' ? 'running' : now.toISOString();
      const stale = Object.keys(index).filter((v) => index[v] !== 'running' && !(now.getTime() - Date.parse(index[v]!) < JOB_KEEP_MS));
      for (const v of stale) delete index[v];
      if (stale.length) await this.deps.storage.remove(stale.map(jobKey));
      await this.deps.storage.set({ [JOB_INDEX_KEY]: index });
    };
    const run = this.indexQueue.then(step);
    this.indexQueue = run.catch(() => undefined);
    return run;
  }

  private async write(job: RelatedJob): Promise<void> {
    try {
      await this.deps.storage.set({ [jobKey(job.vendor)]: job });
    } catch {
      // Progress that cannot be stored is only not shown; the pages are still analysed and filed.
    }
  }

  private async run(job: RelatedJob): Promise<void> {
    for (let i = 0; i < job.rows.length; i++) {
      const row = job.rows[i]!;
      if (row.state === 'done' || row.state === 'failed') continue;
      job.rows[i] = { url: row.url, state: 'running' };
      await this.write(job);
      job.rows[i] = { url: row.url, ...(await this.one(row.url, job.profile)) };
      await this.write(job);
    }
    job.phase = 'finished';
    job.finishedAt = this.nowIso();
    await this.write(job);
    await this.mark(job.vendor, 'finished').catch(() => undefined);
  }

  /** One page: a failure of this page is its row's problem, never the end of the job. */
  private async one(url: string, profile: ScoreProfile): Promise<JobRowState> {
    let outcome: RelatedOutcome;
    try {
      outcome = await this.deps.analyse(url);
    } catch (e) {
      outcome = { ok: false, problem: { code: 'network', detail: messageOf(e) } };
    }
    if (!outcome.ok) return { state: 'failed', problem: outcome.problem };
    let saved: SaveResult;
    try {
      saved = await this.deps.save(outcome);
    } catch (e) {
      saved = { status: 'failed', message: messageOf(e) };
    }
    const score = scoreClaims(outcome.analysis.claims, profile);
    return { state: 'done', grade: score.grade, answered: score.answered, saved };
  }
}
