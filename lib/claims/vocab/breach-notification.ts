import type { Lang } from '../../types';

/** breach_notification vocabulary. */
export interface BreachVocab {
  /** A personal-data breach or security incident. */
  breach: string[];
  /** Breach words that also mean other things ("avvik" = deviation): need a customer target. */
  weakBreach: string[];
  /** To notify / inform / alert. */
  notify: string[];
  /** "report": counts only with a customer as the target. */
  report: string[];
  /** The customer (controller) as the one notified. */
  customer: string[];
  /** Supervisory authorities: notifying only them is not a promise to customers. */
  authority: string[];
  /** The vendor committing itself. */
  commit: string[];
  delayUndue: string[];
  delayPlain: string[];
  delayImmediate: string[];
  hours: string[];
  days: string[];
}

export const BREACH: Record<Lang, BreachVocab> & Partial<Record<'nl' | 'fr', BreachVocab>> = {
  en: {
    breach: ['personal data breach*', 'data breach*', 'security breach*', 'data security breach*', 'privacy breach*', 'breach*', 'security incident*', 'data incident*', 'privacy incident*', 'data leak*', 'unauthorised access', 'unauthorized access'],
    weakBreach: ['incident*'],
    notify: ['notify', 'notifies', 'notified', 'notifying', 'notification*', 'inform', 'informs', 'informed', 'informing', 'alert', 'alerted', 'announce*', 'announcing', 'tell you', 'let you know'],
    report: ['report', 'reports', 'reported', 'reporting'],
    customer: ['customer*', 'client*', 'you', 'controller*', 'affected users', 'affected customers', 'data exporter'],
    authority: ['supervisory authorit*', 'authorit*', 'regulator*', 'ICO', 'data protection authority'],
    commit: ['we', 'our', 'commit*', 'will', 'shall', 'undertake*', 'the processor', 'the service provider', 'obligation'],
    delayUndue: ['without undue delay', 'without unreasonable delay'],
    delayPlain: ['without delay'],
    delayImmediate: ['immediately', 'promptly', 'as soon as'],
    hours: ['hours', 'hour', 'h', 'hrs'],
    days: ['days', 'day', 'business days', 'working days'],
  },
  sv: {
    breach: ['personuppgiftsincident*', 'säkerhetsincident*', 'dataintrång*', 'dataläck*', 'säkerhetsöverträdelse*', 'intrång'],
    weakBreach: ['incident*', 'avvikelse*'],
    notify: ['meddela*', 'informera*', 'underrätta*', 'notifiera*', 'avisera*', 'kontaktar vi', 'kontaktar'],
    report: ['rapportera*'],
    customer: ['kund', 'kunder', 'kunden', 'kunderna', 'er', 'ni', 'dig', 'personuppgiftsansvarig*', 'berörda', 'kontaktperson', 'kommunen', 'kommunerna'],
    authority: ['myndighet*', 'tillsynsmyndighet*', 'IMY', 'Integritetsskyddsmyndigheten'],
    commit: ['vi', 'åtar', 'åtagande', 'ska', 'skall', 'kommer att', 'skyldighet*', 'biträdet'],
    delayUndue: ['utan onödigt dröjsmål'],
    delayPlain: ['utan dröjsmål'],
    delayImmediate: ['omedelbart', 'snarast', 'så snart'],
    hours: ['timmar', 'timme', 'timmars', 'h'],
    days: ['dagar', 'dygn', 'arbetsdagar'],
  },
  no: {
    breach: ['brudd på personopplysningssikkerheten', 'brot på personopplysningstryggleiken', 'brot på personopplysningssikkerheita', 'sikkerhetsbrudd*', 'tryggleiksbrot*', 'personvernbrudd*', 'personvernbrot*', 'datainnbrudd*', 'databrudd*', 'sikkerhetshendelse*', 'brudd', 'brot', 'brotet'],
    weakBreach: ['avvik*', 'hendelse*'],
    notify: ['varsl*', 'varsle', 'informer*', 'underrett*', 'melde fra', 'melder fra', 'melder vi fra', 'melder vi frå', 'melde frå', 'gi beskjed', 'beskjed'],
    report: ['rapporter*', 'melde*'],
    customer: ['kunde', 'kunder', 'kunden', 'kundene', 'deg', 'dere', 'behandlingsansvarlig*', 'behandlingsansvarleg*', 'berørte', 'kommunen', 'kommunane', 'kommunene'],
    authority: ['Datatilsynet', 'tilsynsmyndighet*', 'myndighet*'],
    commit: ['vi', 'forplikter', 'skal', 'vil', 'plikt*', 'databehandler*', 'databehandlar*'],
    delayUndue: ['uten ugrunnet opphold', 'uten unødig opphold', 'uten unødig forsinkelse', 'utan ugrunna opphald', 'utan unødig opphald'],
    delayPlain: ['uten opphold', 'utan opphald'],
    delayImmediate: ['umiddelbart', 'snarest', 'straks', 'så snart'],
    hours: ['timer', 'time', 'timar', 't'],
    days: ['dager', 'dagar', 'døgn', 'virkedager', 'vyrkedagar'],
  },
  da: {
    breach: ['brud på persondatasikkerheden', 'sikkerhedsbrud*', 'databrud*', 'persondatabrud*', 'sikkerhedshændelse*', 'brud'],
    weakBreach: ['hændelse*'],
    notify: ['underret*', 'meddele*', 'informere*', 'orientere*', 'give besked', 'besked', 'notificere*'],
    report: ['rapporter*', 'anmelde*'],
    customer: ['kunde', 'kunder', 'kunden', 'kunderne', 'dig', 'jer', 'dataansvarlig*', 'berørte'],
    authority: ['Datatilsynet', 'tilsynsmyndighed*', 'myndighed*'],
    commit: ['vi', 'forpligter', 'skal', 'vil', 'pligt*', 'databehandleren'],
    delayUndue: ['uden unødig forsinkelse', 'uden ugrundet ophold'],
    delayPlain: ['uden forsinkelse'],
    delayImmediate: ['straks', 'omgående', 'hurtigst muligt', 'så snart'],
    hours: ['timer', 'time', 't'],
    days: ['dage', 'døgn', 'hverdage', 'arbejdsdage'],
  },
  de: {
    breach: ['Verletzung des Schutzes', 'Verletzungen des Schutzes', 'Datenschutzverletzung*', 'Datenpanne*', 'Sicherheitsvorf*', 'Datenleck*', 'Sicherheitsverletzung*'],
    weakBreach: ['Vorfall', 'Vorfälle', 'Vorfällen', 'Störung*'],
    notify: ['benachrichtig*', 'informier*', 'unterricht*', 'in Kenntnis'],
    report: ['melden', 'melde', 'meldet', 'gemeldet', 'mitteilen', 'mitgeteilt'],
    customer: ['Kunde', 'Kunden', 'Sie', 'Ihnen', 'Verantwortliche*', 'Auftraggeber*', 'Betroffene*'],
    authority: ['Aufsichtsbehörde*', 'Behörde*'],
    commit: ['wir', 'verpflichte*', 'wird', 'werden', 'Auftragnehmer'],
    delayUndue: ['unverzüglich', 'ohne unangemessene Verzögerung', 'ohne schuldhaftes Zögern'],
    delayPlain: ['ohne Verzögerung'],
    delayImmediate: ['umgehend', 'sofort', 'sobald'],
    hours: ['Stunden', 'Stunde', 'Std', 'h'],
    days: ['Tage', 'Tagen', 'Werktage', 'Werktagen', 'Arbeitstage', 'Arbeitstagen'],
  },
  fi: {
    breach: ['tietoturvaloukkau*', 'tietosuojaloukkau*', 'tietoturvapoikkeam*', 'tietomurto*', 'henkilötietojen tietoturvaloukkau*', 'loukkau*'],
    weakBreach: ['poikkeam*', 'häiriö*'],
    notify: ['ilmoit*', 'tiedot*', 'informoi*'],
    report: ['raportoi*'],
    customer: ['asiakka*', 'asiakkai*', 'rekisterinpitäj*', 'sinulle', 'teille'],
    authority: ['valvontaviranomai*', 'tietosuojavaltuutet*', 'viranomai*'],
    commit: ['me', 'sitoudu*', 'sitoutunut', 'ilmoitamme', 'on velvollinen', 'käsittelijä'],
    delayUndue: ['ilman aiheetonta viivytystä'],
    delayPlain: ['viipymättä', 'ilman viivytystä'],
    delayImmediate: ['välittömästi', 'heti kun'],
    hours: ['tunnin', 'tuntia', 'tunti', 'tunnissa', 'h'],
    days: ['päivän', 'päivää', 'vuorokauden', 'arkipäivän'],
  },
  nl: {
    breach: ['datalek*', 'inbreuk op de beveiliging', 'inbreuk in verband met persoonsgegevens', 'beveiligingsincident*', 'inbreuk*'],
    weakBreach: ['incident*'],
    notify: ['informeren', 'informeert', 'geïnformeerd', 'melden', 'meldt', 'gemeld', 'melding', 'op de hoogte', 'stellen u', 'brengen u', 'waarschuwen'],
    report: ['melden', 'melding', 'gemeld'],
    customer: ['u', 'klant*', 'verwerkingsverantwoordelijke', 'opdrachtgever'],
    authority: ['Autoriteit Persoonsgegevens', 'toezichthouder*', 'toezichthoudende autoriteit'],
    commit: ['wij', 'we', 'onze', 'zullen', 'verplicht', 'meldplicht', 'de verwerker'],
    delayUndue: ['zonder onnodige vertraging', 'onverwijld'],
    delayPlain: ['zonder vertraging'],
    delayImmediate: ['onmiddellijk', 'direct', 'zo snel mogelijk'],
    hours: ['uur', 'uren'],
    days: ['dagen', 'dag', 'werkdagen'],
  },
  fr: {
    breach: ['violation de données*', 'violations de données*', 'violation de sécurité', 'incident de sécurité', 'fuite de données', 'violation*'],
    weakBreach: ['incident*'],
    notify: ['notifi*', 'informons', 'informer', 'informé*', 'avertissons', 'avertir', 'prévenons', 'prévenir', 'signalons'],
    report: ['signal*', 'déclar*'],
    customer: ['vous', 'client*', 'cabinet*', 'responsable du traitement', 'responsable de traitement'],
    authority: ['CNIL', 'autorité de contrôle', 'APD', 'autorité de protection des données'],
    commit: ['nous', 'notre', "s'engage", 'nous engageons', 'le sous-traitant'],
    delayUndue: ['dans les meilleurs délais', 'sans retard injustifié', 'sans délai injustifié'],
    delayPlain: ['sans délai'],
    delayImmediate: ['immédiatement', 'dès que possible'],
    hours: ['heures', 'heure', 'h'],
    days: ['jours', 'jour', 'jours ouvrés'],
  },
};
