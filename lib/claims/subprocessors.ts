import type { ClaimExtractor } from './context';
import { unknownClaim } from '../types';

/** STUB — decides `subprocessors` (SPEC §1). */
export const subprocessors: ClaimExtractor<'subprocessors'> = (_ctx) => unknownClaim<'subprocessors'>();
