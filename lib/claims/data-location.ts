import type { ClaimExtractor } from './context';
import { unknownClaim } from '../types';

/** STUB — decides `data_location` (SPEC §1). */
export const dataLocation: ClaimExtractor<'data_location'> = (_ctx) => unknownClaim<'data_location'>();
