import type { DocumentFacts } from '../processing/document-facts';
import { aggregateBatchResults } from './aggregate-batch-results.util';
import type { ReleasedBatchResults } from './released-batch-results';
import { suppressSmallCells } from './suppress-small-cells.util';

const lookups = { drugName: (id: string) => ({ zh: id, en: id }), icd11Title: () => null };
const drug = (drugId: string, atc: string, value: number, frequency = 'qd') => ({ drugId, atc, dose: { value, unit: 'mg' }, frequency, route: null });
const times = (count: number, document: DocumentFacts): DocumentFacts[] => Array.from({ length: count }, () => document);

/**
 * 31 documents: cardiology 20 (aspirin 100 mg qd, 2 of them bid; 18 with atorvastatin), endocrinology 8
 * (metformin, type 2 diabetes), neurology 3 (aspirin 100 mg with clopidogrel).
 */
const facts: DocumentFacts[] = [
  ...times(18, {
    drugs: [drug('aspirin', 'B01AC06', 100), drug('atorvastatin', 'C10AA05', 20)],
    diagnoses: ['BA52'],
    uncodedDiagnoses: [],
    department: 'CARD',
  }),
  ...times(2, { drugs: [drug('aspirin', 'B01AC06', 100, 'bid')], diagnoses: ['BA52'], uncodedDiagnoses: [], department: 'CARD' }),
  ...times(8, { drugs: [drug('metformin', 'A10BA02', 500)], diagnoses: ['5A11'], uncodedDiagnoses: [], department: 'ENDO' }),
  ...times(3, { drugs: [drug('aspirin', 'B01AC06', 100), drug('clopidogrel', 'B01AC04', 75)], diagnoses: ['8B11'], uncodedDiagnoses: [], department: 'NEURO' }),
];
const results = aggregateBatchResults({ facts, total: 31, failed: 0, lookups });

/** Every count a reader sees, with where it is; processing counts (documents total/analysed/failed) excluded. */
function publishedCounts(released: ReleasedBatchResults): [string, number][] {
  const counts: [string, number | null][] = [['documents.withMedication', released.documents.withMedication]];
  for (const item of released.medications) {
    counts.push([`medication ${item.drugId}`, item.documents]);
    for (const [key, count] of Object.entries(item.frequencies)) counts.push([`frequency ${item.drugId} ${key}`, count]);
    for (const [key, count] of Object.entries(item.routes)) counts.push([`route ${item.drugId} ${key}`, count]);
  }
  for (const item of [...released.atcClasses.level3, ...released.atcClasses.level4]) counts.push([`atc ${item.code}`, item.documents]);
  for (const pair of released.coPrescriptions) counts.push([`pair ${pair.drugs.join('+')}`, pair.documents]);
  for (const row of released.drugDiagnosis) {
    counts.push([`diagnosis ${row.icd11}`, row.documents]);
    for (const cell of row.drugs) counts.push([`diagnosis ${row.icd11} ${cell.drugId}`, cell.documents]);
  }
  for (const dose of released.doses) {
    counts.push([`dose ${dose.drugId}`, dose.observations]);
    for (const bar of dose.histogram) counts.push([`dose ${dose.drugId} ${bar.value}`, bar.count]);
  }
  for (const row of released.departments) {
    counts.push([`department ${row.department}`, row.documents]);
    for (const cell of row.medications) counts.push([`department ${row.department} ${cell.drugId}`, cell.documents]);
    for (const cell of row.diagnoses) counts.push([`department ${row.department} ${cell.icd11}`, cell.documents]);
  }
  return counts.filter((entry): entry is [string, number] => entry[1] !== null);
}

