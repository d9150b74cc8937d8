import type { LangMechanisms } from './types';

/** Dutch: not one of the six vocabulary languages, but pages in it occur; mechanism words only. */
export const nl: LangMechanisms = {
  negation: ['niet', 'geen', 'nooit', 'zonder', 'noch'],
  progress: ['in behandeling', 'bezig met', 'verwacht', 'gepland', 'werken aan', 'lopend'],
  clauseBreaks: ['maar', 'echter', 'behalve'],
  coordinators: ['en', 'terwijl'],
  onRequest: ['op aanvraag', 'op verzoek', 'neem contact op', 'aanvragen'],
  hedges: ['kan', 'kunnen', 'mogelijk', 'tenzij', 'indien', 'als'],
  notNegating: ['niet alleen', 'niet enkel', 'uiterlijk'],
  exceptions: ['tenzij', 'behalve', 'met uitzondering', 'zonder voorafgaande', 'zonder toestemming'],
  conditionalOpeners: ['indien', 'als', 'wanneer', 'mocht'],
  contrast: ['in plaats van', 'anders dan', 'vergeleken met', 'onafhankelijk van', 'vrij van'],
  firstPerson: ['wij', 'we', 'ons', 'onze'],
};
