import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';

/** Quotes longer than this are clipped (at a word boundary) behind a "Show more" button. */
export const QUOTE_CLIP = 220;

export function clipQuote(quote: string, max = QUOTE_CLIP): string {
  if (quote.length <= max) return quote;
  const cut = quote.lastIndexOf(' ', max);
  return quote.slice(0, cut > max * 0.6 ? cut : max).trimEnd() + '…';
}

/** An evidence sentence, clipped when long, with a toggle that keeps focus where it was. */
export function QuoteText({ quote }: { quote: string }) {
  const [open, setOpen] = useState(false);
  const long = quote.length > QUOTE_CLIP;
  return (
    <div class="quote-wrap">
      <blockquote class={`quote${long && !open ? ' clipped' : ''}`} data-full={long ? String(open) : undefined}>
        “{long && !open ? clipQuote(quote) : quote}”
      </blockquote>
      {long && (
        <button type="button" class="link-button show-more" aria-expanded={open ? 'true' : 'false'} onClick={() => setOpen(!open)}>
          {open ? t('popup.showLess') : t('popup.showMore')}
        </button>
      )}
    </div>
  );
}
