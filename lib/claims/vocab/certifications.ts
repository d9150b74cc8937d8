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
  /** Follows a standard without being certified: "aligned with", "orientiert sich an", "baserat på". */
  aligned: string[];
}

export const CERTIFICATIONS: Record<Lang, CertificationsVocab> & Partial<Record<'nl' | 'fr', CertificationsVocab>> = {
  en: {
    certified: ['certified', 'certification*', 'certificate*', 'accredited', 'accreditation', 'attested', 'attestation*', 'audited', 'holds', 'achieved', 'obtained', 'awarded', 'registered to'],
    report: ['report*', 'audit*', 'examination', 'Type I', 'Type II', 'Type 1', 'Type 2', 'compliant', 'attest*'],
    progress: ['in progress', 'working towards', 'working toward', 'work towards', 'pursuing', 'preparing for', 'in preparation', 'in the process of', 'underway', 'under way', 'expected', 'planned', 'plan to', 'aim to', 'aiming', 'roadmap', 'undergoing', 'building', 'are implementing', 'not yet', 'scheduled'],
    assurance: ["independent auditor's report", "independent service auditor's report", 'independent assurance report', 'assurance report'],
    meets: ['meet', 'meets', 'comply with', 'complies with', 'adhere to'],
    aligned: ['aligned with', 'align with', 'based on', 'inspired by', 'modelled on', 'modeled on', 'follows the principles', 'guided by', 'in line with'],
  },
  sv: {
    certified: ['certifier*', 'certifikat*', 'certifiering*', 'ackrediter*', 'granskade och godkända'],
    report: ['rapport*', 'revision*', 'granskning*', 'Typ 1', 'Typ 2', 'Type II', 'Type 2'],
    progress: ['i färd med', 'håller på att', 'håller på med', 'pågår', 'pågående', 'förväntas', 'planerar', 'planerad', 'arbetar mot', 'arbetar för att', 'siktar på', 'förbereder', 'bygger upp', 'ännu inte', 'under införande', 'räknar med', 'förväntar'],
    assurance: ['oberoende revisors rapport', 'revisorns rapport', 'bestyrkanderapport'],
    meets: ['uppfyller', 'följer'],
    aligned: ['baserat på', 'baserad på', 'bygger på', 'i linje med', 'i enlighet med principerna', 'inspirerat av', 'utgår från'],
  },
  no: {
    certified: ['sertifiser*', 'sertifikat*', 'sertifisering*', 'akkreditert*'],
    report: ['rapport*', 'revisjon*', 'attestasjon*', 'uttalelse', 'Type II', 'Type 2'],
    progress: ['i ferd med', 'holder på med', 'holder på å', 'pågår', 'forventes', 'planlegger', 'planlagt', 'jobber mot', 'arbeider mot', 'jobber med å', 'forbereder', 'bygger opp', 'ennå ikke', 'under sertifisering', 'i gang med', 'regner med', 'forventer'],
    assurance: ['uavhengig revisors uttalelse', 'uavhengig revisors attestasjonsuttalelse', 'attestasjonsuttalelse'],
    meets: ['oppfyller', 'følger'],
    aligned: ['basert på', 'bygger på', 'i tråd med', 'i samsvar med prinsippene', 'inspirert av', 'tek utgangspunkt i', 'tar utgangspunkt i'],
  },
  da: {
    certified: ['certificer*', 'certifikat*', 'certificering*', 'akkrediteret*'],
    report: ['rapport*', 'erklæring*', 'revision*', 'type 1', 'type 2', 'Type II'],
    progress: ['i gang med', 'i færd med', 'forventes', 'planlægger', 'planlagt', 'arbejder hen imod', 'arbejder på at', 'forbereder', 'bygger', 'er ved at', 'endnu ikke', 'forventer', 'regner med'],
    assurance: ['uafhængig revisors erklæring', 'uafhængig revisors ISAE', 'revisionserklæring*', 'erklæring med sikkerhed'],
    meets: ['opfylder', 'overholder'],
    aligned: ['baseret på', 'bygger på', 'i tråd med', 'i overensstemmelse med principperne', 'inspireret af', 'tager udgangspunkt i'],
  },
  de: {
    certified: ['zertifiziert*', 'Zertifizierung*', 'Zertifikat*', 'zertifizieren*', 'akkreditiert*', 'auditiert*', 'Testat*'],
    report: ['Bericht*', 'Prüfbericht*', 'Testat*', 'Prüfung*', 'Typ 1', 'Typ 2', 'Type II', 'Type 2'],
    progress: ['in Vorbereitung', 'angestrebt', 'streben', 'geplant', 'planen', 'arbeiten an', 'arbeiten darauf hin', 'im Aufbau', 'bauen', 'voraussichtlich', 'derzeit im', 'befinden uns im', 'noch nicht', 'läuft'],
    assurance: ['Bericht des unabhängigen Prüfers', 'unabhängiger Prüfbericht', 'Prüfungsbericht'],
    meets: ['erfüllt', 'erfüllen', 'entspricht', 'entsprechen'],
    aligned: ['orientiert sich an', 'orientieren uns an', 'angelehnt an', 'in Anlehnung an', 'basiert auf', 'nach dem Vorbild', 'ausgerichtet an'],
  },
  fi: {
    certified: ['sertifioi*', 'sertifikaat*', 'sertifiointi*', 'sertifioin*', 'auditoi*', 'akkreditoi*'],
    report: ['raportti*', 'raportin', 'auditointi*', 'tarkastus*', 'Type II', 'Type 2'],
    progress: ['työn alla', 'käynnissä', 'ei ole vielä', 'emme ole vielä', 'tavoit*', 'odotetaan', 'suunnitteilla', 'rakennamme', 'rakentamassa', 'valmistaudumme', 'parhaillaan', 'pyrimme', 'tulossa', 'ei vielä', 'odotamme'],
    assurance: ['riippumattoman tilintarkastajan varmennusraportti', 'varmennusraportti*', 'varmennusraportin'],
    meets: ['täyttää', 'täyttävät', 'noudattaa'],
    aligned: ['perustuu', 'pohjautuu', 'tukeutuu', 'mukaisesti periaatteiltaan', 'noudattaa periaatteita', 'mukailee'],
  },
  nl: {
    certified: ['gecertificeerd', 'certificering*', 'certificaat', 'certificaten', 'geaccrediteerd', 'geaudit', 'behaald'],
    report: ['rapport*', 'audit*', 'Type I', 'Type II', 'Type 1', 'Type 2', 'getoetst'],
    progress: ['in voorbereiding', 'werken aan', 'werken toe naar', 'streven naar', 'gepland', 'verwacht', 'nog niet', 'bezig met'],
    assurance: ['assurancerapport', 'assurance-rapport'],
    meets: ['voldoet aan', 'voldoen aan', 'conform'],
    aligned: ['gebaseerd op', 'in lijn met', 'geïnspireerd op', 'volgens de principes'],
  },
  fr: {
    certified: ['certifié', 'certifiée', 'certifiés', 'certifiées', 'certification*', 'certificat*', 'accrédité*', 'audité*', 'obtenu'],
    report: ['rapport*', 'audit*', 'Type I', 'Type II', 'Type 1', 'Type 2', 'attestation*'],
    progress: ['en cours', 'prévu', 'prévue', 'en préparation', 'nous préparons', 'visons', 'vise', 'pas encore', 'démarche'],
    assurance: ["rapport d'assurance"],
    meets: ['conforme à', 'conformes à', 'respecte', 'respectons'],
    aligned: ['basé sur', 'fondé sur', 'aligné sur', 'inspiré de', 'en ligne avec'],
  },
};

