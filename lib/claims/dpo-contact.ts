import type { ClaimExtractor } from './context';
import { unknownClaim } from '../types';

/** STUB — decides `dpo_contact` (SPEC §1). */
export const dpoContact: ClaimExtractor<'dpo_contact'> = (_ctx) => unknownClaim<'dpo_contact'>();
