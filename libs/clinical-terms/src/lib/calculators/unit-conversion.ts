import { CalculatorError, CalculatorErrorCode } from './calculation.types';
import { unitKey } from '../entities/unit-key.util';

/**
 * Molar mass based factors (to the SI unit):
 * creatinine 113.12 g/mol -> 1 mg/dL = 88.42 μmol/L (KDIGO uses 88.4);
 * glucose 180.16 g/mol -> 1 mg/dL = 0.0555 mmol/L (1 mmol/L = 18.016 mg/dL);
 * cholesterol 386.65 g/mol -> 1 mg/dL = 0.02586 mmol/L (1 mmol/L = 38.67 mg/dL);
 * triglycerides (as triolein, 885.4 g/mol) -> 1 mg/dL = 0.01129 mmol/L.
 */
const TO_SI: Readonly<Record<Analyte, { siUnit: string; factors: Readonly<Record<string, number>> }>> = {
  creatinine: { siUnit: 'μmol/L', factors: { 'umol/l': 1, 'mmol/l': 1000, 'mg/dl': 88.4, 'mg/l': 8.84 } },
  glucose: { siUnit: 'mmol/L', factors: { 'mmol/l': 1, 'mg/dl': 1 / 18.016, 'g/l': 1 / 0.18016 } },
  cholesterol: { siUnit: 'mmol/L', factors: { 'mmol/l': 1, 'mg/dl': 1 / 38.67 } },
  triglycerides: { siUnit: 'mmol/L', factors: { 'mmol/l': 1, 'mg/dl': 1 / 88.57 } },
};

export type Analyte = 'creatinine' | 'glucose' | 'cholesterol' | 'triglycerides';

function factorFor(analyte: Analyte, unit: string): number {
  const factor = TO_SI[analyte].factors[unitKey(unit)];
  if (factor === undefined) {
    throw new CalculatorError(CalculatorErrorCode.UnknownUnit, `no conversion for ${analyte} in "${unit}"`);
  }
  return factor;
}

/** Converts a concentration between units, e.g. creatinine 132 μmol/L -> 1.493 mg/dL. */
export function convertConcentration(params: { analyte: Analyte; value: number; from: string; to: string }): number {
  return (params.value * factorFor(params.analyte, params.from)) / factorFor(params.analyte, params.to);
}

export function siUnitOf(analyte: Analyte): string {
  return TO_SI[analyte].siUnit;
}
