/**
 * What the popup shows after the scorecard is painted, loaded then (its own chunk): saving the page
 * to the vendor list, and the vendor's related pages with "Analyse all".
 */
export { SaveToVendors } from './SaveToVendors';
export { RelatedForPage } from './PageExtras';
