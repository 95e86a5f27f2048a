/**
 * What the synthetic discharge summaries are made of: clinical scenarios with the diagnoses and the
 * discharge regimens that usually go with them. Drug and condition ids are those of the shipped
 * clinical-terms dictionary, so ATC and ICD-11 codes are looked up there (WHO ATC/DDD index, WHO
 * ICD-11 MMS), never typed here. Doses are common adult maintenance doses from the Chinese and
 * international labelling of each drug (e.g. metoprolol succinate 47.5 mg, atorvastatin 20 mg).
 */

export type Frequency = 'qd' | 'bid' | 'tid' | 'qn';

export interface DoseOption {
  readonly value: number;
  readonly unit: 'mg' | 'g' | 'μg' | 'U';
}

export interface DrugOption {
  readonly drugId: string;
  /** Written names: the first is the usual one, later ones salt or brand forms the dictionary knows. */
  readonly zh: readonly string[];
  readonly en: readonly string[];
  readonly doses: readonly DoseOption[];
  readonly frequencies: readonly Frequency[];
  /** Oral drugs may carry "po"/"口服"; injections always say how they are given. */
  readonly route: 'oral' | 'subcutaneous' | 'inhalation';
}

export interface DiagnosisOption {
  readonly conceptId: string;
  readonly zh: string;
  readonly en: string;
}

export interface Scenario {
  readonly department: string;
  readonly diagnoses: readonly DiagnosisOption[];
  /** Each regimen slot picks one drug of its list (or none when `optional`). */
  readonly regimen: readonly { readonly options: readonly DrugOption[]; readonly optional?: boolean }[];
}

const mg = (value: number): DoseOption => ({ value, unit: 'mg' });
const g = (value: number): DoseOption => ({ value, unit: 'g' });
const units = (value: number): DoseOption => ({ value, unit: 'U' });
const mcg = (value: number): DoseOption => ({ value, unit: 'μg' });

