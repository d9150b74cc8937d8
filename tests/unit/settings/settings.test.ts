import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../lib/vendors';
import { DEFAULT_WEIGHTS, PROFILES, scoreClaims } from '../../../lib/score';
import {
  SETTINGS_KEY, defaultSettings, loadSettings, parseSettings, profileFromSettings, rescore, resolveEmailLang,
  resolveUiLang, saveSettings, type Settings,
} from '../../../lib/settings';
import { CLAIM_IDS, unknownClaim, type Claims, type ClaimId } from '../../../lib/types';

const custom = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), profile: 'custom', ...over });

describe('settings validation', () => {
  it('gives the defaults without a problem when nothing was saved', () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [] });
    expect(defaultSettings().customWeights).toEqual(DEFAULT_WEIGHTS);
  });

  it('keeps valid settings as they are', () => {
    const s = custom({ uiLang: 'sv', emailLang: 'de', customUsExposure: 'strict' });
    s.customWeights.us_exposure = 100;
    s.customWeights.dpf_reliance = 0;
    expect(parseSettings(JSON.parse(JSON.stringify(s)))).toEqual({ settings: s, problems: [] });
  });

  it.each([
    ['a string', 'standard'],
    ['null', null],
    ['an array', ['strict']],
    ['a number', 3],
  ])('replaces %s with the defaults and reports it', (_, raw) => {
    expect(parseSettings(raw)).toEqual({ settings: defaultSettings(), problems: ['settings'] });
  });

  it('replaces only the malformed fields and names them', () => {
    const raw = {
      version: 1,
      profile: 'lenient',
      customWeights: { ...DEFAULT_WEIGHTS, us_exposure: 101, key_control: -1, dpo_contact: 2.5, dpa_offered: '8', subprocessors: 40 },
      customUsExposure: 'strict',
      uiLang: 'fr',
      emailLang: 'fi',
    };
    const { settings, problems } = parseSettings(raw);
    expect(settings.profile).toBe('standard');
    expect(settings.uiLang).toBe('auto');
    expect(settings.emailLang).toBe('fi');
    expect(settings.customUsExposure).toBe('strict');
    expect(settings.customWeights.us_exposure).toBe(DEFAULT_WEIGHTS.us_exposure);
    expect(settings.customWeights.key_control).toBe(DEFAULT_WEIGHTS.key_control);
    expect(settings.customWeights.dpo_contact).toBe(DEFAULT_WEIGHTS.dpo_contact);
    expect(settings.customWeights.dpa_offered).toBe(DEFAULT_WEIGHTS.dpa_offered);
    expect(settings.customWeights.subprocessors).toBe(40);
    expect(problems.sort()).toEqual(
      ['profile', 'uiLang', 'customWeights.us_exposure', 'customWeights.key_control', 'customWeights.dpo_contact', 'customWeights.dpa_offered'].sort(),
    );
  });

  it('reports a missing weights object and a wrong version', () => {
    const { settings, problems } = parseSettings({ ...defaultSettings(), version: 7, customWeights: 'x' });
    expect(settings.customWeights).toEqual(DEFAULT_WEIGHTS);
    expect(problems).toEqual(['version', 'customWeights']);
  });
});

describe('settings → profile and languages', () => {
  it('maps the profile choice to the scorer’s profiles', () => {
    expect(profileFromSettings(defaultSettings())).toBe(PROFILES.standard);
    expect(profileFromSettings({ ...defaultSettings(), profile: 'strict' })).toBe(PROFILES.strict);
    const s = custom({ customUsExposure: 'strict' });
    s.customWeights.certifications = 50;
    const p = profileFromSettings(s);
    expect(p.id).toBe('custom');
    expect(p.usExposure).toBe('strict');
    expect(p.weights.certifications).toBe(50);
  });

  it('resolves auto UI language and the e-mail language', () => {
    expect(resolveUiLang(defaultSettings(), 'da')).toBe('da');
    expect(resolveUiLang({ ...defaultSettings(), uiLang: 'fi' }, 'da')).toBe('fi');
    expect(resolveEmailLang(defaultSettings(), 'sv')).toBe('sv');
    expect(resolveEmailLang({ ...defaultSettings(), emailLang: 'de' }, 'sv')).toBe('de');
  });

  it('rescoring with another profile changes the score, not the claims', () => {
    const claims = Object.fromEntries(CLAIM_IDS.map((id) => [id, unknownClaim()])) as unknown as Claims;
    const set = (id: ClaimId, v: string) => ((claims[id] as { value: string }).value = v);
    set('data_location', 'eu_eea');
    set('us_exposure', 'us_subprocessor');
    set('dpf_reliance', 'yes');
    set('encryption_at_rest', 'yes');
    set('encryption_in_transit', 'yes');
    set('dpa_offered', 'yes');
    set('subprocessors', 'listed');
    set('certifications', 'certified');
    set('breach_notification', 'yes');
    const analysis = { claims, score: scoreClaims(claims, 'standard'), vendor: 'x.se' };
    const strict = rescore(analysis, PROFILES.strict);
    expect(strict.claims).toBe(claims);
    expect(strict.score.profile).toBe('strict');
    expect(strict.score).toEqual(scoreClaims(claims, PROFILES.strict));
    expect(strict.score.points).toBeLessThan(analysis.score.points);
  });
});

describe('settings in storage', () => {
  it('round-trips through storage.local under one key', async () => {
    const storage = new MemoryStorage();
    const s = custom({ uiLang: 'no' });
    await saveSettings(storage, s);
    expect(Object.keys(await storage.get(null))).toEqual([SETTINGS_KEY]);
    expect(await loadSettings(storage)).toEqual({ settings: s, problems: [] });
  });

  it('never throws on malformed stored settings or a failing storage', async () => {
    const bad = new MemoryStorage({ initial: { [SETTINGS_KEY]: { profile: 42 } } });
    const r = await loadSettings(bad);
    expect(r.settings.profile).toBe('standard');
    expect(r.problems.length).toBeGreaterThan(0);
    const broken = { get: () => Promise.reject(new Error('gone')), set: () => Promise.resolve() };
    expect(await loadSettings(broken)).toEqual({ settings: defaultSettings(), problems: ['storage'] });
  });

  it('does not save a malformed value coming from the UI', async () => {
    const storage = new MemoryStorage();
    await saveSettings(storage, { ...custom(), uiLang: 'xx' as 'sv' });
    const stored = (await storage.get([SETTINGS_KEY]))[SETTINGS_KEY] as Settings;
    expect(stored.uiLang).toBe('auto');
    expect(stored.profile).toBe('custom');
  });
});
