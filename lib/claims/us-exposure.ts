import type { ClaimExtractor } from './context';
import { unknownClaim } from '../types';

/** STUB — decides `us_exposure` (SPEC §1). */
export const usExposure: ClaimExtractor<'us_exposure'> = (_ctx) => unknownClaim<'us_exposure'>();
