import type { LocalizedText } from '../common/localized-text.model';
import type { PatientProfile } from '../profile/patient-profile.model';
import type { TurnFacts } from '../profile/turn-facts.model';

export type QuestionAssessment = { generic: false } | { generic: true; message: LocalizedText; rewriteTemplate: LocalizedText };

export const GENERIC_QUESTION_MESSAGE: LocalizedText = {
  zh: '问题中没有患者信息,回答只能是一般性的。补充年龄、性别、主要表现与检查结果、目前用药和需要决定的问题,可得到针对该患者的建议。',
  en: 'The question has no patient details, so the answer can only be general. Add age, sex, main findings and results, current drugs and the decision you need to make for advice specific to this patient.',
};

export const QUESTION_REWRITE_TEMPLATE: LocalizedText = {
  zh: '患者[年龄]岁,[性别];主要表现:[症状及持续时间];检查结果:[关键化验、影像];目前用药:[药名 剂量 频次];需要决定的问题:[例如是否调整抗凝方案]。',
  en: '[Age]-year-old [sex]; main findings: [symptoms and duration]; results: [key labs, imaging]; current drugs: [name dose frequency]; decision needed: [e.g. whether to change anticoagulation].',
};

// Wording that asks for textbook knowledge rather than a decision about a patient.
const GENERIC_WORDING: readonly RegExp[] = [
  /怎么治|怎样治|如何治|治疗方法|怎么办|怎么处理|如何处理|注意什么|注意事项|要注意|吃什么药|用什么药|吃药|能治好|怎么预防|如何预防|是什么病/,
  /\bhow (?:do (?:you|i|we) |should (?:i|we|you) |to |is )?(?:treat|manage|handle|prevent|cure)/i,
  /\bwhat (?:is|are) the (?:treatment|management|therapy)/i,
  /\bwhat (?:to do|should i (?:do|watch|know|avoid)|medicine|drug|to watch)/i,
  /\bthings to (?:watch|avoid|know)\b/i,
];

// Words that show the question is about a particular person even when the extractor found no facts.
const PATIENT_MARKERS: readonly RegExp[] = [
  /患者|病人|患儿|孕妇|产妇|男性|女性|男孩|女孩|岁|个月大|我妈|我爸|家属/,
  /\b(?:patient|year-old|years? old|months? old|male|female|man|woman|boy|girl|pregnant|he|she|his|her|my)\b/i,
  // Numbers carry durations, doses and results: "感冒3天", "temperature 39".
  /\d/,
];

const MAX_GENERIC_CHARS = 60;

/**
 * Hints that a question is too general for a patient-specific answer, with a template the
 * console can offer to fill in. Facts about the patient — from this question or, through
 * the profile, from earlier turns — make it specific. One diagnosis alone does not: in
 * "感冒怎么治?" the cold is the topic, not a patient feature.
 */
export function assessQuestion(text: string, facts: TurnFacts, profile?: PatientProfile): QuestionAssessment {
  const trimmed = text.trim();
  const generic =
    !hasPatientFacts(facts) &&
    !(profile && profileHasFacts(profile)) &&
    trimmed.length <= MAX_GENERIC_CHARS &&
    !PATIENT_MARKERS.some((marker) => marker.test(trimmed)) &&
    GENERIC_WORDING.some((wording) => wording.test(trimmed));
  return generic ? { generic: true, message: GENERIC_QUESTION_MESSAGE, rewriteTemplate: QUESTION_REWRITE_TEMPLATE } : { generic: false };
}

function hasPatientFacts(facts: TurnFacts): boolean {
  return (
    facts.age !== undefined ||
    facts.sex !== undefined ||
    facts.labs.length > 0 ||
    facts.drugs.length > 0 ||
    facts.vitals.length > 0 ||
    facts.allergies.length > 0 ||
    facts.calculations.length > 0 ||
    facts.diagnoses.length > 1
  );
}

function profileHasFacts(profile: PatientProfile): boolean {
  return (
    profile.age !== null ||
    profile.sex !== null ||
    profile.diagnoses.length > 0 ||
    profile.deniedDiagnoses.length > 0 ||
    profile.labs.length > 0 ||
    profile.drugs.length > 0 ||
    profile.vitals.length > 0 ||
    profile.allergies.length > 0 ||
    profile.calculations.length > 0
  );
}
