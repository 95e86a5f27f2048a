import type { ClinicalTermEngine, DrugEntity } from '@medlocal/clinical-terms';
import type { DocumentFacts, DrugFact } from './document-facts';
import { medicationSectionOf } from './medication-section.util';
import { normaliseDose } from './normalise-dose.util';

/**
 * Reads one de-identified document: the drugs of its discharge-medication section (the whole text
 * when it has none) and the patient's own coded diagnoses. One fact per drug: the first mention
 * that carries a dose, else the first mention.
 */
export function extractDocumentFacts(params: { text: string; department: string | null; engine: ClinicalTermEngine }): DocumentFacts {
  const { entities, concepts } = params.engine.extract(params.text);
  const section = medicationSectionOf(params.text);
  const byDrug = new Map<string, DrugEntity>();
  for (const entity of entities) {
    if (entity.type !== 'drug' || entity.negated || entity.start < section.start || entity.start >= section.end) continue;
    const seen = byDrug.get(entity.drugId);
    if (!seen || (!seen.dose && entity.dose)) byDrug.set(entity.drugId, entity);
  }
  const drugs: DrugFact[] = [...byDrug.values()].map((entity) => ({
    drugId: entity.drugId,
    atc: entity.atc,
    dose: entity.dose ? normaliseDose(entity.dose) : null,
    frequency: entity.frequency,
    route: entity.route,
  }));
  const diagnoses = new Set<string>();
  const uncoded = new Set<string>();
  for (const concept of concepts) {
    if (concept.negated || concept.family || concept.uncertain) continue;
    if (concept.icd11) diagnoses.add(concept.icd11.code);
    else uncoded.add(concept.id);
  }
  return { drugs, diagnoses: [...diagnoses], uncodedDiagnoses: [...uncoded], department: params.department };
}
