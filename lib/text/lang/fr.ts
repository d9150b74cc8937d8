import type { TextLangProfile } from './types';

export const fr: TextLangProfile = {
  lang: 'fr',
  stopwords: [
    'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'est', 'sont', 'en', 'dans', 'pour',
    'par', 'sur', 'avec', 'que', 'qui', 'ne', 'pas', 'plus', 'nous', 'vous', 'notre', 'nos', 'votre',
    'vos', 'ce', 'cette', 'ces', 'il', 'ils', 'elle', 'au', 'aux', 'ou', 'mais', 'être', 'avons',
    'peut', 'peuvent', 'données', 'personnelles', 'leur', 'leurs', 'sans', 'tout', 'tous', 'toutes',
    'été', 'aussi', 'où', 'comme', 'si', 'son', 'sa', 'ses', 'lors', 'entre', 'afin',
  ],
  suffixes: ['tion', 'ment', 'eux', 'euse', 'ée', 'ées', 'ité'],
  letters: 'éèêàçùœ',
  abbreviations: ['p.ex.', 'cf.', 'env.', 'art.', 'n°.', 'M.', 'Mme.', 'c.-à-d.', 'ex.'],
  finalAbbreviations: ['etc.', 'S.A.', 'SAS.'],
  months: [
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
    'novembre', 'décembre',
  ],
};
