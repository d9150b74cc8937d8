export type { Provider, ProviderMatch, Place, PlaceMatch, Zone, ProviderCategory } from './types';
export { findProviders, providerByDomain, providerById, isUsOwned, isUsJurisdiction, isEuropean, PROVIDERS } from './providers';
export { wordStarts } from './term-matcher';
export { findPlaces, zoneOf, EU_COUNTRIES, EEA_ONLY_COUNTRIES, PLACES } from './places';
