import type { Catalog } from './en';
import { scorecardDa } from './scorecard/da';
import { dashboardDa } from './dashboard/da';
import { relatedDa } from './related/da';

export const da: Catalog = {
  ...scorecardDa,
  ...dashboardDa,
  ...relatedDa,
  'app.name': 'Vendor Privacy Scorecard',
  'common.loading': 'Læser siden…',
  'common.retry': 'Prøv igen',
};
