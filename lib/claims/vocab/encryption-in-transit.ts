import type { Lang } from '../../types';

/** encryption_in_transit vocabulary. Protocol names (TLS, SSL, HTTPS, MACsec) are found by mechanisms/details. */
export interface InTransitVocab {
  /** Encryption words (stems). */
  encrypt: string[];
  /** Words for data on the move: transfer, connection, traffic, communication. */
  transit: string[];
  /** Phrases that alone say data in transit is encrypted. */
  phrases: string[];
  /** Words that, next to a protocol name, show it protects the service's traffic. */
  protect: string[];
  /** Staff remote access (VPN for admins) is not the customer's data in transit. */
  notCustomer: string[];
  /** Conditional or optional encryption ("when your mail server supports it") is no claim about the service. */
  conditional: string[];
}

export const IN_TRANSIT: Record<Lang, InTransitVocab> & Partial<Record<'nl' | 'fr', InTransitVocab>> = {
  en: {
    encrypt: ['encrypt*'],
    transit: ['in transit', 'transit', 'transfer*', 'transmi*', 'connection*', 'communication*', 'traffic', 'network traffic', 'public network*', 'channel*', 'in motion', 'moving between', 'over the internet', 'between your browser', 'sent between', 'when sent', 'when it is sent'],
    phrases: ['encrypted in transit', 'encryption in transit', 'in-transit encryption', 'encrypted connection*', 'encrypted channel*', 'encrypted transfer*', 'encrypted transmission', 'transport encryption', 'end-to-end encrypt*', 'end-to-end encryption', 'E2EE'],
    protect: ['secur*', 'protect*', 'encrypt*', 'enforc*', 'only', 'minimum', 'at least', 'or higher', 'or later', 'termination', 'terminated', 'uses', 'use', 'via', 'over'],
    notCustomer: ['remote access', 'VPN', 'administrative access'],
    conditional: ['when your', 'if your', 'where supported', 'if supported', 'when supported', 'optionally', 'can be enabled'],
  },
  sv: {
    encrypt: ['krypter*'],
    transit: ['vid överföring', 'överför*', 'förbindelse*', 'anslutning*', 'trafik*', 'datatrafik*', 'kommunikation*', 'offentliga nätverk', 'kanal*', 'skickas mellan', 'när de skickas', 'när den skickas', 'när det skickas', 'mellan din webbläsare'],
    phrases: ['krypterad överföring', 'krypterade förbindelser', 'krypterade anslutningar', 'krypteras vid överföring', 'transportkryptering', 'ände-till-ände-krypter*', 'end-to-end-krypter*'],
    protect: ['säker*', 'skydd*', 'krypter*', 'minst', 'eller senare', 'eller högre', 'endast', 'används', 'använder', 'via', 'med'],
    notCustomer: ['fjärråtkomst', 'VPN'],
    conditional: ['om din', 'om er', 'när din', 'om mottagaren', 'kan aktiveras', 'valfritt'],
  },
  no: {
    encrypt: ['krypter*'],
    transit: ['under overføring', 'overfør*', 'forbindelse*', 'tilkobling*', 'nettverkstilkobling*', 'linjer', 'trafikk*', 'datatrafikk*', 'kommunikasjon*', 'offentlige nettverk', 'samband', 'kanal*', 'sendes mellom', 'når de sendes', 'mellom nettleseren'],
    phrases: ['kryptert overføring', 'krypterte linjer', 'krypterte forbindelser', 'krypterte tilkoblinger', 'krypterte nettverkstilkoblinger', 'transportkryptering', 'ende-til-ende-krypter*'],
    protect: ['sikker*', 'beskytt*', 'krypter*', 'minst', 'eller nyere', 'eller høyere', 'kun', 'bruker', 'anvender', 'via', 'med'],
    notCustomer: ['fjerntilgang', 'VPN'],
    conditional: ['hvis din', 'dersom din', 'når din', 'hvis mottakeren', 'kan aktiveres', 'valgfritt'],
  },
  da: {
    encrypt: ['krypter*'],
    transit: ['under overførsel', 'overfør*', 'forbindelse*', 'trafik*', 'datatrafik*', 'kommunikation*', 'offentlige netværk', 'kanal*', 'linjer', 'sendes mellem', 'når de sendes', 'mellem din browser'],
    phrases: ['krypteret overførsel', 'krypterede forbindelser', 'krypteret forbindelse', 'transportkryptering', 'ende-til-ende-krypter*', 'end-to-end-krypter*'],
    protect: ['sikker*', 'beskyt*', 'krypter*', 'mindst', 'eller nyere', 'eller højere', 'kun', 'bruger', 'anvender', 'via', 'med'],
    notCustomer: ['fjernadgang', 'VPN'],
    conditional: ['hvis din', 'når din', 'hvis modtageren', 'kan aktiveres', 'valgfrit'],
  },
  de: {
    encrypt: ['verschlüssel*'],
    transit: ['bei der Übertragung', 'Übertragung*', 'übertragen*', 'Übermittlung*', 'übermittelt*', 'Verbindung*', 'Transport*', 'Datenverkehr*', 'Kommunikation*', 'öffentliche Netze', 'Kanal*', 'zwischen Ihrem Browser', 'beim Versand', 'versendet'],
    phrases: ['verschlüsselte Übertragung', 'verschlüsselt übertragen', 'verschlüsselte Verbindung*', 'Transportverschlüsselung', 'Ende-zu-Ende-Verschlüssel*', 'Ende-zu-Ende verschlüssel*'],
    protect: ['sicher*', 'geschützt*', 'verschlüssel*', 'mindestens', 'oder höher', 'oder neuer', 'nur', 'ausschließlich', 'erzwungen', 'via', 'mit', 'über'],
    notCustomer: ['Fernzugriff', 'Fernwartung', 'VPN'],
    conditional: ['wenn Ihr', 'falls Ihr', 'sofern Ihr', 'sofern unterstützt', 'kann aktiviert werden', 'optional'],
  },
  fi: {
    encrypt: ['salat*', 'salau*', 'salauksella'],
    transit: ['tiedonsiir*', 'siirrossa', 'siirron aikana', 'siirretään', 'yhtey*', 'tietoliiken*', 'liikenne*', 'verkkoliiken*'],
    phrases: ['salattu yhteys', 'salatun yhteyden', 'salatulla yhteydellä', 'salattu tiedonsiirto', 'suojattu yhteys', 'päästä päähän salat*', 'päästä päähän -salau*'],
    protect: ['suojat*', 'suojattu*', 'salat*', 'vähintään', 'tai uudempi', 'ainoastaan', 'vain', 'käyttää', 'käytetään', 'avulla', 'tekniikalla'],
    notCustomer: ['etäyhtey*', 'VPN'],
    conditional: ['jos palvelimesi', 'jos vastaanottaja', 'voidaan ottaa käyttöön', 'valinnainen'],
  },
  nl: {
    encrypt: ['versleutel*'],
    transit: ['tijdens transport', 'transport', 'overdracht', 'verzending', 'verbinding*', 'communicatie', 'verkeer', 'netwerkverkeer', 'via internet'],
    phrases: ['versleutelde verbinding*', 'versleuteld verstuurd', 'versleuteld verzonden', 'transportversleuteling', 'end-to-end versleuteld', 'end-to-end-versleuteling'],
    protect: ['beveilig*', 'beschermd', 'versleutel*', 'minimaal', 'of hoger', 'via', 'met'],
    notCustomer: ['toegang op afstand', 'VPN'],
    conditional: ['indien ondersteund', 'optioneel', 'kan worden ingeschakeld'],
  },
  fr: {
    encrypt: ['chiffr*', 'crypt*'],
    transit: ['en transit', 'transit', 'transfert*', 'transmission*', 'connexion*', 'communications', 'échanges', 'trafic', 'entre votre navigateur'],
    phrases: ['chiffrées en transit', 'chiffrés en transit', 'chiffrement en transit', 'connexion chiffrée', 'connexions chiffrées', 'chiffrement de bout en bout', 'chiffrées de bout en bout'],
    protect: ['sécuris*', 'protég*', 'chiffr*', 'minimum', 'au minimum', 'ou supérieur', 'via', 'en'],
    notCustomer: ['accès à distance', 'VPN'],
    conditional: ['si pris en charge', 'en option', 'optionnel', 'peut être activé'],
  },
};

/**
 * Login and e-ID methods (names are the same in every language). "Login runs over an encrypted
 * connection between the app and BankID" describes the identity provider's channel, not the
 * vendor encrypting customer traffic: without a protocol name such a sentence is not a claim.
 */
export const LOGIN_PROVIDERS: string[] = ['BankID', 'Mobilt BankID', 'BankID-app*', 'MitID', 'NemID', 'Freja eID', 'Freja', 'Vipps', 'Suomi.fi', 'Tupas', 'ID-porten', 'Buypass', 'Commfides', 'itsme', 'Verimi', 'eID', 'single sign-on', 'SSO', 'identity provider', 'Sign in with Google', 'Sign in with Apple', 'Login with Google'];
