import type { Lang } from '../../types';

/** Vocabulary for `us_exposure`: how a page ties a named provider to the vendor's own service. */
export interface UsExposureVocab {
  /** Relations that make a named provider the vendor's host / sub-processor without a subject: "hosted on", "hostas på", "gehostet". */
  hosting: string[];
  /** Generic "use" verbs: count only with the vendor as subject (first person) or a role word in the sentence. */
  use: string[];
  /** Role words: sub-processor, hosting provider, processor. */
  role: string[];
  /** Relations that do not make the provider a host: "sign in with Google", "Microsoft Gold Partner". */
  notHosting: string[];
  /** Example markers: "a US company, such as AWS or Google" is a generic example, not the vendor's host. */
  examples: string[];
  /** The vendor says it is a US company. */
  usCompany: string[];
  /** "A wholly owned subsidiary of", "datterselskap av", "Tochtergesellschaft der": with a US parent right after, the vendor is US-owned. */
  subsidiaryOf: string[];
  /**
   * Subsidiary / acquisition words that follow the parent's name (Finnish genitive "Acme Inc:n
   * tytäryhtiö", "X:n omistama"; "an Acme, Inc. subsidiary"; "Acme Inc. acquired …"): the US parent is looked for before them.
   */
  parentBefore: string[];
  /** What marks that parent as American: a US legal form or the country ("Inc.", "LLC", "Delaware", "USA", "Yhdysvalloissa"). */
  usParent: string[];
  /** The vendor says it runs its own stack: own data centres, own cloud platform, administered by itself. */
  ownStack: string[];
  /** Nouns "our … data centres / cloud platform" that make the stack the vendor's own. */
  ownNouns: string[];
  /** Possessives and "own" adjectives before own-nouns. */
  ownPossessive: string[];
  /** Words that put another party between "our" and the data centre ("our suppliers' data centres"). */
  supplierWords: string[];
  /** European ownership / sovereignty claims: "Swedish-owned", "danskejet", "free from the US CLOUD Act". */
  euOwned: string[];
}

