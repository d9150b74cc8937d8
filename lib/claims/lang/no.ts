import type { LangMechanisms } from './types';

export const no: LangMechanisms = {
  negation: ['ikke', 'ingen', 'intet', 'aldri', 'uten', 'inga', 'inkje'],
  progress: ['i ferd med', 'pågår', 'forventes', 'planlegger', 'planlagt', 'jobber mot', 'arbeider mot', 'vil bli'],
  clauseBreaks: ['men', 'derimot', 'unntatt'],
  onRequest: ['på forespørsel', 'kontakt oss', 'ta kontakt'],
  hedges: ['kan', 'med mindre', 'dersom', 'hvis'],
};
