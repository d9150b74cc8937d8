import { describe, expect, it } from 'vitest';
import type { PageLang } from '../../../lib/types';
import type { ClaimContext } from '../../../lib/claims/context';
import { splitSentences } from '../../../lib/text';
import { findPlaces, findProviders } from '../../../lib/knowledge';
import { ownerAt } from '../../../lib/claims/mechanisms/attribution';
import { scanSentences } from '../../../lib/claims/mechanisms/vocab';

function ctxOf(text: string, lang: PageLang, vendorDomain = ''): ClaimContext {
  return { text, sentences: splitSentences(text, lang), lang, title: '', vendorDomain, providers: findProviders(text), places: findPlaces(text, lang), decided: {} };
}

/** Owner of the statement at `marker` (first occurrence) in the sentence containing it. */
function owner(text: string, marker: string, lang: PageLang, vendorDomain = '') {
  const ctx = ctxOf(text, lang, vendorDomain);
  const at = text.indexOf(marker);
  const sc = scanSentences(ctx).find((s) => s.s.start <= at && at < s.s.end)!;
  const o = ownerAt(ctx, sc, at - sc.s.start);
  return o.kind === 'third' ? `third:${o.name}` : o.kind;
}

type Case = [lang: PageLang, text: string, marker: string, expected: string];

const CASES: Case[] = [
  ['en', 'AWS data centres meet ISO 27001.', 'ISO', 'third:Amazon Web Services'],
  ['en', 'We use AWS, and we are ISO 27001 certified.', 'ISO', 'self'],
  ['en', 'Our data centres are ISO 27001 certified.', 'ISO', 'third:data centre'],
  ['sv', 'Vi är certifierade enligt ISO 27001.', 'ISO', 'self'],
  ['no', 'Datasentrene vi bruker er sertifisert etter ISO 27001.', 'ISO', 'third:data centre'],
  ['de', 'Hosting in zertifizierten Rechenzentren (ISO 27001).', 'ISO', 'third:data centre'],
  ['fi', 'Palvelimet sijaitsevat AWS:n konesalissa.\nISO/IEC 27001 -sertifioitu tietoturva.', 'ISO', 'third:Amazon Web Services'],
  ['da', 'Vores ISAE 3402-erklæring udarbejdes af en uafhængig revisor.', 'ISAE', 'self'],
  // A provider is a neighbouring line's subject or title, not an object named for another reason.
  ['en', 'Servers\nHetzner Online GmbH, Germany\nISO/IEC 27001 certified.', 'ISO', 'third:Hetzner'],
  ['sv', 'Inloggning sker med BankID.\nSOC 2 Type II-rapport finns på begäran.', 'SOC', 'none'],
  ['de', 'Zahlungen wickeln wir über Stripe ab.\nISO 27001 zertifiziert.', 'ISO', 'none'],
  ['no', 'Vi får en uavhengig revisjon hvert år.\nISAE 3402-rapport er tilgjengelig.\nE-post sendes via Mailgun.', 'ISAE', 'none'],
  ['en', 'Login is handled by Okta.\nWe engage an external auditor every year.\nSOC 2 Type II report available under NDA.', 'SOC', 'none'],
  // Nothing before the statement and no provider nearby: nobody in particular.
  ['en', 'ISO 27001 certified.', 'ISO', 'none'],
];

describe('attribution: ownerAt', () => {
  it.each(CASES)('%s: %s', (lang, text, marker, expected) => {
    expect(owner(text, marker, lang)).toBe(expected);
  });

  it('treats the vendor itself as self, not as a provider', () => {
    expect(owner('Amazon Web Services holds ISO 27001.', 'ISO', 'en', 'aws.amazon.com')).toBe('self');
  });
});
