import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../lib/analyze';
import { extractBlocksFromHtml } from '../../lib/extract/html-node';
import { evaluateFlags } from '../../lib/flags';
import { makeFacts } from '../flags/helpers';
import { analyzeAndCheck, garbageBytes } from './check';

const SAMPLE = readFileSync(
  path.resolve(import.meta.dirname, '../../cli/sample-policy.md'),
  'utf8',
);
const BIG = { timeout: 180_000 };

// Invented non-English policy text: the engine must say it is not English rather than guess.
const GERMAN = `Datenschutzerklärung

Wir nehmen den Schutz Ihrer persönlichen Daten sehr ernst. Wir erheben Ihren Namen, Ihre E-Mail-Adresse und
Ihre IP-Adresse, wenn Sie unsere Website besuchen. Die Daten werden nicht an Dritte verkauft. Sie haben das
Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten. Wenn Sie Fragen haben, schreiben Sie uns bitte
an die unten angegebene Adresse. Wir speichern die Daten nur so lange, wie es für die genannten Zwecke
erforderlich ist, und löschen sie danach.`;

const FRENCH = `Politique de confidentialité

Nous collectons votre nom, votre adresse e-mail et votre adresse IP lorsque vous utilisez notre site. Nous ne
vendons pas vos données personnelles. Vous pouvez à tout moment demander l'accès à vos données, leur
rectification ou leur suppression. Nous conservons vos données pendant la durée nécessaire aux finalités
décrites dans la présente politique et nous les supprimons ensuite.`;

describe('hostile input', () => {
  it('empty and blank input', () => {
    for (const text of ['', ' ', '\n\n\n', '\u200b\u200b', '\t \r\n']) {
      const s = analyzeAndCheck({ text });
      expect(s.wordCount).toBe(0);
      expect(s.isPolicy).toBe(false);
      expect(s.flags).toEqual([]);
    }
    expect(analyzeAndCheck({ blocks: [] }).sections.length).toBeLessThanOrEqual(1);
  });

  it('5 MB of policy text', BIG, () => {
    const text = SAMPLE.repeat(Math.ceil(5_000_000 / SAMPLE.length)).slice(0, 5_000_000);
    const s = analyzeAndCheck({ text });
    expect(s.wordCount).toBeGreaterThan(700_000);
    // The same practices, repeated, are still found.
    expect(s.flags.map((f) => f.id)).toEqual(
      expect.arrayContaining(['third-party-tracking', 'international-transfer']),
    );
  });

  it('5 MB without a single sentence boundary', BIG, () => {
    const text = 'we may share your information with our partners and other third parties '.repeat(
      70_000,
    );
    analyzeAndCheck({ text });
  });

  it('a 200,000-character word, alone and inside a policy', () => {
    const word = 'x'.repeat(200_000);
    analyzeAndCheck({ text: word });
    analyzeAndCheck({ text: `${SAMPLE}\n\n${word}\n\nWe use Google Analytics cookies. ${word}.` });
  });

  it('10,000 headings', () => {
    const markdown = Array.from(
      { length: 10_000 },
      (_, i) => `## ${i + 1}. Section about cookies ${i}`,
    ).join('\n');
    analyzeAndCheck({ text: markdown });
    const blocks = Array.from({ length: 10_000 }, (_, i) => ({
      kind: 'heading' as const,
      level: (i % 6) + 1,
      text: `Heading ${i}`,
    }));
    analyzeAndCheck({ blocks });
  });

  it('deeply nested HTML through extractBlocksFromHtml', BIG, () => {
    for (const depth of [1_000, 20_000]) {
      const html = `<html><body>${'<div>'.repeat(depth)}<h1>Privacy Policy</h1><p>We use Google Analytics cookies.</p>${'</div>'.repeat(depth)}</body></html>`;
      const blocks = extractBlocksFromHtml(html);
      expect(Array.isArray(blocks)).toBe(true);
      analyzeAndCheck({ blocks });
    }
    const unclosed = `<body>${'<ul><li>'.repeat(5_000)}We do not sell your data.`;
    analyzeAndCheck({ blocks: extractBlocksFromHtml(unclosed) });
  });

  it('binary garbage, as text and as HTML', () => {
    const bytes = garbageBytes(200_000);
    for (const decoded of [
      Buffer.from(bytes).toString('utf8'),
      Buffer.from(bytes).toString('latin1'),
    ]) {
      const s = analyzeAndCheck({ text: decoded });
      expect(s.isPolicy).toBe(false);
      analyzeAndCheck({ blocks: extractBlocksFromHtml(decoded) });
    }
  });

  it('text in another language is reported as such, not analysed as English', () => {
    for (const text of [GERMAN, FRENCH]) {
      const s = analyzeAndCheck({ text });
      expect(s.language).not.toBe('en');
      expect(s.isPolicy).toBe(false);
      expect(s.flags).toEqual([]);
    }
  });

  it('control characters and bidi overrides in evidence do not break offsets', () => {
    const text =
      'We use Google\u202e Analytics\u0000 cookies.\u0007 By using the site you agree to this policy.';
    analyzeAndCheck({ text: `${SAMPLE}\n\n${text}` });
  });

  it('flags alone stay quick on cue-dense text without punctuation', () => {
    const text = 'by using you agree third party cookies from partners for any purpose not '.repeat(
      30_000,
    );
    const doc = buildDocument({ text });
    const t0 = performance.now();
    evaluateFlags(doc, makeFacts(doc));
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
