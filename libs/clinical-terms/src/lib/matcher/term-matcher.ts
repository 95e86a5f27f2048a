import { AhoCorasick } from './aho-corasick';
import type { DictionaryConcept } from '../dictionary/dictionary.types';
import { normaliseText, normaliseTerm, type NormalisedText } from '../normalise/normalise-text';
import { surfaceVariants, symptomPluralVariants } from './surface-variants';
import {
  LONGER_DISEASE_WORDS,
  LONGER_WORDS_HIDING_A_DRUG,
  namesAgentOrTest,
  WORDS_NAMING_A_TEAM,
  WORDS_NAMING_A_VACCINE_OR_TEST,
} from './chinese-word-context';
import { TypoFallback } from './typo-fallback';

/** One dictionary hit, in normalised-text offsets. */
export interface TermHit {
  readonly start: number;
  readonly end: number;
  /** Every concept whose surface form is exactly this span (usually one). */
  readonly concepts: readonly DictionaryConcept[];
}

interface SurfacePayload {
  /** null for a longer word that only blocks the shorter names inside it. */
  readonly concept: DictionaryConcept | null;
  /** Set for short mixed-case abbreviations ("MI", "AF", "K"): the exact cased form required. */
  readonly exactCase: string | null;
  readonly needsStartBoundary: boolean;
  /** An abbreviation read only as a query: "?" right before it, a space allowed between. */
  readonly afterQuery?: true;
  readonly endBoundary: 'none' | 'letter' | 'alnum';
}

const ASCII_ALNUM = /[A-Za-z0-9]/;
/** A run of six Latin letters or more in folded text: the words the spelling fallback looks at. */
const LONG_LATIN_WORD = /[a-z]{6,}/;
/** The same, to walk a text's words (compiled once; a walk reads from the start and runs to completion). */
const LONG_LATIN_WORDS = new RegExp(LONG_LATIN_WORD.source, 'g');
const NO_CONCEPTS: readonly DictionaryConcept[] = [];

function isCjkCode(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}
const ASCII_LETTER = /[A-Za-z]/;
const NEGATING_WU = '无'.charCodeAt(0);

function isAsciiLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isAsciiAlnumCode(code: number): boolean {
  return isAsciiLetterCode(code) || (code >= 48 && code <= 57);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * Short ASCII forms with a capital are abbreviations ("MI", "AF", "Na"); matched
 * case-insensitively they would fire inside ordinary words and sentences ("mi", "af").
 */
function exactCaseFor(form: string): string | null {
  const trimmed = form.trim();
  if (trimmed.length > 3) return null;
  // ASCII normalises to itself (most abbreviations): no offset maps built for it.
  const cased = isAscii(trimmed) ? trimmed : normaliseText(trimmed).cased;
  return /^[\x20-\x7e]{1,3}$/.test(cased) && /[A-Z]/.test(cased) ? cased : null;
}

function surfaceFormsOf(concept: DictionaryConcept): readonly string[] {
  const written = [concept.zh, concept.en, ...concept.zhSynonyms, ...concept.enSynonyms];
  // Abbreviations are matched as written (case-exact when short); only names get spelling variants.
  const forms = [...written, ...written.flatMap(surfaceVariants)];
  const plurals = concept.kind === 'condition' && concept.category === 'symptom' ? forms.flatMap(symptomPluralVariants) : [];
  return [...forms, ...plurals, ...concept.abbreviations];
}

/** Whether a "?" stands right before `start` ("?SBP", "? HIT"). */
function followsQuery(folded: string, start: number): boolean {
  const before = start > 0 && folded[start - 1] === ' ' ? start - 2 : start - 1;
  return before >= 0 && folded[before] === '?';
}

/** Finds dictionary terms in text: leftmost-longest, on word boundaries for Latin script. */
export class TermMatcher {
  private readonly automaton = new AhoCorasick<SurfacePayload>();
  private readonly typos = new TypoFallback();
  /**
   * Per start offset, the longest acceptable span's end and its concepts: scratch reused by every call
   * (a call runs to completion before the next, so sharing is safe), grown to the longest text seen.
   */
  private bestEnd = new Int32Array(0);
  private bestConcepts: (readonly DictionaryConcept[] | null)[] = [];
  /** Per automaton output list, the concepts of its surface forms in order, each once (null forms skipped). */
  private readonly conceptsByOutput = new WeakMap<readonly SurfacePayload[], readonly DictionaryConcept[]>();

  constructor(concepts: Iterable<DictionaryConcept>) {
    const listed = [...concepts];
    // Forms added so far per concept (kind and id): one key string per concept, the form's own key per form.
    const seenByConcept = new Map<string, Set<string>>();
    for (const concept of listed) {
      const conceptKey = `${concept.kind}\u0000${concept.id}`;
      let seen = seenByConcept.get(conceptKey);
      if (seen === undefined) seenByConcept.set(conceptKey, (seen = new Set<string>()));
      for (const form of surfaceFormsOf(concept)) {
        const normalised = normaliseTerm(form);
        if (normalised.length === 0) continue;
        const exactCase = exactCaseFor(form);
        const key = exactCase === null ? normalised : `${normalised}\u0000${exactCase}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (exactCase === null) this.typos.add(normalised, concept);
        const last = normalised[normalised.length - 1];
        this.automaton.add(normalised, {
          concept,
          exactCase,
          needsStartBoundary: ASCII_ALNUM.test(normalised[0]),
          endBoundary: ASCII_LETTER.test(last) ? 'letter' : ASCII_ALNUM.test(last) ? 'alnum' : 'none',
        });
      }
    }
    for (const word of [...LONGER_DISEASE_WORDS, ...LONGER_WORDS_HIDING_A_DRUG]) {
      this.automaton.add(normaliseTerm(word), { concept: null, exactCase: null, needsStartBoundary: false, endBoundary: 'none' });
    }
    for (const concept of listed) {
      if (concept.kind !== 'condition') continue;
      for (const form of concept.queryAbbreviations) {
        this.automaton.add(normaliseTerm(form), { concept, exactCase: exactCaseFor(form), needsStartBoundary: true, endBoundary: 'alnum', afterQuery: true });
      }
    }
    for (const word of [...WORDS_NAMING_A_TEAM, ...WORDS_NAMING_A_VACCINE_OR_TEST]) {
      const latin = ASCII_LETTER.test(word);
      this.automaton.add(normaliseTerm(word), { concept: null, exactCase: null, needsStartBoundary: latin, endBoundary: latin ? 'letter' : 'none' });
    }
    this.automaton.build();
  }

  /** Does now what the first texts would otherwise pay for: the spelling fallback's index. */
  warmUp(): void {
    this.typos.buildIndex();
  }

  get automatonSize(): number {
    return this.automaton.size;
  }

  find(text: NormalisedText): TermHit[] {
    const { folded, cased } = text;
    // For each start offset, the longest acceptable span and its concepts (arrays, not maps: hot path).
    if (this.bestEnd.length < folded.length) {
      this.bestEnd = new Int32Array(folded.length * 2);
      this.bestConcepts = new Array<readonly DictionaryConcept[] | null>(folded.length * 2);
    }
    const { bestEnd, bestConcepts } = this;
    bestEnd.fill(-1, 0, folded.length);
    bestConcepts.fill(null, 0, folded.length);
    const acceptable = (payload: SurfacePayload, start: number, end: number): boolean => {
      if (payload.needsStartBoundary && start > 0 && isAsciiAlnumCode(folded.charCodeAt(start - 1))) return false;
      if (end < folded.length) {
        const next = folded.charCodeAt(end);
        if (payload.endBoundary === 'letter' && isAsciiLetterCode(next)) return false;
        if (payload.endBoundary === 'alnum' && isAsciiAlnumCode(next)) return false;
      }
      const exactCase = payload.exactCase;
      if (exactCase !== null && (exactCase.length !== end - start || !cased.startsWith(exactCase, start))) return false;
      return payload.afterQuery !== true || followsQuery(folded, start);
    };
    this.automaton.scanEach(folded, (start, end, payloads) => {
      let acceptedCount = 0;
      for (const payload of payloads) if (acceptable(payload, start, end)) acceptedCount++;
      if (acceptedCount === 0) return;
      let accepted: readonly DictionaryConcept[];
      if (acceptedCount === payloads.length) {
        // Every surface form here stands (most matches): the span's concepts, worked out once per output list.
        accepted = this.conceptsOf(payloads);
      } else {
        const some: DictionaryConcept[] = [];
        for (const payload of payloads) {
          if (payload.concept !== null && !some.includes(payload.concept) && acceptable(payload, start, end)) some.push(payload.concept);
        }
        accepted = some;
      }
      // A Chinese name that begins an organism, test or vaccine word ("肺炎链球菌") blocks, like a longer word.
      if (accepted.length > 0 && isCjkCode(folded.charCodeAt(end - 1)) && namesAgentOrTest(folded, end)) accepted = NO_CONCEPTS;
      const currentEnd = bestEnd[start];
      if (end > currentEnd) {
        bestEnd[start] = end;
        bestConcepts[start] = accepted;
      } else if (end === currentEnd) {
        // Lists may be shared between spans: merge into a new one.
        const current = bestConcepts[start];
        if (current === null || current.length === 0) bestConcepts[start] = accepted;
        else bestConcepts[start] = [...current, ...accepted.filter((concept) => !current.includes(concept))];
      }
    });
    const hits: TermHit[] = [];
    let start = 0;
    while (start < folded.length) {
      if (bestEnd[start] < 0) {
        start++;
        continue;
      }
      // Prefer a longer span that starts inside this one ("2型糖尿病" over "2型" + ...).
      let chosenStart = start;
      for (let inner = start + 1; inner < bestEnd[chosenStart]; inner++) {
        if (bestEnd[inner] - inner > bestEnd[chosenStart] - chosenStart) chosenStart = inner;
      }
      // A form that opens with 无 (无尿, anuria) yields to a term starting right after the 无 that reaches as
      // far: in 无尿痛 and 无尿频 the 无 denies 尿痛 and 尿频, it does not name anuria.
      const afterNegation = chosenStart + 1;
      if (folded.charCodeAt(chosenStart) === NEGATING_WU && bestEnd[afterNegation] >= bestEnd[chosenStart] && (bestConcepts[afterNegation]?.length ?? 0) > 0) {
        chosenStart = afterNegation;
      }
      // A blocking word consumes its span and yields no hit.
      const concepts = bestConcepts[chosenStart] ?? NO_CONCEPTS;
      if (concepts.length > 0) hits.push({ start: chosenStart, end: bestEnd[chosenStart], concepts });
      start = bestEnd[chosenStart];
    }
    return this.withMisspellings(folded, hits);
  }

  private conceptsOf(payloads: readonly SurfacePayload[]): readonly DictionaryConcept[] {
    let concepts = this.conceptsByOutput.get(payloads);
    if (concepts === undefined) {
      const listed: DictionaryConcept[] = [];
      for (const { concept } of payloads) if (concept !== null && !listed.includes(concept)) listed.push(concept);
      concepts = listed;
      this.conceptsByOutput.set(payloads, concepts);
    }
    return concepts;
  }

  /** Whether a dictionary span or blocking word starts in [start, end) (from the last `find`). */
  private anySpanStartsIn(start: number, end: number): boolean {
    for (let at = start; at < end; at++) if (this.bestEnd[at] >= 0) return true;
    return false;
  }

  /** Adds a hit for each Latin word of six letters or more that nothing matched and that is a slip of one name. */
  private withMisspellings(folded: string, hits: TermHit[]): TermHit[] {
    let added: TermHit[] | null = null;
    let hitIndex = 0;
    const words = LONG_LATIN_WORDS;
    words.lastIndex = 0;
    for (let match = words.exec(folded); match !== null; match = words.exec(folded)) {
      const start = match.index;
      const end = start + match[0].length;
      if ((start > 0 && isAsciiAlnumCode(folded.charCodeAt(start - 1))) || (end < folded.length && isAsciiAlnumCode(folded.charCodeAt(end)))) continue;
      while (hitIndex < hits.length && hits[hitIndex].end <= start) hitIndex++;
      if (hitIndex < hits.length && hits[hitIndex].start < end) continue;
      const concepts = this.typos.lookup(folded, start, end);
      if (concepts !== null && !this.anySpanStartsIn(start, end)) (added ??= []).push({ start, end, concepts });
    }
    if (added === null) return hits;
    return [...hits, ...added].sort((a, b) => a.start - b.start);
  }
}
