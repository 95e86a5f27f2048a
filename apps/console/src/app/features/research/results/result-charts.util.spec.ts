import type { ReleasedBatchResults } from '../data-access/batch.types';
import { barOption, boxplotOption, coPrescriptionHeatmap, doseBoxes, drugDiagnosisHeatmap, heatmapOption, publishedBars } from './result-charts.util';

const results: ReleasedBatchResults = {
  suppression: { k: 5, cellsSuppressed: 3, belowK: 2, complementary: 1, rule: 'small-cell-complementary-v1', totals: 'include_suppressed' },
  documents: { total: 40, analysed: 40, failed: 0, withMedication: 40 },
  medications: [
    { drugId: 'metformin', name: { zh: '二甲双胍', en: 'metformin' }, atc: 'A10BA02', documents: 30, share: 0.75, frequencies: {}, routes: {} },
    { drugId: 'aspirin', name: { zh: '阿司匹林', en: 'aspirin' }, atc: 'B01AC06', documents: 12, share: 0.3, frequencies: {}, routes: {} },
    {
      drugId: 'febuxostat',
      name: { zh: '非布司他', en: 'febuxostat' },
      atc: 'M04AA03',
      documents: null,
      share: null,
      frequencies: {},
      routes: {},
      suppressed: { documents: 'below_k' },
    },
  ],
  atcClasses: { level3: [], level4: [] },
  coPrescriptions: [
    { drugs: ['aspirin', 'metformin'], documents: 10, support: 0.25, lift: 1.11 },
    { drugs: ['febuxostat', 'metformin'], documents: null, support: null, lift: null, suppressed: { documents: 'below_k' } },
  ],
  drugDiagnosis: [
    {
      icd11: '5A11',
      title: 'Type 2 diabetes mellitus',
      documents: 30,
      drugs: [
        { drugId: 'metformin', documents: 30, share: 1 },
        { drugId: 'febuxostat', documents: null, share: null, suppressed: { documents: 'below_k' } },
      ],
    },
  ],
  doses: [
    { drugId: 'metformin', unit: 'mg', observations: 30, histogram: [], quantiles: { min: 500, p25: 500, median: 500, p75: 850, max: 850 } },
    { drugId: 'febuxostat', unit: 'mg', observations: null, histogram: [], quantiles: null, suppressed: { observations: 'below_k' } },
  ],
  departments: [],
  modelPass: null,
};
const name = (drugId: string) => results.medications.find((row) => row.drugId === drugId)?.name.en ?? drugId;

describe('research result charts', () => {
  it('draw a bar for published counts only, largest first', () => {
    expect(publishedBars({ rows: results.medications, count: (row) => row.documents, label: (row) => row.name.en })).toEqual([
      { label: 'metformin', value: 30 },
      { label: 'aspirin', value: 12 },
    ]);
  });

  it('leave a hidden co-prescription pair out of the heat map, both halves of a published one in', () => {
    const support = coPrescriptionHeatmap({ results, measure: 'support', name });
    expect(support.columns).toEqual(['aspirin', 'metformin']);
    expect(support.cells).toEqual([
      [0, 1, 25],
      [1, 0, 25],
    ]);
    expect(coPrescriptionHeatmap({ results, measure: 'lift', name }).cells[0]).toEqual([0, 1, 1.11]);
  });

  it('leave hidden drug × diagnosis cells and doses without quantiles out', () => {
    expect(drugDiagnosisHeatmap({ results, name })).toEqual({ columns: ['metformin'], rows: ['Type 2 diabetes mellitus'], cells: [[0, 0, 100]] });
    expect(doseBoxes({ results, name })).toEqual([{ label: 'metformin (mg)', box: [500, 500, 500, 850, 850] }]);
  });

  it('draws on a transparent background in the text colour of the theme, light unless asked for dark', () => {
    const rows = [{ label: 'metformin', value: 30 }];
    const data = { columns: ['a'], rows: ['b'], cells: [[0, 0, 1] as const] };
    const box = [{ label: 'metformin (mg)', box: [500, 500, 850, 1000, 2000] as const }];
    for (const theme of ['light', 'dark'] as const) {
      const text = theme === 'dark' ? '#e5e9f0' : '#1f2933';
      for (const option of [
        barOption({ rows, valueName: 'n', theme }),
        heatmapOption({ data, valueName: 'n', theme }),
        boxplotOption({ rows: box, valueName: 'mg', theme }),
      ]) {
        expect(option['backgroundColor']).toBe('transparent');
        expect(option['textStyle']).toEqual({ color: text });
      }
    }
    expect(barOption({ rows, valueName: 'n' })['textStyle']).toEqual({ color: '#1f2933' });
  });
});
