/**
 * Endings that may follow a provider name without being part of it: genitive -s (sv/no/da/de/en)
 * and Finnish case endings ('Googlen', 'Microsoftin', 'Amazonin', 'Stripeen', 'Hetznerillä').
 * The match stays the bare name.
 */
export const NAME_SUFFIXES: readonly string[] = [
  's', 'n', 'a', 'ä', 'in', 'en', 'ia', 'iä', 'na', 'nä', 'ksi', 'iksi',
  'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle', 'han', 'hin', 'iin', 'seen',
  'issa', 'issä', 'ista', 'istä', 'illa', 'illä', 'ilta', 'iltä', 'ille', 'ineen', 'ina', 'inä',
];

/** German adjective endings, for place terms written 'schwedisch+' (schwedisch, -e, -en, -er, -es, -em). */
export const GERMAN_ADJECTIVE_ENDINGS: readonly string[] = ['', 'e', 'en', 'er', 'es', 'em'];
