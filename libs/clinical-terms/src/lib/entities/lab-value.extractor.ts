import { DEFAULT_DECISION_LIMIT_SETTINGS, judgeDecisionLimits, type DecisionLimitSettings } from './decision-limits';
import type { LabTestConcept, LabUnit, ReferenceRange } from '../dictionary/dictionary.types';
import type { NormalisedText } from '../normalise/normalise-text';
import type { AppliedReferenceRange, LabEntity, LabFlag, Sex } from './entity.types';
import { entitySpan } from './entity-span.util';
import { unitKey } from './unit-key.util';

/**
 * After a lab name: optional joiner, optional comparator, the value (with a power of ten: "3.1×10^6",
 * "1.2E+04"), or a dipstick grade ("2+", "++", "±"), then an optional unit. Units: "×10⁹/L" (normalised to
 * ×10^9/l), "%", or letters with /-separated parts ("mL/min/1.73m2", "μmol/L", "ng/mL"). A power of ten
 * followed by "/L" is a count unit, not part of the value.
 */
const VALUE_AFTER_NAME = new RegExp(
  String.raw`^\s*(?:(?:today|this\s+morning|this\s+am|on\s+admission|yesterday|今日|今天|昨日|昨天|入院时)\s*)?(?:(?:[:=]|为|是|of|was|is|level|结果|值)\s*)?(?:(?<comparator><=|>=|<|>|≤|≥)\s*)?` +
    String.raw`(?:(?<grade>\+{1,4}|±|\+\/?-)(?![\d+])|(?<value>-?\d+(?:\.\d+)?)(?:(?<plus>\+)(?![\d+])|\s*[x×*]\s*10\s*(?:\^|\*{1,2})\s*(?<power>\d{1,2})(?!\d|\s*\/\s*l)|e\+?(?<exponent>\d{1,2})(?![\da-z]))?)` +
    String.raw`(?:\s*(?<unit>(?:[x×*]\s*)?10\s*(?:\^|\*{1,2})\s*\d{1,2}\s*\/\s*l|%|[a-zμ]+(?:\/[a-z0-9^]+(?:\.[a-z0-9^]+)*)*))?`,
  'i',
);

/** A dipstick grade as a clinician reads it: "2+", "++" -> "2+", "±"/"+-"/"+/-" -> "±"; its ordinal is the count of pluses. */
function gradeOf(groups: Record<string, string | undefined>): { grade: string; ordinal: number } | null {
  if (groups['plus'] !== undefined && groups['value'] !== undefined && /^[1-4]$/.test(groups['value'])) {
    return { grade: `${groups['value']}+`, ordinal: Number(groups['value']) };
  }
  const written = groups['grade'];
  if (written === undefined) return null;
  if (/^\+{1,4}$/.test(written)) return { grade: `${written.length}+`, ordinal: written.length };
  return { grade: '±', ordinal: 0 };
}

const COMPARATORS: Readonly<Record<string, LabEntity['comparator']>> = {
  '<': '<',
  '>': '>',
  '<=': '<=',
  '>=': '>=',
  '≤': '<=',
  '≥': '>=',
};

/** Per lab, what depends on the lab alone: computed on its first reading, reused on every later one. */
interface LabFacts {
  /** The lab's units by unit key, the first listed winning. */
  readonly unitsByKey: ReadonlyMap<string, LabUnit>;
  /** `referenceRanges` in the canonical unit, those whose unit is not the lab's left out. Shared: read, never handed out. */
  readonly canonicalRanges: readonly AppliedReferenceRange[];
  /** The lab's unit factors, each once, in the order listed. */
  readonly distinctFactors: readonly number[];
  /** The listed unit that is the canonical one, if any. */
  readonly canonicalUnit: LabUnit | null;
  /** Where a value without a unit is plausible in canonical terms (a factor of ten around all ranges); null without ranges. */
  readonly plausibleCanonical: { readonly low: number; readonly high: number } | null;
  /** The range chosen for a patient, by sex and age key (see `chooseRange`); never handed out itself. */
  readonly rangeByPatient: Map<number, AppliedReferenceRange | null>;
}

