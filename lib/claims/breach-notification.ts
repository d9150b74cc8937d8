import type { ClaimExtractor } from './context';
import { unknownClaim } from '../types';

/** STUB — decides `breach_notification` (SPEC §1). */
export const breachNotification: ClaimExtractor<'breach_notification'> = (_ctx) => unknownClaim<'breach_notification'>();
