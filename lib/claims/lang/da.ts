import type { LangMechanisms } from './types';

export const da: LangMechanisms = {
  negation: ['ikke', 'ingen', 'intet', 'aldrig', 'uden'],
  progress: ['i gang med', 'forventes', 'planlægger', 'planlagt', 'arbejder hen imod', 'vil blive'],
  clauseBreaks: ['men', 'dog', 'derimod', 'undtagen'],
  onRequest: ['på anmodning', 'kontakt os', 'efter anmodning'],
  hedges: ['kan', 'medmindre', 'hvis'],
};
