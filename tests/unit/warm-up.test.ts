import { describe, expect, it } from 'vitest';
import { LANGS } from '../../lib/types';
import { analyzeText } from '../../lib/analyze';
import { warmUp, WARM_UP_SAMPLES } from '../../lib/warm-up';

const now = () => new Date(0);
const page = 'Vi lagrar alla kunddata i Stockholm, Sverige. Data krypteras i vila. Vi använder Amazon Web Services som underbiträde.';

describe('warmUp', () => {
  // First in the file: the analysis before warmUp is this module graph's first.
  it('leaves nothing behind that changes a later analysis', () => {
    const before = analyzeText(page, { lang: 'sv', url: 'https://vendor.example/privacy' }, { now });
    for (const lang of LANGS) warmUp(lang);
    const after = analyzeText(page, { lang: 'sv', url: 'https://vendor.example/privacy' }, { now });
    expect(after).toEqual(before);
    expect(after.claims.data_location.value).toBe('eu_eea');
  });

  it('exercises the claims in every language (most of the twelve are decided on its sample)', () => {
    for (const lang of LANGS) {
      const a = analyzeText(WARM_UP_SAMPLES[lang], { lang, url: 'https://warm-up.invalid/privacy' });
      expect(a.lang).toBe(lang);
      const decided = Object.values(a.claims).filter((c) => c.value !== 'unknown').length;
      expect(decided, lang).toBeGreaterThanOrEqual(6);
    }
  });
});
