import type { ClaimExtractor } from './context';
import { unknownClaim } from '../types';

/** STUB — decides `encryption_in_transit` (SPEC §1). */
export const encryptionInTransit: ClaimExtractor<'encryption_in_transit'> = (_ctx) => unknownClaim<'encryption_in_transit'>();
