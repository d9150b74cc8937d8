/**
 * One cold run, for `npm run bench`: in this fresh process, the first `analyzePage(readHtml(html))`
 * or the first linkedom parse + `Readability.parse` of a seed page, timed after every module is
 * loaded (so module loading and transpiling are not counted; compiling vocabularies and matchers,
 * and V8's first compilation of the code, are). Prints the milliseconds.
 *
 *   tsx scripts/bench-cold.ts <seed id> analysis|readability
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { analyzePage } from '../lib/analyze';
import { readHtml } from '../lib/extract/html';
import { renderSeedSite } from '../tests/fixtures/site/render-seeds';

const [id, side] = process.argv.slice(2);
const page = renderSeedSite().find((p) => p.id === id);
if (!page || (side !== 'analysis' && side !== 'readability')) {
  console.error('usage: tsx scripts/bench-cold.ts <seed id> analysis|readability');
  process.exit(2);
}
const t = performance.now();
if (side === 'analysis') analyzePage(readHtml(page.html, 'https://vendor.example/privacy'));
else new Readability(parseHTML(page.html).document as unknown as Document).parse();
console.log((performance.now() - t).toFixed(2));
