import type { LangMechanisms } from './types';

export const de: LangMechanisms = {
  negation: ['nicht', 'kein*', 'nie', 'niemals', 'ohne'],
  progress: ['in Vorbereitung', 'angestrebt', 'geplant', 'arbeiten an', 'im Aufbau', 'wird', 'voraussichtlich'],
  clauseBreaks: ['aber', 'jedoch', 'sondern', 'außer'],
  onRequest: ['auf Anfrage', 'auf Anforderung', 'kontaktieren Sie uns'],
  hedges: ['kann', 'können', 'sofern', 'falls', 'soweit'],
};
