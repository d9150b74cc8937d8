import type { Lang } from '../../types';

/** Vocabulary for `data_location` (and the place logic `third_country_transfer` shares). Data only. */
export interface DataLocationVocab {
  /** Verbs and nouns that make a sentence about where data / servers are: stored, hosted, data centre, servers. */
  storage: string[];
  /** Presence verbs that count only with a data or infrastructure noun in the sentence: located, stays, ligger, sijaitsee. */
  presence: string[];
  /** Data and infrastructure nouns (the subjects of presence verbs). */
  dataNouns: string[];
  /** Nouns a place adjective must modify to be a data location ("Swedish data centres", "svenske skyplattform"). */
  infraNouns: string[];
  /** The EU / EEA as blocs, in every form and inflection the pages use. */
  euBloc: string[];
  /** The Nordics: every Nordic country is in the EU or the EEA. */
  nordic: string[];
  /** Words before a bloc meaning "outside it": outside, utanför, außerhalb. */
  outsideBefore: string[];
  /** Words after a bloc meaning "outside it" (Finnish postpositions): ulkopuolella. */
  outsideAfter: string[];
  /** Third countries named as such. */
  thirdCountry: string[];
  /** "Around the world": servers in many places, EU and beyond. */
  worldwide: string[];
  /** Words near a place that make it an office, a law, a market or people, not a data location. */
  notLocation: string[];
  /**
   * Companies among `notLocation` that data can be handed to ("parent company", "Muttergesellschaft",
   * "emoyhtiö"): "transferred to our parent company in the US", "käsitellään emoyhtiön järjestelmissä
   * Yhdysvalloissa" put the data there, when a handling verb comes before the company.
   */
  recipients: string[];
  /** Modal verbs: "you can store your data in Ireland" is an option or a hypothesis, not a statement. */
  modals: string[];
  /** Place names that are not EU/EEA statements ("European infrastructure" may be anywhere in Europe). */
  vaguePlaces: string[];
  /** Lead-in words of a list that only names topics ("The DPA covers, among other things:"). */
  topicLeadIn: string[];
  /** Concessive / hypothetical markers: a place after them is a supposition ("even if the data is stored in Frankfurt"). */
  hypothetical: string[];
  /** Legal forms ending a company name: a place in parentheses right after one is the company's address. */
  legalForms: string[];
  /** Table column headers that hold where a row's processing happens ("Location", "Behandlingssted", "Käsittelyn sijainti"). */
  locationColumn: string[];
  /** Words right before a place that make it a transfer's destination ("to the US", "till USA", "in die USA"), or case endings of the place itself (fi illative "Yhdysvaltoihin"). */
  destination: string[];
}

