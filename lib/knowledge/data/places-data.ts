import type { PlaceEntry } from './place-entry';
import { COUNTRY_PLACES } from './places-countries';
import { BLOC_PLACES } from './places-blocs';
import { CITY_PLACES } from './places-cities';
import { CLOUD_REGION_PLACES } from './places-cloud-regions';

export { NOT_A_PLACE } from './places-blocs';

export const PLACE_DATA: PlaceEntry[] = [...BLOC_PLACES, ...COUNTRY_PLACES, ...CITY_PLACES, ...CLOUD_REGION_PLACES];
