import type { ClaimExtractor } from './context';
import { unknownClaim } from '../types';

/** STUB — decides `third_country_transfer` (SPEC §1). */
export const thirdCountryTransfer: ClaimExtractor<'third_country_transfer'> = (_ctx) => unknownClaim<'third_country_transfer'>();
