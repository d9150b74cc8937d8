import type { TabPage } from '../../lib/tab-read';
import type { PageText } from '../../lib/types';
import { RelatedPages } from '../../components/RelatedPages';
import { relatedActions } from './related-actions';

/** The vendor's other privacy pages linked from this page, with "Analyse all". */
export function RelatedForPage(props: { page: PageText }) {
  const links = (props.page as TabPage).links;
  if (!links?.length) return null;
  return <RelatedPages pageUrl={props.page.url} links={links} actions={relatedActions} />;
}
