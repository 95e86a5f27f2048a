import { shippedDictionary } from '@medlocal/clinical-terms';
import { CLINICAL_WORDS_OPENING_WITH_SURNAME, PHARMACOPOEIA_HERB_NAMES } from './data/chinese-herbal-medicines';
import { surnameLengthAt } from './detectors/chinese-name-lexicon';

/**
 * Clinical words from MedLocal's own dictionary (conditions, drugs, lab tests, anatomy), used as a guard:
 * a name candidate that starts a drug or condition word (华法林, 罗红霉素, 马来酸依那普利) or an English
 * pair that holds a drug, brand or eponym-bearing term is clinical content, not a person. Herbal medicines of the
 * Pharmacopoeia (黄芪, 白芍) and ward words (高危, 高热) that open with a surname join the Chinese forms. Built on first use.
 */
interface Vocabulary {
  /** Chinese surface forms grouped by first character. */
  readonly chineseByFirstChar: ReadonlyMap<string, readonly string[]>;
  /** Lower-cased English single words that name a drug, brand, condition or lab test. */
  readonly englishWords: ReadonlySet<string>;
  /** Lower-cased English single words of any concept (conditions, lab tests, anatomy too). */
  readonly englishTermWords: ReadonlySet<string>;
  /** The same, from written-out names only: no abbreviation (DOE, dyspnoea on exertion, is also the surname Doe). */
  readonly englishProseTermWords: ReadonlySet<string>;
}

let vocabulary: Vocabulary | null = null;

const HAN_TERM = /^[\u4e00-\u9fa5]{2,}$/;
const ENGLISH_WORD = /^[A-Za-z][A-Za-z'-]{2,}$/;

function load(): Vocabulary {
  const dictionary = shippedDictionary();
  const chinese = new Map<string, string[]>();
  const english = new Set<string>();
  const anyEnglish = new Set<string>();
  const proseEnglish = new Set<string>();
  const concepts = [...dictionary.conditions, ...dictionary.drugs, ...dictionary.labTests, ...dictionary.anatomy];
  for (const concept of concepts) {
    for (const form of [concept.zh, ...concept.zhSynonyms]) {
      if (!HAN_TERM.test(form)) continue;
      const first = form.charAt(0);
      chinese.set(first, [...(chinese.get(first) ?? []), form]);
    }
    for (const form of [concept.en, ...concept.enSynonyms, ...concept.abbreviations]) {
      // Commas and slashes separate words too: "Redness, swelling, heat and pain", "sacubitril/valsartan".
      for (const word of form.split(/[\s,;/()]+/)) {
        if (!ENGLISH_WORD.test(word)) continue;
        anyEnglish.add(word.toLowerCase());
        if (concept.kind === 'drug') english.add(word.toLowerCase());
      }
    }
    for (const form of [concept.en, ...concept.enSynonyms]) {
      for (const word of form.split(/[\s,;/()]+/)) if (ENGLISH_WORD.test(word)) proseEnglish.add(word.toLowerCase());
    }
  }
  for (const word of [...herbsOpeningWithSurname(), ...CLINICAL_WORDS_OPENING_WITH_SURNAME]) {
    const first = word.charAt(0);
    chinese.set(first, [...(chinese.get(first) ?? []), word]);
  }
  return { chineseByFirstChar: chinese, englishWords: english, englishTermWords: anyEnglish, englishProseTermWords: proseEnglish };
}

/** The Pharmacopoeia herbs a name detector could take for a person: those whose first character is a listed surname. */
export function herbsOpeningWithSurname(): readonly string[] {
  return PHARMACOPOEIA_HERB_NAMES.filter((name) => surnameLengthAt(name, 0) > 0);
}

/** Length of the longest dictionary term starting at `index`, or 0. */
export function clinicalTermLengthAt(text: string, index: number): number {
  vocabulary ??= load();
  let longest = 0;
  for (const term of vocabulary.chineseByFirstChar.get(text.charAt(index)) ?? []) {
    if (term.length > longest && text.startsWith(term, index)) longest = term.length;
  }
  return longest;
}

/** Whether an English word is a drug or brand name of the dictionary (Lasix, Eliquis, warfarin). */
export function isClinicalEnglishWord(word: string): boolean {
  vocabulary ??= load();
  return vocabulary.englishWords.has(word.toLowerCase());
}

/**
 * Whether an English word belongs to any dictionary term (asthma, eczema, haemoglobin, femur). Too broad for
 * names in mixed case (Graves, Wilson are people too); used where a pair has no listed name part at all.
 */
export function isClinicalEnglishTermWord(word: string): boolean {
  vocabulary ??= load();
  return vocabulary.englishTermWords.has(word.toLowerCase());
}

/** Whether an English word belongs to a written-out dictionary term (chest, sign, murmur), abbreviations left out (DOE). */
export function isClinicalEnglishProseTermWord(word: string): boolean {
  vocabulary ??= load();
  return vocabulary.englishProseTermWords.has(word.toLowerCase());
}
