#!/usr/bin/env node
// Checks MedLocal's condition dictionary (libs/clinical-terms/src/data/conditions/*.json)
// against WHO's ICD-11 MMS simple tabulation, against WHO's list of ICD-10 codes, and against
// the format rules of ICD-10 and SNOMED CT identifiers. A wrong code is worse than none, so
// every problem fails the run.
//
// Usage:
//   node tools/terms/check-condition-codes.mjs [--review] [--conditions <dir>] [--reference <dir>]
//                                              [--tabulation <file>] [--map <file>]
//
//   --review      also print every concept with its ICD-11 code, WHO title and English name,
//                 plus WHO's one-category ICD-10 suggestion, for reading by a human
//   --conditions  condition files to check (default: libs/clinical-terms/src/data/conditions)
//   --reference   folder of WHO reference files (default: ../shared/reference/who-icd11-2024-01)
//   --tabulation  ICD-11 MMS SimpleTabulation file (default: SimpleTabulation-ICD-11-MMS-en.txt there)
//   --map         WHO 11To10MapToOneCategory.txt (default: there; only used by --review)
//
// WHO files read from the reference folder:
//   SimpleTabulation-ICD-11-MMS-en.txt   ICD-11 codes: each icd11 must be a `category` row.
//   10To11MapToOneCategory.txt,          WHO ICD-10 (2019) codes: every row whose 10ClassKind is
//   10To11MapToMultipleCategories.txt    `category` or `modifiedcategory` is a code WHO lists. Each
//                                        icd10 must be one of them, and a three-character code must
//                                        not be a category WHO subdivides (a four-character code
//                                        under it exists) unless the concept names the category as a
//                                        whole in "icd10CategoryLevel" (the reason, as text).
//   11To10MapToOneCategory.txt           WHO's ICD-10 suggestion per ICD-11 code (--review only).
//
// The WHO files are not part of the repository; when one is absent the check that needs it is
// skipped with a notice and the other checks still run.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isVerhoeffValid } from './verhoeff.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const defaultConditionsDir = join(repoRoot, 'libs/clinical-terms/src/data/conditions');
const defaultReferenceDir = resolve(repoRoot, '..', 'shared/reference/who-icd11-2024-01');

const ICD10_PATTERN = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;
const ICD10_CATEGORY_PATTERN = /^[A-Z][0-9]{2}$/;
const ICD10_MAP_FILES = ['10To11MapToOneCategory.txt', '10To11MapToMultipleCategories.txt'];
const ICD10_CODE_KINDS = new Set(['category', 'modifiedcategory']);
const ICD11_PATTERN = /^[0-9A-Z]{4}(\.[0-9A-Z]{1,2})?$/;
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SNOMED_PATTERN = /^[1-9][0-9]{5,17}$/;
// SNOMED CT partition identifiers for concepts: 00 (short format) and 10 (long format).
const SNOMED_CONCEPT_PARTITIONS = new Set(['00', '10']);

function parseArgs(argv) {
  const options = { review: false, conditions: defaultConditionsDir, reference: defaultReferenceDir, tabulation: null, map: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--review') options.review = true;
    else if (arg === '--conditions') options.conditions = resolve(argv[++i]);
    else if (arg === '--reference') options.reference = resolve(argv[++i]);
    else if (arg === '--tabulation') options.tabulation = argv[++i];
    else if (arg === '--map') options.map = argv[++i];
    else throw new Error(`Unknown argument: ${arg}`);
  }
  options.tabulation ??= join(options.reference, 'SimpleTabulation-ICD-11-MMS-en.txt');
  options.map ??= join(options.reference, '11To10MapToOneCategory.txt');
  return options;
}

/** Reads a WHO tab-separated file (UTF-8 with BOM, first row names the columns). */
function readWhoTable(file) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  const header = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((name, index) => [name, cells[index] ?? '']));
  });
}

/** WHO titles are quoted and carry "- " prefixes for depth; strip both. */
function cleanWhoTitle(title) {
  return title
    .replace(/^"|"$/g, '')
    .replace(/""/g, '"')
    .replace(/^(- )+/, '');
}

function loadTabulation(file) {
  const byCode = new Map();
  for (const row of readWhoTable(file)) {
    if (!row.Code) continue;
    byCode.set(row.Code, { title: cleanWhoTitle(row.Title), classKind: row.ClassKind });
  }
  return byCode;
}

