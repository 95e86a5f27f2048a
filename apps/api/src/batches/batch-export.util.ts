import type { ReleasedBatchResults, SuppressedFields } from './results/released-batch-results';

export const BATCH_EXPORT_CSV_COLUMNS = [
  'table',
  'drug_a',
  'drug_b',
  'atc',
  'icd11',
  'department',
  'dose_value',
  'dose_unit',
  'documents',
  'share',
  'support',
  'lift',
  'suppressed',
] as const;

type Row = Partial<Record<(typeof BATCH_EXPORT_CSV_COLUMNS)[number], string | number | null>>;

/**
 * The results as one long CSV table: the `table` column says which table a row belongs to
 * (suppression, medication, atc_level3, atc_level4, co_prescription, drug_diagnosis, diagnosis, dose,
 * department_medication, department_diagnosis); the other columns are filled where they apply. A
 * suppressed count is an empty `documents` cell with `suppressed` = below_k or complementary; the
 * first row, table `suppression`, states the rule (k, cells hidden).
 */
export function batchResultsToCsv(results: ReleasedBatchResults): string {
  const { suppression } = results;
  const rows: Row[] = [
    { table: 'suppression', suppressed: `k=${suppression.k};cells=${suppression.cellsSuppressed};rule=${suppression.rule};totals=${suppression.totals}` },
  ];
  for (const item of results.medications)
    rows.push({ table: 'medication', drug_a: item.drugId, atc: item.atc, documents: item.documents, share: item.share, suppressed: reasonOf(item.suppressed) });
  for (const item of results.atcClasses.level3)
    rows.push({ table: 'atc_level3', atc: item.code, documents: item.documents, share: item.share, suppressed: reasonOf(item.suppressed) });
  for (const item of results.atcClasses.level4)
    rows.push({ table: 'atc_level4', atc: item.code, documents: item.documents, share: item.share, suppressed: reasonOf(item.suppressed) });
  for (const pair of results.coPrescriptions) {
    rows.push({
      table: 'co_prescription',
      drug_a: pair.drugs[0],
      drug_b: pair.drugs[1],
      documents: pair.documents,
      support: pair.support,
      lift: pair.lift,
      suppressed: reasonOf(pair.suppressed),
    });
  }
  for (const diagnosis of results.drugDiagnosis) {
    rows.push({ table: 'diagnosis', icd11: diagnosis.icd11, documents: diagnosis.documents, suppressed: reasonOf(diagnosis.suppressed) });
    for (const drug of diagnosis.drugs) {
      rows.push({
        table: 'drug_diagnosis',
        drug_a: drug.drugId,
        icd11: diagnosis.icd11,
        documents: drug.documents,
        share: drug.share,
        suppressed: reasonOf(drug.suppressed),
      });
    }
  }
  for (const dose of results.doses) {
    for (const bar of dose.histogram) {
      rows.push({
        table: 'dose',
        drug_a: dose.drugId,
        dose_value: bar.value,
        dose_unit: dose.unit,
        documents: bar.count,
        suppressed: reasonOf(bar.suppressed, 'count'),
      });
    }
  }
  for (const department of results.departments) {
    for (const drug of department.medications) {
      rows.push({
        table: 'department_medication',
        department: department.department,
        drug_a: drug.drugId,
        documents: drug.documents,
        suppressed: reasonOf(drug.suppressed),
      });
    }
    for (const diagnosis of department.diagnoses) {
      rows.push({
        table: 'department_diagnosis',
        department: department.department,
        icd11: diagnosis.icd11,
        documents: diagnosis.documents,
        suppressed: reasonOf(diagnosis.suppressed),
      });
    }
  }
  const lines = [BATCH_EXPORT_CSV_COLUMNS.join(',')];
  for (const row of rows) lines.push(BATCH_EXPORT_CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The reason the row's count is hidden, else the reason a derived value (share, lift) is. */
function reasonOf(suppressed: SuppressedFields | undefined, countField = 'documents'): string | null {
  if (!suppressed) return null;
  return suppressed[countField] ?? suppressed['share'] ?? suppressed['lift'] ?? null;
}

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
