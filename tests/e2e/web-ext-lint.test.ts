import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

// Mozilla's linter (the checks addons.mozilla.org runs on upload) on the Firefox build: no errors, no warnings, no
// notices. The Firefox build is made here, so the lint never reads a stale package.

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIREFOX_DIR = path.join(ROOT, '.output/firefox-mv2');
const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);

const messageSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().nullish(),
  column: z.number().nullish(),
});
const lintReportSchema = z.object({
  count: z.number(),
  summary: z.object({ errors: z.number(), warnings: z.number(), notices: z.number() }),
  errors: z.array(messageSchema),
  warnings: z.array(messageSchema),
  notices: z.array(messageSchema),
});

const describeMessage = (m: z.infer<typeof messageSchema>) =>
  `${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`;

function runLint() {
  const run = spawnSync(
    bin('web-ext'),
    [
      'lint',
      '--source-dir',
      FIREFOX_DIR,
      '--output',
      'json',
      '--no-input',
      '--no-config-discovery',
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  // The JSON report is the last thing on stdout; web-ext may print a line before it.
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  return lintReportSchema.parse(JSON.parse(json));
}

describe('web-ext lint (Firefox build)', () => {
  let report: z.infer<typeof lintReportSchema>;

  beforeAll(() => {
    // Vitest sets NODE_ENV=test, which Vite would keep, bundling React's development build; the store gets production.
    const { NODE_ENV: _testEnv, ...env } = process.env;
    const build = spawnSync(bin('wxt'), ['build', '-b', 'firefox'], {
      cwd: ROOT,
      encoding: 'utf8',
      env,
    });
    expect(build.status, build.stderr || build.stdout).toBe(0);
    report = runLint();
  }, 180_000);

  it('reports no errors, no warnings and no notices', () => {
    expect([...report.errors, ...report.warnings, ...report.notices].map(describeMessage)).toEqual(
      [],
    );
  });

  it('linted the bundles that hold zod and React DOM, with the build’s patches in them', () => {
    // A clean result means something only if the linter saw the libraries it used to warn about.
    const scripts = readdirSync(FIREFOX_DIR, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(path.join(FIREFOX_DIR, name), 'utf8'));
    expect(scripts.some((s) => s.includes('jitless'))).toBe(true);
    expect(scripts.some((s) => s.includes('dangerouslySetInnerHTML is disabled'))).toBe(true);
    expect(scripts.filter((s) => /\bFunction\(``\)|new Function\(/.test(s))).toEqual([]);
  });
});
