import type { DrugConcept } from '../dictionary/dictionary.types';
import type { NormalisedText } from '../normalise/normalise-text';
import type { DrugEntity, DrugRoute } from './entity.types';
import { entitySpan } from './entity-span.util';
import { mayStartAmount } from './may-start-amount.util';

const DOSE = new RegExp(
  String.raw`^[\s:]*(\d+(?:\.\d+)?(?:\s*\/\s*\d+(?:\.\d+)?)?)\s*((?:mg|g|μg|ug|mcg|ng|iu|u|units?|ml|mmol|meq)(?:\/kg)?|万单位|万u|单位|片|粒|袋|支|喷|揿|滴|tabs?|tablets?|caps?|capsules?|puffs?|gtt)(?![a-z])`,
  'i',
);

/** Dosage-form words between name and dose: "氨氯地平片 5mg", "美托洛尔缓释片 47.5mg", "metoprolol ER 50 mg". */
const DOSAGE_FORM =
  /^\s*(?:(?:缓释|控释|肠溶|分散|咀嚼)?(?:片|胶囊)|颗粒|注射液|针|口服液|混悬液|干混悬剂|粉针|(?:er|xr|sr|xl|cr)(?![a-z])|tablets?(?![a-z])|capsules?(?![a-z])|injection(?![a-z]))/i;

const ROUTES: readonly [RegExp, DrugRoute][] = [
  [/^(?:po|p\.o\.?|oral(?:ly)?|by mouth|口服)(?![a-z])/i, 'oral'],
  [/^(?:iv\s*gtt|ivgtt|ivd|iv drip|iv|i\.v\.?|intravenous(?:ly)?|静脉滴注|静脉注射|静脉泵入|静滴|静推|静注|泵入)(?![a-z])/i, 'intravenous'],
  [/^(?:im|i\.m\.?|intramuscular(?:ly)?|肌内注射|肌注)(?![a-z])/i, 'intramuscular'],
  [/^(?:sc|s\.c\.?|sq|subcut|subcutaneous(?:ly)?|ih|i\.h\.?|皮下注射|皮下输注|持续皮下输注|皮下)(?![a-z])/i, 'subcutaneous'],
  [/^(?:inh|inhaled|inhalation|neb|nebulised|nebulized|雾化吸入|吸入)(?![a-z])/i, 'inhalation'],
  [/^(?:sl|sublingual(?:ly)?|舌下含服|舌下)(?![a-z])/i, 'sublingual'],
  // A skin form names the route: "hydrocortisone 1% cream", "氢化可的松乳膏".
  [/^(?:topical(?:ly)?|外用|creams?|ointments?|乳膏|软膏)(?![a-z])/i, 'topical'],
  [/^(?:transdermal|patch|贴剂)(?![a-z])/i, 'transdermal'],
];

const FREQUENCIES: readonly [RegExp, string | ((match: RegExpExecArray) => string)][] = [
  [/^q\s*(\d{1,2})\s*h(?![a-z])|^每\s*(\d{1,2})\s*小时(?:一次|1次)?/i, (m) => `q${m[1] ?? m[2]}h`],
  [
    /^(?:qd|od|q\.d\.?|qday|once daily|once a day|daily|every day|每日一次|每日1次|每天一次|每天1次|一日一次|一日1次|一天一次|1次\/日|1次\/天|每日1次)(?![a-z])/i,
    'qd',
  ],
  [
    /^(?:bid|b\.i\.d\.?|bd|twice daily|twice a day|每日两次|每日二次|每日2次|每天两次|每天2次|一日两次|一日二次|一日2次|一天两次|2次\/日|2次\/天)(?![a-z])/i,
    'bid',
  ],
  [
    /^(?:tid|t\.i\.d\.?|tds|three times daily|three times a day|每日三次|每日3次|每天三次|每天3次|一日三次|一日3次|一天三次|三餐前|三餐时|三餐后|tid\s*ac|3次\/日|3次\/天)(?![a-z])/i,
    'tid',
  ],
  [/^(?:qid|q\.i\.d\.?|four times daily|four times a day|每日四次|每日4次|每天四次|一日四次|4次\/日)(?![a-z])/i, 'qid'],
  [/^(?:qn|qhs|hs|nightly|at night|at bedtime|every night|每晚一次|每晚1次|每晚|睡前|晚睡前)(?![a-z])/i, 'qn'],
  [/^(?:qod|every other day|alternate days|隔日一次|隔日1次|隔日)(?![a-z])/i, 'qod'],
  [/^(?:qw|weekly|once weekly|once a week|每周一次|每周1次)(?![a-z])/i, 'qw'],
  [/^(?:prn|p\.r\.n\.?|as needed|as required|必要时)(?![a-z])/i, 'prn'],
  // "st" is the usual Chinese order shorthand for stat; it is only read in a regimen's position.
  [/^(?:stat|st|立即|即刻)(?![a-z])/i, 'stat'],
];

/** A strength as a percentage ("1% cream", "0.1%"): passed over, it is no dose. */
const STRENGTH = /^\d+(?:\.\d+)?\s*%/;

/** Tokens allowed between parts of one regimen: "5 mg, po, bid", "15mg 每日一次". */
const FILLER = /^(?:[\s,、:()/]|x|×|and|then|等)+/i;

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The rules' patterns in one anchored alternation, each in its own group, tried in the rules' order: one
 * regex run tells which rule (if any) matches first, as trying them one by one would (hot path).
 */
