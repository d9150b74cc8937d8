import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/text';

const split = (text: string, lang: 'en' | 'fi' | 'no' = 'en') => splitSentences(text, lang).map((s) => s.text);

describe('dotted abbreviations inside names', () => {
  it('does not end a sentence after "EU-U.S." in "EU-U.S. Data Privacy Framework"', () => {
    expect(split('We are certified under the EU-U.S. Data Privacy Framework. Next sentence.')).toEqual([
      'We are certified under the EU-U.S. Data Privacy Framework.',
      'Next sentence.',
    ]);
    expect(split('Pipelyne Inc. er sertifisert under EU-U.S. Data Privacy Framework, og vi baserer overføringen på dette.', 'no')).toHaveLength(1);
    expect(split('Zendesk on sertifioitu (EU-U.S. Data Privacy Framework) mukaisesti. Toinen lause.', 'fi')).toHaveLength(2);
  });

  it('still ends a sentence after an ordinary hyphenated word', () => {
    expect(split('We store data in the EU-area. Next sentence.')).toEqual(['We store data in the EU-area.', 'Next sentence.']);
  });
});
