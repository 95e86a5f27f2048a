import type { NormalisedText } from '../normalise/normalise-text';
import type { AgeEntity, Sex, SexEntity } from './entity.types';
import { entitySpan } from './entity-span.util';

const MAX_AGE = 120;

/**
 * "62岁", "62 y/o", "62-year-old", "62 years old", "aged 62", "年龄62岁", each with the words every match
 * contains (case-folded): a text with none of them skips that scan.
 */
const AGE_PATTERNS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/(?<![\d.])(\d{1,3})\s*(?:周岁|岁)/g, ['岁']],
  [/(?<![\d.])(\d{1,3})\s*(?:-\s*)?(?:year|yr)s?(?:\s*-\s*|\s+)old(?![a-z])/gi, ['old']],
  [/(?<![\d.])(\d{1,3})\s*(?:y\/o|y\.o\.?|yo|yrs?)(?![a-z])/gi, ['y/o', 'y.o', 'yo', 'yr']],
  [/(?<![a-z])(?:aged?|年龄)\s*(?:[:=]\s*)?(\d{1,3})(?![\d.])/gi, ['age', '年龄']],
];

/** "62M", "78F", "62 M": age and sex together; capitals only, so "5 m" (metres) is not read. */
const AGE_SEX_SHORTHAND = /(?<![A-Za-z0-9./])(\d{1,3})\s?([MF])(?![A-Za-z0-9])/g;

const SEX_WORDS: readonly (readonly [RegExp, (match: RegExpExecArray) => Sex, readonly string[]])[] = [
  [
    /(?<![a-z])(male|man|gentleman|boy|female|woman|lady|girl)(?![a-z])/gi,
    (m) => (/^(fe|wo|la|gi)/i.test(m[1]) ? 'female' : 'male'),
    ['male', 'man', 'boy', 'lady', 'girl'],
  ],
  // A lone 男/女 is a sex only where it stands as a word: "患者男，65岁", "65岁女性"; not 女儿, 男孩's kin words.
  [/(?<=^|[^\u4e00-\u9fff]|岁|患者|者)([男女])(?:性|孩|童|婴)?(?=$|[^\u4e00-\u9fff]|患者|性)/g, (m) => (m[1] === '女' ? 'female' : 'male'), ['男', '女']],
  [/(男|女)(?:性|孩|童|婴)(?=[\u4e00-\u9fff])/g, (m) => (m[1] === '女' ? 'female' : 'male'), ['男', '女']],
];

function mentionsAny(folded: string, words: readonly string[]): boolean {
  // A plain loop: this runs for every rule of every text, and a closure per call was garbage.
  for (const word of words) if (folded.includes(word)) return true;
  return false;
}

function overlaps(taken: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return taken.some((span) => start < span.end && span.start < end);
}

export function extractDemographics(text: NormalisedText): (AgeEntity | SexEntity)[] {
  const found: (AgeEntity | SexEntity)[] = [];
  const taken: { start: number; end: number }[] = [];
  const source = text.cased;

  const shorthand = source.includes('M') || source.includes('F') ? source.matchAll(AGE_SEX_SHORTHAND) : [];
  for (const match of shorthand) {
    const years = Number(match[1]);
    if (years > MAX_AGE) continue;
    const start = match.index;
    const end = start + match[0].length;
    found.push({ type: 'age', years, ...entitySpan(text, start, start + match[1].length) });
    found.push({ type: 'sex', sex: match[2] === 'F' ? 'female' : 'male', ...entitySpan(text, end - 1, end) });
    taken.push({ start, end });
  }
  for (const [pattern, words] of AGE_PATTERNS) {
    if (!mentionsAny(text.folded, words)) continue;
    for (const match of source.matchAll(pattern)) {
      const years = Number(match[1]);
      const start = match.index;
      const end = start + match[0].length;
      if (years > MAX_AGE || overlaps(taken, start, end)) continue;
      found.push({ type: 'age', years, ...entitySpan(text, start, end) });
      taken.push({ start, end });
    }
  }
  for (const [pattern, sexOf, words] of SEX_WORDS) {
    if (!mentionsAny(text.folded, words)) continue;
    for (const match of source.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(taken, start, end)) continue;
      found.push({ type: 'sex', sex: sexOf(match), ...entitySpan(text, start, end) });
      taken.push({ start, end });
    }
  }
  return found;
}
