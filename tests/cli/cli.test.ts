import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, policySummarySchema } from '../../lib/schema';
import { FIXTURES, jsonLines, runCli } from './run-cli';

const ESC = '\u001b[';
// Each case starts the CLI through tsx, which takes seconds on a busy two-core machine.
const SPAWN_TIMEOUT = 90_000;
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'policylens-cli-'));
  writeFileSync(path.join(scratch, 'empty.md'), '');
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
  writeFileSync(path.join(scratch, 'binary.txt'), bytes);
});

const fixture = (name: string) => path.join(FIXTURES, name);

describe('analyze FILE', { timeout: SPAWN_TIMEOUT }, () => {
  it('--json prints one valid PolicySummary per file, HTML and text alike', () => {
    const run = runCli(['analyze', '--json', fixture('policy.html'), fixture('policy.txt')]);
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(2);
    const [html, text] = run.lines.map((l) => policySummarySchema.parse(JSON.parse(l)));
    expect(html!.source.title).toBe('Privacy Policy | Fernleaf Notes');
    // Navigation and footer are page chrome: the extractor leaves them out of the policy text.
    expect(html!.sections.some((s) => s.heading === 'Cookies')).toBe(true);
    const htmlFlags = html!.flags.map((f) => f.id);
    expect(htmlFlags).toEqual(
      expect.arrayContaining(['third-party-tracking', 'consent-by-use', 'vague-sharing']),
    );
    const textFlags = text!.flags.map((f) => f.id);
    expect(textFlags).toEqual(
      expect.arrayContaining([
        'international-transfer',
        'changes-without-notice',
        'law-enforcement-disclosure',
      ]),
    );
    expect(textFlags).not.toContain('consent-by-use');
  });

  it('with no file analyses the bundled sample and prints a readable summary, red flags first', () => {
    const run = runCli(['analyze']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('bundled sample policy');
    for (const heading of [
      'Grade:',
      'Red flags',
      'Data collected:',
      'Sharing:',
      'Retention:',
      'Your rights:',
      'Contact:',
    ])
      expect(run.stdout).toContain(heading);
    expect(run.stdout.indexOf('Red flags')).toBeLessThan(run.stdout.indexOf('Data collected:'));
    expect(run.stdout).toContain('“'); // quotes shown under flags
    expect(run.stdout).not.toContain(ESC); // not a terminal: no colour codes
  });

  it('the bundled sample exercises many findings', () => {
    const run = runCli(['analyze', '--json']);
    const summary = policySummarySchema.parse(JSON.parse(run.lines[0]!));
    expect(summary.isPolicy).toBe(true);
    expect(summary.wordCount).toBeGreaterThan(700);
    expect(summary.flags.length).toBeGreaterThanOrEqual(8);
    const severities = new Set(summary.flags.map((f) => f.severity));
    expect([...severities].sort()).toEqual(['good', 'high', 'low', 'medium']);
  });

  it('reports unreadable, empty and binary files on stderr and goes on with the rest', () => {
    const run = runCli([
      'analyze',
      '--json',
      path.join(scratch, 'missing.txt'),
      fixture('policy.txt'),
      path.join(scratch, 'empty.md'),
      path.join(scratch, 'binary.txt'),
    ]);
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(1);
    expect(policySummarySchema.safeParse(JSON.parse(run.lines[0]!)).success).toBe(true);
    expect(run.stderr).toContain('missing.txt: no such file');
    expect(run.stderr).toContain('empty.md: the input is empty');
    expect(run.stderr).toContain('binary.txt: the input looks like binary data');
  });

  it('exits non-zero when nothing could be processed', () => {
    const run = runCli([
      'analyze',
      path.join(scratch, 'missing.txt'),
      path.join(scratch, 'binary.txt'),
      'notes.pdf',
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unsupported file type ".pdf"');
    expect(run.stderr).toContain('nothing could be processed');
  });
});

describe('analyze --jsonl', { timeout: SPAWN_TIMEOUT }, () => {
  it('answers every line in order, with errors for bad lines, and never stops the batch', () => {
    const html = readFileSync(fixture('policy.html'), 'utf8');
    const text = readFileSync(fixture('policy.txt'), 'utf8');
    const run = runCli(
      ['analyze', '--jsonl'],
      jsonLines([
        { id: 'a', html, url: 'https://fernleaf.example/privacy' },
        '{"id": "broken", "text": ',
        { id: 'b' },
        '',
        { id: 7, text, title: 'Quillmark' },
        { id: 'empty', text: '   ' },
        { id: 'bin', text: '\u0000\u0001\u0002garbage' },
      ]),
    );
    expect(run.status).toBe(0);
    const out = run.lines.map(
      (l) => JSON.parse(l) as { id: unknown; summary?: unknown; error?: string },
    );
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 7, 'empty', 'bin']);
    const a = policySummarySchema.parse(out[0]!.summary);
    expect(a.source.url).toBe('https://fernleaf.example/privacy');
    expect(out[1]!.error).toMatch(/line 2: not valid JSON/);
    expect(out[2]!.error).toMatch(/"html" or "text"/);
    expect(policySummarySchema.parse(out[3]!.summary).source.title).toBe('Quillmark');
    expect(out[4]!.error).toMatch(/empty/);
    expect(out[5]!.error).toMatch(/binary/);
  });

  it('exits non-zero when every line fails, and when stdin is empty', () => {
    const bad = runCli(['analyze', '--jsonl'], jsonLines(['nope', { id: 1 }]));
    expect(bad.status).toBe(1);
    expect(bad.lines).toHaveLength(2);
    const empty = runCli(['analyze', '--jsonl'], '');
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('no input lines');
  });
});

describe('classify --jsonl and detect --jsonl', { timeout: SPAWN_TIMEOUT }, () => {
  it('classify returns categories from the contract vocabulary per line', () => {
    const run = runCli(
      ['classify', '--jsonl'],
      jsonLines([
        { id: 1, text: 'We keep your order history for five years and then delete it.' },
        { id: 2, text: 42 },
        { id: 3, text: 'You can ask us for a copy of your data or ask us to delete it.' },
      ]),
    );
    expect(run.status).toBe(0);
    const out = run.lines.map(
      (l) => JSON.parse(l) as { id: number; categories?: string[]; error?: string },
    );
    expect(out.map((o) => o.id)).toEqual([1, 2, 3]);
    for (const o of [out[0]!, out[2]!]) {
      expect(Array.isArray(o.categories)).toBe(true);
      for (const c of o.categories!) expect(CATEGORIES).toContain(c);
    }
    expect(out[1]!.error).toBeDefined();
  });

  it('detect scores a policy page above an article', () => {
    const run = runCli(
      ['detect', '--jsonl'],
      jsonLines([
        {
          id: 'policy',
          html: readFileSync(fixture('policy.html'), 'utf8'),
          url: 'https://fernleaf.example/privacy',
        },
        { id: 'blog', html: readFileSync(fixture('not-policy.html'), 'utf8'), url: 'not a url' },
        { id: 'nohtml' },
      ]),
    );
    expect(run.status).toBe(0);
    const out = run.lines.map(
      (l) => JSON.parse(l) as { id: string; isPolicy?: boolean; score?: number; error?: string },
    );
    expect(out.map((o) => o.id)).toEqual(['policy', 'blog', 'nohtml']);
    expect(out[0]).toMatchObject({ isPolicy: true });
    expect(out[1]).toMatchObject({ isPolicy: false });
    expect(out[0]!.score!).toBeGreaterThan(out[1]!.score!);
    for (const o of out.slice(0, 2)) expect(o.score).toBeGreaterThanOrEqual(0);
    expect(out[2]!.error).toBeDefined();
  });
});

describe('usage', { timeout: SPAWN_TIMEOUT }, () => {
  it('--help prints the commands and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('analyze --jsonl');
    expect(run.stdout).toContain('classify --jsonl');
    expect(run.stdout).toContain('detect --jsonl');
  });

  it('an unknown command or option is a usage error (exit 2)', () => {
    expect(runCli(['summarise']).status).toBe(2);
    const run = runCli(['analyze', '--frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage');
  });
});
