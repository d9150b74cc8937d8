import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClaimId } from '../../lib/types';
import { CLAIM_IDS, CLAIM_VALUES } from '../../lib/types';
import type { MergedVendor, VendorRecord } from '../../lib/vendors';
import { t } from '../../lib/i18n';
import { GradeBadge } from '../GradeBadge';
import { ClaimValue } from './ClaimCell';
import { ClaimEvidence, PageLink } from './Evidence';
import { claimName, langName, localReason, valueWord } from './claim-words';
import { dayOf } from './table-logic';

export interface VendorActions {
  setOverride(id: string, claim: ClaimId, value: string, note: string): Promise<boolean>;
  clearOverride(id: string, claim: ClaimId): Promise<boolean>;
  setNotes(id: string, notes: string): Promise<boolean>;
  setName(id: string, name: string): Promise<boolean>;
  deletePage(id: string, url: string): Promise<boolean>;
  deleteVendor(id: string): Promise<boolean>;
}

/** Wait after the last keystroke before notes are saved (they are also saved when the field loses focus). */
export const NOTES_DEBOUNCE_MS = 800;

function NotesField(props: { vendor: MergedVendor; actions: VendorActions }) {
  const { vendor, actions } = props;
  const [draft, setDraft] = useState(vendor.notes);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const saved = useRef(vendor.notes);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // A change that came from elsewhere (another tab, an import) shows when nothing is being typed.
  useEffect(() => {
    if (draft === saved.current && vendor.notes !== saved.current) {
      saved.current = vendor.notes;
      setDraft(vendor.notes);
    }
  }, [vendor.notes]);

  const save = async (text: string) => {
    clearTimeout(timer.current);
    if (text === saved.current) return;
    setState('saving');
    saved.current = text;
    const ok = await actions.setNotes(vendor.id, text);
    setState(ok ? 'saved' : 'failed');
  };
  // Leaving the vendor while a save is pending: save what was typed rather than drop it.
  const latest = useRef(draft);
  latest.current = draft;
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (latest.current !== saved.current) void actions.setNotes(vendor.id, latest.current);
    },
    [],
  );

  return (
    <div class="notes">
      <label for="vendor-notes">{t('dashboard.notes')}</label>
      <textarea
        id="vendor-notes"
        rows={4}
        value={draft}
        onInput={(e) => {
          const text = (e.currentTarget as HTMLTextAreaElement).value;
          setDraft(text);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(text), NOTES_DEBOUNCE_MS);
        }}
        onBlur={(e) => void save((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <span class="notes-state" role="status" data-state={state}>
        {state === 'saving' && t('dashboard.saving')}
        {state === 'saved' && t('dashboard.saved')}
        {state === 'failed' && t('dashboard.notSaved')}
      </span>
    </div>
  );
}

function NameField(props: { vendor: MergedVendor; actions: VendorActions }) {
  const { vendor, actions } = props;
  const [draft, setDraft] = useState(vendor.name);
  useEffect(() => setDraft(vendor.name), [vendor.name]);
  return (
    <label class="field name-field">
      <span>{t('dashboard.vendorName')}</span>
      <input
        type="text"
        value={draft}
        onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        onBlur={() => {
          if (draft.trim() !== vendor.name) void actions.setName(vendor.id, draft);
        }}
      />
    </label>
  );
}

function OverrideForm(props: { id: ClaimId; vendor: MergedVendor; actions: VendorActions; onDone: () => void }) {
  const { id, vendor } = props;
  const claim = vendor.claims[id];
  const [value, setValue] = useState<string>(claim.value);
  const [note, setNote] = useState(claim.override?.note ?? '');
  const [busy, setBusy] = useState(false);
  const selectId = `override-${id}-value`;
  const noteId = `override-${id}-note`;
  return (
    <form
      class="override-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const ok = await props.actions.setOverride(vendor.id, id, value, note.trim());
        setBusy(false);
        if (ok) props.onDone();
      }}
    >
      <label for={selectId}>{t('dashboard.correctValue')}</label>
      <select id={selectId} name="value" value={value} onChange={(e) => setValue((e.currentTarget as HTMLSelectElement).value)}>
        {CLAIM_VALUES[id].map((v) => (
          <option key={v} value={v}>{valueWord(id, v)}</option>
        ))}
      </select>
      <label for={noteId}>{t('dashboard.correctNote')}</label>
      <input id={noteId} name="note" type="text" value={note} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />
      <button type="submit" class="save-override" disabled={busy}>{t('dashboard.saveCorrection')}</button>
      <button type="button" onClick={props.onDone}>{t('dashboard.cancel')}</button>
    </form>
  );
}

