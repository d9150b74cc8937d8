import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';

type Case = [lang: string, text: string, value: string, detail?: string];

const CASES: Case[] = [
  ['en', 'Customers can bring their own keys (BYOK) on the Enterprise plan.', 'customer', 'BYOK'],
  ['en', 'We do not currently offer customer-managed keys (BYOK/CMK). Encryption keys are stored in AWS KMS.', 'cloud_provider', 'AWS KMS'],
  ['en', 'Customer-managed keys are on our roadmap for 2027.', 'unknown'],
  ['en', 'Our encryption keys are generated and held by us in our own HSM.', 'vendor'],
  ['en', 'We never share your data with advertisers.', 'unknown'],
  ['sv', 'Krypteringsnycklarna lagras i AWS Key Management Service (KMS).', 'cloud_provider', 'AWS KMS'],
  ['sv', 'Du kan också välja kundhanterade nycklar för dina projekt.', 'customer'],
  ['sv', 'Vi lagrar all data i Sverige.', 'unknown'],
  ['no', 'Kunder kan også bruke kundeadministrerte nøkler. Som standard brukes Microsoft-managed keys.', 'customer', 'default: Microsoft-managed keys'],
  ['no', 'Krypteringsnøklene forvaltes i Azure Key Vault.', 'cloud_provider', 'Azure Key Vault'],
  ['no', 'Vi tar personvern på alvor.', 'unknown'],
  ['da', 'Krypteringsnøglerne opbevares separat fra data og administreres af os.', 'vendor'],
  ['da', 'Du kan vælge egne krypteringsnøgler til dine data.', 'customer'],
  ['da', 'Vi bruger SSH-nøgler til at logge ind på serverne med krypteret forbindelse.', 'unknown'],
  ['de', 'Die Verschlüsselungsschlüssel werden separat von den Daten gespeichert und sind nur über das interne VPN erreichbar.', 'vendor'],
  ['de', 'Sie können eigene Schlüssel (BYOK) verwenden.', 'customer'],
  ['de', 'Fragen Sie Ihren Anbieter, wer die Schlüssel verwaltet.', 'unknown'],
  ['fi', 'Asiakkaat voivat ottaa käyttöön päästä päähän -salauksen, jolloin salausavaimet ovat vain heidän laitteillaan.', 'customer'],
  ['fi', 'Salausavaimet säilytetään Google Cloud KMS -palvelussa.', 'cloud_provider', 'Google Cloud KMS'],
  // A key service counts only with a key word outside its own name: before it, glued after it, or none.
  ['en', 'Keys for the AWS KMS service are rotated yearly.', 'cloud_provider', 'AWS KMS'],
  ['sv', 'Vi använder AWS KMS-nycklar för krypteringen.', 'cloud_provider', 'AWS KMS'],
  ['en', 'We use the AWS Key Management Service for our signing workflow.', 'unknown'],
  ['fi', 'Palvelu on helppokäyttöinen.', 'unknown'],
  // Explaining the options in general is not the vendor's own setup.
  ['en', 'Keys held by a cloud provider, for example in AWS KMS or Azure Key Vault, are reachable by that provider.', 'unknown'],
  // Keys made / data encrypted on the user's device; a negation inside "never leaves your device" negates nothing.
  ['de', 'Der Schlüssel wird aus Ihrem Master-Passwort abgeleitet und verlässt nie Ihr Gerät (Zero-Knowledge-Prinzip).', 'customer', 'client-side / zero-knowledge option'],
  ['de', 'Ihr Tresor wird auf Ihrem Gerät mit AES-256-GCM verschlüsselt, bevor er unsere Server erreicht.', 'customer', 'client-side / zero-knowledge option'],
  ['sv', 'Nycklarna skapas på deltagarnas enheter och vi kan aldrig ta del av innehållet i ett möte.', 'customer'],
  ['da', 'Nøglerne dannes på deltagernes enheder og forlader dem aldrig, så hverken vi eller vores hostingpartner kan se jeres møder.', 'customer', 'client-side / zero-knowledge option'],
  ['en', 'Your files are encrypted on your device with AES-256 before we store them.', 'customer'],
  ['fi', 'Salausavain on vain sinulla – emme pysty avaamaan varmuuskopioitasi.', 'customer'],
  // A device without keys or encryption says nothing about keys; a negated zero-knowledge claim is no claim.
  ['de', 'Sie können die App auf Ihrem Gerät installieren.', 'unknown'],
  ['en', 'We do not offer zero-knowledge encryption.', 'unknown'],
];

describe('key_control', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, value, detail) => {
    const c = analyzeText(text, { lang }).claims.key_control;
    expect(c.value).toBe(value);
    if (detail) expect(c.details).toContain(detail);
    if (value !== 'unknown') expect(text).toContain(c.evidence[0]!.quote);
  });
});
