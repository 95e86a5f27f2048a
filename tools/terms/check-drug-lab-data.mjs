#!/usr/bin/env node
// Validates MedLocal's drug, laboratory-test and anatomy dictionaries
// (libs/clinical-terms/src/data/{drugs,lab-tests,anatomy}.json).
//
// Usage: node tools/terms/check-drug-lab-data.mjs [dataDir]
// Exit code 0 when clean, 1 when any problem is found, 2 when a file cannot be read.
//
// The checks exist because a wrong code or conversion factor in these files silently
// turns into a wrong fact in a clinician's answer: every code must at least be
// well-formed (ATC pattern, LOINC mod-10 check digit, SNOMED CT Verhoeff check digit),
// every range must be internally consistent and sourced, and no surface form may
// point at two entries (the matcher could not tell which one the clinician meant).

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isVerhoeffValid } from './verhoeff.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = resolve(process.argv[2] ?? join(repoRoot, 'libs/clinical-terms/src/data'));

const ATC_PATTERN = /^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$/;
const LOINC_PATTERN = /^[0-9]{1,7}-[0-9]$/;
const SNOMED_PATTERN = /^[1-9][0-9]{5,17}$/;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CJK_PATTERN = /[\u3400-\u9fff]/;
const SEXES = new Set(['male', 'female', 'any']);
const RESULT_TYPES = new Set(['quantitative', 'qualitative']);

const problems = [];
const warnings = [];
const problem = (file, where, message) => problems.push(`${file} ${where}: ${message}`);

function loadJson(fileName) {
  const path = join(dataDir, fileName);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`cannot read ${path}: ${error.message}`);
    process.exit(2);
  }
}

