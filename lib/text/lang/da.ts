import type { TextLangProfile } from './types';

export const da: TextLangProfile = {
  lang: 'da',
  stopwords: [
    'og', 'ikke', 'er', 'at', 'af', 'for', 'til', 'fra', 'med', 'som', 'det', 'den', 'de', 'en', 'et',
    'på', 'i', 'om', 'har', 'kan', 'skal', 'vil', 'må', 'vi', 'du', 'jer', 'os', 'vores', 'dig',
    'din', 'dit', 'dine', 'sig', 'sin', 'sine', 'sit', 'eller', 'også', 'men', 'når', 'der', 'hvor',
    'hvad', 'hvem', 'hvilke', 'hvilken', 'hvordan', 'dette', 'disse', 'denne', 'uden', 'inden',
    'efter', 'mellem', 'gennem', 'igennem', 'ved', 'hos', 'kun', 'meget', 'alle', 'alt', 'andre',
    'anden', 'andet', 'nogen', 'noget', 'nogle', 'ingen', 'findes', 'får', 'bliver', 'blive',
    'blevet', 'været', 'være', 'kunne', 'skulle', 'derfor', 'fordi', 'så', 'da', 'nu', 'her', 'både',
    'hvis', 'sådan', 'selv', 'samme', 'egne', 'oplysninger', 'personoplysninger', 'tjenester',
    'kunder', 'virksomhed', 'sikkerhed', 'ud', 'op', 'mere', 'flere', 'hele', 'hver', 'deres', 'dem',
    'mod', 'herunder', 'således', 'ifølge', 'gør', 'gøre', 'bruger', 'bruge', 'gælder', 'blandt',
    // privacy-page vocabulary, spelled the Danish way
    'opbevarer', 'opbevares', 'opbevaring', 'gemmer', 'gemmes', 'krypteret', 'krypteres',
    'overført', 'overføres', 'databehandleraftale', 'databehandleraftalen', 'fortrolighed', 'beskytte',
  ],
  suffixes: ['hed', 'heden', 'heder', 'tion', 'tionen', 'ene', 'ningen', 'ninger', 'lig', 'lige'],
  letters: 'åæø',
  abbreviations: [
    'f.eks.', 'fx.', 'bl.a.', 'dvs.', 'ca.', 'inkl.', 'evt.', 'jf.', 'iht.', 'i.h.t.', 'pga.',
    'p.g.a.', 'nr.', 'pr.', 'kr.', 'stk.', 'vedr.', 'tlf.', 'mht.', 'ang.', 'afd.', 'kap.', 'eks.',
    'ht.', 'art.', 'ff.', 'iflg.', 'pkt.', 'hhv.', 'ift.', 'min.', 'bl.', 'sml.',
  ],
  finalAbbreviations: ['mv.', 'm.v.', 'm.m.', 'osv.', 'o.l.', 'etc.', 'mm.', 'A/S.', 'ApS.'],
  months: [
    'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'december',
  ],
};
