import type { LangMechanisms } from './types';

/** French: not one of the six vocabulary languages, but pages in it occur; mechanism words only. */
export const fr: LangMechanisms = {
  negation: ['ne', "n'", 'n’', 'pas', 'aucun', 'aucune', 'jamais', 'sans', 'ni', 'non'],
  progress: ['en cours', 'prévu', 'prévue', 'planifié', 'nous travaillons à', 'en préparation'],
  clauseBreaks: ['mais', 'cependant', 'toutefois', 'sauf'],
  coordinators: ['et', 'tandis que'],
  onRequest: ['sur demande', 'sur simple demande', 'contactez-nous', 'à la demande'],
  hedges: ['peut', 'peuvent', 'pourrait', 'éventuellement', 'sauf si', 'à moins que', 'si'],
  notNegating: ['non seulement', 'au plus tard', 'non soumise', 'non soumis'],
  exceptions: ['sauf si', 'à moins que', 'sauf', 'sans accord préalable', 'sans autorisation préalable', 'sans consentement'],
  conditionalOpeners: ['si', 'lorsque', 'dans le cas'],
  contrast: ['au lieu de', 'contrairement à', 'par rapport à', 'indépendant de', 'indépendamment de'],
  firstPerson: ['nous', 'notre', 'nos'],
};
