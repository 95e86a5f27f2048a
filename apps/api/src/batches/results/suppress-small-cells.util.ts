import type { BatchResults } from './batch-results';
import type {
  ReleasedAtcClass,
  ReleasedBatchResults,
  ReleasedCoPrescription,
  ReleasedDepartment,
  ReleasedDiagnosis,
  ReleasedDose,
  ReleasedMedication,
  SuppressedFields,
  SuppressionReason,
} from './released-batch-results';
import { suppressCellGroup } from './suppress-cell-group.util';

type Reason = SuppressionReason | null;

/**
 * The release rule for research batch results: no count from 1 to k−1 leaves the server, and no
 * published total minus published cells gives one back.
 *
 * - Every count cell (a drug's, an ATC class's, a pair's, a diagnosis's, a drug within a diagnosis,
 *   a dose's observations and histogram bars, a department's and its drug and diagnosis cells,
 *   documents with medication) below k is `null` (`below_k`).
 * - Additive groups get complementary suppression (`suppressCellGroup`): departments → documents
 *   analysed; a drug's departments, frequencies and routes → the drug's documents; a diagnosis's
 *   departments → the diagnosis's documents; histogram bars → observations; documents with and
 *   without medication → documents analysed. Other lists overlap (one document, several drugs or
 *   diagnoses), so no sum of them is a published total.
 * - Totals are counted over every document, hidden cells included (`totals: include_suppressed`).
 * - Shares, support and lift of a hidden count are hidden (they are the count divided by a
 *   published number); lift also when either drug is hidden; quantiles when the observations are.
 * - Hidden rows go to the end of their list, by key: a hidden cell's place among counts would bound it.
 * - Batch-level processing counts (documents total, analysed, failed; model pass) are not patient
 *   cells and are published as they are.
 */
