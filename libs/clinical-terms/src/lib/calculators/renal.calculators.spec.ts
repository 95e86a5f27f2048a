import {
  bodyMassIndex,
  creatinineClearanceCockcroftGault,
  creatinineUmolToMgDl,
  egfrCkdEpi2021,
  kdigoAlbuminuriaCategory,
  kdigoGfrCategory,
} from './renal.calculators';
import { CalculatorError } from './calculation.types';
import { convertConcentration } from './unit-conversion';

describe(egfrCkdEpi2021.name, () => {
  it('62-year-old man, Scr 132 μmol/L (1.49 mg/dL): eGFR ≈ 52', () => {
    const scr = creatinineUmolToMgDl(132);
    expect(scr).toBeCloseTo(1.493, 3);
    const sut = egfrCkdEpi2021({ ageYears: 62, sex: 'male', creatinineMgDl: scr });
    // 142 × (1.4932/0.9)^-1.2 × 0.9938^62 = 142 × 0.5447 × 0.6800 = 52.6
    expect(sut.value).toBeCloseTo(52.6, 1);
    expect(Math.floor(sut.value)).toBe(52);
    expect(sut.formula).toBe('CKD-EPI 2021 creatinine (race-free)');
    expect(sut.inputs).toEqual({ ageYears: 62, sex: 'male', creatinineMgDl: scr });
  });

  it('woman at κ (Scr 0.7 mg/dL), 50 years: 142 × 0.9938^50 × 1.012 ≈ 105', () => {
    expect(egfrCkdEpi2021({ ageYears: 50, sex: 'female', creatinineMgDl: 0.7 }).value).toBeCloseTo(105.3, 1);
  });

  it('uses the low-creatinine exponent below κ (woman 40 y, Scr 0.5 mg/dL ≈ 122)', () => {
    // 142 × (0.5/0.7)^-0.241 × 0.9938^40 × 1.012 = 142 × 1.0845 × 0.7798 × 1.012 = 121.5
    expect(egfrCkdEpi2021({ ageYears: 40, sex: 'female', creatinineMgDl: 0.5 }).value).toBeCloseTo(121.5, 1);
  });

  it('man 70 y, Scr 2.0 mg/dL ≈ 35', () => {
    // 142 × (2.0/0.9)^-1.2 × 0.9938^70 = 142 × 0.3835 × 0.6471 = 35.2
    expect(egfrCkdEpi2021({ ageYears: 70, sex: 'male', creatinineMgDl: 2.0 }).value).toBeCloseTo(35.2, 1);
  });

  it('refuses children and non-positive creatinine', () => {
    expect(() => egfrCkdEpi2021({ ageYears: 12, sex: 'male', creatinineMgDl: 0.6 })).toThrow(CalculatorError);
    expect(() => egfrCkdEpi2021({ ageYears: 40, sex: 'male', creatinineMgDl: 0 })).toThrow(CalculatorError);
  });
});

describe(creatinineClearanceCockcroftGault.name, () => {
  it('(140 − age) × weight / (72 × Scr), × 0.85 for women', () => {
    const male = creatinineClearanceCockcroftGault({ ageYears: 62, sex: 'male', weightKg: 80, creatinineMgDl: 1.49 });
    expect(male.value).toBeCloseTo((78 * 80) / (72 * 1.49), 6);
    expect(male.value).toBeCloseTo(58.2, 1);
    const female = creatinineClearanceCockcroftGault({ ageYears: 78, sex: 'female', weightKg: 55, creatinineMgDl: 1.2 });
    expect(female.value).toBeCloseTo(((62 * 55) / (72 * 1.2)) * 0.85, 6);
    expect(female.unit).toBe('mL/min');
  });
});

describe(bodyMassIndex.name, () => {
  it('70 kg, 170 cm -> 24.2 kg/m²', () => {
    expect(bodyMassIndex({ weightKg: 70, heightCm: 170 }).value).toBeCloseTo(24.22, 2);
  });
});

describe(kdigoGfrCategory.name, () => {
  it.each([
    [120, 'G1'],
    [90, 'G1'],
    [89.9, 'G2'],
    [60, 'G2'],
    [59, 'G3a'],
    [45, 'G3a'],
    [44, 'G3b'],
    [30, 'G3b'],
    [29, 'G4'],
    [15, 'G4'],
    [14.9, 'G5'],
    [0, 'G5'],
  ])('eGFR %s -> %s', (egfr, category) => {
    expect(kdigoGfrCategory(egfr as number).value).toBe(category);
  });
});

describe(kdigoAlbuminuriaCategory.name, () => {
  it.each([
    [10, 'mg/g', 'A1'],
    [29.9, 'mg/g', 'A1'],
    [30, 'mg/g', 'A2'],
    [300, 'mg/g', 'A2'],
    [301, 'mg/g', 'A3'],
    [2.9, 'mg/mmol', 'A1'],
    [3, 'mg/mmol', 'A2'],
    [30, 'mg/mmol', 'A2'],
    [31, 'mg/mmol', 'A3'],
  ])('ACR %s %s -> %s', (acr, unit, category) => {
    expect(kdigoAlbuminuriaCategory({ acr: acr as number, unit: unit as 'mg/g' | 'mg/mmol' }).value).toBe(category);
  });
});

describe(convertConcentration.name, () => {
  it('converts creatinine, glucose and cholesterol', () => {
    expect(convertConcentration({ analyte: 'creatinine', value: 1, from: 'mg/dL', to: 'µmol/L' })).toBeCloseTo(88.4, 6);
    expect(convertConcentration({ analyte: 'glucose', value: 126, from: 'mg/dL', to: 'mmol/L' })).toBeCloseTo(6.99, 2);
    expect(convertConcentration({ analyte: 'glucose', value: 7, from: 'mmol/L', to: 'mg/dL' })).toBeCloseTo(126.1, 1);
    expect(convertConcentration({ analyte: 'cholesterol', value: 200, from: 'mg/dL', to: 'mmol/L' })).toBeCloseTo(5.17, 2);
  });

  it('refuses a unit it cannot convert', () => {
    expect(() => convertConcentration({ analyte: 'glucose', value: 1, from: 'mg/dL', to: 'IU/L' })).toThrow(CalculatorError);
  });
});