export const DRUGS = {
  aspirin: { drugId: 'aspirin', zh: ['阿司匹林', '拜阿司匹林'], en: ['aspirin'], doses: [mg(100)], frequencies: ['qd'], route: 'oral' },
  clopidogrel: { drugId: 'clopidogrel', zh: ['氯吡格雷', '硫酸氢氯吡格雷'], en: ['clopidogrel'], doses: [mg(75)], frequencies: ['qd'], route: 'oral' },
  atorvastatin: {
    drugId: 'atorvastatin',
    zh: ['阿托伐他汀钙', '阿托伐他汀'],
    en: ['atorvastatin'],
    doses: [mg(10), mg(20), mg(40)],
    frequencies: ['qn'],
    route: 'oral',
  },
  rosuvastatin: {
    drugId: 'rosuvastatin',
    zh: ['瑞舒伐他汀钙', '瑞舒伐他汀'],
    en: ['rosuvastatin'],
    doses: [mg(5), mg(10), mg(20)],
    frequencies: ['qn'],
    route: 'oral',
  },
  metoprolol: {
    drugId: 'metoprolol',
    zh: ['琥珀酸美托洛尔', '美托洛尔'],
    en: ['metoprolol'],
    doses: [mg(23.75), mg(47.5), mg(95)],
    frequencies: ['qd'],
    route: 'oral',
  },
  bisoprolol: { drugId: 'bisoprolol', zh: ['比索洛尔', '富马酸比索洛尔'], en: ['bisoprolol'], doses: [mg(2.5), mg(5)], frequencies: ['qd'], route: 'oral' },
  amlodipine: {
    drugId: 'amlodipine',
    zh: ['苯磺酸氨氯地平', '氨氯地平'],
    en: ['amlodipine'],
    doses: [mg(2.5), mg(5), mg(10)],
    frequencies: ['qd'],
    route: 'oral',
  },
  valsartan: { drugId: 'valsartan', zh: ['缬沙坦'], en: ['valsartan'], doses: [mg(80), mg(160)], frequencies: ['qd'], route: 'oral' },
  irbesartan: { drugId: 'irbesartan', zh: ['厄贝沙坦'], en: ['irbesartan'], doses: [mg(150), mg(300)], frequencies: ['qd'], route: 'oral' },
  hydrochlorothiazide: {
    drugId: 'hydrochlorothiazide',
    zh: ['氢氯噻嗪'],
    en: ['hydrochlorothiazide'],
    doses: [mg(12.5), mg(25)],
    frequencies: ['qd'],
    route: 'oral',
  },
  metformin: { drugId: 'metformin', zh: ['盐酸二甲双胍', '二甲双胍'], en: ['metformin'], doses: [g(0.5), mg(850)], frequencies: ['bid', 'tid'], route: 'oral' },
  acarbose: { drugId: 'acarbose', zh: ['阿卡波糖'], en: ['acarbose'], doses: [mg(50), mg(100)], frequencies: ['tid'], route: 'oral' },
  gliclazide: { drugId: 'gliclazide', zh: ['格列齐特'], en: ['gliclazide'], doses: [mg(30), mg(60)], frequencies: ['qd'], route: 'oral' },
  dapagliflozin: { drugId: 'dapagliflozin', zh: ['达格列净'], en: ['dapagliflozin'], doses: [mg(10)], frequencies: ['qd'], route: 'oral' },
  insulinGlargine: {
    drugId: 'insulin-glargine',
    zh: ['甘精胰岛素'],
    en: ['insulin glargine'],
    doses: [units(10), units(12), units(16)],
    frequencies: ['qn'],
    route: 'subcutaneous',
  },
  rivaroxaban: { drugId: 'rivaroxaban', zh: ['利伐沙班'], en: ['rivaroxaban'], doses: [mg(15), mg(20)], frequencies: ['qd'], route: 'oral' },
  warfarin: { drugId: 'warfarin', zh: ['华法林钠', '华法林'], en: ['warfarin'], doses: [mg(2.5), mg(3)], frequencies: ['qn'], route: 'oral' },
  amiodarone: { drugId: 'amiodarone', zh: ['胺碘酮'], en: ['amiodarone'], doses: [mg(200)], frequencies: ['qd'], route: 'oral' },
  digoxin: { drugId: 'digoxin', zh: ['地高辛'], en: ['digoxin'], doses: [mg(0.125), mg(0.25)], frequencies: ['qd'], route: 'oral' },
  furosemide: { drugId: 'furosemide', zh: ['呋塞米'], en: ['furosemide'], doses: [mg(20), mg(40)], frequencies: ['qd'], route: 'oral' },
  spironolactone: { drugId: 'spironolactone', zh: ['螺内酯'], en: ['spironolactone'], doses: [mg(20), mg(25)], frequencies: ['qd'], route: 'oral' },
  isosorbideMononitrate: {
    drugId: 'isosorbide-mononitrate',
    zh: ['单硝酸异山梨酯'],
    en: ['isosorbide mononitrate'],
    doses: [mg(40), mg(60)],
    frequencies: ['qd'],
    route: 'oral',
  },
  pantoprazole: { drugId: 'pantoprazole', zh: ['泮托拉唑', '泮托拉唑钠'], en: ['pantoprazole'], doses: [mg(40)], frequencies: ['qd'], route: 'oral' },
  omeprazole: { drugId: 'omeprazole', zh: ['奥美拉唑'], en: ['omeprazole'], doses: [mg(20)], frequencies: ['qd', 'bid'], route: 'oral' },
  tiotropium: { drugId: 'tiotropium', zh: ['噻托溴铵'], en: ['tiotropium'], doses: [mcg(18)], frequencies: ['qd'], route: 'inhalation' },
  montelukast: { drugId: 'montelukast', zh: ['孟鲁司特钠', '孟鲁司特'], en: ['montelukast'], doses: [mg(10)], frequencies: ['qn'], route: 'oral' },
  levothyroxine: {
    drugId: 'levothyroxine',
    zh: ['左甲状腺素钠', '左甲状腺素'],
    en: ['levothyroxine'],
    doses: [mcg(50), mcg(100)],
    frequencies: ['qd'],
    route: 'oral',
  },
  febuxostat: { drugId: 'febuxostat', zh: ['非布司他'], en: ['febuxostat'], doses: [mg(20), mg(40)], frequencies: ['qd'], route: 'oral' },
  allopurinol: { drugId: 'allopurinol', zh: ['别嘌醇'], en: ['allopurinol'], doses: [mg(100), mg(300)], frequencies: ['qd'], route: 'oral' },
} as const satisfies Record<string, DrugOption>;

