import { isChinaClinicalIcd10Code, isIcd10Code } from '../codes/code-validators';
import { columnIndexes, parseDelimitedText, requireRows } from './delimited-text.util';
import { TerminologyImportError, TerminologyImportErrorCode } from './import.error';
import type { ImportOutcome, RejectedRow } from './terminology-overlay';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** XLSX is a zip; the importer reads CSV only, so say how to get one instead of failing obscurely. */
export function assertNotSpreadsheet(bytes: Uint8Array): void {
  if (ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    throw new TerminologyImportError(
      TerminologyImportErrorCode.UnsupportedFormat,
      'This looks like an Excel workbook (.xlsx). Save it as "CSV UTF-8 (comma delimited)" (columns 编码,名称 or code,name) and import the CSV.',
    );
  }
}

/**
 * A hospital ICD-10 table (国家临床版 2.0 or a local edition) exported as CSV: UTF-8 with or
 * without BOM, a header row naming the code and name columns (编码,名称 / code,name and common
 * variants). Extended codes ("I21.401", "E11.900x001") are kept as they are; their WHO parent
 * is derivable with `toWhoIcd10Parent`.
 */
export function importHospitalIcd10Table(params: { text: string }): ImportOutcome {
  if (params.text.startsWith('PK\u0003\u0004')) assertNotSpreadsheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
  const rows = parseDelimitedText({ text: params.text, delimiter: ',' });
  requireRows(rows, 'hospital ICD-10 table');
  const columns = columnIndexes({
    header: rows[0],
    columns: {
      code: ['编码', '疾病编码', '诊断编码', 'ICD编码', 'ICD-10编码', 'ICD10编码', '代码', 'code', 'icd10', 'icd-10'],
      name: ['名称', '疾病名称', '诊断名称', 'name', 'title', 'description'],
    },
    what: 'hospital ICD-10 table',
  });
  const icd10Titles: Record<string, string> = {};
  const rejected: RejectedRow[] = [];
  rows.slice(1).forEach((cells, index) => {
    const code = (cells[columns.code] ?? '')
      .trim()
      .toUpperCase()
      .replace(/X(?=\d{3}$)|(?<=\.)X/g, 'x');
    const name = (cells[columns.name] ?? '').trim();
    if (!isIcd10Code(code) && !isChinaClinicalIcd10Code(code)) {
      rejected.push({ line: index + 2, reason: `"${cells[columns.code] ?? ''}" is not an ICD-10 code` });
      return;
    }
    if (name === '') {
      rejected.push({ line: index + 2, reason: `no name for ${code}` });
      return;
    }
    icd10Titles[code] = name;
  });
  return {
    overlay: { sources: ['hospital ICD-10 table (CSV)'], icd10Titles },
    rows: rows.length - 1,
    accepted: Object.keys(icd10Titles).length,
    rejected,
  };
}