export const DATA_LOCATION_VOCAB: Record<Lang, DataLocationVocab> & Partial<Record<'nl' | 'fr', DataLocationVocab>> = {
  en: {
    storage: ['runs on', 'runs in', 'run on', 'run in', 'stored', 'store', 'stores', 'storing', 'storage', 'hosted', 'hosting', 'hosts', 'data centre*', 'data center*', 'datacentre*', 'datacenter*', 'server', 'servers', 'processed', 'processing', 'backed up', 'backups', 'data residency', 'resides', 'reside', 'kept', 'cloud region', 'housed', 'process', 'processes'],
    presence: ['located', 'location', 'locations', 'stays', 'stay', 'remains', 'remain', 'operate from', 'operates from', 'operated from', 'based', 'placed', 'region', 'regions', 'physically', 'lives', 'sits'],
    dataNouns: ['data', 'information', 'personal data', 'customer data', 'content', 'infrastructure', 'platform', 'cloud', 'sub-processor*', 'subprocessor*', 'systems'],
    infraNouns: ['data centre*', 'data center*', 'datacentre*', 'datacenter*', 'server', 'servers', 'cloud', 'cloud platform', 'platform', 'infrastructure', 'infrastructure provider', 'hosting', 'region', 'storage', 'facilities', 'facility'],
    euBloc: ['EU', 'EEA', 'EU/EEA', 'EEA/EU', 'EU/EES', 'European Union', 'European Economic Area', 'EU member state*', 'EU countries', 'EU country'],
    nordic: ['Nordic', 'Nordics', 'Nordic countries', 'Scandinavia', 'Scandinavian'],
    outsideBefore: ['outside', 'outside of', 'non', 'beyond'],
    outsideAfter: [],
    thirdCountry: ['third countr*', 'third-countr*', 'non-EU countr*', 'non-EEA countr*'],
    worldwide: ['worldwide', 'around the world', 'globally', 'across the globe', 'all over the world', 'around the globe'],
    notLocation: ['office', 'offices', 'headquarter*', 'HQ', 'registered', 'incorporated', 'law', 'laws', 'legislation', 'regulation', 'regulations', 'directive', 'GDPR', 'General Data Protection*', 'court', 'courts', 'jurisdiction', 'citizens', 'residents', 'individuals', 'persons', 'people', 'users', 'company', 'companies', 'owned', 'authorities', 'authority', 'commission', 'market', 'markets', 'largest', 'leading', 'biggest', 'customers', 'employees', 'language', 'version', 'translation', 'standard contractual', 'partner', 'partners', 'group', 'parent company', 'team', 'teams', 'staff', 'engineers', 'developers'],
    recipients: ['company', 'companies', 'partner', 'partners', 'group', 'parent company', 'affiliate*', 'subsidiary', 'subsidiaries'],
    modals: ['can', 'could', 'may', 'might'],
    vaguePlaces: ['Europe', 'European', 'Western Europe', 'Northern Europe'],
    topicLeadIn: ['covers', 'cover', 'includes', 'include', 'describes', 'contains', 'regulates', 'addresses', 'deals with', 'among other things', 'topics', 'such as'],
    hypothetical: ['even when', 'even if', 'even though', 'regardless of whether', 'whether', 'suppose', 'imagine'],
    legalForms: ['Inc', 'Inc.', 'LLC', 'Ltd', 'Ltd.', 'Limited', 'Corp', 'Corp.', 'Corporation', 'PBC', 'plc', 'B.V.', 'BV', 'N.V.', 'GmbH', 'AG', 'SE', 'SA', 'S.A.', 'SAS', 'SARL', 'Sarl', 'S.à r.l.', 'AB', 'AS', 'ASA', 'A/S', 'ApS', 'Oy', 'Oyj', 'KG', 'S.r.l.', 'Srl'],
    locationColumn: ['location', 'locations', 'country', 'countries', 'processing location', 'where processed', 'region', 'hosting location'],
    destination: ['to', 'to the', 'into', 'into the', 'in', 'in the'],
  },
  sv: {
    storage: ['körs i', 'körs på', 'lagra*', 'lagring*', '*lagring', 'förvara*', 'sparas', 'sparad*', 'hostas', 'hostad*', 'hosting', 'driftas', 'driftad*', 'datacent*', '*datacenter', 'datahall*', 'serverhall*', 'server', 'servrar*', 'servern', 'behandlas', 'säkerhetskopi*', 'backup*', 'behandlar'],
    presence: ['finns', 'ligger', 'belägen', 'belägna', 'beläget', 'placerad*', 'stannar', 'förblir', 'lokaliserad*', 'baserad*', 'fysiskt', 'region'],
    dataNouns: ['data', '*data', 'uppgifter', '*uppgifter', 'information', 'informationen', 'infrastruktur*', 'plattform*', 'moln*', 'underbiträde*', 'underleverantör*', 'system*'],
    infraNouns: ['datacent*', 'datacenter', 'servrar', 'server', 'moln', 'molnet', 'molntjänst*', 'molnplattform*', 'plattform', 'plattformen', 'infrastruktur*', 'driftmiljö*', 'hosting', 'region'],
    euBloc: ['EU', 'EES', 'EU/EES', 'EES/EU', 'Europeiska unionen', 'Europeiska ekonomiska samarbetsområdet', 'EU-land', 'EU-länder', 'EU-länderna', 'EES-land', 'EES-området', 'medlemsstat*'],
    nordic: ['Norden', 'nordiska', 'nordisk', 'Skandinavien', 'skandinaviska'],
    outsideBefore: ['utanför', 'utom'],
    outsideAfter: [],
    thirdCountry: ['tredje land', 'tredjeland', 'tredjeländer', 'tredje länder', '*tredjeland', '*tredjeländer', 'tredjelandsöverföring*', 'tredjelandsöverför*'],
    worldwide: ['över hela världen', 'runt om i världen', 'globalt', 'världen över'],
    notLocation: ['kontor*', 'huvudkontor*', 'säte', 'registrerat', 'registrerad', 'lag', 'lagar', 'lagen', 'lagstiftning*', 'förordning*', 'dataskyddsförordning*', 'domstol*', 'jurisdiktion', 'medborgare', 'invånare', 'personer', 'användare', 'bolag', 'företag', 'moderbolag*', 'partner*', 'koncern*', 'myndighet*', 'kommission*', 'marknad*', 'största', 'ledande', 'kunder', 'anställda', 'ägd', 'ägt', 'ägda', 'språk', 'version', 'översättning', 'team', 'teamet', 'personal', 'personalen', 'medarbetare', 'utvecklare'],
    recipients: ['bolag', 'företag', 'moderbolag*', 'dotterbolag*', 'partner*', 'koncern*'],
    modals: ['kan', 'kunde', 'får', 'skulle kunna'],
    vaguePlaces: ['Europa', 'europeisk', 'europeiska', 'europeiskt'],
    topicLeadIn: ['omfattar', 'täcker', 'innehåller', 'beskriver', 'reglerar', 'behandlar', 'bland annat', 'exempelvis', 'såsom'],
    hypothetical: ['även om', 'oavsett om', 'anta att'],
    legalForms: [],
    locationColumn: ['plats', 'land', 'länder', 'behandlingsplats', 'lagringsplats', 'placering', 'region'],
    destination: ['till', 'i'],
  },
  no: {
    storage: ['kjører i', 'kjører på', 'køyrer i', 'køyrer på', 'lagre*', 'lagring*', '*lagring', 'oppbevar*', 'hostes', 'hostet', 'hosting', 'driftes', 'driftet', 'datasenter*', 'datasentr*', '*datasenter', '*datasentre', 'server', 'servere*', 'serveren', 'behandles', 'sikkerhetskopi*', 'backup*', 'behandler', 'behandlar', 'lagra', 'lagrar', 'lagrast', 'lagra*'],
    presence: ['ligger', 'ligg', 'vert verande', 'blir verande', 'befinner', 'plassert', 'lokalisert', 'forblir', 'blir værende', 'basert', 'fysisk', 'region'],
    dataNouns: ['data', '*data', 'dataene', 'opplysninger', '*opplysninger', 'opplysningar', '*opplysningar', 'informasjon', 'infrastruktur*', 'plattform*', 'sky', 'skyen', 'underleverandør*', 'underdatabehandler*', 'system*'],
    infraNouns: ['datasenter*', 'datasentr*', 'servere', 'server', 'sky', 'skyen', 'skyplattform*', 'skytjeneste*', 'plattform', 'plattformen', 'infrastruktur*', 'driftsmiljø*', 'hosting', 'region'],
    euBloc: ['EU', 'EØS', 'EU/EØS', 'EØS/EU', 'EU/EEA', 'EEA', 'EØS-området', 'Den europeiske union', 'Det europeiske økonomiske samarbeidsområdet', 'EU-land', 'EØS-land', 'medlemsstat*'],
    nordic: ['Norden', 'nordiske', 'nordisk', 'Skandinavia', 'skandinaviske'],
    outsideBefore: ['utenfor', 'utanfor', 'utenom'],
    outsideAfter: [],
    thirdCountry: ['tredjeland', 'tredjeland*', 'tredjestat*', '*tredjeland', 'tredjelandsoverføring*'],
    worldwide: ['over hele verden', 'rundt om i verden', 'globalt', 'verden over'],
    notLocation: ['kontor*', 'hovedkontor*', 'registrert', 'lov', 'loven', 'lover', 'lovgivning*', 'forordning*', 'personvernforordning*', 'domstol*', 'jurisdiksjon', 'borgere', '*borgere', 'innbyggere', 'personer', 'brukere', 'selskap*', 'partner*', 'konsern*', 'morselskap*', 'virksomhet*', 'myndighet*', 'kommisjon*', 'marked*', 'største', 'ledende', 'kunder', 'ansatte', 'eid', 'eide', 'språk', 'versjon', 'oversettelse', 'team', 'teamet', 'medarbeidere', 'utviklere'],
    recipients: ['selskap*', 'morselskap*', 'datterselskap*', 'partner*', 'konsern*', 'virksomhet*'],
    modals: ['kan', 'kunne', 'får'],
    vaguePlaces: ['Europa', 'europeisk', 'europeiske', 'europeiskt'],
    topicLeadIn: ['dekker', 'omfatter', 'inneholder', 'beskriver', 'regulerer', 'behandler', 'blant annet', 'for eksempel', 'slik som'],
    hypothetical: ['selv om', 'selv hvis', 'uavhengig av om'],
    legalForms: [],
    locationColumn: ['sted', 'land', 'behandlingssted', 'lagringssted', 'plassering', 'lokasjon', 'region'],
    destination: ['til', 'i'],
  },
  da: {
    storage: ['kører i', 'kører på', 'lagre*', 'lagring*', '*lagring', 'opbevar*', 'gemmes', 'gemt', 'hostes', 'hostet', 'hosting', 'driftes', 'datacent*', '*datacenter', 'server', 'servere*', 'serveren', 'behandles', 'sikkerhedskopi*', 'backup*', 'behandler'],
    presence: ['ligger', 'befinder', 'placeret', 'lokaliseret', 'forbliver', 'baseret', 'fysisk', 'region'],
    dataNouns: ['data', '*data', 'dataene', 'oplysninger', '*oplysninger', 'information', 'infrastruktur*', 'platform*', 'sky', 'skyen', 'underleverandør*', 'underdatabehandler*', 'system*'],
    infraNouns: ['datacent*', 'datacenter', 'servere', 'server', 'sky', 'skyen', 'skyplatform*', 'cloudplatform*', 'platform', 'platformen', 'infrastruktur*', 'driftsmiljø*', 'hosting', 'region'],
    euBloc: ['EU', 'EØS', 'EU/EØS', 'EØS/EU', 'Den Europæiske Union', 'Det Europæiske Økonomiske Samarbejdsområde', 'EU-land', 'EU-lande', 'EØS-land', 'medlemsstat*'],
    nordic: ['Norden', 'nordiske', 'nordisk', 'Skandinavien', 'skandinaviske'],
    outsideBefore: ['uden for', 'udenfor', 'udenom'],
    outsideAfter: [],
    thirdCountry: ['tredjeland', 'tredjelande', 'tredjelandene', '*tredjeland', '*tredjelande', 'tredjelandsoverførsel*', 'tredjelandsoverførsl*'],
    worldwide: ['over hele verden', 'rundt om i verden', 'globalt', 'verden over'],
    notLocation: ['kontor*', 'hovedkontor*', 'hjemsted', 'registreret', 'lov', 'loven', 'love', 'lovgivning*', 'forordning*', 'databeskyttelsesforordning*', 'domstol*', 'jurisdiktion', 'borgere', 'personer', 'brugere', 'selskab*', 'partner*', 'partnere', 'koncern*', 'moderselskab*', 'virksomhed*', 'myndighed*', 'kommission*', 'marked*', 'største', 'førende', 'kunder', 'ansatte', 'ejet', 'ejede', 'sprog', 'version', 'oversættelse', 'revisor*', 'team', 'teamet', 'medarbejdere', 'udviklere'],
    recipients: ['selskab*', 'moderselskab*', 'datterselskab*', 'partner*', 'partnere', 'koncern*', 'virksomhed*'],
    modals: ['kan', 'kunne', 'må'],
    vaguePlaces: ['Europa', 'europæisk', 'europæiske'],
    topicLeadIn: ['dækker', 'omfatter', 'indeholder', 'beskriver', 'regulerer', 'behandler', 'blandt andet', 'for eksempel', 'såsom'],
    hypothetical: ['selv om', 'selvom', 'selv hvis', 'uanset om'],
    legalForms: [],
    locationColumn: ['sted', 'land', 'lande', 'behandlingssted', 'lokation', 'placering', 'region'],
    destination: ['til', 'i'],
  },
  de: {
    storage: ['läuft auf', 'läuft in', 'laufen in', 'betrieben in', 'gespeichert', 'speicher*', '*speicherung', 'gehostet', 'hosting', 'Hosting', '*rechenzentr*', 'Rechenzentr*', 'Server', 'Servern', 'Serverstandort*', '*standort', 'verarbeitet', 'Verarbeitung', 'Datenverarbeitung', 'aufbewahrt', 'gesichert', 'Backup*', 'Datensicherung*', 'verarbeiten', 'verarbeitet'],
    presence: ['befinden sich', 'befindet sich', 'liegen', 'liegt', 'bleiben', 'bleibt', 'betrieben', 'stationiert', 'ansässig', 'physisch', 'Region', 'Standort'],
    dataNouns: ['Daten', '*daten', 'Informationen', 'Infrastruktur*', 'Plattform*', 'Cloud', 'Unterauftragsverarbeiter*', 'Subunternehmer*', 'Systeme'],
    infraNouns: ['*rechenzentr*', 'Rechenzentr*', 'Server', 'Servern', 'Cloud', 'Cloud-Plattform', 'Plattform', 'Infrastruktur', 'Hosting', 'Region', 'Standorte*'],
    euBloc: ['EU', 'EWR', 'EU/EWR', 'EWR/EU', 'Europäische Union', 'Europäischen Union', 'Europäischer Wirtschaftsraum', 'Europäischen Wirtschaftsraum', 'Europäischen Wirtschaftsraums', 'EU-Mitgliedstaat*', 'EU-Mitgliedsstaat*', 'EU-Staat*', 'EU-Länder*', 'EU-Land', 'Mitgliedstaat*', 'Mitgliedsstaat*'],
    nordic: ['Skandinavien', 'skandinavisch*', 'nordisch*', 'Nordeuropa'],
    outsideBefore: ['außerhalb', 'ausserhalb'],
    outsideAfter: [],
    thirdCountry: ['Drittland', 'Drittländer', 'Drittländern', 'Drittlands', 'Drittstaat*', '*drittland', '*drittländer', '*drittstaat*', 'Drittland*', 'Drittlands*', 'Drittstaaten*'],
    worldwide: ['weltweit', 'auf der ganzen Welt', 'global', 'rund um den Globus'],
    notLocation: ['Büro*', 'Sitz', 'Firmensitz', 'Hauptsitz', 'Niederlassung*', 'eingetragen', 'Gesetz*', 'Recht', 'Rechts', 'Verordnung*', 'Richtlinie*', 'DSGVO', 'DS-GVO', 'Datenschutz-Grundverordnung', 'Gericht*', 'Gerichtsstand', 'Bürger*', 'Einwohner*', 'Personen', 'Nutzer*', 'Unternehmen', 'Konzern*', '*konzern', 'Partner*', 'Mutterkonzern*', 'Muttergesellschaft', 'Behörde*', 'Kommission*', 'Markt*', 'größte*', 'führende*', 'Kunden', 'Mitarbeiter*', 'Besitz', 'Sprache', 'Fassung', 'Übersetzung', 'Team', 'Teams', 'Mitarbeitende', 'Entwickler*'],
    recipients: ['Unternehmen', 'Konzern*', '*konzern', 'Partner*', 'Mutterkonzern*', 'Muttergesellschaft', 'Tochtergesellschaft*', 'Konzerngesellschaft*'],
    modals: ['kann', 'können', 'könnte', 'könnten', 'dürfen'],
    vaguePlaces: ['Europa', 'europäisch*'],
    topicLeadIn: ['umfasst', 'deckt', 'enthält', 'beschreibt', 'regelt', 'behandelt', 'unter anderem', 'beispielsweise', 'wie etwa'],
    hypothetical: ['auch wenn', 'selbst wenn', 'unabhängig davon', 'angenommen'],
    legalForms: [],
    locationColumn: ['Ort', 'Land', 'Länder', 'Verarbeitungsort', 'Standort', 'Sitz der Verarbeitung', 'Region'],
    destination: ['in die', 'in den', 'nach', 'in'],
  },
  fi: {
    storage: ['pyörii', 'tallenne*', 'tallenta*', 'säilytet*', 'säilyt*', 'palvelin*', 'palvelim*', '*palvelin', '*palvelimet', 'palvelinkeskuk*', 'palvelinkesku*', 'konesal*', 'datakeskuk*', 'datakesku*', 'käsitellään', 'käsitel*', 'isännöi*', 'hostaus*', 'varmuuskopi*', 'käsittele*', 'käsitellä*'],
    presence: ['sijaitse*', 'sijaitsevat', 'sijaitsee', 'pysyy', 'pysyvät', 'fyysisesti', 'alue', 'alueella'],
    dataNouns: ['tiedot', 'tietoja', 'tietojasi', 'tietoa', 'data', 'dataa', '*tiedot', '*tietoja', 'henkilötie*', 'infrastruktuuri*', 'alusta*', 'pilvi*', 'alihankkij*', 'järjestelm*'],
    infraNouns: ['palvelinkeskuk*', 'palvelinkesku*', 'palvelim*', 'palvelin', 'konesal*', 'datakeskuk*', 'pilvi*', 'pilvipalvelu*', 'alusta*', 'infrastruktuuri*', 'hostaus*'],
    euBloc: ['EU', 'ETA', 'EU/ETA', 'EU-alue*', 'ETA-alue*', 'EU:n alue*', 'EU- ja ETA-alue*', 'Euroopan unioni*', 'Euroopan talousalue*', 'EU-mai*', 'EU-maa*', 'jäsenvaltio*'],
    nordic: ['Pohjoismai*', 'pohjoismai*', 'Skandinavia*'],
    outsideBefore: [],
    outsideAfter: ['ulkopuol*', 'ulkopuoli*'],
    thirdCountry: ['kolmansiin maihin', 'kolmanteen maahan', 'kolmansissa maissa', 'kolmannessa maassa', 'kolmansista maista', 'kolmas maa', 'kolmannen maan', 'kolmansien maiden'],
    worldwide: ['eri puolilla maailmaa', 'ympäri maailmaa', 'maailmanlaajuisesti', 'globaalisti', 'kaikkialla maailmassa'],
    notLocation: ['toimisto*', 'pääkonttori*', 'kotipaikka*', 'rekisteröi*', 'laki', 'lain', 'lakia', 'lainsäädäntö*', 'asetus*', 'tietosuoja-asetus*', 'tietosuojadirektiiv*', 'direktiivi*', 'tuomioistuin*', 'kansalai*', 'asukka*', 'henkilöt', 'henkilöiden', 'henkilöitä', 'henkilöille', 'käyttäj*', 'yhtiö*', 'yritys*', 'kumppani*', 'konserni*', 'emoyhtiö*', 'yritykse*', 'viranomai*', 'komissio*', 'markkin*', 'suurim*', 'johtav*', 'asiakka*', 'työntekijä*', 'omisteinen', 'omistuksessa', 'kieli', 'versio', 'käännös', 'tiimi*', 'henkilöstö*', 'kehittäj*'],
    recipients: ['yhtiö*', 'yritys*', 'yritykse*', 'kumppani*', 'konserni*', 'emoyhtiö*', 'tytäryhtiö*'],
    modals: ['voi', 'voit', 'voivat', 'voidaan', 'saattaa'],
    vaguePlaces: ['Eurooppa', 'Euroopan', 'Euroopassa', 'eurooppalai*'],
    topicLeadIn: ['kattaa', 'sisältää', 'kuvaa', 'sääntelee', 'käsittelee', 'muun muassa', 'esimerkiksi', 'kuten'],
    hypothetical: ['vaikka', 'riippumatta siitä', 'oletetaan'],
    legalForms: [],
    locationColumn: ['sijainti', 'käsittelyn sijainti', 'käsittelypaikka', 'maa', 'sijaintimaa', 'alue'],
    destination: ['*hin', '*iin', '*seen', '*aan', '*ään', '*uun', '*yyn', '*oon', '*öön'],
  },
  nl: {
    storage: ['draait op', 'draait in', 'draaien op', 'opgeslagen', 'opslag', 'opslaan', 'gehost', 'hosting', 'datacenter*', 'server', 'servers', 'verwerkt', 'verwerking', 'back-ups', 'back-up'],
    presence: ['bevinden zich', 'bevindt zich', 'staan', 'blijven', 'blijft', 'gevestigd', 'fysiek', 'regio', 'draait'],
    dataNouns: ['gegevens', 'persoonsgegevens', 'data', 'informatie', 'infrastructuur', 'platform', 'cloud', 'subverwerker*'],
    infraNouns: ['datacenter*', 'servers', 'server', 'cloud', 'platform', 'infrastructuur', 'hosting', 'regio'],
    euBloc: ['EU', 'EER', 'EU/EER', 'Europese Unie', 'Europese Economische Ruimte', 'EU-lidstaat*', 'lidstaat*'],
    nordic: ['Scandinavië', 'Noordse'],
    outsideBefore: ['buiten'],
    outsideAfter: [],
    thirdCountry: ['derde land', 'derde landen', 'derdeland*'],
    worldwide: ['wereldwijd', 'over de hele wereld'],
    notLocation: ['kantoor', 'kantoren', 'hoofdkantoor', 'gevestigd te', 'wet', 'wetgeving', 'verordening', 'AVG', 'rechtbank', 'burgers', 'personen', 'gebruikers', 'bedrijf', 'bedrijven', 'moederbedrijf', 'concern', 'autoriteit', 'markt', 'grootste', 'klanten', 'KvK', 'team', 'medewerkers'],
    recipients: ['bedrijf', 'bedrijven', 'moederbedrijf', 'concern'],
    modals: ['kan', 'kunnen', 'mag'],
    vaguePlaces: ['Europa', 'Europees', 'Europese'],
    topicLeadIn: ['omvat', 'bevat', 'beschrijft', 'regelt', 'onder andere', 'zoals'],
    hypothetical: ['ook als', 'zelfs als', 'ongeacht of'],
    legalForms: [],
    locationColumn: ['locatie', 'land', 'regio'],
    destination: ['naar', 'in'],
  },
  fr: {
    storage: ['fonctionne sur', 'tourne sur', 'hébergé*', 'hébergement', 'stocké*', 'stockage', 'conservé*', 'centre* de données', 'datacenter*', 'serveur*', 'traité*', 'traitement', 'sauvegarde*'],
    presence: ['situé*', 'localisé*', 'restent', 'reste', 'implanté*', 'région', 'localisation', 'physiquement'],
    dataNouns: ['données', 'informations', 'infrastructure', 'plateforme', 'cloud', 'sous-traitant*'],
    infraNouns: ['centre* de données', 'serveurs', 'serveur', 'cloud', 'plateforme', 'infrastructure', 'hébergement', 'région'],
    euBloc: ['UE', 'EEE', 'UE/EEE', 'Union européenne', "l'Union européenne", 'Espace économique européen', 'État membre', 'États membres'],
    nordic: ['pays nordiques', 'Scandinavie'],
    outsideBefore: ['hors de', 'hors', 'en dehors de', "en dehors de l'", 'extérieur de'],
    outsideAfter: [],
    thirdCountry: ['pays tiers', 'pays tiers'],
    worldwide: ['dans le monde entier', 'à travers le monde', 'mondialement'],
    notLocation: ['bureau*', 'siège', 'établie à', 'établi à', 'loi', 'lois', 'législation', 'règlement', 'RGPD', 'tribunal', 'juridiction', 'citoyens', 'personnes', 'utilisateurs', 'société', 'sociétés', 'entreprise', 'entreprises', 'maison mère', 'groupe', 'autorité', 'commission', 'marché', 'clients', 'cabinets', 'droit', 'équipe', 'équipes'],
    recipients: ['société', 'sociétés', 'entreprise', 'entreprises', 'maison mère', 'groupe'],
    modals: ['peut', 'peuvent', 'pourrait'],
    vaguePlaces: ['Europe', 'européen', 'européenne', 'européens'],
    topicLeadIn: ['couvre', 'comprend', 'contient', 'décrit', 'régit', 'notamment', 'tels que'],
    hypothetical: ['même si', 'que ce soit', 'quel que soit'],
    legalForms: [],
    locationColumn: ['localisation', 'pays', 'région'],
    destination: ['vers', 'vers les', 'aux', 'au', 'en'],
  },
};
