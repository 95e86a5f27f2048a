// MedLocal: synthetic discharge summaries (Chinese and English) with a known ground truth, for
// research-batch tests and benchmarks. Deterministic from a seed. The command line is
// tools/batches/generate-discharge-summaries.ts.
import {
  COMORBIDITIES,
  DENIABLE_DIAGNOSES,
  FAMILY_HISTORY_DIAGNOSES,
  SCENARIOS,
  type DiagnosisOption,
  type DoseOption,
  type DrugOption,
  type Frequency,
} from './discharge-summary-catalogue';

export interface TruthDrug {
  readonly drugId: string;
  readonly atc: string | null;
  readonly dose: DoseOption;
  readonly frequency: Frequency;
  /** null when the summary does not say (oral drugs written without "po"/"口服"). */
  readonly route: 'oral' | 'subcutaneous' | 'inhalation' | null;
}

export interface TruthDiagnosis {
  readonly conceptId: string;
  readonly icd11: string;
}

export interface GeneratedSummary {
  readonly index: number;
  readonly language: 'zh' | 'en';
  readonly department: string;
  readonly text: string;
  /** What a correct reading finds: discharge drugs (not in-hospital ones), the patient's own diagnoses (not denied, not family). */
  readonly truth: { readonly drugs: readonly TruthDrug[]; readonly diagnoses: readonly TruthDiagnosis[] };
}

/** Where the codes come from: the clinical-terms dictionary (`shippedDictionary()`), passed in by the caller. */
export interface CodeSource {
  readonly drugs: readonly { readonly id: string; readonly atc: string | null }[];
  readonly conditions: readonly { readonly id: string; readonly icd11: string | null }[];
}

export interface GenerateOptions {
  readonly count: number;
  readonly dictionary: CodeSource;
  readonly seed?: number;
  /** Pads each summary with hospital-course sentences up to about this many UTF-8 bytes. */
  readonly targetBytes?: number;
  /** Share of English summaries (0..1); default 0.4. */
  readonly englishShare?: number;
}