/** Surface forms are compared the way a matcher would see them. */
function normaliseSurface(text) {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** LOINC check digit: mod 10 (Luhn) over the part before the hyphen. */
export function isLoincCheckDigitValid(code) {
  const [body, checkDigit] = code.split('-');
  let sum = 0;
  const reversed = [...body].reverse();
  for (let i = 0; i < reversed.length; i++) {
    let digit = Number(reversed[i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10 === Number(checkDigit);
}

function isStringArray(value) {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '');
}

/** Ids unique; names present; synonym lists are string arrays. Returns id -> entry. */
function checkEntries(file, entries, synonymFields) {
  const seenIds = new Set();
  entries.forEach((entry, index) => {
    const where = `#${index} (${entry?.id ?? 'no id'})`;
    if (typeof entry.id !== 'string' || !ID_PATTERN.test(entry.id)) problem(file, where, 'id must be lower-case kebab-case');
    if (seenIds.has(entry.id)) problem(file, where, 'duplicate id');
    seenIds.add(entry.id);
    if (typeof entry.zh !== 'string' || !CJK_PATTERN.test(entry.zh)) problem(file, where, 'zh must contain Chinese characters');
    if (typeof entry.en !== 'string' || entry.en.trim() === '') problem(file, where, 'en is required');
    for (const field of synonymFields) {
      if (!isStringArray(entry[field])) problem(file, where, `${field} must be an array of non-empty strings`);
    }
  });
}

/** No surface form (name or synonym) may belong to two entries of one file. */
function checkSynonymsUnique(file, entries, surfaceFields) {
  const owners = new Map();
  for (const entry of entries) {
    const forms = new Set();
    for (const field of surfaceFields) {
      const value = entry[field];
      for (const text of Array.isArray(value) ? value : [value]) {
        if (typeof text === 'string' && text.trim() !== '') forms.add(normaliseSurface(text));
      }
    }
    for (const form of forms) {
      const owner = owners.get(form);
      if (owner !== undefined && owner !== entry.id) problem(file, entry.id, `surface form "${form}" also belongs to ${owner}`);
      else owners.set(form, entry.id);
    }
  }
  return owners;
}

function checkUnitSpelling(file, where, unit) {
  if (typeof unit !== 'string' || unit.trim() === '') {
    problem(file, where, 'unit must be a non-empty string');
    return;
  }
  if (unit.includes('\u00b5')) problem(file, where, `unit "${unit}" uses MICRO SIGN U+00B5; list the U+03BC spelling`);
  if (/(^|\/)u(mol|g|IU|U|L|kat)/.test(unit)) problem(file, where, `unit "${unit}" uses "u" for micro; list the μ spelling`);
  if (/[×⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(unit)) problem(file, where, `unit "${unit}" uses superscripts; list the 10^9/L style spelling`);
}

function isFiniteNumber(value) {
  return typeof value === 'number' && Number.isFinite(value);
}

/** DrugRoute in libs/clinical-terms/src/lib/entities/entity.types.ts. */
const ROUTES_WITH_ATC = new Set(['oral', 'intravenous', 'intramuscular', 'subcutaneous', 'inhalation', 'sublingual', 'topical', 'transdermal']);

function checkDrugs(data) {
  const file = 'drugs.json';
  const drugs = data.drugs;
  if (!Array.isArray(drugs)) return problem(file, 'root', 'missing "drugs" array');
  checkEntries(file, drugs, ['zhSynonyms', 'enSynonyms']);
  for (const drug of drugs) {
    if (drug.atc !== null && !(typeof drug.atc === 'string' && ATC_PATTERN.test(drug.atc))) {
      problem(file, drug.id, `atc "${drug.atc}" is not a 7-character ATC code (or null)`);
    }
    // A route-specific code (oral vancomycin A07AA09) must itself be an ATC code, for a route the extractor reads.
    for (const [route, atc] of Object.entries(drug.atcByRoute ?? {})) {
      if (!ROUTES_WITH_ATC.has(route)) problem(file, drug.id, `atcByRoute names "${route}", not a route the extractor reads`);
      if (!(typeof atc === 'string' && ATC_PATTERN.test(atc))) problem(file, drug.id, `atcByRoute.${route} "${atc}" is not a 7-character ATC code`);
    }
    if (drug.class !== undefined && (typeof drug.class !== 'string' || drug.class.trim() === '')) {
      problem(file, drug.id, 'class, when present, must be a non-empty string');
    }
  }
  const owners = checkSynonymsUnique(file, drugs, ['zh', 'en', 'zhSynonyms', 'enSynonyms']);
  const filled = drugs.filter((drug) => drug.atc !== null).length;
  return { count: drugs.length, codesFilled: filled, owners };
}

function checkRange(file, where, range, canonicalUnit, kind) {
  const hasLow = range.low !== null && range.low !== undefined;
  const hasHigh = range.high !== null && range.high !== undefined;
  if (hasLow && !isFiniteNumber(range.low)) problem(file, where, `${kind} low must be a number`);
  if (hasHigh && !isFiniteNumber(range.high)) problem(file, where, `${kind} high must be a number`);
  if (kind === 'referenceRange' && !(hasLow && hasHigh)) problem(file, where, 'reference range needs both low and high');
  if (kind === 'decisionLimit' && !hasLow && !hasHigh) problem(file, where, 'decision limit needs low or high');
  if (hasLow && hasHigh && !(range.low < range.high)) problem(file, where, `${kind} low ${range.low} is not below high ${range.high}`);
  if (range.unit !== canonicalUnit) problem(file, where, `${kind} unit "${range.unit}" differs from canonicalUnit "${canonicalUnit}"`);
  if (typeof range.source !== 'string' || range.source.trim() === '') problem(file, where, `${kind} has no source`);
}

function checkLabTests(data) {
  const file = 'lab-tests.json';
  const tests = data.labTests;
  if (!Array.isArray(tests)) return problem(file, 'root', 'missing "labTests" array');
  checkEntries(file, tests, ['zhSynonyms', 'enSynonyms', 'abbreviations']);
  for (const test of tests) {
    const where = test.id;
    if (test.loinc !== null) {
      if (typeof test.loinc !== 'string' || !LOINC_PATTERN.test(test.loinc)) problem(file, where, `loinc "${test.loinc}" is malformed`);
      else if (!isLoincCheckDigitValid(test.loinc)) problem(file, where, `loinc "${test.loinc}" fails the mod-10 check digit`);
    }
    if (!RESULT_TYPES.has(test.resultType)) problem(file, where, `resultType "${test.resultType}" is not quantitative|qualitative`);
    if (typeof test.specimen !== 'string' || test.specimen.trim() === '') problem(file, where, 'specimen is required');
    if (!Array.isArray(test.units)) {
      problem(file, where, 'units must be an array');
      continue;
    }
    if (test.canonicalUnit === null) {
      if (test.units.length > 0) problem(file, where, 'units listed although canonicalUnit is null (dimensionless or qualitative)');
    } else {
      checkUnitSpelling(file, where, test.canonicalUnit);
      const canonical = test.units.find((unit) => unit.unit === test.canonicalUnit);
      if (!canonical) problem(file, where, `canonicalUnit "${test.canonicalUnit}" is missing from units`);
      else if (canonical.factor !== 1) problem(file, where, 'canonical unit must have factor 1');
    }
    if (test.resultType === 'qualitative' && test.canonicalUnit !== null) problem(file, where, 'qualitative test with a canonicalUnit');
    const seenUnits = new Set();
    for (const unit of test.units) {
      checkUnitSpelling(file, where, unit.unit);
      if (seenUnits.has(unit.unit)) problem(file, where, `unit "${unit.unit}" listed twice`);
      seenUnits.add(unit.unit);
      if (!isFiniteNumber(unit.factor) || !(unit.factor > 0)) problem(file, where, `unit "${unit.unit}" factor must be a positive number`);
    }
    if (!Array.isArray(test.referenceRanges)) problem(file, where, 'referenceRanges must be an array');
    for (const [index, range] of (test.referenceRanges ?? []).entries()) {
      const rangeWhere = `${where} referenceRanges[${index}]`;
      checkRange(file, rangeWhere, range, test.canonicalUnit, 'referenceRange');
      if (!SEXES.has(range.sex)) problem(file, rangeWhere, `sex "${range.sex}" is not male|female|any`);
      // null is an open end ("from 80 y"), as the dictionary reads it.
      if (range.ageMin != null && range.ageMax != null && !(range.ageMin <= range.ageMax)) {
        problem(file, rangeWhere, 'ageMin is above ageMax');
      }
    }
    for (const [index, limit] of (test.decisionLimits ?? []).entries()) {
      const limitWhere = `${where} decisionLimits[${index}]`;
      checkRange(file, limitWhere, limit, test.canonicalUnit, 'decisionLimit');
      if (typeof limit.label !== 'string' || limit.label.trim() === '') problem(file, limitWhere, 'decision limit needs a label');
    }
    const hasValues = (test.referenceRanges ?? []).length > 0 || (test.decisionLimits ?? []).length > 0;
    if (test.resultType === 'quantitative' && !hasValues && !test.note) {
      problem(file, where, 'no range and no note saying why');
    }
  }
  const owners = checkSynonymsUnique(file, tests, ['zh', 'en', 'zhSynonyms', 'enSynonyms', 'abbreviations']);
  return {
    count: tests.length,
    codesFilled: tests.filter((test) => test.loinc !== null).length,
    withRanges: tests.filter((test) => (test.referenceRanges ?? []).length > 0).length,
    withDecisionLimits: tests.filter((test) => (test.decisionLimits ?? []).length > 0).length,
    owners,
  };
}

function checkAnatomy(data) {
  const file = 'anatomy.json';
  const sites = data.anatomy;
  if (!Array.isArray(sites)) return problem(file, 'root', 'missing "anatomy" array');
  checkEntries(file, sites, ['zhSynonyms', 'enSynonyms']);
  for (const site of sites) {
    if (site.snomed === null) continue;
    if (typeof site.snomed !== 'string' || !SNOMED_PATTERN.test(site.snomed)) problem(file, site.id, `snomed "${site.snomed}" is malformed`);
    else if (!isVerhoeffValid(site.snomed)) problem(file, site.id, `snomed "${site.snomed}" fails the Verhoeff check digit`);
  }
  const owners = checkSynonymsUnique(file, sites, ['zh', 'en', 'zhSynonyms', 'enSynonyms']);
  return { count: sites.length, codesFilled: sites.filter((site) => site.snomed !== null).length, owners };
}

/** Across files an overlap is legitimate (叶酸 the drug vs the lab test) but worth seeing. */
function reportCrossFileOverlaps(named) {
  const seen = new Map();
  for (const [file, owners] of named) {
    if (!owners) continue;
    for (const [form, id] of owners) {
      const earlier = seen.get(form);
      if (earlier && earlier.file !== file) warnings.push(`"${form}" is ${earlier.file}:${earlier.id} and ${file}:${id}`);
      else seen.set(form, { file, id });
    }
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const drugs = checkDrugs(loadJson('drugs.json'));
  const labs = checkLabTests(loadJson('lab-tests.json'));
  const anatomy = checkAnatomy(loadJson('anatomy.json'));
  reportCrossFileOverlaps([
    ['drugs.json', drugs?.owners],
    ['lab-tests.json', labs?.owners],
    ['anatomy.json', anatomy?.owners],
  ]);
  if (drugs) console.log(`drugs: ${drugs.count} entries, ${drugs.codesFilled} with ATC`);
  if (labs) {
    console.log(
      `lab tests: ${labs.count} entries, ${labs.codesFilled} with LOINC, ${labs.withRanges} with reference ranges, ${labs.withDecisionLimits} with decision limits`,
    );
  }
  if (anatomy) console.log(`anatomy: ${anatomy.count} entries, ${anatomy.codesFilled} with SNOMED CT`);
  for (const warning of warnings) console.log(`note: cross-file surface form ${warning}`);
  if (problems.length > 0) {
    for (const line of problems) console.error(`problem: ${line}`);
    console.error(`${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log('ok');
}
