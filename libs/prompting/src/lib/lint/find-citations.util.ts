import { findAll, isStandaloneWord, overlaps } from './find-all.util';
import type { TextSpan } from './lint-flag.model';

/**
 * Bodies that publish clinical guidelines, as they are cited in Chinese and English
 * clinical writing. A body alone is not a citation; with a year it is.
 */
export const GUIDELINE_BODIES: readonly string[] = [
  'KDIGO',
  'KDOQI',
  'ADA',
  'EASD',
  'ESC',
  'ESH',
  'EAS',
  'ACC',
  'AHA',
  'HFSA',
  'HRS',
  'GOLD',
  'GINA',
  'NICE',
  'IDSA',
  'ATS',
  'ERS',
  'BTS',
  'EASL',
  'AASLD',
  'APASL',
  'ACG',
  'AGA',
  'NCCN',
  'ASCO',
  'ESMO',
  'EULAR',
  'ACR',
  'WHO',
  'CHEST',
  'ACCP',
  'SIGN',
  'USPSTF',
  'JNC',
  'ISH',
  'ESCMID',
  'SCCM',
  'ESICM',
  'AAN',
  'ESO',
  'ASA',
  'ACOG',
  'FIGO',
  'CSC',
  'CMA',
  'CDS',
];

export interface GuidelineMention extends TextSpan {
  text: string;
  year: string | null;
}

const BODY_GROUP = `(?:${[...GUIDELINE_BODIES].sort((a, b) => b.length - a.length).join('|')})`;
const BODIES = `${BODY_GROUP}(?:\\s?/\\s?${BODY_GROUP})*`;
const YEAR = '(?:19|20)\\d{2}';
const GUIDELINE_WORDS = '(?:[Gg]uidelines?|[Cc]riteria|[Rr]ecommendations?|[Ss]tatement|[Cc]onsensus|[Rr]eport|指南)';

// "2023 ESC Guidelines", "2023 ADA", "KDIGO 2012", "ACC/AHA guideline (2022)", "GOLD 2024 report".
const YEAR_THEN_BODY = new RegExp(`(${YEAR})年?\\s*(${BODIES})(?:\\s*${GUIDELINE_WORDS})?`, 'g');
const BODY_THEN_YEAR = new RegExp(`(${BODIES})(?:\\s*${GUIDELINE_WORDS})?\\s*(?:[(（,]\\s*)?(${YEAR})(?:年版?)?[)）]?`, 'g');
const BODY_ALONE = new RegExp(BODIES, 'g');

// Chinese guidelines: "中国高血压防治指南2018", "《中国高血压防治指南(2018年修订版)》",
// "2018年中国高血压防治指南", "《急性ST段抬高型心肌梗死诊断和治疗指南(2019)》".
const ZH_GUIDELINE_NAME = '(?:《[^《》\\n]{2,48}?(?:指南|共识)[^《》\\n]{0,16}》|中国[\\u4e00-\\u9fa5]{1,24}?(?:指南|专家共识|共识))';
const ZH_GUIDELINE = new RegExp(
  `(?:(${YEAR})年?版?\\s*)?(${ZH_GUIDELINE_NAME})(?:\\s*(?:[(（]\\s*)?(${YEAR})\\s*(?:年)?(?:版|修订版|更新版)?\\s*[)）]?)?`,
  'g',
);

/** Guideline mentions, each with its year when one is attached. Overlapping finds keep the longest. */
export function findGuidelineMentions(text: string): GuidelineMention[] {
  const found: GuidelineMention[] = [];
  for (const match of findAll({ text, pattern: ZH_GUIDELINE })) {
    const year = match.groups[0] ?? match.groups[2] ?? /(?:19|20)\d{2}/.exec(match.groups[1] ?? '')?.[0] ?? null;
    found.push({ start: match.start, end: match.end, text: match.text, year });
  }
  for (const match of findAll({ text, pattern: YEAR_THEN_BODY })) {
    if (isStandaloneWord(text, match)) found.push({ ...match, year: match.groups[0] ?? null });
  }
  for (const match of findAll({ text, pattern: BODY_THEN_YEAR })) {
    if (isStandaloneWord(text, match)) found.push({ ...match, year: match.groups[1] ?? null });
  }
  for (const match of findAll({ text, pattern: BODY_ALONE })) {
    if (isStandaloneWord(text, match)) found.push({ ...match, year: null });
  }
  return keepLongest(found);
}

export interface EvidenceMention extends TextSpan {
  text: string;
}

const EVIDENCE_PATTERNS: readonly RegExp[] = [
  /\bRCTs?\b/g,
  /\brandomi[sz]ed(?: controlled)? trials?\b/gi,
  /\bmeta-?analys[ie]s\b/gi,
  /\bsystematic reviews?\b/gi,
  /\bClass (?:IIa|IIb|III|II|I)\b/g,
  /\bLevel(?: of evidence)? [ABC](?:-(?:R|NR|LD|EO))?\b/gi,
  /\bLOE [ABC]\b/g,
  /\bGRADE\b(?: [12][A-D]\b)?/g,
  /\bgrade [12][A-D]\b/gi,
  /证据(?:等级|级别|水平)\s*[:：]?\s*[ABCDⅠⅡⅢⅣ1-4][a-c]?/g,
  /推荐(?:等级|级别|强度|类别)\s*[:：]?\s*(?:[ⅠⅡⅢ]+[ab]?|I{1,3}[ab]?|[ABC1-4]|强|弱)/g,
  /(?:[ⅠⅡⅢ]{1,3}|I{1,3})[ab]?类推荐/g,
  /[ABC]级证据/g,
  /随机对照试验|荟萃分析|[Mm]eta分析|系统评价|系统综述/g,
];

export function findEvidenceMentions(text: string): EvidenceMention[] {
  return keepLongest(EVIDENCE_PATTERNS.flatMap((pattern) => findAll({ text, pattern })));
}

function keepLongest<T extends TextSpan>(spans: T[]): T[] {
  const byLength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const span of byLength) {
    if (!kept.some((other) => overlaps(other, span))) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
