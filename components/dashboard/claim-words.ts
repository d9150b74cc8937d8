import type { ClaimStatus } from '../../lib/types';

/** Claim names, value words and status labels come from the UI catalogs, shared with the popup. */
export { claimName, valueWord, statusLabel, langName, localReason } from '../../lib/i18n/scorecard';

/** Decorative status icon (the word next to it carries the meaning). */
const STATUS_ICONS: Record<ClaimStatus, string> = { ok: '✓', caution: '!', risk: '✕', not_stated: '?' };

export function statusIcon(status: ClaimStatus): string {
  return STATUS_ICONS[status];
}
