import { parseHTML } from 'linkedom';
import type { PageText } from '../types';
import { readDocument } from './dom';

/**
 * An HTML string as a Document in Node (linkedom). linkedom only builds <html>/<body> properly when the
 * string has an <html> element, so fragments and `<body>…` files are wrapped first.
 */
export function parseHtmlDocument(html: string): Document {
  let source = html;
  if (!/<html[\s>]/i.test(source)) {
    source = /<body[\s>]/i.test(source) ? `<html>${source}</html>` : `<html><head></head><body>${source}</body></html>`;
  }
  return parseHTML(source).document as unknown as Document;
}

/** Reads an HTML string in Node (CLI, tests) with the same DOM reader the content script uses. */
export function readHtml(html: string, url = ''): PageText {
  return readDocument(parseHtmlDocument(html), url);
}
