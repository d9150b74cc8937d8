import type { Catalog } from './en';
import { scorecardNo } from './scorecard/no';
import { dashboardNo } from './dashboard/no';
import { relatedNo } from './related/no';

export const no: Catalog = {
  ...scorecardNo,
  ...dashboardNo,
  ...relatedNo,
  'app.name': 'Vendor Privacy Scorecard',
  'common.loading': 'Leser siden…',
  'common.retry': 'Prøv igjen',
};
