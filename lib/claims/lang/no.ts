import type { LangMechanisms } from './types';

export const no: LangMechanisms = {
  negation: ['ikke', 'ingen', 'intet', 'aldri', 'uten', 'inga', 'inkje', 'ikkje', 'aldrig'],
  progress: ['i ferd med', 'pågår', 'forventes', 'planlegger', 'planlagt', 'jobber mot', 'arbeider mot', 'vil bli', 'holder på med', 'migrerer'],
  clauseBreaks: ['men', 'derimot', 'unntatt', 'i stedet', 'unnateke', 'i staden'],
  coordinators: ['og', 'samt', 'mens'],
  onRequest: ['på forespørsel', 'kontakt oss', 'ta kontakt', 'ved forespørsel', 'etter forespørsel', 'be om'],
  hedges: ['kan', 'med mindre', 'dersom', 'hvis', 'viss'],
  notNegating: ['ikke bare', 'ikke kun', 'ikkje berre', 'uten at', 'senest'],
  exceptions: ['med mindre', 'unntatt', 'annet enn', 'uten at', 'uten forutgående', 'uten forhåndsgodkjenning', 'uten tilstrekkelig', 'uten gyldig', 'uten samtykke', 'uten ditt samtykke', 'med unntak', 'unnateke', 'anna enn', 'utan samtykke'],
  conditionalOpeners: ['benyttes', 'brukes', 'skulle', 'dersom', 'hvis'],
  contrast: ['i stedet for', 'istedenfor', 'istedet for', 'i motsetning til', 'sammenlignet med', 'alternativ til', 'uavhengig av', 'fri fra', 'bort fra'],
  firstPerson: ['vi', 'vår', 'vårt', 'våre', 'oss'],
};