/** WHO ICD-10 codes (with titles) listed in WHO's ICD-10 -> ICD-11 maps; null when none is present. */
function loadWhoIcd10Codes(referenceDir) {
  const files = ICD10_MAP_FILES.map((name) => join(referenceDir, name)).filter((file) => existsSync(file));
  if (files.length === 0) return null;
  const titles = new Map();
  for (const file of files) {
    for (const row of readWhoTable(file)) {
      if (ICD10_CODE_KINDS.has(row['10ClassKind']) && row.icd10Code && !titles.has(row.icd10Code)) {
        titles.set(row.icd10Code, cleanWhoTitle(row.icd10Title));
      }
    }
  }
  const subcodes = new Map();
  for (const code of titles.keys()) {
    const category = code.slice(0, 3);
    if (code.length > 3 && titles.has(category)) subcodes.set(category, [...(subcodes.get(category) ?? []), code]);
  }
  return { titles, subcodes };
}

function loadIcd11To10Map(file) {
  const byCode = new Map();
  if (!existsSync(file)) return byCode;
  for (const row of readWhoTable(file)) {
    if (row.icd11Code) byCode.set(row.icd11Code, row.icd10Code);
  }
  return byCode;
}

function normaliseTerm(term) {
  return term.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

function termsOf(concept) {
  return [concept.zh, concept.en, ...(concept.zhSynonyms ?? []), ...(concept.enSynonyms ?? []), ...(concept.abbreviations ?? [])].filter(
    (term) => typeof term === 'string',
  );
}

function checkShape(concept, where, problems) {
  for (const field of ['id', 'zh', 'en']) {
    if (typeof concept[field] !== 'string' || concept[field].trim() === '') {
      problems.push(`${where}: field "${field}" must be a non-empty string`);
    }
  }
  for (const field of ['zhSynonyms', 'enSynonyms', 'abbreviations']) {
    const value = concept[field];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
      problems.push(`${where}: field "${field}" must be an array of non-empty strings`);
    }
  }
  for (const field of ['icd11', 'icd10', 'snomed']) {
    if (!(field in concept) || (concept[field] !== null && typeof concept[field] !== 'string')) {
      problems.push(`${where}: field "${field}" must be a string or null`);
    }
  }
  if (typeof concept.id === 'string' && !ID_PATTERN.test(concept.id)) {
    problems.push(`${where}: id "${concept.id}" is not kebab-case`);
  }
}

function checkIcd11(concept, where, tabulation, problems) {
  const code = concept.icd11;
  if (code === null) return;
  if (!ICD11_PATTERN.test(code)) {
    problems.push(`${where}: ICD-11 "${code}" is not a stem code (no blocks, no '&' or '/' clusters)`);
    return;
  }
  if (!tabulation) return;
  const entry = tabulation.get(code);
  if (!entry) {
    problems.push(`${where}: ICD-11 ${code} is not in the MMS tabulation ("${concept.en}")`);
  } else if (entry.classKind !== 'category') {
    problems.push(`${where}: ICD-11 ${code} is a ${entry.classKind}, not a category ("${entry.title}" vs "${concept.en}")`);
  }
}

function checkIcd10(concept, where, whoIcd10, problems) {
  const code = concept.icd10;
  const categoryLevel = concept.icd10CategoryLevel;
  if (categoryLevel !== undefined && (typeof categoryLevel !== 'string' || categoryLevel.trim() === '')) {
    problems.push(`${where}: "icd10CategoryLevel" must give the reason the category is used as a whole`);
  }
  if (code === null) {
    if (categoryLevel !== undefined) problems.push(`${where}: "icd10CategoryLevel" set but there is no ICD-10 code`);
    return;
  }
  if (!ICD10_PATTERN.test(code)) {
    problems.push(`${where}: ICD-10 "${code}" does not match ${ICD10_PATTERN}`);
    return;
  }
  if (!whoIcd10) return;
  if (!whoIcd10.titles.has(code)) {
    problems.push(`${where}: ICD-10 ${code} is not in WHO ICD-10 ("${concept.en}")`);
    return;
  }
  const subcodes = ICD10_CATEGORY_PATTERN.test(code) ? (whoIcd10.subcodes.get(code) ?? []) : [];
  if (subcodes.length > 0 && categoryLevel === undefined) {
    const listed = subcodes.map((subcode) => `${subcode} "${whoIcd10.titles.get(subcode)}"`).join('; ');
    problems.push(
      `${where}: ICD-10 ${code} is a category WHO subdivides; use the four-character code that means "${concept.en}" or set "icd10CategoryLevel" with the reason (${listed})`,
    );
  } else if (subcodes.length === 0 && categoryLevel !== undefined) {
    problems.push(`${where}: "icd10CategoryLevel" set but ICD-10 ${code} is not a category WHO subdivides`);
  }
}

