import type {
  AnatomyConcept,
  ClinicalDictionary,
  ConditionCategory,
  ConditionConcept,
  DrugConcept,
  Icd11TitleTable,
  LabTestConcept,
  LabUnit,
  ReferenceRange,
  ReferenceSex,
} from './dictionary.types';
import { DictionaryError, DictionaryErrorCode } from './dictionary.error';

/** The raw shipped JSON files, as imported; shapes are checked here, not trusted. */
export interface DictionarySources {
  readonly conditionFiles: readonly unknown[];
  readonly drugs: unknown;
  readonly labTests: unknown;
  readonly anatomy: unknown;
  readonly icd11Titles: unknown;
}

type Json = Record<string, unknown>;

function fail(where: string, what: string): never {
  throw new DictionaryError(DictionaryErrorCode.InvalidShape, `${where}: ${what}`);
}

function asObject(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'expected an object');
  return value as Json;
}

function asArray(value: unknown, where: string): readonly unknown[] {
  if (!Array.isArray(value)) fail(where, 'expected an array');
  return value;
}

function text(row: Json, key: string, where: string): string {
  const value = row[key];
  if (typeof value !== 'string' || value.trim() === '') fail(where, `"${key}" must be a non-empty string`);
  return value.trim();
}

function optionalText(row: Json, key: string, where: string): string | null {
  const value = row[key];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') fail(where, `"${key}" must be a string or null`);
  return value.trim();
}

function textList(row: Json, key: string, where: string): readonly string[] {
  const value = row[key];
  if (value === undefined || value === null) return [];
  // One pass, no intermediate array: this runs for every list of every concept at load.
  if (!Array.isArray(value)) fail(`${where}.${key}`, 'expected an array');
  const items: readonly unknown[] = value;
  const kept: string[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (typeof item !== 'string') fail(`${where}.${key}[${index}]`, 'expected a string');
    const trimmed = item.trim();
    if (trimmed !== '') kept.push(trimmed);
  }
  return kept;
}

