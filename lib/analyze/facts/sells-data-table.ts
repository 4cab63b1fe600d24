import type { Evidence } from '../../schema';
import { evidenceOf, type PolicyDocument } from '../types';

// CCPA disclosure tables: one row per category of personal information, with a column saying whether it was
// sold ("Sold or shared in the last 12 months": Yes / No). The extractor flattens a table row into one block
// whose cells are joined by " | ", so the column is found in a header row and read in the rows below it.

const CELL_SEPARATOR = ' | ';
/** A header cell about selling: "Sold", "Sold or shared", "Sold to third parties in the past 12 months?". */
const SOLD_HEADER = /^\s*(?:(?:is|are|was|were|has been|have been)\s+)?(?:sold|sales?)\b/i;
const YES = /^\s*(?:yes|sold)\b/i;
const NO = /^\s*(?:no|none|not sold|n\/a)\b/i;
/** A header is a label, not a sentence: a cell longer than this is prose that happens to start with "sold". */
const MAX_HEADER_WORDS = 12;
/** Rows read below one header before giving up on a table that never ends. */
const MAX_ROWS = 60;

export interface TableReading {
  reading: 'yes' | 'no';
  evidence: Evidence;
}

function cellsOf(text: string): string[] | null {
  return text.includes(CELL_SEPARATOR) ? text.split(CELL_SEPARATOR) : null;
}

function soldColumn(cells: readonly string[]): number {
  return cells.findIndex(
    (cell) => SOLD_HEADER.test(cell) && cell.trim().split(/\s+/).length <= MAX_HEADER_WORDS,
  );
}

/** Every row of a disclosure table whose "sold" column says Yes or No. */
export function readSoldTables(doc: PolicyDocument): TableReading[] {
  const out: TableReading[] = [];
  // One character search over the text rules out most policies, which hold no table at all.
  if (doc.text.indexOf('|') < 0) return out;
  const { blocks } = doc;
  for (let i = 0; i < blocks.length; i++) {
    const header = cellsOf(blocks[i]!.text);
    if (!header) continue;
    const column = soldColumn(header);
    if (column < 0) continue;
    let j = i + 1;
    for (; j < blocks.length && j <= i + MAX_ROWS; j++) {
      const row = cellsOf(blocks[j]!.text);
      // The table ends where rows stop being rows of the header's width.
      if (!row || row.length !== header.length) break;
      const value = row[column]!;
      const reading = YES.test(value) ? 'yes' : NO.test(value) ? 'no' : null;
      if (reading) out.push({ reading, evidence: evidenceOf(blocks[j]!) });
    }
    i = j - 1;
  }
  return out;
}