function checkSnomed(concept, where, problems) {
  const id = concept.snomed;
  if (id === null) return;
  if (!SNOMED_PATTERN.test(id)) {
    problems.push(`${where}: SNOMED CT id "${id}" must be 6-18 digits without a leading zero`);
    return;
  }
  if (!isVerhoeffValid(id)) problems.push(`${where}: SNOMED CT id ${id} fails the Verhoeff check digit`);
  const partition = id.slice(-3, -1);
  if (!SNOMED_CONCEPT_PARTITIONS.has(partition)) {
    problems.push(`${where}: SNOMED CT id ${id} has partition ${partition}, which is not a concept partition`);
  }
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const problems = [];
  const notices = [];

  let tabulation = null;
  if (existsSync(options.tabulation)) {
    tabulation = loadTabulation(options.tabulation);
  } else {
    notices.push(`ICD-11 tabulation not found at ${options.tabulation}; existence check skipped`);
  }
  const whoIcd10 = loadWhoIcd10Codes(options.reference);
  if (!whoIcd10) {
    notices.push(`WHO ICD-10 list not found (${ICD10_MAP_FILES.join(', ')} in ${options.reference}); ICD-10 existence and coding-level checks skipped`);
  }
  const icd11To10 = options.review ? loadIcd11To10Map(options.map) : new Map();

  const conditionsDir = options.conditions;
  const files = readdirSync(conditionsDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const conceptsById = new Map();
  const conceptByTerm = new Map();
  const reviewRows = [];
  const counts = [];

  for (const file of files) {
    const department = basename(file, '.json');
    let document;
    try {
      document = JSON.parse(readFileSync(join(conditionsDir, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${error.message})`);
      continue;
    }
    if (document.department !== department) {
      problems.push(`${file}: "department" is "${document.department}", expected "${department}"`);
    }
    if (!Array.isArray(document.concepts)) {
      problems.push(`${file}: "concepts" must be an array`);
      continue;
    }
    const tally = { department, concepts: 0, icd11: 0, icd10: 0, snomed: 0 };
    for (const concept of document.concepts) {
      const where = `${department}/${concept.id}`;
      tally.concepts += 1;
      if (concept.icd11) tally.icd11 += 1;
      if (concept.icd10) tally.icd10 += 1;
      if (concept.snomed) tally.snomed += 1;
      checkShape(concept, where, problems);
      checkIcd11(concept, where, tabulation, problems);
      checkIcd10(concept, where, whoIcd10, problems);
      checkSnomed(concept, where, problems);

      if (conceptsById.has(concept.id)) {
        problems.push(`${where}: duplicate id (also in ${conceptsById.get(concept.id)})`);
      } else {
        conceptsById.set(concept.id, department);
      }
      const seenInConcept = new Set();
      for (const term of termsOf(concept)) {
        const key = normaliseTerm(term);
        if (seenInConcept.has(key)) continue;
        seenInConcept.add(key);
        const owner = conceptByTerm.get(key);
        if (owner && owner !== where) {
          problems.push(`${where}: term "${term}" also names ${owner}`);
        } else {
          conceptByTerm.set(key, where);
        }
      }
      if (options.review) {
        const title = concept.icd11 && tabulation ? (tabulation.get(concept.icd11)?.title ?? '??') : '';
        const whoIcd10 = concept.icd11 ? (icd11To10.get(concept.icd11) ?? '') : '';
        reviewRows.push([where, concept.icd11 ?? '-', title, concept.en, concept.icd10 ?? '-', whoIcd10, concept.snomed ?? '-'].join('\t'));
      }
    }
    counts.push(tally);
  }

  if (options.review) {
    console.log(['concept', 'icd11', 'WHO title', 'en', 'icd10', 'WHO map icd10', 'snomed'].join('\t'));
    for (const row of reviewRows) console.log(row);
    console.log('');
  }
  for (const tally of counts) {
    console.log(`${tally.department}: ${tally.concepts} concepts, icd11 ${tally.icd11}, icd10 ${tally.icd10}, snomed ${tally.snomed}`);
  }
  for (const notice of notices) console.log(`notice: ${notice}`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log('condition dictionary: no problems found');
}

main();
