import { describe, expect, it } from 'vitest';
import { scoreClaims, statusOf } from '../../../lib/score';
import { t } from '../../../lib/i18n';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { scorecardEn } from '../../../lib/i18n/messages/scorecard/en';
import {
  claimName, formatDate, isKnownReason, langName, localReason, profileName, statusLabel, valueWord,
} from '../../../lib/i18n/scorecard';
import { CLAIM_IDS, CLAIM_VALUES, LANGS, unknownClaim, type ClaimId, type Claims } from '../../../lib/types';

function claimsWith(values: Partial<Record<ClaimId, string>>, transferDetails: string[] = []): Claims {
  const c = Object.fromEntries(CLAIM_IDS.map((id) => [id, unknownClaim()])) as unknown as Claims;
  for (const [id, v] of Object.entries(values)) (c[id as ClaimId] as { value: string }).value = v!;
  c.third_country_transfer.details = transferDetails;
  return c;
}

/** Every claim value against the values that change a reason (US exposure × keys × DPF × SCCs). */
function* everyReason(): Generator<string> {
  for (const mode of ['standard', 'strict'] as const) {
    for (const us of CLAIM_VALUES.us_exposure) {
      for (const keys of CLAIM_VALUES.key_control) {
        for (const dpf of CLAIM_VALUES.dpf_reliance) {
          for (const scc of [[], ['SCCs']]) {
            for (const id of CLAIM_IDS) {
              for (const v of CLAIM_VALUES[id]) {
                const claims = claimsWith({ us_exposure: us, key_control: keys, dpf_reliance: dpf, [id]: v }, scc);
                yield statusOf(id, claims, mode).reason;
              }
            }
          }
        }
      }
    }
  }
}

describe('scorecard reasons in the buyer’s language', () => {
  const reasons = [...new Set(everyReason())];

  it('has a catalog entry for every reason lib/score can write', () => {
    expect(reasons.length).toBeGreaterThan(30);
    for (const r of reasons) expect(isKnownReason(r), r).toBe(true);
  });

  it('gives the English text back in English and a different, non-empty text in every other language', () => {
    for (const r of reasons) {
      if (r.startsWith('Not stated:')) expect(localReason(r, 'en'), r).toMatch(/^Not stated: [A-Z]/);
      else expect(localReason(r, 'en'), r).toBe(r);
      for (const lang of LANGS.filter((l) => l !== 'en')) {
        const local = localReason(r, lang);
        expect(local.trim(), `${lang}: ${r}`).not.toBe('');
        expect(local, `${lang}: ${r}`).not.toBe(r);
        expect(local, `${lang}: ${r}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('translates the coverage-cap reason with its numbers, and "not stated" with the claim name', () => {
    const score = scoreClaims(
      claimsWith({
        data_location: 'eu_eea', third_country_transfer: 'none_claimed', us_exposure: 'eu_owned_stack', encryption_at_rest: 'yes',
        encryption_in_transit: 'yes', key_control: 'customer', dpa_offered: 'yes', subprocessors: 'listed',
      }),
    );
    const cap = score.reasons[0]!;
    expect(cap).toMatch(/only 8 of 12/);
    expect(localReason(cap, 'sv')).toBe('Sidan besvarar bara 8 av 12 frågor, så betyget blir högst B.');
    expect(localReason('Not stated: key control.', 'de')).toBe(`Nicht angegeben: ${claimName('key_control', 'de')}.`);
  });

  it('leaves text it does not know as it is', () => {
    expect(localReason('Something new.', 'fi')).toBe('Something new.');
    expect(isKnownReason('Something new.')).toBe(false);
  });
});

describe('scorecard vocabulary accessors', () => {
  it('name every claim, value and status in every language', () => {
    for (const lang of LANGS) {
      for (const id of CLAIM_IDS) {
        expect(claimName(id, lang)).toMatch(/\S/);
        for (const v of CLAIM_VALUES[id]) expect(valueWord(id, v, lang), `${lang} ${id}=${v}`).not.toBe(v);
      }
      for (const s of ['ok', 'caution', 'risk', 'not_stated'] as const) expect(statusLabel(s, lang)).toMatch(/\S/);
    }
    expect(valueWord('data_location', 'eu_eea', 'sv')).toBe('Inom EU/EES');
    expect(statusLabel('risk', 'de')).toBe('Risiko');
  });

  it('names profiles, page languages and formats dates per UI language', () => {
    expect(profileName('strict', 'sv')).toBe('Strikt (Schrems II)');
    expect(profileName('custom', 'en')).toBe('Custom');
    expect(langName('no', 'en')).toBe('Norwegian');
    expect(langName('und', 'fi')).toBe('tuntematon');
    const iso = '2025-03-04T10:05:00.000Z';
    expect(formatDate(iso, 'de')).toMatch(/2025/);
    expect(formatDate(iso, 'de')).not.toBe(formatDate(iso, 'en'));
    expect(formatDate('not a date', 'sv')).toBe('not a date');
  });

  it('no scorecard/settings sentence is left in English in another language', () => {
    // A sentence-length string identical to English in another language is almost surely untranslated.
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      const same = Object.entries(scorecardEn).filter(
        ([k, v]) => v.length > 30 && (CATALOGS[lang] as Record<string, string>)[k] === v,
      );
      expect(same.map(([k]) => k), lang).toEqual([]);
    }
    expect(t('popup.answers', { n: 7 }, 'no')).toBe('besvarer 7 av 12');
  });
});
