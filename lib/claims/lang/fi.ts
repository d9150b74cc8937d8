import type { LangMechanisms } from './types';

export const fi: LangMechanisms = {
  negation: ['ei', 'eivät', 'emme', 'en', 'et', 'eikä', 'ilman'],
  progress: ['työn alla', 'käynnissä', 'tavoitteena', 'odotetaan', 'suunnitteilla', 'rakennamme', 'rakentaa'],
  clauseBreaks: ['mutta', 'kuitenkin', 'paitsi'],
  onRequest: ['pyynnöstä', 'pyydettäessä', 'ota yhteyttä'],
  hedges: ['voi', 'voidaan', 'ellei', 'jos'],
};
