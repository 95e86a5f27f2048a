/**
 * Stage and class qualifiers written after a diagnosis ("CKD 3b期", "慢性肾脏病G4A2",
 * "CKD stage IIIb, A3", "心衰 NYHA III级"), parsed instead of listed: the dictionary names the
 * head ("CKD", "慢性肾功能不全") once and every spelling of the qualifier is read here.
 * All patterns are anchored at the head's end and bounded: linear in the text read.
 */

export type CkdStage = '1' | '2' | '3' | '3a' | '3b' | '4' | '5';
export type AlbuminuriaGrade = 'A1' | 'A2' | 'A3';
export type NyhaClass = 'I' | 'II' | 'III' | 'IV';

/** What a qualifier adds to a mention (kept beside the stem code; WHO gives NYHA class only as extension codes). */
export interface ConditionQualifiers {
  readonly ckdStage?: CkdStage;
  /** KDIGO albuminuria grade; A2 and A3 are WHO ICD-11 GB42.0 / GB42.1 ("Albuminuria, Grade A2/A3"). */
  readonly albuminuria?: { readonly grade: AlbuminuriaGrade; readonly icd11: string | null };
  /** NYHA functional class; WHO ICD-11 extension codes XS3A, XS6B, XS9T, XS9F (chapter X, "NYHA Functional Classification"). */
  readonly nyhaClass?: { readonly functionalClass: NyhaClass; readonly icd11Extension: string };
}

export interface QualifierReading {
  /** Normalised offset where the qualifier text ends. */
  readonly end: number;
  readonly qualifiers: ConditionQualifiers;
}

const ALBUMINURIA_CODES: Record<AlbuminuriaGrade, string | null> = { A1: null, A2: 'GB42.0', A3: 'GB42.1' };
const NYHA_EXTENSIONS: Record<NyhaClass, string> = { I: 'XS3A', II: 'XS6B', III: 'XS9T', IV: 'XS9F' };

/** Roman numerals as the folded (lower-cased) text has them, ASCII and the Unicode number forms. */
const NUMERALS: Record<string, 1 | 2 | 3 | 4 | 5> = {
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  ⅰ: 1,
  ⅱ: 2,
  ⅲ: 3,
  ⅳ: 4,
  ⅴ: 5,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
};

/**
 * After a CKD head: optional "(CKD)", a "stage"/"G"/"第" prefix, the stage (Arabic, Roman, Chinese;
 * 3a/3b; 5D for dialysis), an optional "期", then an optional albuminuria grade "A1"–"A3".
 */
const CKD_STAGE =
  /^[\s:,(-]{0,3}(?:\(?ckd\)?\s{0,2})?(stage\s{0,2}|第\s{0,1})?(g\s{0,1})?(iii|ii|iv|v|i|ⅲ|ⅱ|ⅳ|ⅴ|ⅰ|[1-5]|[一二三四五])(?:(?<=3|iii|ⅲ|三)([ab])(?![b-z]))?(d(?![a-z]))?(\s{0,2}期)?(?:\s{0,2}[,/]?\s{0,2}(?:with\s)?a\s{0,1}([1-3])(?![0-9])(?:\s{0,2}期)?(?:\s{0,2}albuminuria)?)?/;

/** A bare number after "CKD" that is a duration or a count, not a stage ("CKD 3年", "CKD 10 years"). */
const NOT_A_STAGE_AFTER = /^\s{0,2}(?:[0-9.]|年|月|周|天|日|岁|小时|次|个|y(?:ears?|rs?)?\b|months?\b|weeks?\b|days?\b)/;

export function readCkdStage(folded: string, from: number): QualifierReading | null {
  const match = CKD_STAGE.exec(folded.slice(from, from + 48));
  if (match === null) return null;
  const [whole, prefix, g, numeral, subStage, dialysis, suffix, grade] = match;
  const written = prefix !== undefined || g !== undefined || suffix !== undefined;
  const isArabic = /[1-5]/.test(numeral);
  const isChinese = /[一二三四五]/.test(numeral);
  // Without "stage"/"G"/"期" a bare number must look like a stage, not a duration; Chinese numerals need "期",
  // single-letter Roman numerals need a prefix or "期" ("CKD I think").
  if (!written) {
    if (isChinese || numeral === 'i' || numeral === 'v') return null;
    if (
      isArabic &&
      subStage === undefined &&
      NOT_A_STAGE_AFTER.test(folded.slice(from + whole.length - (grade === undefined ? 0 : 0), from + whole.length + 8))
    )
      return null;
    if (/[a-z]/.test(folded[from + whole.length] ?? '')) return null;
  }
  const stageNumber = NUMERALS[numeral];
  if (stageNumber === undefined) return null;
  if (subStage !== undefined && stageNumber !== 3) return null;
  if (dialysis !== undefined && stageNumber !== 5) return null;
  const ckdStage = (stageNumber === 3 && subStage !== undefined ? `3${subStage}` : String(stageNumber)) as CkdStage;
  const albuminuria = grade === undefined ? undefined : { grade: `A${grade}` as AlbuminuriaGrade, icd11: ALBUMINURIA_CODES[`A${grade}` as AlbuminuriaGrade] };
  return { end: from + whole.length, qualifiers: albuminuria === undefined ? { ckdStage } : { ckdStage, albuminuria } };
}

/** After a staged CKD head ("CKDG3a", "慢性肾脏病3a期"): only the albuminuria grade is left to read. */
const ALBUMINURIA_AFTER = /^(?:\s{0,2}期)?\s{0,2}[,/]?\s{0,2}(?:with\s)?a\s{0,1}([1-3])(?![0-9])(?:\s{0,2}期)?(?:\s{0,2}albuminuria)?/;

export function readAlbuminuriaGrade(folded: string, from: number): QualifierReading | null {
  const match = ALBUMINURIA_AFTER.exec(folded.slice(from, from + 32));
  if (match === null) return null;
  const grade = `A${match[1]}` as AlbuminuriaGrade;
  return { end: from + match[0].length, qualifiers: { albuminuria: { grade, icd11: ALBUMINURIA_CODES[grade] } } };
}

/**
 * After a heart-failure head: "NYHA III级", "NYHA class II", "NYHA心功能Ⅳ级", "心功能III级(NYHA)",
 * "(NYHA II)", "NYHA III-IV级" (the higher class is kept).
 */
const NYHA =
  /^[\s:,(]{0,3}(?:nyha\s{0,2}(?:心功能|分级|functional class|class)?|心功能\s{0,2}(?:nyha)?\s{0,2}(?:分级)?)\s{0,2}(?:class\s{0,2})?(iv|iii|ii|i|ⅳ|ⅲ|ⅱ|ⅰ|[1-4]|[一二三四])(?![a-z0-9])(?:\s{0,2}[-~–]\s{0,2}(iv|iii|ii|ⅳ|ⅲ|ⅱ|[2-4])(?![a-z0-9]))?(?:\s{0,2}级)?(?:\s{0,2}\(\s{0,2}nyha\s{0,2}(?:分级)?\s{0,2}\))?\)?/;
const ROMAN: readonly NyhaClass[] = ['I', 'II', 'III', 'IV'];

export function readNyhaClass(folded: string, from: number): QualifierReading | null {
  const match = NYHA.exec(folded.slice(from, from + 48));
  if (match === null) return null;
  const level = NUMERALS[match[2] ?? match[1]];
  if (level === undefined || level > 4) return null;
  const functionalClass = ROMAN[level - 1];
  return { end: from + match[0].length, qualifiers: { nyhaClass: { functionalClass, icd11Extension: NYHA_EXTENSIONS[functionalClass] } } };
}
