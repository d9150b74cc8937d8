import type { ClaimExtractor } from './context';
import { unknownClaim } from '../types';

/** STUB — decides `certifications` (SPEC §1). */
export const certifications: ClaimExtractor<'certifications'> = (_ctx) => unknownClaim<'certifications'>();
