import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/extract/html';
import { readDocument } from '../../../lib/extract/dom';

const read = (body: string) => readDocument(parseHtmlDocument(`<body>${body}</body>`));
const texts = (body: string) => read(body).blocks.map((b) => b.text);
const hidden = (body: string) => read(body).blocks.filter((b) => b.hidden).map((b) => b.text);

describe('chrome and hidden names are whole tokens of the id and class', () => {
  it('finds a chrome token between spaces, hyphens and underscores, in any case', () => {
    for (const name of ['class="share_buttons"', 'class="post SOCIAL-links"', 'id="Skip"', 'class="a\tnewsletter"']) {
      expect(texts(`<div ${name}><p>Chrome text.</p></div><p>Page text.</p>`)).toEqual(['Page text.']);
    }
  });

  it('does not take a token that only contains a chrome word', () => {
    expect(texts('<div class="shared-notes"><p>Shared notes.</p></div>')).toEqual(['Shared notes.']);
    expect(texts('<div id="skipper"><p>Skipper.</p></div>')).toEqual(['Skipper.']);
  });

  it('marks a collapsed class hidden unless an expanded class opens it', () => {
    expect(hidden('<div class="Collapse"><p>Closed.</p></div><div class="is-collapsed open"><p>Open.</p></div>')).toEqual(['Closed.']);
    expect(hidden('<div class="collapsed"><p>Not a token.</p></div><div class="my-collapse"><p>Nor this.</p></div>')).toEqual([]);
  });
});

describe('whitespace as rendered', () => {
  it('collapses tabs, line breaks, no-break spaces and runs of spaces, and drops zero-width characters', () => {
    expect(texts('<p>\n  Data\u00a0is\t\tstored  in\u200b Sweden.\n</p>')).toEqual(['Data is stored in Sweden.']);
    expect(texts('<p>one <b> two</b>  three</p><p>a\ufeffb</p>')).toEqual(['one two three', 'a b']);
  });
});
