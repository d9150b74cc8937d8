import type { Lang } from '../../types';

/** certifications vocabulary. Standard names (ISO 27001, SOC 2, ISAE 3402, C5…) are found by mechanisms/details. */
export interface CertificationsVocab {
  /** Being certified / holding a certificate or an audit report. "In accordance with ISO 27001" is not. */
  certified: string[];
  /** Attestation-type standards (SOC, ISAE) are proven by a report or audit. */
  report: string[];
  /** Not there yet: in progress, working towards, building an ISMS, planned. */
  progress: string[];
  /** An independent auditor's assurance report about the vendor itself (no standard number needed). */
  assurance: string[];
  /** Weaker verbs that still attribute a standard to a provider: "AWS data centres meet ISO 27001". */
  meets: string[];
}

export const CERTIFICATIONS: Record<Lang, CertificationsVocab> = {
  en: {
    certified: ['certified', 'certification*', 'certificate*', 'accredited', 'accreditation', 'attested', 'attestation*', 'audited', 'holds', 'achieved', 'obtained', 'awarded', 'registered to'],
    report: ['report*', 'audit*', 'examination', 'Type I', 'Type II', 'Type 1', 'Type 2', 'compliant', 'attest*'],
    progress: ['in progress', 'working towards', 'working toward', 'work towards', 'pursuing', 'preparing for', 'in preparation', 'in the process of', 'underway', 'under way', 'expected', 'planned', 'plan to', 'aim to', 'aiming', 'roadmap', 'undergoing', 'building', 'are implementing', 'not yet', 'scheduled'],
    assurance: ["independent auditor's report", "independent service auditor's report", 'independent assurance report', 'assurance report'],
    meets: ['meet', 'meets', 'comply with', 'complies with', 'adhere to'],
  },
  sv: {
    certified: ['certifier*', 'certifikat*', 'certifiering*', 'ackrediter*', 'granskade och godkända'],
    report: ['rapport*', 'revision*', 'granskning*', 'Typ 1', 'Typ 2', 'Type II', 'Type 2'],
    progress: ['i färd med', 'håller på att', 'håller på med', 'pågår', 'pågående', 'förväntas', 'planerar', 'planerad', 'arbetar mot', 'arbetar för att', 'siktar på', 'förbereder', 'bygger upp', 'ännu inte', 'under införande', 'räknar med', 'förväntar'],
    assurance: ['oberoende revisors rapport', 'revisorns rapport', 'bestyrkanderapport'],
    meets: ['uppfyller', 'följer'],
  },
  no: {
    certified: ['sertifiser*', 'sertifikat*', 'sertifisering*', 'akkreditert*'],
    report: ['rapport*', 'revisjon*', 'attestasjon*', 'uttalelse', 'Type II', 'Type 2'],
    progress: ['i ferd med', 'holder på med', 'holder på å', 'pågår', 'forventes', 'planlegger', 'planlagt', 'jobber mot', 'arbeider mot', 'jobber med å', 'forbereder', 'bygger opp', 'ennå ikke', 'under sertifisering', 'i gang med', 'regner med', 'forventer'],
    assurance: ['uavhengig revisors uttalelse', 'uavhengig revisors attestasjonsuttalelse', 'attestasjonsuttalelse'],
    meets: ['oppfyller', 'følger'],
  },
  da: {
    certified: ['certificer*', 'certifikat*', 'certificering*', 'akkrediteret*'],
    report: ['rapport*', 'erklæring*', 'revision*', 'type 1', 'type 2', 'Type II'],
    progress: ['i gang med', 'i færd med', 'forventes', 'planlægger', 'planlagt', 'arbejder hen imod', 'arbejder på at', 'forbereder', 'bygger', 'er ved at', 'endnu ikke', 'forventer', 'regner med'],
    assurance: ['uafhængig revisors erklæring', 'uafhængig revisors ISAE', 'revisionserklæring*', 'erklæring med sikkerhed'],
    meets: ['opfylder', 'overholder'],
  },
  de: {
    certified: ['zertifiziert*', 'Zertifizierung*', 'Zertifikat*', 'zertifizieren*', 'akkreditiert*', 'auditiert*', 'Testat*'],
    report: ['Bericht*', 'Prüfbericht*', 'Testat*', 'Prüfung*', 'Typ 1', 'Typ 2', 'Type II', 'Type 2'],
    progress: ['in Vorbereitung', 'angestrebt', 'streben', 'geplant', 'planen', 'arbeiten an', 'arbeiten darauf hin', 'im Aufbau', 'bauen', 'voraussichtlich', 'derzeit im', 'befinden uns im', 'noch nicht', 'läuft'],
    assurance: ['Bericht des unabhängigen Prüfers', 'unabhängiger Prüfbericht', 'Prüfungsbericht'],
    meets: ['erfüllt', 'erfüllen', 'entspricht', 'entsprechen'],
  },
  fi: {
    certified: ['sertifioi*', 'sertifikaat*', 'sertifiointi*', 'sertifioin*', 'auditoi*', 'akkreditoi*'],
    report: ['raportti*', 'raportin', 'auditointi*', 'tarkastus*', 'Type II', 'Type 2'],
    progress: ['työn alla', 'käynnissä', 'tavoit*', 'odotetaan', 'suunnitteilla', 'rakennamme', 'rakentamassa', 'valmistaudumme', 'parhaillaan', 'pyrimme', 'tulossa', 'ei vielä', 'odotamme'],
    assurance: ['riippumattoman tilintarkastajan varmennusraportti', 'varmennusraportti*', 'varmennusraportin'],
    meets: ['täyttää', 'täyttävät', 'noudattaa'],
  },
};