export const US_EXPOSURE_VOCAB: Record<Lang, UsExposureVocab> & Partial<Record<'nl' | 'fr', UsExposureVocab>> = {
  en: {
    hosting: ['hosted', 'hosts', 'hosting', 'runs on', 'run on', 'running on', 'built on', 'powered by', 'provided by', 'operated by', 'managed by', 'stored with', 'stored at', 'stored on', 'stored in', 'store', 'stores', 'data centre*', 'data center*', 'datacentre*', 'datacenter*', 'infrastructure', 'servers', 'server', 'cloud platform', 'platform-managed', 'backbone', 'runs in', 'run in', 'running in'],
    use: ['use', 'uses', 'using', 'used', 'utilise*', 'utilize*', 'rely on', 'relies on', 'work with', 'partner with', 'engage', 'engages', 'leverage*'],
    role: ['sub-processor*', 'subprocessor*', 'sub processor*', 'processor', 'processors', 'hosting provider*', 'cloud provider*', 'infrastructure provider*', 'service provider*', 'third-party provider*', 'third party provider*', 'third-party service provider*', 'vendor', 'vendors', 'data processor*'],
    notHosting: ['sign in', 'log in', 'login', 'sign-in', 'sign in with', 'signing in with', 'log in with', 'login with', 'log in using', 'single sign-on', 'SSO', 'certified partner', 'gold partner', 'silver partner', 'partner program*', 'integration with', 'integrates with', 'integrate with', 'export to', 'import from', 'compatible with', 'marketplace', 'app store', 'CLOUD Act'],
    examples: ['such as', 'like', 'e.g.', 'for example', 'for instance'],
    usCompany: ['a Delaware corporation', 'a Delaware limited liability company', 'a Delaware company', 'Delaware corporation', 'Delaware limited liability company', 'a US company', 'a U.S. company', 'an American company', 'headquartered in the United States', 'headquartered in the US', 'headquartered in the U.S.', 'a California corporation', 'a Washington corporation', 'a New York corporation'],
    subsidiaryOf: ['subsidiary of', 'wholly owned subsidiary', 'wholly-owned subsidiary', 'owned by', 'our parent company', 'the parent company', 'part of the', 'was acquired by', 'has been acquired by', 'have been acquired by', 'is now part of', 'now part of', 'has been part of'],
    parentBefore: ['subsidiary', 'acquired'],
    usParent: ['Inc.', 'Inc', 'LLC', 'L.L.C.', 'Corp.', 'Corporation', 'Delaware', 'USA', 'U.S.', 'U.S.A.', 'US', 'United States', 'American'],
    ownStack: ['our own data cent*', 'our own datacent*', 'our own servers', 'our own infrastructure', 'our own hardware', 'our own cloud', 'own data centres', 'own data centers', 'administrated by the service provider', 'administered by the service provider', 'operated by the service provider', 'managed by the service provider', 'administered by us', 'administrated by us', 'operated by us', 'owned and operated by us', 'we own and operate', 'own and operate our', 'our own server room*'],
    ownNouns: ['data centre*', 'data center*', 'datacentre*', 'datacenter*', 'cloud platform', 'data halls', 'server room*'],
    ownPossessive: ['our', 'our own', 'own'],
    supplierWords: ['supplier*', 'provider*', 'partner*', 'vendor*', 'sub-processor*', 'subprocessor*', "supplier's", "suppliers'"],
    euOwned: ['Swedish-owned', 'Norwegian-owned', 'Danish-owned', 'Finnish-owned', 'German-owned', 'Dutch-owned', 'French-owned', 'European-owned', 'EU-owned', 'Nordic-owned', 'free from the U.S. CLOUD Act', 'free from the US CLOUD Act', 'not subject to the CLOUD Act', 'not subject to the US CLOUD Act', 'not subject to the U.S. CLOUD Act', 'outside the reach of the CLOUD Act'],
  },
  sv: {
    hosting: ['hostas', 'hostad*', 'hosting', 'driftas', 'driftad*', 'körs på', 'körs hos', 'lagras hos', 'lagrar hos', 'ligger hos', 'datacent*', 'datacenter', 'datahall*', 'servrar', 'infrastruktur*', 'molnplattform*', 'plattform', 'driftleverantör*', 'körs i'],
    use: ['använder', 'använda', 'används', 'nyttjar', 'utnyttjar', 'anlitar', 'anlitas'],
    role: ['underbiträde*', 'personuppgiftsbiträde*', 'biträde', 'underleverantör*', 'leverantör', 'leverantörer', 'driftleverantör*', 'molnleverantör*', 'hostingleverantör*', 'tjänsteleverantör*', 'tredjepartsleverantör*'],
    notHosting: ['inloggning*', 'logga in', 'logga in med', 'inloggning med', 'certifierad partner', 'guldpartner', 'silverpartner', 'integration med', 'integrerar med', 'integreras med', 'CLOUD Act'],
    examples: ['som', 'såsom', 't.ex.', 'till exempel', 'exempelvis'],
    usCompany: ['ett amerikanskt företag', 'amerikanskt bolag', 'ett amerikanskt bolag', 'huvudkontor i USA'],
    subsidiaryOf: ['dotterbolag till', 'dotterbolag av', 'helägt dotterbolag', 'ägs av', 'vårt moderbolag', 'moderbolaget', 'del av koncernen', 'har förvärvats av', 'förvärvades av', 'har köpts av', 'har köpts upp av', 'köptes av', 'köptes upp av', 'är nu en del av'],
    parentBefore: ['köpte', 'förvärvade'],
    usParent: ['Inc.', 'Inc', 'LLC', 'L.L.C.', 'Corp.', 'Corporation', 'Delaware', 'USA', 'U.S.', 'U.S.A.', 'US', 'amerikanska', 'amerikanskt'],
    ownStack: ['egna datacenter', 'egen infrastruktur', 'egna servrar', 'egen hårdvara', 'eget moln', 'egen molnplattform', 'egna datahallar', 'egen serverhall', 'egna serverhallar', 'äger och driftar', 'äger och driver', 'driftar våra servrar själva'],
    ownNouns: ['datacenter', 'datacentra', 'datacentret', 'molnplattform*', 'datahallar', 'serverhall*', 'serverrum*'],
    ownPossessive: ['vår', 'våra', 'vårt', 'egen', 'egna', 'eget'],
    supplierWords: ['leverantör*', 'underleverantör*', 'partner*', 'underbiträde*'],
    euOwned: ['svenskägd*', 'svenskägt', 'norskägd*', 'danskägd*', 'finskägd*', 'europeiskt ägd*', 'fri från CLOUD Act', 'omfattas inte av CLOUD Act'],
  },
  no: {
    hosting: ['hostes', 'hostet', 'hosting', 'driftes', 'driftet', 'kjører på', 'kjøres hos', 'lagres hos', 'lagret hos', 'ligger hos', 'datasenter*', 'datasentr*', 'servere', 'infrastruktur*', 'skyplattform*', 'plattform', 'driftsleverandør*', 'kjører i', 'køyrer i', 'køyrer på', 'vert drifta', 'driftast'],
    use: ['bruker', 'brukes', 'benytter', 'benyttes', 'anvender'],
    role: ['underleverandør*', 'underdatabehandler*', 'underbehandler*', 'databehandler', 'databehandlere', 'leverandør', 'leverandører', 'driftsleverandør*', 'skyleverandør*', 'tjenesteleverandør*', 'tredjepartsleverandør*'],
    notHosting: ['innlogging*', 'logge inn', 'logge inn med', 'innlogging med', 'sertifisert partner', 'gullpartner', 'partner', 'integrasjon med', 'integrerer med', 'CLOUD Act'],
    examples: ['som', 'slik som', 'f.eks.', 'for eksempel'],
    usCompany: ['et amerikansk selskap', 'amerikansk selskap', 'hovedkontor i USA'],
    subsidiaryOf: ['datterselskap av', 'datterselskap til', 'heleid datterselskap', 'dotterselskap av', 'heileigd dotterselskap', 'eies av', 'er eigd av', 'morselskapet', 'vårt morselskap', 'morselskapet vårt', 'er kjøpt av', 'ble kjøpt av', 'er kjøpt opp av', 'ble kjøpt opp av', 'har blitt kjøpt opp av', 'er nå en del av'],
    parentBefore: ['kjøpte'],
    usParent: ['Inc.', 'Inc', 'LLC', 'L.L.C.', 'Corp.', 'Corporation', 'Delaware', 'USA', 'U.S.', 'U.S.A.', 'US', 'amerikanske', 'amerikansk'],
    ownStack: ['egne datasentre', 'egne datasenter', 'egen infrastruktur', 'egne servere', 'egen maskinvare', 'egen sky', 'egen skyplattform', 'eget driftsmiljø', 'eier og drifter', 'eig og driftar', 'eigne serverar', 'eigne serverane', 'eige datasenter', 'eigne datasenter', 'eiga infrastruktur', 'eigen infrastruktur', 'vi driftar sjølve', 'driftar sjølve'],
    ownNouns: ['datasenter', 'datasentre', 'datasentrene', 'skyplattform*', 'driftsmiljø*', 'serverrom*', 'datasenteret'],
    ownPossessive: ['vår', 'våre', 'vårt', 'egen', 'egne', 'eget', 'eige', 'eigne', 'eiga'],
    supplierWords: ['leverandør*', 'underleverandør*', 'partner*', 'underleverandørers'],
    euOwned: ['norskeid*', 'norsk-eid*', 'svenskeid*', 'svensk-eid*', 'danskeid*', 'norskeiet', 'europeisk eid*', 'fri fra CLOUD Act', 'ikke underlagt CLOUD Act'],
  },
  da: {
    hosting: ['hostes', 'hostet', 'hosting', 'driftes', 'driftet', 'kører på', 'køres hos', 'opbevares hos', 'lagres hos', 'ligger hos', 'datacent*', 'datacenter', 'servere', 'infrastruktur*', 'platform', 'driftsleverandør*', 'kører i'],
    use: ['bruger', 'bruges', 'benytter', 'benyttes', 'anvender', 'anvendes'],
    role: ['underdatabehandler*', 'underleverandør*', 'underbehandler*', 'databehandler', 'databehandlere', 'leverandør', 'leverandører', 'driftsleverandør*', 'cloududbyder*', 'hostingudbyder*', 'tjenesteudbyder*'],
    notHosting: ['log ind', 'login*', 'logge ind med', 'login med', 'certified partner', 'certificeret partner', 'guldpartner', 'partner', 'integration med', 'integrerer med', 'CLOUD Act'],
    examples: ['som', 'såsom', 'f.eks.', 'for eksempel'],
    usCompany: ['en amerikansk virksomhed', 'et amerikansk selskab', 'amerikansk virksomhed', 'hovedkontor i USA'],
    subsidiaryOf: ['datterselskab af', 'helejet datterselskab', 'ejes af', 'vores moderselskab', 'moderselskabet', 'er opkøbt af', 'blev opkøbt af', 'er købt af', 'blev købt af', 'er nu en del af'],
    parentBefore: ['købte', 'opkøbte'],
    usParent: ['Inc.', 'Inc', 'LLC', 'L.L.C.', 'Corp.', 'Corporation', 'Delaware', 'USA', 'U.S.', 'U.S.A.', 'US', 'amerikanske', 'amerikansk'],
    ownStack: ['egne datacentre', 'egne datacentre', 'eget datacenter', 'egen infrastruktur', 'egne servere', 'egen hardware', 'egen hostingplatform', 'egen platform', 'eget driftsmiljø', 'ejer og driver'],
    ownNouns: ['datacenter', 'datacentre', 'datacentrene', 'hostingplatform*', 'hosting-platform*', 'cloudplatform*', 'driftsmiljø*', 'serverrum*'],
    ownPossessive: ['vores', 'egen', 'egne', 'eget'],
    supplierWords: ['leverandør*', 'underleverandør*', 'partner*'],
    euOwned: ['danskejet', 'danskejede', 'dansk-ejet', 'svenskejet', 'norskejet', 'europæisk ejet', 'fri for CLOUD Act', 'ikke underlagt CLOUD Act'],
  },
  de: {
    hosting: ['gehostet', 'hostet', 'Hosting', 'betrieben bei', 'betrieben von', 'läuft auf', 'laufen auf', 'basiert auf', 'gespeichert bei', 'gespeichert in', '*rechenzentr*', 'Rechenzentr*', 'Server', 'Serverinfrastruktur', 'Infrastruktur', 'Plattform', 'läuft in', 'laufen in'],
    use: ['nutzen', 'nutzt', 'genutzt', 'verwenden', 'verwendet', 'einsetzen', 'eingesetzt', 'setzen', 'bedienen uns'],
    role: ['Unterauftragsverarbeiter*', 'Auftragsverarbeiter*', 'Subunternehmer*', 'Unterauftragnehmer*', 'Dienstleister', 'Hosting-Anbieter*', 'Hostinganbieter*', 'Cloud-Anbieter*', 'Anbieter', 'Drittanbieter*'],
    notHosting: ['Anmeldung', 'anmelden', 'Login*', 'anmelden mit', 'Anmeldung mit', 'Login mit', 'zertifizierter Partner', 'Gold-Partner', 'Partner', 'Integration mit', 'integriert mit', 'CLOUD Act'],
    examples: ['wie', 'z. B.', 'z.B.', 'zum Beispiel', 'etwa', 'beispielsweise'],
    usCompany: ['ein US-Unternehmen', 'ein amerikanisches Unternehmen', 'US-amerikanisches Unternehmen', 'Hauptsitz in den USA', 'mit Sitz in den USA'],
    subsidiaryOf: ['Tochtergesellschaft', 'Tochterunternehmen', 'hundertprozentige Tochter', 'im Besitz der', 'im Besitz von', 'unsere Muttergesellschaft', 'der Muttergesellschaft', 'Mutterkonzern', 'übernommen von', 'übernommen durch', 'gehört zur', 'gehört zum', 'Teil der', 'Teil des'],
    parentBefore: ['übernahm', 'erwarb', 'kaufte'],
    usParent: ['Inc.', 'Inc', 'LLC', 'L.L.C.', 'Corp.', 'Corporation', 'Delaware', 'USA', 'U.S.', 'U.S.A.', 'US', 'Vereinigten Staaten', 'US-amerikanisch*', 'amerikanisch*'],
    ownStack: ['eigene Rechenzentren', 'eigenen Rechenzentren', 'eigenes Rechenzentrum', 'eigenen Rechenzentrum', 'eigene Infrastruktur', 'eigenen Infrastruktur', 'eigene Server', 'eigenen Servern', 'eigene Hardware', 'eigene Cloud', 'gehört uns', 'mit eigenem Personal', 'eigenen Serverraum'],
    ownNouns: ['Rechenzentren', 'Rechenzentrum', 'Cloud-Plattform', 'Serverraum', 'Serverräume'],
    ownPossessive: ['unser', 'unsere', 'unseren', 'unserem', 'eigene', 'eigenen', 'eigenes'],
    supplierWords: ['Anbieter*', 'Dienstleister*', 'Partner*', 'Unterauftragsverarbeiter*', 'Lieferant*'],
    euOwned: ['in deutschem Besitz', 'in europäischem Besitz', 'deutsches Familienunternehmen', 'frei vom CLOUD Act', 'nicht dem CLOUD Act', 'unterliegt nicht dem CLOUD Act', 'unterliegen nicht dem CLOUD Act'],
  },
  fi: {
    hosting: ['isännöi*', 'hostaus*', 'hostattu*', 'palvelinkeskuk*', 'palvelinkesku*', 'palvelim*', 'palvelin', 'konesal*', 'datakeskuk*', 'palvelualusta*', 'alusta*', 'infrastruktuuri*', 'pilvessä', 'pyörii'],
    use: ['käytämme', 'käyttää', 'käytetään', 'hyödynnämme', 'hyödyntää'],
    role: ['alihankkija*', 'alikäsittelijä*', 'aliprosessori*', 'käsittelijä', 'käsittelijät', 'palveluntarjoaja*', 'palveluntuottaja*', 'pilvipalveluntarjoaja*', 'kolmannen osapuolen palvelu*'],
    notHosting: ['kirjautua', 'kirjautuminen', 'kirjaudu', 'käyttäjätunnuksillaan', 'kumppani', 'integraatio', 'integroitu', 'CLOUD Act'],
    examples: ['kuten', 'esim.', 'esimerkiksi'],
    usCompany: ['yhdysvaltalainen yritys', 'amerikkalainen yritys', 'pääkonttori Yhdysvalloissa'],
    subsidiaryOf: ['tytäryhtiö', 'tytäryhtiönä', 'kokonaan omistama', 'omistama', 'emoyhtiömme', 'emoyhtiö', 'emoyhtiön', 'omistuksessa'],
    parentBefore: ['tytäryhtiö*', 'omistama*', 'omistuksessa', 'konserni*', 'ostama*', 'osti'],
    usParent: ['Inc.', 'Inc', 'LLC', 'L.L.C.', 'Corp.', 'Corporation', 'Delaware', 'USA', 'U.S.', 'U.S.A.', 'US', 'Yhdysvalloissa', 'Yhdysvaltain', 'Yhdysvaltojen', 'yhdysvaltalai*', 'amerikkalai*'],
    ownStack: ['omat palvelimet', 'omilla palvelimilla', 'omissa palvelinkeskuksissa', 'omat palvelinkeskukset', 'oma infrastruktuuri', 'omassa konesalissa', 'omat konesalit', 'omistamme ja ylläpidämme'],
    ownNouns: ['palvelinkeskuk*', 'konesali*', 'datakeskuk*', 'pilvialusta*'],
    ownPossessive: ['meidän', 'oma', 'omat', 'omassa', 'omissa'],
    supplierWords: ['toimittaja*', 'palveluntarjoaja*', 'kumppani*', 'alihankkija*'],
    euOwned: ['suomalaisomisteinen', 'suomalaisessa omistuksessa', 'ruotsalaisomisteinen', 'eurooppalaisomisteinen', 'kotimainen omistus'],
  },
  nl: {
    hosting: ['gehost', 'hosting', 'draait op', 'draait in', 'opgeslagen bij', 'opgeslagen in', 'datacenter*', 'servers', 'infrastructuur', 'platform'],
    use: ['gebruiken', 'gebruikt', 'maken gebruik', 'schakelen', 'inschakelen'],
    role: ['subverwerker*', 'verwerker', 'verwerkers', 'hostingprovider*', 'cloudprovider*', 'dienstverlener*', 'leverancier*', 'contractpartij'],
    notHosting: ['inloggen', 'aanmelden', 'partner', 'integratie met', 'CLOUD Act'],
    examples: ['zoals', 'bijvoorbeeld', 'bv.'],
    usCompany: ['een Amerikaans bedrijf', 'Amerikaanse onderneming'],
    subsidiaryOf: ['dochteronderneming van', 'dochtermaatschappij van', 'eigendom van', 'moederbedrijf', 'overgenomen door'],
    parentBefore: ['nam over', 'kocht'],
    usParent: ['Inc.', 'Inc', 'LLC', 'L.L.C.', 'Corp.', 'Corporation', 'Delaware', 'USA', 'U.S.', 'U.S.A.', 'US', 'Verenigde Staten', 'Amerikaanse'],
    ownStack: ['eigen datacenter*', 'eigen servers', 'eigen infrastructuur', 'eigen hardware'],
    ownNouns: ['datacenter*', 'serverruimte*'],
    ownPossessive: ['onze', 'ons', 'eigen'],
    supplierWords: ['leverancier*', 'partner*', 'provider*'],
    euOwned: ['Nederlands bedrijf', 'in Nederlandse handen', 'Europees eigendom', 'niet onder de CLOUD Act', 'niet onderworpen aan de CLOUD Act'],
  },
  fr: {
    hosting: ['hébergé*', 'hébergement', 'hébergés chez', 'chez', 'fonctionne sur', 'stocké* chez', 'centre* de données', 'datacenter*', 'serveurs', 'infrastructure', 'plateforme'],
    use: ['utilisons', 'utilise', 'faisons appel', 'recourons'],
    role: ['sous-traitant*', 'prestataire*', 'hébergeur*', 'fournisseur*'],
    notHosting: ['se connecter', 'connexion', 'partenaire', 'intégration avec', 'Cloud Act'],
    examples: ['comme', 'tels que', 'tel que', 'par exemple', 'p. ex.'],
    usCompany: ['une société américaine', 'une entreprise américaine'],
    subsidiaryOf: ['filiale de', 'filiale à 100', 'détenue par', 'société mère', 'maison mère', 'racheté par', 'rachetée par'],
    parentBefore: ['a racheté', 'a acquis'],
    usParent: ['Inc.', 'Inc', 'LLC', 'L.L.C.', 'Corp.', 'Corporation', 'Delaware', 'USA', 'U.S.', 'U.S.A.', 'US', 'États-Unis', 'américaine'],
    ownStack: ['nos propres centres de données', 'nos propres serveurs', 'propre infrastructure', 'propres serveurs'],
    ownNouns: ['centres de données', 'centre de données'],
    ownPossessive: ['nos', 'notre', 'propre', 'propres'],
    supplierWords: ['fournisseur*', 'partenaire*', 'prestataire*', 'hébergeur*'],
    euOwned: ['entreprise française', 'société française', 'entreprise européenne', 'non soumise au Cloud Act', 'non soumis au Cloud Act', '100 % français', '100 % française'],
  },
};
