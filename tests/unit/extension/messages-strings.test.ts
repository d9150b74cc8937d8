import { describe, expect, it } from 'vitest';
import { isContentMessage } from '../../../lib/messages';
import { CLAIM_IDS, CLAIM_VALUES } from '../../../lib/types';
import { CLAIM_NAMES, UNREADABLE_MESSAGES, VALUE_WORDS } from '../../../components/strings';
import { classifyUrl } from '../../../lib/page-access';

describe('isContentMessage', () => {
  it('accepts well-formed messages and rejects anything else', () => {
    expect(isContentMessage({ type: 'highlight', quote: 'x', locator: 'body > p', block: 2 })).toBe(true);
    expect(isContentMessage({ type: 'highlight', quote: 'x' })).toBe(true);
    expect(isContentMessage({ type: 'clear-highlight' })).toBe(true);
    expect(isContentMessage({ type: 'highlight', quote: 3 })).toBe(false);
    expect(isContentMessage({ type: 'highlight', quote: 'x', locator: 5 })).toBe(false);
    expect(isContentMessage({ type: 'other' })).toBe(false);
    expect(isContentMessage(null)).toBe(false);
    expect(isContentMessage('highlight')).toBe(false);
  });
});

describe('popup strings', () => {
  it('name every claim and word every value', () => {
    for (const id of CLAIM_IDS) {
      expect(CLAIM_NAMES[id], id).toMatch(/\S/);
      for (const v of CLAIM_VALUES[id]) expect((VALUE_WORDS[id] as Record<string, string>)[v], `${id}=${v}`).toMatch(/\S/);
    }
  });

  it('explain every reason a page cannot be read', () => {
    for (const url of ['chrome://version', 'view-source:https://a.se', 'https://chromewebstore.google.com/', 'file:///a', 'data:,x']) {
      const access = classifyUrl(url);
      expect(access.readable).toBe(false);
      if (!access.readable) expect(UNREADABLE_MESSAGES[access.reason].body).toMatch(/\S/);
    }
  });
});
