import type { ExtractionResult } from '@medlocal/clinical-terms';
import { emptyTurnFacts, type PromptLanguage, type TurnFacts, type VitalFact } from '@medlocal/prompting';

const VITAL_KINDS: Record<string, string> = {
  'heart-rate': 'HR',
  temperature: 'T',
  spo2: 'SpO2',
  'respiratory-rate': 'RR',
  weight: 'Weight',
  height: 'Height',
};

/**
 * What one message says about the patient, as the prompting layer keeps it. Labs are kept in
 * their canonical unit so calculators and later turns compare like with like; family history
 * is about someone else and never becomes the patient's diagnosis.
 */
export function toTurnFacts(extraction: ExtractionResult, language: PromptLanguage): TurnFacts {
  const facts = emptyTurnFacts();
  for (const entity of extraction.entities) {
    switch (entity.type) {
      case 'age':
        // A value the same message corrects ("不是65岁") is not the patient's; the correction is.
        if (entity.superseded === true) (facts.corrections ??= []).push({ fact: 'age', replaced: entity.years });
        else facts.age = entity.years;
        break;
      case 'sex':
        facts.sex = entity.sex;
        break;
      case 'lab':
        if (entity.superseded === true) {
          (facts.corrections ??= []).push({ fact: `lab:${entity.labId}`, replaced: entity.canonicalValue ?? entity.value });
          break;
        }
        facts.labs.push({
          id: entity.labId,
          name: entity.name[language],
          value: entity.canonicalValue ?? entity.value,
          unit: (entity.canonicalValue !== null ? entity.canonicalUnit : entity.unit) ?? '',
          flag: entity.flag,
        });
        break;
      case 'drug':
        // "no heparin given", "未用肝素": named, but not a medication the patient is on.
        if (entity.negated) break;
        facts.drugs.push({
          id: entity.drugId,
          name: entity.name[language],
          dose: entity.dose?.value,
          unit: entity.dose?.unit,
          route: entity.route ?? undefined,
          frequency: entity.frequency ?? undefined,
        });
        break;
      case 'vital':
        facts.vitals.push(toVitalFact(entity));
        break;
      case 'ecg':
        (facts.ecg ??= []).push({
          id: `${entity.finding}${entity.leads.length > 0 ? ` (${entity.leads.join(', ')})` : ''}`,
          finding: entity.finding,
          leads: [...entity.leads],
          negated: entity.negated,
        });
        break;
      case 'anatomy':
        break;
    }
  }
  for (const concept of extraction.concepts) {
    if (concept.family) {
      (facts.familyHistory ??= []).push({ id: concept.id, name: concept.preferred, icd11: concept.icd11?.code, negated: concept.negated });
      continue;
    }
    if (concept.category === 'symptom') {
      (facts.symptoms ??= []).push({
        id: concept.id,
        name: concept.preferred,
        icd11: concept.icd11?.code,
        negated: concept.negated,
        uncertain: concept.uncertain,
        onset: concept.onset ?? undefined,
        duration: concept.duration?.text,
      });
      continue;
    }
    facts.diagnoses.push({
      id: concept.id,
      name: concept.preferred,
      icd11: concept.icd11?.code,
      icd10: concept.icd10?.code,
      negated: concept.negated,
      uncertain: concept.uncertain,
    });
  }
  return facts;
}

function toVitalFact(entity: Extract<ExtractionResult['entities'][number], { type: 'vital' }>): VitalFact {
  if (entity.vital === 'blood-pressure') return { kind: 'BP', value: `${entity.systolic}/${entity.diastolic}`, unit: entity.unit };
  return { kind: VITAL_KINDS[entity.vital] ?? entity.vital, value: entity.value, unit: entity.unit };
}
