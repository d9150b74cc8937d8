import type { LangMechanisms } from './types';

export const sv: LangMechanisms = {
  negation: ['inte', 'ej', 'inga', 'ingen', 'inget', 'aldrig', 'utan'],
  progress: ['i färd med', 'pågår', 'pågående', 'förväntas', 'planerar', 'planerad', 'arbetar mot', 'kommer att', 'håller på att', 'migrerar'],
  clauseBreaks: ['men', 'dock', 'däremot', 'förutom', 'i stället', 'istället'],
  coordinators: ['och', 'samt', 'medan'],
  onRequest: ['på begäran', 'kontakta oss', 'begär', 'fråga efter', 'efter förfrågan', 'vid förfrågan', 'på förfrågan'],
  hedges: ['kan', 'om inte', 'såvida', 'i förekommande fall', 'ifall'],
  notNegating: ['inte bara', 'inte endast', 'inte enbart', 'utan att', 'utan för', 'senast'],
  exceptions: ['om inte', 'såvida inte', 'annat än', 'förutom', 'utom när', 'utan föregående', 'utan tillräckliga', 'utan tillräcklig', 'utan lämpliga', 'utan giltig', 'utan ditt samtycke', 'utan samtycke', 'med undantag'],
  conditionalOpeners: ['används', 'anlitas', 'skulle', 'om', 'ifall'],
  contrast: ['i stället för', 'istället för', 'till skillnad från', 'jämfört med', 'alternativ till', 'oberoende av', 'fri från', 'fria från', 'bort från'],
  firstPerson: ['vi', 'vår', 'vårt', 'våra', 'oss'],
};
