import { AhoCorasick } from '../matcher/aho-corasick';
import {
  KINSHIP_TERMS,
  PATIENT_SUBJECT,
  phraseAlternation,
  SELF_NEGATING_TERMS,
  POST_TRIGGERS,
  PRE_TRIGGERS,
  SCOPE_BREAKERS,
  type TriggerKind,
} from './context-triggers';

export interface ConceptContext {
  readonly negated: boolean;
  readonly uncertain: boolean;
  readonly family: boolean;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

type PreKind = TriggerKind | 'breaker';

interface TriggerHit {
  readonly start: number;
  readonly end: number;
  readonly kind: PreKind;
}

const PRE_KIND = new Map<string, PreKind>([
  ...PRE_TRIGGERS.map((trigger) => [trigger.phrase, trigger.kind] as const),
  ...SCOPE_BREAKERS.map((phrase) => [phrase, 'breaker'] as const),
]);

interface TriggerPhrase {
  readonly kind: PreKind;
  /** Latin at its edges: then it must stand on a word boundary there. */
  readonly latinStart: boolean;
  readonly latinEnd: boolean;
}

/** All pre-concept triggers in one automaton: one pass per text instead of a regex per concept. */
const PRE_AUTOMATON = (() => {
  const automaton = new AhoCorasick<TriggerPhrase>();
  for (const [phrase, kind] of PRE_KIND) automaton.add(phrase, { kind, latinStart: /^[a-z]/.test(phrase), latinEnd: /[a-z]$/.test(phrase) });
  return automaton.build();
})();

function isLatinWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Per start offset, the end of the longest trigger starting there and its kind: scratch shared by calls, grown as needed. */
let triggerEndAt = new Int32Array(0);
let triggerKindAt: PreKind[] = [];

/** Leftmost-longest trigger phrases; Latin phrases only on word boundaries. */
function findTriggers(text: string): TriggerHit[] {
  if (triggerEndAt.length < text.length) {
    triggerEndAt = new Int32Array(text.length * 2);
    triggerKindAt = new Array<PreKind>(text.length * 2);
  }
  const endAt = triggerEndAt;
  const kindAt = triggerKindAt;
  endAt.fill(-1, 0, text.length);
  PRE_AUTOMATON.scanEach(text, (start, end, payloads) => {
    for (const { kind, latinStart, latinEnd } of payloads) {
      if (latinStart && start > 0 && isLatinWordCode(text.charCodeAt(start - 1))) continue;
      if (latinEnd && end < text.length && isLatinWordCode(text.charCodeAt(end))) continue;
      if (end > endAt[start]) {
        endAt[start] = end;
        kindAt[start] = kind;
      }
    }
  });
  const chosen: TriggerHit[] = [];
  for (let start = 0; start < text.length; start++) {
    if (endAt[start] < 0) continue;
    chosen.push({ start, end: endAt[start], kind: kindAt[start] });
    start = endAt[start] - 1;
  }
  return chosen;
}

const POST_KIND = new Map<string, TriggerKind>(POST_TRIGGERS.map((trigger) => [trigger.phrase, trigger.kind]));
// A post trigger must close its phrase: "肺炎可能。" is doubt, "糖尿病可能导致…" is not.
// "?" needs no closing: "疟疾?近期非洲旅居史".
const POST_PATTERN = new RegExp(
  `^(?:\\s|史|病史|is|was|has been|已)*(?:\\?|(?:${phraseAlternation([...POST_KIND.keys()].filter((phrase) => phrase !== '?'))})(?=$|[\\s,。;.!?:()、]|和|及))`,
);

/** Between two listed concepts: "高血压、糖尿病", "fever or chills", "CAD/MI". */
const LIST_GAP = /^(?:\s|、|\/|和|及|与|或|以及|and|or|nor|&)*$/;
/** A comma that separates items of an English list rather than clauses: "no fever, chills, or cough". */
const LIST_COMMA_GAP = /^\s*,\s*(?:(?:and|or|nor)\s+)?$/;

/** A "家族史：" / "Family history:" heading puts the rest of its sentence in family context. */
const FAMILY_HEADING = /(?:家族史|家族病史|family history|family hx|fam hx|f\/h|fhx?)\s*[:-]/g;

/**
 * The relative named after the disease: "DM (father)", "HTN in mother", "stroke — mother",
 * "糖尿病(父亲)". A comma is not enough ("HTN, mother has DM": the HTN is the patient's).
 */
const KIN_AFTER = new RegExp(
  `^\\s*(?:[(\\[]\\s*(?:in\\s+|其|患者)?|[—–-]+\\s*|:\\s*|in\\s+(?:(?:his|her|the|a|both)\\s+)?)(?:${phraseAlternation(KINSHIP_TERMS)})`,
);

/** Words that make a Chinese sentence a question ("如何治疗高血压?"); without one, "诊断:胆囊炎?" is a query. */
const CHINESE_INTERROGATIVE = /如何|怎么|怎样|什么|哪|吗|呢|能否|是否|可否|为什么|为何|有没有|会不会|要不要|该不该/;

/** A Chinese name right before "?" doubts the name, unless the clause asks a question. */
function isQueryAfterChineseName(text: string, clauseStart: number, span: Span): boolean {
  const last = text.charCodeAt(span.end - 1);
  return last >= 0x4e00 && last <= 0x9fff && !CHINESE_INTERROGATIVE.test(text.slice(clauseStart, span.start));
}

function isTerminatorAt(text: string, i: number): boolean {
  const char = text[i];
  switch (char) {
    case ',':
    case '。':
    case ';':
    case '!':
    case '\n':
      return true;
    case '.': {
      // A decimal point or an abbreviation dot ("y.o.") does not end a clause.
      const next = text.charCodeAt(i + 1);
      return Number.isNaN(next) || next === 32 || next === 10;
    }
    case '?': {
      // "?PE" marks doubt about what follows; a question mark before a space ends the clause,
      // unless it opens the clause ("? sepsis", "Dx: ? PE"): then it is doubt about what follows.
      const next = text.charCodeAt(i + 1);
      if (!(Number.isNaN(next) || next === 32 || next === 10 || next === 63)) return false;
      return !opensClause(text, i);
    }
    default:
      return false;
  }
}

/** True when only spaces, a heading colon or a clause end come before position i. */
function opensClause(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const char = text[j];
    if (char === ' ') continue;
    return char === '\n' || char === ',' || char === ';' || char === ':' || char === '。' || char === '(';
  }
  return true;
}

