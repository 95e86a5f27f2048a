import { AhoCorasick } from '../matcher/aho-corasick';
import {
  KINSHIP_TERMS,
  PATIENT_SUBJECT,
  phraseAlternation,
  SELF_NEGATING_TERMS,
  POST_ANSWER_AT_CLAUSE_END,
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
// 均/都 give the answer to every finding listed before it: "恶心呕吐均无", "发热、寒战均否认".
const POST_LEAD = '(?:\\s|史|病史|is|was|has been|已|均|都)*';
const POST_PATTERN = new RegExp(
  `^${POST_LEAD}(?:\\?|(?:${phraseAlternation([...POST_KIND.keys()].filter((phrase) => phrase !== '?'))})(?=$|[\\s,。;.!?:()、|]|和|及))`,
);
const POST_LEAD_PATTERN = new RegExp(`^${POST_LEAD}`);
/**
 * Words go on after a bare answer: it opens what follows ("cough denied fever") rather than answering the finding,
 * unless they only say since when or how it was found ("seizures: none since 2022", "fever - nil overnight").
 */
const CLAUSE_GOES_ON = /^\s+(?!(?:since|today|now|currently|at present|reported|noted|overnight|this|in the last|for)\b)[\p{L}]/u;

/** Between two listed concepts: "高血压、糖尿病", "fever or chills", "CAD/MI". */
const LIST_GAP = /^(?:\s|、|\/|和|及|与|或|以及|and|or|nor|&)*$/;
/** Between two alternatives of a differential: "肺栓塞或心梗待排", "PE or MI?", "PE/dissection". */
const ALTERNATIVE_GAP = /^\s*(?:或者|或是|或|or|\/)\s*$/;
/** Two terms weighed against each other, "PE vs pneumonia": both are doubted. */
const DIFFERENTIAL_GAP = /^\s*(?:vs\.?|versus)\s*$/;
/** Terms set side by side with only a space: separate items ("疑似肺炎 发热 咳嗽"), not one phrase. */
const ITEM_GAP = /^\s+$/;
/**
 * A comma that separates items of an English list rather than clauses: "no fever, chills, or cough"; the heart
 * examination's "no murmurs, rubs or gallops" lists findings with no code of their own (rubs, clicks, thrills, heaves).
 */
const LIST_COMMA_GAP = /^\s*,\s*(?:(?:rubs?|clicks?|thrills?|heaves?)\s*(?:,\s*)?)*(?:(?:and|or|nor)\s+)?$/;

/** A "家族史：" / "Family history:" heading puts the rest of its sentence in family context. */
const FAMILY_HEADING = /(?:家族史|家族病史|family history|family hx|fam hx|f\/h|fhx?)\s*[:-]/g;

/**
 * The relative named after the disease: "DM (father)", "HTN in mother", "stroke — mother",
 * "糖尿病(父亲)". A comma is not enough ("HTN, mother has DM": the HTN is the patient's).
 */
const KIN_AFTER = new RegExp(
  `^\\s*(?:[(\\[]\\s*(?:in\\s+|其|患者)?|[—–-]+\\s*|:\\s*|in\\s+(?:(?:his|her|the|a|both)\\s+)?)(?:${phraseAlternation(KINSHIP_TERMS)})`,
);

/** "likely secondary to UTI": the doubt word qualifies the cause named next, not the finding before it. */
const NAMES_A_CAUSE = /^\s*(?:secondary to|due to|caused by|related to|because of|from|继发于|所致)/;

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

/** The first position in [start, limit) where `test` holds, else `limit` (clamped to the text): the search stops at the limit. */
function firstIndexWithin(text: string, start: number, limit: number, test: (text: string, i: number) => boolean): number {
  const end = Math.min(limit, text.length);
  for (let i = start; i < end; i++) if (test(text, i)) return i;
  return end;
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

/** True when a list of terms is a differential: one of its gaps is "或"/"or"/"/". */
function namesAlternatives(text: string, spans: readonly Span[], first: number, last: number): boolean {
  for (let j = first; j < last; j++) if (ALTERNATIVE_GAP.test(text.slice(spans[j].end, spans[j + 1].start))) return true;
  return false;
}

/** Where doubt written before a term may start for it: the reach of 考虑/疑似/可能 and of a leading "?". */
interface DoubtReach {
  /** 考虑/疑似/可能 reach over a clause, but not across terms set apart by a bare space. */
  readonly from: number;
  /** A leading "?" doubts the next term only, or alternatives joined to it ("?PE or MI"). */
  readonly questionFrom: number;
  /** Doubt words already read as closing an earlier term ("肺炎? 伴发热", "肺炎可能 发热"): not reread forwards. */
  readonly attached: ReadonlySet<number>;
}

function doubtReach(text: string, spans: readonly Span[], index: number, clauseStart: number, attached: ReadonlySet<number>): DoubtReach {
  let from = clauseStart;
  let questionFrom = clauseStart;
  let questionOpen = true;
  for (let j = index - 1; j >= 0 && spans[j].start >= clauseStart; j--) {
    const gap = text.slice(spans[j].end, spans[j + 1].start);
    if (questionOpen && !ALTERNATIVE_GAP.test(gap)) {
      questionFrom = spans[j].end;
      questionOpen = false;
    }
    if (ITEM_GAP.test(gap)) {
      from = Math.max(from, spans[j].end);
      break;
    }
  }
  return { from, questionFrom: Math.max(from, questionFrom), attached };
}

function weighedAgainstNeighbour(text: string, spans: readonly Span[], index: number): boolean {
  const previous = spans[index - 1];
  const next = spans[index + 1];
  return (
    (previous !== undefined && DIFFERENTIAL_GAP.test(text.slice(previous.end, spans[index].start))) ||
    (next !== undefined && DIFFERENTIAL_GAP.test(text.slice(spans[index].end, next.start)))
  );
}

/** The kinds a pre-concept trigger leaves active, as bits (one number per term, not a Set). */
const PRE_NEGATION = 1;
const PRE_UNCERTAINTY = 2;
const PRE_FAMILY = 4;

/** `doubtReachOf` is asked only when a doubt word stands before the term (most terms have none). */
function preTriggerKinds(
  text: string,
  triggers: readonly TriggerHit[],
  from: number,
  to: number,
  attachedPhrases: readonly Span[],
  doubtReachOf: () => DoubtReach,
): number {
  let active = 0;
  let doubt: DoubtReach | null = null;
  for (let i = firstTriggerAtOrAfter(triggers, from); i < triggers.length && triggers[i].end <= to; i++) {
    const { kind, start, end } = triggers[i];
    if (kind !== 'uncertainty' && attachedPhrases.some((phrase) => phrase.start <= start && end <= phrase.end)) continue;
    if (kind === 'breaker') active = 0;
    else if (kind === 'pseudo') active &= ~PRE_NEGATION;
    else if (kind !== 'uncertainty') active |= kind === 'negation' ? PRE_NEGATION : PRE_FAMILY;
    else {
      doubt ??= doubtReachOf();
      if (!doubt.attached.has(start) && start >= (text[start] === '?' ? doubt.questionFrom : doubt.from)) active |= PRE_UNCERTAINTY;
    }
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
  const attachedDoubts = new Set<number>();
  /** Doubt phrases read as closing a term ("PE not excluded"): their words ("not") deny nothing after them. */
  const attachedPhrases: Span[] = [];
  for (let index = 0; index < spans.length; index++) {
    // Walk forward over a list of concepts; a trigger after the list covers all of them.
    let last = index;
    while (last + 1 < spans.length && LIST_GAP.test(text.slice(spans[last].end, spans[last + 1].start))) last++;
    const afterStart = spans[last].end;
    const after = text.slice(afterStart, firstIndexWithin(text, afterStart, afterStart + 40, isSentenceEndAt));
    const match = POST_PATTERN.exec(after);
    if (match === null) continue;
    const phrase = match[0].replace(POST_LEAD_PATTERN, '');
    const kind = POST_KIND.get(phrase) ?? POST_KIND.get(match[0].trim()) ?? null;
    if (POST_ANSWER_AT_CLAUSE_END.has(phrase) && CLAUSE_GOES_ON.test(after.slice(match[0].length))) continue;
    // Doubt written after a term is about that term ("发热、咳嗽、肺炎?"), or about alternatives named with it
    // ("肺栓塞或心梗待排"); negation and family history after a list cover the list ("HBsAg、HCV阴性").
    if (kind === 'uncertainty' && last !== index && !namesAlternatives(text, spans, index, last)) continue;
    // "肺炎?" is a query; "what is the treatment of diabetes?" is a question, not doubt.
    if (
      phrase === '?' &&
      !isQueryAfterChineseName(text, clauseStarts[index], spans[index]) &&
      text.slice(clauseStarts[index], spans[index].start).trim() !== ''
    )
      continue;
    // "sepsis ?source": the doubt is about the word after the mark (the source), not the sepsis.
    if (phrase === '?' && /^\s+\?\s*[a-z]/.test(after)) continue;
    if (kind === 'uncertainty' && NAMES_A_CAUSE.test(after.slice(match[0].length))) continue;
    const phraseStart = afterStart + match[0].length - phrase.length;
    if (kind === 'uncertainty') {
      attachedDoubts.add(phraseStart);
      attachedPhrases.push({ start: phraseStart, end: afterStart + match[0].length });
    }
    postKinds[index] = kind;
  }

  const triggers = spans.length === 0 ? [] : findTriggers(text);
  // A heading inside a sentence is a heading inside the text: one test of the text spares most texts a test per span.
  FAMILY_HEADING.lastIndex = 0;
  const anyFamilyHeading = spans.length > 0 && FAMILY_HEADING.test(text);
  return spans.map((span, index) => {
    const pre = preTriggerKinds(text, triggers, clauseStarts[index], span.start, attachedPhrases, () =>
      doubtReach(text, spans, index, clauseStarts[index], attachedDoubts),
    );
    const sentenceStart = lastIndexBefore(text, span.start, 0, isSentenceEndAt) + 1;
    FAMILY_HEADING.lastIndex = 0;
    const familyHeading = anyFamilyHeading && FAMILY_HEADING.test(text.slice(sentenceStart, span.start));
    const post = postKinds[index];
    const kinAfter = KIN_AFTER.test(text.slice(span.end, span.end + 30));
    const selfNegating = SELF_NEGATING_TERMS.has(text.slice(span.start, span.end));
    const weighed = weighedAgainstNeighbour(text, spans, index);
    const uncertain = (pre & PRE_UNCERTAINTY) !== 0 || post === 'uncertainty' || weighed;
    return {
      negated: ((pre & PRE_NEGATION) !== 0 || post === 'negation' || selfNegating) && !uncertain,
      uncertain,
      family:
        (pre & PRE_FAMILY) !== 0 || post === 'family' || familyHeading || kinAfter || relativeIsSentenceSubject(text, triggers, sentenceStart, span.start),
    };
  });
}
