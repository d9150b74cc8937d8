import type { LangMechanisms } from './types';

export const en: LangMechanisms = {
  negation: ['not', 'no', 'never', 'none', 'neither', 'nor', 'without', "don't", "doesn't", "won't", "isn't", "aren't", "can't", 'cannot', 'don’t', 'doesn’t', 'won’t', 'isn’t', 'aren’t', 'can’t'],
  progress: ['in progress', 'working towards', 'working toward', 'expected', 'planned', 'plan to', 'will be', 'in the process of', 'currently pursuing', 'preparing for', 'building', 'migrating', 'pending'],
  clauseBreaks: ['but', 'however', 'although', 'whereas', 'except', 'instead'],
  coordinators: ['and', 'while', 'whilst'],
  onRequest: ['on request', 'upon request', 'request a copy', 'contact us', 'available to customers', 'ask for', 'on demand'],
  hedges: ['may', 'might', 'unless', 'if', 'where applicable', 'could'],
  notNegating: ['not only', 'not just', 'no matter', 'no later than', 'no less than', 'not later than'],
  exceptions: ['unless', 'except where', 'except when', 'except as', 'except in', 'other than', 'without prior', 'without the prior', 'without adequate', 'without appropriate', 'without sufficient', 'without a legal', 'without a valid', 'without your consent', 'without consent', 'save where'],
  conditionalOpeners: ['should', 'were', 'if', 'in case', 'in the event'],
  contrast: ['instead of', 'rather than', 'unlike', 'as opposed to', 'alternative to', 'alternatives to', 'compared to', 'compared with', 'independent of', 'independence from', 'free from', 'away from'],
  firstPerson: ['we', 'our', 'ours', "we're", 'we’re', "we've", 'we’ve'],
};
