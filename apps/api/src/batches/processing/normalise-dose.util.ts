/** Factors to milligrams for the mass units the drug extractor reports. */
const TO_MILLIGRAMS: Readonly<Record<string, number>> = { g: 1000, mg: 1, μg: 0.001, µg: 0.001, ug: 0.001, mcg: 0.001, ng: 0.000001 };

/**
 * One unit per drug makes doses comparable ("0.5g" and "500 mg" are the same dose): mass units
 * become mg, rounded to 6 decimals so 0.125 mg stays 0.125; other units are kept as written.
 */
export function normaliseDose(dose: { value: number; unit: string }): { value: number; unit: string } {
  const factor = TO_MILLIGRAMS[dose.unit] ?? TO_MILLIGRAMS[dose.unit.toLowerCase()];
  if (factor === undefined) return { value: dose.value, unit: dose.unit };
  return { value: Math.round(dose.value * factor * 1e6) / 1e6, unit: 'mg' };
}
