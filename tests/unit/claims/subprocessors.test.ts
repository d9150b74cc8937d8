import { describe, expect, it } from 'vitest';
import { claimOf, type Case } from './helpers';

const CASES: Case[] = [
  { lang: 'en', name: 'table under a title', text: 'Sub-processors\n\n| Sub-processor | Purpose |\n|---|---|\n| Stripe, Inc. | Payments |\n| Hetzner Online GmbH | Hosting |', value: 'listed', details: ['Stripe'] },
  { lang: 'en', name: 'host only', text: 'Our service is hosted on Amazon Web Services.', value: 'unknown' },
  { lang: 'en', name: 'on request', text: 'A list of our sub-processors is available on request.', value: 'on_request' },
  { lang: 'en', name: 'none used', text: 'We do not use any sub-processors.', value: 'unknown' },
  { lang: 'sv', name: 'som underbiträde', text: 'Vi använder Amazon Web Services EU Sarl som underbiträde.', value: 'listed' },
  { lang: 'sv', name: 'fråga efter', text: 'Kontakta oss och fråga efter vår lista över underbiträden.', value: 'on_request' },
  { lang: 'sv', name: 'säkerhet hos underbiträden', text: 'Säkerhet hos underbiträden\n\nAWS Shared Responsibility Model gäller.', value: 'unknown' },
  { lang: 'no', name: 'vedlegg', text: 'VEDLEGG A – UNDERDATABEHANDLERE\n\nHetzner Online GmbH   Servere\nUpCloud Oy   Sikkerhetskopier', value: 'listed' },
  { lang: 'no', name: 'på forespørsel', text: 'Liste over underleverandører får du på forespørsel.', value: 'on_request' },
  { lang: 'da', name: 'liste', text: 'Vi benytter følgende underdatabehandlere:\n\n• Microsoft Ireland Operations Ltd – hosting\n• Brevo SAS – e-mail', value: 'listed' },
  { lang: 'da', name: 'bilag (ikke på siden)', text: 'Alle underdatabehandlere kan findes i Bilag B.', value: 'unknown' },
  { lang: 'de', name: 'Unterauftragsverarbeiter', text: 'Unterauftragsverarbeiter\n\nAmazon Web Services, Inc. (Hosting) · Twilio Inc. (SMS)', value: 'listed' },
  { lang: 'de', name: 'auf Anfrage', text: 'Eine Liste der Unterauftragsverarbeiter erhalten Sie auf Anfrage.', value: 'on_request' },
  { lang: 'fi', name: 'alihankkijat', text: 'Alihankkijat\n\nMicrosoft Ireland Operations Ltd (palvelininfrastruktuuri), Zendesk, Inc. (asiakastuki)', value: 'listed' },
  { lang: 'fi', name: 'pyynnöstä', text: 'Luettelo alihankkijoista toimitetaan asiakkaalle pyynnöstä.', value: 'on_request' },
];

describe('subprocessors: table rows read without outer bars (HTML tables, Markdown via the reader)', () => {
  // Each row a block of its own, cells joined with " | "; a short row is no heading that ends the table.
  const rows = (head: string, lead: string) =>
    `${head}\n\n${lead}\n\n${['Namn | Ändamål | Land', 'Amazon Web Services EMEA SARL | Drift | Irland', 'Twilio Inc. | SMS | USA', 'Mailjet | E-post | Frankrike'].join('\n\n')}`;
  it.each([
    ['sv', rows('Underbiträden', 'Vi anlitar följande underbiträden för att leverera tjänsten.')],
    ['en', rows('Sub-processors', 'We use the following sub-processors to provide the service.')],
  ] as const)('%s: every row after a short one, not the header cell', (lang, text) => {
    const r = claimOf('subprocessors', text, lang);
    expect(r.value).toBe('listed');
    expect(r.details).toEqual(expect.arrayContaining(['Amazon Web Services', 'Twilio', 'Mailjet']));
    expect(r.details).not.toContain('Namn');
  });
});

describe('subprocessors', () => {
  it.each(CASES)('$lang: $name', (c) => {
    const r = claimOf('subprocessors', c.text, c.lang);
    expect(r.value).toBe(c.value);
    for (const d of c.details ?? []) expect(r.details).toContain(d);
    for (const e of r.evidence) expect(c.text).toContain(e.quote);
  });
});

describe('subprocessors: nynorsk and "processors we use" lead-ins', () => {
  const LISTS: Case[] = [
    { lang: 'no', name: 'nynorsk underdatabehandlarar', text: 'Behandlingsansvarleg godkjenner at følgjande underdatabehandlarar vert nytta:\n\n- Fjordsky AS – drift\n- Postverk AS – e-post', value: 'listed' },
    { lang: 'sv', name: 'följande personuppgiftsbiträden', text: 'Vi anlitar följande personuppgiftsbiträden:\n\n- Molnhallen AB – drift\n- Textly Inc. – sms', value: 'listed' },
    { lang: 'fi', name: 'seuraavia henkilötietojen käsittelijöitä', text: 'Palvelussa käytetään seuraavia henkilötietojen käsittelijöitä:\n\n- Pilvitalo Oy – palvelimet\n- Mailer Inc. – sähköposti', value: 'listed' },
  ];
  it.each(LISTS)('$lang: $name', (c) => {
    expect(claimOf('subprocessors', c.text, c.lang).value).toBe(c.value);
  });
});
