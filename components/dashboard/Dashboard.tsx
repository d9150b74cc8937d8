import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimId, Lang } from '../../lib/types';
import type { ScoreProfile } from '../../lib/score';
import { mergeVendor, VendorStore, type LoadResult, type MergedVendor, type VendorRecord } from '../../lib/vendors';
import { mergedVendorClaimsToCsv, mergedVendorsToCsv } from '../../lib/export/vendors-csv';
import { exportJson, parseImport } from '../../lib/export/json';
import { t } from '../../lib/i18n';
import { bytesInUse, megabytes, storageNearlyFull, type VendorStorage } from '../storage-usage';
import { CompareView } from './CompareView';
import { ExportBar, type ExportKind } from './ExportBar';
import { ProblemList } from './ProblemList';
import { VendorDetail, type VendorActions } from './VendorDetail';
import { FilterBar, VendorTable } from './VendorTable';
import { applyStorageChanges, removeRecord, replaceRecord, type StorageChanges } from './records-logic';
import {
  defaultDelimiter, exportFileName, filterVendors, NO_FILTER, nextSort, pageOf, recordsToExport, sortVendors, toggleSelected,
  vendorsToExport, type ExportScope,
  type SortKey, type SortState, type TableFilter,
} from './table-logic';

export interface DashboardDeps {
  storage: VendorStorage;
  /** Saves a file (the extension: Blob + `<a download>`; tests: a spy). */
  download: (fileName: string, mime: string, content: string) => void;
  profile?: ScoreProfile | string;
  lang: Lang;
  now?: () => Date;
  /** storage.onChanged, so pages saved from the popup show up while the dashboard is open. */
  subscribe?: (listener: (changes: StorageChanges) => void) => () => void;
}

type View = { kind: 'table' } | { kind: 'compare'; ids: string[] } | { kind: 'vendor'; id: string };
type Notice = { kind: 'ok' | 'error'; text: string };

