import type { Catalog } from './en';
import { scorecardFi } from './scorecard/fi';
import { dashboardFi } from './dashboard/fi';
import { relatedFi } from './related/fi';

export const fi: Catalog = {
  ...scorecardFi,
  ...dashboardFi,
  ...relatedFi,
  'app.name': 'Vendor Privacy Scorecard',
  'common.loading': 'Luetaan sivua…',
  'common.retry': 'Yritä uudelleen',
};
