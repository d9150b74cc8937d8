import type { ClaimExtractor } from './context';
import { unknownClaim } from '../types';

/** STUB — decides `encryption_at_rest` (SPEC §1). */
export const encryptionAtRest: ClaimExtractor<'encryption_at_rest'> = (_ctx) => unknownClaim<'encryption_at_rest'>();