const NO_AGE_KEY = 1000;
const SEX_KEY: Readonly<Record<Sex | 'unknown', number>> = { male: 0, female: 1, unknown: 2 };

const labFacts = new WeakMap<LabTestConcept, LabFacts>();

/** Read on every reading: the lookup alone, so the optimised reader does not carry the once-per-lab work. */
function factsOf(lab: LabTestConcept): LabFacts {
  let facts = labFacts.get(lab);
  if (facts === undefined) {
    facts = factsWorkedOut(lab);
    labFacts.set(lab, facts);
  }
  return facts;
}

function factsWorkedOut(lab: LabTestConcept): LabFacts {
  const unitsByKey = new Map<string, LabUnit>();
  for (const unit of lab.units) {
    const key = unitKey(unit.unit);
    if (!unitsByKey.has(key)) unitsByKey.set(key, unit);
  }
  const canonicalRanges = lab.referenceRanges
    .map((range) => rangeInCanonical(lab, range, unitsByKey))
    .filter((range): range is AppliedReferenceRange => range !== null);
  const union = canonicalRanges.length === 0 ? null : unionOf(canonicalRanges);
  return {
    unitsByKey,
    canonicalRanges,
    distinctFactors: [...new Set(lab.units.map((unit) => unit.factor))],
    canonicalUnit: lab.units.find((unit) => unit.unit === lab.canonicalUnit) ?? null,
    plausibleCanonical: union === null ? null : { low: (union.low ?? 0) / 10, high: (union.high ?? union.low ?? 0) * 10 },
    rangeByPatient: new Map(),
  };
}

function findUnit(lab: LabTestConcept, written: string): LabUnit | null {
  return factsOf(lab).unitsByKey.get(unitKey(written)) ?? null;
}

/** The lab's reference ranges in its canonical unit: the shared objects, to read (an entity gets a copy or a union). */
function canonicalRangesOf(lab: LabTestConcept): readonly AppliedReferenceRange[] {
  return factsOf(lab).canonicalRanges;
}

/** Patient facts that choose the reference range. */
export interface LabPatientContext {
  readonly sex: Sex | null;
  readonly ageYears: number | null;
}

const ADULT_AGE = 18;

function rangeInCanonical(lab: LabTestConcept, range: ReferenceRange, unitsByKey: ReadonlyMap<string, LabUnit>): AppliedReferenceRange | null {
  let factor = 1;
  if (lab.canonicalUnit !== null) {
    if (range.unit === null) return null;
    const unit = unitsByKey.get(unitKey(range.unit)) ?? null;
    if (unit === null) return null;
    factor = unit.factor;
  }
  const scale = (value: number | null) => (value === null ? null : round(value * factor));
  return {
    sex: range.sex,
    low: scale(range.low),
    high: scale(range.high),
    unit: lab.canonicalUnit,
    ageMin: range.ageMin,
    ageMax: range.ageMax,
    source: range.source,
  };
}

function flagAgainst(value: number, range: AppliedReferenceRange): LabFlag {
  if (range.low !== null && value < range.low) return 'low';
  if (range.high !== null && value > range.high) return 'high';
  return 'normal';
}

function unionOf(ranges: readonly AppliedReferenceRange[]): AppliedReferenceRange {
  const lows = ranges.map((range) => range.low);
  const highs = ranges.map((range) => range.high);
  const ageMins = ranges.map((range) => range.ageMin);
  const ageMaxes = ranges.map((range) => range.ageMax);
  return {
    sex: ranges.every((range) => range.sex === ranges[0].sex) ? ranges[0].sex : 'any',
    low: lows.includes(null) ? null : Math.min(...(lows as number[])),
    high: highs.includes(null) ? null : Math.max(...(highs as number[])),
    unit: ranges[0].unit,
    ageMin: ageMins.includes(null) ? null : Math.min(...(ageMins as number[])),
    ageMax: ageMaxes.includes(null) ? null : Math.max(...(ageMaxes as number[])),
    source: ranges
      .map((range) => range.source)
      .filter((source, i, all) => all.indexOf(source) === i)
      .join('; '),
  };
}

