import { isClinicalEnglishTermWord, isClinicalEnglishWord } from '../clinical-vocabulary';
import { ENGLISH_CITIES } from '../data/cities';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, PINYIN_SURNAMES, SURNAMES } from '../data/english-names';
import type { Detection } from '../deid.types';
import { isEnglishWord } from '../english-words';
import { NOT_A_PERSON, type CapitalisedToken } from './english-lone-name.scanner';
import { NOT_A_PERSON_PROPER } from './english-unlisted-pair.scanner';

/**
 * Names listed with nothing else to say who they are: "Chen, Huang and Okonkwo are on call tonight", "Abebe Girma, Hana
 * Tesfaye and Yonas Bekele were screened", "Aaliyah, Destiny, Jamal — siblings". The list opens a clause and is closed
 * by a plural verb (are, were, have, will) or a dash or bracket before a word for a group of people (twins, siblings).
 * Before a verb every item must look like a name (a listed given name or surname, or a word no English word list
 * holds), since lists of drugs, conditions, days and places take the same verbs; before a group word the group says
 * they are people, so given names that are also words (Destiny, Faith, Hope) count. One item that is a clinical word,
 * a role, a weekday, a country or a town keeps the whole list.
 */
const PRIORITY = 52;
const SCORE = 0.65;

/** The start of the text or a line, or after a sentence end or a colon and up to three spaces; read by hand, once per word. */
function opensClause(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && start - index <= 3 && text.charAt(index) === ' ') index--;
  if (index < 0) return true;
  const char = text.charAt(index);
  return char === '\n' || char === ':' || ((char === '.' || char === ';' || char === '!' || char === '?') && index < start - 1);
}
const SEPARATORS = new Set([', ', ' and ', ', and ', ' & ']);
const PLURAL_VERB_AFTER = /^ (?:are|were|have|had|will|both|all)\b/;
const GROUP_WORD_AFTER = /^(?: ?[—–-]{1,2} ?| ?\()(?:twins|triplets|siblings|brothers|sisters|cousins|sibs)\b/;
const MAX_ITEM_WORDS = 3;
const MAX_ITEMS = 6;

export interface NameListGuards {
  readonly notAName: (word: string) => boolean;
}

function isPersonWord(word: string, guards: NameListGuards): boolean {
  return (
    !guards.notAName(word) &&
    !NOT_A_PERSON.has(word) &&
    !NOT_A_PERSON_PROPER.has(word) &&
    !ENGLISH_CITIES.has(word) &&
    !isClinicalEnglishWord(word) &&
    !isClinicalEnglishTermWord(word)
  );
}

/** A listed given name or surname, or a word outside the English word list (every part of a hyphenated word). */
function looksLikeName(word: string): boolean {
  if ((GIVEN_NAMES.has(word) && !AMBIGUOUS_GIVEN_NAMES.has(word)) || SURNAMES.has(word) || PINYIN_SURNAMES.has(word)) return true;
  return word.split('-').every((part) => !isEnglishWord(part.toLowerCase()));
}

export function scanNameLists(text: string, tokens: readonly CapitalisedToken[], guards: NameListGuards): Detection[] {
  const detections: Detection[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as CapitalisedToken;
    if (!opensClause(text, first.start)) continue;
    const items: CapitalisedToken[][] = [];
    let j = i;
    for (;;) {
      const item = [tokens[j] as CapitalisedToken];
      while (
        item.length < MAX_ITEM_WORDS &&
        tokens[j + 1] &&
        text.slice((tokens[j] as CapitalisedToken).end, (tokens[j + 1] as CapitalisedToken).start) === ' '
      ) {
        j++;
        item.push(tokens[j] as CapitalisedToken);
      }
      items.push(item);
      const next = tokens[j + 1];
      const last = item[item.length - 1] as CapitalisedToken;
      if (!next || items.length >= MAX_ITEMS || !SEPARATORS.has(text.slice(last.end, next.start))) break;
      j++;
    }
    if (items.length >= 2) detections.push(...listedNames(text, items, guards));
    i = j;
  }
  return detections;
}

function listedNames(text: string, items: readonly CapitalisedToken[][], guards: NameListGuards): Detection[] {
  const lastItem = items[items.length - 1] as CapitalisedToken[];
  const after = text.slice((lastItem[lastItem.length - 1] as CapitalisedToken).end, (lastItem[lastItem.length - 1] as CapitalisedToken).end + 16);
  const byGroupWord = GROUP_WORD_AFTER.test(after);
  if (!byGroupWord && !PLURAL_VERB_AFTER.test(after)) return [];
  if (!items.every((item) => item.every((word) => isPersonWord(word.text, guards)))) return [];
  if (!byGroupWord && !items.every((item) => item.some((word) => looksLikeName(word.text)))) return [];
  return items.map((item) => ({
    type: 'name' as const,
    start: (item[0] as CapitalisedToken).start,
    end: (item[item.length - 1] as CapitalisedToken).end,
    priority: PRIORITY,
    score: SCORE,
  }));
}
