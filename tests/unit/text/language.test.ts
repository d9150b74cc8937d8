import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PageLang } from '../../../lib/types';
import { TEXT_PROFILES, type TextLangProfile } from '../../../lib/text/lang';
import { declaredLanguage, detectLanguage, languageScores } from '../../../lib/text/language';
import { labelledPages } from './fixtures';

describe('detectLanguage on every labelled fixture (seeds + real pages)', () => {
  const pages = labelledPages();

  it('finds all 41 fixture pages', () => {
    expect(pages.length).toBe(41);
  });

  it.each(pages.map((p) => [p.id, p] as const))('%s', (_id, page) => {
    const text = readFileSync(page.path, 'utf8');
    expect(detectLanguage(text)).toBe(page.lang);
  });
});

describe('detectLanguage on short texts', () => {
  const cases: Array<[string, string]> = [
    ['en', 'We store all customer data in data centres within the EU.'],
    ['en', 'Data is encrypted at rest and in transit.'],
    ['en', 'Our sub-processors are listed below.'],
    ['sv', 'Vi lagrar all data i Sverige.'],
    ['sv', 'Informationen lagras inom EU och krypteras.'],
    ['sv', 'Vi erbjuder personuppgiftsbiträdesavtal till alla kunder.'],
    ['sv', 'Alla våra servrar finns i Sverige.'],
    ['no', 'Vi lagrer alle data i Norge.'],
    ['no', 'Vi har databehandleravtale med alle våre kunder.'],
    ['no', 'Dataene dine blir ikke overført til tredjeland.'],
    ['no', 'Eg har ikkje lagra noko data utanfor Noreg.'],
    ['no', 'Kva gjer vi for å verne personopplysningane dine?'],
    ['da', 'Vi opbevarer alle data i Danmark.'],
    ['da', 'Dine oplysninger bliver ikke overført til lande uden for EU.'],
    ['da', 'Hvad gør vi for at beskytte dine personoplysninger?'],
    ['da', 'Vores servere står i Danmark og er krypteret.'],
    ['de', 'Wir speichern alle Daten in Deutschland.'],
    ['de', 'Die Daten werden bei der Übertragung verschlüsselt.'],
    ['de', 'Unsere Server stehen in der EU.'],
    ['fi', 'Tallennamme kaikki tiedot Suomessa.'],
    ['fi', 'Palvelimet sijaitsevat Suomessa ja ne ovat suojattuja.'],
    ['fi', 'Tietoja ei siirretä EU:n ulkopuolelle.'],
    ['nl', 'Wij slaan alle gegevens op in Nederland.'],
    ['nl', 'Uw persoonsgegevens worden niet gedeeld met derden.'],
    ['fr', 'Nous stockons toutes les données en France.'],
    ['fr', 'Vos données personnelles ne sont pas partagées.'],
  ];
  it.each(cases)('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('is und for empty or near-empty text', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('   \n\n ')).toBe('und');
    expect(detectLanguage('12 345 — 2024-01-01')).toBe('und');
    expect(detectLanguage('AWS')).toBe('und');
  });

  it('keeps a Swedish page Swedish when it quotes a long English passage', () => {
    const sv = 'Vi lagrar all information inom EU och vi delar aldrig personuppgifter med tredje part. ';
    const en =
      'AWS KMS is designed so that no one, including AWS employees, can retrieve your plaintext keys from the service. ';
    expect(detectLanguage(sv.repeat(3) + en.repeat(4))).toBe('sv');
  });

  it('keeps an English page English when it names a Swedish law', () => {
    expect(
      detectLanguage('We comply with Swedish and European laws and regulations, including Cybersäkerhetslagen (NIS2), GDPR and the Data Act.'),
    ).toBe('en');
  });
});

describe('declared language', () => {
  it.each([
    ['nb', 'no'],
    ['nn-NO', 'no'],
    ['no', 'no'],
    ['No', 'no'],
    ['sv-SE', 'sv'],
    ['sv_FI', 'sv'],
    ['da-DK', 'da'],
    ['de-AT', 'de'],
    ['fi', 'fi'],
    ['en-GB', 'en'],
    ['nl-BE', 'nl'],
    ['fr-CA', 'fr'],
    ['Deutsch', 'de'],
  ])('%s → %s', (tag, lang) => {
    expect(declaredLanguage(tag)).toBe(lang);
  });

  it('wins over the text when known', () => {
    expect(detectLanguage('We store all customer data in data centres within the EU.', 'sv')).toBe('sv');
    expect(detectLanguage('Vi lagrar all data i Sverige.', 'nb-NO')).toBe('no');
  });

  it('is ignored when unknown or empty', () => {
    expect(declaredLanguage('')).toBeUndefined();
    expect(declaredLanguage('x-klingon')).toBeUndefined();
    expect(declaredLanguage('constructor')).toBeUndefined();
    expect(detectLanguage('Vi lagrar all data i Sverige.', 'es')).toBe('sv');
    expect(detectLanguage('Vi lagrar all data i Sverige.', '')).toBe('sv');
  });
});

describe('a wrong <html lang> from a site template', async () => {
  const { detectLanguage } = await import('../../../lib/text/language');
  it('is overruled by long text clearly in another language', () => {
    const sv = 'Vi lagrar all data i Sverige och vi använder inte några amerikanska underbiträden. '.repeat(8);
    expect(detectLanguage(sv, 'en-US')).toBe('sv');
  });
  it('stands on short or mixed text', () => {
    expect(detectLanguage('Vi lagrar data i Sverige.', 'en')).toBe('en');
    expect(detectLanguage('Norsk og dansk ligner. Vi lagrer data i Norge og er stolte av det.', 'da')).toBe('da');
  });
});

describe('a declared language settled before the end of the text', () => {
  /** The overrule rule applied to the scores of the whole text (detectLanguage may stop reading early). */
  const fullRead = (text: string, declared: PageLang): PageLang => {
    const read = languageScores(text);
    if (read.words < 40) return declared;
    const detected = detectLanguage(text);
    if (detected === 'und' || detected === declared) return declared;
    const d = read.scores.get(declared as Exclude<PageLang, 'und'>) ?? 0;
    const t = read.scores.get(detected as Exclude<PageLang, 'und'>) ?? 0;
    return t >= 2 * d && t >= 10 ? detected : declared;
  };
  /** The shortest stop words of one language: the most score per character another language's tail can add. */
  const tailOf = (p: TextLangProfile, words: number) => {
    const short = [...p.stopwords].sort((a, b) => a.length - b.length).slice(0, 6);
    return Array.from({ length: words }, (_, k) => short[k % short.length]).join(' ');
  };

  it('gives the answer of reading it all, also when another language takes over at the end', () => {
    let overruled = 0;
    for (const declared of TEXT_PROFILES) {
      for (const other of TEXT_PROFILES) {
        if (other === declared) continue;
        for (const head of [40, 200]) {
          for (const tail of [10, 100, 400, 1600]) {
            const text = `${declared.stopwords.slice(0, head).join(' ')} ${tailOf(other, tail)}`;
            const answer = detectLanguage(text, declared.lang);
            expect(answer).toBe(fullRead(text, declared.lang));
            if (answer !== declared.lang) overruled++;
          }
        }
      }
    }
    expect(overruled).toBeGreaterThan(0);
  });
});