export function suppressSmallCells(params: { results: BatchResults; k: number }): ReleasedBatchResults {
  const { results, k } = params;
  const tally = { belowK: 0, complementary: 0 };
  const counted = (reason: Reason): Reason => {
    if (reason === 'below_k') tally.belowK += 1;
    if (reason === 'complementary') tally.complementary += 1;
    return reason;
  };
  const primary = (count: number): Reason => (count > 0 && count < k ? 'below_k' : null);

  // Totals that are themselves cells first; their groups may still ask to hide them.
  const drugReason = new Map<string, Reason>(results.medications.map((item) => [item.drugId, primary(item.documents)]));
  const diagnosisReason = new Map<string, Reason>(results.drugDiagnosis.map((row) => [row.icd11, primary(row.documents)]));
  const doseReason = new Map<string, Reason>();
  const doseKey = (drugId: string, unit: string) => `${drugId}\u0000${unit}`;
  for (const dose of results.doses) doseReason.set(doseKey(dose.drugId, dose.unit), primary(dose.observations));

  const departmentCell = (department: string | null, key: string) => JSON.stringify([department, key]);
  const departmentDrugReason = groupReasons({
    groups: groupBy(
      results.departments.flatMap((row) =>
        row.medications.map((cell) => ({ group: cell.drugId, key: departmentCell(row.department, cell.drugId), count: cell.documents })),
      ),
    ),
    totals: drugReason,
    k,
  });
  const departmentDiagnosisReason = groupReasons({
    groups: groupBy(
      results.departments.flatMap((row) =>
        row.diagnoses.map((cell) => ({ group: cell.icd11, key: departmentCell(row.department, cell.icd11), count: cell.documents })),
      ),
    ),
    totals: diagnosisReason,
    k,
  });
  const frequencyReason = groupReasons({
    groups: groupBy(
      results.medications.flatMap((item) =>
        Object.entries(item.frequencies).map(([key, count]) => ({ group: item.drugId, key: `${item.drugId}\u0000${key}`, count })),
      ),
    ),
    totals: drugReason,
    k,
  });
  const routeReason = groupReasons({
    groups: groupBy(
      results.medications.flatMap((item) =>
        Object.entries(item.routes).map(([key, count]) => ({ group: item.drugId, key: `${item.drugId}\u0000${key}`, count })),
      ),
    ),
    totals: drugReason,
    k,
  });
  const barReason = groupReasons({
    groups: groupBy(
      results.doses.flatMap((dose) =>
        dose.histogram.map((bar) => ({
          group: doseKey(dose.drugId, dose.unit),
          key: `${doseKey(dose.drugId, dose.unit)}\u0000${bar.value}`,
          count: bar.count,
        })),
      ),
    ),
    totals: doseReason,
    k,
  });
  const departments = suppressCellGroup({ counts: results.departments.map((row) => row.documents), k, totalPublished: true }).reasons;

  const analysed = results.documents.analysed;
  const withMedication = results.documents.withMedication;
  const withMedicationReason: Reason = primary(withMedication) ?? (primary(analysed - withMedication) ? 'complementary' : null);

  const medications: ReleasedMedication[] = results.medications.map((item) => {
    const reason = counted(drugReason.get(item.drugId) ?? null);
    const frequencies = releaseRecord(item.frequencies, (key) => counted(frequencyReason.get(`${item.drugId}\u0000${key}`) ?? null));
    const routes = releaseRecord(item.routes, (key) => counted(routeReason.get(`${item.drugId}\u0000${key}`) ?? null));
    return {
      ...item,
      documents: reason ? null : item.documents,
      share: reason ? null : item.share,
      frequencies: frequencies.values,
      routes: routes.values,
      ...marker({ documents: reason, share: reason, ...prefixed('frequencies', frequencies.reasons), ...prefixed('routes', routes.reasons) }),
    };
  });
  const atcClass = (item: BatchResults['atcClasses']['level3'][number]): ReleasedAtcClass => {
    const reason = counted(primary(item.documents));
    return { ...item, documents: reason ? null : item.documents, share: reason ? null : item.share, ...marker({ documents: reason, share: reason }) };
  };
  const coPrescriptions: ReleasedCoPrescription[] = results.coPrescriptions.map((pair) => {
    const reason = counted(primary(pair.documents));
    const liftReason = reason ?? drugReason.get(pair.drugs[0]) ?? drugReason.get(pair.drugs[1]) ?? null;
    return {
      ...pair,
      documents: reason ? null : pair.documents,
      support: reason ? null : pair.support,
      lift: liftReason ? null : pair.lift,
      ...marker({ documents: reason, support: reason, lift: liftReason }),
    };
  });
  const drugDiagnosis: ReleasedDiagnosis[] = results.drugDiagnosis.map((row) => {
    const reason = counted(diagnosisReason.get(row.icd11) ?? null);
    const drugs = row.drugs.map((drug) => {
      const cellReason = counted(primary(drug.documents));
      const shareReason = cellReason ?? reason;
      return {
        ...drug,
        documents: cellReason ? null : drug.documents,
        share: shareReason ? null : drug.share,
        ...marker({ documents: cellReason, share: shareReason }),
      };
    });
    return { ...row, documents: reason ? null : row.documents, drugs: hiddenLast(drugs, (drug) => drug.drugId), ...marker({ documents: reason }) };
  });
  const doses: ReleasedDose[] = results.doses.map((dose) => {
    const reason = counted(doseReason.get(doseKey(dose.drugId, dose.unit)) ?? null);
    const histogram = dose.histogram.map((bar) => {
      const barHidden = counted(barReason.get(`${doseKey(dose.drugId, dose.unit)}\u0000${bar.value}`) ?? null);
      return { value: bar.value, count: barHidden ? null : bar.count, ...marker({ count: barHidden }) };
    });
    return {
      drugId: dose.drugId,
      unit: dose.unit,
      observations: reason ? null : dose.observations,
      histogram,
      quantiles: reason ? null : dose.quantiles,
      ...marker({ observations: reason, quantiles: reason }),
    };
  });
  const departmentRows: ReleasedDepartment[] = results.departments.map((row, index) => {
    const reason = counted(departments[index]);
    const medicationCells = row.medications.map((cell) => {
      const cellReason = counted(departmentDrugReason.get(departmentCell(row.department, cell.drugId)) ?? null);
      return { drugId: cell.drugId, documents: cellReason ? null : cell.documents, ...marker({ documents: cellReason }) };
    });
    const diagnosisCells = row.diagnoses.map((cell) => {
      const cellReason = counted(departmentDiagnosisReason.get(departmentCell(row.department, cell.icd11)) ?? null);
      return { icd11: cell.icd11, documents: cellReason ? null : cell.documents, ...marker({ documents: cellReason }) };
    });
    return {
      department: row.department,
      documents: reason ? null : row.documents,
      medications: hiddenLast(medicationCells, (cell) => cell.drugId),
      diagnoses: hiddenLast(diagnosisCells, (cell) => cell.icd11),
      ...marker({ documents: reason }),
    };
  });
  counted(withMedicationReason);

  return {
    suppression: {
      k,
      cellsSuppressed: tally.belowK + tally.complementary,
      belowK: tally.belowK,
      complementary: tally.complementary,
      rule: 'small-cell-complementary-v1',
      totals: 'include_suppressed',
    },
    documents: {
      total: results.documents.total,
      analysed,
      failed: results.documents.failed,
      withMedication: withMedicationReason ? null : withMedication,
      ...marker({ withMedication: withMedicationReason }),
    },
    medications: hiddenLast(medications, (item) => item.drugId),
    atcClasses: {
      level3: hiddenLast(results.atcClasses.level3.map(atcClass), (item) => item.code),
      level4: hiddenLast(results.atcClasses.level4.map(atcClass), (item) => item.code),
    },
    coPrescriptions: hiddenLast(coPrescriptions, (pair) => pair.drugs.join('\u0000')),
    drugDiagnosis: hiddenLast(drugDiagnosis, (row) => row.icd11),
    doses,
    departments: hiddenLast(departmentRows, (row) => String(row.department)),
    modelPass: results.modelPass,
  };
}

