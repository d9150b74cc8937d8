import type { Lang } from '../../types';

/** Vocabulary for `dpf_reliance`. */
export interface DpfVocab {
  /** The EU-US Data Privacy Framework and the old Privacy Shield, by name. */
  framework: string[];
  /** Back-references to a framework named just before ("certified under that framework"). */
  anaphora: string[];
  /** Reliance: certified under, complies with, transfers under, "as applicable". */
  reliance: string[];
  /** The framework as history or news, not as something relied on: invalidated, struck down, adopted. */
  notReliance: string[];
  /** Table column headers that make a cell naming the framework the row's transfer basis ("Transfer mechanism", "Overføringsgrunnlag"). */
  basisColumn: string[];
}

export const DPF_VOCAB: Record<Lang, DpfVocab> & Partial<Record<'nl' | 'fr', DpfVocab>> = {
  en: {
    framework: ['Data Privacy Framework', 'EU-U.S. Data Privacy Framework', 'EU-US Data Privacy Framework', 'EU-US DPF', 'EU–US DPF', 'EU-U.S. DPF', 'DPF', 'Privacy Shield', 'EU-US Privacy Shield', 'EU-U.S. Privacy Shield', 'EU-US Privacy Framework', 'Privacy Framework'],
    anaphora: ['the framework', 'that framework', 'this framework', 'the new framework', 'these frameworks'],
    reliance: ['certified', 'certifies', 'certification', 'certificate', 'self-certified', 'self-certify', 'self-certification', 'participat*', 'complies with', 'comply with', 'compliance with', 'adhere*', 'in accordance with', 'under', 'rely on', 'relies on', 'relying on', 'on the basis of', 'based on', 'pursuant to', 'as applicable', 'where applicable', 'registered', 'listed', 'protected by'],
    notReliance: ['invalidated', 'invalid', 'struck down', 'annulled', 'no longer valid', 'Schrems', 'adopted', 'was introduced', 'replaces', 'replaced', 'successor'],
    basisColumn: ['transfer mechanism*', 'transfer basis', 'basis for transfer*', 'transfer safeguard*', 'transfer tool*', 'safeguard*', 'legal basis', 'mechanism', 'transfer'],
  },
  sv: {
    framework: ['ramen för dataskydd mellan EU och USA', 'ramverket för dataskydd', 'dataskyddsramen', 'dataskyddsramverket', 'EU-US Privacy Framework', 'EU–US Privacy Framework'],
    anaphora: ['det ramverket', 'detta ramverk', 'ramverket', 'den nya ramen', 'ramen'],
    reliance: ['certifier*', 'certifiering*', 'certifikat*', 'självcertifier*', 'ansluten', 'anslutna', 'i enlighet med', 'förlitar', 'baseras på', 'grundas på', 'omfattas av', 'drivits i enlighet', 'skydd av', 'med stöd av', 'grundar sig på', 'sker under'],
    notReliance: ['ogiltig*', 'underkän*', 'Schrems', 'antagit', 'antogs', 'ersätter', 'ersatte'],
    basisColumn: ['överföringsmekanism*', 'överföringsgrund*', 'grund för överföring*', 'skyddsåtgärd*', 'rättslig grund', 'garantier', 'överföring*'],
  },
  no: {
    framework: ['rammeverket for personvern mellom EU og USA', 'personvernrammeverket', 'EU-US-rammeverket', 'dataprivatlivsrammeverket'],
    anaphora: ['det rammeverket', 'dette rammeverket', 'rammeverket', 'den nye rammen', 'ordningen'],
    reliance: ['sertifiser*', 'sertifisering*', 'på grunnlag av', 'sertifikat*', 'selvsertifiser*', 'tilsluttet', 'i henhold til', 'i samsvar med', 'basert på', 'omfattet av', 'beskyttet av', 'skjer under', 'bygger på'],
    notReliance: ['ugyldig*', 'kjent ugyldig', 'Schrems', 'vedtatt', 'vedtok', 'erstatter', 'erstattet'],
    basisColumn: ['overføringsgrunnlag*', 'overføringsmekanisme*', 'grunnlag for overføring*', 'garantiar', 'garantier', 'rettslig grunnlag', 'overføring*'],
  },
  da: {
    framework: ['databeskyttelsesrammen mellem EU og USA', 'rammen for databeskyttelse', 'databeskyttelsesrammen', 'EU-US-rammen'],
    anaphora: ['den ramme', 'denne ramme', 'rammen', 'rammeværket', 'den nye ramme', 'rammeaftalen', 'ordningen'],
    reliance: ['certificer*', 'certificering*', 'certifikat*', 'selvcertificer*', 'tilsluttet', 'i henhold til', 'i overensstemmelse med', 'baseret på', 'på grundlag af', 'på baggrund af', 'omfattet af', 'beskyttet af', 'sker under', 'bygger på'],
    notReliance: ['ugyldig*', 'underkendt', 'Schrems', 'vedtaget', 'vedtog', 'erstatter', 'erstattede'],
    basisColumn: ['overførselsgrundlag*', 'overførselsmekanisme*', 'grundlag for overførsel*', 'garantier', 'retsgrundlag', 'overførsel*'],
  },
  de: {
    framework: ['EU-US-Datenschutzrahmen', 'EU-U.S.-Datenschutzrahmen', 'Datenschutzrahmen', 'Datenschutzrahmens', 'Transatlantischer Datenschutzrahmen', 'Transatlantischen Datenschutzrahmen'],
    anaphora: ['diesem Rahmen', 'dem Rahmen', 'des Rahmens', 'diesem Rahmenwerk', 'dem Rahmenwerk'],
    reliance: ['zertifizier*', 'Zertifizierung*', 'Zertifikat*', 'selbstzertifiziert*', 'Selbstzertifizierung*', 'teilnimm*', 'nimmt teil', 'gemäß', 'auf Grundlage', 'auf Basis', 'unter dem', 'im Rahmen', 'beruht auf', 'stützt sich', 'stützen uns'],
    notReliance: ['ungültig*', 'aufgehoben', 'für nichtig', 'Schrems', 'verabschiedet', 'angenommen', 'ersetzt', 'Nachfolger'],
    basisColumn: ['Übermittlungsgrundlage*', 'Grundlage der Übermittlung', 'Transfermechanismus', 'Übermittlungsmechanismus', 'geeignete Garantien', 'Garantien', 'Rechtsgrundlage', 'Übermittlung*', 'Drittlandtransfer*'],
  },
  fi: {
    framework: ['datan yksityisyyskehy*', 'yksityisyyskehy*', 'tietosuojakehy*', 'EU:n ja Yhdysvaltojen välinen tietosuojakehys', 'EU:n ja Yhdysvaltojen väliset datan yksityisyyskehykset'],
    anaphora: ['kehyksen', 'kehykseen', 'kehyksessä', 'tämän kehyksen'],
    reliance: ['sertifioi*', 'sertifikaat*', 'sertifiointi*', 'noudat*', 'hyödyn*', 'käytämme', 'tukeudu*', 'nojaa*', 'nojautu*', 'sitoutunut', 'noudattavansa', 'mukaisesti', 'perusteella', 'osallistu*', 'nojalla', 'nojaudumme', 'perustuu', 'perustuvat', 'perustuen'],
    notReliance: ['mitätö*', 'kumo*', 'pätemätö*', 'Schrems', 'hyväksyi', 'hyväksytty', 'korvaa', 'korvasi'],
    basisColumn: ['siirtoperuste*', 'siirtomekanismi*', 'siirron peruste', 'suojatoimet', 'suojatoimi', 'oikeusperuste', 'siirto*'],
  },
  nl: {
    framework: ['EU-VS-gegevensprivacykader', 'gegevensprivacykader', 'Data Privacy Framework'],
    anaphora: ['het kader', 'dit kader', 'dat kader'],
    reliance: ['gecertificeerd', 'certificering', 'zelfgecertificeerd', 'neemt deel', 'op basis van', 'onder het', 'in overeenstemming met', 'voldoet aan'],
    notReliance: ['ongeldig*', 'vernietigd', 'Schrems', 'aangenomen', 'vervangen'],
    basisColumn: ['doorgiftemechanisme', 'grondslag voor doorgifte', 'waarborgen', 'doorgifte'],
  },
  fr: {
    framework: ['cadre de protection des données UE-États-Unis', 'cadre de protection des données', 'Data Privacy Framework', 'bouclier de protection des données'],
    anaphora: ['ce cadre', 'le cadre', 'cette certification'],
    reliance: ['certifié*', 'certification', 'auto-certifié*', 'adhère', 'participe', 'sur la base du', 'conformément au', 'en vertu du', 'dans le cadre du'],
    notReliance: ['invalidé*', 'annulé*', 'Schrems', 'adopté*', 'remplacé*'],
    basisColumn: ['mécanisme de transfert', 'garanties', 'base du transfert', 'transfert*'],
  },
};
