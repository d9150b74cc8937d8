import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';
import { runSentenceCases as run } from './helpers';

describe('a general mailbox after an external DPO is not the DPO contact', () => {
  run([
    ['no', 'Samtalen AS har et eksternt personvernombud. Generelle henvendelser kan sendes til post@samtalen.no.', 'dpo_contact', 'exists_no_contact'],
    ['en', 'We have appointed an external Data Protection Officer. General enquiries: info@vendor.example.', 'dpo_contact', 'exists_no_contact'],
    // The DPO's own mailbox on the next line still names it.
    ['de', 'Wir haben einen externen Datenschutzbeauftragten bestellt.\n\nE-Mail: dsb@vendor.example', 'dpo_contact', 'named'],
  ]);
});

describe('on request, notify and own-stack vocabulary', () => {
  run([
    ['sv', 'Företagskunder som behöver ett personuppgiftsbiträdesavtal kan begära det av vår support.', 'dpa_offered', 'on_request'],
    ['da', 'Ved et brud på persondatasikkerheden giver vi den dataansvarlige besked senest 48 timer efter, at vi har konstateret bruddet.', 'breach_notification', 'yes'],
    ['no', 'Ved brudd på personopplysningssikkerheten gir vi kunden beskjed innen 24 timer.', 'breach_notification', 'yes'],
    ['no', 'Alle data blir lagra i Noreg, på våre eigne serverar i eit leigd datasenter i Bergen som vi driftar sjølve.', 'us_exposure', 'eu_owned_stack'],
    ['no', 'Krypteringsnøklane blir forvalta av oss i ein eigen nøkkelserver og er ikkje tilgjengelege for kunden.', 'key_control', 'vendor'],
  ]);
});

describe('status pages, API docs and partner pages claim nothing', () => {
  const pages: [string, string][] = [
    ['en', '# Incident report: delayed email notifications\n\nA routine rotation of the TLS certificates on our message queue in the AWS eu-west-1 region caused two workers to reject connections.\n\nNo customer data was exposed.'],
    ['no', '# API-dokumentasjon – kom i gang\n\nAlle forespørsler sendes til https://api.vendor.example/v2 over HTTPS. Opprett en API-nøkkel under Innstillinger.\n\nData lagres i AWS eu-north-1.'],
    ['fi', '# Kumppaniohjelma\n\nKumppanina saat testiympäristön ja API-avaimet. Kumppanit allekirjoittavat kumppanisopimuksen ja salassapitosopimuksen.\n\nPalvelu toimii Microsoft Azuren Ruotsin alueella.'],
  ];
  it.each(pages)('%s', (lang, text) => {
    const a = analyzeText(text, { lang });
    for (const [id, c] of Object.entries(a.claims)) expect(c.value, id).toBe('unknown');
  });
});
