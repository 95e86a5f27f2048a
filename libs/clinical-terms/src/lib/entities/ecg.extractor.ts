import type { NormalisedText } from '../normalise/normalise-text';
import type { EcgEntity, EcgFinding } from './entity.types';
import { entitySpan } from './entity-span.util';

const LEAD = String.raw`(?:v[1-9]r?|avr|avl|avf|iii|ii|i)(?![a-z0-9])`;
const LEAD_RANGE = String.raw`${LEAD}(?:\s*(?:-|~|至|到)\s*${LEAD})?`;
const LEADS = String.raw`${LEAD_RANGE}(?:\s*(?:,|、|\/|and|和|及)\s*${LEAD_RANGE})*`;

const FINDINGS: readonly [EcgFinding, string][] = [
  ['st-elevation', String.raw`st段?\s*(?:弓背向上)?(?:抬高|上抬)|st[- ]?(?:segment\s+)?elevations?|ste(?![a-z])`],
  ['st-depression', String.raw`st段?\s*(?:压低|下移)|st[- ]?(?:segment\s+)?depressions?`],
  ['t-wave-inversion', String.raw`t波\s*(?:低平)?(?:、)?倒置|t[- ]?waves?\s+inversions?|inverted\s+t[- ]?waves?|twi(?![a-z])`],
  ['atrial-fibrillation-rhythm', String.raw`心房颤动律|房颤律|af rhythm|atrial fibrillation rhythm|rhythm\s*(?:(?::|is)\s*)?af(?![a-z])`],
  ['qt-prolongation', String.raw`qtc?\s*(?:间期\s*)?延长|prolonged\s+qtc?(?:\s+interval)?|qtc?\s+prolongation|long\s+qtc?(?![a-z])`],
];

const FINDING_ANY = FINDINGS.map(([, pattern]) => `(?:${pattern})`).join('|');
const WITH_LEADS_BEFORE = new RegExp(String.raw`(?<![a-z0-9])(${LEADS})\s*(?:导联\s*)?(?:(?:的|见|可见|示)\s*)?(${FINDING_ANY})`, 'gi');
const WITH_LEADS_AFTER = new RegExp(String.raw`(${FINDING_ANY})\s*(?:in|over|on|across|at)\s+(?:leads?\s+)?(${LEADS})(?:\s*导联)?`, 'gi');
const FINDING_ONLY = new RegExp(`(?<![a-z])(?:${FINDING_ANY})`, 'gi');

/** Cheap test that skips the three scans for text with no ECG wording at all. */
const MAY_HAVE_FINDING = /(?<![a-z])(?:st|qtc?|twi|t[- ]?waves?|inverted|prolonged|long|rhythm)(?![a-z])|st段|t波|qt|颤动?律/;

/** Each finding's pattern anchored at the start, compiled once (every finding read is told apart with these). */
const FINDING_AT_START: readonly (readonly [EcgFinding, RegExp])[] = FINDINGS.map(([finding, pattern]) => [finding, new RegExp(`^(?:${pattern})`, 'i')]);

function findingOf(text: string): EcgFinding {
  const trimmed = text.trim();
  for (const [finding, pattern] of FINDING_AT_START) if (pattern.test(trimmed)) return finding;
  throw new Error(`ecg finding not recognised: ${text}`);
}

const LIMB_LEADS = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF'];

function canonicalLead(lead: string): string {
  const upper = lead.trim().toUpperCase();
  if (upper.startsWith('AV')) return `aV${upper.slice(2)}`;
  return upper;
}

/** "V1-V4, aVL" -> V1, V2, V3, V4, aVL. */
export function expandLeads(leads: string): string[] {
  const out: string[] = [];
  for (const part of leads.split(/(?<!\s)\s*(?:,|、|\/|and|和|及)\s*/i)) {
    const [from, to] = part.split(/(?<!\s)\s*(?:-|~|至|到)\s*/).map(canonicalLead);
    if (from === undefined || from === '') continue;
    const fromNumber = /^V(\d)/.exec(from);
    const toNumber = to !== undefined ? /^V(\d)/.exec(to) : null;
    if (fromNumber && toNumber) {
      for (let n = Number(fromNumber[1]); n <= Number(toNumber[1]); n++) out.push(`V${n}`);
    } else if (to !== undefined && LIMB_LEADS.includes(from) && LIMB_LEADS.includes(to)) {
      out.push(...LIMB_LEADS.slice(LIMB_LEADS.indexOf(from), LIMB_LEADS.indexOf(to) + 1));
    } else {
      out.push(from);
      if (to !== undefined) out.push(to);
    }
  }
  return out.filter((lead, i) => out.indexOf(lead) === i);
}

/** ECG findings; `negated` is filled in later from the sentence context. */
export function extractEcgFindings(text: NormalisedText): { entity: Omit<EcgEntity, 'negated'>; start: number; end: number }[] {
  const source = text.cased;
  const found: { entity: Omit<EcgEntity, 'negated'>; start: number; end: number }[] = [];
  if (!MAY_HAVE_FINDING.test(text.folded)) return found;
  const add = (start: number, end: number, findingText: string, leads: string | undefined) => {
    if (found.some((other) => start < other.end && other.start < end)) return;
    found.push({
      start,
      end,
      entity: { type: 'ecg', finding: findingOf(findingText), leads: leads ? expandLeads(leads) : [], ...entitySpan(text, start, end) },
    });
  };
  for (const match of source.matchAll(WITH_LEADS_BEFORE)) {
    add(match.index, match.index + match[0].length, match[2], match[1]);
  }
  for (const match of source.matchAll(WITH_LEADS_AFTER)) {
    add(match.index, match.index + match[0].length, match[1], match[2]);
  }
  for (const match of source.matchAll(FINDING_ONLY)) {
    add(match.index, match.index + match[0].length, match[0], undefined);
  }
  return found.sort((a, b) => a.start - b.start);
}
