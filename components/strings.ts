import type { ClaimId, ClaimStatus, CLAIM_VALUES } from '../lib/types';
import type { UnreadableReason } from '../lib/page-access';

/**
 * Every user-facing string of the popup, in one place (English for now; an i18n layer can replace
 * this module's values without touching the components).
 */

type ValueWords = { [K in ClaimId]: Record<(typeof CLAIM_VALUES)[K][number], string> };

export const CLAIM_NAMES: Record<ClaimId, string> = {
  data_location: 'Where data is stored',
  third_country_transfer: 'Transfers outside the EU/EEA',
  us_exposure: 'US ownership (CLOUD Act)',
  dpf_reliance: 'EU-US Data Privacy Framework',
  encryption_at_rest: 'Encryption at rest',
  encryption_in_transit: 'Encryption in transit',
  key_control: 'Who holds the keys',
  dpo_contact: 'Data protection officer',
  dpa_offered: 'Data processing agreement',
  subprocessors: 'Sub-processors',
  certifications: 'Certifications',
  breach_notification: 'Breach notification',
};

export const VALUE_WORDS: ValueWords = {
  data_location: { eu_eea: 'In the EU/EEA', non_eu: 'Outside the EU/EEA', mixed: 'Partly outside the EU/EEA', unknown: 'Not stated' },
  third_country_transfer: { none_claimed: 'None, the page says', yes: 'Yes, data leaves the EU/EEA', unknown: 'Not stated' },
  us_exposure: { vendor_us: 'US-owned vendor', us_subprocessor: 'Uses a US-owned provider', eu_owned_stack: 'European-owned stack', unknown: 'Not stated' },
  dpf_reliance: { yes: 'Relies on it', unknown: 'Not stated' },
  encryption_at_rest: { yes: 'Encrypted', no: 'Not encrypted', unknown: 'Not stated' },
  encryption_in_transit: { yes: 'Encrypted', unknown: 'Not stated' },
  key_control: { customer: 'Customer can hold them', vendor: 'The vendor', cloud_provider: 'The cloud provider', unknown: 'Not stated' },
  dpo_contact: { named: 'Named, with contact', exists_no_contact: 'Exists, no contact given', generic_contact_only: 'Only a generic address', unknown: 'Not stated' },
  dpa_offered: { yes: 'Offered', on_request: 'On request', unknown: 'Not stated' },
  subprocessors: { listed: 'Listed', on_request: 'On request', unknown: 'Not stated' },
  certifications: { certified: 'Certified', in_progress: 'In progress', only_subprocessor: 'Only its provider is', unknown: 'Not stated' },
  breach_notification: { yes: 'Commits to notify', unknown: 'Not stated' },
};

/** Icon (decorative; the word carries the meaning) and label per status. */
export const STATUS_ICONS: Record<ClaimStatus, string> = { ok: '✓', caution: '!', risk: '✕', not_stated: '?' };
export const STATUS_LABELS: Record<ClaimStatus, string> = {
  ok: 'good',
  caution: 'caution',
  risk: 'risk',
  not_stated: 'not stated',
};

export const UNREADABLE_MESSAGES: Record<UnreadableReason, { title: string; body: string }> = {
  'browser-page': {
    title: 'This page cannot be read',
    body: 'This is one of the browser’s own pages. Extensions are not allowed to read it. Open a vendor’s privacy, GDPR or security page and try again.',
  },
  'web-store': {
    title: 'This page cannot be read',
    body: 'Browsers do not let extensions read the extension store. Open a vendor’s privacy, GDPR or security page and try again.',
  },
  'view-source': {
    title: 'This page cannot be read',
    body: 'This is a page’s source code view, which extensions cannot read. Open the page itself and try again.',
  },
  'local-file': {
    title: 'This file cannot be read',
    body: 'The extension is not allowed to read files on your computer. To allow it, open the extension’s details in your browser’s extension settings and turn on “Allow access to file URLs”.',
  },
  'not-a-web-page': {
    title: 'This page cannot be read',
    body: 'This is not a web page the extension can read. Open a vendor’s privacy, GDPR or security page and try again.',
  },
};

export const S = {
  appName: 'Vendor Privacy Scorecard',
  loading: 'Reading this page…',
  analysing: 'Checking the twelve claims…',
  emptyTitle: 'Nothing to analyse',
  emptyBody: 'This page has no text to analyse.',
  errorTitle: 'Something went wrong',
  errorBody: 'The page could not be analysed. Reload the page and open the scorecard again.',
  errorDetails: 'Technical details',
  retry: 'Try again',
  grade: 'Grade',
  gradeAria: (grade: string, points: number, answered: number) =>
    `Grade ${grade}, ${points} of 100 points, the page answers ${answered} of 12 questions`,
  points: (n: number) => `${n} points`,
  answers: (n: number) => `answers ${n} of 12`,
  topReasons: 'Why this grade',
  answeredHeading: 'What the page says',
  unknownHeading: 'Not stated on this page',
  unknownIntro: 'The page says nothing we could find about:',
  noneUnknown: 'The page answers every question.',
  noneAnswered: 'The page answers none of the twelve questions. It may not be a privacy, GDPR or security page.',
  evidence: 'Evidence',
  showInPage: 'Show in page',
  showInPageAria: (claim: string) => `Show the sentence about “${claim}” in the page`,
  shown: 'Shown in page',
  shownHidden: 'Shown in page (opened a collapsed section)',
  notFoundInPage: 'This sentence is no longer in the page. Reload the page and open the scorecard again.',
  highlightFailed: 'Could not reach the page. Reload it and open the scorecard again.',
  details: 'Details',
  hiddenNote: 'in a collapsed section',
  vendor: (v: string) => `Vendor: ${v}`,
  privacyNote: 'Read in your browser; nothing was sent anywhere.',
} as const;
