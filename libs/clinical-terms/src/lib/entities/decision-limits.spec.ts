import { ClinicalTermEngine } from '../extract/clinical-term-engine';
import { shippedDictionary, shippedTermEngine } from '../dictionary/shipped-dictionary';
import type { LabEntity } from './entity.types';
import { DEFAULT_DECISION_LIMIT_SETTINGS, decisionLimitsOf } from './decision-limits';

function labOf(text: string, engine = shippedTermEngine()): LabEntity {
  const lab = engine.extract(text).entities.find((entity): entity is LabEntity => entity.type === 'lab');
  if (lab === undefined) throw new Error(`no lab in «${text}»`);
  return lab;
}

const met = (lab: LabEntity, kind: string) => (lab.decisionLimits ?? []).filter((limit) => limit.kind === kind && limit.met).map((limit) => limit.label);

describe('decision limits', () => {
  it('judges troponin against the 99th-percentile URL, named and set per hospital (Fourth UDMI 2018)', () => {
    const lab = labOf('肌钙蛋白I 8.2ng/mL');
    expect(lab.decisionLimits).toEqual([
      expect.objectContaining({
        kind: 'upper-reference-limit',
        limit: 26.2,
        unit: 'ng/L',
        met: true,
        source: expect.stringContaining('Fourth Universal Definition'),
      }),
    ]);
    expect(labOf('肌钙蛋白T 10 ng/L').decisionLimits?.[0]).toMatchObject({ limit: 14, met: false });
    const hospital = new ClinicalTermEngine(shippedDictionary(), {
      ...DEFAULT_DECISION_LIMIT_SETTINGS,
      troponinT99thUrl: { ngPerL: 9, assay: 'hospital assay' },
    });
    expect(labOf('肌钙蛋白T 10 ng/L', hospital).decisionLimits?.[0]).toMatchObject({ limit: 9, met: true, label: expect.stringContaining('hospital assay') });
  }, 60_000); // the first extraction builds the shipped automaton, slow on a busy machine

  it('rules heart failure out or in by NT-proBNP with the age band of the patient (ESC 2021, HFA 2019)', () => {
    const old = labOf('80岁,NT-proBNP 1500 pg/mL');
    expect(met(old, 'rule-in')).toEqual([]);
    expect(old.decisionLimits?.filter((limit) => limit.kind === 'rule-in').map((limit) => limit.limit)).toEqual([1800]);
    expect(met(labOf('45岁,NT-proBNP 1500 pg/mL'), 'rule-in')).toEqual(['acute heart failure likely (age < 50)']);
    expect(met(labOf('NT-proBNP 80 pg/mL'), 'rule-out')).toEqual(['acute heart failure unlikely', 'chronic heart failure unlikely (non-acute onset)']);
    expect(met(labOf('BNP 60 pg/mL'), 'rule-out')).toEqual(['acute heart failure unlikely']);
  });

  it('diagnoses diabetes by HbA1c and fasting glucose (ADA) and names the glycaemic goal', () => {
    expect(met(labOf('HbA1c 6.8%'), 'diagnostic')).toEqual(['diabetes', 'prediabetes (5.7–6.4%)']);
    expect(met(labOf('HbA1c 6.8%'), 'target')).toEqual(['glycaemic goal for many adults with diabetes']);
    expect(met(labOf('HbA1c 8.1%'), 'target')).toEqual([]);
    expect(met(labOf('空腹血糖 6.2mmol/L'), 'diagnostic')).toEqual(['impaired fasting glucose (5.6–6.9 mmol/L)']);
    expect(decisionLimitsOf('glucose-fasting').every((limit) => limit.source.startsWith('ADA'))).toBe(true);
  });

  it('names LDL-C limits as risk-dependent targets, not a reference range (ESC/EAS 2019)', () => {
    const lab = labOf('LDL-C 2.0 mmol/L');
    expect(lab.decisionLimits?.map((limit) => [limit.kind, limit.riskCategory, limit.met])).toEqual([
      ['target', 'very-high', false],
      ['target', 'high', false],
      ['target', 'moderate', true],
      ['target', 'low', true],
    ]);
  });

  it('flags creatinine for adults of 80 and over (WS/T 404.5 band carried past 79)', () => {
    const lab = labOf('85岁女性,肌酐 120μmol/L');
    expect(lab.flag).toBe('high');
    expect(lab.referenceRange).toMatchObject({ high: 81, source: expect.stringContaining('WS/T 404.5-2015') });
  });
});
