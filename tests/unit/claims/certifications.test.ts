import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analyze';
import { claimOf } from './helpers';

type Case = [lang: string, text: string, value: string, detail?: string];

const CASES: Case[] = [
  ['en', 'We are ISO 27001 certified and hold a SOC 2 Type II report.', 'certified', 'SOC 2 Type II'],
  ['en', 'We are currently working towards ISO 27001 certification, expected in 2026.', 'in_progress', 'ISO 27001'],
  ['en', 'Our hosting provider AWS is certified to ISO 27001 and SOC 1/2/3.', 'only_subprocessor'],
  ['en', 'We follow ISO 27001 principles in our security work.', 'unknown'],
  ['en', 'Are you certified according to ISO 27001?', 'unknown'],
  ['sv', 'Vi är certifierade enligt ISO 27001 sedan 2021.', 'certified', 'ISO 27001'],
  ['sv', 'Vi håller på att certifiera oss enligt ISO 27001.', 'in_progress'],
  ['sv', 'AWS datacenter uppfyller branschstandarder som ISO 27001.', 'only_subprocessor'],
  ['sv', 'Vi arbetar i enlighet med ISO-27001.', 'unknown'],
  ['no', 'Vi er sertifisert etter ISO 27001 og ISO 27701.', 'certified', 'ISO 27701'],
  ['no', 'Vi er i gang med ISO 27001-sertifisering og regner med å være ferdige i 2026.', 'in_progress'],
  ['no', 'Datasentrene vi bruker er sertifisert etter ISO 27001.', 'only_subprocessor'],
  ['da', 'Vi modtager hvert år en ISAE 3402 type 2-erklæring fra en uafhængig revisor.', 'certified', 'ISAE 3402'],
  ['da', 'Vi forventer at opnå ISO 27001-certificering i løbet af 2026.', 'in_progress'],
  ['da', 'SYSTEMHOSTING A/S er Microsoft Silver Certified Partner.', 'unknown'],
  ['de', 'Wir sind nach ISO/IEC 27001:2022 zertifiziert und besitzen ein BSI-C5-Testat.', 'certified', 'C5'],
  ['de', 'Die Zertifizierung nach ISO 27001 ist für 2026 geplant.', 'in_progress'],
  ['de', 'Hosting in zertifizierten Rechenzentren (z. B. ISO 27001, innerhalb der EU).', 'only_subprocessor'],
  ['de', 'Beschreibung der Maßnahmen (einschließlich etwaiger einschlägiger Zertifizierungen).', 'unknown'],
  ['fi', 'Olemme ISO 27001 -sertifioitu palveluntarjoaja.', 'certified'],
  ['fi', 'Olemme parhaillaan rakentamassa ISO27001-standardin mukaista tietoturvan hallintajärjestelmää.', 'in_progress'],
  ['fi', 'Palvelinkeskus on ISO 27001 -sertifioitu.', 'only_subprocessor'],
  // Own certificate wins over the provider's.
  ['en', 'AWS holds ISO 27001. We are also ISO 27001 certified ourselves.', 'certified'],
  ['de', 'Unser ISMS orientiert sich an ISO 27001; eine Zertifizierung ist derzeit nicht geplant.', 'unknown'],
  ['en', 'Our security programme is aligned with ISO 27001.', 'unknown'],
  ['en', 'Our controls are based on ISO 27001, but no certification is planned.', 'unknown'],
  ['sv', 'Vårt ledningssystem bygger på ISO 27001, men någon certifiering är inte planerad.', 'unknown'],
  ['nl', 'Wij zijn gecertificeerd volgens ISO 27001.', 'certified'],
  ['fr', 'Notre société est certifiée ISO 27001 depuis 2022.', 'certified'],
  // A "hosting partner" is someone else's facility; "not yet certified" is work in progress.
  ['da', 'Vores hostingpartner Hetzner er certificeret efter ISO/IEC 27001.', 'only_subprocessor'],
  ['de', 'Unser Hosting-Partner ist nach ISO 27001 zertifiziert.', 'only_subprocessor'],
  ['fi', 'Varmuus Oy ei ole vielä ISO 27001 -sertifioitu.', 'in_progress'],
  ['fi', 'Emme ole vielä ISO 27001 -sertifioituja, mutta työ on käynnissä.', 'in_progress'],
];

describe('certifications', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, value, detail) => {
    const c = analyzeText(text, { lang }).claims.certifications;
    expect(c.value).toBe(value);
    if (detail) expect(c.details).toContain(detail);
    if (value !== 'unknown') expect(text).toContain(c.evidence[0]!.quote);
  });
});

describe('certifications: a certified product or device is not the vendor certified', () => {
  it.each([
    ['en', 'Our payment terminals are PCI DSS certified and encrypt every card payment.'],
    ['sv', 'Våra kortterminaler är PCI DSS-certifierade.'],
    ['de', 'Unsere Kartenterminals sind nach PCI DSS zertifiziert.'],
    ['fi', 'Maksupäätteet ovat PCI DSS -sertifioituja.'],
  ])('%s', (lang, text) => {
    expect(claimOf('certifications', text, lang).value).toBe('unknown');
  });

  it('the vendor itself certified to PCI DSS still counts', () => {
    expect(claimOf('certifications', 'We are PCI DSS Level 1 certified.', 'en').value).toBe('certified');
  });
});

describe('certifications: a held certificate and one on the way in one sentence, each by its own clause', () => {
  it.each([
    ['en', 'We hold ISO 27001 certification and are working towards SOC 2 Type II, expected in Q3 2026.', 'ISO 27001', 'SOC 2 Type II'],
    ['en', 'We completed our SOC 2 Type I audit in 2025 and our SOC 2 Type II audit is currently underway.', 'SOC 2 Type I', 'SOC 2 Type II'],
    ['de', 'Wir sind nach ISO 27001 zertifiziert und streben die SOC 2 Type II Zertifizierung an, geplant für 2026.', 'ISO 27001', 'SOC 2 Type II'],
    ['no', 'Vi er sertifisert etter ISO 27001, og arbeider mot SOC 2 Type II.', 'ISO 27001', 'SOC 2 Type II'],
  ])('%s: %s', (lang, text, held, coming) => {
    const r = claimOf('certifications', text, lang);
    expect(r.value).toBe('certified');
    expect(r.details).toContain(held);
    expect(r.details).not.toContain(coming);
  });

  it('one clause working towards a certificate stays in progress', () => {
    expect(claimOf('certifications', 'We are working towards ISO 27001 certification.', 'en').value).toBe('in_progress');
    expect(claimOf('certifications', 'Vi arbetar mot en ISO 27001-certifiering och räknar med att vara klara 2026.', 'sv').value).toBe('in_progress');
  });
});
