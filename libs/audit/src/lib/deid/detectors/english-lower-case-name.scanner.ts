import { isClinicalEnglishTermWord, isClinicalEnglishWord } from '../clinical-vocabulary';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, SURNAMES } from '../data/english-names';
import type { Detection } from '../deid.types';
import { isEnglishWord } from '../english-words';
import { startScan } from '../regex-scan.util';

/**
 * Names as chat and handover write them: in lower case ("maria clara dela cruz, her son says…", "wife fatima's number")
 * and beside a bed number ("bed 4 chukwuemeka okafor", "bed 7 (Fitzpatrick)"). A lower-case word counts only when the
 * public name lists hold it (US Census surnames, SSA given names: `data/english-names.ts`) or, inside a name already
 * begun, when it is no English and no clinical word; "bed 4 npo", "bed 5 desatting" and "will grace" stay.
 */
const PRIORITY = 52;
const SCORE = 0.7;

/** The given names in lower case, so the scan over every lower-case word of a text looks each up once, without copying it. */
const LOWER_CASE_GIVEN_NAMES: ReadonlySet<string> = new Set(Array.from(GIVEN_NAMES, (name) => name.toLowerCase()));
const titleCase = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
const isClinical = (word: string) => isClinicalEnglishWord(word) || isClinicalEnglishTermWord(word);

/** A listed given name or surname that is neither ambiguous nor an everyday English word. */
function isListedName(word: string): boolean {
  const titled = titleCase(word);
  if (AMBIGUOUS_GIVEN_NAMES.has(titled) || isClinical(word)) return false;
  return (GIVEN_NAMES.has(titled) || SURNAMES.has(titled)) && !isEnglishWord(word.toLowerCase());
}

/** A word inside a name already begun: listed, or no English and no clinical word ("dela", "okafor"). */
export function continuesLowerCaseName(word: string): boolean {
  return word.length >= 3 && !isClinical(word) && (isListedName(word) || !isEnglishWord(word.toLowerCase()));
}

/** A lower-case word beside a bed or kin word; "fatima's" reads as "fatima". */
const BARE_WORD = /[a-z][a-z-]*[a-z]/y;
/** A lower-case word of a full name, inner apostrophes included ("o'brien"). */
const NAME_WORD = /[a-z][a-z'’-]*[a-z]/y;

/**
 * The run of name words from `start` (at most `max`, one space apart): the first must satisfy `opens`, the rest must
 * continue a name. Empty when the first does not open one. `word` is sticky: it reads at each position, copying nothing.
 */
function nameRunAt(text: string, start: number, max: number, opens: (word: string) => boolean, word: RegExp): { end: number; words: string[] } {
  const words: string[] = [];
  let end = start;
  while (words.length < max) {
    const gap = words.length === 0 ? 0 : text.charAt(end) === ' ' ? 1 : -1;
    if (gap < 0) break;
    word.lastIndex = end + gap;
    const next = word.exec(text)?.[0];
    if (!next || /[A-Za-z]/.test(text.charAt(end + gap + next.length))) break;
    if (words.length === 0 ? !opens(next) : !continuesLowerCaseName(next)) break;
    words.push(next);
    end += gap + next.length;
  }
  return { end, words };
}

/** A given name that may open a full name in lower case, though it is also an English word ("maria"), unless ambiguous. */
function opensFullName(word: string): boolean {
  return LOWER_CASE_GIVEN_NAMES.has(word) && !AMBIGUOUS_GIVEN_NAMES.has(titleCase(word));
}

/** "wife fatima's number", "son ahmed called": a kin word before a listed given name in lower case. */
const KIN_BEFORE =
  /\b(?:wife|husband|partner|son|daughter|mother|father|mum|mom|dad|sister|brother|niece|nephew|grandson|granddaughter|carer|friend) (?=[a-z])/g;
/** A bed, room or bay number before a name: "bed 4 chukwuemeka okafor", "bed 7 (Fitzpatrick)". */
const BED_BEFORE = /\b(?:bed|bd|rm|room|bay|cubicle|cot) ?#?\d{1,3}[A-Z]? \(?(?=[A-Za-z])/gi;
/** A capitalised name in brackets after a bed number: one to three words, none English or clinical. */
const CAPITALISED_RUN = /^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}(?![A-Za-z])/;

export function scanLowerCaseNames(text: string, isEponym: (word: string) => boolean): Detection[] {
  const found: Detection[] = [];
  const push = (start: number, end: number) => found.push({ type: 'name', start, end, priority: PRIORITY, score: SCORE });

  if (/\b(?:bed|bd|rm|room|bay|cubicle|cot) ?#?\d/i.test(text)) {
    startScan(BED_BEFORE, text);
    let match: RegExpExecArray | null;
    while ((match = BED_BEFORE.exec(text)) !== null) {
      const start = match.index + match[0].length;
      // Capitalised only in brackets ("bed 7 (Fitzpatrick)"): bare, a capital opens terms too ("bed 3 Rh isoimmunization").
      const capitalised = match[0].endsWith('(') ? CAPITALISED_RUN.exec(text.slice(start))?.[0] : undefined;
      if (capitalised && text.charAt(start + capitalised.length) === ')') {
        const words = capitalised.split(' ');
        if (!words.some((word) => isEponym(word) || isClinical(word) || isEnglishWord(word.toLowerCase()))) push(start, start + capitalised.length);
        continue;
      }
      const run = nameRunAt(text, start, 3, isListedName, BARE_WORD);
      if (run.words.length > 0) push(start, run.end);
    }
  }

  startScan(KIN_BEFORE, text);
  let kin: RegExpExecArray | null;
  while ((kin = KIN_BEFORE.exec(text)) !== null) {
    const start = kin.index + kin[0].length;
    const run = nameRunAt(text, start, 3, isListedName, BARE_WORD);
    if (run.words.length > 0) push(start, run.end);
  }

  // A full name in lower case anywhere: two listed names and a word no dictionary holds ("maria clara dela cruz").
  // A word starts at a small letter that no letter, nor a small letter and an apostrophe or hyphen, comes before ("o'brien" is one).
  const wordStart = /(?<![A-Za-z]|[a-z]['’-])[a-z]/g;
  let opening: RegExpExecArray | null;
  while ((opening = wordStart.exec(text)) !== null) {
    const run = nameRunAt(text, opening.index, 4, opensFullName, NAME_WORD);
    if (run.words.length === 0) continue;
    const listed = run.words.filter((part) => GIVEN_NAMES.has(titleCase(part)) || isListedName(part)).length;
    const unlisted = run.words.filter((part) => !isEnglishWord(part.toLowerCase()) && !isClinical(part)).length;
    if (run.words.length >= 2 && listed >= 2 && unlisted >= 1) {
      push(opening.index, run.end);
      wordStart.lastIndex = run.end;
    }
  }
  return found;
}
