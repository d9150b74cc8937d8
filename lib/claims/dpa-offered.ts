import type { ClaimExtractor } from './context';
import { unknownClaim } from '../types';

/** STUB — decides `dpa_offered` (SPEC §1). */
export const dpaOffered: ClaimExtractor<'dpa_offered'> = (_ctx) => unknownClaim<'dpa_offered'>();
