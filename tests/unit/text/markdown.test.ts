import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../lib/extract/markdown';
import type { PageText } from '../../../lib/types';
import { labelledPages, squash } from './fixtures';

const joined = (page: PageText) => page.blocks.map((b) => b.text).join('\n\n');
const mdPages = labelledPages().filter((p) => p.file.endsWith('.md'));

describe('readMarkdown on the labelled Markdown fixtures', () => {
  it('covers the two Safespring seeds and the Sentry page', () => {
    expect(mdPages.map((p) => p.id).sort()).toEqual(['en-sentry-data-storage-location', 'no-safespring-gdpr', 'sv-safespring-datacenter-faq']);
  });

  it.each(mdPages.map((p) => [p.id, p] as const))('%s: every evidence quote is in the page text', (_id, p) => {
    const page = readMarkdown(readFileSync(p.path, 'utf8'), p.path);
    expect(page.kind).toBe('md');
    const text = squash(joined(page));
    expect(p.quotes.filter((q) => !text.includes(squash(q)))).toEqual([]);
  });

  it.each(mdPages.map((p) => [p.id, p] as const))('%s: no Markdown, shortcode or HTML syntax left', (_id, p) => {
    const page = readMarkdown(readFileSync(p.path, 'utf8'), p.path);
    for (const b of page.blocks) {
      expect(b.text).not.toMatch(/\*\*|\]\(|\{\{|\}\}|<\/?[A-Za-z][^>]*>|<!--|^#+ |^---$|\uE000/m);
      expect(b.text).toBe(b.text.trim());
      expect(b.text).not.toBe('');
    }
  });

  it('reads the Norwegian seed: front matter, shortcode attributes, headings and lists', () => {
    const p = mdPages.find((x) => x.id === 'no-safespring-gdpr')!;
    const page = readMarkdown(readFileSync(p.path, 'utf8'), 'https://www.safespring.com/no/gdpr/');
    expect(page.title).toBe('Safespring: Omfattende GDPR-beskyttelse utover tredjelandsoverføring');
    expect(page.declaredLang).toBe('No');
    expect(page.url).toBe('https://www.safespring.com/no/gdpr/');
    expect(page.blocks[0]).toEqual({ text: page.title, kind: 'heading' });
    expect(page.blocks[1]!.kind).toBe('summary');
    expect(page.blocks[1]!.text).toMatch(/^Her gir vi en grundig oversikt/);
    const headings = page.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toContain('Datakryptering'); // accordion title=
    expect(headings).toContain('Safesprings anbefaling til våre kunder'); // ####
    expect(page.blocks).toContainEqual({ text: 'integritet (A5.1.f),', kind: 'list-item' });
    expect(page.blocks).toContainEqual({ text: 'Schrems II White Paper', kind: 'summary' }); // icon-block text=
    // The accordion title comes before its content.
    const i = page.blocks.findIndex((b) => b.text === 'Datakryptering');
    expect(page.blocks[i + 1]!.text).toMatch(/^Safespring implementerer "encryption at rest"/);
    // Link text stays, the URL goes.
    expect(joined(page)).toContain('vi har tidligere utviklet anbefalinger for organisasjoner som fortsatt sliter');
  });

  it('reads FAQ question attributes as headings in the Swedish seed', () => {
    const p = mdPages.find((x) => x.id === 'sv-safespring-datacenter-faq')!;
    const page = readMarkdown(readFileSync(p.path, 'utf8'));
    const i = page.blocks.findIndex((b) => b.text === 'Erbjuder ni PUB-avtal eller DPA?');
    expect(page.blocks[i]!.kind).toBe('heading');
    expect(page.blocks[i + 1]).toEqual({
      text: 'Ja, vi erbjuder PUB-avtal eller DPA. För att få en kopia av dokumentet, vänligen kontakta oss och fråga efter "General terms and conditions".',
      kind: 'paragraph',
    });
  });

  it('reads the Sentry MDX page: tables as rows, Alert content and title', () => {
    const p = mdPages.find((x) => x.id === 'en-sentry-data-storage-location')!;
    const page = readMarkdown(readFileSync(p.path, 'utf8'));
    expect(page.title).toBe('Data Storage Location (US or EU)');
    expect(page.blocks[1]).toEqual({ text: 'Choose where to store your data in the US or the EU.', kind: 'summary' });
    expect(page.blocks).toContainEqual({ text: 'European Union (EU) | EU | Frankfurt, Germany', kind: 'cell' });
    expect(page.blocks).toContainEqual({ text: 'Data Storage Location | Region | Physical Location', kind: 'cell' });
    expect(page.blocks).toContainEqual({ text: 'Uptime Monitoring', kind: 'heading' });
    expect(page.blocks.some((b) => b.text.startsWith('For uptime monitoring to work effectively'))).toBe(true);
    expect(page.blocks).toContainEqual({
      text: 'User accounts, notification settings, and 2FA authenticators (User accounts are shared by many organizations.)',
      kind: 'list-item',
    });
    expect(page.blocks).toContainEqual({ text: 'For data stored in the US, your API domain should be sentry.io.', kind: 'paragraph' });
  });
});

describe('readMarkdown on small inputs', () => {
  it('drops comments, images, MDX imports and keeps inline text', () => {
    const page = readMarkdown(
      [
        "import { Alert } from '@/components';",
        '',
        '<!-- hidden\nnote -->',
        '# Säkerhet {#sakerhet}',
        '',
        'Vi **krypterar** _all_ data med `AES-256` &amp; TLS ![logo](x.png) enligt [policyn](https://x.se).',
        'Andra raden.<br>Ny rad.',
        '',
        '1. första',
        '2. andra',
        '   - nästlad',
        '',
        '```',
        'GET /api',
        '```',
      ].join('\n'),
    );
    expect(page.title).toBe('Säkerhet');
    expect(page.blocks).toEqual([
      { text: 'Säkerhet', kind: 'heading' },
      { text: 'Vi krypterar all data med AES-256 & TLS enligt policyn. Andra raden.\nNy rad.', kind: 'paragraph' },
      { text: 'första', kind: 'list-item' },
      { text: 'andra', kind: 'list-item' },
      { text: 'nästlad', kind: 'list-item' },
      { text: 'GET /api', kind: 'other' },
    ]);
  });

  it('turns inline shortcodes into their text and drops closing tags', () => {
    const page = readMarkdown('Se {{< link text="vår DPA" >}} här.\n\n{{% faq question="Var lagras data?" answer="I Sverige." %}}\nInnehåll.\n{{% /faq %}}');
    expect(page.blocks).toEqual([
      { text: 'Se vår DPA här.', kind: 'paragraph' },
      { text: 'Var lagras data?', kind: 'heading' },
      { text: 'I Sverige.', kind: 'summary' },
      { text: 'Innehåll.', kind: 'paragraph' },
    ]);
  });

  it('reads TOML front matter and language', () => {
    const page = readMarkdown('+++\ntitle = "Tietoturva"\ndescription = "Palvelimet ovat Suomessa."\nlanguage = "fi"\n+++\n\nTeksti.');
    expect(page.title).toBe('Tietoturva');
    expect(page.declaredLang).toBe('fi');
    expect(page.blocks.map((b) => b.text)).toEqual(['Tietoturva', 'Palvelimet ovat Suomessa.', 'Teksti.']);
  });

  it('survives broken front matter and unclosed constructs', () => {
    expect(readMarkdown('---\ntitle: [unclosed\n---\nText.').blocks.map((b) => b.text)).toEqual(['Text.']);
    expect(readMarkdown('{{< open title="x"').blocks.length).toBeGreaterThanOrEqual(0);
    expect(readMarkdown('<!-- never closed\ntext').blocks).toEqual([]);
    expect(readMarkdown('').blocks).toEqual([]);
  });
});
