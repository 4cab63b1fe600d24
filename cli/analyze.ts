import { analyzePolicy } from '../lib/analyze';
import { extractBlocks } from '../lib/extract/dom';
import { parseHtml } from '../lib/extract/html-node';
import type { Block, PolicySummary } from '../lib/schema';
import { problemWithText, type PolicySource } from './input';

/** Analyses one policy from the command line; HTML is parsed with linkedom. Throws on unusable input. */
export function analyzeSource(source: PolicySource): PolicySummary {
  const content = source.html ?? source.text ?? '';
  const problem = problemWithText(content);
  if (problem) throw new Error(problem);
  const url = source.url ?? null;
  if (source.html === undefined) {
    return analyzePolicy({ text: source.text ?? '', url, title: source.title ?? null });
  }
  const { blocks, title } = blocksFromHtml(source.html);
  if (blocks.length === 0) throw new Error('the HTML has no readable text');
  return analyzePolicy({ blocks, url, title: source.title ?? title });
}

function blocksFromHtml(html: string): { blocks: Block[]; title: string | null } {
  try {
    const dom = parseHtml(html);
    return { blocks: extractBlocks(dom), title: dom.title?.trim() || null };
  } catch {
    return { blocks: [], title: null };
  }
}
