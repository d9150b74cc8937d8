import { t } from '../../lib/i18n';

export type ExportKind = 'vendors-csv' | 'claims-csv' | 'json';

/** Exports (two CSVs with a delimiter choice, JSON) and the JSON import. */
export function ExportBar(props: {
  delimiter: ',' | ';';
  onDelimiter: (d: ',' | ';') => void;
  onExport: (kind: ExportKind) => void;
  onImport: (file: File) => void;
  disabled: boolean;
}) {
  return (
    <section class="export-bar" aria-labelledby="export-h">
      <h2 id="export-h">{t('dashboard.exportHeading')}</h2>
      <div class="export-row">
        <button type="button" class="export-vendors-csv" disabled={props.disabled} onClick={() => props.onExport('vendors-csv')}>
          {t('dashboard.exportVendorsCsv')}
        </button>
        <button type="button" class="export-claims-csv" disabled={props.disabled} onClick={() => props.onExport('claims-csv')}>
          {t('dashboard.exportClaimsCsv')}
        </button>
        <label class="field field-inline">
          <span>{t('dashboard.delimiter')}</span>
          <select name="delimiter" value={props.delimiter} onChange={(e) => props.onDelimiter((e.currentTarget as HTMLSelectElement).value === ',' ? ',' : ';')}>
            <option value=";">{t('dashboard.delimiterSemicolon')}</option>
            <option value=",">{t('dashboard.delimiterComma')}</option>
          </select>
        </label>
        <button type="button" class="export-json" disabled={props.disabled} onClick={() => props.onExport('json')}>
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
