import type { Provider } from '../types';
import { CLOUD_PROVIDERS } from './providers-cloud';
import { EUROPEAN_PROVIDERS } from './providers-europe';
import { EMAIL_PROVIDERS, PAYMENT_PROVIDERS } from './providers-email-payment';
import { BUSINESS_PROVIDERS } from './providers-business';
import { ANALYTICS_PROVIDERS, IDENTITY_PROVIDERS, AI_PROVIDERS, WEB_PROVIDERS } from './providers-tech';

/**
 * Every known provider. `parentCountry` is the country of the ultimate parent company. Where a
 * private-equity fund controls the company, the fund manager's country is used when it is the US
 * (the CLOUD Act question this tool asks: Pipedrive → Vista, Contabo → KKR); a European fund
 * owner is only mentioned in `note`. `hqCountry` records an operating company in another country.
 */
export const PROVIDER_DATA: Provider[] = [
  ...CLOUD_PROVIDERS,
  ...EUROPEAN_PROVIDERS,
  ...EMAIL_PROVIDERS,
  ...PAYMENT_PROVIDERS,
  ...BUSINESS_PROVIDERS,
  ...ANALYTICS_PROVIDERS,
  ...IDENTITY_PROVIDERS,
  ...AI_PROVIDERS,
  ...WEB_PROVIDERS,
];
