// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { Scorecard } from '../../../components/Scorecard';
import { GradeBadge } from '../../../components/GradeBadge';
import { setUiLang } from '../../../lib/i18n';
import { localReason } from '../../../lib/i18n/scorecard';
import { PROFILES } from '../../../lib/score';
import { rescore } from '../../../lib/settings';
import { CLAIM_IDS } from '../../../lib/types';
import { sampleAnalysis } from './fixtures';

afterEach(() => {
  cleanup();
  setUiLang('en');
});

describe('Scorecard', () => {
  it('shows grade, points, coverage, profile, page language, date and the top reasons in the UI language', () => {
    setUiLang('sv');
    const { analysis, page } = sampleAnalysis();
    const strict = rescore(analysis, PROFILES.strict);
    const onOpenSettings = vi.fn();
    render(<Scorecard analysis={strict} page={page} onShow={vi.fn()} profile={PROFILES.strict} emailLang="sv" onOpenSettings={onOpenSettings} />);
    const badge = document.querySelector('.grade')!;
    expect(badge.getAttribute('data-grade')).toBe(strict.score.grade);
    expect(badge.getAttribute('aria-label')).toBe(
      `Betyg ${strict.score.grade}, ${strict.score.points} av 100 poäng, sidan besvarar 4 av 12 frågor`,
    );
    expect(document.querySelector('.grade-answered')!.textContent).toBe('besvarar 4 av 12');
    expect(document.querySelector('.score-profile')!.textContent).toMatch(/^Profil: Strikt \(Schrems II\)/);
    expect(document.querySelector('.page-lang')!.textContent).toBe('Sidans språk: svenska');
    expect(document.querySelector('.analysed-at')!.textContent).toMatch(/^Analyserad .*2025/);
    const reasons = Array.from(document.querySelectorAll('.reasons li')).map((li) => li.textContent);
    expect(reasons).toEqual(strict.score.reasons.map((r) => localReason(r, 'sv')));
    expect(reasons.length).toBe(3);
    for (const r of reasons) expect(strict.score.reasons).not.toContain(r);
    expect(document.querySelectorAll('[data-claim]').length).toBe(CLAIM_IDS.length);
    screen.getByRole('button', { name: 'Inställningar' }).click();
    expect(onOpenSettings).toHaveBeenCalledOnce();
  });

  it('says which profile scored it when the profile changes', () => {
    const { analysis, page } = sampleAnalysis();
    const { rerender } = render(<Scorecard analysis={analysis} page={page} onShow={vi.fn()} />);
    expect(document.querySelector('.score-profile')!.getAttribute('data-profile')).toBe('standard');
    expect(document.querySelector('.score-profile')!.textContent).toBe('Profile: Standard');
    rerender(<Scorecard analysis={rescore(analysis, PROFILES.strict)} page={page} onShow={vi.fn()} profile={PROFILES.strict} />);
    expect(document.querySelector('.score-profile')!.textContent).toBe('Profile: Strict (Schrems II)');
  });

  it('GradeBadge puts points and coverage beside the letter', () => {
    const { analysis } = sampleAnalysis();
    render(<GradeBadge score={analysis.score} />);
    expect(document.querySelector('.grade-letter')!.textContent).toBe(analysis.score.grade);
    expect(document.querySelector('.grade-points')!.textContent).toBe(`${analysis.score.points} points`);
    expect(document.querySelector('.grade-answered')!.textContent).toBe('answers 4 of 12');
  });
});
