import { clinicalTermLengthAt, isClinicalEnglishTermWord, isClinicalEnglishWord } from './clinical-vocabulary';
import type { Detection } from './deid.types';
import { isGivenChar, surnameLengthAt } from './detectors/chinese-name-lexicon';
import { HONG_KONG_GIVEN_SYLLABLES, HONG_KONG_SURNAMES } from './data/hong-kong-names';
import { isEnglishWord } from './english-words';

/**
 * Bilingual notes write a person's name in both scripts side by side: "John Miller（米约翰）", "CHEUNG Ka Wai 張家偉",
 * "黃柏翰 Huang Po-Han". Once one of the two is found, the other beside it is the same person: a Han name of two to four
 * characters opening with a surname after a Latin name, or a romanised name after a Han one.
 */
const OTHER_SCRIPT_SCORE = 0.85;
/** Who someone is to the patient, written in brackets after a name: 母亲, 表兄, 女儿. */
const KIN_WORD = /^(?:母亲|父亲|儿子|女儿|妻子|丈夫|哥哥|姐姐|弟弟|妹妹|表兄|表弟|表姐|表妹|堂兄|堂弟|祖母|祖父|外婆|外公|奶奶|爷爷|孙子|孙女|儿媳|女婿)$/;
/** Below every detector's own reading: a span another rule gave a type keeps it. */
const PRIORITY = 30;

const HAN_AFTER = /^[ \t]{0,2}([(（][ \t]?)?([\u4e00-\u9fa5]{2,4})(?![\u4e00-\u9fa5])/;
/**
 * Romanised names: "Huang Po-Han", "Chan Tai Man", "CHEUNG Ka Wai" (a surname in capitals first), and Hong Kong's
 * "SURNAME, Given Names" ("CHAN, Chi Ming", "HO, Yee Man").
 */
const LATIN_AFTER = /^[ \t]{0,2}([(（][ \t]?)?((?:[A-Z][a-z]+|[A-Z]{2,})(?:,[ \t]?|[ -])[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?![A-Za-z'’-])/;
/**
 * A passport's spelling in capitals, in brackets after the Han name: "金敏浩（KIM MINHO）", "梁嘉欣（LEONG KA IAN）". Every
 * word holds a vowel, so abbreviations in brackets ("CT MRI") stay; the Cantonese surnames Ng and Hng have none
 * ("黄国华 (NG KOK WAH)"); Macau's last syllable may be one letter ("林嘉儀（LAM KA I）").
 */
const CAPITALS_IN_BRACKETS_AFTER = /^[ \t]{0,2}([(（][ \t]?)([A-Z]{2,}(?:[ -][A-Z]{2,}){0,2}[ -][A-Z]{1,})(?=[ \t]?[)）])/;
const HAS_VOWEL = /[AEIOUY]|^H?NG$/;
/** "(MCHK Reg. No. M14523)": the letters before a number's label are a register's, not a name. */
const REGISTER_WORD_AFTER = /^\.?\s?(?:No\b|Number|#)/;
const isSyllableInCapitals = (word: string) => HAS_VOWEL.test(word) && !isClinicalEnglishTermWord(word) && !isClinicalEnglishWord(word);

export function namesInOtherScript(text: string, found: readonly Detection[]): Detection[] {
  const mentions: Detection[] = [];
  for (const finding of found) {
    if (finding.type !== 'name') continue;
    const value = text.slice(finding.start, finding.end);
    const after = text.slice(finding.end, finding.end + 32);
    if (/[A-Za-z]$/.test(value)) {
      const han = HAN_AFTER.exec(after);
      if (!han) continue;
      const length = (han[2] ?? '').length;
      const start = finding.end + han[0].length - length;
      if (isHanName(text, start, length)) mentions.push({ type: 'name', start, end: start + length, priority: PRIORITY, score: OTHER_SCRIPT_SCORE });
    } else if (/[\u4e00-\u9fa5]$/.test(value)) {
      const capitals = CAPITALS_IN_BRACKETS_AFTER.exec(after);
      const latin =
        capitals &&
        capitals[2]
          ?.split(/[ -]/)
          .every((word, index) => (index > 0 ? word.length === 1 : HONG_KONG_SURNAMES.has(titleCase(word))) || isSyllableInCapitals(word))
          ? capitals
          : LATIN_AFTER.exec(after);
      const name = latin?.[2] ?? '';
      // "黃永康 (MCHK Reg. No. M14523)": a register's letters before its number, not the name again.
      if (!latin || !isRomanisedName(name) || REGISTER_WORD_AFTER.test(text.slice(finding.end + latin[0].length, finding.end + latin[0].length + 6))) continue;
      const start = finding.end + latin[0].length - name.length;
      mentions.push({ type: 'name', start, end: start + name.length, priority: PRIORITY, score: OTHER_SCRIPT_SCORE });
    }
  }
  return mentions;
}

/** A surname, then characters of which one at least is a given-name character (transliterations use rare ones: 米约翰), and no clinical word. */
function isHanName(text: string, start: number, length: number): boolean {
  const surname = surnameLengthAt(text, start);
  if (surname === 0 || surname >= length || clinicalTermLengthAt(text, start) >= 2) return false;
  // "Siti Nurhaliza（印尼籍）": a nationality after a name, not the name in Han; "（母亲）": who the person is.
  if (/[籍裔]$/.test(text.slice(start, start + length)) || KIN_WORD.test(text.slice(start, start + length))) return false;
  return Array.from(text.slice(start + surname, start + length)).some(isGivenChar);
}

const titleCase = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();

/**
 * A romanised Chinese name opens with a surname that is no English word, and its syllables are short or no English
 * words either ("Chen Daming", "Huang Po-Han" yes; "Follow Up", "Patient Name" no).
 */
function isRomanisedName(name: string): boolean {
  const [surname = '', ...given] = name.split(/,?[ \t]|-/);
  // A Hong Kong surname and syllables as the Immigration Department writes them: "HO, Yee Man" (ho and lam are words
  // too); Macau's Portuguese-based spelling may end in a single letter: "LAM KA I".
  if (HONG_KONG_SURNAMES.has(titleCase(surname)) && given.every((word) => HONG_KONG_GIVEN_SYLLABLES.has(titleCase(word)) || /^[A-Z]$/.test(word))) return true;
  if (surname.length < 2 || isEnglishWord(surname.toLowerCase())) return false;
  return given.every((word) => word.length <= 3 || !isEnglishWord(word.toLowerCase()));
}
