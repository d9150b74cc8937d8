import type { TextLangProfile } from './types';

export const sv: TextLangProfile = {
  lang: 'sv',
  stopwords: [
    'och', 'att', 'är', 'inte', 'för', 'med', 'som', 'det', 'den', 'de', 'en', 'ett', 'av', 'på',
    'i', 'till', 'från', 'om', 'har', 'kan', 'ska', 'skall', 'vi', 'du', 'ni', 'oss', 'vår', 'våra',
    'vårt', 'dig', 'din', 'ditt', 'dina', 'sig', 'sin', 'sina', 'sitt', 'eller', 'också', 'även',
    'men', 'när', 'där', 'hur', 'vad', 'vem', 'vilka', 'vilken', 'vilket', 'detta', 'dessa', 'denna',
    'utan', 'inom', 'enligt', 'samt', 'genom', 'mot', 'efter', 'hos', 'vid', 'sedan', 'bara',
    'mycket', 'alla', 'allt', 'andra', 'annan', 'annat', 'någon', 'något', 'några', 'inga', 'ingen',
    'inget', 'finns', 'får', 'måste', 'kommer', 'blir', 'varit', 'vara', 'skulle', 'eftersom',
    'därför', 'så', 'då', 'nu', 'här', 'både', 'mellan', 'uppgifter', 'personuppgifter', 'tjänsten',
    'tjänster', 'kunder', 'vänligen', 'mer', 'hela', 'redan', 'dock', 'samma', 'egna', 'själv', 'ja',
    'nej', 'ur', 'innan', 'över', 'under', 'vilket', 'kunna', 'göra', 'gör', 'hur', 'era',
    // privacy-page vocabulary, spelled the Swedish way
    'all', 'lagrar', 'lagras', 'lagrad', 'lagrade', 'sparar', 'sparas', 'krypterad', 'krypterade', 'krypteras',
    'servrar', 'överförs', 'lagring', 'personuppgiftsbiträdesavtal', 'dataskydd', 'integritet',
  ],
  suffixes: ['tion', 'tionen', 'heten', 'erna', 'arna', 'orna', 'ande', 'ning', 'ningen', 'lig', 'liga'],
  letters: 'åäö',
  abbreviations: [
    't.ex.', 'bl.a.', 'dvs.', 'ca.', 'inkl.', 'resp.', 'enl.', 'fr.o.m.', 't.o.m.', 'f.d.', 'p.g.a.',
    'pga.', 's.k.', 'o.s.v.', 'nr.', 'kap.', 'jfr.', 'st.', 'kl.', 'tel.', 'exkl.', 'ang.', 'avd.',
    'kr.', 'ex.', 'f.ö.', 'fr.', 'd.v.s.', 'i.o.m.',
  ],
  finalAbbreviations: ['m.m.', 'mm.', 'osv.', 'etc.', 'm.fl.', 'mfl.', 'o.d.', 'e.d.'],
  months: [
    'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september',
    'oktober', 'november', 'december',
  ],
};