const CSV_MIME = 'text/csv;charset=utf-8';
const JSON_MIME = 'application/json;charset=utf-8';

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function Dashboard({ deps }: { deps: DashboardDeps }) {
  const store = useMemo(() => new VendorStore(deps.storage, deps.now ? { now: deps.now } : {}), [deps.storage, deps.now]);
  const [data, setData] = useState<LoadResult | null>(null);
  const [loadError, setLoadError] = useState('');
  const [view, setView] = useState<View>({ kind: 'table' });
  const [sort, setSort] = useState<SortState>({ key: 'vendor', dir: 'asc' });
  const [filter, setFilter] = useState<TableFilter>(NO_FILTER);
  const [exportScope, setExportScope] = useState<ExportScope>('shown');
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [selectionFull, setSelectionFull] = useState(false);
  const [delimiter, setDelimiter] = useState<',' | ';'>(() => defaultDelimiter(deps.lang));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [bytes, setBytes] = useState<number | undefined>(undefined);
  const viewHeading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    try {
      setData(await store.loadAll());
      setLoadError('');
    } catch (e) {
      setLoadError(messageOf(e));
    }
  }, [store]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (!deps.subscribe) return;
    return deps.subscribe((changes) => setData((d) => (d ? applyStorageChanges(d, changes) : d)));
  }, [deps.subscribe]);

  useEffect(() => {
    void bytesInUse(deps.storage).then(setBytes);
  }, [data, deps.storage]);

  // Merging is the costly step: done once per record object, so an edit re-merges one vendor only.
  const cache = useMemo(() => new WeakMap<VendorRecord, MergedVendor>(), [deps.profile]);
  const merged = useMemo(() => {
    if (!data) return [];
    return data.vendors.map((r) => {
      let m = cache.get(r);
      if (!m) {
        m = mergeVendor(r, deps.profile);
        cache.set(r, m);
      }
      return m;
    });
  }, [data, cache, deps.profile]);
  const sorted = useMemo(() => sortVendors(merged, sort), [merged, sort]);
  const filtered = useMemo(() => filterVendors(sorted, filter), [sorted, filter]);
  const paged = pageOf(filtered, page);

  const go = (next: View) => {
    setView(next);
    setNotice(null);
  };
  useEffect(() => {
    viewHeading.current?.focus();
  }, [view]);

  const put = (rec: VendorRecord) => setData((d) => (d ? { ...d, vendors: replaceRecord(d.vendors, rec) } : d));
  const drop = (id: string) => {
    setData((d) => (d ? { ...d, vendors: removeRecord(d.vendors, id) } : d));
    setSelected((s) => s.filter((x) => x !== id));
  };

  /** Runs a store action; a failure (storage full, unreadable record) becomes a message, never a crash. */
  const attempt = async (fn: () => Promise<void>, ok?: string): Promise<boolean> => {
    try {
      await fn();
      if (ok) setNotice({ kind: 'ok', text: ok });
      return true;
    } catch (e) {
      setNotice({ kind: 'error', text: messageOf(e) });
      return false;
    }
  };

  const actions: VendorActions = {
    setOverride: (id, claim: ClaimId, value, note) => attempt(async () => put(await store.setOverride(id, claim, value, note)), t('dashboard.correctionSaved')),
    clearOverride: (id, claim) => attempt(async () => put(await store.clearOverride(id, claim)), t('dashboard.correctionCleared')),
    setNotes: (id, notes) => attempt(async () => put(await store.setNotes(id, notes))),
    setName: (id, name) => attempt(async () => put(await store.setName(id, name))),
    deletePage: (id, url) =>
      attempt(async () => {
        const rec = await store.deletePage(id, url);
        if (rec) {
          put(rec);
          setNotice({ kind: 'ok', text: t('dashboard.pageDeleted', { url }) });
        } else {
          drop(id);
          go({ kind: 'table' });
          setNotice({ kind: 'ok', text: t('dashboard.lastPageDeleted', { vendor: id }) });
        }
      }),
    deleteVendor: (id) =>
      attempt(async () => {
        await store.delete(id);
        drop(id);
        go({ kind: 'table' });
        setNotice({ kind: 'ok', text: t('dashboard.vendorDeleted', { vendor: id }) });
      }),
  };

  const deleteProblem = (key: string) =>
    void attempt(async () => {
      await deps.storage.remove([key]);
      setData((d) => (d ? { ...d, problems: d.problems.filter((p) => p.key !== key) } : d));
    }, t('dashboard.recordDeleted', { key }));

  const now = () => deps.now?.() ?? new Date();
  const doExport = (kind: ExportKind) =>
    void attempt(async () => {
      if (!data) return;
      const vendors = vendorsToExport(sorted, filter, exportScope);
      if (kind === 'json') deps.download(exportFileName('json', now()), JSON_MIME, exportJson(recordsToExport(data.vendors, vendors), { now }));
      else if (kind === 'vendors-csv') deps.download(exportFileName('vendors', now()), CSV_MIME, mergedVendorsToCsv(vendors, { delimiter }));
      else deps.download(exportFileName('vendor-claims', now()), CSV_MIME, mergedVendorClaimsToCsv(vendors, { delimiter }));
    });

  const doImport = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setNotice({ kind: 'error', text: t('dashboard.importRejected', { error: messageOf(e) }) });
      return;
    }
    const parsed = parseImport(text);
    if (!parsed.ok) {
      setNotice({ kind: 'error', text: t('dashboard.importRejected', { error: parsed.error }) });
      return;
    }
    let s;
    try {
      s = await store.importRecords(parsed.vendors);
      await load();
    } catch (e) {
      setNotice({ kind: 'error', text: messageOf(e) });
      return;
    }
    const summary = t('dashboard.importDone', { added: s.added.length, updated: s.updated.length, unchanged: s.unchanged.length });
    if (s.failed.length) {
      const failed = s.failed.map((f) => `${f.id}: ${f.message}`).join(' ');
      setNotice({ kind: 'error', text: `${summary} ${t('dashboard.importFailed', { count: s.failed.length })} ${failed}` });
    } else {
      setNotice({ kind: 'ok', text: summary });
    }
  };

  const toggle = (id: string) => {
    const r = toggleSelected(selected, id);
    setSelected(r.selected);
    setSelectionFull(r.full);
  };

  const setFilterAndReset = (f: TableFilter) => {
    setFilter(f);
    setPage(0);
  };
  const onSort = (k: SortKey) => {
    setSort((s) => nextSort(s, k));
    setPage(0);
  };

  const header = (
    <header class="dash-head">
      <h1>{t('dashboard.title')}</h1>
      {data && <p class="vendor-count">{t('dashboard.vendorCount', { count: data.vendors.length })}</p>}
      {bytes !== undefined && (
        <p class={storageNearlyFull(bytes) ? 'storage storage-warn' : 'storage'} role={storageNearlyFull(bytes) ? 'note' : undefined}>
          {t('dashboard.storageUsed', { used: megabytes(bytes) })}
          {storageNearlyFull(bytes) && <> {t('dashboard.storageWarning')}</>}
        </p>
      )}
    </header>
  );

  if (loadError) {
    return (
      <>
        {header}
        <section class="status status-error" role="alert">
          <h2>{t('dashboard.loadFailed')}</h2>
          <p>{loadError}</p>
          <button type="button" onClick={() => void load()}>{t('dashboard.retry')}</button>
        </section>
      </>
    );
  }
  if (!data) {
    return (
      <>
        {header}
        <p class="status" role="status" aria-busy="true">{t('dashboard.loading')}</p>
      </>
    );
  }

  let body;
  if (view.kind === 'compare') {
    const vendors = view.ids.map((id) => merged.find((v) => v.id === id)).filter((v): v is MergedVendor => !!v);
    body = (
      <section class="view view-compare" aria-labelledby="view-h">
        <button type="button" class="back" onClick={() => go({ kind: 'table' })}>{t('dashboard.back')}</button>
        <h2 id="view-h" tabIndex={-1} ref={viewHeading}>{t('dashboard.compareHeading', { count: vendors.length })}</h2>
        <CompareView vendors={vendors} onOpen={(id) => go({ kind: 'vendor', id })} />
      </section>
    );
  } else if (view.kind === 'vendor') {
    const vendor = merged.find((v) => v.id === view.id);
    const record = data.vendors.find((r) => r.id === view.id);
    body = (
      <section class="view view-vendor" aria-labelledby="view-h">
        <button type="button" class="back" onClick={() => go({ kind: 'table' })}>{t('dashboard.back')}</button>
        <h2 id="view-h" tabIndex={-1} ref={viewHeading}>{vendor ? vendor.name : view.id}</h2>
        {vendor && record ? <VendorDetail key={vendor.id} vendor={vendor} record={record} actions={actions} /> : <p>{t('dashboard.vendorGone')}</p>}
      </section>
    );
  } else {
    body = (
      <section class="view view-table" aria-labelledby="view-h">
        <h2 id="view-h" tabIndex={-1} ref={viewHeading}>{t('dashboard.vendorsHeading')}</h2>
        {data.vendors.length === 0 ? (
          <p class="empty">{t('dashboard.empty')}</p>
        ) : (
          <>
            <FilterBar filter={filter} onChange={setFilterAndReset} shown={filtered.length} total={merged.length} />
            <VendorTable
              paged={paged}
              sort={sort}
              onSort={onSort}
              selected={selected}
              onToggle={toggle}
              onOpen={(id) => go({ kind: 'vendor', id })}
              onPage={setPage}
              onCompare={() => go({ kind: 'compare', ids: selected })}
              selectionFull={selectionFull}
            />
          </>
        )}
      </section>
    );
  }

  return (
    <>
      {header}
      <p class="notice notice-ok" role="status">{notice?.kind === 'ok' ? notice.text : ''}</p>
      <p class="notice notice-error" role="alert">{notice?.kind === 'error' ? notice.text : ''}</p>
      <ExportBar delimiter={delimiter} onDelimiter={setDelimiter} onExport={doExport} onImport={(f) => void doImport(f)} disabled={!data.vendors.length}
        shown={filtered.length} total={merged.length} scope={exportScope} onScope={setExportScope} />
      <ProblemList problems={data.problems} onDelete={deleteProblem} />
      {body}
    </>
  );
}
