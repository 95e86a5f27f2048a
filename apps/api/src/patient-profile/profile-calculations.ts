import { creatinineClearanceCockcroftGault, creatinineUmolToMgDl, egfrCkdEpi2021, kdigoGfrCategory, CalculatorError } from '@medlocal/clinical-terms';
import type { CalculationFact, PatientProfile } from '@medlocal/prompting';

const CREATININE = 'creatinine-serum';

/**
 * Renal function worked out from what the clinician has said so far, so the model never does
 * arithmetic: CKD-EPI 2021 eGFR with its KDIGO G stage, and Cockcroft–Gault clearance when a
 * weight is known. Inputs may come from different turns; each result names the facts it used.
 */
export function profileCalculations(profile: PatientProfile): CalculationFact[] {
  const creatinine = profile.labs.find((lab) => lab.id === CREATININE && lab.unit === 'μmol/L');
  const age = profile.age?.value;
  const sex = profile.sex?.value;
  if (!creatinine || age === undefined || !sex) return [];
  const creatinineMgDl = creatinineUmolToMgDl(creatinine.value);
  const results: CalculationFact[] = [];
  try {
    const egfr = egfrCkdEpi2021({ ageYears: age, sex, creatinineMgDl });
    const rounded = Math.round(egfr.value);
    results.push({
      name: 'eGFR(CKD-EPI 2021)',
      value: rounded,
      unit: egfr.unit,
      stage: kdigoGfrCategory(egfr.value).value,
      inputs: ['age', 'sex', CREATININE],
    });
  } catch (error) {
    if (!(error instanceof CalculatorError)) throw error;
  }
  const weight = profile.vitals.find((vital) => vital.kind === 'Weight' && vital.unit === 'kg' && typeof vital.value === 'number');
  if (weight) {
    try {
      const clearance = creatinineClearanceCockcroftGault({ ageYears: age, sex, weightKg: weight.value as number, creatinineMgDl });
      results.push({ name: 'CrCl(Cockcroft-Gault)', value: Math.round(clearance.value), unit: clearance.unit, inputs: ['age', 'sex', 'weight', CREATININE] });
    } catch (error) {
      if (!(error instanceof CalculatorError)) throw error;
    }
  }
  return results;
}
