import { t } from '../../lib/i18n';
import type { ExportScope } from './table-logic';

export type ExportKind = 'vendors-csv' | 'claims-csv' | 'json';

/**
 * Exports (two CSVs with a delimiter choice, JSON) and the JSON import. While the table is filtered
 * or searched, a choice says whether the exports hold the vendors shown or all of them; each button's
 * tooltip says which, with the count.
 */
export function ExportBar(props: {
  delimiter: ',' | ';';
  onDelimiter: (d: ',' | ';') => void;
  onExport: (kind: ExportKind) => void;
  onImport: (file: File) => void;
  disabled: boolean;
  /** Vendors the table shows (after filter and search) and vendors in all. */
  shown: number;
  total: number;
  scope: ExportScope;
  onScope: (s: ExportScope) => void;
}) {
  const narrowed = props.shown < props.total;
  const effective: ExportScope = narrowed ? props.scope : 'all';
  const what = effective === 'shown' ? t('dashboard.exportShown', { count: props.shown }) : t('dashboard.exportAll', { count: props.total });
  const disabled = props.disabled || (effective === 'shown' && props.shown === 0);
  return (
    <section class="export-bar" aria-labelledby="export-h" data-scope={effective}>
      <h2 id="export-h">{t('dashboard.exportHeading')}</h2>
      <div class="export-row">
        {narrowed && (
          <label class="field field-inline">
            <span>{t('dashboard.exportScope')}</span>
            <select name="export-scope" value={props.scope} onChange={(e) => props.onScope((e.currentTarget as HTMLSelectElement).value === 'all' ? 'all' : 'shown')}>
              <option value="shown">{t('dashboard.exportShown', { count: props.shown })}</option>
              <option value="all">{t('dashboard.exportAll', { count: props.total })}</option>
            </select>
          </label>
        )}
        <button type="button" class="export-vendors-csv" title={what} disabled={disabled} onClick={() => props.onExport('vendors-csv')}>
          {t('dashboard.exportVendorsCsv')}
        </button>
        <button type="button" class="export-claims-csv" title={what} disabled={disabled} onClick={() => props.onExport('claims-csv')}>
          {t('dashboard.exportClaimsCsv')}
        </button>
        <label class="field field-inline">
          <span>{t('dashboard.delimiter')}</span>
          <select name="delimiter" value={props.delimiter} onChange={(e) => props.onDelimiter((e.currentTarget as HTMLSelectElement).value === ',' ? ',' : ';')}>
            <option value=";">{t('dashboard.delimiterSemicolon')}</option>
            <option value=",">{t('dashboard.delimiterComma')}</option>
          </select>
        </label>
        <button type="button" class="export-json" title={what} disabled={disabled} onClick={() => props.onExport('json')}>
          {t('dashboard.exportJson')}
        </button>
        <label class="field field-inline import-field">
          <span>{t('dashboard.importJson')}</span>
          <input
            type="file"
            name="import"
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) props.onImport(file);
              input.value = '';
            }}
          />
        </label>
      </div>
    </section>
  );
}
