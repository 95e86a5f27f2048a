import type { Detection } from '../deid.types';
import { scanLastGroup } from '../regex-scan.util';
import { digitCount, YEAR_DATE_OR_FRACTION } from './label-rule';

/**
 * A number after a capitalised form label ending in No. / Number / # / ID / Identifier: "Job #: 8837142", "Kit No.: K-88213",
 * "State File No. 2024-017733", "A&E No.: AE240402-00311", "Claim control #: 24066E00871", "Script ID: 2F7K 9QXW 3MHT",
 * "Medicare Beneficiary Identifier: 1EG4-TE5-MK73". Forms number people, cases, claims and kits this way, under more
 * labels than any list holds, so the label is read by its shape: one to three words, the first capitalised, case-sensitive
 * (prose "with no. 5" stays). The value holds four digits or more and is no year, date or fraction.
 */
const FORM_NUMBER =
  /(?<![A-Za-z&'’.-])((?:[A-Z][A-Za-z&]{0,20})(?:[ -](?:[A-Z][A-Za-z]{1,15}|[a-z]{3,10})){0,2})[ \t]?(?:No\.?|Number|#|ID|Identifier)(?![A-Za-z])[ \t]{0,2}[:：]?[ \t]{0,2}([A-Z0-9](?:[A-Z0-9./-]{0,24}[A-Z0-9])?(?: (?=[A-Z]{0,5}\d)[A-Z0-9]{3,8}){0,3})(?![A-Za-z0-9]|[./-][A-Za-z0-9])/g;

/**
 * Label words of what numbers things, not people (a pump's model, a vial's lot, a protocol's phase, a code system), and of
 * what other rules read with their own type (rooms and beds, telephones).
 */
const THING_LABEL_WORDS = new Set(
  `model lot batch cat catalog catalogue part product item ref version ver step phase stage grade type class page fig figure
  table section chapter line row column col dose cycle day week visit question protocol trial icd cpt loinc snomed ndc atc
  hcpcs rxnorm gene exon codon lead channel size room bed ward bay floor level unit tel phone fax mobile cell pager serial
  lane road street house flat apt suite box`
    .split(/\s+/)
    .filter(Boolean),
);
/** A unit right after the value makes it an amount: "Dose No. 2000 mg". */
const UNIT_AFTER = /^\s?(?:mg|mcg|µg|g|kg|mL|ml|L|units?|IU|iu|mmol|%)\b/;

function isPersonFormNumber(value: string, match: RegExpExecArray): boolean {
  const label = (match[1] ?? '').toLowerCase();
  if (label.split(/[ -]/).some((word) => THING_LABEL_WORDS.has(word))) return false;
  if (digitCount(value) < 4 || YEAR_DATE_OR_FRACTION.test(value)) return false;
  const end = match.index + match[0].length;
  return !UNIT_AFTER.test(match.input.slice(end, end + 8));
}

export function scanFormNumbers(text: string): Detection[] {
  return scanLastGroup({
    text,
    regex: FORM_NUMBER,
    type: 'other-id',
    priority: 35,
    accept: isPersonFormNumber,
    needsAny: ['No', 'Number', '#', 'ID', 'Identifier'],
  });
}
