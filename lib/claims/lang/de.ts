import type { LangMechanisms } from './types';

export const de: LangMechanisms = {
  negation: ['nicht', 'kein*', 'nie', 'niemals', 'ohne', 'weder'],
  progress: ['in Vorbereitung', 'angestrebt', 'geplant', 'arbeiten an', 'im Aufbau', 'wird', 'voraussichtlich', 'befinden uns im', 'migrieren'],
  clauseBreaks: ['aber', 'jedoch', 'sondern', 'außer', 'stattdessen'],
  coordinators: ['und', 'sowie', 'während'],
  onRequest: ['auf Anfrage', 'auf Anforderung', 'kontaktieren Sie uns', 'auf Wunsch', 'auf Nachfrage', 'anfordern'],
  hedges: ['kann', 'können', 'sofern', 'falls', 'soweit', 'wenn'],
  notNegating: ['nicht nur', 'nicht bloß', 'ohne dass', 'spätestens'],
  exceptions: ['es sei denn', 'sofern nicht', 'außer', 'ausgenommen', 'mit Ausnahme', 'ohne vorherige', 'ohne die vorherige', 'ohne ausreichende', 'ohne geeignete', 'ohne angemessene', 'ohne gültige', 'ohne Einwilligung', 'ohne Ihre Einwilligung', 'ohne Zustimmung', 'bedarf der', 'bedürfen der'],
  conditionalOpeners: ['werden', 'wird', 'sollte', 'sollten', 'falls', 'sofern', 'wenn', 'soweit'],
  contrast: ['anstatt', 'statt', 'im Gegensatz zu', 'im Vergleich zu', 'verglichen mit', 'Alternative zu', 'unabhängig von', 'frei von', 'weg von'],
  firstPerson: ['wir', 'unser*', 'uns'],
};
