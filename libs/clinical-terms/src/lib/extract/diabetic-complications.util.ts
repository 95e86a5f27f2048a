import type { NormalisedText } from '../normalise/normalise-text';

/**
 * Once a diabetes diagnosis is named, clinicians drop the head noun from its complications:
 * "2型糖尿病10年,合并视网膜病变、肾病", "T2DM with DR and DN". Read alone, "视网膜病变", "nephropathy" or
 * "DR" say too little to code (and "DR" is also a doctor), so these short forms count only after a
 * diabetes mention in the same sentence, and only as a list item (not inside a longer name such as
 * 高血压肾病 or "hypertensive retinopathy", which would be another disease).
 */
interface ShortForms {
  readonly conceptId: string;
  /** Chinese and English forms, matched in the case-folded text. */
  readonly folded: readonly string[];
  /** Capital abbreviations, matched case-exact. */
  readonly capitals: readonly string[];
}

const DIABETIC_COMPLICATIONS: readonly ShortForms[] = [
  { conceptId: 'diabetic-retinopathy', folded: ['视网膜病变', '视网膜病', 'retinopathy'], capitals: ['DR'] },
  { conceptId: 'diabetic-kidney-disease', folded: ['肾脏病变', '肾病', 'nephropathy'], capitals: ['DN'] },
  { conceptId: 'diabetic-polyneuropathy', folded: ['周围神经病变', 'peripheral neuropathy', 'neuropathy'], capitals: [] },
];

/** Diabetes as a diagnosis (WHO ICD-11 5A10-5A14), not its complications or prediabetes. */
export function isDiabetesCode(icd11: string | null): boolean {
  return icd11 !== null && icd11.startsWith('5A1') && icd11.charCodeAt(3) >= 48 && icd11.charCodeAt(3) <= 52;
}

const FORM_TO_CONCEPT = new Map<string, string>(
  DIABETIC_COMPLICATIONS.flatMap(({ conceptId, folded, capitals }) => [...folded, ...capitals].map((form) => [form, conceptId] as const)),
);
const escape = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
const FOLDED_FORMS = new RegExp(
  DIABETIC_COMPLICATIONS.flatMap(({ folded }) => folded)
    .sort(byLength)
    .map((form) => (/^[a-z]/.test(form) ? `(?<![a-z])${escape(form)}(?![a-z])` : escape(form)))
    .join('|'),
  'g',
);
const CAPITAL_FORMS = new RegExp(
  `(?<![A-Za-z0-9])(?:${DIABETIC_COMPLICATIONS.flatMap(({ capitals }) => capitals)
    .sort(byLength)
    .join('|')})(?![A-Za-z0-9.])`,
  'g',
);
/** What may come right before a short form: a list or clause mark, or a word that introduces a complication. */
const INTRODUCED_CHINESE = /(?:^|[^\p{Script=Han}]|合并|并发|出现|伴有|伴|并|有|及|和|与|见|无)$/u;
const INTRODUCED_ENGLISH = /(?:^|[,;:(/]|\b(?:and|with|by|plus|of|has|had|no|without|known|also|or))\s*$/;
/** A Latin form written straight after Chinese ("合并DR", "DR、DN"). */
const AFTER_CHINESE = /[\p{Script=Han}、]\s*$/u;
const SENTENCE_END = /[。;\n]|\.(?:\s|$)/g;

/** Where the sentence holding `from` ends: the short forms are read up to there. */
function sentenceEnd(folded: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  return SENTENCE_END.exec(folded)?.index ?? folded.length;
}

export interface ShortFormHit {
  readonly start: number;
  readonly end: number;
  readonly conceptId: string;
}

/**
 * Short complication forms after each diabetes mention, up to the end of its sentence, that no dictionary
 * hit already covers (`taken(start, end)`, in normalised offsets).
 */
export function diabeticComplicationShortForms(
  text: NormalisedText,
  diabetesEnds: readonly number[],
  taken: (start: number, end: number) => boolean,
): ShortFormHit[] {
  const found = new Map<number, ShortFormHit>();
  for (const from of diabetesEnds) {
    const to = sentenceEnd(text.folded, from);
    for (const [pattern, source] of [
      [FOLDED_FORMS, text.folded.slice(from, to)],
      [CAPITAL_FORMS, text.cased.slice(from, to)],
    ] as const) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
        const start = from + match.index;
        const end = start + match[0].length;
        const conceptId = FORM_TO_CONCEPT.get(match[0]);
        if (conceptId === undefined || found.has(start) || taken(start, end)) continue;
        const before = text.folded.slice(Math.max(from, start - 12), start);
        const introduced = /^[a-z]/i.test(match[0]) ? INTRODUCED_ENGLISH.test(before) || AFTER_CHINESE.test(before) : INTRODUCED_CHINESE.test(before);
        if (!introduced) continue;
        found.set(start, { start, end, conceptId });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
