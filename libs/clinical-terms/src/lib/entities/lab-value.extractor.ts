import type { LabTestConcept, LabUnit, ReferenceRange } from '../dictionary/dictionary.types';
import type { NormalisedText } from '../normalise/normalise-text';
import type { AppliedReferenceRange, LabEntity, LabFlag, Sex } from './entity.types';
import { entitySpan } from './entity-span.util';
import { unitKey } from './unit-key.util';

/**
 * After a lab name: optional joiner, optional comparator, the value, an optional unit.
 * Units: "×10⁹/L" (normalised to ×10^9/l), "%", or letters with /-separated parts
 * ("mL/min/1.73m2", "μmol/L", "ng/mL").
 */
const VALUE_AFTER_NAME = new RegExp(
  String.raw`^\s*(?:[:=]|为|是|of|was|is|level|结果|值|:\s*)?\s*(<=|>=|<|>|≤|≥)?\s*(-?\d+(?:\.\d+)?)` +
    String.raw`(?:\s*((?:[x×*]\s*)?10\s*(?:\^|\*{1,2})\s*\d{1,2}\s*\/\s*l|%|[a-zμ]+(?:\/[a-z0-9.^]+)*))?`,
  'i',
);

const COMPARATORS: Readonly<Record<string, LabEntity['comparator']>> = {
  '<': '<', '>': '>', '<=': '<=', '>=': '>=', '≤': '<=', '≥': '>=',
};

function findUnit(lab: LabTestConcept, written: string): LabUnit | null {
  const key = unitKey(written);
  return lab.units.find((unit) => unitKey(unit.unit) === key) ?? null;
}

function rangeInCanonical(lab: LabTestConcept, range: ReferenceRange): AppliedReferenceRange | null {
  const unit = findUnit(lab, range.unit);
  if (unit === null) return null;
  const scale = (value: number | null) => (value === null ? null : value * unit.factor);
  return { sex: range.sex, low: scale(range.low), high: scale(range.high), unit: lab.canonicalUnit, source: range.source };
}

function flagAgainst(value: number, range: AppliedReferenceRange): LabFlag {
  if (range.low !== null && value < range.low) return 'low';
  if (range.high !== null && value > range.high) return 'high';
  return 'normal';
}

/**
 * Adult range for the patient's sex, else the sex-neutral one; when only sex-specific ranges
 * exist and sex is unknown, flag only if the value is outside both (the union of the ranges).
 */
function flagFor(
  lab: LabTestConcept,
  canonicalValue: number,
  sex: Sex | null,
): { flag: LabFlag | null; range: AppliedReferenceRange | null } {
  const ranges = lab.referenceRanges
    .map((range) => rangeInCanonical(lab, range))
    .filter((range): range is AppliedReferenceRange => range !== null);
  const exact = (sex !== null ? ranges.find((range) => range.sex === sex) : undefined) ?? ranges.find((range) => range.sex === 'any');
  if (exact !== undefined) return { flag: flagAgainst(canonicalValue, exact), range: exact };
  if (ranges.length === 0) return { flag: null, range: null };
  const lows = ranges.map((range) => range.low);
  const highs = ranges.map((range) => range.high);
  const union: AppliedReferenceRange = {
    sex: 'any',
    low: lows.includes(null) ? null : Math.min(...(lows as number[])),
    high: highs.includes(null) ? null : Math.max(...(highs as number[])),
    unit: lab.canonicalUnit,
    source: ranges.map((range) => range.source).filter((source, i, all) => all.indexOf(source) === i).join('; '),
  };
  return { flag: flagAgainst(canonicalValue, union), range: union };
}

/**
 * With no unit written, the value is read in the one unit that puts it within a plausible
 * distance of the reference range (creatinine 132 -> μmol/L, 1.49 -> mg/dL); if none or
 * several qualify the unit stays unknown rather than guessed.
 */
function assumeUnit(lab: LabTestConcept, value: number): LabUnit | null {
  if (lab.units.length === 1) return lab.units[0]!;
  const distinct = lab.units.filter((unit, i, all) => all.findIndex((other) => other.factor === unit.factor) === i);
  if (distinct.length === 1) return lab.units.find((unit) => unit.unit === lab.canonicalUnit) ?? distinct[0]!;
  const range = lab.referenceRanges.map((candidate) => rangeInCanonical(lab, candidate)).find((candidate) => candidate !== null);
  if (range === undefined || range === null) return null;
  const low = (range.low ?? 0) / 10;
  const high = (range.high ?? range.low ?? 0) * 10;
  const plausible = distinct.filter((unit) => {
    const canonical = value * unit.factor;
    return canonical >= low && canonical <= high;
  });
  if (plausible.length !== 1) return null;
  return lab.units.find((unit) => unit.factor === plausible[0]!.factor && unit.unit === lab.canonicalUnit) ?? plausible[0]!;
}

/** Words that are units even when this lab does not list them (then the value stays unconverted). */
const LOOKS_LIKE_UNIT = /^(?:%|[a-zμ]*\/.*|u|iu|mg|g|l|ml|mmol|umol|μmol|ng|pg|ug|mcg|meq|mm|cm|s|sec|min|x?10.*)$/i;

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** Reads "肌酐132μmol/L" / "eGFR 28" after a lab name hit ending at `nameEnd` (normalised offsets). */
export function extractLabValue(
  text: NormalisedText,
  lab: LabTestConcept,
  nameStart: number,
  nameEnd: number,
  sex: Sex | null,
): { entity: LabEntity; end: number } | null {
  const match = VALUE_AFTER_NAME.exec(text.cased.slice(nameEnd, nameEnd + 48));
  if (match === null) return null;
  const value = Number(match[2]);
  let writtenUnit = match[3];
  let end = nameEnd + match[0].length;
  let unit = writtenUnit === undefined ? null : findUnit(lab, writtenUnit);
  if (writtenUnit !== undefined && unit === null && !LOOKS_LIKE_UNIT.test(writtenUnit)) {
    // A word after the number that is no unit ("eGFR 28 on apixaban") is not part of the value.
    end = nameEnd + match[0].slice(0, match[0].length - writtenUnit.length).trimEnd().length;
    writtenUnit = undefined;
  }
  let unitAssumed = false;
  if (writtenUnit === undefined) {
    unit = assumeUnit(lab, value);
    unitAssumed = unit !== null;
  }
  const canonicalValue = unit === null ? null : round(value * unit.factor);
  const { flag, range } = canonicalValue === null ? { flag: null, range: null } : flagFor(lab, canonicalValue, sex);
  return {
    end,
    entity: {
      type: 'lab',
      labId: lab.id,
      name: { zh: lab.zh, en: lab.en },
      loinc: lab.loinc,
      comparator: match[1] === undefined ? null : COMPARATORS[match[1]] ?? null,
      value,
      unit: writtenUnit ?? unit?.unit ?? null,
      unitAssumed,
      canonicalValue,
      canonicalUnit: lab.canonicalUnit,
      flag,
      referenceRange: range,
      ...entitySpan(text, nameStart, end),
    },
  };
}
