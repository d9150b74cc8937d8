import type { LangMechanisms } from './types';

export const en: LangMechanisms = {
  negation: ['not', 'no', 'never', 'none', 'neither', 'nor', 'without', "don't", "doesn't", "won't", "isn't", "aren't", 'cannot'],
  progress: ['in progress', 'working towards', 'working toward', 'expected', 'planned', 'plan to', 'will be', 'in the process of', 'currently pursuing', 'preparing for', 'building'],
  clauseBreaks: ['but', 'however', 'although', 'whereas', 'except'],
  onRequest: ['on request', 'upon request', 'request a copy', 'contact us'],
  hedges: ['may', 'might', 'unless', 'if', 'where applicable', 'could'],
};
