import type { ClaimExtractor } from './context';
import { unknownClaim } from '../types';

/** STUB — decides `dpf_reliance` (SPEC §1). */
export const dpfReliance: ClaimExtractor<'dpf_reliance'> = (_ctx) => unknownClaim<'dpf_reliance'>();
