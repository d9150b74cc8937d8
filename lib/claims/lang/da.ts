import type { LangMechanisms } from './types';

export const da: LangMechanisms = {
  negation: ['ikke', 'ingen', 'intet', 'aldrig', 'uden'],
  progress: ['i gang med', 'forventes', 'planlægger', 'planlagt', 'arbejder hen imod', 'vil blive', 'er ved at', 'migrerer'],
  clauseBreaks: ['men', 'dog', 'derimod', 'undtagen', 'i stedet'],
  coordinators: ['og', 'samt', 'mens'],
  onRequest: ['på anmodning', 'kontakt os', 'efter anmodning', 'ved henvendelse', 'på forespørgsel', 'bede om'],
  hedges: ['kan', 'medmindre', 'hvis', 'såfremt'],
  notNegating: ['ikke kun', 'ikke blot', 'ikke bare', 'uden at', 'uden for', 'senest'],
  exceptions: ['medmindre', 'undtagen', 'andet end', 'bortset fra', 'uden forudgående', 'uden forhåndsgodkendelse', 'uden tilstrækkelig', 'uden gyldig', 'uden samtykke', 'uden dit samtykke', 'med undtagelse'],
  conditionalOpeners: ['anvendes', 'benyttes', 'bruges', 'skulle', 'hvis', 'såfremt'],
  contrast: ['i stedet for', 'istedet for', 'i modsætning til', 'sammenlignet med', 'alternativ til', 'uafhængig af', 'fri for', 'væk fra'],
  firstPerson: ['vi', 'vores', 'os'],
};
