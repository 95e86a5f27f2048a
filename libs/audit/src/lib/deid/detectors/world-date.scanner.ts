import { isValidCalendarDate } from '../check-digits.util';
import { scanGroupSpans } from '../regex-scan.util';

/**
 * Dates as notes outside the English-speaking world write them, each cut to its day and month as the rest of the date
 * detector does (Safe Harbor lets the year stay): month names of the languages clinicians write in, the Korean and
 * Vietnamese day-month-year words, months in Roman numerals, Hijri and Japanese-era years.
 */

/** Month names, nominative and (Polish, Czech) genitive, with the usual abbreviations; each a date only beside a day or a year. */
const WORLD_MONTH =
  String.raw`(?:` +
  // French
  String.raw`janvier|janv\.|février|fevrier|févr\.|mars|avril|avr\.|mai|juin|juillet|juil\.|août|aout|septembre|octobre|novembre|décembre|decembre|déc\.|` +
  // Spanish, Portuguese, Italian, Catalan
  String.raw`enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|` +
  String.raw`janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|` +
  String.raw`gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|` +
  // German, Dutch, the Nordic languages
  String.raw`Januar|Jänner|Februar|März|Maerz|Juni|Juli|Oktober|Dezember|januari|februari|maart|mei|augustus|` +
  String.raw`marts|maj|augusti|` +
  // Indonesian and Malay
  String.raw`Maret|Agustus|Desember|Mac|Julai|Ogos|Disember|` +
  // Turkish
  String.raw`Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık|` +
  // Polish (genitive, as dates write it) and Czech
  String.raw`stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|` +
  String.raw`ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince` +
  String.raw`)`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const LETTER = String.raw`\p{L}`;

/** "5 mars 2024", "12 de marzo de 2024", "5. März 2024", "1er avril", "5 Maret 2024", "4 de abril": day and month go. */
const DAY_WORLD_MONTH = new RegExp(
  String.raw`(?<![\p{L}\d.,/-])((?:[12]\d|3[01]|0?[1-9])(?:er|º|°)?\.?\s{1,2}(?:de\s{1,2})?${WORLD_MONTH})(?!${LETTER})`,
  'giu',
);
/**
 * "März 2024", "marzo de 2024", "Mart 2024": a month with its year and no day; the month goes. No letter stands before the
 * month: checked behind the month just read (\1), since a lookbehind in front would run at every character of the note.
 */
const WORLD_MONTH_YEAR = new RegExp(String.raw`(${WORLD_MONTH})(?<=(?<!${LETTER})\1)(?!${LETTER})\s{1,2}(?:de\s{1,2}|del\s{1,2})?${YEAR}(?!\d)`, 'giu');
/** Words that are also month names in some language and mean something else before a year ("Mai 2024" stays a date). */
const MONTH_AS_WORD_WITHOUT_DAY = /^(?:mai|maj|mei|mac|mars|marco|mart)$/i;
/**
 * Every WORLD_MONTH_YEAR match ends in a year after a space, and starts at most this many code units before the year:
 * the longest month, two spaces, "del" and two spaces. So the month is tried only in front of such years (sticky, at
 * each position in turn), not at every character of the note.
 */
const YEAR_AFTER_SPACE = new RegExp(String.raw`\s${YEAR}(?!\d)`, 'g');
const LONGEST_WORLD_MONTH = Math.max(
  ...WORLD_MONTH.slice('(?:'.length, -1)
    .replace(/\\/g, '')
    .split('|')
    .map((month) => month.length),
);
const MOST_BEFORE_YEAR = LONGEST_WORLD_MONTH + 2 + 'del'.length + 2;
const WORLD_MONTH_YEAR_AT = new RegExp(WORLD_MONTH_YEAR.source, 'iuy');

/** "2024년 3월 5일", "3월 5일": Korean month and day. */
const KOREAN_MONTH_DAY = /(?<!\d)((?:1[0-2]|0?[1-9])\s?월\s?(?:[12]\d|3[01]|0?[1-9])\s?일)/g;
/** "ngày 12 tháng 3 năm 2024", "12 tháng 3 năm 2024", "tháng 3/2024": Vietnamese day and month. */
const VIETNAMESE_DAY_MONTH = /(?<!\d)((?:ngày\s{1,2})?(?:[12]\d|3[01]|0?[1-9])\s{1,2}tháng\s{1,2}(?:1[0-2]|0?[1-9]))(?!\d)/giu;
const VIETNAMESE_MONTH_YEAR = /(?<!\p{L})(tháng\s{1,2}(?:1[0-2]|0?[1-9]))(?:\s{1,2}năm\s{1,2}|\/)(?:19|20)\d{2}(?!\d)/giu;

