export type { Provider, ProviderMatch, Place, PlaceMatch, Zone } from './types';
export { findProviders, providerByDomain, PROVIDERS } from './providers';
export { findPlaces, PLACES } from './places';