/**
 * The adult range for the patient's sex (and age band when age is known), else the
 * sex-neutral one. Where several ranges still apply (sex-specific ranges and unknown sex, or
 * age bands and unknown age) the value is judged against their union, so it is flagged only
 * when outside all of them.
 */
function chooseRange(lab: LabTestConcept, patient: LabPatientContext): AppliedReferenceRange | null {
  const age = patient.ageYears;
  // Read ages are whole years up to 120: one cached choice per sex and age, copied for each entity.
  if (age !== null && !(Number.isInteger(age) && age >= 0 && age < NO_AGE_KEY)) return rangeFor(lab, patient);
  const key = SEX_KEY[patient.sex ?? 'unknown'] * (NO_AGE_KEY + 1) + (age ?? NO_AGE_KEY);
  const chosen = factsOf(lab).rangeByPatient;
  let range = chosen.get(key);
  if (range === undefined) {
    range = rangeFor(lab, patient);
    chosen.set(key, range);
  }
  // A fresh object either way: entities never share a range.
  return range === null ? null : { ...range };
}

function rangeFor(lab: LabTestConcept, patient: LabPatientContext): AppliedReferenceRange | null {
  const usable = canonicalRangesOf(lab).filter((range) =>
    patient.ageYears !== null
      ? (range.ageMin ?? 0) <= patient.ageYears && patient.ageYears <= (range.ageMax ?? Infinity)
      : range.ageMax === null || range.ageMax >= ADULT_AGE,
  );
  let candidates = patient.sex !== null ? usable.filter((range) => range.sex === patient.sex) : [];
  if (candidates.length === 0) candidates = usable.filter((range) => range.sex === 'any');
  if (candidates.length === 0 && patient.sex === null) candidates = usable;
  if (candidates.length === 0) return null;
  return candidates.length === 1 ? { ...candidates[0] } : unionOf(candidates);
}

/**
 * With no unit written, the value is read in the one unit that puts it within a plausible
 * distance (a factor of ten) of the reference range (creatinine 132 -> μmol/L, 1.49 -> mg/dL);
 * if none or several qualify the unit stays unknown rather than guessed.
 */
function assumeUnit(lab: LabTestConcept, value: number): LabUnit | null {
  const { distinctFactors, canonicalUnit: canonical, plausibleCanonical } = factsOf(lab);
  if (distinctFactors.length === 1) return canonical ?? lab.units[0];
  if (plausibleCanonical === null) return null;
  const { low, high } = plausibleCanonical;
  let plausibleFactor: number | null = null;
  for (const factor of distinctFactors) {
    if (!(value * factor >= low && value * factor <= high)) continue;
    if (plausibleFactor !== null) return null;
    plausibleFactor = factor;
  }
  if (plausibleFactor === null) return null;
  const factor = plausibleFactor;
  return canonical !== null && canonical.factor === factor ? canonical : (lab.units.find((unit) => unit.factor === factor) ?? null);
}

const DURATION_AFTER_VALUE = /^\s*(?:days?|hours?|hrs?|weeks?|wks?|months?|years?|yrs?|天|小时|周|个月|年)(?![a-z])/i;

