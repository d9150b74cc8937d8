import { scorecardEn } from './scorecard/en';
import { dashboardEn } from './dashboard/en';
import { relatedEn } from './related/en';

/**
 * English UI messages: the reference catalog. Every other language must have exactly these keys
 * (the type checker and tests/unit/i18n enforce it). `{name}` marks a parameter.
 */
export const en = {
  ...scorecardEn,
  ...dashboardEn,
  ...relatedEn,
  'app.name': 'Vendor Privacy Scorecard',
  'common.loading': 'Reading the page…',
  'common.retry': 'Try again',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
