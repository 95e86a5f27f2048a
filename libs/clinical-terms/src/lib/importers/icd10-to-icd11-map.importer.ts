import { isIcd10Code, isIcd11StemCode } from '../codes/code-validators';
import { columnIndexes, parseDelimitedText, requireRows } from './delimited-text.util';
import type { ImportOutcome, RejectedRow } from './terminology-overlay';

/**
 * WHO 10To11MapToOneCategory table (extension codes, chapter X, are not concept targets): ICD-10 code and title -> ICD-11 code. Rows whose target
 * is a block (no code) or a cluster ("BA41.0&XA7RE3") give the ICD-10 title only: a block or
 * a postcoordinated cluster is not a concept code. WHO ICD-10 titles come with the map.
 */
export function importIcd10ToIcd11Map(params: { text: string }): ImportOutcome {
  const rows = parseDelimitedText({ text: params.text, delimiter: '\t' });
  requireRows(rows, 'ICD-10 to ICD-11 map');
  const columns = columnIndexes({
    header: rows[0],
    columns: { icd10Code: ['icd10Code'], icd10Title: ['icd10Title'], icd11Code: ['icd11Code'] },
    what: 'ICD-10 to ICD-11 map',
  });
  const icd10Titles: Record<string, string> = {};
  const icd10ToIcd11: Record<string, string> = {};
  const rejected: RejectedRow[] = [];
  let accepted = 0;
  rows.slice(1).forEach((cells, index) => {
    const icd10 = (cells[columns.icd10Code] ?? '').trim();
    const icd11 = (cells[columns.icd11Code] ?? '').trim();
    if (!isIcd10Code(icd10)) return; // chapters and blocks ("I", "A00-A09")
    icd10Titles[icd10] = (cells[columns.icd10Title] ?? '').trim();
    accepted++;
    if (icd11 === '') return;
    if (isIcd11StemCode(icd11)) icd10ToIcd11[icd10] = icd11;
    else if (!icd11.includes('&') && !icd11.includes('/') && !icd11.startsWith('X') && !/^[0-9]{2}$/.test(icd11)) {
      rejected.push({ line: index + 2, reason: `"${icd11}" is not an ICD-11 stem code` });
    }
  });
  return {
    overlay: { sources: ['WHO ICD-10 to ICD-11 map (one category)'], icd10Titles, icd10ToIcd11 },
    rows: rows.length - 1,
    accepted,
    rejected,
  };
}
