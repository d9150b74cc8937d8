import type { ClaimId, ClaimStatus } from '../../lib/types';
import { CLAIM_IDS } from '../../lib/types';
import type { MergedVendor } from '../../lib/vendors';
import { t } from '../../lib/i18n';
import { ClaimValue } from './ClaimCell';
import { claimName, statusLabel } from './claim-words';
import {
  canCompare, dayOf, GRADES, isFiltered, MAX_COMPARE, NO_FILTER, STATUSES,
  type Grade, type Paged, type SortKey, type SortState, type TableFilter,
} from './table-logic';

export function FilterBar(props: { filter: TableFilter; onChange: (f: TableFilter) => void; shown: number; total: number }) {
  const { filter, onChange } = props;
  const set = (patch: Partial<TableFilter>) => onChange({ ...filter, ...patch });
  return (
    <form class="filter-bar" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="field field-search">
        <span>{t('dashboard.search')}</span>
        <input
          type="search"
          name="search"
          value={filter.text}
          placeholder={t('dashboard.searchPlaceholder')}
          onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <label class="field">
        <span>{t('dashboard.filterGrade')}</span>
        <select name="grade" value={filter.grade} onChange={(e) => set({ grade: (e.currentTarget as HTMLSelectElement).value as Grade | '' })}>
          <option value="">{t('dashboard.anyGrade')}</option>
          {GRADES.map((g) => (
            <option key={g} value={g}>{g}</option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('dashboard.filterStatus')}</span>
        <select name="status" value={filter.status} onChange={(e) => set({ status: (e.currentTarget as HTMLSelectElement).value as ClaimStatus | '' })}>
          <option value="">{t('dashboard.anyStatus')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>{statusLabel(s)}</option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('dashboard.filterClaim')}</span>
        <select name="claim" value={filter.claim} onChange={(e) => set({ claim: (e.currentTarget as HTMLSelectElement).value as ClaimId | '' })}>
          <option value="">{t('dashboard.anyClaim')}</option>
          {CLAIM_IDS.map((id) => (
            <option key={id} value={id}>{claimName(id)}</option>
          ))}
        </select>
      </label>
      <button type="button" class="clear-filters" disabled={!isFiltered(filter)} onClick={() => onChange(NO_FILTER)}>
        {t('dashboard.clearFilters')}
      </button>
      <p class="result-count" role="status">
        {t('dashboard.shownOf', { shown: props.shown, total: props.total })}
      </p>
    </form>
  );
}

function SortHeader(props: { col: SortKey; label: string; sort: SortState; onSort: (k: SortKey) => void; class?: string }) {
  const active = props.sort.key === props.col;
  const aria = active ? (props.sort.dir === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" aria-sort={aria} class={props.class} data-col={props.col}>
      <button type="button" class="sort" onClick={() => props.onSort(props.col)}>
        {props.label}
        <span class="sort-arrow" aria-hidden="true">{active ? (props.sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

function VendorRow(props: { v: MergedVendor; selected: boolean; onToggle: (id: string) => void; onOpen: (id: string) => void }) {
  const { v } = props;
  return (
    <tr data-vendor={v.id} class={props.selected ? 'selected' : undefined}>
      <td class="col-select">
        <input
          type="checkbox"
          checked={props.selected}
          aria-label={t('dashboard.selectVendor', { vendor: v.name })}
          onChange={() => props.onToggle(v.id)}
        />
      </td>
      <th scope="row" class="col-vendor">
        <button type="button" class="vendor-link" onClick={() => props.onOpen(v.id)}>
          {v.name}
        </button>
        {v.name !== v.id && <span class="vendor-id">{v.id}</span>}
      </th>
      <td class="col-grade">
        <span class={`grade-chip grade-${v.score.grade}`} data-grade={v.score.grade} title={t('dashboard.points', { points: v.score.points })}>
          {v.score.grade}
        </span>
      </td>
      <td class="col-pages">{v.pageCount}</td>
      <td class="col-last">{dayOf(v.lastAnalyzedAt)}</td>
      {CLAIM_IDS.map((id) => (
        <td key={id} class="col-claim" data-claim={id} data-value={v.claims[id].value}>
          <ClaimValue id={id} claim={v.claims[id]} status={v.score.perClaim[id].status} />
        </td>
      ))}
    </tr>
  );
}

export function VendorTable(props: {
  paged: Paged<MergedVendor>;
  sort: SortState;
  onSort: (k: SortKey) => void;
  selected: readonly string[];
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
  onPage: (page: number) => void;
  onCompare: () => void;
  selectionFull: boolean;
}) {
  const { paged, sort, selected } = props;
  return (
    <>
      <div class="compare-bar">
        <button type="button" class="compare" disabled={!canCompare(selected)} onClick={props.onCompare}>
          {t('dashboard.compareSelected', { count: selected.length })}
        </button>
        <span class="compare-hint" role="status">
          {props.selectionFull ? t('dashboard.compareMax', { max: MAX_COMPARE }) : t('dashboard.compareHint', { max: MAX_COMPARE })}
        </span>
      </div>
      <div class="table-scroll">
        <table class="vendor-table">
          <caption class="sr-only">{t('dashboard.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" class="col-select">
                <span class="sr-only">{t('dashboard.selectColumn')}</span>
              </th>
              <SortHeader col="vendor" label={t('dashboard.colVendor')} sort={sort} onSort={props.onSort} class="col-vendor" />
              <SortHeader col="grade" label={t('dashboard.colGrade')} sort={sort} onSort={props.onSort} />
              <SortHeader col="pages" label={t('dashboard.colPages')} sort={sort} onSort={props.onSort} />
              <SortHeader col="last" label={t('dashboard.colLast')} sort={sort} onSort={props.onSort} />
              {CLAIM_IDS.map((id) => (
                <SortHeader key={id} col={id} label={claimName(id)} sort={sort} onSort={props.onSort} class="col-claim" />
              ))}
            </tr>
          </thead>
          <tbody>
            {paged.items.map((v) => (
              <VendorRow key={v.id} v={v} selected={selected.includes(v.id)} onToggle={props.onToggle} onOpen={props.onOpen} />
            ))}
          </tbody>
        </table>
      </div>
      {paged.pages > 1 && (
        <nav class="pager" aria-label={t('dashboard.pagerLabel')}>
          <button type="button" disabled={paged.page === 0} onClick={() => props.onPage(paged.page - 1)}>
            {t('dashboard.prevPage')}
          </button>
          <span>{t('dashboard.pageInfo', { from: paged.from, to: paged.to, page: paged.page + 1, pages: paged.pages })}</span>
          <button type="button" disabled={paged.page >= paged.pages - 1} onClick={() => props.onPage(paged.page + 1)}>
            {t('dashboard.nextPage')}
          </button>
        </nav>
      )}
    </>
  );
}
