import type { TextLangProfile } from './types';

export const fi: TextLangProfile = {
  lang: 'fi',
  stopwords: [
    'ja', 'on', 'ei', 'tai', 'että', 'se', 'ne', 'ovat', 'oli', 'ole', 'olla', 'kun', 'jos', 'mukaan',
    'sekä', 'myös', 'joka', 'jotka', 'jonka', 'joita', 'voi', 'voidaan', 'tämä', 'tämän', 'nämä',
    'niin', 'kuin', 'vain', 'sen', 'niitä', 'niiden', 'meidän', 'me', 'te', 'he', 'hän', 'sinun',
    'sinä', 'teidän', 'kanssa', 'mutta', 'kaikki', 'kaikkia', 'eri', 'osalta', 'avulla', 'aina',
    'yli', 'alla', 'lisäksi', 'esimerkiksi', 'eikä', 'vaan', 'siitä', 'sitä', 'siten', 'jossa',
    'joissa', 'jolla', 'mikä', 'mitä', 'koska', 'palvelun', 'palvelu', 'tiedot', 'tietoja',
    'tietojen', 'olemme', 'emme', 'sinulla', 'meille', 'meillä', 'heidän', 'tässä', 'näin',
  ],
  suffixes: [
    'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'ksi', 'nen', 'iset', 'isen', 'ään',
    'aan', 'mme', 'taan', 'tään', 'ista', 'istä',
  ],
  letters: 'äö',
  abbreviations: [
    'esim.', 'ns.', 'ts.', 'n.', 'ko.', 'mm.', 'ks.', 'vrt.', 'eli.', 'puh.', 'klo.', 'nro.', 'os.',
    'yht.', 'ym.', 'mrd.', 'milj.', 'tms.',
  ],
  finalAbbreviations: ['jne.', 'yms.', 'ym.', 'tms.', 'Oy.', 'Oyj.'],
  months: [
    'tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta',
    'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta',
  ],
};
