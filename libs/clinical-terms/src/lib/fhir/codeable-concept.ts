import type { ConceptMention } from '../extract/extraction.types';

export const FHIR_SYSTEM = {
  icd11Mms: 'http://id.who.int/icd/release/11/mms',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  snomedCt: 'http://snomed.info/sct',
} as const;

/** FHIR R4 Coding (the fields MedLocal fills). */
export interface FhirCoding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

/** FHIR R4 CodeableConcept. */
export interface FhirCodeableConcept {
  readonly coding: readonly FhirCoding[];
  readonly text: string;
}

type Codes = Pick<ConceptMention, 'icd11' | 'icd10' | 'snomed' | 'preferred'>;

/** Codings for every code the concept has; `text` is the preferred name in the given language. */
export function toCodeableConcept(concept: Codes, language: 'zh' | 'en' = 'zh'): FhirCodeableConcept {
  const coding: FhirCoding[] = [];
  const withDisplay = (system: string, code: string, display: string | null): FhirCoding => (display === null ? { system, code } : { system, code, display });
  if (concept.icd11 !== null) coding.push(withDisplay(FHIR_SYSTEM.icd11Mms, concept.icd11.code, concept.icd11.title));
  if (concept.icd10 !== null) coding.push(withDisplay(FHIR_SYSTEM.icd10, concept.icd10.code, concept.icd10.title));
  if (concept.snomed !== null) coding.push(withDisplay(FHIR_SYSTEM.snomedCt, concept.snomed.id, concept.snomed.term));
  return { coding, text: concept.preferred[language] };
}
