import type { DictionaryConcept } from '../dictionary/dictionary.types';

/** Shortest word, written or looked up, that a misspelling is tried for. */
const MIN_LENGTH = 6;

/** A form the fallback is tried for: one word of lower-case Latin letters. */
const LATIN_WORD = /^[a-z]+$/;

/** a, e, i, o, u as char codes. */
function isVowelCode(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117;
}

/**
 * A hash of the consonant skeleton of text[start, end): vowels dropped, doubled consonants counted once.
 * Misspellings that keep the skeleton ("nausia", "diarhea", "metformine") are vowel or doubling slips; a changed
 * consonant ("dysphasia" for "dysphagia", "aphagia" for "aphasia") is another word and never looked up. Computed
 * without building a string: most words looked up are ordinary words that match nothing.
 */
function skeletonHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  let last = -1;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (isVowelCode(code) || code === last) continue;
    last = code;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 0;
}

/** The skeleton itself, compared only for the rare word whose hash is a name's (a hash can collide). */
function skeleton(word: string): string {
  let out = '';
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (!isVowelCode(code) && code !== out.charCodeAt(out.length - 1)) out += word[at];
  }
  return out;
}

/** Optimal string alignment distance, stopped early above 1: all this needs to know. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tailA = a.length - 1;
  const tailB = b.length - 1;
  let j = 0;
  while (j <= tailA - i && j <= tailB - i && a[tailA - j] === b[tailB - j]) j++;
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}

/**
 * A conservative spelling fallback for single Latin words of six letters or more that matched nothing: one
 * vowel or doubling slip from exactly one condition or drug name with the same first letter.
 */
export class TypoFallback {
  /**
   * Forms as added, indexed on the first lookup: most texts have no long Latin word left unmatched, so loading the
   * dictionary does not pay for the index.
   */
  private pending: { form: string; concept: DictionaryConcept }[] = [];
  private readonly bySkeleton = new Map<number, { form: string; concepts: DictionaryConcept[] }[]>();

  add(form: string, concept: DictionaryConcept): void {
    if (concept.kind !== 'condition' && concept.kind !== 'drug') return;
    if (form.length < MIN_LENGTH) return;
    this.pending.push({ form, concept });
  }

  /** The concepts the misspelt word text[start, end) means, or null when it is no slip of one name. */
  lookup(text: string, start: number, end: number): readonly DictionaryConcept[] | null {
    if (end - start < MIN_LENGTH) return null;
    if (this.pending.length > 0) this.buildIndex();
    const entries = this.bySkeleton.get(skeletonHash(text, start, end));
    if (entries === undefined) return null;
    const word = text.slice(start, end);
    let found: DictionaryConcept[] | null = null;
    for (const { form, concepts } of entries) {
      if (form[0] !== word[0] || !withinOneEdit(word, form) || skeleton(word) !== skeleton(form)) continue;
      if (found !== null && concepts.some((concept) => !found?.includes(concept))) return null;
      found ??= concepts;
    }
    return found;
  }

  /** Indexes the forms added so far now (at start-up) instead of on the first lookup. */
  buildIndex(): void {
    for (const { form, concept } of this.pending) {
      if (!LATIN_WORD.test(form)) continue;
      const key = skeletonHash(form, 0, form.length);
      let entries = this.bySkeleton.get(key);
      if (entries === undefined) this.bySkeleton.set(key, (entries = []));
      const entry = entries.find((candidate) => candidate.form === form);
      if (entry === undefined) entries.push({ form, concepts: [concept] });
      else if (!entry.concepts.includes(concept)) entry.concepts.push(concept);
    }
    this.pending = [];
  }
}