function optionalNumber(row: Json, key: string, where: string): number | null {
  const value = row[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(where, `"${key}" must be a number or null`);
  return value;
}

function surfaceForms(row: Json, where: string) {
  return {
    id: text(row, 'id', where),
    zh: text(row, 'zh', where),
    en: text(row, 'en', where),
    zhSynonyms: textList(row, 'zhSynonyms', where),
    enSynonyms: textList(row, 'enSynonyms', where),
    abbreviations: textList(row, 'abbreviations', where),
  };
}

/** A file may declare its concepts symptoms; elsewhere an ICD-11 chapter 21 code (M…) says so. */
function categoryOf(fileCategory: string | null, icd11: string | null, where: string): ConditionCategory {
  if (fileCategory !== null && fileCategory !== 'symptom' && fileCategory !== 'disease') fail(where, '"category" must be "symptom" or "disease"');
  if (fileCategory !== null) return fileCategory;
  return icd11 !== null && icd11.startsWith('M') ? 'symptom' : 'disease';
}

function conditionFrom(raw: unknown, department: string, fileCategory: string | null, where: string): ConditionConcept {
  const row = asObject(raw, where);
  const icd11 = optionalText(row, 'icd11', where);
  return {
    kind: 'condition',
    ...surfaceForms(row, where),
    department,
    category: categoryOf(fileCategory, icd11, where),
    queryAbbreviations: textList(row, 'queryAbbreviations', where),
    icd11,
    icd10: optionalText(row, 'icd10', where),
    snomed: optionalText(row, 'snomed', where),
  };
}

function atcByRouteFrom(row: Json, where: string): Readonly<Record<string, string>> {
  if (row['atcByRoute'] === undefined) return {};
  const byRoute = asObject(row['atcByRoute'], `${where}.atcByRoute`);
  return Object.fromEntries(Object.keys(byRoute).map((route) => [route, text(byRoute, route, `${where}.atcByRoute`)]));
}

function drugFrom(raw: unknown, where: string): DrugConcept {
  const row = asObject(raw, where);
  return {
    kind: 'drug',
    ...surfaceForms(row, where),
    atc: optionalText(row, 'atc', where),
    atcByRoute: atcByRouteFrom(row, where),
    drugClass: optionalText(row, 'class', where),
  };
}

function unitFrom(raw: unknown, where: string): LabUnit {
  const row = asObject(raw, where);
  const factor = optionalNumber(row, 'factor', where);
  if (factor === null || factor <= 0) fail(where, '"factor" must be a positive number');
  return { unit: text(row, 'unit', where), factor };
}

const SEXES: readonly ReferenceSex[] = ['male', 'female', 'any'];

function rangeFrom(raw: unknown, where: string): ReferenceRange {
  const row = asObject(raw, where);
  const sex = row['sex'] ?? 'any';
  if (!SEXES.includes(sex as ReferenceSex)) fail(where, `"sex" must be one of ${SEXES.join(', ')}`);
  return {
    sex: sex as ReferenceSex,
    low: optionalNumber(row, 'low', where),
    high: optionalNumber(row, 'high', where),
    unit: optionalText(row, 'unit', where),
    ageMin: optionalNumber(row, 'ageMin', where),
    ageMax: optionalNumber(row, 'ageMax', where),
    source: optionalText(row, 'source', where) ?? '',
  };
}

function labFrom(raw: unknown, where: string): LabTestConcept {
  const row = asObject(raw, where);
  const canonicalUnit = optionalText(row, 'canonicalUnit', where);
  const units = asArray(row['units'] ?? [], `${where}.units`).map((unit, i) => unitFrom(unit, `${where}.units[${i}]`));
  const withCanonical = canonicalUnit === null || units.some((unit) => unit.unit === canonicalUnit) ? units : [{ unit: canonicalUnit, factor: 1 }, ...units];
  return {
    kind: 'lab',
    ...surfaceForms(row, where),
    loinc: optionalText(row, 'loinc', where),
    canonicalUnit,
    units: withCanonical,
    referenceRanges: asArray(row['referenceRanges'] ?? [], `${where}.referenceRanges`).map((range, i) => rangeFrom(range, `${where}.referenceRanges[${i}]`)),
    note: optionalText(row, 'note', where),
  };
}

function anatomyFrom(raw: unknown, where: string): AnatomyConcept {
  const row = asObject(raw, where);
  return { kind: 'anatomy', ...surfaceForms(row, where), snomed: optionalText(row, 'snomed', where) };
}

function listUnder(file: unknown, keys: readonly string[], where: string): readonly unknown[] {
  const root = asObject(file, where);
  const key = keys.find((candidate) => Array.isArray(root[candidate]));
  if (key === undefined) fail(where, `expected an array under one of ${keys.join(', ')}`);
  return root[key] as unknown[];
}

function icd11TitlesFrom(raw: unknown): Icd11TitleTable {
  const root = asObject(raw, 'who-icd11-titles');
  const titles = asObject(root['titles'] ?? {}, 'who-icd11-titles.titles');
  const checked: Record<string, string> = {};
  for (const [code, title] of Object.entries(titles)) {
    if (typeof title !== 'string') fail(`who-icd11-titles.titles.${code}`, 'expected a string');
    checked[code] = title;
  }
  return {
    release: optionalText(root, 'release', 'who-icd11-titles') ?? 'unknown',
    source: optionalText(root, 'source', 'who-icd11-titles') ?? '',
    titles: checked,
  };
}

function assertUniqueIds(concepts: readonly { readonly id: string }[]): void {
  const seen = new Set<string>();
  for (const concept of concepts) {
    if (seen.has(concept.id)) {
      throw new DictionaryError(DictionaryErrorCode.DuplicateId, `concept id "${concept.id}" appears more than once`);
    }
    seen.add(concept.id);
  }
}

/** Checks and merges the shipped JSON files into one immutable dictionary. */
export function buildDictionary(sources: DictionarySources): ClinicalDictionary {
  const conditions = sources.conditionFiles.flatMap((file, fileIndex) => {
    const root = asObject(file, `conditions[${fileIndex}]`);
    const department = text(root, 'department', `conditions[${fileIndex}]`);
    const fileCategory = optionalText(root, 'category', `conditions/${department}`);
    return listUnder(root, ['concepts'], `conditions/${department}`).map((raw, i) =>
      conditionFrom(raw, department, fileCategory, `conditions/${department}.concepts[${i}]`),
    );
  });
  const drugs = listUnder(sources.drugs, ['drugs'], 'drugs').map((raw, i) => drugFrom(raw, `drugs[${i}]`));
  const labTests = listUnder(sources.labTests, ['labTests', 'labs'], 'lab-tests').map((raw, i) => labFrom(raw, `labTests[${i}]`));
  const anatomy = listUnder(sources.anatomy, ['anatomy', 'structures', 'concepts'], 'anatomy').map((raw, i) => anatomyFrom(raw, `anatomy[${i}]`));
  assertUniqueIds([...conditions, ...drugs, ...labTests, ...anatomy]);
  return {
    conditions,
    drugs,
    labTests,
    anatomy,
    icd11Titles: icd11TitlesFrom(sources.icd11Titles),
    icd10Titles: {},
    snomedTerms: {},
  };
}
