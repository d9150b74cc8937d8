import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import type { PageText } from '../../lib/types';

/** A PDF's scorecard: the same card, without "Show in page" (there is no page to show it in). */
export function SourceFrame(props: { page: PageText; children: ComponentChildren }) {
  if (props.page.kind !== 'pdf') return <>{props.children}</>;
  return (
    <div class="source-pdf" data-source="pdf">
      <p class="pdf-note">{t('pdf.noShowInPage')}</p>
      {props.children}
    </div>
  );
}
