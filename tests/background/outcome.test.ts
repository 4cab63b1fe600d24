import { describe, expect, it } from 'vitest';
import { MIN_POLICY_WORDS, outcomeOf } from '../../lib/background/outcome';
import { hashBlocks } from '../../lib/background/content-hash';
import { countHighFlags, GRADE_COLORS } from '../../lib/background/badge';
import { makeSummary } from '../storage/summary-fixture';

describe('outcomeOf', () => {
  it('keeps and badges an English policy of reasonable length', () => {
    expect(outcomeOf(makeSummary())).toBe('policy');
  });

  it('calls short text too short to judge, before anything else', () => {
    expect(outcomeOf({ ...makeSummary(), wordCount: MIN_POLICY_WORDS - 1, language: 'de' })).toBe(
      'too-short',
    );
  });

  it('reports non-English text instead of judging it', () => {
    expect(outcomeOf({ ...makeSummary(), language: 'fr' })).toBe('non-english');
  });

  it('passes on the engine saying the text is not a policy', () => {
    expect(outcomeOf({ ...makeSummary(), isPolicy: false })).toBe('not-policy');
  });
});

describe('hashBlocks', () => {
  it('ignores spacing differences and changes when the words change', async () => {
    const a = await hashBlocks([{ kind: 'paragraph', level: 0, text: 'We collect  your\nemail.' }]);
    const b = await hashBlocks([{ kind: 'paragraph', level: 0, text: 'We collect your email.' }]);
    const c = await hashBlocks([{ kind: 'paragraph', level: 0, text: 'We collect your phone.' }]);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('badge', () => {
  it('counts only high-severity flags for the tooltip', () => {
    const flag = (severity: 'high' | 'medium' | 'good') => ({
      id: severity,
      severity,
      title: '',
      explanation: '',
      evidence: [],
    });
    expect(
      countHighFlags({
        ...makeSummary(),
        flags: [flag('high'), flag('medium'), flag('high'), flag('good')],
      }),
    ).toBe(2);
  });

  it('has a distinct colour per grade', () => {
    expect(new Set(Object.values(GRADE_COLORS)).size).toBe(5);
  });
});
