import type { Catalog } from './en';
import { scorecardDe } from './scorecard/de';
import { dashboardDe } from './dashboard/de';
import { relatedDe } from './related/de';

export const de: Catalog = {
  ...scorecardDe,
  ...dashboardDe,
  ...relatedDe,
  'app.name': 'Vendor Privacy Scorecard',
  'common.loading': 'Seite wird gelesen…',
  'common.retry': 'Erneut versuchen',
};
