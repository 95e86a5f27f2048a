import type { Detection } from '../deid.types';

/**
 * Record numbers in a comma-separated export ("住院号,姓名,性别,…" or "mrn,last,first,dob,…" and one row per patient):
 * the header names the column, so each cell under it is the patient's number. A header is a line of three or more short
 * cells without digits; the rows under it end at the first line with a different number of cells. Only a cell that is
 * a record number by its shape (up to four letters, then four to sixteen digits) is taken.
 */
const PRIORITY = 60;
const RECORD_NUMBER_HEADERS = new Set([
  '住院号',
  '病历号',
  '门诊号',
  '病案号',
  '登记号',
  '就诊号',
  'id号',
  '患者id',
  '病人id',
  'mrn',
  'mrn no',
  'hospital no',
  'patient id',
  'pt id',
  'record no',
  'medical record no',
  'urn',
  'unit no',
]);
/** Read only on a line short enough for a header that holds no digit: clinical lines fail at their first digit. */
const HEADER_HINT =
  /住院号|病[历案]号|门诊号|登记号|就诊号|id号|[患病]人id|\b(?:mrn|patient.?id|pt.?id|hospital.?no|record.?no|medical.?record|urn|unit.?no)\b/i;
const MAX_HEADER_LINE = 400;
const RECORD_NUMBER_CELL = /^[A-Za-z]{0,4}\d{4,16}$/;
const MAX_HEADER_CELL = 24;

const NUMBER_WORD_AT_END = /(?:number|#|no\.?)$/;

/** A header cell as a key: quotes off, lower case, and "number", "#" or "no." at its end written " no" ("MRN #" → "mrn no"). */
function headerKey(cell: string): string {
  const key = cell
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  const numberWord = NUMBER_WORD_AT_END.exec(key);
  return (numberWord ? `${key.slice(0, numberWord.index).trimEnd()} no` : key).trim();
}

function isHeaderLine(cells: readonly string[]): boolean {
  return cells.length >= 3 && cells.every((cell) => cell.trim().length > 0 && cell.length <= MAX_HEADER_CELL && !/\d/.test(cell));
}

export function scanCsvRecordNumbers(text: string): Detection[] {
  if (!text.includes(',') || !text.includes('\n')) return [];
  const detections: Detection[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    if (newline < 0) break;
    const line = text.slice(lineStart, newline);
    const header = line.length <= MAX_HEADER_LINE && line.includes(',') && !/\d/.test(line) && HEADER_HINT.test(line) ? line.split(',') : [];
    const column = isHeaderLine(header) ? header.findIndex((cell) => RECORD_NUMBER_HEADERS.has(headerKey(cell))) : -1;
    lineStart = newline + 1;
    if (column < 0) continue;
    lineStart = readColumn(text, newline + 1, header.length, column, detections);
  }
  return detections;
}

/** Takes the record number of each row under the header; returns where the rows end. */
function readColumn(text: string, firstRow: number, cellCount: number, column: number, detections: Detection[]): number {
  let rowStart = firstRow;
  while (rowStart < text.length) {
    const next = text.indexOf('\n', rowStart);
    const rowEnd = next < 0 ? text.length : next;
    const cells = text.slice(rowStart, rowEnd).split(',');
    if (cells.length !== cellCount) return rowStart;
    const offset = cells.slice(0, column).reduce((sum, cell) => sum + cell.length + 1, 0);
    const cell = cells[column] ?? '';
    const value = cell.trim();
    if (RECORD_NUMBER_CELL.test(value)) {
      const start = rowStart + offset + cell.indexOf(value);
      detections.push({ type: 'mrn', start, end: start + value.length, priority: PRIORITY });
    }
    rowStart = rowEnd + 1;
  }
  return text.length;
}
