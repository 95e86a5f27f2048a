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
/** Cheap check first: most notes hold no such header; a header line is found from where this matches. */
const HEADER_HINT =
  /住院号|病[历案]号|门诊号|登记号|就诊号|id号|[患病]人id|\b(?:mrn|patient.?id|pt.?id|hospital.?no|record.?no|medical.?record|urn|unit.?no)\b/gi;
const RECORD_NUMBER_CELL = /^[A-Za-z]{0,4}\d{4,16}$/;
const MAX_HEADER_CELL = 24;

function headerKey(cell: string): string {
  return cell
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase()
    .replace(/\s*(?:number|#|no\.?)$/, ' no')
    .trim();
}

function isHeaderLine(cells: readonly string[]): boolean {
  return cells.length >= 3 && cells.every((cell) => cell.trim().length > 0 && cell.length <= MAX_HEADER_CELL && !/\d/.test(cell));
}

export function scanCsvRecordNumbers(text: string): Detection[] {
  if (!text.includes(',')) return [];
  const detections: Detection[] = [];
  HEADER_HINT.lastIndex = 0;
  let seenLineEnd = -1;
  let hint: RegExpExecArray | null;
  while ((hint = HEADER_HINT.exec(text)) !== null) {
    if (hint.index < seenLineEnd) continue;
    const lineStart = text.lastIndexOf('\n', hint.index) + 1;
    const lineEnd = text.indexOf('\n', hint.index) < 0 ? text.length : text.indexOf('\n', hint.index);
    seenLineEnd = lineEnd;
    const header = text.slice(lineStart, lineEnd).split(',');
    if (!isHeaderLine(header)) continue;
    const column = header.findIndex((cell) => RECORD_NUMBER_HEADERS.has(headerKey(cell)));
    if (column < 0) continue;
    for (let rowStart = lineEnd + 1; rowStart > 0 && rowStart < text.length; ) {
      const next = text.indexOf('\n', rowStart);
      const rowEnd = next < 0 ? text.length : next;
      const cells = text.slice(rowStart, rowEnd).split(',');
      if (cells.length !== header.length) break;
      const offset = cells.slice(0, column).reduce((sum, cell) => sum + cell.length + 1, 0);
      const cell = cells[column] ?? '';
      const value = cell.trim();
      if (RECORD_NUMBER_CELL.test(value)) {
        const start = rowStart + offset + cell.indexOf(value);
        detections.push({ type: 'mrn', start, end: start + value.length, priority: PRIORITY });
      }
      rowStart = rowEnd + 1;
    }
    seenLineEnd = Math.max(seenLineEnd, lineEnd);
  }
  return detections;
}
