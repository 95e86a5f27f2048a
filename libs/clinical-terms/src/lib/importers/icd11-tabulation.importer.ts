import { isIcd11StemCode } from '../codes/code-validators';
import { columnIndexes, parseDelimitedText, requireRows } from './delimited-text.util';
import type { ImportOutcome, RejectedRow } from './terminology-overlay';

/** Titles carry one "- " per depth level ("- - - Type 2 diabetes mellitus"). */
export function stripDepthDashes(title: string): string {
  return title.replace(/^(?:-\s+)+/, '').trim();
}

/**
 * WHO ICD-11 MMS simple tabulation (the zh and en files share columns): tab-separated, BOM,
 * columns found by name in row 1. Coded rows become code -> title; blocks and chapters
 * (no code) are skipped, extension codes (X...) are kept out of concept titles.
 */
export function importIcd11Tabulation(params: { text: string; language: 'en' | 'zh' }): ImportOutcome {
  const rows = parseDelimitedText({ text: params.text, delimiter: '\t' });
  requireRows(rows, 'ICD-11 tabulation');
  const columns = columnIndexes({ header: rows[0], columns: { code: ['Code'], title: ['Title'] }, what: 'ICD-11 tabulation' });
  const titles: Record<string, string> = {};
  const rejected: RejectedRow[] = [];
  let accepted = 0;
  rows.slice(1).forEach((cells, index) => {
    const code = (cells[columns.code] ?? '').trim();
    if (code === '') return;
    if (!isIcd11StemCode(code)) {
      if (!code.startsWith('X')) rejected.push({ line: index + 2, reason: `"${code}" is not an ICD-11 stem code` });
      return;
    }
    titles[code] = stripDepthDashes(cells[columns.title] ?? '');
    accepted++;
  });
  return {
    overlay: { sources: [`WHO ICD-11 MMS simple tabulation (${params.language})`], icd11Titles: titles },
    rows: rows.length - 1,
    accepted,
    rejected,
  };
}

/**
 * The codes WHO marks as not a leaf (isLeaf = False): categories with children. WHO's coding rules
 * code to a leaf, so such a code is never complete on its own (the ".Z" residual or a named child is).
 */
export function icd11NonLeafCodes(params: { text: string }): ReadonlySet<string> {
  const rows = parseDelimitedText({ text: params.text, delimiter: '\t' });
  requireRows(rows, 'ICD-11 tabulation');
  const columns = columnIndexes({ header: rows[0], columns: { code: ['Code'], isLeaf: ['isLeaf'] }, what: 'ICD-11 tabulation' });
  const nonLeaf = new Set<string>();
  for (const cells of rows.slice(1)) {
    const code = (cells[columns.code] ?? '').trim();
    if (code !== '' && (cells[columns.isLeaf] ?? '').trim().toLowerCase() === 'false') nonLeaf.add(code);
  }
  return nonLeaf;
}
