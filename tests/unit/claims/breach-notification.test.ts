import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';

type Case = [lang: string, text: string, value: string, detail?: string];

const CASES: Case[] = [
  ['en', 'We will notify customers of a personal data breach without undue delay and within 48 hours.', 'yes', '48h'],
  ['en', 'Critical vulnerabilities are patched within 24 hours.', 'unknown'],
  ['en', 'Under the GDPR, controllers must notify the supervisory authority within 72 hours.', 'unknown'],
  ['en', 'We will inform the affected parties if a court orders us to hand over data.', 'unknown'],
  ['sv', 'Vi meddelar kunden utan onödigt dröjsmål vid en personuppgiftsincident.', 'yes', 'without undue delay'],
  ['sv', 'Kritiska sårbarheter åtgärdas inom 24 timmar.', 'unknown'],
  ['no', 'Ved sikkerhetsbrudd varsler vi deg innen 24 timer.', 'yes', '24h'],
  ['no', 'Du får varsler i appen når en vakt endres.', 'unknown'],
  ['da', 'Ved brud på persondatasikkerheden underretter vi kunden uden unødig forsinkelse.', 'yes', 'without undue delay'],
  ['da', 'Vi overvåger sikkerhedshændelser løbende.', 'unknown'],
  ['de', 'Sicherheitsvorfälle werden dem Auftraggeber unverzüglich, spätestens innerhalb von 24 Stunden gemeldet.', 'yes', '24h'],
  ['de', 'Benachrichtigungen erscheinen oben rechts in der Menüleiste.', 'unknown'],
  ['fi', 'Ilmoitamme asiakkaalle tietoturvaloukkauksesta viipymättä ja viimeistään 72 tunnin kuluessa.', 'yes', '72h'],
  ['fi', 'Seuraamme tietoturvapoikkeamia jatkuvasti.', 'unknown'],
  ['no', 'Databehandlaren skal varsle behandlingsansvarleg om brot på personopplysningstryggleiken utan ugrunna opphald og seinast innan 72 timar.', 'yes'],
  ['nl', 'Bij een datalek informeren wij u zonder onnodige vertraging en binnen 72 uur.', 'yes'],
  ['fr', 'En cas de violation de données, nous vous notifions sans délai injustifié et dans les 72 heures.', 'yes'],
];

describe('breach_notification', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, value, detail) => {
    const c = analyzeText(text, { lang }).claims.breach_notification;
    expect(c.value).toBe(value);
    if (detail) expect(c.details).toContain(detail);
    if (value !== 'unknown') expect(text).toContain(c.evidence[0]!.quote);
  });
});
