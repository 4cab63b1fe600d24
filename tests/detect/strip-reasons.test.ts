import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { stripReasons, STRIPPED_MODULE } from '../../lib/detect/strip-reasons';
import * as vocabulary from '../../lib/detect/vocabulary';

const LIB = path.resolve(import.meta.dirname, '../../lib/detect');

const stripping: Plugin = {
  name: 'strip-reasons',
  setup(b) {
    b.onLoad({ filter: STRIPPED_MODULE }, (args) => ({
      contents: stripReasons(readFileSync(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};

async function bundle(entry: string, plugins: Plugin[]): Promise<string> {
  const result = await build({
    entryPoints: [path.join(LIB, entry)],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    plugins,
  });
  return result.outputFiles[0]!.text;
}

describe('stripReasons (the detector build leaves matcher reasons out)', () => {
  it('removes string reasons of every quoting style, keeps declarations and patterns', () => {
    const source = `interface C { pattern: string; reason: string }
const A = [{ pattern: 'a\\\\b', reason: 'why, with \\'quotes\\'' }, { pattern: "b", reason: "children's" },
  { pattern: 'c',
    reason:
      \`long\`, },
];`;
    const out = stripReasons(source);
    expect(out).toContain('reason: string');
    expect(out).not.toMatch(/reason:\s*['"`]/);
    expect(out).toContain(`pattern: 'a\\\\b'`);
    expect(out).toContain(`pattern: "b"`);
    expect(out).toContain(`pattern: 'c'`);
  });

  it('leaves no reason literal in any lib/detect module', () => {
    for (const file of readdirSync(LIB).filter((f) => f.endsWith('.ts'))) {
      const stripped = stripReasons(readFileSync(path.join(LIB, file), 'utf8'));
      expect(stripped, file).not.toMatch(/\breason:\s*['"`]/);
    }
  });

  it('ships the same patterns in a smaller bundle', async () => {
    const full = await bundle('vocabulary.ts', []);
    const stripped = await bundle('vocabulary.ts', [stripping]);
    expect(stripped.length).toBeLessThan(full.length);
    for (const cue of vocabulary.PRIVACY_CUES) {
      expect(full).toContain(cue.reason);
      expect(stripped).not.toContain(cue.reason);
    }
    const loaded = (await import(
      `data:text/javascript;base64,${Buffer.from(stripped).toString('base64')}`
    )) as Record<string, unknown>;
    const lists = Object.values(loaded).filter(Array.isArray) as { pattern: string }[][];
    const shipped = lists.map((list) => list.map((c) => c.pattern));
    expect(shipped).toEqual(
      expect.arrayContaining([
        vocabulary.PRIVACY_CUES.map((c) => c.pattern),
        vocabulary.TERMS_CUES.map((c) => c.pattern),
        vocabulary.ARTICLE_CUES.map((c) => c.pattern),
      ]),
    );
  });
});
