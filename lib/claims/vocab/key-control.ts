import type { Lang } from '../../types';

/** key_control vocabulary: who holds the encryption keys. Cloud KMS product names are language-independent (en). */
export interface KeyControlVocab {
  /** The customer can hold its own keys: BYOK/HYOK, customer-managed keys, client-side, zero-knowledge, end-to-end. */
  customer: string[];
  /** Cloud key services and provider-managed key schemes. */
  cloudServices: string[];
  /** Key nouns; a generic "key" needs `crypto` words in the sentence. */
  keyNouns: string[];
  genericKeys: string[];
  crypto: string[];
  /** How keys are kept: managed, stored, held, rotated. */
  keptBy: string[];
  /** The vendor's own key store: "our own HSM", "in-house". */
  ownStore: string[];
  /** Not offered yet: "on the roadmap", "planned". */
  plans: string[];
  /** Keys that are not encryption keys: SSH keys, API keys, licence keys. */
  otherKeys: string[];
  /** The option is the vendor's offer to its customers (not an explanation of BYOK in general). */
  offer: string[];
  /** "We have no access to your keys": said by the vendor of itself, the customer holds the keys. */
  noAccess: string[];
  /**
   * Places on the user's own device ("on your device", "på deltagarnas enheter", "asiakkaan laitteella"):
   * with a key or encryption word in the sentence, the keys are made / the data encrypted client-side.
   */
  onDevice: string[];
}

