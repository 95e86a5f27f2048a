import type { DiagnosisFact, DrugFact, LabFact } from '../profile/turn-facts.model';

// The seed conversation's facts as clinical-terms hands them over. Codes: ICD-11 MMS BA41.0 "Acute ST
// elevation myocardial infarction"; WHO ICD-10 I21.0 "Acute transmural myocardial infarction of anterior wall".
// Creatinine 132 µmol/L is above the adult male upper limit of WS/T 404.5-2015 (≤111 µmol/L at 60-79 y).

export const SEED_STEMI: DiagnosisFact = {
  id: 'stemi-anterior',
  name: { zh: '急性前壁ST段抬高型心肌梗死', en: 'acute anterior ST-elevation myocardial infarction' },
  icd11: 'BA41.0',
  icd10: 'I21.0',
  negated: false,
  uncertain: false,
};

export const SEED_CREATININE: LabFact = { id: 'creatinine', name: '肌酐', value: 132, unit: 'μmol/L', flag: 'high' };

export const SEED_RIVAROXABAN: DrugFact = { id: 'rivaroxaban', name: '利伐沙班', dose: 15, unit: 'mg', frequency: 'qd' };
