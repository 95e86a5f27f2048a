import { buildDictionary } from '../dictionary/build-dictionary';
import type { ClinicalDictionary } from '../dictionary/dictionary.types';

/**
 * A small dictionary for unit tests, independent of the shipped data. Codes are real:
 * ICD-11 from the WHO MMS 2024-01 tabulation, SNOMED CT concept ids, LOINC, ATC (WHOCC),
 * reference ranges from the sources named in each row.
 */
export function fixtureDictionary(): ClinicalDictionary {
  return buildDictionary({
    conditionFiles: [
      {
        department: 'cardiology',
        concepts: [
          { id: 'acute-myocardial-infarction', zh: '急性心肌梗死', en: 'Acute myocardial infarction', zhSynonyms: ['心肌梗死', '心梗', '急性心梗'], enSynonyms: ['myocardial infarction', 'heart attack'], abbreviations: ['AMI', 'MI'], icd11: 'BA41', icd10: 'I21.9', snomed: '57054005' },
          { id: 'atrial-fibrillation', zh: '心房颤动', en: 'Atrial fibrillation', zhSynonyms: ['房颤'], enSynonyms: ['atrial fibrillation'], abbreviations: ['AF'], icd11: 'BC81.3', icd10: 'I48', snomed: '49436004' },
          { id: 'essential-hypertension', zh: '原发性高血压', en: 'Essential hypertension', zhSynonyms: ['高血压', '高血压病'], enSynonyms: ['hypertension', 'high blood pressure'], abbreviations: ['HTN'], icd11: 'BA00', icd10: 'I10', snomed: '59621000' },
          { id: 'pulmonary-embolism', zh: '肺栓塞', en: 'Pulmonary embolism', zhSynonyms: ['肺动脉栓塞'], enSynonyms: ['pulmonary thromboembolism'], abbreviations: ['PE'], icd11: 'BB00', icd10: 'I26.9', snomed: '59282003' },
          { id: 'chest-pain', zh: '胸痛', en: 'Chest pain', zhSynonyms: [], enSynonyms: [], abbreviations: [], icd11: null, icd10: 'R07.4', snomed: '29857009' },
        ],
      },
      {
        department: 'endocrinology',
        concepts: [
          { id: 'type-2-diabetes', zh: '2型糖尿病', en: 'Type 2 diabetes mellitus', zhSynonyms: ['糖尿病', '二型糖尿病'], enSynonyms: ['type 2 diabetes', 'diabetes'], abbreviations: ['T2DM', 'DM'], icd11: '5A11', icd10: 'E11', snomed: '44054006' },
        ],
      },
      {
        department: 'nephrology',
        concepts: [
          { id: 'chronic-kidney-disease', zh: '慢性肾脏病', en: 'Chronic kidney disease', zhSynonyms: ['慢性肾病'], enSynonyms: [], abbreviations: ['CKD'], icd11: 'GB61', icd10: 'N18', snomed: '709044004' },
          { id: 'fever', zh: '发热', en: 'Fever', zhSynonyms: ['发烧'], enSynonyms: ['pyrexia'], abbreviations: [], icd11: null, icd10: 'R50.9', snomed: '386661006' },
          { id: 'cough', zh: '咳嗽', en: 'Cough', zhSynonyms: [], enSynonyms: [], abbreviations: [], icd11: null, icd10: 'R05', snomed: '49727002' },
        ],
      },
    ],
    drugs: {
      drugs: [
        { id: 'apixaban', zh: '阿哌沙班', en: 'apixaban', zhSynonyms: [], enSynonyms: ['Eliquis'], atc: 'B01AF02', class: 'anticoagulant' },
        { id: 'rivaroxaban', zh: '利伐沙班', en: 'rivaroxaban', zhSynonyms: [], enSynonyms: ['Xarelto'], atc: 'B01AF01' },
        { id: 'metformin', zh: '二甲双胍', en: 'metformin', zhSynonyms: ['盐酸二甲双胍'], enSynonyms: [], atc: 'A10BA02' },
        { id: 'ceftriaxone', zh: '头孢曲松', en: 'ceftriaxone', zhSynonyms: [], enSynonyms: [], atc: 'J01DD04' },
        { id: 'insulin-glargine', zh: '甘精胰岛素', en: 'insulin glargine', zhSynonyms: [], enSynonyms: [], atc: 'A10AE04' },
      ],
    },
    labTests: {
      labTests: [
        { id: 'creatinine', zh: '肌酐', en: 'Creatinine', zhSynonyms: ['血肌酐'], enSynonyms: ['serum creatinine'], abbreviations: ['Cr', 'Scr', 'SCr'], loinc: '2160-0', canonicalUnit: 'μmol/L', units: [{ unit: 'μmol/L', factor: 1 }, { unit: 'mg/dL', factor: 88.4 }], referenceRanges: [{ sex: 'male', low: 59, high: 104, unit: 'μmol/L', source: 'Tietz Clinical Guide to Laboratory Tests' }, { sex: 'female', low: 45, high: 84, unit: 'μmol/L', source: 'Tietz Clinical Guide to Laboratory Tests' }] },
        { id: 'egfr', zh: '估算肾小球滤过率', en: 'Estimated glomerular filtration rate', zhSynonyms: ['肾小球滤过率'], enSynonyms: [], abbreviations: ['eGFR'], loinc: '98979-8', canonicalUnit: 'mL/min/1.73m²', units: [{ unit: 'mL/min/1.73m²', factor: 1 }], referenceRanges: [{ sex: 'any', low: 90, high: null, unit: 'mL/min/1.73m²', source: 'KDIGO 2012' }] },
        { id: 'hba1c', zh: '糖化血红蛋白', en: 'Hemoglobin A1c', zhSynonyms: [], enSynonyms: ['glycated haemoglobin'], abbreviations: ['HbA1c'], loinc: '4548-4', canonicalUnit: '%', units: [{ unit: '%', factor: 1 }], referenceRanges: [{ sex: 'any', low: 4, high: 5.6, unit: '%', source: 'ADA Standards of Care 2024' }] },
        { id: 'wbc', zh: '白细胞计数', en: 'White blood cell count', zhSynonyms: ['白细胞'], enSynonyms: [], abbreviations: ['WBC'], loinc: '6690-2', canonicalUnit: '×10⁹/L', units: [{ unit: '×10⁹/L', factor: 1 }, { unit: '/μL', factor: 0.001 }], referenceRanges: [{ sex: 'any', low: 3.5, high: 9.5, unit: '×10⁹/L', source: 'WS/T 405-2012' }] },
        { id: 'troponin-i', zh: '肌钙蛋白I', en: 'Troponin I', zhSynonyms: ['心肌肌钙蛋白I'], enSynonyms: ['cardiac troponin I'], abbreviations: ['cTnI', 'TnI'], loinc: '10839-9', canonicalUnit: 'ng/mL', units: [{ unit: 'ng/mL', factor: 1 }, { unit: 'ng/L', factor: 0.001 }], referenceRanges: [] },
        { id: 'potassium', zh: '血钾', en: 'Potassium', zhSynonyms: ['钾'], enSynonyms: ['serum potassium'], abbreviations: ['K'], loinc: '2823-3', canonicalUnit: 'mmol/L', units: [{ unit: 'mmol/L', factor: 1 }, { unit: 'mEq/L', factor: 1 }], referenceRanges: [{ sex: 'any', low: 3.5, high: 5.3, unit: 'mmol/L', source: 'WS/T 404.3-2012' }] },
      ],
    },
    anatomy: {
      anatomy: [
        { id: 'heart', zh: '心脏', en: 'Heart', zhSynonyms: [], enSynonyms: [], snomed: '80891009' },
        { id: 'left-ventricle', zh: '左心室', en: 'Left ventricle', zhSynonyms: ['左室'], enSynonyms: ['LV'], snomed: '87878005' },
      ],
    },
    icd11Titles: { release: '2024-01', source: 'test', titles: { BA41: 'Acute myocardial infarction', '5A11': 'Type 2 diabetes mellitus' } },
  });
}
