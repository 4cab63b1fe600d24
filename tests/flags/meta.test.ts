import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAG_RULES } from '../../lib/flags';
import { SEVERITIES } from '../../lib/schema';
import { FLAG_EXAMPLES } from './examples';

const FLAGS_DIR = path.resolve(import.meta.dirname, '../../lib/flags');
const CONTRACT = path.resolve(import.meta.dirname, '../../../shared/CONTRACT.md');
// Files in lib/flags that are machinery, not rules.
const HELPERS = new Set(['index.ts', 'types.ts', 'cues.ts', 'facts-evidence.ts']);

// The flag ids and severities of CONTRACT.md, kept here so the check runs even without ../shared.
const CONTRACT_FLAGS: Record<string, string> = {
  'sells-data': 'high',
  'targeted-advertising': 'high',
  'indefinite-retention': 'high',
  'sensitive-data': 'high',
  'transfer-on-merger': 'medium',
  'changes-without-notice': 'medium',
  'consent-by-use': 'medium',
  'third-party-tracking': 'medium',
  'international-transfer': 'medium',
  'vague-sharing': 'medium',
  'data-from-third-parties': 'low',
  'no-retention-period': 'medium',
  'no-privacy-contact': 'medium',
  'fee-for-requests': 'low',
  'law-enforcement-disclosure': 'low',
  'non-personal-any-purpose': 'medium',
  'does-not-sell': 'good',
  'no-third-party-trackers': 'good',
  'no-ai-training': 'good',
  'stated-retention-periods': 'good',
  'breach-notification': 'good',
};

const ruleFiles = readdirSync(FLAGS_DIR).filter((f) => f.endsWith('.ts') && !HELPERS.has(f));

describe('lib/flags layout', () => {
  it.each(ruleFiles)(
    '%s exports one rule whose id is its file name, registered in index.ts',
    async (file) => {
      const mod = (await import(path.join(FLAGS_DIR, file))) as Record<string, unknown>;
      const rules = Object.values(mod).filter(
        (v): v is { id: string } => typeof v === 'object' && v !== null && 'test' in v && 'id' in v,
      );
      expect(rules).toHaveLength(1);
      expect(rules[0]!.id).toBe(file.replace(/\.ts$/, ''));
      expect(FLAG_RULES).toContain(rules[0]);
    },
  );

  it('index.ts registers exactly the rule files, each once', () => {
    const ids = FLAG_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('every contract flag id exists with the contract severity', () => {
    for (const [id, severity] of Object.entries(CONTRACT_FLAGS)) {
      expect(FLAG_RULES.find((r) => r.id === id)?.severity, id).toBe(severity);
    }
    for (const rule of FLAG_RULES) expect(SEVERITIES).toContain(rule.severity);
  });

  it.skipIf(!existsSync(CONTRACT))('the id list above matches ../shared/CONTRACT.md', () => {
    const contract = readFileSync(CONTRACT, 'utf8');
    const section = contract.slice(contract.indexOf('Flag ids the engine knows'));
    const listed = [...section.matchAll(/`([a-z-]+)`\s*\((high|medium|low|good)/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(Object.fromEntries(listed)).toEqual(CONTRACT_FLAGS);
  });

  it('every rule has at least one positive and one negative example in the tests', () => {
    for (const rule of FLAG_RULES) {
      expect(FLAG_EXAMPLES[rule.id]?.positive.length ?? 0, `${rule.id} positive`).toBeGreaterThan(
        0,
      );
      expect(FLAG_EXAMPLES[rule.id]?.negative.length ?? 0, `${rule.id} negative`).toBeGreaterThan(
        0,
      );
    }
    expect(Object.keys(FLAG_EXAMPLES).sort()).toEqual(FLAG_RULES.map((r) => r.id).sort());
  });

  it('every rule has a title and an explanation', () => {
    for (const rule of FLAG_RULES) {
      expect(rule.title.length, rule.id).toBeGreaterThan(3);
      expect(rule.explanation.length, rule.id).toBeGreaterThan(20);
    }
  });

  it('every cue pattern carries a reason', () => {
    for (const file of ruleFiles) {
      const source = readFileSync(path.join(FLAGS_DIR, file), 'utf8');
      const cues = source.match(/\bmatch:/g)?.length ?? 0;
      const reasons = source.match(/\breason:/g)?.length ?? 0;
      expect(reasons, file).toBeGreaterThanOrEqual(cues);
    }
  });
});
