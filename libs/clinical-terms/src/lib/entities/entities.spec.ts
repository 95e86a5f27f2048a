import { ClinicalTermEngine } from '../extract/clinical-term-engine';
import { fixtureDictionary } from '../testing/fixture-dictionary';
import type { ClinicalEntity, EntityType } from './entity.types';
import { expandLeads } from './ecg.extractor';

const sut = new ClinicalTermEngine(fixtureDictionary());

function entitiesOf<T extends EntityType>(text: string, type: T): Extract<ClinicalEntity, { type: T }>[] {
  return sut.extract(text).entities.filter((entity): entity is Extract<ClinicalEntity, { type: T }> => entity.type === type);
}

describe('age and sex', () => {
  it.each([
    ['62岁', 62],
    ['62 y/o', 62],
    ['62-year-old', 62],
    ['62 years old', 62],
    ['62 yo', 62],
    ['62M', 62],
    ['78F', 78],
    ['aged 45', 45],
  ])('reads the age in "%s"', (text, years) => {
    expect(entitiesOf(text, 'age').map((entity) => entity.years)).toEqual([years]);
  });

  it.each([
    ['65岁男性', 'male'],
    ['患者女,70岁', 'female'],
    ['78F', 'female'],
    ['62M', 'male'],
    ['a 54-year-old woman', 'female'],
    ['male, 60', 'male'],
  ])('reads the sex in "%s"', (text, sex) => {
    expect(entitiesOf(text, 'sex').map((entity) => entity.sex)).toEqual([sex]);
  });

  it('does not read kinship words or metres as sex', () => {
    expect(entitiesOf('女儿陪同就诊', 'sex')).toEqual([]);
    expect(entitiesOf('walked 5 m', 'sex')).toEqual([]);
  });

  it('reports original offsets and text', () => {
    const [age] = entitiesOf('患者６５岁', 'age');
    expect(age).toMatchObject({ start: 2, end: 5, text: '６５岁' });
  });
});

describe('vitals', () => {
  it('reads blood pressure in English and Chinese', () => {
    for (const text of ['BP 165/95 mmHg', '血压165/95mmHg', '血压:165/95']) {
      expect(entitiesOf(text, 'vital')).toEqual([expect.objectContaining({ vital: 'blood-pressure', systolic: 165, diastolic: 95 })]);
    }
  });

  it.each([
    ['HR 88 bpm', 'heart-rate', 88, 'bpm'],
    ['心率88次/分', 'heart-rate', 88, 'bpm'],
    ['T 39.2℃', 'temperature', 39.2, '°C'],
    ['体温39.2°C', 'temperature', 39.2, '°C'],
    ['SpO2 95%', 'spo2', 95, '%'],
    ['血氧95%', 'spo2', 95, '%'],
    ['RR 20', 'respiratory-rate', 20, 'breaths/min'],
    ['呼吸20次/分', 'respiratory-rate', 20, 'breaths/min'],
    ['weight 70kg', 'weight', 70, 'kg'],
    ['体重70kg', 'weight', 70, 'kg'],
    ['身高170cm', 'height', 170, 'cm'],
    ['height 1.70 m', 'height', 170, 'cm'],
  ])('reads "%s"', (text, vital, value, unit) => {
    expect(entitiesOf(text, 'vital')).toEqual([expect.objectContaining({ vital, value, unit })]);
  });

  it('ignores implausible values and dosing per kilogram', () => {
    expect(entitiesOf('T12 fracture', 'vital')).toEqual([]);
    expect(entitiesOf('1 mg/kg', 'vital')).toEqual([]);
  });
});

