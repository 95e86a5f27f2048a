import type { PromptLanguage } from '../common/localized-text.model';
import type { FromTurn, PatientProfile } from './patient-profile.model';
import type { DiagnosisFact, DrugFact, LabFact } from './turn-facts.model';

interface ProfileLabels {
  patient: string;
  diagnoses: string;
  symptoms: string;
  family: string;
  denied: string;
  allergies: string;
  labs: string;
  calculations: string;
  vitals: string;
  drugs: string;
  ecg: string;
  absent: string;
  empty: string;
  uncertain: string;
  male: string;
  female: string;
  age: (years: number) => string;
}

const LABELS: Readonly<Record<PromptLanguage, ProfileLabels>> = {
  zh: {
    patient: '患者',
    diagnoses: '诊断',
    symptoms: '症状',
    family: '家族史',
    denied: '否认',
    allergies: '过敏',
    labs: '检验',
    calculations: '计算',
    vitals: '生命体征',
    drugs: '用药',
    ecg: '心电图',
    absent: '无',
    empty: '患者: 尚未提供患者信息',
    uncertain: '疑似',
    male: '男',
    female: '女',
    age: (years) => `${years}岁`,
  },
  en: {
    patient: 'Patient',
    diagnoses: 'Diagnoses',
    symptoms: 'Symptoms',
    family: 'Family history',
    denied: 'Denies',
    allergies: 'Allergies',
    labs: 'Labs',
    calculations: 'Calculations',
    vitals: 'Vitals',
    drugs: 'Drugs',
    ecg: 'ECG',
    absent: 'no',
    empty: 'Patient: no patient details given yet',
    uncertain: 'suspected ',
    male: 'male',
    female: 'female',
    age: (years) => `${years} y`,
  },
};

const FLAG_ARROWS: Readonly<Record<'high' | 'low', string>> = { high: ' ↑', low: ' ↓' };

/**
 * Renders the profile compactly for the system prompt: one line per fact group, items
 * separated by "; ", each followed by the turn it came from (T1, T2 …) so the model and
 * the clinician can tell stale facts from fresh ones. Group lines with nothing are left out.
 */
export function renderProfile(profile: PatientProfile, language: PromptLanguage): string {
  const labels = LABELS[language];
  const lines: string[] = [];
  const demographics = [profile.age ? labels.age(profile.age.value) : null, profile.sex ? labels[profile.sex.value] : null].filter(
    (part): part is string => part !== null,
  );
  if (demographics.length > 0) {
    lines.push(`${labels.patient}: ${demographics.join(' ')}`);
  }
  const group = <T extends { turn: number }>(label: string, facts: readonly T[], describe: (fact: T) => string) => {
    if (facts.length > 0) {
      lines.push(`${label}: ${facts.map((fact) => `${describe(fact)}`).join('; ')}`);
    }
  };
  group(labels.diagnoses, profile.diagnoses, (diagnosis) => describeDiagnosis(diagnosis, language, labels));
  const symptoms = profile.symptoms ?? [];
  group(
    labels.symptoms,
    symptoms.filter((symptom) => !symptom.negated),
    (symptom) => `${symptom.uncertain ? labels.uncertain : ''}${symptom.name[language]}${symptom.duration ? ` ${symptom.duration}` : ''}(T${symptom.turn})`,
  );
  group(
    labels.family,
    profile.familyHistory ?? [],
    (relative) => `${relative.negated ? `${labels.denied} ` : ''}${relative.name[language]}(T${relative.turn})`,
  );
  group(
    labels.denied,
    [...profile.deniedDiagnoses, ...symptoms.filter((symptom) => symptom.negated)],
    (diagnosis) => `${diagnosis.name[language]}(T${diagnosis.turn})`,
  );
  group(labels.allergies, profile.allergies, (allergy) => `${allergy.substance}(T${allergy.turn})`);
  group(labels.labs, profile.labs, describeLab);
  group(
    labels.calculations,
    profile.calculations,
    (calculation) => `${calculation.name} ${calculation.value} ${calculation.unit}${calculation.stage ? ` ${calculation.stage}` : ''}(T${calculation.turn})`,
  );
  group(labels.vitals, profile.vitals, (vital) => `${vital.kind} ${vital.value} ${vital.unit}(T${vital.turn})`);
  group(labels.drugs, profile.drugs, describeDrug);
  group(labels.ecg, profile.ecgFindings ?? [], (finding) => `${finding.negated ? `${labels.absent} ` : ''}${finding.id}(T${finding.turn})`);
  return lines.length > 0 ? lines.join('\n') : labels.empty;
}

function describeDiagnosis(diagnosis: FromTurn<DiagnosisFact>, language: PromptLanguage, labels: ProfileLabels): string {
  const code = diagnosis.icd11 ?? diagnosis.icd10;
  const source = code ? `${code},T${diagnosis.turn}` : `T${diagnosis.turn}`;
  return `${diagnosis.uncertain ? labels.uncertain : ''}${diagnosis.name[language]}(${source})`;
}

function describeLab(lab: FromTurn<LabFact>): string {
  const arrow = lab.flag === 'high' || lab.flag === 'low' ? FLAG_ARROWS[lab.flag] : '';
  return `${lab.name} ${lab.value} ${lab.unit}${arrow}(T${lab.turn})`;
}

function describeDrug(drug: FromTurn<DrugFact>): string {
  const dose = drug.dose !== undefined ? `${drug.dose}${drug.unit ?? ''}` : '';
  const parts = [drug.name, dose, drug.route ?? '', drug.frequency ?? ''].filter((part) => part.length > 0);
  return `${parts.join(' ')}(T${drug.turn})`;
}