/** "15-III-2024", "15.III.2024", "15 III 2024": the month in Roman numerals (Spain, Poland, Italy, Romania). */
const ROMAN_MONTH_DATE = new RegExp(String.raw`(?<![\p{L}\d])((?:[12]\d|3[01]|0?[1-9])([-./ ])(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I))\2${YEAR}(?!\d)`, 'gu');

/** "15/08/1445", "14/03/1437 H", "1445/08/15 هـ": Hijri dates (years 1350–1499 of the Hijra are 1931–2077). */
const HIJRI_DAY_MONTH = /(?<![\d./-])((?:[12]\d|30|0?[1-9])([/.-])(?:1[0-2]|0?[1-9]))\2(?:13[5-9]\d|14\d{2})(?![\d./-])/g;
const HIJRI_YEAR_FIRST = /(?<![\d./-])(?:13[5-9]\d|14\d{2})([/.-])((?:1[0-2]|0?[1-9])\1(?:[12]\d|30|0?[1-9]))(?![\d./-])/g;

/** "Showa 49.11.3", "H30.4.1", "R6/5/20": a Japanese era year, then the month and the day. */
const JAPANESE_ERA_DATE =
  /(?<![\p{L}\d])(?:Meiji|Taisho|Taishō|Showa|Shōwa|Heisei|Reiwa|[MTSHR])\.?\s?\d{1,2}([./-])((?:1[0-2]|0?[1-9])\1(?:[12]\d|3[01]|0?[1-9]))(?![\d./-])/gu;

/** "113.06.18", "113-06-18": Taiwan's Minguo year before a month and day with dots or dashes (slashes: the date detector). */
const MINGUO_DOTTED_DATE = /(?<![\d./-])1[01]\d([.-])((?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01]))(?![\d./-])/g;

/** Quick rule-outs. */
const HAS_HANGUL_DATE = /\d\s?월/;
const HAS_VIETNAMESE_MONTH = /tháng/i;
const HAS_ROMAN_MONTH = /\d[-./ ][IVX]/;
const HAS_THREE_DIGIT_YEAR_FIRST = /(?<!\d)1[01]\d[.-]\d/;

export function scanWorldDates(text: string, push: (start: number, end: number) => void): void {
  scanGroupSpans(DAY_WORLD_MONTH, text, 1, push);
  scanMonthsBeforeYears(text, push);
  if (HAS_HANGUL_DATE.test(text)) scanGroupSpans(KOREAN_MONTH_DAY, text, 1, push);
  if (HAS_VIETNAMESE_MONTH.test(text)) {
    scanGroupSpans(VIETNAMESE_DAY_MONTH, text, 1, push);
    scanGroupSpans(VIETNAMESE_MONTH_YEAR, text, 1, push);
  }
  if (HAS_ROMAN_MONTH.test(text)) scanGroupSpans(ROMAN_MONTH_DATE, text, 1, push);
  if (/\/|\.|-/.test(text)) {
    scanGroupSpans(HIJRI_DAY_MONTH, text, 1, push);
    scanGroupSpans(HIJRI_YEAR_FIRST, text, 2, push);
    scanGroupSpans(JAPANESE_ERA_DATE, text, 2, push, validMonthDay);
  }
  // Only in a Chinese note: 113.06.18 elsewhere is a version or a measurement.
  if (HAS_THREE_DIGIT_YEAR_FIRST.test(text) && /[\u4e00-\u9fa5]/.test(text)) scanGroupSpans(MINGUO_DOTTED_DATE, text, 2, push, validMonthDay);
}

/**
 * The matches of WORLD_MONTH_YEAR that a scan over the whole note finds, in its order: each year's window is tried from its
 * first possible start (or the end of the last match) up to the year, and the first match there is the next one.
 */
function scanMonthsBeforeYears(text: string, push: (start: number, end: number) => void): void {
  let resume = 0;
  YEAR_AFTER_SPACE.lastIndex = 0;
  let year: RegExpExecArray | null;
  while ((year = YEAR_AFTER_SPACE.exec(text)) !== null) {
    const yearStart = year.index + 1;
    for (let at = Math.max(resume, yearStart - MOST_BEFORE_YEAR); at < yearStart; at++) {
      WORLD_MONTH_YEAR_AT.lastIndex = at;
      const match = WORLD_MONTH_YEAR_AT.exec(text);
      if (match === null) continue;
      resume = WORLD_MONTH_YEAR_AT.lastIndex;
      const month = match[1] ?? '';
      if (!MONTH_AS_WORD_WITHOUT_DAY.test(month)) push(match.index, match.index + month.length);
      break;
    }
  }
}

function validMonthDay(value: string): boolean {
  const [month = 0, day = 0] = value.split(/[./-]/).map(Number);
  return isValidCalendarDate(2000, month, day);
}
