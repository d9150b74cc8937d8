import type { LangMechanisms } from './types';

export const fi: LangMechanisms = {
  negation: ['ei', 'eivät', 'emme', 'en', 'et', 'eikä', 'ilman', 'koskaan'],
  progress: ['työn alla', 'käynnissä', 'tavoitteena', 'odotetaan', 'suunnitteilla', 'rakennamme', 'rakentaa', 'parhaillaan', 'rakentamassa'],
  clauseBreaks: ['mutta', 'kuitenkin', 'paitsi', 'sen sijaan'],
  coordinators: ['ja', 'sekä', 'kun taas'],
  onRequest: ['pyynnöstä', 'pyydettäessä', 'ota yhteyttä', 'pyytämällä', 'erikseen pyydettäessä'],
  hedges: ['voi', 'voidaan', 'voivat', 'ellei', 'jos', 'mikäli'],
  notNegating: ['ei vain', 'ei ainoastaan', 'ei pelkästään', 'viimeistään'],
  exceptions: ['ellei', 'paitsi', 'lukuun ottamatta', 'ilman ennakko*', 'ilman riittäv*', 'ilman asianmukais*', 'ilman suostumusta', 'ilman lupaa'],
  conditionalOpeners: ['jos', 'mikäli', 'mahdollisesti'],
  contrast: ['sijaan', 'sijasta', 'toisin kuin', 'verrattuna', 'vaihtoehto', 'riippumaton', 'riippumattomia', 'vapaa'],
  firstPerson: ['me', 'meidän', 'meillä', 'meitä', 'käytämme', 'säilytämme', 'tallennamme', 'olemme', 'hyödynnämme', 'siirrämme', 'käsittelemme', '*mme'],
};
