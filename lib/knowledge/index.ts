export type { Provider, ProviderMatch, Place, PlaceMatch, Zone, ProviderCategory } from './types';
export { findProviders, providerByDomain, providerById, isUsOwned, isUsJurisdiction, isEuropean, PROVIDERS } from './providers';
export { findPlaces, zoneOf, EU_COUNTRIES, EEA_ONLY_COUNTRIES, PLACES } from './places';
