import { CalculatorError, CalculatorErrorCode, requirePositive, type Calculation } from './calculation.types';
import { convertConcentration } from './unit-conversion';

export type CalculatorSex = 'male' | 'female';

export interface EgfrInputs {
  readonly ageYears: number;
  readonly sex: CalculatorSex;
  /** Serum creatinine in mg/dL (convert μmol/L with `convertConcentration`). */
  readonly creatinineMgDl: number;
}

/**
 * CKD-EPI 2021 creatinine equation, without race (Inker et al., NEJM 2021;385:1737):
 * 142 × min(Scr/κ,1)^α × max(Scr/κ,1)^−1.200 × 0.9938^age × 1.012 [female];
 * κ 0.7 female / 0.9 male; α −0.241 female / −0.302 male.
 */
export function egfrCkdEpi2021(inputs: EgfrInputs): Calculation<EgfrInputs> {
  requirePositive('creatinineMgDl', inputs.creatinineMgDl);
  if (!(inputs.ageYears >= 18 && inputs.ageYears <= 120)) {
    throw new CalculatorError(CalculatorErrorCode.InputOutOfRange, 'CKD-EPI 2021 is validated for adults (18+ years)');
  }
  const female = inputs.sex === 'female';
  const kappa = female ? 0.7 : 0.9;
  const alpha = female ? -0.241 : -0.302;
  const ratio = inputs.creatinineMgDl / kappa;
  const value = 142 * Math.pow(Math.min(ratio, 1), alpha) * Math.pow(Math.max(ratio, 1), -1.2) * Math.pow(0.9938, inputs.ageYears) * (female ? 1.012 : 1);
  return { formula: 'CKD-EPI 2021 creatinine (race-free)', value, unit: 'mL/min/1.73m²', inputs };
}

export interface CreatinineClearanceInputs {
  readonly ageYears: number;
  readonly sex: CalculatorSex;
  readonly weightKg: number;
  readonly creatinineMgDl: number;
}

/** Cockcroft–Gault (1976): (140 − age) × weight / (72 × Scr) × 0.85 [female]; mL/min, not indexed. */
export function creatinineClearanceCockcroftGault(inputs: CreatinineClearanceInputs): Calculation<CreatinineClearanceInputs> {
  requirePositive('creatinineMgDl', inputs.creatinineMgDl);
  requirePositive('weightKg', inputs.weightKg);
  requirePositive('ageYears', inputs.ageYears);
  const value = (((140 - inputs.ageYears) * inputs.weightKg) / (72 * inputs.creatinineMgDl)) * (inputs.sex === 'female' ? 0.85 : 1);
  return { formula: 'Cockcroft-Gault creatinine clearance', value, unit: 'mL/min', inputs };
}

/** Convenience: creatinine in μmol/L to mg/dL (÷ 88.4). */
export function creatinineUmolToMgDl(umolPerL: number): number {
  return convertConcentration({ analyte: 'creatinine', value: umolPerL, from: 'μmol/L', to: 'mg/dL' });
}

export type KdigoGfrCategory = 'G1' | 'G2' | 'G3a' | 'G3b' | 'G4' | 'G5';
export type KdigoAlbuminuriaCategory = 'A1' | 'A2' | 'A3';

/** KDIGO 2012 GFR categories: G1 ≥90, G2 60–89, G3a 45–59, G3b 30–44, G4 15–29, G5 <15. */
export function kdigoGfrCategory(egfr: number): Calculation<{ readonly egfr: number }, KdigoGfrCategory> {
  if (!Number.isFinite(egfr) || egfr < 0) {
    throw new CalculatorError(CalculatorErrorCode.InputOutOfRange, `eGFR must be ≥ 0, got ${egfr}`);
  }
  const value: KdigoGfrCategory = egfr >= 90 ? 'G1' : egfr >= 60 ? 'G2' : egfr >= 45 ? 'G3a' : egfr >= 30 ? 'G3b' : egfr >= 15 ? 'G4' : 'G5';
  return { formula: 'KDIGO 2012 GFR category', value, unit: 'category', inputs: { egfr } };
}

/** KDIGO 2012 albuminuria: ACR A1 <30, A2 30–300, A3 >300 mg/g; or <3, 3–30, >30 mg/mmol. */
export function kdigoAlbuminuriaCategory(params: {
  readonly acr: number;
  readonly unit: 'mg/g' | 'mg/mmol';
}): Calculation<{ readonly acr: number; readonly unit: 'mg/g' | 'mg/mmol' }, KdigoAlbuminuriaCategory> {
  if (!Number.isFinite(params.acr) || params.acr < 0) {
    throw new CalculatorError(CalculatorErrorCode.InputOutOfRange, `ACR must be ≥ 0, got ${params.acr}`);
  }
  const [a2From, a3Above] = params.unit === 'mg/g' ? [30, 300] : [3, 30];
  const value: KdigoAlbuminuriaCategory = params.acr < a2From ? 'A1' : params.acr <= a3Above ? 'A2' : 'A3';
  return { formula: 'KDIGO 2012 albuminuria category', value, unit: 'category', inputs: { ...params } };
}

export interface BmiInputs {
  readonly weightKg: number;
  readonly heightCm: number;
}

/** Body mass index: weight (kg) / height (m)². */
export function bodyMassIndex(inputs: BmiInputs): Calculation<BmiInputs> {
  requirePositive('weightKg', inputs.weightKg);
  requirePositive('heightCm', inputs.heightCm);
  const metres = inputs.heightCm / 100;
  return { formula: 'Body mass index', value: inputs.weightKg / (metres * metres), unit: 'kg/m²', inputs };
}
