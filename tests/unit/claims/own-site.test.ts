import { describe, expect, it } from 'vitest';
import { isOwnSitePage } from '../../../lib/claims/mechanisms/own-site';

describe('isOwnSitePage', () => {
  it.each([
    ['https://tripactions.com/de/security', 'tripactions.com', true],
    ['https://www.example.com/privacy', 'example.com', true],
    ['https://dk.godaddy.com/legal/agreements/data-processing-addendum', 'godaddy.com', true],
    ['https://trust.example.com/', 'example.com', true],
    ['https://slack.com/marketplace/A0818G569M5-trueclicks', 'slack.com', false],
    ['https://laskupiste.freshdesk.com/support/solutions/articles/1', 'freshdesk.com', false],
    ['https://github.com/acme/privacy/blob/main/README.md', 'github.com', false],
    ['https://example.com/blog/gdpr-and-aws', 'example.com', false],
    ['not a url', 'example.com', false],
    [undefined, 'example.com', false],
  ] as const)('%s → %s', (url, domain, own) => {
    expect(isOwnSitePage(url, domain)).toBe(own);
  });
});
