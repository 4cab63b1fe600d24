import { readFileSync } from 'node:fs';
import path from 'node:path';

// The hand-written pages of tests/fixtures/pages and what each must give (pages.json).
export const PAGES_DIR = path.resolve(import.meta.dirname, '../fixtures/pages');

export interface FixturePage {
  file: string;
  url: string;
  isPolicy: boolean;
  language: string | null;
  headings: string[];
  topSections?: string[];
  contains: string[];
  notContains: string[];
  privacyLink: string | null;
}

export const fixturePages: FixturePage[] = (
  JSON.parse(readFileSync(path.join(PAGES_DIR, 'pages.json'), 'utf8')) as { pages: FixturePage[] }
).pages;

export function readPage(file: string): string {
  return readFileSync(path.join(PAGES_DIR, file), 'utf8');
}