export const KEY_CONTROL: Record<Lang, KeyControlVocab> = {
  en: {
    customer: ['BYOK', 'HYOK', 'bring your own key*', 'bring their own key*', 'bring-your-own-key', 'hold your own key*', 'customer-managed key*', 'customer managed key*', 'customer-managed encryption key*', 'customer-held key*', 'customer-controlled key*', 'customer-supplied key*', 'CMK', 'CMEK', 'client-side encrypt*', 'client side encrypt*', 'zero-knowledge', 'zero knowledge', 'end-to-end encrypt*', 'end-to-end encryption', 'E2EE', 'your own encryption key*', 'your own key*', 'their own encryption key*', 'their own key*', "customer's own key*", "customer's own encryption key*", "customers' own key*", "customers' own encryption key*", 'keys you control', 'keys that you control', 'encrypted before it leaves your', 'encrypted before upload*', 'encrypted on your device', 'encrypted locally', 'never sent to us', 'never leave your device', 'external key manager*', 'Cloud EKM', 'customer-owned key*', 'key in your own', 'keys in your own', 'generated on your device*', 'never leaves your device', 'never leave your device', 'never leaves the device', 'only you have the key*', 'only you hold the key*'],
    cloudServices: ['AWS KMS', 'AWS Key Management Service', 'Amazon KMS', 'Key Management Service', 'KMS', 'AWS CloudHSM', 'CloudHSM', 'Cloud HSM', 'Azure Key Vault', 'Key Vault', 'Azure Managed HSM', 'Google Cloud KMS', 'Cloud KMS', 'Cloud Key Management', 'platform-managed key*', 'Microsoft-managed key*', 'Microsoft managed key*', 'Google-managed encryption key*', 'Google-managed key*', 'AWS-managed key*', 'AWS managed key*', 'provider-managed key*', 'service-managed key*'],
    keyNouns: ['encryption key*', 'master key*', 'data key*', 'key material', 'key management'],
    genericKeys: ['key', 'keys'],
    crypto: ['encrypt*', 'HSM', 'HSMs', 'hardware security module*', 'KMS', 'key management'],
    keptBy: ['managed', 'stored', 'held', 'kept', 'controlled', 'rotated', 'generated', 'manage', 'store', 'hold', 'keep', 'control', 'separately', 'reachable', 'accessible'],
    ownStore: ['our own HSM*', 'our own key management', 'our HSM*', 'in-house', 'own hardware security module*', 'managed by us', 'we manage', 'we hold', 'we store', 'we generate'],
    plans: ['roadmap', 'planned', 'in the future', 'coming soon', 'not yet'],
    otherKeys: ['SSH key*', 'API key*', 'license key*', 'licence key*', 'access key*'],
    offer: ['we', 'our', 'you can', 'customers can', 'can', 'option*', 'optional', 'support*', 'offer*', 'available', 'your', 'enable*', 'allows', 'lets you'],
    noAccess: ['no access to', 'cannot access', 'can not access', 'never have access', 'do not have access', "don't have access", 'cannot read', 'never see'],
    onDevice: ['on your device', 'on your devices', 'on your own device*', "on the participants' devices", "on participants' devices", "on the user's device", "on users' devices", "on the customer's device", 'on your computer'],
  },
  sv: {
    customer: ['kundhanterade nycklar', 'kundhanterad* nyck*', 'kundkontrollerade nycklar', 'egna nycklar', 'egen nyckel', 'egna krypteringsnycklar', 'egen krypteringsnyckel', 'klientsidig* kryptering', 'kryptering på klientsidan', 'nollkunskap*', 'krypteras på din', 'krypteras på er', 'krypteras lokalt', 'skickas aldrig till oss', 'ände-till-ände-krypter*', 'end-to-end-krypter*', 'totalsträckskrypter*', 'lämnar aldrig din enhet', 'lämnar aldrig dina enheter', 'lämnar aldrig enheten', 'nyckeln finns bara hos dig', 'bara du har nyckeln'],
    cloudServices: [],
    keyNouns: ['krypteringsnyck*', 'huvudnyck*'],
    genericKeys: ['nyckel', 'nycklar', 'nycklarna', 'nyckeln'],
    crypto: ['krypter*'],
    keptBy: ['hanteras', 'hanterade', 'lagras', 'lagrade', 'förvaras', 'förvaltas', 'roteras', 'genereras', 'separat', 'åtkomliga'],
    ownStore: ['egen HSM', 'egna HSM', 'internt', 'hanteras av oss', 'vi hanterar', 'vi förvarar'],
    plans: ['färdplan', 'planerad*', 'planeras', 'i framtiden', 'ännu inte'],
    otherKeys: ['SSH-nyck*', 'API-nyck*', 'licensnyck*', 'elektroniska nycklar'],
    offer: ['vi', 'vår', 'vårt', 'våra', 'kan', 'din', 'dina', 'ditt', 'er', 'erbjud*', 'stöd*', 'möjlighet*', 'tillval'],
    noAccess: ['har inte tillgång', 'har ingen tillgång', 'aldrig tillgång', 'kan inte läsa', 'kan aldrig läsa', 'kan inte komma åt'],
    onDevice: ['på din enhet', 'på dina enheter', 'på deltagarnas enheter', 'på användarens enhet', 'på användarnas enheter', 'på kundens enhet*'],
  },
  no: {
    customer: ['kundeadministrerte nøkler', 'kundeadministrert* nøk*', 'kundestyrte nøkler', 'kundeforvaltede nøkler', 'egne nøkler', 'egen nøkkel', 'egne krypteringsnøkler', 'egen krypteringsnøkkel', 'eigne nøklar', 'eigne krypteringsnøklar', 'eigen nøkkel', 'eigen krypteringsnøkkel', 'klientsidekryptering', 'klientsidig kryptering', 'nullkunnskap*', 'krypteres på din', 'krypteres lokalt', 'sendes aldri til oss', 'krypteres før det sendes', 'ende-til-ende-krypter*', 'ende-til-ende kryptering', 'forlater aldri enheten', 'forlater aldri enheten din', 'forlater aldri din enhet', 'bare du har nøkkelen', 'ende-til-ende-kryptert*'],
    cloudServices: [],
    keyNouns: ['krypteringsnøk*', 'hovednøk*'],
    genericKeys: ['nøkkel', 'nøkler', 'nøklene', 'nøkkelen', 'nøklar', 'nøklane'],
    crypto: ['krypter*'],
    keptBy: ['administreres', 'administrert*', 'forvaltes', 'forvalta', 'forvalte', 'lagres', 'lagret', 'lagra', 'lagrast', 'oppbevares', 'oppbevart', 'handtert*', 'håndteres', 'roteres', 'rotert', 'genereres', 'generert', 'separat', 'tilgjengelig*', 'tilgjengeleg*'],
    ownStore: ['egen HSM', 'egne HSM', 'eigen HSM', 'internt', 'forvaltes av oss', 'forvalta av oss', 'vi forvalter', 'vi forvaltar', 'vi administrerer', 'eigen nøkkelserver', 'egen nøkkelserver'],
    plans: ['veikart', 'planlagt', 'i fremtiden', 'ennå ikke'],
    otherKeys: ['SSH-nøk*', 'API-nøk*', 'lisensnøk*'],
    offer: ['vi', 'vår', 'vårt', 'våre', 'kan', 'din', 'dine', 'ditt', 'dere', 'tilbyr', 'støtte*', 'mulighet*', 'valg'],
    noAccess: ['har ikke tilgang', 'har ingen tilgang', 'aldri tilgang', 'kan ikke lese', 'kan aldri lese'],
    onDevice: ['på din enhet', 'på dine enheter', 'på deltakernes enheter', 'på deltakarane sine einingar', 'på brukerens enhet', 'på kundens enhet*'],
  },
  da: {
    customer: ['kundeadministrerede nøgler', 'kundeadministreret* nøgl*', 'kundestyrede nøgler', 'egne nøgler', 'egen nøgle', 'egne krypteringsnøgler', 'egen krypteringsnøgle', 'klientsidekryptering', 'kryptering på klientsiden', 'nul-viden', 'krypteres på din', 'krypteres lokalt', 'sendes aldrig til os', 'end-to-end-krypter*', 'ende-til-ende-krypter*', 'forlader aldrig din enhed', 'forlader aldrig enheden', 'forlader dem aldrig', 'kun du har nøglen'],
    cloudServices: [],
    keyNouns: ['krypteringsnøgl*', 'hovednøgl*'],
    genericKeys: ['nøgle', 'nøgler', 'nøglerne', 'nøglen'],
    crypto: ['krypter*'],
    keptBy: ['administreres', 'administreret', 'opbevares', 'opbevaret', 'lagres', 'håndteres', 'roteres', 'genereres', 'separat', 'tilgængelig*'],
    ownStore: ['egen HSM', 'egne HSM', 'internt', 'administreres af os', 'vi administrerer', 'vi opbevarer'],
    plans: ['køreplan', 'planlagt', 'i fremtiden', 'endnu ikke'],
    otherKeys: ['SSH-nøgl*', 'API-nøgl*', 'licensnøgl*'],
    offer: ['vi', 'vores', 'kan', 'din', 'dine', 'dit', 'tilbyder', 'understøtte*', 'mulighed*', 'valg*'],
    noAccess: ['har ikke adgang', 'har ingen adgang', 'aldrig adgang', 'kan ikke læse', 'kan aldrig læse'],
    onDevice: ['på din enhed', 'på dine enheder', 'på deltagernes enheder', 'på brugerens enhed', 'på kundens enhed*'],
  },
  de: {
    customer: ['kundenverwaltete Schlüssel', 'kundenverwaltet* Schlüssel*', 'kundeneigene Schlüssel', 'eigene Schlüssel', 'eigenen Schlüssel', 'eigene Verschlüsselungsschlüssel', 'eigenen Verschlüsselungsschlüssel*', 'clientseitige Verschlüsselung', 'clientseitig* verschlüssel*', 'Zero-Knowledge', 'Ende-zu-Ende-Verschlüssel*', 'Ende-zu-Ende verschlüssel*', 'vor dem Hochladen verschlüsselt', 'lokal verschlüsselt', 'auf Ihrem Gerät verschlüsselt', 'niemals an uns übertragen', 'verlässt nie Ihr Gerät', 'verlässt niemals Ihr Gerät', 'verlässt Ihr Gerät nie', 'verlässt Ihr Gerät niemals', 'verlassen nie Ihr Gerät', 'verlassen Ihr Gerät nie', 'verlässt nie dein Gerät', 'verlässt dein Gerät nie', 'nur Sie besitzen den Schlüssel', 'nur Sie haben den Schlüssel'],
    cloudServices: [],
    keyNouns: ['Verschlüsselungsschlüssel*', 'Hauptschlüssel*', 'Schlüsselmaterial', 'Schlüsselverwaltung'],
    genericKeys: ['Schlüssel'],
    crypto: ['verschlüssel*'],
    keptBy: ['verwaltet', 'gespeichert', 'aufbewahrt', 'rotiert', 'erzeugt', 'separat', 'getrennt', 'erreichbar', 'zugänglich'],
    ownStore: ['eigenen HSM', 'eigene HSM', 'intern', 'unser eigenes', 'unsere eigene', 'unseren eigenen', 'durch uns', 'von uns verwaltet', 'wir verwalten', 'verwalten wir'],
    plans: ['Roadmap', 'geplant', 'künftig', 'zukünftig', 'noch nicht'],
    otherKeys: ['SSH-Schlüssel*', 'API-Schlüssel*', 'Lizenzschlüssel*'],
    offer: ['wir', 'unser*', 'können', 'kann', 'Ihr*', 'Sie', 'bieten', 'unterstütz*', 'Option*', 'optional', 'möglich*'],
    noAccess: ['keinen Zugriff', 'keinen Zugang', 'nicht zugreifen', 'nicht lesen', 'niemals lesen'],
    onDevice: ['auf Ihrem Gerät', 'auf Ihren Geräten', 'auf deinem Gerät', 'auf den Geräten der Teilnehmer*', 'auf dem Gerät des Nutzers', 'auf dem Endgerät', 'auf Ihrem Endgerät'],
  },
  fi: {
    customer: ['asiakkaan hallinnoima* avaim*', 'asiakkaan hallinnoimat avaimet', 'asiakkaan omat avaimet', 'omat salausavaime*', 'omi* salausavaim*', 'omien salausavainten', 'oma salausavain', 'oman salausavaime*', 'omaa salausavaint*', 'omalla salausavaime*', 'omat avaime*', 'omi* avaim*', 'oma avain', 'oman avaime*', 'omaa avaint*', 'asiakaspuolen salaus', 'päästä päähän salat*', 'päästä päähän -salau*', 'nollatieto*', 'salataan laitteellasi', 'salataan paikallisesti', 'ei koskaan poistu laitteeltasi', 'ei koskaan poistu laitteelta', 'avain on vain sinulla', 'salausavain on vain sinulla', 'päästä päähän -salattu*'],
    cloudServices: [],
    keyNouns: ['salausavai*', 'salausavain*', 'pääavai*'],
    genericKeys: ['avain', 'avaimet', 'avaimia', 'avaimen', 'avainta', 'avaimesi', 'avaimensa', 'avaimiaan', 'avaimista', 'avaimilla', 'avainten', 'avaimeen'],
    crypto: ['salat*', 'salau*'],
    keptBy: ['hallinnoi*', 'hallit*', 'hallussa*', 'haltuun*', 'säilytetään', 'säilytet*', 'tallennetaan', 'vaihdetaan', 'luodaan', 'erillään', 'erikseen'],
    ownStore: ['oma HSM', 'omassa HSM', 'itse hallinnoimme', 'hallinnoimme itse'],
    plans: ['tiekartalla', 'suunnitteilla', 'tulevaisuudessa', 'ei vielä'],
    otherKeys: ['SSH-avai*', 'API-avai*', 'lisenssiavai*'],
    offer: ['me', 'voi', 'voit', 'voivat', 'tarjoa*', 'tuke*', 'mahdollisuu*', 'valinnai*', 'sinun', 'sinulla', 'omat', '*mme', '*llasi', '*lläsi', '*ssasi', '*ssäsi', '*stasi', '*stäsi'],
    noAccess: ['ei pääsyä', 'eikä pääsyä', 'ei ole pääsyä', 'emme pääse', 'emme voi lukea', 'emme koskaan näe', 'emme näe', 'ei koskaan saa', 'emme koskaan saa'],
    onDevice: ['laitteellasi', 'asiakkaan laitteella', 'käyttäjän laitteella', 'osallistujien laitteilla', 'omalla laitteellasi'],
  },
};
