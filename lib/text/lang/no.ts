import type { TextLangProfile } from './types';

/** Norwegian, bokmål and nynorsk (nynorsk forms: 'ikkje', 'eg', 'kva', 'frå', 'berre'…). */
export const no: TextLangProfile = {
  lang: 'no',
  stopwords: [
    'og', 'ikke', 'er', 'å', 'av', 'for', 'til', 'fra', 'med', 'som', 'det', 'den', 'de', 'en', 'et',
    'på', 'i', 'om', 'har', 'kan', 'skal', 'vil', 'må', 'vi', 'du', 'dere', 'oss', 'vår', 'våre',
    'vårt', 'deg', 'din', 'ditt', 'dine', 'seg', 'sin', 'sine', 'sitt', 'eller', 'også', 'men', 'når',
    'der', 'hvor', 'hva', 'hvem', 'hvilke', 'hvilken', 'hvordan', 'dette', 'disse', 'denne', 'uten',
    'innen', 'etter', 'mellom', 'gjennom', 'ved', 'hos', 'bare', 'mye', 'alle', 'alt', 'andre',
    'annen', 'annet', 'noen', 'noe', 'ingen', 'finnes', 'får', 'blir', 'bli', 'vært', 'være',
    'kunne', 'skulle', 'derfor', 'fordi', 'så', 'da', 'nå', 'her', 'både', 'dersom', 'hvis', 'slik',
    'selv', 'samme', 'egne', 'opplysninger', 'personopplysninger', 'tjenester', 'tjenesten',
    'kunder', 'sikkerhet', 'ut', 'opp', 'mer', 'flere', 'hele', 'hver', 'hvert', 'deres', 'dem',
    'mot', 'blant', 'gjør', 'gjøre', 'bruker', 'bruke', 'ønsker',
    // nynorsk
    'ikkje', 'eg', 'kva', 'korleis', 'frå', 'berre', 'dei', 'ein', 'eit', 'vere', 'òg', 'me', 'dykk',
    'nokon', 'noko', 'mykje', 'sjølv', 'desse', 'heile', 'difor', 'kvar', 'kven', 'vert', 'hjå',
    // privacy-page vocabulary, spelled the Norwegian way
    'lagrer', 'lagres', 'lagret', 'lagring', 'personvern', 'kryptert', 'krypterte', 'krypteres',
    'overført', 'overføres', 'databehandleravtale', 'databehandleravtalen', 'tjenestene', 'informasjon',
  ],
  suffixes: ['sjon', 'sjonen', 'sjoner', 'heten', 'heter', 'ene', 'ningen', 'ninger', 'lig', 'lige'],
  letters: 'åæø',
  abbreviations: [
    'f.eks.', 'bl.a.', 'dvs.', 'ca.', 'inkl.', 'evt.', 'jf.', 'iht.', 'i.h.t.', 'pga.', 'nr.', 'pr.',
    'kr.', 'mht.', 'ift.', 'o.l.', 'ang.', 'tlf.', 'tel.', 'avd.', 'kap.', 'eks.', 'ev.', 'fork.',
    'hhv.', 'vedr.', 'st.', 'art.', 'ff.', 'iflg.', 'pkt.',
  ],
  finalAbbreviations: ['mv.', 'm.v.', 'm.m.', 'osv.', 'etc.', 'mm.', 'o.a.', 'mva.', 'AS.', 'ASA.'],
  months: [
    'januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'desember',
  ],
};