const DX = {
  hypertension: { conceptId: 'essential-hypertension', zh: '原发性高血压', en: 'essential hypertension' },
  diabetes2: { conceptId: 'type-2-diabetes-mellitus', zh: '2型糖尿病', en: 'type 2 diabetes mellitus' },
  coronary: { conceptId: 'coronary-atherosclerosis', zh: '冠状动脉粥样硬化性心脏病', en: 'coronary atherosclerosis' },
  atrialFibrillation: { conceptId: 'atrial-fibrillation', zh: '心房颤动', en: 'atrial fibrillation' },
  heartFailure: { conceptId: 'heart-failure', zh: '心力衰竭', en: 'heart failure' },
  stroke: { conceptId: 'cerebral-ischaemic-stroke', zh: '缺血性脑卒中', en: 'cerebral ischaemic stroke' },
  gord: { conceptId: 'gastro-oesophageal-reflux-disease', zh: '胃食管反流病', en: 'gastro-oesophageal reflux disease' },
  copd: { conceptId: 'chronic-obstructive-pulmonary-disease', zh: '慢性阻塞性肺疾病', en: 'chronic obstructive pulmonary disease' },
  hypothyroidism: { conceptId: 'hypothyroidism', zh: '甲状腺功能减退症', en: 'hypothyroidism' },
  gout: { conceptId: 'gout', zh: '痛风', en: 'gout' },
  ckd: { conceptId: 'chronic-kidney-disease', zh: '慢性肾脏病', en: 'chronic kidney disease' },
} as const satisfies Record<string, DiagnosisOption>;

/** Conditions a summary may deny ("否认…病史", "denies …"): never counted as the patient's diagnoses. */
export const DENIABLE_DIAGNOSES: readonly DiagnosisOption[] = [DX.diabetes2, DX.coronary, DX.atrialFibrillation, DX.stroke, DX.gout];
/** Conditions a summary may name in the family history: never counted either. */
export const FAMILY_HISTORY_DIAGNOSES: readonly DiagnosisOption[] = [DX.hypertension, DX.diabetes2, DX.coronary];
/** Comorbidities any scenario may add. */
export const COMORBIDITIES: readonly { readonly diagnosis: DiagnosisOption; readonly drugs: readonly DrugOption[] }[] = [
  { diagnosis: DX.hypothyroidism, drugs: [DRUGS.levothyroxine] },
  { diagnosis: DX.gout, drugs: [DRUGS.febuxostat, DRUGS.allopurinol] },
  { diagnosis: DX.gord, drugs: [DRUGS.pantoprazole, DRUGS.omeprazole] },
  { diagnosis: DX.ckd, drugs: [] },
];

export const SCENARIOS: readonly Scenario[] = [
  {
    department: 'cardiology',
    diagnoses: [DX.coronary, DX.hypertension],
    regimen: [
      { options: [DRUGS.aspirin] },
      { options: [DRUGS.clopidogrel], optional: true },
      { options: [DRUGS.atorvastatin, DRUGS.rosuvastatin] },
      { options: [DRUGS.metoprolol, DRUGS.bisoprolol] },
      { options: [DRUGS.amlodipine, DRUGS.valsartan, DRUGS.irbesartan] },
      { options: [DRUGS.isosorbideMononitrate], optional: true },
    ],
  },
  {
    department: 'cardiology',
    diagnoses: [DX.atrialFibrillation, DX.heartFailure],
    regimen: [
      { options: [DRUGS.rivaroxaban, DRUGS.warfarin] },
      { options: [DRUGS.metoprolol, DRUGS.bisoprolol] },
      { options: [DRUGS.furosemide] },
      { options: [DRUGS.spironolactone] },
      { options: [DRUGS.digoxin, DRUGS.amiodarone], optional: true },
    ],
  },
  {
    department: 'endocrinology',
    diagnoses: [DX.diabetes2],
    regimen: [
      { options: [DRUGS.metformin] },
      { options: [DRUGS.acarbose, DRUGS.gliclazide, DRUGS.dapagliflozin], optional: true },
      { options: [DRUGS.insulinGlargine], optional: true },
      { options: [DRUGS.atorvastatin, DRUGS.rosuvastatin], optional: true },
    ],
  },
  {
    department: 'endocrinology',
    diagnoses: [DX.diabetes2, DX.hypertension],
    regimen: [
      { options: [DRUGS.metformin] },
      { options: [DRUGS.dapagliflozin, DRUGS.gliclazide], optional: true },
      { options: [DRUGS.valsartan, DRUGS.irbesartan] },
      { options: [DRUGS.hydrochlorothiazide, DRUGS.amlodipine], optional: true },
    ],
  },
  {
    department: 'neurology',
    diagnoses: [DX.stroke, DX.hypertension],
    regimen: [
      { options: [DRUGS.aspirin, DRUGS.clopidogrel] },
      { options: [DRUGS.atorvastatin, DRUGS.rosuvastatin] },
      { options: [DRUGS.amlodipine, DRUGS.irbesartan], optional: true },
    ],
  },
  {
    department: 'respiratory',
    diagnoses: [DX.copd],
    regimen: [{ options: [DRUGS.tiotropium] }, { options: [DRUGS.montelukast], optional: true }],
  },
  {
    department: 'gastroenterology',
    diagnoses: [DX.gord],
    regimen: [{ options: [DRUGS.pantoprazole, DRUGS.omeprazole] }],
  },
];