/** Deterministic PRNG (mulberry32). */
function randomSource(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴'];
const GIVEN = ['建国', '秀英', '志强', '丽华', '伟', '芳', '军', '敏', '海燕', '德明'];
const EN_FIRST = ['John', 'Mary', 'David', 'Susan', 'Peter', 'Linda', 'James', 'Helen'];
const EN_LAST = ['Smith', 'Brown', 'Wilson', 'Taylor', 'Clarke', 'Walker', 'Wright', 'Green'];

const ZH_FREQUENCY: Record<Frequency, string> = { qd: 'qd', bid: 'bid', tid: 'tid', qn: 'qn' };
const EN_FREQUENCY: Record<Frequency, readonly string[]> = {
  qd: ['daily', 'once daily', 'qd'],
  bid: ['twice daily', 'bid'],
  tid: ['three times daily', 'tid'],
  qn: ['at night', 'qn'],
};
const ZH_FILLER = [
  '患者一般情况可，饮食睡眠可，二便正常。',
  '住院期间监测生命体征平稳，体温36.5℃，心率72次/分，血压128/76mmHg。',
  '复查血常规、肝肾功能、电解质未见明显异常。',
  '经治疗后患者症状明显好转，无胸闷、气促，活动耐量较前改善。',
  '予低盐低脂饮食指导及康复宣教，患者及家属表示理解。',
];
const EN_FILLER = [
  'The patient remained haemodynamically stable throughout the admission. ',
  'Vital signs on discharge: temperature 36.6 C, heart rate 70 bpm, blood pressure 126/78 mmHg. ',
  'Full blood count, renal function and electrolytes were within normal limits on repeat testing. ',
  'Symptoms improved steadily with treatment and exercise tolerance returned to baseline. ',
  'Dietary advice and a rehabilitation plan were discussed with the patient and family. ',
];

/**
 * Generates `count` discharge summaries and the facts a correct reader finds in each. Codes come
 * from the shipped dictionary (ATC from the WHO ATC index, ICD-11 from WHO ICD-11 MMS).
 */
export function generateDischargeSummaries(options: GenerateOptions): GeneratedSummary[] {
  const next = randomSource(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const { dictionary } = options;
  const atcOf = new Map(dictionary.drugs.map((drug) => [drug.id, drug.atc]));
  const icd11Of = new Map(dictionary.conditions.map((condition) => [condition.id, condition.icd11]));
  const codeOf = (diagnosis: DiagnosisOption): string => {
    const code = icd11Of.get(diagnosis.conceptId);
    if (!code) throw new Error(`Condition ${diagnosis.conceptId} has no ICD-11 code in the shipped dictionary`);
    return code;
  };
  const summaries: GeneratedSummary[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const language = next() < (options.englishShare ?? 0.4) ? 'en' : 'zh';
    const scenario = pick(SCENARIOS);
    const diagnoses: DiagnosisOption[] = [...scenario.diagnoses];
    const drugs: DrugOption[] = [];
    for (const slot of scenario.regimen) {
      if (slot.optional && next() < 0.5) continue;
      const drug = pick(slot.options);
      if (!drugs.includes(drug)) drugs.push(drug);
    }
    if (next() < 0.35) {
      const comorbidity = pick(COMORBIDITIES);
      if (!diagnoses.includes(comorbidity.diagnosis)) {
        diagnoses.push(comorbidity.diagnosis);
        const drug = comorbidity.drugs.length > 0 ? pick(comorbidity.drugs) : undefined;
        if (drug && !drugs.includes(drug)) drugs.push(drug);
      }
    }
    const denied = DENIABLE_DIAGNOSES.filter((item) => !diagnoses.includes(item));
    const deniedDiagnosis = next() < 0.5 && denied.length > 0 ? pick(denied) : undefined;
    const familyDiagnosis = next() < 0.4 ? pick(FAMILY_HISTORY_DIAGNOSES.filter((item) => item !== deniedDiagnosis)) : undefined;
    const prescriptions = drugs.map((drug) => ({
      drug,
      name: pick(language === 'zh' ? drug.zh : drug.en),
      dose: pick(drug.doses),
      frequency: pick(drug.frequencies),
      routeWritten: drug.route !== 'oral' || next() < 0.5,
    }));
    const patient = {
      name: language === 'zh' ? `${pick(SURNAMES)}${pick(GIVEN)}` : `${pick(EN_FIRST)} ${pick(EN_LAST)}`,
      age: 45 + Math.floor(next() * 40),
      recordNumber: String(20_240_000 + Math.floor(next() * 900_000)),
      day: 1 + Math.floor(next() * 20),
      month: 1 + Math.floor(next() * 12),
    };
    const parts = {
      inHospitalTreatment: next() < 0.3,
      diagnoses,
      deniedDiagnosis,
      familyDiagnosis,
      prescriptions,
      patient,
      filler: (bytes: number) => padding(language === 'zh' ? ZH_FILLER : EN_FILLER, bytes, next),
    };
    const text = language === 'zh' ? chineseSummary(parts, options.targetBytes) : englishSummary(parts, options.targetBytes);
    summaries.push({
      index,
      language,
      department: scenario.department,
      text,
      truth: {
        drugs: prescriptions.map((item) => ({
          drugId: item.drug.drugId,
          atc: atcOf.get(item.drug.drugId) ?? null,
          dose: item.dose,
          frequency: item.frequency,
          route: item.routeWritten ? item.drug.route : null,
        })),
        diagnoses: diagnoses.map((diagnosis) => ({ conceptId: diagnosis.conceptId, icd11: codeOf(diagnosis) })),
      },
    });
  }
  return summaries;
}

interface SummaryParts {
  /** Names a drug given in hospital only: a reader must not count it as a discharge medication. */
  readonly inHospitalTreatment: boolean;
  readonly diagnoses: readonly DiagnosisOption[];
  readonly deniedDiagnosis?: DiagnosisOption;
  readonly familyDiagnosis?: DiagnosisOption;
  readonly prescriptions: readonly { drug: DrugOption; name: string; dose: DoseOption; frequency: Frequency; routeWritten: boolean }[];
  readonly patient: { name: string; age: number; recordNumber: string; day: number; month: number };
  readonly filler: (bytes: number) => string;
}

function padding(sentences: readonly string[], bytes: number, next: () => number): string {
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += sentences[Math.floor(next() * sentences.length)];
  return text;
}

function chineseSummary(parts: SummaryParts, targetBytes = 0): string {
  const { patient } = parts;
  const date = `2024年${patient.month}月${patient.day}日`;
  const dose = (item: SummaryParts['prescriptions'][number]) => `${formatNumber(item.dose.value)}${item.dose.unit}`;
  const route = (item: SummaryParts['prescriptions'][number]) =>
    !item.routeWritten ? '' : item.drug.route === 'oral' ? ' 口服' : item.drug.route === 'inhalation' ? ' 吸入' : ' 皮下注射';
  const head = [
    '出院记录',
    `姓名：${patient.name}  性别：男  年龄：${patient.age}岁  住院号：${patient.recordNumber}`,
    `入院日期：${date}`,
    `入院诊断：${parts.diagnoses.map((item, i) => `${i + 1}. ${item.zh}`).join(' ')}`,
    `既往史：${parts.deniedDiagnosis ? `否认${parts.deniedDiagnosis.zh}病史。` : '体健。'}`,
    `家族史：${parts.familyDiagnosis ? `父亲患${parts.familyDiagnosis.zh}。` : '无特殊。'}`,
    `住院经过：入院后完善相关检查，${parts.inHospitalTreatment ? '予头孢曲松2g ivgtt qd抗感染及' : '予'}对症支持治疗。`,
  ].join('\n');
  const tail = [
    `出院诊断：${parts.diagnoses.map((item) => item.zh).join('，')}`,
    '出院带药：',
    ...parts.prescriptions.map((item, i) => `${i + 1}. ${item.name} ${dose(item)} ${ZH_FREQUENCY[item.frequency]}${route(item)}`),
    '出院医嘱：低盐低脂饮食，规律服药，2周后门诊随访。',
    `医师：${patient.name.slice(0, 1)}医生`,
  ].join('\n');
  const room = targetBytes - Buffer.byteLength(head) - Buffer.byteLength(tail);
  return `${head}${room > 0 ? parts.filler(room) : ''}\n${tail}`;
}

function englishSummary(parts: SummaryParts, targetBytes = 0): string {
  const { patient } = parts;
  const route = (item: SummaryParts['prescriptions'][number]) =>
    !item.routeWritten ? '' : item.drug.route === 'oral' ? ' po' : item.drug.route === 'inhalation' ? ' inhaled' : ' subcutaneously';
  const unit = (value: DoseOption['unit']) => (value === 'μg' ? 'mcg' : value);
  const head = [
    'DISCHARGE SUMMARY',
    `Patient: ${patient.name}   Age: ${patient.age}   Hospital number: ${patient.recordNumber}`,
    `Admitted: ${patient.day}/${patient.month}/2024`,
    `Admission diagnoses: ${parts.diagnoses.map((item, i) => `${i + 1}. ${item.en}`).join('; ')}`,
    `Past history: ${parts.deniedDiagnosis ? `denies ${parts.deniedDiagnosis.en}.` : 'unremarkable.'}`,
    `Family history: ${parts.familyDiagnosis ? `father had ${parts.familyDiagnosis.en}.` : 'nil of note.'}`,
    `Hospital course: investigations were completed and ${parts.inHospitalTreatment ? 'intravenous ceftriaxone 2 g daily and ' : ''}supportive treatment given. `,
  ].join('\n');
  const tail = [
    `Discharge diagnoses: ${parts.diagnoses.map((item) => item.en).join('; ')}`,
    `Discharge medications: ${parts.prescriptions
      .map((item) => `${item.name} ${formatNumber(item.dose.value)} ${unit(item.dose.unit)} ${pickFrequency(item)}${route(item)}`)
      .join('; ')}`,
    'Follow-up: outpatient clinic in two weeks; low-salt diet.',
  ].join('\n');
  const room = targetBytes - Buffer.byteLength(head) - Buffer.byteLength(tail);
  return `${head}${room > 0 ? parts.filler(room) : ''}\n${tail}`;
}

/** The written frequency is chosen by the dose so the text varies but stays deterministic. */
function pickFrequency(item: { dose: DoseOption; frequency: Frequency }): string {
  const forms = EN_FREQUENCY[item.frequency];
  return forms[Math.round(item.dose.value * 1000) % forms.length];
}

function formatNumber(value: number): string {
  return String(value);
}

/** CSV with a header `id,department,text` (RFC 4180 quoting). */
export function toCsv(summaries: readonly GeneratedSummary[]): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return ['id,department,text', ...summaries.map((item) => [String(item.index), quote(item.department), quote(item.text)].join(','))].join('\r\n') + '\r\n';
}

/** One JSON object a line: `{"id", "department", "text"}`. */
export function toJsonl(summaries: readonly GeneratedSummary[]): string {
  return summaries.map((item) => JSON.stringify({ id: item.index, department: item.department, text: item.text })).join('\n') + '\n';
}
