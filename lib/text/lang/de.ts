import type { TextLangProfile } from './types';

export const de: TextLangProfile = {
  lang: 'de',
  stopwords: [
    'der', 'die', 'das', 'und', 'ist', 'sind', 'nicht', 'ein', 'eine', 'einer', 'eines', 'einem',
    'einen', 'zu', 'zur', 'zum', 'mit', 'von', 'vom', 'für', 'auf', 'im', 'in', 'an', 'am', 'als',
    'auch', 'oder', 'wie', 'wir', 'sie', 'ihr', 'ihre', 'ihren', 'ihrer', 'uns', 'unser', 'unsere',
    'unseren', 'unserer', 'es', 'sich', 'bei', 'nach', 'aus', 'durch', 'über', 'unter', 'werden',
    'wird', 'wurde', 'wurden', 'kann', 'können', 'muss', 'müssen', 'sowie', 'dass', 'den', 'dem',
    'des', 'diese', 'dieser', 'dieses', 'diesen', 'alle', 'allen', 'nur', 'noch', 'wenn', 'dann',
    'sein', 'haben', 'hat', 'gemäß', 'zwischen', 'insbesondere', 'keine', 'kein', 'sowohl', 'damit',
    'daten', 'bzw', 'sehr', 'ohne', 'innerhalb', 'außerhalb', 'jeder', 'jede', 'welche', 'sollte',
  ],
  suffixes: ['ung', 'ungen', 'keit', 'lich', 'liche', 'lichen', 'schaft', 'ieren', 'isch', 'ische'],
  letters: 'äöüß',
  abbreviations: [
    'z.B.', 'z.b.', 'bzw.', 'd.h.', 'u.a.', 'ggf.', 'inkl.', 'ca.', 'Nr.', 'gem.', 'Art.', 'Abs.',
    'vgl.', 'evtl.', 'ff.', 'gem.', 'lt.', 'sog.', 'i.d.R.', 'u.U.', 'z.T.', 'o.g.', 'S.', 'Kap.',
    'Ziff.', 'lit.', 'Tel.', 'Str.', 'bspw.', 'insb.', 'max.', 'min.', 'zzgl.', 'Dr.', 'Hr.', 'Fr.',
    'i.S.d.', 'i.V.m.', 'v.a.', 'Verf.', 'Anh.',
  ],
  finalAbbreviations: ['usw.', 'etc.', 'u.ä.', 'o.ä.', 'e.V.', 'GmbH.', 'AG.'],
  months: [
    'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
    'oktober', 'november', 'dezember',
  ],
};
