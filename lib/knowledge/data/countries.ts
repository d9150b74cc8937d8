/** ISO 3166-1 alpha-2 codes of the 27 EU member states. */
export const EU_COUNTRIES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];

/** EEA members outside the EU. Switzerland and the United Kingdom are in neither list. */
export const EEA_ONLY_COUNTRIES: readonly string[] = ['IS', 'LI', 'NO'];

/** Every code that appears as a parentCountry/hqCountry/place country, for validation. */
export const KNOWN_COUNTRIES: readonly string[] = [
  ...EU_COUNTRIES, ...EEA_ONLY_COUNTRIES,
  'CH', 'GB', 'US', 'CA', 'IN', 'SG', 'JP', 'AU', 'BR', 'CN', 'IL', 'NZ', 'KR', 'RS', 'MX', 'ZA', 'AE', 'HK', 'TW', 'ID', 'BH', 'QA', 'RU', 'UA', 'TR',
];
