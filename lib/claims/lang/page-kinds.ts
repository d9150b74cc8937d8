import type { Lang } from '../../types';

/**
 * Words that mark a page as a job posting (a careers page names the stack the team builds on —
 * "our platform in Azure", "own our cloud infrastructure" — which is not a statement to customers).
 */
export const JOB_POSTING_WORDS: Record<Lang, string[]> = {
  en: ['career*', 'hiring', 'job posting', 'job title', 'job type', 'job overview', 'apply now', 'apply', 'responsibilities', 'qualifications', 'requirements', 'we are looking for', "we're hiring", 'we’re hiring', 'full-time', 'salary', 'your role', 'about the role', 'what you will do', "what you'll do", 'nice to have', 'years of experience', 'role summary', 'benefits'],
  sv: ['ansök*', 'ledigt jobb', 'lediga jobb', 'lediga tjänster', 'karriär', 'söker vi', 'erfarenhet av', 'kollektivavtal', 'vi söker', 'arbetsuppgifter', 'kvalifikationer', 'heltid', 'lön', 'meriterande', 'din roll', 'om tjänsten', 'vi erbjuder', 'tillträde'],
  no: ['søk*', 'ledig stilling', 'ledige stillinger', 'karriere', 'søker vi', 'erfaring med', 'vi søker', 'arbeidsoppgaver', 'kvalifikasjoner', 'heltid', 'lønn', 'din rolle', 'om stillingen', 'vi tilbyr', 'tiltredelse'],
  da: ['ansøg*', 'ledig stilling', 'ledige stillinger', 'karriere', 'søger vi', 'erfaring med', 'vi søger', 'arbejdsopgaver', 'kvalifikationer', 'fuldtid', 'løn', 'din rolle', 'om stillingen', 'vi tilbyder'],
  de: ['Stellenanzeige', 'Stellenangebot', 'Karriere', 'bewirb*', 'Erfahrung mit', 'suchen wir', 'Bewerbung', 'Deine Aufgaben', 'Ihre Aufgaben', 'Anforderungen', 'Qualifikationen', 'Vollzeit', 'Gehalt', 'wir suchen', 'Dein Profil', 'Ihr Profil', 'Das bringst du mit', 'Wir bieten'],
  fi: ['hae', 'hakemus', 'haku', 'hakuaika', 'avoin työpaikka', 'avoimet työpaikat', 'ura', 'kokemusta', 'työtehtävät', 'vaatimukset', 'etsimme', 'kokoaikainen', 'palkka', 'tehtävässä', 'tarjoamme', 'rekrytointi'],
};