/** Words that are units even when this lab does not list them (then the value stays unconverted). */
const LOOKS_LIKE_UNIT = /^(?:%|[a-zμ]*\/.*|u|iu|mg|g|l|ml|mmol|umol|μmol|ng|pg|ug|mcg|meq|mm|cm|s|sec|min|x?10.*)$/i;

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** Reads "肌酐132μmol/L" / "eGFR 28" after a lab name hit ending at `nameEnd` (normalised offsets). */
export function extractLabValue(
  text: NormalisedText,
  lab: LabTestConcept,
  nameStart: number,
  nameEnd: number,
  patient: LabPatientContext,
  settings: DecisionLimitSettings = DEFAULT_DECISION_LIMIT_SETTINGS,
): { entity: LabEntity; end: number } | null {
  const window = text.cased.slice(nameEnd, nameEnd + 48);
  const match = VALUE_AFTER_NAME.exec(window);
  if (match?.groups === undefined) return null;
  const groups = match.groups as Record<string, string | undefined>;
  const grade = gradeOf(groups);
  // Bare pluses are a grade only after a dipstick test: "胰岛素+葡萄糖" joins two drugs.
  if (groups['value'] === undefined && (grade === null || lab.canonicalUnit !== null)) return null;
  // "target INR 2-3" is a range, not a result.
  if (/^\s*(?:-|~|–|to)\s*\d/.test(window.slice(match.index + match[0].length)) && groups['unit'] === undefined) return null;
  // "no BM 3 days", "CRP 2 weeks ago": a number of days, hours or weeks after the name is a time, not a result.
  if (DURATION_AFTER_VALUE.test(window.slice(match.index + match[0].length - (groups['unit']?.length ?? 0)))) return null;
  const power = groups['power'] ?? groups['exponent'];
  const value = grade !== null ? grade.ordinal : power === undefined ? Number(groups['value']) : round(Number(groups['value']) * 10 ** Number(power));
  let writtenUnit: string | undefined = groups['unit'];
  let end = nameEnd + match[0].length;
  let unit = writtenUnit === undefined ? null : findUnit(lab, writtenUnit);
  // A grade has no unit, and a word after the number that is no unit ("eGFR 28 on apixaban") is not part of the value.
  if (writtenUnit !== undefined && (grade !== null || (unit === null && !LOOKS_LIKE_UNIT.test(writtenUnit)))) {
    end = nameEnd + match[0].slice(0, match[0].length - writtenUnit.length).trimEnd().length;
    writtenUnit = undefined;
    unit = null;
  }
  let unitAssumed = false;
  let canonicalValue: number | null = null;
  if (grade !== null) {
    // A grade is an ordinal, never converted, flagged or compared with a limit.
    canonicalValue = null;
  } else if (lab.canonicalUnit === null) {
    // Dimensionless (INR 2.5, pH 7.31): the number is the canonical value unless a unit was written.
    canonicalValue = writtenUnit === undefined ? value : null;
  } else {
    if (writtenUnit === undefined) {
      unit = assumeUnit(lab, value);
      unitAssumed = unit !== null;
    }
    canonicalValue = unit === null ? null : round(value * unit.factor);
  }
  const range = canonicalValue === null ? null : chooseRange(lab, patient);
  const flag = range === null || canonicalValue === null ? null : flagAgainst(canonicalValue, range);
  const decisionLimits = canonicalValue === null ? [] : judgeDecisionLimits({ labId: lab.id, canonicalValue, ageYears: patient.ageYears, settings });
  return {
    end,
    entity: {
      type: 'lab',
      labId: lab.id,
      name: { zh: lab.zh, en: lab.en },
      loinc: lab.loinc,
      comparator: groups['comparator'] === undefined ? null : (COMPARATORS[groups['comparator']] ?? null),
      value,
      unit: writtenUnit ?? unit?.unit ?? null,
      unitAssumed,
      canonicalValue,
      canonicalUnit: lab.canonicalUnit,
      flag,
      referenceRange: range,
      ...(decisionLimits.length > 0 ? { decisionLimits } : {}),
      ...(grade === null ? {} : { grade: grade.grade }),
      ...entitySpan(text, nameStart, end),
    },
  };
}