function firstRuleMatcher(patterns: readonly RegExp[]): (source: string) => number {
  const groupOf: number[] = [];
  let group = 1;
  for (const pattern of patterns) {
    groupOf.push(group);
    const innerGroups = (new RegExp(`${pattern.source}|`).exec('')?.length ?? 1) - 1;
    group += 1 + innerGroups;
  }
  const combined = new RegExp(`^(?:${patterns.map((pattern) => `(${pattern.source})`).join('|')})`, 'i');
  return (source) => {
    const match = combined.exec(source);
    if (match === null) return -1;
    return groupOf.findIndex((index) => match[index] !== undefined);
  };
}

const firstRoute = firstRuleMatcher(ROUTES.map(([pattern]) => pattern));
const firstFrequency = firstRuleMatcher(FREQUENCIES.map(([pattern]) => pattern));

/** A route ending right where the name starts ("静滴头孢曲松"): any route pattern's body anchored at the end. */
const ROUTE_ENDS_HERE = new RegExp(`(?:${ROUTES.map(([pattern]) => pattern.source.replace(/^\^/, '').replace(/\(\?!\[a-z\]\)$/, '')).join('|')})$`, 'i');

function readRoute(source: string): { route: DrugRoute; length: number } | null {
  const rule = firstRoute(source);
  if (rule < 0) return null;
  const [pattern, route] = ROUTES[rule];
  const match = pattern.exec(source);
  return match === null ? null : { route, length: match[0].length };
}

function readFrequency(source: string): { frequency: string; length: number } | null {
  const rule = firstFrequency(source);
  if (rule < 0) return null;
  const [pattern, frequency] = FREQUENCIES[rule];
  const match = pattern.exec(source);
  return match === null ? null : { frequency: typeof frequency === 'string' ? frequency : frequency(match), length: match[0].length };
}

/**
 * Dose, route and frequency written after a drug name (and a route just before it:
 * "静滴头孢曲松 2g qd"), up to `limit` (the next drug or the end of the sentence).
 */
export function extractDrugRegimen(
  text: NormalisedText,
  drug: DrugConcept,
  nameStart: number,
  nameEnd: number,
  limit: number,
): { entity: DrugEntity; end: number } {
  const source = text.cased;
  let dose: DrugEntity['dose'] = null;
  let route: DrugRoute | null = null;
  let frequency: string | null = null;
  let start = nameStart;

  // A route written before the name, joined ("静滴头孢曲松") or as a word ("oral vancomycin", "IV vancomycin").
  const space = source[nameStart - 1] === ' ' ? 1 : 0;
  // Wide enough for the longest route word written before a name ("intravenously", "topical").
  const before = source.slice(Math.max(0, nameStart - space - 13), nameStart - space);
  // Most names have no route right before them: one end-anchored test rules that out.
  for (let offset = ROUTE_ENDS_HERE.test(before) ? 0 : before.length; offset < before.length && route === null; offset++) {
    const candidate = readRoute(before.slice(offset));
    if (candidate !== null && offset + candidate.length === before.length && (offset === 0 || !/[a-z]/i.test(before[offset - 1]))) {
      route = candidate.route;
      start = nameStart - space - candidate.length;
    }
  }

  let position = nameEnd;
  // Skip a bracketed brand or form: "阿哌沙班(艾乐妥) 5mg", "apixaban (Eliquis) 5 mg".
  const bracket = /^\s*\([^()]{1,20}\)/.exec(source.slice(position, limit));
  if (bracket) position += bracket[0].length;
  const form = DOSAGE_FORM.exec(source.slice(position, limit));
  if (form) position += form[0].length;
  let end = position;
  for (let steps = 0; steps < 8 && position < limit; steps++) {
    const rest = source.slice(position, limit);
    const filler = FILLER.exec(rest);
    const skip = filler ? filler[0].length : 0;
    const part = rest.slice(skip);
    // A strength starts with a digit and a dose with a digit after spaces or a colon: other parts try neither pattern.
    const mayBeAmount = mayStartAmount(part.charCodeAt(0));
    // A strength is passed over without ending the regimen there: "50%" alone leaves the span at the name.
    const strength = mayBeAmount ? STRENGTH.exec(part) : null;
    if (strength) {
      position += skip + strength[0].length;
      continue;
    }
    const doseMatch: RegExpExecArray | null = mayBeAmount ? DOSE.exec(part) : null;
    if (doseMatch) {
      // A second amount is a count of the first ("5mg 1片"); keep the first.
      if (dose === null) {
        const amount = doseMatch[1].replace(/\s+/g, '');
        dose = { amount, value: round(Number(amount.split('/')[0])), unit: doseMatch[2] };
      }
      position += skip + doseMatch[0].length;
      end = position;
      continue;
    }
    const routeMatch: { route: DrugRoute; length: number } | null = route === null || end > nameEnd ? readRoute(part) : null;
    if (routeMatch) {
      route ??= routeMatch.route;
      position += skip + routeMatch.length;
      end = position;
      continue;
    }
    const frequencyMatch: { frequency: string; length: number } | null = frequency === null ? readFrequency(part) : null;
    if (frequencyMatch) {
      frequency = frequencyMatch.frequency;
      position += skip + frequencyMatch.length;
      end = position;
      continue;
    }
    break;
  }
  const entity: DrugEntity = {
    type: 'drug',
    drugId: drug.id,
    name: { zh: drug.zh, en: drug.en },
    atc: (route === null ? undefined : drug.atcByRoute[route]) ?? drug.atc,
    dose,
    route,
    frequency,
    negated: false,
    ...entitySpan(text, start, end),
  };
  return { entity, end };
}