/**
 * Products and hardware that carry a certificate of their own ("our payment terminals are PCI DSS
 * certified", "certified card readers"): the certificate of a device is not the vendor's security
 * certification. Matched as the subject just before the standard or the certified word.
 */
export const CERTIFIED_PRODUCT_WORDS: Record<Lang, string[]> = {
  en: ['terminal', 'terminals', 'payment terminal*', 'card reader*', 'card terminal*', 'device', 'devices', 'POS hardware', 'card readers'],
  sv: ['*terminal', '*terminaler', '*terminalen', '*terminalerna', 'kortläsar*', 'betalterminal*', 'kassaterminal*'],
  no: ['*terminal', '*terminaler', '*terminalen', '*terminalene', 'kortleser*', 'betalingsterminal*'],
  da: ['*terminal', '*terminaler', '*terminalen', '*terminalerne', 'kortlæser*', 'betalingsterminal*'],
  de: ['*terminal', '*terminals', 'Kartenleser*', 'Kartenterminal*', 'Zahlungsterminal*', 'Kassensystem*', 'Geräte'],
  fi: ['*pääte', '*päätteet', '*päätteemme', '*päätteet', '*päätteitä', 'maksupäät*', 'kortinlukij*', 'laite', 'laitteet', 'laitteemme'],
};
