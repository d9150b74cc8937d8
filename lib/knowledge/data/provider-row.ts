import type { Provider } from '../types';

/** A provider as one line, for long uniform lists. */
export type ProviderRow = [id: string, name: string, aliases: string[], entities: string[], domains: string[], parent: string, parentCountry: string, categories: Provider['categories'], source: string, extra?: Partial<Provider>];

export function fromRow([id, name, aliases, entities, domains, parent, parentCountry, categories, source, extra]: ProviderRow): Provider {
  return { id, name, aliases, entities, domains, parent, parentCountry, categories, source, ...extra };
}

export const WIKIPEDIA = 'https://en.wikipedia.org/wiki/';
