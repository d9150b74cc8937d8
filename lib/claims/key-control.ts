import type { ClaimExtractor } from './context';
import { unknownClaim } from '../types';

/** STUB — decides `key_control` (SPEC §1). */
export const keyControl: ClaimExtractor<'key_control'> = (_ctx) => unknownClaim<'key_control'>();
