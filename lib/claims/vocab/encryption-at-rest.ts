import type { Lang } from '../../types';

/** encryption_at_rest: encryption words + words for stored data, per language. */
export interface AtRestVocab {
  /** Encryption words (stems) and algorithm names. */
  encrypt: string[];
  /** Words that make encryption about stored data: at rest, stored, database, disk, backup. */
  storage: string[];
  /** Unambiguous "stored data" phrases, needed when the sentence also speaks of transit. */
  atRest: string[];
  /** Compounds that alone mean stored data is encrypted ("disk encryption", "diskkryptering"). */
  compounds: string[];
  /** "unencrypted", "okrypterad": stored data explicitly not encrypted. */
  unencrypted: string[];
  /** Transit words: a sentence with them needs an `atRest` phrase. */
  transit: string[];
  /** Staff devices: disk encryption on laptops is not encryption of customer data. */
  devices: string[];
  /** Not stored customer data: passwords are hashed, not "data encrypted at rest". */
  notData: string[];
  /** Verb forms ("encrypted", "krypteras"): a statement, where a bare noun ("encryption at rest") may be a topic. */
  verbs: string[];
  /** Not yet: "on our roadmap", "we are evaluating disk encryption" means stored data is not encrypted today. */
  plans: string[];
}

export const AT_REST: Record<Lang, AtRestVocab> & Partial<Record<'nl' | 'fr', AtRestVocab>> = {
  en: {
    encrypt: ['encrypt*', 'AES', 'AES-256', 'AES-128', 'TDE', 'Transparent Data Encryption', 'Storage Service Encryption', 'SSE'],
    storage: ['at rest', 'stored', 'store', 'stores', 'storage', 'database*', 'disk*', 'drive*', 'volume*', 'backup*', 'back-up*', 'persisted', 'persistent', 'physical media', 'file system*', 'object storage', 'bucket*', 'archive*', 'snapshots'],
    atRest: ['at rest', 'when stored', 'while stored', 'stored data', 'in storage', 'data stored', 'is stored', 'are stored', 'databases', 'backups', 'backup*', 'database*', 'disk*', 'volume*'],
    compounds: ['disk encryption', 'full-disk encryption', 'full disk encryption', 'volume encryption', 'database encryption', 'storage encryption', 'encrypted storage', 'encrypted backups', 'encrypted databases', 'encrypted disks', 'encrypted volumes', 'server-side encryption', 'Transparent Data Encryption', 'Storage Service Encryption'],
    unencrypted: ['unencrypted', 'not encrypted', 'in plain text', 'in plaintext', 'in clear text', 'cleartext'],
    transit: ['in transit', 'TLS', 'SSL', 'HTTPS', 'transmission', 'transfer', 'transferred', 'connection*'],
    devices: ['laptop*', 'device*', 'endpoint*', 'workstation*', 'computers', 'mobile phone*', 'USB'],
    notData: ['password*', 'passphrase*'],
    verbs: ['encrypted', 'encrypts', 'encrypting'],
    plans: ['roadmap', 'evaluating', 'considering', 'planned', 'plan to', 'planning to', 'in the future', 'not yet', 'coming soon', 'working on', 'work on', 'working to', 'intend to', 'will introduce', 'will be introduced', 'will be rolled out', 'later this year', 'next year'],
  },
  sv: {
    encrypt: ['krypter*', 'kryptering*'],
    storage: ['i vila', 'viloläge', 'lagr*', 'sparas', 'sparad*', 'databas*', 'disk*', 'hårddisk*', 'säkerhetskopi*', 'backup*', 'volym*', 'lagringsmedi*'],
    atRest: ['i vila', 'viloläge', 'lagrad*', 'lagras', 'lagrade', 'lagring', 'databaser', 'säkerhetskopior', 'databas*', 'säkerhetskopi*', 'backup*', 'disk*'],
    compounds: ['diskkryptering*', 'hårddiskkryptering*', 'databaskryptering*', 'krypterad lagring', 'krypterade säkerhetskopior', 'krypterade databaser', 'krypterade diskar'],
    unencrypted: ['okrypter*', 'i klartext'],
    transit: ['vid överföring', 'överför*', 'förbindelse*', 'anslutning*', 'transport*'],
    devices: ['bärbara', 'datorer', 'enheter', 'enhet', 'mobiltelefon*', 'arbetsstation*'],
    notData: ['lösenord*'],
    verbs: ['krypteras', 'krypterad', 'krypterade', 'krypterat', 'krypterar', 'krypterats'],
    plans: ['färdplan', 'utvärderar', 'överväger', 'planerar', 'planerad', 'planeras', 'i framtiden', 'ännu inte', 'arbetar på att', 'arbetar med att', 'jobbar på att', 'jobbar med att', 'kommer att införa', 'kommer att införas', 'senare i år', 'nästa år'],
  },
  no: {
    encrypt: ['krypter*', 'kryptering*'],
    storage: ['i hvile', 'ved hvile', 'hviletilstand', 'lagr*', 'database*', 'disk*', 'harddisk*', 'sikkerhetskopi*', 'backup*', 'fysisk medium', 'fysiske medier', 'vedvarer', 'lagringsmedi*'],
    atRest: ['i hvile', 'ved hvile', 'hviletilstand', 'lagret', 'lagres', 'lagrede', 'lagring', 'vedvarer', 'databaser', 'sikkerhetskopier', 'lagra', 'database*', 'sikkerhetskopi*', 'backup*', 'disk*'],
    compounds: ['diskkryptering*', 'harddiskkryptering*', 'databasekryptering*', 'kryptert lagring', 'krypterte sikkerhetskopier', 'krypterte databaser', 'krypterte disker'],
    unencrypted: ['ukryptert*', 'i klartekst'],
    transit: ['under overføring', 'ved overføring', 'overfør*', 'forbindelse*', 'tilkobling*', 'linjer', 'transport*'],
    devices: ['bærbare', 'datamaskiner', 'enheter', 'enhet', 'mobiltelefon*', 'arbeidsstasjon*'],
    notData: ['passord*'],
    verbs: ['krypteres', 'kryptert', 'krypterte', 'krypterer', 'kryptera', 'vert kryptert'],
    plans: ['veikart', 'vurderer', 'planlegger', 'planlagt', 'i fremtiden', 'ennå ikke', 'enda ikkje', 'ikkje enno', 'planlegg', 'planlagd', 'i framtida', 'jobber med å', 'arbeider med å', 'arbeider for å', 'jobbar med å', 'arbeider med å innføre', 'skal innføre', 'vil innføre', 'neste år'],
  },
  da: {
    encrypt: ['krypter*', 'kryptering*'],
    storage: ['i hvile', 'hviletilstand', 'lagr*', 'gemt', 'gemmes', 'opbevar*', 'database*', 'disk*', 'harddisk*', 'sikkerhedskopi*', 'backup*', 'lagringsmedi*'],
    atRest: ['i hvile', 'hviletilstand', 'lagret', 'lagres', 'lagrede', 'gemt', 'gemmes', 'opbevaret', 'opbevares', 'databaser', 'sikkerhedskopier', 'backupdata', 'backup*', 'database*', 'sikkerhedskopi*', 'disk*'],
    compounds: ['diskkryptering*', 'harddiskkryptering*', 'databasekryptering*', 'krypteret lagring', 'krypterede sikkerhedskopier', 'krypterede databaser', 'krypterede diske'],
    unencrypted: ['ukrypter*', 'i klartekst'],
    transit: ['under overførsel', 'ved overførsel', 'overfør*', 'forbindelse*', 'transport*'],
    devices: ['bærbare', 'computere', 'enheder', 'enhed', 'mobiltelefon*', 'arbejdsstation*'],
    notData: ['adgangskode*', 'password*'],
    verbs: ['krypteres', 'krypteret', 'krypterede', 'krypterer'],
    plans: ['køreplan', 'vurderer', 'overvejer', 'planlægger', 'planlagt', 'i fremtiden', 'endnu ikke', 'arbejder på at', 'arbejder på', 'arbejder med at', 'vil indføre', 'skal indføre', 'næste år'],
  },
  de: {
    encrypt: ['verschlüssel*', 'Verschlüsselung*'],
    storage: ['im Ruhezustand', 'ruhend*', 'at rest', 'gespeichert*', 'Speicher', 'Speicherung', 'speichern', 'Datenbank*', 'Festplatte*', 'Datenträger*', 'Backup*', 'Sicherungskopie*', 'Datensicherung*', 'abgelegt', 'persistent*'],
    atRest: ['im Ruhezustand', 'ruhend*', 'at rest', 'gespeichert', 'gespeicherte*', 'im Speicher', 'abgelegt', 'Speicherung', 'Datenbanken', 'Backups', 'Datenbank*', 'Backup*', 'Festplatte*', 'Datenträger*'],
    compounds: ['Festplattenverschlüsselung', 'Datenbankverschlüsselung', 'Speicherverschlüsselung', 'Datenträgerverschlüsselung', 'verschlüsselte Speicherung', 'verschlüsselt gespeichert', 'verschlüsselte Backups', 'verschlüsselte Datenbanken'],
    unencrypted: ['unverschlüsselt*', 'im Klartext'],
    transit: ['bei der Übertragung', 'Übertragung*', 'übertragen*', 'Verbindung*', 'Transport*', 'TLS', 'SSL', 'HTTPS'],
    devices: ['Laptop*', 'Notebook*', 'Endgerät*', 'Geräte*', 'Arbeitsplatzrechner*', 'Mobiltelefon*'],
    notData: ['Passw*', 'Kennw*'],
    verbs: ['verschlüsselt', 'verschlüsselte', 'verschlüsselten', 'verschlüsseln'],
    plans: ['Roadmap', 'prüfen derzeit', 'evaluieren', 'geplant', 'planen', 'künftig', 'zukünftig', 'noch nicht', 'arbeiten daran', 'arbeiten an', 'wird eingeführt', 'werden eingeführt', 'einführen', 'im Laufe des Jahres', 'nächstes Jahr'],
  },
  fi: {
    encrypt: ['salat*', 'salau*', 'salauksen', 'salauksella', 'kryptat*', 'AES'],
    storage: ['levossa', 'tallennet*', 'tallennus*', 'tallennettu*', 'säilytet*', 'säilö*', 'tietokan*', 'levy*', 'levyjen', 'varmuuskopi*', 'taltio*'],
    atRest: ['levossa', 'tallennettu*', 'tallennetaan', 'tallennettaessa', 'säilytetään', 'tietokannat', 'varmuuskopiot', 'tietokan*', 'varmuuskopi*', 'levy*'],
    compounds: ['levysalau*', 'levyjen salau*', 'tietokantasalau*', 'salattu tallennus', 'salatut varmuuskopiot', 'salattu tietokanta'],
    unencrypted: ['salaamat*', 'salaamaton*', 'selväkielise*'],
    transit: ['tiedonsiir*', 'siirrossa', 'siirron aikana', 'yhtey*', 'tietoliiken*'],
    devices: ['kannettav*', 'päätelaittei*', 'päätelaite*', 'työasem*', 'laitteet', 'laitteiden', 'matkapuhelim*'],
    notData: ['salasan*'],
    verbs: ['salattu*', 'salataan', 'salatut', 'salaamme', 'salattuja'],
    plans: ['tiekartalla', 'arvioimme', 'suunnitteilla', 'suunnittelemme', 'tulevaisuudessa', 'ei vielä', 'työstämme', 'työskentelemme', 'olemme ottamassa', 'otetaan käyttöön', 'otamme käyttöön', 'ensi vuonna'],
  },
  nl: {
    encrypt: ['versleutel*', 'versleuteling*', 'encryptie', 'AES'],
    storage: ['in rust', 'opgeslagen', 'opslag', 'opslaan', 'database*', 'schijf', 'schijven', 'back-up*', 'backup*'],
    atRest: ['in rust', 'opgeslagen', 'opslag', 'databases', 'database*', 'back-up*', 'backup*', 'schijven'],
    compounds: ['schijfversleuteling', 'databaseversleuteling', 'versleuteld opgeslagen', 'versleutelde opslag', 'versleutelde back-ups'],
    unencrypted: ['onversleuteld*', 'niet versleuteld', 'in platte tekst'],
    transit: ['tijdens transport', 'tijdens verzending', 'verbinding*', 'overdracht', 'TLS', 'HTTPS'],
    devices: ['laptop*', 'apparaten', 'apparaat', 'werkplek*', 'mobiele telefoon*'],
    notData: ['wachtwoord*'],
    verbs: ['versleuteld', 'versleutelde', 'versleutelen', 'versleutelt'],
    plans: ['roadmap', 'we werken aan', 'wij werken aan', 'gepland', 'van plan', 'in de toekomst', 'nog niet'],
  },
  fr: {
    encrypt: ['chiffr*', 'crypt*', 'AES'],
    storage: ['au repos', 'stockées', 'stockés', 'stockage', 'stocké*', 'base de données', 'bases de données', 'disque*', 'sauvegarde*', 'hébergées'],
    atRest: ['au repos', 'stockées', 'stockage', 'base de données', 'bases de données', 'sauvegarde*', 'disque*'],
    compounds: ['chiffrement des disques', 'chiffrement de disque', 'chiffrement des bases de données', 'stockage chiffré', 'sauvegardes chiffrées'],
    unencrypted: ['non chiffré*', 'en clair'],
    transit: ['en transit', 'lors du transfert', 'transmission*', 'connexion*', 'communications', 'TLS', 'HTTPS'],
    devices: ['ordinateurs portables', 'postes de travail', 'appareils', 'téléphones'],
    notData: ['mot de passe', 'mots de passe'],
    verbs: ['chiffrées', 'chiffrés', 'chiffré', 'chiffrée', 'chiffrons', 'cryptées', 'cryptés'],
    plans: ['feuille de route', 'nous travaillons à', 'nous prévoyons', 'prévu', 'prévue', 'à l’avenir', "à l'avenir", 'pas encore'],
  },
};
