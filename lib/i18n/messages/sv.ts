import type { Catalog } from './en';
import { scorecardSv } from './scorecard/sv';
import { dashboardSv } from './dashboard/sv';
import { relatedSv } from './related/sv';

export const sv: Catalog = {
  ...scorecardSv,
  ...dashboardSv,
  ...relatedSv,
  'app.name': 'Vendor Privacy Scorecard',
  'common.loading': 'Läser sidan…',
  'common.retry': 'Försök igen',
};