function isSentenceEndAt(text: string, i: number): boolean {
  const char = text[i];
  return char === '。' || char === ';' || char === '\n' || char === '!' || (char === '.' && isTerminatorAt(text, i));
}

function lastIndexBefore(text: string, end: number, floor: number, test: (text: string, i: number) => boolean): number {
  for (let i = end - 1; i >= floor; i--) if (test(text, i)) return i;
  return -1;
}

function firstIndexFrom(text: string, start: number, test: (text: string, i: number) => boolean): number {
  for (let i = start; i < text.length; i++) if (test(text, i)) return i;
  return text.length;
}

function firstTriggerAtOrAfter(triggers: readonly TriggerHit[], position: number): number {
  let low = 0;
  let high = triggers.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (triggers[middle].start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * "父亲有冠心病,60岁时心梗去世": a relative who opens the sentence stays its subject over later clauses
 * that name no subject of their own.
 */
function relativeIsSentenceSubject(text: string, triggers: readonly TriggerHit[], sentenceStart: number, spanStart: number): boolean {
  let opening = sentenceStart;
  while (opening < spanStart && text[opening] === ' ') opening++;
  const first = triggers[firstTriggerAtOrAfter(triggers, opening)];
  if (first === undefined || first.start !== opening || first.kind !== 'family') return false;
  return !PATIENT_SUBJECT.test(text.slice(first.end, spanStart));
}

function preTriggerKinds(triggers: readonly TriggerHit[], from: number, to: number): Set<TriggerKind> {
  const active = new Set<TriggerKind>();
  for (let i = firstTriggerAtOrAfter(triggers, from); i < triggers.length && triggers[i].end <= to; i++) {
    const kind = triggers[i].kind;
    if (kind === 'breaker') active.clear();
    else if (kind === 'pseudo') active.delete('negation');
    else active.add(kind);
  }
  return active;
}

/**
 * Negation, uncertainty and family history for each concept span, NegEx-style: a trigger
 * before a concept reaches it within the same clause (clauses end at , 。 ; and at "but"/"但"),
 * a trigger right after a concept (or after a list of concepts) applies back to the list.
 * `text` is the case-folded normalised text; spans are in its offsets, in text order.
 */
export function assessContext(text: string, spans: readonly Span[]): ConceptContext[] {
  const clauseStarts: number[] = [];
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index];
    let clauseStart = lastIndexBefore(text, span.start, 0, isTerminatorAt) + 1;
    const previous = spans[index - 1];
    if (
      previous !== undefined &&
      clauseStart > previous.end &&
      LIST_COMMA_GAP.test(text.slice(previous.end, span.start)) &&
      /[a-z]/.test(text[previous.end - 1] ?? '') &&
      /[a-z]/.test(text[span.start] ?? '')
    ) {
      clauseStart = clauseStarts[index - 1];
    } else if (previous !== undefined && clauseStart <= previous.start) {
      // Same clause as the previous concept, whose start may already reach back over a list
      // ("denies fever, cough or dyspnoea": dyspnoea shares cough's reach back to "denies").
      clauseStart = Math.min(clauseStart, clauseStarts[index - 1]);
    }
    clauseStarts.push(clauseStart);
  }

  const postKinds: (TriggerKind | null)[] = spans.map(() => null);
  for (let index = 0; index < spans.length; index++) {
    // Walk forward over a list of concepts; a trigger after the list covers all of them.
    let last = index;
    while (last + 1 < spans.length && LIST_GAP.test(text.slice(spans[last].end, spans[last + 1].start))) last++;
    const afterStart = spans[last].end;
    const after = text.slice(afterStart, Math.min(afterStart + 40, firstIndexFrom(text, afterStart, isSentenceEndAt)));
    const match = POST_PATTERN.exec(after);
    if (match === null) continue;
    const phrase = match[0].replace(/^(?:\s|史|病史|is|was|has been|已)*/, '');
    const kind = POST_KIND.get(phrase) ?? POST_KIND.get(match[0].trim()) ?? null;
    // "肺炎?" is a query; "what is the treatment of diabetes?" is a question, not doubt.
    if (
      phrase === '?' &&
      !isQueryAfterChineseName(text, clauseStarts[index], spans[index]) &&
      text.slice(clauseStarts[index], spans[index].start).trim() !== ''
    )
      continue;
    // "sepsis ?source": the doubt is about the word after the mark (the source), not the sepsis.
    if (phrase === '?' && /^\s+\?\s*[a-z]/.test(after)) continue;
    postKinds[index] = kind;
  }

  const triggers = spans.length === 0 ? [] : findTriggers(text);
  return spans.map((span, index) => {
    const pre = preTriggerKinds(triggers, clauseStarts[index], span.start);
    const sentenceStart = lastIndexBefore(text, span.start, 0, isSentenceEndAt) + 1;
    FAMILY_HEADING.lastIndex = 0;
    const familyHeading = FAMILY_HEADING.test(text.slice(sentenceStart, span.start));
    const post = postKinds[index];
    const kinAfter = KIN_AFTER.test(text.slice(span.end, span.end + 30));
    const selfNegating = SELF_NEGATING_TERMS.has(text.slice(span.start, span.end));
    return {
      negated: (pre.has('negation') || post === 'negation' || selfNegating) && !pre.has('uncertainty') && post !== 'uncertainty',
      uncertain: pre.has('uncertainty') || post === 'uncertainty',
      family: pre.has('family') || post === 'family' || familyHeading || kinAfter || relativeIsSentenceSubject(text, triggers, sentenceStart, span.start),
    };
  });
}