describe('lab values', () => {
  it('converts to the canonical unit and flags against the range for the patient sex', () => {
    const [lab] = entitiesOf('62岁男性,肌酐1.49mg/dL', 'lab');
    expect(lab).toMatchObject({ labId: 'creatinine', value: 1.49, unit: 'mg/dL', canonicalUnit: 'μmol/L', flag: 'high' });
    expect(lab?.canonicalValue).toBeCloseTo(131.7, 1);
    expect(lab?.referenceRange).toMatchObject({ sex: 'male', low: 59, high: 104 });
  });

  it('reads μmol/L spelled with µ or u', () => {
    for (const text of ['肌酐132μmol/L', '肌酐132µmol/L', 'Scr 132 umol/L']) {
      expect(entitiesOf(text, 'lab')[0]).toMatchObject({ canonicalValue: 132, unitAssumed: false });
    }
  });

  it('reads ×10⁹/L however the exponent is written', () => {
    for (const text of ['WBC 6.2×10⁹/L', 'WBC 6.2x10^9/L', 'WBC 6.2*10^9/L', '白细胞6.2×10^9/L']) {
      expect(entitiesOf(text, 'lab')[0]).toMatchObject({ labId: 'wbc', canonicalValue: 6.2, unitAssumed: false, flag: 'normal' });
    }
  });

  it('assumes the unit only when one is plausible', () => {
    expect(entitiesOf('肌酐132', 'lab')[0]).toMatchObject({ unit: 'μmol/L', unitAssumed: true, canonicalValue: 132 });
    expect(entitiesOf('Cr 1.49', 'lab')[0]).toMatchObject({ unit: 'mg/dL', unitAssumed: true });
    expect(entitiesOf('eGFR 28 mL/min/1.73m²', 'lab')[0]).toMatchObject({ canonicalValue: 28, flag: 'low', unitAssumed: false });
  });

  it('flags a sex-specific lab with unknown sex only outside both ranges', () => {
    expect(entitiesOf('肌酐95μmol/L', 'lab')[0].flag).toBe('normal');
    expect(entitiesOf('肌酐110μmol/L', 'lab')[0].flag).toBe('high');
    expect(entitiesOf('女,肌酐95μmol/L', 'lab')[0].flag).toBe('high');
  });

  it('reads HbA1c %, potassium and troponin', () => {
    expect(entitiesOf('HbA1c 9.1%', 'lab')[0]).toMatchObject({ value: 9.1, flag: 'high' });
    expect(entitiesOf('K 5.6 mmol/L', 'lab')[0]).toMatchObject({ value: 5.6, flag: 'high' });
    expect(entitiesOf('肌钙蛋白I 8.2ng/mL', 'lab')[0]).toMatchObject({ value: 8.2, canonicalUnit: 'ng/mL', flag: null });
  });

  it('keeps an unconvertible unit but does not invent a canonical value', () => {
    expect(entitiesOf('HbA1c 75 mmol/mol', 'lab')[0]).toMatchObject({ unit: 'mmol/mol', canonicalValue: null, flag: null });
  });

  it('reads comparators', () => {
    expect(entitiesOf('肌钙蛋白I <0.01 ng/mL', 'lab')[0]).toMatchObject({ comparator: '<', value: 0.01 });
  });

  it('chooses the range for each patient anew and hands every reading its own copy', () => {
    const [first, second] = entitiesOf('肌酐95μmol/L,复查肌酐96μmol/L', 'lab');
    expect(first.referenceRange).toEqual(second.referenceRange);
    expect(first.referenceRange).not.toBe(second.referenceRange);
    expect(entitiesOf('女,肌酐95μmol/L', 'lab')[0].referenceRange).toMatchObject({ sex: 'female' });
    expect(entitiesOf('男,肌酐95μmol/L', 'lab')[0].referenceRange).toMatchObject({ sex: 'male' });
    expect(entitiesOf('肌酐95μmol/L', 'lab')[0].referenceRange).toMatchObject({ sex: 'any', low: 45, high: 104 });
  });
});

describe('drugs', () => {
  it.each([
    ['apixaban 5 mg bid', { value: 5, unit: 'mg' }, null, 'bid'],
    ['利伐沙班15mg qd', { value: 15, unit: 'mg' }, null, 'qd'],
    ['metformin 1 tab po tid', { value: 1, unit: 'tab' }, 'oral', 'tid'],
    ['二甲双胍0.5g 每日两次 口服', { value: 0.5, unit: 'g' }, 'oral', 'bid'],
    ['静滴头孢曲松 2g qd', { value: 2, unit: 'g' }, 'intravenous', 'qd'],
    ['ceftriaxone 1 g iv q12h', { value: 1, unit: 'g' }, 'intravenous', 'q12h'],
    ['甘精胰岛素 10u 皮下 每晚', { value: 10, unit: 'u' }, 'subcutaneous', 'qn'],
    ['apixaban (Eliquis) 2.5 mg PO BID', { value: 2.5, unit: 'mg' }, 'oral', 'bid'],
    ['rivaroxaban 20 mg once daily', { value: 20, unit: 'mg' }, null, 'qd'],
    ['apixaban prn', null, null, 'prn'],
    ['利伐沙班 每日一次 15mg', { value: 15, unit: 'mg' }, null, 'qd'],
  ])('reads "%s"', (text, dose, route, frequency) => {
    expect(entitiesOf(text, 'drug')).toEqual([expect.objectContaining({ dose: dose === null ? null : expect.objectContaining(dose), route, frequency })]);
  });

  it('stops at the next drug', () => {
    const drugs = entitiesOf('apixaban 5 mg bid, metformin 500 mg tid', 'drug');
    expect(drugs.map((drug) => [drug.drugId, drug.dose?.value, drug.frequency])).toEqual([
      ['apixaban', 5, 'bid'],
      ['metformin', 500, 'tid'],
    ]);
  });
});

describe('anatomy', () => {
  it('reports anatomy terms not inside a longer condition term', () => {
    expect(entitiesOf('左心室扩大', 'anatomy').map((entity) => entity.anatomyId)).toEqual(['left-ventricle']);
  });
});

describe('ECG findings', () => {
  it.each([
    ['V1-V4 ST段抬高', 'st-elevation', ['V1', 'V2', 'V3', 'V4']],
    ['V1-V4导联ST段抬高', 'st-elevation', ['V1', 'V2', 'V3', 'V4']],
    ['ST elevation in V1-V4', 'st-elevation', ['V1', 'V2', 'V3', 'V4']],
    ['II、III、aVF导联ST段压低', 'st-depression', ['II', 'III', 'aVF']],
    ['T波倒置', 't-wave-inversion', []],
    ['房颤律', 'atrial-fibrillation-rhythm', []],
    ['QT延长', 'qt-prolongation', []],
    ['QTc prolongation', 'qt-prolongation', []],
  ])('reads "%s"', (text, finding, leads) => {
    expect(entitiesOf(text, 'ecg')).toEqual([expect.objectContaining({ finding, leads, negated: false })]);
  });

  it('marks negated findings', () => {
    expect(entitiesOf('无ST段抬高', 'ecg')[0].negated).toBe(true);
  });

  it('expands lead ranges', () => {
    expect(expandLeads('V1-V3, aVL')).toEqual(['V1', 'V2', 'V3', 'aVL']);
    expect(expandLeads('II-aVF')).toEqual(['II', 'III', 'aVR', 'aVL', 'aVF']);
  });
});
