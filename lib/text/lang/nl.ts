import type { TextLangProfile } from './types';

export const nl: TextLangProfile = {
  lang: 'nl',
  stopwords: [
    'de', 'het', 'een', 'en', 'van', 'is', 'dat', 'die', 'in', 'op', 'te', 'voor', 'met', 'zijn',
    'niet', 'aan', 'er', 'om', 'ook', 'als', 'bij', 'of', 'door', 'wordt', 'worden', 'naar', 'uit',
    'ons', 'onze', 'wij', 'we', 'u', 'uw', 'deze', 'dit', 'maar', 'kan', 'kunnen', 'zal', 'geen',
    'meer', 'wat', 'hoe', 'waar', 'over', 'tot', 'nog', 'alle', 'gegevens', 'persoonsgegevens',
    'hebben', 'heeft', 'moet', 'wanneer', 'omdat', 'zoals', 'andere', 'binnen', 'buiten', 'jouw',
  ],
  suffixes: ['heid', 'lijk', 'lijke', 'ingen', 'tje', 'ijk'],
  letters: '',
  abbreviations: ['bijv.', 'bv.', 'o.a.', 'm.b.t.', 'i.v.m.', 'nr.', 'ca.', 'incl.', 'art.', 'z.g.a.n.'],
  finalAbbreviations: ['enz.', 'etc.', 'B.V.', 'N.V.'],
  months: [
    'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
    'oktober', 'november', 'december',
  ],
};
