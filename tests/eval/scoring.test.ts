import { describe, expect, it } from 'vitest';
import { scoreClassification } from '../../tools/eval/classification';
import { scoreRetentionRecall } from '../../tools/eval/retention-recall';
import { isRecipientNameMatch } from '../../tools/eval/seed-checks';

describe('scoreClassification', () => {
  it('computes precision, recall and F1 per category and their macro mean', () => {
    const score = scoreClassification(
      [
        { gold: ['sharing'], predicted: ['sharing'] },
        { gold: ['sharing'], predicted: [] },
        { gold: [], predicted: ['sharing', 'security'] },
        { gold: ['security'], predicted: ['security'] },
      ],
      ['sharing', 'security'],
    );
    const sharing = score.perCategory.find((c) => c.category === 'sharing')!;
    expect([sharing.tp, sharing.fp, sharing.fn]).toEqual([1, 1, 1]);
    expect(sharing.f1).toBeCloseTo(0.5);
    const security = score.perCategory.find((c) => c.category === 'security')!;
    expect(security.precision).toBeCloseTo(0.5);
    expect(security.recall).toBe(1);
    expect(score.macroF1).toBeCloseTo((0.5 + 2 / 3) / 2);
  });

  it('scores a category with no gold and no predictions as 0 rather than NaN', () => {
    expect(scoreClassification([{ gold: [], predicted: [] }], ['children']).macroF1).toBe(0);
  });
});

describe('scoreRetentionRecall', () => {
  it('counts a repeated (policy, segment, value) once and matches kinds per value', () => {
    const row = (segment: number, value: string, text: string) => ({
      policy: 'p',
      segment,
      text,
      selectedText: null,
      value,
    });
    const result = scoreRetentionRecall(
      [
        row(1, 'Stated Period', 'kept 30 days'),
        row(1, 'Stated Period', 'kept 30 days'),
        row(2, 'Indefinitely', 'kept forever'),
        row(3, 'Limited', 'kept 30 days'),
        row(4, 'Unspecified', 'whatever'),
      ],
      (text) => new Set(text.includes('30 days') ? (['duration'] as const) : []),
    );
    const by = Object.fromEntries(result.map((r) => [r.value, r]));
    expect(by['Stated Period']).toMatchObject({ rows: 1, found: 1 });
    expect(by['Indefinitely']).toMatchObject({ rows: 1, found: 0 });
    expect(by['Limited']).toMatchObject({ rows: 1, found: 0 });
    expect(by['overall']).toMatchObject({ rows: 3, found: 1 });
  });
});

describe('isRecipientNameMatch', () => {
  it('matches names ignoring case and accepts a whole-word shorter or longer form', () => {
    expect(isRecipientNameMatch('Google Analytics', 'google analytics')).toBe(true);
    expect(isRecipientNameMatch('Google Fonts', 'Google')).toBe(true);
    expect(isRecipientNameMatch('Formspree', 'Formspree Inc.')).toBe(true);
    expect(isRecipientNameMatch('Gravatar', 'Grav')).toBe(false);
    expect(isRecipientNameMatch('Formspree', '')).toBe(false);
  });
});
