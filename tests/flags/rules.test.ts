import { describe, expect, it } from 'vitest';
import { evaluateFlags, FLAG_RULES } from '../../lib/flags';
import { flagSchema } from '../../lib/schema';
import { FLAG_EXAMPLES } from './examples';
import { makeContext } from './helpers';

describe.each(FLAG_RULES.map((rule) => [rule.id, rule] as const))('flag %s', (id, rule) => {
  const examples = FLAG_EXAMPLES[id] ?? { positive: [], negative: [] };

  it.each(examples.positive.map((e) => [e.text, e] as const))('raises on: %s', (_text, example) => {
    const ctx = makeContext(example);
    const evidence = rule.test(ctx);
    expect(evidence).not.toBeNull();
    expect(evidence!.length).toBeGreaterThan(0);
    for (const e of evidence!) {
      // Evidence quotes are whole sentences of the normalised text, so the popup can scroll to them.
      expect(ctx.doc.text.slice(e.start, e.end)).toBe(e.quote);
      expect(ctx.doc.sentences.some((s) => s.start === e.start && s.end === e.end)).toBe(true);
    }
    const flag = evaluateFlags(ctx.doc, ctx.facts).find((f) => f.id === id);
    expect(flag).toBeDefined();
    expect(flagSchema.safeParse(flag).success).toBe(true);
    expect(flag!.severity).toBe(rule.severity);
    expect(flag!.explanation.length).toBeGreaterThan(10);
  });

  it.each(examples.negative.map((e) => [e.text, e] as const))(
    'stays quiet on: %s',
    (_text, example) => {
      const ctx = makeContext(example);
      expect(rule.test(ctx)).toBeNull();
    },
  );
});

describe('explanations built from the facts', () => {
  it('sensitive-data names what is collected', () => {
    const ctx = makeContext(FLAG_EXAMPLES['sensitive-data']!.positive[0]!);
    const flag = evaluateFlags(ctx.doc, ctx.facts).find((f) => f.id === 'sensitive-data');
    expect(flag?.explanation).toContain('government ID');
    expect(flag?.explanation).toContain('health data');
    expect(flag?.explanation).not.toContain('biometric');
  });

  it('stated-retention-periods lists the durations', () => {
    const ctx = makeContext(FLAG_EXAMPLES['stated-retention-periods']!.positive[0]!);
    const flag = evaluateFlags(ctx.doc, ctx.facts).find((f) => f.id === 'stated-retention-periods');
    expect(flag?.explanation).toContain('12 months');
  });
});

describe('evaluateFlags', () => {
  it('returns red flags before good ones and never a flag without evidence', () => {
    const ctx = makeContext({
      text: [
        'We do not sell your personal data.',
        'We use Google Analytics cookies.',
        'By using this site you agree to this policy.',
      ].join('\n\n'),
      facts: () => ({ sellsData: 'no' }),
    });
    const flags = evaluateFlags(ctx.doc, ctx.facts);
    const ids = flags.map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining(['does-not-sell', 'third-party-tracking', 'consent-by-use']),
    );
    expect(ids.indexOf('does-not-sell')).toBeGreaterThan(ids.indexOf('third-party-tracking'));
    for (const f of flags) expect(f.evidence.length).toBeGreaterThan(0);
  });

  it('absence flags quote the policy’s opening line when there is no better place', () => {
    const ctx = makeContext({
      text: '# Privacy Notice\n\nWe collect your email address.',
      facts: () => ({ contacts: { emails: [] } }),
    });
    const flags = evaluateFlags(ctx.doc, ctx.facts);
    expect(flags.find((f) => f.id === 'no-retention-period')?.evidence[0]?.quote).toBe(
      'Privacy Notice',
    );
    expect(flags.find((f) => f.id === 'no-privacy-contact')?.evidence[0]?.quote).toBe(
      'Privacy Notice',
    );
  });

  it('raises nothing on an empty document', () => {
    const ctx = makeContext({ text: '' });
    expect(evaluateFlags(ctx.doc, ctx.facts)).toEqual([]);
  });
});
