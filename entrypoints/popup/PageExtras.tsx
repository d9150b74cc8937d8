import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import type { TabPage } from '../../lib/tab-read';
import type { PageText } from '../../lib/types';
import { RelatedPages } from '../../components/RelatedPages';
import { relatedActions } from './related-actions';

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

/** The vendor's other privacy pages linked from this page, with "Analyse all". */
export function RelatedForPage(props: { page: PageText }) {
  const links = (props.page as TabPage).links;
  if (!links?.length) return null;
  return <RelatedPages pageUrl={props.page.url} links={links} actions={relatedActions} />;
}