describe(suppressSmallCells.name, () => {
  const sut = suppressSmallCells({ results, k: 5 });

  it('publishes no count from 1 to k − 1', () => {
    expect(publishedCounts(sut).filter(([, count]) => count > 0 && count < 5)).toEqual([]);
    expect(sut.coPrescriptions.find((pair) => pair.drugs.join('+') === 'aspirin+clopidogrel')).toEqual({
      drugs: ['aspirin', 'clopidogrel'],
      documents: null,
      support: null,
      lift: null,
      suppressed: { documents: 'below_k', support: 'below_k', lift: 'below_k' },
    });
    expect(sut.medications.find((item) => item.drugId === 'clopidogrel')).toMatchObject({
      documents: null,
      share: null,
      suppressed: { documents: 'below_k', share: 'below_k' },
    });
  });

  it('stops the departments total from revealing the one small department', () => {
    // 31 analysed = 20 + 8 + 3: with only neurology hidden, 31 − 20 − 8 would give it back.
    expect(sut.documents.analysed).toBe(31);
    expect(sut.departments.map((row) => [row.department, row.documents, row.suppressed ?? null])).toEqual([
      ['CARD', 20, null],
      ['ENDO', null, { documents: 'complementary' }],
      ['NEURO', null, { documents: 'below_k' }],
    ]);
  });

  it("stops a drug's total from revealing its small department cell or frequency", () => {
    const aspirin = sut.medications.find((item) => item.drugId === 'aspirin');
    expect(aspirin?.documents).toBe(23);
    const byDepartment = sut.departments.map((row) => row.medications.find((cell) => cell.drugId === 'aspirin')).filter((cell) => cell !== undefined);
    // CARD 20 + NEURO 3 = 23: both hidden, so 23 minus the published cells is a sum, not a patient count.
    expect(byDepartment.map((cell) => cell.documents)).toEqual([null, null]);
    expect(byDepartment.map((cell) => cell.suppressed?.['documents']).sort()).toEqual(['below_k', 'complementary']);
    expect(aspirin?.frequencies).toEqual({ qd: null, bid: null });
    expect(aspirin?.suppressed).toMatchObject({ 'frequencies.bid': 'below_k', 'frequencies.qd': 'complementary' });
  });

  it('leaves no additive group with exactly one hidden cell under a published total', () => {
    for (const item of sut.medications.filter((entry) => entry.documents !== null)) {
      for (const record of [item.frequencies, item.routes]) expect(Object.values(record).filter((count) => count === null).length).not.toBe(1);
      const departmentCells = sut.departments.flatMap((row) => row.medications.filter((cell) => cell.drugId === item.drugId));
      expect(departmentCells.filter((cell) => cell.documents === null).length).not.toBe(1);
    }
    expect(sut.departments.filter((row) => row.documents === null).length).not.toBe(1);
    for (const dose of sut.doses.filter((entry) => entry.observations !== null)) expect(dose.histogram.filter((bar) => bar.count === null).length).not.toBe(1);
  });

  it('hides the quantiles of a dose seen fewer than k times, and keeps hidden rows after published ones', () => {
    expect(sut.doses.find((dose) => dose.drugId === 'clopidogrel')).toMatchObject({
      observations: null,
      quantiles: null,
      histogram: [{ value: 75, count: null }],
    });
    expect(sut.doses.find((dose) => dose.drugId === 'metformin')?.quantiles).toMatchObject({ median: 500 });
    expect(sut.medications.map((item) => item.drugId)).toEqual(['aspirin', 'atorvastatin', 'metformin', 'clopidogrel']);
  });

  it('says what it suppressed and why', () => {
    const hiddenCells = publishedCountsHidden(sut);
    expect(sut.suppression).toEqual({
      k: 5,
      cellsSuppressed: hiddenCells,
      belowK: expect.any(Number),
      complementary: expect.any(Number),
      rule: 'small-cell-complementary-v1',
      totals: 'include_suppressed',
    });
    expect(sut.suppression.belowK + sut.suppression.complementary).toBe(hiddenCells);
    expect(sut.suppression.complementary).toBeGreaterThan(0);
  });

  it('publishes every cell unchanged with k = 1, and hides every cell of a batch smaller than k', () => {
    const open = suppressSmallCells({ results, k: 1 });
    expect(open.suppression.cellsSuppressed).toBe(0);
    expect(open.medications.map((item) => item.documents)).toEqual(results.medications.map((item) => item.documents));
    const tiny = suppressSmallCells({ results: aggregateBatchResults({ facts: facts.slice(0, 4), total: 4, failed: 0, lookups }), k: 5 });
    expect(publishedCounts(tiny)).toEqual([]);
  });

  it('hides documents with medication when the documents without would be a small cell', () => {
    const withOneWithout = aggregateBatchResults({
      facts: [...facts, { drugs: [], diagnoses: [], uncodedDiagnoses: [], department: 'CARD' }],
      total: 32,
      failed: 0,
      lookups,
    });
    expect(suppressSmallCells({ results: withOneWithout, k: 5 }).documents).toMatchObject({
      analysed: 32,
      withMedication: null,
      suppressed: { withMedication: 'complementary' },
    });
    expect(sut.documents.withMedication).toBe(31);
  });
});

/** Count cells that are null in the released results (each a suppressed cell). */
function publishedCountsHidden(released: ReleasedBatchResults): number {
  let hidden = released.documents.withMedication === null ? 1 : 0;
  const add = (count: number | null) => (hidden += count === null ? 1 : 0);
  for (const item of released.medications) [item.documents, ...Object.values(item.frequencies), ...Object.values(item.routes)].forEach(add);
  for (const item of [...released.atcClasses.level3, ...released.atcClasses.level4]) add(item.documents);
  for (const pair of released.coPrescriptions) add(pair.documents);
  for (const row of released.drugDiagnosis) [row.documents, ...row.drugs.map((cell) => cell.documents)].forEach(add);
  for (const dose of released.doses) [dose.observations, ...dose.histogram.map((bar) => bar.count)].forEach(add);
  for (const row of released.departments)
    [row.documents, ...row.medications.map((cell) => cell.documents), ...row.diagnoses.map((cell) => cell.documents)].forEach(add);
  return hidden;
}
