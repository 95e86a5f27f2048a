import type { ExtractionResult } from '@medlocal/clinical-terms';
import type { DiagnosisFact } from '@medlocal/prompting';
import { toTurnFacts } from './turn-facts.mapper';

/**
 * The one diagnosis a clinician's correction names, as the term dictionary knows it (id, names and
 * codes), so a corrected diagnosis carries no code taken from what was typed. Undefined when the
 * text names none, only a symptom, a denial, a relative's disease, or more than one.
 */
export function resolveDiagnosis({ extraction }: { extraction: ExtractionResult }): DiagnosisFact | undefined {
  const named = toTurnFacts(extraction, 'zh').diagnoses.filter((diagnosis) => !diagnosis.negated && diagnosis.family !== true);
  return named.length === 1 ? named[0] : undefined;
}
