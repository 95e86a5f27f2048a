// Dictionary
export type {
  AnatomyConcept,
  ClinicalDictionary,
  ConceptKind,
  ConditionConcept,
  DictionaryConcept,
  DrugConcept,
  Icd11TitleTable,
  LabTestConcept,
  LabUnit,
  ReferenceRange,
  ReferenceSex,
} from './lib/dictionary/dictionary.types';
export { buildDictionary, type DictionarySources } from './lib/dictionary/build-dictionary';
export { DictionaryError, DictionaryErrorCode } from './lib/dictionary/dictionary.error';
export { shippedDictionary, shippedTermEngine } from './lib/dictionary/shipped-dictionary';

// Extraction and search
export { ClinicalTermEngine } from './lib/extract/clinical-term-engine';
export type { ConceptMention, ExtractionResult } from './lib/extract/extraction.types';
export type { ConceptSearchResult } from './lib/search/concept-search-index';
export type {
  AgeEntity,
  AnatomyEntity,
  AppliedReferenceRange,
  BloodPressureEntity,
  ClinicalEntity,
  DrugEntity,
  DrugRoute,
  EcgEntity,
  EcgFinding,
  EntityType,
  LabEntity,
  LabFlag,
  ScalarVitalEntity,
  ScalarVitalKind,
  Sex,
  SexEntity,
  VitalEntity,
} from './lib/entities/entity.types';
export { normaliseText, normaliseTerm, type NormalisedText } from './lib/normalise/normalise-text';
export { isEcmaScriptWhiteSpace } from './lib/normalise/ecmascript-white-space';
export { pinyinInitials } from './lib/search/pinyin-initials';

// Calculators
export {
  bodyMassIndex,
  creatinineClearanceCockcroftGault,
  creatinineUmolToMgDl,
  egfrCkdEpi2021,
  kdigoAlbuminuriaCategory,
  kdigoGfrCategory,
  type BmiInputs,
  type CalculatorSex,
  type CreatinineClearanceInputs,
  type EgfrInputs,
  type KdigoAlbuminuriaCategory,
  type KdigoGfrCategory,
} from './lib/calculators/renal.calculators';
export { convertConcentration, siUnitOf, type Analyte } from './lib/calculators/unit-conversion';
export { CalculatorError, CalculatorErrorCode, type Calculation } from './lib/calculators/calculation.types';

// Codes and FHIR
export {
  isAtcCode,
  isChinaClinicalIcd10Code,
  isIcd10Code,
  isIcd11StemCode,
  isLoincCode,
  isSnomedConceptId,
  toWhoIcd10Parent,
  verhoeffValid,
} from './lib/codes/code-validators';
export { FHIR_SYSTEM, toCodeableConcept, type FhirCodeableConcept, type FhirCoding } from './lib/fhir/codeable-concept';

// Importers
export {
  combineOverlays,
  mergeOverlay,
  type ImportOutcome,
  type OverlayCollision,
  type RejectedRow,
  type TerminologyOverlay,
} from './lib/importers/terminology-overlay';
export { importIcd11Tabulation } from './lib/importers/icd11-tabulation.importer';
export { importIcd10ToIcd11Map } from './lib/importers/icd10-to-icd11-map.importer';
export { importSnomedRf2, type SnomedRf2Files } from './lib/importers/snomed-rf2.importer';
export { assertNotSpreadsheet, importHospitalIcd10Table } from './lib/importers/hospital-icd10-table.importer';
export { TerminologyImportError, TerminologyImportErrorCode } from './lib/importers/import.error';
export * from './lib/entities/decision-limits';