interface GroupCell {
  readonly group: string;
  readonly key: string;
  readonly count: number;
}

function groupBy(cells: readonly GroupCell[]): Map<string, GroupCell[]> {
  const groups = new Map<string, GroupCell[]>();
  for (const cell of cells) {
    const group = groups.get(cell.group);
    if (group) group.push(cell);
    else groups.set(cell.group, [cell]);
  }
  return groups;
}

/** Suppresses each group against its total; a total the group would give away is hidden in `totals`. */
function groupReasons(params: { groups: Map<string, GroupCell[]>; totals: Map<string, Reason>; k: number }): Map<string, Reason> {
  const reasons = new Map<string, Reason>();
  for (const [group, cells] of params.groups) {
    const totalPublished = (params.totals.get(group) ?? null) === null;
    const result = suppressCellGroup({ counts: cells.map((cell) => cell.count), k: params.k, totalPublished });
    cells.forEach((cell, index) => reasons.set(cell.key, result.reasons[index]));
    if (result.totalMustBeHidden) params.totals.set(group, 'complementary');
  }
  return reasons;
}

function releaseRecord(
  record: Readonly<Record<string, number>>,
  reasonOf: (key: string) => Reason,
): { values: Record<string, number | null>; reasons: Record<string, Reason> } {
  const published: [string, number | null][] = [];
  const hidden: [string, number | null][] = [];
  const reasons: Record<string, Reason> = {};
  for (const [key, count] of Object.entries(record)) {
    const reason = reasonOf(key);
    reasons[key] = reason;
    if (reason) hidden.push([key, null]);
    else published.push([key, count]);
  }
  hidden.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { values: Object.fromEntries([...published, ...hidden]), reasons };
}

function prefixed(prefix: string, reasons: Record<string, Reason>): Record<string, Reason> {
  return Object.fromEntries(Object.entries(reasons).map(([key, reason]) => [`${prefix}.${key}`, reason]));
}

/** `{ suppressed: {field: reason} }` for the hidden fields of a row, nothing when none is hidden. */
function marker(fields: Record<string, Reason>): { suppressed?: SuppressedFields } {
  const hidden = Object.entries(fields).filter((entry): entry is [string, SuppressionReason] => entry[1] !== null);
  return hidden.length === 0 ? {} : { suppressed: Object.fromEntries(hidden) };
}

function hiddenLast<T extends { readonly suppressed?: SuppressedFields }>(rows: readonly T[], keyOf: (row: T) => string): T[] {
  const isHidden = (row: T) => row.suppressed?.['documents'] !== undefined;
  const published = rows.filter((row) => !isHidden(row));
  const hidden = rows.filter(isHidden).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  return [...published, ...hidden];
}