function ClaimItem(props: { id: ClaimId; vendor: MergedVendor; actions: VendorActions }) {
  const { id, vendor, actions } = props;
  const claim = vendor.claims[id];
  const status = vendor.score.perClaim[id];
  const [editing, setEditing] = useState(false);
  const headingId = `detail-claim-${id}`;
  return (
    <li class={`detail-claim status-${status.status}`} data-claim={id} data-value={claim.value} data-set-by-user={claim.setByUser ? 'true' : 'false'} aria-labelledby={headingId}>
      <div class="detail-claim-head">
        <h4 id={headingId}>{claimName(id)}</h4>
        <ClaimValue id={id} claim={claim} status={status.status} />
      </div>
      <p class="claim-reason">{localReason(status.reason)}</p>
      <ClaimEvidence id={id} claim={claim} />
      <div class="override-actions">
        {!editing && (
          <button type="button" class="correct" onClick={() => setEditing(true)}>
            {t('dashboard.correct')}{' '}
            <span class="sr-only">– {claimName(id)}</span>
          </button>
        )}
        {claim.setByUser && !editing && (
          <button type="button" class="clear-override" onClick={() => void actions.clearOverride(vendor.id, id)}>
            {t('dashboard.clearCorrection')}{' '}
            <span class="sr-only">– {claimName(id)}</span>
          </button>
        )}
      </div>
      {editing && <OverrideForm id={id} vendor={vendor} actions={actions} onDone={() => setEditing(false)} />}
    </li>
  );
}

function PagesList(props: { record: VendorRecord; actions: VendorActions }) {
  const { record, actions } = props;
  return (
    <table class="pages-table">
      <caption class="sr-only">{t('dashboard.pagesHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.colUrl')}</th>
          <th scope="col">{t('dashboard.colTitle')}</th>
          <th scope="col">{t('dashboard.colAnalysed')}</th>
          <th scope="col">{t('dashboard.colLanguage')}</th>
          <th scope="col"><span class="sr-only">{t('dashboard.colActions')}</span></th>
        </tr>
      </thead>
      <tbody>
        {record.pages.map((p) => (
          <tr key={p.url} data-url={p.url}>
            <td><PageLink url={p.url} /></td>
            <td>{p.title}</td>
            <td>
              {dayOf(p.analyzedAt)}
              {p.lastChange && <span class="page-changed"> · {t('dashboard.pageChanged', { date: dayOf(p.lastChange.detectedAt), count: p.lastChange.claims.length })}</span>}
            </td>
            <td data-lang={p.lang}>{langName(p.lang)}</td>
            <td>
              <button type="button" class="delete-page" onClick={() => void actions.deletePage(record.id, p.url)}>
                {t('dashboard.deletePage')}{' '}
                <span class="sr-only">– {p.url}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DeleteVendor(props: { vendor: MergedVendor; actions: VendorActions }) {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <button type="button" class="delete-vendor danger" onClick={() => setConfirming(true)}>
        {t('dashboard.deleteVendor')}
      </button>
    );
  }
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete-text">
      <p id="confirm-delete-text">{t('dashboard.deleteVendorConfirm', { vendor: props.vendor.name, pages: props.vendor.pageCount })}</p>
      <button type="button" class="confirm-delete danger" onClick={() => void props.actions.deleteVendor(props.vendor.id)}>
        {t('dashboard.deleteVendorYes')}
      </button>
      <button type="button" class="cancel-delete" ref={cancel} onClick={() => setConfirming(false)}>
        {t('dashboard.cancel')}
      </button>
    </div>
  );
}

/** One vendor: its grade, the twelve claims with corrections, its pages, notes, and deletion. */
export function VendorDetail(props: { vendor: MergedVendor; record: VendorRecord; actions: VendorActions }) {
  const { vendor, record, actions } = props;
  return (
    <div class="vendor-detail" data-vendor={vendor.id}>
      <div class="detail-head">
        <GradeBadge score={vendor.score} />
        <div>
          <p class="vendor-id">{vendor.id}</p>
          <p>{t('dashboard.pagesAnalysed', { count: vendor.pageCount })}</p>
        </div>
        <DeleteVendor vendor={vendor} actions={actions} />
      </div>
      <NameField vendor={vendor} actions={actions} />
      <NotesField vendor={vendor} actions={actions} />
      <h3>{t('dashboard.claimsHeading')}</h3>
      <ul class="detail-claims">
        {CLAIM_IDS.map((id) => (
          <ClaimItem key={id} id={id} vendor={vendor} actions={actions} />
        ))}
      </ul>
      <h3>{t('dashboard.pagesHeading')}</h3>
      {record.pages.length ? <PagesList record={record} actions={actions} /> : <p>{t('dashboard.noPages')}</p>}
    </div>
  );
}
