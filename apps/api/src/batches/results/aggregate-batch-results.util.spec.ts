import type { DocumentFacts } from '../processing/document-facts';
import { aggregateBatchResults, quantile } from './aggregate-batch-results.util';

const lookups = { drugName: (id: string) => ({ zh: id, en: id }), icd11Title: (code: string) => (code === 'BA00' ? 'Essential hypertension' : null) };
const drug = (drugId: string, atc: string | null, value?: number) => ({
  drugId,
  atc,
  dose: value === undefined ? null : { value, unit: 'mg' },
  frequency: 'qd',
  route: null,
});
const documentOf = (drugs: DocumentFacts['drugs'], diagnoses: string[], department: string | null = 'cardiology'): DocumentFacts => ({
  drugs,
  diagnoses,
  uncodedDiagnoses: [],
  department,
});

describe(aggregateBatchResults.name, () => {
  // Four documents: aspirin in 3, atorvastatin in 2 (both with aspirin), amlodipine in 1.
  const facts = [
    documentOf([drug('aspirin', 'B01AC06', 100), drug('atorvastatin', 'C10AA05', 20)], ['BA52', 'BA00']),
    documentOf([drug('aspirin', 'B01AC06', 100), drug('atorvastatin', 'C10AA05', 40)], ['BA52']),
    documentOf([drug('aspirin', 'B01AC06', 100), drug('clopidogrel', 'B01AC04', 75)], ['BA52'], 'neurology'),
    documentOf([drug('amlodipine', 'C08CA01', 5)], ['BA00'], null),
  ];
  const sut = aggregateBatchResults({ facts, total: 5, failed: 1, lookups });

  it('counts documents per drug, most frequent first', () => {
    expect(sut.documents).toEqual({ total: 5, analysed: 4, failed: 1, withMedication: 4 });
    expect(sut.medications.map((item) => [item.drugId, item.documents, item.share])).toEqual([
      ['aspirin', 3, 0.75],
      ['atorvastatin', 2, 0.5],
      ['amlodipine', 1, 0.25],
      ['clopidogrel', 1, 0.25],
    ]);
  });

  it('computes support and lift of co-prescribed pairs', () => {
    const pair = sut.coPrescriptions.find((item) => item.drugs.join('+') === 'aspirin+atorvastatin');
    // support 2/4; lift 0.5 / (0.75 * 0.5)
    expect(pair).toEqual({ drugs: ['aspirin', 'atorvastatin'], documents: 2, support: 0.5, lift: 0.5 / 0.375 });
    expect(sut.coPrescriptions.some((item) => item.drugs.includes('amlodipine'))).toBe(false);
  });

  it('counts a document once per ATC class', () => {
    expect(sut.atcClasses.level4.find((item) => item.code === 'B01AC')).toEqual({
      code: 'B01AC',
      documents: 3,
      share: 0.75,
      drugIds: ['aspirin', 'clopidogrel'],
    });
    expect(sut.atcClasses.level3.map((item) => item.code)).toEqual(['B01A', 'C10A', 'C08C']);
  });

  it('tables drugs under each diagnosis with its title', () => {
    const hypertension = sut.drugDiagnosis.find((row) => row.icd11 === 'BA00');
    expect(hypertension).toEqual({
      icd11: 'BA00',
      title: 'Essential hypertension',
      documents: 2,
      drugs: [
        { drugId: 'amlodipine', documents: 1, share: 0.5 },
        { drugId: 'aspirin', documents: 1, share: 0.5 },
        { drugId: 'atorvastatin', documents: 1, share: 0.5 },
      ],
    });
  });

  it('gives a histogram and quantiles per drug and unit', () => {
    const atorvastatin = sut.doses.find((dose) => dose.drugId === 'atorvastatin');
    expect(atorvastatin).toEqual({
      drugId: 'atorvastatin',
      unit: 'mg',
      observations: 2,
      histogram: [
        { value: 20, count: 1 },
        { value: 40, count: 1 },
      ],
      quantiles: { min: 20, p25: 25, median: 30, p75: 35, max: 40 },
    });
  });

  it('breaks down by department, documents without one under null', () => {
    expect(sut.departments.map((row) => [row.department, row.documents])).toEqual([
      ['cardiology', 2],
      ['neurology', 1],
      [null, 1],
    ]);
  });

  it('is empty but well formed for a batch with nothing analysed', () => {
    const empty = aggregateBatchResults({ facts: [], total: 2, failed: 2, lookups });
    expect(empty).toMatchObject({ documents: { total: 2, analysed: 0, failed: 2, withMedication: 0 }, medications: [], coPrescriptions: [], doses: [] });
  });
});

describe(quantile.name, () => {
  it('interpolates like R type 7', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([7], 0.75)).toBe(7);
  });
});
