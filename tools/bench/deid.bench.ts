/**
 * MedLocal de-identification throughput: how many MB/s of clinical text one core can redact.
 * Run: node tools/run-ts.mjs tools/bench/deid.bench.ts
 * Writes bench-results/deid.json for the benchmark report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deidentify } from '@medlocal/audit';

/**
 * Representative note fragments: admission headers, history, orders and sign-offs in Chinese and
 * English, with the identifier density of real records (a few per paragraph) and plenty of clinical
 * text that must survive. All names and numbers are invented.
 */
const NOTE_FRAGMENTS: readonly string[] = [
  '入院记录：姓名：马晓东 性别：男 年龄：91岁 民族：汉族 婚姻：已婚 职业：退休 出生地：河北省保定市 住址：河北省保定市竞秀区朝阳北大街1号院2号楼 联系人：马丽（女儿） 电话：0312-5012345 入院时间：2024年03月05日 09:30 病史陈述者：患者本人及家属。',
  '主诉：反复胸闷3年，加重1周。现病史：患者3年前无明显诱因出现胸闷，多于活动后发作，休息5分钟可缓解。2024年2月28日于外院查冠脉CTA提示LAD狭窄70%，予阿司匹林100 mg qd、阿托伐他汀20 mg qn口服。',
  '既往史：高血压病史10年，最高血压180/100mmHg，规律服用氨氯地平5 mg qd；2型糖尿病5年，二甲双胍0.5 g tid。否认肝炎、结核病史。按KDIGO 2012指南评估CKD分期，eGFR 52 mL/min/1.73m²。',
  '辅助检查：肌酐132μmol/L，尿素氮8.6mmol/L，WBC 6.2×10⁹/L，Hb 128 g/L，PLT 210×10⁹/L，NT-proBNP 3250 pg/mL，肌钙蛋白I 0.82 ng/mL。心电图示V1-V4导联ST段抬高0.3 mV。诊断：急性前壁心肌梗死（ICD-10 I21.0，ICD-11 BA41）。',
  '术者：王海军主任医师，助手：李静，麻醉医生：赵雷。手术日期：2024.3.7。住院号：ZY20240311，床号：12，身份证号310115197203051022，医保卡号：310000198765432。',
  'Patient John Smith, MRN 00482913, DOB 03/02/1931, aged 93, was admitted on March 5, 2024 with chest pain. BP 165/95 mmHg, HR 102 bpm, SpO2 94% on room air. Troponin I 2.4 ng/mL.',
  'Assessment: NSTEMI in a patient with type 2 diabetes and CKD stage 3b. Per the 2023 ESC ACS guideline, started aspirin 81 mg daily, ticagrelor 90 mg bid and heparin infusion. Metformin held.',
  'Plan discussed with his daughter Anna Lee (phone 415-555-2671, anna.lee@gmail.com), who lives at 42 Maple Drive, Apt 3B, Springfield, IL 62704. Electronically signed by Michael Brown, MD.',
  '出院医嘱：继续双联抗血小板治疗12个月，低盐低脂糖尿病饮食，1个月后心内科门诊复查，如有不适请拨打(021) 64041990或联系责任护士。',
];

const TARGET_CORPUS_BYTES = 4 * 1024 * 1024;
/** Typical note size: an admission note or discharge summary section, a few KB. */
const DOCUMENT_BYTES = 4 * 1024;
const GOAL_MB_PER_S = 2;

function buildDocuments(): string[] {
  const sentences = NOTE_FRAGMENTS;
  const documents: string[] = [];
  let total = 0;
  let cursor = 0;
  while (total < TARGET_CORPUS_BYTES) {
    let document = '';
    while (Buffer.byteLength(document) < DOCUMENT_BYTES) {
      document += sentences[cursor % sentences.length] + (cursor % 7 === 0 ? '\n' : ' ');
      cursor++;
    }
    documents.push(document);
    total += Buffer.byteLength(document);
  }
  return documents;
}

export function measureDeidThroughput(): {
  megabytesPerSecond: number;
  megabytesPerCpuSecond: number;
  bytes: number;
  seconds: number;
  findings: number;
} {
  const documents = buildDocuments();
  for (const document of documents.slice(0, 50)) deidentify(document); // warm up the JIT
  const bytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d), 0);
  let findings = 0;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (const document of documents) findings += deidentify(document).findings.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // On a shared machine the wall clock also counts other processes; CPU time is this loop's own cost.
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const megabytes = bytes / (1024 * 1024);
  return { megabytesPerSecond: megabytes / seconds, megabytesPerCpuSecond: megabytes / cpuSeconds, bytes, seconds, findings };
}

const result = measureDeidThroughput();
const value = Number(result.megabytesPerSecond.toFixed(2));
console.log(
  `deid throughput: ${value} MB/s, ${result.megabytesPerCpuSecond.toFixed(2)} MB per CPU-second (${(result.bytes / 1048576).toFixed(1)} MB in ${result.seconds.toFixed(2)} s, ${result.findings} findings; goal >= ${GOAL_MB_PER_S})`,
);
const outputDirectory = join(process.cwd(), 'bench-results');
mkdirSync(outputDirectory, { recursive: true });
writeFileSync(
  join(outputDirectory, 'deid.json'),
  JSON.stringify([{ metric: 'deid throughput', value, unit: 'MB/s', goal: `>= ${GOAL_MB_PER_S}` }], null, 2) + '\n',
);
