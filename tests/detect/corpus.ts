import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The shared development corpus, read at test time (never copied into the project). Absent: tests skip.
export const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const SEEDS = path.join(CORPUS, 'seeds');
const OPP = path.join(CORPUS, 'opp115-dev', 'policies');

function listTexts(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];
}

export const seedFiles = listTexts(SEEDS);
export const oppFiles = listTexts(OPP);

export function readSeed(file: string): string {
  return readFileSync(path.join(SEEDS, file), 'utf8');
}

export function readSeedExpected(file: string): { sections: Array<{ headingStartsWith: string }> } {
  return JSON.parse(
    readFileSync(path.join(SEEDS, file.replace(/\.txt$/, '.expected.json')), 'utf8'),
  ) as {
    sections: Array<{ headingStartsWith: string }>;
  };
}

export function readOpp(file: string): string {
  return readFileSync(path.join(OPP, file), 'utf8');
}

export function warnIfMissing(suite: string): void {
  if (seedFiles.length === 0) console.warn(`${suite}: ${SEEDS} not found, skipping seed checks`);
  if (oppFiles.length === 0) console.warn(`${suite}: ${OPP} not found, skipping OPP-115 checks`);
}

/** A plain-text policy as a simple web page, the way a site with no styling would serve it. */
export function wrapAsHtml(text: string, title: string): string {
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = text
    .split(/\n\s*\n|\n/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escape(p.trim())}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="en"><head><title>${escape(title)}</title></head><body>
<header><nav><a href="/">Home</a><a href="/about">About</a><a href="/contact">Contact</a></nav></header>
<main>${paragraphs}</main>
<footer><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy</a> <span>© Example</span></footer>
</body></html>`;
}
