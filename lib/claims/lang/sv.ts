import type { LangMechanisms } from './types';

export const sv: LangMechanisms = {
  negation: ['inte', 'ej', 'inga', 'ingen', 'inget', 'aldrig', 'utan'],
  progress: ['i färd med', 'pågår', 'pågående', 'förväntas', 'planerar', 'planerad', 'arbetar mot', 'kommer att'],
  clauseBreaks: ['men', 'dock', 'däremot', 'förutom'],
  onRequest: ['på begäran', 'kontakta oss', 'begär'],
  hedges: ['kan', 'om inte', 'såvida', 'i förekommande fall'],
};
